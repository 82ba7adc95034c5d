"""Where the swimlane flowchart's symbols and line pieces go.

Rows grow with their uraian text and columns with the page, so nothing is
placed in page coordinates. Every actor cell draws its own pieces in a
coordinate system of that cell: x is an offset from the cell's centre line
or one of its side edges, y an offset from its top or its bottom edge.
Pieces that meet on a cell boundary therefore meet whatever the real row
heights and column widths turn out to be -- on screen, at any zoom and in
print -- without any script measuring the page.

Routing, in the manner of the Permenpan RB 35/2012 examples:

* to the next row in the same column: straight down from the symbol's
  bottom into the next symbol's top;
* to the next row in another column: out of the symbol's side facing that
  column, across at the symbol's mid height, then down into the top of
  the next symbol (an elbow);
* back-edges of decisions and jumps over rows: out of a free side into a
  lane running beside the symbols of the outermost column, along the
  lane, and into the target's side (or its top, when that side is taken).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from sopap.model.sop import Simbol, Sop

XRef = Literal["kiri", "tengah", "kanan"]
YRef = Literal["atas", "bawah"]
Arah = Literal["bawah", "atas", "kiri", "kanan"]

#: Symbol sizes in CSS pixels (width, height).
UKURAN: dict[Simbol, tuple[float, float]] = {
    Simbol.KAPSUL: (56.0, 26.0),
    Simbol.KOTAK: (56.0, 26.0),
    Simbol.BELAH_KETUPAT: (56.0, 36.0),
}
#: Distance from the top of an actor cell to the top of its symbol.
ATAS = 20.0
#: Space below a symbol before the row may end.
BAWAH = 16.0
#: Length of an arrowhead.
KEPALA = 9.0  # arrowhead length: big enough to read at a glance (also on paper)
#: First lane offset from the centre line and the distance between lanes.
JALUR_AWAL = 38.0
JALUR_JARAK = 8.0
#: Label text metrics (approximate, for sizing cells only).
HURUF = 5.4
BARIS_LABEL = 10.5
LABEL_MAKS = 10  # characters per label line


@dataclass(frozen=True, slots=True)
class X:
    ref: XRef
    d: float = 0.0  # only meaningful for "tengah"


@dataclass(frozen=True, slots=True)
class Y:
    ref: YRef
    d: float = 0.0  # only meaningful for "atas"


@dataclass(frozen=True, slots=True)
class Titik:
    x: X
    y: Y


@dataclass(frozen=True, slots=True)
class Segmen:
    """A straight piece of an arrow inside one cell, in travel direction."""

    baris: int
    kolom: int
    a: Titik
    b: Titik
    dari: int
    ke: int


@dataclass(frozen=True, slots=True)
class Kepala:
    """An arrowhead whose tip touches the target symbol."""

    baris: int
    kolom: int
    ujung: Titik
    arah: Arah
    dari: int
    ke: int


@dataclass(frozen=True, slots=True)
class Label:
    """The text of a decision branch, next to where the branch leaves."""

    baris: int
    kolom: int
    titik: Titik
    baris_teks: tuple[str, ...]
    rata: Literal["start", "end"]
    naik: bool  # lines stack upwards from ``titik`` (side exits) or downwards
    cabang: Literal["ya", "tidak"]
    dari: int
    ke: int


@dataclass(frozen=True, slots=True)
class Lambang:
    """A step's symbol, centred in its actor cell, ``ATAS`` below the top."""

    baris: int
    kolom: int
    nomor: int
    jenis: Simbol
    lebar: float
    tinggi: float

    @property
    def tengah_y(self) -> float:
        return ATAS + self.tinggi / 2


@dataclass(frozen=True, slots=True)
class Bagan:
    """The whole flowchart of one SOP, cell by cell."""

    lambang: tuple[Lambang, ...]
    segmen: tuple[Segmen, ...]
    kepala: tuple[Kepala, ...]
    label: tuple[Label, ...]
    lebar_kolom: tuple[float, ...]  # minimum width of each actor column
    tinggi_baris: tuple[float, ...]  # minimum height of each step row

    def isi_sel(self, baris: int, kolom: int) -> tuple[list[Lambang], list[Segmen], list[Kepala], list[Label]]:
        """The pieces one cell draws."""
        def here(items):
            return [item for item in items if item.baris == baris and item.kolom == kolom]

        return here(self.lambang), here(self.segmen), here(self.kepala), here(self.label)


def _tengah(d: float = 0.0) -> X:
    return X("tengah", d)


def _atas(d: float = 0.0) -> Y:
    return Y("atas", d)


_BAWAH = Y("bawah")


def wrap_label(text: str) -> tuple[str, ...]:
    """Short lines so a long branch label does not widen the column much."""
    return tuple(textwrap.wrap(text, LABEL_MAKS, break_long_words=False)) or ("",)


class _Router:
    def __init__(self, sop: Sop) -> None:
        self.sop = sop
        self.row = {s.nomor: i for i, s in enumerate(sop.langkah)}
        columns = {p.id: i for i, p in enumerate(sop.pelaksana)}
        # a step whose pelaksana is unknown (already reported with its line)
        # has no column: it gets no symbol and no arrows
        self.col = {s.nomor: columns[s.pelaksana] for s in sop.langkah if s.pelaksana in columns}
        self.sym = {
            s.nomor: Lambang(self.row[s.nomor], self.col[s.nomor], s.nomor, s.simbol, *UKURAN[s.simbol])
            for s in sop.langkah
            if s.nomor in self.col
        }
        self.segmen: list[Segmen] = []
        self.kepala: list[Kepala] = []
        self.label: list[Label] = []
        self.keluar: dict[int, set[str]] = {n: set() for n in self.sym}  # sides used to leave
        self.masuk: dict[int, set[str]] = {n: set() for n in self.sym}  # sides used to enter
        self.jalur: list[tuple[int, str, int, int, int]] = []  # (col, side, lo, hi, k)
        self.setengah: list[float] = [0.0] * len(sop.pelaksana)
        self.tinggi: list[float] = [
            UKURAN[s.simbol][1] + ATAS + BAWAH for s in sop.langkah
        ]

    # -- primitive runs ------------------------------------------------
    def _seg(self, baris, kolom, a, b, e) -> None:
        self.segmen.append(Segmen(baris, kolom, a, b, *e))

    def hrun(self, baris: int, y: Y, c1: int, x1: X, c2: int, x2: X, e) -> None:
        """Horizontal run in one row from column c1 to column c2."""
        if c1 == c2:
            self._seg(baris, c1, Titik(x1, y), Titik(x2, y), e)
            return
        step = 1 if c2 > c1 else -1
        out_edge, in_edge = (X("kanan"), X("kiri")) if step > 0 else (X("kiri"), X("kanan"))
        self._seg(baris, c1, Titik(x1, y), Titik(out_edge, y), e)
        for c in range(c1 + step, c2, step):
            self._seg(baris, c, Titik(in_edge, y), Titik(out_edge, y), e)
        self._seg(baris, c2, Titik(in_edge, y), Titik(x2, y), e)

    def vrun(self, kolom: int, x: X, r1: int, y1: Y, r2: int, y2: Y, e) -> None:
        """Vertical run in one column from row r1 to row r2."""
        if r1 == r2:
            self._seg(r1, kolom, Titik(x, y1), Titik(x, y2), e)
            return
        step = 1 if r2 > r1 else -1
        out_edge, in_edge = (_BAWAH, _atas()) if step > 0 else (_atas(), _BAWAH)
        self._seg(r1, kolom, Titik(x, y1), Titik(x, out_edge), e)
        for r in range(r1 + step, r2, step):
            self._seg(r, kolom, Titik(x, in_edge), Titik(x, out_edge), e)
        self._seg(r2, kolom, Titik(x, in_edge), Titik(x, y2), e)

    def arrow(self, baris: int, kolom: int, tip: Titik, arah: Arah, e) -> None:
        self.kepala.append(Kepala(baris, kolom, tip, arah, *e))

    def need_half(self, kolom: int, half: float) -> None:
        self.setengah[kolom] = max(self.setengah[kolom], half)

    # -- edges ---------------------------------------------------------
    def edges(self) -> Iterator[tuple[int, int, str | None, str]]:
        for step in self.sop.langkah:
            if step.cabang:
                yield step.nomor, step.cabang.ya.ke, "ya", step.cabang.ya.label
                yield step.nomor, step.cabang.tidak.ke, "tidak", step.cabang.tidak.label
            else:
                for target in step.berikutnya:
                    yield step.nomor, target, None, ""

    def route(self) -> None:
        for lam in self.sym.values():
            self.need_half(lam.kolom, lam.lebar / 2 + 10)
        long_edges = []
        for src, dst, cabang, teks in self.edges():
            if src not in self.sym or dst not in self.sym:
                continue
            adjacent = self.row[dst] == self.row[src] + 1
            side = self._adjacent_side(src, dst)
            if adjacent and side not in self.keluar[src]:
                self.keluar[src].add(side)
                self._adjacent(src, dst, side, cabang, teks)
            else:
                long_edges.append((src, dst, cabang, teks))
        for src, dst, cabang, teks in long_edges:
            self._long(src, dst, cabang, teks)

    def _adjacent_side(self, src: int, dst: int) -> str:
        cs, ct = self.col[src], self.col[dst]
        return "bawah" if cs == ct else ("kanan" if ct > cs else "kiri")

    def _adjacent(self, src: int, dst: int, side: str, cabang, teks) -> None:
        e = (src, dst)
        s, t = self.sym[src], self.sym[dst]
        i, j = s.baris, t.baris
        cs, ct = s.kolom, t.kolom
        if side == "bawah":
            self.vrun(cs, _tengah(), i, _atas(ATAS + s.tinggi), j, _atas(ATAS - KEPALA), e)
        else:
            sign = 1 if side == "kanan" else -1
            mid = _atas(s.tengah_y)
            self.hrun(i, mid, cs, _tengah(sign * s.lebar / 2), ct, _tengah(), e)
            self.vrun(ct, _tengah(), i, mid, j, _atas(ATAS - KEPALA), e)
        self.arrow(j, ct, Titik(_tengah(), _atas(ATAS)), "bawah", e)
        if cabang:
            self._label(s, side, cabang, teks, dst)

    def _lane(self, kolom: int, side: str, lo: int, hi: int) -> float:
        taken = {k for (c, sd, a, b, k) in self.jalur if c == kolom and sd == side and a <= hi and lo <= b}
        k = 0
        while k in taken:
            k += 1
        self.jalur.append((kolom, side, lo, hi, k))
        offset = JALUR_AWAL + k * JALUR_JARAK
        self.need_half(kolom, offset + 6)
        return offset

    def _long(self, src: int, dst: int, cabang, teks) -> None:
        e = (src, dst)
        s, t = self.sym[src], self.sym[dst]
        i, j = s.baris, t.baris
        cs, ct = s.kolom, t.kolom
        side = "kanan" if "kanan" not in self.keluar[src] else "kiri"
        if side in self.keluar[src]:
            side = "kanan"
        self.keluar[src].add(side)
        sign = 1 if side == "kanan" else -1
        lane_col = max(cs, ct) if side == "kanan" else min(cs, ct)
        lane_x = _tengah(sign * self._lane(lane_col, side, min(i, j), max(i, j)))
        enter_side = side not in self.keluar[dst] and side not in self.masuk[dst]
        if enter_side:
            self.masuk[dst].add(side)
            y_in = _atas(t.tengah_y)
        else:
            y_in = _atas(ATAS / 2)
        mid = _atas(s.tengah_y)
        # out of the source's side into the lane, along the lane to the target row
        self.hrun(i, mid, cs, _tengah(sign * s.lebar / 2), lane_col, lane_x, e)
        self.vrun(lane_col, lane_x, i, mid, j, y_in, e)
        if enter_side:
            tip = Titik(_tengah(sign * t.lebar / 2), y_in)
            before = _tengah(sign * (t.lebar / 2 + KEPALA))
            self.hrun(j, y_in, lane_col, lane_x, ct, before, e)
            self.arrow(j, ct, tip, "kiri" if side == "kanan" else "kanan", e)
        else:
            self.hrun(j, y_in, lane_col, lane_x, ct, _tengah(), e)
            self.vrun(ct, _tengah(), j, y_in, j, _atas(ATAS - KEPALA), e)
            self.arrow(j, ct, Titik(_tengah(), _atas(ATAS)), "bawah", e)
        if cabang:
            self._label(s, side, cabang, teks, dst)

    def _label(self, s: Lambang, side: str, cabang: str, teks: str, dst: int) -> None:
        lines = wrap_label(teks)
        width = max(len(line) for line in lines) * HURUF
        if side == "bawah":
            point = Titik(_tengah(4), _atas(ATAS + s.tinggi + BARIS_LABEL))
            self.need_half(s.kolom, 4 + width + 2)
            self.tinggi[s.baris] = max(
                self.tinggi[s.baris], ATAS + s.tinggi + BARIS_LABEL * len(lines) + 6
            )
            rata, naik = "start", False
        else:
            sign = 1 if side == "kanan" else -1
            point = Titik(_tengah(sign * (s.lebar / 2 + 3)), _atas(s.tengah_y - 4))
            self.need_half(s.kolom, s.lebar / 2 + 3 + width + 2)
            rata, naik = ("start" if sign > 0 else "end"), True
        self.label.append(Label(s.baris, s.kolom, point, lines, rata, naik, cabang, s.nomor, dst))  # type: ignore[arg-type]


def layout(sop: Sop) -> Bagan:
    """The flowchart of ``sop``: a pure function of its steps and actors."""
    router = _Router(sop)
    router.route()
    return Bagan(
        lambang=tuple(router.sym.values()),
        segmen=tuple(router.segmen),
        kepala=tuple(router.kepala),
        label=tuple(router.label),
        lebar_kolom=tuple(2 * h for h in router.setengah),
        tinggi_baris=tuple(router.tinggi),
    )
