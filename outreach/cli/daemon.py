"""`outreach run`, `outreach pause`, `outreach resume`."""

from __future__ import annotations

import asyncio
import os
import signal
from typing import Annotated

import typer
from rich.markup import escape

from outreach.cli.common import ConfigOption, console, runtime
from outreach.daemon import state
from outreach.daemon.app import Daemon, default_sent_folder
from outreach.transport.smtp import SmtpTransport


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("pause")(pause)
    app.command("resume")(resume)


def run(
    config: ConfigOption = None,
    really: Annotated[
        bool, typer.Option("--really", help="Send even if send.dry_run is true.")
    ] = False,
    exit_when_idle: Annotated[
        bool, typer.Option("--exit-when-idle", help="Stop once nothing is left to send or read.")
    ] = False,
) -> None:
    """Run the campaign: send within the pacing, read replies, send reminders. Ctrl-C stops."""
    rt = runtime(config)
    sending = really or not rt.settings.send.dry_run
    daemon = Daemon(
        settings=rt.settings,
        engine=rt.engine,
        transport=SmtpTransport(rt.settings.smtp),
        sent_folder=default_sent_folder(rt.settings),
        sending=sending,
        exit_when_idle=exit_when_idle,
    )
    if not sending:
        console.print(
            "[yellow]send.dry_run is true: replies are read, nothing is sent[/] "
            "(set it to false, or add --really)."
        )
    console.print(f"outreach is running (process {os.getpid()}); Ctrl-C or SIGTERM stops it.")
    asyncio.run(_run_until_signalled(daemon))
    console.print("outreach stopped.")


async def _run_until_signalled(daemon: Daemon) -> None:
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if daemon.stop.is_set():
            os._exit(1)  # a second signal: stop now, whatever is in hand
        console.print("Stopping after the message in hand (signal again to stop at once)...")
        daemon.stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, on_signal)
    await daemon.run()


def pause(
    reason: Annotated[
        str, typer.Option("--reason", help="Why (shown in `outreach status`).")
    ] = "paused by hand",
    config: ConfigOption = None,
) -> None:
    """Stop sending until `outreach resume` (a running daemon keeps reading replies)."""
    rt = runtime(config)
    state.pause(rt.engine, reason, by="operator")
    console.print(f"Sending paused: {escape(reason)}")


def resume(config: ConfigOption = None) -> None:
    """Allow sending again after a pause (by hand, a bounce spike or a login failure)."""
    rt = runtime(config)
    was = state.resume(rt.engine)
    console.print("Sending resumed." if was else "Sending was not paused.")
