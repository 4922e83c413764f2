"""Run a Starlette app on 127.0.0.1 on a free port inside the test's event loop."""

from __future__ import annotations

import asyncio
import socket
from typing import Any, Self

import uvicorn

from bot.web import EmbeddedServer


class LocalServer:
    def __init__(self, app: Any) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # answers leave at once, as a real API's do
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = EmbeddedServer(uvicorn.Config(app, log_config=None, access_log=False, lifespan="off",
                                                    timeout_graceful_shutdown=0.2))
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Self:
        self._task = asyncio.create_task(self._server.serve(sockets=[self._sock]))
        while not self._server.started:
            await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.should_exit = True
        if self._task is not None:
            await self._task
