"""`outreach init`: settings, database and the municipality list for a new campaign."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from outreach.cli.common import ConfigOption, console


def register(app: typer.Typer) -> None:
    app.command("init")(init)


def init(
    config: ConfigOption = None,
    contacts_file: Annotated[
        Path | None,
        typer.Option(
            "--contacts", help="Municipality CSV (default: the list shipped with outreach)."
        ),
    ] = None,
) -> None:
    """Create settings.toml (with a fresh secret), the database, and import the municipalities."""
    from outreach.cli.contacts import print_import_report
    from outreach.settings import config_path
    from outreach.setup import init_campaign

    path = config_path(config)
    report = init_campaign(path, contacts=contacts_file)
    if report.created_settings:
        console.print(
            f"Created {path} with a new secret. Fill in your mail account there (see README)."
        )
    else:
        console.print(f"{path} already exists; kept it.")
    console.print(f"Database ready: {report.database.removeprefix('sqlite:///')}")
    print_import_report(report.contacts, contacts_file or Path("municipalities.csv"))
    console.print(
        "Nothing has been sent. Next: `outreach check`, `outreach preview GM0344 --out preview/`, "
        "then `outreach send`."
    )
