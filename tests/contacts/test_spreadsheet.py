"""Reading the files volunteers have: Excel's CSV dialects and encodings, and .xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from outreach.contacts.importer import read_contacts
from outreach.contacts.spreadsheet import read_sheet
from outreach.errors import ContactsError

ROWS = [
    ["GM0344", "Utrecht", "Utrecht", "gemeente@utrecht.nl", "ja"],
    ["GM1900", "Súdwest-Fryslân", "Fryslân", "info@gemeentesudwestfryslan.nl", "nee"],
    ["GM0518", "'s-Gravenhage", "Zuid-Holland", "", ""],
]


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


class TestCsv:
    """`,` or `;`, UTF-8 with or without BOM, or Windows-1252 with a warning."""

    def test_dutch_excel_semicolon_cp1252(self, tmp_path: Path) -> None:
        path = tmp_path / "gemeenten.csv"
        lines = ["Gemeentecode;Gemeente;Provincie;E-mail;Noodopvang"]
        lines += [";".join(row) for row in ROWS]
        path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        sheet = read_sheet(path)
        assert "Windows-1252" in sheet.warnings[0]
        rows, errors = read_contacts(path)
        assert errors == []
        assert [r.name for r in rows] == ["Utrecht", "Súdwest-Fryslân", "'s-Gravenhage"]
        assert [r.noodopvang for r in rows] == [True, False, None]
        assert rows[2].email is None

    def test_utf8_with_bom_and_commas(self, tmp_path: Path) -> None:
        path = tmp_path / "list.csv"
        text = "cbs_code,name,province,email\n" + "\n".join(",".join(r[:4]) for r in ROWS)
        path.write_bytes(text.encode("utf-8-sig"))
        sheet = read_sheet(path)
        assert sheet.warnings == []
        assert sheet.header[0] == "cbs_code"  # no BOM glued to the first header
        rows, errors = read_contacts(path)
        assert (len(rows), errors) == (3, [])

    def test_utf8_semicolons_with_quoted_separator(self, tmp_path: Path) -> None:
        path = tmp_path / "list.csv"
        path.write_text(
            'CBS code;Naam;Provincie;E-mailadres\nGM0820;"Nuenen, Gerwen en Nederwetten";'
            "Noord-Brabant;gemeente@nuenen.nl\n",
            encoding="utf-8",
        )
        rows, errors = read_contacts(path)
        assert errors == []
        assert rows[0].cbs_code == "GM0820"

    def test_latin1_bytes_undefined_in_cp1252(self, tmp_path: Path) -> None:
        path = tmp_path / "list.csv"
        path.write_bytes(b"cbs_code,name,province,email\nGM0344,Utrecht,Utrecht,a@b.nl\x81\n")
        assert "Latin-1" in read_sheet(path).warnings[0]

    def test_old_excel_format_is_explained(self, tmp_path: Path) -> None:
        path = tmp_path / "list.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0")
        with pytest.raises(ContactsError, match=r"save it as \.xlsx or as CSV"):
            read_sheet(path)

    def test_missing_columns_name_what_was_found(self, tmp_path: Path) -> None:
        path = tmp_path / "list.csv"
        path.write_text("code;plaats\nGM0344;Utrecht\n", encoding="utf-8")
        with pytest.raises(ContactsError, match=r"missing: name, province, email \(found: code"):
            read_contacts(path)


class TestXlsx:
    """The first sheet of an .xlsx, with the same (lenient) columns."""

    def test_first_sheet_is_read(self, tmp_path: Path) -> None:
        path = write_xlsx(
            tmp_path / "gemeenten.xlsx",
            ["CBS_code", "Naam", "Provincie", "E-mail", "Noodopvang", "Postcode"],
            [[*row, "3511 AA" if n == 0 else None] for n, row in enumerate(ROWS)],
        )
        rows, errors = read_contacts(path)
        assert errors == []
        assert [r.cbs_code for r in rows] == ["GM0344", "GM1900", "GM0518"]
        assert rows[0].address == {"postcode": "3511 AA"}
        assert rows[2].email is None

    def test_numeric_codes(self, tmp_path: Path) -> None:
        """CBS's own workbook has "0014"; a spreadsheet shows it as the number 14."""
        path = write_xlsx(
            tmp_path / "cbs.xlsx",
            ["Gemeentecode", "Gemeentenaam", "Provincienaam", "email"],
            [[14, "Groningen", "Groningen", "info@groningen.nl"]],
        )
        rows, errors = read_contacts(path)
        assert (errors, rows[0].cbs_code) == ([], "GM0014")

    def test_row_numbers_and_cell_types(self, tmp_path: Path) -> None:
        path = write_xlsx(
            tmp_path / "g.xlsx",
            ["cbs_code", "name", "province", "email", "noodopvang"],
            [
                ["GM0344", "Utrecht", "Utrecht", "gemeente@utrecht.nl", True],
                [None, None, None, None, None],
                ["GM9999", "Nergenshuizen", "Utrecht", "x@y.nl", 0],
            ],
        )
        rows, errors = read_contacts(path)
        assert rows[0].noodopvang is True
        assert [e.line for e in errors] == [4]  # row 4 of the sheet; row 3 was empty
