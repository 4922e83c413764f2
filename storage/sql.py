"""The few connection methods the shared SQL uses: aiosqlite's connection has them, and PostgreSQL's
stand-in (storage.postgres.PgConnection) has them too, so one set of queries serves both."""

from __future__ import annotations

from typing import Any, Protocol


class Sql(Protocol):
    async def execute_fetchall(self, sql: str, parameters: Any = ..., /) -> list[Any]: ...

    async def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    async def executemany(self, sql: str, parameters: Any, /) -> Any: ...
