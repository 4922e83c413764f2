"""Token buckets that keep sending within a platform's limits: one for the whole bot, one per chat."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from bot.channels.base import Limits


class TokenBucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = now

    def wait_time(self, now: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1


class Pacer:
    """`await pacer.slot(chat)` returns when one more message to `chat` stays within the limits."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self._limits = limits
        self._clock = clock
        # A tenth of a second of burst: no second-long window goes over the pace by more than a tenth (a
        # second-long burst would let a broadcast start at twice the platform's limit).
        self._overall = TokenBucket(limits.per_second, max(1.0, limits.per_second / 10), clock())
        self._chats: dict[str, TokenBucket] = {}
        self._lock = asyncio.Lock()

    async def slot(self, chat: str) -> None:
        """The dispatcher sends one chat's messages one after another, so only the overall bucket is shared."""
        bucket = self._chats.get(chat)
        if bucket is None:
            if len(self._chats) > 10_000:
                self._forget_idle(self._clock())
            bucket = self._chats[chat] = TokenBucket(
                self._limits.per_chat_per_second, self._limits.per_chat_burst, self._clock())
        while (wait := bucket.wait_time(self._clock())) > 0:
            await asyncio.sleep(wait)
        bucket.take()
        async with self._lock:
            while (wait := self._overall.wait_time(self._clock())) > 0:
                await asyncio.sleep(wait)
            self._overall.take()

    def _forget_idle(self, now: float) -> None:
        for chat in [c for c, b in self._chats.items() if b.wait_time(now) == 0 and b.tokens >= b.capacity]:
            del self._chats[chat]
