"""The clock the conformance suite controls, and the working calendar it runs on.

Time standards are checked on this clock, never on the wall clock, so a run
is fast and repeatable. The clock reads real instants (WIB), and time
standards count working minutes on the **test calendar** (:data:`CALENDAR`):
the office hours of :mod:`sopap.model.working_calendar` (Monday to Friday,
07:30-12:00 and 13:00-16:00 Asia/Jakarta, 450 minutes a day), with no days
off besides Saturdays and Sundays, so that every implementation, whatever
its holiday table, computes the same deadlines (``docs/kesesuaian.md``,
"Jam uji dan kalender uji"). A deadline is
``CALENDAR.add(ready, minutes)``; ``sopap monitor`` uses the same arithmetic
with the office's real holidays.

The clock only moves forward, and only when the suite says so: by working
minutes (:meth:`Clock.advance`) or to a time of a coming weekday
(:meth:`Clock.advance_to`).
"""

from __future__ import annotations

import functools
from datetime import datetime, time, timedelta, timezone

from sopap.errors import SopapError
from sopap.model.working_calendar import WorkingCalendar

#: Western Indonesia Time (WIB), the offices' time zone.
WIB = timezone(timedelta(hours=7), "WIB")

#: Where every run starts: a Monday at the start of office hours.
START = datetime(2025, 1, 6, 8, 0, tzinfo=WIB)

#: The test calendar: sopap's office hours, no holidays (see the module docstring).
CALENDAR = WorkingCalendar(libur_nasional=False, cuti_bersama_nasional=False)

#: The clock stops short of the last year ``datetime`` holds: one process
#: would need some 800,000 scenarios with time standards to get there.
LAST_YEAR = 9900

#: Indonesian weekday names, Monday first (``date.weekday()`` order).
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@functools.lru_cache(maxsize=4096)  # the same ready step is asked for again and again in a run
def deadline(ready: datetime, minutes: float) -> datetime:
    """When a time standard of ``minutes`` working minutes runs out, on the test calendar."""
    return CALENDAR.add(ready, minutes)


def working_minutes(start: datetime, end: datetime) -> float:
    """Working minutes from ``start`` to ``end`` on the test calendar."""
    return CALENDAR.between(start, end)


def shown(when: datetime) -> str:
    """``Jumat 15.30``: weekday and time of day in WIB, for messages."""
    local = when.astimezone(WIB)
    return f"{HARI[local.weekday()]} {local:%H.%M}"


class Clock:
    """A manual clock: ``now()`` changes only through :meth:`advance` and :meth:`advance_to`."""

    #: The calendar working minutes are counted on.
    calendar = CALENDAR

    def __init__(self, start: datetime = START) -> None:
        if start.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware start")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, minutes: float) -> datetime:
        """Move forward by ``minutes`` working minutes; return the new time.

        From outside office hours the count starts at the next working
        instant; the result is the earliest instant at which the minutes have
        passed (:meth:`WorkingCalendar.add`).
        """
        if minutes < 0:
            raise ValueError("the suite's clock never goes back")
        return self._move(self.calendar.add(self._now, minutes))

    def advance_to(self, weekday: int, at: time) -> datetime:
        """Move to the next ``weekday`` (0 = Monday) at ``at`` WIB, strictly later than now."""
        local = self._now.astimezone(WIB)
        days = (weekday - local.weekday()) % 7
        target = datetime.combine(local.date() + timedelta(days=days), at, WIB)
        if target <= local:
            target += timedelta(days=7)
        return self._move(target)

    def _move(self, target: datetime) -> datetime:
        if target.year > LAST_YEAR:
            raise SopapError(
                f"jam uji sudah sampai {target:%Y-%m-%d}: satu proses menjalankan terlalu banyak skenario waktu "
                "(jam maju sekitar tiga hari per skenario). Bagi kit dengan --workers N atau --sop ID."
            )
        self._now = target
        return self._now

    def __repr__(self) -> str:
        return f"Clock({self._now.isoformat()})"
