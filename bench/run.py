"""`make bench`: throughput and latency of whole journeys through the engine and SQLite, memory as users
grow, and the 1,000,000-row roster import and look-up. Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import random
import resource
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench import desk, nlu, outreach, telegram, workers
from bot.demo import synthetic_rows, write_roster_csv
from bot.runtime import Runtime
from conversations.model import Event, EventKind
from services.roster import import_roster
from storage.base import InboundRecord
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.chat import SECRET, make_engine

PROTECTOR = Protector(SECRET)


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def open_runtime(folder: Path, roster_size: int) -> tuple[SqliteRepository, Runtime, list]:
    repo = await SqliteRepository.open(f"sqlite:///{folder / f'bench-{uuid.uuid4().hex}.db'}", PROTECTOR)
    rows = list(synthetic_rows(roster_size, seed=7))
    async with repo.transaction() as tx:
        await tx.upsert_participants(rows)
    runtime = Runtime(repo, make_engine())
    runtime.start(timers=False)
    return repo, runtime, rows


def journey(row) -> list[str]:  # type: ignore[no-untyped-def]
    return ["halo", "1", row.nik, row.kpj]


async def concurrent_users(folder: Path, users: int) -> tuple[float, float]:
    repo, runtime, rows = await open_runtime(folder, 1000)
    gc.collect()
    before = rss_mib()

    async def one(user: int) -> None:
        row = rows[user % len(rows)]
        for text in journey(row):
            await runtime.submit(InboundRecord("bench", uuid.uuid4().hex, f"u{user}",
                                               Event(kind=EventKind.TEXT, text=text), runtime.clock()))

    start = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(users)))
    elapsed = time.perf_counter() - start
    grown = rss_mib() - before
    await runtime.stop()
    await repo.close()
    return users * 4 / elapsed, grown


async def one_at_a_time(folder: Path, events: int) -> list[float]:
    repo, runtime, rows = await open_runtime(folder, 1000)
    latencies: list[float] = []
    user = 0
    while len(latencies) < events:
        row = rows[user % len(rows)]
        for text in journey(row):
            record = InboundRecord("bench", uuid.uuid4().hex, f"s{user}", Event(kind=EventKind.TEXT, text=text),
                                   runtime.clock())
            start = time.perf_counter()
            await runtime.submit(record)
            latencies.append(time.perf_counter() - start)
        user += 1
    await runtime.stop()
    await repo.close()
    return latencies


async def roster(folder: Path, count: int, lookups: int) -> tuple[float, float, float, float]:
    csv_path = folder / "roster.csv"
    start = time.perf_counter()
    rows = synthetic_rows(count, seed=11)
    sample: list = []
    def keep(iterator):  # type: ignore[no-untyped-def]
        for index, row in enumerate(iterator):
            if index % max(1, count // lookups) == 0:
                sample.append(row)
            yield row
    write_roster_csv(csv_path, keep(rows))
    generated = time.perf_counter() - start
    repo = await SqliteRepository.open(f"sqlite:///{folder / 'roster.db'}", PROTECTOR)
    start = time.perf_counter()
    report = await import_roster(repo, csv_path)
    imported = time.perf_counter() - start
    assert report.inserted == count, report
    times: list[float] = []
    random.Random(3).shuffle(sample)
    async with repo.transaction() as tx:
        for row in sample[:lookups]:
            t0 = time.perf_counter()
            found = await tx.find_participant(row.nik)
            times.append(time.perf_counter() - t0)
            assert found is not None and found.kpj == row.kpj
    await repo.close()
    return generated, imported, count / imported, pct(times, 0.99)


async def main(args: argparse.Namespace) -> None:
    if args.only in ("desk", "outreach"):
        with tempfile.TemporaryDirectory() as tmp:
            await (desk if args.only == "desk" else outreach).measure(Path(tmp))
        return
    nlu.report()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("Kawan Kerja benchmark (SQLite, one process, every step persisted)")
        for users in args.users:
            throughput, grown = await concurrent_users(folder, users)
            print(f"  {users:>5} users at once, whole status-check journeys: {throughput:8.0f} events/s; "
                  f"RSS grew {grown:6.1f} MiB")
        latencies = await one_at_a_time(folder, args.latency_events)
        print(f"  one event at a time ({len(latencies)} events), arrival → replies committed: "
              f"p50 {statistics.median(latencies) * 1000:.2f} ms, p99 {pct(latencies, 0.99) * 1000:.2f} ms")
        print(f"  peak RSS so far: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        generated, imported, rate, p99 = await roster(folder, args.rows, args.lookups)
        print(f"  roster: {args.rows:,} synthetic rows written in {generated:.1f} s; imported in {imported:.1f} s "
              f"({rate:,.0f} rows/s)")
        print(f"  status look-up on that roster (hash, read, decrypt, mask), p99 of {args.lookups}: "
              f"{p99 * 1000:.3f} ms")
    if args.telegram_users:
        logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)  # the fake's long polls cut at exit
        await telegram.compare(args.telegram_users)
    if args.worker_users:
        await workers.compare(args.worker_users)
    with tempfile.TemporaryDirectory() as tmp:
        await desk.measure(Path(tmp))
    with tempfile.TemporaryDirectory() as tmp:
        await outreach.measure(Path(tmp))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="+", default=[1000, 3000])
    parser.add_argument("--latency-events", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--telegram-users", type=int, default=300, help="0 skips the Telegram comparison")
    parser.add_argument("--worker-users", type=int, default=100, help="0 skips the several-workers comparison")
    parser.add_argument("--only", choices=["desk", "outreach"], help="run one part only")
    asyncio.run(main(parser.parse_args()))
