"""Bicara dengan petugas: one short question about the topic, an honest word on when a person will answer,
then a ticket. While it is open, what the user writes goes to the officer; "menu" and "batal" still work
and the ticket stays open (choosing this again continues it)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import normalise
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows.common import HOME, answers_nothing, yes_or_no_alone
from conversations.flows.documents import problem_with
from conversations.i18n import _, format_date, lazy_gettext
from conversations.model import (
    MEMO_IDENTITY,
    Conversation,
    Expect,
    Media,
    OpenTicket,
    RateTicket,
    Result,
    TicketAnswer,
    TicketNote,
)
from conversations.nlu.intents import besides_the_ask
from conversations.nlu.noise import is_keyboard_noise

LABEL = lazy_gettext("Bicara dengan petugas")
"""The way to a person, as the main menu names it."""
SHORT_LABEL = lazy_gettext("Tanya petugas")
"""As a button on a page: WhatsApp's hold at most 20 characters."""


class HandoffState(StrEnum):
    ASK_TOPIC = "handoff.ask_topic"
    OPENING = "handoff.opening"
    OPEN = "handoff.open"
    PASSING = "handoff.passing"


class HandoffDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    reference: str | None = None
    passed: int = 0
    """Messages passed on so far in this visit."""


MEMO_TICKET = "ticket"
"""The reference of this account's open ticket: choosing "Bicara dengan petugas" again continues it."""


def _nik(ctx: Ctx[Any]) -> str | None:
    identity = ctx.conversation.memo.get(MEMO_IDENTITY) or {}
    return identity.get("nik") if isinstance(identity, dict) else None


def start(ctx: Ctx[Any]) -> Outcome:
    if ctx.conversation.memo.get(MEMO_TICKET):
        return Goto(HandoffState.OPENING, draft=HandoffDraft(), effects=(OpenTicket(topic="other", nik=_nik(ctx)),))
    return Goto(HandoffState.ASK_TOPIC, draft=HandoffDraft())


def about(topic: str) -> Callable[[Ctx[Any]], Outcome]:
    """A person asked for from a page whose topic is known (no card and no registered phone at the status check: its
    data): the ticket opens on it, not asked "Tentang apa?" again."""
    def opened(ctx: Ctx[Any]) -> Outcome:
        return start(ctx) if ctx.conversation.memo.get(MEMO_TICKET) else _opening(topic)(ctx)
    return opened


def start_with(ctx: Ctx[Any], text: str) -> Outcome:
    """A person asked for in so many words. With the question itself ("saya mau bicara dengan petugas, klaim bapak saya
    sudah 2 bulan tidak ada kabar"), the ticket opens at once, its topic from the first topic word in it, and the
    message is its first, as when the question is typed where the topic is asked; the request alone asks the topic."""
    more = set(re.findall(r"\w+", besides_the_ask(text).lower())) - COURTESY_WORDS
    if ctx.conversation.memo.get(MEMO_TICKET) or len(more) < TOLD_WITH_THE_ASK:
        return start(ctx)
    return Goto(HandoffState.OPENING, draft=HandoffDraft(passed=1),
                effects=(OpenTicket(topic=_topic_of(text), nik=_nik(ctx), asked=True),))


TOLD_WITH_THE_ASK = 2
"""Words besides a request for a person (and its courtesies) that make it carry the question itself."""
COURTESY_WORDS = frozenset({"saya", "sy", "aku", "tolong", "mohon", "min", "pak", "bu", "kak", "bang", "mas", "mbak", "ya",
                            "dong", "please", "i", "a", "the", "now", "sekarang", "segera"})
"""Words around a request for a person that ask nothing more."""


def _with_ticket(ctx: Ctx[Any], reference: str | None) -> Conversation:
    memo = {k: v for k, v in ctx.conversation.memo.items() if k != MEMO_TICKET}
    if reference:
        memo[MEMO_TICKET] = reference
    return dataclasses.replace(ctx.conversation, memo=memo)


def _opening(topic: str):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[HandoffDraft]) -> Outcome:
        return Goto(HandoffState.OPENING, effects=(OpenTicket(topic=topic, nik=_nik(ctx)),))
    return chosen


TOPICS = (
    Option("status", lazy_gettext("Kepesertaan/data"), then=_opening("status"), aliases=("data", "status", "kepesertaan"),
           alone=True),
    Option("claim", lazy_gettext("Klaim"), then=_opening("claim"), aliases=("klaim",), alone=True),
    Option("nomination", lazy_gettext("Usulan RT"), then=_opening("nomination"), aliases=("usulan", "daftar"),
           alone=True),
    Option("other", lazy_gettext("Lainnya"), then=_opening("other"), aliases=("lain", "lainnya"), alone=True),
)
"""`alone`: a topic word inside a question ("klaim saya belum ada kabar") is the question, passed on as the ticket's
first message (_on_topic_text); it picked the topic and the question was lost."""


def _on_topic_text(ctx: Ctx[HandoffDraft], text: str) -> Outcome:
    """The question itself written where the topic is asked: the user wants a person, so the ticket opens (its
    topic from the first topic word in it, else "other") and what they wrote is its first message. Not a typo
    ("asdf" opened a ticket for an officer to read)."""
    if is_keyboard_noise(text):
        return Retry(_("Sepertinya salah ketik. Pilih topiknya, atau tulis pertanyaan Anda untuk petugas."))
    if yes_or_no_alone(text) or answers_nothing(text):  # "tidak", "bentar ya", "ok" opened a ticket for an officer to
        # read (a wait or thanks is answered as such: a Retry lets the understanding answer first)
        return Retry(_("Pilih topiknya, atau tulis pertanyaan Anda untuk petugas. Jika tidak jadi, ketik \"menu\"."))
    return Goto(HandoffState.OPENING, draft=ctx.draft.model_copy(update={"passed": 1}),
                effects=(OpenTicket(topic=_topic_of(text), nik=_nik(ctx), asked=True),))


def _topic_of(text: str) -> str:
    words = set(normalise(text).split())
    return next((option.id for option in TOPICS if words & set(option.aliases)), "other")


def reply_from_text(answer: TicketAnswer) -> str:
    """When a person will answer, honestly: now-ish inside working hours, else when they start."""
    if answer.reply_from is None:
        return _("Petugas {who} biasanya menjawab dalam beberapa jam kerja.").format(who=answer.answered_by)
    when = answer.reply_from
    return _("Sekarang di luar jam kerja (Senin–Jumat, 08.00–16.00): petugas {who} menjawab mulai {day} pukul "
             "{time}.").format(who=answer.answered_by, day=format_date(when.date()), time=when.strftime("%H.%M"))


def rate_command(ctx: Ctx[Any], argument: str) -> Outcome:
    """`/nilai TKT-2026-000001 3`: the buttons under the message that closed a ticket."""
    reference, _sep, value = argument.strip().partition(" ")
    rating = int(value) if value.strip().isdigit() else 0
    if not 1 <= rating <= 3:
        return Goto(HOME)
    return Goto(HOME, effects=(RateTicket(reference=reference[:40], rating=rating),),
                say=(_("Terima kasih atas penilaian Anda."),))


def _opened(ctx: Ctx[HandoffDraft], result: Result) -> Outcome:
    if not isinstance(result, TicketAnswer) or not result.reference:
        return Goto(HOME, say=(_("Maaf, permintaan belum bisa dicatat. Silakan coba lagi."),))
    if result.existing:
        first = _("Tiket Anda {reference} masih terbuka. Tulis pesan Anda di sini; petugas akan membacanya.").format(
            reference=result.reference)
    else:
        first = _("Tiket {reference} dibuat: pesan Anda di sini diteruskan ke petugas.").format(
            reference=result.reference)
    return Goto(HandoffState.OPEN, draft=ctx.draft.model_copy(update={"reference": result.reference}),
                say=(first, reply_from_text(result)), conversation=_with_ticket(ctx, result.reference))


def _on_text(ctx: Ctx[HandoffDraft], text: str) -> Outcome:
    return Goto(HandoffState.PASSING, effects=(TicketNote(text=text.strip()),))


def _on_media(ctx: Ctx[HandoffDraft], media: Media) -> Outcome:
    """A photo or document for the officer: attached to the ticket, checked like a claim's documents."""
    problem = problem_with(media)
    if problem is not None:
        return Retry(problem)
    return Goto(HandoffState.PASSING, effects=(TicketNote(text=(media.caption or "").strip(), media=media),))


def _passed(ctx: Ctx[HandoffDraft], result: Result) -> Outcome:
    if isinstance(result, TicketAnswer) and result.closed:
        return Goto(HOME, say=(_("Tiket {reference} sudah ditutup. Pilih \"Bicara dengan petugas\" jika perlu "
                                 "bantuan lagi.").format(reference=result.reference),),
                    conversation=_with_ticket(ctx, None))
    return Goto(HandoffState.OPEN, draft=ctx.draft.model_copy(update={"passed": ctx.draft.passed + 1}))


def _ask_open(ctx: Ctx[HandoffDraft]) -> str:
    if ctx.draft.passed:
        return _("✓ Diteruskan ke petugas ({reference}). Tulis lagi jika perlu, atau ketik \"menu\": tiket tetap "
                 "terbuka.").format(reference=ctx.draft.reference or "")
    return _("Tulis pesan untuk petugas. Foto atau dokumen juga bisa dikirim di sini.")


FLOW = Flow(
    name="handoff",
    entry=HandoffState.ASK_TOPIC,
    draft_model=HandoffDraft,
    steps=(
        Step(HandoffState.ASK_TOPIC, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Saya hubungkan dengan petugas. Tentang apa?"),
             options=TOPICS, on_text=_on_topic_text, goes_to=frozenset({HandoffState.OPENING}), passes_text=True),
        Step(HandoffState.OPENING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_opened,
             goes_to=frozenset({HandoffState.OPEN, HOME})),
        Step(HandoffState.OPEN, timeout=Timeout.QUIET, ask=_ask_open, expects=Expect.TEXT, on_text=_on_text,
             on_media=_on_media, passes_text=True,
             goes_to=frozenset({HandoffState.PASSING}),
             leaving=lazy_gettext("Tiket Anda tetap terbuka: jawaban petugas tetap dikirim ke sini. Pilih \"Bicara "
                                  "dengan petugas\" untuk menulis lagi.")),
        Step(HandoffState.PASSING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_passed,
             goes_to=frozenset({HandoffState.OPEN, HOME})),
    ),
)
