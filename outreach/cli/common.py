"""What every command shares: the --config option, loading settings and the store, consoles."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from typer.core import TyperGroup

from outreach.errors import OutreachError
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
    return Runtime(settings=settings, engine=open_store(settings.store_url))


def warn_exposed_secrets(config: Path | None) -> None:
    """One line per secrets file that others on this machine can read."""
    for path in secret_files(config):
        if readable_by_others(path):
            err_console.print(
                f"[yellow]Warning:[/] {escape(str(path))} holds secrets and other users can read "
                f"it; make it private with: chmod 600 {escape(str(path))}"
            )


class OutreachGroup(TyperGroup):
    """Prints our own errors as one readable line and exits 1, instead of a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OutreachError as exc:
            for line in str(exc).splitlines() or [type(exc).__name__]:
                err_console.print(f"[bold red]Error:[/] {escape(line)}")
            raise typer.Exit(1) from None
        except (OSError, OperationalError) as exc:
            if not disk_full(exc):
                raise
            err_console.print(
                "[bold red]Error:[/] the disk is full: free some space and run the command "
                "again (what was saved before stays saved)"
            )
            raise typer.Exit(1) from None


def disk_full(exc: BaseException) -> bool:
    """Whether `exc` (or what caused it) says the disk or the database file is full."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in {errno.ENOSPC, errno.EDQUOT}:
            return True
        if "database or disk is full" in str(seen) or "No space left on device" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
