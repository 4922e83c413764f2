"""Several `kawan run` workers on one PostgreSQL: webhooks delivered to them at random, duplicated, with a
worker killed and restarted in the middle, end exactly as one worker would have ended them. And of the
workers polling Telegram, one polls; when it dies, another takes over."""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import ssl
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from storage.base import UserKey
from storage.crypto import Protector
from storage.postgres import PostgresRepository
from tests.channels import free_port
from tests.chat import SECRET
from tests.factories import ACTIVE, ROSTER, VETERAN
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi, body_of
from tests.fakes.server import LocalServer
from tests.fakes.telegram_api import TOKEN, FakeBotApi
from tests.postgres import fresh_schema

STATUS_CHECK = ("halo", "1", ACTIVE.nik, ACTIVE.kpj, "3")
DEATH_CLAIM = ("5", VETERAN.nik, "kemarin", "1", "1", "1", "1")
"""To the stored draft claim and its checklist: a claim row per user."""
USERS = [f"6281200000{n:03d}" for n in range(12)]
REFERENCE = re.compile(r"JK[KM]-\d{4}-\d{6}")


def journey(user: str) -> tuple[str, ...]:
    return DEATH_CLAIM if int(user[-3:]) % 2 else STATUS_CHECK


SHARED_TLS = ssl.create_default_context()
"""One TLS context for every simulated phone's client: building one per client costs ~30 ms of CPU (the CA
bundle), and hundreds of phones would measure the load generator instead of the workers."""


def phone_client(timeout: float = 30) -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=timeout, verify=SHARED_TLS)


@dataclass
class Worker:
    env: dict[str, str]
    log: Path
    """Where its stderr goes: read it when a test fails."""
    port: int = field(default_factory=free_port)
    process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", env={**self.env, "WEBHOOK_PORT": str(self.port)},
                stdout=asyncio.subprocess.DEVNULL, stderr=log)
        await self.wait_healthy()

    async def wait_healthy(self) -> None:
        async with httpx.AsyncClient() as client:
            for _ in range(300):
                try:
                    if (await client.get(f"http://127.0.0.1:{self.port}/healthz")).status_code == 200:
                        return
                except httpx.TransportError:
                    await asyncio.sleep(0.05)
        raise AssertionError("a worker did not come up")

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(self.process.wait(), 15)


@asynccontextmanager
async def database() -> AsyncIterator[str]:
    async with fresh_schema() as url:
        repo = await PostgresRepository.open(url, Protector(SECRET))
        async with repo.transaction() as tx:
            await tx.upsert_participants(list(ROSTER))
        await repo.close()
        yield url


def worker_env(url: str, graph_url: str, tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "KAWAN_DATABASE_URL": url, "KAWAN_SECRET_KEY": SECRET, "KAWAN_LOG_LEVEL": "WARNING",
            "KAWAN_MEDIA_DIR": str(tmp_path / "media"), "WEBHOOK_HOST": "127.0.0.1",
            "WHATSAPP_ACCESS_TOKEN": meta.ACCESS_TOKEN, "WHATSAPP_PHONE_NUMBER_ID": meta.PHONE_NUMBER_ID,
            "WHATSAPP_APP_SECRET": meta.APP_SECRET, "WHATSAPP_VERIFY_TOKEN": meta.VERIFY_TOKEN,
            "WHATSAPP_API_BASE_URL": graph_url, "TELEGRAM_BOT_TOKEN": ""}


async def deliver(client: httpx.AsyncClient, workers: list[Worker], payload: dict[str, Any],
                  rng: random.Random) -> None:
    """As Meta does: to any worker; a refused or failed delivery is tried again (at another)."""
    raw, headers = meta.signed(payload)
    for _attempt in range(50):
        worker = rng.choice(workers)
        try:
            response = await client.post(f"http://127.0.0.1:{worker.port}/webhook/whatsapp", content=raw,
                                         headers=headers)
            if response.status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError("no worker took the webhook")


async def run_journeys(url: str, tmp_path: Path, *, workers: int, chaos: bool) -> dict[str, Any]:
    """Every user's journey; returns what each user saw and what the database holds at the end."""
    rng = random.Random(20261123)
    graph = FakeGraphApi()
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        env = worker_env(url, server.url, tmp_path)
        pool = [Worker(env, tmp_path / f"worker-{n}.log") for n in range(workers)]
        await asyncio.gather(*(w.start() for w in pool))
        sent_count = 0
        try:
            async with phone_client(timeout=10) as client:
                async def user_journey(user: str) -> None:
                    nonlocal sent_count
                    for text in journey(user):
                        payload = meta.text(user, text)
                        await deliver(client, pool, payload, rng)
                        if chaos and rng.random() < 0.3:
                            await deliver(client, pool, payload, rng)  # the same message id, again
                        sent_count += 1
                        await asyncio.sleep(rng.random() * 0.05)

                async def killer() -> None:
                    total = sum(len(journey(u)) for u in USERS)
                    while sent_count < total // 3:
                        await asyncio.sleep(0.01)
                    await pool[0].kill()
                    while sent_count < 2 * total // 3:
                        await asyncio.sleep(0.01)
                    await pool[0].start()

                await asyncio.gather(*(user_journey(u) for u in USERS), *([killer()] if chaos else []))
            expected = {u: 1 + len(journey(u)) for u in USERS}  # roughly: each step answers at least once
            for user in USERS:
                await graph.wait_sent(user, expected[user] - 1, timeout=60)
            await _settled(url)
        finally:
            await asyncio.gather(*(w.stop() for w in pool))
    seen = {u: _dedupe([REFERENCE.sub("REF", body_of(m)) for m in graph.to(u)]) for u in USERS}
    return {"seen": seen, **(await _stored(url))}


async def _settled(url: str) -> None:
    """Until nothing is pending: every event processed, every message sent."""
    repo = await PostgresRepository.open(url, Protector(SECRET), migrate=False)
    try:
        for _ in range(600):
            async with repo.transaction() as tx:
                waiting = await tx._db.raw.fetchval(  # type: ignore[attr-defined]
                    "SELECT (SELECT count(*) FROM inbound_event WHERE processed_at IS NULL)"
                    " + (SELECT count(*) FROM outbox WHERE status = 'pending')")
            if waiting == 0:
                return
            await asyncio.sleep(0.1)
        raise AssertionError("work left pending")
    finally:
        await repo.close()


async def _stored(url: str) -> dict[str, Any]:
    repo = await PostgresRepository.open(url, Protector(SECRET), migrate=False)
    try:
        async with repo.transaction() as tx:
            conversations = await tx.load_conversations([UserKey("whatsapp", u) for u in USERS])
            claims = await tx.claims()
            inbound = await tx._db.raw.fetchval("SELECT count(*) FROM inbound_event")  # type: ignore[attr-defined]
    finally:
        await repo.close()
    return {
        "states": {k.user: (c.state, c.version, c.history, REFERENCE.sub("REF", str(c.draft)))
                   for k, c in conversations.items()},
        "claims": sorted((c.user, c.kind, c.benefit, c.status, c.nik) for c in claims),
        "inbound": inbound,
    }


def _dedupe(bodies: list[str]) -> list[str]:
    """A message sent again after a worker died mid-send is the same message twice in a row: keep one."""
    return [b for i, b in enumerate(bodies) if i == 0 or b != bodies[i - 1]]


async def test_three_workers_with_duplicates_and_a_kill_end_as_one_worker_would(tmp_path: Path) -> None:
    async with database() as url:
        single = await run_journeys(url, tmp_path / "one", workers=1, chaos=False)
    async with database() as url:
        three = await run_journeys(url, tmp_path / "three", workers=3, chaos=True)
    assert three["seen"] == single["seen"]
    assert three["states"] == single["states"]
    assert three["claims"] == single["claims"] and len(single["claims"]) == len(USERS) // 2
    assert three["inbound"] == single["inbound"] == sum(len(journey(u)) for u in USERS)  # duplicates refused


async def test_one_worker_polls_telegram_and_another_takes_over_when_it_dies(tmp_path: Path) -> None:
    api = FakeBotApi()
    async with database() as url, LocalServer(api.app()) as server:
        env = {**os.environ, "KAWAN_DATABASE_URL": url, "KAWAN_SECRET_KEY": SECRET, "KAWAN_LOG_LEVEL": "WARNING",
               "KAWAN_MEDIA_DIR": str(tmp_path / "media"), "WEBHOOK_HOST": "127.0.0.1",
               "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": f"{server.url}/bot",
               "TELEGRAM_API_BASE_FILE_URL": f"{server.url}/file/bot"}
        first, second = Worker(env, tmp_path / "first.log"), Worker(env, tmp_path / "second.log")
        await first.start()
        await api.user_sends(7001, "/start")
        await api.wait_sent(7001, 1, timeout=20)
        await second.start()
        try:
            await api.user_sends(7001, "1")
            await api.wait_sent(7001, 2, timeout=20)
            await _settled(url)  # killed between a send and its record, a message waits out its lease (30 s)
            await first.kill()
            await api.user_sends(7001, ACTIVE.nik)  # while nobody polls: waits on Telegram's side
            replies = await api.wait_sent(7001, 3, timeout=30)
            assert "buktikan" in replies[-1]["text"].lower()
            await asyncio.sleep(0.5)
            assert len(api.sent(7001)) == 3  # answered once, by the worker that took over
        finally:
            await second.stop()
