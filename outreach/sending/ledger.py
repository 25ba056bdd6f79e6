"""The bookkeeping around each send, in as few and as cheap transactions as the guarantee allows.

The guarantee: a letter's row is committed as `sending` before its SMTP conversation starts, so
a crash can never lead to a silent second copy. What comes after a send (`sent`, `failed`) may
wait for the next letter's claim and share its commit: a crash in between leaves that letter in
`sending`, which is settled by the Sent-folder check, never by sending it again blindly. A run
calls `flush()` when it ends, however it ends.

Written with SQLAlchemy Core on one connection per commit: the ORM's unit of work cost more
than rendering and sending a letter together.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, Table, insert, select, update
from sqlmodel import SQLModel

from outreach.compose.letter import Letter, is_letter_step
from outreach.status import FAILED, PENDING, SENDING, SENT, STATES
from outreach.store import models  # noqa: F401  (registers the tables)
from outreach.store.models import now

log = logging.getLogger(__name__)
QUEUED = "queued"


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


OUTGOING = _table("outgoing_message")
MUNICIPALITY = _table("municipality")
EVENTS = _table("status_event")


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
    engine: Engine
    clock: Callable[[], datetime] = now
    _deferred: list[_Outcome] = field(default_factory=list)

    def claim(self, letter: Letter) -> Claim:
        """Commit `letter` as `sending` (with any outcome still waiting) before it goes out."""
        with self.engine.begin() as connection:
            self._write_deferred(connection)
            return self._claim(connection, letter)

    def finish(self, claim: Claim, state: str, reply: str, *, defer: bool = False) -> None:
        """`sent` or `failed`; with `defer`, written with the next claim or the flush."""
        self._record(_Outcome(claim, state, reply), defer=defer)

    def release(self, claim: Claim, reply: str, *, retry_after: timedelta | None = None) -> None:
        """Back to the queue at once: the message did not go out and will be tried again."""
        self._record(_Outcome(claim, QUEUED, reply, retry_after), defer=False)

    def flush(self) -> None:
        if self._deferred:
            with self.engine.begin() as connection:
                self._write_deferred(connection)

    def _record(self, outcome: _Outcome, *, defer: bool) -> None:
        self._deferred.append(outcome)
        if not defer:
            self.flush()

    def _write_deferred(self, connection: Connection) -> None:
        for outcome in self._deferred:
            if outcome.state == QUEUED:
                self._release(connection, outcome)
            else:
                self._finish(connection, outcome)
        self._deferred.clear()

    def _claim(self, connection: Connection, letter: Letter) -> Claim:
        moment = self.clock()
        existing = connection.execute(
            select(OUTGOING.c.id).where(
                OUTGOING.c.cbs_code == letter.cbs_code, OUTGOING.c.step == letter.step
            )
        ).scalar()
        values = {
            "state": SENDING,
            "to_address": letter.to_address,
            "subject": letter.subject,
            "updated_at": moment,
        }
        if existing is None:
            result = connection.execute(
                insert(OUTGOING).values(
                    cbs_code=letter.cbs_code,
                    step=letter.step,
                    message_id=letter.message_id,
                    attempts=1,
                    dry_run=False,
                    created_at=moment,
                    **values,
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            row_id = int(key[0])
        else:
            row_id = int(existing)
            connection.execute(
                update(OUTGOING)
                .where(OUTGOING.c.id == row_id)
                .values(attempts=OUTGOING.c.attempts + 1, **values)
            )
        claim = Claim(row_id, letter.cbs_code, letter.step)
        if is_letter_step(letter.step):
            self._move(connection, claim, SENDING, cause="sending the letter", moment=moment)
        return claim

    def _finish(self, connection: Connection, outcome: _Outcome) -> None:
        moment = self.clock()
        values: dict[str, object] = {
            "state": outcome.state,
            "last_reply": outcome.reply[:1000],
            "updated_at": moment,
        }
        if outcome.state == SENT:
            values["sent_at"] = moment
        connection.execute(
            update(OUTGOING).where(OUTGOING.c.id == outcome.claim.row_id).values(**values)
        )
        if is_letter_step(outcome.claim.step):
            cause = (
                "letter accepted by the server" if outcome.state == SENT else outcome.reply[:200]
            )
            self._move(
                connection,
                outcome.claim,
                outcome.state,
                cause=cause,
                moment=moment,
                only_from=SENDING,
            )

    def _release(self, connection: Connection, outcome: _Outcome) -> None:
        moment = self.clock()
        connection.execute(
            update(OUTGOING)
            .where(OUTGOING.c.id == outcome.claim.row_id)
            .values(
                state=QUEUED,
                not_before=moment + outcome.retry_after if outcome.retry_after else None,
                last_reply=outcome.reply[:1000],
                updated_at=moment,
            )
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
        connection: Connection,
        claim: Claim,
        new_state: str,
        *,
        cause: str,
        moment: datetime,
        only_from: str | None = None,
    ) -> None:
        """The municipality's state change and its history line, as `status.set_state` does."""
        assert new_state in STATES
        old = connection.execute(
            select(MUNICIPALITY.c.state).where(MUNICIPALITY.c.cbs_code == claim.cbs_code)
        ).scalar_one()
        if old == new_state or (only_from is not None and old != only_from):
            return
        log.info("state %s: %s -> %s (%s)", claim.cbs_code, old, new_state, cause)
        connection.execute(
            update(MUNICIPALITY)
            .where(MUNICIPALITY.c.cbs_code == claim.cbs_code)
            .values(state=new_state, updated_at=moment)
        )
        connection.execute(
            insert(EVENTS).values(
                cbs_code=claim.cbs_code,
                old_state=old,
                new_state=new_state,
                cause=cause,
                actor="outreach",
                outgoing_id=claim.row_id,
                at=moment,
            )
        )


__all__ = ["FAILED", "QUEUED", "Claim", "Ledger"]
