"""`outreach demo`: set up a demo folder, send the whole campaign to a local server, show status."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from outreach.demo.mailserver import DemoMailServer
from outreach.setup import init_campaign

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
    with DemoMailServer(received=folder / "municipalities", inbox=folder / "inbox") as server:
        console.rule("[bold]1. outreach init[/]")
        init_campaign(config, overrides=demo_overrides(server.port))
        console.print(f"Demo folder {folder}: settings, database, 342 municipalities.")
        console.rule(f"[bold]2. outreach send --really[/] (to a local test server on port {server.port})")
        code = _outreach("send", "--really", "--config", str(config))
        if code:
            return code
        console.print(f"The local server accepted {server.handler.count} letters.")
    console.rule("[bold]3. outreach status[/]")
    return _outreach("status", "--config", str(config))


def _outreach(*args: str) -> int:
    """Run a command as a volunteer would, in its own process."""
    return subprocess.call([sys.executable, "-m", "outreach", *args])  # noqa: S603
