"""Options shared by subcommands."""

from __future__ import annotations

import argparse

from ..project import Project, find_root


def add_project_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--proyek",
        metavar="FOLDER",
        default=None,
        help="folder proyek yang memuat conf.py (bawaan: dicari dari folder kerja)",
    )


def project_from(args: argparse.Namespace) -> Project:
    return Project(find_root(args.proyek))
