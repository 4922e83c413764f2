"""One keep-alive connection that posts JSON and reads JSON back: the WhatsApp sender's lane.

It speaks httpcore, the connection layer httpx itself runs on, without httpx's client around it (merging
defaults into every request, the auth and redirect flows, cookies, hooks, the response wrapper): that
layer was a third of a send's CPU, and a worker under load spends most of its CPU on sends. Errors come
out as httpx's own exception types, mapped the way httpx maps them, so callers handle one family."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpcore
import httpx

from bot.channels.lanes import SHARED_TLS

_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)
"""httpcore's errors and the httpx errors they become, most specific first (as httpx maps them)."""
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class JsonLane:
    """Requests one at a time over one connection; the caller takes a lane per request (`Lanes`)."""

    def __init__(self, headers: Mapping[str, str], *, connect_timeout: float, timeout: float) -> None:
        self._pool = httpcore.AsyncConnectionPool(ssl_context=SHARED_TLS, max_connections=1,
                                                  max_keepalive_connections=1)
        self._headers = [(name.encode(), value.encode()) for name, value in headers.items()]
        self._headers.append((b"Content-Type", b"application/json"))
        self._timeouts = {"connect": connect_timeout, "read": timeout, "write": timeout, "pool": timeout}

    async def post(self, url: str, payload: Mapping[str, Any]) -> tuple[int, bytes]:
        """(status, body) of a POST of `payload` as JSON."""
        try:
            response = await self._pool.request("POST", url, headers=self._headers,
                                                content=_to_json(payload).encode(),
                                                extensions={"timeout": self._timeouts})
        except Exception as error:
            for theirs, ours in _ERRORS:
                if isinstance(error, theirs):
                    raise ours(str(error)) from error
            raise
        return response.status, response.content

    async def aclose(self) -> None:
        await self._pool.aclose()
