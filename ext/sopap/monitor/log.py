"""Event logs: CSV and Parquet read with Polars into one typed frame.

A log has the columns ``kasus, sop, langkah, pelaksana, mulai, selesai`` and
optionally ``keputusan`` (see ``docs/pemantauan.md``). Every value is read as
text first and checked here, so a bad row is named with its file and row
(the spreadsheet's row number: the header is row 1) and left out, while the
rest of the log is still checked. A file that cannot be read at all (missing,
not CSV, a required column missing) raises :class:`LogTidakTerbaca`.

Large logs are read in buckets: :func:`scan` filters on a hash of the case
id, so each bucket holds whole cases and can be checked on its own, in its
own process, with bounded memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polars as pl

from sopap.errors import SopapError

KOLOM_WAJIB = ("kasus", "sop", "langkah", "pelaksana", "mulai", "selesai")
KOLOM_PILIHAN = ("keputusan",)
KEPUTUSAN = ("ya", "tidak")
CONTOH_WAKTU = "2025-01-06T08:00:00+07:00"
#: A timestamp ends with its offset: Z, +07:00, +0700 or +07.
_OFFSET = r"([zZ]|[+-]\d{2}(:?\d{2})?)$"
#: Seed of the case hash that assigns cases to buckets (any fixed number).
HASH_SEED = 20


class UnreadableLog(SopapError):
    """A log file that cannot be read at all (exit code 2)."""


@dataclass(frozen=True, slots=True, order=True)
class BarisRusak:
    """One bad row: left out of the checks, reported with file and row."""

    berkas: str
    baris: int
    pesan: str

    def __str__(self) -> str:
        return f"{self.berkas} baris {self.baris}: {self.pesan}"


#: Columns of the frame every reader produces (times: microseconds since
#: 1970 UTC; ``baris`` the row of the source).
SKEMA = {
    "kasus": pl.String,
    "sop": pl.String,
    "langkah": pl.Int64,
    "pelaksana": pl.String,
    "mulai": pl.Int64,
    "selesai": pl.Int64,
    "keputusan": pl.String,
    "berkas": pl.String,
    "baris": pl.Int64,
}


def jenis(path: Path) -> str:
    """``csv``, ``parquet`` or ``xes`` from the file name."""
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix in (".xes", ".xml") or path.name.lower().endswith(".xes.gz"):
        return "xes"
    return "csv"


def _separator(path: Path) -> str:
    """',' or ';' (spreadsheets in an Indonesian locale save with ';')."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(65536)
    except OSError as exc:
        raise UnreadableLog(f"{path}: tidak dapat dibaca ({exc.strerror})") from exc
    try:
        header = first.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableLog(
            f"{path}: bukan teks UTF-8; simpan ulang dari lembar kerja sebagai 'CSV UTF-8'"
        ) from exc
    if not header.strip():
        raise UnreadableLog(f"{path}: berkas kosong; baris pertama harus berisi judul kolom {', '.join(KOLOM_WAJIB)}")
    return ";" if header.count(";") > header.count(",") else ","


def _columns(path: Path, names: Sequence[str]) -> dict[str, str]:
    """Required and optional column names as found (any case, spaces trimmed)."""
    found = {n.strip().lower(): n for n in names}
    missing = [k for k in KOLOM_WAJIB if k not in found]
    if missing:
        raise UnreadableLog(
            f"{path}: kolom {', '.join(repr(m) for m in missing)} tidak ada di baris judul; "
            f"log harus memiliki kolom {', '.join(KOLOM_WAJIB)} (keputusan boleh ditambahkan)"
        )
    return {k: found[k] for k in (*KOLOM_WAJIB, *KOLOM_PILIHAN) if k in found}


def _lazy_csv(path: Path) -> pl.LazyFrame:
    sep = _separator(path)
    try:
        lf = pl.scan_csv(path, separator=sep, infer_schema=False, encoding="utf8", raise_if_empty=False)
        names = lf.collect_schema().names()
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise UnreadableLog(f"{path}: bukan CSV yang dapat dibaca ({_first_line(exc)})") from exc
    cols = _columns(path, names)
    return lf.with_row_index("baris", offset=2).select(
        pl.col("baris").cast(pl.Int64), *[pl.col(cols[k]).alias(k) for k in cols]
    )


def _lazy_parquet(path: Path) -> pl.LazyFrame:
    try:
        lf = pl.scan_parquet(path)
        schema = lf.collect_schema()
    except (pl.exceptions.PolarsError, OSError) as exc:
        raise UnreadableLog(f"{path}: bukan Parquet yang dapat dibaca ({_first_line(exc)})") from exc
    cols = _columns(path, schema.names())
    exprs = []
    for key, name in cols.items():
        dtype = schema[name]
        if isinstance(dtype, pl.Datetime):
            if dtype.time_zone is None:
                raise UnreadableLog(
                    f"{path}: kolom '{key}' bertipe waktu tanpa zona waktu; simpan sebagai waktu UTC "
                    "atau sebagai teks ISO 8601 dengan zona"
                )
            exprs.append(pl.col(name).dt.convert_time_zone("UTC").dt.strftime("%Y-%m-%dT%H:%M:%S%.fZ").alias(key))
        else:
            exprs.append(pl.col(name).cast(pl.String).alias(key))
    # a Parquet file has no rows of text: its row number counts from 1
    return lf.with_row_index("baris", offset=1).select(pl.col("baris").cast(pl.Int64), *exprs)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def raw(path: Path) -> pl.LazyFrame:
    """The log as text columns plus ``baris`` (XES is read by ``xes``)."""
    if not path.is_file():
        raise UnreadableLog(f"{path}: berkas tidak ada")
    if jenis(path) == "parquet":
        return _lazy_parquet(path)
    return _lazy_csv(path)


def count(frame: pl.LazyFrame) -> int:
    return int(frame.select(pl.len()).collect().item())


def in_bucket(frame: pl.LazyFrame, bucket: int, buckets: int) -> pl.LazyFrame:
    """The rows whose case falls into ``bucket`` of ``buckets`` (all for one)."""
    if buckets <= 1:
        return frame
    key = pl.col("kasus").str.strip_chars().hash(seed=HASH_SEED)
    return frame.filter(key % buckets == bucket)


def _time(column: str) -> pl.Expr:
    text = pl.col(column).str.strip_chars()
    with_offset = pl.when(text.str.contains(_OFFSET)).then(text)
    # the common form here (fast); other ISO forms in _fallback_times
    return with_offset.str.to_datetime("%Y-%m-%dT%H:%M:%S%:z", time_zone="UTC", strict=False, time_unit="us").dt.epoch("us")


def _nomor(text: pl.Expr) -> pl.Expr:
    """A step number; '3.0' as a spreadsheet may write it counts as 3."""
    number = text.str.strip_chars().cast(pl.Float64, strict=False)
    return pl.when((number == number.floor()) & (number >= 0) & (number < 1e9)).then(number.cast(pl.Int64))


def validate(frame: pl.DataFrame, berkas: str) -> tuple[pl.DataFrame, list[BarisRusak]]:
    """Typed events of ``frame`` (text columns) and its bad rows."""
    if "keputusan" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, pl.String).alias("keputusan"))
    typed = frame.with_columns(
        pl.col("kasus", "sop", "pelaksana").str.strip_chars(),
        _nomor(pl.col("langkah")).alias("langkah_n"),
        _time("mulai").alias("mulai_t"),
        _time("selesai").alias("selesai_t"),
        pl.col("keputusan").str.strip_chars().str.to_lowercase().alias("keputusan_n"),
    )
    typed = _fallback_times(typed)
    bad_mask = _bad(typed)
    bad = typed.filter(bad_mask)
    rusak = [BarisRusak(berkas, int(b), p) for b, p in zip(bad["baris"], _problems(bad))]
    good = typed.filter(~bad_mask).select(
        "kasus",
        "sop",
        pl.col("langkah_n").alias("langkah"),
        "pelaksana",
        pl.col("mulai_t").alias("mulai"),
        pl.col("selesai_t").alias("selesai"),
        pl.when(pl.col("keputusan_n") == "").then(None).otherwise(pl.col("keputusan_n")).alias("keputusan"),
        pl.lit(berkas).alias("berkas"),
        "baris",
    )
    return good, rusak


def _fallback_times(typed: pl.DataFrame) -> pl.DataFrame:
    """Offsets Polars did not parse (rare ISO forms) tried with the standard library."""
    for col in ("mulai", "selesai"):
        todo = typed.filter(
            pl.col(f"{col}_t").is_null() & pl.col(col).str.strip_chars().str.contains(_OFFSET)
        ).select("baris", col)
        if todo.height == 0:
            continue
        inferred = todo.select(
            "baris", pl.col(col).str.strip_chars().str.to_datetime(time_zone="UTC", strict=False, time_unit="us").dt.epoch("us")
        )
        values = {}
        for (baris, text), (_, us) in zip(todo.iter_rows(), inferred.iter_rows()):
            if us is not None:
                values[baris] = us
                continue
            try:
                parsed = datetime.fromisoformat(text.strip().replace("z", "Z"))
            except ValueError:
                continue
            if parsed.tzinfo is not None:
                values[baris] = round(parsed.timestamp() * 1_000_000)
        if values:
            fill = pl.DataFrame({"baris": list(values), "_isi": list(values.values())}, schema={"baris": pl.Int64, "_isi": pl.Int64})
            typed = typed.join(fill, on="baris", how="left").with_columns(
                pl.coalesce(f"{col}_t", "_isi").alias(f"{col}_t")
            ).drop("_isi")
    return typed


def _bad(typed: pl.DataFrame) -> pl.Series:
    """Whether each row has a problem (cheap: no messages)."""
    text = [pl.col(c).is_null() | (pl.col(c).str.len_bytes() == 0) for c in ("kasus", "sop", "pelaksana")]
    keputusan = pl.col("keputusan_n")
    condition = pl.any_horizontal(
        *text,
        pl.col("langkah_n").is_null(),
        pl.col("selesai_t").is_null(),
        pl.col("mulai").is_not_null() & (pl.col("mulai").str.strip_chars() != "") & pl.col("mulai_t").is_null(),
        (pl.col("mulai_t") > pl.col("selesai_t")).fill_null(False),
        (keputusan.is_not_null() & ~keputusan.is_in(["", *KEPUTUSAN])),
    )
    return typed.select(condition.alias("rusak")).to_series()


def _problems(typed: pl.DataFrame) -> list[str]:
    """One Indonesian message per row of ``typed`` (all bad rows)."""
    def blank(col: str) -> pl.Expr:
        return pl.col(col).is_null() | (pl.col(col).str.strip_chars() == "")

    def shown(col: str) -> pl.Expr:
        return pl.col(col).str.strip_chars().str.slice(0, 40)

    bad_time = f"bukan waktu ISO 8601 dengan zona waktu (misalnya {CONTOH_WAKTU})"
    checks = [
        (blank("kasus"), pl.lit("kolom 'kasus' kosong")),
        (blank("sop"), pl.lit("kolom 'sop' kosong")),
        (blank("langkah"), pl.lit("kolom 'langkah' kosong")),
        (pl.col("langkah_n").is_null(), pl.format("langkah '{}' bukan nomor langkah", shown("langkah"))),
        (blank("pelaksana"), pl.lit("kolom 'pelaksana' kosong")),
        (blank("selesai"), pl.lit("kolom 'selesai' kosong (wajib diisi)")),
        (pl.col("selesai_t").is_null(), pl.format("selesai '{}' " + bad_time, shown("selesai"))),
        (~blank("mulai") & pl.col("mulai_t").is_null(), pl.format("mulai '{}' " + bad_time, shown("mulai"))),
        (pl.col("mulai_t") > pl.col("selesai_t"), pl.lit("mulai sesudah selesai")),
        (
            pl.col("keputusan_n").is_not_null() & ~pl.col("keputusan_n").is_in(["", *KEPUTUSAN]),
            pl.format("keputusan '{}' tidak dikenal; isi 'ya', 'tidak' atau kosongkan", shown("keputusan")),
        ),
    ]
    expr = pl.lit(None, pl.String)
    for condition, message in reversed(checks):
        expr = pl.when(condition).then(message).otherwise(expr)
    return typed.select(expr.fill_null("baris tidak sah").alias("pesan")).to_series().to_list()
