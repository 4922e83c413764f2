"""One keep-alive connection that posts JSON and reads JSON back: the WhatsApp sender's lane.

It speaks httpcore, the connection layer httpx itself runs on, without httpx's client around it (merging
defaults into every request, the auth and redirect flows, cookies, hooks, the response wrapper) and
without a pool around its one connection: together a third of a send's CPU (~610 → ~330 µs a request
here), and a worker under load spends most of its CPU on sends. The lane does the little a pool did for
one connection: a new one when the last has expired, closed or failed. Errors come out as httpx's own
exception types, mapped the way httpx maps them, so callers handle one family."""

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
DEFAULT_PORTS = {b"http": 80, b"https": 443}
KEEPALIVE = 60.0
"""Seconds an idle connection is kept; older ones are replaced before a request rather than failing it."""
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _as_httpx(error: Exception) -> Exception:
    for theirs, ours in _ERRORS:
        if isinstance(error, theirs):
            return ours(str(error))
    return error


class JsonLane:
    """Requests one at a time over one connection; the caller takes a lane per request (`Lanes`)."""

    def __init__(self, headers: Mapping[str, str], *, connect_timeout: float, timeout: float,
                 keepalive: float = KEEPALIVE) -> None:
        self._headers = [(name.encode(), value.encode()) for name, value in headers.items()]
        self._headers.append((b"Content-Type", b"application/json"))
        self._timeouts = {"connect": connect_timeout, "read": timeout, "write": timeout, "pool": timeout}
        self._keepalive = keepalive
        self._connection: httpcore.AsyncHTTPConnection | None = None

    async def post(self, url: str, payload: Mapping[str, Any]) -> tuple[int, bytes]:
        """(status, body) of a POST of `payload` as JSON."""
        body = _to_json(payload).encode()
        target = httpcore.URL(url)
        host = target.host if target.port in (None, DEFAULT_PORTS.get(target.scheme)) else b"%b:%d" % (
            target.host, target.port)
        headers = [(b"Host", host), *self._headers, (b"Content-Length", str(len(body)).encode())]
        request = httpcore.Request("POST", target, headers=headers, content=body,
                                   extensions={"timeout": self._timeouts})
        try:
            return await self._send(request)
        except Exception as error:
            mapped = _as_httpx(error)
            if mapped is error:
                raise
            raise mapped from error

    async def _send(self, request: httpcore.Request) -> tuple[int, bytes]:
        connection = await self._ready(request.url.origin)
        try:
            response = await connection.handle_async_request(request)
        except httpcore.ConnectionNotAvailable:  # closed by the server since it was checked: nothing was sent
            connection = await self._ready(request.url.origin, fresh=True)
            response = await connection.handle_async_request(request)
        try:
            return response.status, await response.aread()
        finally:
            await response.aclose()  # hands the connection back for the next request

    async def _ready(self, origin: httpcore.Origin, *, fresh: bool = False) -> httpcore.AsyncHTTPConnection:
        """The lane's connection, replaced when it has expired, was closed or failed to connect."""
        connection = self._connection
        if (fresh or connection is None or not connection.can_handle_request(origin) or connection.has_expired()
                or connection.is_closed()):
            if connection is not None:
                await connection.aclose()
            connection = self._connection = httpcore.AsyncHTTPConnection(
                origin, ssl_context=SHARED_TLS, keepalive_expiry=self._keepalive)
        return connection

    async def aclose(self) -> None:
        if self._connection is not None:
            await self._connection.aclose()
            self._connection = None
