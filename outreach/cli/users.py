"""`outreach users add|list|remove`: who may log in to the console."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from outreach.cli.common import ConfigOption, OutreachGroup, console, runtime
from outreach.timefmt import local_time

app = typer.Typer(cls=OutreachGroup, help="Who may log in to `outreach console`.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="users")


def _read_password() -> str:
    """From a prompt (typed twice), or the first line of standard input when it is piped."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="Login name, e.g. anna.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Give an existing user a new password.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Add a user (the password is asked for, or read from standard input)."""
    from outreach.console.users import add_user, check_name

    check_name(name)
    rt = runtime(config)
    created = add_user(rt.engine, name, _read_password(), replace=replace)
    verb = "added" if created else "has a new password"
    console.print(f"User {escape(name)} {verb}.")


@app.command("list")
def list_command(config: ConfigOption = None) -> None:
    """The users of the console."""
    from outreach.console.users import list_users

    rt = runtime(config)
    users = list_users(rt.engine)
    if not users:
        console.print("No users yet: `outreach users add NAME`.")
        return
    table = Table("name", "added", "last login", header_style="bold")
    for user in users:
        table.add_row(escape(user.name), local_time(user.created_at), local_time(user.last_login))
    console.print(table)


@app.command("remove")
def remove(
    name: Annotated[str, typer.Argument(help="Login name.")],
    config: ConfigOption = None,
) -> None:
    """Remove a user; a session of theirs that is still open stops working at once."""
    from outreach.console.users import remove_user

    rt = runtime(config)
    remove_user(rt.engine, name)
    console.print(f"User {escape(name)} removed.")
