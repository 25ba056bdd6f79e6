"""`outreach init`: a settings file with a fresh secret, the database, the default list."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from outreach.contacts.importer import ImportReport, default_contacts_file, import_contacts
from outreach.errors import OperatorError
from outreach.resources import resource_dir
from outreach.settings import load_settings
from outreach.store import open_store


@dataclass
class InitReport:
    settings_path: Path
    created_settings: bool
    database: str
    contacts: ImportReport


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
    created = not path.exists()
    if created:
        write_settings(path, overrides=overrides)
    elif overrides:
        raise OperatorError(f"{path} already exists; edit it instead of passing settings to init")
    settings = load_settings(path)
    engine = open_store(settings.store_url)
    report = import_contacts(engine=engine, path=contacts or default_contacts_file())
    return InitReport(path, created, settings.store_url, report)
