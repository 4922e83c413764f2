"""Several workers: events per second and p99 through WhatsApp webhooks, with 1, 2 and 3 `kawan run`
processes on one PostgreSQL, next to one process on SQLite, in the same run.

Each simulated user sends a message to a worker chosen at random and waits for the reply at the fake
Graph API before sending the next, through whole status checks; every step is persisted."""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg

from storage.crypto import Protector
from storage.postgres import PostgresRepository
from storage.sqlite import SqliteRepository
from tests.chat import SECRET
from tests.factories import ACTIVE, ROSTER
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi
from tests.fakes.server import LocalServer
from tests.postgres import with_search_path
from tests.test_workers import Worker, deliver, phone_client, worker_env

JOURNEY = ("halo", "1", ACTIVE.nik, ACTIVE.kpj, "3")
POSTGRES = os.environ.get("KAWAN_BENCH_POSTGRES_URL") or os.environ.get(
    "KAWAN_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


async def _load(url: str, workers: int, users: int, folder: Path) -> tuple[float, float, float, float]:
    graph = FakeGraphApi()
    rng = random.Random(7)
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        # The fake has no throughput limit; Meta's 80/s would measure the pacer, not the workers.
        env = {**worker_env(url, server.url, folder), "WHATSAPP_MESSAGES_PER_SECOND": "100000"}
        pool = [Worker(env, folder / f"w{n}.log") for n in range(workers)]
        await asyncio.gather(*(w.start() for w in pool))
        latencies: list[float] = []
        try:
            async def user(n: int) -> None:
                wa_id = f"62813{n:07d}"
                # A client per user, as every phone is its own: one shared pool of hundreds of connections
                # costs httpcore time that grows with their square, and the generator would measure itself.
                async with phone_client() as client:
                    for step, text in enumerate(JOURNEY, start=1):
                        start = time.perf_counter()
                        await deliver(client, pool, meta.text(wa_id, text), rng)
                        await graph.wait_sent(wa_id, step, timeout=120)
                        latencies.append(time.perf_counter() - start)

            start, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(user(n) for n in range(users)))
            elapsed = time.perf_counter() - start
            busy = (time.process_time() - cpu) / elapsed
        finally:
            await asyncio.gather(*(w.stop() for w in pool))
    latencies.sort()
    return (len(latencies) / elapsed, statistics.median(latencies), latencies[int(0.99 * (len(latencies) - 1))],
            busy)


async def _postgres_schema() -> tuple[str, str] | None:
    try:
        admin = await asyncpg.connect(POSTGRES, timeout=5)
    except (OSError, asyncpg.PostgresError):
        return None
    schema = f"kawan_bench_{uuid.uuid4().hex[:8]}"
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    await admin.close()
    url = with_search_path(POSTGRES, schema)
    repo = await PostgresRepository.open(url, Protector(SECRET))
    async with repo.transaction() as tx:
        await tx.upsert_participants(list(ROSTER))
    await repo.close()
    return url, schema


async def _drop(schema: str) -> None:
    admin = await asyncpg.connect(POSTGRES)
    await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    await admin.close()


async def compare(users: int = 100) -> None:
    print(f"Several workers: {users} WhatsApp users × {len(JOURNEY)} messages, each waiting for its reply, "
          "webhooks to a random worker:")
    rows: list[tuple[str, tuple[float, float, float, float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sqlite_url = f"sqlite:///{folder / 'bench.db'}"
        repo = await SqliteRepository.open(sqlite_url, Protector(SECRET))
        async with repo.transaction() as tx:
            await tx.upsert_participants(list(ROSTER))
        await repo.close()
        rows.append(("SQLite, 1 worker", await _load(sqlite_url, 1, users, folder / "sqlite")))
        for workers in (1, 2, 3):
            made = await _postgres_schema()
            if made is None:
                print(f"  PostgreSQL at {POSTGRES} unreachable: skipped (set KAWAN_BENCH_POSTGRES_URL)")
                break
            url, schema = made
            try:
                rows.append((f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}",
                             await _load(url, workers, users, folder / f"pg{workers}")))
            finally:
                await _drop(schema)
    for name, (rate, p50, p99, busy) in rows:
        print(f"  {name:<24} {rate:7.0f} events/s   p50 {p50 * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms"
              f"   (load generator {busy:.0%} of a core)")
    print(f"  (this machine: {os.cpu_count()} cores shared by the workers, PostgreSQL and the load generator)")


if __name__ == "__main__":
    asyncio.run(compare(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
