from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.chat import ChatSimulator
from tests.factories import ROSTER


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-transcripts", action="store_true", help="rewrite tests/transcripts/*.txt")


@pytest.fixture
async def chat(tmp_path: Path) -> AsyncIterator[ChatSimulator]:
    simulator = await ChatSimulator(tmp_path / "kawan.db").start()
    await simulator.seed(ROSTER)
    try:
        yield simulator
    finally:
        await simulator.close()
