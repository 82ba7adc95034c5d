"""Working-minute clock readings of every event, computed column-wise.

:meth:`WorkingCalendar.clock` reads one instant; a log has millions. For a
zone with a constant offset (Asia/Jakarta) a reading is the clock at the
local midnight of its day (asked of the calendar once per distinct day)
plus the office time elapsed that day, which Polars computes for the whole
column from the calendar's periods. Other zones fall back to the calendar
one instant at a time. Both give the calendar's own numbers.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import polars as pl

from sopap.model.working_calendar import WorkingCalendar

_US_DAY = 86_400_000_000
_US_MINUTE = 60_000_000
_EPOCH = date(1970, 1, 1)


def with_clock(frame: pl.DataFrame, calendar: WorkingCalendar) -> pl.DataFrame:
    """``frame`` with ``mulai_k`` and ``selesai_k``: working minutes (floats)."""
    offset = calendar.utc_offset
    if offset is None:
        def read(column: str) -> pl.Expr:
            return pl.col(column).map_elements(lambda us: calendar.clock(us / 1e6), return_dtype=pl.Float64)

        return frame.with_columns(read("mulai").alias("mulai_k"), read("selesai").alias("selesai_k"))
    offset_us = round(offset * 1_000_000)
    days = ((pl.concat([frame["mulai"].drop_nulls(), frame["selesai"]]) + offset_us) // _US_DAY).unique()
    table = _day_table(days.to_list(), calendar)
    return frame.with_columns(
        _reading(pl.col("mulai"), offset_us, table, calendar).alias("mulai_k"),
        _reading(pl.col("selesai"), offset_us, table, calendar).alias("selesai_k"),
    )


def _day_table(days: list[int], calendar: WorkingCalendar) -> tuple[dict[int, float], dict[int, bool]]:
    base: dict[int, float] = {}
    working: dict[int, bool] = {}
    for day in days:
        local = _EPOCH + timedelta(days=day)
        base[day] = calendar.clock(datetime.combine(local, time(), calendar.zone))
        working[day] = calendar.is_working_day(local)
    return base, working


def _reading(us: pl.Expr, offset_us: int, table, calendar: WorkingCalendar) -> pl.Expr:
    base, working = table
    local = us + offset_us
    day = local // _US_DAY
    of_day = local - day * _US_DAY
    within = pl.lit(0, pl.Int64)
    for a, b in calendar.periods:
        within = within + pl.min_horizontal(pl.max_horizontal(of_day - a, pl.lit(0)), pl.lit(b - a))
    day_base = day.replace_strict(base, default=None, return_dtype=pl.Float64)
    day_working = day.replace_strict(working, default=False, return_dtype=pl.Boolean)
    return day_base + pl.when(day_working).then(within).otherwise(0) / _US_MINUTE
