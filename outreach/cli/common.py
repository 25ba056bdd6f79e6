"""What every command shares: the --config option, loading settings and the store, consoles."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from outreach.cli.consoles import warn_exposed_secrets
from outreach.cli.group import OutreachGroup
from outreach.errors import disk_full
from outreach.logs import register_secret
from outreach.settings_files import CONFIG_ENV

if TYPE_CHECKING:
    # Loaded when first used, not at import: `status --json` needs none of them.
    from rich.console import Console
    from sqlalchemy import Engine

    from outreach.settings import Settings

    console: Console
    err_console: Console


def __getattr__(name: str) -> Any:
    """`console` and `err_console`: those of `cli.consoles`, made once, on first use."""
    if name not in {"console", "err_console"}:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from outreach.cli import consoles

    made = getattr(consoles, name)
    globals()[name] = made
    return made


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
    settings = command_settings(config)
    return Runtime(settings=settings, engine=open_store(settings.store_url))


def command_settings(config: Path | None) -> Settings:
    """The settings, with a warning about readable secrets; no secret is ever logged."""
    from outreach.settings import load_settings

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
    return settings


def open_store(url: str) -> Engine:
    """The store opened and migrated (SQLAlchemy is loaded here, not at import)."""
    from outreach.store.engine import open_store as open_engine

    return open_engine(url)


__all__ = [
    "ConfigOption",
    "JsonOption",
    "OutreachGroup",
    "Runtime",
    "command_settings",
    "console",
    "disk_full",
    "err_console",
    "runtime",
    "warn_exposed_secrets",
]
