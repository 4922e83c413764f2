"""Telegram end to end: the real python-telegram-bot client polls a fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
import html
from pathlib import Path

import pytest

from bot.channels.telegram import render
from bot.media import MediaStore
from conversations.model import Choice, Conversation, Expect, Reply
from storage.base import UserKey
from tests.channels import running_bot, settings_for
from tests.factories import ACTIVE, VETERAN
from tests.fakes.server import LocalServer
from tests.fakes.telegram_api import TOKEN, FakeBotApi

CHAT = 424242


@pytest.fixture
async def api() -> FakeBotApi:
    return FakeBotApi()


def telegram_settings(tmp_path: Path, server: LocalServer, **extra: object):  # type: ignore[no-untyped-def]
    return settings_for(tmp_path, telegram_bot_token=TOKEN, telegram_api_base_url=f"{server.url}/bot",
                        telegram_api_base_file_url=f"{server.url}/file/bot", **extra)


def keyboard(message: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [(button["text"], button["callback_data"]) for row in rows for button in row]


async def test_status_check_journey_with_buttons(tmp_path: Path, api: FakeBotApi) -> None:
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends(CHAT, "/start")
        (menu,) = await api.wait_sent(CHAT, 1)
        assert menu["text"].startswith("Halo, saya Kawan Kerja") and menu["parse_mode"] == "HTML"
        buttons = keyboard(menu)
        assert buttons[0][0] == "Cek kepesertaan" and all(len(data.encode()) <= 64 for _t, data in buttons)

        await api.user_taps(CHAT, buttons[0][1], message_id=5)
        ask = (await api.wait_sent(CHAT, 2))[-1]
        assert "NIK" in ask["text"]
        await api.wait_call("answerCallbackQuery")
        edit = await api.wait_call("editMessageReplyMarkup")
        assert int(edit["message_id"]) == 5 and "reply_markup" not in edit  # the tapped keyboard is gone

        await api.user_sends(CHAT, ACTIVE.nik)
        proof = (await api.wait_sent(CHAT, 3))[-1]
        assert "Buktikan" in proof["text"] and "B*** S" not in proof["text"]  # a NIK alone opens nothing
        share = dict(keyboard(proof))["Kirim nomor HP saya"]
        await api.user_taps(CHAT, share)
        ask_contact = (await api.wait_sent(CHAT, 4))[-1]
        assert ask_contact["reply_markup"]["keyboard"][0][0]["request_contact"] is True
        await api.user_shares_contact(CHAT, "+" + ACTIVE.phone)  # the phone on the roster: proof
        result = (await api.wait_sent(CHAT, 5))[-1]["text"]
        assert "B*** S******" in result and "aktif" in result.lower() and ACTIVE.kpj in result
        assert ACTIVE.full_name not in result and ACTIVE.nik not in result

        # The old menu button, tapped again, is answered with the current question, not acted on.
        await api.user_taps(CHAT, buttons[0][1])
        stale = (await api.wait_sent(CHAT, 6))[-1]["text"]
        assert "kedaluwarsa" in stale


async def test_commands_registered_in_both_languages(tmp_path: Path, api: FakeBotApi) -> None:
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.wait_call("deleteWebhook")  # polling mode; its poller may start after the bot answers as healthy
        registered = [c.params for c in api.calls if c.method == "setMyCommands"]
    by_language = {p.get("language_code"): [c["command"] for c in p["commands"]] for p in registered}
    assert by_language[None] == ["start", "menu", "bahasa", "batal", "bantuan"]
    assert by_language["en"] == ["start", "menu", "language", "cancel", "help"]


async def test_a_redelivered_update_is_answered_once(tmp_path: Path, api: FakeBotApi) -> None:
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends(CHAT, "menu")
        await api.wait_sent(CHAT, 1)
        first = {"update_id": 100, "message": {"message_id": 1, "date": 0, "text": "menu",
                                               "chat": {"id": CHAT, "type": "private"},
                                               "from": {"id": CHAT, "is_bot": False, "first_name": "P"}}}
        api.updates.append(first)  # Telegram sends update 100 again
        await api.user_sends(CHAT, "bantuan")
        await api.wait_sent(CHAT, 2)
        await asyncio.sleep(0.3)
    assert len(api.sent(CHAT)) == 2


async def test_flood_limit_is_retried_not_lost(tmp_path: Path, api: FakeBotApi) -> None:
    api.fail_sends = 1
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends(CHAT, "menu")
        (menu,) = await api.wait_sent(CHAT, 1, timeout=15)
    assert menu["text"].startswith("Halo")


async def test_a_photo_where_none_is_expected_gets_a_reason(tmp_path: Path, api: FakeBotApi) -> None:
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends_photo(CHAT, b"\xff\xd8\xff fake jpeg")
        (reply,) = await api.wait_sent(CHAT, 1)
    assert reply["text"].startswith("Isi foto atau berkas belum bisa saya baca, dan belum ada klaim yang menunggu "
                                    "dokumen."), reply["text"]
    assert "Belum ada klaim dari akun ini" not in reply["text"]  # the long answer to "cek klaim", not to a photo


async def test_a_voice_note_is_asked_to_be_typed(tmp_path: Path, api: FakeBotApi) -> None:
    """Many people ask by voice: it was "Berkas tadi belum saya simpan …" and the list of their claims."""
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends_voice(CHAT, b"OggS fake voice note")
        (reply,) = await api.wait_sent(CHAT, 1)
    assert reply["text"].startswith("Maaf, pesan suara belum bisa saya dengarkan. Mohon tulis pesan Anda.")
    assert "getFile" not in api.methods()  # never downloaded: nothing of it is kept


async def test_a_sticker_is_taken_note_of(tmp_path: Path, api: FakeBotApi) -> None:
    """A sticker at the menu was told a file could not be read, with how claim papers are sent."""
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends(CHAT, "halo")
        await api.wait_sent(CHAT, 1)
        await api.user_sends_sticker(CHAT)
        (_hello, reply) = await api.wait_sent(CHAT, 2)
    assert reply["text"].startswith("Menu utama. Mau dibantu apa?"), reply["text"]
    assert "getFile" not in api.methods()


async def test_a_location_shared_answers_where_the_accident_happened(tmp_path: Path, api: FakeBotApi) -> None:
    """A location pin at "Di mana kecelakaannya terjadi?" was "Pesan Anda kosong": the place, as a map link."""
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)) as app:
        for answer in ("4", "1", ACTIVE.nik, "kemarin jam 8"):  # "tadi pagi" failed from 04.00 to 08.00 WIB
            seen = len(api.texts(CHAT))
            await api.user_sends(CHAT, answer)
            await api.wait_sent(CHAT, seen + 1, timeout=15)
        assert "Di mana kecelakaannya terjadi?" in api.texts(CHAT)[-1]
        seen = len(api.texts(CHAT))
        await api.user_shares_location(CHAT, -1.6101, 103.6131)
        (asked,) = (await api.wait_sent(CHAT, seen + 1))[seen:]
        async with app.repo.transaction() as tx:
            (conversation,) = (await tx.load_conversations([UserKey("telegram", str(CHAT))])).values()
    assert asked["text"].startswith("Ceritakan singkat apa yang terjadi")
    assert isinstance(conversation, Conversation)
    assert conversation.draft["place"] == "https://maps.google.com/?q=-1.610100,103.613100"


async def test_a_message_the_bot_cannot_read_is_said_so_not_called_empty(tmp_path: Path, api: FakeBotApi) -> None:
    """A dice (or a poll, a game) was answered "Pesan Anda kosong." as if nothing had been sent."""
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)):
        await api.user_sends(CHAT, "1")
        await api.wait_sent(CHAT, 1, timeout=15)
        await api.user_rolls_dice(CHAT)
        (_asked, reply) = await api.wait_sent(CHAT, 2)
    assert reply["text"].startswith("Maaf, pesan seperti itu belum bisa saya baca. Silakan kirim teks."), reply["text"]
    assert "Ketik NIK Anda" in reply["text"]


async def test_unreachable_api_at_start_is_retried(tmp_path: Path, api: FakeBotApi) -> None:
    server = LocalServer(api.app())  # bound, not yet serving: connections are refused... then accepted
    settings = telegram_settings(tmp_path, server)

    async def start_later() -> None:
        await asyncio.sleep(1.5)
        await server.__aenter__()

    starter = asyncio.create_task(start_later())
    try:
        async with running_bot(settings):
            await api.user_sends(CHAT, "menu")
            await api.wait_sent(CHAT, 1)
    finally:
        await starter
        await server.__aexit__()


def test_render_escapes_html_and_keeps_the_keyboard_on_the_last_part() -> None:
    text = "<b>&" * 1500  # 6,000 characters, 13,500 once escaped
    parts = render(Reply(text=text, choices=(Choice(id="menu", label="Menu <utama>"),), version=3))
    assert len(parts) > 1 and all(len(part) <= 4096 for part, _markup in parts)
    assert html.unescape("".join(part for part, _m in parts)) == text
    assert all(markup is None for _p, markup in parts[:-1])
    last_markup = parts[-1][1]
    assert last_markup is not None and last_markup["inline_keyboard"][0][0]["callback_data"] == "3:menu"
    assert last_markup["inline_keyboard"][0][0]["text"] == "Menu <utama>"  # button labels are not HTML


def test_render_offers_the_share_contact_button_when_a_phone_is_asked() -> None:
    ((_text, markup),) = render(Reply(text="Nomor HP?", expects=Expect.CONTACT, contact_label="Kirim nomor HP saya"))
    assert markup is not None and markup["keyboard"][0][0]["request_contact"] is True


async def test_webhook_mode_checks_the_secret_token(tmp_path: Path, api: FakeBotApi) -> None:
    import httpx

    async with LocalServer(api.app()) as server:
        settings = telegram_settings(tmp_path, server, telegram_webhook_url="https://bot.example.org/webhook/telegram",
                                     telegram_webhook_secret="s3cret-token")
        async with running_bot(settings), httpx.AsyncClient() as client:
            hook = await api.wait_call("setWebhook")
            assert hook["secret_token"] == "s3cret-token" and hook["allowed_updates"] == ["message", "callback_query"]
            update = {"update_id": 9001, "message": {
                "message_id": 1, "date": 0, "text": "menu", "chat": {"id": CHAT, "type": "private"},
                "from": {"id": CHAT, "is_bot": False, "first_name": "P", "language_code": "en"}}}
            url = f"http://127.0.0.1:{settings.webhook_port}/webhook/telegram"
            refused = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert refused.status_code == 403
            for _ in range(2):  # delivered twice, answered once
                ok = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"})
                assert ok.status_code == 200
            (menu,) = await api.wait_sent(CHAT, 1)
            await asyncio.sleep(0.3)
    assert menu["text"].startswith("Hello, I am Kawan Kerja")  # Telegram's language_code, until the user picks
    assert len(api.sent(CHAT)) == 1
    assert "getUpdates" not in api.methods()


async def test_a_photo_becomes_a_claim_document(tmp_path: Path, api: FakeBotApi) -> None:
    """Death claim over Telegram up to the checklist; a photo is fetched (getFile), stored, and tied to an item."""
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)) as app:
        answers = ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1")
        for answer in answers:
            seen = len(api.texts(CHAT))
            await api.user_sends(CHAT, answer)
            await api.wait_sent(CHAT, seen + 1, timeout=15)
        for _ in range(100):
            if "Dokumen untuk klaim JKM-" in api.texts(CHAT)[-1]:
                break
            await asyncio.sleep(0.05)
        assert "Dokumen untuk klaim JKM-" in api.texts(CHAT)[-1]
        shown = len(api.texts(CHAT))
        await api.user_sends_photo(CHAT, b"\xff\xd8\xff synthetic KTP photo")
        asked = (await api.wait_sent(CHAT, shown + 1))[-1]
        assert asked["text"].startswith("Berkas diterima. Ini dokumen apa?")
        await api.wait_call("getFile")
        await api.user_sends(CHAT, "3")
        saved = (await api.wait_sent(CHAT, shown + 2))[-1]
        assert saved["text"].startswith("Diterima: e-KTP ahli waris.")
        async with app.repo.transaction() as tx:
            (claim,) = await tx.claims()
    assert [(d.item, d.mime_type) for d in claim.documents] == [("ktp_heir", "image/jpeg")]
    store = MediaStore(tmp_path / "media", app.protector)
    assert store.get(claim.documents[0].digest) == b"\xff\xd8\xff synthetic KTP photo"


async def test_an_officer_signs_in_with_the_share_contact_button(tmp_path: Path, api: FakeBotApi) -> None:
    async with LocalServer(api.app()) as server, running_bot(telegram_settings(tmp_path, server)) as app:
        await api.user_sends(CHAT, "/start")
        (menu,) = await api.wait_sent(CHAT, 1)
        label, data = keyboard(menu)[-2]
        assert label == "Masuk sebagai petugas"
        await api.user_taps(CHAT, data)
        ask = (await api.wait_sent(CHAT, 2))[-1]
        button = ask["reply_markup"]["keyboard"][0][0]
        assert button["request_contact"] is True and button["text"] == "Kirim nomor HP saya"
        await api.user_shares_contact(CHAT, "+62 811-0000-0001", own=False)
        refused = (await api.wait_sent(CHAT, 3))[-1]["text"]
        assert "Itu nomor orang lain" in refused
        await api.user_shares_contact(CHAT, "+62 811-0000-0001")
        bound = (await api.wait_sent(CHAT, 4))[-1]
        assert "Menu petugas: Ketua RT, RT 003/RW 001" in bound["text"]
        assert [text for text, _data in keyboard(bound)] == ["Usulkan warga", "Usulan saya", "Lapor warga meninggal", "Masuk meja petugas", "Menu utama"]
        async with app.repo.transaction() as tx:
            officer = await tx.officer_of_account("telegram", str(CHAT))
        assert officer is not None and officer.role == "rt_head"
