"""Slowing down repeated failed logins, per name and per client address."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class LoginThrottle:
    """After `free` failures, each further attempt waits twice as long as the one before.

    Kept in memory: a restart forgets it, which is fine for a console on the local machine.
    """

    base_delay: float = 1.0
    max_delay: float = 30.0
    free: int = 3
    forget_after: float = 900.0
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict)

    def delay(self, *keys: str) -> float:
        """Seconds to wait before checking this attempt."""
        worst = max((self._count(key) for key in keys), default=0)
        if worst < self.free:
            return 0.0
        return float(min(self.max_delay, self.base_delay * 2 ** (worst - self.free)))

    def failed(self, *keys: str) -> None:
        moment = time.monotonic()
        for key in keys:
            self._failures[key] = (self._count(key) + 1, moment)

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self._failures.pop(key, None)

    def _count(self, key: str) -> int:
        count, at = self._failures.get(key, (0, 0.0))
        if count and time.monotonic() - at > self.forget_after:
            self._failures.pop(key, None)
            return 0
        return count
