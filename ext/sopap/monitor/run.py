"""A whole monitoring run: logs in, checked cases and per-SOP figures out.

Checks are per case, so the log is split by case: rows go to buckets by a
hash of the case id (:func:`sopap.monitor.log.in_bucket`), each bucket is
read, validated, sorted and checked on its own, and the buckets' figures
are merged. One bucket holds at most :data:`BARIS_PER_BUCKET` rows, which
bounds memory; on a machine with several processors the buckets of a large
log are checked in parallel processes, each reading its own rows.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from multiprocessing import get_context
from pathlib import Path

import polars as pl

from sopap.model.sop import Corpus
from sopap.model.working_calendar import WorkingCalendar
from sopap.monitor import analytics, clock_columns, log, xes
from sopap.monitor.aggregate import SopAggregate
from sopap.monitor.checker import Alur, CaseResult, check, check_unknown_sop

#: Rows per bucket: a bucket's frame and lists stay well under a gigabyte.
BARIS_PER_BUCKET = 2_000_000


@dataclass(slots=True)
class RingkasKasus:
    """A checked case as the JSON report lists it."""

    kasus: str
    sop: str
    selesai: int | None
    akhir: int | None
    siklus: float | None
    temuan: list = field(default_factory=list)


@dataclass
class Period:
    """Cases whose last event falls on these local dates (inclusive)."""

    dari: date | None = None
    sampai: date | None = None


@dataclass
class Hasil:
    """Everything a run found, merged over buckets."""

    kasus: list[RingkasKasus] = field(default_factory=list)
    agregat: dict[str, SopAggregate] = field(default_factory=dict)
    rusak: list[log.BarisRusak] = field(default_factory=list)
    peristiwa: int = 0

    def merge(self, other: Hasil) -> None:
        self.kasus.extend(other.kasus)
        for sop_id, agregat in other.agregat.items():
            if sop_id in self.agregat:
                self.agregat[sop_id].merge(agregat)
            else:
                self.agregat[sop_id] = agregat
        self.rusak.extend(other.rusak)
        self.peristiwa += other.peristiwa


def buka(path: Path) -> pl.LazyFrame:
    """The text columns of one log file, whatever its format."""
    if log.jenis(path) == "xes":
        return xes.raw(path)
    return log.raw(path)


@dataclass
class Tugas:
    """One bucket's work, picklable for a worker process."""

    paths: list[str]
    corpus: Corpus
    calendar: WorkingCalendar
    bucket: int
    buckets: int
    sop: str | None = None
    periode: Period = field(default_factory=Period)


def periksa(
    paths: Sequence[Path],
    corpus: Corpus,
    calendar: WorkingCalendar,
    *,
    sop: str | None = None,
    periode: Period | None = None,
    proses: int | None = None,
    kemajuan: Callable[[int, int], None] | None = None,
) -> Hasil:
    """Check every case of the logs. ``kemajuan(done, total)`` counts rows.

    Raises :class:`~sopap.monitor.log.LogTidakTerbaca` before any work when
    a file cannot be read.
    """
    frames = [buka(Path(p)) for p in paths]
    total = sum(log.count(f) for f in frames)
    buckets = max(1, math.ceil(total / BARIS_PER_BUCKET))
    workers = proses if proses is not None else (os.cpu_count() or 1)
    # Polars already uses every processor within a bucket: processes pay
    # only when there are several buckets to check
    workers = min(workers, buckets)
    tugas = [Tugas([str(p) for p in paths], corpus, calendar, b, buckets, sop, periode or Period()) for b in range(buckets)]
    hasil = Hasil()
    done = 0
    if workers == 1:
        for t in tugas:
            part = run_bucket(t, frames, kemajuan=(lambda n: kemajuan(done + n, total)) if kemajuan else None)
            done += part.peristiwa
            hasil.merge(part)
    else:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            for part in pool.map(run_bucket, tugas):
                done += part.peristiwa
                if kemajuan:
                    kemajuan(done, total)
                hasil.merge(part)
    hasil.rusak.sort()
    hasil.kasus.sort(key=lambda k: (k.sop, k.kasus))
    return hasil


def run_bucket(
    tugas: Tugas, frames: list[pl.LazyFrame] | None = None, kemajuan: Callable[[int], None] | None = None
) -> Hasil:
    """Read, validate, sort and check one bucket of cases."""
    hasil = Hasil()
    if frames is None:
        frames = [buka(Path(p)) for p in tugas.paths]
    typed = []
    for index, (path, frame) in enumerate(zip(tugas.paths, frames)):
        text = log.in_bucket(frame, tugas.bucket, tugas.buckets).collect()
        good, bad = log.validate(text, path)
        typed.append(good.with_columns(pl.lit(index, pl.Int32).alias("urut")))
        hasil.rusak.extend(bad)
    events = pl.concat(typed) if typed else pl.DataFrame(schema=log.SKEMA)
    hasil.peristiwa = events.height + len(hasil.rusak)
    if tugas.sop is not None:
        events = events.filter(pl.col("sop") == tugas.sop)
    events = _in_period(events, tugas.periode, tugas.calendar)
    events = _by_case(clock_columns.with_clock(events, tugas.calendar))
    _check_all(events, tugas, hasil, kemajuan)
    analytics.add_times(events, tugas.corpus, hasil.agregat)
    return hasil


def _by_case(events: pl.DataFrame) -> pl.DataFrame:
    """Events grouped by case, each case in order of ``selesai`` (ties: the
    order of the files and rows). Sorting on a hash of the case is three
    times faster than on its text; a collision would interleave two cases,
    which the count of runs reveals, and then the text decides."""
    keyed = events.with_columns(pl.struct("sop", "kasus").hash(seed=log.HASH_SEED).alias("_kunci"))
    ordered = keyed.sort(["_kunci", "selesai", "urut", "baris"])
    runs = ordered.select(
        ((pl.col("sop") != pl.col("sop").shift()) | (pl.col("kasus") != pl.col("kasus").shift())).fill_null(True).sum()
    ).item()
    cases = ordered.select(pl.struct("sop", "kasus").n_unique()).item() if ordered.height else 0
    if runs != cases:
        ordered = keyed.sort(["sop", "kasus", "selesai", "urut", "baris"])
    return ordered


def _in_period(events: pl.DataFrame, periode: Period, calendar: WorkingCalendar) -> pl.DataFrame:
    """Whole cases whose last event lies in the period (none cut in half)."""
    if periode.dari is None and periode.sampai is None:
        return events
    last = pl.col("selesai").max().over(["sop", "kasus"])
    keep = pl.lit(True)
    if periode.dari is not None:
        keep = keep & (last >= _us(datetime.combine(periode.dari, time(), calendar.zone)))
    if periode.sampai is not None:
        end = datetime.combine(periode.sampai + timedelta(days=1), time(), calendar.zone)
        keep = keep & (last < _us(end))
    return events.filter(keep)


def _us(when: datetime) -> int:
    return round((when - datetime(1970, 1, 1, tzinfo=timezone.utc)) / timedelta(microseconds=1))


def _months(calendar: WorkingCalendar) -> Callable[[int], str]:
    """Microseconds (UTC) -> local ``YYYY-MM``, cached per day."""
    cache: dict[int, str] = {}
    zone = calendar.zone

    def month(us: int) -> str:
        day = us // 3_600_000_000  # per hour: exact for any zone offset
        text = cache.get(day)
        if text is None:
            text = cache[day] = datetime.fromtimestamp(day * 3600, timezone.utc).astimezone(zone).strftime("%Y-%m")
        return text

    return month


class _Sumber:
    """``berkas:baris`` of a case's events, made only when a finding needs it."""

    __slots__ = ("names", "urut", "baris", "start")

    def __init__(self, names: Sequence[str], urut: list[int], baris: list[int], start: int) -> None:
        self.names, self.urut, self.baris, self.start = names, urut, baris, start

    def __getitem__(self, index: int) -> str:
        at = self.start + index
        return f"{self.names[self.urut[at]]}:{self.baris[at]}"


def _check_all(events: pl.DataFrame, tugas: Tugas, hasil: Hasil, kemajuan: Callable[[int], None] | None) -> None:
    if events.height == 0:
        return
    starts = events.select(
        pl.arg_where((pl.col("_kunci") != pl.col("_kunci").shift()).fill_null(True))
    ).to_series().to_list()
    starts.append(events.height)
    urut, baris = events["urut"].to_list(), events["baris"].to_list()
    kasus = events["kasus"].to_list()
    sop = events["sop"].to_list()
    langkah = events["langkah"].to_list()
    pelaksana = events["pelaksana"].to_list()
    mulai_k = events["mulai_k"].to_list()
    selesai_k = events["selesai_k"].to_list()
    keputusan = events["keputusan"].to_list()
    selesai = events["selesai"].to_list()
    known = {s.id: s for s in tugas.corpus.sops}
    alur: dict[str, Alur] = {}
    bulan = _months(tugas.calendar)
    for n in range(len(starts) - 1):
        start, end = starts[n], starts[n + 1]
        sop_id = sop[start]
        sumber = _Sumber(tugas.paths, urut, baris, start)
        if sop_id in known:
            flow = alur.get(sop_id) or alur.setdefault(sop_id, Alur(known[sop_id]))
            one: CaseResult = check(
                flow,
                kasus[start],
                langkah[start:end],
                pelaksana[start:end],
                mulai_k[start:end],
                selesai_k[start:end],
                keputusan[start:end],
                sumber,
                selesai[start:end],
            )
        else:
            one = check_unknown_sop(kasus[start], sop_id, sumber[0])
            one.akhir = selesai[end - 1]
        agregat = hasil.agregat.get(sop_id)
        if agregat is None:
            agregat = hasil.agregat[sop_id] = SopAggregate(sop_id)
        agregat.add(one, bulan(one.akhir) if one.akhir is not None else None)
        hasil.kasus.append(RingkasKasus(one.kasus, sop_id, one.selesai, one.akhir, one.siklus, one.temuan))
        if kemajuan is not None and (n % 2000 == 0 or end == events.height):
            kemajuan(end)
