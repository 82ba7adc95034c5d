"""The flowchart over the procedure table, planned from the recorded layout.

:func:`rencana` is a pure function of the SOP and the first pass's
:class:`~.jejak.Jejak`: it returns, per page, the symbols, arrows,
off-page connectors and branch labels to draw. Routing rules:

* consecutive steps on one page: straight down in one column, or out of the
  symbol's side, across, and down into the next symbol's top (an elbow);
* other edges on one page (a decision's back-edge or a skip): out of the side
  into a *lane* near the edge of a column (symbols keep clear of column
  edges, so a lane never crosses a symbol), along it, and into the target's
  side;
* an edge crossing a page break: a pair of off-page connectors (pentagons)
  with the same label, one on each page. Consecutive steps use one under the
  symbol at the bottom of the page and one over the target at the top of the
  next; any other edge (a back-edge to an earlier page) uses connectors
  beside the source and beside the target, in the neighbouring actor column.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sopap.model.sop import Simbol, Sop
from sopap.render.pdf import simbol as bentuk
from sopap.render.pdf.trace import Baris, Trace

Titik = tuple[float, float]

KANAN, KIRI, BAWAH, ATAS = "kanan", "kiri", "bawah", "atas"


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


@dataclass(frozen=True, slots=True)
class GLabel:
    x: float
    y: float  # baseline of the line nearest the exit
    teks: str
    rata: str
    lebar: float  # widest line: a long label wraps instead of crossing other columns
    tumbuh: str  # where further lines go: "atas" (away from a line below) or "bawah"


@dataclass
class _Sisi:
    """Edge being planned."""

    dari: int
    ke: int
    label: str | None
    jenis: str = ""  # lurus | jalur | putus-bawah | putus-sisi
    port: str = ""  # exit: kanan | kiri | bawah
    masuk: str = ATAS  # entry: atas | kanan | kiri
    kode: str = ""  # connector label


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
    """What to draw on each page, planned phase by phase (:class:`_Perencana`)."""
    return _Planner(sop, jejak).plan_flowchart()


#: Room kept between a symbol and a connector above or below it, and the gap beside.
_PAD, _GAP = 3.0, 6.0


class _Planner:
    """One plan in phases: edges and their kind, exit ports, entry sides,
    connector labels, symbol positions, then the routes (with labels)."""

    def __init__(self, sop: Sop, jejak: Trace) -> None:
        self.sop = sop
        self.rows: dict[int, Baris] = jejak.baris
        self.order = {step.nomor: i for i, step in enumerate(sop.langkah)}
        self.col = {step.nomor: sop.kolom(step.pelaksana) for step in sop.langkah}
        self.ncol = len(sop.pelaksana)
        self.plan = Plan()
        self.edges: list[_Sisi] = []
        self.geo: dict[int, GSimbol] = {}
        # lanes: (page, column, side) -> list of (y0, y1, offset)
        self.lanes: dict[tuple[int, int, str], list[tuple[float, float, float]]] = defaultdict(list)
        # two connectors under (or over) one symbol stand side by side
        self.offset_bawah: dict[int, float] = {}
        self.offset_atas: dict[int, float] = {}

    def plan_flowchart(self) -> Plan:
        self._edges()
        self._exit_ports()
        self._entry_sides()
        self._connector_labels()
        self._symbols()
        self._connector_offsets()
        for e in self.edges:
            self._route(e)
            self._branch_label(self.rows[e.dari].halaman, e)
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
                e = _Sisi(step.nomor, target, text)
                same_page = rows[e.dari].halaman == rows[e.ke].halaman
                consecutive = order[e.ke] == order[e.dari] + 1
                if same_page:
                    e.jenis = "lurus" if consecutive else "jalur"
                else:
                    e.jenis = "putus-bawah" if consecutive else "putus-sisi"
                self.edges.append(e)

    def _toward(self, e: _Sisi) -> str:
        if self.col[e.ke] > self.col[e.dari]:
            return KANAN
        if self.col[e.ke] < self.col[e.dari]:
            return KIRI
        return KANAN

    def _has_neighbour(self, nomor: int, side: str) -> bool:
        c = self.col[nomor] + (1 if side == KANAN else -1)
        return 0 <= c < self.ncol

    # 2. exit ports; a decision's two branches never share one
    def _exit_ports(self) -> None:
        col = self.col
        by_source: dict[int, list[_Sisi]] = defaultdict(list)
        for e in self.edges:
            by_source[e.dari].append(e)
        for source, out in by_source.items():
            used: set[str] = set()
            # straight edges choose first: they have no alternative
            for e in sorted(out, key=lambda e: e.jenis not in ("lurus", "putus-bawah")):
                if e.jenis == "putus-bawah" or (e.jenis == "lurus" and col[e.ke] == col[e.dari]):
                    e.port = BAWAH
                else:
                    e.port = self._toward(e)
                    if e.jenis == "putus-sisi" and not self._has_neighbour(source, e.port):
                        e.port = KIRI if e.port == KANAN else KANAN
                    if e.port in used and e.jenis != "lurus":
                        e.port = KIRI if e.port == KANAN else KANAN
                if e.jenis == "putus-sisi" and not self._has_neighbour(source, e.port):
                    # no column beside (one actor only): connectors under/over
                    # the symbols, side by side when there are two
                    e.jenis, e.port = "putus-bawah", BAWAH
                used.add(e.port)

    # 3. entry sides. An edge entering a symbol's side must not meet an exit
    # on that side: a straight elbow leaving there moves to the bottom,
    # otherwise the entering edge comes in from above, into the top.
    def _entry_sides(self) -> None:
        col = self.col
        exits: dict[int, dict[str, _Sisi]] = defaultdict(dict)
        for e in self.edges:
            exits[e.dari][e.port] = e
        for e in self.edges:
            if e.jenis == "jalur":
                e.masuk = e.port
            elif e.jenis == "putus-sisi":
                if col[e.dari] != col[e.ke]:
                    e.masuk = KANAN if col[e.dari] > col[e.ke] else KIRI
                else:
                    e.masuk = e.port
                if not self._has_neighbour(e.ke, e.masuk):
                    e.masuk = KIRI if e.masuk == KANAN else KANAN
            else:
                continue
            clash = exits[e.ke].get(e.masuk)
            if clash is None:
                continue
            if clash.jenis == "lurus" and BAWAH not in exits[e.ke]:
                del exits[e.ke][clash.port]
                clash.port = BAWAH
                exits[e.ke][BAWAH] = clash
                continue
            other = KIRI if e.masuk == KANAN else KANAN
            if e.jenis == "putus-sisi" and self._has_neighbour(e.ke, other) and other not in exits[e.ke]:
                e.masuk = other
            else:
                e.masuk = ATAS if e.jenis == "jalur" else e.masuk + "-atas"

    # 4. connector labels, in order of first appearance
    def _connector_labels(self) -> None:
        rows = self.rows
        crossing = [e for e in self.edges if e.jenis.startswith("putus")]

        def first_seen(e: _Sisi) -> tuple[int, float]:
            a, b = rows[e.dari], rows[e.ke]
            first = a if a.halaman <= b.halaman else b
            return (first.halaman, -first.atas)

        for index, e in enumerate(sorted(crossing, key=first_seen)):
            e.kode = _kode(index)

    # 5. symbol positions: room is made for connectors above/below
    def _symbols(self) -> None:
        out_below = {e.dari for e in self.edges if e.jenis == "putus-bawah"}
        in_above = {e.ke for e in self.edges if e.jenis == "putus-bawah"}
        ch = bentuk.KONEKTOR_TINGGI
        for step in self.sop.langkah:
            if step.nomor not in self.rows:
                continue
            r = self.rows[step.nomor]
            x0, x1 = r.kolom[self.col[step.nomor]]
            w, h = bentuk.symbol_size(step.simbol, x1 - x0)
            top, bottom = r.atas, r.bawah
            if step.nomor in in_above:
                top -= _PAD + ch + _GAP
            if step.nomor in out_below:
                bottom += _PAD + ch + _GAP
            cy = (top + bottom) / 2
            # never outside the row, even when the row is too short for both
            cy = min(max(cy, r.bawah + h / 2 + 1), r.atas - h / 2 - 1)
            g = GSimbol(step.nomor, step.simbol, (x0 + x1) / 2, cy, w, h)
            self.geo[step.nomor] = g
            self.plan.halaman[r.halaman].append(g)

    def _connector_offsets(self) -> None:
        for key, offsets in (("dari", self.offset_bawah), ("ke", self.offset_atas)):
            groups: dict[int, list[_Sisi]] = defaultdict(list)
            for e in self.edges:
                if e.jenis == "putus-bawah":
                    groups[getattr(e, key)].append(e)
            for group in groups.values():
                spread = bentuk.KONEKTOR_LEBAR / 2 + 2.5 if len(group) > 1 else 0.0
                for i, e in enumerate(group):
                    offsets[id(e)] = (i - (len(group) - 1) / 2) * 2 * spread

    # -- geometry helpers ---------------------------------------------------
    def _port(self, n: int, side: str) -> Titik:
        g = self.geo[n]
        if side == KANAN:
            return (g.cx + g.w / 2, g.cy)
        if side == KIRI:
            return (g.cx - g.w / 2, g.cy)
        if side == BAWAH:
            return (g.cx, g.cy - g.h / 2)
        return (g.cx, g.cy + g.h / 2)  # atas

    def _lane_x(self, page: int, row: Baris, c: int, side: str, y0: float, y1: float) -> float:
        lo, hi = min(y0, y1), max(y0, y1)
        taken = self.lanes[(page, c, side)]
        offset = 3.5
        while any(not (hi < a or lo > b) and off == offset for a, b, off in taken):
            offset += 2.5
        taken.append((lo, hi, offset))
        x0, x1 = row.kolom[c]
        return x1 - offset if side == KANAN else x0 + offset

    def _above(self, n: int) -> float:
        """A height between the top of symbol ``n`` and the top of its row."""
        g = self.geo[n]
        top = g.cy + g.h / 2
        return top + min(6.0, (self.rows[n].atas - top) / 2)

    def _side_connector(self, n: int, side: str, y: float | None = None) -> tuple[float, float, Titik]:
        """Connector beside step ``n`` in the neighbouring column, its square part
        centred on height ``y`` (default: the symbol's middle): its centre and the
        point where a horizontal line at that height meets its side."""
        r, g = self.rows[n], self.geo[n]
        y = g.cy if y is None else y
        c = self.col[n] + (1 if side == KANAN else -1)
        cx = r.tengah_kolom(c)
        cy = y - (bentuk.KONEKTOR_TINGGI / 2 - bentuk.KONEKTOR_KOTAK / 2)
        edge_x = cx - bentuk.KONEKTOR_LEBAR / 2 if side == KANAN else cx + bentuk.KONEKTOR_LEBAR / 2
        return cx, cy, (edge_x, y)

    def _branch_label(self, page: int, e: _Sisi) -> None:
        """The ya/tidak label beside the decision's exit, on the side of the
        exit line that the route does not continue into."""
        if e.label is None:
            return
        plan, geo = self.plan, self.geo
        px, py = self._port(e.dari, e.port)
        x0, x1 = self.rows[e.dari].kolom[self.col[e.dari]]
        lebar = max(x1 - x0 - 5.0, 20.0)  # one actor column
        if e.port == BAWAH:
            off = self.offset_bawah.get(id(e), 0.0) if e.jenis == "putus-bawah" else 0.0
            if off < 0:
                plan.halaman[page].append(GLabel(px + off - 2.5, py - 7.5, e.label, "kanan", lebar, "bawah"))
            else:
                plan.halaman[page].append(GLabel(px + off + 2.5, py - 7.5, e.label, "kiri", lebar, "bawah"))
            return
        goes_up = e.jenis == "jalur" and geo[e.ke].cy > geo[e.dari].cy
        if e.jenis == "putus-sisi":  # clear of the connector beside the exit
            y, tumbuh = py + bentuk.KONEKTOR_KOTAK / 2 + 1.5, "atas"
        else:
            y, tumbuh = (py - 7.5, "bawah") if goes_up else (py + 2.5, "atas")
        columns = self.rows[e.dari].kolom
        room = columns[-1][1] - 1.5 - (px + 2.5) if e.port == KANAN else px - 2.5 - (columns[0][0] + 1.5)
        widest = max(bentuk.lebar(word, bentuk.UKURAN_LABEL) for word in e.label.split() or [e.label])
        if widest > room and e.jenis == "jalur":
            self._label_past_the_symbol(page, e, tumbuh, x0, x1)
        elif e.port == KANAN:
            plan.halaman[page].append(GLabel(px + 2.5, y, e.label, "kiri", min(lebar, max(room, widest)), tumbuh))
        else:
            plan.halaman[page].append(GLabel(px - 2.5, y, e.label, "kanan", min(lebar, max(room, widest)), tumbuh))

    def _label_past_the_symbol(self, page: int, e: _Sisi, tumbuh: str, x0: float, x1: float) -> None:
        """A decision at the edge of the actor columns has no room beside its
        exit: the label goes below (or above) the diamond, against the column's
        edge on the exit's side, never into the Mutu Baku or Uraian column."""
        g = self.geo[e.dari]
        if tumbuh == "bawah":  # the route goes up: under the diamond
            y = g.cy - g.h / 2 - bentuk.UKURAN_LABEL - 0.5
        else:
            y = g.cy + g.h / 2 + 1.5
        if e.port == KANAN:
            label = GLabel(x1 - 1.5, y, e.label, "kanan", max(x1 - 1.5 - (g.cx + 2.0), 10.0), tumbuh)
        else:
            label = GLabel(x0 + 1.5, y, e.label, "kiri", max(g.cx - 2.0 - (x0 + 1.5), 10.0), tumbuh)
        self.plan.halaman[page].append(label)

    # 6. routes, one kind of edge each
    def _route(self, e: _Sisi) -> None:
        {
            "lurus": self._route_straight,
            "jalur": self._route_lane,
            "putus-bawah": self._route_break_below,
        }.get(e.jenis, self._route_break_side)(e)

    def _route_straight(self, e: _Sisi) -> None:
        a = self.rows[e.dari]
        ga, gb = self.geo[e.dari], self.geo[e.ke]
        target_top = (gb.cx, gb.cy + gb.h / 2)
        start = self._port(e.dari, e.port)
        if e.port == BAWAH and self.col[e.dari] == self.col[e.ke]:
            pts = [start, target_top]
        elif e.port == BAWAH:  # elbow under the symbol, above the row's bottom
            y = (start[1] + a.bawah) / 2
            pts = [start, (ga.cx, y), (gb.cx, y), target_top]
        else:
            pts = [start, (gb.cx, ga.cy), target_top]
        self.plan.halaman[a.halaman].append(GPanah(tuple(pts)))

    def _route_lane(self, e: _Sisi) -> None:
        a = self.rows[e.dari]
        ga, gb = self.geo[e.dari], self.geo[e.ke]
        page, col = a.halaman, self.col
        side = e.port
        c = max(col[e.dari], col[e.ke]) if side == KANAN else min(col[e.dari], col[e.ke])
        if e.masuk == ATAS:
            y_end = self._above(e.ke)
            x = self._lane_x(page, a, c, side, ga.cy, y_end)
            target_top = (gb.cx, gb.cy + gb.h / 2)
            pts = [self._port(e.dari, side), (x, ga.cy), (x, y_end), (gb.cx, y_end), target_top]
        else:
            x = self._lane_x(page, a, c, side, ga.cy, gb.cy)
            pts = [self._port(e.dari, side), (x, ga.cy), (x, gb.cy), self._port(e.ke, e.masuk)]
        self.plan.halaman[page].append(GPanah(tuple(pts)))

    def _route_break_below(self, e: _Sisi) -> None:
        """Below the source, at the bottom of its row; over the target on the next page."""
        a, b = self.rows[e.dari], self.rows[e.ke]
        ga, gb = self.geo[e.dari], self.geo[e.ke]
        page, ch = a.halaman, bentuk.KONEKTOR_TINGGI
        target_top = (gb.cx, gb.cy + gb.h / 2)
        cy_out = a.bawah + _PAD + ch / 2
        start = (ga.cx, ga.cy - ga.h / 2)
        off = self.offset_bawah[id(e)]
        if off:
            y = (start[1] + cy_out + ch / 2) / 2
            pts = [start, (ga.cx, y), (ga.cx + off, y), (ga.cx + off, cy_out + ch / 2)]
        else:
            pts = [start, (ga.cx, cy_out + ch / 2)]
        self.plan.halaman[page].append(GPanah(tuple(pts)))
        self.plan.halaman[page].append(GKonektor(ga.cx + off, cy_out, e.kode, e.dari, True))
        cy_in = b.atas - _PAD - ch / 2
        off = self.offset_atas[id(e)]
        tip = (gb.cx + off, cy_in - ch / 2)
        if off:
            y = (tip[1] + target_top[1]) / 2
            pts = [tip, (tip[0], y), (gb.cx, y), target_top]
        else:
            pts = [tip, target_top]
        self.plan.halaman[b.halaman].append(GKonektor(gb.cx + off, cy_in, e.kode, e.ke, False))
        self.plan.halaman[b.halaman].append(GPanah(tuple(pts)))

    def _route_break_side(self, e: _Sisi) -> None:
        """Beside the source, and on the target's page beside the target,
        on the side facing the source."""
        page, b = self.rows[e.dari].halaman, self.rows[e.ke]
        gb = self.geo[e.ke]
        target_top = (gb.cx, gb.cy + gb.h / 2)
        side = e.port
        cx, cy, touch = self._side_connector(e.dari, side)
        self.plan.halaman[page].append(GPanah((self._port(e.dari, side), touch)))
        self.plan.halaman[page].append(GKonektor(cx, cy, e.kode, e.dari, True))
        if e.masuk.endswith("-atas"):
            y = self._above(e.ke)
            cx, cy, touch = self._side_connector(e.ke, e.masuk.removesuffix("-atas"), y)
            pts = (touch, (gb.cx, y), target_top)
        else:
            cx, cy, touch = self._side_connector(e.ke, e.masuk)
            pts = (touch, self._port(e.ke, e.masuk))
        self.plan.halaman[b.halaman].append(GKonektor(cx, cy, e.kode, e.ke, False))
        self.plan.halaman[b.halaman].append(GPanah(pts))


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
            bentuk.label(canv, g.x, g.y, g.teks, g.rata, g.lebar, g.tumbuh)
