"""The loop around the engine: record an event first, then drain it in one transaction with everything
it causes (new state, replies in the outbox, timers, audit), then hand the replies to the channel.

Draining is a group commit: one task takes every pending event (of all users, oldest first), runs the
engine for each, and writes the lot in a single transaction. Per-user order follows from one drainer;
concurrency only makes the batches bigger.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, Self

from bot import heap, metrics
from bot.dispatch import Dispatcher
from conversations.engine import Engine, joined
from conversations.i18n import _, use_locale
from conversations.model import Conversation, Effect, Event, EventKind, Reply
from services.context import EffectContext
from services.effects import apply_effect
from services.outreach import OutreachConfig
from storage.base import (
    InboundRecord,
    NewMessage,
    OutboundMessage,
    PendingEvent,
    Repository,
    TimerRow,
    Tx,
    Unreadable,
    UserKey,
)

log = logging.getLogger(__name__)
UTC = dt.UTC

Clock = Callable[[], dt.datetime]


DRAIN_POLL = 5.0
"""Seconds between two looks for pending events when nothing woke the drain."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class Sender(Protocol):
    """A channel's way out: deliver messages, return platform ids (None when the platform gives none)."""

    only_user: str | None
    """Set by a sender that can reach one user only (the terminal); others' messages wait for theirs."""

    async def send(self, messages: Sequence[OutboundMessage]) -> list[str | None]: ...


@dataclass
class _Arrival:
    """Events handed to the drain to be recorded in its next transaction (group commit)."""

    records: Sequence[InboundRecord]
    also: Callable[[Tx], Awaitable[None]] | None
    recorded: asyncio.Future[list[bool]] | None
    """`record_many` only: set once the batch that recorded them committed, to which were new."""
    processed: asyncio.Future[bool] | None = None
    """`submit` only: set once its one event was processed and its replies committed."""


@dataclass
class _Batch:
    conversations: dict[UserKey, Conversation | Unreadable] = field(default_factory=dict)
    changed: set[UserKey] = field(default_factory=set)
    messages: list[NewMessage] = field(default_factory=list)
    timers: dict[tuple[str, str, str], TimerRow | None] = field(default_factory=dict)
    replies: collections.Counter[str] = field(default_factory=collections.Counter)
    """Replies per channel, counted into the metric once a batch."""


@dataclass(slots=True)
class _Job:
    """One event being processed: the conversation as it goes, what it has said, the results it waits for."""

    pending: PendingEvent
    event: Event
    """The pending event, read."""
    conversation: Conversation
    locale: str
    """The language of the user who asked, as the event found them."""
    hint: str | None
    """The language of the message, in which answers from the store are read."""
    effects: EffectContext | None = None
    """Built for the first effect: most events have none."""
    replies: list[Reply] = field(default_factory=list)
    queue: collections.deque[Event] = field(default_factory=collections.deque)
    failed: bool = False


def _rounds(events: list[PendingEvent]) -> list[list[PendingEvent]]:
    """Each user's first event in the first round, their second in the second…: within a round users are
    independent, and a user's events keep their order."""
    rounds: list[list[PendingEvent]] = []
    seen: dict[UserKey, int] = {}
    for event in events:
        nth = seen.get(event.key, 0)
        seen[event.key] = nth + 1
        if nth == len(rounds):
            rounds.append([])
        rounds[nth].append(event)
    return rounds


class Runtime:
    def __init__(
        self,
        repo: Repository,
        engine: Engine,
        *,
        clock: Clock = utcnow,
        batch_size: int = 1000,
        timer_interval: float = 1.0,
    ) -> None:
        self.repo = repo
        self.engine = engine
        self.clock = clock
        self.batch_size = batch_size
        self.timer_interval = timer_interval
        self.code_channel: str | None = None
        """The channel that sends one-time codes to roster phones (WhatsApp, when configured)."""
        self.holidays: frozenset[dt.date] = frozenset()
        self.desk_url = ""
        self.outreach: OutreachConfig | None = None
        self.senders: dict[str, Sender] = {}
        """Senders delivered inline after each commit (the terminal, tests)."""
        self.dispatchers: dict[str, Dispatcher] = {}
        """Paced background delivery per channel (Telegram, WhatsApp), woken after each commit."""
        self._wake = asyncio.Event()
        self._incoming: list[_Arrival] = []
        self._waiting: dict[tuple[str, str], asyncio.Future[bool]] = {}
        """Submitted events already recorded, waiting for the batch that processes them."""
        self._tasks: list[asyncio.Task[None]] = []
        self._send_lock = asyncio.Lock()
        self._batch_lock = asyncio.Lock()
        """Held while a batch is being written: shutdown waits for it instead of cutting it in half."""
        self._backlog = True
        """Events this runtime did not record itself may be pending (at start, after a timer fired or a poller
        recorded apart, after a failed batch): the next batch looks for them before taking new arrivals."""

    # -- life cycle --------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def start(self, *, timers: bool = True) -> None:
        self._tasks.append(asyncio.create_task(self._drain_loop(), name="kawan-drain"))
        self._tasks.append(asyncio.create_task(self._poll_loop(), name="kawan-drain-poll"))
        if timers:
            self._tasks.append(asyncio.create_task(self._timer_loop(), name="kawan-timers"))
        self._wake.set()  # events recorded before a restart are drained now

    async def stop(self) -> None:
        async with self._batch_lock:
            for task in self._tasks:
                task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        for arrival in [a for a in self._incoming if a.processed is None]:  # deliveries nobody will record now
            self._incoming.remove(arrival)
            if arrival.recorded is not None and not arrival.recorded.done():
                arrival.recorded.set_exception(RuntimeError("the bot is stopping"))

    # -- ingest ------------------------------------------------------------------------------

    async def submit(self, record: InboundRecord) -> bool:
        """Hand over an event and wait until it is recorded, processed and its replies committed.

        Recording joins the drain's transaction (group commit), so a burst of users costs one write per
        batch, not one per message; an event submitted alone is processed in the caller's own task. Returns
        False for a duplicate delivery, which is not answered again.
        """
        loop = asyncio.get_running_loop()
        processed: asyncio.Future[bool] = loop.create_future()
        arrival = _Arrival([record], None, None, processed)
        self._incoming.append(arrival)
        # Alone, maybe: processed here if no other task hands in an event meanwhile. Behind others (a burst), or
        # while a batch is written, the drain takes it with the rest: no turn of the loop spent finding that out.
        if self._tasks and not self._backlog and len(self._incoming) == 1 and not self._batch_lock.locked():
            await asyncio.sleep(0)  # every task already woken hands in its event first: they share a batch
            if self._incoming == [arrival] and not self._batch_lock.locked():
                try:  # alone: processed here, without waking the drain's task and coming back from it
                    await self.drain_once()
                except Exception:
                    log.exception("drain failed; events stay pending and are retried")
        if not processed.done():
            self._wake.set()
        return await processed

    async def record(self, record: InboundRecord) -> bool:
        """Record without waiting (a webhook answers the platform as soon as the event is stored)."""
        return (await self.record_many([record]))[0]

    async def record_apart(self, records: Sequence[InboundRecord],
                           also: Callable[[Tx], Awaitable[None]] | None = None) -> list[bool]:
        """Record in a transaction of their own and return at once, without joining the drain's batch: a
        poller asks for the next updates while the drain works on these."""
        async with self.repo.transaction() as tx:
            fresh = await tx.record_inbound_many(records) if records else []
            if also is not None:
                await also(tx)
        if any(fresh):
            self._backlog = True
            self._wake.set()
        return fresh

    async def record_many(self, records: Sequence[InboundRecord],
                          also: Callable[[Tx], Awaitable[None]] | None = None) -> list[bool]:
        """Store a batch of platform events, recorded in the drain's next transaction with everything else
        arriving now (or apart, when no drain runs); the drain processes them in that same transaction.

        `also` writes what came with them (delivery statuses, say) in the same transaction.
        """
        if not records and also is None:
            return []
        if not self._tasks:
            return await self.record_apart(records, also)
        recorded: asyncio.Future[list[bool]] = asyncio.get_running_loop().create_future()
        self._incoming.append(_Arrival(records, also, recorded))
        self._wake.set()
        return await recorded

    def recorded_elsewhere(self) -> None:
        """Events were recorded outside the drain (the outreach planner noting what it sent): looked at now, not at the
        next poll."""
        self._backlog = True
        self._wake.set()

    def text_event(self, channel: str, user: str, text: str, language: str | None = None) -> InboundRecord:
        return InboundRecord(
            channel=channel,
            event_id=os.urandom(16).hex(),  # as unique as uuid4().hex, a quarter of its cost
            user=user,
            event=Event(kind=EventKind.TEXT, text=text, language=language),
            received_at=self.clock(),
        )

    # -- drain -------------------------------------------------------------------------------

    async def _poll_loop(self) -> None:
        """Wake the drain every few seconds anyway, for events another worker had locked and left (it died
        mid-transaction): they are taken here as soon as the lock is free. Replies written by another process (a
        claim moved with `kawan claims set`, a desk decision) reach an inline sender (the terminal) then too: they
        waited for the user's next message."""
        while True:
            await asyncio.sleep(DRAIN_POLL)
            self._backlog = True
            self._wake.set()
            if self.senders:
                try:
                    await self.flush_outbox()
                except Exception:
                    log.exception("flushing the outbox failed; retried at the next look")

    async def _drain_loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                # Again only while arrivals wait or a batch left more pending than it could take: anything newer
                # set the wake-up, so no empty transaction is spent just to look again.
                await asyncio.sleep(0)  # every task already woken hands in its event first: one bigger batch
                while await self.drain_once() and self._backlog or self._incoming:
                    await asyncio.sleep(0)
            except Exception:
                log.exception("drain failed; events stay pending and are retried")
                await asyncio.sleep(1.0)
                self._wake.set()

    async def drain_once(self) -> int:
        """Process one batch of pending events in one transaction; return how many were recorded or processed
        (0: nothing was pending)."""
        async with self._batch_lock:
            with heap.paused():
                return await self._drain_batch()

    async def _drain_batch(self) -> int:
        now = self.clock()
        # With one writer and no backlog, nothing is pending but what arrives now: it is recorded as processed
        # in the transaction that processes it, never sealed to be read back.
        handled = self.repo.one_writer and not self._backlog
        incoming = self._take_arrivals(self.batch_size if handled else None)
        batch: _Batch | None = None
        fresh: list[list[bool]] = []
        events: list[PendingEvent] = []
        try:
            async with self.repo.transaction() as tx:
                if handled:
                    fresh, events = await self._record_arrivals(tx, incoming, now)
                else:
                    fresh, _none = await self._record_arrivals(tx, incoming, None)
                    known = {(r.channel, r.event_id): r.event for arrival, flags in zip(incoming, fresh, strict=True)
                             for r, new in zip(arrival.records, flags, strict=True) if new}
                    # One more than a batch tells whether more waits; it stays pending for the next batch.
                    events = await tx.pending_events(self.batch_size + 1, known)
                    self._backlog = len(events) > self.batch_size  # set before the commit that makes it true
                    del events[self.batch_size:]
                if events:
                    with metrics.ENGINE_SECONDS.time():
                        batch = await self._process_all(tx, events, now, handled=handled)
                    if handled and tx.recorded_pending:  # an effect recorded more (a family's note): looked at next
                        self._backlog = True
                        self._wake.set()
        except BaseException as error:
            self._backlog = True
            # Submitted events go into the next batch; a platform delivery is refused to its caller, which
            # answers with an error so the platform delivers it again (as when it had its own transaction).
            self._incoming[:0] = [a for a in incoming if a.processed is not None]
            for arrival in incoming:
                if arrival.recorded is not None and not arrival.recorded.done():
                    arrival.recorded.set_exception(error if isinstance(error, Exception) else
                                                   RuntimeError("drain stopped"))
            raise
        for arrival, is_fresh in zip(incoming, fresh, strict=True):
            if arrival.recorded is not None:
                arrival.recorded.set_result(is_fresh)
            if arrival.processed is None:
                continue
            record = arrival.records[0]
            if is_fresh[0]:
                self._waiting[(record.channel, record.event_id)] = arrival.processed
            elif not arrival.processed.done():
                arrival.processed.set_result(False)  # a duplicate delivery: already handled
        if batch is not None and batch.messages:
            for channel in {m.channel for m in batch.messages}:
                if channel in self.dispatchers:
                    self.dispatchers[channel].wake()
            if self.senders:
                await self.flush_outbox()
        for event in events:
            waiter = self._waiting.pop((event.channel, event.event_id), None)
            if waiter is not None and not waiter.done():
                waiter.set_result(True)
        recorded = sum(len(a.records) for a in incoming)
        return recorded if handled else recorded + len(events)

    def _take_arrivals(self, limit: int | None) -> list[_Arrival]:
        """The arrivals of the next batch: all of them, or whole arrivals up to `limit` records (at least one)."""
        taken: list[_Arrival] = []
        count = 0
        for arrival in self._incoming:
            if taken and limit is not None and count + len(arrival.records) > limit:
                break
            taken.append(arrival)
            count += len(arrival.records)
        self._incoming = self._incoming[len(taken):]
        return taken

    @staticmethod
    async def _record_arrivals(tx: Tx, incoming: list[_Arrival], handled_at: dt.datetime | None
                               ) -> tuple[list[list[bool]], list[PendingEvent]]:
        """Every arrival's records in one statement (a burst of single messages is one insert, not one each),
        then what came with each; which were new, per arrival. `handled_at`: recorded as processed then, and
        the new ones returned to be processed in this transaction."""
        records = [record for arrival in incoming for record in arrival.records]
        if handled_at is None:
            flags = await tx.record_inbound_many(records) if records else []
            events: list[PendingEvent] = []
        else:
            new = await tx.record_handled(records, handled_at) if records else []
            flags = [event is not None for event in new]
            events = [event for event in new if event is not None]
        fresh: list[list[bool]] = []
        start = 0
        for arrival in incoming:
            fresh.append(flags[start:start + len(arrival.records)])
            start += len(arrival.records)
            if arrival.also is not None:
                await arrival.also(tx)
        return fresh, events

    async def _process_all(self, tx: Tx, events: list[PendingEvent], now: dt.datetime, *, handled: bool) -> _Batch:
        batch = _Batch()
        for channel, count in collections.Counter(event.channel for event in events).items():
            metrics.of_channel(metrics.EVENTS_IN, channel).inc(count)
        batch.conversations = await tx.load_conversations(sorted({event.key for event in events}))
        for round_ in _rounds(events):
            await self._process_round(tx, batch, round_, now)
        for channel, count in batch.replies.items():
            metrics.of_channel(metrics.REPLIES_OUT, channel).inc(count)
        if batch.changed:
            await tx.save_conversations([c for k in batch.changed
                                         if isinstance(c := batch.conversations[k], Conversation)])
        if batch.messages:
            await tx.enqueue(batch.messages, now)
        to_set = [t for t in batch.timers.values() if t is not None]
        to_clear = [k for k, t in batch.timers.items() if t is None]
        if to_set:
            await tx.set_timers(to_set)
        if to_clear:
            await tx.clear_timers(to_clear)
        if not handled:
            await tx.mark_processed(events, now)
        return batch

    async def _process_round(self, tx: Tx, batch: _Batch, round_: list[PendingEvent], now: dt.datetime) -> None:
        """Events of different users, processed a phase at a time rather than an event at a time: every engine
        step of the round, then every effect, then every step of the results. The code of each phase stays warm
        in the processor's caches (a look-up of the roster took four times as long between two engine steps as
        it does run after another look-up); users are independent, so the outcome is that of running them one
        after the other, in order."""
        jobs = [job for pending in round_ if (job := await self._begin(tx, batch, pending, now)) is not None]
        wave = [(job, job.event) for job in jobs]
        while wave:
            stepped: list[tuple[_Job, tuple[Effect, ...]]] = []
            for job, event in wave:
                try:
                    step = self.engine.step(job.conversation, event, now)
                except Exception:  # noqa: BLE001 - logged with its traceback in _failed
                    self._failed(batch, job)
                    continue
                job.conversation = step.conversation
                if not step.understood:
                    metrics.of_channel(metrics.NOT_UNDERSTOOD, job.pending.channel).inc()
                job.replies.extend(step.replies)
                if step.effects:
                    stepped.append((job, step.effects))
            for job, effects in stepped:
                try:
                    context = self._effect_context(tx, batch, job, now)
                    for effect in effects:
                        answer = await apply_effect(context, effect)
                        if answer is not None:  # the answer, a model already, is taken as it is: half model_construct's cost
                            job.queue.append(Event(kind=EventKind.RESULT, result=answer, language=job.hint))
                except Exception:  # noqa: BLE001 - logged with its traceback in _failed
                    self._failed(batch, job)
            wave = [(job, job.queue.popleft()) for job in jobs if job.queue and not job.failed]
        for job in jobs:
            if job.failed:
                continue
            key = job.pending.key
            replies = joined(job.replies)
            batch.replies[key.channel] += len(replies)
            batch.messages.extend(NewMessage(key.channel, key.user, reply, caused_by=job.pending.event_id)
                                  for reply in replies)
            batch.conversations[key] = job.conversation
            batch.changed.add(key)

    async def _begin(self, tx: Tx, batch: _Batch, pending: PendingEvent, now: dt.datetime) -> _Job | None:
        """The event's job, or None when it is answered already (an event that cannot be read)."""
        key = pending.key
        stored = batch.conversations.get(key)
        said: list[str] = []
        if isinstance(stored, Unreadable):
            await tx.set_aside_conversation(key, stored.reason, now)
            log.error("a stored conversation on %s could not be read (%s): set aside, its user starts afresh",
                      key.channel, stored.reason)
            metrics.CONVERSATIONS_SET_ASIDE.labels(key.channel).inc()
            with use_locale(self.engine.catalogs, self.engine.default_locale):
                said.append(_("Maaf, percakapan kita sebelumnya tidak bisa dibaca sistem kami, jadi kita mulai dari "
                              "awal. Klaim dan data yang sudah dikirim tetap tersimpan."))
            stored = None
        conv = stored or self.engine.new_conversation(key.channel, key.user)
        if isinstance(pending.event, Unreadable):
            log.error("a stored event on %s could not be read (%s): answered with an apology",
                      key.channel, pending.event.reason)
            metrics.EVENTS_UNREADABLE.labels(key.channel).inc()
            with use_locale(self.engine.catalogs, self.engine.locale_for(conv)):
                said.append(_("Maaf, pesan Anda tidak terbaca oleh sistem kami. Silakan kirim lagi."))
            batch.messages.append(NewMessage(key.channel, key.user, Reply(text="\n\n".join(said)),
                                             pending.event_id))
            batch.conversations[key] = conv
            batch.changed.add(key)
            return None
        if said:
            batch.messages.append(NewMessage(key.channel, key.user, Reply(text=said[0]), pending.event_id))
        # Answers from the store are read in the language of the message asking.
        return _Job(pending, pending.event, conv, self.engine.locale_for(conv, pending.event), pending.event.language)

    def _effect_context(self, tx: Tx, batch: _Batch, job: _Job, now: dt.datetime) -> EffectContext:
        if job.effects is None:
            key = job.pending.key
            job.effects = EffectContext(tx, key.channel, key.user, now, self.engine.timezone, self.engine.catalogs,
                                        batch.timers, locale=job.locale, code_channel=self.code_channel,
                                        holidays=self.holidays, desk_url=self.desk_url, outreach=self.outreach)
        return job.effects

    def _failed(self, batch: _Batch, job: _Job) -> None:
        """A bug must not silence the user or block their later messages: an apology, and the conversation as it
        was before this event."""
        job.failed = True
        log.exception("engine failed on event %s (state %s)", job.pending.event_id, job.conversation.state)
        with use_locale(self.engine.catalogs, self.engine.locale_for(job.conversation)):
            apology = _("Maaf, terjadi kesalahan di sistem kami. Silakan coba lagi, atau ketik \"menu\".")
        key = job.pending.key
        batch.messages.append(NewMessage(key.channel, key.user, Reply(text=apology), job.pending.event_id))

    # -- timers ------------------------------------------------------------------------------

    async def _timer_loop(self) -> None:
        while True:
            try:
                await self.fire_due_timers()
            except Exception:
                log.exception("timer loop failed; retrying")
            await asyncio.sleep(self.timer_interval)

    async def fire_due_timers(self) -> int:
        """Turn due timers into inbound events (durable, deduplicated like any other event)."""
        now = self.clock()
        async with self._batch_lock, self.repo.transaction() as tx:
            due = await tx.take_due_timers(now, self.batch_size)
            for timer in due:
                await tx.record_inbound(InboundRecord(
                    channel=timer.channel,
                    event_id=f"timer:{timer.kind}:{timer.user}:{timer.version}",
                    user=timer.user,
                    event=Event(kind=EventKind.TIMER, timer_version=timer.version),
                    received_at=now,
                ))
        if due:
            self._backlog = True
            self._wake.set()
        return len(due)

    # -- outbox ------------------------------------------------------------------------------

    async def flush_outbox(self) -> int:
        """Hand committed replies to their channel; a failed send stays pending and is retried."""
        sent = 0
        async with self._send_lock:
            for channel, sender in self.senders.items():
                async with self.repo.transaction() as tx:
                    messages = await tx.pending_outbox(channel, self.clock(), self.batch_size, sender.only_user)
                if not messages:
                    continue
                try:
                    platform_ids = await sender.send(messages)
                except Exception:
                    log.exception("sending %d messages on %s failed; will retry", len(messages), channel)
                    retry_at = self.clock() + dt.timedelta(seconds=5)
                    async with self.repo.transaction() as tx:
                        for message in messages:
                            await tx.mark_failed(message.id, "send failed", retry_at)
                    continue
                async with self.repo.transaction() as tx:
                    await tx.mark_sent([m.id for m in messages], self.clock(), platform_ids)
                sent += len(messages)
        return sent

