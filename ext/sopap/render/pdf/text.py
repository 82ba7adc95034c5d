"""Cell contents: paragraphs and numbered lists in the lampiran font."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reportlab.platypus import Paragraph

from sopap.render.pdf import styles as gaya
from sopap.render.pdf.fonts import lebar


class CellText(Paragraph):
    """A paragraph whose markup parsing and line breaking are done once.

    A table wraps every cell to size its rows, again where it splits at a
    page break and again to draw them: parsing and line breaking were most
    of the time of a lampiran. Both only depend on the text, style and
    width, so within :func:`sekali` (one build) they are kept and shared by
    equal paragraphs (the headers and common phrases of every lampiran).
    Cell paragraphs are never split across pages, so the shared results are
    only read.
    """

    def __init__(self, text: str, style, bulletText=None) -> None:
        self._kunci = (text, style, bulletText)
        cached = _URAI.get(self._kunci) if _URAI is not None else None
        if cached is None:
            super().__init__(text, style, bulletText)
            if _URAI is not None:
                _URAI[self._kunci] = (self.text, self.style, self.frags, self.bulletText)
            return
        self.caseSensitive, self.encoding = 1, "utf8"
        self.text, self.style, self.frags, self.bulletText = cached
        self.debug = 0

    def breakLines(self, width):
        if _BARIS is None:
            return super().breakLines(width)
        key = (self._kunci, tuple(width) if isinstance(width, list) else width)
        found = _BARIS.get(key)
        if found is None:
            found = _BARIS[key] = super().breakLines(width)
        return found

    _lebar_terakhir: float | None = None

    def wrap(self, availWidth, availHeight):
        if availWidth == self._lebar_terakhir:
            self.width = availWidth
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._lebar_terakhir = availWidth
        return result


#: Parsed markup and line breaks of one build (see :func:`sekali`).
_URAI: dict | None = None
_BARIS: dict | None = None


@contextmanager
def sekali() -> Iterator[None]:
    """Share parsing and line breaking between equal paragraphs in this block."""
    global _URAI, _BARIS
    outer = (_URAI, _BARIS)
    if _URAI is None:
        _URAI, _BARIS = {}, {}
    try:
        yield
    finally:
        _URAI, _BARIS = outer


def para(text: str, style=gaya.ISI) -> Paragraph:
    return CellText(gaya.escape(text), style)


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
        result.append(CellText(gaya.escape(item), butir, bulletText=mark))
    return result


def fitting_size(words: Sequence[str], width: float, size: float, bold: bool = True, minimum: float = 5.5) -> float:
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

