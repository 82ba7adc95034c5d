"""The cover page of a lampiran: which Keputusan it belongs to, and its title."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from sopap.model.roman import is_roman
from sopap.model.sop import Keputusan, Sop
from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER
from sopap.render.pdf.kop import kop
from sopap.render.pdf.page_template import PageContext


def blok_lampiran(sop: Sop, keputusan: Keputusan) -> Table:
    """LAMPIRAN / KEPUTUSAN ... / NOMOR / TANGGAL / TENTANG, at the top right
    (TANGGAL only when the Keputusan's date is configured)."""
    numeral = sop.lampiran if is_roman(sop.lampiran) else "...................."

    def p(text: str) -> Paragraph:
        return Paragraph(gaya.escape(text), gaya.LAMPIRAN)

    rows = [[p("LAMPIRAN"), p(":"), p(numeral)]]
    spans = []
    if keputusan.pejabat:
        rows.append([p(f"KEPUTUSAN {keputusan.pejabat.upper()}"), "", ""])
        spans.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    if keputusan.nomor:
        rows.append([p("NOMOR"), p(":"), p(keputusan.nomor)])
    if keputusan.tanggal:
        rows.append([p("TANGGAL"), p(":"), p(keputusan.tanggal.upper())])
    if keputusan.tentang:
        rows.append([p("TENTANG"), p(":"), p(keputusan.tentang.upper())])
    return Table(
        rows,
        colWidths=[24 * mm, 4 * mm, 92 * mm],
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


def cover_page(k: PageContext, lebar: float, tinggi: float) -> list:
    block = min(lebar, 230 * mm)  # long names wrap into balanced lines
    title = [
        Paragraph("STANDAR OPERASIONAL PROSEDUR", gaya.SAMPUL_JUDUL),
        Spacer(1, 3 * mm),
        Table(
            [[Paragraph(gaya.escape(k.sop.nama.upper()), gaya.SAMPUL_NAMA)]],
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
