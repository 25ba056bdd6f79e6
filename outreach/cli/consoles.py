"""The console and the error console every command prints to, made once, on first use.

Free of the command-line library, so that a command's quick path (`cli.quick_status`) prints
through the very same consoles as its typer command; rich itself loads only when one is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from outreach.private import readable_by_others
from outreach.settings_files import secret_files

if TYPE_CHECKING:
    from rich.console import Console

    console: Console
    err_console: Console


def __getattr__(name: str) -> Any:
    if name not in {"console", "err_console"}:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from rich.console import Console

    made = Console() if name == "console" else Console(stderr=True, soft_wrap=True)
    globals()[name] = made
    return made


def warn_exposed_secrets(config: Path | None) -> None:
    """One line per secrets file that others on this machine can read."""
    for path in secret_files(config):
        if readable_by_others(path):
            from rich.markup import escape

            from outreach.cli.consoles import err_console

            err_console.print(
                f"[yellow]Warning:[/] {escape(str(path))} holds secrets and other users can read "
                f"it; make it private with: chmod 600 {escape(str(path))}"
            )
