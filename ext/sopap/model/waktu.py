"""Time standards (*waktu*) of a step, parsed from Indonesian text.

The conversion to minutes counts working time, because an SOP's time standard
is an office obligation, not a calendar promise:

* 1 jam    = 60 menit
* 1 hari   = 1 hari kerja = 7,5 jam = 450 menit (37,5 jam kerja ASN per minggu,
  Perpres 21/2023, over 5 hari kerja)
* 1 minggu = 5 hari kerja = 2.250 menit
* 1 bulan  = 4 minggu kerja = 20 hari kerja = 9.000 menit

The conformance suite and the BPMN timers rely on this table; it is repeated in
the authoring guide (``docs/panduan-penulisan.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sopap.util import digits

#: Minutes of working time per unit. Keys are the canonical unit names.
MENIT_PER_SATUAN: dict[str, int] = {
    "menit": 1,
    "jam": 60,
    "hari": 450,
    "minggu": 5 * 450,
    "bulan": 20 * 450,
}

#: Largest time standard: 10 years of working time (120 bulan). Beyond it
#: a number is a typo, and deadlines would leave the calendar's range.
MENIT_MAKSIMUM = 120 * MENIT_PER_SATUAN["bulan"]

#: Accepted spellings (lower case) for each canonical unit.
_ALIAS: dict[str, str] = {
    "menit": "menit",
    "mnt": "menit",
    "jam": "jam",
    "hari": "hari",
    "hari kerja": "hari",
    "minggu": "minggu",
    "pekan": "minggu",
    "bulan": "bulan",
}

#: The amount is ASCII digits only (``\\d`` would take any script's digits);
#: :func:`sopap.util.digits.read_decimal` reads it.
_WAKTU_RE = re.compile(
    r"^\s*(?P<jumlah>[0-9]+(?:[.,][0-9]+)?)\s*(?P<satuan>[a-z]+(?:\s+kerja)?)\s*\.?\s*$"
)


class WaktuError(ValueError):
    """The text is not a time standard this project understands."""


@dataclass(frozen=True, slots=True)
class Waktu:
    """A time standard: a positive amount of one unit (``30 menit``)."""

    jumlah: int | float
    satuan: str

    def __post_init__(self) -> None:
        if self.satuan not in MENIT_PER_SATUAN:
            raise WaktuError(f"satuan waktu '{self.satuan}' tidak dikenal")
        if isinstance(self.jumlah, bool) or not isinstance(self.jumlah, (int, float)):
            raise WaktuError("jumlah waktu harus berupa angka")
        if not self.jumlah > 0:
            raise WaktuError("jumlah waktu harus lebih dari nol")
        if not self.jumlah * MENIT_PER_SATUAN[self.satuan] <= MENIT_MAKSIMUM:
            raise WaktuError(
                f"waktu {self.jumlah:g} {self.satuan} terlalu besar (lebih dari 10 tahun kerja, "
                "120 bulan); periksa angkanya"
            )
        if isinstance(self.jumlah, float) and self.jumlah.is_integer():
            object.__setattr__(self, "jumlah", int(self.jumlah))

    @property
    def menit(self) -> float:
        """Working minutes, using the table in the module docstring."""
        return self.jumlah * MENIT_PER_SATUAN[self.satuan]

    def teks(self) -> str:
        """Display form as printed in the official table: ``30 Menit``."""
        jumlah = str(self.jumlah).replace(".", ",")
        return f"{jumlah} {self.satuan.capitalize()}"

    def iso8601(self) -> str:
        """ISO 8601 duration of the working minutes (``PT30M``), for timers."""
        minutes = self.menit
        if float(minutes).is_integer():
            return f"PT{int(minutes)}M"
        return f"PT{round(minutes * 60)}S"

    def __str__(self) -> str:
        return self.teks()


def _ringkas(text: str, limit: int = 40) -> str:
    """A long value shortened for a message (its line is in the message anyway)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_waktu(text: str) -> Waktu:
    """Parse ``"30 Menit"``, ``"1 hari"``, ``"2 Minggu"``, ``"1,5 jam"``.

    Any capitalisation; a decimal comma or point; an optional trailing period.
    Raises :class:`WaktuError` with an Indonesian message otherwise.
    """
    match = _WAKTU_RE.match(text.lower())
    shown = _ringkas(text.strip())
    whole, _, fraction = match["jumlah"].replace(",", ".").partition(".") if match else ("", "", "")
    if not match or len(fraction) > digits.MAX_DIGITS:
        raise WaktuError(
            f"waktu '{shown}' tidak dapat dibaca; tulis jumlah dan satuan, "
            "misalnya '30 menit', '2 jam', '1 hari', '2 minggu' atau '1 bulan'"
        )
    satuan = _ALIAS.get(re.sub(r"\s+", " ", match["satuan"]))
    if satuan is None:
        raise WaktuError(
            f"satuan waktu '{match['satuan']}' tidak dikenal; gunakan menit, jam, "
            "hari, minggu atau bulan"
        )
    # more digits than any time standard has: too big, whatever they say
    jumlah = digits.read_decimal(match["jumlah"]) if len(whole) <= digits.MAX_DIGITS else None
    if jumlah is None or not jumlah * MENIT_PER_SATUAN[satuan] <= MENIT_MAKSIMUM:
        raise WaktuError(
            f"waktu '{shown}' terlalu besar (lebih dari 10 tahun kerja, 120 bulan); periksa angkanya"
        )
    return Waktu(jumlah, satuan)
