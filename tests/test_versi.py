"""New sopap code rebuilds every page; unchanged code keeps incremental builds incremental."""

from __future__ import annotations

import os
import shutil

import pytest

from sopap.sphinxext import versi


def test_the_code_number_follows_the_bytes_of_the_files_not_their_times(tmp_path):
    (tmp_path / "render.py").write_text("GARIS = 1\n", encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "sop.html").write_text("<table>", encoding="utf-8")
    first = versi.code_digest(tmp_path)
    assert isinstance(first, int) and 0 < first < 2**63

    os.utime(tmp_path / "render.py", (0, 0))  # a checkout or reinstall: new times, same bytes
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "render.cpython-311.pyc").write_bytes(b"\0" * 16)
    assert versi.code_digest(tmp_path) == first

    (tmp_path / "render.py").write_text("GARIS = 2\n", encoding="utf-8")
    edited = versi.code_digest(tmp_path)
    assert edited != first

    (tmp_path / "render.py").rename(tmp_path / "gambar.py")
    assert versi.code_digest(tmp_path) not in (first, edited)

    (tmp_path / "gambar.py").rename(tmp_path / "render.py")
    (tmp_path / "render.py").write_text("GARIS = 1\n", encoding="utf-8")
    assert versi.code_digest(tmp_path) == first  # back to the same files: the same number


def _pages(outdir) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in outdir.glob("*.html")}


@pytest.mark.parametrize(("code_changed", "expect_all"), [(False, False), (True, True)])
def test_a_build_after_new_code_writes_every_page_again(
    make_app, rootdir, sphinx_test_tempdir, monkeypatch, code_changed, expect_all
):
    srcdir = sphinx_test_tempdir / f"versi-{code_changed}"
    shutil.rmtree(srcdir, ignore_errors=True)
    shutil.copytree(rootdir / "test-html", srcdir)
    first = make_app("html", srcdir=srcdir)
    first.build()
    first.cleanup()
    before = _pages(first.outdir)
    assert {"index.html", "sop-alur.html", "sop-rapat.html"} <= set(before)
    if code_changed:
        monkeypatch.setattr(versi, "env_version", lambda: versi.code_digest(versi.PACKAGE) ^ 1)
    again = make_app("html", srcdir=srcdir)
    again.build()
    assert versi.env_version() in again.env.version.values()  # what Sphinx compares next time
    after = _pages(again.outdir)
    written = {name for name in before if after[name] != before[name]}
    sop_pages = {"index.html", "sop-alur.html", "sop-rapat.html"}
    if expect_all:
        assert written == set(before)
    else:
        assert not written & sop_pages  # nothing edited: the SOP pages stay as they are
