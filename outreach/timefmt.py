"""Times as volunteers read them: Amsterdam local time, to the minute."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from outreach.store.models import utc

LOCAL = ZoneInfo("Europe/Amsterdam")


def local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return utc(value).astimezone(LOCAL).strftime("%Y-%m-%d %H:%M")
