"""Whatever arrives, in whatever order: no exception escapes the engine, every user event gets a
non-empty reply of at most 4,096 characters, and the stored state stays valid."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conversations.engine import MERGE_LIMIT, Engine, joined
from conversations.model import (
    BindOfficer,
    CheckNominee,
    Choice,
    CityReport,
    ClaimCreated,
    ClaimList,
    Contact,
    Conversation,
    CreateClaim,
    DeathReportAnswer,
    DeathReportLink,
    DeskAnswer,
    DeskLink,
    DeskRequest,
    Effect,
    Event,
    EventKind,
    IdentityAnswer,
    IdentityOutcome,
    IssueDeskLink,
    ListClaims,
    Media,
    NominationAnswer,
    OfficerAnswer,
    OfficerView,
    OpenDeathReport,
    OpenTicket,
    ProposeNominee,
    ProveIdentity,
    Reply,
    ReportCity,
    ReportDeath,
    Result,
    SetTimer,
    TicketAnswer,
    TicketNote,
)
from conversations.text import MAX_TEXT
from tests.chat import START, make_engine
from tests.factories import ACTIVE

ENGINE = make_engine()
WORDS = ["menu", "batal", "kembali", "bantuan", "bahasa", "1", "2", "3", "9", "0", ACTIVE.nik, "22-05-1990",
         "ya", "tidak", "/start", "language", "1 jt", "15", "abc", "", " ", "🙂" * 5, "x" * 10_000,
         "\x00\x07\u202e", "1571 02 22 05 90 000A", "Cek kepesertaan"]

texts = st.one_of(st.sampled_from(WORDS), st.text(max_size=300))
events = st.one_of(
    texts.map(lambda t: Event(kind=EventKind.TEXT, text=t)),
    st.tuples(st.integers(-2, 40), st.sampled_from(["status", "benefits", "jkk", "again", "menu", "id", "en",
                                                    "death_work", "stmb", "default", "x" * 50, ""]))
    .map(lambda vc: Event(kind=EventKind.CHOICE, choice=f"{vc[0]}:{vc[1]}")),
    st.sampled_from(["start", "menu", "batal", "bantuan", "bahasa", "unknown"])
    .map(lambda c: Event(kind=EventKind.COMMAND, command=c)),
    st.just(Event(kind=EventKind.MEDIA, media=Media(file_id="f", mime_type="image/jpeg"))),
    st.just(Event(kind=EventKind.CONTACT, contact=Contact(phone="6281234567890", own=True))),
    st.integers(0, 40).map(lambda v: Event(kind=EventKind.TIMER, timer_version=v)),
    st.sampled_from(["en", "id", "fr", None]).map(lambda lang: Event(kind=EventKind.TEXT, text="menu", language=lang)),
)

USER_KINDS = {EventKind.TEXT, EventKind.CHOICE, EventKind.COMMAND, EventKind.MEDIA, EventKind.CONTACT}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(events, st.integers(0, 120)), min_size=1, max_size=25))
def test_no_sequence_of_events_breaks_the_engine(sequence: list[tuple[Event, int]]) -> None:
    conv = ENGINE.new_conversation("console", "prop")
    now = START
    for event, minutes in sequence:
        now += dt.timedelta(minutes=minutes)
        step = ENGINE.step(conv, event, now)
        answers = [a for a in map(_answer, step.effects) if a is not None]
        if answers:  # the runtime answers a request in the same drain
            step = ENGINE.step(step.conversation, Event(kind=EventKind.RESULT, result=answers[0]), now)
        if event.kind in USER_KINDS:
            assert step.replies, f"silence after {event!r} at {conv.state}"
        for reply in step.replies:
            assert reply.text.strip() and len(reply.text) <= MAX_TEXT
            for choice in reply.choices:
                assert len(f"{reply.version}:{choice.id}".encode()) <= 64
        conv = step.conversation
        _assert_valid(conv)
        for effect in step.effects:
            if isinstance(effect, SetTimer):
                assert effect.version == conv.version


ANSWERS = st.sampled_from(["1", "2", "3", "4", "5", "halo", ACTIVE.nik, ACTIVE.kpj, "3 juta", "5 tahun", "kembali",
                           "ya", "tidak", "bahasa", "kemarin", "22-05-1990"]).map(
    lambda t: Event(kind=EventKind.TEXT, text=t))
"""Answers that walk both users into the same flows with different drafts."""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.booleans(), st.one_of(ANSWERS, ANSWERS, events), st.integers(0, 20)), min_size=1,
                max_size=40))
def test_what_the_engine_remembers_between_steps_never_crosses_users(sequence: list[tuple[bool, Event, int]]) -> None:
    """The engine keeps the last parsed draft, the last local time and the rendered menus: two users taking
    turns on one engine get exactly what an engine that remembers nothing (a new one for every step) answers."""
    shared = make_engine()
    on_shared = {user: shared.new_conversation("console", f"u{user}") for user in (True, False)}
    on_fresh = dict(on_shared)
    now = START
    for user, event, minutes in sequence:
        now += dt.timedelta(minutes=minutes)
        a = _walk(shared, on_shared[user], event, now)
        b = _walk(make_engine(), on_fresh[user], event, now)
        assert a == b
        on_shared[user], on_fresh[user] = a[0], b[0]


def _walk(engine: Engine, conv: Conversation, event: Event, now: dt.datetime) -> tuple[Conversation, list[Reply]]:
    step = engine.step(conv, event, now)
    replies = list(step.replies)
    answers = [a for a in map(_answer, step.effects) if a is not None]
    if answers:
        step = engine.step(step.conversation, Event(kind=EventKind.RESULT, result=answers[0]), now)
        replies += step.replies
    return step.conversation, replies


RT_HEAD = OfficerView(role="rt_head", city="Kota Jambi", kecamatan="Paal Merah", kelurahan="Talang Bakung", rw="001",
                      rt="003")


def _answer(effect: Effect) -> Result | None:
    """What the store would say, roughly: enough to walk every flow past its waiting steps."""
    if isinstance(effect, ProveIdentity):
        return IdentityAnswer(outcome=IdentityOutcome.NOT_MATCHED)
    if isinstance(effect, BindOfficer):
        return OfficerAnswer(officer=RT_HEAD)
    if isinstance(effect, ProposeNominee):
        return NominationAnswer(reference="USL-2026-000001")
    if isinstance(effect, ReportCity):
        return CityReport(city="Kota Jambi")
    if isinstance(effect, CheckNominee) or type(effect).__name__ in ("ListNominations", "OpenNomination", "AskQuota",
                                                                      "DecideNomination"):
        return NominationAnswer()
    if isinstance(effect, CreateClaim):
        return ClaimCreated(reference="JKK-2026-000001")
    if isinstance(effect, ListClaims):
        return ClaimList()
    if isinstance(effect, OpenTicket | TicketNote):
        return TicketAnswer(reference="TKT-2026-000001", answered_by="Kel. Talang Bakung")
    if isinstance(effect, DeskRequest):
        return DeskAnswer(problem="not_officer")
    if isinstance(effect, IssueDeskLink):
        return DeskLink(problem="not_officer")
    if isinstance(effect, ReportDeath):
        return DeathReportAnswer(problem="not_officer")
    if isinstance(effect, OpenDeathReport):
        return DeathReportLink(problem="unknown")
    return None


def _assert_valid(conv: Conversation) -> None:
    step = ENGINE.registry.step(conv.state)
    assert step is not None and not step.transient, conv.state
    json.dumps(conv.draft)  # storable
    flow = ENGINE._flow_for_draft(conv)
    assert flow is not None and ENGINE._parse_draft(flow, conv.draft) is not None


_REPLIES = st.lists(
    st.builds(lambda text, asks: Reply(text=text, choices=(Choice(id="a", label="Ya"),) if asks else ()),
              st.text(alphabet="ab ", min_size=1, max_size=900), st.booleans()),
    max_size=6)


@given(_REPLIES)
def test_one_messages_replies_are_joined_only_where_they_fit_and_nothing_is_lost(replies: list[Reply]) -> None:
    out = joined(replies)
    assert "\n\n".join(r.text for r in out) == "\n\n".join(r.text for r in replies)  # all of it, in order
    assert [r.choices for r in out if r.choices] == [r.choices for r in replies if r.choices]
    for question in (r for r in replies if r.choices):  # a question ends its message: nothing is joined after it
        assert any(r.text.endswith(question.text) and r.choices == question.choices for r in out)
    assert all(len(r.text) <= MERGE_LIMIT for r in out if r not in replies)
