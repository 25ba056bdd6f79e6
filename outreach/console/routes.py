"""Every path of the console, in one list (the paths are fixed: they are linked and tested)."""

from __future__ import annotations

from starlette.routing import Route

from outreach.console.pages import auth, dashboard, export, map, municipalities, review, stylesheet

ROUTES = [
    Route("/static/states.css", stylesheet.state_colours, methods=["GET"]),
    Route("/login", auth.login_page, methods=["GET"]),
    Route("/login", auth.login, methods=["POST"]),
    Route("/logout", auth.logout, methods=["POST"]),
    Route("/", dashboard.dashboard, methods=["GET"]),
    Route("/daemon/pause", dashboard.pause, methods=["POST"]),
    Route("/daemon/resume", dashboard.resume, methods=["POST"]),
    Route("/map", map.map_page, methods=["GET"]),
    Route("/map.svg", map.map_svg, methods=["GET"]),
    Route("/map.png", map.map_png, methods=["GET"]),
    Route("/municipalities", municipalities.municipality_list, methods=["GET"]),
    Route("/municipalities/{code}", municipalities.municipality_page, methods=["GET"]),
    Route("/municipalities/{code}/state", municipalities.set_state, methods=["POST"]),
    Route("/municipalities/{code}/noodopvang", municipalities.set_noodopvang, methods=["POST"]),
    Route("/municipalities/{code}/sender", municipalities.assign_sender, methods=["POST"]),
    Route("/review", review.queue, methods=["GET"]),
    Route("/review/{id:int}", review.item, methods=["GET"]),
    Route("/review/{id:int}", review.decide, methods=["POST"]),
    Route("/export.csv", export.csv_download, methods=["GET"]),
    Route("/export.xlsx", export.xlsx_download, methods=["GET"]),
]
