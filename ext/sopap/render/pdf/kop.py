"""The kop: logo area with the government and the dinas beside it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import REGULER


def logo(path: Path | None, size: float):
    """The logo scaled into a ``size`` square, or an empty cell without one."""
    if path is None:
        return ""
    img = Image(str(path))
    scale = min(size / img.imageWidth, size / img.imageHeight)
    img.drawWidth = img.imageWidth * scale
    img.drawHeight = img.imageHeight * scale
    return img


def balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in as few lines as fit ``width``, the lines as even as can be:
    the narrowest width that still needs no more lines, so that no word (a
    lone "BEKASI") is left on a line of its own."""
    lines = simpleSplit(text, font, size, width) or [text]
    lo, hi = max(stringWidth(w, font, size) for w in text.split()) if text.split() else 0.0, width
    while hi - lo > 1:
        mid = (lo + hi) / 2
        if len(simpleSplit(text, font, size, mid)) <= len(lines):
            hi = mid
        else:
            lo = mid
    return simpleSplit(text, font, size, hi) or [text]


def kop(pemerintah: str, instansi: str, lebar: float, logo_path: Path | None = None, skala: float = 1.0) -> Table:
    """Logo area | PEMERINTAH ... / DINAS ... | a column as wide as the logo,
    so the text stays centred whether or not a logo is configured. The kop
    text comes from the Keputusan (or the SOP's own instansi), the logo from
    the configuration: both can differ per instansi."""
    area = 24 * mm * skala
    big = ParagraphStyle("sopap-kop-1", parent=gaya.KOP_PEMERINTAH, fontSize=14 * skala, leading=17 * skala)
    small = ParagraphStyle("sopap-kop-2", parent=gaya.KOP_INSTANSI, fontSize=12 * skala, leading=15 * skala)
    room = lebar - 2 * area - 4 * mm
    lines = [
        "<br/>".join(gaya.escape(line) for line in balanced(value.upper(), style.fontName, style.fontSize, room))
        for value, style in ((pemerintah, big), (instansi, small))
    ]
    text = [Paragraph(lines[0], big), Paragraph(lines[1], small)]
    return Table(
        [[logo(logo_path, area), text, ""]],
        colWidths=[area + 2 * mm, lebar - 2 * area - 4 * mm, area + 2 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULER),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="CENTER",
    )
