"""Sends in flight on lanes, each a client holding one keep-alive connection, instead of one shared pool.

httpcore's pool walks all its connections for every queued request several times over, so its bookkeeping
grows with the square of the connections: with 8–16 sends in flight it was a third of a worker's CPU under
load, more than the engine and the store together. A lane is taken for one request and handed back."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any, Generic, TypeVar

import certifi
from telegram.error import TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

SHARED_TLS = ssl.create_default_context(cafile=certifi.where())
"""One TLS context for every lane: building one costs ~30 ms of CPU (the CA bundle)."""
C = TypeVar("C")


class Lanes(Generic[C]):
    """Clients each taken for one request and handed back; a request waits for a free one."""

    def __init__(self, clients: Iterable[C]) -> None:
        self.all = list(clients)
        self._free: asyncio.Queue[C] | None = None

    @asynccontextmanager
    async def take(self, timeout: float | None = None) -> AsyncIterator[C]:
        """TimeoutError when none is free in `timeout` seconds."""
        if self._free is None:
            self._free = asyncio.Queue()
            for client in self.all:
                self._free.put_nowait(client)
        async with asyncio.timeout(timeout):  # not wait_for: it can swallow a cancellation on 3.11
            lane = await self._free.get()
        try:
            yield lane
        finally:
            self._free.put_nowait(lane)


class LaneRequest(BaseRequest):
    """python-telegram-bot's request interface over `count` one-connection HTTPXRequests."""

    def __init__(self, count: int, *, pool_timeout: float = 10.0, **options: Any) -> None:
        self._lanes = Lanes(HTTPXRequest(connection_pool_size=1, pool_timeout=pool_timeout,
                                         httpx_kwargs={"verify": SHARED_TLS}, **options) for _ in range(count))
        self._pool_timeout = pool_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._lanes.all[0].read_timeout

    async def initialize(self) -> None:
        for lane in self._lanes.all:
            await lane.initialize()  # each is initialised once, however often this is called

    async def shutdown(self) -> None:
        for lane in self._lanes.all:
            await lane.shutdown()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        wait = pool_timeout if isinstance(pool_timeout, (int, float)) else self._pool_timeout
        try:
            async with self._lanes.take(wait) as lane:
                return await lane.do_request(url, method, request_data, read_timeout, write_timeout,
                                             connect_timeout, pool_timeout)
        except TimeoutError:
            raise TimedOut("Pool timeout: all lanes are busy") from None
