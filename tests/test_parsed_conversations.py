"""A conversation read back as it was written is not decrypted and parsed again; any change to its row is."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from conversations.model import Conversation
from storage.base import UserKey
from storage.crypto import Protector
from storage.parsed import ParsedConversations
from storage.sqlite import SqliteRepository, _json_list
from tests.chat import SECRET
from tests.factories import ACTIVE

T0 = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)
KEY = UserKey("console", "u1")


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[SqliteRepository]:
    repository = await SqliteRepository.open(f"sqlite:///{tmp_path / 'parsed.db'}", Protector(SECRET))
    try:
        yield repository
    finally:
        await repository.close()


def _conversation(version: int, draft: dict[str, object]) -> Conversation:
    return Conversation("console", "u1", "status.ask_kpj", version, draft, ("menu.main",), "id", None, (), T0,
                        {"greeted": True})


async def _raw(repo: SqliteRepository, sql: str) -> list[tuple[object, ...]]:
    async with repo.transaction() as tx:
        return list(await tx._db.execute_fetchall(sql))


async def test_a_row_read_back_unchanged_gives_the_conversation_written(repo: SqliteRepository) -> None:
    written = _conversation(3, {"schema_version": 1, "nik": ACTIVE.nik})
    async with repo.transaction() as tx:
        await tx.save_conversations([written])
        assert (await tx.load_conversations([KEY]))[KEY] is written


async def test_a_changed_row_is_read_afresh(repo: SqliteRepository) -> None:
    async with repo.transaction() as tx:
        await tx.save_conversations([_conversation(3, {"schema_version": 1, "nik": ACTIVE.nik})])
    await _raw(repo, "UPDATE conversation SET state = 'menu.main', version = 9")  # as another process would
    async with repo.transaction() as tx:
        read = (await tx.load_conversations([KEY]))[KEY]
    assert isinstance(read, Conversation) and (read.state, read.version) == ("menu.main", 9)
    assert read.draft == {"schema_version": 1, "nik": ACTIVE.nik}


async def test_an_unchanged_draft_is_not_sealed_again(repo: SqliteRepository) -> None:
    draft = {"schema_version": 1, "nik": ACTIVE.nik}
    async with repo.transaction() as tx:
        await tx.save_conversations([_conversation(3, draft)])
    [(sealed_before,)] = await _raw(repo, "SELECT draft FROM conversation")
    async with repo.transaction() as tx:
        await tx.save_conversations([_conversation(4, dict(draft))])  # an equal draft, another dict
    [(sealed_after, version)] = await _raw(repo, "SELECT draft, version FROM conversation")
    assert sealed_after == sealed_before and version == 4
    async with repo.transaction() as tx:
        await tx.save_conversations([_conversation(5, {"schema_version": 1})])
    [(sealed_changed,)] = await _raw(repo, "SELECT draft FROM conversation")
    assert sealed_changed != sealed_before
    repo._parsed = ParsedConversations()  # as after a restart: the stored row reads back as written
    async with repo.transaction() as tx:
        read = (await tx.load_conversations([KEY]))[KEY]
    assert isinstance(read, Conversation) and read.draft == {"schema_version": 1} and read.version == 5


async def test_an_erased_account_is_not_kept_in_memory_either(repo: SqliteRepository) -> None:
    async with repo.transaction() as tx:
        await tx.save_conversations([_conversation(3, {"schema_version": 1, "nik": ACTIVE.nik})])
        await tx.erase_subject(ACTIVE.nik)
        assert await tx.load_conversations([KEY]) == {}
    assert repo._parsed.latest(KEY) is None


def test_the_oldest_is_let_go_past_the_limit() -> None:
    kept = ParsedConversations(limit=2)
    for user in ("a", "b", "a", "c"):  # "a" written again: "b" is now the oldest
        kept.put(UserKey("console", user), (user,), _conversation(1, {}))
    assert [kept.latest(UserKey("console", u)) is not None for u in ("a", "b", "c")] == [True, False, True]


@pytest.mark.parametrize("values", [(), ("home",), ("status.ask_nik", 'a "quoted" \\ state', "é", "💚")])
def test_a_stored_list_is_written_as_json_dumps_always_wrote_it(values: tuple[str, ...]) -> None:
    """Rows written before and after must compare equal, or no stored conversation is ever recognised."""
    assert _json_list(values) == json.dumps(list(values))
