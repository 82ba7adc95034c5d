"""The suite's clock over a long run: a city kit moves it for centuries."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from sopap.conformance.clock import LAST_YEAR, WIB, Clock
from sopap.conformance.engine import ReferenceEngine
from sopap.errors import SopapError


def test_deadlines_hold_centuries_after_the_start():
    """About three days per scenario: 150,000 scenarios in one process take the
    clock past 3000 (it stopped at 2199 and every time scenario after it failed,
    blamed on the implementation)."""
    clock = Clock(datetime(3301, 1, 10, 8, 0, tzinfo=WIB))  # a Monday, as START is
    engine = ReferenceEngine(clock=clock)
    assert clock.advance(450) == datetime(3301, 1, 11, 8, 0, tzinfo=WIB)
    assert clock.advance_to(4, time(15, 30)) == datetime(3301, 1, 14, 15, 30, tzinfo=WIB)
    assert engine.add_working(clock.now(), 60) == datetime(3301, 1, 17, 8, 0, tzinfo=WIB)  # past the weekend


def test_the_end_of_the_clock_is_a_message_that_says_what_to_do():
    clock = Clock(datetime(LAST_YEAR, 12, 29, 8, 0, tzinfo=WIB))
    with pytest.raises(SopapError, match=r"jam uji sudah sampai .*--workers N"):
        clock.advance(450 * 5)
    assert clock.now().year == LAST_YEAR  # not moved
