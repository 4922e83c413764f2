"""`make bench` (or `make bench ONLY=PART`): every path measured beside its own floor in the same run, in
rotated rounds, each part ending with one line `ratio PART: throughput N% of its floor, p99 M× its floor`.
Prints figures; asserts nothing."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from bench import desk, engine, nlu, outreach, roster, telegram, whatsapp, workers
from bench.compare import ROUNDS
from bot import heap

PARTS = ("engine", "import", "lookup", "nlu", "telegram", "whatsapp", "workers", "desk", "outreach")


async def part(name: str, args: argparse.Namespace, folder: Path) -> None:
    runs: dict[str, Callable[[], Awaitable[None]]] = {
        "engine": lambda: engine.measure(folder, args.rounds),
        "import": lambda: _import(folder, args),
        "lookup": lambda: roster.measure_lookup(folder, args.rounds),
        "nlu": lambda: _nlu(args.rounds),
        "telegram": lambda: telegram.compare(args.telegram_users, args.rounds),
        "whatsapp": lambda: whatsapp.measure(args.rounds, args.whatsapp_users),
        "workers": lambda: workers.compare(args.worker_users),
        "desk": lambda: desk.measure(folder),
        "outreach": lambda: outreach.measure(folder),
    }
    await runs[name]()
    print()


async def _import(folder: Path, args: argparse.Namespace) -> None:
    await roster.measure_import(folder, args.rounds)
    await roster.growth(folder, tuple(size for size in (10_000, 100_000, 1_000_000) if size <= args.rows))


async def _nlu(rounds: int) -> None:
    nlu.report()
    nlu.report_public()
    await nlu.compare(rounds)


async def main(args: argparse.Namespace) -> None:
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)  # the fakes' long polls cut at exit
    print(f"Kawan Kerja benchmark: {os.cpu_count()} cores; each figure beside its floor, medians of {args.rounds} "
          "rotated rounds (absolute numbers move 2–3× between runs on a shared machine; ratios do not)\n")
    heap.settle()  # the server's own garbage collection settings, for ours and the floors alike
    for name in [args.only] if args.only else PARTS:
        with tempfile.TemporaryDirectory() as tmp:
            await part(name, args, Path(tmp))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=PARTS, help="run one part only")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--rows", type=int, default=1_000_000, help="largest roster of the import growth")
    parser.add_argument("--telegram-users", type=int, default=300)
    parser.add_argument("--whatsapp-users", type=int, default=300)
    parser.add_argument("--worker-users", type=int, default=100)
    asyncio.run(main(parser.parse_args()))
