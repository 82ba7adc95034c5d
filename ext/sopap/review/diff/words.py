"""Word-level differences of one field, as pieces kept, deleted, inserted.

Tokens are words, single punctuation marks and runs of whitespace, so the
pieces put together give back both texts exactly: kept + deleted is the old
text, kept + inserted the new one. A lone space between two changes is
folded into them, so "6 hari" -> "9 minggu" reads as one replacement rather
than two.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

SAME, DELETED, INSERTED = "sama", "hapus", "tambah"

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Piece:
    jenis: str  # SAMA | HAPUS | TAMBAH
    teks: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def split_pieces(lama: str, baru: str) -> tuple[Piece, ...]:
    """The pieces turning ``lama`` into ``baru``, word by word."""
    a, b = tokens(lama), tokens(baru)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece(SAME, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece(DELETED, "".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(Piece(INSERTED, "".join(b[j1:j2])))
    return _rapikan(pieces)


def _rapikan(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Fold whitespace between changes into them; deletions before insertions."""
    folded: list[Piece] = []
    for index, piece in enumerate(pieces):
        between = 0 < index < len(pieces) - 1
        if (
            piece.jenis == SAME
            and between
            and not piece.teks.strip()
            and pieces[index - 1].jenis != SAME
            and pieces[index + 1].jenis != SAME
        ):
            folded += [Piece(DELETED, piece.teks), Piece(INSERTED, piece.teks)]
        else:
            folded.append(piece)
    result: list[Piece] = []
    run: dict[str, str] = {DELETED: "", INSERTED: ""}

    def flush() -> None:
        for kind in (DELETED, INSERTED):
            if run[kind]:
                result.append(Piece(kind, run[kind]))
                run[kind] = ""

    for piece in folded:
        if piece.jenis == SAME:
            flush()
            if result and result[-1].jenis == SAME:
                result[-1] = Piece(SAME, result[-1].teks + piece.teks)
            elif piece.teks:
                result.append(piece)
        else:
            run[piece.jenis] += piece.teks
    flush()
    return tuple(result)


def old_text(pieces) -> str:
    return "".join(p.teks for p in pieces if p.jenis != INSERTED)


def new_text(pieces) -> str:
    return "".join(p.teks for p in pieces if p.jenis != DELETED)


def baris(pieces, batas: int = 4) -> list[tuple[Piece, ...] | int]:
    """The pieces line by line; in a field longer than ``batas`` lines, each
    run of unchanged lines becomes its count (long lists show only what moved).
    """
    lines: list[list[Piece]] = [[]]
    for piece in pieces:
        for index, part in enumerate(piece.teks.split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append(Piece(piece.jenis, part))
    result: list[tuple[Piece, ...] | int] = []
    if len(lines) <= batas:
        return [tuple(line) for line in lines]
    for line in lines:
        if any(p.jenis != SAME for p in line):
            result.append(tuple(line))
        elif result and isinstance(result[-1], int):
            result[-1] += 1
        else:
            result.append(1)
    return result
