"""10,000 malformed and hostile messages through `poll` (sync and classification), in Dovecot.

Prints the time of the first poll, the peak memory of this process (RSS), how many messages
were stored and how many wait in review, the time of a second poll (it should find nothing),
and the slowest single message through parsing and classification.

Run from the repository root: `.venv/bin/python bench/bench_torture.py [COUNT]`.
"""

from __future__ import annotations

import hashlib
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session, func, select

from outreach.analysis import analyse, build_contexts
from outreach.contacts.importer import default_contacts_file
from outreach.inbox.watch import poll_once
from outreach.recording import process_pending
from outreach.store.models import IncomingMessage
from outreach.transport.imap import ImapInbox
from tests.fixtures.dovecot import DovecotServer
from tests.fixtures.store import make_campaign
from tests.torture.hostile import KINDS, iter_hostile
from tests.torture.test_torture import imap_overrides


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as scratch, DovecotServer() as server:
        user = server.add_user()
        digests: set[str] = set()
        kinds: Counter[str] = Counter()
        # Written one file at a time, so the messages are never all in memory at once.
        cur = user.maildir / "cur"
        for sub in ("cur", "new", "tmp"):
            (user.maildir / sub).mkdir(parents=True, exist_ok=True)
        for serial, (kind, raw) in enumerate(iter_hostile(count, seed=10)):
            kinds[kind] += 1
            digests.add(hashlib.sha256(raw).hexdigest())
            (cur / f"{1_700_000_000 + serial}.M{serial}P1.torture:2,").write_bytes(raw)
        server.own(user.maildir)
        campaign = make_campaign(
            Path(scratch) / "c",
            contacts=default_contacts_file().read_text(encoding="utf-8"),
            overrides=imap_overrides(server, user),
        )
        settings = campaign.settings

        def connect() -> ImapInbox:
            return ImapInbox(settings=settings.imap)

        before = peak_rss_mb()
        began = time.perf_counter()
        report = poll_once(engine=campaign.engine, connect=connect)
        synced = time.perf_counter() - began
        processed = process_pending(engine=campaign.engine, settings=settings)
        took = time.perf_counter() - began
        began = time.perf_counter()
        again = poll_once(engine=campaign.engine, connect=connect)
        second = time.perf_counter() - began
        with Session(campaign.engine) as session:
            stored = session.exec(select(func.count()).select_from(IncomingMessage)).one()
            review = session.exec(
                select(func.count())
                .select_from(IncomingMessage)
                .where(IncomingMessage.review_state == "pending")
            ).one()
            reasons = Counter(
                (reason or "").split("(")[0].strip()
                for reason in session.exec(
                    select(IncomingMessage.review_reason).where(
                        IncomingMessage.review_state == "pending"
                    )
                )
            )
            contexts = build_contexts(session, settings)
        slowest, slow_kind = 0.0, ""
        for kind, raw in iter_hostile(len(KINDS) * 2 + 500, seed=11):
            start = time.perf_counter()
            analyse(raw, contexts, threshold=settings.review.confidence_threshold)
            spent = time.perf_counter() - start
            if spent > slowest:
                slowest, slow_kind = spent, kind
        print(f"{count:,} hostile messages of {len(kinds)} kinds ({len(digests):,} distinct)")
        print(
            f"  first poll: {took:.1f} s ({synced:.1f} s reading the mailbox, "
            f"{took - synced:.1f} s classifying {processed:,})"
        )
        print(f"  peak RSS: {peak_rss_mb():.0f} MB (before the poll: {before:.0f} MB)")
        print(
            f"  stored: {stored:,} (read {report.seen:,}, duplicates {report.duplicates:,}, "
            f"unreadable {report.parse_errors:,}); in review: {review:,}"
        )
        print(f"  second poll: read {again.seen}, stored {again.stored}, {second:.2f} s")
        print(f"  slowest single message parsed and classified: {slowest:.3f} s ({slow_kind})")
        print("  why in review:")
        for reason, n in reasons.most_common(8):
            print(f"    {n:>6,}  {reason}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
