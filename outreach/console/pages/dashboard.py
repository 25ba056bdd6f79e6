"""`/`: the campaign at a glance, and pausing or resuming the sending."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from outreach.console.chart import activity_chart
from outreach.console.pages.base import back_to, context, in_thread, render
from outreach.console.queries import dashboard as dashboard_data
from outreach.console.security import actor, checked_form
from outreach.daemon import state
from outreach.mapdraw.colours import LEGEND_ORDER, STATE_COLOURS


async def dashboard(request: Request) -> Response:
    ctx = context(request)
    data = await in_thread(dashboard_data, ctx.engine, ctx.settings)
    ordered = [s for s in LEGEND_ORDER if s in data.counts] + [
        s for s in data.counts if s not in LEGEND_ORDER
    ]
    return render(
        request,
        "dashboard.html",
        data=data,
        states=ordered,
        colours=STATE_COLOURS,
        chart=activity_chart(data.activity, ctx.words),
    )


async def pause(request: Request) -> Response:
    ctx = context(request)
    form = await checked_form(request)
    reason = str(form.get("reason", "")).strip() or ctx.words("paused")
    await in_thread(state.pause, ctx.engine, reason, by=actor(request))
    return back_to(request, "/", ctx.words("saved"))


async def resume(request: Request) -> Response:
    ctx = context(request)
    await checked_form(request)
    await in_thread(state.resume, ctx.engine)
    return back_to(request, "/", ctx.words("saved"))
