"""Storage: one async repository interface; SQLite for a city on one machine, PostgreSQL for several workers.

Nothing is imported here but on demand: a roster worker process imports `storage.participants` and
`storage.crypto` without the repository's models."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.base import Repository
    from storage.crypto import Protector


async def open_repository(url: str, protector: Protector) -> Repository:
    """Open (and migrate) the repository named by a KAWAN_DATABASE_URL."""
    from storage.base import StoreError

    if url.startswith("sqlite:"):
        from storage.sqlite import SqliteRepository

        repo = await SqliteRepository.open(url, protector)
        return repo
    if url.startswith(("postgresql://", "postgres://")):
        from storage.postgres import PostgresRepository

        return await PostgresRepository.open(url, protector)
    raise StoreError(f"unsupported database URL scheme: {url.split(':', 1)[0]}")
