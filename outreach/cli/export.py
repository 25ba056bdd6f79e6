"""`outreach export`: the campaign as a CSV, XLSX or JSON file for a spreadsheet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from outreach.cli.common import ConfigOption, console, runtime
from outreach.export import ExportFormat, export_rows, render_export, write_export
from outreach.store import transaction


def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv, xlsx or json.")
    ] = ExportFormat.csv,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="File to write (default: standard output, for xlsx a file)."
        ),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """One row per municipality: address, state (also in Dutch), last message, review, clause f."""
    if out is None and fmt is ExportFormat.xlsx:
        out = Path("outreach-export.xlsx")
    rt = runtime(config)
    with transaction(rt.engine) as session:
        rows = export_rows(session)
    if out is None:
        sys.stdout.buffer.write(render_export(rows, fmt))
        sys.stdout.flush()
        return
    size = write_export(rows, fmt, out)
    console.print(f"{len(rows)} municipalities written to {out} ({size:,} bytes).")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
