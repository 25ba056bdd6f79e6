"""The history of a municipality's contact details: one row per changed field."""

from __future__ import annotations

from sqlmodel import Session, col, select

from outreach.store.models import ContactChange


def record_change(
    session: Session,
    cbs_code: str,
    field: str,
    old: str | None,
    new: str | None,
    source: str,
    *,
    actor: str = "operator",
    note: str | None = None,
) -> None:
    session.add(
        ContactChange(
            cbs_code=cbs_code,
            field=field,
            old_value=old,
            new_value=new,
            source=source,
            actor=actor,
            note=note,
        )
    )


def contact_history(session: Session, cbs_code: str) -> list[ContactChange]:
    query = (
        select(ContactChange)
        .where(ContactChange.cbs_code == cbs_code)
        .order_by(col(ContactChange.id))
    )
    return list(session.exec(query))
