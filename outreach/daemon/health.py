"""The daemon's heartbeat and pause state, as `outreach status` reports them."""

from __future__ import annotations

from typing import Any


def describe_daemon(values: dict[str, Any]) -> list[str]:
    """Readable lines about the daemon from the runtime_state values (empty: never ran)."""
    heartbeat = values.get("heartbeat")
    if not heartbeat:
        return []
    lines = [f"Daemon: last seen {heartbeat.get('at')} (pid {heartbeat.get('pid')})."]
    pause = values.get("pause")
    if pause and pause.get("paused"):
        lines.append(f"[bold yellow]Sending is paused:[/] {pause.get('reason')}")
    error = values.get("last_error")
    if error:
        lines.append(f"[red]Last error:[/] {error.get('message')} ({error.get('at')})")
    return lines
