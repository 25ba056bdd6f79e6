"""Releasing memory after a busy pass frees unreachable objects and never fails."""

from __future__ import annotations

import gc
import weakref

from outreach.daemon.memory import release_memory


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_release_collects_cycles_and_returns() -> None:
    gc.disable()
    try:
        first, second = Node(), Node()
        first.other, second.other = second, first  # a cycle only the collector frees
        watch = weakref.ref(first)
        del first, second
        assert watch() is not None
        release_memory()
        assert watch() is None
    finally:
        gc.enable()
