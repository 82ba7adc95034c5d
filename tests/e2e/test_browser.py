"""The HTML handbook in a real browser (Debian's chromium, headless).

Each site is built once per session and served on a loopback server; every
SOP page is measured in the browser and checked with :mod:`flowcheck`.
Screenshots are kept in ``test-artifacts/html/`` for a person to look at.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import snowballstemmer

from support import TESTS
from support.browser import CHROMIUM, FLAGS, MEASURE_JS, Server
from support.flowcheck import check

pytestmark = pytest.mark.browser

PROJECT = TESTS.parent
ARTIFACTS = PROJECT / "test-artifacts" / "html"
#: "seed": the whole handbook with the frozen seed's SOPs (support.helpers.seed_handbook)
SITES = {
    "seed": None,
    "html": TESTS / "roots" / "test-html",
    "keputusan": TESTS / "roots" / "test-keputusan",
    "tata-letak": TESTS / "roots" / "test-tata-letak",
}


class Site:
    def __init__(self, name: str, root: Path, out: Path) -> None:
        from sopap.sphinxext.project import Project

        result = Project(root, build_dir=out).run("html", out / "html", strict=True, warning_stream=None)
        assert result.ok, f"{name}: pembangunan HTML gagal:\n" + "\n".join(result.warnings)
        domain = result.app.env.domains["sop"]
        self.name = name
        self.corpus = domain.corpus()
        self.docname = domain.state.ids()
        self.html = out / "html"
        self.server = Server(self.html)

    def pages(self) -> list[str]:
        """Every page of the handbook (docnames, with the review pages)."""
        found = [p.relative_to(self.html) for p in self.html.rglob("*.html")]
        return sorted(str(p.with_suffix("")) for p in found if p.parts[0] not in ("_static", "_sources", "_images"))

    def url(self, docname: str) -> str:
        return f"{self.server.url}/{docname}.html"


@pytest.fixture(scope="session")
def sites(tmp_path_factory):
    from support.helpers import seed_handbook

    roots = {name: root or seed_handbook(tmp_path_factory.mktemp("buku")) for name, root in SITES.items()}
    built = {name: Site(name, root, tmp_path_factory.mktemp(f"html-{name}")) for name, root in roots.items()}
    yield built
    for site in built.values():
        site.server.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("chromium tidak terpasang; jalankan: sh scripts/bootstrap-system test")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1200})
    pg = context.new_page()
    yield pg
    context.close()


def _shot(pg, name: str, **kwargs) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), **kwargs)


def _check_site(site: Site, pg, label: str) -> list[str]:
    problems = []
    for sop in site.corpus:
        pg.goto(site.url(site.docname[sop.id]))
        table = pg.locator(f'table.sopap-prosedur[data-sop="{sop.id}"]')
        m = table.evaluate(MEASURE_JS)
        problems += [f"{sop.id}: {p}" for p in check(sop, m)]
        if len(m["svgs"]) and not all(s["title"] and s["desc"] for s in m["svgs"]):
            problems.append(f"{sop.id}: ada SVG tanpa title/desc")
        _shot(pg, f"{label}-{site.name}-{sop.id}", full_page=True)
    return problems


@pytest.mark.parametrize("name", list(SITES))
def test_flowchart_geometry(sites, page, name):
    """Each symbol in its actor's cell and row; each arrow from symbol to symbol."""
    site = sites[name]
    assert len(site.corpus) >= 1
    problems = _check_site(site, page, "layar")
    assert not problems, "\n".join(problems)
    # the page itself never scrolls sideways at 1600 px
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], width


def test_flowchart_geometry_at_200_percent_zoom(sites, browser):
    """A 1600 px window at 200% zoom: 800 CSS px, every pixel doubled."""
    context = browser.new_context(viewport={"width": 800, "height": 1000}, device_scale_factor=2)
    pg = context.new_page()
    try:
        site = sites["html"]
        problems = _check_site(site, pg, "zoom200")
        assert not problems, "\n".join(problems)
        # text reflows: only the wide table scrolls, inside its own region
        widths = pg.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], widths
        size = pg.evaluate("parseFloat(getComputedStyle(document.querySelector('td.sopap-uraian')).fontSize)")
        assert size >= 12
    finally:
        context.close()


def test_long_uraian_row_keeps_arrows_joined(sites, page):
    """The long uraian of test-html makes its row several times taller."""
    site = sites["html"]
    page.goto(site.url("sop-alur"))
    heights = page.eval_on_selector_all(
        "table.sopap-prosedur tbody tr", "rows => rows.map(r => r.getBoundingClientRect().height)"
    )
    assert max(heights) > 3 * min(heights)
    m = page.locator("table.sopap-prosedur").evaluate(MEASURE_JS)
    assert not check(site.corpus.get("sop-alur"), m)
    # the back-edge of the decision (3 -> 2) and the jump 4 -> 6 are drawn
    pairs = {(s["dari"], s["ke"]) for s in m["segments"]}
    assert {(3, 2), (4, 6), (4, 5)} <= pairs
    labels = sorted(lb["text"] for lb in m["labels"])
    assert labels == sorted(["Sesuai", "Perlubaikan".replace("baikan", "perbaikan"), "Lengkap", "Tidaklengkap"])


def _search(pg, site: Site, query: str) -> set[str]:
    pg.goto(f"{site.server.url}/search.html?q={query}")
    pg.wait_for_function("() => (document.querySelector('#search-results p.search-summary') || {}).innerText")
    hrefs = pg.eval_on_selector_all("#search-results ul.search li a", "as => as.map(a => a.getAttribute('href'))")
    return {re.sub(r"\.html.*$", "", href) for href in hrefs}


def _words_of(sop) -> set[str]:
    from sopap.sphinxext.html.visitors import searchable_text

    return set(re.findall(r"\w+", searchable_text(sop).lower()))


def test_search_stems_indonesian(sites, page):
    site = sites["html"]
    found = _search(page, site, "paraf")
    # sop-alur only says "memaraf" (and "diparaf"); sop-rapat never
    assert "sop-alur" in found and "sop-rapat" not in found, found
    found = _search(page, site, "laporan")
    assert "sop-alur" in found and "sop-rapat" not in found, found
    _shot(page, "cari-laporan")


def test_search_page_reads_well(sites, page):
    """The summary counts the results in Indonesian; snippets are text, not SVG titles."""
    site = sites["seed"]
    _search(page, site, "laporan")
    results = page.eval_on_selector_all("#search-results ul.search > li", "ls => ls.length")
    summary = page.inner_text("#search-results p.search-summary")
    assert summary == f"Pencarian selesai, ditemukan {results} halaman yang cocok.", summary
    page.wait_for_function("() => document.querySelectorAll('#search-results p.context').length > 0")
    snippets = page.eval_on_selector_all("#search-results p.context", "ps => ps.map(p => p.innerText)")
    assert snippets and not [s for s in snippets if "Garis alir" in s or ": kotak (proses)" in s], snippets
    _shot(page, "cari-ringkasan")
    # an SOP found as an object reads as Indonesian: its type once, then the page
    _search(page, site, "posyandu")
    items = page.eval_on_selector_all("#search-results ul.search > li", "ls => ls.map(l => l.innerText)")
    assert "Lomba Posyandu (SOP, di Lomba Posyandu)" in items, items


def test_search_seed_corpus(sites, page):
    """'paraf' and 'laporan' find every seed SOP whose words share the stem."""
    site = sites["seed"]
    stem = snowballstemmer.stemmer("indonesian").stemWord
    for query in ("paraf", "laporan"):
        expected = {
            site.docname[sop.id] for sop in site.corpus if any(stem(w) == stem(query) for w in _words_of(sop))
        }
        assert expected, query
        found = _search(page, site, query)
        assert expected <= found, (query, expected - found)
    _shot(page, "cari-seed-laporan")


def test_pages_load_nothing_from_outside(sites, page):
    outside = []
    page.on("request", lambda req: None if req.url.startswith(sites["seed"].server.url) else outside.append(req.url))
    site = sites["seed"]
    for docname in ("index", "search", "docs/glosarium", site.docname[site.corpus.sops[0].id]):
        page.goto(site.url(docname))
        page.wait_for_load_state("networkidle")
    assert not outside, outside
    _shot(page, "seed-beranda-terakhir", full_page=True)


def test_home_lists_sops_by_bidang(sites, page):
    site = sites["seed"]
    page.goto(site.url("index"))
    rows = page.eval_on_selector_all(
        ".sopap-daftar-bidang tbody tr", "rs => rs.map(r => [r.cells[0].innerText, r.cells[1].innerText])"
    )
    assert sorted(name for _, name in rows) == sorted(sop.nama for sop in site.corpus)
    numerals = {sop.nama: sop.lampiran or "—" for sop in site.corpus}
    assert all(numerals[name] == numeral for numeral, name in rows)
    _shot(page, "seed-beranda", full_page=True)


def test_sidebar_lists_the_bidang_of_the_page(sites, page):
    """The sidebar's SOP list is drawn from the bidang's data script."""
    site = sites["html"]
    page.goto(site.url("sop-alur"))
    items = page.eval_on_selector_all(
        "ul.sopap-nav-sop a", "as => as.map(a => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])"
    )
    assert items == [["XLV Alur Uji", "#sop-sop-alur", "page"]]
    counts = page.eval_on_selector_all(".sopap-nav-bidang .sopap-jumlah", "ss => ss.map(s => s.textContent)")
    assert counts == ["(1)", "(1)"]
    page.goto(site.url("sop-rapat"))
    items = page.eval_on_selector_all("ul.sopap-nav-sop a", "as => as.map(a => a.textContent)")
    assert items == ["Rapat Koordinasi Uji"]
    seed = sites["seed"]
    sop = seed.corpus.sops[0]
    page.goto(seed.url(seed.docname[sop.id]))
    names = page.eval_on_selector_all("ul.sopap-nav-sop a", "as => as.map(a => a.href)")
    same = [s for s in seed.corpus if s.bidang == sop.bidang]
    assert len(names) == len(same) and all(n.startswith(seed.server.url) for n in names)
    page.click(f"ul.sopap-nav-sop a >> nth={len(names) - 1}")
    assert page.title()  # the link leads to a page of the handbook


def test_print_is_landscape_with_repeated_header_and_whole_rows(sites, browser, tmp_path):
    """Printed (PDF) pages: landscape, table header on each page, no row cut."""
    site = sites["seed"]
    sop = max(site.corpus, key=lambda s: len(s.langkah))
    pg = browser.new_page()
    pg.goto(site.url(site.docname[sop.id]))
    pdf = tmp_path / "cetak.pdf"
    pg.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    pg.close()
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = pages.split("\f")[:-1]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert w > h, "halaman cetak tidak melintang"
    table_pages = [i for i, text in enumerate(pages) if "Menerima" in text or re.search(r"^\s*\d+\s+\S", text, re.M)]
    step_pages = [i for i, text in enumerate(pages) if "Uraian Prosedur" in text]
    assert len(step_pages) >= 2, "tabel prosedur seharusnya lebih dari satu halaman cetak"
    # every page from the first table page on repeats the header row
    for i in range(step_pages[0], max(table_pages) + 1):
        if "Pelaksana" in pages[i] and "Mutu Baku" not in pages[i]:
            pytest.fail(f"halaman {i + 1}: judul tabel tidak diulang")
    # no row is split: the first and last words of each uraian are on one page
    for step in sop.langkah:
        words = re.findall(r"\w+", step.ringkasan)
        head, tail = " ".join(words[:2]), words[-1]
        on = [i for i, text in enumerate(pages) if head in " ".join(re.findall(r"\w+", text))]
        assert on, f"langkah {step.nomor} tidak tercetak"
        assert any(tail in pages[i] for i in on), f"baris langkah {step.nomor} terpotong di antara halaman"
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(ARTIFACTS / "cetak")], check=True)


# -- phones, tablets, desktops ------------------------------------------------------
WIDTHS = (390, 768, 1366)


#: Column headings whose words were broken between letters (a table squeezed
#: to fit the screen instead of scrolling in its box): more lines than words.
BROKEN_HEADERS_JS = r"""
() => [...document.querySelectorAll('div.body thead th')].filter((th) => {
  const text = th.innerText.trim();
  if (!text || getComputedStyle(th).display === 'none') return false;
  const lines = new Set();
  const walk = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0) lines.add(Math.round(r.top));
  }
  return lines.size > text.split(/[\s\-\/]+/).length;  // a line may break at a space, hyphen or slash
}).map((th) => th.innerText.trim())
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_wider_than_the_screen(sites, browser, width):
    """Every page of the handbook (SOPs, guides, review pages, index, search)
    fits the screen: wide tables and code scroll inside their own box, and no
    table is squeezed until its headings break between letters."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    pg = context.new_page()
    too_wide, broken = [], []
    try:
        for name in ("seed", "tata-letak"):
            site = sites[name]
            for docname in site.pages():
                pg.goto(site.url(docname))
                scroll = pg.evaluate("document.documentElement.scrollWidth")
                if scroll > width:
                    too_wide.append((name, docname, scroll))
                broken.extend((name, docname, text) for text in pg.evaluate(BROKEN_HEADERS_JS))
        _shot(pg, f"lebar-{width}-terakhir")
    finally:
        context.close()
    assert not too_wide, too_wide
    assert not broken, broken[:10]


STEP_CARD_JS = r"""
(table) => [...table.querySelectorAll('tbody > tr[data-langkah]')].map((tr) => {
  const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0;
  const card = tr.querySelector('td.sopap-kartu');
  const box = tr.getBoundingClientRect();
  return {
    n: Number(tr.dataset.langkah),
    right: box.right,
    actors: [...tr.querySelectorAll('td.sopap-aktor')].filter(shown).length,
    card: shown(card) ? card.innerText : null,
    icon: shown(card && card.querySelector('svg.sopap-ikon')),
    mutu: ['kelengkapan', 'waktu', 'output'].map((c) => {
      const td = tr.querySelector('td.sopap-' + c);
      return shown(td) ? td.innerText : null;
    }),
  };
})
"""


def test_procedure_step_by_step_on_a_phone(sites, browser):
    """At 390 px each step is a block: its symbol, pelaksana and where the
    flow goes, then its mutu baku; nothing runs off the screen."""
    context = browser.new_context(viewport={"width": 390, "height": 900})
    pg = context.new_page()
    try:
        for name in ("tata-letak", "seed"):
            site = sites[name]
            for sop in site.corpus:
                pg.goto(site.url(site.docname[sop.id]))
                cards = pg.locator(f'table.sopap-prosedur[data-sop="{sop.id}"]').evaluate(STEP_CARD_JS)
                assert [c["n"] for c in cards] == [s.nomor for s in sop.langkah]
                for card, step in zip(cards, sop.langkah):
                    where = (sop.id, step.nomor)
                    assert card["right"] <= 390 and card["actors"] == 0 and card["icon"], where
                    assert sop.pelaksana_by_id(step.pelaksana).nama in card["card"], where
                    if step.cabang:
                        assert step.cabang.ya.label in card["card"] and step.cabang.tidak.label in card["card"]
                        assert f"langkah {step.cabang.tidak.ke}" in card["card"], where
                    kelengkapan, waktu, output = card["mutu"]
                    assert waktu is not None and kelengkapan is not None and output is not None, where
                    if step.waktu:
                        assert step.waktu.teks() in waktu, where
            _shot(pg, f"ponsel-{name}-{sop.id}", full_page=True)
    finally:
        context.close()


def test_search_and_menu_at_the_top_on_a_phone(sites, browser):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    pg = context.new_page()
    site = sites["seed"]
    try:
        sop = site.corpus.sops[0]
        pg.goto(site.url(site.docname[sop.id]))
        box = pg.locator("#sopap-q-atas").bounding_box()
        assert box and box["y"] + box["height"] < 250, box  # in the first screen
        menu = pg.locator("a.sopap-menu")
        assert menu.is_visible() and menu.get_attribute("href") == "#navigasi"
        assert "SOP per bidang" in pg.inner_text("#navigasi")
        pg.fill("#sopap-q-atas", "laporan")
        pg.press("#sopap-q-atas", "Enter")
        pg.wait_for_function("() => (document.querySelector('#search-results p.search-summary') || {}).innerText")
        assert "search.html" in pg.url
        _shot(pg, "ponsel-cari")
    finally:
        context.close()
    wide = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = wide.new_page()
    try:
        pg.goto(site.url("index"))
        assert not pg.locator("#sopap-q-atas").is_visible()  # the sidebar's search is there
        assert pg.locator("#sopap-q").is_visible()
    finally:
        wide.close()


@pytest.mark.parametrize("width", (768, 1366))
def test_wide_procedure_table_scrolls_in_its_box_with_a_cue(sites, browser, width):
    """Nine actor columns are wider than the page: the table scrolls in its
    own box, a hint says so and a shade marks the side with more columns."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    pg = context.new_page()
    try:
        site = sites["tata-letak"]
        pg.goto(site.url(site.docname["sop-sembilan-pelaksana"]))
        frame = pg.locator(".sopap-gulir-bingkai")
        hint = pg.locator(".sopap-gulir-petunjuk")
        pg.wait_for_function("() => document.querySelector('.sopap-gulir-bingkai').dataset.gulir !== undefined")
        assert hint.is_visible() and "geser ke samping" in hint.inner_text()
        assert frame.get_attribute("data-gulir") == "kanan"
        pg.locator(".sopap-gulir-bingkai > .sopap-gulir").evaluate("(box) => { box.scrollLeft = box.scrollWidth; }")
        pg.wait_for_function("() => document.querySelector('.sopap-gulir-bingkai').dataset.gulir === 'kiri'")
        _shot(pg, f"gulir-{width}")
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
        if width >= 1366:
            narrow = sites["html"]  # few actors fit a desktop: no hint
            pg.goto(narrow.url(narrow.docname["sop-rapat"]))
            pg.wait_for_function("() => document.querySelector('.sopap-gulir-bingkai').dataset.gulir !== undefined")
            assert not pg.locator(".sopap-gulir-petunjuk").is_visible()
            assert pg.locator(".sopap-gulir-bingkai").get_attribute("data-gulir") == ""
    finally:
        context.close()


def test_every_procedure_table_fits_or_shows_its_cue(sites, browser):
    """On a desktop no table is cut without a word: it either fits its box or
    says that it scrolls (the hint and the shade on the side with more)."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    pg = context.new_page()
    try:
        for name in ("seed", "tata-letak"):
            site = sites[name]
            for sop in site.corpus:
                pg.goto(site.url(site.docname[sop.id]))
                pg.wait_for_function("() => document.querySelector('.sopap-gulir-bingkai').dataset.gulir !== undefined")
                box = pg.locator(".sopap-gulir-bingkai > .sopap-gulir")
                wide = box.evaluate("(b) => b.scrollWidth > b.clientWidth + 1")
                hint = pg.locator(".sopap-gulir-petunjuk").is_visible()
                shade = pg.locator(".sopap-gulir-bingkai").get_attribute("data-gulir")
                assert hint == wide and shade == ("kanan" if wide else ""), (name, sop.id, wide, hint, shade)
    finally:
        context.close()


# -- browser print ----------------------------------------------------------------
def _printed(browser, site: Site, docname: str, out: Path) -> list[str]:
    pg = browser.new_page()
    pg.goto(site.url(docname))
    pg.pdf(path=str(out), prefer_css_page_size=True, print_background=True)
    pg.emulate_media(media="print")
    drawn = pg.eval_on_selector_all(
        "line.sopap-garis, path.sopap-kepala, text.sopap-label",
        "els => els.filter(el => getComputedStyle(el).display !== 'none').length",
    )
    pg.close()
    assert drawn == 0, "garis alir ikut tercetak"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def test_print_of_an_sop_page_is_usable(sites, browser, tmp_path):
    """Printed from the browser: no flow line runs off a page (lines are left
    out, every step says where the flow goes), the Paraf Koordinasi box and
    the signature are never alone on a page, the lampiran PDF is named as the
    document to sign."""
    cases = [("tata-letak", "sop-empat-puluh"), ("tata-letak", "sop-dua-putaran")]
    seed = sites["seed"]
    cases += [("seed", s.id) for s in sorted(seed.corpus, key=lambda s: -len(s.langkah))[:3]]
    for name, sop_id in cases:
        site = sites[name]
        sop = site.corpus.get(sop_id)
        pages = _printed(browser, site, site.docname[sop_id], tmp_path / f"{sop_id}.pdf")
        flat = [" ".join(p.split()) for p in pages]
        assert "Naskah resmi untuk diparaf dan ditandatangani adalah lampiran PDF" in flat[0], sop_id
        assert sum(t.count("\u2192 ") for t in flat) == len(sop.langkah), sop_id
        for number, text in enumerate(flat, start=1):
            if "Paraf Koordinasi" in text:
                with_content = "Dasar Hukum" in text or "Pencatatan dan Pendataan" in text or "\u2192 " in text
                assert with_content, (sop_id, number, "kotak paraf sendirian")
        assert sop.penandatangan is not None
        last = next(t for t in reversed(flat) if sop.penandatangan.nama in t)
        assert "Prosedur selesai" in last, (sop_id, "tanda tangan terpisah dari langkah terakhir")


# -- Indonesian interface, search ------------------------------------------------------
UI_STRINGS_JS = r"""
() => {
  const out = [];
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt], input[type=submit], button')) {
    for (const a of ['title', 'aria-label', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    if (el.matches('input[type=submit]')) out.push(el.value);
    if (el.matches('button')) out.push(el.innerText);
  }
  for (const el of document.querySelectorAll('header, .sphinxsidebar, footer, h1, #search-results > h2, .search-summary')) {
    out.push(...el.innerText.split('\n'));
  }
  return out.map((s) => s.trim()).filter((s) => s);
}
"""


def _english_msgids() -> set[str]:
    """Sphinx's interface strings as they read untranslated."""
    import sphinx
    from babel.messages.pofile import read_po

    pot = Path(sphinx.__file__).parent / "locale" / "sphinx.pot"
    with pot.open("rb") as source:
        catalog = read_po(source)
    found = set()
    for message in catalog:
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            if text and "%" not in text and re.search(r"[A-Za-z]{3}", text):
                found.add(" ".join(text.split()))
    return found | {"Main", "Related", "Previous document", "Next document", "source link"}


def test_no_english_interface_text(sites, page):
    """No page shows Sphinx's English strings (link titles on headings and
    glossary terms, landmark names, buttons, search texts)."""
    english = _english_msgids()
    site = sites["seed"]
    left = []
    for docname in [*site.pages(), "search"]:
        page.goto(site.url(docname) + ("?q=posyandu" if docname == "search" else ""))
        if docname == "search":
            page.wait_for_function("() => (document.querySelector('#search-results p.search-summary') || {}).innerText")
        for text in page.evaluate(UI_STRINGS_JS):
            if text in english or text.startswith("Link to this"):
                left.append((docname, text))
    assert not left, sorted(set(left))
    page.goto(site.url("search"))
    assert page.get_attribute("form.sopap-cari-halaman input[type=submit]", "value") == "Cari"
    help_text = page.inner_text("div.body")
    assert "\u00a0" not in help_text and "  " not in help_text
    page.goto(site.url("docs/glosarium"))
    assert page.locator('a.headerlink[title="Tautan ke istilah ini"]').count() > 10


def _kind(href: str) -> tuple[int, str, int]:
    """(tier, SOP, step) of a search result: SOP, step, SOP page, other page."""
    doc, _, anchor = href.partition("#")
    step = re.search(r"^sop-(.+)-langkah-(\d+)$", anchor)
    if step:
        return 1, step.group(1), int(step.group(2))
    if anchor.startswith("sop-"):
        return 0, anchor.removeprefix("sop-"), 0
    return (2 if "sop_source/" in doc or "sop-" in doc else 3), "", 0


def test_search_ranks_sops_and_their_steps_first_in_order(sites, page):
    site = sites["seed"]
    _search(page, site, "posyandu")
    hrefs = page.eval_on_selector_all("#search-results ul.search li > a", "as => as.map(a => a.getAttribute('href'))")
    kinds = [_kind(h) for h in hrefs]
    tiers = [k[0] for k in kinds]
    assert tiers == sorted(tiers), hrefs  # SOPs, steps, SOP pages, then guides
    assert 0 in tiers and 1 in tiers and 3 in tiers
    steps: dict[str, list[int]] = {}
    for tier, sop_id, nomor in kinds:
        if tier == 1:
            steps.setdefault(sop_id, []).append(nomor)
    assert all(numbers == sorted(numbers) for numbers in steps.values()), steps
    assert steps["lomba-posyandu"][:3] == [1, 2, 3]
    first = hrefs[0]
    page.goto(f"{site.server.url}/{first}")
    assert page.evaluate("(id) => !!document.getElementById(id)", first.partition("#")[2]), first


def test_flowchart_arrowheads_and_note_markers_read_clearly(sites, page):
    """Arrowheads big enough to see at a glance; a note marker in an actor
    cell reads as a note ("catatan 6") in the cell's corner, away from the
    symbol, not as a step number beside it."""
    site = sites["seed"]
    page.goto(site.url(site.docname["lomba-posyandu"]))
    heads = page.eval_on_selector_all(
        "path.sopap-kepala", "hs => hs.map(h => { const r = h.getBoundingClientRect(); return Math.max(r.width, r.height); })"
    )
    assert heads and min(heads) >= 8.5, min(heads)
    marks = page.eval_on_selector_all(
        "td.sopap-aktor .sopap-tanda",
        """ms => ms.map(m => { const cell = m.closest('td'), sym = cell.querySelector('.sopap-simbol');
             const r = m.getBoundingClientRect(), c = cell.getBoundingClientRect();
             const before = getComputedStyle(m, '::before').content.replace(/^"|"$/g, '');
             return {text: before + m.innerText, right: c.right - r.right, top: r.top - c.top,
                     clear: !sym || r.bottom <= sym.getBoundingClientRect().top || r.left >= sym.getBoundingClientRect().right}; })""",
    )
    assert marks
    for mark in marks:
        assert mark["text"].startswith("catatan "), mark
        assert mark["right"] < 6 and mark["top"] < 6 and mark["clear"], mark
