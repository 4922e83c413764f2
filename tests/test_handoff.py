"""Bicara dengan petugas: a ticket to the participant's kelurahan, messages both ways, closing and rating,
one open ticket per account, escalation by the clock — in the terminal channel over SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from conversations.domain.nominations import Area
from services import tickets
from tests.chat import CATALOGS, ChatSimulator
from tests.factories import ACTIVE, OFFICERS, ROSTER, SELF_PAID_LAPSED, VETERAN
from tests.postgres import fresh_schema


@pytest.fixture(params=["sqlite", "postgres"])
async def chat(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[ChatSimulator]:
    async with contextlib.AsyncExitStack() as stack:
        url = await stack.enter_async_context(fresh_schema()) if request.param == "postgres" else None
        simulator = await ChatSimulator(tmp_path / "kawan.db", user="widow", db_url=url).start()
        stack.push_async_callback(simulator.close)
        await simulator.seed(ROSTER, OFFICERS)
        yield simulator


async def officer_says(chat: ChatSimulator, reference: str, text: str) -> None:
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        await tickets.reply(tx, reference, "cli:rina", text, chat.clock(), CATALOGS)
    assert chat.runtime is not None
    await chat.runtime.flush_outbox()


async def test_a_ticket_goes_to_the_kelurahan_and_messages_go_both_ways(chat: ChatSimulator) -> None:
    for text in ("menu", "1", ACTIVE.nik, ACTIVE.kpj):  # a status check proves the record
        await chat.send(text)
    asked = await chat.send("mau bicara dengan petugas")
    assert asked[-1].text == "Saya hubungkan dengan petugas. Tentang apa?"
    opened = "\n".join(r.text for r in await chat.send("klaim"))
    assert "Tiket TKT-2026-000001 dibuat" in opened
    assert "Petugas Kel. Talang Bakung biasanya menjawab dalam beberapa jam kerja" in opened  # Monday 10:00 WIB
    passed = await chat.send("klaim suami saya belum cair, sudah 2 minggu")
    assert passed[-1].text.startswith("✓ Diteruskan ke petugas (TKT-2026-000001)")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None and ticket.area.kelurahan == "Talang Bakung" and ticket.topic == "claim"
        messages = await tx.ticket_messages(ticket.id)
    (message,) = [m for m in messages if m.kind == "message"]
    assert message.author == "user" and message.text.startswith("klaim suami saya")
    # The conversation before the ticket is on it for the officer, both sides, the NIK masked.
    before = [(m.author, m.text) for m in messages if m.kind == "history"]
    assert ("user", "menu") in before and ("user", "…" + ACTIVE.nik[-4:]) in before
    assert any(author == "bot" and "aktif" in text.lower() for author, text in before), before
    assert all(ACTIVE.nik not in text for _author, text in before)

    chat.inbox("widow")
    await officer_says(chat, "TKT-2026-000001", "Baik Bu, berkasnya kami periksa hari ini.")
    (answer,) = chat.inbox("widow")
    assert answer.text == ("Petugas Kel. Talang Bakung (TKT-2026-000001): Baik Bu, berkasnya kami periksa hari "
                           "ini.")

    left = await chat.send("menu")  # the menu still works, and says the ticket stays open
    assert left[0].text.startswith("Tiket Anda tetap terbuka") and left[-1].choices
    again = await chat.send("bicara dengan petugas")  # continues the same ticket, no topic question
    assert again[0].text.startswith("Tiket Anda TKT-2026-000001 masih terbuka")
    async with chat.repo.transaction() as tx:
        assert len(await tx.tickets(ACTIVE_AREA, status=None)) == 1  # one open ticket per account

    async with chat.repo.transaction() as tx:
        await tickets.close(tx, "TKT-2026-000001", "cli:rina", "berkas lengkap, diteruskan ke cabang",
                            chat.clock(), CATALOGS)
    await chat.runtime.flush_outbox()  # type: ignore[union-attr]
    closed = [r for r in chat.inbox("widow") if "ditutup oleh petugas" in r.text]
    assert [c.label for c in closed[0].choices] == ["1 Kurang", "2 Cukup", "3 Sangat"]
    chat.transcript.extend(closed)
    thanks = await chat.tap("3 Sangat")
    assert thanks[0].text.startswith("Terima kasih atas penilaian Anda")
    async with chat.repo.transaction() as tx:
        rated = await tx.ticket("TKT-2026-000001")
    assert rated is not None and rated.status == "closed" and rated.rating == 3


ACTIVE_AREA = __import__("conversations.domain.nominations", fromlist=["Area"]).Area("Kota Jambi")


async def test_a_question_written_where_the_topic_is_asked_reaches_the_officer(chat: ChatSimulator) -> None:
    await chat.send("bicara dengan petugas")
    chat.clock.advance(seconds=20)  # the time it takes to read the question and write the answer
    opened = "\n".join(r.text for r in await chat.send("saya mau tanya klaim bapak saya yang belum cair"))
    assert "Tiket TKT-2026-000001 dibuat" in opened
    assert "✓ Diteruskan ke petugas (TKT-2026-000001)" in opened  # not asked to write it again
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None and ticket.topic == "claim"
        messages = await tx.ticket_messages(ticket.id)
    assert (messages[-1].author, messages[-1].text) == ("user", "saya mau tanya klaim bapak saya yang belum cair")
    assert [m.text for m in messages].count("saya mau tanya klaim bapak saya yang belum cair") == 1  # once


@pytest.mark.parametrize(("question", "topic"), [("klaim saya belum ada kabar", "claim"),
                                               ("data saya salah, nama beda", "status")])
async def test_a_question_starting_with_a_topic_word_is_passed_on_too(chat: ChatSimulator, question: str,
                                                                      topic: str) -> None:
    """"klaim saya belum ada kabar" picked the topic "Klaim" and was lost: the user was asked to write it again."""
    await chat.send("bicara dengan petugas")
    chat.clock.advance(seconds=20)  # the time it takes to read the question and write the answer
    opened = "\n".join(r.text for r in await chat.send(question))
    assert "✓ Diteruskan ke petugas (TKT-2026-000001)" in opened and "Tulis pesan untuk petugas" not in opened, opened
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None and ticket.topic == topic
        messages = await tx.ticket_messages(ticket.id)
    assert (messages[-1].author, messages[-1].text) == ("user", question)
    assert [m.kind for m in messages if m.text == question] == ["message"], messages


@pytest.mark.parametrize(("message", "topic"), [
    ("saya mau bicara dengan petugas, klaim bapak saya sudah 2 bulan tidak ada kabar", "claim"),
    ("tolong sambungkan ke petugas, data saya salah", "status"),
])
async def test_a_person_asked_for_with_the_question_opens_the_ticket_with_it(chat: ChatSimulator, message: str,
                                                                            topic: str) -> None:
    """The question after the request made the message one's claims (with none: "Belum ada klaim dari akun ini") or
    the answer about wrong data, and no person was reached."""
    opened = "\n".join(r.text for r in await chat.send(message))
    assert "Tiket TKT-2026-000001 dibuat" in opened and "✓ Diteruskan ke petugas (TKT-2026-000001)" in opened, opened
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None and ticket.topic == topic
        messages = await tx.ticket_messages(ticket.id)
    # the ticket's own first message, not folded away with the conversation before it (the desk said "Belum ada pesan")
    assert [m.kind for m in messages if m.text == message] == ["message"], messages


async def test_a_topic_word_alone_picks_the_topic(chat: ChatSimulator) -> None:
    await chat.send("bicara dengan petugas")
    opened = "\n".join(r.text for r in await chat.send("klaim pak"))
    assert "Tiket TKT-2026-000001 dibuat" in opened and opened.endswith("Tulis pesan untuk petugas. Foto atau dokumen "
                                                                        "juga bisa dikirim di sini."), opened


async def test_a_typo_at_the_topic_opens_no_ticket(chat: ChatSimulator) -> None:
    """Tried as a user: "asdf" at "Tentang apa?" opened a ticket, forwarded for an officer to read; so did "tidak"."""
    await chat.send("bicara dengan petugas")
    replies = await chat.send("asdf")
    assert replies[0].text.startswith("Sepertinya salah ketik. Pilih topiknya"), replies[0].text
    replies = await chat.send("tidak")
    assert replies[0].text.startswith("Pilih topiknya, atau tulis pertanyaan Anda"), replies[0].text
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        assert await tx.tickets(Area("Kota Jambi"), status=None) == []
    replies = await chat.send("klaim saya belum ada kabar")
    assert replies[0].text.startswith("Tiket TKT-"), replies[0].text
    async with chat.repo.transaction() as tx:  # the same look finds the ticket a question opens
        assert len(await tx.tickets(Area("Kota Jambi"), status=None)) == 1


@pytest.mark.parametrize(("message", "answer"), [("bentar ya", "Baik, saya tunggu."), ("ok", "Pilih topiknya"),
                                               ("makasih", "Sama-sama"), ("terserah", "Pilih topiknya")])
async def test_a_wait_or_thanks_at_the_topic_opens_no_ticket(chat: ChatSimulator, message: str, answer: str) -> None:
    """"bentar ya" at "Tentang apa?" opened a ticket with it as the question, for an officer to read."""
    await chat.send("bicara dengan petugas")
    replies = await chat.send(message)
    assert replies[0].text.startswith(answer) and "Tiket" not in replies[0].text, replies[0].text
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        assert await tx.tickets(Area("Kota Jambi"), status=None) == []


async def test_a_main_menu_entrys_name_at_the_topic_or_in_the_ticket_goes_to_the_officer(chat: ChatSimulator) -> None:
    """A main menu entry's name is that entry away from the menu, but not here: "cek klaim" is the topic asked, and in
    the open ticket it is a message to the officer (asking them to check the claim), never a way out of it."""
    await chat.send("bicara dengan petugas")
    opened = "\n".join(r.text for r in await chat.send("cek klaim"))
    assert "Tiket TKT-2026-000001 dibuat" in opened, opened
    passed = "\n".join(r.text for r in await chat.send("cek kepesertaan"))
    assert passed.startswith("✓ Diteruskan ke petugas (TKT-2026-000001)."), passed
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None and ticket.topic == "claim"
        messages = await tx.ticket_messages(ticket.id)
    assert (messages[-1].author, messages[-1].text) == ("user", "cek kepesertaan"), messages


async def test_an_heirs_ticket_goes_where_the_claim_is_handled(chat: ChatSimulator) -> None:
    """A widow proves no roster record of her own: her claim says where she is, not the first city."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):  # her husband's JKM claim, recorded
        await chat.send(text)
    await chat.send("bicara dengan petugas")
    opened = "\n".join(r.text for r in await chat.send("lainnya"))  # not even about the claim
    assert "Petugas Kel. Talang Bakung biasanya menjawab" in opened, opened
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
    assert ticket is not None and (ticket.area.city, ticket.area.kelurahan) == ("Kota Jambi", "Talang Bakung")


async def test_a_ticket_from_a_city_no_desk_serves_goes_to_one_that_does(chat: ChatSimulator) -> None:
    """Kota Bontang has no officer yet: its ticket would be read by nobody."""
    for text in ("1", SELF_PAID_LAPSED.nik, "1", SELF_PAID_LAPSED.kpj):  # proven: a record in Kota Bontang
        await chat.send(text)
    await chat.send("bicara dengan petugas")
    opened = "\n".join(r.text for r in await chat.send("lainnya"))
    assert "Petugas Kota Jambi biasanya menjawab" in opened, opened
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None and ticket.area.city == "Kota Jambi"
        assert [t.reference for t in await tx.tickets(Area("Kota Jambi"))] == ["TKT-2026-000001"]  # on its desk


async def test_outside_working_hours_the_user_is_told_when(chat: ChatSimulator) -> None:
    chat.clock.now = dt.datetime(2026, 11, 28, 3, 0, tzinfo=dt.UTC)  # Saturday 10:00 WIB
    await chat.send("menu")
    await chat.send("tolong hubungi saya")
    opened = "\n".join(r.text for r in await chat.send("lainnya"))
    assert "di luar jam kerja" in opened and "30 November 2026 pukul 08.00" in opened  # Monday


async def test_an_unanswered_ticket_goes_up_after_a_working_day(chat: ChatSimulator) -> None:
    for text in ("menu", "1", ACTIVE.nik, ACTIVE.kpj, "bicara dengan petugas", "kepesertaan", "data saya salah"):
        await chat.send(text)
    assert chat.repo is not None
    chat.clock.advance(hours=20)
    assert await tickets.escalate(chat.repo, chat.clock()) == 0  # not a working day yet
    chat.clock.advance(hours=8)
    assert await tickets.escalate(chat.repo, chat.clock()) == 1
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        audit = [e.action for e in await tx.audit_entries("TKT-2026-000001")]
    assert ticket is not None and ticket.area.kelurahan == "" and ticket.area.kecamatan == "Paal Merah"
    assert "ticket.escalated" in audit and "ticket.opened" in audit and "ticket.user_message" in audit


async def test_a_closed_ticket_refuses_more_replies_and_an_unknown_one_is_named(chat: ChatSimulator) -> None:
    for text in ("menu", "bicara dengan petugas", "lainnya", "halo?"):
        await chat.send(text)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        await tickets.close(tx, "TKT-2026-000001", "cli:rina", "", chat.clock(), CATALOGS)
        with pytest.raises(tickets.TicketError, match="sudah ditutup"):
            await tickets.reply(tx, "TKT-2026-000001", "cli:rina", "masih ada?", chat.clock(), CATALOGS)
        with pytest.raises(tickets.TicketError, match="tidak ada"):
            await tickets.reply(tx, "TKT-2026-999999", "cli:rina", "halo", chat.clock(), CATALOGS)
        with pytest.raises(tickets.TicketError, match="kosong"):
            await tickets.reply(tx, "TKT-2026-000001", "cli:rina", "   ", chat.clock(), CATALOGS)
    after = await chat.send("masih di sini")
    assert any("sudah ditutup" in r.text for r in after), [r.text for r in after]


async def test_a_photo_sent_to_an_open_ticket_is_attached_and_a_wrong_file_refused(chat: ChatSimulator) -> None:
    for text in ("menu", "bicara dengan petugas", "kepesertaan/data"):
        await chat.send(text)
    refused = await chat.media("application/x-msdownload", b"MZ not a document")
    assert "foto" in refused[0].text.lower() or "pdf" in refused[0].text.lower(), refused[0].text
    attached = await chat.media("image/jpeg", b"ktp photo")
    assert attached[-1].text.startswith("✓ Diteruskan ke petugas (TKT-2026-000001)")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
        assert ticket is not None
        (file,) = [m for m in await tx.ticket_messages(ticket.id) if m.kind == "file"]
        assert file.author == "user" and file.media_digest and file.text == "image/jpeg"
        assert await tx.ticket_file(ticket.id, file.media_digest) is not None
        assert await tx.ticket_file(ticket.id, "0" * 64) is None
        audit = [e.action for e in await tx.audit_entries("TKT-2026-000001")]
    assert "ticket.user_file" in audit
    assert chat.media_store.get(file.media_digest).endswith(b"ktp photo")


async def test_an_officer_replying_faster_than_a_person_types_is_held_back(chat: ChatSimulator) -> None:
    for text in ("menu", "bicara dengan petugas", "lainnya", "halo?"):
        await chat.send(text)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        for n in range(tickets.REPLIES_PER_MINUTE):
            await tickets.reply(tx, "TKT-2026-000001", "cli:rina", f"balasan {n}", chat.clock(), CATALOGS)
        with pytest.raises(tickets.TicketError, match="dalam satu menit"):
            await tickets.reply(tx, "TKT-2026-000001", "cli:rina", "satu lagi", chat.clock(), CATALOGS)
        await tickets.reply(tx, "TKT-2026-000001", "cli:budi", "petugas lain", chat.clock(), CATALOGS)
    chat.clock.advance(minutes=1, seconds=1)
    async with chat.repo.transaction() as tx:
        await tickets.reply(tx, "TKT-2026-000001", "cli:rina", "satu lagi", chat.clock(), CATALOGS)


async def test_what_users_wrote_is_forgotten_after_a_week(chat: ChatSimulator) -> None:
    await chat.send("halo")
    assert chat.repo is not None
    assert await tickets.forget_old_said(chat.repo, chat.clock()) == 0
    chat.clock.advance(days=8)
    assert await tickets.forget_old_said(chat.repo, chat.clock()) == 1
    async with chat.repo.transaction() as tx:
        left = await tx.recent_exchange(chat.channel, chat.user, chat.clock() - dt.timedelta(days=30))
    assert left and all(line.author == "bot" for line in left)  # the bot's replies stay; what was typed went


async def test_the_whole_round_trip_on_whatsapp_and_the_cli(tmp_path: Path) -> None:
    """A WhatsApp user asks for a person; `kawan tickets reply` (as a process) answers; the fake Graph API
    receives the officer's words; outside the 24-hour window the configured template carries them."""
    import asyncio
    import os
    import subprocess
    import sys

    from tests.channels import running_bot, settings_for
    from tests.chat import SECRET
    from tests.fakes import graph_api as meta
    from tests.fakes.graph_api import FakeGraphApi, body_of
    from tests.fakes.server import LocalServer

    graph = FakeGraphApi()
    user = "6281234599999"
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        settings = settings_for(tmp_path, whatsapp_access_token=meta.ACCESS_TOKEN,
                                whatsapp_phone_number_id=meta.PHONE_NUMBER_ID, whatsapp_app_secret=meta.APP_SECRET,
                                whatsapp_verify_token=meta.VERIFY_TOKEN, whatsapp_api_base_url=server.url,
                                whatsapp_templates={"ticket_reply": "balasan_petugas:id"})
        async with running_bot(settings) as app:
            import httpx

            async with httpx.AsyncClient() as client:
                async def post(payload: dict) -> None:  # type: ignore[type-arg]
                    raw, headers = meta.signed(payload)
                    await client.post(f"http://127.0.0.1:{settings.webhook_port}/webhook/whatsapp", content=raw,
                                      headers=headers)

                await post(meta.text(user, "mau bicara dengan petugas"))
                (topics,) = await graph.wait_sent(user, 1)
                await post(meta.text(user, "lainnya"))
                await graph.wait_sent(user, 2)
                await post(meta.text(user, "alamat di data saya salah"))
                await graph.wait_sent(user, 3)
                env = {**os.environ, "KAWAN_DATABASE_URL": settings.kawan_database_url, "KAWAN_SECRET_KEY": SECRET,
                       "KAWAN_LOG_LEVEL": "WARNING"}

                def kawan(*args: str) -> subprocess.CompletedProcess[str]:
                    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True,
                                          env=env, timeout=60, check=False)

                listed = await asyncio.to_thread(kawan, "tickets", "list")
                assert "TKT-2026-000001  open" in listed.stdout and listed.returncode == 0
                shown = await asyncio.to_thread(kawan, "tickets", "show", "TKT-2026-000001")
                assert "alamat di data saya salah" in shown.stdout
                answered = await asyncio.to_thread(kawan, "tickets", "reply", "TKT-2026-000001",
                                                   "Silakan kirim foto KTP Anda di sini.")
                assert answered.returncode == 0, answered.stderr
                app.runtime.dispatchers["whatsapp"].wake()
                reply = (await graph.wait_sent(user, 4))[-1]
                assert body_of(reply).startswith("Petugas Kota Jambi (TKT-2026-000001): Silakan kirim foto KTP")

                graph.outside_window.add(user)  # a day later: only the template reaches the number
                await asyncio.to_thread(kawan, "tickets", "reply", "TKT-2026-000001", "Apakah sudah?")
                app.runtime.dispatchers["whatsapp"].wake()
                late = (await graph.wait_sent(user, 5))[-1]
                assert late["type"] == "template" and late["template"]["name"] == "balasan_petugas"
                assert "Apakah sudah?" in body_of(late)

                missing = await asyncio.to_thread(kawan, "tickets", "reply", "TKT-2026-999999", "halo")
                assert missing.returncode == 2 and "tidak ada" in missing.stderr
                closed = await asyncio.to_thread(kawan, "tickets", "close", "TKT-2026-000001", "--outcome",
                                                 "data diperbaiki")
                assert closed.returncode == 0
    assert topics["type"] == "interactive"


async def test_three_replies_not_understood_in_a_row_offer_a_person(chat: ChatSimulator) -> None:
    await chat.send("menu")
    for text in ("qwerty", "asdf zxcv"):
        replies = await chat.send(text)
        assert not any("bicara dengan petugas" in r.text for r in replies)
    third = await chat.send("hjkl uiop")
    assert any("Ketik \"bicara dengan petugas\"" in r.text for r in third)
    await chat.send("1")  # understood: the count starts again
    for text in ("qwerty", "asdf zxcv"):
        assert not any("bicara dengan petugas" in r.text for r in await chat.send(text))
