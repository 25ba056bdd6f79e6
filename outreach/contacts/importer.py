"""Importing a contacts file: read, check against the CBS list, show the changes, then apply.

`prepare_import` reads and compares without writing; `apply_import` writes exactly the changes
a fresh comparison finds, each recorded in `contact_change` with the file it came from. A new
address for a municipality that bounced (or had none) makes it sendable again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from outreach.contacts.history import record_change
from outreach.contacts.plan import ContactPlan, ImportPlan, plan_import
from outreach.contacts.reference import Reference, load_reference
from outreach.contacts.rows import ContactRow, RowError, check_rows
from outreach.contacts.spreadsheet import read_sheet
from outreach.errors import ContactsError
from outreach.resources import resource_dir
from outreach.status import NEEDS_ADDRESS, NO_ADDRESS, PENDING, set_state
from outreach.store.engine import transaction
from outreach.store.models import Municipality, now

__all__ = [
    "ContactRow",
    "ImportOptions",
    "ImportPlan",
    "RowError",
    "apply_import",
    "default_contacts_file",
    "import_contacts",
    "prepare_import",
    "read_contacts",
]


def default_contacts_file() -> Path:
    return resource_dir("data") / "municipalities.csv"


@dataclass(frozen=True)
class ImportOptions:
    clear_blank: bool = False
    allow_non_municipal: bool = False


def _export_columns() -> tuple[str, ...]:
    from outreach.export import COLUMNS  # an edited export can be imported: skip its extras

    return tuple(COLUMNS)


def read_contacts(
    path: Path,
    *,
    reference: Reference | None = None,
    allow_unknown: bool = False,
    known_extra: Iterable[str] = (),
) -> tuple[list[ContactRow], list[RowError]]:
    """The valid rows of `path` and the reasons the others were refused."""
    read = _read(path, reference or load_reference(), allow_unknown, known_extra)
    return read.rows, read.errors


@dataclass
class _Read:
    rows: list[ContactRow]
    errors: list[RowError]
    warnings: list[str]
    unit: str


def _read(
    path: Path, reference: Reference, allow_unknown: bool, known_extra: Iterable[str]
) -> _Read:
    sheet = read_sheet(path)
    rows, errors, columns = check_rows(
        sheet,
        reference,
        allow_unknown=allow_unknown,
        known_extra=frozenset(known_extra),
        ignore=_export_columns(),
    )
    warnings = list(sheet.warnings)
    if columns.ignored:
        warnings.append(f"columns ignored: {', '.join(columns.ignored)}")
    return _Read(rows, errors, warnings, sheet.unit)


def prepare_import(
    session: Session,
    path: Path,
    *,
    options: ImportOptions = ImportOptions(),
    reference: Reference | None = None,
) -> ImportPlan:
    """What importing `path` would change; nothing is written."""
    reference = reference or load_reference()
    extra = [
        code
        for code in session.exec(select(Municipality.cbs_code))
        if code not in reference.municipalities
    ]
    read = _read(path, reference, options.allow_non_municipal, extra)
    plan = plan_import(session, read.rows, reference, clear_blank=options.clear_blank)
    plan.errors, plan.warnings, plan.unit = read.errors, read.warnings, read.unit
    return plan


def apply_import(
    engine: Engine,
    path: Path,
    *,
    expected: ImportPlan | None = None,
    options: ImportOptions = ImportOptions(),
    reference: Reference | None = None,
    source: str | None = None,
) -> ImportPlan:
    """Apply the changes of `path`; refuses when they differ from the `expected` ones shown."""
    with transaction(engine) as session:
        plan = prepare_import(session, path, options=options, reference=reference)
        if expected is not None and not plan.same_changes(expected):
            raise ContactsError(
                "the store changed while the changes were shown; nothing was applied: run the "
                "import again"
            )
        label = source or path.name
        codes = [contact.cbs_code for contact in plan.plans]
        query = select(Municipality).where(col(Municipality.cbs_code).in_(codes))
        existing = {m.cbs_code: m for m in session.exec(query)}  # one query, not one per row
        for contact in plan.plans:
            if contact.added:
                _add(session, contact, label)
            else:
                _update(session, existing[contact.cbs_code], contact, label)
    return plan


def import_contacts(
    *, engine: Engine, path: Path, options: ImportOptions = ImportOptions()
) -> ImportPlan:
    """Compare and apply in one go (for `init` into an empty store, and for tests)."""
    return apply_import(engine, path, options=options)


def _update(
    session: Session, municipality: Municipality, contact: ContactPlan, source: str
) -> None:
    address = dict(municipality.address)
    for change in contact.changes:
        record_change(session, contact.cbs_code, change.field, change.old, change.new, source)
        if change.field.startswith("address."):
            key = change.field.removeprefix("address.")
            if change.new is None:
                address.pop(key, None)
            else:
                address[key] = change.new
        elif change.field == "noodopvang":
            municipality.noodopvang = change.new == "ja"
        else:
            setattr(municipality, change.field, change.new)
    municipality.address = address
    municipality.updated_at = now()
    session.add(municipality)
    if any(change.field == "email" for change in contact.changes):
        address_changed(session, municipality, cause=f"address updated by import of {source}")


def _add(session: Session, contact: ContactPlan, source: str) -> None:
    values = {change.field: change.new for change in contact.changes}
    row = contact.row
    municipality = Municipality(
        cbs_code=contact.cbs_code,
        name=values["name"] or row.name,
        province=values["province"] or row.province,
        email=row.email,
        domain=row.domain,
        noodopvang=bool(row.noodopvang),
        address={k: v for k, v in row.address.items() if v is not None},
        state=PENDING if row.email else NO_ADDRESS,
    )
    session.add(municipality)
    session.flush()
    set_state(
        session, municipality, municipality.state, cause=f"imported from {source}", initial=True
    )
    record_change(session, contact.cbs_code, "added", None, municipality.name, source)


def address_changed(session: Session, municipality: Municipality, *, cause: str) -> None:
    """A new address makes a municipality sendable again; a removed one makes it unsendable."""
    if municipality.email and municipality.state in {NO_ADDRESS, NEEDS_ADDRESS}:
        set_state(session, municipality, PENDING, cause=cause)
    elif not municipality.email and municipality.state == PENDING:
        set_state(session, municipality, NO_ADDRESS, cause=cause.replace("updated", "removed"))


def store_is_empty(session: Session) -> bool:
    return session.exec(select(col(Municipality.cbs_code)).limit(1)).first() is None
