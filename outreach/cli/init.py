"""`outreach init`: create what a campaign needs, or report on the one that exists."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from outreach.campaign_init import InitReport, init_campaign
from outreach.cli.common import ConfigOption, console
from outreach.cli.contacts import print_without_address
from outreach.settings import config_path
from outreach.store import open_store


def init(
    config: ConfigOption = None,
    contacts_file: Annotated[
        Path | None,
        typer.Option(
            "--contacts",
            help="Municipality CSV or .xlsx (default: the list shipped with outreach).",
        ),
    ] = None,
) -> None:
    """Create settings.toml, the database and the municipality list; an existing one is kept."""
    path = config_path(config)
    print_init_report(init_campaign(path, contacts=contacts_file), path)


def print_init_report(report: InitReport, path: Path) -> None:
    if report.created_settings:
        console.print(
            f"Created {path} with a new secret. Fill in your mail account there (see README)."
        )
    else:
        console.print(f"Settings found: {path} (kept as it is).")
    database = report.database.removeprefix("sqlite:///")
    if report.contacts is None:
        found = report.existing
        console.print(
            f"Store found: {database}: {found.municipalities} municipalities "
            f"({found.with_address} with an address), {found.sent} sent the letter."
        )
        console.print("[green]Nothing changed.[/] `outreach status` shows where each one stands.")
        return
    console.print(f"Database {'found' if report.store_existed else 'created'}: {database}")
    console.print(f"Municipalities: {len(report.contacts.added)} added.")
    for error in report.contacts.errors:
        console.print(f"  [red]{report.contacts.unit} {error.line}[/]: {escape(error.reason)}")
    print_without_address(open_store(report.database))
    console.print(
        "Nothing has been sent. Next: `outreach preview GM0344 --out preview/`, "
        "then `outreach send`."
    )


def register(app: typer.Typer) -> None:
    app.command("init")(init)
