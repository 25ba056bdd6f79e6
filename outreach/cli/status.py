"""`outreach status`: counts per state and a table per municipality (see `cli.status_view`)."""

from __future__ import annotations

from typing import Annotated

import typer

from outreach.cli.common import ConfigOption, JsonOption
from outreach.cli.status_view import check_by, open_source, show_status


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    state: Annotated[
        str | None, typer.Option(help="Only list municipalities in this state.")
    ] = None,
    brief: Annotated[bool, typer.Option("--brief", help="Counts only, no table.")] = False,
    by: Annotated[
        str | None, typer.Option("--by", help="province: a table of states per province.")
    ] = None,
) -> None:
    """Where the campaign stands: counts per state, then every municipality."""
    check_by(by)
    with open_source(config) as source:
        show_status(source, as_json=as_json, state=state, brief=brief, by=by)
