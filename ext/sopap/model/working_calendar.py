"""Working time of an Indonesian government office: hours, weekdays, holidays.

An SOP's time standard (*waktu*) counts working minutes (1 hari = 450, see
:mod:`sopap.model.waktu`). To compare it with real timestamps, a step's
elapsed time must skip nights, weekends, national holidays (*libur
nasional*) and *cuti bersama*. This module is that arithmetic, exact to the
microsecond and free of anything but the standard library and the
maintained ``holidays`` package:

* working time runs only inside the office periods of a working day
  (default Monday to Friday 07:30-12:00 and 13:00-16:00 Asia/Jakarta, 450
  minutes); a period's start belongs to it, its end does not;
* :meth:`WorkingCalendar.clock` maps an instant to the working minutes
  elapsed since 2000-01-01 00:00 local time. It is monotonic and flat
  outside working time, so :meth:`~WorkingCalendar.between` is a difference
  of two clock readings;
* :meth:`WorkingCalendar.add` is its inverse and returns the **earliest**
  instant at which the given working minutes have elapsed. A deadline whose
  work ends exactly at the end of a period stays there: 450 minutes from
  Monday 07:30 is Monday 16:00, not Tuesday 07:30; 270 minutes from 07:30
  is 12:00, not 13:00.

Times are wall-clock times of the calendar's zone: exact for zones without
daylight saving time such as Asia/Jakarta (WIB), Asia/Makassar (WITA) and
Asia/Jayapura (WIT).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from typing import Final
from zoneinfo import ZoneInfo

#: Default office periods: 07:30-12:00 and 13:00-16:00, 450 working minutes:
#: one *hari* of a time standard (``sopap.model.waktu.MENIT_PER_SATUAN``).
JAM_KERJA: Final = ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0)))
#: Monday to Friday (``date.weekday()`` numbers).
HARI_KERJA: Final = frozenset(range(5))
ZONA: Final = "Asia/Jakarta"

_US_PER_MINUTE: Final = 60_000_000
_US_PER_DAY: Final = 86_400_000_000
_BASE: Final = date(2000, 1, 1).toordinal()
_EPOCH: Final = date(1970, 1, 1).toordinal()
#: Years a calendar with national holidays covers (the ``holidays`` package's
#: Hijri tables); a calendar of office hours and dated days off alone covers
#: every year ``date`` can hold one year either side of (the conformance
#: suite's test clock moves about three days per scenario, so a kit of
#: 150,000 scenarios in one process reaches the 34th century).
_FIRST_YEAR, _LAST_YEAR = 1901, 2199
_ANY_FIRST, _ANY_LAST = 2, 9998


def _us(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


class WorkingCalendar:
    """Office hours, working weekdays, a time zone and days off.

    ``libur_nasional`` takes Indonesia's public holidays from ``holidays``;
    ``cuti_bersama_nasional`` adds the joint leave days it knows (the
    package's ``government`` category); ``days_off`` adds any other dates
    (a regional holiday, a cuti bersama decided late).
    """

    def __init__(
        self,
        *,
        periods: Iterable[tuple[time, time]] = JAM_KERJA,
        weekdays: Iterable[int] = HARI_KERJA,
        zone: str = ZONA,
        libur_nasional: bool = True,
        cuti_bersama_nasional: bool = True,
        days_off: Iterable[date] = (),
    ) -> None:
        spans = sorted((_us(a), _us(b)) for a, b in periods)
        for (a, b), nxt in zip(spans, [*spans[1:], None]):
            if not a < b:
                raise ValueError(f"office period {a}-{b} is empty or reversed")
            if nxt is not None and nxt[0] < b:
                raise ValueError("office periods overlap")
        if not spans:
            raise ValueError("a working day needs at least one office period")
        self.periods: tuple[tuple[int, int], ...] = tuple(spans)
        self.weekdays = frozenset(weekdays)
        if not self.weekdays <= set(range(7)):
            raise ValueError("weekdays are numbers 0 (Monday) to 6 (Sunday)")
        self.zone = ZoneInfo(zone)
        self.libur_nasional = libur_nasional
        self.cuti_bersama_nasional = cuti_bersama_nasional
        self.extra_days_off = frozenset(days_off)
        self._day_us = sum(b - a for a, b in spans)
        self._fixed = _fixed_offset(self.zone)
        self._names: dict[int, dict[date, str]] = {}
        self._prefix: dict[int, list[int]] = {}  # year -> working days before each day
        self._offset: dict[int, int] = {2000: 0}  # year -> working days from 2000-01-01
        self._days: dict[int, tuple[int, bool]] = {}
        self._years = (_FIRST_YEAR, _LAST_YEAR) if libur_nasional or cuti_bersama_nasional else (_ANY_FIRST, _ANY_LAST)

    # -- days ---------------------------------------------------------------

    @property
    def minutes_per_day(self) -> float:
        """Working minutes of one working day (450 with the defaults)."""
        return self._day_us / _US_PER_MINUTE

    @property
    def utc_offset(self) -> float | None:
        """The zone's constant UTC offset in seconds, or None if it changes
        (for readings computed in bulk from POSIX timestamps)."""
        return self._fixed

    def days_off(self, year: int) -> dict[date, str]:
        """Weekday dates of ``year`` with no office hours, with their names."""
        if year not in self._names:
            self._check_year(year)
            names: dict[date, str] = {}
            categories = [c for c, on in (("public", self.libur_nasional), ("government", self.cuti_bersama_nasional)) if on]
            if categories:
                import holidays

                found = holidays.country_holidays("ID", years=year, categories=categories, language="id")
                names.update((d, str(n)) for d, n in found.items())
            for day in self.extra_days_off:
                if day.year == year:
                    names.setdefault(day, "Cuti bersama (pengaturan)")
            self._names[year] = names
        return self._names[year]

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and day not in self.days_off(day.year)

    def _year_prefix(self, year: int) -> list[int]:
        prefix = self._prefix.get(year)
        if prefix is None:
            start = date(year, 1, 1).toordinal()
            end = date(year + 1, 1, 1).toordinal()
            prefix = [0]
            for ordinal in range(start, end):
                prefix.append(prefix[-1] + self.is_working_day(date.fromordinal(ordinal)))
            self._prefix[year] = prefix
        return prefix

    def _year_offset(self, year: int) -> int:
        """Working days from 2000-01-01 to 1 January of ``year``."""
        self._check_year(year)
        known = self._offset
        if year not in known:
            # walk from the nearest known year (a loop: a jump of centuries would overflow a recursion)
            step = 1 if year > 2000 else -1
            at = year
            while at not in known:
                at -= step
            while at != year:
                if step == 1:
                    known[at + 1] = known[at] + self._year_prefix(at)[-1]
                else:
                    known[at - 1] = known[at] - self._year_prefix(at - 1)[-1]
                at += step
        return known[year]

    def _check_year(self, year: int) -> None:
        first, last = self._years
        if not first <= year <= last:
            raise ValueError(f"year {year} is outside the calendar's range {first}-{last}")

    def _days_before(self, ordinal: int) -> int:
        """Working days from 2000-01-01 up to (not including) day ``ordinal``."""
        day = date.fromordinal(ordinal)
        start = date(day.year, 1, 1).toordinal()
        return self._year_offset(day.year) + self._year_prefix(day.year)[ordinal - start]

    def _nth_working_day(self, index: int) -> int:
        """Ordinal of the working day with ``_days_before == index``."""
        # a year has at most 262 working days: start close and walk the rest
        per_year = max(1, len(self.weekdays)) * 53
        year = 2000 + (index // per_year if index >= 0 else -1)
        while self._year_offset(year) > index:
            year -= 1
        while self._year_offset(year + 1) <= index:
            year += 1
        prefix = self._year_prefix(year)
        position = bisect.bisect_right(prefix, index - self._year_offset(year)) - 1
        return date(year, 1, 1).toordinal() + position

    # -- instants -------------------------------------------------------------

    def _local(self, when: datetime) -> tuple[int, int]:
        """(day ordinal, microseconds since local midnight) of an aware instant."""
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("the calendar needs timezone-aware datetimes")
        local = when.astimezone(self.zone)
        return local.toordinal(), _us(local.time())

    def _within(self, us_of_day: int) -> int:
        total = 0
        for a, b in self.periods:
            if us_of_day <= a:
                break
            total += min(us_of_day, b) - a
        return total

    def _day(self, ordinal: int) -> tuple[int, bool]:
        """(working microseconds before the day, whether it is a working day)."""
        known = self._days.get(ordinal)
        if known is None:
            known = (self._days_before(ordinal) * self._day_us, self.is_working_day(date.fromordinal(ordinal)))
            self._days[ordinal] = known
        return known

    def _clock_us(self, ordinal: int, us_of_day: int) -> int:
        base, working = self._day(ordinal)
        return base + self._within(us_of_day) if working else base

    def clock(self, when: datetime | float) -> float:
        """Working minutes from 2000-01-01 00:00 local time to ``when``.

        ``when`` is an aware datetime or a POSIX timestamp in seconds (the
        fast path for many events). Only differences of readings matter.
        """
        if isinstance(when, datetime):
            return self._clock_us(*self._local(when)) / _US_PER_MINUTE
        if self._fixed is not None:
            local_us = round((when + self._fixed) * 1_000_000)
            days, us_of_day = divmod(local_us, _US_PER_DAY)
            return self._clock_us(_EPOCH + days, us_of_day) / _US_PER_MINUTE
        return self.clock(datetime.fromtimestamp(when, timezone.utc))

    def between(self, start: datetime, end: datetime) -> float:
        """Working minutes from ``start`` to ``end`` (negative if ``end`` is earlier)."""
        return (self._clock_us(*self._local(end)) - self._clock_us(*self._local(start))) / _US_PER_MINUTE

    def is_working(self, when: datetime) -> bool:
        """Whether ``when`` lies inside an office period of a working day."""
        ordinal, us_of_day = self._local(when)
        if not self.is_working_day(date.fromordinal(ordinal)):
            return False
        return any(a <= us_of_day < b for a, b in self.periods)

    def next_working(self, when: datetime) -> datetime:
        """The earliest working instant at or after ``when`` (``when`` itself if working)."""
        ordinal, us_of_day = self._local(when)
        if self.is_working_day(date.fromordinal(ordinal)):
            for a, b in self.periods:
                if us_of_day < b:
                    return when if us_of_day >= a else self._at(ordinal, a, when.tzinfo)
        ordinal = self._nth_working_day(self._days_before(ordinal + 1))
        return self._at(ordinal, self.periods[0][0], when.tzinfo)

    def add(self, start: datetime, minutes: float) -> datetime:
        """The earliest instant at which ``minutes`` working minutes have
        passed since ``start`` (a deadline); ``start`` itself for zero."""
        if minutes < 0:
            raise ValueError("working minutes to add must not be negative")
        amount = round(minutes * _US_PER_MINUTE)
        if amount == 0:
            return start
        target = self._clock_us(*self._local(start)) + amount
        index, rest = divmod(target, self._day_us)
        if rest == 0:  # the end of the previous working day's last period
            return self._at(self._nth_working_day(index - 1), self.periods[-1][1], start.tzinfo)
        for a, b in self.periods:
            if rest <= b - a:
                return self._at(self._nth_working_day(index), a + rest, start.tzinfo)
            rest -= b - a
        raise AssertionError("unreachable: rest is below a day's working time")

    def _at(self, ordinal: int, us_of_day: int, tzinfo) -> datetime:
        local = datetime.combine(date.fromordinal(ordinal), time(), self.zone) + timedelta(microseconds=us_of_day)
        return local.astimezone(tzinfo or self.zone)


def _fixed_offset(zone: ZoneInfo) -> float | None:
    """The zone's UTC offset in seconds when it has been constant since 1970."""
    offsets = {
        datetime(year, month, 15, tzinfo=zone).utcoffset() for year in range(1970, 2040) for month in (1, 4, 7, 10)
    }
    if len(offsets) == 1:
        (offset,) = offsets
        return offset.total_seconds() if offset is not None else None
    return None

