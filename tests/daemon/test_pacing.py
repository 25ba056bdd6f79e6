"""Pacing: caps per hour and per rolling day, office hours, weekends and Dutch holidays."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from outreach.daemon.pacing import Pacer
from outreach.settings import SendSettings

AMS = ZoneInfo("Europe/Amsterdam")


def pacer(**overrides: object) -> Pacer:
    values: dict[str, object] = {"min_spacing": 0, "max_spacing": 0}
    values.update(overrides)
    return Pacer(SendSettings(**values), rng=random.Random(1))  # type: ignore[arg-type]


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMS).astimezone(UTC)  # type: ignore[misc]


class TestWindow:
    """Only weekdays 09:00-17:00 Amsterdam time, not on public holidays."""

    def test_inside_the_window(self) -> None:
        moment = local(2026, 11, 30, 10, 0)  # a Monday
        assert pacer().next_slot(moment, []).at == moment

    def test_before_opening(self) -> None:
        decision = pacer().next_slot(local(2026, 11, 30, 7, 30), [])
        assert decision.at == local(2026, 11, 30, 9, 0)
        assert decision.reason == "outside the sending window"

    def test_friday_evening_waits_for_monday(self) -> None:
        assert pacer().next_slot(local(2026, 11, 27, 17, 0), []).at == local(2026, 11, 30, 9, 0)

    def test_christmas_is_skipped(self) -> None:
        # 24 Dec 2026 is a Thursday; 25 and 26 are holidays, then the weekend.
        assert pacer().next_slot(local(2026, 12, 24, 18, 0), []).at == local(2026, 12, 28, 9, 0)

    def test_kings_day(self) -> None:
        assert pacer().next_slot(local(2027, 4, 27, 10, 0), []).at == local(2027, 4, 28, 9, 0)

    def test_summer_time_is_respected(self) -> None:
        # 9:00 in July is 07:00 UTC, in December 08:00 UTC.
        assert pacer().next_slot(local(2027, 7, 5, 6, 0), []).at == datetime(
            2027, 7, 5, 7, 0, tzinfo=UTC
        )
        assert pacer().next_slot(local(2026, 12, 7, 6, 0), []).at == datetime(
            2026, 12, 7, 8, 0, tzinfo=UTC
        )

    def test_pacing_off_sends_now(self) -> None:
        moment = local(2026, 11, 28, 3, 0)  # a Saturday night
        assert pacer(pacing=False).next_slot(moment, [moment] * 1000).at == moment


class TestCaps:
    """The hourly and rolling daily caps, and random spacing."""

    def test_hourly_cap(self) -> None:
        now = local(2026, 11, 30, 11, 0)
        sent = [now - timedelta(minutes=m) for m in range(1, 41)]  # 40 in the last 40 minutes
        decision = pacer().next_slot(now, sent)
        assert decision.reason == "hourly cap"
        assert decision.at == sent[-1] + timedelta(hours=1)

    def test_daily_cap_is_rolling(self) -> None:
        now = local(2026, 12, 1, 10, 0)
        sent = [now - timedelta(hours=23, minutes=m) for m in range(10)]
        decision = pacer(daily_cap=10).next_slot(now, sent)
        assert decision.reason == "daily cap"
        assert decision.at == min(sent) + timedelta(hours=24)

    def test_old_sends_do_not_count(self) -> None:
        now = local(2026, 12, 1, 10, 0)
        sent = [now - timedelta(hours=25)] * 500
        assert pacer().next_slot(now, sent).at == now

    def test_random_spacing_within_bounds(self) -> None:
        now = local(2026, 12, 1, 10, 0)
        p = pacer(min_spacing=20, max_spacing=90)
        gaps = {(p.next_slot(now, [now]).at - now).total_seconds() for _ in range(50)}
        assert all(20 <= g <= 90 for g in gaps)
        assert len(gaps) > 10


class TestWorkingDays:
    """Reminders count working days, skipping weekends and holidays."""

    def test_ten_working_days(self) -> None:
        start = local(2026, 12, 14, 10, 0)  # Monday
        # 15..18 (4), 21..24 (4), 25/26 holidays, 28, 29 -> the tenth is 29 December
        assert pacer().add_working_days(start, 10) == local(2026, 12, 29, 10, 0)
