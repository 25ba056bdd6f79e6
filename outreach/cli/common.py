"""What every command shares: the --config option, loading settings and the store, consoles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy import Engine

from outreach.cli.group import OutreachGroup, disk_full
from outreach.logs import register_secret
from outreach.private import readable_by_others
from outreach.settings import CONFIG_ENV, Settings, load_settings, secret_files
from outreach.store import open_store

console = Console()
err_console = Console(stderr=True, soft_wrap=True)

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        envvar=CONFIG_ENV,
        help="Settings file (default: ./settings.toml).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


@dataclass
class Runtime:
    settings: Settings
    engine: Engine


def runtime(config: Path | None) -> Runtime:
    """Settings and an open, migrated store."""
    settings = load_settings(config)
    warn_exposed_secrets(config)
    for secret in (
        settings.smtp.password,
        settings.smtp.oauth2_token,
        settings.imap.password,
        settings.imap.oauth2_token,
        settings.campaign.token_secret,
    ):
        register_secret(secret.get_secret_value() if secret is not None else None)
    return Runtime(settings=settings, engine=open_store(settings.store_url))


def warn_exposed_secrets(config: Path | None) -> None:
    """One line per secrets file that others on this machine can read."""
    for path in secret_files(config):
        if readable_by_others(path):
            err_console.print(
                f"[yellow]Warning:[/] {escape(str(path))} holds secrets and other users can read "
                f"it; make it private with: chmod 600 {escape(str(path))}"
            )


__all__ = [
    "ConfigOption",
    "JsonOption",
    "OutreachGroup",
    "Runtime",
    "console",
    "disk_full",
    "err_console",
    "runtime",
]
