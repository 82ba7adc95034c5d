"""``sopap pdf [-o FOLDER] [--paper f4|a4]``: the printable lampiran."""

from __future__ import annotations

import argparse
from pathlib import Path

from sopap.cli.common import add_project_option, project_from
from sopap.render.pdf.order import KEPUTUSAN_FILE
from sopap.render.pdf.paper import PAPERS
from sopap.sphinxext.project import Project
from sopap.util.progress import StagedProgress


def register(sub) -> None:
    parser = sub.add_parser(
        "pdf", help="buat lampiran PDF: satu berkas per SOP dan satu berkas Keputusan lengkap"
    )
    parser.add_argument("-o", "--output", metavar="FOLDER", default=None, help="folder tujuan (bawaan: _build/pdf)")
    parser.add_argument(
        "--paper",
        choices=sorted(PAPERS),
        default=None,
        help="ukuran kertas, lanskap (bawaan: sopap_lampiran_paper di conf.py, biasanya f4 = 215 x 330 mm)",
    )
    add_project_option(parser)
    parser.set_defaults(func=run)


def build_pdf(
    project: Project, outdir: Path, paper: str | None = None, verbose: bool = True, html: Path | None = None
) -> int:
    """Run the ``lampiran`` builder; print what was written. 0 ok, 1 problems.

    With ``html`` (the handbook's folder) and ``sopap_lampiran_download`` on,
    the files written are copied there for the SOP pages' download links.
    """
    overrides = {"sopap_lampiran_paper": paper} if paper else None
    with StagedProgress() as kemajuan:  # a progress line on a terminal only
        result = project.run("lampiran", outdir, overrides=overrides, kemajuan=kemajuan)
    if not result.ok:
        return 1
    builder = result.app.builder
    shown = _relative(outdir, project.root)
    if verbose:
        for name, sop_id in builder.ditulis:
            what = f"lampiran SOP {sop_id}" if sop_id else "seluruh lampiran Keputusan"
            print(f"  {shown}/{name}  ({what})")
    count = sum(1 for _, sop_id in builder.ditulis if sop_id)
    keputusan = sum(1 for _, sop_id in builder.ditulis if not sop_id)
    redrawn = f"{builder.digambar} digambar ulang, {builder.disusun} Keputusan disusun ulang"
    if count and keputusan > 1:  # a handbook of several instansi: a folder each
        print(
            f"sopap: {count} lampiran ({builder.kertas.nama}) dan {keputusan} {KEPUTUSAN_FILE} "
            f"(satu per instansi, di folder kodenya) ditulis ke {shown} ({redrawn})"
        )
    elif count:
        print(f"sopap: {count} lampiran ({builder.kertas.nama}) dan {KEPUTUSAN_FILE} ditulis ke {shown} ({redrawn})")
    else:
        print("sopap: tidak ada SOP; tidak ada lampiran yang ditulis")
    if builder.tanpa_nomor:
        print(
            "sopap: perhatian: nomor lampiran (angka Romawi) belum terbaca untuk "
            + ", ".join(builder.tanpa_nomor)
            + "; lampiran itu diletakkan di akhir Keputusan"
        )
    if html is not None and result.app.config.sopap_lampiran_download and html.is_dir():
        from sopap.sphinxext.builders.downloads import copy_to_html

        target = copy_to_html(outdir, [name for name, _ in builder.ditulis], html)
        print(f"sopap: salinan lampiran untuk tautan unduhan buku pegangan diperbarui di {_relative(target, project.root)}")
    return 0


def _relative(path: Path, root: Path) -> str:
    """A path as the user knows it: relative to the project when inside it."""
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    assert project.build_dir is not None
    outdir = Path(args.output).resolve() if args.output else project.build_dir / "pdf"
    # the handbook links the lampiran of _build/pdf only, not of another folder
    html = None if args.output else project.build_dir / "html"
    return build_pdf(project, outdir, args.paper, html=html)

