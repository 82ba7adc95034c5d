"""Per-SOP figures of a monitoring run: the form's judgement and the analytics.

Everything here adds up: a bucket of cases checked in one process gives an
:class:`AgregatSop` per SOP, and :meth:`AgregatSop.merge` combines buckets,
so the figures do not depend on how the log was split.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sopap.monitor.checker import CaseResult, Finding


@dataclass(slots=True)
class Jumlah:
    """A count and a sum, for means that merge."""

    n: int = 0
    total: float = 0.0

    def add(self, value: float | None) -> None:
        if value is not None:
            self.n += 1
            self.total += value

    def merge(self, other: Jumlah) -> None:
        self.n += other.n
        self.total += other.total

    @property
    def rata(self) -> float | None:
        return self.total / self.n if self.n else None


@dataclass(slots=True)
class PerLangkah:
    """Times of one step over all cases where it was ready when done."""

    jumlah: int = 0
    total: Jumlah = field(default_factory=Jumlah)
    tunggu: Jumlah = field(default_factory=Jumlah)
    kerja: Jumlah = field(default_factory=Jumlah)
    terlambat: int = 0

    def merge(self, other: PerLangkah) -> None:
        self.jumlah += other.jumlah
        self.total.merge(other.total)
        self.tunggu.merge(other.tunggu)
        self.kerja.merge(other.kerja)
        self.terlambat += other.terlambat


@dataclass(slots=True)
class PerPelaksana:
    """Workload of one pelaksana: cases, steps done, working minutes."""

    kasus: int = 0
    langkah: int = 0
    menit: float = 0.0

    def merge(self, other: PerPelaksana) -> None:
        self.kasus += other.kasus
        self.langkah += other.langkah
        self.menit += other.menit


@dataclass(slots=True)
class SopAggregate:
    """What the monitoring form and the analytics say about one SOP."""

    sop: str
    kasus: int = 0
    sesuai: int = 0
    selesai: int = 0
    kode: Counter = field(default_factory=Counter)  # code -> cases with it
    temuan: Counter = field(default_factory=Counter)  # (code, step) -> findings
    contoh: dict = field(default_factory=dict)  # (code, step) -> first message
    langkah: dict[int, PerLangkah] = field(default_factory=dict)
    pelaksana: dict[str, PerPelaksana] = field(default_factory=dict)
    bulan: dict[str, list[int]] = field(default_factory=dict)  # "2025-01" -> [cases, conforming]
    siklus: list[float] = field(default_factory=list)  # working minutes of ended cases

    def add(self, hasil: CaseResult, month: str | None) -> None:
        """Count one case; ``month`` (``2025-01``) is when its last event was."""
        self.kasus += 1
        self.sesuai += hasil.sesuai
        if hasil.selesai is not None:
            self.selesai += 1
        if hasil.siklus is not None:
            self.siklus.append(hasil.siklus)
        if hasil.temuan:
            for kode in {t.kode for t in hasil.temuan}:
                self.kode[kode] += 1
            for t in hasil.temuan:
                self._temuan(t)
        if month is not None:
            row = self.bulan.get(month)
            if row is None:
                row = self.bulan[month] = [0, 0]
            row[0] += 1
            row[1] += hasil.sesuai

    def _temuan(self, t: Finding) -> None:
        key = (t.kode, t.langkah)
        self.temuan[key] += 1
        self.contoh.setdefault(key, t.pesan)

    def _pelaksana(self, name: str) -> PerPelaksana:
        who = self.pelaksana.get(name)
        if who is None:
            who = self.pelaksana[name] = PerPelaksana()
        return who

    def merge(self, other: SopAggregate) -> None:
        self.kasus += other.kasus
        self.sesuai += other.sesuai
        self.selesai += other.selesai
        self.kode.update(other.kode)
        self.temuan.update(other.temuan)
        for key, text in other.contoh.items():
            self.contoh.setdefault(key, text)
        for nomor, step in other.langkah.items():
            self.langkah.setdefault(nomor, PerLangkah()).merge(step)
        for name, who in other.pelaksana.items():
            self._pelaksana(name).merge(who)
        for month, (n, ok) in other.bulan.items():
            row = self.bulan.setdefault(month, [0, 0])
            row[0] += n
            row[1] += ok
        self.siklus.extend(other.siklus)

    @property
    def bagian_sesuai(self) -> float | None:
        return self.sesuai / self.kasus if self.kasus else None

    def utama(self, limit: int = 5) -> list[tuple[tuple[str, int | None], int]]:
        """The most frequent (code, step) deviations, most frequent first."""
        return sorted(self.temuan.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1] or 0))[:limit]


def penilaian(agregat: SopAggregate, ambang: float) -> str:
    """Tabel 7's judgement: 'Berjalan dengan baik' when at least ``ambang``
    of the SOP's cases conform."""
    share = agregat.bagian_sesuai
    return "Berjalan dengan baik" if share is not None and share >= ambang else "Tidak berjalan dengan baik"
