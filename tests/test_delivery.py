"""Nothing lost, nothing twice: duplicates, restarts, many users at once, and a bug in a flow."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import uuid
from pathlib import Path

import pytest

from bot.runtime import Runtime
from conversations.engine import Engine
from conversations.model import Event, EventKind
from storage.base import InboundRecord, UserKey
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.chat import SECRET, ChatSimulator, make_engine
from tests.factories import ACTIVE


async def test_a_duplicate_delivery_is_answered_once(chat: ChatSimulator) -> None:
    first = await chat.send("1", event_id="tg:100")
    second = await chat.send("1", event_id="tg:100")
    assert len(first) == 1 and second == []
    assert chat.last.text.startswith("Ketik NIK Anda")


async def test_an_event_recorded_before_a_crash_is_processed_after_restart(chat: ChatSimulator) -> None:
    await chat.send("1")
    assert chat.repo is not None and chat.runtime is not None
    await chat.runtime.stop()  # the process dies right after the platform handed us the message
    await chat.runtime.record(InboundRecord("console", "late-1", chat.user,
                                            Event(kind=EventKind.TEXT, text=ACTIVE.nik), chat.clock()))
    await chat.restart()
    while await chat.runtime.drain_once():
        pass
    assert chat.sender.sent[-1].reply.text.startswith("NIK tertulis di banyak tempat")


@pytest.mark.parametrize("batch_size", [1000, 7])
async def test_many_users_at_once_each_in_order(tmp_path: Path, batch_size: int) -> None:
    """Batches of 7: the 50 arrivals of a moment are split over several transactions, in order."""
    sim = await ChatSimulator(tmp_path / "kawan.db").start()
    await sim.seed([ACTIVE])
    assert sim.runtime is not None
    sim.runtime.batch_size = batch_size
    try:
        async def journey(user: str) -> None:
            for text in ("menu", "1", ACTIVE.nik, ACTIVE.kpj):
                await sim.runtime.submit(InboundRecord("console", uuid.uuid4().hex, user,
                                                       Event(kind=EventKind.TEXT, text=text), sim.clock()))

        await asyncio.gather(*(journey(f"user{i}") for i in range(50)))
    finally:
        await sim.close()
    by_user: dict[str, list[str]] = {}
    for message in sim.sender.sent:
        by_user.setdefault(message.user, []).append(message.reply.text)
    assert len(by_user) == 50
    for texts in by_user.values():
        assert [t.split("\n")[0][:24] for t in texts] == [
            "Halo, saya Kawan Kerja, ", "Ketik NIK Anda (16 angka", "NIK tertulis di banyak t", "Ini data kepesertaan Bap"]
    db = sqlite3.connect(tmp_path / "kawan.db")
    assert db.execute("SELECT count(*), min(state), max(state) FROM conversation").fetchone() == (
        50, "status.found", "status.found")
    assert db.execute("SELECT count(*) FROM inbound_event WHERE processed_at IS NULL").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM inbound_event WHERE payload IS NOT NULL").fetchone() == (0,)


async def test_a_backlog_bigger_than_a_batch_is_drained_batch_after_batch_without_waiting(tmp_path: Path) -> None:
    repo = await SqliteRepository.open(f"sqlite:///{tmp_path / 'kawan.db'}", Protector(SECRET))
    try:
        left = Runtime(repo, make_engine())  # not started: as a process that recorded events and then died
        await left.record_many([InboundRecord("console", f"e{n}", f"user{n}", Event(kind=EventKind.TEXT, text="menu"),
                                              left.clock()) for n in range(20)])
        runtime = Runtime(repo, make_engine(), batch_size=7)
        runtime.start(timers=False)
        try:
            for _ in range(300):  # well before the drain's 5-second look, which would also find them
                await asyncio.sleep(0.01)
                async with repo.transaction() as tx:
                    if not await tx.pending_events(100):
                        break
            async with repo.transaction() as tx:
                assert await tx.pending_events(100) == []
                [(replies,)] = await tx._db.execute_fetchall("SELECT count(*) FROM outbox")  # type: ignore[attr-defined]
        finally:
            await runtime.stop()
    finally:
        await repo.close()
    assert replies == 20


async def test_a_bug_in_a_flow_gets_an_apology_not_silence(chat: ChatSimulator,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    await chat.send("1")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug in a flow")

    monkeypatch.setattr(Engine, "_on_text", broken)
    replies = await chat.send(ACTIVE.nik)
    assert replies[-1].text.startswith("Maaf, terjadi kesalahan di sistem kami")
    monkeypatch.undo()
    assert (await chat.send("menu"))[-1].choices  # the user can carry on


async def test_a_proof_stored_without_its_nik_asks_for_the_nik(chat: ChatSimulator) -> None:
    """A conversation left at the KPJ question without a NIK (as "kembali" on a result once left it)."""
    await chat.send("1")
    assert chat.repo is not None
    key = UserKey("console", chat.user)
    async with chat.repo.transaction() as tx:
        conv = (await tx.load_conversations([key]))[key]
        await tx.save_conversations([dataclasses.replace(conv, state="status.ask_kpj")])
    replies = await chat.send(ACTIVE.kpj)
    assert replies[-1].text == "Ketik NIK Anda (16 angka di KTP atau KK)."


JOURNEYS = {
    "u1": ["menu", "1", ACTIVE.nik, ACTIVE.kpj],
    "u2": ["1", "menu", "2", "kembali"],
    "u3": ["halo", "5", "batal", "4"],
}


async def _answers_in_one_batch(sim: ChatSimulator, journeys: dict[str, list[str]]) -> dict[str, list[str]]:
    """Every message of every user recorded at once, so one drain processes them all in one transaction."""
    assert sim.runtime is not None
    records = [InboundRecord("console", uuid.uuid4().hex, user, Event(kind=EventKind.TEXT, text=text), sim.clock())
               for position in range(max(map(len, journeys.values())))
               for user, texts in journeys.items() if position < len(texts) for text in [texts[position]]]
    assert all(await sim.runtime.record_many(records))
    await sim.runtime.flush_outbox()
    return _by_user(sim)


def _by_user(sim: ChatSimulator) -> dict[str, list[str]]:
    by_user: dict[str, list[str]] = {}
    for message in sim.sender.sent:
        by_user.setdefault(message.user, []).append(message.reply.text)
    return by_user


async def test_a_batch_of_many_users_and_messages_answers_each_as_one_at_a_time(tmp_path: Path) -> None:
    """The drain steps a batch a phase at a time (every user's step, then every effect, then every result);
    each user's answers are those of their messages handled one after the other."""
    apart = await ChatSimulator(tmp_path / "apart.db").start()
    together = await ChatSimulator(tmp_path / "together.db").start()
    try:
        for sim in (apart, together):
            await sim.seed([ACTIVE])
        for user, texts in JOURNEYS.items():
            apart.user = user
            for text in texts:
                await apart.send(text)
        batched = await _answers_in_one_batch(together, JOURNEYS)
    finally:
        await apart.close()
        await together.close()
    assert batched == _by_user(apart)
    assert batched["u1"][-1].startswith("Ini data kepesertaan Bapak")  # a look-up answered inside the batch
    states = {name: sqlite3.connect(tmp_path / f"{name}.db").execute(
        "SELECT user_key, state, version, history FROM conversation ORDER BY user_key").fetchall()
        for name in ("apart", "together")}
    assert states["together"] == states["apart"] and states["apart"][0][1] == "status.found"


async def test_a_bug_in_one_users_step_leaves_the_batch_and_their_later_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sim = await ChatSimulator(tmp_path / "kawan.db").start()
    await sim.seed([ACTIVE])
    step = Engine.step

    def breaks_on_boom(self: Engine, conversation, event, now):  # type: ignore[no-untyped-def]
        if event.kind is EventKind.TEXT and event.text == "boom":
            raise RuntimeError("a bug in a flow")
        return step(self, conversation, event, now)

    monkeypatch.setattr(Engine, "step", breaks_on_boom)
    try:
        answers = await _answers_in_one_batch(sim, {"u1": ["1", "boom", ACTIVE.nik], "u2": ["1", ACTIVE.nik]})
    finally:
        await sim.close()
    assert [a[:22] for a in answers["u1"]] == ["Ketik NIK Anda (16 ang", "Maaf, terjadi kesalaha",
                                               "NIK tertulis di banyak"]
    assert [a[:22] for a in answers["u2"]] == ["Ketik NIK Anda (16 ang", "NIK tertulis di banyak"]
