"""Flowchart shapes on the canvas: symbols, off-page connectors, arrows, labels.

Sizes are in points. Every stroke width comes from :mod:`gaya` so the kinds
of stroke stay distinguishable in the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from sopap.model.sop import Simbol
from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER, TEBAL, lebar

TINGGI_SIMBOL = 16.0  # capsule and box
TINGGI_KETUPAT = 24.0  # diamond
LEBAR_MAKS = 46.0
LEBAR_KETUPAT = 40.0
RUANG_SISI = 9.0  # at least this much room between a symbol and its cell's side

KONEKTOR_LEBAR = 14.0
KONEKTOR_TINGGI = 15.0  # square part 10, point 5
KONEKTOR_KOTAK = 10.0

KEPALA_PANAH = 5.0  # arrowhead length
LEBAR_PANAH = 3.6  # arrowhead width at its base

UKURAN_LABEL = 6.5  # branch labels (placed by .labels)
UKURAN_KONEKTOR = 7.0

Titik = tuple[float, float]


def symbol_size(simbol: Simbol, lebar_kolom: float) -> tuple[float, float]:
    """(width, height) of a symbol in a column ``lebar_kolom`` wide."""
    if simbol is Simbol.BELAH_KETUPAT:
        # narrower than a box: a line may leave or enter by every corner,
        # with room for a lane beside it in the outer columns too
        return min(lebar_kolom - 2 * RUANG_SISI - 2, LEBAR_KETUPAT), TINGGI_KETUPAT
    return min(lebar_kolom - 2 * RUANG_SISI, LEBAR_MAKS), TINGGI_SIMBOL


#: Room between an off-page connector's tip and the row's rule.
RUANG_KONEKTOR = 5.0
#: Room between a connector and the symbol it leads to or from.
JARAK_KONEKTOR = 6.0
#: Least room between a symbol and its row's rules.
RUANG_BARIS = 5.0


def min_height(simbol: Simbol, label: float = 0.0) -> float:
    """Smallest row height: the symbol, room for one off-page connector
    (the row may end up at a page break), ``label`` points for a branch
    label beside the line into it, and room to both rules."""
    base = TINGGI_KETUPAT if simbol is Simbol.BELAH_KETUPAT else TINGGI_SIMBOL
    return base + RUANG_KONEKTOR + KONEKTOR_TINGGI + JARAK_KONEKTOR + label + 2 * RUANG_BARIS


def simbol(canv, jenis: Simbol, cx: float, cy: float, w: float, h: float) -> None:
    canv.saveState()
    canv.setLineWidth(gaya.GARIS_SIMBOL)
    canv.setStrokeColor(colors.black)
    canv.setFillColor(colors.white)
    x, y = cx - w / 2, cy - h / 2
    if jenis is Simbol.KAPSUL:
        canv.roundRect(x, y, w, h, h / 2, stroke=1, fill=1)
    elif jenis is Simbol.BELAH_KETUPAT:
        path = canv.beginPath()
        path.moveTo(cx, cy + h / 2)
        path.lineTo(cx + w / 2, cy)
        path.lineTo(cx, cy - h / 2)
        path.lineTo(cx - w / 2, cy)
        path.close()
        canv.drawPath(path, stroke=1, fill=1)
    else:
        canv.rect(x, y, w, h, stroke=1, fill=1)
    canv.restoreState()


def konektor(canv, cx: float, cy: float, label: str) -> None:
    """Off-page connector: a pentagon pointing down, its label inside."""
    w, h, sq = KONEKTOR_LEBAR, KONEKTOR_TINGGI, KONEKTOR_KOTAK
    top = cy + h / 2
    canv.saveState()
    canv.setLineWidth(gaya.GARIS_KONEKTOR)
    canv.setStrokeColor(colors.black)
    canv.setFillColor(colors.white)
    path = canv.beginPath()
    path.moveTo(cx - w / 2, top)
    path.lineTo(cx + w / 2, top)
    path.lineTo(cx + w / 2, top - sq)
    path.lineTo(cx, top - h)
    path.lineTo(cx - w / 2, top - sq)
    path.close()
    canv.drawPath(path, stroke=1, fill=1)
    canv.setFillColor(colors.black)
    size = UKURAN_KONEKTOR
    while size > 4 and lebar(label, size, True) > w - 2:
        size -= 0.5
    canv.setFont(TEBAL, size)
    canv.drawCentredString(cx, top - sq / 2 - size * 0.35, label)
    canv.restoreState()


def panah(canv, titik: Sequence[Titik], kepala: bool = True) -> None:
    """A polyline; with an arrowhead at its last point when ``kepala``."""
    pts = _tanpa_ganda(titik)
    if len(pts) < 2:
        return
    canv.saveState()
    canv.setLineWidth(gaya.GARIS_PANAH)
    canv.setStrokeColor(colors.black)
    canv.setFillColor(colors.black)
    canv.setLineJoin(0)
    end = list(pts)
    if kepala:
        (x0, y0), (x1, y1) = pts[-2], pts[-1]
        dx, dy = x1 - x0, y1 - y0
        length = (dx * dx + dy * dy) ** 0.5
        ux, uy = dx / length, dy / length
        # the line stops where the head begins so its end does not poke out
        end[-1] = (x1 - ux * KEPALA_PANAH * 0.8, y1 - uy * KEPALA_PANAH * 0.8)
    path = canv.beginPath()
    path.moveTo(*end[0])
    for point in end[1:]:
        path.lineTo(*point)
    canv.drawPath(path, stroke=1, fill=0)
    if kepala:
        half = LEBAR_PANAH / 2
        bx, by = x1 - ux * KEPALA_PANAH, y1 - uy * KEPALA_PANAH
        head = canv.beginPath()
        head.moveTo(x1, y1)
        head.lineTo(bx - uy * half, by + ux * half)
        head.lineTo(bx + uy * half, by - ux * half)
        head.close()
        canv.drawPath(head, stroke=1, fill=1)
    canv.restoreState()


def label(canv, g) -> None:
    """A placed branch label (:class:`~.labels.GLabel`): its lines in its box.

    No white ground under it: the label is placed clear of every rule and
    line, so nothing needs hiding (and nothing is hidden by mistake)."""
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.setFont(REGULER, g.ukuran)
    for line, base in zip(g.baris, g.baselines()):
        if g.rata == "kanan":
            canv.drawRightString(g.x1, base, line)
        elif g.rata == "tengah":
            canv.drawCentredString((g.x0 + g.x1) / 2, base, line)
        else:
            canv.drawString(g.x0, base, line)
    canv.restoreState()


def _tanpa_ganda(titik: Sequence[Titik]) -> list[Titik]:
    """Drop repeated points and collinear middle points."""
    out: list[Titik] = []
    for p in titik:
        p = (round(p[0], 3), round(p[1], 3))
        if out and out[-1] == p:
            continue
        if len(out) >= 2:
            (ax, ay), (bx, by) = out[-2], out[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                out[-1] = p
                continue
        out.append(p)
    return out
