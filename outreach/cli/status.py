"""`outreach status`: counts per state and a table per municipality."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.table import Table
from sqlmodel import select

from outreach.cli.common import ConfigOption, JsonOption, console, runtime
from outreach.cli.tables import municipality_table, styled_state
from outreach.daemon.health import describe_daemon
from outreach.overview import campaign_overview
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
) -> None:
    """Where the campaign stands: counts per state, then every municipality."""
    rt = runtime(config)
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
    table = Table("state", "municipalities", title="Campaign", header_style="bold")
    for state, n in counts.items():
        table.add_row(styled_state(state), str(n))
    table.add_row("[bold]total[/]", f"[bold]{sum(counts.values())}[/]")
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
