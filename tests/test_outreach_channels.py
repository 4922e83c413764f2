"""Outreach over the platforms: `kawan run` against a fake Graph API and a fake Bot API, the 24-hour window
with and without a template, the family's one-tap claim, opt-out by WhatsApp, and a worker killed
mid-broadcast."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import App
from conversations.domain.nominations import Area
from services import outreach
from storage.base import UserKey
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.channels import free_port, running_bot, settings_for
from tests.chat import SECRET, START
from tests.factories import ACTIVE, NEIGHBOUR_PHONE, OFFICERS, RT_HEAD, participant
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi, body_of
from tests.fakes.server import LocalServer
from tests.fakes.telegram_api import TOKEN, FakeBotApi

ENDING = participant(serial=31, kpj="12345678931", full_name="Joko Widodo Saputra", phone="6281234500031",
                     coverage_end=(START + dt.timedelta(days=30)).date(), paid_until=None)
TEMPLATES = {"cover_ending": "perlindungan_berakhir:id", "death_report": "kabar_duka:id"}
DAYTIME = START  # 10:00 WIB: planned at this hour, a message is due at once


class WhatsApp:
    def __init__(self, app: App, graph: FakeGraphApi, port: int) -> None:
        self.app, self.graph = app, graph
        self.url = f"http://127.0.0.1:{port}/webhook/whatsapp"
        self.client = httpx.AsyncClient()

    async def post(self, payload: dict[str, Any]) -> None:
        raw, headers = meta.signed(payload)
        assert (await self.client.post(self.url, content=raw, headers=headers)).status_code == 200

    async def plan(self, now: dt.datetime = DAYTIME) -> outreach.Tally:
        config = self.app.runtime.outreach
        assert config is not None
        tally = await outreach.run_once(self.app.repo, config, now)
        if tally.queued:  # as `kawan run` does after a pass
            self.app.runtime.recorded_elsewhere()
        self.app.runtime.dispatchers["whatsapp"].wake()
        return tally

    async def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return list(await self.app.repo._db.execute_fetchall(sql))  # type: ignore[attr-defined]


async def whatsapp_bot(tmp_path: Path, **extra: Any) -> AsyncIterator[WhatsApp]:
    graph = FakeGraphApi()
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        settings = settings_for(tmp_path, whatsapp_access_token=meta.ACCESS_TOKEN,
                                whatsapp_phone_number_id=meta.PHONE_NUMBER_ID, whatsapp_app_secret=meta.APP_SECRET,
                                whatsapp_verify_token=meta.VERIFY_TOKEN, whatsapp_api_base_url=server.url, **extra)
        async with running_bot(settings) as app:
            async with app.repo.transaction() as tx:
                await tx.upsert_participants([ENDING])
            bot = WhatsApp(app, graph, settings.webhook_port)
            yield bot
            await bot.client.aclose()


@pytest.fixture
async def wa(tmp_path: Path) -> AsyncIterator[WhatsApp]:
    async for bot in whatsapp_bot(tmp_path, whatsapp_templates=TEMPLATES, kawan_quiet_hours="off"):
        yield bot


@pytest.fixture
async def wa_without_templates(tmp_path: Path) -> AsyncIterator[WhatsApp]:
    async for bot in whatsapp_bot(tmp_path, kawan_quiet_hours="off"):
        yield bot


async def test_outside_the_window_a_reminder_goes_as_its_template(wa: WhatsApp) -> None:
    wa.graph.outside_window.add(ENDING.phone)  # this number never wrote to the bot
    assert (await wa.plan()).queued >= 1
    (sent,) = await wa.graph.wait_sent(ENDING.phone, 1)
    template = sent["template"]
    assert sent["type"] == "template" and template["name"] == "perlindungan_berakhir"
    assert template["language"] == {"code": "id"}
    assert body_of(sent) == "23 Desember 2026 30"  # the date and the days left fill the approved text


async def test_inside_the_window_a_reminder_is_plain_text(wa: WhatsApp) -> None:
    await wa.post(meta.text(ENDING.phone, "menu"))
    await wa.graph.wait_sent(ENDING.phone, 1)
    await wa.plan()
    reminder = (await wa.graph.wait_sent(ENDING.phone, 2))[-1]
    assert reminder["type"] == "text" and "30 hari lagi" in body_of(reminder) and "BERHENTI" in body_of(reminder)


async def test_a_reply_to_a_reminder_on_whatsapp_is_answered_about_it(wa: WhatsApp) -> None:
    moment = [DAYTIME - dt.timedelta(minutes=5)]  # the number wrote before the reminder, and replies after it
    wa.app.runtime.clock = lambda: moment[0]
    await wa.post(meta.text(ENDING.phone, "menu"))
    await wa.graph.wait_sent(ENDING.phone, 1)
    await wa.plan()
    await wa.graph.wait_sent(ENDING.phone, 2)
    moment[0] = DAYTIME + dt.timedelta(minutes=5)
    await wa.post(meta.text(ENDING.phone, "trus saya harus gimana"))
    answer = (await wa.graph.wait_sent(ENDING.phone, 3))[-1]
    assert body_of(answer).startswith("Perlindungan JKK dan JKM Anda dari pemerintah kota berakhir 23 Desember 2026. "
                                      "Agar tetap terlindungi, temui ketua RT Anda dan minta diusulkan lagi"), answer


async def test_a_number_that_never_wrote_replies_to_a_template_reminder_and_is_answered_about_it(wa: WhatsApp) -> None:
    """The reminder is noted in a conversation begun for it, which does not count as the number having written: its
    next reminder still goes as a template."""
    moment = [DAYTIME]
    wa.app.runtime.clock = lambda: moment[0]
    wa.graph.outside_window.add(ENDING.phone)
    assert (await wa.plan()).queued >= 1
    (sent,) = await wa.graph.wait_sent(ENDING.phone, 1)
    assert sent["type"] == "template"
    await wa.app.runtime.drain_once()
    assert await wa.rows("SELECT notice FROM conversation") == [("noted",)]
    number = UserKey("whatsapp", ENDING.phone)
    async with wa.app.repo.transaction() as tx:  # what the planner asks before the next reminder: never wrote
        assert await tx.conversation_locales([number]) == {}
    moment[0] += dt.timedelta(minutes=10)
    wa.graph.outside_window.discard(ENDING.phone)  # the number writes: the window opens
    await wa.post(meta.text(ENDING.phone, "trus saya harus gimana"))
    answer = (await wa.graph.wait_sent(ENDING.phone, 2))[-1]
    assert body_of(answer).startswith("Perlindungan JKK dan JKM Anda dari pemerintah kota berakhir 23 Desember 2026."), \
        answer
    assert await wa.rows("SELECT notice FROM conversation") == [(None,)]


async def test_without_a_template_a_number_that_never_wrote_gets_nothing_and_the_row_says_why(
        wa_without_templates: WhatsApp) -> None:
    wa = wa_without_templates
    wa.graph.outside_window.add(ENDING.phone)
    tally = await wa.plan()
    assert tally.no_template >= 1
    await asyncio.sleep(0.3)
    assert wa.graph.to(ENDING.phone) == []
    assert ("skipped", "no WhatsApp template for cover_ending") in await wa.rows(
        "SELECT status, reason FROM outreach WHERE kind = 'cover_ending'")


async def test_a_number_that_wrote_long_ago_without_a_template_fails_with_the_reason(
        wa_without_templates: WhatsApp) -> None:
    wa = wa_without_templates
    await wa.post(meta.text(ENDING.phone, "menu"))
    await wa.graph.wait_sent(ENDING.phone, 1)
    wa.graph.outside_window.add(ENDING.phone)  # … and then more than a day passed
    assert (await wa.plan()).queued >= 1
    for _ in range(100):
        failed = await wa.rows("SELECT status, last_error FROM outbox WHERE outreach_id IS NOT NULL")
        if failed and failed[0][0] != "pending":
            break
        await asyncio.sleep(0.05)
    assert failed[0][0] == "failed" and "no template configured for cover_ending" in failed[0][1]
    assert len(wa.graph.to(ENDING.phone)) == 1


async def test_the_family_taps_the_template_button_and_the_claim_opens_prefilled(wa: WhatsApp) -> None:
    await wa.post(meta.text(RT_HEAD.phone, "menu"))  # the RT head, known by the sender number
    (menu,) = await wa.graph.wait_sent(RT_HEAD.phone, 1)
    rows = menu["interactive"]["action"]["sections"][0]["rows"]
    await wa.post(meta.list_reply(RT_HEAD.phone, rows[-2]["id"]))
    officer_menu = (await wa.graph.wait_sent(RT_HEAD.phone, 2))[-1]
    report_row = next(r for r in officer_menu["interactive"]["action"]["sections"][0]["rows"]
                      if r["title"] == "Lapor warga meninggal")
    await wa.post(meta.list_reply(RT_HEAD.phone, report_row["id"]))
    for count, text in enumerate((ACTIVE.nik, "kemarin", "0812-9999-0041", "ya"), start=4):
        await wa.graph.wait_sent(RT_HEAD.phone, count - 1)
        await wa.post(meta.text(RT_HEAD.phone, text))
    answer = body_of((await wa.graph.wait_sent(RT_HEAD.phone, 7))[6])
    assert "sudah kami kirimi pesan WhatsApp" in answer

    wa.graph.outside_window.add(NEIGHBOUR_PHONE)
    (told,) = await wa.graph.wait_sent(NEIGHBOUR_PHONE, 1)
    assert told["type"] == "template" and told["template"]["name"] == "kabar_duka"
    (button,) = [c for c in told["template"]["components"] if c["type"] == "button"]
    payload = button["parameters"][0]["payload"]
    assert button["sub_type"] == "quick_reply" and payload.startswith("/duka ")

    wa.graph.outside_window.discard(NEIGHBOUR_PHONE)  # the tap opens the 24-hour window
    await wa.post(meta.template_button(NEIGHBOUR_PHONE, payload))
    opened = body_of((await wa.graph.wait_sent(NEIGHBOUR_PHONE, 2))[1])
    assert opened.startswith("Kami turut berduka cita") and f"NIK berakhiran {ACTIVE.nik[-4:]}" in opened
    assert "penyebab meninggalnya" in opened  # the deceased and the date are not asked again


async def test_berhenti_on_whatsapp_stops_a_broadcast_to_that_number(wa: WhatsApp) -> None:
    await wa.post(meta.text(ENDING.phone, "BERHENTI"))
    (confirmed,) = await wa.graph.wait_sent(ENDING.phone, 1)
    assert "tidak akan menerima pengingat dan siaran lagi" in body_of(confirmed)
    await wa.post(meta.text(ACTIVE.phone, "menu"))
    await wa.graph.wait_sent(ACTIVE.phone, 1)
    broadcast_id, _n = await outreach.create_broadcast(wa.app.repo, "city", Area("Kota Jambi"), "Posyandu besok.",
                                                       None, DAYTIME, DAYTIME)
    await wa.plan()
    sent = await wa.graph.wait_sent(ACTIVE.phone, 2)
    assert body_of(sent[-1]).startswith("Posyandu besok.")
    await asyncio.sleep(0.3)
    assert len(wa.graph.to(ENDING.phone)) == 1  # only the confirmation
    report = await outreach.broadcast_report(wa.app.repo, broadcast_id)
    assert report.skipped.get("opted out") == 1


async def test_delivery_statuses_fill_the_broadcast_report(wa: WhatsApp) -> None:
    await wa.post(meta.text(ACTIVE.phone, "menu"))
    await wa.graph.wait_sent(ACTIVE.phone, 1)
    await wa.post(meta.text(ENDING.phone, "menu"))
    await wa.graph.wait_sent(ENDING.phone, 1)
    broadcast_id, _n = await outreach.create_broadcast(wa.app.repo, "city", Area("Kota Jambi", "Paal Merah"),
                                                       "Info siaran.", None, DAYTIME, DAYTIME)
    await wa.plan()
    first = (await wa.graph.wait_sent(ACTIVE.phone, 2))[-1]
    (second,) = [m for m in await wa.graph.wait_sent(ENDING.phone, 3) if body_of(m).startswith("Info siaran")]
    await wa.post(meta.status(first["_id"], "read", ACTIVE.phone))
    await wa.post(meta.status(second["_id"], "failed", ENDING.phone, error_code=131026))
    for _ in range(100):
        report = await outreach.broadcast_report(wa.app.repo, broadcast_id)
        if report.read and report.failed:
            break
        await asyncio.sleep(0.05)
    assert (report.sent, report.delivered, report.read) == (2, 1, 1)
    assert report.failed == {"131026: Message failed to send": 1}


# -- Telegram ---------------------------------------------------------------------------------------

async def test_a_telegram_user_who_shared_their_number_gets_the_reminder(tmp_path: Path) -> None:
    api = FakeBotApi()
    async with LocalServer(api.app()) as server:
        settings = settings_for(tmp_path, telegram_bot_token=TOKEN, telegram_api_base_url=f"{server.url}/bot",
                                telegram_api_base_file_url=f"{server.url}/file/bot")
        async with running_bot(settings) as app:
            async with app.repo.transaction() as tx:
                await tx.upsert_participants([ENDING])
                await tx.prove_phone(ENDING.phone, "telegram", "777", DAYTIME)
            config = app.runtime.outreach
            assert config is not None
            assert (await outreach.run_once(app.repo, config, DAYTIME)).queued == 1
            app.runtime.dispatchers["telegram"].wake()
            (reminder,) = await api.wait_sent(777, 1)
    assert "30 hari lagi" in reminder["text"] and "BERHENTI" in reminder["text"]


# -- a worker killed mid-broadcast -----------------------------------------------------------------

RECIPIENTS = [participant(serial=200 + i, kpj=f"88{i:09d}", phone=f"62813555{i:05d}", full_name=f"Warga {i}")
              for i in range(40)]


async def test_a_worker_killed_mid_broadcast_sends_nothing_twice_and_skips_nobody(tmp_path: Path) -> None:
    """kawan run killed with SIGKILL twice while a broadcast is being sent: every recipient gets it once. The
    calls in flight at a kill are confirmed by Meta's status webhooks (which carry our outbox id, retried until
    the bot is back) or, when they never reached Meta, sent again once unconfirmed for long enough."""
    db_url = f"sqlite:///{tmp_path / 'bot.db'}"
    repo = await SqliteRepository.open(db_url, Protector(SECRET))
    async with repo.transaction() as tx:
        await tx.upsert_participants(RECIPIENTS)
        await tx.upsert_officers(list(OFFICERS))
    now = dt.datetime.now(dt.UTC)
    broadcast_id, count = await outreach.create_broadcast(repo, "city", Area("Kota Jambi"), "Siaran uji coba.",
                                                          "siaran_umum:id", now, now)
    await repo.close()
    assert count == 40
    port = free_port()
    graph = FakeGraphApi(webhook_url=f"http://127.0.0.1:{port}/webhook/whatsapp")
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        env = {**os.environ, "KAWAN_DATABASE_URL": db_url, "KAWAN_SECRET_KEY": SECRET, "KAWAN_LOG_LEVEL": "WARNING",
               "WHATSAPP_ACCESS_TOKEN": meta.ACCESS_TOKEN, "WHATSAPP_PHONE_NUMBER_ID": meta.PHONE_NUMBER_ID,
               "WHATSAPP_APP_SECRET": meta.APP_SECRET, "WHATSAPP_VERIFY_TOKEN": meta.VERIFY_TOKEN,
               "WHATSAPP_API_BASE_URL": server.url, "WHATSAPP_MESSAGES_PER_SECOND": "20",
               "WHATSAPP_RESEND_UNCONFIRMED_MINUTES": "0.05", "KAWAN_QUIET_HOURS": "off",
               "WEBHOOK_HOST": "127.0.0.1", "WEBHOOK_PORT": str(port)}

        async def run_until(done: Any) -> None:
            bot = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot.cli", "run", env=env,
                                                       stdout=asyncio.subprocess.DEVNULL,
                                                       stderr=asyncio.subprocess.DEVNULL)
            try:
                for _ in range(600):
                    if done():
                        break
                    await asyncio.sleep(0.05)
            finally:
                bot.send_signal(signal.SIGKILL)
                await bot.wait()

        def outbox() -> dict[str, int]:
            with sqlite3.connect(tmp_path / "bot.db") as db:
                return dict(db.execute("SELECT status, count(*) FROM outbox WHERE outreach_id IS NOT NULL "
                                       "GROUP BY status").fetchall())

        await run_until(lambda: len(graph.sent) >= 10)  # killed ten messages in
        await run_until(lambda: len(graph.sent) >= 25)  # and again
        assert len(graph.sent) < 40
        await run_until(lambda: outbox() == {"sent": 40})
    recipients = [m["to"] for m in graph.sent]
    assert sorted(recipients) == sorted(p.phone for p in RECIPIENTS)  # everyone, nobody twice
    assert outbox() == {"sent": 40}
    assert all(m["type"] == "template" and m["template"]["name"] == "siaran_umum" for m in graph.sent)
    assert all(m["biz_opaque_callback_data"].startswith("outbox:") for m in graph.sent)
    db = sqlite3.connect(tmp_path / "bot.db")
    assert db.execute("SELECT count(*) FROM outreach WHERE broadcast_id = ?", (broadcast_id,)).fetchone() == (40,)


def test_quiet_hours_setting() -> None:
    assert settings_for(Path("/tmp")).quiet_hours == (dt.time(21), dt.time(7))
    assert dataclasses.replace(outreach.OutreachConfig(catalogs={}), quiet_hours=None).quiet_hours is None  # type: ignore[arg-type]
    assert settings_for(Path("/tmp"), kawan_quiet_hours="off").quiet_hours is None
    assert settings_for(Path("/tmp"), kawan_quiet_hours="22:00-6:00").quiet_hours == (dt.time(22), dt.time(6))
    with pytest.raises(ValueError):
        settings_for(Path("/tmp"), kawan_quiet_hours="malam")
