"""Rich tables and small formatting helpers shared by the commands.

Names, subjects and addresses come from outside (a contacts file, any sender's mail), so a
table cell is plain text unless it is `Markup` we wrote ourselves: `Rotterdam[/]` prints as
written instead of crashing the command, and `[link=...]` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from rich.console import Console, RenderableType
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


def fit_columns(table: Table, console: Console) -> None:
    """Fix each column's width to what rich works out, measuring only the widest cells.

    Before drawing a table rich measures every cell, which is a third of the time a listing
    of all municipalities takes. The widths depend only on each column's header, its widest
    cell and the cell with the longest word, so a table of just those gets the same widths;
    the table is then drawn with them fixed. Tables with other cells than text are left alone.
    """
    if table.width is not None or table.expand:
        return
    options = console.options
    columns = []
    for column in table.columns:
        cells = [cell for cell in column.cells if isinstance(cell, Text)]
        if column.width is not None or len(cells) != len(column._cells):
            return
        measured = [(cell.__rich_measure__(console, options), cell) for cell in cells]
        picked: list[RenderableType] = []
        if measured:
            picked += [max(measured, key=lambda m: m[0].maximum)[1]]
            picked += [max(measured, key=lambda m: m[0].minimum)[1]]
        columns.append(replace(column, _cells=picked))
    proxy = Table(
        *columns,
        title=table.title,
        box=table.box,
        padding=table.padding,
        collapse_padding=table.collapse_padding,
        pad_edge=table.pad_edge,
        show_header=table.show_header,
        show_edge=table.show_edge,
        show_lines=table.show_lines,
        min_width=table.min_width,
        leading=table.leading,
    )
    proxy.columns = columns  # as they are, with their indexes
    widths = proxy._calculate_column_widths(
        console, options.update_width(options.max_width - proxy._extra_width)
    )
    fixed = [
        w - table._get_padding_width(c._index) for c, w in zip(table.columns, widths, strict=True)
    ]
    if min(fixed, default=1) < 1:
        return
    for column, width in zip(table.columns, fixed, strict=True):
        column.width = width
