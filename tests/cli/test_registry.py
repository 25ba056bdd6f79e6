"""The command list: explicit, loaded lazily, and its help lines match the commands."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

from outreach.cli.app import COMMANDS, app
from outreach.cli.group import _load

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "pydantic_settings", "jinja2", "aiosmtplib", "rich")


class TestRegistry:
    """Every listed command exists, once, with the help line its own docstring gives."""

    def test_names_are_unique(self) -> None:
        names = [command.name for command in COMMANDS]
        assert len(names) == len(set(names))

    @pytest.mark.parametrize("entry", COMMANDS, ids=lambda c: c.name)
    def test_help_line_matches_the_command(self, entry: object) -> None:
        command = _load(entry.module).commands[entry.name]  # type: ignore[attr-defined]
        first = (command.help or "").strip().split("\n\n")[0]
        assert " ".join(first.split()) == entry.help  # type: ignore[attr-defined]

    def test_help_imports_no_heavy_module(self) -> None:
        code = (
            "import sys\n"
            "from outreach.cli.app import app\n"
            "try:\n"
            "    app(['--help'])\n"
            "except SystemExit:\n"
            "    pass\n"
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert "send" in out.stdout
        assert out.stdout.strip().splitlines()[-1] == "[]"

    def test_app_is_a_typer_app(self) -> None:
        assert isinstance(app, typer.Typer)
