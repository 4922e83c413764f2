"""What every chat platform adapter provides to the runtime: a way to deliver one outbox message, and
what can come of it. The engine never sees any of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from storage.base import OutboundMessage


@dataclass(frozen=True, slots=True)
class Sent:
    platform_id: str | None


@dataclass(frozen=True, slots=True)
class RetryLater:
    """Rate-limited or a transient failure: nothing was delivered, try again after `seconds`."""

    seconds: float
    error: str


@dataclass(frozen=True, slots=True)
class Park:
    """The platform will not take it now (WhatsApp's 24-hour window): wait for the user's next message."""

    error: str


@dataclass(frozen=True, slots=True)
class GiveUp:
    """Undeliverable (blocked, unknown user), or an ambiguous timeout after which a resend could duplicate."""

    error: str


Outcome = Sent | RetryLater | Park | GiveUp


@dataclass(frozen=True, slots=True)
class Limits:
    """Sending limits of a platform (DESIGN.md): overall and per chat, as rates with a small burst."""

    per_second: float
    per_chat_per_second: float
    per_chat_burst: int


class ChannelSender(Protocol):
    channel: str
    limits: Limits

    async def deliver(self, message: OutboundMessage) -> Outcome: ...

