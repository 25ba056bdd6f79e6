"""`outreach contacts ...`: import, list, show, and set a municipality's state by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from sqlmodel import Session, col, select

from outreach.cli.common import ConfigOption, OutreachGroup, console, runtime
from outreach.cli.tables import municipality_table, styled_state
from outreach.contacts.importer import ImportReport, import_contacts
from outreach.errors import OperatorError
from outreach.status import STATES, set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage, StatusEvent
from outreach.timefmt import local_time

app = typer.Typer(cls=OutreachGroup, help="The municipalities: import, list, show, set state.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="contacts")


def print_import_report(report: ImportReport, path: Path) -> None:
    console.print(
        f"Imported {path.name}: [green]{report.added} added[/], {report.updated} updated, "
        f"{report.unchanged} unchanged, [red]{len(report.errors)} refused[/]."
    )
    for error in report.errors:
        console.print(f"  [red]line {error.line}[/]: {escape(error.reason)}")
    if report.without_address:
        names = ", ".join(f"{name} ({code})" for code, name in report.without_address)
        console.print(
            f"[yellow]{len(report.without_address)} municipalities have no e-mail address[/] "
            f"and will not be sent the letter until they get one: {escape(names)}. Add them with "
            "a CSV (`outreach contacts import FILE.csv`)."
        )


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="CSV with cbs_code,name,province,email.")],
    config: ConfigOption = None,
) -> None:
    """Add or update municipalities from a CSV file; bad rows are reported and skipped."""
    rt = runtime(config)
    report = import_contacts(engine=rt.engine, path=file)
    print_import_report(report, file)
    if report.errors:
        raise typer.Exit(1 if not (report.added or report.updated or report.unchanged) else 0)


@app.command("list")
def list_command(
    config: ConfigOption = None,
    state: Annotated[str | None, typer.Option(help="Only this state.")] = None,
    province: Annotated[str | None, typer.Option(help="Only this province.")] = None,
) -> None:
    """A table of municipalities."""
    rt = runtime(config)
    with transaction(rt.engine) as session:
        query = select(Municipality).order_by(Municipality.name)
        if state:
            query = query.where(Municipality.state == state)
        if province:
            query = query.where(col(Municipality.province).ilike(province))
        rows = list(session.exec(query))
    console.print(municipality_table(rows, title=f"{len(rows)} municipalities"))


@app.command("show")
def show_command(
    code: Annotated[str, typer.Argument(help="CBS code, e.g. GM0344.")],
    config: ConfigOption = None,
) -> None:
    """Everything known about one municipality: address, state, messages, history."""
    rt = runtime(config)
    with transaction(rt.engine) as session:
        m = _get(session, code)
        outgoing = list(
            session.exec(select(OutgoingMessage).where(OutgoingMessage.cbs_code == m.cbs_code))
        )
        incoming = list(
            session.exec(select(IncomingMessage).where(IncomingMessage.cbs_code == m.cbs_code))
        )
        events = list(
            session.exec(
                select(StatusEvent)
                .where(StatusEvent.cbs_code == m.cbs_code)
                .order_by(col(StatusEvent.id))
            )
        )
    console.print(f"[bold]{m.name}[/] ({m.cbs_code}), {m.province}")
    console.print(f"  address: {m.email or '[yellow]none: needs an address[/]'}")
    if m.suggested_email:
        console.print(f"  suggested address: {m.suggested_email}")
    console.print(f"  domain: {m.domain or '-'}   noodopvang: {'ja' if m.noodopvang else 'nee'}")
    console.print(
        f"  state: {styled_state(m.state)}   open question: {'yes' if m.open_question else 'no'}"
    )
    if outgoing:
        table = Table("step", "state", "to", "attempts", "sent", "server reply", title="Sent")
        for o in outgoing:
            table.add_row(
                o.step,
                o.state,
                o.to_address,
                str(o.attempts),
                local_time(o.sent_at),
                escape(o.last_reply or ""),
            )
        console.print(table)
    if incoming:
        table = Table("id", "received", "from", "subject", "label", title="Received")
        for i in incoming:
            table.add_row(
                str(i.id),
                local_time(i.received_at),
                escape(i.from_address or ""),
                escape(i.subject or ""),
                i.label or "",
            )
        console.print(table)
    table = Table("when", "from", "to", "by", "cause", title="History")
    for e in events:
        table.add_row(
            local_time(e.at), e.old_state or "", styled_state(e.new_state), e.actor, escape(e.cause)
        )
    console.print(table)


@app.command("set-state")
def set_state_command(
    code: Annotated[str, typer.Argument(help="CBS code.")],
    state: Annotated[str, typer.Argument(help=f"One of: {', '.join(STATES)}.")],
    note: Annotated[str, typer.Option("--note", help="Why (kept in the history).")],
    config: ConfigOption = None,
) -> None:
    """Set a municipality's state by hand (any state; the note is kept in its history)."""
    if state not in STATES:
        raise OperatorError(f"unknown state {state!r}; choose one of: {', '.join(STATES)}")
    rt = runtime(config)
    with transaction(rt.engine) as session:
        m = _get(session, code)
        old = m.state
        changed = set_state(session, m, state, cause=f"set by hand: {note}", actor="operator")
    if changed:
        console.print(f"{m.name}: {old} → {styled_state(state)}")
    else:
        console.print(f"{m.name} is already {styled_state(state)}; nothing changed.")


def _get(session: Session, code: str) -> Municipality:
    found = session.get(Municipality, code.upper())
    if found is None:
        raise OperatorError(f"no municipality with code {code!r} (codes look like GM0344)")
    return found
