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



def shared_place(latitude: float, longitude: float, name: str | None = None, address: str | None = None) -> str:
    """A location shared from the phone, as the text it answers with: its name and address when the platform gives
    them, and a map link the officer can open. At "Di mana kecelakaannya terjadi?" it is the answer; it was read as
    an empty message ("Pesan Anda kosong")."""
    said = ", ".join(part.strip() for part in (name, address) if part and part.strip())
    link = f"https://maps.google.com/?q={latitude:.6f},{longitude:.6f}"
    return f"{said} {link}" if said else link
