"""Options shared by subcommands."""

from __future__ import annotations

import argparse
import os
import sys

from sopap.project import Project, find_root


def add_project_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--proyek",
        metavar="FOLDER",
        default=None,
        help="folder proyek yang memuat conf.py (bawaan: dicari dari folder kerja)",
    )


def project_from(args: argparse.Namespace) -> Project:
    return Project(find_root(args.proyek))


def add_color_option(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--warna", choices=("otomatis", "selalu", "tidak"), default="otomatis", help=help)


def use_color(choice: str) -> bool:
    """``--warna``: 'otomatis' colours only a terminal, and never with NO_COLOR set."""
    if choice == "selalu":
        return True
    if choice == "tidak" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()
