"""A build that writes no HTML (``sopap features``, ``sopap pdf``, lint)
reads changed sources into the shared environment: the next HTML build
still writes every page that shows them, as a fresh build would."""

from __future__ import annotations

import shutil

import pytest

from sopap.sphinxext import code_version as versi
from support.helpers import copy_root


def _pages(folder):
    return {p.name: p.read_bytes() for p in folder.glob("*.html")}


@pytest.mark.parametrize("change", ["judul", "kode"])
def test_html_after_another_builder_read_the_change_matches_a_fresh_build(
    make_app, rootdir, sphinx_test_tempdir, monkeypatch, change
):
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", f"terutang-{change}")
    first = make_app("html", srcdir=srcdir)
    first.build()
    assert b"Rapat Koordinasi Uji" in (first.outdir / "index.html").read_bytes()
    before = {name: p.stat().st_mtime_ns for name in _pages(first.outdir) for p in [first.outdir / name]}

    if change == "judul":  # the title other pages list
        page = srcdir / "sop-rapat.md"
        page.write_text(page.read_text(encoding="utf-8").replace("Rapat Koordinasi Uji", "Rapat Koordinasi Baru"))
    else:  # new sopap code: every page is drawn again
        monkeypatch.setattr(versi, "env_version", lambda: versi.code_digest(versi.PACKAGE) ^ 1)
    other = make_app("sopap-json", srcdir=srcdir)  # reads the change, writes no page
    other.build()
    assert other.statuscode == 0
    assert other.env.doctreedir == first.env.doctreedir

    again = make_app("html", srcdir=srcdir)
    again.build()
    assert again.statuscode == 0
    written = {name for name, mtime in before.items() if (again.outdir / name).stat().st_mtime_ns != mtime}
    if change == "judul":
        assert {"index.html", "sop-rapat.html"} <= written
        assert b"Rapat Koordinasi Baru" in (again.outdir / "index.html").read_bytes()
    else:
        assert written == set(before)

    fresh_src = sphinx_test_tempdir / f"terutang-{change}-baru"
    shutil.rmtree(fresh_src, ignore_errors=True)
    shutil.copytree(srcdir, fresh_src, ignore=shutil.ignore_patterns("_build"))
    fresh = make_app("html", srcdir=fresh_src)
    fresh.build()
    assert _pages(again.outdir) == _pages(fresh.outdir)
    assert (again.outdir / "searchindex.js").read_bytes() == (fresh.outdir / "searchindex.js").read_bytes()


def test_an_html_build_owes_nothing_to_itself(make_app, rootdir, sphinx_test_tempdir):
    """Pages an HTML build wrote are not written again by the next one."""
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", "terutang-tidak")
    make_app("html", srcdir=srcdir).build()
    page = srcdir / "sop-rapat.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Rapat Koordinasi Uji", "Rapat Koordinasi Baru"))
    make_app("html", srcdir=srcdir).build()
    out = srcdir / "_build" / "html"
    pages = [out / f"{p.stem}.html" for p in srcdir.glob("*.md")]  # the pages of the sources
    before = [p.stat().st_mtime_ns for p in pages]
    make_app("html", srcdir=srcdir).build()
    assert before == [p.stat().st_mtime_ns for p in pages]
