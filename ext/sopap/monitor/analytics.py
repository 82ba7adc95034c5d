"""Time per step and workload per pelaksana, computed column-wise.

A step's time runs from when it became ready, taken as the completion of the
case's previous event (for a case's first event: its own ``mulai``), to its
``selesai``; with a ``mulai`` it splits into waiting (ready to mulai) and
working (mulai to selesai). A pelaksana's working time is the working part
where ``mulai`` is known, else the whole step time. Events of steps the SOP
does not have are left out. All minutes are working minutes.
"""

from __future__ import annotations

import polars as pl

from sopap.model.sop import Corpus
from sopap.monitor.aggregate import PerLangkah, PerPelaksana, SopAggregate


def _steps(corpus: Corpus) -> pl.DataFrame:
    rows = [(sop.id, step.nomor) for sop in corpus.sops for step in sop.langkah]
    return pl.DataFrame(rows, schema={"sop": pl.String, "langkah": pl.Int64}, orient="row")


def add_times(events: pl.DataFrame, corpus: Corpus, agregat: dict[str, SopAggregate]) -> None:
    """Add the step and pelaksana figures of ``events`` (sorted by case, with
    the case key ``_kunci``) to ``agregat``."""
    if events.height == 0:
        return
    first = (pl.col("_kunci") != pl.col("_kunci").shift()).fill_null(True)
    ready = pl.when(first).then(pl.col("mulai_k")).otherwise(pl.col("selesai_k").shift())
    timed = events.select(
        "sop",
        "kasus",
        "langkah",
        "pelaksana",
        (pl.col("selesai_k") - ready).alias("total"),
        pl.when(pl.col("mulai_k") >= ready).then(pl.col("mulai_k") - ready).alias("tunggu"),
        (pl.col("selesai_k") - pl.col("mulai_k")).alias("kerja"),
    ).join(_steps(corpus), on=["sop", "langkah"], how="inner")
    per_step = timed.group_by("sop", "langkah").agg(
        pl.len().alias("n"),
        *[e for c in ("total", "tunggu", "kerja") for e in (pl.col(c).count().alias(f"{c}_n"), pl.col(c).sum().alias(c))],
    )
    for row in per_step.iter_rows(named=True):
        step = PerLangkah(jumlah=row["n"])
        for c in ("total", "tunggu", "kerja"):
            part = getattr(step, c)
            part.n, part.total = row[f"{c}_n"], row[c] or 0.0
        _agregat(agregat, row["sop"]).langkah.setdefault(row["langkah"], PerLangkah()).merge(step)
    per_actor = timed.group_by("sop", "pelaksana").agg(
        pl.col("kasus").n_unique().alias("kasus"),
        pl.len().alias("langkah"),
        pl.coalesce("kerja", "total").fill_null(0.0).sum().alias("menit"),
    )
    for row in per_actor.iter_rows(named=True):
        who = PerPelaksana(row["kasus"], row["langkah"], row["menit"])
        _agregat(agregat, row["sop"]).pelaksana.setdefault(row["pelaksana"], PerPelaksana()).merge(who)


def _agregat(agregat: dict[str, SopAggregate], sop_id: str) -> SopAggregate:
    if sop_id not in agregat:
        agregat[sop_id] = SopAggregate(sop_id)
    return agregat[sop_id]
