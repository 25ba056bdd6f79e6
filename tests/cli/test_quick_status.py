"""`outreach status` without typer prints exactly what the typer command prints, or defers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from outreach.cli.app import app
from outreach.cli.quick_status import parse, quick_status
from tests.fixtures.store import Campaign, make_campaign


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> Campaign:
    return make_campaign(tmp_path_factory.mktemp("quick") / "campaign", contacts=None)


@pytest.mark.parametrize(
    "args",
    [
        ["--json"],
        [],
        ["--brief"],
        ["--by", "province"],
        ["--by=province", "--json"],
        ["--state", "no_address"],
        ["--state=pending", "--brief"],
    ],
)
def test_the_same_output_as_typer(
    campaign: Campaign, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = ["--config", str(campaign.config)]
    assert quick_status([*args, *config])
    quick = capsys.readouterr().out
    result = CliRunner().invoke(app, ["status", *args, *config])
    assert result.exit_code == 0, result.output
    assert quick == result.output
    assert quick.strip()


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--json", "--json"],
        ["--by", "county"],
        ["--verbose"],
        ["--state"],
        ["--config", "--json"],
        ["extra"],
    ],
)
def test_anything_else_is_left_to_typer_before_printing(
    campaign: Campaign, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert not quick_status([*args, "-c", str(campaign.config)])
    assert capsys.readouterr() == ("", "")


def test_a_missing_settings_file_is_left_to_typer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not quick_status(["--config", str(tmp_path / "nope.toml")])
    assert capsys.readouterr() == ("", "")


def test_options_are_read_as_typer_reads_them() -> None:
    assert parse(["-c", "a.toml", "--state=sent", "--brief"]) == {
        "config": "a.toml",
        "state": "sent",
        "brief": True,
    }
    assert parse(["--json=1"]) is None
    assert parse(["--config", "a", "-c", "b"]) is None


def test_status_json_does_not_load_typer_rich_or_the_orm(campaign: Campaign) -> None:
    script = (
        "import sys; from outreach.cli.app import main; main(); "
        "loaded = {'typer', 'rich', 'sqlalchemy', 'pydantic'} & set(sys.modules); "
        "assert not loaded, loaded"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "status", "--json", "-c", str(campaign.config)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"counts"' in done.stdout
