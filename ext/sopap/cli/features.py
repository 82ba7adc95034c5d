"""``sopap features [--check]``: the conformance kit in ``features/``.

Writes one ``<sop-id>.feature`` per SOP plus ``sopap.json`` and a README,
all validated with the official Gherkin parser first and the folder replaced
whole. ``--check`` writes nothing and exits 1 when the committed kit is
stale, naming the files (``make test`` runs it through the test suite).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from sopap.conformance.kit import FOLDER
from sopap.outputs.features import FeatureError, kit_files, stale_files, write_kit
from sopap.project import Project
from sopap.util.kemajuan import KemajuanBertahap
from sopap.cli.common import add_project_option, project_from

_SCENARIO = re.compile(r"^\s*Skenario: ", re.MULTILINE)


def register(sub) -> None:
    parser = sub.add_parser("features", help="tulis fitur uji kesesuaian (Gherkin) ke features/")
    parser.add_argument("--check", action="store_true", help="hanya periksa apakah features/ mutakhir; tidak menulis")
    parser.add_argument("-o", "--output", metavar="FOLDER", default=None, help="folder tujuan (bawaan: features/ di proyek)")
    add_project_option(parser)
    parser.set_defaults(func=run)


def folder_of(project: Project, output: str | None) -> Path:
    return Path(output) if output else project.root / FOLDER


def generate(project: Project, folder: Path, *, check: bool) -> int:
    corpus = project.load_corpus()
    try:
        with KemajuanBertahap() as kemajuan:  # a progress line on a terminal only
            files = kit_files(corpus, kemajuan)
    except FeatureError as exc:
        print(f"sopap: fitur tidak dapat dibuat: {exc}", file=sys.stderr)
        return 1
    shown = _shown(project, folder)
    scenarios = sum(len(_SCENARIO.findall(text)) for name, text in files.items() if name.endswith(".feature"))
    if check:
        stale = stale_files(folder, files)
        if stale:
            print(
                f"sopap: fitur uji kesesuaian di {shown} tidak mutakhir terhadap sumber SOP; "
                f"berkas yang berbeda, hilang atau berlebih: {', '.join(stale)}. "
                "Jalankan `sopap features` lalu commit hasilnya.",
                file=sys.stderr,
            )
            return 1
        print(f"sopap: fitur di {shown} mutakhir ({len(corpus)} SOP, {scenarios} skenario)")
        return 0
    write_kit(folder, files)
    print(f"sopap: {len(corpus)} fitur ({scenarios} skenario) ditulis ke {shown}")
    return 0


def _shown(project: Project, folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(project.root)) + "/"
    except ValueError:
        return str(folder)


def run(args: argparse.Namespace) -> int:
    project = project_from(args)
    return generate(project, folder_of(project, args.output), check=args.check)


def step_features(project: Project, args: argparse.Namespace) -> int:
    """``sopap build`` step: refresh the kit in the project."""
    return generate(project, project.root / FOLDER, check=False)
