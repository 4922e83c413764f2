"""`kawan migrate-data --from sqlite:///kawan.db --to postgresql://…`: a city's SQLite file into PostgreSQL.

The two schemas hold the same columns (timestamps as the same UTC text, encrypted values as the same
bytes), so rows are copied as they are: nothing is decrypted, and the target must run with the same
KAWAN_SECRET_KEY. Each table goes through a temporary table and `INSERT … ON CONFLICT DO NOTHING`, so a
second run copies nothing twice; identity sequences are moved past the copied ids; then every table is
counted on both sides.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import aiosqlite
import asyncpg

from storage.crypto import Protector
from storage.postgres import PostgresRepository, is_postgres_url
from storage.sqlite import SqliteRepository, sqlite_path

log = logging.getLogger(__name__)

TABLES: tuple[tuple[str, str | None], ...] = (
    ("conversation", None), ("conversation_set_aside", "id"), ("inbound_event", "seq"), ("outbox", "id"),
    ("timer", None), ("participant", "id"), ("audit_log", "id"), ("claim", "id"), ("claim_document", None),
    ("officer", "id"), ("officer_account", None), ("officer_code", None), ("nomination", "id"),
    ("nomination_token", None), ("quota", None), ("setting", None), ("contact_point", None),
    ("proof_code", None), ("proof_failure", None), ("desk_signin", None), ("desk_session", None),
    ("activity", None), ("opt_out", None), ("broadcast", "id"), ("outreach", "id"), ("death_report", "id"),
    ("ticket", "id"), ("ticket_message", "id"), ("kept_form", None),
)
"""Every table with data, parents before children; the identity column whose sequence must move on."""
LEFT_OUT = {
    "schema_migrations": "the target's own, written by its migrations",
    "key_check": "the target's own, sealed with the same key when it is opened",
}
"""Tables not copied, and why. A table in neither is refused: a move never silently leaves one behind (opt-outs,
tickets and death reports once were)."""
CHUNK = 20_000


class MigrationError(Exception):
    """The copy cannot start or did not arrive whole; the message says which."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    table: str
    source: int
    copied: int
    """Rows new in the target this run (0 on a second run)."""
    target: int


async def migrate_data(source_url: str, target_url: str, protector: Protector,
                       progress: Callable[[str, int], None] = lambda table, rows: None) -> list[TableCopy]:
    if not source_url.startswith("sqlite:///"):
        raise MigrationError("--from must be a SQLite URL, e.g. sqlite:///kawan.db")
    if not is_postgres_url(target_url):
        raise MigrationError("--to must be a PostgreSQL URL, e.g. postgresql://kawan@db:5432/kawan")
    # Both schemas brought up to date first: the same migrations, so the same columns.
    source_repo = await SqliteRepository.open(source_url, protector)
    await source_repo.close()
    source = await aiosqlite.connect(sqlite_path(source_url))
    try:
        await _refuse_unknown_tables(source)
        target_repo = await PostgresRepository.open(target_url, protector)
        await target_repo.close()
    except BaseException:
        await source.close()
        raise
    target = await asyncpg.connect(target_url)
    try:
        report = []
        for table, identity in TABLES:
            copied = await _copy(source, target, table, progress)
            if identity is not None:
                await target.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{identity}'), "
                    f"coalesce((SELECT max({identity}) FROM {table}), 0) + 1, false)")
            counted = await source.execute_fetchall(f"SELECT count(*) FROM {table}")
            target_count = await target.fetchval(f"SELECT count(*) FROM {table}")
            report.append(TableCopy(table, int(next(iter(counted))[0]), copied, int(target_count)))
        short = [r for r in report if r.target < r.source]
        if short:
            raise MigrationError("rows missing in the target: " + ", ".join(
                f"{r.table} {r.target} of {r.source}" for r in short))
        return report
    finally:
        await source.close()
        await target.close()


async def _refuse_unknown_tables(source: aiosqlite.Connection) -> None:
    found = {name for (name,) in await source.execute_fetchall(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    unknown = sorted(found - {table for table, _identity in TABLES} - set(LEFT_OUT))
    if unknown:
        raise MigrationError(f"tables this version cannot copy: {', '.join(unknown)} (nothing was copied; "
                             "a database written by a newer kawan needs that version to move it)")


async def _copy(source: aiosqlite.Connection, target: asyncpg.Connection, table: str,
                progress: Callable[[str, int], None]) -> int:
    cursor = await source.execute(f"SELECT * FROM {table}")
    columns = [d[0] for d in cursor.description]
    names = ", ".join(columns)
    copied = 0
    async with target.transaction():
        await target.execute(f"CREATE TEMP TABLE incoming (LIKE {table}) ON COMMIT DROP")
        while rows := await cursor.fetchmany(CHUNK):
            await target.copy_records_to_table("incoming", records=[tuple(row) for row in rows], columns=columns)
            status = await target.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM incoming "
                "ON CONFLICT DO NOTHING")
            copied += int(status.rsplit(" ", 1)[-1])
            await target.execute("TRUNCATE incoming")
            progress(table, len(list(rows)))
    await cursor.close()
    log.info("copied %s: %d new rows", table, copied)
    return copied
