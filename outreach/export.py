"""The campaign as a table for a spreadsheet: one row per municipality, as CSV, XLSX or JSON.

`export_rows` returns the rows (the web console shows the same ones); `write_export` writes
them. CSV is UTF-8 with a byte-order mark so Excel reads the accents; a cell that begins with
`=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` in CSV and XLSX, so a
spreadsheet never runs a formula someone put in a reply's subject (formula injection).
The columns `cbs_code`, `name`, `province`, `email` and `clause_f` are the ones
`outreach contacts import` reads, so an edited export can be imported again.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from outreach.review_state import ReviewState
from outreach.status import STATE_WORDS_NL
from outreach.store import queries
from outreach.store.models import (
    ContactChange,
    IncomingMessage,
    Municipality,
    StatusEvent,
    utc,
)
from outreach.timefmt import local_time

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MANUAL_PREFIX = "set by hand: "


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


@dataclass(frozen=True)
class ExportRow:
    """One municipality, as exported."""

    cbs_code: str
    name: str
    province: str
    email: str | None
    state: str
    state_nl: str
    last_change: datetime
    last_message_date: datetime | None
    last_message_label: str | None
    last_message_from: str | None
    last_message_subject: str | None
    manual_note: str | None
    review_waiting: bool
    clause_f: bool
    # Refusals and opt-outs a party or council member sent in its own name: recorded, yet the
    # municipality's state and campaign go on ("declined (vvd@voorbeeld.nl)").
    own_positions: str | None = None


COLUMNS = tuple(f.name for f in fields(ExportRow))


def export_rows(session: Session) -> list[ExportRow]:
    """Every municipality, ordered by province and name."""
    municipalities = list(
        session.exec(select(Municipality).order_by(Municipality.province, Municipality.name))
    )
    last_message = _last_messages(session)
    waiting = set(
        session.exec(
            select(IncomingMessage.cbs_code).where(
                IncomingMessage.review_state == ReviewState.PENDING
            )
        )
    )
    notes = _manual_notes(session)
    own = _own_positions(session)
    rows = []
    for m in municipalities:
        message = last_message.get(m.cbs_code)
        rows.append(
            ExportRow(
                cbs_code=m.cbs_code,
                name=m.name,
                province=m.province,
                email=m.email,
                state=m.state,
                state_nl=STATE_WORDS_NL.get(m.state, m.state),
                last_change=utc(m.updated_at),
                last_message_date=utc(message.received_at) if message else None,
                last_message_label=message.label if message else None,
                last_message_from=message.from_address if message else None,
                last_message_subject=message.subject if message else None,
                manual_note=notes.get(m.cbs_code),
                review_waiting=m.cbs_code in waiting,
                clause_f=m.noodopvang,
                own_positions="; ".join(own[m.cbs_code]) if m.cbs_code in own else None,
            )
        )
    return rows


@dataclass(frozen=True)
class _Message:
    received_at: datetime
    label: str | None
    from_address: str | None
    subject: str | None


def _last_messages(session: Session) -> dict[str, _Message]:
    """Each municipality's latest message (the raw mail is left in the database)."""
    query = (
        select(IncomingMessage)
        .options(defer(IncomingMessage.raw))  # type: ignore[arg-type]  # a sa_column field
        .where(col(IncomingMessage.cbs_code).is_not(None))
        .order_by(col(IncomingMessage.received_at), col(IncomingMessage.id))
    )
    latest: dict[str, _Message] = {}
    for m in session.exec(query):
        if m.cbs_code is not None:
            latest[m.cbs_code] = _Message(m.received_at, m.label, m.from_address, m.subject)
    return latest


def _own_positions(session: Session) -> dict[str, list[str]]:
    """Per municipality, each refusal or opt-out recorded as its sender's own position."""
    query = (
        select(IncomingMessage.cbs_code, IncomingMessage.label, IncomingMessage.from_address)
        .where(col(IncomingMessage.cbs_code).is_not(None))
        .where(queries.own_position())
        .order_by(col(IncomingMessage.received_at), col(IncomingMessage.id))
    )
    found: dict[str, list[str]] = {}
    for code, label, sender in session.exec(query):
        if code is not None:
            found.setdefault(code, []).append(f"{label} ({sender or '?'})")
    return found


def _manual_notes(session: Session) -> dict[str, str]:
    """The note of each municipality's latest change by a person (state or contact details)."""
    found: dict[str, tuple[datetime, str]] = {}

    def keep(code: str, at: datetime, note: str) -> None:
        if note and (code not in found or found[code][0] <= utc(at)):
            found[code] = (utc(at), note)

    events = select(StatusEvent).where(col(StatusEvent.actor).startswith("operator"))
    for event in session.exec(events.order_by(col(StatusEvent.id))):
        keep(event.cbs_code, event.at, _event_note(event))
    changes = select(ContactChange).where(col(ContactChange.note).is_not(None))
    for change in session.exec(changes.order_by(col(ContactChange.id))):
        keep(change.cbs_code, change.at, change.note or "")
    return {code: note for code, (_, note) in found.items()}


def _event_note(event: StatusEvent) -> str:
    if event.cause.startswith(_MANUAL_PREFIX):
        return event.cause.removeprefix(_MANUAL_PREFIX)
    # A review decision keeps its note in the actor: "operator (phoned the griffie)".
    actor = event.actor.removeprefix("operator").strip()
    return actor.removeprefix("(").removesuffix(")") if actor else event.cause


def neutralise(text: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def cell_values(row: ExportRow) -> list[str]:
    """A row as spreadsheet text: times in Amsterdam time, yes/no as ja/nee, neutralised."""
    values = []
    for value in asdict(row).values():
        if value is None:
            text = ""
        elif isinstance(value, bool):
            text = "ja" if value else "nee"
        elif isinstance(value, datetime):
            text = local_time(value)
        else:
            text = str(value)
        values.append(neutralise(text))
    return values


def json_record(row: ExportRow) -> dict[str, Any]:
    record = asdict(row)
    for key, value in record.items():
        if isinstance(value, datetime):
            record[key] = value.isoformat()
    return record


def to_csv(rows: Iterable[ExportRow]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(cell_values(row) for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def to_json(rows: Iterable[ExportRow]) -> bytes:
    records = [json_record(row) for row in rows]
    return (json.dumps(records, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def to_xlsx(rows: Iterable[ExportRow]) -> bytes:
    from openpyxl import Workbook  # only an .xlsx export needs it

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "gemeenten"
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([value or None for value in cell_values(row)])  # empty cells stay empty
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if cell.value is not None:
                cell.data_type = "s"  # text, whatever it looks like: never a formula
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WRITERS = {ExportFormat.csv: to_csv, ExportFormat.xlsx: to_xlsx, ExportFormat.json: to_json}


def render_export(rows: list[ExportRow], fmt: ExportFormat) -> bytes:
    return WRITERS[fmt](rows)


def write_export(rows: list[ExportRow], fmt: ExportFormat, path: Path) -> int:
    """Write the rows to `path`; returns the number of bytes."""
    data = render_export(rows, fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)
