"""The commands a volunteer types, run through typer's test runner."""

from __future__ import annotations

import io
import json
from email import message_from_bytes, policy
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from outreach.cli.app import app
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.store import Campaign, make_campaign, smtp_overrides

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


class TestInit:
    """`init` creates settings with a secret, the database, and the default list."""

    def test_init_imports_the_shipped_list(self, tmp_path: Path) -> None:
        config = tmp_path / "settings.toml"
        code, output = run("init", "--config", str(config))
        assert code == 0, output
        assert "342 added" in output
        assert "14 municipalities have no e-mail address" in output
        text = config.read_text()
        assert 'token_secret = ""' not in text
        code, output = run("status", "--json", "--config", str(config))
        data = json.loads(output)
        assert data["counts"] == {"no_address": 14, "pending": 328}
        assert {"cbs_code", "name", "province", "email", "state", "updated_at"} <= set(
            data["municipalities"][0]
        )

    def test_missing_settings_is_one_clear_line(self, tmp_path: Path) -> None:
        code, output = run("status", "--config", str(tmp_path / "nope.toml"))
        assert code == 1
        assert "run `outreach init` first" in output
        assert "Traceback" not in output


class TestPreview:
    """`preview` writes the exact message and both attachments."""

    def test_preview_utrecht(self, tmp_path: Path) -> None:
        config = tmp_path / "settings.toml"
        run("init", "--config", str(config))
        out = tmp_path / "preview"
        code, output = run("preview", "GM0344", "--out", str(out), "--config", str(config))
        assert code == 0, output
        message = message_from_bytes((out / "GM0344.eml").read_bytes(), policy=policy.default)
        types = {part.get_content_type() for part in message.walk()}
        assert {"text/plain", "text/html"} <= types
        motion = docx.Document(
            io.BytesIO((out / "Voorstel van motie kinderpardon.docx").read_bytes())
        )
        text = "\n".join(p.text for p in motion.paragraphs)
        assert "De raad van de gemeente Utrecht" in text
        assert "[uw gemeente]" not in text
        assert (out / "Achtergrondinformatie kinderpardon.docx").stat().st_size > 1000

    def test_preview_without_address(self, campaign: Campaign, tmp_path: Path) -> None:
        code, output = run(
            "preview", "GM0363", "--out", str(tmp_path), "--config", str(campaign.config)
        )
        assert code == 1
        assert "Amsterdam has no e-mail address" in output


class TestSend:
    """`send` is a dry run unless told otherwise, and never sends twice."""

    def test_dry_run_by_default(self, campaign: Campaign, smtp_server: SmtpServer) -> None:
        code, output = run("send", "--config", str(campaign.config))
        assert code == 0, output
        assert "Dry run" in output
        assert "4 written to the outbox" in output
        assert smtp_server.accepted == []

    def test_really_twice_sends_once(self, tmp_path: Path, smtp_server: SmtpServer) -> None:
        campaign = make_campaign(tmp_path / "c", overrides=smtp_overrides(smtp_server.port))
        code, output = run("send", "--really", "--config", str(campaign.config))
        assert code == 0, output
        assert "4 sent" in output
        code, output = run("send", "--really", "--config", str(campaign.config))
        assert "Nothing to send" in output
        assert len(smtp_server.accepted) == 4
        data = json.loads(run("status", "--json", "--config", str(campaign.config))[1])
        assert data["counts"] == {"no_address": 1, "sent": 4}

    def test_unreachable_server_is_one_sentence(self, tmp_path: Path) -> None:
        from tests.fixtures.smtp import free_port

        campaign = make_campaign(tmp_path / "c", overrides=smtp_overrides(free_port()))
        code, output = run("send", "--really", "--config", str(campaign.config))
        assert code == 1
        assert "cannot reach the SMTP server" in output
        assert "Traceback" not in output


class TestContacts:
    """`contacts import/list/show/set-state`."""

    def test_import_reports_bad_lines(self, campaign: Campaign, tmp_path: Path) -> None:
        path = tmp_path / "more.csv"
        path.write_text(
            "cbs_code,name,province,email\nGM0200,Apeldoorn,Gelderland,info@apeldoorn.nl\nXX,Bad,P,x@y.nl\n"
        )
        code, output = run(
            "contacts", "import", str(path), "--yes", "--config", str(campaign.config)
        )
        assert "1 added" in output
        assert "line 3" in output
        assert code == 0

    def test_show_and_set_state(self, campaign: Campaign) -> None:
        code, output = run(
            "contacts",
            "set-state",
            "GM0344",
            "forwarded",
            "--note",
            "phoned the griffie",
            "--config",
            str(campaign.config),
        )
        assert code == 0, output
        code, output = run("contacts", "show", "gm0344", "--config", str(campaign.config))
        assert "set by hand: phoned the" in output
        assert "forwarded" in output

    def test_set_unknown_state(self, campaign: Campaign) -> None:
        code, output = run(
            "contacts",
            "set-state",
            "GM0344",
            "happy",
            "--note",
            "x",
            "--config",
            str(campaign.config),
        )
        assert code == 1
        assert "unknown state" in output

    @pytest.mark.parametrize("state", ["no_address", "pending"])
    def test_list_by_state(self, campaign: Campaign, state: str) -> None:
        code, output = run("contacts", "list", "--state", state, "--config", str(campaign.config))
        assert code == 0
        assert ("Amsterdam" in output) == (state == "no_address")


class TestOneSenderPerStore:
    """A real `send` refuses while `outreach run` holds the store."""

    def test_send_refuses_while_the_daemon_runs(
        self, tmp_path: Path, smtp_server: SmtpServer
    ) -> None:
        from outreach.daemon.lock import DaemonLock, lock_path_for

        campaign = make_campaign(tmp_path / "c", overrides=smtp_overrides(smtp_server.port))
        settings = campaign.settings
        with DaemonLock(lock_path_for(settings.store_url, settings.base_dir)):
            code, output = run("send", "--really", "--config", str(campaign.config))
        assert code == 1
        assert "already running" in output
        assert smtp_server.accepted == []
