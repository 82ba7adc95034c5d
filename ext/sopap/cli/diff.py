"""``sopap diff A [B] [-o FOLDER]``: what changed between two versions of SOPs.

A and B are files (``.md`` sources or ``sopap/1`` ``.json``), git revisions
(``HEAD~3``) or a file at a revision (``main:sop_source/x.md``); without B,
A is compared with the project's current sources. The comparison is made on
the model: identity fields, steps added, removed, moved, and word by word
per field. Exit codes follow diff(1): 0 no change, 1 changes, 2 trouble.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from sopap.cli.common import add_color_option, add_project_option, project_from, use_color
from sopap.cli.diff_sides import Side, side_of, working_tree
from sopap.render import terminal
from sopap.render.html import redline as redline_html
from sopap.render.pdf import redline as redline_pdf
from sopap.review.diff.compare import compare_corpus, compare_sop
from sopap.review import git
from sopap.review.diff.result import CommitInfo, CorpusDiff
from sopap.util import atomic


def register(sub) -> None:
    parser = sub.add_parser(
        "diff",
        help="bandingkan dua versi SOP (berkas atau revisi git): terminal, HTML dan PDF redline",
        description="Membandingkan dua versi SOP pada tingkat model: isian identitas, langkah yang "
        "ditambahkan, dihapus, dipindah, dan perubahan kata per isian. A dan B boleh berkas "
        "(.md atau .json sopap/1), revisi git (HEAD~3) atau berkas pada revisi (main:sop_source/x.md); "
        "tanpa B, A dibandingkan dengan sumber saat ini. Keluar 0 bila sama, 1 bila berbeda.",
    )
    parser.add_argument("lama", metavar="A", help="naskah lama: berkas, revisi git, atau REVISI:berkas")
    parser.add_argument("baru", metavar="B", nargs="?", default=None, help="naskah baru (bawaan: sumber saat ini)")
    parser.add_argument("-o", "--output", metavar="FOLDER", default=None, help="tulis redline HTML dan PDF ke FOLDER")
    add_color_option(parser, "warna di terminal (bawaan: otomatis, hanya bila keluaran ke terminal)")
    add_project_option(parser)
    parser.set_defaults(func=run)


def compare_sides(a: Side, b: Side) -> CorpusDiff:
    """Pair the SOPs of both sides: two single files whatever their ids, else by id."""
    masalah = tuple(("lama", m) for m in a.masalah) + tuple(("baru", m) for m in b.masalah)
    if a.satu_berkas and b.satu_berkas and len(a.sops) == 1 and len(b.sops) == 1:
        return CorpusDiff(a.label, b.label, (compare_sop(a.sops[0], b.sops[0]),), masalah)
    old, new = a.sops, b.sops
    if a.satu_berkas:
        new = [s for s in new if s.id in {x.id for x in old}]
    elif b.satu_berkas:
        old = [s for s in old if s.id in {x.id for x in new}]
    return compare_corpus(sorted(old, key=lambda s: s.id), sorted(new, key=lambda s: s.id), a.label, b.label, masalah)


def with_commits(hasil: CorpusDiff, a: Side, b: Side, project) -> CorpusDiff:
    """Who changed each SOP between two sides from git, when, and why: the
    commits after A up to B (or HEAD, for the working tree) touching its source."""
    if not a.commit or b.commit is None:
        return hasil
    repo = git.toplevel(project.root)
    if repo is None:
        return hasil
    try:
        prefix = project.root.relative_to(repo.resolve())
    except ValueError:
        return hasil
    commits = {}
    for item in hasil.berubah:
        paths = sorted({(prefix / s.sumber.berkas).as_posix() for s in (item.lama, item.baru) if s and s.sumber})
        found = git.log_between(repo, a.commit, b.commit or "HEAD", paths) if paths else []
        if found:
            commits[item.sop.id] = tuple(CommitInfo(c.sha, c.tanggal, c.penulis, c.pesan) for c in found)
    return replace(hasil, commits=commits)


def tulis(hasil: CorpusDiff, folder: Path) -> list[Path]:
    """Per changed SOP ``<id>.html`` and ``<id>.pdf``; ``index.html`` when
    several SOPs were compared (the changed ones listed first)."""
    written: list[Path] = []
    changed = hasil.berubah
    files: dict[Path, bytes] = {}
    for item in changed:
        one = CorpusDiff(hasil.label_lama, hasil.label_baru, (item,), hasil.masalah, hasil.commits)
        title = f"Perbandingan revisi SOP {item.sop.nama}"
        files[folder / f"{item.sop.id}.html"] = redline_html.dokumen(one, title).encode("utf-8")
        files[folder / f"{item.sop.id}.pdf"] = redline_pdf.render(item, hasil)
    if len(hasil.sop) > 1 and changed:
        files[folder / "index.html"] = redline_html.dokumen(hasil, "Perbandingan revisi SOP").encode("utf-8")
    for path, data in files.items():
        atomic.write_bytes(path, data)
        written.append(path)
    return written


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    a = side_of(args.lama, project)
    b = side_of(args.baru, project) if args.baru else working_tree(project)
    hasil = with_commits(compare_sides(a, b), a, b, project)
    sys.stdout.write(terminal.teks(hasil, warna=use_color(args.color)))
    if args.output:
        folder = Path(args.output).resolve()
        for path in tulis(hasil, folder):
            print(f"  {path}")
        if hasil.berubah:
            print(f"sopap: redline HTML dan PDF ditulis ke {folder}")
        else:
            print("sopap: tidak ada perubahan; tidak ada redline yang ditulis")
    return 1 if hasil.berubah else 0
