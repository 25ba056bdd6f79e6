"""What every command shares: the --config option, loading settings and the store, consoles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from outreach.cli.group import OutreachGroup
from outreach.settings import CONFIG_ENV, Settings, load_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

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
    from outreach.store import open_store

    settings = load_settings(config)
    return Runtime(settings=settings, engine=open_store(settings.store_url))


__all__ = [
    "ConfigOption",
    "JsonOption",
    "OutreachGroup",
    "Runtime",
    "console",
    "err_console",
    "runtime",
]
