"""The HTTP server: webhooks for WhatsApp and Telegram, and /healthz. An event is stored before the
platform gets its 200, so a crash after the answer loses nothing and a redelivery is recognised."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from zoneinfo import ZoneInfo

import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot import metrics
from bot.channels import whatsapp
from bot.channels.telegram import TelegramChannel
from bot.desk import Desk, desk_mount
from bot.media import Download, MediaStore, fetch_documents
from bot.runtime import Runtime
from storage.base import Repository, Tx

log = logging.getLogger(__name__)

JAKARTA = ZoneInfo("Asia/Jakarta")
MAX_WEBHOOK_BODY = 1024 * 1024
"""Real webhook bodies are a few kilobytes (media comes by id): anything over a megabyte is refused unread."""


async def read_bounded(request: Request, limit: int = MAX_WEBHOOK_BODY) -> bytes | None:
    """The body, or None once it is over `limit`: the declared length is checked first, then the bytes as
    they arrive (a sender may not declare it, or lie), so memory never holds more than the limit."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def too_large() -> Response:
    return PlainTextResponse("payload too large", status_code=413)


class WhatsAppWebhook:
    def __init__(self, runtime: Runtime, *, app_secret: str, verify_token: str,
                 on_unpark: Callable[[], None] = lambda: None, media_store: MediaStore | None = None,
                 download: Download | None = None) -> None:
        self.runtime = runtime
        self.media_store = media_store
        self.download = download
        self.app_secret = app_secret
        self.verify_token = verify_token
        self.on_unpark = on_unpark

    async def verify(self, request: Request) -> Response:
        """Meta's subscription handshake: echo the challenge when the token matches."""
        params = request.query_params
        if params.get("hub.mode") == "subscribe" and hmac.compare_digest(
                params.get("hub.verify_token", ""), self.verify_token):
            return PlainTextResponse(params.get("hub.challenge", ""))
        return PlainTextResponse("forbidden", status_code=403)

    async def receive(self, request: Request) -> Response:
        if not request.headers.get("x-hub-signature-256", "").startswith("sha256="):
            log.warning("WhatsApp webhook without a signature refused unread")
            return PlainTextResponse("forbidden", status_code=403)
        body = await read_bounded(request)
        if body is None:
            log.warning("WhatsApp webhook over %d bytes refused", MAX_WEBHOOK_BODY)
            return too_large()
        if not whatsapp.signature_ok(self.app_secret, body, request.headers.get("x-hub-signature-256")):
            log.warning("WhatsApp webhook with a missing or wrong signature refused")
            return PlainTextResponse("forbidden", status_code=403)
        try:
            payload = json.loads(body)
        except ValueError:
            return PlainTextResponse("bad json", status_code=400)
        if not isinstance(payload, dict):
            return PlainTextResponse("bad payload", status_code=400)
        delivery = whatsapp.parse_webhook(payload, self.runtime.clock())
        unparked = 0

        async def with_the_events(tx: Tx) -> None:
            """A user who writes reopens the 24-hour window; statuses are noted, never fed to the engine."""
            nonlocal unparked
            now = self.runtime.clock()
            for user in {r.user for r in records}:
                unparked += await tx.unpark_messages(whatsapp.CHANNEL, user, now)
            for status in delivery.statuses:
                error = f"{status.error_code}: {status.error_title}" if status.error_code else None
                if status.outbox_id is not None:  # a message the bot sent first: it did leave
                    await tx.confirm_sending(whatsapp.CHANNEL, status.outbox_id, status.message_id, now)
                await tx.record_delivery_status(whatsapp.CHANNEL, status.message_id, status.status, error)
                if status.status == "failed":
                    log.warning("WhatsApp reports message undelivered (%s)", error)

        records = delivery.records
        if self.download is not None:
            records = await fetch_documents(records, self.media_store, self.download)
        if records or delivery.statuses:
            await self.runtime.record_many(records, with_the_events)
        if unparked:
            self.on_unpark()
        return PlainTextResponse("ok")


class TelegramWebhook:
    def __init__(self, runtime: Runtime, channel: TelegramChannel, secret: str) -> None:
        self.runtime = runtime
        self.channel = channel
        self.secret = secret
        self.ready = False
        """Set once the bot is initialised (getMe): before that Telegram is asked to deliver again later."""
        self._background: set[asyncio.Task[None]] = set()

    async def receive(self, request: Request) -> Response:
        token = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not hmac.compare_digest(token, self.secret):
            return PlainTextResponse("forbidden", status_code=403)
        if not self.ready:
            return PlainTextResponse("starting", status_code=503)
        body = await read_bounded(request)
        if body is None:
            log.warning("Telegram webhook over %d bytes refused", MAX_WEBHOOK_BODY)
            return too_large()
        try:
            update = self.channel.update_of(json.loads(body))
        except (ValueError, TypeError, KeyError):
            return PlainTextResponse("bad update", status_code=400)
        if update is None:
            return PlainTextResponse("ok")
        await self.runtime.record_many(await self.channel.records_with_documents([update], self.runtime.clock()))
        task = asyncio.create_task(self.channel.acknowledge([update]))
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return PlainTextResponse("ok")


def timed(channel: str, handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    async def handle(request: Request) -> Response:
        with metrics.WEBHOOK_SECONDS.labels(channel).time():
            return await handler(request)
    return handle


def build_web_app(repo: Repository, *, whatsapp_hook: WhatsAppWebhook | None = None,
                  telegram_hook: TelegramWebhook | None = None, desk: Desk | None = None,
                  timezone: ZoneInfo = JAKARTA) -> Starlette:
    async def healthz(_request: Request) -> Response:
        try:
            versions = await asyncio.wait_for(repo.applied_migrations(), 5)
        except Exception as error:  # noqa: BLE001 - any failure means unhealthy
            return JSONResponse({"status": "error", "database": type(error).__name__}, status_code=503)
        return JSONResponse({"status": "ok", "schema": versions[-1] if versions else None})

    async def metrics_page(_request: Request) -> Response:
        now = dt.datetime.now(dt.UTC)
        body = await metrics.exposition(repo, now, now.astimezone(timezone).date())
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    routes: list[BaseRoute] = [Route("/healthz", healthz, methods=["GET"]),
                               Route("/metrics", metrics_page, methods=["GET"])]
    if whatsapp_hook is not None:
        routes += [Route("/webhook/whatsapp", whatsapp_hook.verify, methods=["GET"]),
                   Route("/webhook/whatsapp", timed(whatsapp.CHANNEL, whatsapp_hook.receive), methods=["POST"])]
    if telegram_hook is not None:
        routes.append(Route("/webhook/telegram", timed("telegram", telegram_hook.receive), methods=["POST"]))
    if desk is not None:
        routes.append(desk_mount(desk))
    return Starlette(routes=routes)


class EmbeddedServer(uvicorn.Server):
    """uvicorn inside our event loop; `kawan run` owns the signals and stops it by `should_exit`."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def web_server(app: Starlette, host: str, port: int) -> EmbeddedServer:
    config = uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, lifespan="off",
                            timeout_graceful_shutdown=5)
    return EmbeddedServer(config)
