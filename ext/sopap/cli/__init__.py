"""The ``sopap`` command. Each subcommand lives in its own module here.

Messages are Indonesian; exit codes: 0 success, 1 the work found problems
(warnings, failed checks), 2 wrong usage or an input that cannot be read
(also a failure inside sopap: one line, traceback in a log file).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from sopap.cli import i18n
from sopap.errors import SopapError
from sopap.version import __version__

#: Modules under ``sopap.cli`` that define ``register(subparsers)``.
COMMAND_MODULES: list[str] = [
    "bpmn",
    "build",
    "conform",
    "diff",
    "export",
    "features",
    "lint",
    "monitor",
    "paraf",
    "pdf",
    "serve",
    "serve_ref",
]


#: Command name -> its module, where they differ.
MODULE_OF: dict[str, str] = {"serve-ref": "serve_ref"}


def _modules_for(argv: Sequence[str] | None) -> list[str]:
    """The modules to load: the chosen command's only, when the first word
    names one (loading all of them took half a second, each run, before
    the work began); all of them for ``--help``, a typo or no command."""
    words = list(sys.argv[1:] if argv is None else argv)
    if words and not words[0].startswith("-"):
        module = MODULE_OF.get(words[0], words[0])
        if module in COMMAND_MODULES:
            return [module]
    return COMMAND_MODULES


def make_parser(argv: Sequence[str] | None = None, *, semua: bool = True) -> argparse.ArgumentParser:
    """The parser; with ``semua=False`` only ``argv``'s command is registered."""
    parser = i18n.Parser(
        prog="sopap",
        description="sopap: SOP Administrasi Pemerintahan sebagai buku pegangan, lampiran PDF "
        "dan uji kesesuaian.",
    )
    parser.add_argument(
        "--version", action="version", version=f"sopap {__version__}", help="tampilkan versi program lalu keluar"
    )
    sub = parser.add_subparsers(dest="perintah", metavar="PERINTAH", parser_class=i18n.Parser)
    sub.required = True
    for name in COMMAND_MODULES if semua else _modules_for(argv):
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser(argv, semua=False)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SopapError as exc:
        print(f"sopap: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sopap: dihentikan", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback on the terminal (cli/galat.py)
        from sopap.cli.errors import message

        print(f"sopap: {message(exc)}", file=sys.stderr)
        return 2


def run() -> None:  # console script entry point
    sys.exit(main())
