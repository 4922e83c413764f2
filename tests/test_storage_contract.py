"""One contract for every Repository back end: SQLite, and PostgreSQL when KAWAN_TEST_POSTGRES_URL is set."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from conversations.domain.claims import Benefit
from conversations.domain.nominations import Area
from conversations.model import Conversation, CreateClaim, Event, EventKind, Media, Notice, Reply
from storage.base import InboundRecord, NewMessage, Repository, TimerRow, UserKey
from storage.crypto import Protector
from storage.postgres import PostgresRepository
from storage.sqlite import SqliteRepository
from tests.chat import SECRET
from tests.factories import ACTIVE, LAPSED, participant
from tests.postgres import fresh_schema

T0 = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", "postgres"])
async def repo(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Repository]:
    if request.param == "sqlite":
        repository: Repository = await SqliteRepository.open(f"sqlite:///{tmp_path / 'contract.db'}",
                                                             Protector(SECRET))
        try:
            yield repository
        finally:
            await repository.close()
        return
    async with fresh_schema() as url:
        repository = await PostgresRepository.open(url, Protector(SECRET))
        try:
            yield repository
        finally:
            await repository.close()


def _record(event_id: str, user: str = "u1", text: str = "halo", seq: int | None = None) -> InboundRecord:
    return InboundRecord("console", event_id, user, Event(kind=EventKind.TEXT, text=text), T0, seq)


async def test_an_event_is_recorded_once(repo: Repository) -> None:
    async with repo.transaction() as tx:
        assert await tx.record_inbound(_record("e1"))
        assert not await tx.record_inbound(_record("e1", text="different body, same id"))
        pending = await tx.pending_events(10)
    assert [(p.event_id, p.event.text) for p in pending] == [("e1", "halo")]


async def test_events_this_transaction_recorded_are_taken_as_they_are_and_others_read_back(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.record_inbound(_record("e0", text="recorded earlier"))
        just_now = _record("e1", text="recorded in this batch")
        await tx.record_inbound(just_now)
        pending = await tx.pending_events(10, {("console", "e1"): just_now.event})
    assert [p.event.text for p in pending] == ["recorded earlier", "recorded in this batch"]
    assert pending[1].event is just_now.event


async def test_pending_events_come_oldest_first_and_leave_when_processed(repo: Repository) -> None:
    async with repo.transaction() as tx:
        for i in range(3):
            await tx.record_inbound(_record(f"e{i}", user=f"u{i % 2}"))
        pending = await tx.pending_events(10)
        assert [p.event_id for p in pending] == ["e0", "e1", "e2"]
        await tx.mark_processed(pending[:2], T0)
        assert [p.event_id for p in await tx.pending_events(10)] == ["e2"]
        # Dedupe outlives processing: a redelivery of e0 is still refused.
        assert not await tx.record_inbound(_record("e0"))


async def test_events_recorded_as_handled_are_not_pending_and_keep_only_what_was_said(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.record_inbound(_record("old"))
        handled = await tx.record_handled(
            [_record("a", text="NIK saya 6474030611028672"), _record("old"), _record("b", user="u2"), _record("a")],
            T0 + dt.timedelta(seconds=1))
        pending = await tx.pending_events(10)
        stored = await tx._db.execute_fetchall(  # type: ignore[attr-defined]
            "SELECT event_id, payload IS NULL, processed_at FROM inbound_event ORDER BY seq")
        said = await tx.recent_exchange("console", "u1", T0)
    assert [(e.event_id, e.user, e.event.text) if e else None for e in handled] == [
        ("a", "u1", "NIK saya 6474030611028672"), None, ("b", "u2", "halo"), None]
    assert handled[0] and handled[2] and handled[0].seq < handled[2].seq
    assert [p.event_id for p in pending] == ["old"]  # the handled ones are processed already
    assert [(event_id, bool(no_payload), at is not None) for event_id, no_payload, at in stored] == [
        ("old", False, False), ("a", True, True), ("b", True, True)]
    assert [m.text for m in said] == ["halo", "NIK saya …8672"]  # kept once recorded; masked as an officer sees it


async def test_events_recorded_as_handled_carry_the_sequence_numbers_they_were_stored_with(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.record_inbound(_record("old"))
        all_new = await tx.record_handled([_record("n1"), _record("n2", user="u2"), _record("n3")], T0)
        mixed = await tx.record_handled([_record("old"), _record("m1"), _record("n2"), _record("m2")], T0)
        one = await tx.record_handled([_record("m3")], T0)
        stored = dict(await tx._db.execute_fetchall("SELECT event_id, seq FROM inbound_event"))  # type: ignore[attr-defined]
    handed = [e for e in (*all_new, *mixed, *one) if e is not None]
    assert [e.event_id for e in handed] == ["n1", "n2", "n3", "m1", "m2", "m3"]
    assert [e.seq for e in handed] == [stored[e.event_id] for e in handed]


async def test_a_failed_transaction_leaves_nothing(repo: Repository) -> None:
    with pytest.raises(RuntimeError):
        async with repo.transaction() as tx:
            await tx.record_inbound(_record("e1"))
            await tx.save_conversations([Conversation("console", "u1", "status.ask_nik", 3)])
            raise RuntimeError("crash between the writes")
    async with repo.transaction() as tx:
        assert await tx.pending_events(10) == []
        assert await tx.load_conversations([UserKey("console", "u1")]) == {}


async def test_conversation_round_trip(repo: Repository) -> None:
    conv = Conversation("console", "u1", "status.ask_birth_date", 7, {"schema_version": 1, "nik": ACTIVE.nik},
                        ("menu.main", "status.ask_nik"), "en", Notice.EXPIRED, (T0,), T0)
    async with repo.transaction() as tx:
        await tx.save_conversations([conv])
    async with repo.transaction() as tx:
        loaded = await tx.load_conversations([UserKey("console", "u1"), UserKey("console", "nobody")])
    assert loaded == {UserKey("console", "u1"): conv}


async def test_outbox_delivery_and_retry(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.enqueue([NewMessage("console", "u1", Reply(text="satu")),
                          NewMessage("console", "u2", Reply(text="dua"))], T0)
        only_u2 = await tx.pending_outbox("console", T0, 10, user="u2")
        assert [m.user for m in only_u2] == ["u2"]
        await tx.release_messages([m.id for m in only_u2])
        first, second = await tx.pending_outbox("console", T0, 10)
        assert [first.reply.text, second.reply.text] == ["satu", "dua"]
        await tx.mark_sent([first.id], T0, ["tg-1"])
        await tx.mark_failed(second.id, "429", T0 + dt.timedelta(seconds=30))
        assert await tx.pending_outbox("console", T0, 10) == []
        retry = await tx.pending_outbox("console", T0 + dt.timedelta(seconds=31), 10)
    assert [(m.reply.text, m.attempts) for m in retry] == [("dua", 1)]


async def test_a_users_messages_never_overtake_one_that_waits(repo: Repository) -> None:
    later = T0 + dt.timedelta(seconds=31)
    async with repo.transaction() as tx:
        await tx.enqueue([NewMessage("whatsapp", "u1", Reply(text=t)) for t in ("a", "b")]
                         + [NewMessage("whatsapp", "u2", Reply(text="x"))], T0)
        a, b, x = await tx.pending_outbox("whatsapp", T0, 10)
        await tx.mark_failed(a.id, "rate limited", T0 + dt.timedelta(seconds=30))
        await tx.release_messages([b.id, x.id])  # the dispatcher did not try b (behind a) nor, here, x
        # b waits behind a
        assert [m.reply.text for m in await tx.pending_outbox("whatsapp", T0, 10)] == ["x"]
        await tx.release_messages([x.id])
        assert [m.reply.text for m in await tx.pending_outbox("whatsapp", later, 10)] == ["a", "b", "x"]
        await tx.park_messages([a.id], "131047")
        await tx.release_messages([b.id, x.id])
        assert [m.reply.text for m in await tx.pending_outbox("whatsapp", later, 10)] == ["x"]
        assert await tx.unpark_messages("whatsapp", "u1", later) == 1
        await tx.release_messages([x.id])
        assert [m.reply.text for m in await tx.pending_outbox("whatsapp", later, 10)] == ["a", "b", "x"]
        await tx.mark_sent([x.id], later, ["wamid.X"])
        assert await tx.record_delivery_status("whatsapp", "wamid.X", "read", None)
        assert not await tx.record_delivery_status("whatsapp", "wamid.unknown", "read", None)
        assert await tx.outbox_counts("whatsapp") == {"pending": 2, "sent": 1}


async def test_a_leased_message_is_not_taken_twice_until_the_lease_ends(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.enqueue([NewMessage("telegram", "u1", Reply(text="satu"))], T0)
        assert [m.reply.text for m in await tx.pending_outbox("telegram", T0, 10)] == ["satu"]
    async with repo.transaction() as tx:  # a second dispatcher, while the first is sending
        assert await tx.pending_outbox("telegram", T0 + dt.timedelta(seconds=5), 10) == []
    async with repo.transaction() as tx:  # the first died without a word: after the lease, it goes again
        again = await tx.pending_outbox("telegram", T0 + dt.timedelta(minutes=2), 10)
    assert [m.reply.text for m in again] == ["satu"]


async def test_timers_replace_and_fire_once(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.set_timers([TimerRow("console", "u1", "idle", T0 + dt.timedelta(minutes=30), 1)])
        await tx.set_timers([TimerRow("console", "u1", "idle", T0 + dt.timedelta(minutes=40), 2)])
        await tx.set_timers([TimerRow("console", "u2", "idle", T0 + dt.timedelta(minutes=5), 1)])
        await tx.clear_timers([("console", "u2", "idle")])
        assert await tx.take_due_timers(T0 + dt.timedelta(minutes=35), 10) == []
        due = await tx.take_due_timers(T0 + dt.timedelta(minutes=41), 10)
        assert [(t.user, t.version) for t in due] == [("u1", 2)]
        assert await tx.take_due_timers(T0 + dt.timedelta(minutes=50), 10) == []


async def test_roster_upsert_is_idempotent_and_updates_changes(repo: Repository) -> None:
    async with repo.transaction() as tx:
        first = await tx.upsert_participants([ACTIVE, LAPSED])
        again = await tx.upsert_participants([ACTIVE, LAPSED])
        changed = await tx.upsert_participants([participant(status="nonaktif")])
        stored = await tx.find_participant(ACTIVE.nik)
        assert await tx.count_participants() == 2
        assert await tx.find_participant("1571022205909999") is None
    assert (first.inserted, again.unchanged, changed.updated) == (2, 2, 1)
    assert stored is not None and stored.status == "nonaktif" and stored.full_name == "Budi Santoso"


async def test_a_roster_batch_mixing_new_changed_and_same_rows_writes_each_once(repo: Repository) -> None:
    """A batch that is not all new (a month's roster: most the same, a few changed, a few new) is sorted row by
    row, with nothing of a first, refused attempt left behind."""
    newcomers = [participant(serial=serial, full_name=f"Warga {serial}") for serial in range(2, 40)]
    async with repo.transaction() as tx:
        await tx.upsert_participants([ACTIVE, LAPSED])
        mixed = await tx.upsert_participants([*newcomers, participant(status="nonaktif"), LAPSED])
        assert await tx.count_participants() == 2 + len(newcomers)
        newcomer = await tx.find_participant(newcomers[-1].nik)
        changed = await tx.find_participant(ACTIVE.nik)
    assert (mixed.inserted, mixed.updated, mixed.unchanged) == (len(newcomers), 1, 1)
    assert newcomer is not None and newcomer.full_name == "Warga 39"
    assert changed is not None and changed.status == "nonaktif"


async def test_audit_log_is_append_only(repo: Repository, tmp_path: Path) -> None:
    async with repo.transaction() as tx:
        await tx.append_audit("admin", "import", "roster", {"rows": 2}, T0)
    if isinstance(repo, SqliteRepository):
        db = sqlite3.connect(tmp_path / "contract.db")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("DELETE FROM audit_log")
        db.close()
    else:
        for statement in ("DELETE FROM audit_log", "UPDATE audit_log SET actor = 'someone else'"):
            with pytest.raises(Exception, match="append-only"):
                async with repo.transaction() as tx:
                    await tx._db.execute(statement)  # type: ignore[attr-defined]
    async with repo.transaction() as tx:
        assert [(e.actor, e.data) for e in await tx.audit_entries()] == [("admin", {"rows": 2})]


async def test_migrations_are_recorded_and_not_reapplied(repo: Repository) -> None:
    applied = await repo.applied_migrations()
    assert applied == [f"{n:04d}" for n in range(1, len(applied) + 1)] and len(applied) >= 7
    assert await repo.migrate() == []


async def test_a_batch_of_events_is_recorded_with_duplicates_refused(repo: Repository) -> None:
    async with repo.transaction() as tx:
        await tx.record_inbound(_record("old"))
        fresh = await tx.record_inbound_many([_record("a"), _record("old"), _record("b"), _record("a")])
        pending = await tx.pending_events(10)
    assert fresh == [True, False, True, False]
    assert [p.event_id for p in pending] == ["old", "a", "b"]


async def test_a_file_on_a_claim_is_relabelled_once_and_only_on_its_own_claim(repo: Repository) -> None:
    claim = CreateClaim(kind="JKM", benefit=Benefit.JKM, subject_nik=ACTIVE.nik, event_date=dt.date(2026, 11, 20),
                        details={}, checklist=("kk", "ktp_deceased"), optional=(), locale="id")
    photo = Media(file_id="f1", mime_type="image/jpeg", size=10, digest="d" * 64)
    async with repo.transaction() as tx:
        reference = await tx.create_claim("console", "u1", claim, 2026, T0)
        other = await tx.create_claim("console", "u2", claim, 2026, T0)
        await tx.attach_document(reference, "kk", photo, T0)
        assert await tx.relabel_document(reference, photo.digest or "", "ktp_deceased", T0) == "kk"
        assert await tx.relabel_document(reference, photo.digest or "", "ktp_deceased", T0) is None  # already that
        assert await tx.relabel_document(other, photo.digest or "", "kk", T0) is None  # not on that claim
        stored = await tx.claim(reference)
    assert stored is not None and [(d.item, d.digest) for d in stored.documents] == [("ktp_deceased", "d" * 64)]


async def test_a_resident_is_found_by_the_name_neighbours_call_them_unless_another_born_that_day_bears_it(
        repo: Repository) -> None:
    """An RT head reporting a death without the NIK: "Budi" born 22 May 1990 in the kelurahan was not found (the exact
    full name was wanted). Words of the name are enough when they point at one resident; the full name decides."""
    born = dt.date(1990, 5, 22)
    santoso = participant(birth_date=born, serial=11, full_name="Budi Santoso")
    hartono = participant(birth_date=born, serial=12, full_name="Budi  Hartono")
    elsewhere = participant(birth_date=born, serial=13, full_name="Darman Sitompul", kelurahan="Simpang Tiga Sipin")
    area = Area("Kota Jambi", "Paal Merah", "Talang Bakung", "001", "003")
    async with repo.transaction() as tx:
        await tx.upsert_participants([santoso, elsewhere])
        assert await tx.find_nik_by_name("budi", born, area) == santoso.nik
        assert await tx.find_nik_by_name("santoso budi", born, area) == santoso.nik
        assert await tx.find_nik_by_name("darman", born, area) is None  # another kelurahan's
        assert await tx.find_nik_by_name("budi", dt.date(1990, 5, 23), area) is None
        await tx.upsert_participants([hartono])
        assert await tx.find_nik_by_name("budi", born, area) is None  # two Budis born that day: not guessed
        assert await tx.find_nik_by_name("Budi Hartono", born, area) == hartono.nik
