"""Review pages (history, summary, lint) are written again only when their
text changed: a city has hundreds, and rendering them all was most of an
incremental build."""

from __future__ import annotations

import shutil

from sopap.sphinxext.state import sop_data
from support.helpers import warnings_of


def _build(make_app, srcdir):
    app = make_app("html", srcdir=srcdir)
    app.build()
    app.cleanup()
    assert warnings_of(app) == []
    return app


def _stamps(out):
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.html")}


def test_review_pages_are_written_when_they_change_only(make_app, rootdir, sphinx_test_tempdir):
    srcdir = sphinx_test_tempdir / "tinjauan-inkremental"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-html", srcdir)
    app = _build(make_app, srcdir)
    out = app.outdir
    review = {"riwayat/sop-alur.html", "riwayat/sop-rapat.html", "tinjauan/index.html", "tinjauan/lint.html"}
    first = _stamps(out)
    assert review <= set(first)

    found = sop_data(app.env).temuan
    again = _build(make_app, srcdir)  # nothing changed: nothing written again
    assert {p for p, ns in _stamps(out).items() if ns != first[p]} & review == set()
    # SOPs that were not read again keep their lint findings
    assert sop_data(again.env).temuan == found and set(found) == {"sop-alur", "sop-rapat"}

    source = srcdir / "sop-rapat.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("nama: Rapat Koordinasi Uji", "nama: Rapat Koordinasi Baru"),
        encoding="utf-8",
    )
    _build(make_app, srcdir)
    now = _stamps(out)
    changed = {p for p, ns in now.items() if ns != first[p]}
    assert {"riwayat/sop-rapat.html", "tinjauan/index.html", "tinjauan/lint.html"} <= changed
    assert "riwayat/sop-alur.html" not in changed  # its text does not name the other SOP
    assert "Rapat Koordinasi Baru" in (out / "riwayat" / "sop-rapat.html").read_text(encoding="utf-8")

    (out / "riwayat" / "sop-alur.html").unlink()  # a page that is gone is written again
    _build(make_app, srcdir)
    assert (out / "riwayat" / "sop-alur.html").is_file()


def test_summary_pages_follow_findings_not_step_text(make_app, rootdir, sphinx_test_tempdir):
    """The summary and lint pages show a few facts of every SOP: an edit of
    a step's text leaves them as they were, a new lint finding reaches them."""
    srcdir = sphinx_test_tempdir / "tinjauan-temuan"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-html", srcdir)
    app = _build(make_app, srcdir)
    out = app.outdir
    summary = {"tinjauan/index.html", "tinjauan/lint.html"}
    lint_before = (out / "tinjauan" / "lint.html").read_text(encoding="utf-8")
    assert "Surat Asing" not in lint_before
    source = srcdir / "sop-rapat.md"

    def edit(old: str, new: str) -> set[str]:
        before = _stamps(out)
        source.write_text(source.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        _build(make_app, srcdir)
        return {p for p, ns in _stamps(out).items() if ns != before.get(p)}

    changed = edit("Menyusun notulen rapat koordinasi", "Menyusun notulen rapat koordinasi dengan rapi")
    assert "sop-rapat.html" in changed and not changed & summary
    changed = edit("kelengkapan: Daftar Hadir", "kelengkapan: Daftar Hadir; Surat Asing")
    assert "tinjauan/lint.html" in changed
    lint_after = (out / "tinjauan" / "lint.html").read_text(encoding="utf-8")
    assert "Surat Asing" in lint_after and "KL01" in lint_after
