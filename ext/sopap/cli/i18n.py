"""Indonesian for argparse's own text (usage, headings, errors).

Only argparse's public interface is used: the parser formats its text in
English as usual and :class:`Parser` translates what it gives back. Nothing
global changes, so pytest, which ``sopap conform`` runs in the same
process, keeps its own messages.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

_HEADINGS = {
    "positional arguments:": "argumen:",
    "optional arguments:": "opsi:",
    "options:": "opsi:",
}

#: (argparse's English message, Indonesian); the whole message is matched.
_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"the following arguments are required: (.*)", re.S), r"argumen berikut wajib diisi: \1"),
    (re.compile(r"unrecognized arguments: (.*)", re.S), r"argumen tidak dikenal: \1"),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)", re.S), r"pilihan tidak sah: \1 (pilih dari \2)"),
    (re.compile(r"invalid (\S+) value: (.*)", re.S), r"nilai \1 tidak sah: \2"),
    (re.compile(r"expected one argument"), "memerlukan satu nilai"),
    (re.compile(r"expected at most one argument"), "menerima paling banyak satu nilai"),
    (re.compile(r"expected at least one argument"), "memerlukan paling sedikit satu nilai"),
    (re.compile(r"expected (\d+) arguments?"), r"memerlukan \1 nilai"),
    (re.compile(r"ambiguous option: (\S+) could match (.*)", re.S), r"opsi \1 tidak jelas; bisa berarti \2"),
    (re.compile(r"not allowed with argument (.*)", re.S), r"tidak boleh bersama argumen \1"),
    (re.compile(r"ignored explicit argument (.*)", re.S), r"nilai \1 diabaikan"),
    (re.compile(r"one of the arguments (.*) is required", re.S), r"salah satu argumen \1 wajib diisi"),
]
_ARGUMENT = re.compile(r"argument (.+?): (.*)", re.S)


def translate(message: str) -> str:
    """One of argparse's error messages in Indonesian (unknown ones unchanged)."""
    prefix = ""
    found = _ARGUMENT.fullmatch(message)
    if found:
        prefix, message = f"argumen {found.group(1)}: ", found.group(2)
    for pattern, indonesian in _MESSAGES:
        if pattern.fullmatch(message):
            return prefix + pattern.sub(indonesian, message, count=1)
    return prefix + message


def _usage(text: str) -> str:
    return re.sub(r"^usage: ", "pemakaian: ", text, flags=re.M)


def _help(text: str) -> str:
    lines = _usage(text).split("\n")
    return "\n".join(_HEADINGS.get(line, line) for line in lines)


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage, help and errors read in Indonesian."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="tampilkan bantuan ini lalu keluar"
            )

    def format_usage(self) -> str:
        return _usage(super().format_usage())

    def format_help(self) -> str:
        return _help(super().format_help())

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {translate(message)}\n")
