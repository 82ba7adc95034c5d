"""The working calendar: office hours, weekends, holidays, and its arithmetic."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopap.model.waktu import MENIT_PER_SATUAN
from sopap.model.working_calendar import WorkingCalendar

WIB = timezone(timedelta(hours=7))
KAL = WorkingCalendar()


def wib(*args) -> datetime:
    return datetime(*args, tzinfo=WIB)


# -- examples, each checked by hand ---------------------------------------------------


def test_one_hari_is_one_working_day_of_the_waktu_table():
    assert KAL.minutes_per_day == MENIT_PER_SATUAN["hari"] == 450
    # Monday 6 January 2025, 07:30 to 16:00 less the 12:00-13:00 break
    assert KAL.between(wib(2025, 1, 6, 7, 30), wib(2025, 1, 6, 16, 0)) == 450


def test_a_deadline_ending_at_a_period_end_stays_there():
    monday = wib(2025, 1, 6, 7, 30)
    assert KAL.add(monday, 450) == wib(2025, 1, 6, 16, 0)  # not Tuesday 07:30
    assert KAL.add(monday, 270) == wib(2025, 1, 6, 12, 0)  # not 13:00
    assert KAL.add(monday, 271) == wib(2025, 1, 6, 13, 1)
    assert KAL.add(monday, 451) == wib(2025, 1, 7, 7, 31)
    assert KAL.add(monday, 0) == monday


def test_weekends_and_holidays_add_nothing():
    friday = wib(2025, 1, 10, 15, 0)
    # 60 minutes on Friday, 60 on Monday: Saturday and Sunday count nothing
    assert KAL.add(friday, 120) == wib(2025, 1, 13, 8, 30)
    assert KAL.between(wib(2025, 1, 11, 9, 0), wib(2025, 1, 12, 23, 0)) == 0
    # Idul Fitri 2025: cuti bersama Fri 28 Mar, Nyepi Sat 29, Idul Fitri Mon 31 Mar and
    # Tue 1 Apr, cuti bersama Wed 2 to Mon 7 Apr: Thursday 27 Mar 15:00 + 120 minutes
    # is Tuesday 8 Apr 08:30.
    assert KAL.add(wib(2025, 3, 27, 15, 0), 120) == wib(2025, 4, 8, 8, 30)
    assert not KAL.is_working_day(date(2025, 3, 31))
    assert "Idul Fitri" in KAL.days_off(2025)[date(2025, 3, 31)]


def test_cuti_bersama_and_extra_days_are_configurable():
    without = WorkingCalendar(cuti_bersama_nasional=False)
    assert without.is_working_day(date(2025, 4, 2))  # a cuti bersama weekday
    assert not KAL.is_working_day(date(2025, 4, 2))
    extra = WorkingCalendar(days_off=[date(2025, 1, 7)])
    assert extra.between(wib(2025, 1, 6, 7, 30), wib(2025, 1, 8, 7, 30)) == 450


def test_office_hours_weekdays_and_zone_are_configurable():
    six_days = WorkingCalendar(periods=[(time(8, 0), time(14, 0))], weekdays=range(6), zone="Asia/Makassar")
    saturday = datetime(2025, 1, 11, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    assert six_days.minutes_per_day == 360
    assert six_days.is_working(saturday)
    assert six_days.between(saturday, saturday + timedelta(hours=2)) == 120
    with pytest.raises(ValueError):
        WorkingCalendar(periods=[(time(8, 0), time(12, 0)), (time(11, 0), time(13, 0))])


def test_is_working_and_next_working_at_the_boundaries():
    assert KAL.is_working(wib(2025, 1, 6, 7, 30))
    assert not KAL.is_working(wib(2025, 1, 6, 12, 0))  # the break starts
    assert not KAL.is_working(wib(2025, 1, 6, 16, 0))  # an end is not inside
    assert KAL.next_working(wib(2025, 1, 6, 12, 30)) == wib(2025, 1, 6, 13, 0)
    assert KAL.next_working(wib(2025, 1, 10, 16, 0)) == wib(2025, 1, 13, 7, 30)
    assert KAL.next_working(wib(2025, 1, 6, 9, 0)) == wib(2025, 1, 6, 9, 0)


def test_other_offsets_and_timestamps_read_the_same_instant():
    utc = datetime(2025, 1, 6, 1, 0, tzinfo=timezone.utc)  # 08:00 WIB
    assert KAL.between(wib(2025, 1, 6, 7, 30), utc) == 30
    assert KAL.clock(utc) == pytest.approx(KAL.clock(utc.timestamp()))
    with pytest.raises(ValueError):
        KAL.between(datetime(2025, 1, 6, 8, 0), utc)


# -- properties -------------------------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2023, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(WIB)
).map(lambda d: d.replace(microsecond=0))
minutes = st.integers(min_value=0, max_value=60 * 450)


@settings(max_examples=300, deadline=None)
@given(instants, minutes)
def test_add_then_between_gives_the_minutes_back(start, amount):
    assert KAL.between(start, KAL.add(start, amount)) == amount


@settings(max_examples=300, deadline=None)
@given(instants, minutes)
def test_add_is_the_earliest_such_instant(start, amount):
    end = KAL.add(start, amount)
    assert end >= start
    if amount > 0:
        assert KAL.between(start, end - timedelta(seconds=1)) < amount
        # a deadline lies in working time or at the end of a period
        assert KAL.is_working(end) or KAL.is_working(end - timedelta(seconds=1))


@settings(max_examples=300, deadline=None)
@given(instants, instants)
def test_between_is_antisymmetric_and_adds_back_to_the_later_instant(a, b):
    assert KAL.between(a, b) == -KAL.between(b, a)
    if a <= b:
        later = KAL.add(a, KAL.between(a, b))
        assert later <= b
        assert KAL.between(later, b) == 0


@settings(max_examples=300, deadline=None)
@given(instants, instants, instants)
def test_between_is_monotonic_and_additive(a, b, c):
    a, b, c = sorted((a, b, c))
    assert 0 <= KAL.between(a, b) <= KAL.between(a, c)
    # exact in microseconds; the float minutes agree to rounding
    assert KAL.between(a, b) + KAL.between(b, c) == pytest.approx(KAL.between(a, c), abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(instants)
def test_days_off_contribute_nothing(start):
    day = start.date()
    midnight = datetime.combine(day, time(), WIB)
    whole_day = KAL.between(midnight, midnight + timedelta(days=1))
    assert whole_day == (450 if KAL.is_working_day(day) else 0)
    assert (day.weekday() >= 5) <= (whole_day == 0)


@settings(max_examples=200, deadline=None)
@given(instants)
def test_a_week_is_a_minggu_less_its_days_off(start):
    end = start + timedelta(days=7)
    # the partial first and last days are one whole day of the same weekday
    # when both dates have the same status
    days = [start.date() + timedelta(days=i) for i in range(7)]
    if KAL.is_working_day(start.date()) == KAL.is_working_day(end.date()):
        working = sum(KAL.is_working_day(d) for d in days)
        assert KAL.between(start, end) == 450 * working
        assert working <= 5 and MENIT_PER_SATUAN["minggu"] == 5 * 450


# -- range: a calendar without holiday tables runs for centuries -------------------------

#: 400 Gregorian years: a whole number of weeks, so a calendar of office hours
#: and weekdays alone repeats exactly.
CYCLE = timedelta(days=146_097)
TEST_CALENDAR = WorkingCalendar(libur_nasional=False, cuti_bersama_nasional=False)


#: A second calendar for the far years, so that they are not read off the near ones' cache.
FAR_CALENDAR = WorkingCalendar(libur_nasional=False, cuti_bersama_nasional=False)


@given(instants, minutes, st.integers(min_value=1, max_value=18))
@settings(max_examples=60, deadline=None)
def test_a_calendar_without_holidays_repeats_every_400_years(start, amount, cycles):
    """The conformance suite's test clock moves about three days per test:
    a city kit in one process reaches the 43rd century, where the arithmetic
    must be the same as now (it stopped at 2199 and failed every time scenario after)."""
    later = start + cycles * CYCLE
    assert FAR_CALENDAR.add(later, amount) == TEST_CALENDAR.add(start, amount) + cycles * CYCLE
    assert FAR_CALENDAR.between(later, later + timedelta(days=9)) == TEST_CALENDAR.between(start, start + timedelta(days=9))


def test_a_fresh_calendar_walks_to_a_far_year_in_one_jump():
    """No year cached in between, from either side (the walk is a loop, not a recursion)."""
    start = wib(2026, 3, 6, 15, 0)
    for cycles in (18, -4):
        fresh = WorkingCalendar(libur_nasional=False, cuti_bersama_nasional=False)
        assert fresh.add(start + cycles * CYCLE, 900) == TEST_CALENDAR.add(start, 900) + cycles * CYCLE


def test_national_holidays_stay_inside_the_years_their_tables_cover():
    with pytest.raises(ValueError, match="2200 is outside"):
        KAL.add(wib(2199, 12, 31, 15, 0), 900)
    assert WorkingCalendar(libur_nasional=False, cuti_bersama_nasional=False, days_off=[date(4025, 1, 6)]).between(
        wib(4025, 1, 6, 7, 30), wib(4025, 1, 7, 16, 0)
    ) == 450  # a dated day off counts in any year
