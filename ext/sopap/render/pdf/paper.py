"""Paper sizes of the lampiran: F4 (folio, the Pemda standard) or A4, landscape."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from sopap.errors import SopapError


@dataclass(frozen=True, slots=True)
class Paper:
    nama: str
    lebar: float  # points, landscape
    tinggi: float

    @property
    def ukuran(self) -> tuple[float, float]:
        return (self.lebar, self.tinggi)


#: Landscape sizes. F4 as used by Indonesian government offices: 215 x 330 mm.
PAPERS: dict[str, Paper] = {
    "f4": Paper("F4", 330 * mm, 215 * mm),
    "a4": Paper("A4", 297 * mm, 210 * mm),
}

DEFAULT_PAPER = "f4"


def find_paper(nama: str | None) -> Paper:
    """The paper named ``f4`` or ``a4`` (any case); a clear error otherwise."""
    key = (nama or DEFAULT_PAPER).strip().lower()
    if key not in PAPERS:
        raise SopapError(
            f"ukuran kertas '{nama}' tidak dikenal; pilih salah satu: {', '.join(PAPERS)} "
            "(sopap_lampiran_paper di conf.py atau --paper)"
        )
    return PAPERS[key]
