"""A PostgreSQL database for one test: a fresh schema on the server named by KAWAN_TEST_POSTGRES_URL.

CI (`.ci/run`) sets the variable; then a server that cannot be reached fails the tests. Without it (a
newcomer's laptop) the PostgreSQL tests are skipped with a message saying how to run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

URL = os.environ.get("KAWAN_TEST_POSTGRES_URL", "")
HOW = ("PostgreSQL tests skipped: set KAWAN_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test "
       "(any database you may create schemas in) to run them; .ci/run does.")


def required() -> str:
    """The server URL, or skip the test when none is configured."""
    if not URL:
        pytest.skip(HOW)
    return URL


def with_search_path(url: str, schema: str) -> str:
    parts = urlsplit(url)
    query = "&".join(p for p in (parts.query, f"search_path={schema}") if p)
    return urlunsplit(parts._replace(query=query))


@asynccontextmanager
async def fresh_schema() -> AsyncIterator[str]:
    """A URL whose tables live in a new, empty schema, dropped afterwards."""
    url = required()
    schema = f"kawan_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(url)  # unreachable with the variable set: the test fails, as it should
    try:
        await admin.execute(f'CREATE SCHEMA "{schema}"')
        yield with_search_path(url, schema)
    finally:
        await admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        await admin.close()
