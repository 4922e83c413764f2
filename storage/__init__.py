"""Storage: one async repository interface; SQLite for a city on one machine, PostgreSQL for several workers."""

from storage.base import (
    DueTimer,
    InboundRecord,
    NewMessage,
    OutboundMessage,
    ParticipantRow,
    PendingEvent,
    Repository,
    StoredParticipant,
    StoreError,
    TimerRow,
    Tx,
    UpsertCounts,
    UserKey,
    WrongSecretKey,
)
from storage.crypto import Protector

__all__ = [
    "DueTimer", "InboundRecord", "NewMessage", "OutboundMessage", "ParticipantRow", "PendingEvent",
    "Protector", "Repository", "StoreError", "StoredParticipant", "TimerRow", "Tx", "UpsertCounts", "UserKey",
    "WrongSecretKey", "open_repository",
]


async def open_repository(url: str, protector: Protector) -> Repository:
    """Open (and migrate) the repository named by a KAWAN_DATABASE_URL."""
    if url.startswith("sqlite:"):
        from storage.sqlite import SqliteRepository

        repo = await SqliteRepository.open(url, protector)
        return repo
    if url.startswith(("postgresql://", "postgres://")):
        from storage.postgres import PostgresRepository

        return await PostgresRepository.open(url, protector)
    raise StoreError(f"unsupported database URL scheme: {url.split(':', 1)[0]}")
