"""Atomic publish: a failed build never replaces (or removes) the handbook in use.

``sopap build`` runs every builder in a work folder, ``_build/kerja``, the
starting point of the next build with the doctrees (builds stay
incremental, and the work folder always matches what the doctrees say was
written). Only when every output succeeded is the work folder copied into a
published generation (``_build/.terbit-a`` or ``-b``, only the files that
changed) and the link ``_build/terbit`` switched to it in one rename. The
paths users know, ``_build/html``, ``json``, ``pdf`` and ``bpmn``, are
links into ``_build/terbit``: a web server pointed at ``_build/html`` goes
from one complete handbook to the next, and shows the last good one for as
long as a source has a problem, a build is interrupted or the disk is full.
"""

from __future__ import annotations

import datetime
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from sopap.util import atomic, tree

KERJA = "kerja"
TERBIT = "terbit"
GENERASI = (".terbit-a", ".terbit-b")
OUTPUTS = ("html", "json", "pdf", "bpmn")
#: In the work folder while a build runs: found at the start of a build, the
#: previous one was cut off (Ctrl+C, a crash, a full disk) and its files may be half written.
SEDANG = ".sedang-dibangun"
CATATAN = "GAGAL.txt"
#: In a published generation: when and from what it was built.
TERBIT_TXT = "TERBIT.txt"


class Staging:
    """The work folder of one build and the published generations beside it."""

    def __init__(self, build_dir: Path) -> None:
        self.build_dir = build_dir
        self.work = build_dir / KERJA
        self.link = build_dir / TERBIT
        #: the warnings of the steps run, for GAGAL.txt
        self.warnings: list[str] = []

    def out(self, name: str) -> Path:
        return self.work / name

    # -- before -------------------------------------------------------------
    def begin(self) -> list[str]:
        """Prepare the work folder; returns what the user should be told."""
        notes = []
        self.build_dir.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.build_dir / "html-gagal", ignore_errors=True)  # the previous layout's failed pages
        if (self.work / SEDANG).exists():
            shutil.rmtree(self.work)
            notes.append(
                "pembangunan sebelumnya terputus sebelum selesai; keluaran kerjanya dibuang dan semua "
                "halaman ditulis ulang"
            )
        if not self.work.exists():
            legacy = [name for name in OUTPUTS if _real_dir(self.build_dir / name)]
            for name in legacy:  # the previous layout: start from its outputs, leave them served
                shutil.copytree(self.build_dir / name, self.work / name, symlinks=True)
        self.work.mkdir(parents=True, exist_ok=True)
        (self.work / CATATAN).unlink(missing_ok=True)
        (self.work / SEDANG).write_text("", encoding="utf-8")
        return notes

    # -- after ---------------------------------------------------------------
    def failed(self, warnings: Iterable[str]) -> None:
        """A build that ended with problems: its work is kept, with why."""
        text = (
            "Keluaran di folder ini dibangun dari sumber yang bermasalah dan TIDAK DITERBITKAN: jangan\n"
            "disalin ke mana pun. Perbaiki setiap peringatan di bawah lalu jalankan `sopap build` lagi;\n"
            f"buku pegangan yang terbit tetap di {TERBIT}/ (_build/html dan seterusnya).\n\n"
            + "\n".join(warnings)
            + "\n"
        )
        atomic.write_text(self.work / CATATAN, text)
        (self.work / SEDANG).unlink(missing_ok=True)

    def published(self) -> str | None:
        """When the handbook now served was built, or None when there is none."""
        try:
            return (self.link / TERBIT_TXT).read_text(encoding="utf-8").strip()
        except OSError:
            return None

    def publish(self) -> Path:
        """Copy the work into the spare generation and switch ``terbit`` to it."""
        current = os.readlink(self.link) if self.link.is_symlink() else None
        spare = self.build_dir / (GENERASI[1] if current == GENERASI[0] else GENERASI[0])
        spare.mkdir(exist_ok=True)
        for name in OUTPUTS:
            if (self.work / name).is_dir():
                sync(self.work / name, spare / name, base=self.build_dir / current / name if current else None)
            else:
                shutil.rmtree(spare / name, ignore_errors=True)
        stamp = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
        atomic.write_text(spare / TERBIT_TXT, f"diterbitkan {stamp}\n")
        _switch(self.link, spare.name)
        for name in OUTPUTS:
            _point(self.build_dir / name, f"{TERBIT}/{name}")
        (self.work / SEDANG).unlink(missing_ok=True)
        return spare


def _real_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _switch(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` in one rename: readers see the old or the new one."""
    tmp = link.with_name(f".{link.name}.{os.getpid()}.baru")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _point(path: Path, target: str) -> None:
    """``_build/html`` -> ``terbit/html``, once; a folder of the previous layout is replaced."""
    if path.is_symlink():
        if os.readlink(path) == target:
            return
        _switch(path, target)
        return
    if path.exists():
        aside = path.with_name(f".{path.name}.lama")
        shutil.rmtree(aside, ignore_errors=True)
        os.replace(path, aside)
        _switch(path, target)
        shutil.rmtree(aside, ignore_errors=True)
        return
    _switch(path, target)


def sync(src: Path, dst: Path, base: Path | None = None) -> None:
    """Make ``dst`` a copy of ``src``, copying only the files whose size or time differ.

    A file that ``base`` (the generation now served) already holds as it is
    in ``src`` is hard-linked from there instead of copied: published files
    are only ever replaced by a rename, never written in place, so two
    generations can share them, and the first build after a full one does
    not copy the whole handbook again. The work folder is never linked
    (Sphinx rewrites its pages in place). Each file is written under a
    temporary name and renamed into place, so a full disk never leaves a
    half-written file; files gone from ``src`` go.
    """
    source_tree = tree.scan(src)
    wanted = source_tree.files
    have_tree = tree.scan(dst)
    have = have_tree.files
    shared = tree.files(base) if base is not None and base.is_dir() else {}
    os.makedirs(dst, exist_ok=True)
    in_the_way = set(have_tree.folders)
    for folder in source_tree.folders:  # parents first; empty folders too
        if folder in have:  # a file where a folder now is
            os.unlink(os.path.join(dst, folder))
        os.makedirs(os.path.join(dst, folder), exist_ok=True)
    for name, st in wanted.items():
        old = have.get(name)
        if old is not None and _same(old, st):
            continue
        copy = os.path.join(dst, name)
        if name in in_the_way:  # a folder where a file now is
            shutil.rmtree(copy)
        shared_file = os.path.join(base, name) if name in shared and _same(shared[name], st) else None
        if old is None and shared_file is not None and _link(shared_file, copy):
            continue  # a new name: the link appears whole or not at all
        tmp = os.path.join(os.path.dirname(copy), f".{os.path.basename(name)}.{os.getpid()}.tmp")
        try:
            if shared_file is None or not _link(shared_file, tmp):
                shutil.copy2(os.path.join(src, name), tmp)
            os.replace(tmp, copy)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    for name in have.keys() - wanted.keys():
        Path(dst, name).unlink(missing_ok=True)  # (gone with a folder a file replaced)
    kept = set(source_tree.folders)
    for folder in reversed(have_tree.folders):  # children before parents
        if folder not in kept:
            shutil.rmtree(os.path.join(dst, folder), ignore_errors=True)


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return a.st_size == b.st_size and a.st_mtime_ns == b.st_mtime_ns


def _link(source: str, target: str) -> bool:
    """Put a hard link to ``source`` at ``target``; False where links cannot be made."""
    try:
        os.link(source, target)
        return True
    except FileExistsError:  # a temporary name left by a build that was cut off
        os.unlink(target)
        return _link(source, target)
    except OSError:
        return False
