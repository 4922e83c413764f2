"""The SQLite store runs its statements on the event loop's thread: another process holding the write lock
(a CLI import beside the bot) must not freeze the loop, and a lock held too long is a clear error."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from storage import sqlite as sqlite_store
from storage import sqlite_connection
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.chat import SECRET

NOW = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)


async def _open(tmp_path: Path) -> tuple[SqliteRepository, sqlite3.Connection]:
    path = tmp_path / "kawan.db"
    repo = await SqliteRepository.open(f"sqlite:///{path}", Protector(SECRET))
    other = sqlite3.connect(path, isolation_level=None)  # "another process": its own connection
    return repo, other


class LoopTurns:
    """Counts the turns another task gets while the code under test runs."""

    def __init__(self, pause: float) -> None:
        self.count = 0
        self._task = asyncio.create_task(self._tick(pause))

    async def _tick(self, pause: float) -> None:
        while True:
            self.count += 1
            await asyncio.sleep(pause)

    def stop(self) -> int:
        self._task.cancel()
        return self.count


async def test_waiting_for_another_writer_keeps_the_loop_running(tmp_path: Path) -> None:
    repo, other = await _open(tmp_path)
    other.execute("BEGIN IMMEDIATE")

    async def release_later() -> None:
        await asyncio.sleep(0.3)
        other.execute("COMMIT")

    ticks = LoopTurns(0.01)
    releasing = asyncio.create_task(release_later())
    async with repo.transaction() as tx:
        await tx.append_audit("test", "waited", "-", {}, NOW)
    await releasing
    assert ticks.stop() >= 10, "the loop stood still while the write lock was held elsewhere"
    async with repo.transaction() as tx:
        assert [e.action for e in await tx.audit_entries()] == ["waited"]
    other.close()
    await repo.close()


async def test_a_lock_held_too_long_is_an_error_not_a_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_connection, "LOCK_WAIT", 0.2)
    repo, other = await _open(tmp_path)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        async with repo.transaction():
            pass
    other.execute("COMMIT")
    async with repo.transaction() as tx:  # and the store works again at once
        await tx.append_audit("test", "after", "-", {}, NOW)
    other.close()
    await repo.close()


async def test_a_long_run_of_statements_gives_the_loop_turns(tmp_path: Path) -> None:
    repo, other = await _open(tmp_path)
    other.close()
    turns = LoopTurns(0)
    await asyncio.sleep(0)
    turns.count = 0
    async with repo.transaction() as tx:
        for n in range(3000):
            await tx.append_audit("test", "many", str(n), {}, NOW)
    assert turns.stop() > 0, "thousands of inline statements never let another task run"
    await repo.close()


def _log_restarts(path: Path) -> int:
    """The write-ahead log header's checkpoint sequence number: one more each time the log starts again."""
    with open(f"{path}-wal", "rb") as wal:
        return int.from_bytes(wal.read(16)[12:16], "big")


async def test_under_steady_writes_the_write_ahead_log_starts_again(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy writer never left the checkpointing thread a moment with every frame copied, so the log grew
    as long as writes went on (300 MB for 6,000 events one at a time)."""
    monkeypatch.setattr(sqlite_store, "CHECKPOINT_EVERY", 0.02)
    repo, other = await _open(tmp_path)
    other.close()
    async with repo.transaction() as tx:
        await tx.append_audit("test", "first", "-", {}, NOW)
    before = _log_restarts(tmp_path / "kawan.db")
    loop = asyncio.get_running_loop()
    until = loop.time() + 0.5
    commits = 0
    while loop.time() < until:  # back to back, as the runtime's drain under load: one loop turn between two
        async with repo.transaction() as tx:
            await tx.append_audit("test", "steady", str(commits), {}, NOW)
        commits += 1
        await asyncio.sleep(0)
    restarts = _log_restarts(tmp_path / "kawan.db") - before
    assert restarts >= 2, f"the log never started again during {commits} back-to-back commits"
    async with repo.transaction() as tx:
        assert len(await tx.audit_entries(limit=100_000)) == commits + 1
    await repo.close()
