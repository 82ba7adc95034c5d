"""Order and file names of the lampiran.

Lampiran follow their Roman numerals; an SOP whose numeral is empty or
illegible in the original comes after all numbered ones (by id), and its
file name says so.
"""

from __future__ import annotations

from collections.abc import Iterable

from sopap.model.roman import is_roman, roman_to_int
from sopap.model.sop import Sop

KEPUTUSAN_FILE = "keputusan-lengkap.pdf"


def is_numbered(sop: Sop) -> bool:
    return is_roman(sop.lampiran)


def kunci(sop: Sop) -> tuple[int, int, str]:
    if is_numbered(sop):
        return (0, roman_to_int(sop.lampiran), sop.id)
    return (1, 0, sop.id)


def in_order(sops: Iterable[Sop]) -> list[Sop]:
    return sorted(sops, key=kunci)


def file_name_of(sop: Sop) -> str:
    """``041-lomba-posyandu.pdf`` (XLI), ``tanpa-nomor-<id>.pdf`` otherwise;
    in plain byte order the names list the lampiran in their order."""
    if is_numbered(sop):
        return f"{roman_to_int(sop.lampiran):03d}-{sop.id}.pdf"
    return f"tanpa-nomor-{sop.id}.pdf"
