"""`outreach users`, `outreach map` and `outreach console` on the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from outreach.cli.app import app
from outreach.console.users import list_users, verify_login
from tests.fixtures.store import Campaign

runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.output


class TestUsers:
    """Accounts are added with a password from standard input, listed and removed."""

    def test_add_list_remove(self, campaign: Campaign) -> None:
        config = str(campaign.config)
        code, output = run("users", "add", "anna", "--config", config, stdin="lang wachtwoord\n")
        assert code == 0, output
        assert verify_login(campaign.engine, "anna", "lang wachtwoord")
        assert not verify_login(campaign.engine, "anna", "ander wachtwoord")
        code, output = run("users", "list", "--config", config)
        assert "anna" in output
        code, output = run("users", "add", "anna", "--config", config, stdin="nog een keer\n")
        assert code == 1
        assert "exists already" in output
        code, output = run(
            "users", "add", "anna", "--replace", "--config", config, stdin="nieuw wachtwoord\n"
        )
        assert code == 0
        assert verify_login(campaign.engine, "anna", "nieuw wachtwoord")
        code, output = run("users", "remove", "anna", "--config", config)
        assert code == 0
        assert list_users(campaign.engine) == []
        code, output = run("users", "remove", "anna", "--config", config)
        assert code == 1
        assert "no user" in output

    def test_short_password_and_odd_name_are_refused(self, campaign: Campaign) -> None:
        config = str(campaign.config)
        code, output = run("users", "add", "bob", "--config", config, stdin="kort\n")
        assert code == 1
        assert "at least" in output
        code, output = run("users", "add", "bob smit", "--config", config, stdin="lang genoeg\n")
        assert code == 1
        assert "not a usable name" in output
        assert list_users(campaign.engine) == []

    def test_hash_is_argon2(self, campaign: Campaign) -> None:
        from sqlmodel import select

        from outreach.store import transaction
        from outreach.store.models import ConsoleUser

        run("users", "add", "anna", "--config", str(campaign.config), stdin="lang wachtwoord\n")
        with transaction(campaign.engine) as session:
            row = session.exec(select(ConsoleUser)).one()
        assert row.password_hash.startswith("$argon2id$")
        assert "lang wachtwoord" not in row.password_hash


class TestMapCommand:
    """`outreach map --out` writes the console's picture as SVG or PNG."""

    def test_svg_and_png(self, campaign: Campaign, tmp_path: Path) -> None:
        svg, png = tmp_path / "kaart.svg", tmp_path / "kaart.png"
        code, output = run("map", "--out", str(svg), "--config", str(campaign.config))
        assert code == 0, output
        text = svg.read_text(encoding="utf-8")
        assert text.count("<path ") == 342  # the shipped map, whatever the store holds
        assert 'data-cbs="GM0344"' in text
        assert "CBS / PDOK" in text
        code, output = run("map", "--out", str(png), "--config", str(campaign.config))
        assert code == 0, output
        from PIL import Image

        with Image.open(png) as image:
            assert image.format == "PNG"
            assert image.width > 1000

    def test_other_suffix_is_refused(self, campaign: Campaign, tmp_path: Path) -> None:
        code, output = run(
            "map", "--out", str(tmp_path / "kaart.pdf"), "--config", str(campaign.config)
        )
        assert code == 1
        assert ".svg or .png" in output


class TestConsoleCommand:
    """`outreach console` serves the app; any host but loopback gets a warning."""

    @pytest.mark.parametrize(("host", "warned"), [(None, False), ("0.0.0.0", True)])  # noqa: S104
    def test_host_warning(
        self, campaign: Campaign, monkeypatch: pytest.MonkeyPatch, host: str | None, warned: bool
    ) -> None:
        calls: list[dict[str, Any]] = []
        monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.append(kwargs))
        args = ["console", "--config", str(campaign.config)]
        if host:
            args += ["--host", host]
        code, output = run(*args)
        assert code == 0, output
        assert calls[0]["host"] == (host or "127.0.0.1")
        assert calls[0]["port"] == 8642
        assert ("Warning" in output) is warned
        assert "outreach users add" in output
