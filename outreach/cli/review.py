"""`outreach review` (the queue, interactively or not) and `outreach classify FILE`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.prompt import Prompt
from sqlalchemy import Engine

from outreach.analysis import Analysis, analyse, build_contexts
from outreach.cli.common import ConfigOption, JsonOption, OutreachGroup, console, runtime
from outreach.cli.tables import DataTable
from outreach.errors import OperatorError
from outreach.review import (
    LABELS,
    ReviewItem,
    load_item,
    mark_answered,
    pending,
    resolve,
    to_answer,
)
from outreach.store import transaction
from outreach.timefmt import local_time

app = typer.Typer(cls=OutreachGroup, help="Work through the messages outreach was unsure about.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="review")
    root.command("classify")(classify_file)


@app.callback(invoke_without_command=True)
def review(ctx: typer.Context, config: ConfigOption = None) -> None:
    """Go through the queue one message at a time: accept, relabel, assign, or skip each."""
    if ctx.invoked_subcommand is not None:
        return
    rt = runtime(config)
    queue = pending(rt.engine)
    if not queue:
        waiting = len(to_answer(rt.engine))
        questions = (
            f" {waiting} question{'s wait' if waiting != 1 else ' waits'} for an answer "
            "(`outreach review list --to-answer`)."
            if waiting
            else ""
        )
        console.print(f"The review queue is empty.{questions}")
        return
    console.print(
        f"{len(queue)} messages to review. Keys: [bold]a[/]ccept, change [bold]l[/]abel, "
        "assign [bold]m[/]unicipality, [bold]s[/]kip, [bold]q[/]uit."
    )
    for number, message in enumerate(queue, 1):
        assert message.id is not None
        item = load_item(rt.engine, message.id)
        _show(item, position=f"{number}/{len(queue)}")
        if not _decide(rt.engine, item):
            break


def _decide(engine: Engine, item: ReviewItem) -> bool:
    message = item.message
    assert message.id is not None
    label, code = message.label or "other", message.cbs_code
    while True:
        key = Prompt.ask(
            "[a/l/m/s/q]", choices=["a", "l", "m", "s", "q"], default="a", console=console
        )
        if key == "q":
            return False
        if key == "s":
            return True
        if key == "l":
            label = Prompt.ask("label", choices=list(LABELS), default=label, console=console)
        elif key == "m":
            code = Prompt.ask("CBS code (e.g. GM0344)", default=code or "", console=console) or None
        if key in {"a", "l", "m"}:
            if (
                key != "a"
                and Prompt.ask("save?", choices=["y", "n"], default="y", console=console) == "n"
            ):
                continue
            try:
                resolve(
                    engine,
                    message.id,
                    label=label,
                    municipality=code if code != message.cbs_code else None,
                )
            except OperatorError as exc:
                console.print(f"[red]{escape(str(exc))}[/]")
                continue
            console.print(f"[green]saved:[/] {label} {code or ''}")
            return True


@app.command("list")
def list_queue(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    answer: Annotated[
        bool,
        typer.Option(
            "--to-answer",
            help="The questions waiting for an answer instead (not doubts: outreach is sure "
            "they are questions).",
        ),
    ] = False,
) -> None:
    """The messages waiting for review (or, with --to-answer, the questions to answer)."""
    rt = runtime(config)
    queue = to_answer(rt.engine) if answer else pending(rt.engine)
    if as_json:
        typer.echo(
            json.dumps(
                [
                    {
                        "id": m.id,
                        "from": m.from_address,
                        "subject": m.subject,
                        "label": m.label,
                        "confidence": m.confidence,
                        "municipality": m.cbs_code,
                        "why": m.review_reason,
                        "state": m.review_state,
                    }
                    for m in queue
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if answer:
        title = (
            f"Questions to answer: {len(queue)} (read one with `outreach review show ID`; "
            "when answered: `outreach review answered ID`)"
        )
        table = DataTable("id", "from", "subject", "municipality", title=title, header_style="bold")
        for m in queue:
            table.add_row(str(m.id), m.from_address or "?", m.subject or "", m.cbs_code or "-")
        console.print(table)
        return
    table = DataTable(
        "id",
        "from",
        "suggested",
        "municipality",
        "why",
        title=f"Review queue: {len(queue)} (details: `outreach review show ID`)",
        header_style="bold",
    )
    for m in queue:
        table.add_row(
            str(m.id),
            m.from_address or "?",
            m.label or "-",
            m.cbs_code or "-",
            m.review_reason or "",
        )
    console.print(table)


@app.command("answered")
def answered(
    message_id: Annotated[int, typer.Argument(help="Id from `outreach review list --to-answer`.")],
    note: Annotated[
        str | None, typer.Option("--note", help="How it was answered (kept with it).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Mark a question as answered: it leaves the list, and the open question closes."""
    rt = runtime(config)
    message = mark_answered(rt.engine, message_id, note=note)
    console.print(f"Message {message.id}: answered; municipality {message.cbs_code or 'none'}.")


@app.command("show")
def show(
    message_id: Annotated[int, typer.Argument(help="Id from `outreach review list`.")],
    config: ConfigOption = None,
) -> None:
    """One message: sender, subject, its own text without quotes, the suggestion and why."""
    rt = runtime(config)
    _show(load_item(rt.engine, message_id))


@app.command("resolve")
def resolve_command(
    message_id: Annotated[int, typer.Argument(help="Id from `outreach review list`.")],
    label: Annotated[str, typer.Option("--label", help=f"One of: {', '.join(LABELS)}.")],
    municipality: Annotated[
        str | None, typer.Option("--municipality", help="CBS code, e.g. GM0344.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Kept with the decision.")] = None,
    config: ConfigOption = None,
) -> None:
    """Decide a queued message; the municipality's status follows as for any classified reply."""
    rt = runtime(config)
    message = resolve(rt.engine, message_id, label=label, municipality=municipality, note=note)
    console.print(
        f"Message {message.id}: {message.label}, municipality {message.cbs_code or 'none'}."
    )


def _show(item: ReviewItem, *, position: str = "") -> None:
    m = item.message
    reasons = "\n".join(
        f"  {escape(r.get('rule', ''))}: {escape(r.get('text', ''))}" for r in m.reasons
    )
    evidence = "\n".join(
        f"  {escape(e.get('kind', ''))}: {escape(str(e.get('value', '')))} → {e.get('cbs_code')}"
        for e in m.match_evidence
    )
    candidates = m.details.get("candidates") or []
    outcome = f" (outcome: {m.details['outcome']})" if m.details.get("outcome") else ""
    body = (
        f"[bold]From:[/] {escape(m.from_address or '?')}\n"
        f"[bold]Subject:[/] {escape(m.subject or '')}\n"
        f"[bold]Received:[/] {local_time(m.received_at)}\n\n{escape(item.own_text[:2000])}\n\n"
        f"[bold]Suggested:[/] {m.label or '-'}{escape(outcome)} ({(m.confidence or 0):.2f}), "
        "municipality "
        f"{m.cbs_code or '-'} {escape(item.municipality_name or '')}"
        f"{'  candidates: ' + ', '.join(candidates) if candidates else ''}\n"
        f"[bold]Why in review:[/] {escape(m.review_reason or '')}\n"
        f"[bold]Rules:[/]\n{reasons or '  -'}\n[bold]Match evidence:[/]\n{evidence or '  -'}"
    )
    console.print(Panel(body, title=f"message {m.id} {position}".strip()))


def classify_file(
    file: Annotated[Path, typer.Argument(help="An .eml file.", exists=True, dir_okay=False)],
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Classify one .eml file against the current store, without storing it."""
    rt = runtime(config)
    with transaction(rt.engine) as session:
        contexts = build_contexts(session, rt.settings)
    analysis = analyse(
        file.read_bytes(), contexts, threshold=rt.settings.review.confidence_threshold
    )
    if as_json:
        typer.echo(json.dumps(analysis.as_json(), indent=2, ensure_ascii=False, default=str))
        return
    _print_analysis(analysis)


def _print_analysis(analysis: Analysis) -> None:
    data = analysis.as_json()
    if analysis.error:
        console.print(f"[red]Cannot be read:[/] {escape(analysis.error)}")
        return
    if analysis.own_copy:
        console.print("Our own message (a copy of one the campaign sent): not a reply.")
        return
    outcome = data["details"].get("outcome")
    console.print(
        f"[bold]label:[/] {data['label']}{f' (outcome: {outcome})' if outcome else ''}  "
        f"(confidence {data['confidence']:.2f})"
    )
    console.print(f"[bold]municipality:[/] {data['municipality'] or 'none'}")
    for e in (data["match"] or {}).get("evidence", []):
        console.print(
            f"  evidence: {escape(e['kind'])} {escape(str(e['value']))} → {e['cbs_code']}"
        )
    for r in data["reasons"]:
        console.print(f"  rule {escape(r['rule'])}: {escape(r['text'])}")
    if data["review"]:
        console.print(f"[yellow]would go to review:[/] {escape(data['review'])}")
    elif data["to_answer"]:
        console.print("[cyan]a question: would go to the questions to answer[/]")
