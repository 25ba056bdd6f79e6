"""Handing memory back to the system after a busy pass, so a daemon that runs for weeks stays small.

Python frees what a pass no longer needs (parsed replies, composed letters, query results),
but glibc's allocator keeps the freed pages for later unless asked to return them; over a
campaign that is tens of MiB of a resident size nobody uses. `malloc_trim` exists only in
glibc: elsewhere (musl, macOS) releasing is just a garbage collection.
"""

from __future__ import annotations

import ctypes
import gc
import re
from collections.abc import Callable
from functools import cache

# glibc's mallopt parameter for the number of malloc arenas (malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8


def release_memory() -> None:
    """Collect garbage, then return free heap pages to the system where the allocator can."""
    # The re module keeps the last 512 patterns compiled on the fly; the classifier's own
    # patterns are compiled once at import and stay, the rest are cheap to compile again.
    re.purge()
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def share_one_arena() -> None:
    """Let the daemon's worker threads allocate from the main thread's heap.

    glibc gives each thread that allocates its own arena (up to eight per core), and each
    arena keeps its freed pages apart, beyond what `malloc_trim` of the main heap reaches.
    The daemon's threads only wait on IMAP, so contention on one arena costs nothing.
    Elsewhere (musl, macOS) there is nothing to set.
    """
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None) if libc is not None else None
    if mallopt is None:
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    mallopt(_M_ARENA_MAX, 1)


@cache
def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    libc = _libc()
    try:
        trim: Callable[[int], int] = libc.malloc_trim  # type: ignore[union-attr]
    except AttributeError:  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]  # type: ignore[attr-defined]
    trim.restype = ctypes.c_int  # type: ignore[attr-defined]
    return trim
