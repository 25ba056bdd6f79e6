"""Fault 6: outsiders' text is shown as written; private files stay private; one-line errors."""

from __future__ import annotations

import logging
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from outreach.classify.bounces import _flufl_failures
from outreach.cli import common
from outreach.cli.app import app
from outreach.errors import SettingsError
from outreach.store import reader, transaction
from outreach.store.models import Municipality
from outreach.transport.base import OutgoingMail
from outreach.transport.imap import ImapInbox
from outreach.transport.outbox import OutboxTransport
from tests.fixtures.dovecot import DovecotServer, MailUser, imap_settings
from tests.fixtures.store import Campaign, make_campaign

runner = CliRunner()
HOSTILE_LIST = """cbs_code,name,province,domain,email,noodopvang
GM0599,Rotterdam,Zuid-Holland,rotterdam.nl,info@rotterdam.nl,nee
GM0344,Utrecht,Utrecht,utrecht.nl,info@utrecht.nl,nee
"""
HOSTILE_NAMES = {"GM0599": "Rotterdam[/]", "GM0344": "[link=http://e.x]Utrecht[/link]"}


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def hostile(tmp_path: Path) -> Campaign:
    """Names as an older store, or a hand edit, may hold them: the import now refuses them."""
    campaign = make_campaign(tmp_path / "c", contacts=HOSTILE_LIST)
    with transaction(campaign.engine) as session:
        for code, name in HOSTILE_NAMES.items():
            row = session.get(Municipality, code)
            assert row is not None
            row.name = name
            session.add(row)
    return campaign


class TestMarkupIsShownAsWritten:
    """`Rotterdam[/]` used to crash `status` and `contacts list`."""

    @pytest.mark.parametrize("command", [["status"], ["contacts", "list"]])
    def test_names_with_markup(
        self, hostile: Campaign, command: list[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(common.console, "width", 200)  # no wrapping inside a name
        code, output = run(*command, "--config", str(hostile.config))
        assert code == 0, output
        assert "Rotterdam[/]" in output
        assert "[link=http://e.x]" in output

    def test_contacts_show(self, hostile: Campaign) -> None:
        code, output = run("contacts", "show", "GM0599", "--config", str(hostile.config))
        assert code == 0, output
        assert "Rotterdam[/]" in output


class TestPrivateFiles:
    """The store, the outbox and previews are the owner's alone."""

    def test_store_is_owner_only(self, hostile: Campaign) -> None:
        database = hostile.folder / "outreach.db"
        assert database.is_file()
        assert mode(database) == 0o600

    async def test_outbox_is_owner_only(self, tmp_path: Path) -> None:
        outbox = OutboxTransport(tmp_path / "outbox")
        reply = await outbox.send(
            OutgoingMail(
                sender="a@b.nl",
                recipients=("c@d.nl",),
                data=b"Subject: x\r\n\r\ny",
                message_id="<m@x>",
            )
        )
        await outbox.close()
        assert mode(tmp_path / "outbox") == 0o700
        assert mode(Path(reply.removeprefix("written to "))) == 0o600

    def test_preview_is_owner_only(self, tmp_path: Path) -> None:
        config = tmp_path / "settings.toml"
        run("init", "--config", str(config))
        out = tmp_path / "preview"
        code, output = run("preview", "GM0344", "--out", str(out), "--config", str(config))
        assert code == 0, output
        assert mode(out) == 0o700
        assert {mode(path) for path in out.iterdir()} == {0o600}

    def test_readable_secrets_are_warned_about(self, hostile: Campaign) -> None:
        secrets = hostile.folder / "secrets.toml"
        secrets.write_text('[smtp]\npassword = "geheim"\n', encoding="utf-8")
        secrets.chmod(0o644)
        result = CliRunner().invoke(app, ["status", "--config", str(hostile.config)])
        assert result.exit_code == 0
        assert "secrets.toml holds secrets and other users can read it" in result.output
        secrets.chmod(0o600)
        result = CliRunner().invoke(app, ["status", "--config", str(hostile.config)])
        assert "other users can read" not in result.output


class TestOneLineErrors:
    """Disk full and a password the server cannot take are one sentence, no traceback."""

    @pytest.mark.parametrize("path", ["orm", "plain"])
    def test_disk_full(self, hostile: Campaign, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
        def full(url: str) -> None:
            raise OperationalError(
                "INSERT", {}, sqlite3.OperationalError("database or disk is full")
            )

        def plain_full(url: str) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        # `status` reads with plain sqlite3 when it can, else through the store's engine.
        monkeypatch.setattr(common, "open_store", full)
        monkeypatch.setattr(
            reader, "open_reader", (lambda url: None) if path == "orm" else plain_full
        )
        code, output = run("status", "--config", str(hostile.config))
        assert code == 1
        assert "the disk is full" in output
        assert "Traceback" not in output

    def test_disk_full_as_os_error(self) -> None:
        assert common.disk_full(OSError(28, "No space left on device"))
        assert not common.disk_full(OSError(2, "No such file"))

    @pytest.mark.dovecot
    def test_non_ascii_imap_password(
        self, dovecot_server: DovecotServer, mail_user: MailUser
    ) -> None:
        settings = imap_settings(dovecot_server, mail_user, password="wachtwoord€")
        with pytest.raises(SettingsError, match="characters the server cannot take"):
            ImapInbox(settings=settings).__enter__()


class TestFluflGuard:
    """flufl.bounce printed a traceback per failing detector; now one line per message."""

    def test_one_line_and_no_traceback(self, caplog: pytest.LogCaptureFixture) -> None:
        raw = b"From: " + b"(" * 3000 + b")" * 3000 + b"\r\nSubject: x\r\n\r\nbody\x00\r\n"
        with caplog.at_level(logging.DEBUG):
            assert _flufl_failures(raw) == (set(), set())
            assert _flufl_failures(b"From: \x00\r\nSubject: =?x\x00?q?a?=\r\n\r\n\x00") == (
                set(),
                set(),
            )
        flufl = [r for r in caplog.records if r.name.startswith("flufl")]
        assert flufl == []
        assert all(r.exc_info is None for r in caplog.records)
        assert len([r for r in caplog.records if "flufl.bounce could not" in r.message]) <= 2
