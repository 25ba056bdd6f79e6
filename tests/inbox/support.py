"""Small helpers to read back what a sync stored, and to run one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from outreach.inbox.source import InboxSource
from outreach.inbox.sync import SyncReport, sync_inbox
from outreach.settings import ImapSettings
from outreach.store.models import FolderCursor, IncomingMessage, MessageLocation
from outreach.transport.imap import ImapInbox


def messages(engine: Engine) -> list[IncomingMessage]:
    with Session(engine) as session:
        return list(session.exec(select(IncomingMessage).order_by(IncomingMessage.id)).all())


def locations(engine: Engine) -> list[MessageLocation]:
    with Session(engine) as session:
        return list(session.exec(select(MessageLocation).order_by(MessageLocation.id)).all())


def cursors(engine: Engine) -> dict[str, FolderCursor]:
    with Session(engine) as session:
        return {row.folder: row for row in session.exec(select(FolderCursor)).all()}


def sync(engine: Engine, settings: ImapSettings, **kwargs: Any) -> SyncReport:
    with ImapInbox(settings=settings) as source:
        return sync_inbox(engine=engine, source=source, account=source.account, **kwargs)


class Recording:
    """Wraps a source and notes which of its methods were called, in order."""

    def __init__(self, inner: InboxSource) -> None:
        self.inner = inner
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.inner, name)
        if not callable(value):
            return value

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return value(*args, **kwargs)

        wrapper: Callable[..., Any] = recorded
        return wrapper
