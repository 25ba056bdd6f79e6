"""The downloads behind `/export.csv` and `/export.xlsx`: the campaign's shared export rows."""

from __future__ import annotations

from sqlalchemy import Engine

from outreach.export import ExportFormat, export_rows, render_export
from outreach.store.engine import transaction


def export_file(engine: Engine, fmt: ExportFormat) -> bytes:
    """The same rows and cells as `outreach export`, so both downloads agree."""
    with transaction(engine) as session:
        rows = export_rows(session)
    return render_export(rows, fmt)
