"""`outreach poll`: read new replies from the campaign inbox into the store."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn
from sqlalchemy import Engine

from outreach.cli.common import ConfigOption, runtime
from outreach.daemon import state
from outreach.inbox.backends import open_source
from outreach.inbox.sync import SyncProgress, SyncReport
from outreach.inbox.watch import poll_once, watch_inbox
from outreach.recording import process_pending
from outreach.settings import Settings

# Fewer new messages than this come in too fast for a progress bar to be worth drawing.
_BACKLOG = 20


def poll(
    config: ConfigOption = None,
    watch: Annotated[
        bool,
        typer.Option("--watch", help="Keep running: wait for new mail (IMAP IDLE) until Ctrl-C."),
    ] = False,
) -> None:
    """Read new messages from the campaign inbox into the store (never marks them as read)."""
    rt = runtime(config)
    console = Console(highlight=False, soft_wrap=True)
    if watch:
        _watch(engine=rt.engine, settings=rt.settings, console=console)
    else:
        _poll(engine=rt.engine, settings=rt.settings, console=console)


def register(app: typer.Typer) -> None:
    app.command("poll")(poll)


def _poll(*, engine: Engine, settings: Settings, console: Console) -> None:
    with _ProgressBar(console) as bar:
        report = poll_once(engine=engine, connect=lambda: open_source(settings), progress=bar)
    console.print(report.summary() + ".")
    processed = _process(engine=engine, settings=settings)
    if processed:
        console.print(f"{processed} message{'s' if processed != 1 else ''} matched and classified.")


def _watch(*, engine: Engine, settings: Settings, console: Console) -> None:
    def on_batch(report: SyncReport) -> None:
        processed = _process(engine=engine, settings=settings)
        if report.seen or processed:
            console.print(f"{datetime.now():%H:%M:%S} {escape(_summary(report, processed))}")

    console.print("Watching the inbox; press Ctrl-C to stop.")
    try:
        asyncio.run(
            watch_inbox(engine=engine, settings=settings, stop=asyncio.Event(), on_batch=on_batch)
        )
    except KeyboardInterrupt:
        console.print("Stopped.")


def _process(*, engine: Engine, settings: Settings) -> int:
    """Match and classify what was stored, and note the time of this pass for `status`."""
    processed = process_pending(engine=engine, settings=settings)
    state.write(engine, state.LAST_POLL, {"at": state.stamp(), "processed": processed})
    return processed


def _summary(report: SyncReport, processed: int) -> str:
    text = report.summary()
    if processed:
        text += f"; {processed} processed"
    return text + "."


class _ProgressBar:
    """A rich progress bar that appears only once a folder has a real backlog."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._progress: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, event: SyncProgress) -> None:
        if self._progress is None:
            if event.total < _BACKLOG:
                return
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=self._console,
                transient=True,
            )
            self._progress.start()
        task = self._tasks.get(event.folder)
        if task is None:
            task = self._progress.add_task(escape(event.folder), total=event.total)
            self._tasks[event.folder] = task
        self._progress.update(task, completed=event.done)

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()
