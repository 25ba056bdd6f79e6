"""What `outreach status` shows: counts per state, a table per municipality, the inbox, the daemon.

Read-only, so it reads the store with plain `sqlite3` (`store.reader`) and the one setting it
needs with `tomllib`: loading the ORM and the validated settings would take several times as
long as the rest of the command. Whenever that quick way does not apply (settings beyond the
ordinary, a store not yet migrated), the command opens the store as every other command does.
Free of the command-line library: `cli.status` is the typer command, `cli.quick_status` the
same command without typer.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from outreach.cli import consoles
from outreach.cli.consoles import warn_exposed_secrets
from outreach.errors import OperatorError
from outreach.overview import campaign_overview, plain_overview
from outreach.settings_files import secret_files, store_url_quickly, warn_if_readable
from outreach.status import STATES
from outreach.store import reader
from outreach.store.reader import MunicipalityView
from outreach.timefmt import local_time

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from outreach.cli.tables import DataTable

BY_CHOICES = ("province",)


def show_status(
    source: StatusSource,
    *,
    as_json: bool = False,
    state: str | None = None,
    brief: bool = False,
    by: str | None = None,
) -> None:
    """Print the status from `source`."""
    # The tables (rich) are loaded only when drawn: `--json` goes without.
    check_by(by)
    if by == "province":
        consoles.console.print(province_table(source.province_states()))
        return
    overview = source.overview()
    if as_json:
        print(json.dumps(overview, indent=2, ensure_ascii=False))
        return
    if not brief:
        from outreach.cli.tables import municipality_table

        rows = [m for m in source.by_province() if state is None or m.state == state]
        consoles.console.print(municipality_table(rows, title="Municipalities"))
    _print_counts(overview["counts"])
    _print_inbox(overview["inbox"])
    _print_daemon(overview["daemon"])


def check_by(by: str | None) -> None:
    if by is not None and by not in BY_CHOICES:
        raise OperatorError(f"--by {by!r}: only 'province' is supported")


class StatusSource(Protocol):
    """What `status` reads: from the ORM, or from a plain connection (the same answers)."""

    def overview(self) -> dict[str, Any]: ...
    def by_province(self) -> list[MunicipalityView]: ...
    def province_states(self) -> list[tuple[str, str]]: ...


class PlainSource:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def overview(self) -> dict[str, Any]:
        return plain_overview(self.connection)

    def by_province(self) -> list[MunicipalityView]:
        return list(reader.municipalities(self.connection, by_province=True))

    def province_states(self) -> list[tuple[str, str]]:
        return reader.province_states(self.connection)


class OrmSource:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def overview(self) -> dict[str, Any]:
        return campaign_overview(self.engine)

    def by_province(self) -> list[MunicipalityView]:
        from sqlmodel import select

        from outreach.store import transaction
        from outreach.store.models import Municipality

        with transaction(self.engine) as session:
            query = select(Municipality).order_by(Municipality.province, Municipality.name)
            rows: list[MunicipalityView] = [*session.exec(query)]
            return rows

    def province_states(self) -> list[tuple[str, str]]:
        from sqlmodel import select

        from outreach.store import transaction
        from outreach.store.models import Municipality

        with transaction(self.engine) as session:
            query = select(Municipality.province, Municipality.state)
            return [(province, state) for province, state in session.exec(query)]


def plain_connection(config: Path | None) -> sqlite3.Connection | None:
    """The store for the plain reader, or None when the ORM must open it."""
    url = store_url_quickly(config)
    return reader.open_reader(url) if url else None


@contextmanager
def open_source(config: Path | None) -> Iterator[StatusSource]:
    """The quick plain reader when it applies, else the store opened as usual."""
    connection = plain_connection(config)
    if connection is None:
        from outreach.cli.common import runtime

        yield OrmSource(runtime(config).engine)
        return
    with plain_source(config, connection) as source:
        yield source


@contextmanager
def plain_source(config: Path | None, connection: sqlite3.Connection) -> Iterator[PlainSource]:
    with closing(connection):
        # What loading the settings would have said about the secrets file.
        for path in secret_files(config):
            warn_if_readable(path)
        warn_exposed_secrets(config)
        yield PlainSource(connection)


def _print_counts(counts: dict[str, int]) -> None:
    from outreach.cli.tables import DataTable, Markup, styled_state

    table = DataTable("state", "municipalities", title="Campaign", header_style="bold")
    for state, n in counts.items():
        table.add_row(styled_state(state), str(n))
    table.add_row(Markup("[bold]total[/]"), Markup(f"[bold]{sum(counts.values())}[/]"))
    consoles.console.print(table)


def _print_inbox(inbox: dict[str, Any]) -> None:
    if not inbox["messages"] and not inbox["last_poll"]:
        return
    answer = inbox.get("to_answer", 0)
    questions = (
        f", [bold]{answer} question{'s' if answer != 1 else ''} to answer[/] "
        "(`outreach review list --to-answer`)"
        if answer
        else ""
    )
    consoles.console.print(
        f"Inbox: {inbox['messages']} messages stored, {inbox['unmatched']} without a municipality, "
        f"[bold]{inbox['review']} waiting for review[/] (`outreach review`){questions}. "
        f"Last poll: {_when(inbox['last_poll'])}."
    )
    positions = inbox.get("own_positions", 0)
    if positions:
        # Decided without review and changing no state, so they are shown here to be seen.
        consoles.console.print(
            f"{positions} refusal{'s' if positions != 1 else ''} or opt-out"
            f"{'s' if positions != 1 else ''} by a party or council member, recorded as their "
            "own position; the municipality's campaign goes on (see the municipality's page)."
        )


def _print_daemon(values: dict[str, Any]) -> None:
    from outreach.daemon.health import describe_daemon

    for line in describe_daemon(values):
        consoles.console.print(line)


def _when(stamp: str | None) -> str:
    return local_time(datetime.fromisoformat(stamp)) if stamp else "never"


def province_counts(rows: Iterable[tuple[str, str]]) -> dict[str, Counter[str]]:
    """Per province, how many municipalities are in each state."""
    counts: dict[str, Counter[str]] = {}
    for province, state in rows:
        counts.setdefault(province, Counter())[state] += 1
    return dict(sorted(counts.items()))


def province_table(rows: Iterable[tuple[str, str]]) -> DataTable:
    from outreach.cli.tables import DataTable, Markup, styled_state

    counts = province_counts(rows)
    totals: Counter[str] = sum(counts.values(), Counter())
    states = [state for state in STATES if totals[state]]
    table = DataTable(title="Municipalities per province", header_style="bold")
    table.add_column("province")
    for state in states:
        table.add_column(styled_state(state), justify="right")
    table.add_column("total", justify="right")
    for province, row in counts.items():
        table.add_row(province, *(str(row[s] or "") for s in states), str(sum(row.values())))
    table.add_row(
        Markup("[bold]total[/]"),
        *(Markup(f"[bold]{totals[s]}[/]") for s in states),
        Markup(f"[bold]{sum(totals.values())}[/]"),
    )
    return table
