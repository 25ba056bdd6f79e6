"""Rich tables and small formatting helpers shared by the commands.

Names, subjects and addresses come from outside (a contacts file, any sender's mail), so a
table cell is plain text unless it is `Markup` we wrote ourselves: `Rotterdam[/]` prints as
written instead of crashing the command, and `[link=...]` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.markup import escape
from rich.table import Table
from rich.text import Text

from outreach.store.reader import MunicipalityView
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


class Markup(str):
    """Rich markup written by `outreach` itself; any other string in a table is data."""

    __slots__ = ()


class DataTable(Table):
    """A table whose string cells are shown as written; only `Markup` cells are styled."""

    def add_row(self, *renderables: Any, **kwargs: Any) -> None:
        super().add_row(*(_cell(value) for value in renderables), **kwargs)


def _cell(value: Any) -> Any:
    if isinstance(value, Markup):
        return Text.from_markup(value)
    if isinstance(value, str):
        return Text(value)
    return value


def styled_state(state: str) -> Markup:
    style = STATE_STYLE.get(state, "")
    return Markup(f"[{style}]{escape(state)}[/]" if style else escape(state))


def municipality_table(rows: Iterable[MunicipalityView], *, title: str | None = None) -> Table:
    table = DataTable(title=title, header_style="bold")
    for column in ("code", "name", "province", "address", "state", "last change"):
        table.add_column(column, no_wrap=column in {"code", "state"})
    for m in rows:
        address = m.email or Markup("[yellow]needs an address[/]")
        table.add_row(
            m.cbs_code,
            m.name,
            m.province,
            address,
            styled_state(m.state),
            local_time(m.updated_at),
        )
    return table
