"""The Dutch public holidays of a year, for the pacing (no letters go out on them).

The `holidays` package knows them too, but loading it loads the calendars of every country
in the world: some 280 modules and 19 MiB in a daemon that runs for weeks. The Dutch calendar
is a few dates around Easter and a few fixed ones; a test checks these against `holidays`
for every year of the campaign's life and beyond.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

# Days after Easter Sunday: Good Friday, Easter, Easter Monday, Ascension, Whit Sunday and Monday.
EASTER_OFFSETS = (-2, 0, 1, 39, 49, 50)
# Liberation Day is a national holiday every fifth year (2025, 2030, ...).
LIBERATION_EVERY = 5
FIRST_KINGS_DAY = 2014  # before that, Queen's Day on 30 April


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm, as Meeus gives it)."""
    golden = year % 19
    century, years = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    moon_shift = (century - moon_correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon_shift + 15) % 30
    leap_years, year_rest = divmod(years, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    correction = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * correction + 114, 31)
    return date(year, month, day + 1)


@cache
def dutch_holidays(year: int) -> frozenset[date]:
    """New Year, Easter to Whit Monday (Good Friday included), King's Day, Liberation Day in
    a lustrum year, Christmas and Boxing Day."""
    easter = easter_sunday(year)
    days = {easter + timedelta(days=offset) for offset in EASTER_OFFSETS}
    days |= {date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)}
    days.add(_royal_day(year))
    if year % LIBERATION_EVERY == 0:
        days.add(date(year, 5, 5))
    return frozenset(days)


def is_dutch_holiday(day: date) -> bool:
    return day in dutch_holidays(day.year)


def _royal_day(year: int) -> date:
    """King's Day (27 April), or Queen's Day (30 April) before 2014; a day earlier when it
    falls on a Sunday."""
    royal = date(year, 4, 27) if year >= FIRST_KINGS_DAY else date(year, 4, 30)
    return royal - timedelta(days=1) if royal.weekday() == 6 else royal
