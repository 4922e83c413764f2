"""The terminal channel: one user message per line in, the bot's replies with numbered choices out."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import IO

from conversations.model import Reply
from storage.base import OutboundMessage

CHANNEL = "console"


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

