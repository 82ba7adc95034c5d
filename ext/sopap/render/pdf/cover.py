"""The cover page of a lampiran: which Keputusan it belongs to, and its title."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from sopap.model.roman import is_roman
from sopap.model.sop import Keputusan, Sop
from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER
from sopap.render.pdf.kop import balanced, kop
from sopap.render.pdf.page_template import TITIK_NOMOR, PageContext


def blok_lampiran(sop: Sop, keputusan: Keputusan) -> Table:
    """LAMPIRAN / KEPUTUSAN ... / NOMOR / TANGGAL / TENTANG, at the top right
    (TANGGAL only when the Keputusan's date is configured)."""
    numeral = sop.lampiran if is_roman(sop.lampiran) else TITIK_NOMOR

    widths = [24 * mm, 4 * mm, 92 * mm]

    def p(text: str, width: float = 0.0) -> Paragraph:
        if not width:
            return Paragraph(gaya.escape(text), gaya.LAMPIRAN)
        lines = balanced(text, gaya.LAMPIRAN.fontName, gaya.LAMPIRAN.fontSize, width)  # no lone "BEKASI"
        return Paragraph("<br/>".join(gaya.escape(line) for line in lines), gaya.LAMPIRAN)

    rows = [[p("LAMPIRAN"), p(":"), p(numeral)]]
    spans = []
    if keputusan.pejabat:
        rows.append([p(f"KEPUTUSAN {keputusan.pejabat.upper()}", sum(widths)), "", ""])
        spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    if keputusan.nomor:
        rows.append([p("NOMOR"), p(":"), p(keputusan.nomor)])
    if keputusan.tanggal:
        rows.append([p("TANGGAL"), p(":"), p(keputusan.tanggal.upper())])
    if keputusan.tentang:
        rows.append([p("TENTANG"), p(":"), p(keputusan.tentang.upper(), widths[2])])
    return Table(
        rows,
        colWidths=widths,
        hAlign="RIGHT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULER),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *spans,
            ]
        ),
    )


def _name_lines(nama: str, width: float) -> str:
    """The SOP's name in balanced lines: no word left alone on the last line."""
    style = gaya.SAMPUL_NAMA
    lines = balanced(nama.upper(), style.fontName, style.fontSize, width)
    return "<br/>".join(gaya.escape(line) for line in lines)


def cover_page(k: PageContext, lebar: float, tinggi: float) -> list:
    block = min(lebar, 230 * mm)  # long names wrap into balanced lines
    title = [
        Paragraph("STANDAR OPERASIONAL PROSEDUR", gaya.SAMPUL_JUDUL),
        Spacer(1, 3 * mm),
        Table(
            [[Paragraph(_name_lines(k.sop.nama, block * 0.85), gaya.SAMPUL_NAMA)]],
            colWidths=[block * 0.85],
            hAlign="CENTER",
            style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULER), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
        ),
    ]
    head = blok_lampiran(k.sop, k.keputusan)
    kop_table = kop(k.keputusan.pemerintah, k.sop.instansi or k.keputusan.instansi, block, k.logo)
    # centre the kop and title in the room left under the lampiran block
    used = sum(f.wrap(lebar, tinggi)[1] for f in [head, kop_table, *title])
    free = max(tinggi - used, 0)
    return [head, Spacer(1, free * 0.3), kop_table, Spacer(1, free * 0.2), *title]
