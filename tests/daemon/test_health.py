"""How `status` describes the daemon from its heartbeat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from outreach.daemon.health import daemon_alive, describe_daemon

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def beat(**values: object) -> dict[str, object]:
    return {"at": (NOW - timedelta(seconds=10)).isoformat(), "pid": 42, **values}


class TestHealth:
    """Alive, stopped, or silent; paused and why."""

    def test_alive(self) -> None:
        assert daemon_alive(beat(), NOW)
        assert "running" in describe_daemon({"heartbeat": beat()}, NOW)[0]

    def test_silent_daemon_is_reported(self) -> None:
        old = beat(at=(NOW - timedelta(minutes=5)).isoformat())
        assert not daemon_alive(old, NOW)
        assert "not responding" in describe_daemon({"heartbeat": old}, NOW)[0]

    def test_stopped(self) -> None:
        stopped = beat(stopped=NOW.isoformat())
        assert "not running" in describe_daemon({"heartbeat": stopped}, NOW)[0]

    def test_pause_reason(self) -> None:
        lines = describe_daemon(
            {"pause": {"paused": True, "reason": "bounce spike", "until": None}}, NOW
        )
        assert lines == ["[bold yellow]Sending is paused until `outreach resume`:[/] bounce spike"]

    def test_never_ran(self) -> None:
        assert describe_daemon({}, NOW) == []


class TestMarkup:
    """An error or pause reason is shown as written, whatever brackets it holds."""

    def test_brackets_survive(self) -> None:
        from rich.console import Console

        values = {
            "last_error": {"message": "inbox: [imap] needs a password", "at": NOW.isoformat()},
            "pause": {"paused": True, "reason": "[smtp] login refused"},
        }
        console = Console(record=True, width=200)
        for line in describe_daemon(values, NOW):
            console.print(line)
        shown = console.export_text()
        assert "[imap] needs a password" in shown
        assert "[smtp] login refused" in shown
