"""`send` checks what it was asked before it starts: `--only`, clause f, the dry-run outbox."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from outreach.cli.app import app
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.store import SMALL_LIST, Campaign, make_campaign, smtp_overrides

runner = CliRunner()
NO_SHELTER = SMALL_LIST.replace(",ja\n", ",nee\n")


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, " ".join(result.output.split())


class TestOnly:
    """`--only` of an unknown code, or of a municipality without an address, says so."""

    def test_unknown_code(self, campaign: Campaign) -> None:
        code, output = run("send", "--only", "GM9999", "--config", str(campaign.config))
        assert code == 1
        assert "GM9999: no municipality with this code" in output

    def test_no_address(self, campaign: Campaign) -> None:
        code, output = run("send", "--only", "GM0363", "--config", str(campaign.config))
        assert code == 1
        assert "Amsterdam (GM0363) has no e-mail address" in output

    def test_known_code_goes_ahead(self, campaign: Campaign) -> None:
        code, output = run("send", "--only", "gm0344", "--config", str(campaign.config))
        assert code == 0, output
        assert "1 written to the outbox" in output


class TestClauseF:
    """The summary counts clause f; none at all must be acknowledged before a real send."""

    def test_summary(self, campaign: Campaign) -> None:
        code, output = run("send", "--config", str(campaign.config))
        assert code == 0, output
        assert "2 of the 4 motions carry clause f" in output

    def test_none_stops_a_real_send(self, tmp_path: Path, smtp_server: SmtpServer) -> None:
        campaign = make_campaign(
            tmp_path / "c", contacts=NO_SHELTER, overrides=smtp_overrides(smtp_server.port)
        )
        code, output = run("send", "--really", "--config", str(campaign.config))
        assert code == 1
        assert "0 of the 4 motions carry clause f" in output
        assert "--no-clause-f-ok" in output
        assert smtp_server.accepted == []
        code, output = run("send", "--really", "--no-clause-f-ok", "--config", str(campaign.config))
        assert code == 0, output
        assert len(smtp_server.accepted) == 4

    def test_none_is_fine_for_a_dry_run(self, tmp_path: Path) -> None:
        campaign = make_campaign(tmp_path / "c", contacts=NO_SHELTER)
        code, output = run("send", "--config", str(campaign.config))
        assert code == 0, output


class TestOutbox:
    """A dry run replaces the outbox of the previous one."""

    def test_second_dry_run_replaces_the_first(self, campaign: Campaign) -> None:
        outbox = campaign.folder / "outbox"
        for _ in range(2):
            code, output = run("send", "--config", str(campaign.config))
            assert code == 0, output
            (outbox / "README.txt").write_text("kept")
        assert len(list((outbox / "new").iterdir())) == 4
        assert (outbox / "README.txt").read_text() == "kept"
