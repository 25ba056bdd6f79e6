"""Reading the municipality list from CSV: every row checked, bad rows reported, good rows kept."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Engine
from sqlmodel import Session

from outreach.errors import ContactsError
from outreach.resources import resource_dir
from outreach.status import NO_ADDRESS, PENDING, set_state
from outreach.store.engine import transaction
from outreach.store.models import Municipality, now

REQUIRED = ("cbs_code", "name", "province", "email")
KNOWN = {*REQUIRED, "domain", "noodopvang", "email_source"}
_CODE = re.compile(r"^GM\d{4}$")
_TRUE = {"1", "ja", "yes", "true", "waar", "j", "y", "x"}
_FALSE = {"", "0", "nee", "no", "false", "onwaar", "n"}


def default_contacts_file() -> Path:
    return resource_dir("data") / "municipalities.csv"


@dataclass(frozen=True)
class ContactRow:
    """One valid row of the file."""

    cbs_code: str
    name: str
    province: str
    email: str | None
    domain: str | None
    noodopvang: bool | None
    address: dict[str, str]


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    without_address: list[tuple[str, str]] = field(default_factory=list)  # (code, name)


def read_contacts(path: Path) -> tuple[list[ContactRow], list[RowError]]:
    """The valid rows of `path` and the reasons the others were refused."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return parse_contacts(handle)
    except FileNotFoundError:
        raise ContactsError(f"contacts file {path} does not exist") from None
    except UnicodeDecodeError as exc:
        raise ContactsError(
            f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None


def parse_contacts(lines: Iterable[str]) -> tuple[list[ContactRow], list[RowError]]:
    reader = csv.DictReader(lines)
    header = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise ContactsError(
            f"the first line must name the columns {', '.join(REQUIRED)}; missing: "
            f"{', '.join(missing)}"
        )
    reader.fieldnames = header
    rows: list[ContactRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for values in _rows(reader):
        line = reader.line_num
        try:
            row = _validate(values)
        except ValueError as exc:
            errors.append(RowError(line, str(exc)))
            continue
        if row.cbs_code in seen:
            errors.append(RowError(line, f"{row.cbs_code} already on line {seen[row.cbs_code]}"))
            continue
        seen[row.cbs_code] = line
        rows.append(row)
    return rows, errors


def _rows(reader: csv.DictReader[str]) -> Iterator[dict[str, str | None]]:
    for values in reader:
        if any((value or "").strip() for value in values.values() if isinstance(value, str)):
            yield values


def _validate(values: dict[str, str | None]) -> ContactRow:
    extra = values.pop(None, None)  # type: ignore[call-overload]
    if extra:
        raise ValueError(f"more fields than columns ({len(extra)} too many)")
    cleaned: dict[str, str] = {}
    for key, value in values.items():
        text = value or ""
        if "\r" in text or "\n" in text:
            raise ValueError(f"field {key!r} contains a line break")
        cleaned[key] = text.strip()
    code = cleaned["cbs_code"].upper()
    if not _CODE.match(code):
        raise ValueError(f"cbs_code {cleaned['cbs_code']!r} is not GM followed by 4 digits")
    for key in ("name", "province"):
        if not cleaned[key]:
            raise ValueError(f"{key} is empty")
    return ContactRow(
        cbs_code=code,
        name=cleaned["name"],
        province=cleaned["province"],
        email=_email(cleaned["email"]),
        domain=cleaned.get("domain", "").lower() or None,
        noodopvang=_flag(cleaned["noodopvang"]) if "noodopvang" in cleaned else None,
        address={k: v for k, v in cleaned.items() if k not in KNOWN and v},
    )


def _email(text: str) -> str | None:
    if not text:
        return None
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"e-mail address {text!r} is not valid: {exc}") from None
    return checked.normalized.lower()


def _flag(text: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"noodopvang {text!r} is not yes/no (ja/nee, 1/0)")


def import_contacts(*, engine: Engine, path: Path) -> ImportReport:
    """Add new municipalities, update known ones; state and history are never reset."""
    rows, errors = read_contacts(path)
    report = ImportReport(errors=errors)
    with transaction(engine) as session:
        for row in rows:
            _upsert(session, row, report)
    return report


def _upsert(session: Session, row: ContactRow, report: ImportReport) -> None:
    existing = session.get(Municipality, row.cbs_code)
    if row.email is None:
        report.without_address.append((row.cbs_code, row.name))
    if existing is None:
        municipality = Municipality(
            cbs_code=row.cbs_code,
            name=row.name,
            province=row.province,
            email=row.email,
            domain=row.domain,
            noodopvang=bool(row.noodopvang),
            address=row.address,
            state=PENDING if row.email else NO_ADDRESS,
        )
        session.add(municipality)
        session.flush()
        set_state(session, municipality, municipality.state, cause="imported", initial=True)
        report.added += 1
        return
    changes = _changes(existing, row)
    if not changes:
        report.unchanged += 1
        return
    for key, value in changes.items():
        setattr(existing, key, value)
    existing.updated_at = now()
    session.add(existing)
    if "email" in changes:
        _address_changed(session, existing)
    report.updated += 1


def _changes(existing: Municipality, row: ContactRow) -> dict[str, object]:
    wanted: dict[str, object] = {
        "name": row.name,
        "province": row.province,
        "email": row.email,
        "domain": row.domain or existing.domain,
        "address": row.address or existing.address,
    }
    if row.noodopvang is not None:
        wanted["noodopvang"] = row.noodopvang
    return {k: v for k, v in wanted.items() if getattr(existing, k) != v}


def _address_changed(session: Session, municipality: Municipality) -> None:
    """A new address makes a municipality sendable again; a removed one makes it unsendable."""
    if municipality.email and municipality.state in {NO_ADDRESS, "needs_address"}:
        set_state(session, municipality, PENDING, cause="address updated by import")
    elif not municipality.email and municipality.state == PENDING:
        set_state(session, municipality, NO_ADDRESS, cause="address removed by import")
