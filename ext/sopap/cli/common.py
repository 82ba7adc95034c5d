"""Options shared by subcommands, and the old spellings of renamed flags.

Flags follow the naming rule (``docs/pengembangan.md``): English for
mechanics (``--project``, ``--strict``, ``--color``); the help text is
Indonesian. A flag renamed by that rule keeps working under its old name,
hidden from the help, with a message saying what to write instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import IO, Any

from sopap.sphinxext.project import Project, find_root
from sopap.util.text import colour_terminal


def _deprecated(old: str, new: str) -> None:
    print(f"sopap: PERHATIAN: {old} sudah usang; pakai {new}", file=sys.stderr)


class _OldFlag(argparse.Action):
    """An old spelling of a flag: stores into the new flag's destination."""

    def __init__(self, option_strings, dest, new: str, **kwargs: Any) -> None:
        self.new = new
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        _deprecated(f"opsi {option_string}", self.new)
        setattr(namespace, self.dest, self.const if self.nargs == 0 else values)


def add_old_flag(parser: argparse.ArgumentParser, old: str, new: str, *, dest: str, flag: bool = False, **kwargs: Any) -> None:
    """Accept ``old`` for the option ``new`` (a store_true when ``flag``)."""
    extra: dict[str, Any] = {"nargs": 0, "const": True} if flag else {}
    parser.add_argument(old, action=_OldFlag, new=new, dest=dest, help=argparse.SUPPRESS, **extra, **kwargs)


def choice(values: dict[str, str], old: dict[str, str] | None = None) -> Callable[[str], str]:
    """A converter for a choice whose old Indonesian values still work."""
    old = old or {}

    def convert(text: str) -> str:
        if text in old:
            _deprecated(f"nilai '{text}'", f"'{old[text]}'")
            return old[text]
        return text

    return convert


def add_project_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project",
        metavar="FOLDER",
        default=None,
        help="folder proyek yang memuat conf.py (bawaan: dicari dari folder kerja)",
    )
    add_old_flag(parser, "--proyek", "--project", dest="project", metavar="FOLDER")


def project_from(args: argparse.Namespace) -> Project:
    return Project(find_root(args.project))


COLORS = ("auto", "always", "never")
_OLD_COLORS = {"otomatis": "auto", "selalu": "always", "tidak": "never"}


def add_color_option(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument(
        "--color",
        choices=COLORS,
        default="auto",
        type=choice(dict.fromkeys(COLORS), _OLD_COLORS),
        help=help + " (auto: hanya di terminal dan tanpa NO_COLOR; always; never)",
    )
    add_old_flag(parser, "--warna", "--color", dest="color", type=choice(dict.fromkeys(COLORS), _OLD_COLORS))


def use_color(choice: str, stream: IO[str] | None = None) -> bool:
    """``--color`` for what goes to ``stream`` (stdout): 'auto' colours only
    a terminal, never with NO_COLOR set (:func:`sopap.util.text.colour_terminal`)."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return colour_terminal(sys.stdout if stream is None else stream)
