"""`outreach init`: a settings file with a fresh secret, the database, the default list.

Run on a campaign that exists, it only reports what it finds: it never overwrites the settings,
and imports the shipped list only into an empty store.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from outreach.compose.letter import is_letter_step
from outreach.contacts.importer import ImportPlan, default_contacts_file, import_contacts
from outreach.errors import OperatorError
from outreach.resources import resource_dir
from outreach.settings import load_settings
from outreach.status import SENT
from outreach.store import open_store
from outreach.store.engine import transaction
from outreach.store.models import Municipality, OutgoingMessage


@dataclass
class InitReport:
    """What init found and did: `contacts` is None when the store already had a campaign."""

    settings_path: Path
    created_settings: bool
    database: str
    contacts: ImportPlan | None
    existing: CampaignCounts
    store_existed: bool


def example_settings() -> str:
    return (resource_dir("templates").parent / "settings.example.toml").read_text(encoding="utf-8")


def write_settings(path: Path, *, overrides: dict[str, str] | None = None) -> None:
    """Copy the example to `path` with a new token secret (and `overrides`: key -> TOML value)."""
    text = example_settings()
    text = re.sub(
        r'^token_secret = ""$',
        f'token_secret = "{secrets.token_urlsafe(32)}"',
        text,
        count=1,
        flags=re.MULTILINE,
    )
    for key, value in (overrides or {}).items():
        section, _, name = key.partition(".")
        text = _set_key(text, section, name, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)  # it holds the token secret


def _set_key(text: str, section: str, name: str, value: str) -> str:
    start = text.index(f"[{section}]")
    end = text.find("\n[", start + 1)
    end = len(text) if end == -1 else end
    block = text[start:end]
    pattern = re.compile(rf"^#?\s?{re.escape(name)} = .*$", re.MULTILINE)
    if pattern.search(block):
        block = pattern.sub(f"{name} = {value}", block, count=1)
    else:
        block = block.rstrip("\n") + f"\n{name} = {value}\n"
    return text[:start] + block + text[end:]


def init_campaign(
    path: Path, *, contacts: Path | None = None, overrides: dict[str, str] | None = None
) -> InitReport:
    """Create what is missing; a campaign that exists is only checked, never changed."""
    created = not path.exists()
    if created:
        write_settings(path, overrides=overrides)
    elif overrides:
        raise OperatorError(f"{path} already exists; edit it instead of passing settings to init")
    settings = load_settings(path)
    store_existed = _store_exists(settings.store_url)
    engine = open_store(settings.store_url)
    with transaction(engine) as session:
        existing = campaign_counts(session)
    if existing.municipalities:
        if contacts is not None:
            raise OperatorError(
                f"the store already holds {existing.municipalities} municipalities; init never "
                f"changes them: use `outreach contacts import {contacts}` to see and apply changes"
            )
        return InitReport(path, created, settings.store_url, None, existing, store_existed)
    report = import_contacts(engine=engine, path=contacts or default_contacts_file())
    return InitReport(path, created, settings.store_url, report, existing, store_existed)


@dataclass(frozen=True)
class CampaignCounts:
    municipalities: int
    with_address: int
    sent: int


def campaign_counts(session: Session) -> CampaignCounts:
    """How many municipalities the store holds, how many have an address, how many had a letter."""
    municipalities = session.exec(select(func.count()).select_from(Municipality)).one()
    with_address = session.exec(
        select(func.count()).select_from(Municipality).where(col(Municipality.email).is_not(None))
    ).one()
    sent_codes = {
        row.cbs_code
        for row in session.exec(select(OutgoingMessage).where(OutgoingMessage.state == SENT))
        if is_letter_step(row.step)
    }
    return CampaignCounts(int(municipalities), int(with_address), len(sent_codes))


def _store_exists(url: str) -> bool:
    prefix = "sqlite:///"
    if url.startswith(prefix) and ":memory:" not in url:
        return Path(url.removeprefix(prefix)).is_file()
    return True  # a server database: whether it is new shows in its contents
