"""What a daemon loop says when one pass fails, before it waits and tries again.

A full disk is said in one line: it is the operator's to fix, and a traceback would only bury
the advice. Anything unexpected keeps its traceback for whoever looks into it.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine

from outreach.daemon import state
from outreach.errors import disk_full

log = logging.getLogger(__name__)

DISK_FULL = (
    "the disk is full: free some space; the daemon tries again by itself "
    "(what was saved before stays saved)"
)


def report_loop_error(engine: Engine, part: str, exc: BaseException) -> None:
    """Log a failed pass of `part` ("sending", "inbox") and keep it as the last error."""
    full = disk_full(exc)
    if full:
        log.error("%s: %s", part, DISK_FULL)
    else:
        log.exception("%s: an unexpected error, trying again later", part, exc_info=exc)
    try:
        state.record_error(engine, f"{part}: {DISK_FULL if full else exc}")
    except Exception as again:
        # With the disk full the store cannot take the note either; the log line has it.
        if not disk_full(again):
            raise
