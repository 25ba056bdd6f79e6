"""The bookkeeping around each send, in as few and as cheap transactions as the guarantee allows.

The guarantee: a letter's row is committed as `sending` before its SMTP conversation starts, so
a crash can never lead to a silent second copy. What comes after a send (`sent`, `failed`) may
wait for the next letter's claim and share its commit: a crash in between leaves that letter in
`sending`, which is settled by the Sent-folder check, never by sending it again blindly. A run
calls `flush()` when it ends, however it ends.

Written as plain SQL on the driver's connection (`store.plain`), one transaction per commit: the
ORM's unit of work cost more than rendering and sending a letter together. The columns are those
of `store.models` (SQLite); the sending tests read the rows back through the models.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from outreach.compose.letter import Letter, is_letter_step
from outreach.status import FAILED, PENDING, SENDING, SENT, STATES, OutgoingState
from outreach.store.plain import PlainStore
from outreach.timefmt import now

Cursor = Any  # a DB-API cursor (sqlite3's, or the one behind an engine's connection)

log = logging.getLogger(__name__)
QUEUED = OutgoingState.QUEUED
NOTE = "note"  # not a state: only the server's reply is written down


@dataclass(frozen=True)
class Claim:
    """A letter marked `sending`: its row, and what the finish needs to know."""

    row_id: int
    cbs_code: str
    step: str


@dataclass(frozen=True)
class _Outcome:
    claim: Claim
    state: str
    reply: str
    retry_after: timedelta | None = None


@dataclass
class Ledger:
    store: PlainStore
    clock: Callable[[], datetime] = now
    _deferred: list[_Outcome] = field(default_factory=list)

    def claim(self, letter: Letter) -> Claim:
        """Commit `letter` as `sending` (with any outcome still waiting) before it goes out."""
        return self.claim_all([letter])[0]

    def claim_all(self, letters: list[Letter]) -> list[Claim]:
        """Commit every one of `letters` as `sending` in one transaction, before the first of
        them goes out. The caller sends them in order and gives back (`unclaim`) any it did not
        send; after a crash the rest are `sending`, settled by the Sent-folder check."""
        with self.store.transaction() as connection:
            self._write_deferred(connection)
            return [self._claim(connection, letter) for letter in letters]

    def unclaim(self, claims: list[Claim], reason: str) -> None:
        """Claims whose message never went out, back to the queue (written with the flush)."""
        for claim in claims:
            self._record(_Outcome(claim, QUEUED, reason), defer=True)

    def finish(self, claim: Claim, state: str, reply: str, *, defer: bool = False) -> None:
        """`sent` or `failed`; with `defer`, written with the next claim or the flush."""
        self._record(_Outcome(claim, state, reply), defer=defer)

    def release(self, claim: Claim, reply: str, *, retry_after: timedelta | None = None) -> None:
        """Back to the queue at once: the message did not go out and will be tried again."""
        self._record(_Outcome(claim, QUEUED, reply, retry_after), defer=False)

    def note(self, claim: Claim, reply: str) -> None:
        """The server's words, the row left as it is (`sending`: it may have gone out)."""
        self._record(_Outcome(claim, NOTE, reply), defer=False)

    def park(
        self, *, cbs_code: str, step: str, message_id: str, to_address: str, reason: str
    ) -> None:
        """A letter that could not be prepared, kept as `failed` with why (and anything waiting).

        A municipality still `pending` is `failed` too: it is not tried again by itself.
        """
        moment = self.clock()
        when = stamp(moment)
        with self.store.transaction() as connection:
            self._write_deferred(connection)
            existing = connection.execute(_FIND, (cbs_code, step)).fetchone()
            if existing is None:
                connection.execute(
                    _INSERT_PARKED,
                    (
                        cbs_code,
                        step,
                        message_id,
                        to_address,
                        reason[:1000],
                        when,
                        when,
                    ),
                )
                row_id = int(connection.lastrowid)
            else:
                row_id = int(existing[0])
                connection.execute(_PARK, (reason[:1000], when, row_id))
            if is_letter_step(step):
                claim = Claim(row_id, cbs_code, step)
                self._move(
                    connection, claim, FAILED, cause=reason[:200], moment=moment, only_from=PENDING
                )

    def record_canary(self, letter: Letter) -> None:
        """A canary's own record: its own step and Message-ID, the test address, sent."""
        when = stamp(self.clock())
        with self.store.transaction() as connection:
            self._write_deferred(connection)
            existing = connection.execute(_FIND, (letter.cbs_code, letter.step)).fetchone()
            if existing is None:
                connection.execute(
                    _INSERT_CANARY,
                    (
                        letter.cbs_code,
                        letter.step,
                        letter.message_id,
                        letter.to_address,
                        letter.subject,
                        when,
                        when,
                        when,
                    ),
                )
            else:
                connection.execute(
                    _CANARY_AGAIN,
                    (letter.to_address, letter.subject, when, when, int(existing[0])),
                )

    def flush(self) -> None:
        if self._deferred:
            with self.store.transaction() as connection:
                self._write_deferred(connection)

    def _record(self, outcome: _Outcome, *, defer: bool) -> None:
        self._deferred.append(outcome)
        if not defer:
            self.flush()

    def _write_deferred(self, connection: Cursor) -> None:
        for outcome in self._deferred:
            if outcome.state == QUEUED:
                self._release(connection, outcome)
            elif outcome.state == NOTE:
                connection.execute(
                    _NOTE, (outcome.reply[:1000], stamp(self.clock()), outcome.claim.row_id)
                )
            else:
                self._finish(connection, outcome)
        self._deferred.clear()

    def _claim(self, connection: Cursor, letter: Letter) -> Claim:
        moment = self.clock()
        when = stamp(moment)
        existing = connection.execute(_FIND, (letter.cbs_code, letter.step)).fetchone()
        if existing is None:
            connection.execute(
                _INSERT,
                (
                    letter.cbs_code,
                    letter.step,
                    letter.message_id,
                    letter.to_address,
                    letter.subject,
                    when,
                    when,
                ),
            )
            assert connection.lastrowid is not None
            row_id = int(connection.lastrowid)
        else:
            row_id = int(existing[0])
            connection.execute(_RECLAIM, (letter.to_address, letter.subject, when, row_id))
        claim = Claim(row_id, letter.cbs_code, letter.step)
        if is_letter_step(letter.step):
            self._move(connection, claim, SENDING, cause="sending the letter", moment=moment)
        return claim

    def _finish(self, connection: Cursor, outcome: _Outcome) -> None:
        moment = self.clock()
        when = stamp(moment)
        connection.execute(
            _FINISH,
            (
                outcome.state,
                outcome.reply[:1000],
                when,
                when if outcome.state == SENT else None,
                outcome.claim.row_id,
            ),
        )
        if is_letter_step(outcome.claim.step):
            accepted = outcome.state == SENT
            cause = "letter accepted by the server" if accepted else outcome.reply[:200]
            self._move(
                connection,
                outcome.claim,
                outcome.state,
                cause=cause,
                moment=moment,
                only_from=SENDING,
            )

    def _release(self, connection: Cursor, outcome: _Outcome) -> None:
        moment = self.clock()
        not_before = stamp(moment + outcome.retry_after) if outcome.retry_after else None
        connection.execute(
            _RELEASE, (not_before, outcome.reply[:1000], stamp(moment), outcome.claim.row_id)
        )
        if is_letter_step(outcome.claim.step):
            self._move(
                connection,
                outcome.claim,
                PENDING,
                cause=f"will retry: {outcome.reply[:200]}",
                moment=moment,
                only_from=SENDING,
            )

    def _move(
        self,
        connection: Cursor,
        claim: Claim,
        new_state: str,
        *,
        cause: str,
        moment: datetime,
        only_from: str | None = None,
    ) -> None:
        """The municipality's state change and its history line, as `status.set_state` does."""
        assert new_state in STATES
        (old,) = connection.execute(_STATE, (claim.cbs_code,)).fetchone()
        if old == new_state or (only_from is not None and old != only_from):
            return
        log.info("state %s: %s -> %s (%s)", claim.cbs_code, old, new_state, cause)
        when = stamp(moment)
        connection.execute(_SET_STATE, (new_state, when, claim.cbs_code))
        connection.execute(_EVENT, (claim.cbs_code, old, new_state, cause, claim.row_id, when))


def stamp(moment: datetime) -> str:
    """A moment as the store keeps it: UTC, as SQLAlchemy writes a DateTime to SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


_FIND = "SELECT id FROM outgoing_message WHERE cbs_code = ? AND step = ?"
_INSERT = (
    "INSERT INTO outgoing_message (cbs_code, step, state, message_id, to_address, subject,"
    " attempts, dry_run, created_at, updated_at) VALUES (?, ?, 'sending', ?, ?, ?, 1, 0, ?, ?)"
)
_RECLAIM = (
    "UPDATE outgoing_message SET state = 'sending', attempts = attempts + 1,"
    " to_address = ?, subject = ?, updated_at = ? WHERE id = ?"
)
_FINISH = (
    "UPDATE outgoing_message SET state = ?, last_reply = ?, updated_at = ?,"
    " sent_at = coalesce(?, sent_at) WHERE id = ?"
)
_RELEASE = (
    "UPDATE outgoing_message SET state = 'queued', not_before = ?, last_reply = ?,"
    " updated_at = ? WHERE id = ?"
)
_INSERT_PARKED = (
    "INSERT INTO outgoing_message (cbs_code, step, state, message_id, to_address, subject,"
    " attempts, dry_run, last_reply, created_at, updated_at)"
    " VALUES (?, ?, 'failed', ?, ?, '', 0, 0, ?, ?, ?)"
)
_PARK = "UPDATE outgoing_message SET state = 'failed', last_reply = ?, updated_at = ? WHERE id = ?"
_INSERT_CANARY = (
    "INSERT INTO outgoing_message (cbs_code, step, state, message_id, to_address, subject,"
    " attempts, dry_run, created_at, updated_at, sent_at) VALUES (?, ?, 'sent', ?, ?, ?, 1, 0,"
    " ?, ?, ?)"
)
_CANARY_AGAIN = (
    "UPDATE outgoing_message SET state = 'sent', to_address = ?, subject = ?,"
    " attempts = attempts + 1, updated_at = ?, sent_at = ? WHERE id = ?"
)
_NOTE = "UPDATE outgoing_message SET last_reply = ?, updated_at = ? WHERE id = ?"
_STATE = "SELECT state FROM municipality WHERE cbs_code = ?"
_SET_STATE = "UPDATE municipality SET state = ?, updated_at = ? WHERE cbs_code = ?"
_EVENT = (
    "INSERT INTO status_event (cbs_code, old_state, new_state, cause, actor, outgoing_id, at)"
    " VALUES (?, ?, ?, ?, 'outreach', ?, ?)"
)


__all__ = ["FAILED", "QUEUED", "Claim", "Ledger"]
