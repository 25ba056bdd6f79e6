"""`/static/states.css`: the state colours as CSS classes, from the map's one definition."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from outreach.mapdraw.colours import STATE_COLOURS


def states_css() -> str:
    lines = [f".st-{state} {{ background: {colour}; }}" for state, colour in STATE_COLOURS.items()]
    return "\n".join(lines) + "\n"


async def state_colours(request: Request) -> Response:
    return Response(states_css(), media_type="text/css")
