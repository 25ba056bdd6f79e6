"""`outreach check` against real servers: plain on loopback, and TLS signed by a private CA."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from outreach.cli.app import app
from tests.fixtures.dovecot import DovecotServer, MailUser
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.store import Campaign, make_campaign, smtp_overrides
from tests.fixtures.tls import Certificates

runner = CliRunner()
pytestmark = pytest.mark.dovecot


def campaign_for(
    folder: Path,
    *,
    smtp_port: int,
    imap_port: int,
    user: MailUser,
    tls: bool = False,
    ca_file: Path | None = None,
    secrets_mode: int = 0o600,
    **extra: str,
) -> Campaign:
    security = '"tls"' if tls else '"none"'
    overrides = smtp_overrides(
        smtp_port,
        **{
            "smtp.security": security,
            "smtp.username": '"campaign"',
            "imap.host": '"127.0.0.1"',
            "imap.port": str(imap_port),
            "imap.security": security,
            "imap.username": f'"{user.name}"',
            "imap.timeout": "5",
            **extra,
        },
    )
    if ca_file is not None:
        overrides["smtp.ca_file"] = f'"{ca_file}"'
        overrides["imap.ca_file"] = f'"{ca_file}"'
    campaign = make_campaign(folder, overrides=overrides)
    secrets = folder / "secrets.toml"
    secrets.write_text(
        f'[smtp]\npassword = "right-password"\n[imap]\npassword = "{user.password}"\n',
        encoding="utf-8",
    )
    secrets.chmod(secrets_mode)
    return campaign.reload()


MakeCampaign = Callable[..., Campaign]


@pytest.fixture
def plain_campaign(
    tmp_path: Path,
    smtp_server_with_login: SmtpServer,
    dovecot_server: DovecotServer,
    mail_user: MailUser,
) -> MakeCampaign:
    """A campaign on the plain loopback servers; keywords as for `campaign_for`."""

    def make(**options: Any) -> Campaign:
        return campaign_for(
            tmp_path,
            smtp_port=smtp_server_with_login.port,
            imap_port=dovecot_server.port,
            user=mail_user,
            **options,
        )

    return make


@pytest.fixture
def tls_campaign(
    tmp_path: Path, tls_smtp_server: SmtpServer, tls_dovecot: DovecotServer
) -> MakeCampaign:
    """A campaign on the TLS servers, trusting `ca_file` when one is given."""

    def make(**options: Any) -> Campaign:
        return campaign_for(
            tmp_path,
            smtp_port=tls_smtp_server.port,
            imap_port=tls_dovecot.tls_port,  # type: ignore[attr-defined]
            user=tls_dovecot.add_user(),
            tls=True,
            **options,
        )

    return make


def check(campaign: Campaign) -> tuple[int, str]:
    result = runner.invoke(app, ["check", "--config", str(campaign.config)])
    return result.exit_code, " ".join(result.output.split())  # undo the console's wrapping


class TestReady:
    """Everything in order: logins, folders, Sent folder, budget, counts, one last line."""

    def test_plain_servers(
        self,
        plain_campaign: MakeCampaign,
        smtp_server_with_login: SmtpServer,
        dovecot_server: DovecotServer,
        mail_user: MailUser,
    ) -> None:
        code, output = check(plain_campaign())
        assert code == 0, output
        assert "SMTP: logged in to 127.0.0.1" in output
        assert "nothing sent" in output
        assert smtp_server_with_login.handler.data_commands == 0
        assert f"IMAP: logged in to 127.0.0.1:{dovecot_server.port} as {mail_user.name}" in output
        assert "replies are read from: INBOX, Junk, All Mail" in output
        assert "sent letters are looked up in Sent" in output
        assert "400 of 400 letters left" in output
        assert "4 with an address, 1 without one; 2 get clause f" in output
        assert output.rstrip().endswith(
            "Ready to send: logins work and the letter has somewhere to go."
        )

    def test_tls_with_the_campaigns_own_ca(
        self, tls_campaign: MakeCampaign, certificates: Certificates
    ) -> None:
        code, output = check(tls_campaign(ca_file=certificates.ca_file))
        assert code == 0, output
        assert "SMTP: logged in to 127.0.0.1" in output
        assert "(tls)" in output
        assert "Ready to send" in output


class TestNotReady:
    """Each problem is named, and the last line says why sending would fail."""

    def test_unknown_ca_is_named_a_certificate_problem(
        self, tls_campaign: MakeCampaign, tls_smtp_server: SmtpServer
    ) -> None:
        code, output = check(tls_campaign())
        assert code == 1
        assert f"the certificate of 127.0.0.1:{tls_smtp_server.port} is not trusted" in output
        assert "not trusted (unable to get local issuer certificate)" in output
        assert "set [smtp] ca_file" in output
        assert "set [imap] ca_file" in output
        assert output.endswith("Not ready to send: 2 problems to fix first (SMTP, IMAP).")
        assert "Traceback" not in output

    def test_wrong_password_and_settings_warnings(
        self, tmp_path: Path, plain_campaign: MakeCampaign
    ) -> None:
        campaign = plain_campaign(secrets_mode=0o644, **{"campaign.tagged_reply_to": "true"})
        secrets = tmp_path / "secrets.toml"
        secrets.write_text(secrets.read_text().replace("right-password", "wrong"), encoding="utf-8")
        code, output = check(campaign)
        assert code == 1
        assert f"{secrets} holds a password and others can read it: chmod 600" in output
        assert "tagged_reply_to is on" in output
        assert "refused the login for 'campaign'" in output
        assert output.endswith("Not ready to send: 1 problem to fix first (SMTP).")

    def test_malformed_sender_address(
        self, tmp_path: Path, smtp_server_with_login: SmtpServer, mail_user: MailUser
    ) -> None:
        campaign = campaign_for(
            tmp_path, smtp_port=smtp_server_with_login.port, imap_port=1, user=mail_user
        )
        text = campaign.config.read_text(encoding="utf-8")
        campaign.config.write_text(
            text.replace(
                'from_address = "kinderpardonnu@gmail.com"',
                'from_address = "kinderpardonnu@@gmail"',
            ),
            encoding="utf-8",
        )
        code, output = check(campaign)
        assert code == 1
        assert "[campaign] from_address:" in output
        assert "not a valid e-mail address" in output
        assert "Traceback" not in output
