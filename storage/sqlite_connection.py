"""One SQLite connection used from the event loop's own thread.

aiosqlite sends every statement to a thread and back: two thread switches and a wake-up of the loop, about
ten times what a primary-key select or a one-row insert costs here (WAL, synchronous = NORMAL). Our
statements are that small, so they run inline; what can be long goes to a thread — big `executemany`
batches (a roster import's), scripts (migrations), backups — and a long run of inline statements yields to
the loop every few milliseconds so webhooks are still answered. Waiting for another process's write lock
(a CLI import next to the bot) is an asynchronous retry, never a blocked loop.

Every use happens under the repository's transaction lock, so the connection is never used by two
threads at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

SLICE = 0.004
"""Seconds of inline statements before the loop gets a turn."""
BIG_BATCH = 5000
"""An `executemany` with more rows than this runs in a thread: a roster import's chunks (10,000 rows and more).
A batch of the drain (a thousand events' conversations, replies, timers) runs inline: handed to a thread and
back, the same rows took a third longer all told (bench/engine.py, users at once), while the loop had nothing
else to do but wait for it."""
LOCK_WAIT = 5.0
"""Seconds to wait for another process's write transaction before giving up (as busy_timeout did)."""


class InlineConnection:
    """The part of aiosqlite's connection interface the shared SQL uses (storage.sql.Sql), inline."""

    __slots__ = ("_db", "_since")

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._since = time.perf_counter()

    @classmethod
    async def connect(cls, path: str) -> InlineConnection:
        """Busy timeout 0: a statement never waits inline for a lock (see begin_immediate, execute_patiently)."""
        db = await asyncio.to_thread(sqlite3.connect, path, isolation_level=None, check_same_thread=False,
                                     timeout=0)
        return cls(db)

    @property
    def in_transaction(self) -> bool:
        return self._db.in_transaction

    async def _breathe(self) -> None:
        if time.perf_counter() - self._since > SLICE:
            await asyncio.sleep(0)
            self._since = time.perf_counter()

    async def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> sqlite3.Cursor:
        cursor = self._db.execute(sql, parameters)
        await self._breathe()
        return cursor

    async def execute_fetchall(self, sql: str, parameters: Sequence[Any] = (), /) -> list[Any]:
        rows = self._db.execute(sql, parameters).fetchall()
        await self._breathe()
        return rows

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> sqlite3.Cursor:
        rows = parameters if isinstance(parameters, list) else list(parameters)
        if len(rows) > BIG_BATCH:
            return await asyncio.to_thread(self._db.executemany, sql, rows)
        cursor = self._db.executemany(sql, rows)
        await self._breathe()
        return cursor

    async def executescript(self, script: str, /) -> None:
        await asyncio.to_thread(self._patiently, lambda: self._db.executescript(script))

    async def execute_patiently(self, sql: str, parameters: Sequence[Any] = (), /) -> list[Any]:
        """A statement outside the serving path (opening, closing) that may wait for another process's lock:
        in a thread, with a busy timeout."""
        return await asyncio.to_thread(self._patiently, lambda: self._db.execute(sql, parameters).fetchall())

    def _patiently(self, work: Callable[[], T]) -> T:
        self._db.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT * 1000)}")
        try:
            return work()
        finally:
            self._db.execute("PRAGMA busy_timeout = 0")

    async def begin_immediate(self) -> None:
        """Take the write lock; while another process holds it, retry without blocking the loop."""
        deadline = time.perf_counter() + LOCK_WAIT
        pause = 0.001
        while True:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._since = time.perf_counter()
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise
                if time.perf_counter() >= deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.05)

    async def backup(self, target: str) -> None:
        def copy() -> None:
            with contextlib.closing(sqlite3.connect(target)) as copy:
                self._db.backup(copy)

        await asyncio.to_thread(self._patiently, copy)

    async def close(self) -> None:
        await asyncio.to_thread(self._db.close)
