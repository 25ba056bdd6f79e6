"""`/export.csv`: the campaign as a spreadsheet."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from outreach.console.export import export_csv
from outreach.console.pages.base import context, in_thread


async def csv_download(request: Request) -> Response:
    ctx = context(request)
    data = await in_thread(export_csv, ctx.engine, ctx.words)
    return Response(
        data,
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="gemeenten.csv"'},
    )
