"""What every page handler shares: the console context, rendering, running store work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from outreach.console.security import csrf_token

if TYPE_CHECKING:  # the app module imports the pages, so only the type is imported here
    from outreach.console.app import ConsoleContext

P = ParamSpec("P")
T = TypeVar("T")


def context(request: Request) -> ConsoleContext:
    """The console's settings, store, words and templates."""
    found: ConsoleContext = request.app.state.console
    return found


def render(request: Request, template: str, status_code: int = 200, **values: Any) -> Response:
    ctx = context(request)
    values.setdefault("flash", request.session.pop("flash", None))
    response: Response = ctx.templates.TemplateResponse(
        request,
        template,
        {
            "user": request.session.get("user"),
            "csrf": csrf_token(request),
            "path": request.url.path,
            **values,
        },
        status_code=status_code,
    )
    return response


async def in_thread(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Store work off the event loop, so a wait for the database never stalls other pages."""
    return await run_in_threadpool(function, *args, **kwargs)


def back_to(request: Request, url: str, flash: str | None = None) -> RedirectResponse:
    """After a POST: a message for the next page, and a 303 so a reload does not post again."""
    if flash:
        request.session["flash"] = flash
    return RedirectResponse(url, status_code=303)
