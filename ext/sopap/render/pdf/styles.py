"""Paragraph styles and stroke widths shared by every page of a lampiran.

Each style names the font explicitly (reportlab would otherwise use
Helvetica). Stroke widths are distinct on purpose: grid lines, flowchart
symbols, off-page connectors and arrows can be told apart in the PDF by their
width alone, which the tests (and any other reader of the geometry) rely on.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from sopap.render.pdf.fonts import REGULER, TEBAL

#: Stroke widths in points.
GARIS_TABEL = 0.5  # table grid
GARIS_KOP = 1.5  # the rule under the kop
GARIS_SIMBOL = 1.2  # flowchart symbols (capsule, box, diamond)
GARIS_KONEKTOR = 1.0  # off-page connectors (pentagon)
GARIS_PANAH = 0.8  # arrows between symbols, arrowheads included

UKURAN = 8  # body text size in points
SPASI = 9.6  # body leading


def _style(name: str, size: float = UKURAN, leading: float | None = None, bold: bool = False, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=TEBAL if bold else REGULER,
        fontSize=size,
        leading=leading if leading is not None else size * 1.2,
        # break long words only when a single word is wider than its cell
        splitLongWords=1,
        bulletFontName=TEBAL if bold else REGULER,
        bulletFontSize=size,
        **kw,
    )


ISI = _style("sopap-isi", leading=SPASI)
ISI_TENGAH = _style("sopap-isi-tengah", leading=SPASI, alignment=TA_CENTER)
# list items: the mark ("1.", "a.", "-") hangs left of the text
BUTIR = _style("sopap-butir", leading=SPASI, leftIndent=9, bulletIndent=0)
BUTIR_STRIP = _style("sopap-butir-strip", leading=SPASI, leftIndent=6, bulletIndent=0)
# identity page: larger, as the signed originals fill that page
def gaya_identitas(size: float = 9.5) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """(text, list item, heading) styles of the identity page at ``size``."""
    lead = size * 12 / 9.5
    return (
        _style(f"sopap-id-isi-{size}", size=size, leading=lead),
        _style(f"sopap-id-butir-{size}", size=size, leading=lead, leftIndent=size * 11 / 9.5, bulletIndent=0),
        _style(f"sopap-id-kepala-{size}", size=size, leading=lead, bold=True),
    )


KEPALA = _style("sopap-kepala", bold=True, alignment=TA_CENTER, leading=SPASI)
JUDUL = _style("sopap-judul", size=11, bold=True, alignment=TA_CENTER, leading=14)
KOP_PEMERINTAH = _style("sopap-kop-pemerintah", size=14, bold=True, alignment=TA_CENTER, leading=17)
KOP_INSTANSI = _style("sopap-kop-instansi", size=12, bold=True, alignment=TA_CENTER, leading=15)
SAMPUL_JUDUL = _style("sopap-sampul-judul", size=18, bold=True, alignment=TA_CENTER, leading=24)
SAMPUL_NAMA = _style("sopap-sampul-nama", size=16, bold=True, alignment=TA_CENTER, leading=21)
LAMPIRAN = _style("sopap-lampiran", size=10, leading=13, alignment=TA_LEFT)
TTD = _style("sopap-ttd", size=9, bold=True, alignment=TA_CENTER, leading=11.5)


def escape(text: str) -> str:
    """Text for Paragraph markup: reportlab parses a small XML dialect."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
