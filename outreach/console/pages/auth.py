"""`/login` and `/logout`."""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import Response

from outreach.console.pages.base import back_to, context, in_thread, render
from outreach.console.security import checked_form, safe_next
from outreach.console.users import verify_login


async def login_page(request: Request) -> Response:
    return render(request, "login.html", next=safe_next(request.query_params.get("next")))


async def login(request: Request) -> Response:
    ctx = context(request)
    form = await checked_form(request)
    name = str(form.get("name", "")).strip()
    password = str(form.get("password", ""))
    target = safe_next(str(form.get("next", "/")))
    client = request.client.host if request.client else "?"
    keys = (f"name:{name.lower()}", f"client:{client}")
    delay = ctx.throttle.delay(*keys)
    if delay:
        await asyncio.sleep(delay)
    if not name or not await in_thread(verify_login, ctx.engine, name, password):
        ctx.throttle.failed(*keys)
        return render(
            request, "login.html", status_code=401, next=target, error=ctx.words("login_failed")
        )
    ctx.throttle.succeeded(*keys)
    request.session.clear()  # a fresh session (and CSRF token) for the logged-in user
    request.session["user"] = name
    return back_to(request, target)


async def logout(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return back_to(request, "/login")
