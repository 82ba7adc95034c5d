"""Problems found in a source: plain data shared by the reader (which finds
them) and lint (which reports them under the rule they break)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """One problem found in a source file."""

    jenis: str  # warning subtype: pelaksana, nomor, waktu, uraian, ...
    pesan: str
    baris: int | None
    #: Already shown by MyST while reading; stored (so outputs refuse the
    #: file and later builds report it again) but not shown twice.
    sudah_dilaporkan: bool = False
