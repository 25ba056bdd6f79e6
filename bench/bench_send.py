"""Benchmark: sending all 342 letters to a local SMTP server, next to a minimal client.

Prints wall times. The minimal client pushes the same number of pre-built messages of the
same size over one connection with nothing else to do; `outreach` also renders each letter,
builds the personalised motion, and commits its bookkeeping before and after every message.
Run: .venv/bin/python bench/bench_send.py
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiosmtplib

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlmodel import select

from outreach.campaign_init import init_campaign
from outreach.compose.letter import Composer, message_bytes, to_mime
from outreach.demo.mailserver import free_port
from outreach.sending.service import LetterSender, Selection
from outreach.settings import load_settings
from outreach.store import open_store, transaction
from outreach.store.models import Municipality
from outreach.transport.smtp import SmtpTransport

SINK = """
import asyncio, sys
from aiosmtpd.controller import Controller
class Sink:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"
c = Controller(Sink(), hostname="127.0.0.1", port=int(sys.argv[1]))
c.start()
print("ready", flush=True)
sys.stdin.read()
c.stop()
"""


async def outreach_run(config: Path) -> tuple[float, int]:
    settings = load_settings(config)
    engine = open_store(settings.store_url)
    sender = LetterSender(
        engine=engine,
        settings=settings,
        composer=Composer(settings.campaign),
        transport=SmtpTransport(settings.smtp),
    )
    start = time.perf_counter()
    report = await sender.send_letters(Selection(), dry_run=False)
    await sender.transport.close()
    return time.perf_counter() - start, len(report.sent)


async def minimal_run(port: int, messages: list[bytes]) -> float:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    start = time.perf_counter()
    await client.connect()
    for raw in messages:
        await client.sendmail("kinderpardonnu@gmail.com", ["info@example.org"], raw)
    await client.quit()
    return time.perf_counter() - start


def prebuilt_messages(config: Path) -> list[bytes]:
    settings = load_settings(config)
    engine = open_store(settings.store_url)
    composer = Composer(settings.campaign)
    with transaction(engine) as session:
        rows = [m for m in session.exec(select(Municipality)) if m.email]
    return [message_bytes(to_mime(composer.compose(m), settings.campaign)) for m in rows]


def main() -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", SINK, str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert server.stdout is not None
    server.stdout.readline()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            overrides = {
                "smtp.host": '"127.0.0.1"',
                "smtp.port": str(port),
                "smtp.security": '"none"',
                "smtp.username": '""',
                "send.dry_run": "false",
            }
            rounds = []
            for n in range(3):
                config = Path(tmp) / f"run{n}" / "settings.toml"
                init_campaign(config, overrides=overrides)
                messages = prebuilt_messages(config)
                ours, sent = asyncio.run(outreach_run(config))
                minimal = asyncio.run(minimal_run(port, messages))
                rounds.append((ours, minimal))
            size = sum(len(m) for m in messages) / len(messages)
    finally:
        server.communicate(b"")
    print(f"letters per run: {sent}, average message size {size / 1024:.0f} KiB")
    for n, (ours, minimal) in enumerate(rounds, 1):
        print(
            f"round {n}: outreach {ours:.2f} s, minimal client {minimal:.2f} s, "
            f"ratio {ours / minimal:.2f}"
        )
    best_ours = min(r[0] for r in rounds)
    best_min = min(r[1] for r in rounds)
    print(
        f"best: outreach {best_ours:.2f} s ({sent / best_ours:.0f} letters/s), "
        f"minimal {best_min:.2f} s; ratio {best_ours / best_min:.2f} (target <= 1.5)"
    )


if __name__ == "__main__":
    main()
