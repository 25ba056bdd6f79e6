"""The bookkeeping around each send, in as few and as cheap transactions as the guarantee allows.

The guarantee: a letter's row is committed as `sending` before its SMTP conversation starts, so
a crash can never lead to a silent second copy. What comes after a send (`sent`, `failed`) may
wait for the next letter's claim and share its commit: a crash in between leaves that letter in
`sending`, which is settled by the Sent-folder check, never by sending it again blindly. A run
calls `flush()` when it ends, however it ends.

Written as plain SQL statements, compiled once, on one connection per commit: the ORM's unit
of work cost more than rendering and sending a letter together. The columns are those of
`store.models`; the sending tests read the rows back through the models.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, DateTime, Engine, TextClause, bindparam, text

from outreach.compose.letter import Letter, is_letter_step
from outreach.status import FAILED, PENDING, SENDING, SENT, STATES
from outreach.store.models import now

log = logging.getLogger(__name__)
QUEUED = "queued"


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
            _FIND, {"cbs_code": letter.cbs_code, "step": letter.step}
        ).scalar()
        values = {
            "to_address": letter.to_address,
            "subject": letter.subject,
            "moment": moment,
        }
        if existing is None:
            result = connection.execute(
                _INSERT,
                {
                    "cbs_code": letter.cbs_code,
                    "step": letter.step,
                    "message_id": letter.message_id,
                    **values,
                },
            )
            row_id = int(result.lastrowid)
        else:
            row_id = int(existing)
            connection.execute(_RECLAIM, {"id": row_id, **values})
        claim = Claim(row_id, letter.cbs_code, letter.step)
        if is_letter_step(letter.step):
            self._move(connection, claim, SENDING, cause="sending the letter", moment=moment)
        return claim

    def _finish(self, connection: Connection, outcome: _Outcome) -> None:
        moment = self.clock()
        connection.execute(
            _FINISH,
            {
                "id": outcome.claim.row_id,
                "state": outcome.state,
                "reply": outcome.reply[:1000],
                "moment": moment,
                "sent_at": moment if outcome.state == SENT else None,
            },
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

    def _release(self, connection: Connection, outcome: _Outcome) -> None:
        moment = self.clock()
        connection.execute(
            _RELEASE,
            {
                "id": outcome.claim.row_id,
                "not_before": moment + outcome.retry_after if outcome.retry_after else None,
                "reply": outcome.reply[:1000],
                "moment": moment,
            },
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
        old = connection.execute(_STATE, {"cbs_code": claim.cbs_code}).scalar_one()
        if old == new_state or (only_from is not None and old != only_from):
            return
        log.info("state %s: %s -> %s (%s)", claim.cbs_code, old, new_state, cause)
        connection.execute(
            _SET_STATE, {"cbs_code": claim.cbs_code, "state": new_state, "moment": moment}
        )
        connection.execute(
            _EVENT,
            {
                "cbs_code": claim.cbs_code,
                "old": old,
                "new": new_state,
                "cause": cause,
                "outgoing_id": claim.row_id,
                "moment": moment,
            },
        )


def _sql(statement: str, *times: str) -> TextClause:
    """A statement compiled once; `times` are parameters stored the way the models store them."""
    return text(statement).bindparams(*(bindparam(name, type_=DateTime) for name in times))


_FIND = _sql("SELECT id FROM outgoing_message WHERE cbs_code = :cbs_code AND step = :step")
_INSERT = _sql(
    "INSERT INTO outgoing_message (cbs_code, step, state, message_id, to_address, subject,"
    " attempts, dry_run, created_at, updated_at) VALUES (:cbs_code, :step, 'sending',"
    " :message_id, :to_address, :subject, 1, 0, :moment, :moment)",
    "moment",
)
_RECLAIM = _sql(
    "UPDATE outgoing_message SET state = 'sending', attempts = attempts + 1,"
    " to_address = :to_address, subject = :subject, updated_at = :moment WHERE id = :id",
    "moment",
)
_FINISH = _sql(
    "UPDATE outgoing_message SET state = :state, last_reply = :reply, updated_at = :moment,"
    " sent_at = coalesce(:sent_at, sent_at) WHERE id = :id",
    "moment",
    "sent_at",
)
_RELEASE = _sql(
    "UPDATE outgoing_message SET state = 'queued', not_before = :not_before,"
    " last_reply = :reply, updated_at = :moment WHERE id = :id",
    "moment",
    "not_before",
)
_STATE = _sql("SELECT state FROM municipality WHERE cbs_code = :cbs_code")
_SET_STATE = _sql(
    "UPDATE municipality SET state = :state, updated_at = :moment WHERE cbs_code = :cbs_code",
    "moment",
)
_EVENT = _sql(
    "INSERT INTO status_event (cbs_code, old_state, new_state, cause, actor, outgoing_id, at)"
    " VALUES (:cbs_code, :old, :new, :cause, 'outreach', :outgoing_id, :moment)",
    "moment",
)


__all__ = ["FAILED", "QUEUED", "Claim", "Ledger"]
