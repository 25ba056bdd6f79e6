"""The plain read-only store (`store.reader`) says what the ORM says, or steps aside."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import Session
from typer.testing import CliRunner

from outreach.cli.app import app
from outreach.cli.status_view import OrmSource, PlainSource
from outreach.overview import campaign_overview, plain_overview
from outreach.settings_files import store_url_quickly
from outreach.status import OWN_POSITION, set_state
from outreach.store import reader
from outreach.store.models import IncomingMessage, Municipality, RuntimeState, now
from tests.fixtures.store import Campaign, make_campaign


@pytest.fixture
def busy(tmp_path: Path) -> Campaign:
    """Five municipalities in several states, stored replies, a daemon that has run."""
    campaign = make_campaign(tmp_path / "campaign")
    with Session(campaign.engine) as session:
        utrecht = session.get(Municipality, "GM0344")
        ede = session.get(Municipality, "GM0228")
        assert utrecht is not None
        assert ede is not None
        set_state(session, utrecht, "acknowledged", cause="test")
        set_state(session, ede, "sent", cause="test")
        utrecht.open_question = True
        ede.suggested_email = "griffie@ede.nl"
        for n in range(7):
            session.add(
                IncomingMessage(
                    content_hash=f"{n:064x}",
                    raw=b"Subject: x\r\n\r\nx\r\n",
                    cbs_code="GM0344" if n % 2 else None,
                    review_state="pending" if n % 3 == 0 else "none",
                    own_copy=n == 6,  # a copy of our own letter: not "without a municipality"
                    # A party's refusal recorded as its own position.
                    details={OWN_POSITION: "party_branch"} if n == 1 else {},
                )
            )
        moment = now()
        session.add(RuntimeState(key="pause", value={"paused": True, "reason": "by hand"}))
        session.add(RuntimeState(key="heartbeat", value={"at": moment.isoformat(), "pid": 4242}))
        session.add(
            RuntimeState(key="last_poll", value={"at": (moment - timedelta(minutes=3)).isoformat()})
        )
        session.commit()
    return campaign


@pytest.fixture
def connection(busy: Campaign) -> Iterator[sqlite3.Connection]:
    found = reader.open_reader(busy.settings.store_url)
    assert found is not None
    yield found
    found.close()


def test_the_overviews_agree(busy: Campaign, connection: sqlite3.Connection) -> None:
    orm = campaign_overview(busy.engine)
    assert plain_overview(connection) == orm
    assert orm["daemon"]["alive"] is True
    assert orm["inbox"] == {
        "messages": 7,
        "unmatched": 3,
        "review": 3,
        "to_answer": 0,
        "own_copies": 1,
        "own_positions": 1,
        "last_poll": orm["inbox"]["last_poll"],
    }
    assert list(plain_overview(connection)["daemon"]) == list(orm["daemon"])


def test_the_listings_agree(busy: Campaign, connection: sqlite3.Connection) -> None:
    fields = ("cbs_code", "name", "province", "email", "state", "updated_at", "open_question")
    orm = [tuple(getattr(m, f) for f in fields) for m in OrmSource(busy.engine).by_province()]
    plain = [tuple(getattr(m, f) for f in fields) for m in PlainSource(connection).by_province()]
    assert plain == orm
    assert sorted(PlainSource(connection).province_states()) == sorted(
        OrmSource(busy.engine).province_states()
    )


@pytest.mark.parametrize("args", [["status"], ["status", "--json"], ["status", "--by", "province"]])
def test_status_prints_the_same_either_way(
    busy: Campaign, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    runner = CliRunner()
    plain = runner.invoke(app, [*args, "--config", str(busy.config)])
    monkeypatch.setattr(reader, "open_reader", lambda url: None)
    orm = runner.invoke(app, [*args, "--config", str(busy.config)])
    assert plain.exit_code == orm.exit_code == 0, plain.output + orm.output
    assert plain.output == orm.output
    assert "GM0344" in plain.output or "Utrecht" in plain.output


def test_steps_aside_for_a_store_that_is_behind(busy: Campaign) -> None:
    path = Path(busy.settings.store_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
    assert reader.open_reader(busy.settings.store_url) is None
    assert reader.open_reader(f"sqlite:///{path.parent / 'none.db'}") is None
    assert reader.open_reader("postgresql://db/outreach") is None


def test_the_quick_store_address_is_the_settings_one(busy: Campaign) -> None:
    assert store_url_quickly(busy.config, environ={}) == busy.settings.store_url
    other = busy.folder / "elsewhere.db"
    environ = {"OUTREACH_STORE__URL": f"sqlite:///{other}"}
    assert store_url_quickly(busy.config, environ=environ) == f"sqlite:///{other}"
    # Anything else in the environment may change what the full settings say: ask them.
    assert store_url_quickly(busy.config, environ={"OUTREACH_SMTP__PORT": "25"}) is None
    (busy.folder / "secrets.toml").write_text("[store\n", encoding="utf-8")
    assert store_url_quickly(busy.config, environ={}) is None
