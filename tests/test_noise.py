"""Keyboard noise where free text is asked is refused with what to write, never written into a report; real
answers, however short or odd, are taken."""

from __future__ import annotations

import pytest

from conversations.model import Event, EventKind
from conversations.nlu.noise import is_keyboard_noise
from tests.chat import START, make_engine
from tests.factories import ACTIVE


@pytest.mark.parametrize("text", ["asdfgh", "qwerty", "ASDF", "asdfasdf", "sdfsdf", "jkjkjk", "wkwkwk", "aaaaa",
                                  "zxcv bnm", "lkjh", "poiuy", "kjhg hjkl"])
def test_keyboard_noise_is_recognised(text: str) -> None:
    assert is_keyboard_noise(text)


@pytest.mark.parametrize("text", ["Jl. Sudirman", "depan pasar", "Gg. Mawar No. 3", "STNK", "PLTU", "RS", "Kp. Rawa",
                                  "Siti Aminah", "Tyas", "Dewi", "hahaha", "property", "tes", "jalan raya km 5",
                                  "di proyek", "12345", "Wertha Simanjuntak", "rumah"])
def test_real_answers_are_not_noise(text: str) -> None:
    assert not is_keyboard_noise(text)


def test_noise_at_the_accident_reports_free_questions_is_refused_with_what_to_write() -> None:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    said = ""
    for text in ("halo", "4", "1", ACTIVE.nik, "kemarin", "pagi", "asdfgh"):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation, said = step.conversation, "\n".join(reply.text for reply in step.replies)
    assert conversation.state == "accident.ask_place" and conversation.draft.get("place") is None
    assert said.startswith("Sepertinya salah ketik. Tulis di mana kecelakaannya terjadi"), said
    for text in ("depan pasar angso duo", "jatuh dari motor pas antar penumpang", "sdfsdf"):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation, said = step.conversation, "\n".join(reply.text for reply in step.replies)
    assert conversation.state == "accident.ask_injury" and said.startswith("Sepertinya salah ketik. Tulis cederanya")
    assert conversation.draft["place"] == "depan pasar angso duo"


@pytest.mark.parametrize("said", ["tidak", "ya", "gak ada", "belum"])
def test_a_yes_or_no_alone_at_the_place_is_not_written_down_as_the_place(said: str) -> None:
    """"tidak" at "Di mana kecelakaannya terjadi?" was written into the report as the place."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "4", "1", ACTIVE.nik, "kemarin", "pagi", said):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    assert conversation.state == "accident.ask_place" and conversation.draft.get("place") is None, said
