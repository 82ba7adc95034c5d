"""Lines of an option block that an author forgot to indent.

A list is written ``name: |`` with one item per line, indented::

    peralatan-perlengkapan: |
      ATK
    Komputer

An item left at the start of the line ends the list. Without a colon YAML
cannot read the block at all, and says only that a ``:`` is missing (at
the line after it); with one (``konselor: Konselor`` under ``pelaksana:``)
it reads as an option of its own. Either way the cause is the indentation,
and the message says so, at the line the author must change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_KEY = re.compile(r"^([A-Za-z0-9_][A-Za-z0-9_-]*)\s*:(?:\s|$)")
_LIST = re.compile(r"^([A-Za-z0-9_][A-Za-z0-9_-]*)\s*:\s*[|>][+-]?\s*$")


@dataclass(frozen=True, slots=True)
class Unindented:
    """An item written at the start of the line inside the list ``daftar``."""

    baris: int  # 1-based line in the file
    teks: str
    daftar: str  # the option the item belongs to

    def pesan(self) -> str:
        return (
            f"baris '{self.teks}' tidak menjorok, sehingga tidak terbaca sebagai butir '{self.daftar}:'; "
            "tulis dua spasi di depannya, seperti butir di atasnya"
        )


def unindented_items(lines: list[str], first_line: int) -> list[Unindented]:
    """Lines of an option block (``lines``, the first at ``first_line``) that
    stand at the start of the line right after a ``name: |`` list's items
    and cannot be an option: no ``name:`` form, or a name the list's items use."""
    found: list[Unindented] = []
    current: str | None = None  # the list whose items come now
    items = 0
    for offset, line in enumerate(lines):
        if not line.strip():
            continue
        if line[0] in " \t":
            if current is not None:
                items += 1
            continue
        listed = _LIST.match(line)
        if listed:
            current, items = listed.group(1), 0
            continue
        if current is not None and items and not _KEY.match(line):
            found.append(Unindented(first_line + offset, line.strip(), current))
            continue  # still inside that list, as the author meant
        current = None
    return found


def block_cause(lines: list[str], first_line: int, what: str) -> tuple[int, str] | None:
    """(line, message) of what makes an option block unreadable, when it is
    one an author can be told plainly: a tab, or an item left unindented."""
    for offset, line in enumerate(lines):
        if "\t" in line:
            return first_line + offset, (
                f"isian {what} memuat tab; di antara garis --- pakai spasi, bukan tab, "
                "untuk indentasi dan sesudah titik dua"
            )
    found = unindented_items(lines, first_line)
    return (found[0].baris, found[0].pesan()) if found else None


def option_after_list(lines: list[str], name: str) -> str | None:
    """The list an option ``name`` follows directly (its items ended by it), if any."""
    current: str | None = None
    items = 0
    for line in lines:
        if not line.strip():
            continue
        if line[0] in " \t":
            if current is not None:
                items += 1
            continue
        listed = _LIST.match(line)
        key = _KEY.match(line)
        if key and key.group(1) == name:
            return current if items else None
        if listed:
            current, items = listed.group(1), 0
        elif key:
            current = None
    return None
