"""What lint reports: findings with a place, a rule and a severity."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    """Severity. Only ``galat`` fails the build (as a Sphinx warning)."""

    GALAT = "galat"  # the SOP is wrong: the build fails
    PERINGATAN = "peringatan"  # Bagian Organisasi must look at it
    SARAN = "saran"  # worth a second look

    @property
    def urutan(self) -> int:
        return {"galat": 0, "peringatan": 1, "saran": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding of one rule at one place of a source file."""

    aturan: str  # rule id, e.g. "PL02"
    tingkat: Severity
    pesan: str  # Indonesian, names the step or field
    berkas: str  # source file relative to the project (or as given)
    baris: int | None = None
    sop: str = ""  # SOP id, empty when the file has no readable SOP
    langkah: int | None = None

    @property
    def lokasi(self) -> str:
        return f"{self.berkas}:{self.baris}" if self.baris else self.berkas

    def kunci(self) -> tuple:
        """Sort key: file, line, severity, rule."""
        return (self.berkas, self.baris or 0, self.tingkat.urutan, self.aturan, self.pesan)


def count_by_severity(temuan) -> dict[Severity, int]:
    """Number of findings per severity (every severity present, maybe 0)."""
    counts = {t: 0 for t in Severity}
    for item in temuan:
        counts[item.tingkat] += 1
    return counts
