"""Column widths fixed from the widest cells draw the table exactly as rich would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from outreach.cli.tables import fit_columns, municipality_table
from outreach.store import reader
from tests.fixtures.store import make_campaign


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[reader.MunicipalityRow]:
    campaign = make_campaign(tmp_path_factory.mktemp("tables") / "campaign", contacts=None)
    connection = reader.open_reader(campaign.settings.store_url)
    assert connection is not None
    with connection:
        return reader.municipalities(connection, by_province=True)


def draw(rows: list[reader.MunicipalityRow], width: int, *, terminal: bool, fit: bool) -> str:
    console = Console(
        file=io.StringIO(),
        width=width,
        force_terminal=terminal,
        color_system="truecolor" if terminal else None,
    )
    table = municipality_table(rows, title="Municipalities")
    if fit:
        fit_columns(table, console)
    console.print(table)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


@pytest.mark.parametrize("width", [34, 80, 150])
@pytest.mark.parametrize("terminal", [False, True])
def test_fitted_table_is_drawn_as_rich_draws_it(
    rows: list[reader.MunicipalityRow], width: int, terminal: bool
) -> None:
    assert len(rows) == 342
    fitted = draw(rows, width, terminal=terminal, fit=True)
    assert fitted == draw(rows, width, terminal=terminal, fit=False)
    assert "Súdwest-Fryslân" in fitted or "Súdwest" in fitted or width < 60


def test_a_table_of_other_cells_is_left_alone(tmp_path: Path) -> None:
    from rich.table import Table

    table = Table("a", "b")
    table.add_row("x", "[bold]y[/]")  # markup strings, not Text: not measured here
    fit_columns(table, Console(file=io.StringIO(), width=80))
    assert [column.width for column in table.columns] == [None, None]
