"""`outreach preview` and `outreach send`.

Both read and write the store with plain SQL (`store.plain`) and never load the ORM: the
start-up of `outreach send --really` is most of its time (see `bench/bench_send.py`).
"""

from __future__ import annotations

import asyncio
import gc
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from outreach.cli.common import ConfigOption, command_settings, console
from outreach.compose.letter import Composer
from outreach.daemon.lock import DaemonLock, lock_path_for
from outreach.errors import OperatorError
from outreach.private import private_dir, write_private
from outreach.sending.preflight import check_only, clause_f_summary
from outreach.sending.service import LetterSender, Selection, SendReport
from outreach.status import SENDING
from outreach.store.letters import codes_in_state, recipient
from outreach.store.plain import PlainStore
from outreach.transport.base import MailTransport

if TYPE_CHECKING:
    from outreach.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("preview")(preview)
    app.command("send")(send)


def preview(
    code: Annotated[str, typer.Argument(help="CBS code, e.g. GM0344.")],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the .eml and attachments.")],
    config: ConfigOption = None,
) -> None:
    """Write the exact message one municipality would get, with its attachments, to a folder."""
    settings = command_settings(config)
    store = PlainStore.open(settings.store_url)
    try:
        with store.transaction() as cursor:
            municipality = recipient(cursor, code.upper())
    finally:
        store.close()
    if municipality is None:
        raise OperatorError(f"no municipality with code {code!r}")
    if not municipality.email:
        raise OperatorError(f"{municipality.name} has no e-mail address; nothing would be sent")
    composer = Composer(settings.campaign, template_dir=None)
    letter, mail = composer.outgoing(municipality)
    private_dir(out)
    eml = out / f"{municipality.cbs_code}.eml"
    write_private(eml, mail.data)
    console.print(f"[bold]To:[/] {escape(letter.to_address)}")
    if letter.reply_to:
        console.print(f"[bold]Reply-To:[/] {escape(letter.reply_to)}")
    console.print(f"[bold]Subject:[/] {escape(letter.subject)}")
    console.print(f"[bold]Message-ID:[/] {escape(letter.message_id)}")
    console.print(f"{eml}  ({eml.stat().st_size:,} bytes)")
    for attachment in letter.attachments:
        path = out / attachment.filename
        write_private(path, attachment.content)
        console.print(f"{path}  ({len(attachment.content):,} bytes)")


def send(
    config: ConfigOption = None,
    really: Annotated[
        bool, typer.Option("--really", help="Send for real (default: dry run).")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="Send at most this many.", min=1)] = None,
    only: Annotated[
        list[str] | None, typer.Option("--only", help="Only this CBS code (repeatable).")
    ] = None,
    test_to: Annotated[
        str | None,
        typer.Option("--test-to", help="Send every message to this address instead (canary run)."),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            help="Also send letters an interrupted run left in 'sending' (may duplicate)."
        ),
    ] = False,
    retry_failed: Annotated[
        bool, typer.Option(help="Try again where the server refused for good.")
    ] = False,
    no_clause_f_ok: Annotated[
        bool,
        typer.Option(
            "--no-clause-f-ok", help="Send even though no motion carries clause f (noodopvang)."
        ),
    ] = False,
) -> None:
    """Send the letter to every municipality that has an address and has not had it yet."""
    settings = command_settings(config)
    # What start-up made (modules, settings, templates) lives until the process ends: the
    # garbage collector need not walk it again for every letter, nor once more at the exit.
    gc.freeze()
    dry_run = not really and settings.send.dry_run
    selection = Selection(
        only=tuple(only or ()), limit=limit, force=force, retry_failed=retry_failed
    )
    store = PlainStore.open(settings.store_url)
    try:
        _send(store, settings, selection, dry_run=dry_run, test_to=test_to, ok=no_clause_f_ok)
    finally:
        store.close()


def _send(
    store: PlainStore,
    settings: Settings,
    selection: Selection,
    *,
    dry_run: bool,
    test_to: str | None,
    ok: bool,
) -> None:
    _preflight(store, selection, real=not dry_run and not test_to, ok=ok)
    transport: MailTransport
    if dry_run:
        from outreach.transport.outbox import OutboxTransport

        outbox = settings.path(settings.send.outbox_dir)
        transport = OutboxTransport(outbox, replace=True)
        console.print(
            f"[yellow]Dry run:[/] nothing is sent; messages are written to {outbox}. "
            "Add --really to send."
        )
    else:
        from outreach.transport.smtp import SmtpTransport

        transport = SmtpTransport(settings.smtp)
        target = (
            f"to [bold]{escape(test_to)}[/] only (canary)" if test_to else "to the municipalities"
        )
        console.print(f"Sending through {settings.smtp.host} {target}.")
    sender = LetterSender(
        store=store,
        settings=settings,
        composer=Composer(settings.campaign),
        transport=transport,
    )
    # One sender per store: a real run takes the daemon's lock, so the two never race.
    lock = (
        nullcontext()
        if dry_run
        else DaemonLock(lock_path_for(settings.store_url, settings.base_dir))
    )
    outcomes: list[str] = []
    with lock:
        try:
            report = asyncio.run(
                _run(sender, selection, dry_run=dry_run, canary_to=test_to, outcomes=outcomes)
            )
        except KeyboardInterrupt:
            _print_interrupted(store, outcomes, dry_run=dry_run, canary=bool(test_to))
            raise typer.Exit(130) from None
    _print_report(report)
    if report.stopped:
        raise typer.Exit(1)


def _preflight(store: PlainStore, selection: Selection, *, real: bool, ok: bool) -> None:
    """Unknown `--only` codes stop the run; a real send with no clause f at all is confirmed."""
    with store.transaction() as cursor:
        check_only(cursor, selection.only)
        clause = clause_f_summary(cursor, selection)
    if not clause.letters:
        return
    console.print(
        f"{clause.with_clause_f} of the {clause.letters} motions carry clause f (noodopvang)."
    )
    if clause.with_clause_f or not real or ok:
        return
    question = "No motion carries clause f (noodopvang is 'nee' everywhere). Send anyway?"
    if sys.stdin.isatty() and sys.stdout.isatty() and typer.confirm(question, default=False):
        return
    raise OperatorError(
        "no motion would carry clause f: set noodopvang where there is emergency shelter "
        "(`outreach contacts set CODE --noodopvang ja`, or a noodopvang column in an import), "
        "or pass --no-clause-f-ok to send without it"
    )


async def _run(
    sender: LetterSender,
    selection: Selection,
    *,
    dry_run: bool,
    canary_to: str | None,
    outcomes: list[str],
) -> SendReport:
    try:
        if not console.is_terminal:
            # Off a terminal (a log, a pipe) a progress bar draws nothing: the report says it.
            return await sender.send_letters(
                selection,
                dry_run=dry_run,
                canary_to=canary_to,
                progress=lambda _code, outcome: outcomes.append(outcome),
            )
        return await _run_with_progress(
            sender, selection, dry_run=dry_run, canary_to=canary_to, outcomes=outcomes
        )
    finally:
        await sender.transport.close()


async def _run_with_progress(
    sender: LetterSender,
    selection: Selection,
    *,
    dry_run: bool,
    canary_to: str | None,
    outcomes: list[str],
) -> SendReport:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("sending", total=None)

        def planned(total: int) -> None:
            progress.update(task, total=total)

        def advance(code: str, outcome: str) -> None:
            outcomes.append(outcome)
            progress.update(task, advance=1, description=f"{code} {outcome}")

        return await sender.send_letters(
            selection, dry_run=dry_run, canary_to=canary_to, progress=advance, planned=planned
        )


def _print_interrupted(
    store: PlainStore, outcomes: list[str], *, dry_run: bool, canary: bool
) -> None:
    """Ctrl-C: what went out, what may have, and what to do next."""
    done = outcomes.count("sent") + outcomes.count("written")
    verb = "written to the outbox" if dry_run else "sent"
    console.print(f"[bold yellow]Interrupted.[/] {done} {verb} in this run.")
    if dry_run or canary:
        console.print("Run the same command again to do the rest.")
        return
    with store.transaction() as cursor:
        left = codes_in_state(cursor, SENDING)
    if left:
        console.print(
            f"{len(left)} left in 'sending' ({escape(', '.join(left))}): they may have gone out. "
            "Run `outreach run` (it looks them up in the Sent folder and settles them), or "
            "check the Sent folder yourself."
        )
    console.print("`outreach send --really` again sends the rest; nobody gets the letter twice.")


def _print_report(report: SendReport) -> None:
    verb = "written to the outbox" if report.dry_run else "sent"
    if report.canary_to:
        verb = f"sent to {report.canary_to}"
    console.print(f"[green]{len(report.sent)} {escape(verb)}[/].")
    if report.rendered:
        console.print(f"Canary letters for: {escape(', '.join(report.rendered))}.")
        console.print(
            "They have their own Message-IDs and records: the municipalities themselves still "
            "get their letter from `outreach send --really`."
        )
    if report.failed:
        console.print(f"[red]{len(report.failed)} refused by the server for good:[/]")
        for code, reply in report.failed:
            console.print(f"  {code}: {escape(reply)}")
    if report.rescheduled:
        console.print(f"[yellow]{len(report.rescheduled)} not sent this time (will be retried):[/]")
        for code, reply in report.rescheduled:
            console.print(f"  {code}: {escape(reply)}")
    if report.maybe_sent:
        console.print(
            f"[yellow]{len(report.maybe_sent)} may have gone:[/] the server took the whole "
            "message but never confirmed it. They are not sent again until `outreach run` has "
            "looked for them in the Sent folder."
        )
        for code, reply in report.maybe_sent:
            console.print(f"  {code}: {escape(reply)}")
    if report.skipped_in_flight:
        console.print(
            f"[yellow]{len(report.skipped_in_flight)} were being sent when an earlier run "
            f"stopped[/] ({', '.join(report.skipped_in_flight)}); they may have gone out. "
            "`outreach run` checks the Sent folder and settles them; --force sends them again "
            "without checking."
        )
    if report.stopped:
        console.print(f"[bold red]Stopped:[/] {escape(report.stopped)}")
    if not report.attempted and not report.stopped and not report.dry_run:
        console.print("Nothing to send: every municipality with an address has had the letter.")
