"""What every part of the assembly shares: the problem collector, the
project's defaults, and reading an option's list or unknown options."""

from __future__ import annotations

from dataclasses import dataclass

from sopap.model.problems import SourceProblem
from sopap.model.sop import Penandatangan
from sopap.parsing.fields import FieldError, parse_list
from sopap.parsing.raw import RawBlock


@dataclass(frozen=True, slots=True)
class Defaults:
    """Project-wide defaults from ``conf.py``."""

    instansi: str = ""
    #: A handbook of several instansi: (code, name, signatory) of each, in
    #: the order of conf.py (:mod:`sopap.parsing.assemble.instansi`).
    semua_instansi: tuple[tuple[str, str, Penandatangan | None], ...] = ()


class Collector:
    def __init__(self) -> None:
        self.items: list[SourceProblem] = []

    def add(self, jenis: str, pesan: str, baris: int | None, sudah_dilaporkan: bool = False) -> None:
        self.items.append(SourceProblem(jenis, pesan, baris, sudah_dilaporkan))

    def unreadable(self, block: RawBlock, directive: str) -> None:
        if block.rusak:
            self.add(
                "opsi",
                f"isian direktif {{{directive}}} {block.argument.strip()} tidak dapat dibaca; "
                "perbaiki isian di antara garis ---",
                block.line,
                sudah_dilaporkan=True,
            )


def unknown_options(block: RawBlock, directive: str, known: dict[str, str], out: Collector) -> None:
    for name, line in block.unknown.items():
        out.add(
            "opsi",
            f"opsi ':{name}:' tidak dikenal pada direktif {{{directive}}}; "
            f"opsi yang dikenal: {', '.join(known)}",
            line,
        )
    written_wrongly(block, directive, out)


def written_wrongly(block: RawBlock, directive: str, out: Collector) -> None:
    """Mistakes MyST reads past without a word: a repeated option, a directive
    left open (the next one becomes its text), and the tab behind an
    unreadable option block."""
    for name, lines in block.ganda.items():
        out.add(
            "opsi",
            f"opsi ':{name}:' ditulis {len(lines)} kali pada direktif {{{directive}}} (pertama di baris "
            f"{lines[0]}); hanya nilai terakhir yang terbaca, hapus yang lain",
            lines[1],
        )
    if block.rusak and block.tab:
        out.add(
            "opsi",
            f"isian direktif {{{directive}}} memuat tab; di antara garis --- pakai spasi, bukan tab, "
            "untuk indentasi dan sesudah titik dua",
            block.tab[0],
        )
    for line in block.bersarang:
        what = f"{{{directive}}} {block.argument.strip()}".strip()
        out.add(
            "struktur",
            f"direktif {what} (baris {block.line}) belum ditutup: baris ini memulai direktif lain di "
            "dalam isinya; tulis ``` penutup sebelum baris ini",
            line,
        )


def read_list(block: RawBlock, name: str, out: Collector) -> tuple[str, ...]:
    try:
        return parse_list(block.get(name))
    except FieldError as exc:
        out.add("daftar", f"isian '{name}': {exc}", block.line_of(name))
        return ()
