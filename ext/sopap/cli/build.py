"""``sopap build``: every output, built aside and published only when all succeeded.

Only orchestration: each step runs one Sphinx builder (``html``,
``sopap-features``, ``sopap-json``, ``lampiran``, ``bpmn``), the same files
``sphinx-build -b NAME`` writes, into the work folder ``_build/kerja``
(:mod:`sopap.cli.publish`). Steps run in order and each is strict: a
warning anywhere stops the build (exit 1). Only when every step succeeded
are the outputs published at once (``_build/html``, ``json``, ``pdf``,
``bpmn``) and the committed generated files brought up to date
(``features/``, and the conformance matrix page when the kit changed):
a failed, interrupted or disk-full build leaves the last good handbook
served, and says so.
"""

from __future__ import annotations

import argparse
import errno
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sphinx.errors import ConfigError

from sopap.cli.common import add_project_option, project_from
from sopap.cli.errors import message
from sopap.cli.features import generate
from sopap.cli.pdf import build_pdf
from sopap.cli.publish import CATATAN, KERJA, TERBIT, Staging
from sopap.conformance.kit import FOLDER
from sopap.errors import SopapError
from sopap.sphinxext.project import Project
from sopap.util import atomic

Step = Callable[[Project, argparse.Namespace, Staging], int]


def step_html(project: Project, args: argparse.Namespace, staging: Staging) -> int:
    result = project.run("html", staging.out("html"), parallel=getattr(args, "jobs", 1))
    staging.warnings += result.warnings
    return 0 if result.ok else 1


def step_features(project: Project, args: argparse.Namespace, staging: Staging) -> int:
    return generate(project, staging.out("features"), check=False, quiet=True)


def step_matrix(project: Project, args: argparse.Namespace, staging: Staging) -> int:
    """The matrix page of the handbook, run again only when the kit changed;
    then the handbook's HTML again (only that page is written)."""
    from sopap.cli.conform import PAGE, kit_digest, page_kit, publish_matrix

    page = project.root / PAGE
    if not page.is_file():
        return 0  # a project without the page does not publish the matrix
    kit = staging.out("features")
    if page_kit(page.read_text(encoding="utf-8")) == kit_digest(kit):
        return 0
    print(f"sopap: kit fitur berubah; matriks kesesuaian {PAGE.as_posix()} dibuat ulang ...", flush=True)
    assert project.build_dir is not None
    code = publish_matrix(project.root, kit, project.build_dir / "kesesuaian", [])
    return code or step_html(project, args, staging)


def step_json(project: Project, args: argparse.Namespace, staging: Staging) -> int:
    return 0 if project.run("sopap-json", staging.out("json")).ok else 1


def step_pdf(project: Project, args: argparse.Namespace, staging: Staging) -> int:
    return build_pdf(project, staging.out("pdf"), verbose=False, html=staging.out("html"))


def step_bpmn(project: Project, args: argparse.Namespace, staging: Staging) -> int:
    """``_build/bpmn/<profile>/<kode-sop>.bpmn`` for every profile."""
    return 0 if project.run("bpmn", staging.out("bpmn")).ok else 1


#: (name shown to the user, function). Order matters: HTML reads the sources
#: (and shows failed pages first); the matrix needs the kit and is a page of the HTML.
STEPS: list[tuple[str, Step]] = [
    ("buku pegangan HTML", step_html),
    ("fitur uji kesesuaian", step_features),
    ("matriks kesesuaian", step_matrix),
    ("ekspor JSON", step_json),
    ("lampiran PDF", step_pdf),
    ("ekspor BPMN", step_bpmn),
]


def register(sub) -> None:
    parser = sub.add_parser(
        "build",
        help="bangun semua keluaran (HTML, PDF, JSON, BPMN, fitur) dan terbitkan ke _build/ bila semuanya berhasil",
    )
    parser.add_argument("-j", "--jobs", type=int, default=1, help="jumlah proses Sphinx (bawaan 1)")
    add_project_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    assert project.build_dir is not None
    staging = Staging(project.build_dir)
    for note in staging.begin():
        print(f"sopap: {note}", flush=True)
    try:
        for name, step in STEPS:
            started = time.perf_counter()
            print(f"sopap: membangun {name} ...", flush=True)
            code = step(project, args, staging)
            if code:
                staging.failed(staging.warnings or [f"langkah '{name}' gagal; lihat pesan di terminal"])
                print(f"sopap: GAGAL pada {name}; langkah berikutnya dilewati", file=sys.stderr)
                _kept(project, staging)
                return code
            print(f"sopap: selesai {name} ({time.perf_counter() - started:.1f} d)", flush=True)
        staging.publish()
        changed = publish_features(staging.out("features"), project.root / FOLDER)
    except SopapError as exc:  # an input that cannot be read (conf.py, a step too long for a page)
        print(f"sopap: {exc}", file=sys.stderr)
        staging.failed([*staging.warnings, str(exc)])
        _kept(project, staging)
        return 2
    except OSError as exc:
        print(f"sopap: GAGAL: {_os_error(exc, project.root)}", file=sys.stderr)
        _kept(project, staging)
        return 2
    except BaseException as exc:  # interrupted, or a failure sopap reports itself (conf.py): still say what is served
        if isinstance(exc, ConfigError):  # conf.py stopped it before anything was written: failed, not cut off
            staging.failed([*staging.warnings, message(exc)])
        _kept(project, staging)
        raise
    what = "; features/ diperbarui" if changed else ""
    print(f"sopap: semua keluaran selesai dibangun dan diterbitkan: _build/html, json, pdf, bpmn{what}")
    return 0


def _kept(project: Project, staging: Staging) -> None:
    """Say what is still served after a build that published nothing."""
    when = staging.published()
    if when:
        print(
            f"sopap: tidak ada yang diterbitkan: _build/html, json, pdf dan bpmn tetap buku pegangan terakhir "
            f"yang berhasil ({when}); features/ tidak diubah",
            file=sys.stderr,
        )
    else:
        print("sopap: tidak ada yang diterbitkan; belum ada buku pegangan yang berhasil dibangun di _build/", file=sys.stderr)
    if (staging.work / CATATAN).is_file():
        print(
            f"sopap: keluaran yang gagal (tidak diterbitkan) ada di _build/{KERJA}/; alasannya di _build/{KERJA}/{CATATAN}",
            file=sys.stderr,
        )


def _os_error(exc: OSError, root: Path) -> str:
    where = ""
    if exc.filename:
        try:
            where = f" {Path(exc.filename).resolve().relative_to(root)}"
        except ValueError:
            where = f" {exc.filename}"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"disk penuh: berkas{where} tidak dapat ditulis; kosongkan ruang disk lalu jalankan `sopap build` lagi"
    if exc.errno == errno.EFBIG:
        return f"berkas{where} melampaui batas ukuran berkas sistem; tidak dapat ditulis utuh"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"tidak ada izin menulis{where}; periksa izin folder _build/ dan features/"
    return f"berkas{where} tidak dapat ditulis atau dibaca ({exc.strerror or exc})"


def publish_features(kit: Path, target: Path) -> bool:
    """Bring the committed kit up to date with the one just built (whole or not at all).

    A file whose size and time match the kit's is taken as unchanged without
    reading it (at 2,000 SOPs reading both kits took a second of every
    build); any other is compared byte for byte, and an unchanged one is
    given the kit's time so that the next build need not read it again.
    """
    files = _stats(kit)
    current = _stats(target)
    changed = {name for name, st in files.items() if not _same_file(kit / name, st, target / name, current.get(name))}
    removed = current.keys() - files.keys()
    if not changed and not removed:
        return False
    with atomic.replace_dir(target) as folder:
        folder.chmod(0o755)
        for name in files:
            if name in changed:
                shutil.copy2(kit / name, folder / name)
                (folder / name).chmod(0o644)
            else:
                _keep(target / name, folder / name)  # an unchanged feature keeps its file
    # the build's own record (a hidden file, ignored by git) is not news for the author
    return any(not name.startswith(".") for name in changed | removed)


def _stats(folder: Path) -> dict[str, os.stat_result]:
    if not folder.is_dir():
        return {}
    with os.scandir(folder) as entries:
        return {e.name: e.stat() for e in entries if e.is_file()}


def _same_file(new: Path, st: os.stat_result, old: Path, old_st: os.stat_result | None) -> bool:
    if old_st is None or old_st.st_size != st.st_size:
        return False
    if old_st.st_mtime_ns == st.st_mtime_ns:
        return True
    if new.read_bytes() != old.read_bytes():
        return False
    os.utime(old, ns=(old_st.st_atime_ns, st.st_mtime_ns))
    return True


def _keep(old: Path, new: Path) -> None:
    """The same file in the new folder: a hard link, or a copy with its times."""
    try:
        os.link(old, new)
    except OSError:
        shutil.copy2(old, new)


__all__ = ["STEPS", "TERBIT", "publish_features", "register", "run"]
