"""The clock the conformance suite controls.

Time standards are checked on this clock, never on the wall clock, so a run
is fast and repeatable. One minute on it is one *menit kerja* (working
minute: 1 hari = 450 menit, see :mod:`sopap.model.waktu`): an implementation
that keeps an office calendar maps suite time onto it itself. The clock only
moves forward, and only when the suite says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

#: Western Indonesia Time (WIB), the offices' time zone.
WIB = timezone(timedelta(hours=7), "WIB")

#: Where every run starts: a Monday at the start of office hours.
START = datetime(2025, 1, 6, 8, 0, tzinfo=WIB)


class Clock:
    """A manual clock: ``now()`` changes only through :meth:`advance`."""

    def __init__(self, start: datetime = START) -> None:
        if start.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware start")
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, minutes: float) -> datetime:
        """Move forward by ``minutes`` working minutes; return the new time."""
        if minutes < 0:
            raise ValueError("the suite's clock never goes back")
        self._now = self._now + timedelta(minutes=minutes)
        return self._now

    def __repr__(self) -> str:
        return f"Clock({self._now.isoformat()})"
