"""What an import would change, field by field, before anything is changed.

The rules a volunteer can rely on:
- a blank cell never erases a value (unless `clear_blank`);
- a municipality's name and province are CBS's: a row that spells them differently (but
  matches, see `reference`) changes nothing;
- only contacts that are not municipalities (added on purpose) take the row's name and province.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from outreach.contacts.reference import Reference
from outreach.contacts.rows import ContactRow, RowError
from outreach.store.models import Municipality


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ContactPlan:
    """What happens to one municipality."""

    cbs_code: str
    name: str
    added: bool
    changes: tuple[FieldChange, ...]
    line: int
    row: ContactRow


@dataclass
class ImportPlan:
    """The whole import: changes per municipality, unchanged rows, refused rows."""

    plans: list[ContactPlan] = field(default_factory=list)
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unit: str = "line"

    @property
    def added(self) -> list[ContactPlan]:
        return [p for p in self.plans if p.added]

    @property
    def updated(self) -> list[ContactPlan]:
        return [p for p in self.plans if not p.added]

    @property
    def changes_anything(self) -> bool:
        return bool(self.plans)

    def same_changes(self, other: ImportPlan) -> bool:
        def key(plan: ImportPlan) -> list[tuple[str, tuple[FieldChange, ...]]]:
            return [(p.cbs_code, p.changes) for p in plan.plans]

        return key(self) == key(other)


def flag_text(value: bool | None) -> str | None:
    return None if value is None else ("ja" if value else "nee")


def plan_import(
    session: Session,
    rows: Iterable[ContactRow],
    reference: Reference,
    *,
    clear_blank: bool = False,
) -> ImportPlan:
    """Compare each row with the store; nothing is written."""
    plan = ImportPlan()
    rows = list(rows)
    codes = [row.cbs_code for row in rows]
    query = select(Municipality).where(col(Municipality.cbs_code).in_(codes))
    existing = {m.cbs_code: m for m in session.exec(query)}
    for row in rows:
        current = existing.get(row.cbs_code)
        if current is None:
            plan.plans.append(_new(row, reference))
            continue
        changes = tuple(_changes(current, row, clear_blank=clear_blank))
        if changes:
            plan.plans.append(
                ContactPlan(row.cbs_code, current.name, False, changes, row.line, row)
            )
        else:
            plan.unchanged += 1
    return plan


def _new(row: ContactRow, reference: Reference) -> ContactPlan:
    known = reference.get(row.cbs_code)
    name = known.name if known else row.name
    province = known.province if known else row.province
    values: list[tuple[str, str | None]] = [
        ("name", name),
        ("province", province),
        ("email", row.email),
        ("domain", row.domain),
        ("noodopvang", flag_text(row.noodopvang)),
        *((f"address.{key}", value) for key, value in sorted(row.address.items())),
    ]
    changes = tuple(FieldChange(key, None, value) for key, value in values if value is not None)
    return ContactPlan(row.cbs_code, name, True, changes, row.line, row)


def _changes(current: Municipality, row: ContactRow, *, clear_blank: bool) -> list[FieldChange]:
    found: list[FieldChange] = []

    def compare(name: str, old: str | None, new: str | None, *, clearable: bool) -> None:
        if new is None and not (clear_blank and clearable):
            return  # a blank cell (or a missing column) keeps what the store has
        if old != new:
            found.append(FieldChange(name, old, new))

    if not row.municipal:
        compare("name", current.name, row.name, clearable=False)
        compare("province", current.province, row.province, clearable=False)
    compare("email", current.email, row.email, clearable=True)
    compare("domain", current.domain, row.domain, clearable="domain" in row.columns)
    shelter = row.noodopvang
    if shelter is None and clear_blank and "noodopvang" in row.columns:
        shelter = False  # clearing "noodopvang" means: no clause f
    compare("noodopvang", flag_text(current.noodopvang), flag_text(shelter), clearable=False)
    for key, value in sorted(row.address.items()):
        compare(f"address.{key}", current.address.get(key), value, clearable=True)
    return found
