"""Log lines: one per event, plain or JSON, never with a secret in them."""

from __future__ import annotations

import json
import logging
import re
import sys
from enum import StrEnum

# Belt and braces: settings never log secrets, but a library might echo a login line. Only a
# value is blanked, never the word: "password=x", "token: x", "AUTH PLAIN x", "Authorization: x";
# "[smtp] password is not set" stays as it is.
_KEYED = re.compile(r"(?i)\b(password|passwd|pwd|token|secret|api[_-]?key)(\s*[=:]\s*)([^\s,;]+)")
_PROTOCOL = re.compile(
    r"(?i)\b(auth\s+(?:plain|login|xoauth2)\s+|authorization:\s*(?:(?:bearer|basic)\s+)?)(\S+)"
)
# The secret values this process knows (the settings register theirs when they are loaded).
_KNOWN: set[str] = set()
_SHORTEST = 4  # a shorter "secret" would blank ordinary words


class LogFormat(StrEnum):
    plain = "plain"
    json = "json"


def register_secret(value: str | None) -> None:
    """Blank `value` wherever it appears in a log line from now on."""
    if value and len(value) >= _SHORTEST:
        _KNOWN.add(value)


def redact(text: str) -> str:
    """`text` with secret values replaced by [redacted]; the words around them kept."""
    for value in sorted(_KNOWN, key=len, reverse=True):
        text = text.replace(value, "[redacted]")
    text = _KEYED.sub(
        lambda m: m[1] + m[2] + ("[redacted]" if m[3] != "[redacted]" else m[3]), text
    )
    return _PROTOCOL.sub(r"\1[redacted]", text)


class _Plain(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _Json(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": redact(record.getMessage()),
        }
        if record.exc_info:
            entry["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(*, verbose: bool = False, fmt: LogFormat = LogFormat.plain) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if fmt is LogFormat.json:
        handler.setFormatter(_Json())
    else:
        handler.setFormatter(_Plain("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    logging.getLogger("outreach").setLevel(logging.DEBUG if verbose else logging.WARNING)
    for chatty in ("aiosmtplib", "imapclient", "mail.log"):
        logging.getLogger(chatty).setLevel(logging.INFO if verbose else logging.WARNING)
    # SQL statements and migration steps mean nothing to a volunteer, even with --verbose.
    for noisy in ("alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
