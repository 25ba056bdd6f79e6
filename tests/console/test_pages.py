"""The console's pages and forms over plain HTTP, against the ASGI app."""

from __future__ import annotations

import csv
import io
import re

import httpx
import pytest
from sqlmodel import select
from starlette.applications import Starlette
from starlette.routing import Route

from outreach.console.app import create_app
from outreach.console.routes import ROUTES
from outreach.console.throttle import LoginThrottle
from outreach.console.users import remove_user
from outreach.console.words import words_for
from outreach.recording import process_pending
from outreach.store import transaction
from outreach.store.models import IncomingMessage, Municipality, SenderAssignment, StatusEvent
from tests.console.conftest import Seeded
from tests.console.support import (
    PASSWORD,
    QUESTION_REASON,
    QUESTION_REASON_NL,
    REVIEW_SENDER,
    USER,
    csrf_of,
    login,
    reply,
    store_message,
)

NL = words_for("nl")
PAGES = ["/", "/map", "/map.svg", "/map.png", "/municipalities", "/municipalities/GM0344",
         "/review", "/export.csv", "/export.xlsx"]  # fmt: skip
POSTS = sorted(
    {
        route.path.replace("{code}", "GM0344").replace("{id:int}", "1")
        for route in ROUTES
        if isinstance(route, Route) and "POST" in (route.methods or ())
    }
)


def municipality(seeded: Seeded, code: str) -> Municipality:
    with transaction(seeded.campaign.engine) as session:
        found = session.get(Municipality, code)
        assert found is not None
        return found


async def token(client: httpx.AsyncClient, path: str = "/") -> str:
    return csrf_of((await client.get(path)).text)


async def logged_in(client: httpx.AsyncClient, path: str = "/") -> str:
    """Log in, then the CSRF token of the form at `path`."""
    await login(client)
    return await token(client, path)


class TestAccess:
    """Nothing but the login page without a session; sessions and headers are strict."""

    @pytest.mark.parametrize("path", PAGES)
    async def test_pages_need_a_login(self, client: httpx.AsyncClient, path: str) -> None:
        response = await client.get(path)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")

    async def test_session_cookie_is_signed_httponly_strict(
        self, client: httpx.AsyncClient
    ) -> None:
        page = await client.get("/login")
        response = await client.post(
            "/login", data={"csrf": csrf_of(page.text), "name": USER, "password": PASSWORD}
        )
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie
        assert "samesite=strict" in cookie
        client.cookies.set("outreach_console", "forged.value.here")
        assert (await client.get("/")).status_code == 303

    async def test_security_headers(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/login")
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert response.headers["x-frame-options"] == "DENY"

    @pytest.mark.parametrize("path", [*POSTS, "/login"])
    async def test_post_without_csrf_token_is_refused(
        self, client: httpx.AsyncClient, path: str
    ) -> None:
        await login(client)
        assert (await client.post(path, data={"reason": "x"})).status_code == 403
        wrong = await client.post(path, data={"csrf": "not-the-token", "reason": "x"})
        assert wrong.status_code == 403

    async def test_wrong_password_and_unknown_user(self, client: httpx.AsyncClient) -> None:
        page = await client.get("/login")
        for name, password in ((USER, "fout wachtwoord"), ("nobody", PASSWORD)):
            response = await client.post(
                "/login", data={"csrf": csrf_of(page.text), "name": name, "password": password}
            )
            assert response.status_code == 401
            assert NL("login_failed") in response.text
        assert (await client.get("/")).status_code == 303

    async def test_repeated_failures_are_slowed_down(self, seeded: Seeded) -> None:
        throttle = LoginThrottle(base_delay=0.0, free=2)
        app = create_app(
            settings=seeded.campaign.settings, engine=seeded.campaign.engine, throttle=throttle
        )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            page = await http.get("/login")
            for _ in range(4):
                await http.post(
                    "/login", data={"csrf": csrf_of(page.text), "name": USER, "password": "no"}
                )
        assert throttle.delay(f"name:{USER}") > 0 or throttle.base_delay == 0
        assert LoginThrottle(base_delay=1.0, free=2)._failures == {}
        slowed = LoginThrottle(base_delay=1.0, free=2)
        slowed.failed("name:x")
        slowed.failed("name:x")
        first = slowed.delay("name:x")
        slowed.failed("name:x")
        assert 0 < first < slowed.delay("name:x") <= slowed.max_delay
        slowed.succeeded("name:x")
        assert slowed.delay("name:x") == 0

    async def test_next_only_goes_to_this_site(self, client: httpx.AsyncClient) -> None:
        page = await client.get("/login")
        response = await client.post(
            "/login",
            data={
                "csrf": csrf_of(page.text),
                "name": USER,
                "password": PASSWORD,
                "next": "//elsewhere.example/",
            },
        )
        assert response.headers["location"] == "/"

    async def test_removed_user_is_logged_out(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        await login(client)
        assert (await client.get("/")).status_code == 200
        remove_user(seeded.campaign.engine, USER)
        assert (await client.get("/")).status_code == 303

    async def test_logout(self, client: httpx.AsyncClient) -> None:
        await login(client)
        await client.post("/logout", data={"csrf": await token(client)})
        assert (await client.get("/")).status_code == 303


class TestPages:
    """What each page shows."""

    async def test_dashboard(self, client: httpx.AsyncClient) -> None:
        await login(client)
        html = (await client.get("/")).text
        assert NL.state("motion_adopted") in html
        assert 'data-total="342"' in html
        assert NL("daemon_never") in html

    async def test_hostile_subject_and_text_are_escaped(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        await login(client)
        for path in (f"/review/{seeded.ids['hostile']}", "/municipalities/GM0153", "/review"):
            html = (await client.get(path)).text
            assert "<script>window" not in html
            assert '<img src="x" onerror' not in html
            assert "&lt;script&gt;window" in html

    async def test_quoted_text_is_folded(self, client: httpx.AsyncClient, seeded: Seeded) -> None:
        from tests.console.support import reply, store_message

        campaign = seeded.campaign
        raw = reply(
            campaign,
            "GM0014",
            "Dank, doorgestuurd aan de fractievoorzitters.\n\nOp 3 maart schreef u:\n"
            "> Wij vragen u om de brief door te sturen.\n",
            sender="info@groningen.nl",
        )
        store_message(campaign, raw)
        from outreach.recording import process_pending

        process_pending(engine=campaign.engine, settings=campaign.settings)
        await login(client)
        html = (await client.get("/municipalities/GM0014")).text
        own, _, folded = html.partition('<details class="quoted">')
        assert "doorgestuurd aan de fractievoorzitters" in own
        assert "Wij vragen u om de brief door te sturen" in folded

    async def test_a_partys_own_refusal_is_marked_and_moves_nothing(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        campaign = seeded.campaign
        raw = reply(
            campaign,
            "GM0014",
            "Beste mensen,\n\nOnze fractie zal geen motie van deze strekking indienen.\n\n"
            "Met vriendelijke groet,\nJan Bos\nfractievoorzitter SP Groningen\n",
            sender="janbos@gmail.com",
        )
        store_message(campaign, raw)
        await login(client)
        before = (await client.get("/municipalities/GM0014")).text
        state_before = municipality(seeded, "GM0014").state
        process_pending(engine=campaign.engine, settings=campaign.settings)
        html = (await client.get("/municipalities/GM0014")).text
        assert "standpunt van de afzender zelf" in html
        assert "standpunt van de afzender zelf" not in before
        assert municipality(seeded, "GM0014").state == state_before != "declined"

    async def test_municipality_filters(self, client: httpx.AsyncClient, seeded: Seeded) -> None:
        await login(client)
        by_state = (await client.get("/municipalities", params={"state": "forwarded"})).text
        with transaction(seeded.campaign.engine) as session:
            forwarded = set(
                session.exec(select(Municipality.cbs_code).where(Municipality.state == "forwarded"))
            )
        assert "GM0228" in forwarded
        assert set(re.findall(r'<tr data-cbs="(GM\d{4})"', by_state)) == forwarded
        by_province = (await client.get("/municipalities", params={"province": "Utrecht"})).text
        assert 'data-cbs="GM0344"' in by_province
        assert 'data-cbs="GM0014"' not in by_province
        by_name = (await client.get("/municipalities", params={"q": "Zwol"})).text
        assert 'data-cbs="GM0193"' in by_name
        assert by_name.count('<tr data-cbs="') == 1

    async def test_unknown_municipality_is_404(self, client: httpx.AsyncClient) -> None:
        await login(client)
        assert (await client.get("/municipalities/GM9999")).status_code == 404

    async def test_map_downloads(self, client: httpx.AsyncClient) -> None:
        await login(client)
        svg = await client.get("/map.svg")
        assert svg.headers["content-type"].startswith("image/svg+xml")
        assert svg.text.count("<path ") == 342
        assert "CBS / PDOK" in svg.text
        png = await client.get("/map.png")
        assert png.content[:8] == b"\x89PNG\r\n\x1a\n"

    async def test_export_csv(self, client: httpx.AsyncClient) -> None:
        await login(client)
        response = await client.get("/export.csv")
        assert "attachment" in response.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 342
        utrecht = next(r for r in rows if r["cbs_code"] == "GM0344")
        assert utrecht["state"] == "motion_adopted"

    async def test_export_xlsx(self, client: httpx.AsyncClient) -> None:
        from openpyxl import load_workbook

        await login(client)
        response = await client.get("/export.xlsx")
        assert response.headers["content-type"].startswith("application/vnd.openxml")
        sheet = load_workbook(io.BytesIO(response.content)).active
        assert sheet is not None
        assert sheet.max_row == 343  # a header and one row per municipality

    async def test_english(self, seeded: Seeded) -> None:
        settings = seeded.campaign.settings.model_copy(
            update={
                "console": seeded.campaign.settings.console.model_copy(update={"language": "en"})
            }
        )
        app: Starlette = create_app(settings=settings, engine=seeded.campaign.engine)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            await login(http)
            html = (await http.get("/")).text
        assert "Motion adopted" in html
        assert 'lang="en"' in html


class TestMunicipalityActions:
    """Setting the state, clause f and a sender address; who did it is recorded."""

    async def test_set_state_with_note(self, client: httpx.AsyncClient, seeded: Seeded) -> None:
        csrf = await logged_in(client, "/municipalities/GM0014")
        response = await client.post(
            "/municipalities/GM0014/state",
            data={"csrf": csrf, "state": "motion_planned", "note": "raadsvergadering 12 maart"},
        )
        assert response.status_code == 303
        assert municipality(seeded, "GM0014").state == "motion_planned"
        with transaction(seeded.campaign.engine) as session:
            event = session.exec(
                select(StatusEvent).where(StatusEvent.new_state == "motion_planned")
            ).one()
        assert event.actor == f"operator:{USER}"
        assert "raadsvergadering 12 maart" in event.cause
        page = (await client.get("/municipalities/GM0014")).text
        assert f"<td>{USER}</td>" in page

    async def test_state_needs_a_note(self, client: httpx.AsyncClient, seeded: Seeded) -> None:
        csrf = await logged_in(client, "/municipalities/GM0014")
        await client.post(
            "/municipalities/GM0014/state", data={"csrf": csrf, "state": "declined", "note": " "}
        )
        assert municipality(seeded, "GM0014").state == "sent"

    async def test_noodopvang_and_sender(self, client: httpx.AsyncClient, seeded: Seeded) -> None:
        csrf = await logged_in(client, "/municipalities/GM0014")
        await client.post(
            "/municipalities/GM0014/noodopvang", data={"csrf": csrf, "noodopvang": "ja"}
        )
        assert municipality(seeded, "GM0014").noodopvang is True
        history = (await client.get("/municipalities/GM0014")).text
        assert 'id="contact-changes"' in history
        assert f"<td>{USER}</td>" in history
        await client.post(
            "/municipalities/GM0014/sender", data={"csrf": csrf, "address": "Griffie@Groningen.nl"}
        )
        with transaction(seeded.campaign.engine) as session:
            row = session.get(SenderAssignment, "griffie@groningen.nl")
        assert row is not None
        assert row.cbs_code == "GM0014"
        bad = await client.post(
            "/municipalities/GM0014/sender", data={"csrf": csrf, "address": "geen adres"}
        )
        assert bad.status_code == 303


class TestReviewPages:
    """Decisions in the page go through the same service as `outreach review resolve`."""

    async def test_queue_lists_reasons(self, client: httpx.AsyncClient, seeded: Seeded) -> None:
        await login(client)
        html = (await client.get("/review")).text
        assert QUESTION_REASON_NL in html
        assert QUESTION_REASON not in html  # stored in English, shown in Dutch
        assert f'data-id="{seeded.ids["question"]}"' in html

    async def test_assign_remembers_the_sender(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        question = seeded.ids["question"]
        csrf = await logged_in(client, f"/review/{question}")
        response = await client.post(
            f"/review/{question}",
            data={"csrf": csrf, "action": "assign", "label": "forwarded",
                  "municipality": "gm0014", "note": "gebeld"},
        )  # fmt: skip
        assert response.status_code == 303
        assert response.headers["location"] == f"/review/{seeded.ids['hostile']}"
        assert municipality(seeded, "GM0014").state == "forwarded"
        with transaction(seeded.campaign.engine) as session:
            message = session.get(IncomingMessage, question)
            remembered = session.get(SenderAssignment, REVIEW_SENDER)
            event = session.exec(
                select(StatusEvent).where(StatusEvent.incoming_id == question)
            ).one()
        assert message is not None
        assert message.review_state == "resolved"
        assert message.review_note == "gebeld"
        assert remembered is not None
        assert remembered.cbs_code == "GM0014"
        assert event.actor == f"operator:{USER} (gebeld)"

    async def test_accept_relabel_note_and_skip(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        hostile, question = seeded.ids["hostile"], seeded.ids["question"]
        csrf = await logged_in(client, f"/review/{hostile}")
        skipped = await client.post(f"/review/{hostile}", data={"csrf": csrf, "action": "skip"})
        assert skipped.headers["location"] == f"/review/{question}"
        await client.post(
            f"/review/{hostile}", data={"csrf": csrf, "action": "note", "note": "later"}
        )
        with transaction(seeded.campaign.engine) as session:
            row = session.get(IncomingMessage, hostile)
            assert row is not None
            assert row.review_state == "pending"
            assert row.review_note == "later"
        await client.post(
            f"/review/{hostile}",
            data={"csrf": csrf, "action": "relabel", "label": "motion_submitted"},
        )
        assert municipality(seeded, "GM0153").state == "motion_submitted"
        last = await client.post(f"/review/{question}", data={"csrf": csrf, "action": "accept"})
        assert last.headers["location"] == "/review"
        assert NL("queue_empty") in (await client.get("/review")).text

    async def test_unknown_code_is_explained(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        question = seeded.ids["question"]
        csrf = await logged_in(client, f"/review/{question}")
        response = await client.post(
            f"/review/{question}",
            data={"csrf": csrf, "action": "assign", "municipality": "GM9999"},
            follow_redirects=True,
        )
        assert "GM9999" in response.text
        with transaction(seeded.campaign.engine) as session:
            row = session.get(IncomingMessage, question)
            assert row is not None
            assert row.review_state == "pending"


class TestQuestionsToAnswer:
    """A clear question shows on the dashboard and its own list, and can be marked answered."""

    async def test_dashboard_list_and_answered(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        campaign = seeded.campaign
        raw = reply(
            campaign, "GM0228", "Wie zit er achter KinderpardonNU?\n", sender="griffie@ede.nl"
        )
        mid = store_message(campaign, raw)
        process_pending(engine=campaign.engine, settings=campaign.settings)
        await login(client)
        dashboard = (await client.get("/")).text
        assert '<span id="answer-count">1</span>' in dashboard
        assert 'href="/review?list=answer"' in dashboard
        assert f'data-id="{mid}"' not in (await client.get("/review")).text
        listing = (await client.get("/review?list=answer")).text
        assert f'data-id="{mid}"' in listing
        assert NL("answer_title") in listing
        item = (await client.get(f"/review/{mid}")).text
        assert 'value="answered"' in item
        csrf = csrf_of(item)
        done = await client.post(
            f"/review/{mid}", data={"csrf": csrf, "action": "answered", "note": "gebeld"}
        )
        assert done.status_code == 303
        assert done.headers["location"] == "/review?list=answer"
        with transaction(campaign.engine) as session:
            row = session.get(IncomingMessage, mid)
            ede = session.get(Municipality, "GM0228")
        assert row is not None
        assert ede is not None
        assert (row.review_state, row.review_note) == ("resolved", "gebeld")
        assert ede.open_question is False
        assert NL("answer_empty") in (await client.get("/review?list=answer")).text


def test_every_post_route_is_tested() -> None:
    assert {"/daemon/pause", "/review/1", "/municipalities/GM0344/state", "/logout"} <= set(POSTS)
