"""When the next message may go: caps per hour and per rolling day, office hours, holidays.

Pure functions of a clock reading and the times of earlier sends, so they can be tested with
any moment in the year.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from outreach.daemon.holidays_nl import is_dutch_holiday
from outreach.settings import SendSettings

DAY = timedelta(hours=24)
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Decision:
    """`at` is the earliest moment the next message may go; `reason` says why not sooner."""

    at: datetime
    reason: str | None = None

    def ready(self, now: datetime) -> bool:
        return self.at <= now


@dataclass
class Pacer:
    settings: SendSettings
    rng: random.Random = field(default_factory=random.Random)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.settings.timezone)

    def is_working_day(self, day: date) -> bool:
        if day.weekday() not in self.settings.weekdays:
            return False
        return not (self.settings.skip_holidays and is_dutch_holiday(day))

    def next_slot(self, now: datetime, sent: Sequence[datetime]) -> Decision:
        """The earliest moment at or after `now` that respects every limit."""
        if not self.settings.pacing:
            return Decision(now)
        candidates = [Decision(now)]
        candidates.append(self._cap(now, sent, DAY, self.settings.daily_cap, "daily cap"))
        candidates.append(self._cap(now, sent, HOUR, self.settings.hourly_cap, "hourly cap"))
        if sent:
            spacing = timedelta(
                seconds=self.rng.uniform(self.settings.min_spacing, self.settings.max_spacing)
            )
            candidates.append(Decision(max(sent) + spacing, "spacing between messages"))
        latest = max(candidates, key=lambda d: d.at)
        window = self.window_start(latest.at)
        if window > latest.at:
            return Decision(window, "outside the sending window")
        return latest

    def _cap(
        self, now: datetime, sent: Sequence[datetime], span: timedelta, cap: int, why: str
    ) -> Decision:
        recent = sorted(t for t in sent if t > now - span)
        if len(recent) < cap:
            return Decision(now)
        # The window frees up when the oldest send that still counts leaves it.
        return Decision(recent[len(recent) - cap] + span, why)

    def window_start(self, moment: datetime) -> datetime:
        """`moment` itself when it is inside the sending window, else the next window's start."""
        local = moment.astimezone(self.zone)
        start, end = self.settings.window_start, self.settings.window_end
        day = local.date()
        for _ in range(400):
            if self.is_working_day(day):
                opens = datetime.combine(day, start, self.zone)
                closes = datetime.combine(day, end, self.zone)
                if local < opens:
                    return opens.astimezone(UTC)
                if local < closes:
                    return moment
            day += timedelta(days=1)
            local = datetime.combine(day, start, self.zone) - timedelta(seconds=1)
        raise ValueError("no sending window in the next 400 days: check [send] weekdays")

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """The same local time of day, `days` working days after `start`."""
        local = start.astimezone(self.zone)
        moved = 0
        while moved < days:
            local += timedelta(days=1)
            if self.is_working_day(local.date()):
                moved += 1
        return local.astimezone(UTC)
