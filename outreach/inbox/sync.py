"""Copy every new message from an inbox source into the store, exactly once.

Per folder: a cheap status check first; then the UIDs above the folder's cursor, fetched in
batches. Each batch (raw messages, their locations, the advanced cursor) is one transaction, so
a dropped connection or a crash leaves the cursor at the last stored batch and the next pass
picks up right there. The same message seen in two folders (Gmail's INBOX and All Mail) is kept
once, with a location per folder. "The same" means the same bytes: a message that reuses a
Message-ID with other content is kept as a new message and sent to review. No message can stop
the reader: one whose headers cannot be read is stored raw with its error. Matching and
classifying happen later, elsewhere.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from outreach.inbox import ledger
from outreach.inbox.headers import HeaderFacts, content_hash, key_digest, read_headers
from outreach.inbox.source import BATCH_BYTES, FolderStatus, InboxSource, MessageRef
from outreach.store.engine import transaction
from outreach.store.models import FolderCursor

log = logging.getLogger(__name__)

# Another process (daemon and a manual poll) may write at the same moment; redo the batch.
_DB_ATTEMPTS = 3


@dataclass
class Counts:
    seen: int = 0
    stored: int = 0
    duplicates: int = 0
    parse_errors: int = 0
    reused_ids: int = 0  # new content under a Message-ID already seen: kept, sent to review

    def add(self, other: Counts) -> None:
        self.seen += other.seen
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.parse_errors += other.parse_errors
        self.reused_ids += other.reused_ids


@dataclass
class FolderReport(Counts):
    folder: str = ""
    unchanged: bool = False  # the status check showed nothing new; the folder was not opened
    resynced: bool = False  # UIDVALIDITY changed, so the folder was read again from the start


@dataclass
class SyncReport:
    account: str
    folders: list[FolderReport] = field(default_factory=list)

    def _total(self, name: str) -> int:
        return sum(getattr(folder, name) for folder in self.folders)

    @property
    def seen(self) -> int:
        return self._total("seen")

    @property
    def stored(self) -> int:
        return self._total("stored")

    @property
    def duplicates(self) -> int:
        return self._total("duplicates")

    @property
    def parse_errors(self) -> int:
        return self._total("parse_errors")

    @property
    def reused_ids(self) -> int:
        return self._total("reused_ids")

    def summary(self) -> str:
        unreadable = (
            f", {self.parse_errors} unreadable (kept for review)" if self.parse_errors else ""
        )
        if self.reused_ids:
            unreadable += f", {self.reused_ids} with a reused Message-ID (kept for review)"
        return (
            f"{self.stored} new message{'s' if self.stored != 1 else ''} stored, "
            f"{self.duplicates} already known{unreadable}; "
            f"{len(self.folders)} folder{'s' if len(self.folders) != 1 else ''} checked"
        )


@dataclass(frozen=True, slots=True)
class SyncProgress:
    folder: str
    done: int
    total: int


ProgressCallback = Callable[[SyncProgress], None]


def sync_inbox(
    *,
    engine: Engine,
    source: InboxSource,
    account: str,
    progress: ProgressCallback | None = None,
) -> SyncReport:
    """Store what is new in every folder of `source`; what was read, per folder."""
    report = SyncReport(account=account)
    known = ledger.cursors(engine=engine, account=account)
    for folder in source.folders():
        report.folders.append(
            _sync_folder(
                engine=engine,
                source=source,
                account=account,
                folder=folder,
                cursor=known.get(folder),
                progress=progress,
            )
        )
    return report


def _sync_folder(
    *,
    engine: Engine,
    source: InboxSource,
    account: str,
    folder: str,
    cursor: FolderCursor | None,
    progress: ProgressCallback | None,
) -> FolderReport:
    report = FolderReport(folder=folder)
    status = source.status(folder)
    if _nothing_new(cursor, status):
        report.unchanged = True
        return report
    opened = source.select(folder)
    same_uids = cursor is not None and cursor.uidvalidity == opened.uidvalidity
    report.resynced = cursor is not None and not same_uids
    if report.resynced:
        log.warning("%s: UIDVALIDITY changed, reading the folder again", folder)
    after = cursor.last_uid if cursor is not None and same_uids else 0
    refs = source.list_new(folder, after_uid=after)
    if progress is not None and refs:
        progress(SyncProgress(folder, 0, len(refs)))
    done = 0
    for batch in batches(refs, count=source.batch_size, max_bytes=BATCH_BYTES):
        report.add(
            _store_batch(
                engine=engine,
                source=source,
                account=account,
                folder=folder,
                uidvalidity=opened.uidvalidity,
                batch=batch,
                resync=report.resynced,
            )
        )
        done += len(batch)
        if progress is not None:
            progress(SyncProgress(folder, done, len(refs)))
    # UIDs below UIDNEXT that were not listed are gone (expunged); remember we looked, so the
    # next status check does not open the folder again for nothing.
    last = max([after, opened.highest_possible_uid, *(ref.uid for ref in refs[-1:])])
    if not same_uids or cursor is None or last > cursor.last_uid:
        with transaction(engine) as session:
            ledger.advance_cursor(
                session,
                account=account,
                folder=folder,
                uidvalidity=opened.uidvalidity,
                last_uid=last,
            )
    if report.seen:
        log.info(
            "%s: %d read, %d stored, %d duplicates",
            folder,
            report.seen,
            report.stored,
            report.duplicates,
        )
    return report


def _nothing_new(cursor: FolderCursor | None, status: FolderStatus) -> bool:
    return (
        cursor is not None
        and cursor.uidvalidity == status.uidvalidity
        and status.highest_possible_uid <= cursor.last_uid
    )


def batches(
    refs: Sequence[MessageRef], *, count: int, max_bytes: int
) -> Iterator[Sequence[MessageRef]]:
    """`refs` in runs of at most `count` messages and (unless one alone is larger) `max_bytes`."""
    start = 0
    while start < len(refs):
        end, size = start, 0
        while end < len(refs) and end - start < count:
            if end > start and size + refs[end].size > max_bytes:
                break
            size += refs[end].size
            end += 1
        yield refs[start:end]
        start = end


def _store_batch(
    *,
    engine: Engine,
    source: InboxSource,
    account: str,
    folder: str,
    uidvalidity: int,
    batch: Sequence[MessageRef],
    resync: bool = False,
) -> Counts:
    for attempt in range(1, _DB_ATTEMPTS + 1):
        try:
            with transaction(engine) as session:
                return _write_batch(
                    session,
                    source=source,
                    account=account,
                    folder=folder,
                    uidvalidity=uidvalidity,
                    batch=batch,
                    resync=resync,
                )
        except (IntegrityError, OperationalError):
            if attempt == _DB_ATTEMPTS:
                raise
            log.info("%s: the store was busy, reading the batch again", folder)
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def _write_batch(
    session: Session,
    *,
    source: InboxSource,
    account: str,
    folder: str,
    uidvalidity: int,
    batch: Sequence[MessageRef],
    resync: bool = False,
) -> Counts:
    counts = Counts()
    have = ledger.known_uids(
        session,
        account=account,
        folder=folder,
        uidvalidity=uidvalidity,
        uids=(ref.uid for ref in batch),
    )
    todo = [ref for ref in batch if ref.uid not in have]
    # Headers are parsed while fetching; the bodies are only hashed and stored as they are.
    fetched = [_fetched(message.uid, message.raw) for message in source.fetch(folder, todo)]
    by_id, by_hash = ledger.stored_ids(
        session,
        message_ids={item.facts.message_id for item in fetched if item.facts.message_id},
        digests={item.digest for item in fetched},
    )
    # Decide first which messages are new (a batch may hold the same message twice), then
    # insert them all in one statement. Only equal content makes a duplicate: a Message-ID
    # is chosen by the sender, and a stranger can reuse anyone's.
    fresh: list[ledger.NewMessage] = []
    owner: list[int | tuple[None, int]] = []  # a stored id, or (None, index into fresh)
    pending_by_hash: dict[str, int] = {}
    pending_ids: set[str] = set()
    for item in fetched:
        counts.seen += 1
        message_id = item.facts.message_id
        stored = by_hash.get(item.digest)
        if stored is None and resync and message_id in by_id:
            # After a UIDVALIDITY change the Message-ID is a hint: the same message served
            # again with other trace headers is still the same message.
            stored = ledger.same_content(session, message_id=message_id, key=key_digest(item.raw))
        if stored is not None:
            counts.duplicates += 1
            owner.append(stored)
            continue
        index = pending_by_hash.get(item.digest)
        if index is not None:
            counts.duplicates += 1
        else:
            index = len(fresh)
            reused = message_id is not None and (message_id in by_id or message_id in pending_ids)
            fresh.append(ledger.NewMessage(item.raw, item.digest, item.facts, reused_id=reused))
            counts.stored += 1
            counts.parse_errors += item.facts.parse_error is not None
            counts.reused_ids += reused
            pending_by_hash[item.digest] = index
            if message_id:
                pending_ids.add(message_id)
        owner.append((None, index))
    new_ids = ledger.keep_messages(session, defaults=ledger.message_defaults(), messages=fresh)
    seen = [
        (item.uid, who if isinstance(who, int) else new_ids[who[1]])
        for item, who in zip(fetched, owner, strict=True)
    ]
    ledger.add_locations(
        session, account=account, folder=folder, uidvalidity=uidvalidity, seen=seen
    )
    ledger.advance_cursor(
        session, account=account, folder=folder, uidvalidity=uidvalidity, last_uid=batch[-1].uid
    )
    return counts


def _fetched(uid: int, raw: bytes) -> _Fetched:
    """What is kept of one fetched message; reading its headers never stops the sync."""
    try:
        facts = read_headers(raw)
    except Exception as exc:  # read_headers is total; this is the last line of defence
        facts = HeaderFacts(parse_error=f"headers unreadable: {type(exc).__name__}")
    return _Fetched(uid, raw, content_hash(raw), facts)


@dataclass(frozen=True, slots=True)
class _Fetched:
    uid: int
    raw: bytes
    digest: str
    facts: HeaderFacts
