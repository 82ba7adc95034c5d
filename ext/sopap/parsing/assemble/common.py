"""What every part of the assembly shares: the problem collector, the
project's defaults, and reading an option's list or unknown options."""

from __future__ import annotations

from dataclasses import dataclass

from sopap.model.problems import SourceProblem
from sopap.model.sop import Penandatangan
from sopap.parsing.fields import FieldError, parse_list
from sopap.parsing.indentation import block_cause, option_after_list
from sopap.parsing.raw import RawBlock
from sopap.util.text import did_you_mean


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
        """An option block MyST could not read: the line left unindented, when
        that is the cause (MyST's own message is then left out, as it only
        says a ':' is missing), else the block as a whole (MyST said why)."""
        if not block.rusak:
            return
        cause = block_cause(block.opsi_teks, block.opsi_mulai, where(block, directive)) if block.opsi_mulai else None
        if cause is not None:  # MyST's message was already given this text and line (sphinxext.messages)
            self.add("opsi", cause[1], cause[0], sudah_dilaporkan=True)
            return
        self.add(
            "opsi",
            f"isian {where(block, directive)} tidak dapat dibaca; perbaiki isian di antara garis ---",
            block.line,
            sudah_dilaporkan=True,
        )


def where(block: RawBlock, directive: str) -> str:
    """``{langkah} 3``: the directive as the author wrote it."""
    return f"{{{directive}}} {block.argument.strip()}".strip()


def meant(block: RawBlock, known) -> set[str]:
    """Known options an unknown one is a typo of (``pelaksan:`` for ``pelaksana:``):
    that option is not reported missing as well, one message for one mistake."""
    import difflib

    names = list(known)
    return {
        found[0]
        for name in block.unknown
        for found in [difflib.get_close_matches(name.lower(), names, n=1, cutoff=0.6)]
        if found
    }


def unknown_options(
    block: RawBlock, directive: str, known: dict[str, str], out: Collector, explained: set[str] = frozenset()
) -> None:
    """Each option the directive does not know, with the one meant when it is
    close to a known name, or the list above it when it looks like one of its
    items left unindented. ``explained``: names already reported otherwise."""
    for name, line in block.unknown.items():
        if name in explained:
            continue
        hint = did_you_mean(name, known, quote="'{}:'")
        above = option_after_list(block.opsi_teks, name)
        if not hint and above is not None:
            hint = f"; bila baris ini butir '{above}:' di atasnya, tulis dua spasi di depannya"
        out.add(
            "opsi",
            f"isian '{name}:' tidak dikenal pada {where(block, directive)}{hint}; "
            f"isian yang dikenal: {', '.join(known)}",
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
            f"isian '{name}:' ditulis {len(lines)} kali pada {where(block, directive)} (pertama di baris "
            f"{lines[0]}); hanya nilai terakhir yang terbaca, hapus yang lain",
            lines[1],
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
