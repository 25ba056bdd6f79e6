"""What every command shares: the --config option, loading settings and the store, consoles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy import Engine
from typer.core import TyperGroup

from outreach.errors import OutreachError
from outreach.logs import register_secret
from outreach.settings import CONFIG_ENV, Settings, load_settings
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
    for secret in (
        settings.smtp.password,
        settings.smtp.oauth2_token,
        settings.imap.password,
        settings.imap.oauth2_token,
        settings.campaign.token_secret,
    ):
        register_secret(secret.get_secret_value() if secret is not None else None)
    return Runtime(settings=settings, engine=open_store(settings.store_url))


class OutreachGroup(TyperGroup):
    """Prints our own errors as one readable line and exits 1, instead of a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OutreachError as exc:
            for line in str(exc).splitlines() or [type(exc).__name__]:
                err_console.print(f"[bold red]Error:[/] {escape(line)}")
            raise typer.Exit(1) from None
