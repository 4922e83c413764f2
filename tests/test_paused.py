"""Forms left unfinished are kept for a week and offered again (conversations.paused): the edges a transcript does
not show — a form kept too long, one an update no longer fits, one replaced by a new story, a damaged memo."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.model import Conversation, Event, EventKind
from conversations.paused import KEPT_FOR, MEMO_PAUSED
from tests.chat import START, make_engine

ENGINE = make_engine()


def _send(conversation: Conversation, *texts: str, at: dt.datetime = START) -> tuple[Conversation, str]:
    said = ""
    for text in texts:
        step = ENGINE.step(conversation, Event(kind=EventKind.TEXT, text=text), at)
        conversation, said = step.conversation, "\n".join(reply.text for reply in step.replies)
    return conversation, said


def _left_report() -> Conversation:
    """An accident report with its date told, left for the menu at the NIK question."""
    conversation, said = _send(ENGINE.new_conversation("console", "u1"), "halo", "saya jatuh dari motor pas narik tadi pagi",
                               "ya", "menu")
    assert "Ada laporan kecelakaan kerja yang belum selesai" in said, said
    return conversation


def test_a_form_kept_longer_than_a_week_is_not_offered_and_goes() -> None:
    later = START + KEPT_FOR + dt.timedelta(hours=1)
    conversation, said = _send(_left_report(), "lapor kecelakaan", at=later)
    assert conversation.state == "accident.who" and "belum selesai" not in said, said
    assert MEMO_PAUSED not in conversation.memo


def test_a_form_within_the_week_is_offered_with_when_it_was_left() -> None:
    conversation, said = _send(_left_report(), "4", at=START + dt.timedelta(days=6))
    assert conversation.state == "resume.ask", said
    assert "laporan kecelakaan kerja yang belum selesai, terakhir diisi 23 November 2026 pukul 10.00" in said, said
    conversation, said = _send(conversation, "lanjut", at=START + dt.timedelta(days=6))
    assert conversation.state == "accident.ask_nik" and conversation.draft["reporter"] == "self", said
    assert conversation.draft["happened_on"] == "2026-11-23" and MEMO_PAUSED not in conversation.memo


def test_a_form_an_update_no_longer_fits_starts_afresh_with_an_apology() -> None:
    left = _left_report()
    kept = left.memo[MEMO_PAUSED]["accident"]
    damaged = left.but(memo={**left.memo, MEMO_PAUSED: {"accident": {**kept, "state": "accident.gone"}}})
    conversation, said = _send(damaged, "lapor kecelakaan", "1")
    assert "isian sebelumnya tidak bisa dilanjutkan" in said and conversation.state == "accident.who", said
    assert MEMO_PAUSED not in conversation.memo


def test_a_damaged_memo_is_no_form_at_all() -> None:
    left = _left_report()
    for garbage in ("rusak", {"accident": "rusak"}, {"accident": {"state": 3}}, {"accident": {**left.memo[MEMO_PAUSED][
            "accident"], "at": "kemarin"}}):
        conversation, said = _send(left.but(memo={**left.memo, MEMO_PAUSED: garbage}), "lapor kecelakaan")
        assert conversation.state == "accident.who", (garbage, said)


def test_a_new_story_replaces_the_kept_form() -> None:
    """Told again in a message of its own (what most people do), the report is the new one; the old is not
    offered after it."""
    conversation, said = _send(_left_report(), "kaki saya patah jatuh dari tangga di gudang kemarin")
    assert conversation.state == "accident.confirm", said
    conversation, said = _send(conversation, "menu")
    assert MEMO_PAUSED in conversation.memo and conversation.memo[MEMO_PAUSED]["accident"]["draft"]["story"].startswith(
        "kaki saya patah"), conversation.memo


def test_cancel_drops_the_form_and_the_menu_says_nothing_of_it() -> None:
    conversation, said = _send(_left_report(), "4", "1", "batal")
    assert "Dibatalkan" in said and MEMO_PAUSED not in conversation.memo
    conversation, said = _send(conversation, "4")
    assert conversation.state == "accident.who", said


def test_a_form_left_through_the_question_whether_to_switch_is_kept_and_staying_keeps_nothing() -> None:
    """"cek klaim" typed inside a report asks whether to switch: switching left the report behind for good."""
    report, said = _send(ENGINE.new_conversation("console", "u2"), "halo", "4", "1", "1571022205900001", "kemarin",
                         "pagi", "di pasar", "cek klaim")
    assert "isian yang sedang berjalan saya simpan untuk dilanjutkan nanti" in said, said
    stayed, said = _send(report, "Tidak, lanjutkan")
    assert stayed.state == "accident.ask_story" and MEMO_PAUSED not in stayed.memo, said
    switched, said = _send(report, "Ya, pindah")
    assert switched.memo[MEMO_PAUSED]["accident"]["state"] == "accident.ask_story", switched.memo
    assert switched.memo[MEMO_PAUSED]["accident"]["draft"]["place"] == "di pasar"


def test_the_answer_typed_at_the_question_whether_to_continue_continues_the_form_with_it() -> None:
    """The NIK the user went to find, typed at "Lanjutkan dari pertanyaan terakhir?": was a status check of it."""
    offered, said = _send(_left_report(), "4")
    assert offered.state == "resume.ask", said
    conversation, said = _send(offered, "1571022205900001")
    assert conversation.state == "accident.ask_place" and conversation.draft["nik"] == "1571022205900001", said
    assert said.startswith("Baik, kita lanjutkan.") and MEMO_PAUSED not in conversation.memo, said


def test_cancel_at_the_question_whether_to_continue_drops_the_form() -> None:
    offered, _said = _send(_left_report(), "4")
    conversation, said = _send(offered, "batal")
    assert said.startswith("Dibatalkan.") and MEMO_PAUSED not in conversation.memo, said
    conversation, said = _send(conversation, "4")
    assert conversation.state == "accident.who", said


def _idle(conversation: Conversation, at: dt.datetime) -> Conversation:
    return ENGINE.step(conversation, Event(kind=EventKind.TIMER, timer_version=conversation.version), at).conversation


def test_a_report_gone_idle_at_the_question_whether_to_switch_is_the_report_offered_next_time() -> None:
    """The question is an overlay over the report: the form kept is the report, and the next message offers it (it
    named the switch question's own flow, and the next message entered that)."""
    asked, said = _send(ENGINE.new_conversation("console", "u3"), "halo", "4", "1", "1571022205900001", "kemarin",
                        "pagi", "di pasar", "cek klaim")
    assert asked.state == "switch.confirm", said
    expired = _idle(asked, START + dt.timedelta(minutes=31))
    back, said = _send(expired, "halo", at=START + dt.timedelta(minutes=40))
    assert back.state == "resume.ask" and "Jawaban Anda sudah saya simpan" in said, said
    assert "laporan kecelakaan kerja yang belum selesai" in said, said


def test_back_after_the_week_a_form_gone_idle_was_kept_is_not_told_it_is_kept() -> None:
    conversation, said = _send(ENGINE.new_conversation("console", "u4"), "halo", "4", "1", "1571022205900001")
    expired = _idle(conversation, START + dt.timedelta(minutes=31))
    back, said = _send(expired, "halo", at=START + KEPT_FOR + dt.timedelta(days=1))
    assert back.state == "menu.main" and "Jawaban yang belum selesai tidak disimpan" in said, said


def test_a_kept_report_says_by_when_to_report_at_the_branch_only_while_that_is_ahead() -> None:
    """The 2×24 hours run on while a report waits (FACTS.md §6): said with the menu's line and the offer while they
    last, counted in the worker's city's time; not once they are past."""
    left = _left_report()  # "tadi pagi" on 23 November, no NIK yet: counted in the bot's own time
    _offered, said = _send(left, "4", at=START + dt.timedelta(hours=20))
    assert said.startswith("Batas lapor ke kantor cabang: 25 November 2026 sekitar pukul"), said
    late, said = _send(left, "4", at=START + dt.timedelta(days=3))
    assert late.state == "resume.ask" and "Batas lapor" not in said, said


def test_words_or_a_number_the_question_does_not_ask_for_are_not_taken_as_the_kept_forms_answer() -> None:
    """Found with make run: "asdfgh" at the question whether to continue was kept as the accident's place."""
    at_place, said = _send(ENGINE.new_conversation("console", "u5"), "halo", "4", "1", "1571022205900001",
                           "kemarin sore", "menu", "4")
    assert at_place.state == "resume.ask", said
    stayed, said = _send(at_place, "asdfgh")
    assert stayed.state == "resume.ask" and "belum mengerti" in said, said
    continued, said = _send(at_place, "081234567890")  # a number, where a place is asked: the question, unanswered
    assert continued.state == "accident.ask_place" and continued.draft["place"] is None, said


def test_when_a_kept_report_was_left_is_said_in_the_workers_city_time_as_its_deadline() -> None:
    """Found with make run: a Bontang worker's report (WITA) was "terakhir diisi … pukul 01.43" in the bot's WIB, under
    a deadline in WITA."""
    offered, said = _send(ENGINE.new_conversation("console", "u6"), "halo", "4", "2", "6474030611028672", "kemarin",
                          "menu", "4")
    assert offered.state == "resume.ask", said
    assert "terakhir diisi 23 November 2026 pukul 11.00" in said, said


def test_a_death_claim_kept_is_offered_when_chosen_from_the_menu_again() -> None:
    """Found with make run: the menu's "5" starts the claim with its empty draft, which was taken for a new story and
    dropped the kept claim the menu had just promised ("pilih lagi di menu untuk melanjutkan")."""
    left, said = _send(ENGINE.new_conversation("console", "u7"), "halo", "5", "1571111410704449", "kemarin", "1", "anak",
                       "menu")
    assert "Ada klaim santunan kematian yang belum selesai" in said, said
    offered, said = _send(left, "5")
    assert offered.state == "resume.ask" and "klaim santunan kematian yang belum selesai" in said, said
    continued, said = _send(offered, "1")
    assert continued.state == "death.expectation" and continued.draft["relation"] == "child", said


def test_continue_typed_at_the_menu_offers_the_kept_form_the_words_name() -> None:
    """After "Ada … yang belum selesai: pilih lagi di menu", people type "lanjut": it was "not understood", and
    "lanjutkan laporan saya" or "lanjut klaim yang kemarin" listed one's claims (none yet)."""
    report = _left_report()
    for typed in ("lanjut", "mau lanjutin yg tadi", "lanjutkan laporan saya"):
        conversation, said = _send(report, typed)
        assert conversation.state == "resume.ask" and "laporan kecelakaan kerja yang belum selesai" in said, said
    both, _said = _send(report, "5", "1571111410704449", "menu", at=START + dt.timedelta(minutes=5))
    conversation, said = _send(both, "lanjut laporan kecelakaan", at=START + dt.timedelta(minutes=6))
    assert "laporan kecelakaan kerja yang belum selesai" in said, said  # named, though the claim was left last
    conversation, said = _send(both, "lanjut", at=START + dt.timedelta(minutes=6))
    assert "klaim santunan kematian yang belum selesai" in said, said  # not named: the one left last
    conversation, said = _send(ENGINE.new_conversation("console", "u2"), "halo", "lanjut")
    assert conversation.state == "menu.main" and said.startswith("Tidak ada isian yang belum selesai"), said  # nothing
    # kept: said so (was "Maaf, saya belum mengerti")


def test_another_request_at_the_question_whether_to_continue_is_taken_and_the_form_stays_kept() -> None:
    """Tried as a user: "cek status saya" at "Lanjutkan dari pertanyaan terakhir?" was "not understood"."""
    offered, said = _send(_left_report(), "4")
    assert offered.state == "resume.ask", said
    elsewhere, said = _send(offered, "cek status saya")
    assert elsewhere.state == "status.ask_nik", said
    again, said = _send(elsewhere, "menu", "4")
    assert again.state == "resume.ask" and "laporan kecelakaan kerja yang belum selesai" in said, said
    stayed, said = _send(offered, "asdfgh")  # nothing asked: the question stays
    assert stayed.state == "resume.ask" and "belum mengerti" in said, said


@pytest.mark.parametrize("typed", ["2", "Menu utama", "tidak", "nanti aja"])
def test_menu_tapped_or_not_now_said_inside_a_form_keeps_it_as_menu_typed_does(typed: str) -> None:
    """At "Lanjut mencatat klaim …?", tapping "Menu utama" dropped every answer without a word (typing "menu" kept
    them), and "tidak" or "nanti aja" was "not understood"."""
    conversation, said = _send(ENGINE.new_conversation("console", "u1"), "halo", "5", "1571111410704449", "kemarin",
                               "1", "anak")
    assert conversation.state == "death.expectation", said
    conversation, said = _send(conversation, typed)
    assert "Ada klaim santunan kematian yang belum selesai" in said, said
    conversation, said = _send(conversation, "5")
    assert conversation.state == "resume.ask", said


# -- a main menu entry named inside a form or on a page ---------------------------------------------------------

def _at_the_place_question() -> Conversation:
    conversation, said = _send(ENGINE.new_conversation("console", "u1"), "halo", "4", "1", "1571022205900001",
                               "kemarin jam 3 sore")
    assert conversation.state == "accident.ask_place", said
    return conversation


@pytest.mark.parametrize("typed", ["lapor kecelakaan kerja", "Lapor kecelakaan"])
def test_the_forms_own_entry_named_at_a_free_question_is_not_its_answer(typed: str) -> None:
    """"lapor kecelakaan kerja" at "Di mana kecelakaannya terjadi?" was recorded as the place."""
    conversation, said = _send(_at_the_place_question(), typed)
    assert conversation.state == "accident.ask_place", said
    assert said.startswith("Itu yang sedang kita isi sekarang: lanjutkan dengan menjawab pertanyaan ini."), said
    assert conversation.draft.get("place") in (None, ""), conversation.draft


def test_a_person_asked_for_by_the_entrys_name_at_a_free_question_is_asked_about_leaving() -> None:
    """"bicara dengan petugas" at the place question was recorded as the place, and the next question asked."""
    conversation, said = _send(_at_the_place_question(), "bicara dengan petugas")
    assert conversation.state == "switch.confirm", said
    assert "bicara dengan petugas" in said and "saya simpan" in said, said


def test_ones_claims_named_inside_a_report_are_shown_and_the_report_is_kept() -> None:
    conversation, said = _send(_at_the_place_question(), "klaim saya")
    assert conversation.state == "claims.loading", said
    assert "accident" in conversation.memo[MEMO_PAUSED], conversation.memo


@pytest.mark.parametrize(("typed", "state"), [("cek klaim", "claims.loading"), ("status klaim", "claims.loading"),
                                              ("Manfaat JKK & JKM", "benefits.menu"),
                                              ("bicara dengan petugas", "handoff.ask_topic")])
def test_a_main_menu_entry_named_under_a_page_is_that_entry(typed: str, state: str) -> None:
    """Under the death benefit's page "cek klaim" was its option "Klaim santunan" and began a death claim, "Manfaat JKK &
    JKM" was the JKK page."""
    conversation, said = _send(ENGINE.new_conversation("console", "u1"), "halo", "berapa santunan kematian", typed)
    assert conversation.state == state, said
    assert "berduka" not in said, said


def test_an_options_own_name_under_a_page_is_still_that_option() -> None:
    conversation, said = _send(ENGINE.new_conversation("console", "u1"), "halo", "berapa santunan kematian",
                               "klaim santunan")
    assert conversation.state == "death.ask_nik" and said.startswith("Kami turut berduka cita"), said


@pytest.mark.parametrize("typed", ["lanjut", "lanjutkan yang tadi"])
def test_continue_asked_at_the_menu_with_nothing_kept_says_so(typed: str) -> None:
    """With no form kept (gone back past its first question, or never begun), "lanjut" at the menu was "Maaf, saya belum
    mengerti"."""
    conversation, said = _send(ENGINE.new_conversation("console", "u1"), "halo", typed)
    assert conversation.state == "menu.main", said
    assert said.startswith("Tidak ada isian yang belum selesai untuk dilanjutkan."), said
    conversation, said = _send(_left_report(), typed)
    assert "Lanjutkan dari pertanyaan terakhir?" in said, said  # a form kept is offered, as before
