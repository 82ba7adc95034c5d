"""Cell contents: paragraphs and numbered lists in the lampiran font."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Paragraph

from . import gaya
from .fonts import lebar


def para(text: str, style=gaya.ISI) -> Paragraph:
    return Paragraph(gaya.escape(text), style)


def daftar(
    items: Sequence[str], bernomor: bool = True, penanda: str = "-", isi=gaya.ISI, butir=None
) -> list[Paragraph]:
    """One paragraph per item; numbered ("1.") or marked ("-") when several."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return [para(i, isi) for i in items]
    if butir is None:
        butir = gaya.BUTIR if bernomor else gaya.BUTIR_STRIP
    result = []
    for index, item in enumerate(items, start=1):
        mark = f"{index}." if bernomor else penanda
        result.append(Paragraph(gaya.escape(item), butir, bulletText=mark))
    return result


def ukuran_pas(words: Sequence[str], width: float, size: float, bold: bool = True, minimum: float = 5.5) -> float:
    """Largest font size <= ``size`` at which every word fits ``width``.

    Actor names wrap at word boundaries: rather than break a word, the
    header font gets smaller.
    """
    widest = max((w for w in words if w), key=lambda w: lebar(w, size, bold), default="")
    if not widest:
        return size
    while size > minimum and lebar(widest, size, bold) > width:
        size -= 0.25
    return size

