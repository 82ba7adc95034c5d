"""Indonesian wording of numbers and working durations, for every renderer
(thousands with a dot, decimals with a comma; 1 hari = 450 menit kerja)."""

from __future__ import annotations

from sopap.model.waktu import MENIT_PER_SATUAN

HARI = MENIT_PER_SATUAN["hari"]


def angka(value: float, digits: int = 0) -> str:
    """``1.234,5``: Indonesian thousands and decimal separators."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def persen(share: float | None) -> str:
    return "-" if share is None else f"{angka(100 * share, 1)}%"


def durasi(menit: float) -> str:
    """Working minutes as ``2 hari 3 jam 15 menit`` (1 hari = 450 menit)."""
    total = round(menit)
    if total <= 0:
        return "0 menit"
    hari, rest = divmod(total, HARI)
    jam, sisa = divmod(rest, 60)
    parts = [f"{hari} hari" if hari else "", f"{jam} jam" if jam else "", f"{sisa} menit" if sisa else ""]
    return " ".join(p for p in parts if p)


def jam(menit: float) -> str:
    """Working minutes as hours with one decimal: ``12,5 jam``."""
    return f"{angka(menit / 60, 1)} jam"
