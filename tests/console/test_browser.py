"""The console in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page
from typer.testing import CliRunner

from outreach.cli.app import app as cli
from outreach.console.words import words_for
from outreach.mapdraw.colours import STATE_COLOURS
from tests.console.conftest import LiveConsole
from tests.console.support import PASSWORD, QUESTION_REASON_NL, REVIEW_SENDER, USER

NL = words_for("nl")


def status_json(live: LiveConsole) -> dict[str, Any]:
    result = CliRunner().invoke(
        cli, ["status", "--json", "--config", str(live.seeded.campaign.config)]
    )
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


@pytest.fixture
def page(chromium: Browser, live: LiveConsole) -> Iterator[Page]:
    context = chromium.new_context(
        base_url=live.url, accept_downloads=True, viewport={"width": 1280, "height": 900}
    )
    errors: list[str] = []
    tab = context.new_page()
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert errors == [], f"JavaScript errors on the page: {errors}"


def log_in(page: Page, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.fill("input[name=name]", USER)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")


class TestLogin:
    """Only a logged-in user sees anything."""

    def test_anonymous_visitor_is_sent_to_login(self, page: Page) -> None:
        page.goto("/review")
        assert page.url.endswith("/login?next=/review")
        assert page.locator("input[name=password]").is_visible()

    def test_right_password_logs_in_and_wrong_one_does_not(
        self, page: Page, live: LiveConsole
    ) -> None:
        log_in(page, password="niet het wachtwoord")
        assert "/login" in page.url
        assert page.locator("p.error").inner_text() == NL("login_failed")
        log_in(page)
        assert page.url == live.url + "/"  # the dashboard
        assert USER in page.locator("header .who").inner_text()

    def test_post_without_csrf_token_is_refused(self, page: Page, live: LiveConsole) -> None:
        log_in(page)
        response = page.request.post("/daemon/pause", form={"reason": "no token"})
        assert response.status == 403
        dashboard = page.request.get("/")
        assert NL("not_paused") in dashboard.text()


class TestDashboard:
    """The dashboard shows what `outreach status --json` reports."""

    def test_counts_equal_status_json(
        self, page: Page, live: LiveConsole, screenshots: Path
    ) -> None:
        log_in(page)
        shown = {
            row.get_attribute("data-state"): int(row.locator("td.num").inner_text())
            for row in page.locator("#counts tbody tr").all()
        }
        expected = status_json(live)
        assert shown == expected["counts"]
        assert int(page.locator("#review-count").inner_text()) == expected["inbox"]["review"]
        assert page.locator("#activity svg rect[data-sent]").count() >= 2
        page.screenshot(path=str(screenshots / "dashboard.png"), full_page=True)

    def test_pause_and_resume_buttons(self, page: Page) -> None:
        log_in(page)
        page.fill("input[name=reason]", "wachten op het bestuur")
        page.click("text=" + NL("pause_button"))
        assert "wachten op het bestuur" in page.locator("#paused").inner_text()
        assert USER in page.locator("#paused").inner_text()
        page.click("text=" + NL("resume_button"))
        assert page.locator("#paused").count() == 0


class TestMap:
    """One coloured path per municipality, following the states."""

    def test_342_paths_coloured_by_state(
        self, page: Page, live: LiveConsole, screenshots: Path
    ) -> None:
        log_in(page)
        page.goto("/map")
        paths = page.locator("svg.nl-map path[data-cbs]")
        assert paths.count() == 342
        states = {m["cbs_code"]: m["state"] for m in status_json(live)["municipalities"]}
        drawn = paths.evaluate_all(
            "els => els.map(e => [e.dataset.cbs, e.dataset.state, e.getAttribute('fill')])"
        )
        assert {code: state for code, state, _ in drawn} == states
        assert all(fill == STATE_COLOURS[state] for _, state, fill in drawn)
        utrecht = page.locator('path[data-cbs="GM0344"]')
        assert utrecht.locator("title").text_content() == f"Utrecht: {NL.state('motion_adopted')}"
        page.screenshot(path=str(screenshots / "map.png"), full_page=True)
        utrecht.click()
        assert page.url.endswith("/municipalities/GM0344")

    def test_png_download(self, page: Page, screenshots: Path) -> None:
        log_in(page)
        page.goto("/map")
        with page.expect_download() as info:
            page.click("text=" + NL("download_png"))
        target = screenshots / "map-download.png"
        info.value.save_as(target)
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


class TestReview:
    """A decision in the page moves the municipality, in the page and in `status --json`."""

    def test_resolving_an_item_changes_the_state(
        self, page: Page, live: LiveConsole, screenshots: Path
    ) -> None:
        question = live.seeded.ids["question"]
        log_in(page)
        page.goto("/review")
        page.click(f"#queue tr[data-id='{question}'] a >> nth=0")
        assert page.locator("#sender").inner_text() == REVIEW_SENDER
        assert page.locator("dd.why").inner_text() == QUESTION_REASON_NL
        page.screenshot(path=str(screenshots / "review-item.png"), full_page=True)
        page.select_option("select[name=label]", "forwarded")
        page.fill("input[name=municipality][list]", "GM0014")
        page.fill("input[name=note]", "gebeld met de griffie")
        page.click("button[value=assign]")
        assert page.locator(".flash").inner_text() == NL("saved")
        assert "/review" in page.url
        page.goto("/municipalities/GM0014")
        assert page.locator("#state").get_attribute("data-state") == "forwarded"
        assert f"{USER} (gebeld met de griffie)" in page.locator("#history").inner_text()
        states = {m["cbs_code"]: m["state"] for m in status_json(live)["municipalities"]}
        assert states["GM0014"] == "forwarded"

    def test_hostile_reply_shows_as_text_and_runs_nothing(
        self, page: Page, live: LiveConsole
    ) -> None:
        hostile = live.seeded.ids["hostile"]
        log_in(page)
        for url in (f"/review/{hostile}", "/municipalities/GM0153"):
            page.goto(url)
            text = page.locator("pre.mail").first.inner_text()
            assert "<script>window.__pwned = 1</script>" in text
            assert page.evaluate("window.__pwned") is None
            assert page.locator("main script, main img").count() == 0
        # A message that is only HTML: its text is shown, its markup is not.
        page.goto("/municipalities/GM0153")
        html_only = page.locator(f"#message-{live.seeded.ids['html_only']} pre.mail").first
        assert "Wij hebben uw brief doorgestuurd." in html_only.inner_text()
        assert "<script>window.__pwned = 1</script>" in html_only.inner_text()
        # Images hold back the load event, so once it fired any image's error handler has run.
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None


class TestExport:
    """The CSV export downloads with one row per municipality."""

    def test_csv_has_342_rows(self, page: Page, screenshots: Path) -> None:
        log_in(page)
        with page.expect_download() as info:
            page.click("header a[href='/export.csv']")
        target = screenshots / "export.csv"
        info.value.save_as(target)
        rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        assert rows[0][0] == "cbs_code"
        assert len(rows) - 1 == 342
