"""The whole bot (`kawan run`'s `serve`) in the test's event loop, talking HTTP to local fake platforms."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import App, build_app
from bot.config import Settings
from bot.serve import serve
from tests.chat import SECRET
from tests.factories import OFFICERS, ROSTER


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def settings_for(tmp_path: Path, **values: Any) -> Settings:
    return Settings(_env_file=None, kawan_database_url=f"sqlite:///{tmp_path / 'bot.db'}",  # type: ignore[call-arg]
                    kawan_secret_key=SECRET, kawan_media_dir=tmp_path / "media", webhook_host="127.0.0.1",
                    webhook_port=free_port(), **values)


@asynccontextmanager
async def running_bot(settings: Settings) -> AsyncIterator[App]:
    app = await build_app(settings)
    async with app.repo.transaction() as tx:
        await tx.upsert_participants(list(ROSTER))
        await tx.upsert_officers(list(OFFICERS))
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, stop))
    try:
        await _until_healthy(settings.webhook_port, task)
        yield app
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
        await app.repo.close()


async def _until_healthy(port: int, task: asyncio.Task[int]) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        for _ in range(500):
            if task.done():
                task.result()  # raises what stopped it
                raise AssertionError("the bot stopped during start-up")
            try:
                if (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.02)
    raise AssertionError("the bot never became healthy")
