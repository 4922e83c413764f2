from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.chat import ChatSimulator
from tests.factories import ROSTER
from tests.postgres import fresh_schema


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-transcripts", action="store_true", help="rewrite tests/transcripts/*.txt")


@pytest.fixture(params=["sqlite", "postgres"])
async def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Each test that takes it runs twice: on a SQLite file and on a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kawan.db'}"
        return
    async with fresh_schema() as url:
        yield url


@pytest.fixture
async def chat(tmp_path: Path, backend_url: str) -> AsyncIterator[ChatSimulator]:
    simulator = await ChatSimulator(tmp_path / "kawan.db", db_url=backend_url).start()
    await simulator.seed(ROSTER)
    try:
        yield simulator
    finally:
        await simulator.close()
