"""Sessions, CSRF tokens and security headers for the console."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from html import escape
from typing import Any
from urllib.parse import quote

import anyio.to_thread
from sqlalchemy import Engine
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from outreach.console.users import user_exists

CSRF_FIELD = "csrf"
PUBLIC_PATHS = ("/login", "/static/")

# No inline script or style at all, nothing from elsewhere, no framing, forms only to us.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cache-control": "no-store",
}


class SecurityHeaders:
    """Adds the headers above to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.encode() not in present:
                        headers.append((name.encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class AuthGate:
    """Every path but the login page (and the stylesheet) needs a logged-in, existing user."""

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app = app
        self.engine = engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _public(scope["path"]):
            await self.app(scope, receive, send)
            return
        session: dict[str, Any] = scope["session"]
        name = session.get("user")
        if name and await anyio.to_thread.run_sync(user_exists, self.engine, name):
            await self.app(scope, receive, send)
            return
        session.pop("user", None)
        target = scope["path"] if scope["method"] == "GET" else "/"
        response = RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        await response(scope, receive, send)


def _public(path: str) -> bool:
    return path == "/login" or path.startswith("/static/")


def csrf_token(request: Request) -> str:
    """This session's token, created on first use."""
    token = request.session.get(CSRF_FIELD)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


async def checked_form(request: Request) -> FormData:
    """The posted form, or 403 when it does not carry this session's CSRF token."""
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    expected = request.session.get(CSRF_FIELD)
    if not isinstance(sent, str) or not isinstance(expected, str) or not expected:
        raise HTTPException(403, "missing CSRF token")
    if not hmac.compare_digest(sent, expected):
        raise HTTPException(403, "wrong CSRF token")
    return form


def current_user(request: Request) -> str:
    name = request.session.get("user")
    if not isinstance(name, str):
        raise HTTPException(401)
    return name


def actor(request: Request) -> str:
    """How a person's decision is recorded in the history: `operator:<name>`."""
    return f"operator:{current_user(request)}"


def safe_next(value: str | None) -> str:
    """Only a path on this site (never `//elsewhere` or a full URL) after logging in."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


def error_handlers() -> Mapping[Any, Any]:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        console = request.app.state.console
        if exc.status_code == 403:
            text = console.words("csrf_refused")
        elif exc.status_code == 404:
            text = console.words("not_found")
        else:
            return PlainTextResponse(str(exc.detail), status_code=exc.status_code)
        page = (
            '<!doctype html><html><head><meta charset="utf-8">'
            '<link rel="stylesheet" href="/static/console.css"></head>'
            f'<body><main class="narrow"><p class="error">{escape(text)}</p>'
            f'<p><a href="/">{escape(console.words("back"))}</a></p></main></body></html>'
        )
        return HTMLResponse(page, status_code=exc.status_code)

    return {HTTPException: http_error}
