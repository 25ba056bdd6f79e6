"""A failed pass of a daemon loop: a full disk in one line, anything else with its traceback."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest

from outreach.compose.letter import Composer
from outreach.daemon import loop_errors, state
from outreach.daemon.loop_errors import report_loop_error
from outreach.daemon.pacing import Pacer
from outreach.daemon.send_loop import SendLoop
from outreach.transport.outbox import OutboxTransport
from tests.fixtures.store import Campaign, make_campaign

FULL = sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def campaign(tmp_path: Path) -> Campaign:
    return make_campaign(tmp_path / "c")


def test_a_full_disk_is_one_line_and_the_last_error(
    campaign: Campaign, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=loop_errors.__name__):
        report_loop_error(campaign.engine, "inbox", FULL)
    (record,) = caplog.records
    assert record.levelno == logging.ERROR
    assert record.exc_info is None
    assert "inbox: the disk is full" in record.getMessage()
    assert "disk is full" in state.read(campaign.engine, state.LAST_ERROR)["message"]


def test_a_full_disk_that_also_refuses_the_note_does_not_stop_the_loop(
    campaign: Campaign, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(state, "record_error", refuse)
    with caplog.at_level(logging.INFO, logger=loop_errors.__name__):
        report_loop_error(campaign.engine, "sending", OSError(28, "No space left on device"))
    assert "sending: the disk is full" in caplog.text


def test_another_error_that_breaks_the_note_is_raised(
    campaign: Campaign, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("store closed")

    monkeypatch.setattr(state, "record_error", broken)
    with pytest.raises(RuntimeError, match="store closed"):
        report_loop_error(campaign.engine, "sending", FULL)


def test_an_unexpected_error_keeps_its_traceback(
    campaign: Campaign, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger=loop_errors.__name__):
        report_loop_error(campaign.engine, "inbox", ValueError("odd"))
    (record,) = caplog.records
    assert record.exc_info is not None
    assert state.read(campaign.engine, state.LAST_ERROR)["message"] == "inbox: odd"


def test_the_send_loop_goes_on_after_a_full_disk(
    campaign: Campaign, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    loop = SendLoop(
        engine=campaign.engine,
        settings=campaign.settings,
        composer=Composer(campaign.settings.campaign),
        transport=OutboxTransport(campaign.folder / "outbox"),
        pacer=Pacer(campaign.settings.send),
    )
    stop = asyncio.Event()
    calls = []

    async def run_once() -> float:
        calls.append(1)
        if len(calls) == 1:
            raise FULL
        stop.set()
        return 0.0

    monkeypatch.setattr(loop, "run_once", run_once)
    monkeypatch.setattr("outreach.daemon.send_loop.IDLE", 0.01)
    with caplog.at_level(logging.INFO):
        asyncio.run(loop.run(stop))
    assert len(calls) == 2
    assert "sending: the disk is full" in caplog.text
    assert "Traceback" not in caplog.text
