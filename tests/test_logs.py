"""Log lines: plain or JSON, and never a secret."""

from __future__ import annotations

import json
import logging

import pytest

from outreach.logs import LogFormat, configure_logging, redact


class TestLogs:
    """One line per event; secrets are blanked out."""

    def test_redact(self) -> None:
        assert "hunter2" not in redact("login failed: password=hunter2 for me")
        assert "abc.def" not in redact("Authorization: abc.def")

    def test_json_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        configure_logging(verbose=True, fmt=LogFormat.json)
        logging.getLogger("outreach.test").info("sent %s with token=%s", "GM0344", "s3cr3t")
        line = capsys.readouterr().err.strip().splitlines()[-1]
        entry = json.loads(line)
        assert entry["event"].startswith("sent GM0344")
        assert "s3cr3t" not in line
        configure_logging()


class TestRedactor:
    """Secret values go; ordinary words stay."""

    def test_words_are_kept(self) -> None:
        text = "[smtp] password is not set for me: set OUTREACH_SMTP__PASSWORD"
        assert redact(text) == text

    def test_protocol_values(self) -> None:
        assert redact("AUTH PLAIN AGtpbmRlcgBzM2NyM3Q=") == "AUTH PLAIN [redacted]"
        assert redact("password: hunter22, user me") == "password: [redacted], user me"

    def test_registered_values(self) -> None:
        from outreach.logs import register_secret

        register_secret("abcd efgh ijkl mnop")
        assert redact("login with abcd efgh ijkl mnop failed") == "login with [redacted] failed"
        register_secret("ab")  # too short to blank safely
        assert redact("a tab stop") == "a tab stop"
