"""Rich tables and small formatting helpers shared by the commands."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table

from outreach.store.models import Municipality
from outreach.timefmt import local_time

STATE_STYLE = {
    "no_address": "yellow",
    "needs_address": "yellow",
    "pending": "dim",
    "sending": "cyan",
    "sent": "blue",
    "failed": "red",
    "acknowledged": "green",
    "forwarded": "green",
    "motion_planned": "bold green",
    "motion_submitted": "bold green",
    "motion_adopted": "bold magenta",
    "motion_rejected": "magenta",
    "opted_out": "red",
    "declined": "red",
}


def styled_state(state: str) -> str:
    style = STATE_STYLE.get(state, "")
    return f"[{style}]{state}[/]" if style else state


def municipality_table(rows: Iterable[Municipality], *, title: str | None = None) -> Table:
    table = Table(title=title, header_style="bold")
    for column in ("code", "name", "province", "address", "state", "last change"):
        table.add_column(column, no_wrap=column in {"code", "state"})
    for m in rows:
        address = m.email or "[yellow]needs an address[/]"
        table.add_row(
            m.cbs_code,
            m.name,
            m.province,
            address,
            styled_state(m.state),
            local_time(m.updated_at),
        )
    return table
