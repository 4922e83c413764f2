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
from tests.factories import ROSTER
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi
from tests.fakes.server import LocalServer
from tests.postgres import with_search_path
from tests.test_workers import Worker, deliver, phone_client, worker_env

JOURNEY = ("menu", "2", "menu")
"""Within WhatsApp's per-user pace (a burst of five), as in the WhatsApp part: the workers, not the pacer."""
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (its /proc stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS
POSTGRES = os.environ.get("KAWAN_BENCH_POSTGRES_URL") or os.environ.get(
    "KAWAN_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


async def _load(url: str, workers: int, users: int, folder: Path
                ) -> tuple[float, float, float, float, list[float]]:
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
                    for text in JOURNEY:
                        before = len(graph.to(wa_id))
                        start = time.perf_counter()
                        await deliver(client, pool, meta.text(wa_id, text), rng)
                        await graph.wait_sent(wa_id, before + 1, timeout=120)
                        latencies.append(time.perf_counter() - start)

            worker_cpu = [cpu_seconds(w.process.pid) for w in pool if w.process is not None]
            start, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(user(n) for n in range(users)))
            elapsed = time.perf_counter() - start
            busy = (time.process_time() - cpu) / elapsed
            per_event = [(cpu_seconds(w.process.pid) - was) / len(latencies)
                         for w, was in zip(pool, worker_cpu, strict=True) if w.process is not None]
        finally:
            await asyncio.gather(*(w.stop() for w in pool))
    latencies.sort()
    return (len(latencies) / elapsed, statistics.median(latencies), latencies[int(0.99 * (len(latencies) - 1))],
            busy, per_event)


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
    rows: list[tuple[str, tuple[float, float, float, float, list[float]]]] = []
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
    for name, (rate, p50, p99, busy, per_event) in rows:
        cpu = " + ".join(f"{c * 1000:.2f}" for c in per_event)
        print(f"  {name:<24} {rate:7.0f} events/s   p50 {p50 * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms"
              f"   (load generator {busy:.0%} of a core; worker CPU per event {cpu} = "
              f"{sum(per_event) * 1000:.2f} ms)")
    print(f"  (this machine: {os.cpu_count()} cores shared by the workers, PostgreSQL and the load generator; the "
          "CPU per event of the workers together is what a bigger machine divides among its cores)")
    if rows:  # the floor of several workers is one worker on the same store
        base_name, base = next((r for r in rows if r[0].startswith("PostgreSQL, 1")), rows[0])
        print(f"ratio workers: throughput {rows[-1][1][0] / base[0]:.0%} of its floor, p99 "
              f"{rows[-1][1][2] / base[2]:.2f}× its floor   ({rows[-1][0]} against {base_name}; no scaling "
              "expected on 2 cores)")


if __name__ == "__main__":
    asyncio.run(compare(int(sys.argv[1]) if len(sys.argv) > 1 else 100))
