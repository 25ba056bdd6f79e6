"""`outreach console`: the web pages for volunteers, on this machine's store and settings."""

from __future__ import annotations

from typing import Annotated

import typer

from outreach.cli.common import ConfigOption, console, err_console, runtime

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def register(app: typer.Typer) -> None:
    app.command("console")(console_command)


def console_command(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on (default 127.0.0.1: this machine).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8642).")] = None,
    config: ConfigOption = None,
) -> None:
    """Open the console in a browser: status, map, municipalities, review queue, export."""
    import uvicorn  # the web server is only needed here

    from outreach.console.app import create_app
    from outreach.console.users import list_users

    rt = runtime(config)
    host = host or rt.settings.console.host
    port = port or rt.settings.console.port
    if host not in LOOPBACK:
        err_console.print(
            f"[bold yellow]Warning:[/] listening on {host}: anyone who can reach this machine "
            "can try to log in, over plain HTTP. Use 127.0.0.1 unless you know who can."
        )
    if not list_users(rt.engine):
        err_console.print(
            "[yellow]No users yet:[/] add one with `outreach users add NAME` to log in."
        )
    app = create_app(settings=rt.settings, engine=rt.engine)
    shown = f"[{host}]" if ":" in host else host
    console.print(f"Console at http://{shown}:{port}/ (Ctrl-C stops it).")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
