"""`outreach contacts ...`: import (changes shown first), list, show, set details, set state."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from outreach.cli.common import ConfigOption, OutreachGroup, console, runtime
from outreach.cli.tables import municipality_table, styled_state
from outreach.contacts.edit import set_contact_details
from outreach.contacts.history import contact_history
from outreach.contacts.importer import ImportOptions, ImportPlan, apply_import, prepare_import
from outreach.contacts.lookup import find_municipalities
from outreach.contacts.reference import fold, load_reference
from outreach.contacts.rows import parse_flag
from outreach.errors import OperatorError
from outreach.status import STATES, set_state
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, OutgoingMessage, StatusEvent
from outreach.timefmt import local_time

app = typer.Typer(cls=OutreachGroup, help="The municipalities: import, list, show, set details.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="contacts")


def interactive() -> bool:
    """Whether a person can answer a question (not a script, a pipe or a test)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _shown(value: str | None) -> str:
    return escape(value) if value else "[dim]–[/]"


def print_plan(plan: ImportPlan, path: Path) -> None:
    """Per municipality what would change (field: old → new), unchanged rows, refused rows."""
    for warning in plan.warnings:
        console.print(f"[yellow]Warning:[/] {escape(warning)}")
    for contact in plan.plans:
        tag = " [green](new)[/]" if contact.added else ""
        console.print(f"[bold]{contact.cbs_code} {escape(contact.name)}[/]{tag}")
        for change in contact.changes:
            if contact.added:
                console.print(f"    {change.field}: {_shown(change.new)}")
            else:
                console.print(f"    {change.field}: {_shown(change.old)} → {_shown(change.new)}")
    if plan.errors:
        console.print(f"[red]Refused ({len(plan.errors)}):[/]")
        for error in plan.errors:
            console.print(f"  [red]{plan.unit} {error.line}[/]: {escape(error.reason)}")
    console.print(
        f"{path.name}: [green]{len(plan.added)} to add[/], {len(plan.updated)} to update, "
        f"{plan.unchanged} unchanged, [red]{len(plan.errors)} refused[/]."
    )


def print_without_address(engine: Engine) -> None:
    with transaction(engine) as session:
        rows = list(
            session.exec(
                select(Municipality)
                .where(col(Municipality.email).is_(None))
                .order_by(Municipality.name)
            )
        )
    if rows:
        names = ", ".join(f"{m.name} ({m.cbs_code})" for m in rows)
        console.print(
            f"[yellow]{len(rows)} municipalities have no e-mail address[/] and will not be sent "
            f"the letter until they get one: {escape(names)}. Add them with a CSV or .xlsx "
            "(`outreach contacts import FILE`)."
        )


@app.command("import")
def import_command(
    file: Annotated[
        Path, typer.Argument(help="CSV or .xlsx with cbs_code, name, province, email columns.")
    ],
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Apply the changes without asking.")
    ] = False,
    clear_blank: Annotated[
        bool, typer.Option(help="Let a blank cell erase the value it replaces.")
    ] = False,
    allow_non_municipal: Annotated[
        bool,
        typer.Option(help="Accept codes that are not on the CBS list (contacts added on purpose)."),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Show what a contacts file would change; apply it with --yes (or after confirming)."""
    rt = runtime(config)
    options = ImportOptions(clear_blank=clear_blank, allow_non_municipal=allow_non_municipal)
    with transaction(rt.engine) as session:
        plan = prepare_import(session, file, options=options)
    print_plan(plan, file)
    if not plan.changes_anything:
        console.print("Nothing to change.")
        if plan.errors and not plan.unchanged:
            raise typer.Exit(1)
        return
    if not yes and not (interactive() and typer.confirm("Apply these changes?", default=False)):
        console.print("[yellow]Nothing has been changed.[/] Add --yes to apply.")
        return
    applied = apply_import(rt.engine, file, expected=plan, options=options)
    console.print(
        f"[green]Applied:[/] {len(applied.added)} added, {len(applied.updated)} updated "
        f"(each change is in `outreach contacts show CODE`)."
    )
    print_without_address(rt.engine)


@app.command("list")
def list_command(
    config: ConfigOption = None,
    state: Annotated[str | None, typer.Option(help="Only this state.")] = None,
    province: Annotated[str | None, typer.Option(help="Only this province.")] = None,
) -> None:
    """A table of municipalities."""
    if state is not None and state not in STATES:
        raise OperatorError(f"unknown state {state!r}; choose one of: {', '.join(STATES)}")
    rt = runtime(config)
    with transaction(rt.engine) as session:
        query = select(Municipality).order_by(Municipality.name)
        if state:
            query = query.where(Municipality.state == state)
        rows = list(session.exec(query))
        if province is not None:
            provinces = sorted({m.province for m in session.exec(select(Municipality))})
            wanted = _province(province, provinces)
            rows = [m for m in rows if m.province == wanted]
    console.print(municipality_table(rows, title=f"{len(rows)} municipalities"))


def _province(text: str, provinces: list[str]) -> str:
    """The province `text` names (case and accents aside; Friesland is Fryslân)."""
    key = fold(text.strip())
    for province in provinces:
        if fold(province) == key or {fold(province), key} == {"fryslan", "friesland"}:
            return province
    raise OperatorError(f"unknown province {text!r}; choose one of: {', '.join(provinces)}")


@app.command("show")
def show_command(
    code: Annotated[str, typer.Argument(help="CBS code (GM0344) or name (Utrecht).")],
    config: ConfigOption = None,
) -> None:
    """Everything known about one municipality: address, state, messages, history."""
    rt = runtime(config)
    with transaction(rt.engine) as session:
        m = pick_municipality(session, code)
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
        changes = contact_history(session, m.cbs_code)
    console.print(f"[bold]{escape(m.name)}[/] ({m.cbs_code}), {escape(m.province)}")
    if m.cbs_code not in load_reference():
        console.print("  [yellow]not a municipality on the CBS list[/] (added on purpose)")
    console.print(
        f"  address: {escape(m.email) if m.email else '[yellow]none: needs an address[/]'}"
    )
    if m.suggested_email:
        console.print(f"  suggested address: {escape(m.suggested_email)}")
    console.print(
        f"  domain: {escape(m.domain or '-')}   noodopvang: {'ja' if m.noodopvang else 'nee'} "
        f"(clause f {'in' if m.noodopvang else 'not in'} the motion)"
    )
    console.print(
        f"  state: {styled_state(m.state)}   open question: {'yes' if m.open_question else 'no'}"
    )
    if outgoing:
        table = Table("step", "state", "to", "attempts", "sent", "server reply", title="Sent")
        for o in outgoing:
            table.add_row(
                o.step,
                o.state,
                escape(o.to_address),
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
            local_time(e.at),
            e.old_state or "",
            styled_state(e.new_state),
            escape(e.actor),
            escape(e.cause),
        )
    console.print(table)
    if changes:
        table = Table("when", "field", "old", "new", "source", "note", title="Contact details")
        for c in changes:
            table.add_row(
                local_time(c.at),
                escape(c.field),
                _shown(c.old_value),
                _shown(c.new_value),
                escape(c.source),
                escape(c.note or ""),
            )
        console.print(table)


@app.command("set")
def set_command(
    code: Annotated[str, typer.Argument(help="CBS code (GM0344) or name (Utrecht).")],
    noodopvang: Annotated[
        str | None,
        typer.Option(help="ja or nee: whether the motion carries clause f (emergency shelter)."),
    ] = None,
    email: Annotated[str | None, typer.Option(help="A new e-mail address.")] = None,
    note: Annotated[str | None, typer.Option(help="Why (kept in the history).")] = None,
    config: ConfigOption = None,
) -> None:
    """Change one municipality's details by hand; every change is kept in its history."""
    if noodopvang is None and email is None:
        raise OperatorError("nothing to set: give --noodopvang ja|nee and/or --email ADDRESS")
    shelter = None
    if noodopvang is not None:
        try:
            shelter = parse_flag(noodopvang)
        except ValueError:
            raise OperatorError(f"--noodopvang {noodopvang!r}: give ja or nee") from None
    rt = runtime(config)
    with transaction(rt.engine) as session:
        m = pick_municipality(session, code)
        changes = set_contact_details(session, m, noodopvang=shelter, email=email, note=note)
    if not changes:
        console.print(f"{escape(m.name)}: nothing changed.")
    for change in changes:
        console.print(
            f"{escape(m.name)}: {change.field} {_shown(change.old)} → {_shown(change.new)}"
        )


@app.command("set-state")
def set_state_command(
    code: Annotated[str, typer.Argument(help="CBS code or name.")],
    state: Annotated[str, typer.Argument(help=f"One of: {', '.join(STATES)}.")],
    note: Annotated[str, typer.Option("--note", help="Why (kept in the history).")],
    config: ConfigOption = None,
) -> None:
    """Set a municipality's state by hand (any state; the note is kept in its history)."""
    if state not in STATES:
        raise OperatorError(f"unknown state {state!r}; choose one of: {', '.join(STATES)}")
    rt = runtime(config)
    with transaction(rt.engine) as session:
        m = pick_municipality(session, code)
        old = m.state
        changed = set_state(session, m, state, cause=f"set by hand: {note}", actor="operator")
    if changed:
        console.print(f"{escape(m.name)}: {old} → {styled_state(state)}")
    else:
        console.print(f"{escape(m.name)} is already {styled_state(state)}; nothing changed.")


def pick_municipality(session: Session, text: str) -> Municipality:
    """The one municipality `text` names; asks on a terminal when several match."""
    found = find_municipalities(session, text)
    if found.note:
        console.print(f"[yellow]{escape(found.note)}[/]")
    if len(found.matches) == 1:
        return found.matches[0]
    if not found.matches:
        raise OperatorError(
            f"no municipality {text!r} (give a CBS code such as GM0344, or a name such as Utrecht)"
        )
    listed = ", ".join(f"{m.name} ({m.cbs_code})" for m in found.matches[:20])
    if not interactive():
        raise OperatorError(f"{text!r} matches several municipalities: {listed}; give the code")
    for number, m in enumerate(found.matches, 1):
        console.print(f"  {number}. {escape(m.name)} ({m.cbs_code}, {escape(m.province)})")
    choice = int(typer.prompt("Which one? (number)", type=int))
    if not 1 <= choice <= len(found.matches):
        raise OperatorError(f"no number {choice} in the list")
    return found.matches[choice - 1]
