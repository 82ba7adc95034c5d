"""Where the layout put each step row: recorded while a table is drawn.

While a lampiran is laid out, this records for every step the page (counted
from the lampiran's first page) and the rectangle of each actor cell of its
row. The pages are kept open until the whole lampiran is laid out; the
flowchart is then drawn from that record, so an arrow can be drawn on a page
that comes before the step it starts from (a back-edge across pages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tables import TableRenderCB


@dataclass(frozen=True, slots=True)
class Baris:
    """One step row as laid out: its page, vertical extent and actor columns."""

    nomor: int
    halaman: int  # 1-based, within the lampiran
    bawah: float  # y of the row's bottom edge (points from the page bottom)
    atas: float  # y of the row's top edge
    kolom: tuple[tuple[float, float], ...]  # (x0, x1) of each actor column

    @property
    def tinggi(self) -> float:
        return self.atas - self.bawah

    def tengah_kolom(self, index: int) -> float:
        x0, x1 = self.kolom[index]
        return (x0 + x1) / 2


@dataclass
class Trace:
    """The record of one lampiran's layout (filled during a build)."""

    mulai: int | None = None  # absolute page number of the lampiran's first page
    halaman: int = 0  # number of pages of the lampiran
    baris: dict[int, Baris] = field(default_factory=dict)
    _sel: dict[tuple[int, int], tuple[int, float, float, float, float]] = field(default_factory=dict)

    def halaman_relatif(self, absolut: int) -> int:
        assert self.mulai is not None, "lampiran page template not started"
        return absolut - self.mulai + 1

    def catat_sel(self, nomor: int, kolom: int, halaman: int, x: float, y: float, w: float, h: float) -> None:
        self._sel[(nomor, kolom)] = (halaman, x, y, w, h)

    def selesai(self, jumlah_pelaksana: int) -> None:
        """Turn the recorded cells into one :class:`Baris` per step."""
        nomors = sorted({n for n, _ in self._sel})
        for nomor in nomors:
            cells = [self._sel[(nomor, k)] for k in range(jumlah_pelaksana)]
            pages = {c[0] for c in cells}
            assert len(pages) == 1, f"row of step {nomor} drawn on several pages"
            _, _, y, _, h = cells[0]
            self.baris[nomor] = Baris(
                nomor=nomor,
                halaman=cells[0][0],
                bawah=round(y, 3),
                atas=round(y + h, 3),
                kolom=tuple((round(c[1], 3), round(c[1] + c[3], 3)) for c in cells),
            )


class ActorCell(Flowable):
    """The content of one actor cell of a step row: only reserves height.

    The symbol itself is drawn by the page's flowchart pass, at the place
    the :class:`Perekam` recorded for this cell.
    """

    def __init__(self, nomor: int, kolom: int, tinggi: float) -> None:
        super().__init__()
        self.nomor = nomor
        self.kolom = kolom
        self.tinggi = tinggi

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = self.tinggi
        return availWidth, self.tinggi

    def draw(self) -> None:
        pass


class Recorder(TableRenderCB):
    """Table render callback: records the page rectangle of every actor cell."""

    def __init__(self, jejak: Trace) -> None:
        self.jejak = jejak

    def startCell(self, T, rowNo, colNo, cellval, cellstyle, pos, size):
        values = cellval if isinstance(cellval, (list, tuple)) else [cellval]
        for value in values:
            if isinstance(value, ActorCell):
                canv = T.canv
                x, y = canv.absolutePosition(*pos)
                w, h = size
                page = self.jejak.halaman_relatif(canv.getPageNumber())
                self.jejak.catat_sel(value.nomor, value.kolom, page, x, y, w, h)

    # the other callbacks are not needed
    def startTable(self, T): pass
    def startBG(self, T): pass
    def endBG(self, T): pass
    def startRow(self, T, rowNo): pass
    def endCell(self, T): pass
    def endRow(self, T): pass
    def startLines(self, T): pass
    def endLines(self, T): pass
    def endTable(self, T): pass
