"""`outreach map --out FILE.svg|FILE.png`: the console's map as a file, e.g. for a newsletter."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from outreach.cli.common import ConfigOption, console, runtime
from outreach.errors import OperatorError


def register(app: typer.Typer) -> None:
    app.command("map")(map_command)


def map_command(
    out: Annotated[Path, typer.Option("--out", help="File to write: .svg or .png.")],
    language: Annotated[
        str | None, typer.Option(help="nl or en (default: [console] language).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Draw the map of the Netherlands coloured by each municipality's state."""
    from outreach.console.words import LANGUAGES, words_for
    from outreach.mapdraw import render_png, render_svg
    from outreach.mapdraw.campaign import campaign_picture

    suffix = out.suffix.lower()
    if suffix not in {".svg", ".png"}:
        raise OperatorError(f"{out}: the file name must end in .svg or .png")
    rt = runtime(config)
    chosen = language or rt.settings.console.language
    if chosen not in LANGUAGES:
        raise OperatorError(f"unknown language {chosen!r}; choose nl or en")
    words = words_for("en" if chosen == "en" else "nl")
    picture = campaign_picture(rt.engine, words)
    if suffix == ".svg":
        out.write_text(render_svg(picture), encoding="utf-8")
    else:
        out.write_bytes(render_png(picture))
    console.print(f"Map written to {out} ({len(picture.regions)} municipalities).")
