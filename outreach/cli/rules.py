"""`outreach rules`: every classification rule, in the order the chain runs them, and why.

With `--vocabulary`, the word concepts the rules read (one definition each, in
outreach/classify/vocabulary/*.toml).
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from outreach.cli.common import JsonOption, console


def rules(
    vocabulary: Annotated[
        bool, typer.Option("--vocabulary", help="List the word concepts instead of the rules.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Every rule of the classifier with its name and what it checks."""
    # Imported here: the classifier's patterns are compiled only when this command runs.
    from outreach.classify.chain import RULES
    from outreach.classify.vocabulary import concepts

    if vocabulary:
        rows = [(c.name, c.area, c.description) for c in concepts().values()]
        headers = ("concept", "file", "description")
    else:
        rows = [(rule.name, type(rule).__name__, rule.description) for rule in RULES]
        headers = ("rule", "kind", "description")
    if as_json:
        typer.echo(json.dumps([dict(zip(headers, row, strict=True)) for row in rows], indent=2))
        return
    table = Table(header_style="bold")
    for header in headers:
        table.add_column(header, no_wrap=header != "description")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("rules")(rules)
