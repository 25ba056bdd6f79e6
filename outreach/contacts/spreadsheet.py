"""Reading what volunteers have: CSV from Excel, LibreOffice or Google Sheets, and .xlsx.

A CSV may use `,` or `;` (Dutch Excel writes `;`), be UTF-8 with or without a byte-order mark,
or be Windows-1252 (Excel's "CSV" without "UTF-8"): that last one is read with a warning, not
refused. An .xlsx is read from its first sheet.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from outreach.errors import ContactsError

XLSX_SUFFIXES = {".xlsx", ".xlsm"}
# Formats a volunteer may try that we do not read: say what to do instead.
_UNREADABLE = {
    ".xls": "an old Excel file (.xls)",
    ".ods": "a LibreOffice spreadsheet (.ods)",
    ".numbers": "a Numbers spreadsheet",
}
_SEPARATORS = (";", ",", "\t")


@dataclass
class Sheet:
    """A table as read from a file: the header, the data rows with their numbers, warnings."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    unit: str = "line"  # what the numbers count: lines of a CSV, rows of a spreadsheet
    warnings: list[str] = field(default_factory=list)


def read_sheet(path: Path) -> Sheet:
    """The table in `path`, a CSV or an .xlsx file."""
    if not path.is_file():
        raise ContactsError(f"contacts file {path} does not exist")
    suffix = path.suffix.lower()
    if suffix in _UNREADABLE:
        raise ContactsError(
            f"{path.name} is {_UNREADABLE[suffix]}; save it as .xlsx or as CSV and import that"
        )
    if suffix in XLSX_SUFFIXES:
        return read_xlsx(path)
    return read_csv(path)


def read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(path)  # an .xlsx saved under another name
    text, warning = decode(data, path.name)
    separator = sniff_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line = 1
    for values in reader:
        if header is None:
            if any(v.strip() for v in values):
                header = values
        elif any(v.strip() for v in values):
            rows.append((line, values))
        # reader.line_num is the last physical line read: the next record starts after it
        line = reader.line_num + 1
    if header is None:
        raise ContactsError(f"{path.name} is empty")
    return Sheet(header, rows, "line", [warning] if warning else [])


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """The text of a CSV file, and a warning when it was not UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Latin-1 reads every byte.
        text, encoding = data.decode("latin-1"), "Latin-1"
    return text, (
        f"{name} is not UTF-8 (saved by Excel as 'CSV' rather than 'CSV UTF-8'?); it was read "
        f"as {encoding}: check the accented names in the changes below"
    )


def sniff_separator(text: str) -> str:
    """`;`, `,` or a tab: whichever the header line uses most (outside quotes)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = "".join(part for index, part in enumerate(first.split('"')) if index % 2 == 0)
    counts = {sep: unquoted.count(sep) for sep in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # only the commands that read a spreadsheet need it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ContactsError(f"{path.name} cannot be read as an .xlsx file: {exc}") from None
    try:
        if not workbook.worksheets:
            raise ContactsError(f"{path.name} has no sheets")
        sheet = workbook.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = cells
            else:
                rows.append((number, cells))
    finally:
        workbook.close()
    if header is None:
        raise ContactsError(f"the first sheet of {path.name} is empty")
    warnings = []
    if len(workbook.worksheets) > 1:
        warnings.append(
            f"{path.name} has {len(workbook.worksheets)} sheets; only the first is read"
        )
    return Sheet(header, rows, "row", warnings)


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a volunteer sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)
