"""`outreach demo`: the whole campaign on this machine, against a local test mail server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    folder: Annotated[Path, typer.Option(help="Folder for the demo (emptied first).")] = Path(
        "demo"
    ),
) -> None:
    """Run the whole campaign locally: a test mail server, nothing leaves the machine."""
    from outreach.demo.run import run_demo

    raise typer.Exit(run_demo(folder))
