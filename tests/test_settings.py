"""Settings: file, secrets file and environment, with one clear line per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach.campaign_init import example_settings
from outreach.errors import SettingsError
from outreach.settings import load_settings


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


class TestLoading:
    """Values come from the file, then secrets.toml, then OUTREACH_ variables."""

    def test_example_file_is_valid_and_safe(self, tmp_path: Path) -> None:
        settings = load_settings(write(tmp_path / "settings.toml", example_settings()))
        assert settings.send.dry_run is True
        assert settings.smtp.port_number == 465
        assert settings.store_url == f"sqlite:///{tmp_path.resolve()}/outreach.db"

    def test_environment_wins_over_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        config = write(tmp_path / "settings.toml", "[smtp]\nport = 2525\n[send]\ndry_run = true\n")
        monkeypatch.setenv("OUTREACH_SMTP__PORT", "2600")
        monkeypatch.setenv("OUTREACH_SEND__DRY_RUN", "false")
        settings = load_settings(config)
        assert settings.smtp.port == 2600
        assert settings.send.dry_run is False

    def test_secrets_file_beside_settings(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        config = write(tmp_path / "settings.toml", "[smtp]\nusername = 'me'\n")
        write(tmp_path / "secrets.toml", "[smtp]\npassword = 'from-secrets'\n")
        settings = load_settings(config)
        assert settings.smtp.password is not None
        assert settings.smtp.password.get_secret_value() == "from-secrets"
        assert "from-secrets" not in repr(settings)
        monkeypatch.setenv("OUTREACH_SMTP__PASSWORD", "from-env")
        password = load_settings(config).smtp.password
        assert password is not None
        assert password.get_secret_value() == "from-env"

    def test_config_path_from_environment(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        config = write(tmp_path / "elsewhere.toml", "[campaign]\nname = 'test-run'\n")
        monkeypatch.setenv("OUTREACH_CONFIG", str(config))
        assert load_settings().campaign.name == "test-run"


class TestMistakes:
    """A wrong type, an unknown key or a missing file names the key, not a traceback."""

    def test_wrong_type_names_the_key(self, tmp_path: Path) -> None:
        with pytest.raises(SettingsError, match=r"\[smtp\] port: .*integer.*'abc'"):
            load_settings(write(tmp_path / "s.toml", "[smtp]\nport = 'abc'\n"))

    def test_unknown_key(self, tmp_path: Path) -> None:
        with pytest.raises(SettingsError, match=r"\[smtp\] pasword: unknown key"):
            load_settings(write(tmp_path / "s.toml", "[smtp]\npasword = 'x'\n"))

    def test_unknown_choice(self, tmp_path: Path) -> None:
        with pytest.raises(SettingsError, match=r"\[smtp\] security: .*'starttls'"):
            load_settings(write(tmp_path / "s.toml", "[smtp]\nsecurity = 'ssl'\n"))

    def test_secret_value_is_never_echoed(self, tmp_path: Path) -> None:
        with pytest.raises(SettingsError) as caught:
            load_settings(write(tmp_path / "s.toml", "[smtp]\npassword = ['hunter2']\n"))
        assert "hunter2" not in str(caught.value)
        assert "[smtp] password" in str(caught.value)

    def test_missing_file(self, tmp_path: Path) -> None:
        with pytest.raises(SettingsError, match="outreach init"):
            load_settings(tmp_path / "absent.toml")

    def test_toml_syntax_error(self, tmp_path: Path) -> None:
        with pytest.raises(SettingsError, match="cannot be read"):
            load_settings(write(tmp_path / "s.toml", "[smtp\nport = 1\n"))


class TestWhereTheMistakeIs:
    """Each mistake names its source: the environment, secrets.toml or settings.toml."""

    def test_typo_in_an_environment_variable(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        config = write(tmp_path / "settings.toml", "[smtp]\nport = 2525\n")
        monkeypatch.setenv("OUTREACH_SMTP__PASWORD", "x")
        monkeypatch.setenv("OUTREACH_SMTP_PASSWORD", "x")
        with pytest.raises(SettingsError) as caught:
            load_settings(config)
        message = str(caught.value)
        assert "environment variable OUTREACH_SMTP__PASWORD: no such setting" in message
        assert "environment variable OUTREACH_SMTP_PASSWORD: no such setting" in message
        assert "two underscores" in message
        assert "settings.toml" not in message

    def test_wrong_value_in_an_environment_variable(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        config = write(tmp_path / "settings.toml", "[smtp]\nport = 2525\n")
        monkeypatch.setenv("OUTREACH_SMTP__PORT", "abc")
        with pytest.raises(SettingsError, match=r"^environment variable OUTREACH_SMTP__PORT: "):
            load_settings(config)

    def test_typo_in_secrets_names_secrets_toml(self, tmp_path: Path) -> None:
        config = write(tmp_path / "settings.toml", "[smtp]\nport = 2525\n")
        secrets = write(tmp_path / "secrets.toml", "[smtp]\npasswrd = 'x'\n")
        secrets.chmod(0o600)
        with pytest.raises(SettingsError) as caught:
            load_settings(config)
        assert str(caught.value).startswith(f"{secrets}: [smtp] passwrd: unknown key")

    def test_from_address_must_be_an_address(self, tmp_path: Path) -> None:
        config = write(tmp_path / "settings.toml", "[campaign]\nfrom_address = 'kinderpardon'\n")
        with pytest.raises(SettingsError, match=r"\[campaign\] from_address: .*valid e-mail"):
            load_settings(config)

    def test_boolean_as_text_is_refused(self, tmp_path: Path) -> None:
        config = write(tmp_path / "settings.toml", '[send]\ndry_run = "false"\n')
        with pytest.raises(SettingsError, match=r"\[send\] dry_run: must be true or false"):
            load_settings(config)

    def test_unknown_section(self, tmp_path: Path) -> None:
        config = write(tmp_path / "settings.toml", "[smpt]\nport = 1\n")
        with pytest.raises(SettingsError, match=r"\[smpt\]: unknown section"):
            load_settings(config)

    def test_secrets_readable_by_others_is_a_warning(
        self, tmp_path: Path, caplog: pytest.LogCaptureFixture
    ) -> None:
        config = write(tmp_path / "settings.toml", "[smtp]\nport = 2525\n")
        secrets = write(tmp_path / "secrets.toml", "[smtp]\npassword = 'x'\n")
        secrets.chmod(0o644)
        settings = load_settings(config)
        assert settings.smtp.password is not None
        assert "can be read by other users" in caplog.text
        caplog.clear()
        secrets.chmod(0o600)
        load_settings(config)
        assert "can be read by other users" not in caplog.text


class TestPlainAddress:
    """The quick check for ordinary addresses accepts nothing that the full check refuses."""

    ORDINARY = (
        "kinderpardonnu@gmail.com",
        "info+campagne@kinderpardon.nl",
        "griffie.gemeente-west_1@mail.s-hertogenbosch.nl",
    )
    ODD = (
        "kinderpardon",
        "a..b@example.org",
        ".a@example.org",
        "a.@example.org",
        "a@-example.org",
        "a@example-.org",
        "a@example.org.",
        "a@example.c0m",
        "a@xn--zz.example.org",
        "a@ab--cd.example.org",
        "a@example.test",
        "a@mail.invalid",
        "a@host.LOCAL",
        "a@localhost",
        "a@x.onion",
        "a@1.168.192.in-addr.arpa",
        "a b@example.org",
        "é@example.org",
        "a@exämple.org",
        "a@@example.org",
        "a@[127.0.0.1]",
        '"a"@example.org',
        "a" * 65 + "@example.org",
        "a@" + "b" * 64 + ".org",
        "a@" + ".".join(["b" * 63] * 4) + ".org",
    )

    def test_ordinary_addresses_need_no_full_check(self) -> None:
        from outreach.settings import _plain_address

        assert all(_plain_address(address) for address in self.ORDINARY)

    @pytest.mark.parametrize("address", ORDINARY + ODD)
    def test_quick_check_agrees_with_email_validator(self, address: str) -> None:
        from email_validator import EmailNotValidError, validate_email

        from outreach.settings import _plain_address

        try:
            validate_email(address, check_deliverability=False)
        except EmailNotValidError:
            assert not _plain_address(address)
        else:
            assert address in self.ODD or _plain_address(address)

    def test_odd_address_gets_the_full_reason(self, tmp_path: Path) -> None:
        config = write(tmp_path / "settings.toml", "[campaign]\nfrom_address = 'a..b@x.org'\n")
        with pytest.raises(SettingsError, match=r"from_address: .*not a valid e-mail.*two periods"):
            load_settings(config)
