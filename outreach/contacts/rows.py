"""From a table to contact rows: columns matched leniently, every cell checked.

A row is checked on its own (code format, e-mail address, no control characters) and against
the CBS reference (known code, name and province of that code). A refused row is reported with
its line number and the reason; the others go on.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from email_validator import EmailNotValidError, validate_email

from outreach.contacts.reference import Reference, as_code, fold
from outreach.contacts.spreadsheet import Sheet
from outreach.errors import ContactsError
from outreach.resources import resource_dir

REQUIRED = ("cbs_code", "name", "province", "email")
FIELDS = (*REQUIRED, "domain", "noodopvang", "email_source")
_CODE = re.compile(r"^GM\d{4}$")
_TRUE = {"1", "ja", "yes", "true", "waar", "j", "y", "x"}
_FALSE = {"0", "nee", "no", "false", "onwaar", "n"}
# Line and paragraph separators are not control characters to Unicode, but they break a line
# in a letter and make a .docx invalid, like the real ones.
_SEPARATOR_CHARS = {"\u2028", "\u2029"}


@dataclass(frozen=True)
class ContactRow:
    """One valid row: None means the cell was blank (or the column absent)."""

    line: int
    cbs_code: str
    name: str
    province: str
    email: str | None
    domain: str | None
    noodopvang: bool | None
    address: dict[str, str | None]
    municipal: bool = True
    columns: frozenset[str] = frozenset(REQUIRED)  # the fields the file has a column for


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str
    cbs_code: str | None = None


@dataclass
class Columns:
    """Which column of the file holds which field."""

    fields: dict[str, int]
    address: dict[str, int] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", fold(text))


@cache
def _aliases() -> dict[str, str]:
    """Header key -> field, from `data/contact_columns.toml`."""
    data = tomllib.loads((resource_dir("data") / "contact_columns.toml").read_text("utf-8"))
    return {header_key(alias): name for name, names in data["columns"].items() for alias in names}


def match_columns(header: list[str], *, ignore: Iterable[str] = ()) -> Columns:
    """Map the header to fields; other columns are address fields unless in `ignore`."""
    aliases = _aliases()
    ignored_keys = {header_key(name) for name in ignore}
    columns = Columns(fields={})
    for index, title in enumerate(header):
        key = header_key(title)
        if not key:
            continue
        name = aliases.get(key)
        if name is not None and name not in columns.fields:
            columns.fields[name] = index
        elif key in ignored_keys or name is not None:
            columns.ignored.append(title.strip())
        else:
            columns.address[re.sub(r"\W+", "_", fold(title.strip())).strip("_")] = index
    missing = [name for name in REQUIRED if name not in columns.fields]
    if missing:
        raise ContactsError(
            f"the first line must name the columns {', '.join(REQUIRED)} (Dutch headers such as "
            f"gemeente, naam, provincie, e-mail are fine too); missing: {', '.join(missing)} "
            f"(found: {', '.join(h.strip() for h in header if h.strip()) or 'nothing'})"
        )
    return columns


def check_rows(
    sheet: Sheet,
    reference: Reference,
    *,
    allow_unknown: bool = False,
    known_extra: frozenset[str] = frozenset(),
    ignore: Iterable[str] = (),
) -> tuple[list[ContactRow], list[RowError], Columns]:
    """The valid rows of `sheet` and the reasons the others were refused.

    `allow_unknown` accepts codes that are not on the CBS list (a contact that is not a
    municipality, added on purpose); `known_extra` are such codes already in the store.
    """
    columns = match_columns(sheet.header, ignore=ignore)
    rows: list[ContactRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for line, values in sheet.rows:
        try:
            row = _check(line, values, columns, reference, allow_unknown, known_extra)
        except RowRefusedError as exc:
            errors.append(RowError(line, str(exc), exc.cbs_code))
            continue
        if row.cbs_code in seen:
            errors.append(
                RowError(
                    line,
                    f"{row.cbs_code} already on {sheet.unit} {seen[row.cbs_code]}",
                    row.cbs_code,
                )
            )
            continue
        seen[row.cbs_code] = line
        rows.append(row)
    return rows, errors, columns


class RowRefusedError(ValueError):
    def __init__(self, reason: str, cbs_code: str | None = None) -> None:
        super().__init__(reason)
        self.cbs_code = cbs_code


def _check(
    line: int,
    values: list[str],
    columns: Columns,
    reference: Reference,
    allow_unknown: bool,
    known_extra: frozenset[str],
) -> ContactRow:
    width = max([*columns.fields.values(), *columns.address.values()]) + 1
    extra = [v for v in values[width:] if v.strip()]
    if extra:
        raise RowRefusedError(f"more fields than columns ({len(extra)} too many)")

    def cell(index: int) -> str:
        text = (values[index] if index < len(values) else "").strip()
        _refuse_control_characters(text)
        return text

    try:
        cells = {name: cell(index) for name, index in columns.fields.items()}
        address = {name: cell(index) or None for name, index in columns.address.items()}
    except RowRefusedError as exc:
        code_index = columns.fields["cbs_code"]
        code_text = values[code_index] if code_index < len(values) else ""
        raise RowRefusedError(str(exc), code_text.strip().upper() or None) from None
    code = as_code(cells["cbs_code"]) or cells["cbs_code"].upper()
    if not _CODE.match(code):
        raise RowRefusedError(f"cbs_code {cells['cbs_code']!r} is not GM followed by 4 digits")
    for key in ("name", "province"):
        if not cells[key]:
            raise RowRefusedError(f"{key} is empty", code)
    municipal = _check_reference(code, cells, reference, allow_unknown or code in known_extra)
    try:
        email = _email(cells["email"])
        noodopvang = _flag(cells["noodopvang"]) if "noodopvang" in cells else None
    except ValueError as exc:
        raise RowRefusedError(str(exc), code) from None
    return ContactRow(
        line=line,
        cbs_code=code,
        name=cells["name"],
        province=cells["province"],
        email=email,
        domain=cells.get("domain", "").lower() or None,
        noodopvang=noodopvang,
        address=address,
        municipal=municipal,
        columns=frozenset(columns.fields),
    )


def _check_reference(
    code: str, cells: dict[str, str], reference: Reference, allow_unknown: bool
) -> bool:
    """Whether the row is a municipality on the CBS list; refuses what does not fit it."""
    known = reference.get(code)
    if known is None:
        merger = reference.successor(code)
        if merger is not None:
            raise RowRefusedError(f"{merger.describe()}: use {merger.successor_code}", code)
        if allow_unknown:
            return False
        raise RowRefusedError(
            f"{code} is not a municipality on the CBS list of 342 (a typo? to add a contact "
            "that is not a municipality on purpose, pass --allow-non-municipal)",
            code,
        )
    if not reference.name_matches(code, cells["name"]):
        raise RowRefusedError(
            f"{code} is {known.name}, not {cells['name']!r} (fix the code or the name)", code
        )
    if not reference.province_matches(code, cells["province"]):
        raise RowRefusedError(
            f"{known.name} ({code}) is in {known.province}, not {cells['province']!r}", code
        )
    return True


def _refuse_control_characters(text: str) -> None:
    """No control or format characters: they end up in the motion's XML and break it."""
    for char in text:
        if char in "\r\n":
            raise RowRefusedError("a cell contains a line break")
        if unicodedata.category(char) in {"Cc", "Cf"} or char in _SEPARATOR_CHARS:
            raise RowRefusedError(f"a cell contains the invisible character U+{ord(char):04X}")


def _email(text: str) -> str | None:
    if not text:
        return None
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"e-mail address {text!r} is not valid: {exc}") from None
    return checked.normalized.lower()


def _flag(text: str) -> bool | None:
    lowered = text.lower()
    if not lowered:
        return None
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"noodopvang {text!r} is not ja or nee (yes/no, 1/0)")


def parse_flag(text: str) -> bool:
    """`ja`/`nee` (and the other spellings an import accepts) as a boolean."""
    value = _flag(text.strip())
    if value is None:
        raise ValueError("give ja or nee")
    return value
