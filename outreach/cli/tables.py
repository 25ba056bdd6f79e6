"""The tables every command prints, drawn in rich's look at a fraction of rich's cost.

Names, subjects and addresses come from outside (a contacts file, any sender's mail), so a
table cell is plain text unless it is `Markup` we wrote ourselves: `Rotterdam[/]` prints as
written instead of crashing the command, and `[link=...]` stays text.

rich's own `Table` measures, wraps and pads every cell through its general layout engine,
which takes most of a second for the 342 municipalities of `outreach status`. A `DataTable`
holds only text, so it measures with `cell_len`, pads with plain strings and hands rich a
few segments per line; rich still decides colours, the box characters the terminal can
show, and the width. The layout is rich's: a heavy head box, one space of padding, the
widest columns narrowed first when the table does not fit. A cell too wide for its column
is wrapped on words (a long word cut with "…"), or, in a `no_wrap` column, cut to one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.markup import escape
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from outreach.store.reader import MunicipalityView
from outreach.timefmt import local_time

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

STATE_STYLE = {
    "no_address": "yellow",
    "needs_address": "yellow",
    "pending": "dim",
    "sending": "cyan",
    "sent": "blue",
    "failed": "red",
    "acknowledged": "green",
    "forwarded": "green",
    "motion_planned": "bold green",
    "motion_submitted": "bold green",
    "motion_adopted": "bold magenta",
    "motion_rejected": "magenta",
    "opted_out": "red",
    "declined": "red",
}

Justify = Literal["left", "right"]
PADDING = 1  # spaces either side of a cell, as rich's tables have
ELLIPSIS = "…"


class Markup(str):
    """Rich markup written by `outreach` itself; any other string in a table is data."""

    __slots__ = ()


def styled_state(state: str) -> Markup:
    style = STATE_STYLE.get(state, "")
    return Markup(f"[{style}]{escape(state)}[/]" if style else escape(state))


@dataclass
class Column:
    header: str
    justify: Justify = "left"
    no_wrap: bool = False
    # Never narrowed below this (nor below the widest cell, if that is less).
    min_width: int = 1


class DataTable:
    """A table of text cells: data strings shown as written, `Markup` cells styled."""

    def __init__(self, *headers: str, title: str | None = None, header_style: str = "bold") -> None:
        self.columns: list[Column] = [Column(header) for header in headers]
        self.rows: list[tuple[str, ...]] = []
        self.title = title
        self.header_style = header_style

    def add_column(
        self, header: str, *, justify: Justify = "left", no_wrap: bool = False, min_width: int = 1
    ) -> None:
        self.columns.append(Column(header, justify, no_wrap, min_width))

    def add_row(self, *cells: str) -> None:
        if len(cells) != len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns")
        self.rows.append(tuple(cells))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        return _Drawing(self, console, options).lines()


class _Drawing:
    """One table drawn for one console at one width."""

    def __init__(self, table: DataTable, console: Console, options: ConsoleOptions) -> None:
        self.table = table
        self.console = console
        self.box = box.HEAVY_HEAD.substitute(options, safe=console.safe_box)
        self.header_style = console.get_style(table.header_style)
        # Provinces, states and dates repeat down a column: each is measured, parsed and laid
        # out once.
        self._texts: dict[str, Text] = {}
        self._sizes: dict[tuple[str, bool], int] = {}
        self._cells: dict[tuple[str, bool, int, int], list[list[tuple[str, Style]]]] = {}
        self.widths = self._widths(options.max_width)

    # -- cells ----------------------------------------------------------------------------

    def _text(self, value: str) -> Text:
        """`value` as rich text: markup parsed, data as it is."""
        text = self._texts.get(value)
        if text is None:
            text = Text.from_markup(value) if isinstance(value, Markup) else Text(value)
            self._texts[value] = text
        return text

    def _plain(self, value: str) -> str:
        return self._text(value).plain if isinstance(value, Markup) else value

    def _cell_width(self, value: str) -> int:
        key = (value, isinstance(value, Markup))
        size = self._sizes.get(key)
        if size is None:
            plain = self._plain(value)
            size = max(_width(line) for line in plain.split("\n"))
            self._sizes[key] = size
        return size

    # -- widths ---------------------------------------------------------------------------

    def _widths(self, max_width: int) -> list[int]:
        """Each column's widest cell; when they do not fit, the widest columns narrowed to
        one level (never below a column's minimum), then, if need be, all of them alike."""
        columns = self.table.columns
        natural = [self._cell_width(c.header) for c in columns]
        for row in self.table.rows:
            for index, value in enumerate(row):
                width = self._cell_width(value)
                if width > natural[index]:
                    natural[index] = width
        natural = [max(width, 1) for width in natural]
        available = max_width - self._extra_width()
        if sum(natural) <= available:
            return natural
        # A column keeps its minimum and its header, unless its cells are all narrower.
        floors = [
            min(max(c.min_width, self._cell_width(c.header), 1), width)
            for c, width in zip(columns, natural, strict=True)
        ]
        level = _water_level(natural, floors, available)
        widths = [
            max(floor, min(width, level)) for floor, width in zip(floors, natural, strict=True)
        ]
        while sum(widths) > available and max(widths) > 1:
            widest = widths.index(max(widths))
            widths[widest] -= 1
        return widths

    def _extra_width(self) -> int:
        return len(self.table.columns) + 1 + 2 * PADDING * len(self.table.columns)

    # -- drawing --------------------------------------------------------------------------

    def lines(self) -> Iterator[Segment]:
        table, b = self.table, self.box
        widths = [width + 2 * PADDING for width in self.widths]  # as the box counts them
        new_line = Segment.line()
        if table.title:
            yield from self._title(sum(widths) + len(widths) + 1)
        yield Segment(b.get_top(widths))
        yield new_line
        header = [c.header for c in table.columns]
        yield from self._row(header, (b.head_left, b.head_vertical, b.head_right), header=True)
        yield Segment(b.get_row(widths, "head", edge=True))
        yield new_line
        edges = (b.mid_left, b.mid_vertical, b.mid_right)
        for row in table.rows:
            yield from self._row(row, edges, header=False)
        yield Segment(b.get_bottom(widths))
        yield new_line

    def _title(self, width: int) -> Iterator[Segment]:
        title = self.table.title
        assert title is not None
        text = self._text(title).copy()
        text.style = self.console.get_style("table.title")  # padding included, as rich does
        text.justify = "center"
        lines = self.console.render_lines(text, self.console.options.update_width(width))
        for line in lines:
            yield from line
            yield Segment.line()

    def _row(
        self, cells: Sequence[str], edges: tuple[str, str, str], *, header: bool
    ) -> Iterator[Segment]:
        columns = self.table.columns
        laid_out = [
            self._cell(value, number, width, column)
            for number, (value, width, column) in enumerate(
                zip(cells, self.widths, columns, strict=True)
            )
        ]
        height = max(len(lines) for lines in laid_out)
        left, vertical, right = edges
        pad = " " * PADDING
        for index in range(height):
            out = _Line(self.header_style if header else None)
            out.add(left)
            for number, (lines, width) in enumerate(zip(laid_out, self.widths, strict=True)):
                if number:
                    out.add(vertical)
                out.add(pad, styled=True)
                if index < len(lines):
                    for piece, style in lines[index]:
                        out.add(piece, style, styled=True)
                else:
                    out.add(" " * width, styled=True)
                out.add(pad, styled=True)
            out.add(right)
            yield from out.segments()

    def _cell(
        self, value: str, number: int, width: int, column: Column
    ) -> list[list[tuple[str, Style]]]:
        key = (value, isinstance(value, Markup), number, width)
        lines = self._cells.get(key)
        if lines is None:
            lines = self._lay_out(value, width, column)
            self._cells[key] = lines
        return lines

    def _lay_out(self, value: str, width: int, column: Column) -> list[list[tuple[str, Style]]]:
        """The lines of one cell, each exactly `width` wide, as (text, style) pieces."""
        plain = self._plain(value)
        if not isinstance(value, Markup) and "\n" not in plain:
            size = self._cell_width(value)
            if size <= width:
                return [[(_justified(plain, size, width, column.justify), Style.null())]]
            if column.no_wrap:
                return [[(set_cell_size(plain, width - 1) + ELLIPSIS, Style.null())]]
        text = self._text(value)
        if column.no_wrap:
            one = text.copy()
            one.truncate(width, overflow="ellipsis")
            lines = [one]
        else:
            lines = list(text.wrap(self.console, width, overflow="ellipsis"))
        laid_out = []
        for line in lines:
            line.truncate(width, overflow="ellipsis", pad=False)
            size = line.cell_len
            if column.justify == "right" and size < width:
                line.pad_left(width - size)
            elif size < width:
                line.pad_right(width - size)
            laid_out.append(
                [(s.text, s.style or Style.null()) for s in line.render(self.console) if s.text]
            )
        return laid_out


class _Line:
    """One line of a table as few segments: unstyled text runs joined into one."""

    def __init__(self, cell_style: Style | None) -> None:
        self.cell_style = cell_style  # the header's style, under each cell's own
        self.parts: list[Segment] = []
        self.run: list[str] = []

    def add(self, text: str, style: Style | None = None, *, styled: bool = False) -> None:
        if styled and self.cell_style is not None:
            style = self.cell_style + style if style else self.cell_style
        if style is None or not style:
            self.run.append(text)
            return
        self._flush()
        self.parts.append(Segment(text, style))

    def _flush(self) -> None:
        if self.run:
            self.parts.append(Segment("".join(self.run)))
            self.run = []

    def segments(self) -> list[Segment]:
        self._flush()
        self.parts.append(Segment.line())
        return self.parts


def _width(text: str) -> int:
    """Columns `text` takes on a terminal (printable ASCII: one a character, found in C)."""
    return len(text) if text.isascii() and text.isprintable() else cell_len(text)


def _justified(plain: str, size: int, width: int, justify: Justify) -> str:
    fill = " " * (width - size)
    return fill + plain if justify == "right" else plain + fill


def _water_level(widths: Sequence[int], floors: Sequence[int], available: int) -> int:
    """The largest level such that columns cut down to it (not below their floors) fit."""
    low, high = 0, max(widths)
    while low < high:
        mid = (low + high + 1) // 2
        total = sum(max(f, min(w, mid)) for w, f in zip(widths, floors, strict=True))
        if total <= available:
            low = mid
        else:
            high = mid - 1
    return low


def municipality_table(rows: Iterable[MunicipalityView], *, title: str | None = None) -> DataTable:
    """One line per municipality: on a narrow terminal the longer columns are cut, not wrapped
    (code and state always show in full, a name at least 14 characters)."""
    table = DataTable(title=title, header_style="bold")
    table.add_column("code", no_wrap=True, min_width=6)
    table.add_column("name", no_wrap=True, min_width=14)
    table.add_column("province", no_wrap=True, min_width=5)
    table.add_column("address", no_wrap=True, min_width=5)
    table.add_column("state", no_wrap=True, min_width=16)
    table.add_column("last change", no_wrap=True, min_width=5)
    needs_address = Markup("[yellow]needs an address[/]")
    for m in rows:
        table.add_row(
            m.cbs_code,
            m.name,
            m.province,
            m.email or needs_address,
            styled_state(m.state),
            local_time(m.updated_at),
        )
    return table
