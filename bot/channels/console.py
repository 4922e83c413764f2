"""The terminal channel: one user message per line in, the bot's replies with numbered choices out."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from bot.media import MediaStore, sniff_type
from conversations.model import Event, EventKind, Media, Reply
from storage.base import InboundRecord, OutboundMessage

if TYPE_CHECKING:
    from bot.runtime import Runtime

CHANNEL = "console"
SEND_FILE = "/kirim "
"""`/kirim PATH`: the terminal's way to send a photo or a PDF, as a phone would; `/kirim PATH | CAPTION` with the
caption a phone sends with it ("ktp suami saya")."""
CAPTION_AFTER = " | "
MAX_READ = 25 * 1024 * 1024


def render(reply: Reply) -> str:
    lines = [reply.text]
    lines.extend(f"  {number}. {choice.label}" for number, choice in enumerate(reply.choices, start=1))
    return "\n".join(lines)


class ConsoleSender:
    """Prints each reply, separated by a blank line; flushes so a pipe reader sees it at once."""

    def __init__(self, out: IO[str], user: str | None = None) -> None:
        self._out = out
        self.only_user = user

    async def send(self, messages: Sequence[OutboundMessage]) -> list[str | None]:
        for message in messages:
            self._out.write(render(message.reply) + "\n\n")
        self._out.flush()
        return [None] * len(messages)


async def read_lines(stream: IO[str]) -> asyncio.Queue[str | None]:
    """Read stdin in a thread so the event loop (timers, outbox) keeps running while we wait."""
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    loop = asyncio.get_running_loop()

    def pump() -> None:
        for line in stream:
            loop.call_soon_threadsafe(queue.put_nowait, line.rstrip("\r\n"))
        loop.call_soon_threadsafe(queue.put_nowait, None)

    loop.run_in_executor(None, pump)
    return queue


def is_interactive(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False



async def file_event(runtime: Runtime, store: MediaStore, user: str, path_text: str,
                     language: str | None) -> InboundRecord | None:
    """A file from disk as the platform would hand it over: its type read from its first bytes, stored
    encrypted unless refused (the flow says why). None when the file cannot be read at all."""
    path_text, _bar, caption = path_text.partition(CAPTION_AFTER)
    path = Path(path_text.strip()).expanduser()
    try:
        with path.open("rb") as handle:
            content = handle.read(MAX_READ)
    except OSError:
        return None
    size = path.stat().st_size

    async def from_disk(_file_id: str) -> bytes:
        return content

    media = Media(file_id=uuid.uuid4().hex, mime_type=sniff_type(content) or "application/octet-stream", size=size,
                  file_name=path.name, caption=caption.strip() or None)
    media = await store.fetch(media, from_disk)
    return InboundRecord(channel=CHANNEL, event_id=uuid.uuid4().hex, user=user,
                         event=Event(kind=EventKind.MEDIA, media=media, language=language), received_at=runtime.clock())
