"""Storage: one async repository interface, a SQLite back end (and PostgreSQL later)."""

from storage.base import (
    DueTimer,
    InboundRecord,
    NewMessage,
    OutboundMessage,
    ParticipantRow,
    PendingEvent,
    Repository,
    StoredParticipant,
    TimerRow,
    Tx,
    UpsertCounts,
    UserKey,
)
from storage.crypto import Protector

__all__ = [
    "DueTimer", "InboundRecord", "NewMessage", "OutboundMessage", "ParticipantRow", "PendingEvent",
    "Protector", "Repository", "StoredParticipant", "TimerRow", "Tx", "UpsertCounts", "UserKey",
    "open_repository",
]


async def open_repository(url: str, protector: Protector) -> Repository:
    """Open (and migrate) the repository named by a KAWAN_DATABASE_URL."""
    if url.startswith("sqlite:"):
        from storage.sqlite import SqliteRepository

        repo = await SqliteRepository.open(url, protector)
        return repo
    raise ValueError(f"unsupported database URL scheme: {url.split(':', 1)[0]}")
