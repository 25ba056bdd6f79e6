"""`/review` and `/review/ID`: the queue, one item, and the decision on it.

Decisions go through `outreach.review.resolve`, the same service as `outreach review resolve`,
so a decision here is remembered exactly as one made on the command line.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from outreach import review
from outreach.console.mailtext import message_text
from outreach.console.pages.base import back_to, context, in_thread, render
from outreach.console.queries import all_names, names_by_code
from outreach.console.security import actor, checked_form
from outreach.errors import OperatorError
from outreach.store.models import IncomingMessage

ACTIONS = ("accept", "relabel", "assign", "note", "skip", "answered")
ANSWER_LIST = "/review?list=answer"


async def queue(request: Request) -> Response:
    """The review queue, or with `?list=answer` the questions waiting for an answer."""
    ctx = context(request)
    answering = request.query_params.get("list") == "answer"
    items = await in_thread(review.to_answer if answering else review.pending, ctx.engine)
    names = await in_thread(names_by_code, ctx.engine, [m.cbs_code for m in items if m.cbs_code])
    return render(request, "review_list.html", items=items, names=names, answering=answering)


async def item(request: Request) -> Response:
    ctx = context(request)
    message_id = request.path_params["id"]
    try:
        loaded = await in_thread(review.load_item, ctx.engine, message_id)
    except OperatorError:
        raise HTTPException(404) from None
    message = loaded.message
    answering = message.review_state == review.TO_ANSWER
    listing = review.to_answer if answering else review.pending
    queue_ids = [m.id for m in await in_thread(listing, ctx.engine)]
    candidates = [str(c) for c in message.details.get("candidates") or []]
    names = await in_thread(names_by_code, ctx.engine, candidates)
    return render(
        request,
        "review_item.html",
        m=message,
        text=message_text(message),
        municipality_name=loaded.municipality_name,
        candidates=[(c, names.get(c, c)) for c in candidates],
        labels=review.LABELS,
        all_municipalities=await in_thread(all_names, ctx.engine),
        position=queue_ids.index(message.id) + 1 if message.id in queue_ids else None,
        queue_size=len(queue_ids),
        answering=answering,
    )


async def decide(request: Request) -> Response:
    ctx = context(request)
    form = await checked_form(request)
    message_id = request.path_params["id"]
    action = str(form.get("action", ""))
    note = str(form.get("note", "")).strip() or None
    label = str(form.get("label", "")).strip()
    # A candidate's radio button and the free field share the name: the first one filled wins.
    codes = [str(v).strip().upper() for v in form.getlist("municipality") if str(v).strip()]
    code = codes[0] if codes else None
    try:
        message = (await in_thread(review.load_item, ctx.engine, message_id)).message
        answering = message.review_state == review.TO_ANSWER
        stay = await _apply(request, message, action, label=label, code=code, note=note)
    except OperatorError as exc:
        return back_to(request, f"/review/{message_id}", str(exc))
    if stay:
        return back_to(request, f"/review/{message_id}", ctx.words("saved"))
    listing = review.to_answer if answering else review.pending
    following = await in_thread(_next_after, ctx.engine, message, listing)
    flash = None if action == "skip" else ctx.words("saved")
    home = ANSWER_LIST if answering else "/review"
    return back_to(request, f"/review/{following}" if following else home, flash)


async def _apply(
    request: Request,
    message: IncomingMessage,
    action: str,
    *,
    label: str,
    code: str | None,
    note: str | None,
) -> bool:
    """Carry out one decision; returns whether the page stays on this item."""
    ctx = context(request)
    if action == "accept":
        await _resolve(request, message, label=message.label or "other", note=note)
    elif action == "relabel":
        await _resolve(request, message, label=label, note=note)
    elif action == "assign":
        if not code:
            raise OperatorError(ctx.words("cbs_code") + "?")
        chosen = label or message.label or "other"
        await _resolve(request, message, label=chosen, municipality=code, note=note)
    elif action == "answered":
        assert message.id is not None
        await in_thread(review.mark_answered, ctx.engine, message.id, note=note, by=actor(request))
    elif action == "note":
        assert message.id is not None
        await in_thread(review.add_note, ctx.engine, message.id, note or "")
        return True
    elif action != "skip":
        raise OperatorError(f"unknown action {action!r}")
    return False


async def _resolve(
    request: Request,
    message: IncomingMessage,
    *,
    label: str,
    note: str | None,
    municipality: str | None = None,
) -> None:
    assert message.id is not None
    await in_thread(
        review.resolve,
        context(request).engine,
        message.id,
        label=label,
        municipality=municipality if municipality != message.cbs_code else None,
        note=note,
        by=actor(request),
    )


def _next_after(
    engine: Engine,
    current: IncomingMessage,
    listing: Callable[[Engine], list[IncomingMessage]] = review.pending,
) -> int | None:
    """The message after `current` in its list's order (or the first, from the end)."""
    queue = [m for m in listing(engine) if m.id != current.id]
    if not queue:
        return None
    key = (current.received_at, current.id or 0)
    later = [m for m in queue if (m.received_at, m.id or 0) > key]
    return (later or queue)[0].id
