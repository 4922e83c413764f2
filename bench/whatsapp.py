"""The WhatsApp path under load beside its floor: simulated users (each waits for its reply before writing
again) post signed webhooks to `kawan run` (one worker, SQLite, every step persisted) and to a bare WhatsApp
echo (starlette + uvicorn + httpx, no store), both real processes answering through the same fake Graph API.

The journey stays within WhatsApp's per-user pace (a burst of five, then one a second: Meta's pair rate), as
the Telegram journey stays within Telegram's, so the figure is the bot's path and not the pacer."""

from __future__ import annotations

import asyncio
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.compare import Figure, figure, rotated, show
from bench.compare import ratio_line as print_ratio
from bench.workers import cpu_seconds
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.chat import SECRET
from tests.factories import ROSTER
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi
from tests.fakes.server import LocalServer
from tests.test_workers import Worker, deliver, phone_client, worker_env

JOURNEY = ("menu", "2", "menu")  # the main menu, the benefits menu, back: every step persisted
USERS = 300
CPU_PER_REPLY: dict[str, list[float]] = {"ours": [], "echo": []}
"""CPU seconds the server process spent per reply, each run (from /proc): what the throughput share is made of."""


class EchoWorker(Worker):
    """The bare echo in place of `kawan run`, started and stopped the same way."""

    async def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bench.whatsapp_echo", env={**self.env, "WEBHOOK_PORT": str(self.port)},
                stdout=asyncio.subprocess.DEVNULL, stderr=log)
        await self.wait_healthy()


async def run_load(folder: Path, echo: bool, users: int = USERS) -> Figure:
    graph = FakeGraphApi()
    rng = random.Random(7)
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        url = f"sqlite:///{folder / 'whatsapp.db'}"
        env = {**worker_env(url, server.url, folder), "WHATSAPP_MESSAGES_PER_SECOND": "100000"}
        worker = (EchoWorker if echo else Worker)(env, folder / ("echo.log" if echo else "kawan.log"))
        await worker.start()
        latencies: list[float] = []
        try:
            async def user(n: int) -> None:
                wa_id = f"62813{n:07d}"
                async with phone_client() as client:  # every phone is its own client
                    for text in JOURNEY:
                        before = len(graph.to(wa_id))
                        start = time.perf_counter()
                        await deliver(client, [worker], meta.text(wa_id, text), rng)
                        await graph.wait_sent(wa_id, before + 1, timeout=120)
                        latencies.append(time.perf_counter() - start)
                        await asyncio.sleep(0)  # a reply of two messages lands before the next step

            await user(9_999)  # warm-up
            latencies.clear()
            assert worker.process is not None
            cpu = cpu_seconds(worker.process.pid)
            start = time.perf_counter()
            await asyncio.gather(*(user(n) for n in range(users)))
            elapsed = time.perf_counter() - start
            CPU_PER_REPLY["echo" if echo else "ours"].append((cpu_seconds(worker.process.pid) - cpu) / len(latencies))
        finally:
            await worker.stop()
    return figure(len(latencies), elapsed, latencies)


async def _store(folder: Path) -> None:
    repo = await SqliteRepository.open(f"sqlite:///{folder / 'whatsapp.db'}", Protector(SECRET))
    async with repo.transaction() as tx:
        await tx.upsert_participants(list(ROSTER))
    await repo.close()


async def measure(rounds: int, users: int = USERS) -> None:
    print(f"WhatsApp path, {users} users × {len(JOURNEY)} messages, each waiting for its reply (fake Graph API), "
          f"median of {rounds} rotated rounds:")

    async def ours() -> Figure:
        with tempfile.TemporaryDirectory() as tmp:
            await _store(Path(tmp))
            return await run_load(Path(tmp), echo=False, users=users)

    async def echo() -> Figure:
        with tempfile.TemporaryDirectory() as tmp:
            return await run_load(Path(tmp), echo=True, users=users)

    runs = await rotated({"ours": ours, "echo": echo}, rounds)
    show("Kawan Kerja, 1 worker, SQLite", runs["ours"], "replies/s")
    show("floor: bare WhatsApp echo (starlette+httpx)", runs["echo"], "replies/s")
    ours_cpu, echo_cpu = (statistics.median(CPU_PER_REPLY[k]) * 1000 for k in ("ours", "echo"))
    print(f"    server CPU per reply: Kawan Kerja {ours_cpu:.2f} ms, echo {echo_cpu:.2f} ms (medians)")
    print_ratio("whatsapp", runs["ours"], runs["echo"], rate_target=0.8, p99_target=1.5,
                floor_name="the echo")


if __name__ == "__main__":
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    asyncio.run(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
