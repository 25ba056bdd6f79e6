"""Fixtures for the inbox tests: an empty store, and IMAP settings for the test user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from outreach.settings import ImapSettings
from outreach.store import open_store
from tests.fixtures.dovecot import DovecotServer, MailUser, imap_settings


@pytest.fixture
def store_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def imap(dovecot_server: DovecotServer, mail_user: MailUser) -> ImapSettings:
    return imap_settings(dovecot_server, mail_user)
