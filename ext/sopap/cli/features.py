"""``sopap features [--check]``: the conformance kit in ``features/``.

Writes one ``<sop-id>.feature`` per SOP plus ``sopap.json`` and a README,
all validated with the official Gherkin parser first and the folder replaced
whole. ``--check`` writes nothing and exits 1 when the committed kit is
stale, naming the files (``make test`` runs it through the test suite).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sopap.cli.common import add_project_option, project_from
from sopap.conformance.kit import FOLDER
from sopap.render.features import stale_files
from sopap.sphinxext.builders.features import FeaturesError
from sopap.sphinxext.project import Project
from sopap.util.progress import StagedProgress


def register(sub) -> None:
    parser = sub.add_parser("features", help="tulis fitur uji kesesuaian (Gherkin) ke features/")
    parser.add_argument("--check", action="store_true", help="hanya periksa apakah features/ mutakhir; tidak menulis")
    parser.add_argument("-o", "--output", metavar="FOLDER", default=None, help="folder tujuan (bawaan: features/ di proyek)")
    add_project_option(parser)
    parser.set_defaults(func=run)


def folder_of(project: Project, output: str | None) -> Path:
    return Path(output) if output else project.root / FOLDER


def generate(project: Project, folder: Path, *, check: bool, quiet: bool = False) -> int:
    """Run the ``sopap-features`` builder into ``folder`` (or, with ``check``,
    into a temporary folder compared with ``folder``)."""
    shown = _shown(project, folder)
    with tempfile.TemporaryDirectory(prefix="sopap-fitur-") as tmp:
        target = Path(tmp) / "kit" if check else folder
        try:
            with StagedProgress() as kemajuan:  # a progress line on a terminal only
                result = project.run("sopap-features", target, kemajuan=kemajuan)
        except FeaturesError as exc:
            print(f"sopap: {exc}", file=sys.stderr)
            return 1
        if not result.ok:
            return 1
        builder = result.app.builder
        stale = stale_files(folder, builder.files) if check else []
    if check:
        if stale:
            print(
                f"sopap: fitur uji kesesuaian di {shown} tidak mutakhir terhadap sumber SOP; "
                f"berkas yang berbeda, hilang atau berlebih: {', '.join(stale)}; "
                "jalankan `make handbook` (atau `sopap features`) lalu commit features/.",
                file=sys.stderr,
            )
            return 1
        print(f"sopap: fitur di {shown} mutakhir ({builder.sops} SOP, {builder.scenarios} skenario)")
        return 0
    if not quiet:
        print(f"sopap: {builder.sops} fitur ({builder.scenarios} skenario) ditulis ke {shown}")
    return 0


def _shown(project: Project, folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(project.root)) + "/"
    except ValueError:
        return str(folder)


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    return generate(project, folder_of(project, args.output), check=args.check)

