"""`/municipalities` and `/municipalities/GM0344`, with the changes a volunteer can make."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from outreach.console import actions
from outreach.console.mailtext import message_text
from outreach.console.pages.base import back_to, context, in_thread, render
from outreach.console.queries import municipalities, municipality_detail
from outreach.console.security import actor, checked_form
from outreach.errors import OperatorError
from outreach.mapdraw.colours import STATE_COLOURS
from outreach.status import STATES


async def municipality_list(request: Request) -> Response:
    ctx = context(request)
    state = request.query_params.get("state") or None
    province = request.query_params.get("province") or None
    q = request.query_params.get("q") or None
    found = await in_thread(municipalities, ctx.engine, state=state, province=province, q=q)
    return render(
        request,
        "municipalities.html",
        found=found,
        states=STATES,
        colours=STATE_COLOURS,
        selected={"state": state or "", "province": province or "", "q": q or ""},
    )


async def municipality_page(request: Request) -> Response:
    ctx = context(request)
    code = request.path_params["code"]
    detail = await in_thread(municipality_detail, ctx.engine, code)
    if detail is None:
        raise HTTPException(404)
    texts = {m.id: message_text(m) for m in detail.incoming}
    return render(
        request,
        "municipality.html",
        d=detail,
        m=detail.municipality,
        texts=texts,
        states=STATES,
        colours=STATE_COLOURS,
    )


async def set_state(request: Request) -> Response:
    ctx = context(request)
    form = await checked_form(request)
    code = request.path_params["code"]
    try:
        await in_thread(
            actions.set_state_by_hand,
            ctx.engine,
            code,
            str(form.get("state", "")),
            note=str(form.get("note", "")),
            by=actor(request),
        )
    except OperatorError as exc:
        return back_to(request, f"/municipalities/{code}", str(exc))
    return back_to(request, f"/municipalities/{code}", ctx.words("saved"))


async def set_noodopvang(request: Request) -> Response:
    ctx = context(request)
    form = await checked_form(request)
    code = request.path_params["code"]
    value = str(form.get("noodopvang", "")) == "ja"
    try:
        await in_thread(actions.set_noodopvang, ctx.engine, code, value, by=actor(request))
    except OperatorError as exc:
        return back_to(request, f"/municipalities/{code}", str(exc))
    return back_to(request, f"/municipalities/{code}", ctx.words("saved"))


async def assign_sender(request: Request) -> Response:
    ctx = context(request)
    form = await checked_form(request)
    code = request.path_params["code"]
    try:
        await in_thread(actions.assign_sender, ctx.engine, code, str(form.get("address", "")))
    except OperatorError as exc:
        return back_to(request, f"/municipalities/{code}", str(exc))
    return back_to(request, f"/municipalities/{code}", ctx.words("saved"))
