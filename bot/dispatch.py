"""Delivery of one channel's outbox: a user's messages in order, users in parallel, within the platform's
limits; a failed send is retried later, never dropped."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable

from bot import metrics
from bot.channels.base import ChannelSender, GiveUp, Outcome, Park, RetryLater, Sent
from bot.pacing import Pacer
from storage.base import OutboundMessage, Repository, Tx

Undelivered = Callable[[Tx, OutboundMessage, str, dt.datetime], Awaitable[None]]
"""Told, in the same transaction, of a message the platform refused or holds (so someone can act on it)."""

log = logging.getLogger(__name__)


RESULT_NAMES: dict[type, str] = {Sent: "sent", RetryLater: "retry_later", Park: "parked", GiveUp: "given_up"}


_PLATFORM_CODE = re.compile(r"\b(\d{5,6})\b")


def error_code(outcome: Outcome) -> str:
    """Meta's error code in an outcome's text ("… (131047)", "400 131009: …"), else "" (a few values only)."""
    found = _PLATFORM_CODE.search(getattr(outcome, "error", "") or "")
    return found.group(1) if found else ""


IN_FLIGHT_PER_RATE = 8
"""Messages the bot sends first that may be in flight at once: an eighth of the pace (10 at WhatsApp's 80/s)
keeps the pace while bounding what a killed worker leaves uncertain."""


UNCONFIRMED_CHECK = 5.0
"""Seconds between two looks for unconfirmed messages."""


class Dispatcher:
    def __init__(self, repo: Repository, sender: ChannelSender, clock: Callable[[], dt.datetime], *,
                 batch_size: int = 500, idle_poll: float = 1.0, on_undelivered: Undelivered | None = None,
                 resend_unconfirmed_after: dt.timedelta | None = None) -> None:
        self.repo = repo
        self.sender = sender
        self.channel = sender.channel
        self.clock = clock
        self.pacer = Pacer(sender.limits)
        self._in_flight = asyncio.Semaphore(max(1, math.ceil(sender.limits.per_second / IN_FLIGHT_PER_RATE)))
        self.batch_size = batch_size
        self.idle_poll = idle_poll
        self.on_undelivered = on_undelivered
        self.resend_unconfirmed_after = resend_unconfirmed_after
        """WhatsApp confirms a message the bot sent first through its status webhooks; one marked `sending` and
        unconfirmed this long did not reach Meta (the worker was killed first) and is sent again. None: never
        (Telegram has no such confirmation, so an interrupted call is reported, not repeated)."""
        self._checked_unconfirmed = -math.inf
        self._listening_since = time.monotonic()
        """A confirmation may be waiting at Meta, retried until a worker answers: after a restart, a message is
        sent again only once this worker too has listened for that long."""
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            try:
                handled = await self.flush_once()
            except Exception:
                log.exception("delivery on %s failed; retrying", self.channel)
                handled = 0
                await asyncio.sleep(1.0)
            if not handled:
                # asyncio.timeout, not wait_for: on 3.11 wait_for swallows a cancellation that arrives as the
                # wake-up does, and the stopped dispatcher would loop on (a shutdown hung on it).
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.idle_poll):  # also picks up retries when due
                        await self._wake.wait()
                self._wake.clear()

    async def flush_once(self) -> int:
        await self._resend_unconfirmed()
        async with self.repo.transaction() as tx:
            messages = await tx.pending_outbox(self.channel, self.clock(), self.batch_size)
        if not messages:
            return 0
        by_user: dict[str, list[OutboundMessage]] = {}
        for message in messages:
            by_user.setdefault(message.user, []).append(message)
        results = await asyncio.gather(*(self._send_in_order(queue) for queue in by_user.values()))
        outcomes = [pair for result in results for pair in result]
        attempted = {message.id for message, _outcome in outcomes}
        await self._record(outcomes, [m.id for m in messages if m.id not in attempted and m.outreach_id is None])
        return len(messages)

    async def _resend_unconfirmed(self) -> None:
        if self.resend_unconfirmed_after is None or time.monotonic() - self._checked_unconfirmed < UNCONFIRMED_CHECK:
            return
        if time.monotonic() - self._listening_since < self.resend_unconfirmed_after.total_seconds():
            return
        self._checked_unconfirmed = time.monotonic()
        async with self.repo.transaction() as tx:
            again = await tx.resend_unconfirmed(self.channel, self.clock() - self.resend_unconfirmed_after)
        if again:
            log.warning("%d messages on %s were never confirmed by the platform; sending them again", again,
                        self.channel)

    async def _send_in_order(self, queue: list[OutboundMessage]) -> list[tuple[OutboundMessage, Outcome]]:
        done: list[tuple[OutboundMessage, Outcome]] = []
        for message in queue:
            if message.outreach_id is not None:
                outcome = await self._send_first(message)
                if outcome is None:
                    continue  # dropped meanwhile (the user said BERHENTI, the broadcast was cancelled)
            else:
                await self.pacer.slot(message.user)
                outcome = await self._deliver(message)
                done.append((message, outcome))
            if isinstance(outcome, (RetryLater, Park)):
                break  # the rest of this user's messages wait behind it, in order
        return done

    async def _send_first(self, message: OutboundMessage) -> Outcome | None:
        """A message the bot sends first is marked before and recorded right after its call, with few in flight
        at once: a worker killed mid-broadcast leaves only those few unrecorded (reported as interrupted), and
        none is ever sent twice."""
        async with self._in_flight:
            await self.pacer.slot(message.user)
            async with self.repo.transaction() as tx:
                if not await tx.start_sending(message.id, self.clock()):
                    return None
            outcome = await self._deliver(message)
            await self._record([(message, outcome)], [])
        return outcome

    async def _deliver(self, message: OutboundMessage) -> Outcome:
        try:
            return await self.sender.deliver(message)
        except Exception as error:  # a bug or an unexpected error: keep the message, try again later
            log.exception("delivering message %d on %s", message.id, self.channel)
            return RetryLater(min(300.0, 2.0 ** min(message.attempts + 1, 8)), type(error).__name__)

    async def _record(self, outcomes: list[tuple[OutboundMessage, Outcome]], untried: list[int]) -> None:
        now = self.clock()
        for _message, outcome in outcomes:
            metrics.SENDS.labels(self.channel, RESULT_NAMES[type(outcome)], error_code(outcome)).inc()
        sent = [(m.id, o.platform_id) for m, o in outcomes if isinstance(o, Sent)]
        async with self.repo.transaction() as tx:
            if untried:
                await tx.release_messages(untried)
            if sent:
                await tx.mark_sent([i for i, _p in sent], now, [p for _i, p in sent])
            parked = [m.id for m, o in outcomes if isinstance(o, Park)]
            if parked:
                await tx.park_messages(parked, next(o.error for _m, o in outcomes if isinstance(o, Park)))
            for message, outcome in outcomes:
                if isinstance(outcome, (Park, GiveUp)) and self.on_undelivered is not None:
                    await self.on_undelivered(tx, message, outcome.error, now)
                if isinstance(outcome, RetryLater):
                    await tx.mark_failed(message.id, outcome.error, now + dt.timedelta(seconds=outcome.seconds))
                elif isinstance(outcome, GiveUp):
                    log.warning("message %d on %s not delivered: %s", message.id, self.channel, outcome.error)
                    await tx.mark_failed(message.id, outcome.error, None)
