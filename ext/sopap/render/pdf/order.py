"""Order and file names of the lampiran.

Lampiran follow their Roman numerals; an SOP whose numeral is empty or
illegible in the original comes after all numbered ones (by id), and its
file name says so.
"""

from __future__ import annotations

from collections.abc import Iterable

from sopap.model.roman import is_roman, roman_to_int
from sopap.model.sop import Sop

NAMA_KEPUTUSAN = "keputusan-lengkap.pdf"


def bernomor(sop: Sop) -> bool:
    return is_roman(sop.lampiran)


def kunci(sop: Sop) -> tuple[int, int, str]:
    if bernomor(sop):
        return (0, roman_to_int(sop.lampiran), sop.id)
    return (1, 0, sop.id)


def urut(sops: Iterable[Sop]) -> list[Sop]:
    return sorted(sops, key=kunci)


def nama_berkas(sop: Sop) -> str:
    """``041-lomba-posyandu.pdf`` (XLI), ``tanpa-nomor-<id>.pdf`` otherwise;
    in plain byte order the names list the lampiran in their order."""
    if bernomor(sop):
        return f"{roman_to_int(sop.lampiran):03d}-{sop.id}.pdf"
    return f"tanpa-nomor-{sop.id}.pdf"
