"""The bot speaks first: reminders, an RT head's death report reaching the family, broadcasts, opt-out —
in the terminal channel over a real SQLite file, with the clock in the test's hands."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from conversations.commands import global_command
from conversations.domain.nominations import Area
from services import outreach
from services.erasure import purge_documents
from services.outreach import OutreachConfig, Tally
from storage.base import ClaimFilter, UserKey
from tests.chat import CATALOGS, START, ChatSimulator
from tests.factories import (
    ACTIVE,
    LAPSED,
    NEIGHBOUR_PHONE,
    OFFICERS,
    ROSTER,
    RT_HEAD,
    RT_HEAD_ELSEWHERE,
    UNKNOWN_NIK,
    VETERAN,
    participant,
)
from tests.postgres import fresh_schema

ENDING = participant(serial=31, kpj="12345678931", full_name="Joko Widodo Saputra", phone="6281234500031",
                     coverage_end=(START + dt.timedelta(days=30)).date(), paid_until=None)
"""Covered by the city until 30 days after the test's first day."""
SELF_PAID = participant(serial=32, kpj="12345678932", full_name="Yanti Lestari", phone="6281234500032",
                        coverage_end=dt.date(2027, 6, 30), paid_until=(START + dt.timedelta(days=7)).date(),
                        funded_by="Mandiri")
CONFIG = OutreachConfig(CATALOGS)


@pytest.fixture(params=["sqlite", "postgres"])
async def chat(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[ChatSimulator]:
    async with contextlib.AsyncExitStack() as stack:
        url = await stack.enter_async_context(fresh_schema()) if request.param == "postgres" else None
        simulator = await ChatSimulator(tmp_path / "kawan.db", user="rt", db_url=url).start()
        stack.push_async_callback(simulator.close)
        assert simulator.runtime is not None
        simulator.runtime.outreach = CONFIG
        await simulator.seed([*ROSTER, ENDING, SELF_PAID], OFFICERS)
        yield simulator


async def bind_officer(chat: ChatSimulator, user: str, phone: str) -> None:
    chat.switch(user)
    await chat.send("menu")
    await chat.send("9")
    replies = await chat.contact(phone)
    assert "Menu petugas" in replies[-1].text, replies[-1].text


async def has_phone(chat: ChatSimulator, user: str, phone: str) -> None:
    """`user` shared this number with the bot earlier (a contact shared while proving a record)."""
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        await tx.prove_phone(phone, "console", user, chat.clock())


async def plan(chat: ChatSimulator) -> Tally:
    """One pass of the planner at the simulator's time, then whatever is due is sent."""
    assert chat.repo is not None and chat.runtime is not None
    tally = await outreach.run_once(chat.repo, CONFIG, chat.clock())
    if tally.queued:
        chat.runtime.recorded_elsewhere()  # as `kawan run` does: each reminder noted in its recipient's conversation
    await chat.runtime.flush_outbox()
    return tally


async def rows(chat: ChatSimulator, sql: str, *params: object) -> list[tuple[object, ...]]:
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        return [tuple(row) for row in await tx._db.execute_fetchall(sql, params)]  # type: ignore[attr-defined]


async def report(chat: ChatSimulator, who: str, died: str = "kemarin", phone: str = "0812-9999-0041") -> str:
    """As the RT head: the whole death report; returns the bot's answer."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    menu = chat.labels()
    await chat.send(str(menu.index("Lapor warga meninggal") + 1))
    assert "NIK warga yang meninggal" in chat.last.text
    for text in (who, died, phone):
        await chat.send(text)
    assert "Kirim laporan ini?" in chat.last.text
    replies = await chat.send("ya")
    return replies[0].text


# -- the RT head's death report ------------------------------------------------------------------

async def test_a_death_report_reaches_the_family_and_opens_a_prefilled_claim(chat: ChatSimulator) -> None:
    await has_phone(chat, "family", NEIGHBOUR_PHONE)
    answer = await report(chat, ACTIVE.nik)
    assert "Warga ini peserta" in answer and "Rp42.000.000" in answer
    assert "sudah kami kirimi pesan di chat" in answer and "7 hari" in answer
    assert chat.labels()[0] == "Usulkan warga"  # back at the officer menu

    (told,) = chat.switch("family")
    assert told.text.startswith("Turut berduka cita") and "Rp42.000.000" in told.text
    assert ACTIVE.nik not in told.text and "Budi" not in told.text  # typed by someone else: no name, no NIK
    assert "BERHENTI" in told.text and [c.label for c in told.choices] == ["Mulai klaim"]

    replies = await chat.tap("Mulai klaim")
    texts = "\n".join(r.text for r in replies)
    assert "turut berduka cita" in texts.lower()
    assert f"NIK berakhiran {ACTIVE.nik[-4:]}" in texts and "22 November 2026" in texts
    assert "penyebab meninggalnya" in replies[-1].text  # NIK and date are not asked again
    for text in ("1", "istri", "2", "1"):
        await chat.send(text)
    assert "JKM-2026-000001" in chat.last.text
    assert await rows(chat, "SELECT claim_reference, family_told, covered FROM death_report") == [
        ("JKM-2026-000001", 1, 1)]

    again = await chat.tap("Mulai klaim")  # the same button a second time: the claim exists
    assert "sudah dimulai" in again[-1].text
    assert await rows(chat, "SELECT count(*) FROM claim") == [(1,)]


async def test_a_death_report_by_name_and_birth_date_and_the_other_outcomes(chat: ChatSimulator) -> None:
    assert "Warga ini peserta" in await report(chat, "pak budi  santoso, 22-05-1990")  # found without the "pak"
    assert "Warga ini peserta" in await report(chat, "budi santoso lahir 22-05-1990")  # no comma between
    assert "tidak aktif pada tanggal meninggal" in await report(chat, LAPSED.nik)
    assert "tidak ada di daftar peserta" in await report(chat, UNKNOWN_NIK)
    # nobody of the family has written to the bot and WhatsApp is not configured: the RT head tells them
    assert await rows(chat, "SELECT covered, family_told FROM death_report ORDER BY id") == [(1, 0), (1, 0), (0, 0)]


async def test_a_name_then_the_birth_date_apart_find_the_resident_as_neighbours_call_them(chat: ChatSimulator) -> None:
    """Tried as a user: "pak budi warga sy meninggal tadi pagi" kept the day but not the name; "Budi Santoso", then
    "22-05-1990" as asked, was "Tulis NIK-nya …", the name forgotten; and the roster was searched for the exact full name,
    so "Budi" born that day in the kelurahan was "not on the list" while Budi Santoso is."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send("pak budi warga sy meninggal tadi pagi")
    assert "Nama Budi saya catat." in chat.last.text and chat.last.text.endswith(
        "Tanggal lahir Budi? Misalnya 22-05-1970. Atau ketik NIK-nya (16 angka) jika ada."), chat.last.text
    replies = await chat.send("lahir 22-05-1990")
    assert replies[0].text.startswith("Nomor HP salah satu anggota keluarganya?"), replies[0].text
    await chat.send("0812-9999-0041")
    assert "• Budi, lahir 22 Mei 1990" in chat.last.text
    answer = (await chat.send("ya"))[0].text
    assert "Warga ini peserta" in answer, answer
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    await chat.send("Budi Santoso")
    assert (await chat.send("22-05-1990"))[0].text.startswith("Kapan warga itu meninggal?")


async def test_the_rt_heads_own_number_is_not_the_familys(chat: ChatSimulator) -> None:
    """"pakai nomor saya aja" at the family's phone: the RT head's own number would bring the family's message to the RT
    head; why the family's is needed, and whose may stand in."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    for text in (ACTIVE.nik, "kemarin"):
        await chat.send(text)
    replies = await chat.send("pakai nomor saya aja")
    assert replies[0].text.startswith("Nomor HP keluarga diperlukan agar kabar santunan sampai kepada mereka."), \
        replies[0].text


async def test_the_familys_question_right_after_the_death_report_is_about_it(chat: ChatSimulator) -> None:
    """The note of the family's message is recorded by the RT head's report itself: it was noted only at the drain's
    next look, seconds later, and a question before it was "not understood"."""
    await has_phone(chat, "family", NEIGHBOUR_PHONE)
    await report(chat, ACTIVE.nik)
    chat.switch("family")
    await chat.send("maksudnya apa ya ini")
    assert chat.last_text.startswith("Ketua RT melaporkan kepergian anggota keluarga Anda kepada kami"), chat.last_text


async def test_a_death_told_in_the_death_report_stays_in_the_report(chat: ChatSimulator) -> None:
    """The RT head reporting a death is not offered the heirs' death claim, nor taken to a status check."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    replies = await chat.send("pak budi meninggal")  # the name is half of what is asked (was the question again)
    assert replies[0].text.startswith("Nama Budi saya catat.\n\nTanggal lahir Budi? Misalnya 22-05-1970."), \
        replies[0].text
    replies = await chat.send("pak budi meninggal tadi subuh")  # the day is kept, and not asked again
    assert replies[0].text.startswith("Baik, meninggal 23 November 2026.\n\nNama Budi saya catat.\n\nTanggal lahir "
                                      "Budi? Misalnya 22-05-1970. Atau ketik NIK-nya (16 angka) jika ada.")
    await chat.send(ACTIVE.nik)
    assert chat.last.text.startswith("Nomor HP salah satu anggota keluarganya?")
    await chat.send("0812-9999-0041")
    assert "• Meninggal: 23 November 2026" in chat.last.text


async def test_who_died_said_wrong_at_a_later_question_of_the_report_is_asked_again(chat: ChatSimulator) -> None:
    """Tried as a user: "nik nya salah" at the family's phone was "Yang saya perlukan di sini nomor HP"."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    for text in (LAPSED.nik, "kemarin"):
        await chat.send(text)
    assert (await chat.send("nik nya salah"))[-1].text.startswith("Ketik NIK warga yang meninggal")
    assert (await chat.send(ACTIVE.nik))[-1].text.startswith("Nomor HP salah satu anggota keluarganya?")  # day kept
    replies = await chat.send("tanggalnya salah, harusnya 3 hari lalu")
    assert replies[0].text.startswith("Baik, sudah saya perbaiki."), replies[0].text
    assert chat.last.text.endswith("Kami kirimi pesan tentang santunan dan cara mengurusnya."), chat.last.text
    await chat.send("0812-9999-0041")
    assert f"• NIK {ACTIVE.nik}\n• Meninggal: 20 November 2026\n" in chat.last.text, chat.last.text


async def test_a_death_reported_weeks_ago_reaches_the_familys_claim_as_an_estimate(chat: ChatSimulator) -> None:
    """"minggu lalu" was recorded as the day it counts back to and handed to the family's claim as the date of
    death, said nowhere: it is kept as an estimate ("sekitar") from the report to the claim the officer reads."""
    await has_phone(chat, "family", NEIGHBOUR_PHONE)
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    await chat.send(ACTIVE.nik)
    await chat.send("2 minggu lalu")
    await chat.send("0812-9999-0041")
    assert "• Meninggal: sekitar 9 November 2026" in chat.last.text
    await chat.send("tanggalnya salah, harusnya 10 november")  # a day told makes it exact again
    assert "• Meninggal: 10 November 2026" in chat.last.text
    await chat.send("Tidak, batal")
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    replies = await chat.send(f"pak budi meninggal minggu lalu, nik {ACTIVE.nik}")
    assert replies[0].text.startswith("Nomor HP salah satu anggota keluarganya?")
    await chat.send("0812-9999-0041")
    assert "• Meninggal: sekitar 16 November 2026" in chat.last.text
    await chat.send("ya")
    assert await rows(chat, "SELECT died_on, died_on_rough FROM death_report") == [("2026-11-16", 1)]

    chat.switch("family")
    replies = await chat.tap("Mulai klaim")
    assert "meninggal sekitar 16 November 2026" in "\n".join(r.text for r in replies)
    for text in ("1", "istri", "2", "1"):
        await chat.send(text)
    assert "JKM-2026-000001" in chat.last.text
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim("JKM-2026-000001")
    assert claim is not None and claim.event_date == dt.date(2026, 11, 16)
    assert claim.details.get("event_date_rough") is True


async def test_a_residents_death_told_anywhere_by_the_rt_head_leads_to_the_death_report(chat: ChatSimulator) -> None:
    """Tried as a user: after an answer it was "not understood", inside the status check "a NIK is 16 digits"."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send("kuota rt saya berapa")
    replies = await chat.send("ada warga saya meninggal kemarin")  # the day kept (it was asked again after the NIK)
    assert replies[-1].text.startswith("Baik, meninggal 22 November 2026.\n\nKetik NIK warga yang meninggal"), \
        replies[-1].text
    for text in ("menu", "1"):
        await chat.send(text)
    replies = await chat.send("ada warga saya meninggal kemarin")
    assert replies[0].text.startswith("Untuk melaporkan warga yang meninggal, ketik \"menu petugas\""), replies[0].text
    await proposed(chat)
    for text in ("menu petugas", "usulan saya"):  # at the list of one's proposals (found with make run)
        await chat.send(text)
    assert "USL-2026-000001" in chat.last.text, chat.last.text
    replies = await chat.send(f"warga saya pak ahmad meninggal kemarin, nik nya {ACTIVE.nik}")  # both kept
    assert replies[-1].text.startswith("Nomor HP salah satu anggota keluarganya?"), replies[-1].text
    chat.switch("heir")  # not an RT head: a resident's death is no report of theirs
    replies = await chat.send("ada warga saya meninggal kemarin")
    assert "warga yang meninggal" not in replies[0].text


async def test_a_resident_of_another_kelurahan_is_refused(chat: ChatSimulator) -> None:
    await bind_officer(chat, "rt2", RT_HEAD_ELSEWHERE.phone)
    chat.switch("rt2")
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    for text in (ACTIVE.nik, "kemarin", "081299990041"):
        await chat.send(text)
    answer = (await chat.send("ya"))[0].text
    assert "kelurahan lain" in answer
    assert await rows(chat, "SELECT count(*) FROM death_report") == [(0,)]
    assert await rows(chat, "SELECT count(*) FROM outbox WHERE outreach_id IS NOT NULL") == [(0,)]


async def test_wrong_answers_and_cancel_halfway_in_the_death_report(chat: ChatSimulator) -> None:
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    assert "NIK harus 16 angka" in (await chat.send("1571 0252"))[-1].text
    for none in ("wkwk", "terserah"):  # were noted as the resident's name ("Nama Wkwk saya catat")
        assert (await chat.send(none))[-1].text.startswith("Tulis NIK-nya (16 angka), atau nama lengkap"), none
    # a name alone: was the question again in other words; the date is what is missing, asked for the name kept
    assert "Nama Budi saya catat.\n\nTanggal lahir Budi?" in (await chat.send("pak budi"))[-1].text
    assert "Tanggal lahir Joko?" in (await chat.send("pak joko meninggal"))[0].text  # with the death: the same
    assert "Tanggal lahirnya belum bisa saya baca." in (await chat.send("xx"))[-1].text
    said = (await chat.send("umurnya sekitar 50an"))[0].text  # an age: was "belum bisa saya baca", as for "xx"
    assert said.startswith("Umur saja belum cukup untuk mencari datanya: perlu tanggal lahir atau NIK-nya."), said
    # neither known: was the same line again; the family's KK has both
    assert "tertulis di Kartu Keluarga (KK) keluarganya" in (await chat.send("ga tau nik nya"))[0].text
    await chat.send(ACTIVE.nik)
    assert "tidak boleh di masa depan" in (await chat.send("besok"))[-1].text
    await chat.send("kemarin")
    assert "tidak valid" in (await chat.send("12345"))[-1].text
    for unknown in ("ga tau nomornya", "keluarganya ga punya hp"):  # was "Nomor HP itu tidak valid"
        assert "Nomor HP keluarga diperlukan" in (await chat.send(unknown))[0].text
    said = (await chat.send("sakit"))[0].text  # the cause, typed as if asked: was "Nomor HP itu tidak valid"
    assert said.startswith("Yang saya perlukan di sini nomor HP, dengan angka, misalnya 0812 3456 7890."), said
    replies = await chat.send("batal")
    assert "Dibatalkan" in replies[0].text
    assert await rows(chat, "SELECT count(*) FROM death_report") == [(0,)]


async def test_the_rt_head_is_reminded_once_when_the_family_has_not_started(chat: ChatSimulator) -> None:
    await report(chat, ACTIVE.nik)
    reminders: list[str] = []
    for _day in range(9):
        chat.clock.advance(days=1)
        await plan(chat)
        reminders += [r.text for r in chat.inbox("rt") if "belum memulai klaim" in r.text]
        if _day == 5:
            assert reminders == []  # six days: not yet
    (reminder,) = reminders  # after seven days, once
    assert "belum memulai klaim santunan kematian" in reminder and ACTIVE.nik[-4:] in reminder
    assert await rows(chat, "SELECT count(*) FROM outreach WHERE kind = 'death_report_rt'") == [(1,)]
    await chat.send("trus saya harus gimana")  # days later: how to help the family
    assert chat.last_text.startswith("Bantu keluarga memulai klaimnya"), chat.last_text


async def test_the_city_dashboard_counts_deaths_from_report_to_payment(chat: ChatSimulator) -> None:
    await has_phone(chat, "family", NEIGHBOUR_PHONE)
    await report(chat, ACTIVE.nik)
    await report(chat, "Budi Santoso, 22-05-1990")
    chat.switch("family")
    await chat.tap("Mulai klaim")
    for text in ("1", "istri", "2", "1"):
        await chat.send(text)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        counts = await tx.death_report_counts(Area("Kota Jambi"), "kecamatan")
    assert counts == {"Paal Merah": (2, 1, 0, 0)}


# -- reminders from the roster and the claims ------------------------------------------------------

async def test_cover_ending_reminds_the_worker_and_the_rt_head_at_30_and_7_days(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    await has_phone(chat, "yanti", SELF_PAID.phone)
    await bind_officer(chat, "rt", RT_HEAD.phone)
    chat.inbox("rt")
    tally = await plan(chat)
    assert tally.queued == 3  # Joko (30 days), Yanti (7 days, self-paid), one message to the RT head
    (joko,) = chat.inbox("joko")
    assert "berakhir 23 Desember 2026, 30 hari lagi" in joko.text and "Minta ketua RT mengusulkan" in joko.text
    assert "BERHENTI" in joko.text
    (yanti,) = chat.inbox("yanti")
    assert "7 hari lagi" in yanti.text and "Rp16.800 sebulan" in yanti.text and "Bayar iurannya" in yanti.text
    (rt,) = chat.inbox("rt")
    assert "perlindungan 2 warga Anda akan berakhir" in rt.text
    assert "J*** W***** S******" in rt.text and "Y**** L******" in rt.text and "Joko" not in rt.text

    assert (await plan(chat)).queued == 0  # the next pass (a restart, another worker) sends nothing again
    chat.clock.advance(days=23)
    assert (await plan(chat)).queued == 2  # Joko's 7-day reminder, and the RT head again
    assert "7 hari lagi" in chat.inbox("joko")[0].text
    chat.clock.advance(days=1)
    assert (await plan(chat)).queued == 0


async def test_quiet_hours_delay_a_reminder_to_seven_in_the_morning(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    chat.clock.now = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)  # 22:00 WIB
    assert (await plan(chat)).queued == 1
    assert chat.inbox("joko") == []
    chat.clock.now = dt.datetime(2026, 11, 23, 23, 59, tzinfo=dt.UTC)  # 06:59 WIB
    await chat.runtime.flush_outbox()  # type: ignore[union-attr]
    assert chat.inbox("joko") == []
    chat.clock.now = dt.datetime(2026, 11, 24, 0, 0, tzinfo=dt.UTC)  # 07:00 WIB
    await chat.runtime.flush_outbox()  # type: ignore[union-attr]
    assert "30 hari lagi" in chat.inbox("joko")[0].text


async def test_a_claim_draft_is_reminded_after_1_3_and_7_days_naming_what_is_missing(chat: ChatSimulator) -> None:
    chat.switch("widow")
    await chat.send("5")
    for text in (ACTIVE.nik, "kemarin", "1", "istri", "2", "1"):
        await chat.send(text)
    assert "JKM-2026-000001" in chat.last.text
    await chat.media()
    await chat.send("1")  # the KPJ card
    await chat.send("simpan dulu")
    chat.inbox("widow")
    seen = []
    for _day in range(8):
        chat.clock.advance(days=1)
        await plan(chat)
        seen.extend(r.text for r in chat.inbox("widow"))
    assert len(seen) == 3
    assert all("Klaim JKM-2026-000001 belum diajukan" in t and "KTP almarhum" in t for t in seen)
    assert all("Kartu peserta" not in t for t in seen)


async def test_a_withdrawn_draft_is_never_reminded_nor_on_the_desk_and_its_papers_go(chat: ChatSimulator) -> None:
    """"batal" at a draft's checklist was told "Tidak ada yang perlu dibatalkan": the draft stayed, reminded three
    times, and the bot sent the claimant to an officer who cannot close a draft."""
    chat.switch("widow")
    await chat.send("5")
    for text in (ACTIVE.nik, "kemarin", "1", "istri", "2", "1"):
        await chat.send(text)
    await chat.media()
    await chat.send("1")  # the KPJ card
    asked = await chat.send("batal")
    assert asked[-1].text.startswith("Batalkan klaim JKM-2026-000001?"), asked[-1].text
    assert (await chat.send("iya"))[0].text.startswith("Klaim JKM-2026-000001 dibatalkan")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        (claim,) = await tx.claims()
        entries = await tx.audit_entries()
        on_desk = await tx.count_claims(ClaimFilter(city=claim.area.city))
    assert claim.status == "dibatalkan" and on_desk == 0
    assert [e.data["to"] for e in entries if e.action == "claim.status"] == ["dibatalkan"]
    chat.inbox("widow")
    for _day in range(8):
        chat.clock.advance(days=1)
        await plan(chat)
    assert chat.inbox("widow") == []
    assert await purge_documents(chat.repo, dt.timedelta(days=365), chat.clock(), "retention",
                                 chat.media_store.delete) == 1  # at once, not a year after


async def test_an_accident_report_not_submitted_is_reminded_before_the_48_hour_mark(chat: ChatSimulator) -> None:
    chat.switch("driver")
    for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "Jl. Sudirman, Kota Jambi",
                 "Jatuh dari motor waktu antar penumpang", "iya", "Kaki kiri patah", "2"):
        await chat.send(text)
    saved = await chat.send("1")  # on the road: Jasa Raharja's sentence and the checklist, then how to send
    assert any("JKK-2026-000001 (draf)" in reply.text for reply in saved), saved
    chat.inbox("driver")
    chat.clock.advance(hours=20)  # 23 November 2026, 23:00 WIB... the deadline is 25 November, 08:00 WIB
    await plan(chat)
    assert not any("Batas melaporkan" in r.text for r in chat.inbox("driver"))
    chat.clock.advance(hours=6)
    await plan(chat)
    (deadline,) = [r.text for r in chat.inbox("driver") if "Batas melaporkan" in r.text]
    assert "25 November 2026 pukul 08.00" in deadline and "JKK-2026-000001" in deadline
    chat.clock.advance(hours=12)
    await plan(chat)
    assert not any("Batas melaporkan" in r.text for r in chat.inbox("driver"))  # once


async def test_an_accident_report_kept_unfinished_is_reminded_once_before_the_48_hour_mark(chat: ChatSimulator) -> None:
    """Left for the menu at the place question (conversations.paused): no claim exists yet, only the kept report."""
    chat.switch("driver")
    for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "menu"):
        await chat.send(text)
    assert "Batas lapor ke kantor cabang: 25 November 2026 sekitar pukul 08.00" in chat.last_text, chat.last_text
    assert [row[2:] for row in await rows(chat, "SELECT * FROM kept_form")] == [
        ("accident", "2026-11-23T03:00:00.000000Z", "2026-11-25T01:00:00.000000Z", "Asia/Jakarta")]
    chat.inbox("driver")
    chat.clock.advance(hours=20)
    await plan(chat)
    assert chat.inbox("driver") == []
    chat.clock.advance(hours=6)
    await plan(chat)
    (reminder,) = [r.text for r in chat.inbox("driver")]
    assert reminder.startswith("Laporan kecelakaan kerja Anda belum selesai. Batas melaporkan ke kantor cabang BPJS "
                               "Ketenagakerjaan: 25 November 2026 pukul 08.00."), reminder
    chat.clock.advance(hours=12)
    await plan(chat)
    assert chat.inbox("driver") == []  # once


async def test_an_accident_report_kept_past_its_deadline_is_still_reminded(chat: ChatSimulator) -> None:
    """Reporting late does not by itself void the right (FACTS.md §6): the kept report was forgotten at the 48-hour
    mark, and one begun after it never reminded at all."""
    chat.switch("driver")
    for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "menu"):
        await chat.send(text)
    seen = await kept_reminders(chat, "driver", 8)
    assert len(seen) == 3, seen
    assert seen[0].startswith("Laporan kecelakaan kerja Anda belum selesai. Batas melaporkan"), seen[0]
    for text in seen[1:]:  # 25 November, the deadline just past; 29 November, its last kept day
        assert text.startswith("Laporan kecelakaan kerja yang Anda mulai belum selesai. Batas 2×24 jam sudah lewat, "
                               "tetapi laporan yang terlambat tidak dengan sendirinya menghapus hak Anda: ketik \"lapor "
                               "kecelakaan\" untuk melanjutkannya (jawaban Anda tersimpan sampai 30 November 2026)"), text
    assert await rows(chat, "SELECT count(*) FROM kept_form") == [(0,)]  # a week on: no longer kept
    chat.switch("widow")
    for text in ("4", "saya", ACTIVE.nik, "5 hari lalu", "pagi"):  # late from the start
        await chat.send(text)
    assert "Kecelakaan ini sudah lewat dari 2×24 jam" in chat.last_text, chat.last_text
    await chat.send("menu")
    assert [row[2] for row in await rows(chat, "SELECT * FROM kept_form")] == ["accident"]
    (reminder, _last) = await kept_reminders(chat, "widow", 8)
    assert "Batas 2×24 jam sudah lewat" in reminder, reminder


async def test_a_kept_accident_report_continued_or_dropped_is_not_reminded(chat: ChatSimulator) -> None:
    chat.switch("driver")
    for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "menu", "4"):
        await chat.send(text)
    assert "Lanjutkan dari pertanyaan terakhir?" in chat.last_text, chat.last_text
    await chat.send("1")
    assert await rows(chat, "SELECT count(*) FROM kept_form") == [(0,)]
    chat.switch("widow")
    for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "cek klaim", "1", "4", "batal"):
        await chat.send(text)
    assert await rows(chat, "SELECT count(*) FROM kept_form") == [(0,)]
    chat.inbox("driver"), chat.inbox("widow")
    chat.clock.advance(hours=26)
    await plan(chat)
    assert chat.inbox("driver") == [] and chat.inbox("widow") == []


async def kept_reminders(chat: ChatSimulator, user: str, days: int) -> list[str]:
    """What `user` is sent by the planner running every morning for `days` days (what they were sent before, in
    the conversation, left out)."""
    chat.inbox(user)
    seen: list[str] = []
    for _day in range(days):
        chat.clock.advance(days=1)
        await plan(chat)
        seen.extend(r.text for r in chat.inbox(user))
    return seen


async def test_a_death_claim_left_half_way_is_reminded_the_next_day_and_on_its_last_kept_day(
        chat: ChatSimulator) -> None:
    """An heir who left to ask a sibling the date is not left to forget a Rp42,000,000 claim."""
    chat.switch("heir")
    for text in ("5", VETERAN.nik, "menu"):
        await chat.send(text)
    assert "Ada klaim santunan kematian yang belum selesai" in chat.last_text, chat.last_text
    assert [row[2] for row in await rows(chat, "SELECT * FROM kept_form")] == ["death"]
    seen = await kept_reminders(chat, "heir", 8)
    assert len(seen) == 2, seen
    for text in seen:
        assert text.startswith("Klaim santunan kematian yang Anda mulai belum selesai. Jawaban Anda tersimpan sampai "
                               "30 November 2026: ketik \"klaim kematian\" untuk melanjutkannya"), text
        assert "BERHENTI" in text
    assert await rows(chat, "SELECT count(*) FROM kept_form") == [(0,)]  # a week on: no longer kept


async def test_a_kept_form_reminded_is_offered_again_and_once_continued_is_not_reminded_again(
        chat: ChatSimulator) -> None:
    chat.switch("heir")
    for text in ("5", VETERAN.nik, "menu"):
        await chat.send(text)
    (reminder,) = await kept_reminders(chat, "heir", 1)
    assert "ketik \"klaim kematian\"" in reminder
    await chat.send("klaim kematian")
    assert "Anda punya klaim santunan kematian yang belum selesai" in chat.last_text, chat.last_text
    await chat.send("1")
    assert "meninggal" in chat.last_text and await rows(chat, "SELECT count(*) FROM kept_form") == [(0,)]
    await chat.send("batal")
    assert await kept_reminders(chat, "heir", 7) == []


async def test_an_rt_heads_proposal_left_half_way_is_reminded_and_offered_again(chat: ChatSimulator) -> None:
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Usulkan warga") + 1))
    await chat.send(UNKNOWN_NIK)
    assert "Nama lengkap" in chat.last_text, chat.last_text
    await chat.send("menu")
    (reminder,) = [text for text in await kept_reminders(chat, "rt", 1) if "Usulan" in text]  # and cover ending
    assert reminder.startswith("Usulan warga yang Anda mulai belum selesai. Jawaban Anda tersimpan sampai 30 November "
                               "2026: ketik \"usulkan warga\""), reminder
    await chat.send("usulkan warga")
    assert "Anda punya usulan warga yang belum selesai" in chat.last_text, chat.last_text


async def test_an_accident_report_kept_before_its_day_was_told_is_reminded_as_any_form(chat: ChatSimulator) -> None:
    """No day yet, so no 2×24 hours to count: reminded the next day like a claim."""
    chat.switch("driver")
    for text in ("4", "saya", ACTIVE.nik, "menu"):
        await chat.send(text)
    assert [row[2:] for row in await rows(chat, "SELECT * FROM kept_form")] == [
        ("accident", "2026-11-23T03:00:00.000000Z", None, "Asia/Jakarta")]
    (reminder,) = await kept_reminders(chat, "driver", 1)
    assert reminder.startswith("Laporan kecelakaan kerja yang Anda mulai belum selesai."), reminder


async def test_a_damaged_kept_form_row_does_not_stop_the_others_reminders(chat: ChatSimulator) -> None:
    chat.switch("heir")
    for text in ("5", VETERAN.nik, "menu"):
        await chat.send(text)
    await rows(chat, "INSERT INTO kept_form (channel, user_key, flow, left_at, deadline, zone) "
                     "VALUES ('console', 'ghost', 'death', '2026-11-20T99:00:00Z', NULL, '')")
    (reminder,) = await kept_reminders(chat, "heir", 1)
    assert reminder.startswith("Klaim santunan kematian yang Anda mulai belum selesai."), reminder


async def test_an_accident_report_kept_before_the_upgrade_is_still_reminded(tmp_path: Path) -> None:
    """The rows of the table the kept forms replaced (kept_report, accident reports only) carry over."""
    from storage.crypto import Protector
    from storage.sqlite import SqliteRepository
    from tests.chat import SECRET

    url = f"sqlite:///{tmp_path / 'old.db'}"
    repo = await SqliteRepository.open(url, Protector(SECRET))
    await repo.close()
    with sqlite3.connect(tmp_path / "old.db") as db:  # the store as the version before left it
        db.executescript(
            "DROP TABLE kept_form; DELETE FROM schema_migrations WHERE version = '0016';"
            "CREATE TABLE kept_report (channel TEXT NOT NULL, user_key TEXT NOT NULL, deadline TEXT NOT NULL, "
            "zone TEXT NOT NULL, PRIMARY KEY (channel, user_key));"
            "INSERT INTO kept_report VALUES ('telegram', '42', '2026-11-25T01:00:00.000000Z', 'Asia/Makassar');")
    repo = await SqliteRepository.open(url, Protector(SECRET))
    async with repo.transaction() as tx:
        due = await tx.kept_forms_due(START, dt.timedelta(days=2), dt.timedelta(days=1), dt.timedelta(days=7))
    await repo.close()
    assert [(k.account.user, k.flow, k.deadline, k.zone) for k in due] == [
        ("42", "accident", dt.datetime(2026, 11, 25, 1, tzinfo=dt.UTC), "Asia/Makassar")]


# -- replies to a reminder ------------------------------------------------------------------------

async def test_a_reply_asking_what_to_do_after_a_cover_reminder_is_answered_about_it(chat: ChatSimulator) -> None:
    """"trus saya harus gimana" after the reminder that the cover ends was "not understood": the reminder had not
    touched the conversation. Noted there now, nothing said for it, and a short follow-up answered about it."""
    await has_phone(chat, "joko", ENDING.phone)
    await has_phone(chat, "yanti", SELF_PAID.phone)
    await plan(chat)
    assert len(chat.inbox("joko")) == 1 and len(chat.inbox("yanti")) == 1  # the reminder alone: noting says nothing
    chat.switch("joko")
    for follow_up in ("trus saya harus gimana", "cara minta ke rt nya gimana", "maksudnya apa ya pak"):
        await chat.send(follow_up)
        assert chat.last_text.startswith("Perlindungan JKK dan JKM Anda dari pemerintah kota berakhir 23 Desember 2026. "
                                        "Agar tetap terlindungi, temui ketua RT Anda dan minta diusulkan lagi"), chat.last_text
    chat.switch("yanti")  # paying herself: how to pay, not the RT head
    await chat.send("terus gimana")
    assert chat.last_text.startswith("Iuran Anda dibayar sendiri, dan perlindungan JKK dan JKM berakhir 30 November "
                                     "2026 kalau iurannya belum dibayar. Bayar Rp16.800 sebulan"), chat.last_text
    chat.switch("other")  # no reminder: as before
    await chat.send("halo")
    await chat.send("trus saya harus gimana")
    assert "belum mengerti" in chat.last_text


async def test_a_reminder_is_not_what_a_reply_days_later_or_inside_a_form_is_about(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    await chat.send("1")
    assert "NIK" in chat.last_text
    await plan(chat)
    await chat.send("trus gimana")  # inside the status check: its question, not the reminder
    assert "pemerintah kota berakhir" not in chat.last_text and "NIK" in chat.last_text, chat.last_text
    await chat.send("menu")
    chat.clock.advance(days=4)
    await chat.send("trus saya harus gimana")
    assert "belum mengerti" in chat.last_text, chat.last_text


async def test_a_reminder_is_not_what_is_asked_once_the_user_wrote_of_something_else(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    await chat.send("halo")
    chat.clock.advance(minutes=5)
    await plan(chat)
    chat.clock.advance(minutes=1)
    await chat.send("2")  # the benefits' page, after the reminder
    chat.clock.advance(minutes=1)
    await chat.send("trus gimana")
    assert "pemerintah kota berakhir" not in chat.last_text, chat.last_text


async def test_a_reply_to_a_reminder_after_the_session_ended_is_about_it(chat: ChatSimulator) -> None:
    """Left at a question and idle since: the reply got "Sesi sebelumnya sudah berakhir …" and the greeting."""
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    await chat.send("1")
    await chat.advance(hours=48)  # the session ends while away
    await plan(chat)
    chat.clock.advance(minutes=10)
    await chat.send("trus saya harus gimana")
    assert chat.last_text.startswith("Perlindungan JKK dan JKM Anda dari pemerintah kota berakhir"), chat.last_text


async def test_a_reply_before_a_reminder_held_for_the_morning_is_not_about_it(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    chat.clock.now = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)  # 22:00 WIB: the reminder leaves at 07:00
    assert (await plan(chat)).queued == 1
    await chat.send("halo")
    await chat.send("trus gimana")
    assert "belum mengerti" in chat.last_text, chat.last_text
    chat.clock.now = dt.datetime(2026, 11, 24, 0, 30, tzinfo=dt.UTC)  # 07:30 WIB
    await chat.send("trus gimana")
    assert "minta diusulkan lagi" in chat.last_text, chat.last_text


async def test_an_rt_heads_reply_to_the_cover_reminder_opens_the_proposal(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    await bind_officer(chat, "rt", RT_HEAD.phone)
    chat.inbox("rt")
    await plan(chat)
    assert "perlindungan 2 warga Anda akan berakhir" in chat.inbox("rt")[0].text
    await chat.send("caranya gimana pak")
    assert "NIK warga yang diusulkan" in chat.last_text, chat.last_text


async def test_a_reply_to_a_claim_draft_reminder_opens_the_claims_and_to_a_kept_form_offers_it(
        chat: ChatSimulator) -> None:
    chat.switch("widow")
    for text in ("5", ACTIVE.nik, "kemarin", "1", "istri", "2", "1"):
        await chat.send(text)
    await chat.send("simpan dulu")
    chat.inbox("widow")
    chat.clock.advance(days=1)
    await plan(chat)
    assert "Klaim JKM-2026-000001 belum diajukan" in chat.inbox("widow")[0].text
    await chat.send("gmn caranya kak")
    assert "Klaim JKM-2026-000001 belum diajukan karena dokumennya belum lengkap" in chat.last_text, chat.last_text
    assert "JKM-2026-000001" in " ".join(chat.labels()), chat.labels()

    chat.switch("heir")
    for text in ("5", VETERAN.nik, "menu"):
        await chat.send(text)
    (reminder,) = await kept_reminders(chat, "heir", 1)
    assert reminder.startswith("Klaim santunan kematian yang Anda mulai belum selesai"), reminder
    await chat.send("trus saya harus ngapain")
    assert "Anda punya klaim santunan kematian yang belum selesai" in chat.last_text, chat.last_text


# -- opt-out ------------------------------------------------------------------------------------

@pytest.mark.parametrize("said", ["jangan kirim pesan lagi", "stop kirim pesan", "tolong berhenti kirim wa ke saya",
                                  "stop sending me messages",
                                  "ga usah chat saya lagi", "jangan hubungi saya lagi",  # were the NIK question
                                  # handed to an officer, or not understood:
                                  "saya mau berhenti dapat pesan", "gak usah kirim2 pengingat lagi",
                                  "aku ga mau terima pesan lagi", "sy tidak mau dikirimi broadcast",
                                  "udah jangan chat sy lg",  # was the status check's NIK question
                                  # not understood:
                                  "i want to stop receiving messages", "i dont want any more messages",
                                  "please stop messaging me", "jgn wa sy lagi",
                                  "berhenti langganan",  # as a newsletter offers it: was not understood
                                  "jangan sms sy lagi",  # not understood
                                  "sy ga mau dihubungi lagi"])  # handed to an officer
async def test_no_more_messages_asked_in_a_sentence_stops_outreach(chat: ChatSimulator, said: str) -> None:
    """"jangan kirim pesan lagi" got the scam warning; "stop kirim pesan", "stop sending me messages" were not
    understood, and reminders kept coming."""
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    (confirmed, *_rest) = await chat.send(said)
    assert confirmed.text.startswith(("Baik, Anda tidak akan menerima pengingat", "All right, you will not get")), \
        confirmed.text
    assert await rows(chat, "SELECT action FROM audit_log WHERE action LIKE 'outreach.%'") == [("outreach.stopped",)]


@pytest.mark.parametrize("said", ["jangan kirim dulu", "saya berhenti kerja", "jangan kirim foto ktp",
                                  "jangan hubungi petugas dulu", "saya mau berhenti", "saya ga mau dapat masalah",
                                  "saya tidak mau kirim foto", "i dont want to claim", "jangan wa dulu",
                                  "i want to stop working", "saya tidak mau dihubungi petugas dulu",
                                  "kode nya jangan sms sy, wa aja"])
def test_a_sentence_that_names_nothing_sent_to_the_user_is_no_stop(said: str) -> None:
    assert global_command(said) is None


async def test_berhenti_stops_every_kind_of_outreach_and_mulai_resumes(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    await has_phone(chat, "family", NEIGHBOUR_PHONE)
    for user in ("joko", "family"):
        chat.switch(user)
        (confirmed, *_rest) = await chat.send("BERHENTI")
        assert confirmed.text.startswith("Baik, Anda tidak akan menerima pengingat dan siaran lagi")
        assert "MULAI" in confirmed.text
    assert (await chat.send("menu"))[0].choices  # answers to their own requests still arrive

    assert "meminta tidak dikirimi pesan" in await report(chat, ACTIVE.nik)  # death report
    assert chat.repo is not None
    _broadcast, _count = await outreach.create_broadcast(chat.repo, "city", Area("Kota Jambi"), "Posyandu besok.",
                                                           None, chat.clock(), chat.clock())
    await plan(chat)  # cover reminder and broadcast
    assert chat.inbox("joko") == [] and chat.inbox("family") == []
    skipped = await rows(chat, "SELECT kind, count(*) FROM outreach WHERE status = 'skipped' AND reason = "
                               "'opted out' GROUP BY kind ORDER BY kind")
    assert skipped == [("broadcast", 1), ("cover_ending", 1), ("death_report", 1)]
    assert await rows(chat, "SELECT action FROM audit_log WHERE action LIKE 'outreach.%'") == [
        ("outreach.stopped",), ("outreach.stopped",)]

    chat.switch("joko")
    (resumed, *_rest) = await chat.send("mulai")
    assert resumed.text.startswith("Pengingat dan siaran aktif lagi")
    chat.inbox("joko")
    chat.clock.advance(days=23)
    await plan(chat)
    assert "7 hari lagi" in chat.inbox("joko")[0].text


async def test_a_message_planned_before_berhenti_is_dropped_when_its_time_comes(chat: ChatSimulator) -> None:
    await has_phone(chat, "joko", ENDING.phone)
    chat.switch("joko")
    chat.clock.now = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)  # 22:00 WIB: planned for the morning
    assert (await plan(chat)).queued == 1
    await chat.send("stop")
    chat.clock.now = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)
    await chat.runtime.flush_outbox()  # type: ignore[union-attr]
    assert all("hari lagi" not in r.text for r in chat.inbox("joko"))
    assert await rows(chat, "SELECT status, last_error FROM outbox WHERE outreach_id IS NOT NULL") == [
        ("skipped", "opted out")]


async def test_berhenti_in_the_middle_of_a_flow_cancels_it_too(chat: ChatSimulator) -> None:
    chat.switch("someone")
    await chat.send("1")
    replies = await chat.send("stop")
    assert replies[0].text.startswith("Dibatalkan") and "Ketik MULAI" in replies[0].text


# -- broadcasts -----------------------------------------------------------------------------------

async def test_a_broadcast_reaches_everyone_reachable_in_the_area_once(chat: ChatSimulator) -> None:
    for user, phone in (("budi", ACTIVE.phone), ("joko", ENDING.phone)):  # Yanti never wrote to the bot
        await has_phone(chat, user, phone)
    assert chat.repo is not None
    later = chat.clock() + dt.timedelta(hours=2)
    broadcast_id, count = await outreach.create_broadcast(
        chat.repo, "officer:7", Area("Kota Jambi", "Paal Merah", "Talang Bakung"), "Ada pemeriksaan kesehatan gratis "
        "di kantor kelurahan hari Sabtu.", None, later, chat.clock())
    assert count == 6  # every participant of the kelurahan with a phone on record
    await plan(chat)
    got = {user: [r for r in chat.inbox(user) if r.template == "broadcast"] for user in ("budi", "joko")}
    assert got == {"budi": [], "joko": []}  # scheduled: not before its time
    chat.clock.advance(hours=2)
    await plan(chat)
    got = {user: chat.inbox(user) for user in ("budi", "joko")}
    assert all(len(r) == 1 and r[0].text.startswith("Ada pemeriksaan kesehatan") for r in got.values())
    await plan(chat)
    assert all(chat.inbox(user) == [] for user in got)
    result = await outreach.broadcast_report(chat.repo, broadcast_id)
    # Budi's number is on four records (one message); Yanti has no chat account and WhatsApp is off.
    assert result.broadcast.status == "done" and result.sent == 2 and result.failed == {}
    assert result.skipped == {"no chat account": 1}
    assert "Tidak dikirim (belum pernah chat dengan bot, dan WhatsApp tidak aktif): 1" in outreach.broadcast_summary(
        result)


async def test_a_broadcast_cancelled_before_it_starts_sends_nothing(chat: ChatSimulator) -> None:
    await has_phone(chat, "budi", ACTIVE.phone)
    assert chat.repo is not None
    broadcast_id, _n = await outreach.create_broadcast(chat.repo, "city", Area("Kota Jambi"), "Besok libur.", None,
                                                       chat.clock() + dt.timedelta(hours=1), chat.clock())
    cancelled = await outreach.cancel_broadcast(chat.repo, broadcast_id, "city", chat.clock())
    assert cancelled.status == "cancelled"
    chat.clock.advance(hours=2)
    await plan(chat)
    assert chat.inbox("budi") == []


async def test_a_broadcast_is_refused_when_empty_or_too_long(chat: ChatSimulator) -> None:
    assert chat.repo is not None
    for text in ("  ", "x" * 1000):
        with pytest.raises(outreach.BroadcastError):
            await outreach.create_broadcast(chat.repo, "city", Area("Kota Jambi"), text, None, chat.clock(),
                                            chat.clock())


async def test_a_planner_killed_mid_broadcast_resumes_without_twice_or_gaps(chat: ChatSimulator,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Many recipients, pages of 2: the planner dies after its second page; the next pass finishes."""
    people = [participant(serial=100 + i, kpj=f"99{i:09d}", phone=f"62812777{i:05d}", full_name=f"Warga {i}")
              for i in range(9)]
    await chat.seed(people)
    for i, person in enumerate(people):
        await has_phone(chat, f"w{i}", person.phone)
    monkeypatch.setattr(outreach, "PAGE", 2)
    assert chat.repo is not None
    broadcast_id, _n = await outreach.create_broadcast(chat.repo, "city", Area("Kota Jambi", "Paal Merah"),
                                                       "Siaran uji.", None, chat.clock(), chat.clock())
    real_queue, calls = outreach.queue_page, []

    async def dying_queue(*args: object) -> list[str]:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the process is killed in the third page
        return await real_queue(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(outreach, "queue_page", dying_queue)
    with pytest.raises(KeyboardInterrupt):
        await outreach.plan_broadcasts(chat.repo, CONFIG, chat.clock())
    monkeypatch.setattr(outreach, "queue_page", real_queue)
    assert [r.split("\n")[0] for r in (m.reply.text for m in chat.sender.sent)] == []  # nothing left yet
    await plan(chat)
    await plan(chat)
    for i in range(9):
        assert [r.text.split("\n")[0] for r in chat.inbox(f"w{i}")] == ["Siaran uji."], i
    assert (await outreach.broadcast_report(chat.repo, broadcast_id)).sent == 9


def test_quiet_hours_are_in_the_recipients_own_zone() -> None:
    from zoneinfo import ZoneInfo

    bontang = ZoneInfo("Asia/Makassar")
    evening = dt.datetime(2026, 11, 23, 12, 30, tzinfo=dt.UTC)  # 20:30 in Bontang, 19:30 in Jambi
    assert outreach.allowed_at(evening, bontang) == evening
    late = evening + dt.timedelta(minutes=45)  # 21:15 in Bontang
    assert outreach.allowed_at(late, bontang) == dt.datetime(2026, 11, 23, 23, 0, tzinfo=dt.UTC)  # 07:00 WITA
    assert outreach.allowed_at(late, ZoneInfo("Asia/Jakarta")) == late


def test_a_tally_adds_outcomes() -> None:
    tally = Tally()
    for outcome in ("queued", "queued", "opted_out"):
        tally.add(outcome)
    assert dataclasses.astuple(tally) == (2, 0, 1, 0, 0)


async def test_an_opted_out_user_gets_nothing_through_any_path(chat: ChatSimulator) -> None:
    """Every kind of message the bot sends first, planned for people who all said BERHENTI: none is sent."""
    await has_phone(chat, "joko", ENDING.phone)
    await has_phone(chat, "budi", ACTIVE.phone)
    await has_phone(chat, "family", NEIGHBOUR_PHONE)
    chat.switch("family")
    await chat.send("berhenti")
    chat.switch("widow")
    for text in ("5", ACTIVE.nik, "kemarin", "1", "istri", "2", "1", "simpan dulu"):
        await chat.send(text)
    chat.switch("driver")
    for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "Jl. Sudirman", "Jatuh dari motor waktu antar penumpang",
                 "iya", "Kaki kiri patah", "2", "1"):
        await chat.send(text)
    assert "meminta tidak dikirimi pesan" in await report(chat, VETERAN.nik)  # the family said BERHENTI
    for user in ("joko", "budi", "family", "widow", "driver", "rt"):
        chat.switch(user)
        await chat.send("berhenti")
        chat.inbox(user)
    assert chat.repo is not None
    await outreach.create_broadcast(chat.repo, "city", Area("Kota Jambi"), "Siaran.", None, chat.clock(), chat.clock())
    for _hour in range(8 * 24 // 6):
        chat.clock.advance(hours=6)
        await plan(chat)
    for user in ("joko", "budi", "family", "widow", "driver", "rt"):
        assert chat.inbox(user) == [], user
    skipped = {kind for (kind,) in await rows(chat, "SELECT DISTINCT kind FROM outreach WHERE reason = 'opted out'")}
    dropped = {kind for (kind,) in await rows(
        chat, "SELECT DISTINCT r.kind FROM outbox AS b JOIN outreach AS r ON r.id = b.outreach_id "
              "WHERE b.status = 'skipped' AND b.last_error = 'opted out'")}
    assert skipped | dropped >= {"cover_ending", "cover_ending_rt", "claim_draft", "accident_deadline",
                                 "death_report", "death_report_rt", "broadcast"}
    assert await rows(chat, "SELECT count(*) FROM outbox WHERE outreach_id IS NOT NULL AND status = 'sent'") == [(0,)]


async def test_the_same_kind_of_reminder_reaches_a_person_once_a_day(chat: ChatSimulator) -> None:
    """Two claim drafts of one claimant, both missing documents: one reminder that day, not two."""
    chat.switch("widow")
    for nik in (ACTIVE.nik, VETERAN.nik):
        for text in ("menu", "5", nik, "kemarin", "1", "istri", "2", "1", "simpan dulu"):
            await chat.send(text)
    assert await rows(chat, "SELECT count(*) FROM claim WHERE status = 'draft'") == [(2,)]
    chat.inbox("widow")
    chat.clock.advance(days=1, hours=1)
    await plan(chat)
    assert len([r for r in chat.inbox("widow") if "belum diajukan" in r.text]) == 1
    chat.clock.advance(days=2)  # day 3: the other claim's reminder may come now, still one a day
    await plan(chat)
    assert len([r for r in chat.inbox("widow") if "belum diajukan" in r.text]) == 1


def test_every_kind_of_message_the_bot_sends_first_is_listed_for_whatsapp_templates() -> None:
    """Outside WhatsApp's 24-hour window a kind without an approved template is not sent: an operator configures
    WHATSAPP_TEMPLATES from the README's list of kinds, so a kind missing there is a reminder that never arrives."""
    import re

    from services.identity import PROOF_CODE
    from tests.chat import PROJECT_ROOT

    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `WHATSAPP_TEMPLATES`"))
    listed = set(re.findall(r"`([a-z_]+)`", row.split("Kinds:", 1)[1]))
    kinds = {value for name, value in vars(outreach.Kind).items() if not name.startswith("_")}
    kinds.remove(outreach.Kind.COVER_SUBJECT)  # a row marking a worker's reminder as planned, never a message
    assert kinds | {PROOF_CODE, "ticket_reply"} <= listed, sorted(kinds - listed)


# -- officers' morning note --------------------------------------------------------------------------

async def proposed(chat: ChatSimulator) -> str:
    """A proposal by the RT head, as the chat files it (Siti Aminah, the neighbour)."""
    from zoneinfo import ZoneInfo

    from conversations.model import ProposeNominee
    from services.nominations import propose
    from tests.factories import NEIGHBOUR_NIK

    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        head = await tx.officer_by_phone(RT_HEAD.phone)
        assert head is not None
        answer = await propose(tx, head, "console", "rt", ProposeNominee(
            nik=NEIGHBOUR_NIK, full_name="Siti Aminah", birth_date=dt.date(1988, 4, 12), gender="P",
            occupation="pedagang", occupation_other=None, address="Jl. Contoh 5", phone=NEIGHBOUR_PHONE,
            locale="id"), chat.clock(), ZoneInfo("Asia/Jakarta"))
    assert answer.reference is not None
    return answer.reference


async def notes(chat: ChatSimulator, user: str) -> list[str]:
    await plan(chat)
    return [r.text for r in chat.inbox(user) if r.text.startswith("Pengingat untuk petugas")]


async def test_officers_hear_each_morning_what_waits_for_them_and_nothing_when_nothing_does(chat: ChatSimulator) -> None:
    """Proposals, claims and tickets the bot collected waited at the desk with nobody told: a kelurahan officer who did
    not open it let a neighbour's proposal sit, and a ticket went up a level unanswered."""
    from tests.factories import CITY_ADMIN, KECAMATAN_OFFICER, KELURAHAN_ELSEWHERE, KELURAHAN_OFFICER

    for user, officer in (("kel", KELURAHAN_OFFICER), ("kec", KECAMATAN_OFFICER), ("kota", CITY_ADMIN),
                          ("other", KELURAHAN_ELSEWHERE)):
        await bind_officer(chat, user, officer.phone)
    assert [await notes(chat, user) for user in ("kel", "kec", "kota", "other")] == [[], [], [], []]  # nothing waits
    chat.clock.advance(hours=17)  # 03.00 on 24 November in Jambi, still the 23rd in UTC
    reference = await proposed(chat)
    chat.switch("warga")
    for text in ("bicara dengan petugas", "lainnya", "data saya salah"):  # a ticket of no one's area: the city's
        await chat.send(text)
    assert await notes(chat, "kel") == []  # before 08.00
    chat.clock.advance(hours=5, minutes=30)
    (note,) = await notes(chat, "kel")
    assert note.startswith("Pengingat untuk petugas Kel. Talang Bakung: 1 usulan warga menunggu diperiksa (yang "
                           "terlama sejak 24 November 2026). Buka menu petugas: \"Verifikasi usulan\" atau \"Masuk "
                           "meja petugas\"."), note  # the day in Jambi, as the desk shows it
    assert "BERHENTI" in note
    (city,) = await notes(chat, "kota")
    assert "Kota Jambi: 1 tiket warga belum dijawab" in city and "\"Meja klaim\"" in city, city
    assert await notes(chat, "kec") == [] and await notes(chat, "other") == []  # nothing of theirs
    assert await notes(chat, "kel") == []  # once a day, and not even counted again
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        kel, kec = UserKey("console", "kel"), UserKey("console", "kec")
        assert await tx.reached_on("officer_digest", dt.date(2026, 11, 24), [kel, kec]) == {kel}
        assert await tx.reached_on("officer_digest", dt.date(2026, 11, 25), [kel, kec]) == set()
    chat.clock.advance(hours=22, minutes=30)  # 07.00 the next morning: not yet
    assert await notes(chat, "kel") == []
    chat.clock.advance(hours=1, minutes=30)  # 08.30
    assert len(await notes(chat, "kel")) == 1  # still waiting: told again
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:  # the kelurahan approves it
        await tx.set_nomination_status(reference, "approved", None, chat.clock())
    chat.clock.advance(days=1)
    assert await notes(chat, "kel") == []
    (kec,) = await notes(chat, "kec")
    assert kec.startswith("Pengingat untuk petugas Kec. Paal Merah: 1 usulan menunggu dipilih sesuai kuota"), kec
    assert "\"Pilih usulan (kuota)\"" in kec
    from tests.desk_kit import make_claim

    await make_claim(chat.repo, chat.media_store, chat.clock())  # submitted: the city verifies it
    chat.clock.advance(days=1)
    city = (await notes(chat, "kota"))[-1]  # (yesterday's, about the ticket, came while others were read)
    assert "1 klaim diajukan menunggu diverifikasi; 1 tiket warga belum dijawab" in city, city
    chat.inbox("kec"), chat.inbox("kota")  # Friday's, read
    chat.clock.advance(days=1)  # Saturday 28 November: the office is closed, the work still waits
    assert await notes(chat, "kec") == [] and await notes(chat, "kota") == []
    chat.clock.advance(days=2)  # Monday, a public holiday this city's configuration names
    assert chat.repo is not None
    holiday = dataclasses.replace(CONFIG, holidays=frozenset({dt.date(2026, 11, 30)}))
    await outreach.run_once(chat.repo, holiday, chat.clock())
    await chat.runtime.flush_outbox()  # type: ignore[union-attr]
    assert not [r for r in chat.inbox("kec") if r.text.startswith("Pengingat untuk petugas")]
    assert len(await notes(chat, "kec")) == 1  # without it, an ordinary Monday


async def test_a_day_typed_after_the_month_of_a_death_reported_is_in_that_month(chat: ChatSimulator) -> None:
    """Tried as a user: "bulan lalu" at the report's date was asked the day, and "sekitar tgl 20an" then recorded the
    death on 20 November (this month), as a sure date. The day is read in the month said, as the estimate it is."""
    await bind_officer(chat, "rt", RT_HEAD.phone)
    await chat.send(str(chat.labels().index("Lapor warga meninggal") + 1))
    await chat.send(ACTIVE.nik)
    replies = await chat.send("bulan lalu")
    assert replies[0].text.startswith("Kira-kira tanggal berapa di bulan Oktober 2026?"), replies[0].text
    await chat.send("sekitar tgl 20an")
    await chat.send("0812-9999-0041")
    assert "• Meninggal: sekitar 20 Oktober 2026" in chat.last.text, chat.last.text
