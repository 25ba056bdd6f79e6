"""How fast is polling the inbox? Prints figures against a private Dovecot on loopback.

(a) A poll that finds nothing new, on mailboxes of 2,000 and 20,000 messages: it should be a
    STATUS per folder, well under 50 ms, and not grow with the mailbox.
(b) Ingesting 1,000 new messages with sync_inbox, against a bare imapclient loop that only
    fetches the same messages (BODY.PEEK[], same batch size): the target is within 1.5x.
(c) Transactions per batch against one per message (Maildir source, so no network in between).

Run from the repository root: `.venv/bin/python bench/bench_poll.py`.
"""

from __future__ import annotations

import mailbox
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imapclient import IMAPClient

from outreach.inbox.sync import sync_inbox
from outreach.settings import ImapSettings
from outreach.store import open_store
from outreach.transport.imap import ImapInbox
from outreach.transport.maildir_inbox import MaildirInbox
from tests.fixtures.dovecot import (
    DovecotServer,
    FlakyProxy,
    MailUser,
    imap_settings,
    make_message,
)

BODY = (
    "Geachte campagne,\n\nDank voor uw brief over het kinderpardon. De raad bespreekt de motie "
    "in de vergadering van volgende maand; wij houden u op de hoogte.\n\n"
    "Met vriendelijke groet,\nde griffie\n\n> Op 1 maart schreef KinderpardonNU:\n"
    + "> Wij vragen de raad een motie in te dienen voor een ruimhartig kinderpardon.\n"
    * 30
)
BATCH = 100


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def fresh_store(folder: Path, name: str) -> object:
    return open_store(f"sqlite:///{folder / name}.db")


def filled_user(server: DovecotServer, count: int) -> MailUser:
    user = server.add_user()
    server.write_maildir(user, [make_message(n, body=BODY) for n in range(count)])
    return user


def noop_poll(server: DovecotServer, work: Path, count: int) -> None:
    user = filled_user(server, count)
    settings = imap_settings(server, user, batch_size=500, folders=["INBOX", "\\Junk", "\\All"])
    engine = fresh_store(work, f"noop{count}")
    with ImapInbox(settings=settings) as source:
        first = timed(lambda: sync_inbox(engine=engine, source=source, account=source.account))
        warm = [
            timed(lambda: sync_inbox(engine=engine, source=source, account=source.account))
            for _ in range(30)
        ]

    def connect_and_poll() -> None:
        with ImapInbox(settings=settings) as source:
            sync_inbox(engine=engine, source=source, account=source.account)

    cold = [timed(connect_and_poll) for _ in range(10)]
    print(
        f"  {count:>6,} messages: first full read {first:6.2f} s; no-op poll "
        f"{statistics.median(warm) * 1000:5.1f} ms on an open connection (max "
        f"{max(warm) * 1000:.1f}), {statistics.median(cold) * 1000:5.1f} ms with connect+login"
    )


def bare_fetch(settings: ImapSettings) -> int:
    """What any client must do at least: log in, open, list UIDs, fetch bodies in batches."""
    assert settings.password is not None
    client = IMAPClient(settings.host, port=settings.port, ssl=False)
    client.login(settings.username, settings.password.get_secret_value())
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["UID", "1:*"])
    total = 0
    for start in range(0, len(uids), BATCH):
        found = client.fetch(uids[start : start + BATCH], [b"BODY.PEEK[]"])
        total += sum(len(item[b"BODY[]"]) for item in found.values())
    client.logout()
    return total


def ingest(server: DovecotServer, work: Path, user: MailUser, *, delay: float) -> None:
    proxy = FlakyProxy((server.host, server.port), delay=delay) if delay else None
    port = proxy.port if proxy else None
    settings = imap_settings(server, user, batch_size=BATCH, port=port)
    bare_fetch(settings)  # let Dovecot build its index first, for both contenders
    bare = min(timed(lambda: bare_fetch(settings)) for _ in range(3))

    def with_sync(run: int) -> None:
        engine = fresh_store(work, f"ingest{delay}-{run}")
        with ImapInbox(settings=settings) as source:
            report = sync_inbox(engine=engine, source=source, account=source.account)
        assert report.stored == 1000, report

    ours = min(timed(lambda run=run: with_sync(run)) for run in range(3))  # type: ignore[misc]
    if proxy:
        proxy.close()
    where = f"{delay * 1000:.0f} ms added per command" if delay else "loopback"
    print(
        f"  {where:>26}: bare imapclient {bare:.3f} s, sync_inbox {ours:.3f} s "
        f"-> {ours / bare:.2f}x"
    )


def transactions(work: Path) -> None:
    path = work / "maildir"
    box = mailbox.Maildir(path, create=True)
    for n in range(1000):
        box.add(make_message(n, body=BODY))
    for batch in (1, 10, 100):
        engine = fresh_store(work, f"tx{batch}")
        source = MaildirInbox(path=path, batch_size=batch)
        took = timed(partial(sync_inbox, engine=engine, source=source, account=source.account))
        print(f"  1,000 messages, one transaction per {batch:>3} message(s): {took:.3f} s")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch, DovecotServer() as server:
        work = Path(scratch)
        print("(a) a poll with nothing new (folders INBOX, \\Junk, \\All):")
        for count in (2_000, 20_000):
            noop_poll(server, work, count)
        size = len(make_message(0, body=BODY)) / 1024
        print(f"(b) ingesting 1,000 new messages of ~{size:.1f} KB, batches of {BATCH}:")
        user = filled_user(server, 1000)
        for delay in (0.0, 0.005, 0.03):
            ingest(server, work, user, delay=delay)
        print("(c) transaction size (local Maildir, sqlite in WAL mode):")
        transactions(work)


if __name__ == "__main__":
    main()
