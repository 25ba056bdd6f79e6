"""The console's ASGI application: middleware, templates, and the list of routes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from outreach.console import routes
from outreach.console.security import AuthGate, SecurityHeaders, error_handlers
from outreach.console.throttle import LoginThrottle
from outreach.console.words import Words, words_for
from outreach.settings import Settings
from outreach.status import OWN_POSITION
from outreach.timefmt import local_time

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "outreach_console"


@dataclass
class ConsoleContext:
    """What every page needs: settings, the store, the words, the templates."""

    settings: Settings
    engine: Engine
    words: Words
    templates: Jinja2Templates
    throttle: LoginThrottle = field(default_factory=LoginThrottle)


def create_app(
    *,
    settings: Settings,
    engine: Engine,
    session_secret: str | None = None,
    throttle: LoginThrottle | None = None,
) -> Starlette:
    """The console for one store. `session_secret` defaults to one derived from the campaign's."""
    words = words_for(settings.console.language)
    context = ConsoleContext(
        settings=settings,
        engine=engine,
        words=words,
        templates=_templates(words),
        throttle=throttle or LoginThrottle(),
    )
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(
            SessionMiddleware,
            secret_key=session_secret or _session_secret(settings),
            session_cookie=SESSION_COOKIE,
            max_age=int(settings.console.session_hours * 3600),
            same_site="strict",
            https_only=False,  # served on the local machine over plain HTTP
        ),
        Middleware(AuthGate, engine=engine),
    ]
    route_list: list[BaseRoute] = [
        *routes.ROUTES,
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=route_list, middleware=middleware, exception_handlers=error_handlers())
    app.state.console = context
    return app


def _session_secret(settings: Settings) -> str:
    """A key of its own for the console, derived from the campaign secret (or fresh)."""
    secret = settings.campaign.token_secret
    if secret is None:
        return secrets.token_hex(32)  # logins then end when the console restarts
    key = secret.get_secret_value().encode()
    return hmac.new(key, b"outreach console sessions", hashlib.sha256).hexdigest()


def _templates(words: Words) -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["w"] = words
    env.globals["OWN_POSITION"] = OWN_POSITION
    env.filters["local"] = local_time
    env.filters["pct"] = _percent
    env.filters["isotime"] = _iso_local
    return Jinja2Templates(env=env)


def _iso_local(value: Any) -> str:
    """A stored ISO timestamp (runtime values) in local time."""
    if not value:
        return ""
    try:
        return local_time(datetime.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _percent(value: Any) -> str:
    return "" if value is None else f"{float(value) * 100:.0f}%"
