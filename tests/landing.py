"""Where a fresh user's first message lands in the whole engine, and whether that is where a person would
want it: the check behind `make bench ONLY=nlu`'s engine figures and the free-text tests."""

from __future__ import annotations

from collections.abc import Iterable

from conversations.engine import Engine
from conversations.flows.accident import jasa_raharja_text
from conversations.flows.asked import DIED_AWAY, ONE_JKK_LINES, WHO_PAYS
from conversations.flows.missing_documents import MADE_BY_OTHERS, WHAT_TO_DO
from conversations.flows.status import StatusState
from conversations.flows.tracking import PAYOUT_TIME
from conversations.flows.understanding import (
    BY_PROXY,
    ENROLMENT,
    ENROLMENT_OF_OTHERS,
    OUT_OF_SCOPE_ANSWERS,
    STANDING_UNSETTLED,
    THANKS,
)
from conversations.model import Event, EventKind
from conversations.nlu.cues import CLAIMS, Intent
from conversations.nlu.evaluation import Breakdown, Labelled
from tests.chat import START, make_engine

CLAIM_FLOWS = ("death.", "accident.")
ASKED = "switch.ask_claim"
PLACES: dict[Intent, tuple[str, ...]] = {
    Intent.STATUS: ("status.",),
    Intent.JKK_INFO: ("benefits.jkk",),
    Intent.JKM_INFO: ("benefits.jkm", "benefits.scholarship"),  # the children's scholarship is JKM's; its own
    # page answers "berapa beasiswa per tahun untuk anak sd?", "beasiswa sampai kuliah?", better than one JKM line
    Intent.CONTRIBUTION: ("benefits.contribution",),
    Intent.ACCIDENT: ("accident.", ASKED),
    Intent.DEATH: ("death.", ASKED),
    Intent.TRACK: ("claims.", "tracking."),
    Intent.HUMAN: ("handoff.",),
    Intent.GREETING: ("menu.main",),
    Intent.HELP: ("menu.",),
    Intent.UNKNOWN: ("menu.main", ASKED),
}
"""The states a message of each intent may rightly lead to. A claim may be asked about first (one short
question); a message that is about nothing we do may be asked about too, but never starts a claim."""


JKM_ANSWERS_OFF_THE_PAGE = (
    *(WHAT_TO_DO[doc] for doc in MADE_BY_OTHERS),  # where a claim's paper is made, rather than the page that names it
    BY_PROXY,  # a claim filed by someone else
    STANDING_UNSETTLED,  # whether a second wife, an adopted child… is an heir, rather than the whole page
    OUT_OF_SCOPE_ANSWERS[Intent.JHT],  # whether the heirs may take the JHT too
    PAYOUT_TIME,  # how long a claim takes
    DIED_AWAY,  # whether a death away from home is paid
)
"""Answers to a JKM question that the JKM pages do not give: where one lands, rather than on a page, is right."""


def first_reply(engine: Engine, message: str) -> tuple[str, str]:
    """A fresh user's first message at the main menu: (the state it led to, what the bot said). In Indonesian
    whatever the message is written in, so that where it lands is read from the Indonesian answers (an English one
    after "halo" is answered in English: tests/test_nlu.py)."""
    conversation = engine.new_conversation("console", "u1").but(locale="id")
    first = engine.step(conversation, Event(kind=EventKind.TEXT, text="halo"), START)
    step = engine.step(first.conversation, Event(kind=EventKind.TEXT, text=message), START)
    return step.conversation.state, "\n".join(reply.text for reply in step.replies)


def _answer(text: object) -> str:
    """The start of a fixed answer as the Indonesian catalog says it (the msgid)."""
    return str(text)[:60]


def lands_right(intent: Intent, state: str, said: str) -> bool:
    if intent in OUT_OF_SCOPE_ANSWERS:
        return _answer(OUT_OF_SCOPE_ANSWERS[intent]) in said
    if intent is Intent.NOMINATE:
        return state.startswith("officer.") or any(_answer(answer) in said for answer in (
            ENROLMENT, ENROLMENT_OF_OTHERS)) or state == StatusState.HOW_TO_ENROL
        # how to enrol on one's own, asked: both ways, the city's and paying oneself; someone else's, of them
    if intent is Intent.THANKS:
        return _answer(THANKS) in said
    if intent is Intent.LANGUAGE:
        return "Language changed" in said or "Bahasa diganti" in said
    if intent is Intent.JKM_INFO and any(_answer(answer).partition("{")[0] in said for answer in JKM_ANSWERS_OFF_THE_PAGE):
        return True
    if intent is Intent.CONTRIBUTION and _answer(WHO_PAYS) in said:
        return True  # who pays, asked: that first, rather than the page that says it last
    if intent is Intent.JKK_INFO and any(_answer(line) in said for line in ONE_JKK_LINES):
        return True  # one of the JKK page's lines asked ("jari putus dapat berapa"): that line, not the whole page
    if intent is Intent.JKK_INFO and jasa_raharja_text().partition("(")[0] in said:
        return True  # whether Jasa Raharja or JKK pays a traffic accident, asked: which pays first, then the rest
    return state.startswith(PLACES[intent])


def score_engine(rows: Iterable[Labelled], engine: Engine | None = None) -> Breakdown:
    """The whole engine, first reply of a fresh user: right when it lands where the label says; a wrong
    claim when a message that must not start a claim opened a claim flow."""
    engine = engine or make_engine()
    breakdown = Breakdown()
    for row in rows:
        state, said = first_reply(engine, row.message)
        wrong_claim = row.intent not in CLAIMS and state.startswith(CLAIM_FLOWS)
        breakdown.add(row, lands_right(row.intent, state, said), wrong_claim, state)
    return breakdown
