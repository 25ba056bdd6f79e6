"""Times: stored in UTC, shown as volunteers read them (Amsterdam local time, to the minute)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Europe/Amsterdam")


def now() -> datetime:
    return datetime.now(UTC)


def utc(value: datetime) -> datetime:
    """The same moment, zone-aware (SQLite returns naive datetimes)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return utc(value).astimezone(LOCAL).strftime("%Y-%m-%d %H:%M")
