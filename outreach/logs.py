"""Log lines: one per event, plain or JSON, never with a secret in them."""

from __future__ import annotations

import json
import logging
import re
import sys
from enum import StrEnum

# Belt and braces: settings never log secrets, but a library might echo a login line.
_SECRET = re.compile(r"(?i)(password|passwd|token|secret|auth(?:orization)?)([=:]\s*|\s+)\S+")


class LogFormat(StrEnum):
    plain = "plain"
    json = "json"


def redact(text: str) -> str:
    return _SECRET.sub(r"\1\2[redacted]", text)


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
