"""`outreach poll` through typer: a summary line on success, one clear sentence on failure."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from outreach.cli.app import app as outreach_app
from outreach.store import open_store
from tests.fixtures.dovecot import DovecotServer, MailUser, free_port, make_message
from tests.inbox.support import messages


def app() -> typer.Typer:
    return outreach_app


CAMPAIGN = '[campaign]\ntoken_secret = "a-test-secret-for-reply-tokens"'


def write_settings(folder: Path, *, imap: dict[str, object], inbox: str = "") -> Path:
    lines = ["[imap]"] + [f"{key} = {value!r}".replace("'", '"') for key, value in imap.items()]
    config = folder / "settings.toml"
    config.write_text(
        "\n".join([*lines, "", "[store]", 'url = "sqlite:///store.db"', "", CAMPAIGN, "", inbox])
        + "\n"
    )
    return config


def imap_values(server: DovecotServer, user: MailUser, **extra: object) -> dict[str, object]:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "security": "none",
        "username": user.name,
        "password": user.password,
        "timeout": 10,
        "folders": ["INBOX"],
    }
    values.update(extra)
    return values


@pytest.mark.dovecot
class TestPollCommand:
    """The poll command stores new mail and says what it did in one line."""

    def test_stores_and_summarises(
        self, dovecot_server: DovecotServer, mail_user: MailUser, tmp_path: Path
    ) -> None:
        dovecot_server.append(mail_user, [make_message(n) for n in range(25)])
        config = write_settings(tmp_path, imap=imap_values(dovecot_server, mail_user))

        result = CliRunner().invoke(app(), ["poll", "--config", str(config)])
        again = CliRunner().invoke(app(), ["poll", "--config", str(config)])

        assert result.exit_code == 0, result.output
        assert "25 new messages stored, 0 already known" in result.output
        assert again.output.startswith("0 new messages stored")
        assert len(messages(open_store(f"sqlite:///{tmp_path / 'store.db'}"))) == 25

    def test_wrong_password_is_one_sentence(
        self, dovecot_server: DovecotServer, mail_user: MailUser, tmp_path: Path
    ) -> None:
        values = imap_values(dovecot_server, mail_user, password="Geheim-wachtwoord-77")
        config = write_settings(tmp_path, imap=values)

        result = CliRunner().invoke(app(), ["poll", "--config", str(config)])

        assert result.exit_code == 1
        assert "refused the login" in result.output
        assert "Geheim-wachtwoord-77" not in result.output
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1

    def test_unreachable_server_is_one_sentence(
        self, dovecot_server: DovecotServer, mail_user: MailUser, tmp_path: Path
    ) -> None:
        values = imap_values(dovecot_server, mail_user, port=free_port())
        config = write_settings(tmp_path, imap=values)

        result = CliRunner().invoke(app(), ["poll", "--config", str(config)])

        assert result.exit_code == 1
        assert "cannot reach the IMAP server" in result.output
        assert mail_user.password not in result.output
        # Refused is transient: retried with backoff (each retry said), then one error line.
        lines = result.output.strip().splitlines()
        assert [line for line in lines if line.startswith("Error:")] == [lines[-1]]
        assert all("trying again in" in line for line in lines[:-1])
        assert "Traceback" not in result.output


class TestPollMaildir:
    """With `[inbox] backend = "maildir"` the command reads a local Maildir."""

    def test_maildir_backend(self, tmp_path: Path) -> None:
        box = mailbox.Maildir(tmp_path / "inbox", create=True)
        box.add(make_message(1))
        config = write_settings(
            tmp_path, imap={}, inbox='[inbox]\nbackend = "maildir"\nmaildir = "inbox"'
        )

        result = CliRunner().invoke(app(), ["poll", "--config", str(config)])

        assert result.exit_code == 0, result.output
        assert result.output.startswith("1 new message stored")

    def test_missing_settings_file(self, tmp_path: Path) -> None:
        result = CliRunner().invoke(app(), ["poll", "--config", str(tmp_path / "nope.toml")])
        assert result.exit_code == 1
        assert "not found" in result.output
