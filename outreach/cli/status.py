"""`outreach status`: counts per state and a table per municipality."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from sqlmodel import Session, select

from outreach.cli.common import ConfigOption, JsonOption, console, runtime
from outreach.cli.tables import DataTable, Markup, municipality_table, styled_state
from outreach.daemon.health import describe_daemon
from outreach.errors import OperatorError
from outreach.overview import campaign_overview
from outreach.status import STATES
from outreach.store import transaction
from outreach.store.models import Municipality
from outreach.timefmt import local_time


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    state: Annotated[
        str | None, typer.Option(help="Only list municipalities in this state.")
    ] = None,
    brief: Annotated[bool, typer.Option("--brief", help="Counts only, no table.")] = False,
    by: Annotated[
        str | None, typer.Option("--by", help="province: a table of states per province.")
    ] = None,
) -> None:
    """Where the campaign stands: counts per state, then every municipality."""
    if by is not None and by != "province":
        raise OperatorError(f"--by {by!r}: only 'province' is supported")
    rt = runtime(config)
    if by == "province":
        with transaction(rt.engine) as session:
            console.print(province_table(session))
        return
    overview = campaign_overview(rt.engine)
    if as_json:
        typer.echo(json.dumps(overview, indent=2, ensure_ascii=False))
        return
    if not brief:
        with transaction(rt.engine) as session:
            query = select(Municipality).order_by(Municipality.province, Municipality.name)
            rows = [m for m in session.exec(query) if state is None or m.state == state]
        console.print(municipality_table(rows, title="Municipalities"))
    _print_counts(overview["counts"])
    _print_inbox(overview["inbox"])
    _print_daemon(overview["daemon"])


def _print_counts(counts: dict[str, int]) -> None:
    table = DataTable("state", "municipalities", title="Campaign", header_style="bold")
    for state, n in counts.items():
        table.add_row(styled_state(state), str(n))
    table.add_row(Markup("[bold]total[/]"), Markup(f"[bold]{sum(counts.values())}[/]"))
    console.print(table)


def _print_inbox(inbox: dict[str, Any]) -> None:
    if not inbox["messages"] and not inbox["last_poll"]:
        return
    console.print(
        f"Inbox: {inbox['messages']} messages stored, {inbox['unmatched']} without a municipality, "
        f"[bold]{inbox['review']} waiting for review[/] (`outreach review`). "
        f"Last poll: {_when(inbox['last_poll'])}."
    )


def _print_daemon(values: dict[str, Any]) -> None:
    for line in describe_daemon(values):
        console.print(line)


def _when(stamp: str | None) -> str:
    return local_time(datetime.fromisoformat(stamp)) if stamp else "never"


def province_counts(session: Session) -> dict[str, Counter[str]]:
    """Per province, how many municipalities are in each state."""
    counts: dict[str, Counter[str]] = {}
    for province, state in session.exec(select(Municipality.province, Municipality.state)):
        counts.setdefault(province, Counter())[state] += 1
    return dict(sorted(counts.items()))


def province_table(session: Session) -> Table:
    counts = province_counts(session)
    totals: Counter[str] = sum(counts.values(), Counter())
    states = [state for state in STATES if totals[state]]
    table = Table(title="Municipalities per province", header_style="bold")
    table.add_column("province")
    for state in states:
        table.add_column(styled_state(state), justify="right")
    table.add_column("total", justify="right")
    for province, row in counts.items():
        table.add_row(
            escape(province), *(str(row[s] or "") for s in states), str(sum(row.values()))
        )
    table.add_row(
        "[bold]total[/]",
        *(f"[bold]{totals[s]}[/]" for s in states),
        f"[bold]{sum(totals.values())}[/]",
    )
    return table
