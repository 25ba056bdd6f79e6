"""`outreach demo`: the whole campaign against a Gmail-like mail world on this machine.

The demo folder gets its own settings, secrets and database; `outreach run` sends every letter
over SMTP (with a login) to the mail world and reads the replies back over IMAP from INBOX, Spam
and All Mail, where Gmail also keeps a copy of every letter sent, exactly as against Gmail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from sqlalchemy import Engine
from sqlmodel import col, func, select

from outreach.campaign_init import init_campaign
from outreach.mailworld import MailWorld
from outreach.settings import load_settings
from outreach.store import open_store, transaction
from outreach.store.models import IncomingMessage, OutgoingMessage

console = Console(highlight=False)


def demo_overrides(world: MailWorld) -> dict[str, str]:
    return {
        **world.overrides(),
        "campaign.name": '"kinderpardon-demo"',
        "send.dry_run": "false",
        "send.pacing": "false",
        "send.recovery_recheck": "0.5",
        "imap.poll_interval": "1",
    }


def run_demo(folder: Path) -> int:
    """Run the demo in `folder` (emptied first: it is the demo's own, never the user's)."""
    if folder.exists():
        if not (folder / ".outreach-demo").exists():
            console.print(
                f"[red]{escape(str(folder))} exists and is not a demo folder; not touching it.[/]"
            )
            return 1
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / ".outreach-demo").write_text("made by `outreach demo`; safe to delete\n")
    config = folder / "settings.toml"
    began = time.monotonic()
    with MailWorld() as world:
        console.rule("[bold]1. outreach init[/]")
        init_campaign(config, overrides=demo_overrides(world))
        secrets = folder / "secrets.toml"
        secrets.write_text(world.secrets_toml())
        secrets.chmod(0o600)
        console.print(
            f"Demo folder {escape(str(folder))}: settings, secrets, database, 342 municipalities."
        )
        console.rule("[bold]2. outreach preview GM0344[/]")
        _outreach("preview", "GM0344", "--out", str(folder / "preview"), "--config", str(config))
        console.rule(
            "[bold]3. outreach run[/] (a Gmail-like account on this machine: SMTP on port "
            f"{world.smtp_port}, IMAP on port {world.imap_port}; simulated municipalities answer)"
        )
        code = _outreach("run", "--exit-when-idle", "--config", str(config))
        if code:
            return code
        accepted = len(world.smtp.accepted)
        console.print(
            f"The mail world accepted {accepted} letters and filed each in "
            f"{escape(world.mailbox.sent)}; the municipalities sent {world.replies['inbox']} "
            f"replies to the inbox and {world.replies['spam']} that Gmail put in "
            f"{escape(world.mailbox.spam)}."
        )
    console.rule("[bold]4. outreach status[/]")
    code = _outreach("status", "--config", str(config))
    console.rule("[bold]5. outreach review list[/] (what the classifier was unsure of)")
    _outreach("review", "list", "--config", str(config))
    engine = open_store(load_settings(config).store_url)
    queued, own = review_figures(engine)
    console.print(
        f"\nReview queue: {queued} replies for a volunteer; {own} of them are our own letters. "
        f"The demo took {time.monotonic() - began:.0f} s."
    )
    where = escape(str(config))
    console.print(
        f"Everything is in {escape(str(folder))}. Try `outreach review --config {where}` "
        f"or `outreach contacts show GM0344 --config {where}`."
    )
    return code


def review_figures(engine: Engine) -> tuple[int, int]:
    """How many messages wait for review, and how many of those we sent ourselves."""
    with transaction(engine) as session:
        pending = IncomingMessage.review_state == "pending"
        queued = session.exec(select(func.count()).where(pending)).one()
        ours = select(OutgoingMessage.message_id)
        own = session.exec(
            select(func.count()).where(pending, col(IncomingMessage.message_id).in_(ours))
        ).one()
    return int(queued), int(own)


def _outreach(*args: str) -> int:
    """Run a command as a volunteer would, in its own process."""
    return subprocess.call([sys.executable, "-m", "outreach", *args])  # noqa: S603
