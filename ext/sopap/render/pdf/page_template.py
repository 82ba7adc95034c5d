"""Page templates: margins, the kop line, "Halaman X dari Y", Paraf Koordinasi.

Every page of a lampiran gets the same decoration, drawn at the page end
(over the page's flowables), together with that page's share of the
flowchart. Both need the layout of the whole lampiran (the page count, rows
on later pages), so ``onPageEnd`` only registers them with the canvas
(:class:`~.dokumen.KanvasTunda`), which draws them when the lampiran is laid
out. A revision that lacks a paraf koordinasi gets a "DRAF" watermark,
drawn in ``onPage`` (under the page's content) on every page of its lampiran.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Frame, PageTemplate

from sopap.model.paraf import ParafStatus, status_paraf
from sopap.model.roman import is_roman
from sopap.model.sop import Keputusan, Sop
from sopap.render.pdf import bagan
from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER, TEBAL, lebar
from sopap.render.pdf.paper import Paper
from sopap.render.pdf.trace import Trace

TEPI_KIRI = TEPI_KANAN = 12 * mm
TEPI_ATAS = 8 * mm
TEPI_BAWAH = 8 * mm
TINGGI_KOP = 9 * mm
BARIS_PARAF = 5.5 * mm
LEBAR_JABATAN = 44 * mm
LEBAR_PARAF = 16 * mm  # each paraf cell: room for a handwritten initial or date
JARAK = 6 * mm  # between the content and the Paraf Koordinasi box
TITIK_NOMOR = "." * 20  # room to write a lampiran number in
WARNA_DRAF = colors.Color(0.75, 0.1, 0.1, alpha=0.16)


@dataclass
class PageContext:
    """One lampiran in one rendering pass."""

    sop: Sop
    keputusan: Keputusan
    kertas: Paper
    jejak: Trace
    logo: Path | None = None
    plan_flowchart: bagan.Plan | None = None  # once laid out (rampung)
    jumlah_halaman: int | None = None  # once laid out (rampung)

    def rampung(self) -> None:
        """Once the lampiran is laid out: its rows, flowchart plan and page count."""
        if self.plan_flowchart is None:
            self.jejak.selesai(len(self.sop.pelaksana))
            self.plan_flowchart = bagan.plan_flowchart(self.sop, self.jejak)
            self.jumlah_halaman = self.jejak.halaman

    @property
    def lampiran_teks(self) -> str:
        """The kop line's lampiran number; without a legible numeral, dots
        to be filled in (as on the cover), never an internal status."""
        return f"LAMPIRAN {self.sop.lampiran}" if is_roman(self.sop.lampiran) else f"LAMPIRAN {TITIK_NOMOR}"


def paraf_height(sop: Sop) -> float:
    return BARIS_PARAF * (1 + max(len(sop.paraf_koordinasi), 1))


def frame_of(k: PageContext) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the content frame."""
    w, h = k.kertas.ukuran
    bottom = TEPI_BAWAH + paraf_height(k.sop) + JARAK
    top = h - TEPI_ATAS - TINGGI_KOP
    return TEPI_KIRI, bottom, w - TEPI_KIRI - TEPI_KANAN, top - bottom


def page_template_of(k: PageContext) -> PageTemplate:
    x, y, w, h = frame_of(k)
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"isi-{k.sop.id}")

    draf = status_paraf(k.sop)

    def on_page(canv, doc) -> None:
        if k.jejak.mulai is None:
            k.jejak.mulai = canv.getPageNumber()
        if draf.draf:
            draft_mark(canv, k, draf.keterangan())

    def on_page_end(canv, doc) -> None:
        page = k.jejak.halaman_relatif(canv.getPageNumber())
        k.jejak.halaman = max(k.jejak.halaman, page)
        canv.tunda(lambda: page_end(canv, k, page))

    return PageTemplate(id=k.sop.id, frames=[frame], onPage=on_page, onPageEnd=on_page_end, pagesize=k.kertas.ukuran)


def page_end(canv, k: PageContext, page: int) -> None:
    """The decoration and flowchart of one page, drawn once the lampiran is laid out."""
    k.rampung()
    assert k.plan_flowchart is not None
    canv.saveState()
    canv.setFont(REGULER, gaya.UKURAN)  # never the Helvetica default
    kop_rule(canv, k)
    paraf_box_pdf(canv, k)
    page_number(canv, k, page)
    bagan.draw_plan(canv, k.plan_flowchart.di(page))
    canv.restoreState()


def kop_rule(canv, k: PageContext) -> None:
    w, h = k.kertas.ukuran
    base = h - TEPI_ATAS - 4.2 * mm
    left = f"{k.keputusan.pemerintah or 'PEMERINTAH'}".upper()
    instansi = (k.sop.instansi or k.keputusan.instansi).upper()
    canv.setFillColor(colors.black)
    canv.setFont(TEBAL, 8)
    canv.drawString(TEPI_KIRI, base, left)
    x = TEPI_KIRI + lebar(left, 8, True) + 2.5 * mm
    canv.setFont(REGULER, 8)
    canv.drawString(x, base, instansi)
    canv.setFont(TEBAL, 8)
    canv.drawRightString(w - TEPI_KANAN, base, k.lampiran_teks)
    y = h - TEPI_ATAS - 6 * mm
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(gaya.GARIS_KOP)
    canv.line(TEPI_KIRI, y, w - TEPI_KANAN, y)
    canv.setLineWidth(0.35)
    canv.line(TEPI_KIRI, y - 1.1 * mm, w - TEPI_KANAN, y - 1.1 * mm)


def _baris_muat(text: str, width: float, size: float, minimum: float, font: str = REGULER) -> tuple[float, list[str]]:
    """Size and lines of a paraf box text: one line, shrinking down to ``minimum``;
    a longer jabatan or name wraps onto up to three lines instead of running
    over its neighbour cell (smaller still if three lines at ``minimum`` are not enough)."""
    while size > minimum and lebar(text, size) > width:
        size -= 0.25
    if lebar(text, size) <= width:
        return size, [text]
    lines = simpleSplit(text, font, size, width)
    while len(lines) > 3 and size > 3:
        size -= 0.25
        lines = simpleSplit(text, font, size, width)
    return size, lines


def _tulis(canv, lines: list[str], size: float, x: float, baseline: float, centred: bool) -> None:
    """Draw one line on ``baseline`` or several centred on the row around it."""
    step = size * 1.15
    first = baseline - 1.9 * mm + BARIS_PARAF / 2 + (len(lines) - 1) * step / 2 - size * 0.35
    for index, line in enumerate(lines):
        y = baseline if len(lines) == 1 else first - index * step
        (canv.drawCentredString if centred else canv.drawString)(x, y, line)


def paraf_width(sop: Sop) -> float:
    """Width of each paraf cell: room for a handwritten initial or date."""
    return LEBAR_PARAF


def draft_mark(canv, k: PageContext, why: str) -> None:
    """The DRAF watermark across the page, and why (a paraf missing, or the content changed after it)."""
    w, h = k.kertas.ukuran
    canv.saveState()
    canv.translate(w / 2, h / 2)
    canv.rotate(28)
    canv.setFillColor(WARNA_DRAF)
    canv.setFont(TEBAL, 150)
    canv.drawCentredString(0, -20, "DRAF")
    canv.setFont(TEBAL, 16)
    canv.drawCentredString(0, -52, why)
    canv.restoreState()


def paraf_box_pdf(canv, k: PageContext) -> None:
    """Paraf Koordinasi: a header row, then jabatan | paraf | paraf per row.

    The paraf cells are always left empty: the lampiran is printed to be
    initialled by hand. Who has initialled which revision is a record for
    the review pages, the DRAF watermark and the PDF's keywords
    (:func:`paraf_record`), never text that could pass for an initial.
    """
    w, _ = k.kertas.ukuran
    names = list(k.sop.paraf_koordinasi) or [""]
    cell = paraf_width(k.sop)
    total_w = LEBAR_JABATAN + 2 * cell
    x0 = w - TEPI_KANAN - total_w
    y0 = TEPI_BAWAH
    height = paraf_height(k.sop)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(gaya.GARIS_TABEL)
    canv.rect(x0, y0, total_w, height, stroke=1, fill=0)
    for i in range(1, len(names) + 1):
        y = y0 + height - i * BARIS_PARAF
        canv.line(x0, y, x0 + total_w, y)
    body_top = y0 + height - BARIS_PARAF
    for x in (x0 + LEBAR_JABATAN, x0 + LEBAR_JABATAN + cell):
        canv.line(x, y0, x, body_top)
    canv.setFillColor(colors.black)
    canv.setFont(TEBAL, 7.5)
    canv.drawCentredString(x0 + total_w / 2, body_top + 1.9 * mm, "Paraf Koordinasi")
    for i, name in enumerate(names):
        size, lines = _baris_muat(name, LEBAR_JABATAN - 3 * mm, 7.5, 5)
        canv.setFont(REGULER, size)
        baseline = body_top - (i + 1) * BARIS_PARAF + 1.9 * mm
        _tulis(canv, lines, size, x0 + 1.5 * mm, baseline, centred=False)


def paraf_record(status: ParafStatus) -> str:
    """Who has initialled the SOP's revision, for the PDF's keywords (from
    :func:`sopap.model.paraf.status_paraf`, also kept by a summary)."""
    parts = []
    for jabatan, paraf in status.per_jabatan:
        if paraf is None:
            parts.append(f"{jabatan}: belum diparaf")
        elif status.berlaku(jabatan) is None:  # approved other content (or recorded no digest)
            parts.append(f"{jabatan}: isi berubah sesudah diparaf" if paraf.sidik_isi else f"{jabatan}: paraf tidak mencatat isi")
        else:
            detail = ", ".join(t for t in (paraf.nama, paraf.tanggal) if t)
            parts.append(f"{jabatan}: diparaf" + (f" ({detail})" if detail else ""))
    if not parts:
        return ""
    return f"Paraf koordinasi revisi {status.revisi}: " + "; ".join(parts)


def page_number(canv, k: PageContext, page: int) -> None:
    text = f"Halaman {page} dari {k.jumlah_halaman}" if k.jumlah_halaman else f"Halaman {page}"
    canv.setFillColor(colors.black)
    canv.setFont(REGULER, 8)
    canv.drawString(TEPI_KIRI, TEPI_BAWAH + 1 * mm, text)
