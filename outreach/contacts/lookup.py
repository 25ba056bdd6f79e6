"""Finding a municipality the way a volunteer names it: a code, a name, a former municipality."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from outreach.contacts.reference import Reference, as_code, load_reference, name_key
from outreach.store.models import Municipality


@dataclass
class Lookup:
    """The municipalities `text` may mean, and a note when it was a former municipality."""

    matches: list[Municipality]
    note: str | None = None


def find_municipalities(
    session: Session, text: str, *, reference: Reference | None = None
) -> Lookup:
    reference = reference or load_reference()
    code = as_code(text)
    if code is not None:
        return _by_code(session, code, reference)
    key = name_key(text)
    if not key:
        return Lookup([])
    everyone = list(session.exec(select(Municipality).order_by(Municipality.name)))
    exact = [m for m in everyone if key in _keys(m, reference)]
    if exact:
        return Lookup(exact)
    former = [m for m in reference.mergers.values() if name_key(m.name) == key]
    if former:
        found = _by_code(session, former[0].cbs_code, reference)
        if found.matches:
            return found
    return Lookup([m for m in everyone if any(key in k for k in _keys(m, reference))])


def _by_code(session: Session, code: str, reference: Reference) -> Lookup:
    found = session.get(Municipality, code)
    if found is not None:
        return Lookup([found])
    merger = reference.successor(code)
    if merger is not None:
        successor = session.get(Municipality, merger.successor_code)
        if successor is not None:
            return Lookup([successor], note=merger.describe())
    return Lookup([])


def _keys(municipality: Municipality, reference: Reference) -> frozenset[str]:
    if municipality.cbs_code in reference:
        return reference.keys_for(municipality.cbs_code) | {name_key(municipality.name)}
    return frozenset({name_key(municipality.name)})
