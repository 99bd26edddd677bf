"""``serve --auth USER:PASS``: the password check Gradio's login page calls, with a lockout.

After ``free`` wrong attempts a name is locked for ``base`` seconds, doubling with every further
failure up to ``longest``; while locked every attempt fails without the password being looked at,
so guessing gets no faster by sending more. Gradio hands the check only the name and password,
not the caller's address, so attempts are counted per name: the configured user's, and one
shared count for every other name (which can never succeed anyway). A success clears the count.
"""
from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

_OTHER = "\0other names"  # never a name a login form sends


@dataclass
class LoginGuard:
    user: str
    password: str = field(repr=False)
    free: int = 3
    base: float = 2.0
    longest: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self):
        if not self.user or not self.password:
            raise ValueError("a login needs a user name and a password")

    def locked_for(self, name: str) -> float:
        """Seconds until ``name`` may try again (0 when it may now)."""
        with self._lock:
            _, until = self._failures.get(self._key(name), (0, 0.0))
            return max(0.0, until - self.clock())

    def __call__(self, name: str, password: str) -> bool:
        key = self._key(name)
        with self._lock:
            now = self.clock()
            failures, until = self._failures.get(key, (0, 0.0))
            if now < until:
                return False
            if key != _OTHER and hmac.compare_digest(password.encode("utf-8", "surrogatepass"),
                                                     self.password.encode("utf-8", "surrogatepass")):
                self._failures.pop(key, None)
                return True
            failures += 1
            wait = 0.0 if failures < self.free else min(self.longest, self.base * 2 ** (failures - self.free))
            self._failures[key] = (failures, now + wait)
            return False

    def _key(self, name: str) -> str:
        return name if hmac.compare_digest(name.encode("utf-8", "surrogatepass"),
                                           self.user.encode("utf-8", "surrogatepass")) else _OTHER
