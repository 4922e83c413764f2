"""Outreach at a province's scale: planning a broadcast to 78,000 recipients (Provinsi Jambi's nominations of
a year) — time and peak memory, streamed page by page — and the sending rate against the configured pace,
through the real dispatcher and WhatsApp channel to a local fake Graph API."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import time
import tracemalloc
import uuid
from pathlib import Path

from bot.catalogs import load_catalogs
from bot.channels.whatsapp import LIMITS, WhatsAppChannel
from bot.config import PROJECT_ROOT
from bot.demo import synthetic_rows
from bot.dispatch import Dispatcher
from conversations.domain.nominations import Area
from services import outreach
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.fakes import graph_api as meta
from tests.fakes.server import LocalServer

PROTECTOR = Protector("benchmark-secret-key-not-for-production")
PROVINCE = 78_000
CATALOGS = load_catalogs(PROJECT_ROOT / "locales")
NOW = dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.UTC)  # 10:00 WIB: outside quiet hours


async def roster(folder: Path, count: int) -> tuple[SqliteRepository, str]:
    repo = await SqliteRepository.open(f"sqlite:///{folder / f'outreach-{uuid.uuid4().hex}.db'}", PROTECTOR)
    rows = [dataclasses.replace(row, city="Kota Jambi") for row in synthetic_rows(count, seed=17, today=NOW.date())]
    for start in range(0, len(rows), 10_000):
        async with repo.transaction() as tx:
            await tx.upsert_participants(rows[start:start + 10_000])
    return repo, "Kota Jambi"


async def plan(folder: Path, count: int) -> tuple[float, float, int, float]:
    """(seconds, peak traced MiB, messages planned, pages) of one planner pass over the whole broadcast."""
    repo, city = await roster(folder, count)
    try:
        config = outreach.OutreachConfig(CATALOGS, whatsapp=True, templates={"broadcast": "siaran_umum:id"})
        broadcast_id, recipients = await outreach.create_broadcast(repo, "bench", Area(city), "Siaran uji coba.",
                                                                   None, NOW, NOW)
        tracemalloc.start()
        start = time.perf_counter()
        tally = await outreach.plan_broadcasts(repo, config, NOW)
        elapsed = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        report = await outreach.broadcast_report(repo, broadcast_id)
    finally:
        await repo.close()
    # A phone on two records (synthetic data has a few) is one message: counted as a duplicate.
    assert report.broadcast.status == "done" and tally.queued + tally.duplicate == recipients, (tally, recipients)
    return elapsed, peak / 2**20, tally.queued, recipients / outreach.PAGE


async def send(folder: Path, count: int, pace: float) -> tuple[float, int]:
    """Messages per second the dispatcher reaches against a fake Graph API, at this configured pace."""
    repo, city = await roster(folder, count)
    config = outreach.OutreachConfig(CATALOGS, whatsapp=True, templates={"broadcast": "siaran_umum:id"})
    await outreach.create_broadcast(repo, "bench", Area(city), "Siaran uji coba.", None, NOW, NOW)
    await outreach.plan_broadcasts(repo, config, NOW)
    graph = meta.FakeGraphApi()
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(repo.close)
        server = await stack.enter_async_context(LocalServer(graph.app()))
        channel = WhatsAppChannel(access_token=meta.ACCESS_TOKEN, phone_number_id=meta.PHONE_NUMBER_ID,
                                  base_url=server.url, catalogs=CATALOGS, default_locale="id",
                                  templates={"broadcast": "siaran_umum:id"})
        channel.limits = dataclasses.replace(LIMITS, per_second=pace)
        dispatcher = Dispatcher(repo, channel, lambda: dt.datetime.now(dt.UTC))
        start = time.perf_counter()
        while await dispatcher.flush_once():
            pass
        elapsed = time.perf_counter() - start
    sent = len(graph.sent)
    return sent / elapsed, sent


async def measure(folder: Path, recipients: int = PROVINCE, sends: int = 2_000) -> None:
    print(f"Outreach (SQLite, WhatsApp to every roster phone, pages of {outreach.PAGE})")
    elapsed, peak, planned, pages = await plan(folder, recipients)
    print(f"  planning a broadcast to {planned:,} recipients: {elapsed:.1f} s ({planned / elapsed:,.0f} /s, "
          f"{pages:.0f} transactions); peak traced memory {peak:.1f} MiB")
    small_elapsed, small_peak, small, _pages = await plan(folder, recipients // 10)
    print(f"  … and to {small:,}: {small_elapsed:.1f} s, peak {small_peak:.1f} MiB (memory flat: streamed)")
    for pace in (80.0, 400.0):
        rate, sent = await send(folder, min(sends, int(pace * 5)), pace)
        print(f"  sending {sent:,} through the dispatcher to the fake Graph API at a pace of {pace:.0f}/s: "
              f"{rate:,.0f} messages/s ({rate / pace:.0%} of the pace)")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(measure(Path(tmp)))
