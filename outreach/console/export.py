"""The CSV behind `/export.csv`: one row per municipality.

One small function, so the console can switch to the campaign's shared export rows in one
place.
"""

from __future__ import annotations

import csv
import io

from sqlalchemy import Engine
from sqlmodel import col, select

from outreach.console.words import Words
from outreach.store.engine import transaction
from outreach.store.models import Municipality
from outreach.timefmt import local_time

COLUMNS = ("cbs_code", "name", "province", "email", "state", "state_words", "last_change")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_csv(engine: Engine, words: Words) -> bytes:
    """UTF-8 with a byte-order mark (Excel then reads the accents), formulas neutralised."""
    with transaction(engine) as session:
        rows = list(session.exec(select(Municipality).order_by(col(Municipality.cbs_code))))
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for m in rows:
        values = (
            m.cbs_code, m.name, m.province, m.email or "", m.state, words.state(m.state),
            local_time(m.updated_at),
        )  # fmt: skip
        writer.writerow(_neutralise(v) for v in values)
    return buffer.getvalue().encode("utf-8-sig")


def _neutralise(text: str) -> str:
    """A spreadsheet shows the cell as text, never runs it as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
