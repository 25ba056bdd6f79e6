"""`outreach demo`: set up a demo folder, send the whole campaign to a local server, show status."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from outreach.campaign_init import init_campaign
from outreach.demo.mailserver import DemoMailServer
from outreach.demo.responder import respond

console = Console()


def demo_overrides(port: int) -> dict[str, str]:
    return {
        "campaign.name": '"kinderpardon-demo"',
        "smtp.host": '"127.0.0.1"',
        "smtp.port": str(port),
        "smtp.security": '"none"',
        "smtp.username": '""',
        "send.dry_run": "false",
        "send.pacing": "false",
        "inbox.backend": '"maildir"',
        # The demo's mail server keeps what it accepted there, as Gmail keeps its Sent folder.
        "inbox.sent_maildir": '"municipalities"',
        "imap.poll_interval": "0.5",
    }


def run_demo(folder: Path) -> int:
    """Run the demo in `folder` (emptied first: it is the demo's own, never the user's)."""
    if folder.exists():
        if not (folder / ".outreach-demo").exists():
            console.print(f"[red]{folder} exists and is not a demo folder; not touching it.[/]")
            return 1
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / ".outreach-demo").write_text("made by `outreach demo`; safe to delete\n")
    config = folder / "settings.toml"
    inbox = folder / "inbox"
    with DemoMailServer(
        received=folder / "municipalities", inbox=inbox, responder=respond
    ) as server:
        console.rule("[bold]1. outreach init[/]")
        init_campaign(config, overrides=demo_overrides(server.port))
        console.print(f"Demo folder {folder}: settings, database, 342 municipalities.")
        console.rule("[bold]2. outreach preview GM0344[/]")
        _outreach("preview", "GM0344", "--out", str(folder / "preview"), "--config", str(config))
        console.rule(
            f"[bold]3. outreach run[/] (a local mail server on port {server.port} plays the "
            "municipalities and answers some letters)"
        )
        code = _outreach("run", "--exit-when-idle", "--config", str(config))
        if code:
            return code
        console.print(
            f"The local server accepted {server.handler.count} letters; "
            f"{len(list((inbox / 'new').iterdir()))} replies came back."
        )
    console.rule("[bold]4. outreach status[/]")
    code = _outreach("status", "--config", str(config))
    console.rule("[bold]5. outreach review list[/] (what the classifier was unsure of)")
    _outreach("review", "list", "--config", str(config))
    console.print(
        f"\nEverything is in {folder}: the database, the letters as the municipalities got them "
        f"({folder / 'municipalities'}), their replies ({inbox}). Try "
        f"`outreach review --config {config}` or `outreach contacts show GM0344 --config {config}`."
    )
    return code


def _outreach(*args: str) -> int:
    """Run a command as a volunteer would, in its own process."""
    return subprocess.call([sys.executable, "-m", "outreach", *args])  # noqa: S603
