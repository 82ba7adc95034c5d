"""Routes of the edges that do not run to the next row on the same page:
a decision's branch back to an earlier step, or a skip forward.

Such a line leaves its symbol by a free port, runs to a vertical *track*,
along it, and into a free port of the target. Tracks are tried in every
actor column near the two symbols (beside a column's rules and at its
middle); every combination of exit port, track and entry port is a
candidate, cheapest first (short, few bends, away from the rules), and the
first few that keep clear of the page's board (:class:`~.board.Board`) are
compared by how many lines they cross or run beside. Two back-edges to the
same step therefore run on their own tracks and end in their own arrowheads.
"""

from __future__ import annotations

from dataclasses import dataclass

from sopap.render.pdf import ports as P
from sopap.render.pdf.board import CLEAR_RULE, Board
from sopap.render.pdf.labels import fits
from sopap.render.pdf.simbol import KEPALA_PANAH

Point = tuple[float, float]

#: Offsets of tracks from a column's rules, with what each costs: the middle
#: of a column reads best, a line near a rule worst.
_TRACKS = ((6.0, 30.0), (4.5, 45.0), (CLEAR_RULE, 80.0))
_BEND = 10.0
_COMPARE = 6  # clear candidates (with room for their label) compared before choosing
_LOOK = 40  # clear candidates looked at, at most
_NO_LABEL = 200.0  # a lane that leaves its branch label no clear place
_MIN_OUT = 4.0  # shortest piece out of a port
_MIN_IN = KEPALA_PANAH + 1.0  # shortest piece into a port: the arrowhead and a bit of line


@dataclass(frozen=True, slots=True)
class Lane:
    points: tuple[Point, ...]
    exit: str
    entry: str


def _track_xs(columns: list[tuple[float, float]], first: int, last: int) -> list[tuple[float, float]]:
    """(x, cost) of the tracks in columns ``first`` .. ``last``."""
    found = []
    for x0, x1 in columns[max(first, 0) : last + 1]:
        found.append(((x0 + x1) / 2, 0.0))
        for offset, cost in _TRACKS:
            found += [(x0 + offset, cost), (x1 - offset, cost)]
    return found


def _levels(g, row: tuple[float, float], side: str, shortest: float) -> list[float]:
    """Heights of a horizontal piece above (``top``) or below a symbol, inside its row."""
    if side == P.TOP:
        edge, rule = g.cy + g.h / 2, row[1]
    else:
        edge, rule = g.cy - g.h / 2, row[0]
    room = abs(rule - edge)
    if room < shortest + CLEAR_RULE:
        return []
    # half way, or nearer the rule when the piece into the port needs the room
    away = max(room / 2, shortest)
    return [edge + away if side == P.TOP else edge - away]


def _leg(g, row, name: str, xt: float, shortest: float) -> list[list[Point]] | None:
    """Ways from port ``name`` of ``g`` to the track at ``xt``: each a list of points, port first."""
    point = P.ports(g)[name]
    side = P.side_of(name)
    if side in P.SIDES:
        direction = 1 if side == P.RIGHT else -1
        if (xt - point[0]) * direction < shortest:
            return None
        return [[point, (xt, point[1])]]
    if abs(xt - point[0]) < _MIN_OUT:
        return None
    return [[point, (point[0], y), (xt, y)] for y in _levels(g, row, side, shortest)]


def candidates(ga, row_a, exits, gb, row_b, entries, tracks) -> list[tuple[float, tuple[Point, ...], str, str]]:
    """Every (cost, points, exit, entry) joining ``ga`` to ``gb`` over one of ``tracks``."""
    found = []
    for xt, track_cost in tracks:
        outs = [(name, leg) for name in exits for leg in (_leg(ga, row_a, name, xt, _MIN_OUT) or [])]
        if not outs:
            continue
        ins = [(name, leg) for name in entries for leg in (_leg(gb, row_b, name, xt, _MIN_IN) or [])]
        for out_name, out in outs:
            for in_name, into in ins:
                points = simplify(out + into[::-1])
                length = sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(points, points[1:]))
                cost = length + _BEND * (len(points) - 2) + track_cost
                found.append((cost, points, out_name, in_name))
    found.sort(key=lambda c: c[0])
    return found


def simplify(points: list[Point]) -> tuple[Point, ...]:
    """Drop repeated and collinear middle points."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 0.01 and abs(out[-1][1] - p[1]) < 0.01:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (abs(ax - bx) < 0.01 and abs(bx - p[0]) < 0.01) or (abs(ay - by) < 0.01 and abs(by - p[1]) < 0.01):
                out[-1] = p
                continue
        out.append(p)
    return tuple(out)


def route(
    board: Board,
    edge: int,
    a,
    row_a,
    b,
    row_b,
    claimed: dict[int, set[str]],
    columns: tuple[int, int],
    label: str | None = None,
) -> Lane | None:
    """The best clear lane from symbol ``a`` to symbol ``b`` (each with its
    ``nomor`` and geometry; ``row_*`` its row's bottom and top) over tracks
    in or near ``columns`` (first, last), leaving room for the branch's
    ``label`` beside it; None when every candidate collides."""
    exits = [n for n in P.ports(a) if n not in claimed[a.nomor]]
    entries = [n for n in P.ports(b) if n not in claimed[b.nomor]]
    first, last = columns
    for spread in (1, len(board.columns)):
        tracks = _track_xs(board.columns, first - spread, last + spread)
        best: tuple[float, Lane] | None = None
        good = clear = 0
        for cost, points, out_name, in_name in candidates(a, row_a, exits, b, row_b, entries, tracks):
            if best is not None and cost >= best[0]:
                break  # sorted by cost: nothing further can be better
            if not board.path_ok(points, edge, (a.nomor, b.nomor)):
                continue
            total = cost + board.path_cost(points, edge)
            labelled = label is None or fits(board, list(points), label, edge)
            if not labelled:
                total += _NO_LABEL
            if best is None or total < best[0]:
                best = (total, Lane(points, out_name, in_name))
            clear += 1
            good += labelled
            if good >= _COMPARE or clear >= _LOOK:
                break
        if best is not None:
            return best[1]
    return None
