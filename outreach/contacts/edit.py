"""Changing one municipality's details by hand (`outreach contacts set`), with history."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from sqlmodel import Session

from outreach.contacts.history import record_change
from outreach.contacts.importer import address_changed
from outreach.contacts.plan import FieldChange, flag_text
from outreach.errors import OperatorError
from outreach.store.models import Municipality, now

SOURCE = "outreach contacts set"


def set_contact_details(
    session: Session,
    municipality: Municipality,
    *,
    noodopvang: bool | None = None,
    email: str | None = None,
    note: str | None = None,
) -> list[FieldChange]:
    """Apply the given values; returns what changed (also recorded in `contact_change`)."""
    changes: list[FieldChange] = []
    if noodopvang is not None and noodopvang != municipality.noodopvang:
        changes.append(
            FieldChange("noodopvang", flag_text(municipality.noodopvang), flag_text(noodopvang))
        )
        municipality.noodopvang = noodopvang
    if email is not None:
        try:
            normalized = validate_email(email, check_deliverability=False).normalized.lower()
        except EmailNotValidError as exc:
            raise OperatorError(f"e-mail address {email!r} is not valid: {exc}") from None
        if normalized != municipality.email:
            changes.append(FieldChange("email", municipality.email, normalized))
            municipality.email = normalized
    if not changes:
        return changes
    for change in changes:
        record_change(
            session, municipality.cbs_code, change.field, change.old, change.new, SOURCE, note=note
        )
    municipality.updated_at = now()
    session.add(municipality)
    if any(change.field == "email" for change in changes):
        address_changed(session, municipality, cause="address set by hand")
    return changes
