"""Atomic publish: what is served from _build/ is always the last build that succeeded whole.

Builds run in a work folder (_build/kerja) and are published in one switch of
a link only when every output succeeded; a failed, interrupted or disk-full
build leaves every published file as it was, and says so (sopap.cli.publish).
The failed-source case is in tests/e2e/test_bad_input.py; here the disk.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopap.cli import main
from support import ROOTS

SOPAP = Path(sys.executable).with_name("sopap")
OUTPUTS = ("html", "json", "pdf", "bpmn")


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "proyek"
    shutil.copytree(ROOTS / "test-keputusan", root)
    return root


def _served(root: Path) -> dict[str, bytes]:
    build = root / "_build"
    return {
        p.relative_to(build).as_posix(): p.read_bytes()
        for name in OUTPUTS
        for p in sorted((build / name).rglob("*"))
        if p.is_file()
    }


def _edit(root: Path, old: str, new: str) -> None:
    source = root / "sop-keputusan.md"
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")


def _limited(size: int):
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))  # Python ignores SIGXFSZ: writes fail

    return limit


def test_a_write_that_fails_midway_leaves_the_last_good_build_served(tmp_path):
    """Every file beyond a few kilobytes fails to be written (as on a full disk,
    in whichever library writes it): nothing half-written is served, and the
    next build, on a disk with room, rewrites what the cut-off build left."""
    root = _project(tmp_path)
    assert main(["build", "--project", str(root)]) == 0
    served = _served(root)
    assert any(name.startswith("html/") for name in served) and any(name.endswith(".pdf") for name in served)
    _edit(root, "label-ya: Lengkap", "label-ya: Berkas lengkap")

    cut = subprocess.run(
        [str(SOPAP), "build"], cwd=root, capture_output=True, text=True, timeout=300,
        preexec_fn=_limited(20_000), env={**os.environ, "NO_COLOR": "1"},
    )
    assert cut.returncode != 0, cut.stdout + cut.stderr
    assert "Traceback" not in cut.stderr and "kesalahan internal" not in cut.stderr
    assert "tidak ada yang diterbitkan: _build/html, json, pdf dan bpmn tetap buku pegangan terakhir" in cut.stderr
    assert _served(root) == served

    again = subprocess.run([str(SOPAP), "build"], cwd=root, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "pembangunan sebelumnya terputus sebelum selesai" in again.stdout
    assert "Berkas lengkap" in (root / "_build" / "html" / "sop-keputusan.html").read_text(encoding="utf-8")
    assert not list((root / "_build").rglob(".*.tmp"))


def test_a_full_disk_while_publishing_switches_nothing(tmp_path, monkeypatch, capsys):
    from sopap.cli import publish

    root = _project(tmp_path)
    assert main(["build", "--project", str(root)]) == 0
    served = _served(root)
    link = os.readlink(root / "_build" / "terbit")
    _edit(root, "label-ya: Lengkap", "label-ya: Berkas lengkap")
    real_copy = shutil.copy2
    copied = []

    def full(src, dst, **kwargs):
        copied.append(dst)
        if len(copied) > 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_copy(src, dst, **kwargs)

    monkeypatch.setattr(publish.shutil, "copy2", full)
    capsys.readouterr()
    assert main(["build", "--project", str(root)]) == 2
    err = capsys.readouterr().err
    assert "sopap: GAGAL: disk penuh: berkas _build/.terbit-" in err and "kosongkan ruang disk" in err
    assert "tidak ada yang diterbitkan" in err
    assert os.readlink(root / "_build" / "terbit") == link and _served(root) == served
    assert not list((root / "_build").rglob(".*.tmp"))  # each copy is written aside, then renamed

    monkeypatch.setattr(publish.shutil, "copy2", real_copy)
    assert main(["build", "--project", str(root)]) == 0
    assert os.readlink(root / "_build" / "terbit") != link
    assert "Berkas lengkap" in (root / "_build" / "html" / "sop-keputusan.html").read_text(encoding="utf-8")


def test_outputs_are_links_switched_together_and_builds_stay_incremental(tmp_path, capsys):
    root = _project(tmp_path)
    build = root / "_build"
    assert main(["build", "--project", str(root)]) == 0
    assert {name: os.readlink(build / name) for name in OUTPUTS} == {name: f"terbit/{name}" for name in OUTPUTS}
    first = os.readlink(build / "terbit")
    page = build / "kerja" / "html" / "index.html"
    written = page.stat().st_mtime_ns
    assert main(["build", "--project", str(root)]) == 0  # nothing changed
    assert page.stat().st_mtime_ns == written  # the work folder is the starting point
    assert os.readlink(build / "terbit") != first  # a complete copy each time, switched at once
    assert (build / "html" / "index.html").read_bytes() == page.read_bytes()
    assert "diterbitkan" in (build / "terbit" / "TERBIT.txt").read_text(encoding="utf-8")


def test_a_handbook_of_the_previous_layout_is_taken_over(tmp_path, capsys):
    """`_build/html` as a folder (an earlier sopap, or sphinx-build): served until
    a build succeeds, then replaced by the link, and its pages the starting point."""
    from sopap.sphinxext.project import Project

    root = _project(tmp_path)
    build = root / "_build"
    assert Project(root).run("html", build / "html", warning_stream=None).ok
    old = (build / "html" / "sop-keputusan.html").read_bytes()
    _edit(root, "pelaksana: kabid", "pelaksana: kabdi")
    assert main(["build", "--project", str(root)]) == 1
    assert not (build / "html").is_symlink() and (build / "html" / "sop-keputusan.html").read_bytes() == old
    _edit(root, "pelaksana: kabdi", "pelaksana: kabid")
    assert main(["build", "--project", str(root)]) == 0
    assert (build / "html").is_symlink() and (build / "html" / "sop-keputusan.html").is_file()
    assert not list(build.glob(".html.lama"))


@pytest.mark.parametrize("errno_value", [errno.ENOSPC, errno.EACCES])
def test_the_message_names_the_file_relative_to_the_project(errno_value, tmp_path):
    from sopap.cli.build import _os_error

    exc = OSError(errno_value, "x", str(tmp_path / "_build" / "kerja" / "json" / "sopap.json"))
    text = _os_error(exc, tmp_path)
    assert "_build/kerja/json/sopap.json" in text and str(tmp_path) not in text


# -- committed generated files --------------------------------------------------------------------
def test_build_runs_the_matrix_again_only_when_the_kit_changed(tmp_path, capsys):
    """`make handbook` (sopap build) keeps docs/kesesuaian-matriks.md the page of
    the kit it publishes: run again when the kit changed, not on every build."""
    root = _project(tmp_path)
    (root / "docs").mkdir()
    page = root / "docs" / "kesesuaian-matriks.md"
    page.write_text("# Matriks kesesuaian implementasi bawaan\n\nusang\n", encoding="utf-8")
    linked = ("kesesuaian", "bpmn", "kesesuaian-harness", "kesesuaian-http")  # the pages the matrix page links
    for name in linked:
        (root / "docs" / f"{name}.md").write_text(f"# {name}\n", encoding="utf-8")
    toc = "".join(f"docs/{name}\n" for name in ("kesesuaian-matriks", *linked))
    (root / "index.md").write_text(
        (root / "index.md").read_text(encoding="utf-8").replace("sop-keputusan\n", "sop-keputusan\n" + toc),
        encoding="utf-8",
    )
    assert main(["build", "--project", str(root)]) == 0
    out = capsys.readouterr().out
    assert "kit fitur berubah; matriks kesesuaian docs/kesesuaian-matriks.md dibuat ulang" in out
    text = page.read_text(encoding="utf-8")
    from sopap.cli.conform import kit_digest, page_kit

    assert page_kit(text) == kit_digest(root / "features") and "`mutan-salah-cabang`" in text
    # the published handbook shows the new page (its HTML was built again after it)
    assert "mutan-salah-cabang" in (root / "_build" / "html" / "docs" / "kesesuaian-matriks.html").read_text(encoding="utf-8")

    assert main(["build", "--project", str(root)]) == 0
    assert "matriks kesesuaian docs/kesesuaian-matriks.md dibuat ulang" not in capsys.readouterr().out
    _edit(root, "label-ya: Lengkap", "label-ya: Berkas lengkap")
    assert main(["build", "--project", str(root)]) == 0
    assert "dibuat ulang" in capsys.readouterr().out and page_kit(page.read_text(encoding="utf-8")) == kit_digest(
        root / "features"
    )


def test_a_conf_py_that_cannot_be_read_is_a_failure_not_an_interruption(tmp_path, capsys):
    """conf.py stops the build before anything is written: the next build says
    the same, not that the previous one was cut off, and stays incremental."""
    root = _project(tmp_path)
    assert main(["build", "--project", str(root)]) == 0
    conf = root / "conf.py"
    good = conf.read_text(encoding="utf-8")
    conf.write_text(good + "\nsopap_bidang = [\n", encoding="utf-8")
    capsys.readouterr()
    for _ in range(2):
        assert main(["build", "--project", str(root)]) == 2
        err = capsys.readouterr()
        assert "terputus" not in err.out + err.err
        assert "tetap buku pegangan terakhir yang berhasil" in err.err
    conf.write_text(good, encoding="utf-8")
    assert main(["build", "--project", str(root)]) == 0
    assert "terputus" not in capsys.readouterr().out


def _tree(root: Path) -> dict[str, bytes | None]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def test_a_generation_shares_the_unchanged_files_of_the_one_served(tmp_path):
    """The spare generation takes unchanged files from the served one as hard
    links (the first build after a full one copied 1.3 GB at 2,000 SOPs), copies
    what changed, and never alters a file of the generation being served."""
    from sopap.cli.publish import sync

    work, served, spare = tmp_path / "kerja", tmp_path / "a", tmp_path / "b"
    for name, text in {"index.html": "i", "sop/x.html": "x", "sop/y.html": "y", "jadi-folder": "f"}.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_text(text, encoding="utf-8")
    (work / "kosong").mkdir()
    sync(work, served)
    assert _tree(served) == _tree(work)
    assert all(p.stat().st_nlink == 1 for p in served.rglob("*") if p.is_file())

    (spare / "basi" / "dalam").mkdir(parents=True)
    (spare / "basi" / "dalam" / "lama.html").write_text("lama", encoding="utf-8")
    (spare / "sop").mkdir()
    (spare / "sop" / "x.html").write_text("versi lama", encoding="utf-8")
    (work / "sop" / "y.html").write_text("y baru", encoding="utf-8")  # Sphinx rewrites in place
    (work / "jadi-folder").unlink()
    (work / "jadi-folder").mkdir()
    (work / "jadi-folder" / "isi.html").write_text("isi", encoding="utf-8")
    served_before = _tree(served)
    sync(work, spare, base=served)

    assert _tree(spare) == _tree(work)
    assert _tree(served) == served_before
    assert (spare / "index.html").stat().st_ino == (served / "index.html").stat().st_ino
    assert (spare / "sop" / "x.html").stat().st_ino == (served / "sop" / "x.html").stat().st_ino
    assert (spare / "sop" / "y.html").stat().st_ino != (served / "sop" / "y.html").stat().st_ino
    for p in spare.rglob("*"):  # never a link into the work folder, which is rewritten in place
        if p.is_file():
            assert p.stat().st_ino != (work / p.relative_to(spare)).stat().st_ino
    assert not list(tmp_path.rglob(".*.tmp"))

    (work / "jadi-folder" / "isi.html").unlink()
    (work / "jadi-folder").rmdir()
    (work / "jadi-folder").write_text("lagi berkas", encoding="utf-8")
    sync(work, served, base=spare)
    assert _tree(served) == _tree(work)


def test_features_are_published_when_they_differ_and_only_then(tmp_path):
    """features/ is compared with the kit by size and time first, by content
    when they differ: a hand edit of the same size is undone, a file only
    touched (a checkout) is no change, and a removed SOP's feature goes."""
    from sopap.cli.build import publish_features

    kit, target = tmp_path / "kit", tmp_path / "features"
    kit.mkdir()
    for name in ("a.feature", "b.feature", ".sopap-berkas"):
        (kit / name).write_text(f"Fitur: {name}\n", encoding="utf-8")
    assert publish_features(kit, target) is True
    assert publish_features(kit, target) is False

    (target / "a.feature").write_text("Fitur: x.feature\n", encoding="utf-8")  # same size, other words
    os.utime(target / "b.feature", ns=(0, 10**18))  # touched only
    assert publish_features(kit, target) is True
    assert (target / "a.feature").read_text(encoding="utf-8") == "Fitur: a.feature\n"
    assert publish_features(kit, target) is False
    assert (target / "b.feature").stat().st_mtime_ns == (kit / "b.feature").stat().st_mtime_ns

    (kit / ".sopap-berkas").write_text("catatan build\n", encoding="utf-8")
    assert publish_features(kit, target) is False  # the build's own record is not news
    (kit / "b.feature").unlink()
    assert publish_features(kit, target) is True
    assert sorted(p.name for p in target.iterdir()) == [".sopap-berkas", "a.feature"]
