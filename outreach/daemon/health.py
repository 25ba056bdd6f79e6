"""The daemon's heartbeat and pause state, as `outreach status` reports them."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from rich.markup import escape

from outreach.store.models import now
from outreach.timefmt import local_time

# The daemon writes its heartbeat every 15 seconds; three missed beats mean it is gone.
STALE_AFTER = timedelta(seconds=45)


def daemon_alive(heartbeat: dict[str, Any], moment: datetime | None = None) -> bool:
    at = heartbeat.get("at")
    if not at or heartbeat.get("stopped"):
        return False
    return (moment or now()) - datetime.fromisoformat(at) < STALE_AFTER


def describe_daemon(values: dict[str, Any], moment: datetime | None = None) -> list[str]:
    """Readable lines about the daemon from the runtime_state values (empty: never ran)."""
    heartbeat = values.get("heartbeat")
    lines: list[str] = []
    if heartbeat:
        if daemon_alive(heartbeat, moment):
            lines.append(f"Daemon: [green]running[/] (process {heartbeat.get('pid')}).")
        elif heartbeat.get("stopped"):
            lines.append(f"Daemon: not running (stopped {_short(heartbeat.get('stopped'))}).")
        else:
            lines.append(
                f"Daemon: [red]not responding[/] since {_short(heartbeat.get('at'))} "
                f"(process {heartbeat.get('pid')}); it may have crashed: start `outreach run`."
            )
        lines.append(
            f"  last letter sent: {_short(heartbeat.get('last_send')) or 'none yet'}; "
            f"last inbox check: {_short(heartbeat.get('last_poll')) or 'none yet'}."
        )
    pause = values.get("pause")
    if pause and pause.get("paused"):
        until = (
            f" until {_short(pause['until'])}" if pause.get("until") else " until `outreach resume`"
        )
        lines.append(
            f"[bold yellow]Sending is paused{until}:[/] {escape(str(pause.get('reason')))}"
        )
    error = values.get("last_error")
    if error:
        message = escape(str(error.get("message")))
        lines.append(f"[red]Last error:[/] {message} ({_short(error.get('at'))})")
    return lines


def _short(stamp: str | None) -> str:
    if not stamp:
        return ""
    return local_time(datetime.fromisoformat(stamp))
