"""What operators watch (`/metrics`, Prometheus text format): counters kept by the process, and the state of
the work (outbox, proposals waiting, claims past their deadline, quotas and budgets) read from the store on
each scrape, so every worker reports the same figures for the store and its own for the process."""

from __future__ import annotations

import datetime as dt
import functools

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector, generate_latest

from services.dashboard import city_figures
from storage.base import Repository

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)

EVENTS_IN = Counter("kawan_events_in", "Events received from users, per channel.", ["channel"], registry=REGISTRY)
REPLIES_OUT = Counter("kawan_replies_out", "Replies the engine produced, per channel.", ["channel"],
                      registry=REGISTRY)
SENDS = Counter("kawan_sends", "Messages handed to a platform, by result and platform error code.",
                ["channel", "result", "error_code"], registry=REGISTRY)
NOT_UNDERSTOOD = Counter("kawan_not_understood", "Messages the bot answered with 'not understood'.", ["channel"],
                         registry=REGISTRY)
CONVERSATIONS_SET_ASIDE = Counter("kawan_conversations_set_aside",
                                  "Stored conversations that could not be read and were set aside.", ["channel"],
                                  registry=REGISTRY)
EVENTS_UNREADABLE = Counter("kawan_events_unreadable", "Stored events that could not be read.", ["channel"],
                            registry=REGISTRY)
WEBHOOK_SECONDS = Histogram("kawan_webhook_seconds", "Time to answer a platform's webhook call.", ["channel"],
                            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10), registry=REGISTRY)
ENGINE_SECONDS = Histogram("kawan_engine_seconds", "Time to process one batch of events (engine, effects, store).",
                           buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
                           registry=REGISTRY)

OUTBOX_PENDING = Gauge("kawan_outbox_pending", "Replies not yet sent.", ["channel"], registry=REGISTRY)
OUTBOX_OLDEST = Gauge("kawan_outbox_oldest_seconds", "Age of the oldest reply not yet sent.", ["channel"],
                      registry=REGISTRY)
NOMINATIONS_WAITING = Gauge("kawan_nominations_waiting", "Proposals waiting for a decision, by age since last change.",
                            ["city", "kecamatan", "status", "age"], registry=REGISTRY)
CLAIMS_PAST_DEADLINE = Gauge("kawan_claims_past_deadline", "Claims past their deadline, not paid or refused.",
                             ["city", "kecamatan"], registry=REGISTRY)
QUOTA_PLACES = Gauge("kawan_quota_places", "Places a kecamatan may fill this year.", ["city", "kecamatan"],
                     registry=REGISTRY)
QUOTA_USED = Gauge("kawan_quota_used", "Places taken (selected or enrolled).", ["city", "kecamatan"],
                   registry=REGISTRY)
BUDGET_RUPIAH = Gauge("kawan_budget_rupiah", "The city's yearly allocation.", ["city"], registry=REGISTRY)
BUDGET_USED_RUPIAH = Gauge("kawan_budget_used_rupiah",
                           "Selected and city-funded workers × the yearly contribution.", ["city"], registry=REGISTRY)
STORE_GAUGES = (OUTBOX_PENDING, OUTBOX_OLDEST, NOMINATIONS_WAITING, CLAIMS_PAST_DEADLINE, QUOTA_PLACES, QUOTA_USED,
                BUDGET_RUPIAH, BUDGET_USED_RUPIAH)


@functools.lru_cache(maxsize=64)
def of_channel(metric: Counter, channel: str) -> Counter:
    """A per-channel counter's child, looked up once per channel: `labels()` checks its arguments and takes a
    lock on every call, and the runtime counts every batch."""
    return metric.labels(channel)


async def read_store(repo: Repository, now: dt.datetime, today: dt.date) -> None:
    """Set the store's gauges afresh (a kecamatan that has nothing waiting any more disappears)."""
    async with repo.transaction() as tx:
        backlog = await tx.outbox_backlog()
        waiting = await tx.nominations_waiting(now)
        overdue = await tx.claims_past_deadline(now)
        cities = [await city_figures(tx, city, today) for city in await tx.known_cities()]
    for gauge in STORE_GAUGES:
        gauge.clear()
    for channel, count, oldest in backlog:
        OUTBOX_PENDING.labels(channel).set(count)
        OUTBOX_OLDEST.labels(channel).set(max((now - oldest).total_seconds(), 0.0))
    for city, kecamatan, status, age, count in waiting:
        NOMINATIONS_WAITING.labels(city, kecamatan, status, age).set(count)
    for city, kecamatan, count in overdue:
        CLAIMS_PAST_DEADLINE.labels(city, kecamatan).set(count)
    for figures in cities:
        for area in figures.areas:
            if area.quota is not None:
                QUOTA_PLACES.labels(figures.city, area.kecamatan).set(area.quota)
            QUOTA_USED.labels(figures.city, area.kecamatan).set(area.used)
        if figures.allocation is not None:
            BUDGET_RUPIAH.labels(figures.city).set(figures.allocation)
        BUDGET_USED_RUPIAH.labels(figures.city).set(figures.yearly)


async def exposition(repo: Repository, now: dt.datetime, today: dt.date) -> bytes:
    await read_store(repo, now, today)
    return generate_latest(REGISTRY)
