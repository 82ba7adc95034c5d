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
        self.server = Server(out / "html")

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
