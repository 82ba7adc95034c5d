"""What is already drawn on one page of the flowchart, for the lines and
labels still to be placed to keep clear of.

Lanes of back-edges and skips, and branch labels, are placed by search:
candidates are tried in order of cost and the first that keeps clear of
everything already on the page wins. The clearances are the ones a reviewer
checks by eye (and ``tests/support/lampiran_check.py`` by geometry): no label
over a table rule, a line or a shape; no two flow lines running closer than
3 pt along each other; no flow line running along a table rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Point = tuple[float, float]

#: Least gap between two flow lines of different edges running side by side.
CLEAR_LINE = 4.0
#: Least gap between a flow line and a table rule it runs along.
CLEAR_RULE = 3.5
#: Least gap between a line and a shape it passes (other than its own ends).
CLEAR_SHAPE = 2.0
#: Least gap around a label.
CLEAR_LABEL = 1.2
#: Two parallel lines further apart than this do not read as one.
LOOSE_LINE = 7.0


@dataclass(frozen=True, slots=True)
class Shape:
    """A symbol or connector as an obstacle: its box, or the diamond in it."""

    x0: float
    y0: float
    x1: float
    y1: float
    owner: object
    diamond: bool = False

    def hits(self, x0: float, y0: float, x1: float, y1: float, margin: float) -> bool:
        """Whether the rectangle comes within ``margin`` of this shape."""
        if x1 < self.x0 - margin or x0 > self.x1 + margin or y1 < self.y0 - margin or y0 > self.y1 + margin:
            return False
        if not self.diamond:
            return True
        # a diamond is |x - cx| / a + |y - cy| / b <= 1: the rectangle's point
        # nearest the centre decides
        cx, cy = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        a, b = (self.x1 - self.x0) / 2 + margin, (self.y1 - self.y0) / 2 + margin
        dx = 0.0 if x0 <= cx <= x1 else min(abs(x0 - cx), abs(x1 - cx))
        dy = 0.0 if y0 <= cy <= y1 else min(abs(y0 - cy), abs(y1 - cy))
        return dx / a + dy / b < 1


@dataclass(frozen=True, slots=True)
class Segment:
    """One straight, axis-parallel piece of a flow line."""

    x0: float
    y0: float
    x1: float
    y1: float
    edge: int

    @property
    def vertical(self) -> bool:
        return abs(self.x0 - self.x1) < 0.01

    @property
    def lo(self) -> float:
        return min(self.y0, self.y1) if self.vertical else min(self.x0, self.x1)

    @property
    def hi(self) -> float:
        return max(self.y0, self.y1) if self.vertical else max(self.x0, self.x1)

    @property
    def at(self) -> float:
        """The fixed coordinate: x of a vertical piece, y of a horizontal one."""
        return self.x0 if self.vertical else self.y0

    def box(self) -> tuple[float, float, float, float]:
        return min(self.x0, self.x1), min(self.y0, self.y1), max(self.x0, self.x1), max(self.y0, self.y1)


def segments(points: tuple[Point, ...] | list[Point], edge: int) -> list[Segment]:
    return [Segment(a[0], a[1], b[0], b[1], edge) for a, b in zip(points, points[1:]) if a != b]


def _overlap(a: Segment, b: Segment) -> float:
    return min(a.hi, b.hi) - max(a.lo, b.lo)


@dataclass
class Board:
    """One page's actor cells and everything drawn in them so far."""

    columns: list[tuple[float, float]]  # x0, x1 of each actor column
    rows: list[tuple[float, float]]  # bottom, top of each step row on the page
    shapes: list[Shape] = field(default_factory=list)
    lines: list[Segment] = field(default_factory=list)
    labels: list[tuple[float, float, float, float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rules_x = sorted({x for c in self.columns for x in c})
        self.rules_y = sorted({y for r in self.rows for y in r})
        self.top = max((r[1] for r in self.rows), default=0.0)
        self.bottom = min((r[0] for r in self.rows), default=0.0)

    # -- recording -----------------------------------------------------------
    def add_shape(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def add_path(self, points, edge: int) -> None:
        self.lines.extend(segments(points, edge))

    def add_label(self, box: tuple[float, float, float, float]) -> None:
        self.labels.append(box)

    # -- lines ---------------------------------------------------------------
    def path_ok(self, points, edge: int, ends: tuple[object, object]) -> bool:
        """A new flow line keeps clear of shapes (but its own two ends), of
        other edges' lines running along it, of the rules it runs along and
        of the labels already placed."""
        pieces = segments(points, edge)
        last = len(pieces) - 1
        for index, s in enumerate(pieces):
            x0, y0, x1, y1 = s.box()
            for shape in self.shapes:
                if (index == 0 and shape.owner == ends[0]) or (index == last and shape.owner == ends[1]):
                    continue
                if shape.hits(x0, y0, x1, y1, CLEAR_SHAPE):
                    return False
            if not self._clear_of_rules(s):
                return False
            for other in self.lines:
                if other.edge != edge and other.vertical == s.vertical and abs(other.at - s.at) < CLEAR_LINE:
                    if _overlap(s, other) > -CLEAR_LINE:
                        return False
            for lx0, ly0, lx1, ly1 in self.labels:
                if not (x1 < lx0 - CLEAR_LABEL or x0 > lx1 + CLEAR_LABEL or y1 < ly0 - CLEAR_LABEL or y0 > ly1 + CLEAR_LABEL):
                    return False
        return True

    def _clear_of_rules(self, s: Segment) -> bool:
        """Not along a column rule (vertical) or a row rule (horizontal)."""
        if s.hi - s.lo < 0.5:
            return True
        rules = self.rules_x if s.vertical else self.rules_y
        return all(abs(s.at - r) >= CLEAR_RULE for r in rules)

    def path_cost(self, points, edge: int) -> float:
        """Crossings with other lines, and other lines that run near it."""
        cost = 0.0
        for s in segments(points, edge):
            for other in self.lines:
                if other.edge == edge:
                    continue
                if other.vertical == s.vertical:
                    if abs(other.at - s.at) < LOOSE_LINE and _overlap(s, other) > 0:
                        cost += 20
                elif other.lo < s.at < other.hi and s.lo < other.at < s.hi:
                    cost += 14
        return cost

    def box_clear(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether a new shape there keeps clear of every shape, line and label."""
        return self._clear(x0, y0, x1, y1, CLEAR_SHAPE)

    def _clear(self, x0: float, y0: float, x1: float, y1: float, m: float) -> bool:
        """No shape, line or label within ``m`` of the rectangle."""
        if any(shape.hits(x0, y0, x1, y1, m) for shape in self.shapes):
            return False
        box = (x0, y0, x1, y1)
        return not any(_near(s.box(), box, m) for s in self.lines) and not any(_near(b, box, m) for b in self.labels)

    def crosses(self, points, box: tuple[float, float, float, float]) -> bool:
        """Whether the line ``points`` comes within the label margin of ``box``."""
        return any(_near(s.box(), box, CLEAR_LABEL) for s in segments(points, -1))

    # -- labels --------------------------------------------------------------
    def cell_of(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float] | None:
        """The actor cell the rectangle lies in, with room around it; None if it crosses a rule."""
        m = CLEAR_LABEL
        col = next((c for c in self.columns if c[0] + m <= x0 and x1 <= c[1] - m), None)
        row = next((r for r in self.rows if r[0] + m <= y0 and y1 <= r[1] - m), None)
        if col is None or row is None:
            return None
        return col[0], row[0], col[1], row[1]

    def label_ok(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        return self.cell_of(x0, y0, x1, y1) is not None and self._clear(x0, y0, x1, y1, CLEAR_LABEL)


def _near(a: tuple[float, float, float, float], b: tuple[float, float, float, float], m: float) -> bool:
    """Whether two rectangles (x0, y0, x1, y1) come within ``m`` of each other."""
    return not (a[2] < b[0] - m or a[0] > b[2] + m or a[3] < b[1] - m or a[1] > b[3] + m)
