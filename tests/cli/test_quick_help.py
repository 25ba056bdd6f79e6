"""`outreach --help` without typer: the same text as typer's, and typer is never loaded."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from outreach.cli.app import COMMANDS
from outreach.cli.quick_help import quick_help


def typer_help(columns: int) -> str:
    """What typer itself prints for `outreach --help`, as a volunteer's shell runs it."""
    code = "from outreach.cli.root import app\napp(['--help'], prog_name='outreach')\n"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "COLUMNS": str(columns)},
    )
    return out.stdout


@pytest.mark.parametrize("columns", [80, 132])
def test_the_text_is_typers(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    text = quick_help("/usr/local/bin/outreach", COMMANDS)
    assert text is not None
    assert text == typer_help(columns)
    assert "  status    Where the campaign stands" in text


def test_typer_writes_it_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    assert quick_help("outreach", COMMANDS) is None  # another width
    monkeypatch.setenv("COLUMNS", "100")
    assert quick_help("python -m outreach", COMMANDS) is None  # another name


def test_help_loads_no_command_line_library() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['outreach', '--help']\n"
        "from outreach.cli.app import main\n"
        "main()\n"
        "print(sorted(m for m in ('typer', 'rich', 'typing') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "80", "PATH": ""},
    )
    assert "Commands:" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"
