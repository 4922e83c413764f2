"""The Telegram path under load: simulated users (each waits for the reply before writing again) through a
fake Bot API over HTTP, our bot next to a bare python-telegram-bot echo bot, both as real processes."""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.compare import ROUNDS, Figure, rotated, show
from bench.compare import ratio_line as print_ratio
from tests.channels import free_port
from tests.chat import SECRET
from tests.fakes.server import LocalServer
from tests.fakes.telegram_api import TOKEN, FakeBotApi

JOURNEY = ("menu", "2", "menu")  # the main menu, the benefits menu, back: every step persisted


async def run_load(command: list[str], extra_env: dict[str, str], users: int) -> tuple[float, float, float]:
    api = FakeBotApi()
    async with LocalServer(api.app()) as server:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": f"{server.url}/bot",
               "TELEGRAM_API_BASE_FILE_URL": f"{server.url}/file/bot", **extra_env}
        process = await asyncio.create_subprocess_exec(*command, env=env, stdout=asyncio.subprocess.DEVNULL,
                                                       stderr=asyncio.subprocess.DEVNULL)
        try:
            await api.user_sends(1, "menu")  # warm-up: the bot is up and polling
            await api.wait_sent(1, 1, timeout=60)
            latencies: list[float] = []

            async def user(chat: int) -> None:
                for step, text in enumerate(JOURNEY, start=1):
                    start = time.perf_counter()
                    await api.user_sends(chat, text)
                    await api.wait_sent(chat, step, timeout=120)
                    latencies.append(time.perf_counter() - start)

            start = time.perf_counter()
            await asyncio.gather(*(user(10_000 + n) for n in range(users)))
            elapsed = time.perf_counter() - start
        finally:
            process.terminate()
            await process.wait()
    latencies.sort()
    return len(latencies) / elapsed, statistics.median(latencies), latencies[int(0.99 * (len(latencies) - 1))]


async def compare(users: int, rounds: int = ROUNDS) -> None:
    """Each bot runs `rounds` times in rotated order and the medians are compared: on a shared two-core
    machine one run of either bot varies by ±30 % (CPU time per message too, not only wall time)."""

    async def ours() -> Figure:
        with tempfile.TemporaryDirectory() as folder:
            return Figure(*await run_load(
                [sys.executable, "-m", "bot.cli", "run"],
                {"KAWAN_DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.db'}", "KAWAN_SECRET_KEY": SECRET,
                 "KAWAN_LOG_LEVEL": "WARNING", "WEBHOOK_HOST": "127.0.0.1", "WEBHOOK_PORT": str(free_port()),
                 # The fake has no flood limit; Telegram's 30/s would measure the pacer, not the bot.
                 "TELEGRAM_MESSAGES_PER_SECOND": "100000"},
                users))

    async def echo() -> Figure:
        return Figure(*await run_load([sys.executable, "-m", "bench.echo_bot"], {}, users))

    print(f"Telegram path, {users} users × {len(JOURNEY)} messages, each waiting for its reply (fake Bot API), "
          f"median of {rounds} rotated rounds:")
    runs = await rotated({"ours": ours, "echo": echo}, rounds)
    show("Kawan Kerja (every step persisted)", runs["ours"], "replies/s")
    show("floor: bare PTB echo bot", runs["echo"], "replies/s")
    print_ratio("telegram", runs["ours"], runs["echo"], rate_target=0.9, p99_target=1.3, floor_name="the echo")


if __name__ == "__main__":
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)  # the fake's long polls cut at exit
    asyncio.run(compare(int(sys.argv[1]) if len(sys.argv) > 1 else 300, 1))
