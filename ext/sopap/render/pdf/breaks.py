"""The ends of flow lines at page breaks: which port of a symbol each takes,
and where its off-page connector stands.

A consecutive step on the next page is joined by a connector under the last
symbol of the page and one over the first symbol of the next. Any other
edge that crosses a page (a back-edge to an earlier page) has a connector
beside its source and one beside its target, in the neighbouring actor
column; when a symbol's sides are taken the connector stands low in that
column and the line enters by a bottom port (``under``), or high and enters
by a top port (``beside``), or straight over or under a free port
(``over``). Every end takes a port of its own, so no two lines share an
arrowhead. A row only has room for one connector over or under its symbol
(:func:`~.simbol.min_height`); ends that would need both are given another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sopap.render.pdf import ports as P
from sopap.render.pdf import simbol as bentuk

if TYPE_CHECKING:
    from sopap.render.pdf.bagan import _Sisi

Titik = tuple[float, float]

CH = bentuk.KONEKTOR_TINGGI
#: Room a connector over or under a symbol takes from its row.
ROOM = bentuk.RUANG_KONEKTOR + bentuk.KONEKTOR_TINGGI + bentuk.JARAK_KONEKTOR
#: A connector's square part beside a line low or high beside a symbol.
_LOW = bentuk.JARAK_KONEKTOR + bentuk.KONEKTOR_KOTAK / 2


def spec(text: str) -> tuple[str, str, str]:
    """(mode, side of the connector, port) of an end: ``left`` (a connector
    beside), ``under:left:bottom``, ``beside:left:top-left``,
    ``over::bottom-left`` (a connector straight under or over the port);
    ``top`` and ``bottom`` of straight edges and page breaks."""
    if ":" in text:
        mode, side, port = text.split(":")
        return mode, side, port
    if text in (P.TOP, P.BOTTOM):
        return "over", "", text
    if text in P.SIDES:
        return "side", text, text
    return "straight", "", text


class PageBreaks:
    """The page-break half of :class:`~.bagan._Planner` (a mixin): ports
    reserved before the symbols are placed, connectors drawn after."""

    # -- reserving ports ----------------------------------------------------------
    def _reserve_ports(self) -> None:
        """In order of how little choice an edge has: page breaks under and
        over symbols; a back-edge's connector beside its source (a decision
        in an outer column has one side only, its straight branch can still
        leave by the bottom); straight edges; back-edges into their target."""
        for e in self.edges:
            if e.jenis == "putus-bawah":
                e.port_out, e.port_in = P.BOTTOM, P.TOP
                self._take(e.dari, P.BOTTOM, below=True)
                self._take(e.ke, P.TOP, above=True)
        for e in self.edges:
            if e.jenis == "putus-sisi":
                toward = self._toward(e)
                e.port_out = self._free_side(e.dari, toward) or self._under(e.dari, toward) or self._straight(e.dari, P.BOTTOM)
                mode = spec(e.port_out)[0]
                self._take(e.dari, spec(e.port_out)[2], below=mode in ("under", "over"))
        for e in self.edges:
            if e.jenis == "lurus":
                self._reserve_straight(e)
        for e in self.edges:
            if e.jenis == "putus-sisi":
                facing = P.LEFT if self.col[e.dari] < self.col[e.ke] else P.RIGHT
                e.port_in = (
                    self._free_side(e.ke, facing)
                    or self._under(e.ke, facing)
                    or self._top_from_beside(e.ke, facing)
                    or self._straight(e.ke, P.TOP)
                )
                mode = spec(e.port_in)[0]
                self._take(e.ke, spec(e.port_in)[2], above=mode in ("beside", "over"), below=mode == "under")

    def _reserve_straight(self, e: _Sisi) -> None:
        claimed, side = self.claimed, self._toward(e)
        same = self.col[e.dari] == self.col[e.ke]
        if same and e.label and not self._label_fits_half(e):
            e.jenis = "jalur"  # straight down leaves no room for its label: a lane
            return
        if same and P.BOTTOM not in claimed[e.dari]:
            e.port_out = P.BOTTOM
        elif not same and side not in claimed[e.dari]:
            e.port_out = side
        elif P.BOTTOM not in claimed[e.dari]:
            e.port_out = "elbow"
        else:  # its ports are taken by page breaks: a lane, searched like a skip
            e.jenis = "jalur"
            return
        e.port_in = P.TOP
        claimed[e.dari].add(P.BOTTOM if e.port_out == "elbow" else e.port_out)
        claimed[e.ke].add(P.TOP)

    def _take(self, n: int, port: str, above: bool = False, below: bool = False) -> None:
        self.claimed[n].add(port)
        if above:
            self.room_above.add(n)
        if below:
            self.room_below.add(n)

    def _fits(self, n: int, above: bool, below: bool) -> bool:
        """Whether the row of ``n`` has room for a connector over and/or under its symbol."""
        r, shape = self.rows[n], self._shape_of(n)
        clear = bentuk.RUANG_BARIS
        return (ROOM if above else clear) + shape.h + (ROOM if below else clear) <= r.atas - r.bawah

    def _free_side(self, n: int, prefer: str) -> str | None:
        other = P.LEFT if prefer == P.RIGHT else P.RIGHT
        for side in (prefer, other):
            if side not in self.claimed[n] and self._has_neighbour(n, side):
                return side
        return None

    def _under(self, n: int, toward: str) -> str | None:
        """By a bottom port of ``n``, from a connector low in the next column:
        ``under:<side>:<port>`` (the bottom, or beside it on a box)."""
        if n not in self.room_below and not self._fits(n, n in self.room_above, True):
            return None
        shape = self._shape_of(n)
        for side in (toward, P.LEFT if toward == P.RIGHT else P.RIGHT):
            if not self._has_neighbour(n, side):
                continue
            for name in (P.BOTTOM, f"bottom-{side}"):
                if name in P.ports(shape) and name not in self.claimed[n]:
                    return f"under:{side}:{name}"
        return None

    def _top_from_beside(self, n: int, facing: str) -> str | None:
        """A free top port from a connector high in the next column: ``beside:<side>:<port>``."""
        if n in self.room_above or not self._fits(n, True, n in self.room_below):
            return None
        near = facing if self._has_neighbour(n, facing) else (P.RIGHT if facing == P.LEFT else P.LEFT)
        if not self._has_neighbour(n, near):
            return None
        shape = self._shape_of(n)
        for name in (f"top-{near}", P.TOP):
            if name in P.ports(shape) and name not in self.claimed[n]:
                return f"beside:{near}:{name}"
        return None

    def _straight(self, n: int, side: str) -> str:
        """A connector straight under (or over) a free bottom (top) port:
        ``over::<port>``. Beside another connector there, both move to the
        outer ports, far enough apart not to touch."""
        shape = self._shape_of(n)
        names = [name for name in (side, f"{side}-left", f"{side}-right") if name in P.ports(shape)]
        free = [name for name in names if name not in self.claimed[n]]
        if side in self.claimed[n] and len(free) == 2:
            for e in self.edges:  # the page break already over (under) the middle moves aside
                if e.jenis == "putus-bawah" and (e.ke == n if side == P.TOP else e.dari == n):
                    moved = f"{side}-left"
                    if side == P.TOP:
                        e.port_in = f"over::{moved}"
                    else:
                        e.port_out = f"over::{moved}"
                    self.claimed[n].add(moved)
                    return f"over::{side}-right"
        return f"over::{(free or names)[0]}"

    def _shape_of(self, n: int):
        """The symbol of step ``n`` at its size (ports by name only: placed later)."""
        from sopap.render.pdf.bagan import GSimbol

        step = self.sop.langkah[self.order[n]]
        x0, x1 = self.rows[n].kolom[self.col[n]]
        w, h = bentuk.symbol_size(step.simbol, x1 - x0)
        return GSimbol(n, step.simbol, 0.0, 0.0, w, h)

    # -- drawing ----------------------------------------------------------------
    def _side_connector(self, n: int, side: str, y: float | None = None) -> tuple[float, float, Titik]:
        """Connector beside step ``n`` in the neighbouring column, its square
        part centred on height ``y`` (default: the symbol's middle), at the
        column's middle or, when a line runs there, aside of it: its centre
        and the point where a horizontal line at that height meets its side."""
        r, g = self.rows[n], self.geo[n]
        y = g.cy if y is None else y
        c = self.col[n] + (1 if side == P.RIGHT else -1)
        x0, x1 = r.kolom[c]
        cy = y - (bentuk.KONEKTOR_TINGGI / 2 - bentuk.KONEKTOR_KOTAK / 2)
        w, h = bentuk.KONEKTOR_LEBAR, bentuk.KONEKTOR_TINGGI
        board = self.boards[r.halaman]
        spots = [(x0 + x1) / 2, x0 + w / 2 + 4.5, x1 - w / 2 - 4.5]
        if side == P.LEFT:
            spots[1], spots[2] = spots[2], spots[1]
        cx = next((x for x in spots if board.box_clear(x - w / 2, cy - h / 2, x + w / 2, cy + h / 2)), spots[0])
        edge_x = cx - w / 2 if side == P.RIGHT else cx + w / 2
        return cx, cy, (edge_x, y)

    def _route_break_below(self, e: _Sisi) -> None:
        """Below the source, at the bottom of its row; over the target on the next page."""
        a = self.rows[e.dari]
        start = self._port(e.dari, spec(e.port_out)[2])
        cy_out = a.bawah + bentuk.RUANG_KONEKTOR + CH / 2
        off = 0.0
        if e.label and not self._label_fits_half(e):
            # a branch label too wide for half the column: the line steps
            # aside to the column's edge, leaving the rest of it to the label
            x0, _ = a.kolom[self.col[e.dari]]
            off = x0 + 3.0 + bentuk.KONEKTOR_LEBAR / 2 - start[0]
            y = start[1] - 3.0
            pts = [start, (start[0], y), (start[0] + off, y), (start[0] + off, cy_out + CH / 2)]
        else:
            pts = [start, (start[0], cy_out + CH / 2)]
        self._connector(a.halaman, e, start[0] + off, cy_out, e.dari, True)
        e.keluar = tuple(pts)
        self._arrow(a.halaman, e, pts)
        self._break_into(e)

    def _route_break_side(self, e: _Sisi) -> None:
        """Beside the source (or under it, when both sides are taken), and on
        the target's page beside the target, on the side facing the source."""
        page = self.rows[e.dari].halaman
        mode, side, port = spec(e.port_out)
        start = self._port(e.dari, port)
        if mode == "over":  # straight under the port, at the bottom of the row
            self._route_break_below(e)
            return
        if mode == "under":
            y = self.geo[e.dari].cy - self.geo[e.dari].h / 2 - _LOW
            cx, cy, touch = self._side_connector(e.dari, side, y)
            e.keluar = (start, (start[0], y), touch)
        else:
            cx, cy, touch = self._side_connector(e.dari, side)
            e.keluar = (start, touch)
        self._connector(page, e, cx, cy, e.dari, True)
        self._arrow(page, e, e.keluar)
        self._break_into(e)

    def _break_into(self, e: _Sisi) -> None:
        """The target's half of an edge across pages: its connector and arrow."""
        b, gb = self.rows[e.ke], self.geo[e.ke]
        mode, side, name = spec(e.port_in)
        port = self._port(e.ke, name)
        if mode == "side":
            cx, cy, touch = self._side_connector(e.ke, side)
            pts: tuple[Titik, ...] = (touch, port)
        elif mode == "under":
            y = gb.cy - gb.h / 2 - _LOW
            cx, cy, touch = self._side_connector(e.ke, side, y)
            pts = (touch, (port[0], y), port)
        elif mode == "beside":
            y = self._above(e.ke)
            cx, cy, touch = self._side_connector(e.ke, side, y)
            pts = (touch, (port[0], y), port)
        else:  # over the target's port, as after a page break
            cx, cy = port[0], b.atas - bentuk.RUANG_KONEKTOR - CH / 2
            pts = ((cx, cy - CH / 2), port)
        self._connector(b.halaman, e, cx, cy, e.ke, False)
        self._arrow(b.halaman, e, pts)
