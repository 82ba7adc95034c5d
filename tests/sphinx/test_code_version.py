"""New sopap code rebuilds every page; unchanged code keeps incremental builds incremental."""

from __future__ import annotations

import os

import pytest

from sopap.sphinxext import code_version as versi
from support.helpers import copy_root, rebuilt


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


@pytest.mark.parametrize("code_changed", [False, True])
def test_a_build_after_new_code_writes_every_page_again(make_app, rootdir, sphinx_test_tempdir, monkeypatch, code_changed):
    srcdir = copy_root(rootdir, sphinx_test_tempdir, "test-html", f"versi-{code_changed}")
    pages = {p.stem for p in (rootdir / "test-html").glob("*.md")}
    assert {"index", "sop-alur", "sop-rapat"} <= pages

    def new_code() -> None:
        if code_changed:
            monkeypatch.setattr(versi, "env_version", lambda: versi.code_digest(versi.PACKAGE) ^ 1)

    again, written = rebuilt(make_app, srcdir, new_code)
    assert versi.env_version() in again.env.version.values()  # what Sphinx compares next time
    all_pages = {p.stem for p in again.outdir.glob("*.html")}
    if code_changed:
        assert written == all_pages
    else:
        assert not written & pages  # nothing edited: the pages of the sources stay as they are
