"""Telegram through python-telegram-bot 22, used as the transport only (DESIGN.md §3.1).

PTB's HTTP layer, its `Update` parsing and its error types are used; its ConversationHandler, persistence,
JobQueue and Updater are not. Polling is our own loop: a batch of updates is recorded in the store
before the next `getUpdates` confirms it, so an update fetched when the process dies is fetched again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gettext
import html
import logging
import socket
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import httpx
from telegram import (
    BotCommand,
    CallbackQuery,
    Message,
    Update,
)
from telegram.constants import MessageEntityType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from bot.channels.base import GiveUp, Limits, Outcome, RetryLater, Sent, shared_place
from bot.channels.lanes import SHARED_TLS, LaneRequest
from bot.media import MediaStore, TooLarge, fetch_documents, stream_capped
from conversations.domain.claims import MAX_DOCUMENT_BYTES
from conversations.domain.phone import normalise_phone
from conversations.i18n import _, use_locale
from conversations.model import Contact, Event, EventKind, Expect, Media, Reply
from conversations.text import split_text
from storage.base import InboundRecord, OutboundMessage

log = logging.getLogger(__name__)

CHANNEL = "telegram"
TEXT_LIMIT = 4096
ALLOWED_UPDATES = ["message", "callback_query"]
LIMITS = Limits(per_second=30, per_chat_per_second=1, per_chat_burst=3)

Record = Callable[[Sequence[InboundRecord]], Awaitable[list[bool]]]


# Without TCP_NODELAY a form POST (headers, then body) waits on the peer's delayed ACK: ~40 ms a call.
NO_DELAY = ((socket.IPPROTO_TCP, socket.TCP_NODELAY, 1),)
SENDING_AT_ONCE = 8
"""Sends in flight at once. More only queue inside httpcore's pool, whose bookkeeping grows with the queue
(it was most of the CPU under load), and a send that waits there past the pool timeout is lost as TimedOut.
Telegram allows ~30 messages/s overall, so 8 in flight keep up even at 250 ms per request."""


def build_application(token: str, base_url: str, base_file_url: str) -> Application:  # type: ignore[type-arg]
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .updater(None)
        .job_queue(None)
        # One-connection lanes, with room for button answers beside the sends (see bot/channels/lanes.py).
        .request(LaneRequest(SENDING_AT_ONCE + 4, pool_timeout=10, socket_options=NO_DELAY))
        .get_updates_request(HTTPXRequest(connection_pool_size=1, read_timeout=40, socket_options=NO_DELAY,
                                          httpx_kwargs={"verify": SHARED_TLS}))
        .build()
    )


# -- inbound ---------------------------------------------------------------------------------------

def _command(message: Message) -> tuple[str, str] | None:
    """`/bahasa@KawanBot en` → ("bahasa", "en"); only a real bot_command entity at offset 0 counts."""
    for entity in message.entities or ():
        if entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0 and message.text:
            name = message.text[1:entity.length].split("@", 1)[0].lower()
            return name, message.text[entity.length:].strip()
    return None


def _event_of_message(message: Message, language: str | None) -> Event:
    if message.text is not None:
        command = _command(message)
        if command is not None:
            return Event(kind=EventKind.COMMAND, command=command[0], text=command[1], language=language)
        return Event(kind=EventKind.TEXT, text=message.text, language=language)
    if message.photo:
        photo = message.photo[-1]  # the largest size
        return Event(kind=EventKind.MEDIA, language=language, media=Media(
            file_id=photo.file_id, mime_type="image/jpeg", size=photo.file_size, caption=message.caption))
    if message.document is not None:
        doc = message.document
        return Event(kind=EventKind.MEDIA, language=language, media=Media(
            file_id=doc.file_id, mime_type=doc.mime_type, size=doc.file_size, file_name=doc.file_name,
            caption=message.caption))
    if message.contact is not None:
        sender = message.from_user
        phone = normalise_phone(message.contact.phone_number) or message.contact.phone_number
        own = sender is not None and message.contact.user_id == sender.id
        return Event(kind=EventKind.CONTACT, language=language, contact=Contact(phone=phone, own=own))
    for kind, mime in (("voice", "audio/ogg"), ("audio", "audio/mpeg"), ("video", "video/mp4"),
                       ("sticker", "image/webp")):
        attachment = getattr(message, kind)
        if attachment is not None:
            return Event(kind=EventKind.MEDIA, language=language, media=Media(
                file_id=attachment.file_id, mime_type=getattr(attachment, "mime_type", None) or mime,
                size=attachment.file_size, sticker=kind == "sticker"))
    if message.venue is not None:
        venue = message.venue
        return Event(kind=EventKind.TEXT, language=language, text=shared_place(
            venue.location.latitude, venue.location.longitude, venue.title, venue.address))
    if message.location is not None:
        return Event(kind=EventKind.TEXT, language=language,
                     text=shared_place(message.location.latitude, message.location.longitude))
    return Event(kind=EventKind.UNSUPPORTED, language=language)  # a poll, a game…: the engine says so


def record_of(update: Update, bot_id: int, received_at: dt.datetime) -> InboundRecord | None:
    """The stored form of an update; None for what the bot does not handle (groups, edits, channels)."""
    if update.callback_query is not None:
        query = update.callback_query
        chat = query.message.chat if query.message is not None else None
        if chat is None or chat.type != "private":
            return None
        event = Event(kind=EventKind.CHOICE, choice=query.data or "", language=query.from_user.language_code)
        user = str(chat.id)
    elif update.message is not None:
        message = update.message
        if message.chat.type != "private":
            return None
        language = message.from_user.language_code if message.from_user else None
        event = _event_of_message(message, language)
        user = str(message.chat.id)
    else:
        return None
    return InboundRecord(channel=CHANNEL, event_id=f"{bot_id}:{update.update_id}", user=user, event=event,
                         received_at=received_at, platform_seq=update.update_id)


# -- outbound --------------------------------------------------------------------------------------

Markup = dict[str, Any]
"""A keyboard as the Bot API's JSON: built as plain data, since PTB's frozen keyboard objects cost a fifth
of a millisecond per message to build and serialise again."""


def render(reply: Reply) -> list[tuple[str, Markup | None]]:
    """HTML-escaped parts of at most 4,096 characters; the keyboard rides on the last part."""
    parts = split_text(reply.text, TEXT_LIMIT, measure=lambda part: len(html.escape(part, quote=False)))
    markup: Markup | None = None
    if reply.expects is Expect.CONTACT:
        markup = {"keyboard": [[{"text": reply.contact_label or "📱", "request_contact": True}]],
                  "one_time_keyboard": True, "resize_keyboard": True}
    elif reply.choices:
        markup = {"inline_keyboard": [[{"text": choice.label, "callback_data": reply.callback_data(choice)}]
                                      for choice in reply.choices]}
    rendered: list[tuple[str, Markup | None]] = [(html.escape(part, quote=False), None) for part in parts]
    rendered[-1] = (rendered[-1][0], markup)
    return rendered


def _seconds(value: float | dt.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class TelegramChannel:
    """Sender, poller and webhook entry for one bot token."""

    channel = CHANNEL
    limits = LIMITS

    def __init__(self, application: Application, catalogs: Mapping[str, gettext.NullTranslations],  # type: ignore[type-arg]
                 limits: Limits = LIMITS, media_store: MediaStore | None = None) -> None:
        self.limits = limits
        self.media_store = media_store
        self.application = application
        self.bot = application.bot
        self._catalogs = catalogs
        self._offset: int | None = None
        self._sending = asyncio.Semaphore(SENDING_AT_ONCE)
        self._files = httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0))

    # -- life cycle ----------------------------------------------------------------------------

    async def start(self, *, stop: asyncio.Event, retry_delays: Sequence[float] = (1, 2, 5, 10, 30, 60)) -> bool:
        """Initialise (getMe) with back-off while the API is unreachable; False if `stop` came first."""
        attempt = 0
        while not stop.is_set():
            try:
                await self.application.initialize()
                return True
            except InvalidToken:
                raise
            except (NetworkError, OSError) as error:
                delay = retry_delays[min(attempt, len(retry_delays) - 1)]
                log.warning("Telegram API unreachable at start (%s); retrying in %s s", error, delay)
                attempt += 1
                try:
                    await asyncio.wait_for(stop.wait(), delay)
                except TimeoutError:
                    pass
        return False

    async def register_commands(self) -> None:
        """The command menu in both languages: Indonesian by default, English for English clients."""
        names = {"id": ("start", "menu", "bahasa", "batal", "bantuan"),
                 "en": ("start", "menu", "language", "cancel", "help")}
        for locale, language_code in (("id", None), ("en", "en")):
            with use_locale(self._catalogs, locale):
                descriptions = (_("Mulai"), _("Menu utama"), _("Ganti bahasa"), _("Batalkan langkah ini"),
                                _("Bantuan"))
            commands = [BotCommand(name, text) for name, text in zip(names[locale], descriptions, strict=True)]
            await self.bot.set_my_commands(commands, language_code=language_code)

    async def use_polling(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)

    async def use_webhook(self, url: str, secret: str) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def close(self) -> None:
        await self._files.aclose()
        try:
            await self.application.shutdown()
        except Exception:
            log.debug("Telegram shutdown", exc_info=True)

    # -- inbound -------------------------------------------------------------------------------

    def records(self, updates: Sequence[Update], now: dt.datetime) -> list[InboundRecord]:
        return [r for update in updates if (r := record_of(update, self.bot.id, now)) is not None]

    async def records_with_documents(self, updates: Sequence[Update], now: dt.datetime) -> list[InboundRecord]:
        """`records`, with photos and documents downloaded (getFile) into the media store."""
        return await fetch_documents(self.records(updates, now), self.media_store, self.fetch_media)

    async def poll(self, record: Record, stop: asyncio.Event, *, timeout: int = 30,
                   clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        """Long polling; each batch is stored before it is confirmed by asking for the next offset."""
        failures = 0
        while not stop.is_set():
            try:
                updates = await self.bot.get_updates(offset=self._offset, timeout=timeout,
                                                     allowed_updates=ALLOWED_UPDATES)
                failures = 0
            except RetryAfter as error:
                await self._pause(stop, _seconds(error.retry_after))
                continue
            except (Conflict, InvalidToken, NetworkError) as error:
                failures += 1
                delay = min(60.0, 2.0 ** min(failures, 6))
                log.warning("getUpdates failed (%s); retrying in %.0f s", type(error).__name__, delay)
                await self._pause(stop, delay)
                continue
            if not updates:
                continue
            await record(await self.records_with_documents(updates, clock()))
            self._offset = updates[-1].update_id + 1
            await self.acknowledge(updates)

    @staticmethod
    async def _pause(stop: asyncio.Event, seconds: float) -> None:
        try:
            await asyncio.wait_for(stop.wait(), seconds)
        except TimeoutError:
            pass

    async def acknowledge(self, updates: Sequence[Update]) -> None:
        """Stop the spinner on a tapped button and take its keyboard away, so it cannot be tapped twice."""
        queries = [u.callback_query for u in updates if u.callback_query is not None]
        if queries:
            await asyncio.gather(*(self._acknowledge(q) for q in queries))

    async def _acknowledge(self, query: CallbackQuery) -> None:
        try:
            async with self._sending:
                await self.bot.answer_callback_query(query.id)
                if query.message is not None:
                    await self.bot.edit_message_reply_markup(chat_id=query.message.chat.id,
                                                             message_id=query.message.message_id, reply_markup=None)
        except BadRequest as error:  # "message is not modified", an old query: nothing to do
            log.debug("acknowledging a button: %s", error)
        except NetworkError as error:
            log.warning("acknowledging a button failed: %s", error)

    def update_of(self, data: object) -> Update | None:
        return Update.de_json(data, self.bot)  # type: ignore[arg-type]

    # -- outbound ------------------------------------------------------------------------------

    async def deliver(self, message: OutboundMessage) -> Outcome:
        last_id: str | None = None
        try:
            for text, markup in render(message.reply):
                async with self._sending:
                    sent = await self.bot.send_message(chat_id=int(message.user), text=text,
                                                       parse_mode=ParseMode.HTML,
                                                       reply_markup=markup)  # type: ignore[arg-type]
                last_id = str(sent.message_id)
        except RetryAfter as error:
            return RetryLater(_seconds(error.retry_after), "429 retry_after")
        except Forbidden as error:
            return GiveUp(f"forbidden: {error.message}")  # the user blocked the bot
        except BadRequest as error:
            return GiveUp(f"bad request: {error.message}")
        except TimedOut:
            # The request may have reached Telegram: sending again could say the same thing twice.
            return GiveUp("timed out after sending; not repeated")
        except NetworkError as error:
            return RetryLater(min(300.0, 2.0 ** min(message.attempts + 1, 8)), f"network: {error.message}")
        return Sent(last_id)

    async def fetch_media(self, file_id: str) -> bytes:
        """getFile, then the file streamed with the cap: the declared size is checked first, the bytes while
        they are read (the URL holds the token: httpx's own logger stays at WARNING)."""
        file = await self.bot.get_file(file_id)
        if file.file_size is not None and file.file_size > MAX_DOCUMENT_BYTES:
            raise TooLarge(file.file_size)
        if not file.file_path:
            raise ValueError("getFile gave no file path")
        return await stream_capped(self._files, file.file_path)
