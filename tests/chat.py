"""A user-level client for the bot: send text, tap buttons, move the clock, restart the process."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path

from bot.catalogs import load_catalogs
from bot.channels.console import render
from bot.config import PROJECT_ROOT
from bot.media import MAGIC, MediaStore
from bot.runtime import Runtime
from conversations.engine import Engine
from conversations.flows import build_registry
from conversations.model import Contact, Event, EventKind, Media, Reply
from storage import open_repository
from storage.base import InboundRecord, OfficerRow, OutboundMessage, Repository
from storage.crypto import Protector
from storage.participants import ParticipantRow

SECRET = "test-secret-key-not-for-production"
START = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)  # 10:00 WIB
CATALOGS = load_catalogs(PROJECT_ROOT / "locales")


class FakeClock:
    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


class CaptureSender:
    only_user: str | None = None

    def __init__(self) -> None:
        self.sent: list[OutboundMessage] = []

    async def send(self, messages: Sequence[OutboundMessage]) -> list[str | None]:
        self.sent.extend(messages)
        return [f"m{m.id}" for m in messages]


def make_engine() -> Engine:
    return Engine(build_registry(), CATALOGS)


def synthetic_file(mime_type: str, content: bytes) -> bytes:
    """Synthetic content behind the first bytes of a real file of that type (the store checks them)."""
    magic = next((m for m, mime in MAGIC if mime == mime_type), b"")
    return content if not content or content.startswith(magic) else magic + content


class ChatSimulator:
    """Drives the real runtime over a real SQLite file, as one user of the terminal channel."""

    channel = "console"

    def __init__(self, db_path: Path, *, user: str = "u1", language: str | None = None,
                 db_url: str | None = None) -> None:
        """`db_url`: a PostgreSQL database instead of the SQLite file at `db_path`."""
        self.db_url = db_url or f"sqlite:///{db_path}"
        self.user = user
        self.language = language
        self.clock = FakeClock()
        self.protector = Protector(SECRET)
        self.sender = CaptureSender()
        self.repo: Repository | None = None
        self.runtime: Runtime | None = None
        self.transcript: list[Reply] = []
        self.media_store = MediaStore(db_path.parent / "media", self.protector)
        self._read: dict[str, int] = {}

    async def start(self) -> ChatSimulator:
        self.repo = await open_repository(self.db_url, self.protector)
        self.runtime = Runtime(self.repo, make_engine(), clock=self.clock)
        self.runtime.senders[self.channel] = self.sender
        self.runtime.start(timers=False)
        return self

    async def close(self) -> None:
        if self.runtime is not None:
            await self.runtime.stop()
        if self.repo is not None:
            await self.repo.close()

    async def restart(self) -> None:
        """As if the process died and came back: nothing survives but the database file."""
        await self.close()
        await self.start()

    async def seed(self, rows: Sequence[ParticipantRow], officers: Sequence[OfficerRow] = ()) -> None:
        assert self.repo is not None
        async with self.repo.transaction() as tx:
            await tx.upsert_participants(list(rows))
            await tx.upsert_officers(list(officers))

    def inbox(self, user: str) -> list[Reply]:
        """Messages for `user` not yet read: what arrived for them while someone else was chatting."""
        seen = self._read.get(user, 0)
        mine = [m.reply for m in self.sender.sent if m.user == user]
        self._read[user] = len(mine)
        return mine[seen:]

    def switch(self, user: str) -> list[Reply]:
        """Become another user (another phone); returns what arrived for them meanwhile."""
        self.inbox(self.user)
        self.user = user
        replies = self.inbox(user)
        self.transcript.extend(replies)
        return replies

    # -- what a user does ----------------------------------------------------------------

    async def _deliver(self, event: Event, event_id: str | None = None) -> list[Reply]:
        assert self.runtime is not None
        before = len(self.sender.sent)
        record = InboundRecord(self.channel, event_id or uuid.uuid4().hex, self.user, event, self.clock())
        await self.runtime.submit(record)
        replies = [m.reply for m in self.sender.sent[before:] if m.user == self.user]
        self.transcript.extend(replies)
        return replies

    async def send(self, text: str, *, event_id: str | None = None) -> list[Reply]:
        return await self._deliver(Event(kind=EventKind.TEXT, text=text, language=self.language), event_id)

    async def command(self, name: str) -> list[Reply]:
        return await self._deliver(Event(kind=EventKind.COMMAND, command=name, language=self.language))

    async def media(self, mime_type: str = "image/jpeg", content: bytes = b"synthetic photo",
                    size: int | None = None, *, event_id: str | None = None, raw: bool = False,
                    caption: str | None = None, sticker: bool = False) -> list[Reply]:
        """Send a file as a channel would hand it over: fetched and stored unless it is refused. The content
        starts with the magic bytes of its type, as a real photo or PDF does, unless `raw`."""
        if not raw:
            content = synthetic_file(mime_type, content)

        async def download(_file_id: str) -> bytes:
            return content

        media = Media(file_id=uuid.uuid4().hex, mime_type=mime_type,
                      size=len(content) if size is None else size, caption=caption, sticker=sticker)
        media = await self.media_store.fetch(media, download)
        return await self._deliver(Event(kind=EventKind.MEDIA, media=media, language=self.language), event_id)

    async def contact(self, phone: str, *, own: bool = True) -> list[Reply]:
        return await self._deliver(Event(kind=EventKind.CONTACT, contact=Contact(phone=phone, own=own),
                                         language=self.language))

    async def tap(self, label: str, *, data: str | None = None) -> list[Reply]:
        """Tap the newest button with this label (buttons of older messages stay tappable, as in Telegram)."""
        if data is None:
            for reply in reversed(self.transcript):
                for choice in reply.choices:
                    if choice.label == label:
                        data = reply.callback_data(choice)
                        break
                if data is not None:
                    break
        if data is None:
            raise AssertionError(f"no button labelled {label!r} was ever shown")
        return await self._deliver(Event(kind=EventKind.CHOICE, choice=data, language=self.language))

    async def advance(self, **delta: float) -> list[Reply]:
        """Move the clock and fire whatever timers came due."""
        assert self.runtime is not None
        before = len(self.sender.sent)
        self.clock.advance(**delta)
        await self.runtime.fire_due_timers()
        while await self.runtime.drain_once():
            pass
        replies = [m.reply for m in self.sender.sent[before:] if m.user == self.user]
        self.transcript.extend(replies)
        return replies

    # -- what a test reads -------------------------------------------------------------------

    @property
    def last(self) -> Reply:
        return self.transcript[-1]

    @property
    def last_text(self) -> str:
        return "\n\n".join(render(r) for r in self.transcript[-1:])

    def labels(self) -> list[str]:
        return [choice.label for choice in self.last.choices]
