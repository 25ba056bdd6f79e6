"""`outreach check`: the set-up checked before the first real send; nothing is sent."""

from __future__ import annotations

import asyncio

import typer
from rich.markup import escape

from outreach.cli.common import ConfigOption, console, runtime
from outreach.settings import config_path

_MARKS = {
    "ok": "[green]ok[/]     ",
    "info": "[cyan]info[/]   ",
    "warning": "[yellow]warning[/]",
    "problem": "[bold red]problem[/]",
}


def register(app: typer.Typer) -> None:
    app.command("check")(check)


def check(config: ConfigOption = None) -> None:
    """Check the set-up before sending: logins, folders, budget, addresses."""
    from outreach.preflight import check_setup
    from outreach.transport.imap import ImapInbox
    from outreach.transport.smtp import SmtpTransport

    rt = runtime(config)
    settings = rt.settings

    async def smtp_login() -> None:
        transport = SmtpTransport(settings.smtp)
        try:
            await transport.connect()
        finally:
            await transport.close()

    report = asyncio.run(
        check_setup(
            settings=settings,
            engine=rt.engine,
            config=config_path(config),
            smtp_login=smtp_login,
            open_inbox=lambda: ImapInbox(settings=settings.imap),
        )
    )
    for finding in report.findings:
        console.print(f"{_MARKS[finding.level]} {finding.topic}: {escape(finding.text)}")
    if report.ready:
        console.print(f"[bold green]{escape(report.verdict)}[/]")
    else:
        console.print(f"[bold red]{escape(report.verdict)}[/]")
        raise typer.Exit(1)
