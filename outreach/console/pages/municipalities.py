"""`/municipalities` and `/municipalities/GM0344`, with the changes a volunteer can make."""

from __future__ import annotations

from collections.abc import Callable

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
    form = await checked_form(request)
    code = request.path_params["code"]
    engine = context(request).engine
    state, note, by = str(form.get("state", "")), str(form.get("note", "")), actor(request)
    return await _change(
        request, code, lambda: actions.set_state_by_hand(engine, code, state, note=note, by=by)
    )


async def set_noodopvang(request: Request) -> Response:
    form = await checked_form(request)
    code = request.path_params["code"]
    engine = context(request).engine
    value, by = str(form.get("noodopvang", "")) == "ja", actor(request)
    return await _change(request, code, lambda: actions.set_noodopvang(engine, code, value, by=by))


async def assign_sender(request: Request) -> Response:
    form = await checked_form(request)
    code = request.path_params["code"]
    engine = context(request).engine
    address = str(form.get("address", ""))
    return await _change(request, code, lambda: actions.assign_sender(engine, code, address))


async def _change(request: Request, code: str, change: Callable[[], object]) -> Response:
    """Make a volunteer's change off the event loop; back to the page, saying how it went."""
    try:
        await in_thread(change)
    except OperatorError as exc:
        return back_to(request, f"/municipalities/{code}", str(exc))
    return back_to(request, f"/municipalities/{code}", context(request).words("saved"))
