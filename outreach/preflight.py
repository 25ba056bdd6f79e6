"""`outreach check`: is this set-up ready to send? Logins, folders, budget, addresses, settings.

Nothing is sent and nothing in the mailbox changes: SMTP is only logged in to, IMAP only
listed. Each finding is one line a volunteer can act on; the last line says ready or not.
"""

from __future__ import annotations

import stat
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Engine, func
from sqlmodel import col, select

from outreach.errors import OutreachError
from outreach.settings import Settings
from outreach.store.engine import transaction
from outreach.store.models import Municipality, OutgoingMessage, now, utc


class Level(StrEnum):
    ok = "ok"
    info = "info"
    warning = "warning"
    problem = "problem"  # sending would fail: not ready


@dataclass(frozen=True)
class Finding:
    level: Level
    topic: str
    text: str


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)

    def add(self, level: Level, topic: str, text: str) -> None:
        self.findings.append(Finding(level, topic, text))

    @property
    def ready(self) -> bool:
        return not any(f.level is Level.problem for f in self.findings)

    @property
    def verdict(self) -> str:
        problems = [f for f in self.findings if f.level is Level.problem]
        if problems:
            topics = ", ".join(dict.fromkeys(f.topic for f in problems))
            count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
            return f"Not ready to send: {count} to fix first ({topics})."
        warnings = sum(f.level is Level.warning for f in self.findings)
        tail = (
            f" (read the {warnings} warning{'s' if warnings != 1 else ''} above)"
            if warnings
            else ""
        )
        return f"Ready to send: logins work and the letter has somewhere to go{tail}."


class Inbox(Protocol):
    """What the check needs from an IMAP connection."""

    def folders(self) -> list[str]: ...
    def resolve(self, folder: str) -> str | None: ...
    def close(self) -> None: ...


SmtpLogin = Callable[[], Awaitable[None]]
OpenInbox = Callable[[], Inbox]


async def check_setup(
    *,
    settings: Settings,
    engine: Engine,
    config: Path,
    smtp_login: SmtpLogin,
    open_inbox: OpenInbox | None,
    moment: datetime | None = None,
) -> CheckReport:
    """Every check, in the order a volunteer would fix things."""
    report = CheckReport()
    _check_campaign(settings, report)
    _check_secret_files(config, report)
    await _check_smtp(settings, smtp_login, report)
    _check_inbox(settings, open_inbox, report)
    _check_budget(settings, engine, moment or now(), report)
    _check_municipalities(engine, report)
    return report


def _check_campaign(settings: Settings, report: CheckReport) -> None:
    campaign = settings.campaign
    try:
        validate_email(campaign.from_address, check_deliverability=False)
    except EmailNotValidError as exc:
        report.add(
            Level.problem,
            "from_address",
            f"[campaign] from_address {campaign.from_address!r}: {exc}",
        )
    else:
        report.add(Level.ok, "from_address", f"letters come from {campaign.from_address}")
    if campaign.token_secret is None or not campaign.token_secret.get_secret_value():
        report.add(
            Level.problem, "token_secret", "[campaign] token_secret is empty: run `outreach init`"
        )
    if campaign.tagged_reply_to:
        report.add(
            Level.warning,
            "reply-to",
            "[campaign] tagged_reply_to is on: a tagged Reply-To on a free-mail address makes "
            "spam filters (and Microsoft 365) trust the letter less; replies match without it",
        )
    if settings.send.dry_run:
        report.add(
            Level.info, "dry run", "send.dry_run is true: `send` and `run` send only with --really"
        )


def _check_secret_files(config: Path, report: CheckReport) -> None:
    from outreach.settings import secret_files

    candidates = secret_files(config)
    if config.is_file() and "password" in _assigned_keys(config):
        candidates.append(config)
    for path in candidates:
        mode = path.stat().st_mode
        if mode & (stat.S_IRGRP | stat.S_IROTH):
            report.add(
                Level.warning,
                "secrets",
                f"{path} holds a password and others can read it: chmod 600 {path}",
            )


def _assigned_keys(path: Path) -> set[str]:
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.lstrip().startswith("#") and value.strip() not in {'""', "''"}:
            keys.add(name.strip())
    return keys


async def _check_smtp(settings: Settings, smtp_login: SmtpLogin, report: CheckReport) -> None:
    smtp = settings.smtp
    where = f"{smtp.host}:{smtp.port_number} ({smtp.security})"
    try:
        await smtp_login()
    except OutreachError as exc:
        report.add(Level.problem, "SMTP", str(exc))
        return
    who = f" as {smtp.username}" if smtp.username else " (no login needed)"
    report.add(Level.ok, "SMTP", f"logged in to {where}{who}; nothing sent")


def _check_inbox(settings: Settings, open_inbox: OpenInbox | None, report: CheckReport) -> None:
    if settings.inbox.backend == "maildir" or open_inbox is None:
        folder = settings.path(settings.inbox.maildir)
        report.add(Level.info, "inbox", f"replies are read from the Maildir {folder}")
        return
    imap = settings.imap
    try:
        inbox = open_inbox()
    except OutreachError as exc:
        report.add(Level.problem, "IMAP", str(exc))
        return
    try:
        report.add(
            Level.ok, "IMAP", f"logged in to {imap.host}:{imap.port_number} as {imap.username}"
        )
        folders = inbox.folders()
        if folders:
            report.add(Level.ok, "folders", f"replies are read from: {', '.join(folders)}")
        else:
            report.add(
                Level.problem,
                "folders",
                f"none of [imap] folders {imap.folders} exists on the server",
            )
        sent = inbox.resolve(imap.sent_folder)
        if sent is None:
            report.add(
                Level.warning,
                "Sent folder",
                f"no folder matches [imap] sent_folder {imap.sent_folder!r}: after a crash a "
                "letter that may have gone out cannot be checked, and waits for you",
            )
        else:
            report.add(
                Level.ok, "Sent folder", f"after a crash, sent letters are looked up in {sent}"
            )
    except OutreachError as exc:
        report.add(Level.problem, "IMAP", str(exc))
    finally:
        inbox.close()


def _check_budget(
    settings: Settings, engine: Engine, moment: datetime, report: CheckReport
) -> None:
    since = moment - timedelta(hours=24)
    with transaction(engine) as session:
        times = session.exec(
            select(OutgoingMessage.sent_at).where(
                col(OutgoingMessage.sent_at).is_not(None), col(OutgoingMessage.dry_run).is_(False)
            )
        ).all()
    sent = sum(1 for t in times if t is not None and utc(t) > since)
    left = max(settings.send.daily_cap - sent, 0)
    level = Level.ok if left else Level.warning
    report.add(
        level,
        "budget",
        f"{left} of {settings.send.daily_cap} letters left for the next 24 hours "
        f"({sent} sent in the last 24 hours; at most {settings.send.hourly_cap} an hour)",
    )


def _check_municipalities(engine: Engine, report: CheckReport) -> None:
    with transaction(engine) as session:
        total = session.exec(select(func.count()).select_from(Municipality)).one()
        with_address = session.exec(
            select(func.count()).where(col(Municipality.email).is_not(None))
        ).one()
        clause_f = session.exec(
            select(func.count()).where(
                col(Municipality.email).is_not(None), col(Municipality.noodopvang).is_(True)
            )
        ).one()
    if not total:
        report.add(Level.problem, "municipalities", "none in the store: run `outreach init`")
        return
    report.add(
        Level.ok if with_address else Level.problem,
        "municipalities",
        f"{with_address} with an address, {total - with_address} without one; "
        f"{clause_f} get clause f (noodopvang) in the motion",
    )
