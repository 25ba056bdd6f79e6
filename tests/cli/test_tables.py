"""The tables look as rich draws them, one line per municipality, data never read as markup."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from outreach.cli.tables import DataTable, Markup, municipality_table, styled_state
from outreach.store import reader
from outreach.timefmt import local_time
from tests.fixtures.store import make_campaign


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[reader.MunicipalityRow]:
    campaign = make_campaign(tmp_path_factory.mktemp("tables") / "campaign", contacts=None)
    connection = reader.open_reader(campaign.settings.store_url)
    assert connection is not None
    with connection:
        return reader.municipalities(connection, by_province=True)


def draw(table: object, width: int, *, terminal: bool = False) -> str:
    console = Console(
        file=io.StringIO(),
        width=width,
        force_terminal=terminal,
        color_system="truecolor" if terminal else None,
    )
    console.print(table)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def rich_municipality_table(rows: list[reader.MunicipalityRow]) -> Table:
    table = Table(title="Municipalities", header_style="bold")
    for column in ("code", "name", "province", "address", "state", "last change"):
        table.add_column(column)
    for m in rows:
        address = Text(m.email) if m.email else Text.from_markup("[yellow]needs an address[/]")
        table.add_row(
            Text(m.cbs_code),
            Text(m.name),
            Text(m.province),
            address,
            Text.from_markup(styled_state(m.state)),
            Text(local_time(m.updated_at)),
        )
    return table


@pytest.mark.parametrize("terminal", [False, True])
def test_a_table_that_fits_is_drawn_exactly_as_rich_draws_it(
    rows: list[reader.MunicipalityRow], terminal: bool
) -> None:
    assert len(rows) == 342
    ours = draw(municipality_table(rows, title="Municipalities"), 200, terminal=terminal)
    assert ours == draw(rich_municipality_table(rows), 200, terminal=terminal)
    assert "Súdwest-Fryslân" in ours
    assert ("\x1b[" in ours) is terminal


@pytest.mark.parametrize("width", [34, 80, 120])
def test_a_narrow_terminal_gets_one_line_per_municipality(
    rows: list[reader.MunicipalityRow], width: int
) -> None:
    lines = draw(municipality_table(rows, title="Municipalities"), width).splitlines()
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == 342
    assert len({len(line) for line in lines[1:]}) == 1  # every line of the box as wide
    assert all(len(line) <= width for line in lines)
    if width >= 80:  # the code, the state and the start of the name always show
        assert any(line.startswith("│ GM1680 │ Aa en Hunze ") for line in body)
        assert any("│ pending " in line for line in body)
        assert any("…" in line for line in body)


def test_data_is_shown_as_written_and_only_markup_is_styled() -> None:
    when = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    row = reader.MunicipalityRow(
        "GM9999", "Rotterdam[/]", "[link=x]Zuid", None, "sent", when, False, None
    )
    text = draw(municipality_table([row]), 120, terminal=True)
    assert "Rotterdam[/]" in text
    assert "[link=x]Zuid" in text
    assert "needs an address" in text
    assert "[yellow]" not in text
    assert "\x1b[34msent" in text  # blue, from the state's markup


def test_a_long_cell_wraps_on_words_in_a_wrapping_column() -> None:
    table = DataTable("id", "why", title="Review queue")
    why = "the sender is not the municipality's own address and the text asks a question"
    table.add_row("7", why)
    lines = draw(table, 40).splitlines()
    assert all(len(line) <= 40 for line in lines)
    cells = [line.split("│")[2].strip() for line in lines if line.startswith("│ 7 ")]
    rest = [line.split("│")[2].strip() for line in lines if line.startswith("│   ")]
    assert len(rest) >= 2
    assert " ".join([*cells, *rest]) == why


def test_numbers_can_be_right_justified_and_headers_hold_markup() -> None:
    table = DataTable(title="per province")
    table.add_column("province")
    table.add_column(styled_state("sent"), justify="right")
    table.add_row("Zeeland", "3")
    table.add_row(Markup("[bold]total[/]"), Markup("[bold]123[/]"))
    text = draw(table, 80)
    assert "│ Zeeland  │    3 │" in text
    assert "│ total    │  123 │" in text
    assert "┃ province ┃ sent ┃" in text


def test_a_row_must_have_a_cell_per_column() -> None:
    table = DataTable("a", "b")
    with pytest.raises(ValueError, match="1 cells for 2 columns"):
        table.add_row("x")
