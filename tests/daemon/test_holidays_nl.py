"""The daemon's Dutch holiday calendar agrees with the `holidays` package, year by year."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from outreach.daemon.holidays_nl import dutch_holidays, easter_sunday, is_dutch_holiday


@pytest.mark.parametrize("year", range(2000, 2061))
def test_the_same_days_as_the_holidays_package(year: int) -> None:
    reference = holidays.country_holidays("NL", years=year)
    assert dutch_holidays(year) == frozenset(reference)


def test_known_dates() -> None:
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2038) == date(2038, 4, 25)  # as late as Easter comes
    assert is_dutch_holiday(date(2026, 4, 27))  # King's Day
    assert is_dutch_holiday(date(2025, 5, 5))  # Liberation Day in a lustrum year
    assert not is_dutch_holiday(date(2026, 5, 5))
    assert is_dutch_holiday(date(2031, 4, 26))  # 27 April 2031 is a Sunday
    assert not is_dutch_holiday(date(2026, 12, 24))
