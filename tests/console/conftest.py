"""Fixtures for the console: a seeded campaign, its ASGI app, a live server, a browser."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine
from starlette.applications import Starlette

from outreach.console.app import create_app
from outreach.console.throttle import LoginThrottle
from outreach.settings import Settings, load_settings
from outreach.store import open_store
from tests.console.support import console_campaign, seed
from tests.fixtures.store import Campaign

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class Seeded:
    campaign: Campaign
    ids: dict[str, int]


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """Seeding takes a second or two; it is done once and the folder copied for each test."""
    folder = tmp_path_factory.mktemp("console-template") / "campaign"
    campaign = console_campaign(folder)
    ids = seed(campaign)
    campaign.engine.dispose()  # the last connection folds the WAL back into the file
    return folder, ids


@pytest.fixture
def seeded(tmp_path: Path, seeded_template: tuple[Path, dict[str, int]]) -> Iterator[Seeded]:
    template, ids = seeded_template
    folder = tmp_path / "campaign"
    shutil.copytree(template, folder)
    campaign = Campaign(folder, folder / "settings.toml", *_open(folder / "settings.toml"))
    yield Seeded(campaign, dict(ids))
    campaign.engine.dispose()


def _open(config: Path) -> tuple[Settings, Engine]:
    settings = load_settings(config)
    return settings, open_store(settings.store_url)


@pytest.fixture
def app(seeded: Seeded) -> Starlette:
    # No waiting in tests, except where a test sets its own throttle.
    return create_app(
        settings=seeded.campaign.settings,
        engine=seeded.campaign.engine,
        throttle=LoginThrottle(base_delay=0.0),
    )


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        yield http


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveConsole:
    url: str
    seeded: Seeded


@pytest.fixture
def live(app: Starlette, seeded: Seeded) -> Iterator[LiveConsole]:
    """The console served by uvicorn on a loopback port, as `outreach console` serves it."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60  # a loaded machine may take a while; a started one goes on
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the console did not start")
        time.sleep(0.02)
    yield LiveConsole(f"http://127.0.0.1:{port}", seeded)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (Playwright's own browser download is not used).

    Per module, not per session: Playwright's synchronous API keeps an event loop running
    while it is open, which the async tests of other modules cannot share.
    """
    if not CHROMIUM.exists():
        message = "Debian's chromium package is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs it: a missing browser there is a broken setup
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests leave their screenshots (CONSOLE_SCREENSHOTS to keep them)."""
    chosen = os.environ.get("CONSOLE_SCREENSHOTS")
    if chosen:
        folder = Path(chosen)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return folder
    return tmp_path_factory.mktemp("screenshots")
