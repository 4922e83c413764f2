"""PostgreSQL back end (asyncpg), for several `kawan run` workers sharing one database.

The tables are those of the SQLite back end (timestamps as fixed-width UTC text, blobs as bytea), so
the SQL of `SqliteTx` runs here through a small adapter (`?` → `$n`), and only what several workers
change is written again below:

- Advisory lock keys include the schema, so two deployments (or test runs) in one database never block each
  other.
- `pending_events` takes whole users: a transaction-scoped advisory lock per user, tried without waiting,
  so one user's events are processed by one worker at a time, oldest first, while other workers take
  other users;
- `pending_outbox` leases rows (`leased_until`) under a per-channel advisory lock, so two dispatchers
  never send the same message and a user's messages still leave in order;
- `take_due_timers` deletes the due rows it returns with FOR UPDATE SKIP LOCKED;
- nomination decisions in one kecamatan take a transaction lock first (`lock_area`), so a quota's last
  place is taken once.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import json
import logging
import re
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import asyncpg

from conversations.domain.claims import ClaimKind, ClaimStatus
from conversations.domain.claims import reference as claim_reference
from conversations.domain.nominations import Area
from conversations.model import CreateClaim, Event, Media
from storage import migrations
from storage.base import DueTimer, InboundRecord, OutboundMessage, PendingEvent, StoreError
from storage.crypto import Protector
from storage.keycheck import verify_key
from storage.participants import EncodedParticipant
from storage.sqlite import SENT_AGAIN, SqliteTx, area_values
from storage.timestamps import parse_ts, ts

log = logging.getLogger(__name__)

UTC = dt.UTC
MIGRATION_LOCK = 0x6B61_7761_6E00  # "kawan\0": one migrating worker at a time
CONNECT_TIMEOUT = 15.0
"""Seconds to reach PostgreSQL at start: an unreachable server is one clear line, not a hang."""


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


@lru_cache(maxsize=1024)
def to_postgres(sql: str) -> str:
    """The shared SQL in PostgreSQL's dialect: numbered parameters; an `? IS NULL` test typed as text."""
    numbers = itertools.count(1)
    return re.sub(r"\?", lambda _m: f"${next(numbers)}", sql.replace("? IS NULL", "?::text IS NULL"))


@dataclass(frozen=True, slots=True)
class _Result:
    """What the shared SQL reads of a statement's cursor: how many rows it touched."""

    rowcount: int


class PgConnection:
    """The part of aiosqlite's connection interface the shared SQL uses, on one asyncpg connection."""

    __slots__ = ("raw",)

    def __init__(self, raw: asyncpg.Connection) -> None:
        self.raw = raw

    async def execute_fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        return await self.raw.fetch(to_postgres(sql), *params)

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> _Result:
        status = await self.raw.execute(to_postgres(sql), *params)
        count = status.rsplit(" ", 1)[-1]
        return _Result(int(count) if count.isdigit() else 0)

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            await self.raw.executemany(to_postgres(sql), [tuple(row) for row in rows])


class PostgresTx(SqliteTx):
    __slots__ = ()
    _db: PgConnection  # type: ignore[assignment]

    async def _insert_all_new(self, encoded: Sequence[EncodedParticipant], now: str) -> bool:
        """SQLite's shortcut is not taken here: the import selects first, as it always did on PostgreSQL."""
        return False

    async def _insert_new_events(self, insert: str, params: list[Any], chunk: Sequence[InboundRecord],
                                 stored: dict[tuple[str, str], int]) -> None:
        """Sequence numbers are not a gap-free run here (other workers draw from the same sequence): asked for."""
        rows = await self._db.execute_fetchall(f"{insert} RETURNING channel, event_id, seq", params)
        stored.update(((channel, event_id), seq) for channel, event_id, seq in rows)

    async def pending_events(self, limit: int, known: Mapping[tuple[str, str], Event] | None = None
                             ) -> list[PendingEvent]:
        """Every pending event of the users this worker could lock, in order; other workers' users skipped."""
        candidates = await self._db.raw.fetch(
            "SELECT channel, user_key FROM inbound_event WHERE processed_at IS NULL "
            "GROUP BY channel, user_key ORDER BY min(seq) LIMIT $1", limit)
        locked: list[tuple[str, str]] = []
        for channel, user in candidates:
            if await self._db.raw.fetchval("SELECT pg_try_advisory_xact_lock(hashtextextended(current_schema() || chr(31) || $1, 0))",
                                           f"user\x1f{channel}\x1f{user}"):
                locked.append((channel, user))
        if not locked:
            return []
        rows = await self._db.raw.fetch(
            "SELECT e.seq, e.channel, e.event_id, e.user_key, e.payload FROM inbound_event AS e "
            "JOIN unnest($1::text[], $2::text[]) AS u (channel, user_key) "
            "ON e.channel = u.channel AND e.user_key = u.user_key "
            "WHERE e.processed_at IS NULL ORDER BY e.seq LIMIT $3",
            [c for c, _u in locked], [u for _c, u in locked], limit)
        return self._pending(rows, known or {})

    async def pending_outbox(
        self, channel: str, now: dt.datetime, limit: int, user: str | None = None
    ) -> list[OutboundMessage]:
        """Leased as in SQLite; a per-channel lock makes the leasing of two workers one after the other, so
        neither can lease a user's later message while the other is leasing an earlier one."""
        await self._lock(f"outbox\x1f{channel}")
        return await super().pending_outbox(channel, now, limit, user)

    async def take_due_timers(self, now: dt.datetime, limit: int) -> list[DueTimer]:
        rows = await self._db.raw.fetch(
            "DELETE FROM timer WHERE (channel, user_key, kind) IN ("
            " SELECT channel, user_key, kind FROM timer WHERE fire_at <= $1 ORDER BY fire_at LIMIT $2"
            " FOR UPDATE SKIP LOCKED) RETURNING channel, user_key, kind, fire_at, state_version",
            ts(now), limit)
        return sorted((DueTimer(c, u, k, parse_ts(f), v) for c, u, k, f, v in rows), key=lambda t: t.fire_at)

    async def create_claim(self, channel: str, user: str, claim: CreateClaim, year: int, at: dt.datetime,
                           area: Area | None = None) -> str:
        sealed = self._p.encrypt(json.dumps({"nik": claim.subject_nik, **claim.details},
                                            separators=(",", ":")).encode())
        claim_id = await self._db.raw.fetchval(
            "INSERT INTO claim (kind, benefit, status, channel, user_key, locale, subject_hash, sealed, "
            "event_date, checklist, optional, created_at, updated_at, city, kecamatan, kelurahan) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
            claim.kind, claim.benefit, ClaimStatus.DRAFT.value, channel, user, claim.locale,
            self._p.digest(claim.subject_nik), sealed, claim.event_date.isoformat(),
            json.dumps(list(claim.checklist)), json.dumps(list(claim.optional)), ts(at), ts(at), *area_values(area))
        ref = claim_reference(ClaimKind(claim.kind), year, claim_id)
        await self._db.raw.execute("UPDATE claim SET reference = $1 WHERE id = $2", ref, claim_id)
        return ref

    async def attach_document(self, reference: str, item: str, media: Media, at: dt.datetime) -> bool:
        status = await self._db.raw.execute(
            "INSERT INTO claim_document (claim_id, digest, item, mime_type, size, received_at) "
            "SELECT id, $1::text, $2::text, $3::text, $4::bigint, $5::text FROM claim WHERE reference = $6 "
            + SENT_AGAIN,
            media.digest, item, media.mime_type, media.size, ts(at), reference)
        added = status.endswith(" 1")
        if added:
            await self._db.raw.execute("UPDATE claim SET updated_at = $1 WHERE reference = $2",
                                       ts(at), reference)
        return added


    async def lock_area(self, kecamatan: str) -> None:
        await self._lock(f"area\x1f{kecamatan}")

    async def _lock(self, name: str) -> None:
        """A lock held until the transaction ends; waits for whoever holds it."""
        await self._db.raw.execute("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || chr(31) || $1, 0))", name)


class PostgresRepository:
    one_writer = False
    """Several workers share the database: another may have recorded what this one has not."""

    def __init__(self, pool: asyncpg.Pool, protector: Protector) -> None:
        self._pool = pool
        self.protector = protector

    @classmethod
    async def open(cls, url: str, protector: Protector, *, migrate: bool = True,
                   max_connections: int = 10) -> PostgresRepository:
        try:
            pool = await asyncio.wait_for(asyncpg.create_pool(url, min_size=1, max_size=max_connections),
                                          CONNECT_TIMEOUT)
        except (OSError, TimeoutError, asyncpg.PostgresError) as error:
            raise StoreError(f"cannot open the PostgreSQL database: {type(error).__name__}: {error}") from error
        repo = cls(pool, protector)
        try:
            if migrate:
                await repo.migrate()
                await repo.verify_key()
        except BaseException:
            await pool.close()
            raise
        return repo

    async def verify_key(self) -> None:
        async with self._pool.acquire() as connection:
            async def read(sql: str) -> bytes | None:
                value = await connection.fetchval(sql)
                return None if value is None else bytes(value)

            async def write(sealed: bytes) -> None:
                await connection.execute(
                    "INSERT INTO key_check (id, sealed, created_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING",
                    sealed, ts(dt.datetime.now(UTC)))

            await verify_key(self.protector, read, write)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[PostgresTx]:
        async with self._pool.acquire() as connection, connection.transaction():
            yield PostgresTx(PgConnection(connection), self.protector)  # type: ignore[arg-type]

    async def applied_migrations(self) -> list[str]:
        async with self._pool.acquire() as connection:
            return await self._applied(connection)

    @staticmethod
    async def _applied(connection: asyncpg.Connection) -> list[str]:
        await connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)")
        rows = await connection.fetch("SELECT version FROM schema_migrations ORDER BY version")
        return [row[0] for row in rows]

    async def migrate(self) -> list[str]:
        """Each migration in its own transaction; workers starting together wait for the one migrating."""
        applied = []
        async with self._pool.acquire() as connection:
            await connection.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                done = set(await self._applied(connection))
                for migration in migrations.load("postgres"):
                    if migration.version in done:
                        continue
                    async with connection.transaction():
                        await connection.execute(migration.sql)
                        await connection.execute(
                            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
                            migration.version, migration.name, ts(dt.datetime.now(UTC)))
                    applied.append(f"{migration.version}_{migration.name}")
            finally:
                await connection.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        return applied

    @asynccontextmanager
    async def leader(self, name: str, retry_every: float = 2.0) -> AsyncIterator[None]:
        """Wait until this process is the one doing `name` (polling Telegram, say), and stay so until exit.

        A session advisory lock on a connection held for as long as the role: if the process dies, its
        connection closes, the lock is freed and a standby worker takes over within `retry_every`."""
        key = f"leader\x1f{name}"
        async with self._pool.acquire() as connection:
            waited = False
            while not await connection.fetchval("SELECT pg_try_advisory_lock(hashtextextended(current_schema() || chr(31) || $1, 0))", key):
                if not waited:
                    log.info("another worker does %s; standing by", name)
                    waited = True
                await asyncio.sleep(retry_every)
            if waited:
                log.info("taking over %s", name)
            try:
                yield
            finally:
                with contextlib.suppress(Exception):  # a closed connection has released it already
                    await connection.execute("SELECT pg_advisory_unlock(hashtextextended(current_schema() || chr(31) || $1, 0))", key)

    async def close(self) -> None:
        await self._pool.close()
