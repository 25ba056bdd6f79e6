"""The `outreach` command: each sub-command lives in its own module; this file wires them up."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Annotated

import typer

from outreach.cli import contacts, send, status
from outreach.cli.common import OutreachGroup
from outreach.logs import LogFormat, configure_logging

app = typer.Typer(
    cls=OutreachGroup,
    help="Run KinderpardonNU's letter campaign to Dutch municipalities and follow every reply.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)
app.add_typer(contacts.app, name="contacts")
app.command("preview")(send.preview)
app.command("send")(send.send)
app.command("status")(status.status)

# Commands added by later parts of the program register themselves when present.
for _name in (
    "outreach.cli.inbox",
    "outreach.cli.review",
    "outreach.cli.daemon",
    "outreach.cli.export",
    "outreach.cli.init",
    "outreach.cli.rules",
):
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as _exc:
        if _exc.name != _name:
            raise
        continue
    _module.register(app)


@app.callback()
def _options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more detail.")] = False,
    log_format: Annotated[
        LogFormat, typer.Option(help="Log lines as plain text or JSON.")
    ] = LogFormat.plain,
) -> None:
    configure_logging(verbose=verbose, fmt=log_format)


def main() -> None:
    logging.captureWarnings(True)
    app()


@app.command("demo")
def demo(
    folder: Annotated[Path, typer.Option(help="Folder for the demo (emptied first).")] = Path(
        "demo"
    ),
) -> None:
    """Run the whole campaign locally: a test mail server, nothing leaves the machine."""
    from outreach.demo.run import run_demo

    raise typer.Exit(run_demo(folder))
