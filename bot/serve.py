"""`kawan run`: every configured channel in one process, stopped cleanly by SIGTERM or Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any

from bot import heap
from bot.app import App
from bot.channels.base import ChannelSender
from bot.channels.telegram import LIMITS as TELEGRAM_LIMITS
from bot.channels.telegram import TelegramChannel, build_application
from bot.channels.whatsapp import LIMITS as WHATSAPP_LIMITS
from bot.channels.whatsapp import WhatsAppChannel
from bot.dispatch import Dispatcher
from bot.media import MediaStore
from bot.web import TelegramWebhook, WhatsAppWebhook, build_web_app, web_server
from services.erasure import purge_documents
from services.nominations import tell_proposer_when_undelivered
from services.outreach import run_once
from services.tickets import escalate, forget_old_said

log = logging.getLogger(__name__)


async def _poll_as_leader(app: App, telegram: TelegramChannel, stop: asyncio.Event) -> None:
    """Telegram allows one getUpdates at a time: of the workers sharing a database, one polls and the others
    stand by (every worker still sends, processes and serves webhooks)."""
    async with app.repo.leader("telegram-poll"):
        await telegram.use_polling()
        await telegram.poll(app.runtime.record_apart, stop, clock=app.runtime.clock)


async def _start_telegram(app: App, telegram: TelegramChannel, hook: TelegramWebhook | None, stop: asyncio.Event,
                          deliver: Callable[[ChannelSender], None]) -> None:
    """In the background: an unreachable Telegram API is retried while the HTTP server, /healthz, the desk and
    WhatsApp already work. An invalid token still stops `kawan run` with one clear line."""
    settings = app.settings
    if not await telegram.start(stop=stop):
        return
    await telegram.register_commands()
    deliver(telegram)
    if hook is not None:
        hook.ready = True
        await telegram.use_webhook(settings.telegram_webhook_url or "", settings.telegram_webhook_secret or "")
        log.info("Telegram channel started (webhook)")
        await stop.wait()  # a task that ends stops `kawan run`: this one lives as long as the channel
        return
    log.info("Telegram channel started (polling)")
    await _poll_as_leader(app, telegram, stop)


PURGE_EVERY = dt.timedelta(days=1)


async def _purge_daily(app: App, media: MediaStore, stop: asyncio.Event) -> None:
    """Documents of claims closed longer ago than the retention, and what users wrote more than a week ago,
    are deleted once a day (by one worker)."""
    retention = dt.timedelta(days=app.settings.kawan_document_retention_days)
    async with app.repo.leader("document-retention"):
        while not stop.is_set():
            try:
                deleted = await purge_documents(app.repo, retention, app.runtime.clock(), "retention", media.delete)
                if deleted:
                    log.info("retention: %d document files deleted", deleted)
                if forgotten := await forget_old_said(app.repo, app.runtime.clock()):
                    log.info("retention: %d messages users wrote a week ago forgotten", forgotten)
            except Exception:
                log.exception("retention purge failed; tried again tomorrow")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), PURGE_EVERY.total_seconds())


OUTREACH_EVERY = dt.timedelta(minutes=5)


async def _outreach(app: App, stop: asyncio.Event, every: dt.timedelta = OUTREACH_EVERY) -> None:
    """Reminders and due broadcasts are planned every few minutes by one worker; the dispatchers pace them."""
    config = app.runtime.outreach
    if config is None:
        return
    async with app.repo.leader("outreach"):
        while not stop.is_set():
            try:
                tally = await run_once(app.repo, config, app.runtime.clock())
                if moved := await escalate(app.repo, app.runtime.clock(), app.runtime.holidays):
                    log.info("tickets: %d unanswered for a working day passed up", moved)
                if tally.queued:
                    log.info("outreach: %d messages planned", tally.queued)
                    app.runtime.recorded_elsewhere()  # each reminder noted in its recipient's conversation
                    for dispatcher in app.runtime.dispatchers.values():
                        dispatcher.wake()
            except Exception:
                log.exception("outreach planning failed; tried again later")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every.total_seconds())


async def serve(app: App, stop: asyncio.Event | None = None) -> int:
    settings = app.settings
    settings.check_channels()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)

    tasks: list[asyncio.Task[None]] = []
    telegram: TelegramChannel | None = None
    whatsapp: WhatsAppChannel | None = None
    whatsapp_hook: WhatsAppWebhook | None = None
    telegram_hook: TelegramWebhook | None = None
    server = None
    catalogs = app.engine.catalogs  # loaded once by build_app
    media_store = MediaStore(settings.kawan_media_dir, app.protector)

    def spawn(coro: Coroutine[Any, Any, None], name: str) -> None:
        tasks.append(asyncio.create_task(coro, name=name))

    def deliver(sender: ChannelSender) -> None:
        confirmed = sender.channel == "whatsapp"  # Meta returns our outbox id in its status webhooks
        dispatcher = Dispatcher(app.repo, sender, app.runtime.clock,
                                on_undelivered=tell_proposer_when_undelivered(app.engine.catalogs),
                                resend_unconfirmed_after=dt.timedelta(
                                    minutes=settings.whatsapp_resend_unconfirmed_minutes) if confirmed else None)
        app.runtime.dispatchers[sender.channel] = dispatcher
        spawn(dispatcher.run(), f"deliver-{sender.channel}")

    try:
        if settings.telegram_bot_token:
            telegram = TelegramChannel(build_application(
                settings.telegram_bot_token, settings.telegram_api_base_url, settings.telegram_api_base_file_url),
                catalogs, dataclasses.replace(TELEGRAM_LIMITS, per_second=settings.telegram_messages_per_second),
                media_store=media_store)
            if settings.telegram_webhook_url:
                telegram_hook = TelegramWebhook(app.runtime, telegram, settings.telegram_webhook_secret or "")
        if settings.whatsapp_access_token:
            whatsapp = WhatsAppChannel(
                access_token=settings.whatsapp_access_token, phone_number_id=settings.whatsapp_phone_number_id or "",
                base_url=settings.whatsapp_api_base_url, catalogs=catalogs,
                default_locale=settings.kawan_default_locale, template_name=settings.whatsapp_template_name,
                template_language=settings.whatsapp_template_language, templates=settings.whatsapp_templates)
            app.runtime.code_channel = whatsapp.channel
            whatsapp.limits = dataclasses.replace(WHATSAPP_LIMITS, per_second=settings.whatsapp_messages_per_second)
            deliver(whatsapp)
        if whatsapp is not None:
            whatsapp_hook = WhatsAppWebhook(
                app.runtime, app_secret=settings.whatsapp_app_secret or "",
                verify_token=settings.whatsapp_verify_token or "",
                on_unpark=app.runtime.dispatchers[whatsapp.channel].wake,
                media_store=media_store, download=whatsapp.fetch_media)
            log.info("WhatsApp channel started")
        server = web_server(build_web_app(app.repo, whatsapp_hook=whatsapp_hook, telegram_hook=telegram_hook,
                                          desk=app.desk()), settings.webhook_host, settings.webhook_port)
        spawn(server.serve(), "web")
        if telegram is not None:
            spawn(_start_telegram(app, telegram, telegram_hook, stop, deliver), "telegram")
        spawn(_purge_daily(app, media_store, stop), "retention")
        spawn(_outreach(app, stop), "outreach")
        heap.settle()
        app.runtime.start()
        log.info("HTTP server on %s:%d (/healthz, desk at %s/desk/)", settings.webhook_host, settings.webhook_port,
                 settings.desk_url)
        waiter = asyncio.create_task(stop.wait())
        done, _pending = await asyncio.wait([waiter, *tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not waiter and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        waiter.cancel()
        log.info("stopping")
        return 0
    finally:
        stop.set()
        if server is not None:
            server.should_exit = True
        for task in tasks:
            if task.get_name() != "web":
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await app.runtime.stop()
        if telegram is not None:
            await telegram.close()
        if whatsapp is not None:
            await whatsapp.close()
        heap.unsettle()
