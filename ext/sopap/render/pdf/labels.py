"""Where a decision's branch label goes: beside its line, near the exit.

Candidates follow the branch's line from the diamond: above or below a
horizontal piece, right or left of a vertical one, starting at the exit and
again just past each table rule the line crosses; then over and beside the
connector the line runs into. A label wraps to the room left in its cell;
the first candidate that stays inside one actor cell and clear of every
line, shape and other label (:class:`~.board.Board`) wins. Where none is
clear, the label is tried one size smaller; it is never left out.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit

from sopap.render.pdf.board import CLEAR_LABEL, Board, Point
from sopap.render.pdf.fonts import REGULER, lebar
from sopap.render.pdf.simbol import KONEKTOR_LEBAR, UKURAN_LABEL

#: Sizes tried in turn; the smallest still reads on paper.
UKURAN = (UKURAN_LABEL, 5.75)
_LEADING = 1.15
_ASCENT, _DESCENT = 0.905, 0.212  # Liberation Sans, per point of size
_GAP = 1.6  # between a label and its own line
_PIECES = 3  # pieces of the line (from the exit) a label may stand beside

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class GLabel:
    """A placed label: its lines, the box they fill, their alignment and size."""

    baris: tuple[str, ...]
    x0: float
    y0: float
    x1: float
    y1: float
    rata: str  # "kiri", "kanan" or "tengah"
    ukuran: float = UKURAN_LABEL

    def baselines(self) -> list[float]:
        first = self.y1 - _ASCENT * self.ukuran
        return [first - i * self.ukuran * _LEADING for i in range(len(self.baris))]


@dataclass(frozen=True, slots=True)
class _Text:
    """A label wrapped to some width: its lines and size."""

    lines: tuple[str, ...]
    size: float

    @property
    def w(self) -> float:
        return max(lebar(line, self.size) for line in self.lines)

    @property
    def h(self) -> float:
        return height_of(len(self.lines), self.size)


def height_of(count: int, size: float = UKURAN_LABEL) -> float:
    return (count - 1) * size * _LEADING + (_ASCENT + _DESCENT) * size


def _wrap(teks: str, width: float, size: float) -> _Text | None:
    """The label broken into lines no wider than ``width``, or None if a word is wider."""
    if width <= 0:
        return None
    lines = simpleSplit(teks, REGULER, size, width) or [teks]
    if any(lebar(line, size) > width + 0.01 for line in lines):
        return None
    return _Text(tuple(lines), size)


def fits_half(teks: str, column: tuple[float, float]) -> bool:
    """Whether the label fits beside a line down the middle of ``column`` (x0, x1)."""
    room = (column[1] - column[0]) / 2 - _GAP - CLEAR_LABEL
    return any(_wrap(teks, room, size) is not None for size in UKURAN)


def room_for(teks: str, column: float) -> float:
    """Height a label needs beside a line down the middle of a column ``column`` wide."""
    width = column / 2 - _GAP - CLEAR_LABEL
    lines = simpleSplit(teks, REGULER, UKURAN_LABEL, max(width, 1)) or [teks]
    return height_of(len(lines)) + _GAP + CLEAR_LABEL


def _column_at(board: Board, x: float) -> tuple[float, float] | None:
    return next((c for c in board.columns if c[0] < x < c[1]), None)


def _anchors(start: float, end: float, rules: list[float]) -> list[float]:
    """The start of a piece, and just past every rule it crosses."""
    step = 1 if end >= start else -1
    found = [start + step * _GAP]
    for r in sorted(rules, reverse=step < 0):
        if min(start, end) + 0.5 < r < max(start, end) - 0.5:
            found.append(r + step * (CLEAR_LABEL + 0.4))
    return found


def _candidates(board: Board, points: list[Point], teks: str, sizes: tuple[float, ...]) -> Iterator[GLabel]:
    """Piece by piece from the exit; on each piece the larger size first:
    a smaller label by its exit reads better than a larger one further on."""
    for a, b in list(zip(points, points[1:]))[:_PIECES]:
        for size in sizes:
            if abs(a[1] - b[1]) < 0.01:
                yield from _beside_horizontal(board, a, b, teks, size)
            else:
                yield from _beside_vertical(board, a, b, teks, size)


def _beside_horizontal(board: Board, a: Point, b: Point, teks: str, size: float) -> Iterator[GLabel]:
    y, step = a[1], (1 if b[0] >= a[0] else -1)
    for x in _anchors(a[0], b[0], board.rules_x):
        column = _column_at(board, x)
        if column is None:
            continue
        to_edge = (column[1] - CLEAR_LABEL - x) if step > 0 else (x - column[0] - CLEAR_LABEL)
        to_end = abs(b[0] - x) - _GAP  # short of what the line runs into
        for room in sorted({round(to_edge, 2), round(min(to_edge, to_end), 2)}, reverse=True):
            t = _wrap(teks, room, size)
            if t is None:
                continue
            x0, x1 = (x, x + t.w) if step > 0 else (x - t.w, x)
            rata = "kiri" if step > 0 else "kanan"
            yield GLabel(t.lines, x0, y + _GAP, x1, y + _GAP + t.h, rata, size)  # above
            yield GLabel(t.lines, x0, y - _GAP - t.h, x1, y - _GAP, rata, size)  # below


def _beside_vertical(board: Board, a: Point, b: Point, teks: str, size: float) -> Iterator[GLabel]:
    x, step = a[0], (1 if b[1] >= a[1] else -1)
    column = _column_at(board, x)
    if column is None:
        return
    for y in _anchors(a[1], b[1], board.rules_y):
        # next to the line, or clear of a connector the line runs into
        for gap in (_GAP, KONEKTOR_LEBAR / 2 + _GAP):
            for side in (1, -1):
                room = (column[1] - CLEAR_LABEL - x - gap) if side > 0 else (x - gap - column[0] - CLEAR_LABEL)
                t = _wrap(teks, room, size)
                if t is None:
                    continue
                x0, x1 = (x + gap, x + gap + t.w) if side > 0 else (x - gap - t.w, x - gap)
                y0, y1 = (y - t.h, y) if step < 0 else (y, y + t.h)
                yield GLabel(t.lines, x0, y0, x1, y1, "kiri" if side > 0 else "kanan", size)


def _around(board: Board, box: Box, teks: str, size: float) -> Iterator[GLabel]:
    """Over, under, then beside the connector a branch runs into."""
    x0, y0, x1, y1 = box
    cx = (x0 + x1) / 2
    column = _column_at(board, cx)
    if column is None:
        return
    t = _wrap(teks, column[1] - column[0] - 2 * CLEAR_LABEL, size)
    if t is not None:
        left = min(max(cx - t.w / 2, column[0] + CLEAR_LABEL), column[1] - CLEAR_LABEL - t.w)
        yield GLabel(t.lines, left, y1 + _GAP, left + t.w, y1 + _GAP + t.h, "tengah", size)
        yield GLabel(t.lines, left, y0 - _GAP - t.h, left + t.w, y0 - _GAP, "tengah", size)
    for side in (1, -1):
        room = (column[1] - CLEAR_LABEL - x1 - _GAP) if side > 0 else (x0 - _GAP - column[0] - CLEAR_LABEL)
        t = _wrap(teks, room, size)
        if t is None:
            continue
        left = x1 + _GAP if side > 0 else x0 - _GAP - t.w
        yield GLabel(t.lines, left, y1 - t.h, left + t.w, y1, "kiri" if side > 0 else "kanan", size)


def _all(board: Board, points: list[Point], teks: str, end: Box | None, sizes: tuple[float, ...]) -> Iterator[GLabel]:
    found = _candidates(board, points, teks, sizes)
    if end is not None:
        found = itertools.chain(found, *(_around(board, end, teks, size) for size in sizes))
    return found


def place(board: Board, points: list[Point], teks: str, end: Box | None = None) -> GLabel | None:
    """The first clear place for ``teks`` beside the line ``points`` (from its
    exit), or around ``end``, the connector it runs into."""
    for label in _all(board, points, teks, end, UKURAN):
        if board.label_ok(label.x0, label.y0, label.x1, label.y1):
            board.add_label((label.x0, label.y0, label.x1, label.y1))
            return label
    return None


def fits(board: Board, points: list[Point], teks: str, edge: int) -> bool:
    """Whether ``teks`` would find a clear place beside the line ``points``
    (of ``edge``, not yet on the board)."""
    before = len(board.lines)
    board.add_path(points, edge)
    try:
        return any(board.label_ok(label.x0, label.y0, label.x1, label.y1) for label in _all(board, points, teks, None, UKURAN))
    finally:
        del board.lines[before:]


def forced(board: Board, points: list[Point], teks: str, end: Box | None = None) -> GLabel | None:
    """The first candidate, clear or not: a label is never left out."""
    label = next(_all(board, points, teks, end, UKURAN[-1:]), None)
    if label is not None:
        board.add_label((label.x0, label.y0, label.x1, label.y1))
    return label
