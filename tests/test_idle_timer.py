"""The idle end: 30 minutes without a message mid-flow ends the session. Its timer is one row, written when a
session first needs it and moved only when it fires while the user was still answering, not rewritten on every
message (two index pages and a statement an event)."""

from __future__ import annotations

import contextlib
import datetime as dt

from storage.base import DueTimer
from tests.chat import ChatSimulator
from tests.factories import ACTIVE

ENDED = "Sesi sebelumnya sudah berakhir"


class _LookOnly(Exception):
    """Raised to roll back the transaction that looked."""


async def timers(chat: ChatSimulator) -> list[DueTimer]:
    """The timer rows as stored (read, then rolled back)."""
    assert chat.repo is not None
    found: list[DueTimer] = []
    with contextlib.suppress(_LookOnly):
        async with chat.repo.transaction() as tx:
            found = await tx.take_due_timers(chat.clock() + dt.timedelta(days=365), 100)
            raise _LookOnly
    return found


async def test_the_idle_timer_is_written_once_and_moved_only_when_it_fires_early(chat: ChatSimulator) -> None:
    start = chat.clock()
    await chat.send("menu")
    assert await timers(chat) == []  # the menu cannot end idle
    await chat.send("1")
    (timer,) = await timers(chat)
    assert timer.fire_at == start + dt.timedelta(minutes=30)
    chat.clock.advance(minutes=20)
    await chat.send(ACTIVE.nik)
    assert [t.fire_at for t in await timers(chat)] == [timer.fire_at]  # not rewritten by the answer

    # The timer fires at 30 minutes, but the user answered at 20: nothing ends, it now fires at 50.
    assert await chat.advance(minutes=15) == []
    assert [t.fire_at for t in await timers(chat)] == [start + dt.timedelta(minutes=50)]
    replies = await chat.send(ACTIVE.kpj)
    assert ENDED not in replies[0].text and "Nomor KPJ: " + ACTIVE.kpj in replies[0].text

    # Now idle at a question: ended when the timer fires, and told at the next message.
    await chat.send("1")  # "Cek NIK lain": a question again
    await chat.advance(minutes=31)
    assert await timers(chat) == []
    replies = await chat.send("1571022205900001")
    assert ENDED in replies[0].text


async def test_a_timer_left_at_a_step_that_cannot_end_idle_ends_nothing(chat: ChatSimulator) -> None:
    await chat.send("menu")
    await chat.send("1")
    await chat.send("menu")  # back at the menu, the question's timer still written
    assert len(await timers(chat)) == 1
    assert await chat.advance(minutes=31) == []
    assert await timers(chat) == []
    replies = await chat.send("1")
    assert ENDED not in replies[0].text and "Ketik NIK Anda" in replies[0].text
