"""WhatsApp end to end: signed webhooks in Meta's shape into the bot, a fake Graph API records what it sent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.base import GiveUp, RetryLater, Sent
from bot.channels.whatsapp import SENDING_AT_ONCE, WhatsAppChannel, render
from bot.media import MediaStore
from conversations.model import Choice, Conversation, Reply
from storage.base import OutboundMessage, UserKey
from tests.channels import running_bot, settings_for
from tests.chat import CATALOGS
from tests.factories import ACTIVE, VETERAN
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi, body_of, choice_ids
from tests.fakes.server import LocalServer

WA = "6281234567890"


class Bot:
    def __init__(self, port: int, graph: FakeGraphApi, app: Any) -> None:
        self.url = f"http://127.0.0.1:{port}/webhook/whatsapp"
        self.graph = graph
        self.app = app
        self.client = httpx.AsyncClient()

    async def post(self, payload: dict[str, Any], **kw: Any) -> httpx.Response:
        raw, headers = meta.signed(payload, **kw)
        return await self.client.post(self.url, content=raw, headers=headers)


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Bot]:
    graph = FakeGraphApi()
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        settings = settings_for(tmp_path, whatsapp_access_token=meta.ACCESS_TOKEN,
                                whatsapp_phone_number_id=meta.PHONE_NUMBER_ID, whatsapp_app_secret=meta.APP_SECRET,
                                whatsapp_verify_token=meta.VERIFY_TOKEN, whatsapp_api_base_url=server.url)
        async with running_bot(settings) as app:
            client = Bot(settings.webhook_port, graph, app)
            yield client
            await client.client.aclose()


async def test_verify_handshake(bot: Bot) -> None:
    ok = await bot.client.get(bot.url, params={"hub.mode": "subscribe", "hub.verify_token": meta.VERIFY_TOKEN,
                                               "hub.challenge": "1158201444"})
    assert ok.status_code == 200 and ok.text == "1158201444"
    wrong = await bot.client.get(bot.url, params={"hub.mode": "subscribe", "hub.verify_token": "nope",
                                                  "hub.challenge": "1"})
    assert wrong.status_code == 403


async def test_unsigned_or_wrongly_signed_posts_are_refused_and_not_processed(bot: Bot) -> None:
    raw, _headers = meta.signed(meta.text(WA, "menu"))
    missing = await bot.client.post(bot.url, content=raw, headers={"content-type": "application/json"})
    wrong = await bot.post(meta.text(WA, "menu"), secret="not-the-app-secret")
    assert missing.status_code == 403 and wrong.status_code == 403
    await asyncio.sleep(0.3)
    assert bot.graph.sent == []


async def test_status_check_with_buttons_and_a_duplicate_delivery(bot: Bot) -> None:
    """A worker writing from the number on the roster: WhatsApp vouches for it, so the NIK is enough."""
    WA = ACTIVE.phone
    hello = meta.text(WA, "halo", wamid="wamid.HELLO")
    assert (await bot.post(hello)).status_code == 200
    (menu,) = await bot.graph.wait_sent(WA, 1)
    assert menu["type"] == "interactive" and menu["interactive"]["type"] == "list"  # 5 choices → a list
    rows = menu["interactive"]["action"]["sections"][0]["rows"]
    assert all(len(r["title"]) <= 24 for r in rows) and len(menu["interactive"]["body"]["text"]) <= 1024
    assert (await bot.post(hello)).status_code == 200  # Meta delivers the same message again

    await bot.post(meta.button_reply(WA, choice_ids(menu)[0]))
    ask = (await bot.graph.wait_sent(WA, 2))[-1]
    assert "NIK" in body_of(ask)
    await bot.post(meta.text(WA, ACTIVE.nik))
    result = body_of((await bot.graph.wait_sent(WA, 3))[-1])
    assert ACTIVE.full_name not in result and "aktif" in result.lower() and ACTIVE.kpj in result
    await asyncio.sleep(0.3)
    assert len(bot.graph.to(WA)) == 3  # the duplicate was not answered


async def test_a_number_that_is_not_the_rosters_must_prove_the_record(bot: Bot) -> None:
    await bot.post(meta.text(WA, "cek status"))
    await bot.graph.wait_sent(WA, 1)
    await bot.post(meta.text(WA, ACTIVE.nik))
    proof = body_of((await bot.graph.wait_sent(WA, 2))[-1])
    assert "Buktikan" in proof and "aktif" not in proof.lower()
    await bot.post(meta.text(WA, ACTIVE.kpj))
    assert "aktif" in body_of((await bot.graph.wait_sent(WA, 3))[-1]).lower()


async def test_statuses_are_recorded_never_answered(bot: Bot) -> None:
    await bot.post(meta.text(WA, "menu"))
    (menu,) = await bot.graph.wait_sent(WA, 1)
    assert (await bot.post(meta.status(menu["_id"], "read", WA))).status_code == 200
    await asyncio.sleep(0.3)
    assert len(bot.graph.to(WA)) == 1
    async with bot.app.repo.transaction() as tx:
        assert await tx.outbox_counts("whatsapp") == {"sent": 1}


async def test_outside_the_window_waits_for_the_users_next_message(bot: Bot) -> None:
    bot.graph.errors.append((400, 131047, "Re-engagement message"))
    await bot.post(meta.text(WA, "menu"))
    await asyncio.sleep(0.5)
    assert bot.graph.to(WA) == []
    async with bot.app.repo.transaction() as tx:
        assert await tx.outbox_counts("whatsapp") == {"parked": 1}
    await bot.post(meta.text(WA, "bantuan"))
    sent = await bot.graph.wait_sent(WA, 2)
    assert body_of(sent[0]).startswith("Halo, saya Kawan Kerja")  # the parked menu first, in order


async def test_rate_limit_is_retried(bot: Bot) -> None:
    bot.graph.errors.append((400, 130429, "Rate limit hit"))
    await bot.post(meta.text(WA, "menu"))
    (menu,) = await bot.graph.wait_sent(WA, 1, timeout=15)
    assert body_of(menu).startswith("Halo")


async def test_a_user_with_a_business_scoped_id_is_keyed_and_answered_by_it(bot: Bot) -> None:
    await bot.post(meta.text(WA, "menu", user_id="ID.1234567890abcdef"))
    (menu,) = await bot.graph.wait_sent("ID.1234567890abcdef", 1)
    assert "to" not in menu


def test_render_buttons_list_and_numbered_menus_within_meta_limits() -> None:
    three = Reply(text="Pilih", version=2, choices=tuple(
        Choice(id=f"c{n}", label=f"Pilihan yang panjang sekali nomor {n}") for n in range(3)))
    (buttons,) = render(three, "Pilih")
    titles = [b["reply"]["title"] for b in buttons["interactive"]["action"]["buttons"]]
    assert all(len(t) <= 20 for t in titles) and len(set(titles)) == 3
    assert "Pilihan yang panjang sekali nomor 2" in buttons["interactive"]["body"]["text"]  # full wording kept
    twelve = Reply(text="Pilih", version=2, choices=tuple(Choice(id=f"c{n}", label=f"P{n}") for n in range(12)))
    (numbered,) = render(twelve, "Pilih")
    assert numbered["type"] == "text" and "12. P11" in numbered["text"]["body"]
    long = Reply(text="x " * 1000, version=1, choices=(Choice(id="a", label="A"),))
    parts = render(long, "Pilih")
    assert parts[0]["type"] == "text" and len(parts[-1]["interactive"]["body"]["text"]) <= 1024


async def test_a_location_shared_answers_where_the_accident_happened(bot: Bot) -> None:
    """A location pin at "Di mana kecelakaannya terjadi?" was "Pesan Anda kosong": its name, address and a map link."""
    for answer in ("4", "1", ACTIVE.nik, "kemarin jam 8"):  # "tadi pagi" failed from 04.00 to 08.00 WIB
        seen = len(bot.graph.to(WA))
        await bot.post(meta.text(WA, answer))
        await bot.graph.wait_sent(WA, seen + 1)
    assert "Di mana kecelakaannya terjadi?" in body_of(bot.graph.to(WA)[-1])
    seen = len(bot.graph.to(WA))
    pin = meta.inbound(WA, {"type": "location", "location": {
        "latitude": -1.6101, "longitude": 103.6131, "name": "Simpang Rimbo", "address": "Jl. Lingkar Selatan"}})
    assert (await bot.post(pin)).status_code == 200
    asked = (await bot.graph.wait_sent(WA, seen + 1))[-1]
    assert body_of(asked).startswith("Ceritakan singkat apa yang terjadi")
    async with bot.app.repo.transaction() as tx:
        (conversation,) = (await tx.load_conversations([UserKey("whatsapp", WA)])).values()
    assert isinstance(conversation, Conversation)
    assert conversation.draft["place"] == ("Simpang Rimbo, Jl. Lingkar Selatan "
                                           "https://maps.google.com/?q=-1.610100,103.613100")


async def test_a_reaction_is_not_a_message(bot: Bot) -> None:
    """A 👍 put on the bot's question was answered "Pesan Anda kosong."; it is neither answered nor taken as a yes."""
    await bot.post(meta.text(WA, "1"))
    await bot.graph.wait_sent(WA, 1)
    seen = len(bot.graph.to(WA))
    reaction = meta.inbound(WA, {"type": "reaction", "reaction": {"message_id": "wamid.OURS", "emoji": "\U0001f44d"}})
    assert (await bot.post(reaction)).status_code == 200
    await bot.post(meta.text(WA, ACTIVE.nik))  # the next message is answered, and nothing came before it
    sent = await bot.graph.wait_sent(WA, seen + 1)
    assert len(sent) == seen + 1 and "Pesan Anda kosong" not in body_of(sent[-1]), body_of(sent[-1])
    async with bot.app.repo.transaction() as tx:
        (conversation,) = (await tx.load_conversations([UserKey("whatsapp", WA)])).values()
    assert isinstance(conversation, Conversation) and conversation.draft.get("nik") == ACTIVE.nik


async def test_a_message_whatsapp_calls_unsupported_is_said_so_not_called_empty(bot: Bot) -> None:
    """A message of a type the Cloud API does not carry (it arrives as "unsupported") was answered "Pesan Anda kosong."."""
    await bot.post(meta.text(WA, "1"))
    await bot.graph.wait_sent(WA, 1)
    seen = len(bot.graph.to(WA))
    unsupported = meta.inbound(WA, {"type": "unsupported", "errors": [
        {"code": 131051, "title": "Message type unknown", "message": "Message type unknown"}]})
    assert (await bot.post(unsupported)).status_code == 200
    reply = (await bot.graph.wait_sent(WA, seen + 1))[-1]
    assert body_of(reply).startswith("Maaf, pesan seperti itu belum bisa saya baca. Silakan kirim teks."), body_of(reply)
    assert "Ketik NIK Anda" in body_of(reply)


async def test_a_voice_note_is_asked_to_be_typed(bot: Bot) -> None:
    """A WhatsApp voice note (audio, "voice": true): it was taken for a file, and the list of one's claims shown."""
    bot.graph.media["MEDIA9"] = b"OggS fake voice note"
    voice = meta.inbound(WA, {"type": "audio", "audio": {"id": "MEDIA9", "mime_type": "audio/ogg; codecs=opus",
                                                          "voice": True}})
    assert (await bot.post(voice)).status_code == 200
    (reply,) = await bot.graph.wait_sent(WA, 1)
    assert body_of(reply).startswith("Maaf, pesan suara belum bisa saya dengarkan. Mohon tulis pesan Anda.")
    assert "MEDIA9" not in bot.graph.downloads  # never fetched


async def test_a_sticker_is_taken_note_of_and_never_an_answer(bot: Bot) -> None:
    """A sticker at the menu was told a file could not be read, with how claim papers are sent; at a question it is no
    answer (a thumbs-up typed is a yes)."""
    sticker = meta.inbound(WA, {"type": "sticker", "sticker": {"id": "MEDIA7", "mime_type": "image/webp",
                                                               "animated": False}})
    assert (await bot.post(meta.text(WA, "halo"))).status_code == 200
    await bot.graph.wait_sent(WA, 1)
    assert (await bot.post(sticker)).status_code == 200
    (_hello, reply) = await bot.graph.wait_sent(WA, 2)
    assert body_of(reply).startswith("Menu utama. Mau dibantu apa?"), body_of(reply)
    for answer in ("5", VETERAN.nik, "kemarin", "1", "istri"):
        seen = len(bot.graph.to(WA))
        await bot.post(meta.text(WA, answer))
        await bot.graph.wait_sent(WA, seen + 1)
    seen = len(bot.graph.to(WA))
    await bot.post(meta.inbound(WA, {"type": "sticker", "sticker": {"id": "MEDIA8", "mime_type": "image/webp"}}))
    asked = (await bot.graph.wait_sent(WA, seen + 1))[seen:]
    assert body_of(asked[0]).startswith("Stiker tidak bisa saya baca sebagai jawaban."), body_of(asked[0])
    assert "MEDIA7" not in bot.graph.downloads and "MEDIA8" not in bot.graph.downloads


async def test_an_image_becomes_a_claim_document_and_a_zip_is_refused(bot: Bot, tmp_path: Path) -> None:
    """Death claim over WhatsApp: the image is downloaded through the Graph API, stored once, tied to an item."""
    answers = ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1")
    for answer in answers:
        seen = len(bot.graph.to(WA))
        await bot.post(meta.text(WA, answer))
        await bot.graph.wait_sent(WA, seen + 1)
    for _ in range(100):
        if "Dokumen untuk klaim JKM-" in body_of(bot.graph.to(WA)[-1]):
            break
        await asyncio.sleep(0.05)
    assert "Dokumen untuk klaim JKM-" in body_of(bot.graph.to(WA)[-1])
    shown = len(bot.graph.to(WA))
    photo = b"\xff\xd8\xff synthetic family card"
    bot.graph.media["MEDIA1"] = photo
    delivery = meta.image(WA, "MEDIA1", photo, wamid="wamid.IMG1")
    assert (await bot.post(delivery)).status_code == 200
    asked = (await bot.graph.wait_sent(WA, shown + 1))[-1]
    assert body_of(asked).startswith("Berkas diterima. Ini dokumen apa?")
    assert (await bot.post(delivery)).status_code == 200  # delivered again: not answered twice
    await bot.post(meta.text(WA, "4"))
    saved = (await bot.graph.wait_sent(WA, shown + 2))[-1]
    assert body_of(saved).startswith("Diterima: Kartu Keluarga (KK).")
    zipped = meta.inbound(WA, {"type": "document", "document": {"id": "MEDIA2", "mime_type": "application/zip",
                                                                 "filename": "dokumen.zip"}})
    await bot.post(zipped)
    refused = (await bot.graph.wait_sent(WA, shown + 3))[-1]
    assert body_of(refused).startswith("Berkas jenis ini tidak bisa diterima.")
    card = b"\xff\xd8\xff synthetic id card"
    bot.graph.media["MEDIA3"] = card
    await bot.post(meta.image(WA, "MEDIA3", card, caption="ktp suami saya", wamid="wamid.IMG3"))
    named = (await bot.graph.wait_sent(WA, shown + 4))[-1]
    assert body_of(named).startswith("Diterima: e-KTP almarhum."), body_of(named)  # the caption named it: not asked
    async with bot.app.repo.transaction() as tx:
        (claim,) = await tx.claims()
    assert [d.item for d in claim.documents] == ["kk", "ktp_deceased"]
    assert MediaStore(tmp_path / "media", bot.app.protector).get(claim.documents[0].digest) == photo


async def test_an_officer_is_recognised_by_the_sender_number(bot: Bot) -> None:
    officer = "6281100000003"  # the kelurahan officer of tests.factories
    await bot.post(meta.text(officer, "menu"))
    (menu,) = await bot.graph.wait_sent(officer, 1)
    rows = menu["interactive"]["action"]["sections"][0]["rows"]
    assert rows[-2]["title"] == "Masuk sebagai petugas"[:24]
    await bot.post(meta.list_reply(officer, rows[-2]["id"]))
    bound = body_of((await bot.graph.wait_sent(officer, 2))[-1])
    assert "Menu petugas: Petugas kelurahan, Kel. Talang Bakung" in bound
    await bot.post(meta.text(WA, "9"))  # a worker's number: no officer behind it
    (reply,) = await bot.graph.wait_sent(WA, 1)
    assert "tidak terdaftar sebagai petugas" in body_of(reply)


async def test_an_undeliverable_enrolment_notice_is_passed_to_the_rt_head(bot: Bot) -> None:
    import datetime as dt

    from conversations.model import ProposeNominee
    from services.nominations import enrol_from_roster
    from tests.chat import CATALOGS
    from tests.factories import RT_HEAD

    await bot.post(meta.text(WA, "menu"))  # the worker has written to the bot before
    await bot.graph.wait_sent(WA, 1)
    now = dt.datetime.now(dt.UTC)
    async with bot.app.repo.transaction() as tx:
        proposer = await tx.officer_by_phone(RT_HEAD.phone)
        assert proposer is not None
        reference = await tx.create_nomination(proposer, "console", "rt-head", ProposeNominee(
            ACTIVE.nik, ACTIVE.full_name, ACTIVE.birth_date, "L", "ojek_online", None, "Jl. Contoh 1", WA, "id"),
            2026, now)
        assert (await enrol_from_roster(tx, now, CATALOGS, "id")).enrolled == 1
    bot.graph.errors.append((400, 131026, "Message undeliverable"))
    bot.app.runtime.dispatchers["whatsapp"].wake()
    for _ in range(100):
        async with bot.app.repo.transaction() as tx:
            entries = [e.action for e in await tx.audit_entries(reference)]
        if "nomination.undelivered" in entries:
            break
        await asyncio.sleep(0.05)
    assert "nomination.undelivered" in entries
    async with bot.app.repo.transaction() as tx:
        waiting = await tx.pending_outbox("console", dt.datetime.now(dt.UTC), 10, "rt-head")
    assert any("tidak bisa dikirim ke nomornya" in m.reply.text and reference in m.reply.text for m in waiting)


async def _silent_server(reply: bytes | None) -> asyncio.Server:
    """A server that reads a request and then closes the connection (or answers `reply` as it is)."""
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        if reply is not None:
            writer.write(reply)
            await writer.drain()
        writer.close()
    return await asyncio.start_server(handle, "127.0.0.1", 0)


@pytest.mark.parametrize(("server_says", "outcome", "why"), [
    ("nothing listens", RetryLater, "network: ConnectError"),  # never reached Meta: sent again later
    ("hangs up", GiveUp, "ambiguous: RemoteProtocolError"),  # may have reached Meta: never sent twice
    ("server error", RetryLater, "server error"),  # a 5xx answer that is not JSON: Meta did not take it
])
async def test_a_send_that_fails_on_the_wire_is_retried_only_when_it_surely_did_not_leave(
        server_says: str, outcome: type, why: str) -> None:
    server = await _silent_server(None if server_says != "server error" else
                                  b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 7\r\n\r\noh dear")
    port = server.sockets[0].getsockname()[1]
    if server_says == "nothing listens":
        server.close()
        await server.wait_closed()
    channel = WhatsAppChannel(access_token="t", phone_number_id="1", base_url=f"http://127.0.0.1:{port}",
                              catalogs=CATALOGS, default_locale="id")
    try:
        result = await channel.deliver(OutboundMessage(1, "whatsapp", WA, Reply(text="Halo"), attempts=0))
    finally:
        await channel.close()
        server.close()
    assert isinstance(result, outcome) and not isinstance(result, Sent) and why in result.error, result


async def test_a_lane_whose_connection_the_server_closed_opens_a_new_one() -> None:
    body = b'{"messages":[{"id":"wamid.1"}]}'
    server = await _silent_server(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + str(len(body)).encode() + b"\r\n\r\n" + body)  # answers, then hangs up
    port = server.sockets[0].getsockname()[1]
    channel = WhatsAppChannel(access_token="t", phone_number_id="1", base_url=f"http://127.0.0.1:{port}",
                              catalogs=CATALOGS, default_locale="id")
    try:
        results = []
        for attempt in range(2 * SENDING_AT_ONCE):  # the lanes in turn: each comes back to a closed connection
            results.append(await channel.deliver(OutboundMessage(attempt, "whatsapp", WA, Reply(text="Halo"), 0)))
            await asyncio.sleep(0.01)
    finally:
        await channel.close()
        server.close()
    assert results == [Sent("wamid.1")] * 2 * SENDING_AT_ONCE
