"""Revision history pages from git: versions, redlines, uncommitted work,
the cache of old versions, and a build without git that still succeeds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sopap.review.history import cache as simpanan
from sopap.sphinxext.project import Project
from support.revisions import SUMBER, buat_repo, git


def build(root: Path, out: Path):
    result = Project(root, build_dir=out).run("html", out / "html", warning_stream=None)
    assert result.ok, result.warnings
    return out / "html"


def commits(repo: Path) -> list[str]:
    return git(repo, "log", "--format=%H").split()


def test_history_page_lists_every_version_with_its_redline(tmp_path):
    repo = buat_repo(tmp_path)
    html = build(repo, tmp_path / "_build")
    page = (html / "riwayat" / "sop-revisi.html").read_text(encoding="utf-8")
    new, old = commits(repo)
    rows = re.findall(r"<tr><td>(\d{4}-\d\d-\d\d, commit (\w+))</td>", page)
    assert [sha for _, sha in rows] == [new[:10], old[:10]]  # newest first
    assert "Revisi 1: waktu pemeriksaan 9 hari" in page and "SOP revisi 0" in page
    assert "3 isian identitas berubah; langkah: 1 diubah, 1 ditambahkan, 1 dihapus, 1 dipindah" in page
    assert "versi pertama yang tercatat" in page
    assert "Tanggal Revisi: <strong>2 Maret 2026</strong>" in page
    # the revision number and Tanggal Revisi of each version
    assert re.search(r'class="sopap-angka">1</td><td>2 Maret 2026</td>', page)
    assert re.search(r'class="sopap-angka">0</td><td>—</td>', page)
    assert f'href="sop-revisi/{new[:12]}.html">lihat redline</a>' in page
    redline = (html / "riwayat" / "sop-revisi" / f"{new[:12]}.html").read_text(encoding="utf-8")
    assert "<del>6</del>\u2009<ins>9</ins> Hari" in redline
    assert "<ins>Mencatat permohonan dalam buku agenda</ins>" in redline
    assert "Naskah lama: <strong>" in redline and old[:10] in redline
    # the newest redline links its steps to the SOP page
    assert 'href="../../sop_source/sop-revisi.html#sop-sop-revisi-langkah-3"' in redline
    # the SOP page links its history
    sop_page = (html / "sop_source" / "sop-revisi.html").read_text(encoding="utf-8")
    assert 'href="../riwayat/sop-revisi.html">Riwayat revisi</a>' in sop_page


def test_uncommitted_changes_come_first_and_old_versions_are_read_once(tmp_path, monkeypatch):
    repo = buat_repo(tmp_path)
    build(repo, tmp_path / "_build")
    store = tmp_path / "_build" / "doctrees" / "sopap-riwayat"
    # the newest commit is the working copy the build read: only the older one is read again
    assert len(list(store.glob("*.json"))) == 1
    source = repo / SUMBER
    source.write_text(source.read_text(encoding="utf-8").replace("waktu: 9 hari", "waktu: 12 hari"), encoding="utf-8")
    build(repo, tmp_path / "_build")
    assert len(list(store.glob("*.json"))) == 2

    def refuse(*args, **kwargs):
        raise AssertionError("versi lama dibaca ulang padahal tersimpan")

    monkeypatch.setattr(simpanan, "read_apart", refuse)
    html = build(repo, tmp_path / "_build")
    page = (html / "riwayat" / "sop-revisi.html").read_text(encoding="utf-8")
    first = re.search(r"<tbody><tr><td>([^<]+)</td>", page).group(1)
    assert first == "sumber saat ini (belum di-commit)"
    redline = (html / "riwayat" / "sop-revisi" / "belum-commit.html").read_text(encoding="utf-8")
    assert "<del>9</del>\u2009<ins>12</ins> Hari" in redline


def test_a_tree_without_git_builds_and_says_so(tmp_path):
    repo = buat_repo(tmp_path)
    tarball = tmp_path / "tanpa-git"
    shutil.copytree(repo, tarball, ignore=shutil.ignore_patterns(".git"))
    html = build(tarball, tmp_path / "_build2")
    page = (html / "riwayat" / "sop-revisi.html").read_text(encoding="utf-8")
    assert "Riwayat git tidak tersedia untuk sumber ini" in page
    assert "Revisi saat ini: <strong>1</strong>" in page
    assert not (html / "riwayat" / "sop-revisi").exists()


def test_no_git_program_at_all(tmp_path, monkeypatch):
    repo = buat_repo(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "kosong"))
    html = build(repo, tmp_path / "_build")
    assert "Riwayat git tidak tersedia" in (html / "riwayat" / "sop-revisi.html").read_text(encoding="utf-8")


def test_history_can_be_switched_off(tmp_path):
    repo = buat_repo(tmp_path)
    conf = repo / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "sopap_history = False\n", encoding="utf-8")
    html = build(repo, tmp_path / "_build")
    assert "Riwayat git tidak tersedia" in (html / "riwayat" / "sop-revisi.html").read_text(encoding="utf-8")
    assert not (tmp_path / "_build" / "doctrees" / "sopap-riwayat").exists()


@pytest.mark.parametrize("maks", [1])
def test_only_the_newest_versions_are_shown(tmp_path, maks):
    repo = buat_repo(tmp_path)
    conf = repo / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + f"sopap_history_max = {maks}\n", encoding="utf-8")
    html = build(repo, tmp_path / "_build")
    page = (html / "riwayat" / "sop-revisi.html").read_text(encoding="utf-8")
    assert "SOP revisi 0" not in page and "Versi yang lebih lama tidak ditampilkan" in page
    assert page.count("lihat redline") == 1  # the newest version, against the one before
