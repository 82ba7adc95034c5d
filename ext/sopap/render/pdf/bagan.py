"""The flowchart over the procedure table, planned from the recorded layout.

:func:`plan_flowchart` is a pure function of the SOP and the layout's
:class:`~.trace.Trace`: it returns, per page, the symbols, arrows,
off-page connectors and branch labels to draw. Routing rules:

* consecutive steps on one page: straight down in one column, or out of the
  symbol's side, across, and down into the next symbol's top (an elbow);
* other edges on one page (a decision's back-edge or a skip): searched
  among lanes (:mod:`.lanes`), each on its own track from a free port to a
  free port, so no two lines share a track or an arrowhead;
* an edge crossing a page break: a pair of off-page connectors (pentagons)
  with the same label, one on each page. Consecutive steps use one under the
  symbol at the bottom of the page and one over the target at the top of the
  next; any other edge (a back-edge to an earlier page) uses connectors
  beside the source and beside the target, in the neighbouring actor column.

Everything drawn on a page is recorded on its :class:`~.board.Board`;
branch labels are placed last (:mod:`.labels`), each inside one actor cell
and clear of every rule, line, shape and other label.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sopap.model.sop import Simbol, Sop
from sopap.render.pdf import labels as label_placement
from sopap.render.pdf import lanes
from sopap.render.pdf import ports as P
from sopap.render.pdf import simbol as bentuk
from sopap.render.pdf.board import Board, Shape
from sopap.render.pdf.breaks import ROOM, PageBreaks
from sopap.render.pdf.labels import GLabel
from sopap.render.pdf.trace import Baris, Trace

Titik = tuple[float, float]

__all__ = ["GKonektor", "GLabel", "GPanah", "GSimbol", "Plan", "draw_plan", "plan_flowchart"]


@dataclass(frozen=True, slots=True)
class GSimbol:
    nomor: int
    jenis: Simbol
    cx: float
    cy: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class GPanah:
    titik: tuple[Titik, ...]
    kepala: bool = True


@dataclass(frozen=True, slots=True)
class GKonektor:
    cx: float
    cy: float
    label: str
    nomor: int  # the step it leaves from or leads to
    keluar: bool  # True on the source's page


@dataclass
class _Sisi:
    """Edge being planned."""

    index: int
    dari: int
    ke: int
    label: str | None
    jenis: str = ""  # lurus | jalur | putus-bawah | putus-sisi
    kode: str = ""  # connector label
    port_out: str = ""  # exit port; for a page break: a side, or "bottom" (connector under)
    port_in: str = ""  # entry port; for a page break: a side, a top port from beside, or "top" (connector over)
    #: The line from the source (the part a branch label goes beside).
    keluar: tuple[Titik, ...] = ()


@dataclass
class Plan:
    """What to draw on each page (1-based page within the lampiran)."""

    halaman: dict[int, list] = field(default_factory=lambda: defaultdict(list))

    def di(self, page: int) -> list:
        return self.halaman.get(page, [])


def _kode(index: int) -> str:
    """A, B, ..., Z, AA, AB, ..."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def plan_flowchart(sop: Sop, jejak: Trace) -> Plan:
    """What to draw on each page, planned phase by phase (:class:`_Planner`)."""
    return _Planner(sop, jejak).plan_flowchart()




class _Planner(PageBreaks):
    """One plan in phases: edges and their kind, connector labels, symbol
    positions, the boards, then the routes by kind and the branch labels."""

    def __init__(self, sop: Sop, jejak: Trace) -> None:
        self.sop = sop
        self.rows: dict[int, Baris] = jejak.baris
        self.order = {step.nomor: i for i, step in enumerate(sop.langkah)}
        self.col = {step.nomor: sop.kolom(step.pelaksana) for step in sop.langkah}
        self.ncol = len(sop.pelaksana)
        self.plan = Plan()
        self.edges: list[_Sisi] = []
        self.geo: dict[int, GSimbol] = {}
        self.boards: dict[int, Board] = {}
        self.claimed: dict[int, set[str]] = defaultdict(set)
        self.konektor_out: dict[int, tuple[float, float, float, float]] = {}
        self.labels: dict[int, GLabel] = {}  # edge index -> its placed label
        self.room_above: set[int] = set()  # steps with a connector over their symbol
        self.room_below: set[int] = set()  # ... and under it

    def plan_flowchart(self) -> Plan:
        self._edges()
        self._connector_labels()
        self._reserve_ports()
        self._symbols()
        self._boards()
        by_kind = {
            "lurus": self._route_straight,
            "putus-bawah": self._route_break_below,
            "putus-sisi": self._route_break_side,
        }
        for kind, route in by_kind.items():
            for e in self.edges:
                if e.jenis == kind:
                    route(e)
        for e in self.edges:
            if e.jenis != "jalur":
                self._branch_label(e)
        # lanes: the shortest first, so they keep the tracks nearest their
        # symbols; each lane's label is placed before the next lane is sought
        for e in sorted((e for e in self.edges if e.jenis == "jalur"), key=self._span):
            self._route_lane(e)
            self._branch_label(e)
        return self.plan

    # 1. edges and their kind
    def _edges(self) -> None:
        rows, order = self.rows, self.order
        for step in self.sop.langkah:
            if step.cabang is not None:
                targets = [(step.cabang.ya.ke, step.cabang.ya.label), (step.cabang.tidak.ke, step.cabang.tidak.label)]
            else:
                targets = [(t, None) for t in step.berikutnya]
            for target, text in targets:
                if target not in rows or step.nomor not in rows:
                    continue
                e = _Sisi(len(self.edges), step.nomor, target, text)
                same_page = rows[e.dari].halaman == rows[e.ke].halaman
                consecutive = order[e.ke] == order[e.dari] + 1
                if same_page:
                    e.jenis = "lurus" if consecutive else "jalur"
                else:
                    e.jenis = "putus-bawah" if consecutive else "putus-sisi"
                self.edges.append(e)

    def _span(self, e: _Sisi) -> tuple[float, int]:
        return (abs(self.rows[e.dari].atas - self.rows[e.ke].atas), e.index)

    # 2. connector labels, in order of first appearance
    def _connector_labels(self) -> None:
        rows = self.rows
        crossing = [e for e in self.edges if e.jenis.startswith("putus")]

        def first_seen(e: _Sisi) -> tuple[int, float]:
            a, b = rows[e.dari], rows[e.ke]
            first = a if a.halaman <= b.halaman else b
            return (first.halaman, -first.atas)

        for index, e in enumerate(sorted(crossing, key=first_seen)):
            e.kode = _kode(index)

    # 3. ports: breaks.PageBreaks._reserve_ports

    # 4. symbol positions: room is made for connectors above/below, and for
    # the branch label beside the line from a decision down into its connector
    def _symbols(self) -> None:
        # room for the branch label beside the line from a decision down
        # into its connector
        label_room: dict[int, float] = {}
        for e in self.edges:
            if e.jenis.startswith("putus") and e.label and e.dari in self.room_below:
                x0, x1 = self.rows[e.dari].kolom[self.col[e.dari]]
                label_room[e.dari] = max(label_room.get(e.dari, 0.0), label_placement.room_for(e.label, x1 - x0))
        clear = bentuk.RUANG_BARIS
        for step in self.sop.langkah:
            if step.nomor not in self.rows:
                continue
            r = self.rows[step.nomor]
            x0, x1 = r.kolom[self.col[step.nomor]]
            w, h = bentuk.symbol_size(step.simbol, x1 - x0)
            top = r.atas - (ROOM if step.nomor in self.room_above else clear)
            bottom = r.bawah + (ROOM + label_room.get(step.nomor, 0.0) if step.nomor in self.room_below else clear)
            cy = (top + bottom) / 2
            # never outside the row, even when the row is too short for both
            cy = min(max(cy, r.bawah + h / 2 + 1), r.atas - h / 2 - 1)
            g = GSimbol(step.nomor, step.simbol, (x0 + x1) / 2, cy, w, h)
            self.geo[step.nomor] = g
            self.plan.halaman[r.halaman].append(g)

    def _label_fits_half(self, e: _Sisi) -> bool:
        assert e.label is not None
        return label_placement.fits_half(e.label, self.rows[e.dari].kolom[self.col[e.dari]])

    def _boards(self) -> None:
        pages: dict[int, list[Baris]] = defaultdict(list)
        for r in self.rows.values():
            pages[r.halaman].append(r)
        for page, rows in pages.items():
            board = Board(list(rows[0].kolom), sorted((r.bawah, r.atas) for r in rows))
            for r in rows:
                g = self.geo.get(r.nomor)
                if g is not None:
                    diamond = g.jenis is Simbol.BELAH_KETUPAT
                    board.add_shape(Shape(g.cx - g.w / 2, g.cy - g.h / 2, g.cx + g.w / 2, g.cy + g.h / 2, g.nomor, diamond))
            self.boards[page] = board

    # -- drawing helpers ------------------------------------------------------
    def _port(self, n: int, name: str) -> Titik:
        return P.ports(self.geo[n])[name]

    def _claim(self, n: int, name: str) -> None:
        self.claimed[n].add(name)

    def _arrow(self, page: int, e: _Sisi, points, kepala: bool = True) -> None:
        points = lanes.simplify(list(points))
        self.boards[page].add_path(points, e.index)
        self.plan.halaman[page].append(GPanah(points, kepala))

    def _connector(self, page: int, e: _Sisi, cx: float, cy: float, nomor: int, out: bool) -> None:
        w, h = bentuk.KONEKTOR_LEBAR, bentuk.KONEKTOR_TINGGI
        box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        self.boards[page].add_shape(Shape(*box, ("konektor", e.index, out)))
        if out:
            self.konektor_out[e.index] = box
        self.plan.halaman[page].append(GKonektor(cx, cy, e.kode, nomor, out))

    def _above(self, n: int) -> float:
        """A height between the top of symbol ``n`` and the top of its row."""
        g = self.geo[n]
        top = g.cy + g.h / 2
        return top + min(6.0, (self.rows[n].atas - top) / 2)

    def _has_neighbour(self, nomor: int, side: str) -> bool:
        c = self.col[nomor] + (1 if side == P.RIGHT else -1)
        return 0 <= c < self.ncol

    def _toward(self, e: _Sisi) -> str:
        return P.LEFT if self.col[e.ke] < self.col[e.dari] else P.RIGHT

    # 5. routes, one kind of edge each
    def _route_straight(self, e: _Sisi) -> None:
        a = self.rows[e.dari]
        ga, gb = self.geo[e.dari], self.geo[e.ke]
        target_top = self._port(e.ke, P.TOP)
        if e.port_out == P.BOTTOM:
            pts = [self._port(e.dari, P.BOTTOM), target_top]
        elif e.port_out in P.SIDES:
            pts = [self._port(e.dari, e.port_out), (gb.cx, ga.cy), target_top]
        else:  # elbow under the symbol, above the row's bottom
            start = self._port(e.dari, P.BOTTOM)
            y = (start[1] + a.bawah) / 2
            pts = [start, (ga.cx, y), (gb.cx, y), target_top]
        e.keluar = tuple(pts)
        self._arrow(a.halaman, e, pts)

    def _route_lane(self, e: _Sisi) -> None:
        page = self.rows[e.dari].halaman
        board = self.boards[page]
        ga, gb = self.geo[e.dari], self.geo[e.ke]
        ra, rb = self.rows[e.dari], self.rows[e.ke]
        first, last = sorted((self.col[e.dari], self.col[e.ke]))
        ends = (ga, (ra.bawah, ra.atas), gb, (rb.bawah, rb.atas), self.claimed, (first, last), e.label)
        found = lanes.route(board, e.index, *ends)
        moved: list[_Sisi] = []
        if found is None:  # labels placed earlier in the way: they move aside
            labels, board.labels = board.labels, []
            found = lanes.route(board, e.index, *ends)
            board.labels = labels
            if found is not None:
                moved = self._labels_across(page, found.points)
        if found is None:  # crowded beyond every candidate: the old lane at the column's edge
            side = self._toward(e)
            c = last if side == P.RIGHT else first
            x0, x1 = ra.kolom[c]
            x = x1 - 4.5 if side == P.RIGHT else x0 + 4.5
            pts: tuple[Titik, ...] = (self._port(e.dari, side), (x, ga.cy), (x, gb.cy), self._port(e.ke, side))
            exit_name, entry_name = side, side
        else:
            pts, exit_name, entry_name = found.points, found.exit, found.entry
        self._claim(e.dari, exit_name)
        self._claim(e.ke, entry_name)
        e.keluar = pts
        self._arrow(page, e, pts)
        for other in moved:
            self._branch_label(other)

    def _labels_across(self, page: int, points) -> list[_Sisi]:
        """Take off the page the labels a new line would cross; their edges."""
        board = self.boards[page]
        crossed = []
        for index, label in list(self.labels.items()):
            box = (label.x0, label.y0, label.x1, label.y1)
            if self.rows[self.edges[index].dari].halaman != page or not board.crosses(points, box):
                continue
            crossed.append(self.edges[index])
        for e in crossed:
            label = self.labels.pop(e.index)
            board.labels.remove((label.x0, label.y0, label.x1, label.y1))
            self.plan.halaman[page].remove(label)
        return crossed

    # 6. branch labels, beside the line from the decision
    def _branch_label(self, e: _Sisi) -> None:
        if e.label is None or not e.keluar:
            return
        page = self.rows[e.dari].halaman
        board = self.boards[page]
        placed = label_placement.place(board, list(e.keluar), e.label, self.konektor_out.get(e.index))
        if placed is None:  # nowhere clear: still printed, beside the exit
            placed = label_placement.forced(board, list(e.keluar), e.label, self.konektor_out.get(e.index))
        if placed is not None:
            self.plan.halaman[page].append(placed)
            self.labels[e.index] = placed


def draw_plan(canv, items: list) -> None:
    """Draw one page's share of the plan: lines first, symbols over them."""
    for g in items:
        if isinstance(g, GPanah):
            bentuk.panah(canv, g.titik, g.kepala)
    for g in items:
        if isinstance(g, GSimbol):
            bentuk.simbol(canv, g.jenis, g.cx, g.cy, g.w, g.h)
        elif isinstance(g, GKonektor):
            bentuk.konektor(canv, g.cx, g.cy, g.label)
    for g in items:
        if isinstance(g, GLabel):
            bentuk.label(canv, g)
