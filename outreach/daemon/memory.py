"""Handing memory back to the system after a busy pass, so a daemon that runs for weeks stays small.

Python frees what a pass no longer needs (parsed replies, composed letters, query results),
but glibc's allocator keeps the freed pages for later unless asked to return them; over a
campaign that is tens of MiB of a resident size nobody uses. `malloc_trim` exists only in
glibc: elsewhere (musl, macOS) releasing is just a garbage collection.
"""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable
from functools import cache


def release_memory() -> None:
    """Collect garbage, then return free heap pages to the system where the allocator can."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(None)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]  # type: ignore[attr-defined]
    trim.restype = ctypes.c_int  # type: ignore[attr-defined]
    return trim
