"""The points where flow lines may leave or enter a flowchart symbol.

Every line ends on its own port, so two lines never share an arrowhead or
run on top of each other into a symbol: the middle of each side, and on a
box (or the flat part of a capsule) two more on each side, far enough apart
that lines into them stay :data:`~.board.CLEAR_LINE` apart. A diamond has
its four corners only.
"""

from __future__ import annotations

from sopap.model.sop import Simbol
from sopap.render.pdf.board import CLEAR_LINE

Point = tuple[float, float]

TOP, BOTTOM, LEFT, RIGHT = "top", "bottom", "left", "right"
SIDES = (LEFT, RIGHT)


def side_of(name: str) -> str:
    """The side a port is on: ``"top-left"`` is on the top."""
    return name.split("-")[0]


def ports(g) -> dict[str, Point]:
    """Name -> point of every port of symbol ``g`` (with ``jenis``, ``cx``, ``cy``, ``w``, ``h``)."""
    cx, cy, hw, hh = g.cx, g.cy, g.w / 2, g.h / 2
    found = {TOP: (cx, cy + hh), BOTTOM: (cx, cy - hh), LEFT: (cx - hw, cy), RIGHT: (cx + hw, cy)}
    if g.jenis is Simbol.BELAH_KETUPAT:
        return found
    flat = hw - hh if g.jenis is Simbol.KAPSUL else hw
    q = min(g.w / 4, flat - 2)
    if q >= CLEAR_LINE:
        for name, y in ((TOP, cy + hh), (BOTTOM, cy - hh)):
            found[f"{name}-left"] = (cx - q, y)
            found[f"{name}-right"] = (cx + q, y)
    if g.jenis is Simbol.KOTAK:
        d = min(CLEAR_LINE + 0.5, hh - 2)
        if d >= CLEAR_LINE:
            for name, x in ((LEFT, cx - hw), (RIGHT, cx + hw)):
                found[f"{name}-top"] = (x, cy + d)
                found[f"{name}-bottom"] = (x, cy - d)
    return found


def free(g, claimed: set[str], side: str) -> list[str]:
    """Unclaimed ports on one side, the middle first."""
    names = [n for n in ports(g) if side_of(n) == side and n not in claimed]
    return sorted(names, key=lambda n: (n != side, n))
