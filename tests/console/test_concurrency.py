"""The console and the daemon write the same SQLite file without "database is locked"."""

from __future__ import annotations

import threading

import httpx

from outreach.daemon import state
from outreach.status import set_state
from outreach.store import open_store, transaction
from outreach.store.models import IncomingMessage, Municipality
from tests.console.conftest import Seeded
from tests.console.support import csrf_of, login, queue_for_review, reply, store_message

ROUNDS = 40


def daemon_like_writes(url: str, stop: threading.Event, errors: list[BaseException]) -> None:
    """What `outreach run` does meanwhile, on its own engine: heartbeats, states, new mail."""
    engine = open_store(url)
    try:
        for n in range(400):
            if stop.is_set():
                break
            state.update(engine, state.HEARTBEAT, at=state.stamp(), pid=1)
            with transaction(engine) as session:
                m = session.get(Municipality, "GM0193")
                assert m is not None
                set_state(session, m, "acknowledged" if n % 2 else "sent", cause=f"round {n}")
                session.add(
                    IncomingMessage(content_hash=f"daemon-{n}", raw=b"Subject: x\n\nx", size=12)
                )
    except BaseException as exc:  # reported to the test, whatever it is
        errors.append(exc)
    finally:
        engine.dispose()


class TestConcurrency:
    """Reviews are resolved while another process-like writer works on the same store."""

    async def test_resolving_while_the_daemon_writes(
        self, client: httpx.AsyncClient, seeded: Seeded
    ) -> None:
        campaign = seeded.campaign
        ids = []
        for n in range(ROUNDS):
            mid = store_message(
                campaign,
                reply(campaign, None, f"Vraag nummer {n}?\n", sender=f"p{n}@example.net"),
            )
            queue_for_review(campaign, mid, "test")
            ids.append(mid)
        await login(client)
        csrf = csrf_of((await client.get("/review")).text)
        stop, errors = threading.Event(), []
        writer = threading.Thread(
            target=daemon_like_writes, args=(campaign.settings.store_url, stop, errors)
        )
        writer.start()
        try:
            for n, mid in enumerate(ids):
                response = await client.post(
                    f"/review/{mid}",
                    data={"csrf": csrf, "action": "assign", "label": "acknowledged",
                          "municipality": "GM0344" if n % 2 else "GM0014"},
                )  # fmt: skip
                assert response.status_code == 303, response.text
        finally:
            stop.set()
            writer.join()
        assert errors == []
        with transaction(campaign.engine) as session:
            resolved = [session.get(IncomingMessage, mid) for mid in ids]
        assert all(m is not None and m.review_state == "resolved" for m in resolved)
