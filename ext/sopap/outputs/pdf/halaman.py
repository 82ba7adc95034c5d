"""Page templates: margins, the kop line, "Halaman X dari Y", Paraf Koordinasi.

Every page of a lampiran gets the same decoration, drawn in ``onPageEnd``
(after the page's flowables and before ``showPage``), together with that
page's share of the flowchart. Each lampiran has its own template, so a
combined Keputusan numbers each lampiran's pages from 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Frame, PageTemplate

from ...model.roman import is_roman
from ...model.sop import Keputusan, Sop
from . import bagan, gaya
from .fonts import REGULER, TEBAL, lebar
from .jejak import Jejak
from .kertas import Kertas

TEPI_KIRI = TEPI_KANAN = 12 * mm
TEPI_ATAS = 8 * mm
TEPI_BAWAH = 8 * mm
TINGGI_KOP = 9 * mm
BARIS_PARAF = 5.5 * mm
LEBAR_JABATAN = 44 * mm
LEBAR_PARAF = 14 * mm
JARAK = 3 * mm


@dataclass
class Konteks:
    """One lampiran in one rendering pass."""

    sop: Sop
    keputusan: Keputusan
    kertas: Kertas
    jejak: Jejak
    logo: Path | None = None
    rencana: bagan.Rencana | None = None  # from the first pass
    jumlah_halaman: int | None = None  # from the first pass

    @property
    def lampiran_teks(self) -> str:
        return f"LAMPIRAN {self.sop.lampiran}" if is_roman(self.sop.lampiran) else "LAMPIRAN (NOMOR BELUM TERBACA)"


def tinggi_paraf(sop: Sop) -> float:
    return BARIS_PARAF * (1 + max(len(sop.paraf_koordinasi), 1))


def bingkai(k: Konteks) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the content frame."""
    w, h = k.kertas.ukuran
    bottom = TEPI_BAWAH + tinggi_paraf(k.sop) + JARAK
    top = h - TEPI_ATAS - TINGGI_KOP
    return TEPI_KIRI, bottom, w - TEPI_KIRI - TEPI_KANAN, top - bottom


def templat(k: Konteks) -> PageTemplate:
    x, y, w, h = bingkai(k)
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"isi-{k.sop.id}")

    def on_page(canv, doc) -> None:
        if k.jejak.mulai is None:
            k.jejak.mulai = canv.getPageNumber()

    def on_page_end(canv, doc) -> None:
        page = k.jejak.halaman_relatif(canv.getPageNumber())
        k.jejak.halaman = max(k.jejak.halaman, page)
        canv.saveState()
        canv.setFont(REGULER, gaya.UKURAN)  # never the Helvetica default
        garis_kop(canv, k)
        kotak_paraf(canv, k)
        nomor_halaman(canv, k, page)
        if k.rencana is not None:
            bagan.gambar(canv, k.rencana.di(page))
        canv.restoreState()

    return PageTemplate(id=k.sop.id, frames=[frame], onPage=on_page, onPageEnd=on_page_end, pagesize=k.kertas.ukuran)


def garis_kop(canv, k: Konteks) -> None:
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


def kotak_paraf(canv, k: Konteks) -> None:
    """Paraf Koordinasi: a header row, then jabatan | paraf | paraf per row."""
    w, _ = k.kertas.ukuran
    names = list(k.sop.paraf_koordinasi) or [""]
    total_w = LEBAR_JABATAN + 2 * LEBAR_PARAF
    x0 = w - TEPI_KANAN - total_w
    y0 = TEPI_BAWAH
    height = tinggi_paraf(k.sop)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(gaya.GARIS_TABEL)
    canv.rect(x0, y0, total_w, height, stroke=1, fill=0)
    for i in range(1, len(names) + 1):
        y = y0 + height - i * BARIS_PARAF
        canv.line(x0, y, x0 + total_w, y)
    body_top = y0 + height - BARIS_PARAF
    for x in (x0 + LEBAR_JABATAN, x0 + LEBAR_JABATAN + LEBAR_PARAF):
        canv.line(x, y0, x, body_top)
    canv.setFillColor(colors.black)
    canv.setFont(TEBAL, 7.5)
    canv.drawCentredString(x0 + total_w / 2, body_top + 1.9 * mm, "Paraf Koordinasi")
    for i, name in enumerate(names):
        size = 7.5
        while size > 5 and lebar(name, size) > LEBAR_JABATAN - 3 * mm:
            size -= 0.25
        canv.setFont(REGULER, size)
        canv.drawString(x0 + 1.5 * mm, body_top - (i + 1) * BARIS_PARAF + 1.9 * mm, name)


def nomor_halaman(canv, k: Konteks, page: int) -> None:
    text = f"Halaman {page} dari {k.jumlah_halaman}" if k.jumlah_halaman else f"Halaman {page}"
    canv.setFillColor(colors.black)
    canv.setFont(REGULER, 8)
    canv.drawString(TEPI_KIRI, TEPI_BAWAH + 1 * mm, text)
