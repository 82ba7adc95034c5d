"""Liberation Sans, registered with reportlab and embedded in every lampiran.

reportlab falls back to the base-14 Helvetica (not embedded) wherever a font
is not named: in the canvas preamble, table cells and canvas text. The signed
originals are set in Arial; Liberation Sans has Arial's metrics, so line
breaks match, and Debian ships it as ``fonts-liberation2`` (installed by
``scripts/bootstrap-system``). Every style, table and canvas call in this
package names :data:`REGULER` or :data:`TEBAL`.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sopap.errors import SopapError

REGULER = "LiberationSans"
TEBAL = "LiberationSans-Bold"
MIRING = "LiberationSans-Italic"
TEBAL_MIRING = "LiberationSans-BoldItalic"

_FILES = {
    REGULER: "LiberationSans-Regular.ttf",
    TEBAL: "LiberationSans-Bold.ttf",
    MIRING: "LiberationSans-Italic.ttf",
    TEBAL_MIRING: "LiberationSans-BoldItalic.ttf",
}

#: Folders searched in order. ``SOPAP_FONT_DIR`` comes first so a machine
#: without the Debian package can point at its own copy of the fonts.
FOLDERS = (
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/liberation-sans"),
    Path("/usr/share/fonts/liberation"),
)


class FontMissing(SopapError):
    """Liberation Sans is not installed; the message says how to install it."""


def folders() -> tuple[Path, ...]:
    extra = os.environ.get("SOPAP_FONT_DIR", "").strip()
    return ((Path(extra),) if extra else ()) + FOLDERS


def find_folder() -> Path:
    """The first folder holding all four Liberation Sans files."""
    for folder in folders():
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    searched = ", ".join(str(f) for f in folders())
    raise FontMissing(
        "fon Liberation Sans (LiberationSans-Regular.ttf, -Bold, -Italic, -BoldItalic) tidak "
        f"ditemukan; dicari di: {searched}. Pasang paket Debian fonts-liberation2 "
        "(jalankan 'sh scripts/bootstrap-system handbook' atau 'apt-get install fonts-liberation2'), "
        "atau tunjuk folder fon dengan variabel lingkungan SOPAP_FONT_DIR"
    )


def register() -> None:
    """Register the four faces once per process (idempotent)."""
    if REGULER in pdfmetrics.getRegisteredFontNames():
        return
    folder = find_folder()
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    # <b> and <i> inside Paragraph markup pick the matching face.
    addMapping(REGULER, 0, 0, REGULER)
    addMapping(REGULER, 1, 0, TEBAL)
    addMapping(REGULER, 0, 1, MIRING)
    addMapping(REGULER, 1, 1, TEBAL_MIRING)
    pdfmetrics.registerFontFamily(REGULER, normal=REGULER, bold=TEBAL, italic=MIRING, boldItalic=TEBAL_MIRING)


def lebar(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points in the lampiran font."""
    return pdfmetrics.stringWidth(text, TEBAL if bold else REGULER, size)
