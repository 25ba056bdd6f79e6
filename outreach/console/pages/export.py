"""`/export.csv` and `/export.xlsx`: the campaign as a spreadsheet."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from outreach.console.export import export_file
from outreach.console.pages.base import context, in_thread
from outreach.export import ExportFormat

MEDIA_TYPES = {
    ExportFormat.csv: "text/csv; charset=utf-8",
    ExportFormat.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


async def csv_download(request: Request) -> Response:
    return await _download(request, ExportFormat.csv)


async def xlsx_download(request: Request) -> Response:
    return await _download(request, ExportFormat.xlsx)


async def _download(request: Request, fmt: ExportFormat) -> Response:
    data = await in_thread(export_file, context(request).engine, fmt)
    return Response(
        data,
        media_type=MEDIA_TYPES[fmt],
        headers={"content-disposition": f'attachment; filename="gemeenten.{fmt.value}"'},
    )
