"""The review pages of the HTML handbook: Tinjauan SOP, Temuan lint, the
review links and review mode on SOP pages (also in headless Chromium)."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from sopap.lint import RULES
from sopap.review.confirm import to_confirm
from sopap.sphinxext.project import Project
from sopap.sphinxext.state import sop_data
from support import KORPUS, PROJECT, TESTS
from support.browser import CHROMIUM, FLAGS, Server
from support.helpers import warnings_of

ARTIFACTS = PROJECT / "test-artifacts" / "tinjauan"
THEME = {"html_theme": "sopap"}


def read(out: Path, name: str) -> str:
    return (out / name).read_text(encoding="utf-8")


def local_links(out: Path, page: str) -> list[str]:
    """Every same-site href of a page that points at a missing file or anchor."""
    html = read(out, page)
    broken = []
    for href in re.findall(r'href="([^"#?][^"]*?)"', html):
        if href.startswith(("http:", "https:", "mailto:")) or href.endswith(".css"):
            continue
        if "#bidang-" in href:  # the sidebar's bidang sections need a {daftar-sop} home page
            continue
        target = urlparse(urljoin(f"file:///{page}", href))
        path = out / target.path.lstrip("/")
        if not path.is_file():
            broken.append(href)
        elif target.fragment and f'id="{target.fragment}"' not in path.read_text(encoding="utf-8"):
            broken.append(href)
    return broken


@pytest.mark.sphinx("html", testroot="draf", confoverrides=THEME)
def test_review_summary_page(app):
    app.build()
    assert warnings_of(app) == []
    out = Path(app.outdir)
    page = read(out, "tinjauan/index.html")
    assert "<title>Tinjauan SOP" in page
    rows = {m[0]: m for m in re.findall(r"<tr><td>(XLI?)</td>(.*?)</tr>", page)}
    assert '<span class="sopap-status-draf">DRAF</span>: belum diparaf Kabag Organisasi' in rows["XL"][1]
    assert '<span class="sopap-status-lengkap">lengkap</span>' in rows["XLI"][1]
    # sop-lengkap: one illegible paraf to confirm, linked to its page in review mode
    assert 'href="../sop-lengkap.html?tinjau=1#sop-sop-lengkap-catatan">1</a>' in rows["XLI"][1]
    assert "<strong>2 SOP</strong>: 1 DRAF (paraf koordinasi belum lengkap); 1 hal perlu dikonfirmasi" in page
    assert local_links(out, "tinjauan/index.html") == []


@pytest.mark.sphinx("html", testroot="draf", confoverrides=THEME)
def test_lint_page_and_rules_table(app):
    app.build()
    out = Path(app.outdir)
    page = read(out, "tinjauan/lint.html")
    section = page.split('id="lint-sop-draf"')[1].split("</section>")[0]
    assert "<code>PR03</code>" in section and "revisi 1 belum diparaf koordinasi oleh Kabag Organisasi" in section
    assert all(f"<code>{rid}</code>" in page for rid in RULES)
    assert local_links(out, "tinjauan/lint.html") == []


@pytest.mark.sphinx("html", testroot="draf", confoverrides=THEME)
def test_sop_page_links_review_and_loads_review_assets(app):
    app.build()
    out = Path(app.outdir)
    page = read(out, "sop-lengkap.html")
    assert '<a href="riwayat/sop-lengkap.html">Riwayat revisi</a>' in page
    assert '<a href="tinjauan/lint.html#lint-sop-lengkap">Temuan lint: tidak ada</a>' in page
    assert '<button type="button" class="sopap-tombol-tinjau" aria-pressed="false" hidden>Mode tinjauan</button>' in page
    assert "1 perlu dikonfirmasi</span>: 0 inferensi, 1 tidak terbaca" in page
    assert 'src="_static/sopap-tinjauan.js' in page and 'href="_static/sopap-tinjauan.css' in page
    assert (out / "_static" / "sopap-tinjauan.js").is_file()
    # the sidebar reaches both review pages from every page
    for name in ("index.html", "sop-draf.html", "riwayat/sop-draf.html"):
        html = read(out, name)
        assert re.search(r'href="(\.\./)?tinjauan/index\.html"[^>]*>Tinjauan SOP</a>', html), name
        assert re.search(r'href="(\.\./)?tinjauan/lint\.html"[^>]*>Temuan lint</a>', html), name
    for name in ("sop-lengkap.html", "sop-draf.html", "riwayat/sop-draf.html"):
        assert local_links(out, name) == [], name


@pytest.mark.slow
@pytest.mark.korpus
def test_corpus_review_counts(tmp_path):
    """The summary of the living corpus counts what its SOPs say, and links only what exists."""
    from sopap.lint import Severity, lint_sop
    from sopap.model.paraf import status_paraf

    out = tmp_path / "_build"
    result = Project(KORPUS, build_dir=out).run("html", out / "html", warning_stream=None)
    assert result.ok, result.warnings
    corpus = result.app.env.domains["sop"].corpus()
    inferensi = sum(to_confirm(s).inferensi for s in corpus)
    tidak = sum(to_confirm(s).tidak_terbaca for s in corpus)
    drafts = [s for s in corpus if status_paraf(s).draf]
    changed = [s for s in corpus if status_paraf(s).berubah]
    page = read(out / "html", "tinjauan/index.html")
    extra = f", {len(changed)} di antaranya berubah sesudah paraf" if changed else ""
    assert f"<strong>{len(corpus)} SOP</strong>: {len(drafts)} DRAF (paraf koordinasi belum lengkap{extra}); " \
        f"{inferensi + tidak} hal perlu dikonfirmasi ({inferensi} inferensi, {tidak} tidak terbaca)" in page
    assert page.count('<span class="sopap-status-draf">DRAF</span>') == len(drafts)
    galat = sum(1 for s in corpus for t in lint_sop(s) if t.tingkat is Severity.GALAT)
    lint = read(out / "html", "tinjauan/lint.html")
    assert f"<strong>{len(corpus)} SOP</strong>: {galat} galat," in lint
    assert local_links(out / "html", "tinjauan/index.html") == []


# -- review mode in a browser ------------------------------------------------------------------
@pytest.mark.browser
def test_review_mode_highlights_what_is_left_to_confirm(tmp_path):
    if not CHROMIUM.exists():
        pytest.fail("chromium tidak terpasang; jalankan: sh scripts/bootstrap-system test")
    from playwright.sync_api import sync_playwright

    root = TESTS / "roots" / "test-catatan"
    out = tmp_path / "_build"
    result = Project(root, build_dir=out).run("html", out / "html", overrides=THEME, warning_stream=None)
    assert result.ok, result.warnings
    docname = next(iter(sop_data(result.app.env).sops))
    server = Server(out / "html")
    try:
        # in a thread of its own: another test module may hold a sync Playwright
        # session (and its event loop) in this thread for the whole run
        in_thread(lambda: _review_mode(sync_playwright, server, docname))
    finally:
        server.close()


def in_thread(work) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]


def _review_mode(sync_playwright, server, docname: str) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.goto(f"{server.url}/{docname}.html")
        button = pg.locator("button.sopap-tombol-tinjau")
        assert button.is_visible() and button.get_attribute("aria-pressed") == "false"
        sop = pg.locator(".sopap-sop")
        inferred = pg.locator("td:has(.sopap-tanda-inferensi)").first
        plain = inferred.evaluate("el => getComputedStyle(el).backgroundColor")
        button.click()
        assert "sopap-mode-tinjau" in sop.get_attribute("class")
        assert button.get_attribute("aria-pressed") == "true"
        highlighted = inferred.evaluate("el => getComputedStyle(el).backgroundColor")
        assert highlighted != plain and highlighted == "rgb(255, 243, 205)"
        assert pg.locator("details.sopap-catatan").evaluate("d => d.open")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "mode-tinjauan.png"), full_page=True)
        # remembered on the next visit; switched off again by the button
        pg.reload()
        assert "sopap-mode-tinjau" in pg.locator(".sopap-sop").get_attribute("class")
        pg.locator("button.sopap-tombol-tinjau").click()
        assert "sopap-mode-tinjau" not in pg.locator(".sopap-sop").get_attribute("class")
        # asked for in the link of the summary page
        pg.goto(f"{server.url}/{docname}.html?tinjau=1")
        assert "sopap-mode-tinjau" in pg.locator(".sopap-sop").get_attribute("class")
        # never printed
        pg.emulate_media(media="print")
        assert not pg.locator("button.sopap-tombol-tinjau").is_visible()
        browser.close()
