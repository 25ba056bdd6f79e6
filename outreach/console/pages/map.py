"""`/map`, `/map.svg`, `/map.png`: the country coloured by state."""

from __future__ import annotations

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from outreach.console.pages.base import context, in_thread, render
from outreach.mapdraw import render_png, render_svg
from outreach.mapdraw.campaign import campaign_picture


async def map_page(request: Request) -> Response:
    ctx = context(request)
    picture = await in_thread(campaign_picture, ctx.engine, ctx.words)
    # render_svg escapes every value that comes from data, so the markup is safe to embed.
    svg = Markup(render_svg(picture, link="/municipalities/{code}", standalone=False))  # noqa: S704
    return render(request, "map.html", svg=svg, legend=picture.legend)


async def map_svg(request: Request) -> Response:
    ctx = context(request)
    picture = await in_thread(campaign_picture, ctx.engine, ctx.words)
    return Response(
        render_svg(picture),
        media_type="image/svg+xml",
        headers={"content-disposition": 'attachment; filename="kaart-gemeenten.svg"'},
    )


async def map_png(request: Request) -> Response:
    ctx = context(request)
    picture = await in_thread(campaign_picture, ctx.engine, ctx.words)
    png = await in_thread(render_png, picture)
    return Response(
        png,
        media_type="image/png",
        headers={"content-disposition": 'attachment; filename="kaart-gemeenten.png"'},
    )
