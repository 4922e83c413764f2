"""Free text: the labelled set's accuracy, out-of-scope questions never opening a claim, and the values
people type (dates, amounts, yes/no, relations, NIKs, phones) read the way they meant them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path

import pytest

from conversations.commands import (
    UNSURE_WORDS,
    Command,
    answered_first,
    global_command,
    match_option,
    number_typed,
    options_in_doubt,
)
from conversations.domain.claims import Relation
from conversations.domain.dates import PartOfDay, parse_when
from conversations.domain.money import parse_amount
from conversations.domain.phone import normalise_phone
from conversations.flow import Option
from conversations.flows.common import yes_no
from conversations.flows.death import FLOW as DEATH
from conversations.flows.death import DeathState
from conversations.flows.understanding import TOPICS
from conversations.i18n import LazyText, use_locale
from conversations.model import Conversation, Event, EventKind, IdentityAnswer, IdentityOutcome, Step
from conversations.nlu.cues import CLAIMS, OUT_OF_SCOPE, Intent
from conversations.nlu.entities import (
    find_deceased_relation,
    find_deceased_sex,
    find_injury,
    find_nik,
    find_own_relation,
    find_phone,
    find_when,
    read_count,
    read_nik,
    tells_day,
)
from conversations.nlu.evaluation import evaluate, read_labelled
from conversations.nlu.intents import classify
from conversations.nlu.normalise import normalise, normalise_message, spelled_out
from tests.chat import CATALOGS, START, make_engine

EVAL_SET = read_labelled((Path(__file__).parent / "nlu" / "eval_set.tsv").read_text(encoding="utf-8").splitlines())
NOW = dt.datetime(2026, 11, 23, 10, 0)  # a Monday, 10:00 in Jambi


def test_the_labelled_set_is_large_and_covers_every_intent() -> None:
    assert len(EVAL_SET) >= 300
    assert {intent for intent, _message in EVAL_SET} == set(Intent)


def test_accuracy_on_the_labelled_set_is_at_least_90_percent() -> None:
    report = evaluate(EVAL_SET)
    wrong = "\n".join(f"{e} → {g}: {m}" for e, g, m in report.misses)
    assert report.accuracy >= 0.90, f"accuracy {report.accuracy:.1%}; misclassified:\n{wrong}"


def test_no_out_of_scope_message_is_read_as_a_claim() -> None:
    assert evaluate(EVAL_SET).out_of_scope_claims == []


@pytest.mark.parametrize("message", [m for intent, m in EVAL_SET if intent in OUT_OF_SCOPE])
def test_an_out_of_scope_message_at_the_menu_never_starts_a_claim(message: str) -> None:
    """Through the whole engine: the answer names where to go, and the conversation stays at the menu."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    first = engine.step(conversation, Event(kind=EventKind.TEXT, text="halo"), START)
    step = engine.step(first.conversation, Event(kind=EventKind.TEXT, text=message), START)
    assert step.conversation.state in ("menu.main", "menu.next")  # the answer, then the menu or what comes next
    assert not [e for e in step.effects if type(e).__name__ not in ("SetTimer", "ClearTimer")]
    said = "\n".join(reply.text for reply in step.replies)
    assert any(where in said for where in ("175", "JMO", "BPJS Kesehatan")), said


@pytest.mark.parametrize("message", [m for intent, m in EVAL_SET if intent in OUT_OF_SCOPE])
def test_an_out_of_scope_message_inside_a_claim_keeps_the_question(message: str) -> None:
    engine = make_engine()
    conversation = Conversation(channel="console", user_key="u1", state=DeathState.ASK_NIK, updated_at=START,
                                history=("menu.main",), draft=DEATH.draft_model().model_dump(mode="json"))
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text=message), START)
    assert step.conversation.state == DeathState.ASK_NIK
    # an English message is answered in English
    assert step.replies[-1].text.endswith(("Ketik NIK almarhum/almarhumah (16 angka di KTP atau KK).",
                                           "Type the NIK of the deceased (the 16 digits on the KTP or KK)."))


def test_the_debug_log_explains_the_decision_without_the_message(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="conversations.nlu.intents"):
        found = classify("bapak sy meninggal kmrn, NIK 1571 0210 0375 0005")
    assert found.intent is Intent.DEATH
    logged = caplog.text
    assert "intent=death" in logged and "'meninggal'" in logged and "runner_up=" in logged
    assert "1571" not in logged and "0005" not in logged


# -- how people write ------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "canonical"), [
    ("sy mau cek bpjs tk", "saya mau cek bpjs"),
    ("gmn klaimnya", "bagaimana klaim"),
    ("brp", "berapa"),
    ("kmrn", "kemarin"),
    ("gk ga nggak tdk idak", "tidak tidak tidak tidak tidak"),
    ("cekbpjs", "cek bpjs"),
    ("mauklaim", "mau klaim"),
    ("kecelakan", "kecelakaan"),
    ("klain", "klaim"),
    ("jamsostek", "bpjs"),
    ("ambo nak nanyo cak mano", "saya mau nanyo bagaimana"),
    ("ojol", "ojek"),
    ("tolonggg", "tolong"),
    ("anak2", "anak"),
    ("sy mo tny klo lki sy mgl dpt brp", "saya mau tanya kalau suami saya meninggal dapat berapa"),  # was the hand-off
    ("not sure, can not remember", "tidak yakin bisa tidak ingat"),  # were "sore" and "desember": a time and a month
    ("blm smbuh, dirwt di rmh sakit, byr brks cct prtama", "belum sembuh dirawat di rs bayar berkas cacat pertama"),
    # "smbuh" (sembuh) was "subuh": a time of day
    ("sntnan almrhm bkn srt wrs tbgn rek lg skg bsk trs", ("santunan meninggal bukan surat waris tabungan rekening lagi "
     "sekarang besok terus")),  # SMS spellings no training message holds: the shipped model is unchanged by them
    ("bojoku tilar donyo", "pasangan meninggal"),  # Javanese as typed: a death "not understood"
    ("lakik sayo meninggal", "suami saya meninggal"),  # Jambi Malay: the relation was not read
])
def test_informal_spelling_is_normalised(typed: str, canonical: str) -> None:
    assert normalise(typed).text == canonical


@pytest.mark.parametrize(("message", "intent"), [
    ("bang sy ojol mau cek bpjs sy aktif gk", Intent.STATUS),
    ("istri sy meninggal kmrn gmn klaimnya", Intent.DEATH),
    ("klaim jkm gimana caranya", Intent.DEATH),  # how to claim; was: tracking ("no claims from this account")
    ("klaim jkk gimana caranya", Intent.ACCIDENT),
    ("kalau sy meninggal keluarga dapat apa", Intent.JKM_INFO),
    ("saya jatuh dari motor tadi pagi waktu antar penumpang", Intent.ACCIDENT),
    ("kalau jatuh dari motor waktu kerja ditanggung gk", Intent.JKK_INFO),
    ("suami meninggal, jht nya bisa dicairkan?", Intent.JHT),
    ("my wife passed away on Monday", Intent.DEATH),
    ("how much do I get if I break my leg at work", Intent.JKK_INFO),  # was: unknown ("break" not read)
    ("saya kepeleset waktu angkat galon di warung", Intent.ACCIDENT),  # a slip at work
    ("saya terkilir waktu kerja", Intent.ACCIDENT),  # "terkilir" is "keseleo"
    ("I broke my arm yesterday while delivering food", Intent.ACCIDENT),
    ("nomor klaim JKM-2026-000012 gimana", Intent.TRACK),
])
def test_intents_that_look_alike_are_told_apart(message: str, intent: Intent) -> None:
    assert classify(message).intent is intent


def test_claims_and_out_of_scope_are_disjoint() -> None:
    assert not CLAIMS & OUT_OF_SCOPE


# -- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "date", "part", "hour"), [
    ("kemarin", dt.date(2026, 11, 22), None, None),
    ("tadi pagi", dt.date(2026, 11, 23), PartOfDay.MORNING, None),
    ("minggu lalu", dt.date(2026, 11, 16), None, None),
    # a day of last week named: that day, not a week ago (Monday 23 November: last week ran 16-22)
    ("kamis minggu lalu", dt.date(2026, 11, 19), None, None),
    ("minggu lalu hari kamis", dt.date(2026, 11, 19), None, None),
    ("thursday last week", dt.date(2026, 11, 19), None, None),
    ("2 minggu yg lalu hari selasa", dt.date(2026, 11, 10), None, None),  # was last week's Tuesday
    ("selasa dua minggu lalu", dt.date(2026, 11, 10), None, None),
    ("bulan lalu tgl 5", dt.date(2026, 10, 5), None, None),  # the month said first: was 5 November
    ("meninggal bln lalu tanggal 5", dt.date(2026, 10, 5), None, None),
    ("tgl 5", dt.date(2026, 11, 5), None, None),
    ("5 Mei", dt.date(2026, 5, 5), None, None),
    ("05/05/25", dt.date(2025, 5, 5), None, None),
    ("5-5-2025", dt.date(2025, 5, 5), None, None),
    ("kmrn sore sekitar jam 3", dt.date(2026, 11, 22), PartOfDay.AFTERNOON, 15),
    ("meninggalnya td malam", dt.date(2026, 11, 22), PartOfDay.NIGHT, None),
    ("kejadiannya 5 Mei jam 14.30", dt.date(2026, 5, 5), None, 14),
    ("3 hari yang lalu", dt.date(2026, 11, 20), None, None),
    ("yesterday morning", dt.date(2026, 11, 22), PartOfDay.MORNING, None),
    ("pagi bang, mamak ambo meninggal kemaren", dt.date(2026, 11, 22), None, None),
    ("sy jatuh pagi ini", dt.date(2026, 11, 23), PartOfDay.MORNING, None),
    ("I fell this morning", dt.date(2026, 11, 23), PartOfDay.MORNING, None),
    ("saya kuli panggul jatuh dari truk pagi tadi", dt.date(2026, 11, 23), PartOfDay.MORNING, None),  # was no part
    ("jatuh sore kemarin", dt.date(2026, 11, 22), PartOfDay.AFTERNOON, None),
    ("selamat pagi, tadi saya jatuh", dt.date(2026, 11, 23), None, None),  # a greeting's "pagi"
])
def test_dates_as_people_type_them(typed: str, date: dt.date, part: PartOfDay | None, hour: int | None) -> None:
    when = find_when(typed, NOW)
    assert when is not None and (when.date, when.part, when.hour) == (date, part, hour)


@pytest.mark.parametrize("message", ["woi", "bot", "oi", ".", "...",  # a dot alone, as "P"
                                     "met siang min", "siang min", "met pagi"])  # the scam warning, not understood
def test_a_call_to_get_attention_is_a_greeting(message: str) -> None:
    """"woi", "bot" after "halo" were "Maaf, saya belum mengerti"."""
    state, said = first_reply(message)
    assert state == "menu.main" and "belum mengerti" not in said and "penipuan" not in said, said


@pytest.mark.parametrize(("said_at", "typed", "day"), [
    (dt.datetime(2026, 12, 5, 0, 40), "tadi pagi", dt.date(2026, 12, 4)),  # after midnight: was tomorrow's morning
    (dt.datetime(2026, 12, 5, 3, 10), "tadi sore", dt.date(2026, 12, 4)),
    (dt.datetime(2026, 12, 5, 7, 0), "tadi pagi", dt.date(2026, 12, 5)),
    (dt.datetime(2026, 12, 5, 20, 0), "tadi siang", dt.date(2026, 12, 5)),
])
def test_a_part_of_today_not_begun_yet_is_yesterdays(said_at: dt.datetime, typed: str, day: dt.date) -> None:
    when = parse_when(typed, said_at)
    assert when is not None and when.date == day


@pytest.mark.parametrize(("typed", "day"), [
    ("tgl 3 nov", dt.date(2026, 11, 3)),  # was 3 December, "tgl 3" alone read in this month
    ("tanggal 15 oktober", dt.date(2026, 10, 15)),  # was 15 November
    ("sy kecelakaan tgl. 28 nov pas narik", dt.date(2026, 11, 28)),
    ("tgl 3", dt.date(2026, 12, 3)),
    ("tgl 15 bln 10", dt.date(2026, 10, 15)),  # was 15 November: the month by its number went unread
    ("tanggal 1 bulan 11", dt.date(2026, 11, 1)),  # was 1 December
    ("nov 3", dt.date(2026, 11, 3)),  # the English order: was no date, asked again
    ("november 3rd", dt.date(2026, 11, 3)),
    ("the 3rd of november", dt.date(2026, 11, 3)),
    ("on the 3rd", dt.date(2026, 12, 3)),
])
def test_a_day_and_month_after_tanggal_is_that_month(typed: str, day: dt.date) -> None:
    """On 6 December, "tgl 3 nov" was 3 December and "tanggal 15 oktober" 15 November: the month after "tgl" went
    unread, and a death or an accident was recorded a month late."""
    from conversations.nlu.entities import read_when
    when = read_when(typed, dt.datetime(2026, 12, 6, 10, 0))
    assert when is not None and when.date == day, when


def test_a_death_told_with_tanggal_and_its_month_is_recorded_on_that_day() -> None:
    state, said = first_reply("bapak sy meninggal tanggal 15 oktober")
    assert state == "death.confirm" and "Tanggal meninggal: 15 Oktober 2026" in said, said  # was 15 November


def test_a_nik_is_not_read_as_a_date() -> None:
    assert find_when("NIK 1571 0210 0375 0005", NOW) is None


@pytest.mark.parametrize("greeting", ["pagi bang, sy mau lapor kecelakaan", "selamat malam, suami sy meninggal"])
def test_a_greeting_is_not_a_time(greeting: str) -> None:
    assert find_when(greeting, NOW) is None


@pytest.mark.parametrize(("typed", "amount"), [
    ("1 jt", 1_000_000), ("1,5 juta", 1_500_000), ("satu juta", 1_000_000), ("1.000.000", 1_000_000),
    ("Rp 2jt", 2_000_000), ("satu setengah juta", 1_500_000), ("dua ratus lima puluh ribu", 250_000),
    ("sejuta", 1_000_000), ("Rp 1.500.000,-", 1_500_000), ("one million", 1_000_000),
    ("sejutaan lah", 1_000_000), ("2 juta aja deh", 2_000_000),  # a particle after it: was "write it as a number"
])
def test_amounts_as_people_type_them(typed: str, amount: int) -> None:
    assert parse_amount(typed) == amount


@pytest.mark.parametrize("typed", ["m", "juta juta", "banyak", "1,5"])
def test_what_is_not_an_amount_is_refused(typed: str) -> None:
    assert parse_amount(typed) is None


YES, NO = yes_no(lambda ctx: None, lambda ctx: None)  # type: ignore[arg-type,return-value]


@pytest.mark.parametrize("typed", ["iya", "ya", "y", "yoi", "betul", "benar", "ok", "sip", "iya pak", "ya bener",
                                   "Ya!", "nggih"])
def test_yes(typed: str) -> None:
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is YES


@pytest.mark.parametrize("typed", ["gak", "ga", "nggak", "tidak", "tdk", "ndak", "bukan", "idak", "gak kok",
                                   "tidak pak"])
def test_no(typed: str) -> None:
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is NO


@pytest.mark.parametrize(("typed", "chosen"), [
    ("tidak, saya terpeleset di lantai basah waktu angkat karung beras di gudang", NO),
    ("Iya. Saya ditabrak mobil dari belakang waktu pulang kerja lewat jalan raya", YES),
    ("bukan, jatuh dari tangga waktu ngecat dinding rumah orang yang pesan jasa saya", NO),
])
def test_an_answer_set_apart_before_what_it_tells(typed: str, chosen: Option) -> None:
    """Longer than a short answer, it was "not understood" though it opens with the answer (where the step keeps
    what follows: Step.told)."""
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is None
    assert answered_first(typed, (YES, NO), ("Ya", "Tidak")) is chosen


@pytest.mark.parametrize("typed", [
    "ya tapi jamnya salah harusnya jam 3",  # was saved as a yes at a report's summary
    "iya tp tempatnya salah", "betul, tapi tanggalnya salah, harusnya tanggal 3 kemarin", "iya jamnya keliru",
    "tidak, eh iya, saya jatuh dari motor waktu antar paket ke pelanggan",  # both
    "tidak, saya gak tau itu di jalan atau bukan soalnya di parkiran pasar",  # a hedge
])
def test_a_yes_with_a_but_or_both_answers_is_neither(typed: str) -> None:
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is None
    assert answered_first(typed, (YES, NO), ("Ya", "Tidak")) is None


SAVE = Option("confirm", "Ya, simpan laporan", aliases=("ya", "iya", "benar", "betul", "ok", "simpan"), alone=True)


@pytest.mark.parametrize(("typed", "chosen"), [
    ("iya betul pak", SAVE), ("ok simpan sekarang", SAVE), ("ya benar semua", SAVE),
    ("udah betul kok", SAVE),  # "kok" there is no "why": was not understood at a proposal's "Kirim usulan ini?"
    ("oh iya tangannya juga keseleo", None), ("iya jam 3 sore", None),  # more than the yes: the step reads it
])
def test_an_alone_option_takes_courtesy_around_it_and_nothing_more(typed: str, chosen: Option | None) -> None:
    """A report's "Ya, simpan laporan" is picked only by its own words: "oh iya tangannya juga keseleo" saved the
    report without the injury it added."""
    assert match_option(typed, (SAVE, NO), ("Ya, simpan laporan", "Tidak")) is chosen


@pytest.mark.parametrize(("typed", "chosen"), [("tidak, cuma tanya", NO), ("iya cuma itu aja", YES)])
def test_only_is_no_but(typed: str, chosen: Option) -> None:
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is chosen


@pytest.mark.parametrize(("typed", "chosen"), [("iyaa", YES), ("yaaa", YES), ("okee", YES), ("iyaa pak", YES),
                                               ("okee deh", YES), ("tidakk", NO), ("gaa", NO), ("bukann pak", NO)])
def test_a_letter_held_down_still_answers(typed: str, chosen: Option) -> None:
    """"iyaa", "okee" at a yes or no question were "Maaf, saya belum mengerti"."""
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is chosen


@pytest.mark.parametrize("typed", ["btl", "btal", "bata", "batl aja"])
def test_batal_typed_in_a_hurry_cancels(typed: str) -> None:
    """Were "Maaf, saya belum mengerti" and the question again."""
    assert global_command(typed) is Command.CANCEL
    assert _replies("halo", "4", typed)[2].startswith("Dibatalkan.")


@pytest.mark.parametrize(("typed", "command"), [("batall", Command.CANCEL), ("gaa jadi", Command.CANCEL),
                                                ("menuu", Command.MENU)])
def test_a_command_with_a_letter_held_down_is_that_command(typed: str, command: Command) -> None:
    assert global_command(typed) is command


@pytest.mark.parametrize("typed", ["gak tau", "ya atau tidak ya", "mungkin"])
def test_a_hedge_is_neither_yes_nor_no(typed: str) -> None:
    assert match_option(typed, (YES, NO), ("Ya", "Tidak")) is None


@pytest.mark.parametrize("typed", ["gak tau", "gk tau", "idak tau", "ga tau pak", "tidak tahu", "gatau", "entah",
                                   "belum tau bu", "don't know"])
def test_a_hedge_picks_the_dont_know_choice_where_there_is_one(typed: str) -> None:
    unknown = Option("unknown", "Tidak tahu", aliases=UNSURE_WORDS)
    assert match_option(typed, (YES, NO, unknown), ("Ya", "Tidak", "Tidak tahu")) is unknown


@pytest.mark.parametrize(("message", "relation"), [
    ("istri sy meninggal", Relation.SPOUSE), ("suami saya wafat", Relation.SPOUSE),
    ("bapak saya meninggal", Relation.CHILD), ("mamak ambo meninggal", Relation.CHILD),
    ("ayah meninggal", Relation.CHILD), ("anak saya meninggal", Relation.PARENT),
    ("kakak sy meninggal", Relation.SIBLING), ("nenek meninggal", Relation.GRANDCHILD),
    ("sodara saya meninggal kemarin", Relation.SIBLING),  # "sodara" was an unknown word: no relation, no condolence
    ("tetangga meninggal", Relation.OTHER), ("my husband died", Relation.SPOUSE),
    ("meninggal kemarin", None),
    # The writer's own tie said first: "saya cucu, nenek meninggal" was a grandparent's claim.
    ("saya cucu, nenek meninggal, kakek sudah meninggal duluan", Relation.GRANDCHILD),
    ("saya ibu, anak meninggal tenggelam pas kerja", Relation.PARENT),
])
def test_who_died_gives_the_senders_relation(message: str, relation: Relation | None) -> None:
    assert find_deceased_relation(normalise(message)) is relation


@pytest.mark.parametrize(("message", "sex"), [
    ("istri saya meninggal", "P"), ("suami sy wafat", "L"), ("bapak saya meninggal", "L"), ("my wife died", "P"),
    # The sender's own word for themself: a spouse's says the other sex ("saya istrinya" made the deceased a woman),
    # a child's nothing.
    ("saya istrinya", "L"), ("saya istri almarhum", "L"), ("i am his wife", "L"), ("saya suaminya", "P"),
    ("saya anaknya", None), ("saya anaknya, ibu meninggal kemarin", "P"),
    # The deceased named, then their spouse: "kakak ipar sy meninggal, istrinya minta tolong urus" made him a woman, and
    # his NIK was doubted; a spouse named first is the one who died.
    ("kakak ipar sy meninggal, istrinya minta tolong urus", "L"), ("adik sy meninggal, suaminya yg minta urus", "P"),
    ("istri sy meninggal, anaknya 2", "P"),
])
def test_who_died_gives_the_deceaseds_sex(message: str, sex: str | None) -> None:
    assert find_deceased_sex(normalise(message)) == sex


@pytest.mark.parametrize("typed", ["1571021003750005", "1571 0210 0375 0005", "1571.0210.0375.0005",
                                   "nik nya 1571-0210-0375-0005 ya", "NIK: 1571 021003 750005"])
def test_niks_with_spaces_dots_and_words(typed: str) -> None:
    parsed = read_nik(typed)
    assert getattr(parsed, "value", None) == "1571021003750005"


def test_two_niks_in_one_message_are_not_guessed() -> None:
    assert find_nik("1571021003750005 atau 1571022205900001") is None


@pytest.mark.parametrize("typed", ["081234567890", "0812-3456-7890", "+62 812 3456 7890", "6281234567890",
                                   "812 3456 7890"])
def test_phones_in_every_local_form(typed: str) -> None:
    assert normalise_phone(typed) == "6281234567890"


def test_a_phone_inside_a_sentence() -> None:
    assert find_phone("hp nya 0812 3456 7890 ya") == "6281234567890"


def test_an_accident_story_keeps_no_nik() -> None:
    """Through the engine: the prefilled story is the words, the NIK goes to its own field."""
    engine = make_engine()
    conversation = dataclasses.replace(engine.new_conversation("console", "u2"), updated_at=START)
    step = engine.step(conversation, Event(
        kind=EventKind.TEXT, text="sy jatuh dari motor tadi pagi pas narik, nik 1571 0222 0590 0001"), START)
    assert step.conversation.state == "accident.confirm"
    assert step.conversation.draft["nik"] == "1571022205900001"
    assert "1571" not in step.conversation.draft["story"] and "jatuh dari motor" in step.conversation.draft["story"]


@pytest.mark.parametrize("message", ["nik ku 6474030611028672", "NIK: 6474030611028672", "cek 6474030611028672",
                                     "6474030611028672 57246561833"])
def test_a_nik_with_a_word_or_its_kpj_starts_the_status_check(message: str) -> None:
    """Was "Maaf, saya belum mengerti": only a NIK alone, or with words the model reads as the status check ("nik
    saya …"), was checked."""
    state, _said = first_reply(message)
    assert state == "status.checking"


def _said_at_the_proof_on_telegram(text: str, channel: str = "telegram") -> str:
    engine = make_engine()
    conversation = engine.new_conversation(channel, "t1")
    for typed in ("halo", "1", "1571022205900001"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=typed), START).conversation
    if conversation.state == "status.checking":  # the account check: nothing proves it on a fresh account
        conversation = engine.step(conversation, Event(kind=EventKind.RESULT, result=IdentityAnswer(
            outcome=IdentityOutcome.NEEDS_PROOF)), START).conversation
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert step.conversation.state == "status.ask_proof"
    return step.replies[0].text


def test_a_phone_typed_as_proof_on_telegram_points_to_the_share_button() -> None:
    said = _said_at_the_proof_on_telegram("ini no hp saya 0812 3456 7890")
    assert "Kirim nomor HP saya" in said and "siapa pun bisa mengetiknya" in said


@pytest.mark.parametrize("message", ["pake wa bisa ga", "bisa pakai telepon?"])
def test_the_phone_asked_as_proof_on_telegram_points_to_the_share_button(message: str) -> None:
    """Was "Pilih salah satu cara di bawah" ("nomor hp aja bisa?" names the button, and is taken as it)."""
    said = _said_at_the_proof_on_telegram(message)
    assert said.startswith("Bisa, jika nomor itu yang terdaftar") and "Kirim nomor HP saya" in said


def test_a_bank_book_in_the_deceaseds_name_is_told_the_heirs_is_paid() -> None:
    """"buku tabungan atas nama almarhum boleh?" was not understood (at a claim's checklist too, tried in a chat)."""
    said = first_reply("buku tabungan atas nama almarhum boleh?")[1]
    assert said.startswith("Santunan dibayar ke rekening peserta sendiri, atau rekening ahli waris untuk santunan "
                           "kematian"), said


def test_a_place_and_an_injury_typed_at_the_day_question_are_kept() -> None:
    """"di jl gatot subroto" and "tangan kiri retak" at "Kapan kecelakaannya terjadi?" (answered ahead) were each
    "Tanggalnya belum bisa saya baca", and forgotten: kept, and the day asked again; neither is asked later."""
    said = _replies("halo", "4", "1", "1571022205900001", "di jl gatot subroto", "tangan kiri retak", "kemarin sore",
                    "jatuh dari motor pas narik", "3")
    assert said[4].startswith("Tempatnya saya catat: jl gatot subroto.\n") and "Kapan kecelakaan" in said[4], said[4]
    assert said[5].startswith("Cederanya saya catat: tangan kiri retak.\n"), said[5]
    assert "Di mana kecelakaannya" not in said[6] and "Apa cederanya" not in "".join(said[6:]), said[6:]
    assert "Tempat: jl gatot subroto\n" in said[-1] and "Cedera: tangan kiri retak\n" in said[-1], said[-1]


@pytest.mark.parametrize("story", ["sy ketabrak motor pas nganter makanan tdi siang", "sy jatuh dr motor kmren sore"])
def test_a_day_typed_short_in_the_story_is_not_asked_again(story: str) -> None:
    """"tdi siang", "kmren sore" in the story were not read: "Kapan kecelakaannya terjadi?" came after the NIK."""
    said = _replies("halo", story, "ya", "1571022205900001")[-1]
    assert "Kapan kecelakaannya" not in said and said.endswith("Di mana kecelakaannya terjadi? (nama jalan, tempat "
                                                               "kerja, atau kelurahan)"), said
    assert "Di mana kecelakaannya" in _replies("halo", "4", "1", "1571022205900001", "tdi pagi")[-1]


@pytest.mark.parametrize("message", ["nomor hp lama udah mati", "no wa sy udah hangus",
                                     "nomor hp sy ganti, gmn dpt kode nya"])  # picked the code (its "kode")
def test_a_registered_number_gone_dead_is_not_offered_the_code(message: str) -> None:
    """At the proof question, "nomor hp lama udah mati" was offered the code ("Bisa lewat kode …"), which goes to that
    very number: the number is changed at the branch, and the KPJ opens the record meanwhile."""
    for channel in ("telegram", "whatsapp"):
        said = _said_at_the_proof_on_telegram(message, channel)
        assert said.startswith("Nomor HP yang terdaftar diubah di kantor cabang") and "kode" not in said, said


def test_a_changed_number_asked_how_to_get_the_code_is_told_how_it_is_changed() -> None:
    """"nomor hp sy ganti, gmn dpt kode nya" at the menu was told why reminders are sent ("nomor", "dapat", "saya")."""
    _state, said = first_reply("nomor hp sy ganti, gmn dpt kode nya")
    assert said.startswith("Nomor HP yang terdaftar diubah di kantor cabang"), said
    assert first_reply("nomor hp di jmo ganti, kode nya gmn")[1].startswith("Saya tidak bisa membuka atau memperbaiki "
                                                                           "akun aplikasi JMO")


@pytest.mark.parametrize("path", [("lg ngojek kena begal, tangan disabet", "ya", "1571107009621"),
                                  ("bapak sy meninggal kemarin", "1571 0210 0375 000")])
def test_a_nik_mistyped_at_a_claims_summary_is_told_what_is_wrong(path: tuple[str, ...]) -> None:
    """Found in make run: was "Jawab dulu: apakah catatan di atas benar?", the number not mentioned."""
    said = _replies("halo", *path)[-1]
    assert said.startswith("NIK harus 16 angka; yang Anda kirim"), said
    assert said.endswith("Benar? Yang belum ada akan saya tanyakan."), said


@pytest.mark.parametrize(("path", "noted"), [
    (("bapak sy meninggal kemarin, sy anaknya", "1571111410704448", "1571021003750005"),
     "• NIK almarhum/almarhumah: 1571021003750005"),
    (("sy jatuh dr motor pas antar penumpang tdi pagi, kaki lecet, 1571022205900002", "1571022205900001"),
     "• NIK pekerja: 1571022205900001"),
])
def test_another_nik_typed_at_a_claims_summary_replaces_the_one_noted(path: tuple[str, ...], noted: str) -> None:
    """Found in make run: was "NIK itu berbeda dari yang sudah dicatat. Jika yang tadi salah, ketik "nik salah"", and
    "nik salah" there was "Jawab dulu: apakah catatan di atas benar?", so "ya" went on with the wrong NIK. Nothing at a
    summary is confirmed yet: the NIK typed is taken in, as a day is."""
    said = _replies("halo", *path)[-1]
    assert said.startswith("Baik, saya catat.") and noted in said, said


def test_another_nik_typed_at_a_reports_last_summary_replaces_the_one_noted() -> None:
    """The same at "Simpan laporan ini …?", where "nik salah" was "Maaf, saya belum mengerti"."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "sy jatuh dr motor pas antar penumpang tdi pagi, kaki lecet, 1571022205900002", "ya",
                 "jl. gatot subroto", "blm berobat", "1571022205900001"):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    assert step.replies[0].text.startswith("Baik, saya catat."), step.replies[0].text
    assert conversation.state == "accident.summary" and conversation.draft["nik"] == "1571022205900001"


@pytest.mark.parametrize("message", ["udah 3x salah kode", "kodenya salah terus"])
def test_the_proof_code_told_refused_is_told_what_to_do(message: str) -> None:
    """"udah 3x salah kode" listed one's claims, "kodenya salah terus" was not understood."""
    _state, said = first_reply(message)
    assert said.startswith("Kode berlaku 10 menit: jika ditolak") and "Setelah 5 kali tidak cocok" in said, said


@pytest.mark.parametrize("message", ["bisa cek nik orang lain?", "bisa cek punya orang lain ga"])
def test_whether_someone_elses_record_can_be_checked_starts_their_check(message: str) -> None:
    """Were the JHT answer and the help page, the model's guesses: their NIK, then their proof as for anyone."""
    assert first_reply(message) == ("status.ask_nik", "Ketik NIK yang ingin dicek (16 angka di KTP atau KK).")


@pytest.mark.parametrize(("typed", "lands"), [("nomor 1", "status.ask_nik"), ("angka 1", "status.ask_nik"),
                                             ("pilih 3", "calc.ask_case"), ("yg 2", "benefits.menu"),
                                             # a common spelling, "the fifth", a number word after the word for one
                                             ("nomer 5", "death.ask_nik"), ("yg ke 5", "death.ask_nik"),
                                             ("nomor satu", "status.ask_nik"), ("pilih yang pertama", "status.ask_nik"),
                                             ("yang kelima", "death.ask_nik"),
                                             # a courtesy after it: was not understood
                                             ("5 ya", "death.ask_nik"), ("2 aja kak", "benefits.menu")])
def test_an_option_number_after_the_word_for_it_is_that_option(typed: str, lands: str) -> None:
    """Was "Maaf, saya belum mengerti": the bot asks "Ketik angka pilihan Anda", and people type "angka 1"."""
    state, _said = first_reply(typed)
    assert state == lands


def test_a_number_word_is_no_option() -> None:
    """"dua" at "Apakah ada anak?" would be the option "Tidak": number words are not read as options."""
    assert number_typed("dua") is None and number_typed("nomor 2") == 2 and number_typed("nomor dua") == 2


def test_a_mistyped_nik_with_a_word_is_told_what_is_wrong() -> None:
    state, said = first_reply("nik 6474033311028672")
    assert state == "status.ask_nik" and "tanggal lahir" in said


def test_a_death_in_childbirth_is_told_with_its_cause() -> None:
    """Was the BPJS Kesehatan answer; a birth is no work accident, so the claim is JKM's."""
    state, said = first_reply("istri saya meninggal tadi malam karena melahirkan")
    assert state == "death.confirm" and "Penyebab: sakit atau sebab biasa" in said


@pytest.mark.parametrize(("message", "work"), [
    # On the way to work, while working, while driving: the cause was asked again later, though told.
    ("bapak saya meninggal kecelakaan motor waktu berangkat kerja", True),
    ("suami saya meninggal kecelakaan di jalan pulang kerja", True),
    ("suami saya meninggal kecelakaan waktu narik", True),
    ("abang saya meninggal kecelakaan di tol pas antar barang", True),  # was asked again
    ("bapak jatuh dari atap waktu kerja, meninggal di tempat", True),
    ("anak saya kurir, meninggal ditabrak truk pas antar paket", True),
    ("istri saya tersengat listrik waktu kerja di pabrik, tidak tertolong", True),  # "tertolong": was the help page
    ("bapak saya meninggal kecelakaan di jalan pas antar anak sekolah", False),  # no work said: asked
    ("my father died in a motorcycle accident while working", True),
    ("bapak saya meninggal kecelakaan ojek", False),  # a passenger's too: asked
    ("ayah saya meninggal bukan kecelakaan pulang kerja", False),
    ("anak saya meninggal kecelakaan motor waktu kerja", True),  # a word between: was asked again
    ("bapak meninggal kecelakaan truk pas lagi kerja di proyek", True),
    ("suami saya meninggal, kecelakaan tapi bukan waktu kerja", False),
    ("suami saya kemarin meninggal ditabrak truk pas lagi narik, saya harus ngapain", True),  # "narik" reads "ojek"
    ("bapak meninggal ditabrak truk pas naik ojek", False),  # a passenger: asked
    ("suami saya kemarin meninggal dibegal pas narik", True),  # as at the cause question: was asked again
    ("suami sy meninggal kena longsor pas kerja", True),  # a landslide: the cause was not noted
    ("suami sy tertimbun tanah pas kerja gali sumur, meninggal", True),
    ("rumah kena longsor, suami meninggal", False),  # no work said: asked
    ("bapak sy meninggal pas narik ojek, jatuh sendiri", True),  # the work told before the harm: was not noted
    ("suami meninggal waktu kerja di bangunan, jatuh dari lantai 3", True),
    ("pas antar paket suami sy ditabrak truk, meninggal di tempat", True),
    ("suami sy jatuh pingsan waktu kerja terus meninggal", False),  # fainting: was noted as a work accident
    ("bapak sy jatuh sakit pas kerja lalu meninggal", False),  # falling ill
    ("waktu kerja suami sy tiba2 jatuh sakit, terus meninggal di rs", False),
    ("wong tuo aku tewas ditabrak truk pas balek kerjo", True),  # "balek" (Malay): home from work; no cause was noted
    # in English, "at work": no cause was noted
    ("my husband died at work yesterday, fell from scaffolding", True),
    ("my father fell from a building at work and died", True),
    ("my husband had a heart attack at work and died", False),  # an illness at work: asked
])
def test_a_death_at_work_told_in_other_words_is_its_cause(message: str, work: bool) -> None:
    state, said = first_reply(message)
    assert state == "death.confirm" and ("Penyebab: kecelakaan kerja" in said) is work, said


@pytest.mark.parametrize("message", ["ada denda ga kalo telat lapor kecelakaan",
                                     "kalau telat lapor kecelakaan kerja, masih bisa klaim?",
                                     "kalo telat lapor kecelakaan, hangus ga?"])
def test_a_late_report_asked_in_general_is_told_the_rule(message: str) -> None:
    """Were the JKK page, which says only "report within 2×24 hours" (FACTS.md §6: a late report does not by itself
    void the right; the JKK claim lapses after 5 years)."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith(
        "Kecelakaan kerja dilaporkan dalam 2×24 jam. Laporan yang terlambat tidak dengan sendirinya menghapus hak Anda"), said


def test_a_late_report_asked_without_an_accident_told_is_answered_before_a_report() -> None:
    """"telat lapor kecelakaan gmn" began an accident report whose story was the question ("Kejadian: telat lapor
    kecelakaan gmn"): the rule first, then whether to report now; a report begun then has no story yet. An accident
    told with it is its report, the question not its story."""
    said = _replies("halo", "telat lapor kecelakaan gmn", "ya")
    assert said[1].startswith("Kecelakaan kerja dilaporkan dalam 2×24 jam.") and said[1].endswith(
        "Apakah Anda ingin melapor kecelakaan kerja sekarang?"), said[1]
    assert "Kejadian:" not in said[2] and said[2].endswith("Siapa yang mengalami kecelakaan?"), said[2]
    state, said_once = first_reply("sy jatuh dari motor pas antar paket kemarin, tapi telat lapor gmn")
    assert state == "accident.confirm" and "• Kejadian: sy jatuh dari motor pas antar paket kemarin\n" in said_once


@pytest.mark.parametrize(("texts", "start"), [
    (("halo", "1", "syarat klaim kematian apa aja"), "Dokumen klaim santunan kematian (JKM) oleh ahli waris:"),
    (("halo", "1", "dokumen apa aja buat klaim kecelakaan"), "Dokumen klaim kecelakaan kerja (JKK):"),
    (("hello", "1", "what documents do i need to claim for an accident"), "Documents for a work accident (JKK) claim:"),
])
def test_a_claims_papers_asked_inside_another_form_are_listed_and_the_question_kept(texts: tuple[str, ...],
                                                                                    start: str) -> None:
    """At the status check's NIK question these were "Yang saya perlukan di sini adalah NIK" (the form's own refusal)."""
    said = _replies(*texts)[-1]
    assert said.startswith(start) and said.endswith(("Ketik NIK Anda (16 angka di KTP atau KK).",
                                                     "Type your NIK (the 16 digits on your KTP or KK).")), said


@pytest.mark.parametrize(("asked", "start"), [
    ("ini gratis kan?", "Gratis. Kawan Kerja tidak memungut biaya apa pun"),
    ("kpj itu apa", "Nomor KPJ adalah nomor kepesertaan BPJS Ketenagakerjaan Anda"),
    ("kok nanya nik", "NIK dipakai untuk mencari data kepesertaan Anda"),
    ("buat apa nik sy", "NIK dipakai untuk mencari data kepesertaan Anda"),
    ("lupa nik", "NIK tertulis di e-KTP dan di Kartu Keluarga (KK)."),
])
def test_a_question_before_the_nik_is_typed_is_answered_and_the_question_kept(asked: str, start: str) -> None:
    """At the status check's NIK question these were all "Yang saya perlukan di sini adalah NIK" (the form's refusal),
    though the menu answers each."""
    said = _replies("halo", "1", asked)[-1]
    assert said.startswith(start) and said.endswith("Ketik NIK Anda (16 angka di KTP atau KK)."), said


def test_why_the_nik_asked_in_a_claim_is_told_whose_it_is() -> None:
    """"kok nanya nik" at a death claim's NIK question got the status check's reason ("to find your membership data, not
    shown without proof that it is yours"): there the NIK is the deceased's, for the claim."""
    said = _replies("halo", "bapak sy meninggal kemarin", "ya", "kok nanya nik")[-1]
    assert said.startswith("NIK almarhum dipakai untuk mencatat klaim") and said.endswith(
        "Ketik NIK almarhum (16 angka di KTP atau KK)."), said


@pytest.mark.parametrize("message", ["lakiku jatuh dari pohon sawit pas manen, kakinyo patah",
                                     "suami sy jatuh pas nyadap karet"])
def test_a_fall_while_harvesting_or_tapping_is_a_work_accident(message: str) -> None:
    """Was asked whether it happened at work ("Laporan kecelakaan kerja (JKK) untuk kecelakaan saat bekerja …")."""
    assert first_reply(message)[0] == "accident.confirm"


@pytest.mark.parametrize("message", ["sy kerja serabutan, kadang kuli kadang ojek, bisa ikut?",
                                     "sy punya 2 kerjaan, ojek sama jualan", "sy punya dua pekerjaan, ojek dan kuli"])
def test_a_worker_asking_to_join_is_not_asked_to_report_an_accident(message: str) -> None:
    """"sy kerja serabutan, kadang kuli kadang ojek, bisa ikut?" was "Apakah Anda ingin melapor kecelakaan kerja
    sekarang?": the work named outweighed the joining asked. "sy punya 2 kerjaan, ojek sama jualan" began an accident's
    report ("jualan" reads "jalan"), with no accident told."""
    state, said = first_reply(message)
    assert state == "menu.next" and "usulan ketua RT" in said, (state, said)


@pytest.mark.parametrize("message", ["dipatuk ular pas di kebun karet", "kena tawon pas manen sawit, bengkak"])
def test_an_animals_bite_or_sting_at_work_is_a_work_accident(message: str) -> None:
    """A farmer's snake bite or wasp sting in the plantation was "Maaf, saya belum mengerti"."""
    assert first_reply(message)[0] == "accident.confirm"


@pytest.mark.parametrize("message", ["td sy kesetrum pas benerin listrik di rumah pelanggan", "jatuh pas ambil orderan",
                                     "kena pisau pas masak pesanan konsumen"])
def test_an_accident_while_serving_a_customer_is_a_work_accident(message: str) -> None:
    """"… di rumah pelanggan" was asked whether it happened at work: the one worked for ties it to work."""
    assert first_reply(message)[0] == "accident.confirm"


@pytest.mark.parametrize(("said", "answer"), [
    ("ktp sy hilang, nik nya ga hafal", ("NIK juga tertulis di Kartu Keluarga (KK): ketik NIK-nya dari sana. Jika belum "
                                         "ada di tangan, ketik \"menu\": yang sudah Anda isi saya simpan 7 hari")),
    ("ktp sama kk sy hilang", ("Tanpa KTP dan KK, kelurahan atau Disdukcapil bisa membantu mencari NIK-nya. Jika belum ada "
                               "di tangan, ketik \"menu\"")),
    ("ktp ilang tp kk ada", "NIK juga tertulis di Kartu Keluarga (KK): ketik NIK-nya dari sana."),
])
def test_papers_not_at_hand_at_an_accidents_nik_question_tell_where_the_nik_is(said: str, answer: str) -> None:
    """"ktp sy hilang, nik nya ga hafal" at the NIK question was told that the claim "can be recorded without that
    paper" (not without a NIK) and where a new e-KTP is made; "ktp ilang tp kk ada" the same, the KK at hand unread;
    both papers lost, where each is replaced."""
    replies = _replies("lapor kecelakaan", "sy sendiri", said)[2]
    assert replies.startswith(answer) and "Klaimnya tetap bisa dicatat" not in replies, replies
    assert replies.endswith("Ketik NIK Anda (16 angka di KTP atau KK)."), replies


@pytest.mark.parametrize(("message", "state", "start"), [
    ("kok lama bgt", "menu.next", "Maaf membuat Anda menunggu."),  # was not understood
    ("kok lama sih balesnya", "menu.next", "Maaf membuat Anda menunggu."),  # was the JKM page
    ("lama bgt prosesnya", "claims.loading", ""),  # was not understood: one's claims, whose list says where each is
    ("lama ga proses klaim jkm?", "menu.next", "Menurut aturan, santunan kematian (JKM) dibayar 3 hari kerja"),  # asked
])
def test_slowness_complained_of_is_apologised_for_or_the_claims_shown(message: str, state: str, start: str) -> None:
    reached, said = first_reply(message)
    assert reached == state and said.startswith(start), said


def test_a_claim_for_someone_missing_asked_as_a_rule_is_answered_not_ones_claims() -> None:
    """"sy nelayan, kalo hilang di laut gmn klaimnya" (I am a fisherman; if lost at sea, how is it claimed?) was the list
    of one's claims (an own claim's word and "saya"). FACTS.md has no rule for the missing: the branch decides."""
    state, said = first_reply("sy nelayan, kalo hilang di laut gmn klaimnya")
    assert state == "menu.next" and said.startswith("Jika peserta hilang saat bekerja, termasuk saat melaut"), said
    assert first_reply("misal nelayan hilang di laut, keluarganya dapat apa?")[0] == "benefits.jkk"  # what it brings
    # the writer lost with the boat, supposed: was told boats are not replaced (the boat named first)
    assert first_reply("sy nelayan, kalau perahu sy tenggelam dan sy hilang di laut keluarga dpt apa")[0] == "benefits.jkk"
    assert first_reply("kalau perahu sy tenggelam dan sy hilang di laut gmn klaimnya")[1].startswith(
        "Jika peserta hilang saat bekerja, termasuk saat melaut")
    assert "bukan kendaraan atau barang" in first_reply("kalo perahu sy hilang di laut diganti ga")[1]  # the boat only


def test_falling_ill_is_an_illness_not_a_fall() -> None:
    """"jatuh sakit" is falling ill: "bapak jatuh sakit, bpjs tk nanggung ga" began an accident report ("Kejadian: bapak
    jatuh sakit, …") where an illness is BPJS Kesehatan's, and a death after it had no cause noted."""
    state, said = first_reply("bapak jatuh sakit, bpjs tk nanggung ga")
    assert state == "menu.next" and said.startswith("Itu urusan BPJS Kesehatan (JKN/KIS)"), said
    state, said = first_reply("bapak sy jatuh sakit pas kerja lalu meninggal")
    assert state == "death.confirm" and "Penyebab: sakit atau sebab biasa" in said, said


@pytest.mark.parametrize(("message", "state"), [
    ("ibu saya meninggal tapi bpjs nya nunggak", "death.confirm"),
    ("suami meninggal, iurannya belum dibayar 5 bulan", "death.confirm"),
    ("bapak meninggal kemarin tapi bpjsnya sudah tidak aktif", "death.confirm"),
    ("almarhum nunggak iuran, masih bisa klaim?", "switch.ask_claim"),  # was told there is no deadline
    ("suami meninggal, iurannya telat bayar 2 bulan, bisa klaim?", "switch.ask_claim"),  # paid late: was "Bisa, jika"
    ("my husband passed away, can i claim even if contributions were late", "switch.ask_claim"),
])
def test_a_death_told_with_unpaid_contributions_is_told_the_claim_is_still_recorded(message: str, state: str) -> None:
    """The claim began without a word of the arrears the heir worried about (FACTS.md §2)."""
    reached, said = first_reply(message)
    assert reached == state and "tidak menghalangi klaim dicatat" in said and "tidak punya batas waktu" not in said, said


@pytest.mark.parametrize("message", ["suami saya meninggal 2 tahun lalu, masih bisa klaim?",
                                     "suami meninggal 2 thn lalu, msh bisa klaim?"])  # "msh": was "Bisa, jika …"
def test_a_death_long_past_asked_about_is_still_told_there_is_no_deadline(message: str) -> None:
    reached, said = first_reply(message)
    assert reached == "switch.ask_claim" and "tidak punya batas waktu" in said and "menunggak" not in said, said


@pytest.mark.parametrize(("message", "traffic"), [
    ("saya jatuh dari motor tadi pagi waktu antar penumpang", True),
    ("jatuh pas antar penumpang tadi pagi", True),  # a fall while carrying a passenger: off the motorbike
    ("kecelakaan pas antar paket kemarin", True),
    # Was "Kecelakaan lalu lintas: ya", and the police report on the checklist: "jualan" was read "jalan", and
    # work done on the road counted as the road whatever happened during it. Now asked.
    ("tangan kena pisau pas masak jualan", False),
    ("digigit anjing pas antar paket", False),
    ("kena begal pas narik malem", False),
    ("saya tertimpa pohon tumbang waktu nyapu jalan", False),  # the road is the work: was "lalu lintas: ya"
    ("kerja jadi kuli panggul, jatuh dari tangga truk, pinggang sakit", False),  # the truck is the workplace: was "ya"
    ("pas bongkar muatan truk kaki saya kejepit", False),
    ("tangan sy kejepit pintu mobil pas nurunin barang", False),  # the car is where the work is: was "ya"
    ("saya supir truk, ngantuk nabrak pohon, dada sakit", True),
    ("saya ojol dipukul orang di jalan", False),  # beaten on a road is no crash: was "lalu lintas: ya"
    ("saya dibegal di jalan pas narik, tangan luka", False),
    ("saya dibegal terus jatuh dari motor", True),
])
def test_a_story_is_told_as_a_traffic_accident_only_when_it_is_one(message: str, traffic: bool) -> None:
    state, said = first_reply(message)
    assert state == "accident.confirm"
    assert ("Kecelakaan lalu lintas: ya" in said) is traffic, said


@pytest.mark.parametrize("text, expected", [
    ("hi, I want to check if my membership is still active", "en"), ("my husband died yesterday, how do I claim", "en"),
    ("hello", "en"), ("what is JKK", "en"), ("halo", None), ("cek bpjs saya", None), ("saya mau klaim", None),
    ("ok", None), ("bang sy ojol mau cekbpjs sy aktif gk", None), ("tolong min", None),
])
def test_a_first_message_in_english_is_recognised(text: str, expected: str | None) -> None:
    from conversations.nlu.language import guess_language

    assert guess_language(text) == expected


def _replies(*texts: str) -> list[str]:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    said = []
    for text in texts:
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
        said.append("\n".join(reply.text for reply in step.replies))
    return said


@pytest.mark.parametrize(("message", "answer"), [
    ("who are you", "I am Kawan Kerja, an automatic assistant (a bot)"),  # were not understood
    ("who is this", "I am Kawan Kerja, an automatic assistant (a bot)"),
    ("are you a real person", "I am an automated assistant (a bot), not an officer."),  # whether it is BPJS's own
])
def test_who_writes_asked_in_english_is_answered(message: str, answer: str) -> None:
    assert _replies("hello", message)[1].startswith(answer)


@pytest.mark.parametrize("message", ["can my son claim if my wife also passed away",
                                     "if my wife has also died can my children claim"])
def test_a_child_claiming_asked_in_english_is_answered(message: str) -> None:
    """Was "Parent: may claim only if the deceased left no heir who comes first", the son read as the deceased."""
    said = _replies("hello", message)
    assert said[1].startswith("Yes. The participant's children are among the first heirs"), said[1]


def test_a_slight_injury_asked_under_the_jkk_page_is_answered() -> None:
    """"kalau cuma luka ringan dapat juga?" under the JKK page got the same page again; "lecet sedikit bisa klaim?" at
    the menu was not understood. A slight injury told as one's own is its report."""
    said = _replies("halo", "2", "1", "kalau cuma luka ringan dapat juga?")
    assert said[3].startswith("Ya. Pengobatan karena kecelakaan kerja ditanggung JKK, ringan atau berat."), said[3]
    assert first_reply("lecet sedikit bisa klaim?")[1].startswith("Ya. Pengobatan karena kecelakaan kerja")
    assert first_reply("saya lecet sedikit kemarin jatuh pas antar paket")[0] == "accident.confirm"


def test_whom_a_benefit_is_paid_to_asked_under_its_page_is_answered() -> None:
    """"itu dibayar ke siapa" under the JKM page was told who pays the contribution."""
    said = _replies("halo", "berapa santunan kematian", "itu dibayar ke siapa")
    assert said[2].startswith("Santunan dibayar ke rekening peserta sendiri, atau rekening ahli waris"), said[2]


def test_english_after_an_indonesian_greeting_is_answered_in_english() -> None:
    """"halo" (which Indonesians and others both write) fixed the conversation in Indonesian: an English speaker's
    question after it was answered in a language they had not written."""
    said = _replies("halo", "what am I covered for?", "1")
    assert said[1].startswith("JKK covers accidents at work"), said[1]
    assert said[2].startswith("More about JKK"), said[2]  # and the rest of the conversation too


@pytest.mark.parametrize(("greeting", "later", "answer"), [
    ("hi", "am i covered", "Type your NIK"),  # were answered in Indonesian: two of the three words were known English
    ("halo", "i dont know my kpj", "Type your NIK"),
    ("hi", "is this a scam?", "Kawan Kerja is not an official"),  # "scam" was no known English word (this chat doubted: who it is)
    ("hi", "how much do i pay", "participants pay nothing"),  # was the menu ("pay" is no word of the lexicon)
    ("hi", "do i have to pay", "participants pay nothing"),  # was not understood
    ("hi", "who pays for this", "is paid by the local government"),  # "pays" read "pas": the scam warning
    ("hi", "my wife is pregnant", "a matter for BPJS Kesehatan"),  # was not understood
    ("hi", "i quit driving, is my bpjs still active", "The cover runs while its contribution is paid"),  # "bpjs"
    # counted as an Indonesian word; the job left, as "sy udah ga narik lagi" is (was the NIK question)
])
def test_a_later_message_in_plain_english_is_answered_in_english(greeting: str, later: str, answer: str) -> None:
    said = _replies(greeting, later)
    assert answer in said[1], said[1]


def test_a_first_message_in_english_with_few_known_words_is_answered_in_english() -> None:
    """"i'm a grab driver in jambi" was answered in Indonesian: "a" and "in" were no known English words."""
    assert _replies("i'm a grab driver in jambi")[0].startswith("Type your NIK")


@pytest.mark.parametrize("later", ["thanks min", "ok thank you", "my nik 1571022205900001", "cek status driver ojol",
                                   "sy ga punya kpj, not registered"])
def test_a_later_message_with_a_few_english_words_does_not_switch_the_language(later: str) -> None:
    said = _replies("halo", later, "menu")
    assert "Menu utama" in said[2], said


def test_a_language_chosen_is_kept_whatever_a_later_message_is_written_in() -> None:
    said = _replies("halo", "bahasa", "1", "what am I covered for?")
    assert said[3].startswith("JKK menanggung kecelakaan saat bekerja"), said[3]


# -- issue 15: known words are never corrected; a claim starts only for a real, present case ------------

@pytest.mark.parametrize("word", ["tapi", "katanya", "bukan", "kemudian", "parah", "listrik", "tikungan", "lapak",
                                  "hati", "simpang", "macet", "licin", "kawat",
                                  "mancing"])  # was "anjing": fishing read as a dog
def test_a_known_word_is_never_corrected(word: str) -> None:
    assert normalise(f"saya {word} itu").tokens[1] == word


@pytest.mark.parametrize(("typo", "meant"), [("klain", "klaim"), ("kecelakan", "kecelakaan"),
                                              ("santunam", "santunan"), ("meningal", "meninggal"),
                                              ("diambil", "ambil"), ("kejepit", "terjepit")])
def test_a_word_in_no_lexicon_is_still_corrected(typo: str, meant: str) -> None:
    assert meant in normalise(f"{typo} saya").tokens


def first_reply(message: str) -> tuple[str, str]:
    """A fresh user's first message at the main menu: (the state it led to, what the bot said). The conversation's
    language is Indonesian whatever the message is written in, so what is understood is said in one language (an
    English message is answered in English otherwise: test_english_after_an_indonesian_greeting_…)."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1").but(locale="id")
    first = engine.step(conversation, Event(kind=EventKind.TEXT, text="halo"), START)
    step = engine.step(first.conversation, Event(kind=EventKind.TEXT, text=message), START)
    return step.conversation.state, "\n".join(reply.text for reply in step.replies)


@pytest.mark.parametrize("message", ["kaki sy ktimpa besi pas kerja di bengkel", "tangan sy kjepit mesin pas kerja"])
def test_a_harm_texted_without_its_prefixs_vowel_is_an_accident(message: str) -> None:
    """"ktimpa", "kjepit": the "e" of "ke-" left out, as texting drops it; was "not understood"."""
    assert first_reply(message)[0] == "accident.confirm"


NOT_A_CLAIM = [
    "anak sy 5 thn meninggal tenggelam",  # a child of five is no worker: an heir's claim was started
    "kucing sy mati ketabrak motor",
    "sy ojol, kena bpjs ga",  # "kena" (covered by) read as a harm: an accident report was started
    "motor sy mati mesin di jalan",
    "HATI HATI PENIPUAN mengatasnamakan BPJS, katanya santunan kematian cair asal transfer admin 500rb",
    "berita ojol meninggal kecelakaan ditabrak truk tadi pagi, semoga husnul khotimah",
    "td ada tabrakan di simpang kawat, macet parah",
    "apakah meninggal karena sakit juga dapat santunan?",
    "kalau nanti meninggal gimana ngurusnya",
    "ada yang meninggal",
    "ada kecelakaan",
    "hp saya jatuh dan rusak",
    "tetangga saya meninggal, dia ikut bpjs ga ya",
    "anak saya jatuh dari sepeda",  # someone else's accident with nothing of work: asked first
    "temen sy jatuh kemarin tp udh sembuh",
    "tangan anak saya kejepit pintu",  # a harm with nothing of work: asked first
    "kesetrum pas benerin listrik",
    "saya driver ojol kena tilang polisi",  # a traffic ticket: was an accident report
    "motor saya ditilang",
    "saya takut kecelakaan di jalan",  # a fear, not a mishap: was an accident report with it as the story
    "takut ah jatuh dari motor",
    "kapan-kapan saya kecelakaan baru lapor",  # some day: was a report
    "orang tua saya sudah lama meninggal, saya mau daftar bpjs",  # to be enrolled: was a death claim
    "suami sudah meninggal, saya mau lanjutkan kepesertaan",
    "teman saya meninggal, keluarganya bingung",  # the family claims, not the friend: was a claim by "other"
    "teman saya meninggal kecelakaan kerja, istrinya harus ngapain",
    "turut berduka buat keluarga ojol yang meninggal kemarin",  # the writer condoling: was a claim, condoling them
    "saya lihat kecelakaan di depan pasar",  # seen, not had: was a report with the writer hurt
    "ibu saya sakit keras di rs, takut meninggal",  # feared, not told: was a claim, with condolence
    "saya mimpi kecelakaan",  # dreamt: was a report
    "bapak saya dulu pensiunan, sudah meninggal 2015",  # years ago: asked first (was a claim at once)
]


@pytest.mark.parametrize("message", NOT_A_CLAIM)
def test_what_must_not_start_a_claim_does_not(message: str) -> None:
    state, _said = first_reply(message)
    assert not state.startswith(("death.", "accident.")), state


@pytest.mark.parametrize(("message", "where"), [
    ("apakah meninggal karena sakit juga dapat santunan?", "benefits.jkm"),
    ("kalau nanti meninggal gimana ngurusnya", "benefits.jkm"),
    ("mau lapor jkk", "accident."),
    ("klaim jkk", "accident."),
    ("bojoku seda wingi sore mas, piye carane ngurus santunan bpjs tk", "death."),
    ("lapor min, driver ojol jatoh sendiri di tikungan licin td mlm", "accident."),
    ("ada yang meninggal", "switch.ask_claim"),
    ("tetangga saya meninggal, dia ikut bpjs ga ya", "switch.ask_claim"),
    # Jambi "kato" (said), read "kalo" (if): a death supposed, the JKM page.
    ("bapak sayo meninggal kemaren, kato pak rt ado santunan, caro ngurusnyo cakmano", "death."),
    ("ada warga kecelakaan", "switch.ask_claim"),  # someone's accident told, no more: was not understood
    ("pak rt, ada yang kecelakaan", "switch.ask_claim"),
    ("sy mau lapor kecelakaan tp nik sy ga hafal", "accident.who"),  # "tp nik sy ga hafal" was recorded as the story
    ("sy mau cek status dan lapor kecelakaan", "accident.who"),  # the request itself was recorded as the story
    ("perlindungan sy brp lama", "status.ask_nik"),  # one's cover's length: was the JKM page, "berapa" an amount
    ("wong lanang kulo seda, pripun carane", "death."),  # Javanese "my husband died": not understood ("wong" a person)
    # Officers and helpers saying who they are: "sy staf kelurahan" was the status check, the others not understood
    ("sy staf kelurahan", "officer."), ("sy dari disnaker", "officer."), ("sy kepala desa", "officer."),
    ("sy ketua rw", "menu.next"), ("sy kader posyandu", "menu.next"),  # no officers of the city: how they help
    ("wong tuo aku la dak ado", "switch.ask_claim"),  # Jambi "my parents are gone": not understood; "la" is "sudah",
    ("bapak aku la dak ado", "switch.ask_claim"),  # the gentle way, asked first as "sudah tidak ada" is
    ("sy mau lapor kecelakaan dan cek status", "accident.who"),  # "dan cek status" was
    ("i don't have a kpj number", "status.ask_nik"),  # was not understood: the proof step offers a code
    ("klaim jkk saya lagi diproses", "claims."),  # a claim in process: was a report with it as the story
    ("klaim jkm saya ditolak, alasannya almarhum tidak aktif", "claims."),  # refused: was a new claim, with condolence
    ("saya hampir meninggal kemarin kecelakaan, untung selamat", "accident."),  # nearly: was a death claim, condoled
    # Not dead: were death claims, begun with condolence to a wife whose husband lies in a coma.
    ("suami kecelakaan tp blm meninggal, koma di rs", "switch.ask_claim"),
    ("suami saya kecelakaan kerja tidak meninggal tapi lumpuh", "accident.confirm"),
    ("my husband had an accident at work, he did not die but is in a coma", "accident.confirm"),
    ("bapak belum meninggal tapi kritis", "menu.next"),  # treated, no accident: BPJS Kesehatan's (was not understood)
    ("kaki saya mati rasa setelah jatuh", "accident.confirm"),  # numb, not dead: was not understood
    # A family member's benefit to be claimed, no death told: was not understood; asked whether it is a death claim.
    ("mau klaim santunan bapak saya", "switch.ask_claim"),
    ("sy mau cairin santunan bpk", "switch.ask_claim"),
    ("i want to claim my father's benefit", "switch.ask_claim"),
    ("bsiswa anak syrt nya apa", "benefits.scholarship_documents"),  # as typed: was the JKM claim's papers
    ("bgm cr dftr", "menu.next"),  # "bagaimana cara daftar" as texted: was not understood
    ("bea siswa anak brp", "benefits.scholarship"),
    ("mau klaim kematian nenek tetangga", "switch.ask_claim"),  # the neighbour's grandmother: was the writer's, "Cucu"
    ("santunan sudah cair belum ya, makasih", "claims."),
    ("saya sudah lapor kecelakaan kemarin, sekarang apa", "claims."),  # one's report made: was asked whether to report
    ("habis lapor, dokumen apa yang harus dikirim", "claims."),  # was the JKM papers
    ("bisa lihat laporan saya?", "claims."),  # was not understood
    ("saya lupa nomor laporan saya", "claims."),
    ("laporan saya salah tanggal, bisa diganti?", "menu.next"),  # an officer corrects it: was the record's correction
    ("saya jatuh dari motor, mau lapor", "accident."),
    ("ahli waris saya ibu saya, bisa?", "benefits.jkm_heirs"),  # who the heirs are: was the hand-off
    ("saya belum menikah, siapa ahli waris saya", "benefits.jkm_heirs"),  # was the status check
    ("klaim jkm ibu saya masih diverifikasi", "claims."),
    ("saya petugas kelurahan, cara verifikasi gimana", "officer."),  # was one's claims
    ("saya lurah", "officer."),  # who one is, alone: was not understood
    ("sy admin kota", "officer."),  # was the scam warning ("admin", as of a fee)
    ("admin kota mau login", "officer."),  # was how one enrols
    ("sy admin, mau masuk", "officer."),  # was the NIK question
    ("saya admin kota jambi, mau masuk", "officer."),  # was the status check's NIK question
    ("ada yg ngaku admin kota minta transfer", "menu.next"),  # someone posing as one: the scam warning
    ("sy ketua rt baru, cara masuk gmn", "officer."),  # and how to sign in: was not understood
    ("kode petugas sy gak bisa", "officer."),  # a sign-in code refused: was the hand-off's topic question
    ("ada nomor wa petugas?", "handoff."),  # an officer's number asked for: was the scam warning
    ("kok temen sy dapet lebih banyak", "benefits.jkm"),  # no thanks said: was "Sama-sama. Semoga membantu!"
    ("makasih banyak ya min", "menu.next"),  # thanks said: thanked back
    ("makaseh banyak yo", "menu.next"),  # Jambi's and Palembang's: was not understood
    ("nomor hp petugas bpjs berapa", "handoff."),
    ("kode otp gak masuk", "menu.next"),  # not an officer's code
    ("saya dari kecamatan", "officer."),
    ("saya dari desa", "menu.main"),  # where one lives: not an officer
    ("petugas kelurahan sudah verifikasi klaim saya belum?", "claims."),  # one's claim asked about
    ("warga saya meninggal, mau lapor", "officer."),  # an RT head's report: was an heir's claim with condolence
    ("sejak kapan saya terdaftar", "status.ask_nik"),  # was how long an enrolment takes: the result says since when
    ("dari kapan saya terdaftar", "status.ask_nik"),
    ("temen sy ojol kecelakaan td, dia ikut bpjs gak ya", "switch.ask_claim"),  # was a report with the question as story
    ("bapak saya meninggal kemarin, akta kematian ngurus dimana", "death."),  # a death told: the claim, condolence
    ("hari ini bapak saya dimakamkan, mau urus santunan", "death.confirm"),  # a burial tells it: was not understood
    ("saya sudah kirim foto ktp, sudah masuk belum?", "claims."),  # was the status check: one's claims say it
    ("sudah kirim foto, sudah masuk belum?", "claims."),  # the same, lost for a while to a second PAPERS
    ("tadi saya upload file pdf nya, sudah diterima?", "claims."),
    ("dokumen kurang apa aja", "claims."),  # was the help answer
    ("anak saya sudah kerja, masih dapat beasiswa?", "benefits.scholarship"),  # was someone else's status check
    ("harus bawa apa ke kantor bpjs", "benefits.jkm_documents"),  # what to bring: was the JKM amounts
    ("nanti saya transfer foto ktp nya", "claims."),  # files "transferred" are sent: was the scam warning
    ("ktp nya di rumah", "menu.main"),  # was the loan answer, guessed from no loan word: not understood, honestly
    ("cucu bisa ngurus santunan kakek?", "benefits.jkm_heirs"),  # was asked whether to claim, the question unanswered
    ("kehilangan jari telunjuk dapat berapa", "benefits.jkk_more"),  # was the JKM page ("kehilangan" a limb lost)
    ("sembuhnya lama, gaji sy siapa yg ganti", "benefits.jkk"),  # was the JKM page: pay while one cannot work
    ("almarhum ga punya keluarga, tetangga yang urus pemakaman", "benefits.jkm_heirs"),  # the JKM page's amounts: who
    # receives the funeral money then is the heirs' page's
    ("anak di luar nikah berhak?", "menu.next"),  # was not understood (its standing is the branch's to settle)
    ("udh sy krm fotony", "claims."),  # "-nya" typed "-ny": was the status check's NIK question
    ("ibu saya", "menu.main"),  # a relative alone was one's claims, a guess; "suami saya" was not understood already
    ("beasiswa cair kapan tiap tahun", "benefits.scholarship"),  # was one's claims
    ("beasiswa anak saya kapan cair", "claims."),  # one's own: one's claims say it
    ("bisa cek punya orang tua saya?", "status.ask_nik"),  # was the hand-off's topic question
    ("iuran saya nunggak ga?", "status.ask_nik"),  # was the contribution rates: one's record says it
    ("iuran saya lunas?", "status.ask_nik"),
    ("kalau iuran saya nunggak gimana", "benefits.contribution"),  # asked as a rule
    ("sakit akibat kerja ga bisa kerja dapat uang?", "benefits.jkk"),  # an occupational disease: JKK's
    ("kalau meninggal cuma dapat 42 juta?", "benefits.jkm"),  # asked as a rule: the page
    ("mau tanya klaim kematian", "switch.ask_claim"),  # was a claim started, with condolence for a death not told
    ("mau nanya tentang klaim jkm", "switch.ask_claim"),
    ("saya jatuh dari motor, hp saya rusak", "accident."),
    ("tolong bantu klaim jkk", "accident."),
    ("tolong bantu saya", "menu.next"),
    ("bpjs saya mati ga bisa dipake", "status."),  # "mati": inactive, said of the cover, not of a person
    ("bpjsnya mati kah?", "status."),
    ("kartu bpjs tk saya udah mati belum", "status."),
    ("my bpjs card is dead", "status."),  # was a death claim: "card" read as "cara", "dead" as a death
    ("kartu saya mati", "status."),  # was: not understood
    ("kartunya mati ya?", "status."),
    ("kartu bpjs suami saya, dia sudah meninggal", "death."),
    ("suami saya mati kemarin", "death."),
    ("gimana cara ngecek bpjs tk", "status."),  # was the enrolment answer
    ("apakah penyakit akibat kerja ditanggung", "benefits.jkk"),  # JKK's: was sent to BPJS Kesehatan
    # Harms of work the model did not read: were "not understood".
    ("kaki sy kelindes motor pas kerja di pasar", "accident.confirm"),
    ("motor saya rusak ditabrak", "accident.confirm"),  # broken in a crash: the accident's question, not belongings
    ("jari kejepit pintu rumah pelanggan pas antar paket", "accident.confirm"),  # a customer's door: work
    ("i fell and my motorbike is broken", "accident.confirm"),
    ("my leg is broken", "accident.confirm"),
    ("kena minyak panas pas goreng jualan", "accident.confirm"),
    ("kena air panas pas masak di warung", "accident.confirm"),
    ("saya jatuh dari motor, takut tulangnya patah", "accident.confirm"),  # a fear of a mishap that happened
    ("kaki sy kena beling waktu mulung", "accident.confirm"),  # a scavenger's cut: were "not understood"
    ("tangan saya kena pecahan kaca pas mulung", "accident.confirm"),
    ("kaki saya kena paku di proyek", "accident.confirm"),
    ("saya pemulung, tangan kena jarum suntik bekas di tempat sampah", "accident.confirm"),  # were not understood
    ("saya satpam, dipukul maling waktu jaga malam", "accident.confirm"),  # the job and a comma before the harm
    ("tukang las, mata kena percikan api", "switch.ask_claim"),
    ("nelayan, tangan kena kail, infeksi", "switch.ask_claim"),
    ("kena sengat tawon pas panen madu", "switch.ask_claim"),
    ("jari kejepit mesin di pabrik", "switch.ask_claim"),  # nothing ties the writer to it now: asked first
    ("mata saya kena serpihan gerinda", "switch.ask_claim"),  # was a status check: the model's guess, with no cue
    ("mata sy kena cipratan semen", "switch.ask_claim"),  # were not understood
    ("mata kecipratan minyak panas pas goreng", "switch.ask_claim"),
    ("mata sy kelilipan pas nyapu jalan", "switch.ask_claim"),  # was not understood
    ("mata kemasukan serbuk kayu pas kerja di mebel", "accident.confirm"),
    ("kesenggol mobil pas ngojek", "accident.confirm"),  # were not understood
    ("kena pintu mobil yg dibuka tiba2 pas naik motor", "switch.ask_claim"),
    # A person beaten or robbed: was "not understood" (or the scholarship page); at work, reported; else asked first.
    ("saya dipukul penumpang", "accident.confirm"),
    ("dipukul penumpang pas narik", "accident.confirm"),  # oneself unsaid: were not understood (or the scam warning)
    ("dipukul orang", "switch.ask_claim"),
    ("i was bitten by a dog while delivering", "accident.confirm"),  # in English: were not understood
    ("i got stung by a bee while harvesting", "switch.ask_claim"),
    ("sy digigit nyamuk trs kena dbd", "menu.next"),  # an illness a mosquito brought: began an accident report
    ("halo bpjs", "menu.main"), ("halo min bpjs", "menu.main"),  # a greeting to whom one writes: the scam warning
    ("hp sy jatuh ke air pas narik", "menu.next"),  # a phone dropped: was asked whether to report an accident
    ("hp jatuh pas lagi nganter paket, tangan sy lecet", "switch.ask_claim"),  # someone hurt with it: asked, as before
    ("halo admin bpjs", "menu.main"), ("spada", "menu.main"),  # ("spada" was not understood)
    ("kemarin ada yg kecelakaan depan pangkalan, sy bantu bawa ke rs", "switch.ask_claim"),  # someone's: began a
    ("ada orang ketabrak di depan warung sy", "switch.ask_claim"),  # report of the writer as hurt; not understood
    ("tadi ada yang tabrakan sama sy pas narik, kaki lecet", "accident.confirm"),  # someone, but with the writer
    ("sy kepleset di kamar mandi pas mau berangkat kerja", "switch.ask_claim"),  # at home, the way to work not begun:
    ("sy jatuh di tangga rumah sebelum berangkat ngojek", "switch.ask_claim"),  # ("sebelum" reads "belum")
    ("sy jatuh dari motor pas berangkat kerja", "accident.confirm"),  # began a report; on the way is reported
    ("i got bitten by a mosquito and now i have dengue", "menu.next"),
    ("dirampok orang, motor sy diambil", "menu.next"),  # a thing robbed: what the cover does not replace
    ("saya dibegal pas narik malam", "accident.confirm"),
    ("suami saya dibacok orang pas jualan", "accident.confirm"),
    ("saya dikeroyok preman di pangkalan", "switch.ask_claim"),
    ("kemarin dipalak preman di pangkalan, dipukul kepala", "switch.ask_claim"),  # no one named: was not understood
    ("sy tukang parkir, kena tusuk preman pas jaga parkir", "accident.confirm"),  # "kena" before the blow: was not
    ("kena bacok pas jaga warung", "accident.confirm"),  # understood
    ("tangan kena blender pas jualan jus", "accident.confirm"),  # a kitchen's tool: was not understood
    ("motor sy ditabrak dari belakang pas berhenti di lampu merah antar paket", "accident.confirm"),  # the rider hit:
    # was not understood
    ("saya nelayan, perahu terbalik kemarin, badan memar semua", "accident.confirm"),  # "badan" was no part of the body
    ("what documents do i need for an accident claim", "benefits.jkk_documents"),  # was one's claims
    ("cek bpjs bapak yg udah meninggal", "status.ask_nik"),  # a late father's record: was the JKM page (the NIK asked
    # is "yang ingin dicek", as for "cek status bpjs almarhum bapak")
    ("almarhum punya 2 istri, siapa yg berhak", "benefits.jkm_heirs"),  # wives counted: the heirs' order said that
    # the branch settles each one's right (tested below)
    ("dokter bilang harus istirahat sebulan", "benefits.jkk"),  # rest ordered: was the contribution rates ("sebulan")
    ("sy dipecat gara2 kecelakaan kerja", "switch.ask_claim"),  # the accident: was JHT's answer for the layoff
    ("uangnya udah masuk blm", "claims."),  # a payout asked: was the status check's NIK question, the model's guess
    ("kalo meninggal pas kerja dapet berapa", "benefits.jkk_death"),  # a death at work or on the way: was the JKM page,
    ("kalo meninggal pas perjalanan pulang kerja", "benefits.jkk_death"),  # the other case's 42 million first
    ("kalo meninggal pas kerja karena serangan jantung dapat berapa", "benefits.jkm"),  # an illness: JKM's
    ("klaim jkk hrs bawa apa aja", "benefits.jkk_documents"),  # what to bring: was the JKK page
    ("klaim kecelakaan bawa apa aja", "benefits.jkk_documents"),
    ("klaim jkm mesti bawa apa aja", "benefits.jkm_documents"),
    ("beasiswa anak sy belum cair, gimana ngurusnya", "benefits.scholarship_documents"),  # was one's (JKK/JKM) claims
    # What "a claim" needs, none named: one's claims, the JKM page or the JKM papers; which claim's papers, asked.
    ("dokumen klaim apa aja", "benefits.documents"),
    ("dokumen apa yang dibutuhkan untuk klaim", "benefits.documents"),
    ("apa saja yang dibutuhkan untuk klaim", "benefits.documents"),
    ("what documents do i need for the claim", "benefits.documents"),
    ("dokumen klaim saya apa aja", "claims."),  # one's own claim's: its checklist
    ("i was robbed while working", "accident.confirm"),
    ("my motorbike crashed while delivering food", "accident.confirm"),  # "crashed" was an unknown word
    # A death of someone said not to be covered started a claim, or got the JKM page: told when it is paid.
    ("almarhum ga ikut bpjs, bisa dapat santunan?", "menu.next"),
    ("suami saya meninggal tapi belum terdaftar bpjs", "menu.next"),
    ("suami saya meninggal, dia peserta bpjs", "death."),
    ("istri saya meninggal kemarin, dia tidak punya kartu kpj", "death."),  # a card not had: the claim's checklist
    ("kalau saya meninggal tapi belum terdaftar, keluarga dapat?", "benefits.jkm"),  # a rule, and no condolence
    # A young child's death started an heir's claim: a child is no worker, so no participant; told when it is paid.
    ("anak saya meninggal umur 5 tahun", "menu.next"),
    ("bayi saya meninggal kemarin", "menu.next"),
    ("anak saya meninggal umur 20 tahun, dia ojol", "death."),
    ("istri saya meninggal saat melahirkan, bayinya selamat", "death."),
    ("anak saya dipukul temannya di sekolah", "menu.next"),
    # A friend's death in SMS spelling ("tmn", "kluarganya"): started the writer's own claim, condolence and all.
    ("ojol yg kecelakaan kmrn itu tmn sy, dia udh meninggal, kluarganya hrs ngapain", "switch.ask_claim"),
    # When one's card is ready, in another word order: BPJS Kesehatan's answer, the rates page.
    ("kpn kartu nya jadi", "status.ask_nik"),
    ("kpn kartunya jadi", "status.ask_nik"),  # a child at school: what JKK covers, no report offered
    ("kalau tangan putus dapat berapa", "menu.next"),  # an injury's benefit (was the JKM page): its one line
    ("kalau kaki patah dapat santunan berapa", "benefits.jkk"),
    ("kalau meninggal karena kaki patah dapat berapa", "benefits.jkm"),
    # A family member's death told in BPJS Kesehatan's words: was sent to BPJS Kesehatan, away from the claim.
    ("istri saya meninggal tadi malam karena melahirkan", "death."),
    ("suami saya meninggal di puskesmas", "death."),
    ("peserta bpjs meninggal kemarin, suami saya", "death."),
    ("ibu saya sakit stroke", "menu.next"),  # BPJS Kesehatan's: answered so, not a status check
    ("saya sakit tipes ga bisa narik", "menu.next"),
    ("anak saya demam tinggi", "menu.next"),
    ("kaki saya sakit habis jatuh dari motor pas narik", "accident."),
    # An illness treated, or said to be no accident: began a work-accident report, or got the JKK page.
    ("saya dirawat di rs karena tipes", "menu.next"),
    ("saya kena dbd dirawat 5 hari", "menu.next"),
    ("anak saya dirawat di rs kena dbd", "menu.next"),
    ("kalau saya sakit biasa, bukan kecelakaan, ditanggung ga", "menu.next"),
    ("sakit biasa, bukan krn kecelakaan, ditanggung ga", "menu.next"),  # "krn": was the JKK page
    ("if i get sick, not an accident, is it covered", "menu.next"),
    ("saya kemarin kena pisau pas masak di warung, dirawat", "accident."),  # a cut: the report
    ("mau lapor kecelakaan, tadi salah pilih menu", "accident."),  # a report, not one to correct
    ("saya dirawat di rs habis kecelakaan", "accident."),
    # How long one's cover runs: was the list of one's claims (the model's guess from "kapan").
    ("masa berlaku sampai kapan?", "status.ask_nik"),
    ("kapan habis masa berlakunya", "status.ask_nik"),
    ("kapan habisnya", "status.ask_nik"),  # alone, after one's record: was not understood
    ("kapan kuota habis", "menu.next"),  # the quota's, not the cover's
    ("sampai kapan saya dilindungi", "status.ask_nik"),
    ("kapan klaim saya cair", "claims."),
    ("how long is my coverage valid", "status.ask_nik"),  # was the help page
    ("how long am i covered", "status.ask_nik"),  # was the JKK page
    ("how long does jkk cover treatment", "benefits.jkk"),  # the treatment's cover: that page
    ("am i covered?", "status.ask_nik"),  # whether one is: was JKK's page
    ("am i still covered", "status.ask_nik"),
    ("if i crash my motorbike while working, am i covered?", "benefits.jkk"),  # a case told: what JKK covers
    ("until when am i covered", "status.ask_nik"),  # was the JKK page
    # An accident told with when, guessed to be a claim already filed: was the list of one's claims.
    ("saya kecelakaan sebulan lalu, masih bisa klaim?", "switch.ask_claim"),
    ("jatuh dari motor seminggu yg lalu, masih bisa klaim ga", "switch.ask_claim"),
    ("kecelakaan bulan lalu, klaimnya belum cair", "claims."),
    # Who is paid: was the amounts again (the JKM page); the heirs' page lists them, and what is unsettled.
    ("ahli waris siapa aja", "benefits.jkm_heirs"),
    ("almarhum belum nikah, santunan ke siapa", "benefits.jkm_heirs"),  # was the amounts
    ("who gets the money if i die", "benefits.jkm_heirs"),
    ("who are the heirs", "benefits.jkm_heirs"),  # "who" is no "siapa" to the normaliser: was not understood
    # A tie in doubt (a step- or adopted child, a wife married unregistered): the short answer, not the whole page.
    ("anak tiri dapat santunan?", "menu.next"),
    ("istri siri dapat santunan ga", "menu.next"),
    ("anak angkat dapat santunan ga", "menu.next"),
    # Waiting to hear of one's enrolment: was the list of one's claims.
    ("sudah didaftarkan rt tapi belum ada kabar", "status.ask_nik"),
    ("klaim yang didaftarkan sampai mana", "claims."),
    # Or for one's card (the public set has "kartu bpjstk belum saya terima" as the status check): same.
    ("saya belum dapat kartu", "status.ask_nik"),
    ("kok saya ga dapat kartu", "status.ask_nik"),  # was the JKM page
    ("belum dapat kartu bpjs", "status.ask_nik"),  # was the enrolment answer
    ("kartunya belum dikasih rt", "status.ask_nik"),
    ("kartu bpjs saya mana", "status.ask_nik"),
    ("my card has not arrived", "status.ask_nik"),  # was BPJS Kesehatan's answer ("card" reads as "cara")
    ("sy mo tny klo lki sy mgl dpt brp", "benefits.jkm"),  # SMS spelling: was the hand-off to an officer
    # English contractions, which the apostrophe split ("didn t"; "can't" read "bisa"): was "not understood".
    ("i didn't get my card", "status.ask_nik"),
    ("i haven't received my card", "status.ask_nik"),
    ("i can't remember my kpj", "status.ask_nik"),
    ("I don’t have my card yet", "status.ask_nik"),
    ("kapan kartu saya jadi", "status.ask_nik"),
    ("kapan kartu sy jadi?", "status.ask_nik"),  # was "not understood": neither the model nor the cues read it
    ("kartunya kapan keluar", "status.ask_nik"),
    ("kartu klaim saya kapan cair", "claims."),
    # Until when one's contributions are paid: the contribution page (how much), or one's claims for the English.
    ("kapan terakhir iuran saya dibayar", "status.ask_nik"),
    ("iuran saya dibayar sampai kapan", "status.ask_nik"),
    ("iuran sudah saya transfer tapi status nonaktif", "status.ask_nik"),
    ("my contribution is paid until when", "status.ask_nik"),
    ("iuran berapa per bulan", "benefits.contribution"),
    # A person asked for in a few words: was "not understood", or one's claims.
    ("cs nya mana", "handoff."),
    ("cs nya mana ya kak", "handoff."),
    ("ada admin ga", "handoff."),
    ("petugasnya mana", "handoff."),
    ("halo min, ada orang?", "handoff."),  # with a greeting: was "not understood"
])
def test_the_examples_of_the_probe_land_where_a_person_would_want(message: str, where: str) -> None:
    state, said = first_reply(message)
    assert state.startswith(where), (state, said)


@pytest.mark.parametrize("message", ["suami kecelakaan tp blm meninggal, koma di rs",
                                     "suami saya kecelakaan kerja tidak meninggal tapi lumpuh",
                                     "bapak belum meninggal tapi kritis"])
def test_someone_not_dead_is_not_mourned(message: str) -> None:
    """"belum meninggal" read as a death: a claim for a husband in a coma, begun with condolence."""
    state, said = first_reply(message)
    assert not state.startswith("death.") and "berduka" not in said, (state, said)


@pytest.mark.parametrize("message", ["ibu sy dirawat di icu", "bapak saya belum meninggal tapi kritis di icu",
                                     "bapak koma di rs", "suami sy opname",
                                     "bpjs tk bisa buat beli obat?"])  # was not understood (the model's "loan")
def test_someone_in_hospital_with_no_accident_told_is_sent_to_bpjs_kesehatan(message: str) -> None:
    """Treated with no illness named and no accident told: was not understood. The answer also says where an injury
    from a work accident goes."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Itu urusan BPJS Kesehatan (JKN/KIS)"), (state, said)
    assert "Lapor kecelakaan kerja" in said


@pytest.mark.parametrize("message", ["my mother is in the icu", "my father is in a coma in hospital"])
def test_someone_in_hospital_told_in_english_is_sent_to_bpjs_kesehatan(message: str) -> None:
    """"my mother is in the icu" was the status check; "coma" was corrected to "cuma" (only)."""
    said = _replies("hello", message)
    assert said[1].startswith("That is a matter for BPJS Kesehatan (JKN/KIS)"), said[1]


def test_someone_in_hospital_after_a_work_accident_is_still_the_report() -> None:
    assert first_reply("suami sy dirawat di rs habis jatuh dari tangga pas kerja")[0].startswith("accident.")


@pytest.mark.parametrize("message", ["sy peserta bpu bayar sendiri, bisa pakai bot ini?",
                                     "saya bayar sendiri iurannya, boleh pakai kawan kerja?"])
def test_a_self_paying_participant_asking_whether_the_bot_is_for_them_is_told(message: str) -> None:
    """Was told the bot is free, or the contribution's page."""
    state, said = first_reply(message)
    assert state == "menu.next", state
    assert said.startswith("Kawan Kerja dibuat untuk pekerja rentan yang iurannya dibayar pemerintah kota."), said
    assert "aplikasi JMO" in said and "Gratis" not in said


def test_being_hit_told_with_nothing_of_work_is_asked_before_a_report() -> None:
    """"ketabrak pas nyebrang jalan mau beli makan" was not understood (no vehicle or person named)."""
    state, said = first_reply("ketabrak pas nyebrang jalan mau beli makan")
    assert state == "switch.ask_claim" and "Apakah Anda ingin melaporkannya sekarang?" in said, (state, said)
    assert first_reply("ketabrak pas nyebrang jalan mau antar paket")[0] == "accident.confirm"  # work told: the report
    for told in ("saya ditabrak dari belakang tapi cuma lecet", "sy ketabrak motor td pagi, cuma lecet dikit"):
        state, said = first_reply(told)  # the writer hit, said first: was "not understood" ("tapi", "cuma")
        assert state == "switch.ask_claim" and "Apakah Anda ingin melaporkannya sekarang?" in said, (state, said)


@pytest.mark.parametrize("message", ["mau tanya santunan buat anak yatim", "anak yatim dapat apa"])
def test_what_an_orphan_gets_is_the_jkm_page(message: str) -> None:
    """A child whose parent died: the heirs' amounts and the scholarship's line (was JKK's page, an accident's)."""
    state, said = first_reply(message)
    assert state == "benefits.jkm" and "Rp42.000.000" in said and "beasiswa" in said, (state, said)


@pytest.mark.parametrize("message", ["kena phk, masih ditanggung?", "saya di phk, masih aktif ga bpjs saya",
                                     "sy dipecat, bpjs sy msh aktif?"])
def test_whether_the_cover_goes_on_after_a_layoff_is_the_status_check(message: str) -> None:
    """"kena phk, masih ditanggung?" got JHT's answer, which says nothing of the cover asked about."""
    assert first_reply(message)[0] == "status.ask_nik"


@pytest.mark.parametrize(("message", "answer"), [
    ("kawan kerja resmi dari bpjs?", "Kawan Kerja bukan layanan resmi BPJS Ketenagakerjaan"),  # was the scam warning
    ("kawan kerja gratis?", "Gratis. Kawan Kerja tidak memungut biaya"),  # was JKK's page
    ("pakai kawan kerja bayar ga", "Gratis. Kawan Kerja tidak memungut biaya"),  # was not understood
    ("apa itu kawan kerja", "Saya Kawan Kerja, asisten otomatis (bot)"),  # was JKK's page
])
def test_the_bots_own_name_is_the_bot_not_a_coworker(message: str, answer: str) -> None:
    """"kawan kerja" read as "teman kerja" (a coworker), and "kerja" as work: the bot's name asked about got JKK's page
    or the scam warning."""
    state, said = first_reply(message)
    assert said.startswith(answer), (state, said)
    assert first_reply("teman kerja saya kecelakaan")[0].startswith("accident.")  # a coworker is still one


@pytest.mark.parametrize("message", ["bpjs kesehatan sy nunggak, apa ngaruh ke bpjs tk?",
                                     "saya punya kis dari pemerintah, apa udah termasuk bpjs tk?"])
def test_bpjs_kesehatan_weighed_against_this_cover_is_told_they_are_two(message: str) -> None:
    """Were BPJS Kesehatan's answer (which sends one away) and the status check's NIK question."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Keduanya berbeda dan saling melengkapi"), (state, said)


@pytest.mark.parametrize("message", ["istri sy ibu rumah tangga bisa didaftarkan?", "sy irt bisa ikut bpjs ini?"])
def test_a_homemaker_asking_to_join_is_told_whom_the_programme_is_for(message: str) -> None:
    """Was the enrolment answer (the RT head proposes), as if a homemaker were a worker like any other."""
    said = first_reply(message)[1]
    assert said.startswith("Program kota ini untuk pekerja rentan: pekerja informal"), said
    # one who also works is proposed as a worker ("jualan" is corrected to "jalan")
    said = first_reply("ibu rumah tangga yang jualan online bisa ikut program ini?")[1]
    assert said.startswith("Pedagang kecil / kaki lima termasuk pekerjaan yang bisa diusulkan. Pekerja rentan "
                           "didaftarkan lewat usulan ketua RT"), said


def test_a_death_on_the_way_to_work_is_recorded_as_a_work_accident() -> None:
    """The way to work counts as work (FACTS.md §5): "ditabrak truk waktu berangkat kerja" recorded no cause, and in
    English "on his way to work" never matched ("way" reads "cara")."""
    said = first_reply("anak saya ditabrak truk waktu berangkat kerja dan meninggal")[1]
    assert "• Penyebab: kecelakaan kerja" in said, said
    for message in ("my son was hit by a truck on his way to work and died",
                    "my husband died in an accident on his way to work"):
        said = _replies("hello", message)[1]
        assert "• Cause: work accident" in said, said


def test_an_officers_refused_code_is_told_why_codes_are_refused_and_the_sign_in_opened() -> None:
    said = first_reply("kode petugas sy gak bisa")[1]
    assert said.startswith("Setiap kode petugas hanya berlaku sekali dan untuk waktu terbatas"), said


@pytest.mark.parametrize(("message", "heirs"), [
    ("ibu sy meninggal, dia janda, anak2nya 3 org, siapa yg ngurus", "Istri atau suami almarhum dan anak-anaknya"),
    ("suami meninggal kemarin, siapa yang urus klaimnya", "Istri almarhum dan anak-anaknya")])
def test_who_of_the_first_heirs_claims_is_answered_as_the_claim_starts(message: str, heirs: str) -> None:
    """The claim began with the question unanswered."""
    state, said = first_reply(message)
    assert state == "death.confirm" and f"{heirs} sama-sama ahli waris yang pertama: salah satu dari mereka bisa " \
        "mengurus klaimnya." in said, (state, said)
    assert "ahli waris yang pertama" not in first_reply("bapak meninggal")[1]


def test_a_borrowed_phone_asked_with_an_accident_is_answered_before_the_report_is_offered() -> None:
    """"sy mau lapor kecelakaan tp hp sy rusak, pake hp istri gpp?" was only asked whether to report."""
    state, said = first_reply("sy mau lapor kecelakaan tp hp sy rusak, pake hp istri gpp?")
    assert state == "switch.ask_claim" and said.startswith("Boleh memakai HP keluarga atau orang lain."), (state, said)
    assert said.endswith("Apakah Anda ingin melapor kecelakaan kerja sekarang?"), said
    # nothing of the phone is taken for the accident: it made the wife the one hurt, and the phone sentence the story
    said = _replies("halo", "sy mau lapor kecelakaan tp hp sy rusak, pake hp istri gpp?", "ya")[2]
    assert said.startswith("Siapa yang mengalami kecelakaan?"), said


def test_how_to_become_a_participant_is_how_to_be_enrolled() -> None:
    """"cara menjadi peserta bpjs tk" and "how do i become a participant" got the status check's NIK question."""
    state, said = first_reply("cara menjadi peserta bpjs tk")
    assert state == "menu.next" and said.startswith("Pekerja rentan didaftarkan lewat usulan ketua RT"), (state, said)
    assert _replies("hello", "how do i become a participant")[1].startswith("Vulnerable workers are enrolled when")
    assert first_reply("apakah saya sudah jadi peserta?")[0] == "status.ask_nik"  # whether one is: the check


@pytest.mark.parametrize("message", ["what is kawan kerja", "what is this bot"])
def test_what_the_bot_is_asked_in_english_is_answered(message: str) -> None:
    said = _replies("hello", message)[1]
    assert said.startswith("I am Kawan Kerja, an automatic assistant (a bot)"), said  # was JKK's page, the help page


def test_a_lost_id_card_told_in_english_gets_the_ktps_answer() -> None:
    """"i lost my id card" was not understood ("card" was read "cara", a way)."""
    said = _replies("hello", "i lost my id card")[1]
    assert said.startswith("Your NIK is also written on the family card (KK)."), said


@pytest.mark.parametrize("message", ["i lost my job, am i still covered", "i was fired, am i still covered"])
def test_whether_the_cover_goes_on_after_a_layoff_asked_in_english_is_the_status_check(message: str) -> None:
    assert _replies("hello", message)[1].startswith("Type your NIK"), _replies("hello", message)


@pytest.mark.parametrize("message", ["kalo meninggal ahli waris dapet brp", "what do heirs get if a worker dies",
                                     "ahli waris dapat apa saja",
                                     "Apakah ahli waris peserta yang meninggal karena sakit berhak atas santunan JKM?"])
def test_what_the_heirs_get_is_answered_with_the_amounts(message: str) -> None:
    """Was the heirs' page (who they are, in order), which names no amount."""
    state, said = first_reply(message)
    assert state == "benefits.jkm" and "Rp42.000.000" in said, (state, said)


def test_a_benefit_asked_about_in_a_long_greeting_is_no_scam() -> None:
    """The model's guess was the scam warning, with no scam cue, where the cue tables read the JKM page."""
    state, said = first_reply("selamat siang kak apakah benar ada santunan untuk pekerja yang meninggal dari bpjs "
                              "ketenagakerjaan yang dibayarin pemerintah kota")
    assert state == "benefits.jkm" and "penipuan" not in said, (state, said)


@pytest.mark.parametrize("message", ["sopir angkot dipukul penumpang, bibir sobek", "ojol dipukul orang di jalan",
                                     "kurir dikeroyok di gang, kepala bocor"])
def test_a_worker_beaten_told_of_as_another_is_asked_about(message: str) -> None:
    """The model's guess was the scam warning ("sopir angkot dipukul penumpang"): "dipukul" read as "jam" (o'clock)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "melapor kecelakaan kerja" in said and "penipuan" not in said, (state, said)


@pytest.mark.parametrize("message", ["motor saya dibegal", "warung saya dirampok", "saya mau pukul orang"])
def test_a_thing_robbed_or_a_blow_not_taken_is_no_harm_told(message: str) -> None:
    state, said = first_reply(message)
    assert not state.startswith(("accident.", "switch.")), (state, said)


@pytest.mark.parametrize("message", [
    "motor saya dibegal, tangan saya luka",  # someone hurt: the harm told, not the loss
    "toko tempat saya kerja kebakaran, pemiliknya meninggal",
    "hp saya hilang",  # the number on the record: the changed-number answer
    "kartu bpjs saya hilang",
    "uang saya hilang ditipu orang ngaku petugas bpjs",  # a scam: its warning
])
def test_a_loss_with_more_in_it_gets_what_the_more_needs(message: str) -> None:
    state, said = first_reply(message)
    assert "bukan harta benda" not in said, (state, said)


def test_a_phone_number_changed_with_the_phone_broken_is_no_thing_to_replace() -> None:
    """"hp saya rusak, nomor wa ganti" was told HPs are not replaced: the number changed, as "nomor hp saya ganti"."""
    state, said = first_reply("hp saya rusak, nomor wa ganti")
    assert "bukan kendaraan atau barang" not in said and state == first_reply("nomor hp saya ganti")[0], (state, said)


@pytest.mark.parametrize(("message", "where"), [
    # A family member's death in other words: were the NIK question, the list of one's claims, "not understood".
    ("istri saya sudah wafat", "death.confirm"),
    ("suami saya sudah berpulang", "death.confirm"),
    ("suami saya telah tiada", "death.confirm"),
    ("suami saya tenggelam saat melaut, jasadnya sudah ditemukan, mau klaim santunan", "death.confirm"),  # was one's claims
    # "sudah tidak ada" may say less than a death: condolence, and asked before a claim starts.
    ("bapak saya sudah tidak ada", "switch.ask_claim"),
    ("ayah saya sudah tidak ada bulan lalu", "switch.ask_claim"),
    ("suami saya sudah tidak ada lagi", "switch.ask_claim"),
    ("my father is gone", "switch.ask_claim"),
    # An animal that is the work or the harm counted against the death (a pet's): was "not understood".
    ("adik saya meninggal tenggelam waktu cari ikan", "death.confirm"),
    ("adik saya meninggal tenggelam pas nyari ikan", "death.confirm"),  # "nyari", as "cari": was not understood
    ("suami saya meninggal pas jualan ayam di pasar", "death.confirm"),
    ("bapak saya meninggal ditanduk sapi pas angon", "death.confirm"),
])
def test_a_death_told_in_other_words_is_a_death(message: str, where: str) -> None:
    state, said = first_reply(message)
    assert state == where and "berduka cita" in said, (state, said)


@pytest.mark.parametrize("message", [
    "anak saya masih sekolah dapat beasiswa?", "berapa beasiswa per tahun untuk anak sd?", "anak sy 2 msh sd",
    "my kids are in elementary school",
    "can my son get the scholarship",  # "scholarship" was an unknown word: the hand-off
    "suami saya meninggal, anak saya masih sd, dapat beasiswa?"])
def test_a_childs_schooling_gets_the_scholarship_page(message: str) -> None:
    """Were the JKM page, which gives the scholarship one line and no amount per level, or "not understood"."""
    state, said = first_reply(message)
    assert state == "benefits.scholarship" and "SD: Rp" in said, (state, said)


@pytest.mark.parametrize("message", ["anak sy mau beasiswa dari bpjs, syaratnya apa", "syarat beasiswa bpjs tk apa aja"])
def test_the_scholarships_requirements_asked_get_who_may_have_it_and_what_is_brought(message: str) -> None:
    """Were the JKM claim's documents (the heir's KTP, the death certificate…), not what a scholarship is applied with
    each year."""
    state, said = first_reply(message)
    assert state == "benefits.scholarship_documents", (state, said)
    assert "Syarat beasiswa: peserta meninggal" in said and "akta kelahiran anak" in said and "rapor" in said, said
    assert "Akta kematian" not in said, said


@pytest.mark.parametrize(("message", "asked"), [
    ("can i check my mother's status", "Type the NIK to check"),  # was "Type your NIK"
    ("check my dad status", "Type the NIK to check"),
    ("check my status", "Type your NIK"),
])
def test_an_english_check_of_a_parents_record_asks_for_their_nik(message: str, asked: str) -> None:
    """"my mother" is normalised to "saya ibu", which in Indonesian is the writer ("saya ibu rumah tangga")."""
    assert _replies("hello", message)[-1].startswith(asked), _replies("hello", message)[-1]


def test_a_salam_pasted_in_arabic_letters_is_answered_as_a_greeting() -> None:
    """"السلام عليكم" was "Maaf, saya belum mengerti", with no salam back."""
    first = _replies("السلام عليكم ورحمة الله وبركاته")[0]
    assert first.startswith("Waalaikumsalam.") and "Mau dibantu apa?" in first, first
    later = _replies("halo", "menu", "السلام عليكم")[-1]
    assert later.startswith("Waalaikumsalam.") and "belum mengerti" not in later, later


@pytest.mark.parametrize(("message", "told"), [
    ("ok i will go to the bpjs office tomorrow", "All right. At the BPJS Ketenagakerjaan branch office"),  # the NIK question
    ("someone is using my nik", "If someone else is using your NIK"),  # was the scam warning
    ("my rt head asked for a copy of my ktp", "To propose you for this programme"),  # was not understood
    ("my rt head asked for money to register me", "No fee is charged for being proposed"),  # was an RT head's sign-in
    ("is this really from bpjs?", "Kawan Kerja is not an official BPJS Ketenagakerjaan service"),  # not understood
])
def test_the_same_plans_and_worries_in_english(message: str, told: str) -> None:
    assert _replies("hello", message)[-1].startswith(told), _replies("hello", message)[-1]


@pytest.mark.parametrize("message", [
    "nanti saya hubungi lagi",  # was an officer asked for ("hubungi saya")
    "nanti saya kabari lagi",  # was one's claims
    "besok saya chat lagi ya",  # the NIK question
    "ok nanti saya tanya lagi",  # the help page
    "ok bye", "dadah min", "sampai jumpa", "see you",  # "not understood"
])
def test_a_goodbye_is_said_goodbye_to(message: str) -> None:
    state, said = first_reply(message)
    assert state == "menu.done" and said.startswith("Baik, terima kasih. Jika perlu bantuan lagi"), (state, said)


def test_the_scholarship_page_offers_its_requirements() -> None:
    replies = _replies("halo", "beasiswa", "syarat")
    assert replies[-1].startswith("Syarat beasiswa: peserta meninggal"), replies[-1]


def test_a_wrong_answer_at_the_scholarships_requirements_keeps_its_choices() -> None:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "beasiswa", "syarat", "xyzzy qwerty"):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    assert conversation.state == "benefits.scholarship_documents"
    assert step.replies[0].text.startswith("Maaf, saya belum mengerti.")
    assert [choice.label for choice in step.replies[-1].choices] == ["Besaran beasiswa", "Hitung santunan", "Menu utama"]


@pytest.mark.parametrize(("message", "state", "told"), [
    # A paper not had yet, told before the question whether to claim: it was answered whether a death is paid at all.
    ("akta kematian belum jadi, bisa klaim dulu?", "switch.ask_claim", "Akta kematian diurus di Disdukcapil"),
    ("almarhum tidak punya kk", "switch.ask_claim", "Kartu Keluarga"),  # was only asked whether to claim
    ("bapak sy meninggal, kartu bpjs nya ga ketemu", "death.confirm", "Nomor KPJ tertulis di kartu peserta"),  # unanswered
    # One's card lost, asked whether one can claim: the scam warning, and BPJS Kesehatan's answer.
    ("kartu bpjsnya hilang, bisa klaim?", "menu.next", "Kartu peserta yang hilang tidak menghalangi klaim"),
    ("kartu bpjs nya hilang bisa klaim ga", "menu.next", "Kartu peserta yang hilang tidak menghalangi klaim"),
    ("i lost my card, can i still claim", "menu.next", "Kartu peserta yang hilang tidak menghalangi klaim"),
    # No KTP yet, asked whether one can be proposed: was a claim's lost paper, or the enrolment answer silent on it.
    ("blm punya ktp bs didaftarin rt ga", "menu.next", "Tanpa e-KTP pun bisa diusulkan"),
    ("ktp sy masih ngurus, bisa diusulkan ga", "menu.next", "Tanpa e-KTP pun bisa diusulkan"),
])
def test_a_paper_not_had_is_answered_before_a_claim(message: str, state: str, told: str) -> None:
    landed, said = first_reply(message)
    assert landed == state and told in said and "penipuan" not in said, (landed, said)


def test_the_day_of_a_burial_is_not_taken_as_the_day_of_death() -> None:
    state, said = first_reply("hari ini bapak saya dimakamkan, mau urus santunan")
    assert state == "death.confirm" and "Tanggal meninggal" not in said, said


@pytest.mark.parametrize(("texts", "shown"), [
    # At a page, a programme's papers asked for without its name are that programme's: the JKK page's were the JKM's.
    (("2", "1", "dokumennya apa"), "Dokumen klaim kecelakaan kerja (JKK)"),
    (("2", "1", "syaratnya?"), "Dokumen klaim kecelakaan kerja (JKK)"),  # was not understood
    (("beasiswa", "syaratnya?"), "Syarat beasiswa"),  # the page's own option, asked: was not understood
    (("beasiswa", "syarat?"), "Syarat beasiswa"),
    (("syaratnya?",), "Dokumennya tergantung klaimnya. Klaim untuk apa?"),  # at the menu: which claim's
])
def test_papers_asked_at_a_page_are_its_programmes(texts: tuple[str, ...], shown: str) -> None:
    said = _replies("halo", *texts)[-1]
    assert said.startswith(shown), said


def test_which_claims_papers_is_asked_and_each_choice_shows_them() -> None:
    engine = make_engine()
    for choice, page in (("1", "Dokumen klaim kecelakaan kerja (JKK)"), ("kematian", "Dokumen klaim santunan kematian"),
                         ("3", "Syarat beasiswa")):
        conversation = engine.new_conversation("console", "u1")
        for text in ("halo", "dokumen klaim apa aja", "xyzzy qwerty", choice):
            step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
            conversation = step.conversation
            if text == "dokumen klaim apa aja":
                assert step.replies[-1].text == "Dokumennya tergantung klaimnya. Klaim untuk apa?"
            if text == "xyzzy qwerty":  # a wrong answer: told so, the three choices kept
                assert step.replies[0].text.startswith("Maaf, saya belum mengerti.")
                assert [c.label for c in step.replies[-1].choices] == [
                    "Kecelakaan kerja", "Kematian", "Beasiswa anak", "Menu utama"]
        assert step.replies[0].text.startswith(page), step.replies[0].text


@pytest.mark.parametrize(("message", "where"), [
    # A worker asking to be enrolled, or to enrol their family, was sent to the officer's sign-in.
    ("saya mau didaftarkan", "menu.next"),
    ("istri saya ibu rumah tangga bisa didaftarkan?", "menu.next"),
    ("anak saya kerja serabutan bisa didaftarkan ga", "menu.next"),
    ("apakah istri saya juga bisa didaftarkan", "menu.next"),  # "juga" made it the status check's NIK question
    ("gimana cara daftarin istri juga", "menu.next"),
    ("apakah istri saya sudah didaftarkan", "status.ask_nik"),  # whether she is: her record
    ("tetangga saya ibu2 jualan gorengan belum terdaftar, bisa diusulkan?", "menu.next"),  # a resident asking for one
    ("tetangga saya belum punya bpjs, gimana caranya", "menu.next"),
    # An RT head proposing neighbours still signs in.
    ("pak rt mau daftarkan warga", "officer."),
    ("saya ketua rt mau daftarkan tetangga", "officer."),
    # An RT head naming themself, or a proposal acted on: were told how enrolment works.
    ("saya rt, mau cek usulan yang kemarin", "officer."),
    ("saya mau hapus usulan", "officer."),
    # A resident's death told by their RT head, read as a status check: the officers' sign-in, whose menu reports it.
    ("warga saya sudah meninggal tapi masih terdaftar", "officer."),
])
def test_being_enrolled_is_not_signing_in_as_an_officer(message: str, where: str) -> None:
    state, said = first_reply(message)
    assert state.startswith(where) and ("ketua RT" in said) is (where == "menu.next"), (state, said)


@pytest.mark.parametrize("message", ["sy mau daftarin istri sy", "daftarin bapak sy dong", "suami sy blm terdaftar, gmn caranya",
                                     "anak sy mau didaftarin jg bisa?", "apakah istri saya juga bisa didaftarkan"])
def test_someone_elses_enrolment_is_answered_of_them(message: str) -> None:
    """Was "Jika Anda belum terdaftar, sampaikan ke ketua RT Anda", of the writer; "daftarin bapak sy dong" was not
    understood."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Keluarga atau teman Anda bisa didaftarkan lewat usulan ketua RT "
                                                    "tempat ia tinggal"), (state, said)
    assert "Jika Anda belum terdaftar" not in said and "dengan NIK-nya" in said


@pytest.mark.parametrize(("message", "job"), [("apakah pemulung bisa ikut", "Pemulung"),
                                              ("guru ngaji bisa dapet bpjs gratis?", "Guru ngaji"),
                                              ("sy ojol, kena bpjs ga", "Ojek online")])
def test_a_job_of_the_list_asked_about_is_said_to_be_one(message: str, job: str) -> None:
    """Was only how one is enrolled, never whether the job can be: the answer to what was asked."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith(f"{job} termasuk pekerjaan yang bisa diusulkan. Pekerja rentan "
                                                    "didaftarkan lewat usulan ketua RT"), said


def test_ones_own_enrolment_is_still_answered_of_oneself() -> None:
    assert "Jika Anda belum terdaftar, sampaikan ke ketua RT Anda" in first_reply("pak sy mau daftar")[1]


@pytest.mark.parametrize(("message", "told"), [
    # A lost card or KTP: were the list of one's claims, BPJS Kesehatan's answer, the enrolment answer.
    ("ktp saya hilang", ("NIK", "Kartu Keluarga", "Disdukcapil")),  # the KTP's answer, not the BPJS card's (JMO)
    ("kartu bpjs saya hilang", ("NIK", "JMO")),
    ("kartu kpj hilang", ("NIK", "JMO")),
    ("kartu bpjs tk ilang gimana", ("NIK", "JMO")),
    ("kartu kpj saya rusak kena air", ("tidak menghalangi", "JMO")),  # how it was ruined: was not understood
    ("kartu bpjs ilang gmn cara buat baru", ("tidak menghalangi", "JMO")),  # a new one asked: was the loan answer
    ("kartu hilang bisa cetak ulang?", ("tidak menghalangi", "JMO")),  # was a hand-off
    ("kartu bpjs saya kecuci", ("tidak menghalangi", "JMO")),  # washed: was the status check's NIK question
    ("kartu bpjs sy gak ada, hilang", ("tidak menghalangi", "JMO")),  # was the status check's NIK question too
    ("kartu kpj kecuci ikut celana", ("tidak menghalangi", "JMO")),  # was the enrolment answer ("ikut": "daftar")
    ("my bpjs card is lost", ("NIK", "JMO")),
    ("kartu bpjs sy ga ketemu", ("tidak menghalangi", "JMO")),  # not found: was the status check's NIK question
    # Who runs this chat: was the JMO app's answer, the status check's NIK question.
    ("siapa yang bikin aplikasi ini", ("bukan layanan resmi",)),
    ("ini dari pemkot?", ("bukan layanan resmi",)),
    ("yang ngelola chat ini siapa", ("bukan layanan resmi",)),
    # What BPJS Ketenagakerjaan is: was "not understood", the JKK page, the rates, or (in English) the scam warning.
    ("bpjs ketenagakerjaan itu apa", ("badan jaminan sosial", "Rp42.000.000", "Rp16.800")),
    ("apa itu bpjs tk", ("badan jaminan sosial",)),
    ("what is bpjs ketenagakerjaan", ("badan jaminan sosial",)),
    # How long one must be enrolled before a benefit: was how long a payout takes, one's claims, the rates.
    ("berapa lama harus jadi peserta biar dapet santunan", ("tidak ada masa tunggu yang kami ketahui", "3 tahun")),
    ("ada masa tunggu ga buat klaim?", ("tidak ada masa tunggu yang kami ketahui",)),
    ("minimal berapa bulan iuran baru bisa klaim", ("tidak ada masa tunggu yang kami ketahui",)),
    ("kartu bpjs nya hilang gmn", ("tidak menghalangi", "JMO")),  # was BPJS Kesehatan's answer
    # Whether the bot can be trusted: "bot ini resmi dari bpjs?" was told "Hati-hati, itu ciri penipuan", "saya tidak
    # mau kasih nik" got the JMO app's answer, "kenapa minta nik saya" the NIK question, the rest "not understood".
    ("bot ini resmi dari bpjs?", ("bukan layanan resmi",)),
    ("is this bot official", ("bukan layanan resmi",)),
    ("is this an official bpjs service", ("bukan layanan resmi",)),  # was the scam warning
    ("ini beneran dari bpjs?", ("bukan layanan resmi",)),  # "this", asked alone: this chat (was the scam warning)
    # One's NIK or name used by someone else: was one's claims, the enrolment answer.
    ("nik saya dipakai orang lain", ("dipakai orang lain", "Contact Center 175")),
    ("saya sudah pensiun masih bisa?", ("Batas umur peserta",)),  # retired, asking to join: was the NIK question
    # How one was served, complained of: was "not understood". Money asked of one stays the scam's warning.
    ("pelayanan lambat", ("Keluhan tentang layanan kantor cabang", "bicara dengan petugas")),
    ("petugasnya jutek", ("Keluhan tentang layanan kantor cabang",)),
    ("mau lapor petugas yang minta uang", ("penipuan",)),
    ("ada yang pakai nama saya daftar bpjs", ("dipakai orang lain", "Contact Center 175")),
    ("ini resmi dari bpjs?", ("bukan layanan resmi",)),
    ("ada wa ngaku dari bpjs, ini resmi?", ("penipuan",)),  # a message received: the warning
    # A letter the branch asked for, from the RT or the kelurahan: was the scam warning. Money asked with it still is.
    ("td sy dtg ke kantor bpjs katanya harus bawa surat dari rt", ("surat pendukung", "penipuan")),
    ("petugas bpjs suruh bawa surat pengantar rt", ("surat pendukung", "penipuan")),
    ("ada yang minta uang 100rb buat surat dari rt", ("Hati-hati", "penipuan")),
    # This chat named ("wa ini", "nomor ini", "this chat") was the scam warning or "not understood"; a message received
    # from elsewhere stays the warning.
    ("wa ini resmi dari bpjs?", ("bukan layanan resmi",)),
    ("nomor ini resmi ga", ("bukan layanan resmi",)),
    ("chat ini asli bpjs bukan", ("bukan layanan resmi",)),
    ("is this whatsapp number official?", ("bukan layanan resmi",)),
    ("ada wa ngaku dari bpjs, nomor ini resmi?", ("penipuan",)),
    ("ada yang kirim link bpjs, resmi ga?", ("penipuan",)),
    # A fee asked about ("biaya admin") was the scam warning, or one's claims; a fee someone named stays the warning.
    # ("ada admin ga" asks for a person: the hand-off, test_what_must_not_start_a_claim_does_not.)
    ("ada biaya admin ga klaimnya", ("Gratis.", "penipuan")),
    ("klaim kena biaya admin?", ("Gratis.", "penipuan")),
    ("biaya admin klaim jkm 500rb katanya", ("Hati-hati", "penipuan")),
    # The masked name of the status result asked about: was the scam warning, the status check's NIK question.
    ("nama saya kok bintang bintang", ("Nama ditampilkan sebagian",)),
    ("kenapa nama sy di sensor", ("Nama ditampilkan sebagian",)),
    ("why is my name hidden", ("Nama ditampilkan sebagian",)),
    # Whose name the account is in: was the JKM page.
    ("buku tabungan atas nama siapa", ("rekening ahli waris",)),
    # A NIK not found, as told: was the scam warning, the NIK question.
    ("nik saya ga ketemu katanya", ("Jika NIK tidak ditemukan", "minta ketua RT")),
    ("nik saya tidak ditemukan", ("Jika NIK tidak ditemukan", "minta ketua RT")),
    # A blurry photo (not understood), papers by email (the loan answer).
    ("foto nya blur gpp?", ("Foto dokumen harus terbaca jelas",)),
    ("fotonya kurang jelas gimana", ("Foto dokumen harus terbaca jelas",)),
    ("bisa kirim lewat email?", ("dikirim lewat chat ini",)),
    # Where the heirs' statement and the death certificate are made: the JKM page, a death claim started.
    ("surat keterangan ahli waris bikin dimana", ("diurus di kelurahan atau desa",)),
    ("akta kematian ngurus dimana", ("Akta kematian diurus di Disdukcapil",)),
    ("apa itu surat ahli waris", ("diurus di kelurahan atau desa",)),  # what it is: was the heirs' page
    ("surat keterangan ahli waris dari mana", ("diurus di kelurahan atau desa",)),
    # A benefit paid at less than expected: the JKM page, one's claims.
    ("kenapa santunan cuma dapat sebagian", ("diputuskan kantor cabang", "nomor klaim")),
    ("sudah cair tapi kurang dari 42 juta", ("diputuskan kantor cabang", "nomor klaim")),
    ("santunan yang masuk ga sesuai", ("diputuskan kantor cabang", "nomor klaim")),
    # Work missed through ordinary illness, money asked: the enrolment answer, BPJS Kesehatan's.
    ("selama sakit ga bisa narik, ada ganti rugi?", ("Untuk sakit biasa", "Rp1.000.000 per bulan")),
    ("saya sakit tipes ga bisa narik 2 minggu", ("Untuk sakit biasa", "Rp1.000.000 per bulan")),  # the enrolment answer
    ("saya sakit ga bisa kerja, dapat uang pengganti?", ("Untuk sakit biasa", "Rp1.000.000 per bulan")),
    # The RT head unwilling, unreachable or not an officer; the quota full: not understood, the hand-off, the sign-in.
    ("rt saya ga mau ngusulin", ("sampaikan langsung ke kelurahan",)),
    ("pak rt sy lagi sakit, siapa yg bisa usulin sy?", ("sampaikan langsung ke kelurahan",)),  # the officers' sign-in
    ("rt sy lagi merantau, sy mau didaftarin gmn", ("sampaikan langsung ke kelurahan",)),  # not understood
    ("pak rt dak nak daftarke aku", ("sampaikan langsung ke kelurahan",)),  # Jambi: was the officers' sign-in
    ("rt nya susah dihubungi", ("sampaikan langsung ke kelurahan",)),
    ("pak rt nya ga mau", ("sampaikan langsung ke kelurahan",)),  # alone, as a reply to a reminder: not understood
    ("rtnya ga bisa", ("sampaikan langsung ke kelurahan",)),
    ("pak rt saya belum daftarin saya", ("sampaikan langsung ke kelurahan",)),  # was the officers' sign-in
    ("gimana kalau rt nya ga ada", ("sampaikan langsung ke kelurahan",)),  # was the JKM page
    ("pak rt cuma daftarin keluarganya sendiri", ("sampaikan langsung ke kelurahan",)),  # was the officers' sign-in
    ("rt nya pilih kasih", ("sampaikan langsung ke kelurahan",)),
    # Money asked for a proposal: "bayaran … ngusulin" got the claims' scam warning; asked by the kelurahan, it was
    # to be reported to the kelurahan.
    ("rt sy minta bayaran buat ngusulin", ("Pengusulan ke program ini tidak dipungut biaya",)),
    ("sy mau ngadu, petugas kelurahan minta uang buat daftar", ("laporkan ke kecamatan, Disnaker",)),
    ("rt di tempat saya kosong", ("sampaikan langsung ke kelurahan",)),
    ("ketua rt saya belum terdaftar jadi petugas", ("belum terdaftar sebagai petugas",)),
    ("kuota kecamatan udah penuh katanya", ("Kuota ditetapkan pemerintah kota",)),
    # How many an RT head may propose: the enrolment answer, the officer's sign-in.
    ("berapa orang yang bisa diusulkan per rt", ("Tidak ada batas per RT",)),
    ("satu rt boleh usulin berapa warga", ("Tidak ada batas per RT",)),
    ("ada batas jumlah usulan per rt?", ("Tidak ada batas per RT",)),
    # No phone of one's own: the JMO app's answer, the loan answer ("pinjam" reads as "pinjaman").
    ("saya ga punya hp sendiri, pakai hp anak", ("Boleh memakai HP keluarga",)),
    ("pinjam hp tetangga boleh?", ("Boleh memakai HP keluarga",)),
    ("klaim lewat hp orang lain bisa?", ("Boleh memakai HP keluarga",)),  # was the belongings' answer (HP not paid for)
    # BPJS Kesehatan compared, or both asked for: BPJS Kesehatan's answer, which sends one away.
    ("sudah punya bpjs kesehatan, perlu ini juga?", ("Keduanya berbeda dan saling melengkapi",)),
    ("apa bedanya bpjs kesehatan sama ketenagakerjaan", ("Keduanya berbeda dan saling melengkapi",)),
    # A salaried worker asking to join: the enrolment answer.
    ("saya pns bisa ikut?", ("PNS, TNI/Polri dan karyawan",)),
    ("sy udah ikut bpjs dari kantor, bisa dobel?", ("Jika perusahaan sudah mendaftarkan Anda",)),  # was the enrolment
    # A salaried job left: was told the programme is not for them.
    ("saya pensiunan pns, jualan sekarang, bisa ikut?", ("Pekerja rentan didaftarkan lewat usulan ketua RT",)),
    ("saya mantan karyawan pabrik, sekarang ngojek, bisa daftar?", ("Pekerja rentan didaftarkan lewat usulan",)),
    ("saya karyawan pabrik bisa ikut program ini?", ("PNS, TNI/Polri dan karyawan",)),
    # Proposed, asking what now: was one's claims.
    ("saya udah diusulin rt bulan lalu, sekarang gimana", ("Tidak ada jangka waktu yang pasti",)),
    ("data saya aman?", ("UU PDP",)),
    ("nik sy disimpan ga", ("UU PDP",)),  # was the status check's NIK question
    ("is my data stored", ("UU PDP",)),  # was not understood
    ("kenapa minta nik saya", ("NIK dipakai untuk",)),
    ("saya tidak mau kasih nik", ("NIK dipakai untuk",)),
    ("hapus data saya", ("bicara dengan petugas",)),
    # Someone else asking for the NIK or an OTP is still the scam warning.
    ("ada link cek penerima bantuan minta isi nik dan otp, aman gak?", ("penipuan",)),
    ("ada yang minta nik saya lewat wa katanya dari bpjs", ("penipuan",)),
    # Cancelling a claim: was "not understood", and the second started a death claim with condolence.
    ("saya mau batalkan klaim", ("bisa Anda batalkan sendiri", "hanya bisa ditutup petugas")),
    ("saya mau batalin klaim", ("bisa Anda batalkan sendiri", "hanya bisa ditutup petugas")),  # the informal "batalin": not understood
    ("klaim jkm saya mau dicabut aja", ("bisa Anda batalkan sendiri", "hanya bisa ditutup petugas")),
    # Asked before a report or a claim: were the list of one's claims, the status check, BPJS Kesehatan's answer, "not
    # understood", the JKM page, and the scam warning for an office far away.
    ("udah lewat 2x24 jam gimana", ("tidak dengan sendirinya menghapus hak",)),
    ("saya dirawat di rs swasta, bukan mitra bpjs", ("simpan kuitansinya",)),
    ("biaya berobat saya bayar sendiri dulu, bisa diganti?", ("simpan kuitansinya",)),
    ("klaim bisa lewat wa?", ("Lapak Asik",)),
    ("harus ke kantor bpjs ga?", ("Lapak Asik",)),
    ("ahli waris harus ke kantor cabang ga", ("Lapak Asik",)),  # was the page of the heirs in their order
    ("kantor bpjs jauh dari rumah saya", ("Lapak Asik",)),
    ("cara klaim jkm online lewat hp", ("Lapak Asik",)),  # started a death claim, with condolence: no death told
    ("cara klaim jkm online", ("Lapak Asik",)),
    # What BPU means, or how it differs from PU: the JKK page, the status check, or not understood.
    ("apa itu bpu", ("bukan penerima upah", "penerima upah")),
    ("peserta bpu artinya apa", ("bukan penerima upah", "penerima upah")),
    ("apa bedanya bpu dan pu", ("bukan penerima upah", "penerima upah")),
    ("the office is far from my house", ("Lapak Asik",)),
    # Whether one is too old to join got the status check's NIK question; FACTS.md gives no limit.
    ("saya sudah 60 tahun masih bisa ikut?", ("Batas umur", "ketua RT")),
    ("umur sy 65, bisa?", ("Batas umur", "ketua RT")),  # was handed to an officer
    ("sy udah tua, masih bisa ikut?", ("Batas umur", "ketua RT")),  # was the NIK question
    ("anak sy umur 17 udah kerja, bisa didaftarin?", ("Batas umur", "ketua RT")),  # was the enrolment answer alone
    ("sy kerja di 2 tempat, bisa dobel bpjs tk?", ("terdaftar dua kali", "kantor cabang")),  # was the JHT answer
    ("bisa dobel bpjs tk ga", ("terdaftar dua kali", "kantor cabang")),  # was not understood
    ("batas umur peserta berapa", ("Batas umur", "ketua RT")),
    ("kakek saya usia 70 masih bisa didaftarkan ga", ("Batas umur", "ketua RT")),
    ("how old can i join", ("Batas umur", "ketua RT")),
    ("the age limit to join?", ("Batas umur", "ketua RT")),
    # A claim's paper missing, asked at the menu: not understood, or the help text. What stands in for it, and that
    # the claim is recorded without it (as inside a claim).
    ("ktp suami saya hilang, bisa klaim?", ("Disdukcapil", "tetap bisa dicatat")),
    ("saya tidak punya rekening bank", ("rekening ahli waris", "tetap bisa dicatat")),
    ("akta kematian belum jadi", ("Surat keterangan kematian", "tetap bisa dicatat")),
    ("akta nya blm jadi", ("Surat keterangan kematian", "tetap bisa dicatat")),  # "akta" alone: not understood,
    ("besok ya sy kirim, akta nya blm jadi", ("Surat keterangan kematian", "tetap bisa dicatat")),  # the NIK question
    ("kk saya hilang", ("Disdukcapil", "tetap bisa dicatat")),
    # Whether it costs anything: the status check's NIK question, or not understood. A fee asked is still a scam.
    ("apakah ini gratis", ("Gratis", "penipuan")),
    ("ngurus klaim ada biayanya ga", ("Gratis", "penipuan")),
    ("is this free", ("Gratis", "penipuan")),
    ("is it free", ("Ya. Dalam program ini iurannya dibayar pemerintah kota", "penipuan")),  # was only told that claims
    # and the bot cost nothing, as "apa bener gratis" is not
    ("do i need to pay anything", ("Gratis", "penipuan")),  # were not understood
    ("is there a fee", ("Gratis", "penipuan")),
    ("ada oknum yang nawarin bantu urus klaim tapi minta fee 10 persen", ("Hati-hati", "penipuan")),
    # One's record wrong or changed: the JKM page, the status check's NIK question, BPJS Kesehatan's answer.
    ("nama di kartu salah", ("kantor cabang", "kelurahan")),
    ("saya mau ganti data", ("kantor cabang", "kelurahan")),
    ("alamat saya pindah", ("kantor cabang", "kelurahan")),
    ("my name is wrong on the card", ("kantor cabang", "kelurahan")),
    # How to send a claim's papers: the loan answer, the enrolment answer ("susulan" reads as "usulan"), nothing.
    ("bisa kirim pdf?", ("PDF", "20 MB", "Cek klaim")),
    ("kirim berkas lewat wa bisa?", ("PDF", "20 MB", "Cek klaim")),
    ("saya mau kirim dokumen susulan", ("PDF", "20 MB", "Cek klaim")),
    ("cara upload dokumen", ("PDF", "20 MB", "Cek klaim")),
    ("mau tambah dokumen", ("PDF", "20 MB", "Cek klaim")),  # was not understood
    ("surat dokter dibuat di mana", ("diminta ke dokter atau rumah sakit yang merawat",)),  # was the JKM page
    # A phone lost or stolen listed one's claims (the model's guess, with no cue): what the changed number needs.
    ("hp saya hilang", ("Nomor HP yang terdaftar", "nomor KPJ")),
    ("hp saya dirampok", ("Nomor HP yang terdaftar", "nomor KPJ")),
    # How to change it, asked (the model guessed how to be enrolled).
    ("gimana cara ganti nomor hp yg terdaftar", ("Nomor HP yang terdaftar", "nomor KPJ")),
    # The new WhatsApp number named with the loss: was told a phone is not paid for, or asked a NIK.
    ("hp dicuri, nomor wa ganti, gimana", ("Nomor HP yang terdaftar", "nomor KPJ")),
    ("nomor wa saya ganti, gimana", ("Nomor HP yang terdaftar", "nomor KPJ")),
    # A lost phone's JMO account: was told a phone is not paid for.
    ("hp saya hilang, akun jmo saya gimana", ("akun aplikasi JMO", "Contact Center 175")),
    # A death claim filed by someone else: was the question whether to start a claim, or "not understood".
    ("klaim jkm bisa diwakilkan ga", ("atas nama ahli waris", "surat kuasa")),
    # An accident report by someone else: was only asked whether to report.
    ("klaim kecelakaan bisa diwakilkan istri?", ("Keluarga/orang lain", "surat kuasa")),
    ("klaim jkk bisa diwakilkan?", ("Keluarga/orang lain", "surat kuasa")),
    ("tetangga sy meninggal td pagi, keluarganya ga ngerti hp, sy bantu urus bisa?", ("atas nama ahli waris",)),
    ("ngurus klaim kematian boleh diwakilin sodara?", ("atas nama ahli waris", "surat kuasa")),
    ("klaim bisa diwakilkan ga", ("atas nama ahli waris", "surat kuasa")),  # was "tidak mengurus pinjaman" (a loan)
    ("klaim bisa di bank ga", ("Lapak Asik", "Bank mitra melayani pendaftaran")),  # was the loan answer too
    # Asked without a programme named: were told about the old-age savings (JHT), which no one named.
    ("klaim bisa diwakilkan?", ("atas nama ahli waris", "surat kuasa")),
    ("sy ga bisa ke kantor bpjs, bisa diwakili adik?", ("atas nama ahli waris", "surat kuasa")),
    ("bisa diwakilkan adik sy ga yg urus", ("atas nama ahli waris", "surat kuasa")),  # was handed to an officer
    ("bisa diwakilkan ga ngurusnya?", ("atas nama ahli waris", "surat kuasa")),  # was not understood
    ("klaim jht bisa diwakilkan?", ("tabungan terpisah",)),  # named: still the old-age savings' answer
    ("klaim kematian ada batas waktunya?", ("tidak punya batas waktu",)),  # was whether to claim now
    # Cover through a ride-hailing company: the scam warning, how one is enrolled.
    ("bpjs dari aplikator beda ga sama yg dari pemkot", ("lewat aplikator", "kantor cabang yang memastikan")),
    ("sy udah ada bpjs dari gojek, masih bisa ikut program ini?", ("lewat aplikator",)),
    ("tolong hapus nomor sy dari sistem", ("ketik BERHENTI", "data Anda dihapus")),  # was the help page
    # A relative handling one's own claim: was not understood (the writer is alive: an accident's).
    ("istri sy bisa klaim untuk sy?", ("Keluarga/orang lain",)),
    ("bisa istri yang urus klaim saya?", ("Keluarga/orang lain",)),
    # "dibilang" (said) was corrected to "ditilang" (fined): a traffic fine's answer for a benefit paid otherwise.
    ("santunan yg cair beda sama yg dibilang", ("Bisa lebih kecil",)),
    # A disaster's aid: was the scam warning.
    ("ada santunan buat korban banjir?", ("tidak punya santunan bencana",)),
    # Who may take part: was how one is enrolled ("ikut" reads "daftar").
    ("siapa aja yg bisa ikut program ini", ("untuk pekerja rentan: pekerja informal",)),
    ("siapa yang bisa daftarin saya", ("didaftarkan lewat usulan ketua RT",)),  # who enrols one: still that
    # Whether the worker pays: the scam warning, how one is enrolled, the NIK question.
    ("bpjs ini bayar ga", ("peserta tidak membayar apa pun",)),
    ("program ini bayar ga", ("peserta tidak membayar apa pun",)),
    ("apakah peserta harus bayar", ("peserta tidak membayar apa pun",)),
    ("disuruh bayar admin bpjs 200rb", ("penipuan",)),  # money demanded: still the warning
    # The KPJ and the NIK compared: was the JKK page, or the status check's NIK question.
    ("apa bedanya kpj sama nik", ("11 angka", "Bukan NIK")),
    ("nomor kpj itu sama kaya nik?", ("11 angka", "Bukan NIK")),
    # A community helper who is no RT head: was sent to the officers' sign-in.
    ("sy kader posyandu, bisa bantu daftarin warga?", ("Usulan warga dibuat ketua RT yang terdaftar",)),
    ("sy ketua rw, bisa usulin warga?", ("Usulan warga dibuat ketua RT yang terdaftar",)),  # the officers' sign-in
    # Treated at a puskesmas: was told why a benefit is paid at less ("ga masuk rs" read as money not come in).
    ("kecelakaan kerja tapi ga masuk rs, cuma di puskesmas", ("simpan kuitansinya",)),
    ("santunan udah masuk tapi cuma sebagian", ("Bisa lebih kecil",)),  # money: still that answer
    # A job named with whether it is covered: an accident report was started ("kena" read as a harm), "not understood".
    ("sy ojol, kena bpjs ga", ("didaftarkan lewat usulan ketua RT",)),
    ("sy kerja jadi kuli panggul di pasar, kena bpjs ga", ("didaftarkan lewat usulan ketua RT",)),
    # Jasa Raharja beside this cover: was "not understood" (FACTS.md §7: on the road it pays first, JKK the rest).
    ("jasa raharja sama bpjs bisa dua duanya?", ("Jasa Raharja membayar lebih dulu", "sisanya ditanggung JKK")),
    ("kecelakaan lalu lintas dapet dari jasa raharja jg?", ("Jasa Raharja membayar lebih dulu",)),  # the JKK page
    ("yg bayar duluan jasa raharja atau bpjs", ("Jasa Raharja membayar lebih dulu",)),
    # A phone as the means: was told that phones are not paid for; coming in person: that a claim needs no go-between.
    ("bisa klaim lewat hp?", ("Lapak Asik",)),
    ("klaim pake hp bisa", ("Lapak Asik",)),
    ("ngurus klaim harus datang sendiri?", ("Lapak Asik", "apakah perlu datang")),
    # A plan to go to the branch told: was the scam warning ("itu ciri penipuan"), the JKM page.
    ("ok saya ke kantor bpjs dulu", ("Baik. Ke kantor cabang", "dokumen aslinya")),
    ("saya ke kantor bpjs besok", ("Baik. Ke kantor cabang", "dokumen aslinya")),
    ("oke nanti saya ke kantor cabang", ("Baik. Ke kantor cabang", "dokumen aslinya")),
    ("saya disuruh ke kantor bpjs bayar admin dulu", ("penipuan",)),  # money asked: still the warning
    # The RT head asking for one's KTP or KK: was the scam warning, which could turn a neighbour from being proposed.
    ("pak rt minta fotokopi ktp", ("ketua RT memerlukan data dari KTP atau KK", "tidak dipungut biaya")),
    ("rt minta kk sama ktp saya buat apa ya", ("ketua RT memerlukan data dari KTP atau KK",)),
    ("pak rt minta uang 50rb buat daftar bpjs", ("Pengusulan ke program ini tidak dipungut biaya", "tolak")),  # money
    ("dokumen asli dibawa ga", ("Lapak Asik", "membawa dokumen asli ke kantor cabang")),  # was the JMO app's login
    ("ktp asli harus dibawa?", ("Lapak Asik", "membawa dokumen asli ke kantor cabang")),
    ("ngurus klaim boleh diwakilin saudara?", ("atas nama ahli waris", "surat kuasa")),  # was the heirs in order
    ("klaim santunan bisa pakai surat kuasa?", ("atas nama ahli waris", "surat kuasa")),
    ("can someone else file the death claim for me", ("atas nama ahli waris", "surat kuasa")),
    # A passenger hurt, asked about: was the JKK page (the participant's cover) or "not understood".
    ("penumpang saya yang luka dapat jkk?", ("bukan penumpang", "Jasa Raharja")),
    ("saya supir angkot, kalau tabrakan penumpang luka ditanggung?", ("bukan penumpang", "Jasa Raharja")),
    ("is my injured passenger covered", ("bukan penumpang", "Jasa Raharja")),
    # A claim's deadline: "batas waktu klaim jkk" started a report with the question as its story, "batas waktu klaim
    # jkm" a death claim with condolence; the rest were the JKM page or "not understood".
    ("batas waktu klaim jkk", ("2×24 jam", "5 tahun")),
    ("klaim jkk paling lambat kapan", ("2×24 jam", "5 tahun")),
    ("jkk kadaluarsa berapa tahun", ("2×24 jam", "5 tahun")),
    ("batas waktu klaim jkm", ("tidak punya batas waktu",)),
    ("klaim bisa hangus ga", ("5 tahun", "tidak punya batas waktu")),
    ("deadline lapor kecelakaan kerja", ("2×24 jam", "5 tahun")),  # opened the report: its menu label and a word more
    ("deadline klaim jkk kapan", ("2×24 jam", "5 tahun")),  # one's claims
    # A job changed: the first started an accident report with it as the story; the others were "not understood".
    ("saya sudah tidak jadi ojek, sekarang kerja di pabrik", ("tidak menerima upah", "kelurahan", "kantor cabang")),
    ("saya ganti kerja jadi karyawan toko", ("tidak menerima upah", "kelurahan", "kantor cabang")),
    ("udah ga narik lagi, sekarang jadi satpam", ("tidak menerima upah", "kelurahan", "kantor cabang")),
    ("sy udah dapet kerja di pabrik, masih bisa pake ini?", ("tidak menerima upah", "kelurahan")),  # JHT's answer
    ("skrg sy kerja di pabrik", ("tidak menerima upah", "kelurahan")),  # these were not understood
    ("sy keterima kerja di pt, bpjs nya gmn", ("tidak menerima upah", "kelurahan")),
    ("formulir tahap 1 dapet dimana", ("Formulir laporan kecelakaan kerja tahap I diisi di kantor cabang",)),  # the
    ("saksi kecelakaan harus siapa", ("Saksi adalah dua orang",)),  # JKM page, the JKK page
    ("i got a job at a factory, can i still use this", ("tidak menerima upah", "kelurahan")),
    # How long a JKM claim takes, asked as a rule: the JKM page, which does not say it.
    ("berapa lama proses klaim jkm", ("3 hari kerja", "Kantor cabang yang memastikan")),
    ("santunan kematian berapa lama prosesnya", ("3 hari kerja", "Kantor cabang yang memastikan")),
    ("santunan kematian cair berapo lamo", ("3 hari kerja", "Kantor cabang yang memastikan")),  # Jambi: the amounts
    ("min klaim jkk brp lama prosesnya", ("30 hari setelah laporan tahap I",)),  # was one's claims
    # Moving house within the city: was BPJS Kesehatan's.
    ("saya pindah rumah ke kecamatan lain, bpjs nya gimana", ("tempat Anda didaftarkan", "kelurahan")),
    # One's NIK forgotten: was the JMO app's forgotten password.
    ("lupa nik", ("e-KTP", "Kartu Keluarga")),
    # How and where contributions are paid, the city stopping (the rates page); how long the programme lasts (one's
    # claims).
    ("bayar iuran bpjs tk dimana", ("sekaligus untuk 3, 6 atau 12 bulan", "agen Perisai")),
    ("iuran bisa dibayar setahun sekaligus?", ("sekaligus untuk 3, 6 atau 12 bulan", "agen Perisai")),
    ("kalau pemkot berhenti bayar gimana", ("peserta mandiri", "Rp16.800")),
    # Cover from a former employer: the status check, which holds only the city's programme.
    ("bpjs tk saya dari kantor lama masih aktif ga", ("tempat kerja dulu", "JMO")),
    # A layoff: one's claims, the JKM page.
    ("saya korban pHK bisa klaim apa", ("JHT (Jaminan Hari Tua)",)),
    ("saya kena phk, dapat apa dari bpjs", ("JHT (Jaminan Hari Tua)",)),
    ("saya di phk", ("JHT (Jaminan Hari Tua)",)),  # told alone: was the NIK question, a guess
    ("saya kehilangan pekerjaan, bisa klaim?", ("JHT (Jaminan Hari Tua)",)),  # was not understood
    ("i lost my job, can i still claim?", ("JHT (Jaminan Hari Tua)",)),
    ("i got fired, can i claim", ("JHT (Jaminan Hari Tua)",)),  # was one's claims
    ("bpjs dari perusahaan dulu masih aktif?", ("tempat kerja dulu", "JMO")),
    # "perusahaan" reads as "usaha": the employer's cover was the enrolment answer.
    ("saya sudah punya bpjs tk dari perusahaan, bisa ikut ini?", ("Jika perusahaan sudah mendaftarkan Anda",)),
    ("yg bayar iuran kan pemkot, kalo pemkot telat bayar gmn", ("terlambat membayar", "Disnaker")),  # the rates page
    ("pemkot blm bayar iuran sy", ("terlambat membayar", "Disnaker")),  # not yet paid: was the rates page too
    ("ada wa ngaku petugas bpjs", ("penipuan",)),  # a number that says it is an officer's: the warning
    ("program ini sampai kapan", ("anggaran kota", "Cek kepesertaan")),
    # How one proves a record is one's own: was the JMO app's answer, the enrolment answer.
    ("gimana cara buktikan data saya", ("nomor KPJ", "kode", "Tanggal lahir bukan bukti")),
    ("how do i prove it's my data", ("nomor KPJ", "kode", "Tanggal lahir bukan bukti")),
    # Whether RT heads are covered too (the officers' sign-in, the JKK page); a proposal refused (the status check).
    ("ketua rt bisa dapat bpjs juga?", ("1.650 ketua RT", "kelurahan")),
    ("rt juga ditanggung ga", ("1.650 ketua RT", "kelurahan")),
    ("usulan saya ditolak kelurahan kenapa", ("Alasan usulan ditolak", "Usulan saya")),
    # A record the branch could not find: how a claim is filed online, the status check's NIK question.
    (("pak saya sudah 2 kali ke kantor bpjs tapi disuruh balik terus karena katanya data suami saya tidak ditemukan, "
      "padahal dia terdaftar dari pemkot, saya harus bagaimana"), ("tidak menemukan data kepesertaan", "Cek kepesertaan",
                                                                 "bicara dengan petugas")),
    ("kata cabang data saya gak ketemu", ("tidak menemukan data kepesertaan", "nomor KPJ")),
    # What an official channel is (FACTS.md §11): was the JKM page ("asik" reads as "adik"), the answer for an account
    # that cannot sign in, nothing.
    ("lapak asik itu apa", ("Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id) adalah layanan klaim", "kode QR")),
    ("jmo itu apa", ("JMO adalah aplikasi resmi BPJS Ketenagakerjaan", "kartu peserta digital")),
    ("agen perisai itu apa", ("Agen Perisai adalah", "pekerja mandiri (BPU)")),
    # How far one's own proposal went: was how one is proposed ("sampaikan ke ketua RT"), the status check.
    ("usulan sy udh disetujui blm", ("dipilih kecamatan sesuai kuota", "\"Usulan saya\"", "dikirim ke sini")),
    ("sy udh diusulin rt, kapan aktifnya", ("dipilih kecamatan sesuai kuota", "\"Usulan saya\"")),
    ("pengajuan sy lewat rt udh sampai mana", ("dipilih kecamatan sesuai kuota", "\"Usulan saya\"")),
    # Records that differ: a KTP from the KK (not understood), the KTP from the BPJS card (the birth date's answer).
    ("nama di ktp beda sama di kk", ("Disdukcapil",)),
    ("tanggal lahir di ktp beda sama kartu bpjs", ("kantor cabang", "e-KTP dan KK")),
    # An heir's account, or a relative's (the help answer, the JKM page); who makes the heirs' statement (the JKM page).
    ("bisa pakai rekening anak?", ("rekening ahli waris",)),
    ("rekening istri boleh?", ("rekening ahli waris",)),
    ("surat keterangan ahli waris dari siapa", ("kelurahan atau desa",)),
    # What one's data is used for (the NIK question), why the NIK must be given (the NIK question), whether this is a
    # bot, stopping (the help answer).
    ("data saya dipakai buat apa", ("hanya dipakai untuk layanan ini", "UU PDP")),
    ("kenapa saya harus kasih nik", ("NIK dipakai untuk mencari",)),
    ("ini bot atau orang", ("asisten otomatis", "bicara dengan petugas")),
    ("ini bot ya", ("asisten otomatis", "bicara dengan petugas")),  # was the help page
    ("kamu manusia bukan?", ("asisten otomatis", "bicara dengan petugas")),  # was "not understood"
    ("ini orang beneran?", ("asisten otomatis", "bicara dengan petugas")),  # was whether it is BPJS's own
    ("kamu orang asli?", ("asisten otomatis", "bicara dengan petugas")),
    ("saya chat sama siapa ini", ("Saya Kawan Kerja", "asisten otomatis")),  # was the status check's NIK question
    ("rekening saya atas nama almarhum, bisa?", ("rekening ahli waris",)),  # was asked whether to start a claim
    # The deceased's account used (told a JKM claim has no deadline, asked whether to claim); a paper made where (the
    # claim's ask alone, the heirs' order); a paper now at hand, what next (not understood, the status check's NIK).
    # Whether the family is covered too, asked as a rule: was the JKK page.
    ("apakah bpjs tk ini menanggung keluarga?", ("JKK dan JKM melindungi pesertanya sendiri, bukan keluarganya",)),
    # No RT head known where one rents a room; a KTP from elsewhere (not understood, the moving answer).
    ("sy ga punya rt, tinggal di kos", ("Setiap alamat masuk wilayah satu RT", "kelurahan")),
    ("sy ngekos, rt nya siapa", ("Setiap alamat masuk wilayah satu RT",)),
    ("ktp sy jakarta tp tinggal di jambi", ("juga jika KTP-nya dari daerah lain", "kelurahan")),
    # Not a resident, or a KTP from elsewhere with work here: were the officers' sign-in ("warga") and the moving answer
    ("sy bukan warga jambi tp kerja di jambi", ("juga jika KTP-nya dari daerah lain", "kelurahan")),
    ("sy bukan warga sini, bisa ikut?", ("juga jika KTP-nya dari daerah lain", "kelurahan")),
    ("ktp sy luar kota tp kerja di jambi", ("juga jika KTP-nya dari daerah lain", "kelurahan")),
    # One's job told alone, or where a relative with such a job enrols, or a factory's worker asking to join: were not
    # understood, the relative's NIK asked to check him, and the enrolment answer as if the programme were theirs
    ("sy marbot masjid", ("Marbot / penjaga masjid termasuk pekerjaan yang bisa diusulkan",)),
    ("saya pemulung", ("Pemulung termasuk pekerjaan yang bisa diusulkan",)),
    ("suami sy supir angkot, daftarnya dmn", ("Sopir angkot termasuk pekerjaan yang bisa diusulkan", "ketua RT")),
    ("sy kerja di pabrik, bisa ikut program ini?", ("tidak menerima upah", "karyawan")),
    # One with no work asking to join, and a newcomer with a KTP from elsewhere: were how workers are enrolled, and how
    # one enrolled here goes on after moving away
    ("sy pengangguran, bisa daftar?", ("untuk pekerja rentan: pekerja informal",)),
    ("ktp sy masih luar kota, pindah ke jambi baru 2 bulan", ("juga jika KTP-nya dari daerah lain",)),
    # A strain from daily work, told with the days first or without an illness's name: were not understood, and a
    # work-accident report
    ("tangan sy kesemutan tiap hari krn ngetik", ("JKK juga menanggung penyakit akibat kerja",)),
    ("pinggang pegel tiap hari gara2 ngojek", ("JKK juga menanggung penyakit akibat kerja",)),
    # A mind strained by work: was not understood, and "sy stres, klaim bpjs bisa?" the JHT answer
    ("sy stres berat krn kerjaan", ("healing119.id", "penyakit akibat kerja")),
    ("sy stres, klaim bpjs bisa?", ("healing119.id", "penyakit akibat kerja")),
    ("kerjaan bikin depresi, ditanggung bpjs ga?", ("healing119.id", "penyakit akibat kerja")),
    # Variants of answered questions that the model took elsewhere: the card "dikasih" (BPJS Kesehatan's answer), a
    # move to another RT (the same), an enrolment by the RT with no news yet and a refusal by the kelurahan (one's claims)
    ("kartu bpjs nya dikasih kapan", ("Kartu peserta BPJS Ketenagakerjaan berbentuk digital",)),
    ("sy pindah rt, bpjs nya gmn", ("Iurannya dibayar pemerintah daerah tempat Anda didaftarkan",)),
    ("sy udh didaftarin rt bulan lalu tp blm ada kabar", ("Tidak ada jangka waktu yang pasti: usulan diperiksa",)),
    ("sy ditolak kelurahan kenapa", ("Alasan usulan ditolak dicatat kelurahan",)),
    # Work here and a KTP from elsewhere, an admin fee asked, more than one of a household enrolled: were not
    # understood, or the JKM page
    ("sy kerja di jambi tp ktp palembang", ("juga jika KTP-nya dari daerah lain",)),
    ("biaya admin berapa", ("Gratis. Kawan Kerja tidak memungut biaya", "penipuan")),
    ("istri sy kerja jg, bisa didaftarin dua2nya?", ("diusulkan sendiri-sendiri oleh ketua RT",)),
    ("1 kk bisa berapa orang", ("diusulkan sendiri-sendiri oleh ketua RT",)),
    ("alamat email bpjs", ("care@bpjsketenagakerjaan.go.id",)),  # was the scam warning
    ("bisa video call?", ("Saya hanya bisa lewat chat", "Contact Center 175")),  # was the loan answer
    ("maksudnya gimana", ("Saya bisa membantu:",)),  # at the menu: was not understood
    # A job told alone besides the proposals' list: whom the programme is for ("sy satpam perumahan" was the loan
    # answer, "sy guru honorer" not understood, "sy supir pribadi" "Sopir angkot termasuk …"); a factory's worker an
    # employee ("sy buruh pabrik" was the JHT answer)
    ("sy satpam perumahan", ("pekerja informal yang tidak menerima upah",)),
    ("sy guru honorer", ("pekerja informal yang tidak menerima upah",)),
    ("sy supir pribadi", ("pekerja informal yang tidak menerima upah",)),
    ("sy buruh pabrik", ("karyawan dilindungi lewat instansi atau perusahaannya",)),
    ("program ini dari siapa", ("BPJS Ketenagakerjaan adalah badan jaminan sosial", "dibayar pemerintah kota")),  # was
    # the JKM page
    ("mau ganti foto ktp yg tadi", ("Kirim lagi yang benar di daftar dokumen klaimnya",)),  # a paper replaced: was not
    # understood
    ("sy mau ngajuin banding", ("Jika klaim ditolak, tanyakan alasannya",)),  # an appeal alone: was not understood
    ("klaim sy ditolak, ngadu kemana", ("Jika klaim ditolak, tanyakan alasannya",)),  # where to turn: one's claims
    ("who do i contact if the claim is rejected", ("Jika klaim ditolak, tanyakan alasannya",)),  # (no claims here)
    ("can i appeal the decision", ("Jika klaim ditolak, tanyakan alasannya",)),  # the hand-off
    ("kapan terakhir klaim bisa diajukan", ("Hak klaim JKK berlaku 5 tahun", "tidak punya batas waktu")),  # the last day
    # to claim: was one's claims
    ("harus bank bni?", ("Bank mana yang bisa dipakai",)),  # which bank: was not understood
    # Not enrolled, with an accident: was a report as if nothing had been said, or how one is enrolled
    ("sy kecelakaan tp ga punya bpjs", ("JKK membayar jika yang celaka terdaftar aktif", "cek kepesertaan dengan NIK")),
    ("kecelakaan sebelum terdaftar bisa klaim?", ("JKK membayar jika yang celaka terdaftar aktif",)),
    ("kuitansi rs hilang", ("Kuitansi berobat yang hilang bisa dimintakan salinannya",)),  # was where treatment is paid
    # One's job told with more: "sy nelayan tp perahu punya orang" was not understood, then told of "Keluarga atau
    # teman Anda" (the boat's owner taken for whom to enrol); "sy mahasiswa sambil ngojek" was not understood
    ("sy nelayan tp perahu punya orang", ("Nelayan termasuk pekerjaan yang bisa diusulkan", "Jika Anda belum")),
    ("sy kuli panggul di pasar", ("Buruh harian lepas termasuk pekerjaan yang bisa diusulkan",)),
    ("sy mahasiswa sambil ngojek", ("pekerja informal yang tidak menerima upah",)),
    # An employer refusing: to pay for treatment ("majikan sy ga bayar pengobatan" was BPJS Kesehatan's answer, "bos sy
    # ga mau tanggung jawab" that replies come here) or to enrol ("perusahaan ga daftarin sy bpjs": how the city enrols)
    ("majikan sy ga bayar pengobatan", ("pengobatannya ditanggung JKK, bukan majikan",)),
    ("bos sy ga mau tanggung jawab", ("pengobatannya ditanggung JKK, bukan majikan",)),
    ("perusahaan ga daftarin sy bpjs", ("Karyawan didaftarkan perusahaannya", "Disnaker")),
    # Sent here by an officer or the RT head: "petugas bpjs minta sy kesini" got the scam warning, "sy disuruh rt chat
    # kesini" and "dapat nomor ini dari kelurahan" were not understood (what the bot does)
    ("petugas bpjs minta sy kesini", ("Saya bisa membantu:",)),
    ("sy disuruh rt chat kesini", ("Saya bisa membantu:",)),
    ("dapat nomor ini dari kelurahan", ("Saya bisa membantu:",)),
    # ... and a caller's demand keeps the warning ("petugas minta kode otp dari nomor ini" was the hand-off)
    ("ada yg ngaku petugas bpjs minta transfer ke nomor ini", ("penipuan",)),
    ("petugas minta kode otp dari nomor ini", ("penipuan",)),
    # Whether a paper from this issuer will do: were not understood, and the JKM page
    ("surat kematian dari rs udah ada, cukup?", ("Surat keterangan kematian (dari rumah sakit",)),
    ("akta kematian harus dari dukcapil?", ("Akta kematian diurus di Disdukcapil",)),
    # A KTP expired: was not understood, and the status check ("mati" is "meninggal" to the normaliser)
    ("ktp almarhum udah mati", ("e-KTP berlaku seumur hidup",)),
    ("ktp sy udah habis masa berlakunya", ("e-KTP berlaku seumur hidup",)),
    ("e-ktp nya kadaluarsa gpp?", ("e-KTP berlaku seumur hidup",)),
    # Widowed, with children: was the status check, or not understood
    ("sy duda, anak sy 2 masih kecil", ("santunan kematian", "paling banyak 2 anak", "ketua RT")),
    ("janda bisa klaim?", ("santunan kematian",)),
    # How long the city pays, or whether a new year or mayor keeps it: were the JKM page and the status check
    ("bpjs dari pemkot cuma setahun ya?", ("selama programnya membiayai Anda", "Cek kepesertaan")),
    ("tahun depan masih dibayar pemkot?", ("selama programnya membiayai Anda",)),
    ("kalo ganti walikota programnya lanjut?", ("selama programnya membiayai Anda",)),
    # A benefit paid in parts, asked: was not understood
    ("klaim santunan bisa dicicil?", ("dibayar sekaligus", "24 bulan")),
    ("santunannya dibayar bertahap ga", ("dibayar sekaligus",)),
    # When the card is sent, the model's guess the scam warning; the card to be sent later: how it is delivered
    ("kartu bpjs dikirim kapan", ("Kartu peserta BPJS Ketenagakerjaan berbentuk digital",)),
    ("kartu sy di rumah, nanti malam sy kirim", ("Fotonya tidak perlu dikirim", "nomor KPJ")),
    # Proposed, told and no more: was one's claims; how long an accident's claim takes: was one's claims too
    ("sy udah diusulin rt bulan lalu", ("Tidak ada jangka waktu yang pasti: usulan diperiksa kelurahan",)),
    ("brp lama klaim kecelakaan", ("paling lambat 30 hari setelah laporan tahap I",)),
    # A passenger hurt, told first: was told JKK covers it, and asked whether to report
    # How long until active; one's KTP given to the RT; a selfie with the KTP asked for: the JKM page, one's claims, and
    # that the RT head needs a KTP's data
    ("berapa lama nunggu sampai aktif", ("Tidak ada jangka waktu yang pasti",)),
    ("sy udah ngasih fotokopi ktp ke rt bulan lalu", ("Tidak ada jangka waktu yang pasti",)),
    ("petugas kelurahan minta foto selfie pegang ktp", ("tidak memerlukan foto diri sambil memegang KTP",)),
    # In whose name the account is, of two: the scam warning; a minor with no e-KTP: told how a lost one is replaced
    ("rekeningnya atas nama anak atau ibunya", ("rekening ahli waris",)),
    ("anak sy di bawah umur belum punya ktp, gmn", ("Anak di bawah 17 tahun memang belum punya e-KTP",)),
    # A stop on the way home: not understood
    ("kecelakaan pas mampir beli makan sebelum pulang", ("kantor cabang yang menilai", "2×24 jam")),
    # A newborn to enrol: told a relative is proposed if they work without a wage
    ("sy mau daftarin anak sy yang baru lahir", ("Bayi dan anak kecil tidak didaftarkan", "BPJS Kesehatan")),
    # A child working, to enrol: a work-accident report (its work and its job were read as an accident)
    ("sy mau daftarin anak sy yg udah kerja jadi ojol", ("Ojek online termasuk pekerjaan yang bisa diusulkan",)),
    # A message of one's enrolment received: the JKM page; one's proposal, how to know: how one is proposed
    ("sy dapat sms pendaftaran berhasil, artinya apa", ("sudah terdaftar sebagai peserta", "penipuan")),
    ("gimana tau usulan sy diterima", ("Tidak ada jangka waktu yang pasti",)),
    # That the city pays, heard and asked to be confirmed: the scam warning ("bayarin" read as a demand)
    ("katanya pemkot bayarin bpjs buat ojol, bener ga?", ("Betul, untuk program pekerja rentan ini", "penipuan")),
    # An accident supposed by one not enrolled: the JKK page, as if the cover were had
    ("sy ojol tp blm punya bpjs, kalau kecelakaan gmn", ("JKK hanya menanggung peserta yang terdaftar aktif",
                                                        "usulan ketua RT")),
    # Asked to come to the branch, or for a letter from the RT: the scam warning, or not understood
    ("petugas minta sy datang ke kantor cabang, harus bawa apa", ("Diminta datang ke kantor cabang itu wajar",)),
    ("sy disuruh bikin surat keterangan kerja dari rt", ("Kantor cabang bisa meminta surat pendukung", "penipuan")),
    # A claim on a weekend; a queue complained of: not understood
    ("bisa ngurus klaim hari sabtu?", ("kapan saja, juga hari Sabtu",)),
    ("antri di kantor bpjs lama banget", ("Maaf atas pengalaman itu",)),
    # Not able to read or write: not understood, or the help list
    ("sy buta huruf, anak sy yg ngetik", ("boleh membantu mengetik", "bicara dengan petugas")),
    ("ibu sy ga bisa baca, sy yg bantu ketik", ("boleh membantu mengetik",)),
    # An employee's programme named (JP, JKP): the JKK page; a former employer's cover "still usable": the scam warning
    ("jp itu apa", ("JP (Jaminan Pensiun)", "program untuk karyawan")),
    ("jkp itu apa", ("JKP (Jaminan Kehilangan Pekerjaan)",)),
    ("jaminan pensiun itu apa", ("JP (Jaminan Pensiun)",)),
    ("sy punya bpjs dari kantor lama, masih bisa dipakai?", ("Kepesertaan dari tempat kerja dulu",)),
    # Not the person a reminder was meant for, or a message sent by mistake: not understood, or the hand-off's topic
    ("salah nomor", ("Ketik BERHENTI", "bicara dengan petugas")),
    ("sy bukan orangnya, salah nomor", ("Ketik BERHENTI",)),
    ("maaf salah kirim", ("Tidak apa-apa.",)),
    # The NIK forgotten and the e-KTP lost: where a claim's lost paper is replaced, the NIK on the KK unsaid
    ("nik sy lupa, ktp ilang", ("NIK Anda juga tertulis di Kartu Keluarga (KK)", "Disdukcapil")),
    # A marriage ended or spouses apart: someone else's status check, or the JKM page that does not say it
    ("sy mau cerai, bpjs istri gmn", ("tidak berubah karena perceraian", "bukan ahli waris")),
    ("sy istri tp udah pisah rumah, masih berhak?", ("juga jika pisah rumah",)),
    ("sy udah cerai sama suami, kalo dia meninggal sy dapet?", ("sudah resmi bercerai bukan ahli waris",)),
    # A death told by one divorced: began a claim with the writer recorded as the widow.
    ("suami meninggal, sy udah cerai", ("Turut berduka cita", "sudah resmi bercerai bukan ahli waris", "anak tetap")),
    # An officer's figures or list: how one is enrolled, or the NIK question
    ("mau cetak laporan usulan bulan ini", ("meja petugas", "CSV")),
    ("berapa warga yang udah terdaftar di kelurahan sy", ("meja petugas",)),
    # A report named and no more: "mau lapor" was not understood (which report, as "mau klaim" is which claim)
    ("mau lapor", ("Mau melaporkan apa: kecelakaan kerja, atau kematian peserta",)),
    ("sy mau lapor min", ("Mau melaporkan apa:",)),
    # A foreign national: "sy wna …" got the JHT answer, "saya orang asing …" how family is enrolled
    ("sy wna kerja di jambi, bisa?", ("NIK dari e-KTP", "warga negara asing")),
    ("saya orang asing, bisa ikut bpjs?", ("NIK dari e-KTP", "warga negara asing")),
    ("penumpang sy jatuh dr motor, bisa klaim?", ("bukan penumpang", "Jasa Raharja")),
    ("penumpang luka, ditanggung ga", ("bukan penumpang", "Jasa Raharja")),
    # Why a message came, asked with "kok": was one's claims; a message asking for money keeps the warning
    ("kok sy dpt pesan ini", ("Kawan Kerja mengirim pengingat", "BERHENTI")),
    ("kok sy dapat pesan dari bpjs minta transfer", ("Hati-hati, itu ciri penipuan", "penipuan")),
    # Leave to ask about the cover, in Sundanese and Javanese too: were the status check and the enrolment answer
    ("abdi bade naros ngeunaan bpjs", ("JKK (kecelakaan kerja)", "JKM (kematian)")),
    ("kulo badhe tangklet bpjs", ("JKK (kecelakaan kerja)", "JKM (kematian)")),
    ("mau nanya ttg bpjs tk", ("JKK (kecelakaan kerja)", "JKM (kematian)")),
    # An accident of a year long gone: the JKK page, or the question whether to report it now, the 5 years unsaid
    ("kecelakaan thn 2020 bisa klaim?", ("Hak klaim JKK berakhir 5 tahun setelah kecelakaan", "tahun 2020",
                                         "sudah lewat")),
    ("jatuh dari motor tahun 2019, masih bisa klaim jkk?", ("berakhir 5 tahun", "tahun 2019", "sudah lewat")),
    ("kecelakaan tahun 2021 bisa klaim?", ("berlaku 5 tahun sejak kecelakaan", "tahun 2021", "tergantung tanggalnya")),
    ("kecelakaan 2 tahun lalu bisa klaim?", ("Laporan yang terlambat tidak dengan sendirinya menghapus hak Anda",)),
    # The days an accident is reported in: was the question whether to report now, the days unsaid
    ("lapor kecelakaan harus dlm brp hari", ("Kecelakaan kerja dilaporkan dalam 2×24 jam.",)),
    # One's phone lost with the card's app, and a new card asked for: were a work accident's report and the scam warning
    ("sy nelayan, hp sy jatuh ke laut, data bpjs gmn", ("Data kepesertaan tidak tersimpan di HP", "JMO")),
    ("hp sy hilang, kartu bpjs digital gmn", ("Data kepesertaan tidak tersimpan di HP", "JMO")),
    ("minta kartu baru", ("Kartu peserta BPJS Ketenagakerjaan berbentuk digital",)),
    ("mau bikin kartu baru", ("Kartu peserta BPJS Ketenagakerjaan berbentuk digital",)),
    # Whether a claim costs anything, asked yes or no: were the claims' tracking and the contributions' page
    ("klaim bayar ga", ("Gratis.", "penipuan")),
    ("klaim jkm harus bayar ga", ("Gratis.", "penipuan")),
    ("ngurus klaim hrs bayar?", ("Gratis.", "penipuan")),
    ("sy pendatang, ktp luar kota, bisa ikut?", ("juga jika KTP-nya dari daerah lain",)),
    # One of the family gone under at work, nothing more said (not understood); one's boat sunk, oneself safe (the
    # NIK question).
    ("suami sy tenggelam pas melaut", ("Jika beliau meninggal, ahli waris bisa mengurus santunan kematian",
                                       "Jika selamat tetapi terluka")),
    ("sy nelayan, perahu sy tenggelam, sy selamat", ("melindungi orangnya, bukan harta benda",)),
    ("nik sy brp ya", ("NIK tertulis di e-KTP dan di Kartu Keluarga (KK)",)),  # one's NIK asked: was asked for it
    # How long an enrolment takes (the JKM page, how one enrols); whether the KK will do for the check (not understood).
    ("berapa lama daftar sampai aktif", ("Tidak ada jangka waktu yang pasti",)),
    ("berapa lama proses pendaftaran", ("Tidak ada jangka waktu yang pasti",)),
    ("bisa cek pake kk?", ("Bisa: kepesertaan dicek dengan NIK, yang tertulis di e-KTP dan di Kartu Keluarga",)),
    # That it is free, heard and asked to be confirmed: was the scam warning.
    ("kata orang bpjs gratis, betul ga?", ("Betul, untuk program pekerja rentan ini", "penipuan")),
    ("katanya bpjs ini gratis ya?", ("Betul, untuk program pekerja rentan ini", "penipuan")),
    ("kato urang bpjs gratis, betul dak?", ("Betul, untuk program pekerja rentan ini", "penipuan")),  # Jambi: "urang"
    # (people) was read "uang" (money)
    # One's job left, and whether the cover goes on: was not understood, or the status check's NIK question.
    ("klo sy ga narik lg, bpjs nya mati?", ("Perlindungan berjalan selama iurannya dibayar", "kelurahan")),
    ("sy udh ga kerja ojol, skrg jualan, masih bisa?", ("Perlindungan berjalan selama iurannya dibayar",)),
    ("sy berhenti jadi ojol, bpjs nya masih aktif?", ("Perlindungan berjalan selama iurannya dibayar",)),
    ("rekening almarhum masih bisa dipake?", ("rekening ahli waris",)),
    ("santunan bisa masuk ke rekening almarhum?", ("rekening ahli waris",)),
    ("akta kematian ngurusnya dmn", ("Akta kematian diurus di Disdukcapil",)),
    ("surat ahli waris dr kelurahan ya?", ("diurus di kelurahan atau desa",)),
    ("surat dokter mintanya ke siapa", ("diminta ke dokter atau rumah sakit",)),
    ("akta kematian udh jadi, trus?", ("daftar dokumen klaim Anda: pilih \"Cek klaim\"",)),
    ("sy udh dpt surat dokter, kirim kmn", ("daftar dokumen klaim Anda: pilih \"Cek klaim\"",)),
    ("surat dr rs udh ada, trus gmn", ("daftar dokumen klaim Anda: pilih \"Cek klaim\"",)),
    ("bot pinter ga", ("asisten otomatis", "bicara dengan petugas")),  # was the loan answer
    ("kamu pintar ga", ("asisten otomatis", "bicara dengan petugas")),  # was the JMO app's
    ("kamu robot ya", ("asisten otomatis", "bicara dengan petugas")),
    ("saya mau berhenti pakai bot ini", ("berhenti kapan saja", "dihapus")),
    ("saya ga mau pakai bot lagi", ("berhenti kapan saja", "dihapus")),  # was the NIK question
    # Who the programme is for: was the contribution rates, the status check.
    ("apa itu pekerja rentan", ("pekerja informal", "ketua RT")),
    ("pedagang kaki lima termasuk pekerja rentan?", ("pekerja informal", "ketua RT")),
    ("kriteria pekerja rentan apa", ("pekerja informal", "ketua RT")),
    # How a benefit is paid out: was the JKM page, or "not understood"; a caller asking a transfer is still a scam.
    ("santunan kematian bisa diambil di bank mana", ("rekening ahli waris",)),
    ("uangnya ditransfer atau diambil tunai", ("rekening ahli waris",)),
    ("disuruh ambil uang santunan di bank tapi transfer dulu 500rb", ("penipuan",)),
    # What a partner hospital is: was the JKK page, which names it but does not say.
    ("apa bedanya rs mitra?", ("PLKK", "simpan kuitansinya")),
    ("what does partner hospital mean", ("PLKK", "simpan kuitansinya")),
    # The quota asked about, not only told full: was the status check.
    ("berapa kuota rt saya", ("Kuota ditetapkan pemerintah kota",)),
    ("sisa kuota masih ada?", ("Kuota ditetapkan pemerintah kota",)),
    # A claim refused, asked about in general or appealed: was one's claims, which say why but not what then.
    ("gimana kalau klaim ditolak", ("Jika klaim ditolak", "pengaduan", "Cek klaim")),
    ("klaim saya ditolak, bisa banding?", ("Jika klaim ditolak", "pengaduan", "Cek klaim")),
    ("kenapa klaim jkm ditolak", ("Jika klaim ditolak", "pengaduan", "Cek klaim")),
])
def test_a_question_alone_is_answered_where_it_is_asked(message: str, told: tuple[str, ...]) -> None:
    """An answer on the page after it, and the scam warning only where it is one."""
    state, said = first_reply(message)
    assert state == "menu.next" and all(words in said for words in told), (state, said)
    assert ("penipuan" in said) is ("penipuan" in told), said


@pytest.mark.parametrize("message", ["jenazah blm dimakamkan, bisa urus skrg?", "jenazahnya masih di rs, mau urus klaim"])
def test_a_body_not_yet_buried_tells_a_death(message: str) -> None:
    """"jenazah blm dimakamkan, bisa urus skrg?" was not understood: a body tells a death, and a burial not yet done is no
    "not dead" (the burial reading put "meninggal" after its "blm"). A washer of the dead keeps the job's answer."""
    state, said = first_reply(message)
    assert state.startswith(("switch.ask_claim", "death.")), (state, said)
    assert first_reply("sy pemandi jenazah, bisa daftar?")[1].startswith("Pemandi jenazah termasuk pekerjaan")


@pytest.mark.parametrize(("message", "told"), [
    ("klo berhenti bayar gmn", "Jika iuran tidak dibayar 3 bulan berturut-turut, kepesertaan menjadi nonaktif"),
    ("what happens if i stop paying", "If contributions are not paid for 3 months in a row"),
    ("how do i get my kpj number", "The KPJ number is your BPJS Ketenagakerjaan membership number"),
    ("where can i find my kpj", "The KPJ number is your BPJS Ketenagakerjaan membership number"),
])
def test_payments_stopped_and_the_kpj_looked_for_are_answered(message: str, told: str) -> None:
    """"klo berhenti bayar gmn" got the JHT answer, "what happens if i stop paying" the JKK page, "how do i get my kpj
    number" the reminders' answer, "where can i find my kpj" the hand-off (the answer of "dimana liat nomor kpj", at the
    menu too)."""
    said = _replies("halo" if message.startswith("klo") else "hi", message)[1]
    assert said.startswith(told), said


def test_an_rt_head_in_english_asking_how_to_propose_is_signed_in() -> None:
    """"i am an rt head, how do i propose someone" was told how residents are enrolled (ask your RT head)."""
    state, said = first_reply("i am an rt head, how do i propose someone")
    assert state == "officer.loading", said


def test_reporting_anothers_accident_asked_is_answered_before_the_ask() -> None:
    """"bisa lapor kecelakaan buat orang lain?" was asked whether to report, the question unanswered."""
    state, said = first_reply("bisa lapor kecelakaan buat orang lain?")
    assert state == "switch.ask_claim" and said.startswith("Bisa: kecelakaan kerja keluarga, teman atau tetangga"), said


def test_a_death_told_with_a_proxy_asked_is_condoled_and_answered() -> None:
    state, said = first_reply("suami saya meninggal, klaimnya bisa diwakilkan?")
    assert state == "menu.next" and said.startswith("Turut berduka cita") and "surat kuasa" in said, (state, said)


@pytest.mark.parametrize("message", [
    "cara daftar mandiri gimana",
    "bisa daftar sendiri ga tanpa rt",
    "saya mau daftar bpjs tk sendiri",
    "daftar sendiri bayar sendiri bisa?",
    "how do i register myself",
])
def test_enrolling_on_ones_own_gets_both_ways(message: str) -> None:
    """Was the enrolment answer, which names the RT head only, or the contribution rates."""
    state, said = first_reply(message)
    assert state == "status.how_to_enrol" and "ketua RT" in said and "pekerja mandiri" in said, (state, said)


def test_lifting_is_no_adoption() -> None:
    """"Angkat" is an heir's word only after kin ("anak angkat"): lifting at work asks the amounts."""
    state, said = first_reply("kalau meninggal waktu angkat barang dapat berapa")
    assert state == "benefits.jkm", (state, said)


def test_documents_asked_before_a_death_are_not_the_office_answer() -> None:
    state, said = first_reply("seandainya suami saya meninggal nanti saya harus bawa apa saja ke kantor bpjs")
    assert "Lapak Asik (lapak" not in said and "tidak dengan sendirinya" not in said, (state, said)


@pytest.mark.parametrize("message", [
    "saya kecelakaan kerja 3 hari lalu belum lapor, telat ga?",
    "saya kecelakaan sebulan lalu, masih bisa klaim?",
])
def test_a_late_accident_asked_about_is_answered_where_the_report_is_offered(message: str) -> None:
    """Asked before the report starts: the question gets its answer there (it got only "Apakah Anda ingin melapor
    …?"), and what is kept as the story is the accident, not the question."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "tidak dengan sendirinya" in said, (state, said)
    told = _replies("halo", message, "ya")[-1]
    assert "Kejadian: saya kecelakaan" in told and "?" not in told.split("Kejadian:")[1].split("\n")[0], told


def test_the_amount_asked_with_a_death_is_answered_before_the_question_whether_to_claim() -> None:
    """"suami saya meninggal karena kecelakaan pas pulang kerja, total santunannya berapa ya" was asked only whether to
    start a claim."""
    state, said = first_reply("bu, suami saya meninggal karena kecelakaan pas pulang kerja, total santunannya berapa ya")
    assert state == "switch.ask_claim" and "Rp42.000.000" in said and "Rp70.000.000" in said, (state, said)
    assert said.index("Rp70.000.000") < said.index("Apakah Anda ingin mengurus klaim"), said


def test_a_death_told_with_the_deceaseds_nik_and_questions_is_a_claim_not_the_documents_page() -> None:
    """Tried as a user: a widow's whole story with the NIK, "apa bisa dapat santunan? dokumen apa saja …?", got the
    documents page, and "ya" the page again; "masih sd" (the children) with "bisa" was answered as "masih bisa klaim?"
    (no deadline)."""
    message = ("assalamualaikum pak, saya istri dari almarhum, suami saya meninggal tanggal 20 november kemarin karena "
               "sakit jantung, dia ojek online, nik nya 1571111410704449, anak kami 2 masih sd, apa bisa dapat "
               "santunan? dokumen apa saja yang harus saya siapkan?")
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "Bisa, jika almarhum terdaftar aktif" in said, (state, said)
    assert "tidak punya batas waktu" not in said, said
    told = _replies("halo", message, "ya")[-1]
    assert "NIK almarhum/almarhumah: 1571111410704449" in told and "Hubungan Anda: Istri atau suami" in told, told


def test_a_javanese_heir_asking_whether_the_family_gets_anything_is_answered() -> None:
    """"saged nyuwun santunan?" ("bisa minta santunan?"): the Javanese words were unknown, and only the ask came."""
    state, said = first_reply("mas, kulo ojek, bojo kulo seda minggu wingi, saged nyuwun santunan?")
    assert state == "switch.ask_claim" and "Bisa, jika almarhum" in said, (state, said)


def test_an_accident_told_with_whether_its_treatment_is_paid_gets_the_answer_and_a_clean_story() -> None:
    """The report's summary, or the question whether to report, left the question unanswered and kept it as the
    story; answered once, not again when the report starts."""
    state, said = first_reply("sy ojol kecelakaan kemaren, skrg dirawat di rs, biaya rs ditanggung ga")
    assert state == "accident.confirm" and "tanpa batas biaya" in said, (state, said)
    assert "Kejadian: sy ojol kecelakaan kemaren, skrg dirawat di rs\n" in said, said
    message = "saya jatuh dari motor pas narik tadi pagi, berobatnya gratis ga?"
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "tanpa batas biaya" in said, (state, said)
    told = _replies("halo", message, "ya")[-1]
    assert "tanpa batas biaya" not in told and "Kejadian: saya jatuh dari motor pas narik tadi pagi\n" in told, told


@pytest.mark.parametrize(("message", "story"), [
    ("suami sy kecelakaan kerja kemarin, skrg di rs, biayanya gimana", "suami sy kecelakaan kerja kemarin, skrg di rs"),
    ("saya jatuh dari motor pas antar paket, biaya rs siapa yang bayar", "saya jatuh dari motor pas antar paket"),
])
def test_an_accident_told_with_how_or_by_whom_its_treatment_is_paid_gets_the_answer_and_a_clean_story(
        message: str, story: str) -> None:
    """"…, biayanya gimana" and "…, biaya rs siapa yang bayar" got the report's summary with the question as its story,
    and no answer."""
    state, said = first_reply(message)
    assert state == "accident.confirm" and "tanpa batas biaya" in said, (state, said)
    assert f"Kejadian: {story}\n" in said, said


def test_a_run_on_story_keeps_neither_its_asking_nor_its_question() -> None:
    """A long message written without commas: "saya mau tanya" and "gimana ya pak cara ngurusnya …" were kept as what
    happened, for the officer to read."""
    message = ("assalamualaikum pak saya mau tanya suami saya kan ojol terus kemarin dia kecelakaan ditabrak mobil pas "
               "mau jemput penumpang sekarang dirawat di rsud kakinya patah gimana ya pak cara ngurusnya bpjs nya")
    told = _replies("halo", message, "ya")[-1]
    assert ("Kejadian: suami saya kan ojol terus kemarin dia kecelakaan ditabrak mobil pas mau jemput penumpang "
            "sekarang dirawat di rsud kakinya patah\n") in told, told
    told = _replies("halo", "saya mau tanya, kemarin saya jatuh dari tangga waktu kerja bangunan, tangan patah", "ya")[-1]
    assert "Kejadian: kemarin saya jatuh dari tangga waktu kerja bangunan, tangan patah\n" in told, told


@pytest.mark.parametrize(("message", "story"), [
    (("pak mohon maaf mengganggu, suami saya kecelakaan kemarin sore waktu narik gojek, ditabrak mobil di simpang "
      "kawat, kakinya patah, bagaimana cara klaimnya, dia peserta bpjs dari pemkot, terima kasih"),
     "suami saya kecelakaan kemarin sore waktu narik gojek, ditabrak mobil di simpang kawat, kakinya patah"),
    ("saya jatuh dari motor pas antar paket, maaf kalau ganggu", "saya jatuh dari motor pas antar paket"),
    ("saya kecelakaan pas narik, terima kasih banyak ya pak", "saya kecelakaan pas narik"),
    (("hello, i had an accident at work today, a motorbike hit me while i was delivering food, my leg is broken, how do "
      "i claim"), "i had an accident at work today, a motorbike hit me while i was delivering food, my leg is broken"),
    # written a line at a time: its lines are its clauses (the place ran into the next line)
    (("Selamat pagi pak\nSaya mau lapor kecelakaan\nKemarin sore jam 4 saya jatuh dari motor waktu antar paket di jl "
      "sudirman\nLutut kiri luka\nTerima kasih"),
     "Kemarin sore jam 4 saya jatuh dari motor waktu antar paket di jl sudirman, Lutut kiri luka"),
])
def test_a_story_keeps_neither_its_courtesies_nor_the_cover_remarked_on(message: str, story: str) -> None:
    """The apology it opened with, the thanks or apology it closed with, and "dia peserta bpjs dari pemkot" were kept
    as what happened, and held the question before them in the story too; "maaf kalau ganggu" ("if") made a report
    the JKK page."""
    state, said = first_reply(message)
    assert state == "accident.confirm" and f"Kejadian: {story}\n" in said, (state, said)


def test_an_english_widows_story_is_kept_whole_in_the_claim() -> None:
    """"… he died in a road accident three days ago while taking a passenger home, we have two kids in primary school"
    kept only the day and the relation: the cause was asked again (a delivery said in English was no work), and the
    children question would have been too."""
    said = _replies("hello", "hi, my husband was an ojek driver and he died in a road accident three days ago while "
                    "taking a passenger home, we have two kids in primary school, what should i do and how much will we "
                    "get", "yes")[2]
    assert all(line in said for line in ("• Cause: work accident", "• Traffic accident: yes",
                                         "• Your relation: Wife or husband", "• Children still at school or young: yes")), said


@pytest.mark.parametrize("message", ["saya kecelakaan kerja kemarin, gimana cara lapor",
                                     "saya kecelakaan kerja kemarin, cara klaimnya gmn ya"])
def test_how_to_report_asked_after_an_accident_is_no_part_of_its_story(message: str) -> None:
    """The report that starts answers it; the question was kept as what happened."""
    state, said = first_reply(message)
    assert state == "accident.confirm" and "Kejadian: saya kecelakaan kerja kemarin\n" in said, (state, said)
    assert "tanpa batas biaya" not in said, said


def test_an_accident_told_with_whether_it_is_covered_gets_the_answer_and_a_clean_story() -> None:
    """"…, kecelakaan pas antar penumpang, ditanggung?" was only asked whether to report, and the question became part of
    the story."""
    message = "saya ojol, kecelakaan pas antar penumpang, ditanggung?"
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and said.startswith(
        "Kecelakaan saat bekerja, atau di jalan berangkat dan pulang kerja, ditanggung JKK jika terdaftar aktif"), said
    told = _replies("halo", message, "ya")[-1]
    assert "ditanggung JKK" not in told and "Kejadian: saya ojol, kecelakaan pas antar penumpang\n" in told, told


@pytest.mark.parametrize("message", ["kemarin jatuh dari motor pas narik, lecet doang, perlu lapor ga?",
                                     "saya kecelakaan kerja tadi pagi, harus lapor?",
                                     "i fell off my motorbike yesterday while delivering food, do i need to report it?"])
def test_an_accident_told_with_whether_to_report_it_gets_the_answer(message: str) -> None:
    """"…, lecet doang, perlu lapor ga?" was only asked whether to report it now: whether it must be reported is
    answered first (FACTS.md §5, §7: treatment covered however slight, the first form within 2×24 hours)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and said.startswith("Perlu: pengobatan kecelakaan kerja ditanggung JKK, ringan atau berat"), said
    assert said.endswith("Apakah Anda ingin melapor kecelakaan kerja sekarang?"), said
    told = _replies("halo", message, "ya")[-1]
    story = next(line for line in told.splitlines() if line.startswith(("• Kejadian:", "• What happened:")))
    assert "lapor" not in story and "report" not in story, told


@pytest.mark.parametrize("message", ["ayah meninggal, yang klaim ibu atau saya?",
                                     "siapa yang klaim, ibu atau saya? ayah sudah meninggal",
                                     "bapak saya meninggal, ibu saya masih ada, saya anaknya bisa klaim?",
                                     "suami saya meninggal, yang ngurus saya atau anak saya?"])
def test_which_of_spouse_and_child_claims_is_answered(message: str) -> None:
    """"yang klaim ibu atau saya?" was only asked whether to claim; "ibu saya masih ada, saya anaknya bisa klaim?" was
    told "Bisa" as if no other heir mattered: a spouse and the children are heirs of the first group together."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "sama-sama ahli waris yang pertama" in said, said
    assert "Istri almarhum dan anak-anaknya" in said, said  # every one of these a man's death


@pytest.mark.parametrize("message", ["bapak saya meninggal, siapa yang bisa klaim?",
                                     "my father passed away, who can claim?"])
def test_who_may_claim_asked_with_a_death_gets_the_heirs_in_order(message: str) -> None:
    """Was told "Bisa, jika almarhum terdaftar aktif …": a yes to a question asking who (FACTS.md §8)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "berurutan: istri/suami atau anak" in said and "Bisa," not in said, said


@pytest.mark.parametrize("message", ["suami saya meninggal, ibu saya masih ada, bisa klaim?",
                                     "ibu saya meninggal, bisa klaim atau tidak?"])
def test_a_parent_alive_or_an_or_is_no_question_between_heirs(message: str) -> None:
    """The widow's own mother is no heir of the first group; "bisa klaim atau tidak" weighs no two heirs."""
    assert "sama-sama ahli waris" not in first_reply(message)[1]


@pytest.mark.parametrize("message", [
    "saya sudah 10 tahun jadi peserta",  # how long, not how old
    "bapak saya meninggal umur 60, bisa klaim?",
    "berapa umur anak dapat beasiswa",
])
def test_an_age_told_is_not_asked_about_joining(message: str) -> None:
    state, said = first_reply(message)
    assert "Batas umur" not in said, (state, said)


@pytest.mark.parametrize(("message", "where", "told"), [
    # A claimant asking when or where their money comes was told "itu ciri penipuan" ("ditransfer" reads "transfer").
    ("uangnya kapan ditransfer", "claims.", None),
    ("santunan ditransfer ke rekening siapa", "menu.next", "rekening ahli waris"),
    ("dana santunan masuk ke rekening apa", "menu.next", "rekening ahli waris"),
    ("buku tabungan ibu sy aja boleh?", "menu.next", "rekening ahli waris"),  # the account by its book: was a handoff
    ("suami saya meninggal kemarin, santunan masuk ke rekening siapa", "death.", None),  # the claim: its list says it
    # A transfer or an account asked of the writer is still a scam.
    ("ada yg minta transfer 500rb biar klaim cair", "menu.next", "penipuan"),
    ("ada yang minta nomor rekening saya katanya santunan cair", "menu.next", "penipuan"),
])
def test_a_payout_asked_about_is_no_scam(message: str, where: str, told: str | None) -> None:
    state, said = first_reply(message)
    assert state.startswith(where) and (told is None or told in said), (state, said)
    assert (told == "penipuan") is ("penipuan" in said), said


@pytest.mark.parametrize("message", [
    "bapak sudah tidak ada dirumah",
    "my father is gone to work",
    "ibu saya sudah tidak ada uang buat bayar",
    "tetangga cerita ada orang meninggal tenggelam di sungai, bukan keluarga saya sih",
    "kucing adik saya mati",
    "ayam saya mati semua",
])
def test_not_being_there_is_no_death(message: str) -> None:
    state, said = first_reply(message)
    assert not state.startswith(("death.", "switch.")) and "berduka" not in said, (state, said)


def test_a_neighbours_death_is_no_loss_of_the_writers_family() -> None:
    """"tetangga saya meninggal, istrinya minta tolong urus klaim" was told "turut berduka cita atas kepergian
    keluarga Anda"."""
    state, said = first_reply("tetangga saya meninggal, istrinya minta tolong urus klaim")
    assert state.startswith("death.") and "turut berduka cita" in said and "keluarga Anda" not in said, said
    state, said = first_reply("suami saya meninggal kemarin")
    assert "turut berduka cita, Ibu" in said, said


@pytest.mark.parametrize(("message", "answer"), [
    # The model's guess from none of the words: a loan answer to a question about treatment, the JKM page to one
    # about the office.
    ("pak saya mau nanya, bpjs yg dari pemkot itu bisa buat berobat ga", "BPJS Kesehatan"),
    ("kantor bpjs jambi dimana ya", "Contact Center 175"),
    ("jam buka kantor cabang", "Contact Center 175"),
    ("where is the nearest bpjs office", "Contact Center 175"),  # was: not understood
    ("istri saya keguguran", "BPJS Kesehatan"),  # was: not understood
    # A damaged or stolen motorbike or phone: was the loan answer or the JKK page, which never said no.
    ("bpjs bisa ganti motor yg rusak ga", "bukan kendaraan atau barang"),
    ("motor sy rusak abis kecelakaan ditanggung ga", "bukan kendaraan atau barang"),
    ("pedagang pasar kebakaran kiosnya, diganti?", "bukan kendaraan atau barang"),  # a fire, "kiosnya": not understood
    ("motor dicuri bisa klaim?", "bukan kendaraan atau barang"),
    ("motor rusak kaki patah ditanggung ga", "JKK menanggung"),  # someone hurt: JKK's page
    ("motor rusak patah tulang ditanggung ga", "JKK menanggung"),
    ("hp saya rusak bisa dapat uang ga", "bukan kendaraan atau barang"),  # was the loan answer
    ("can i get money for my broken phone", "bukan kendaraan atau barang"),  # was an officer's hand-off
    ("will bpjs pay for my damaged motorbike", "bukan kendaraan atau barang"),  # was BPJS Kesehatan's answer
    ("bisa klaim motor ga", "bukan kendaraan atau barang"),  # the loan answer
    ("can i claim for my motorbike", "bukan kendaraan atau barang"),  # one's claims
    ("kaca helm sy retak, bisa diganti?", "bukan kendaraan atau barang"),  # the JHT answer
    # Whether a claim can be sooner: was the loan answer. How to send a paper named: was the help page.
    ("bisa dipercepat ga klaimnya", "3 hari kerja setelah dokumen lengkap"),
    ("biaya pemakaman bisa diambil duluan?", "3 hari kerja setelah dokumen lengkap"),  # the loan answer
    ("gimana cara upload ktp", "paling besar 20 MB"),
    # Which hospitals take the cover: was the JKK page, BPJS Kesehatan's answer, and the scam warning.
    ("rs mana yg kerjasama bpjs tk di jambi", "mitra BPJS Ketenagakerjaan (PLKK)"),
    ("rumah sakit mitra bpjs tk dimana aja", "mitra BPJS Ketenagakerjaan (PLKK)"),
    ("klinik yang bisa pakai bpjs tk", "mitra BPJS Ketenagakerjaan (PLKK)"),
    ("which hospitals accept bpjs ketenagakerjaan", "mitra BPJS Ketenagakerjaan (PLKK)"),
    ("rs mana yang terima bpjs kesehatan", "urusan BPJS Kesehatan"),
    # A loss told, not asked: was "not understood", an officer's hand-off, the list of one's claims.
    ("motor saya dibegal", "bukan harta benda"),
    ("motor saya dicuri", "bukan harta benda"),
    ("rumah saya kebakaran", "bukan harta benda"),
    ("rumah saya kebanjiran", "bukan harta benda"),
    ("motor saya hilang di parkiran pas narik", "bukan harta benda"),
    ("my motorbike was stolen", "bukan harta benda"),
    # A belonging broken with no mishap told: was the status check's NIK question and "not understood".
    ("hp saya rusak", "bukan harta benda"),
    ("motor saya rusak", "bukan harta benda"),
    ("hp sy pecah", "bukan harta benda"),
    ("stang motor patah", "bukan harta benda"),
    ("my phone is broken", "bukan harta benda"),  # "broken" reads as "patah": was not understood
    ("my motorbike is broken", "bukan harta benda"),  # was taken for a harm told
    ("my motorbike got damaged but i am fine", "bukan harta benda"),
    # Whether one must go to the office: was the scam warning, one's claims, not understood ("need" asks for papers).
    ("perlu ke kantor bpjs ga", "Klaim bisa dimulai di sini"),
    ("apakah saya perlu datang ke kantor cabang", "Klaim bisa dimulai di sini"),
    ("kalau mau klaim perlu ke kantor cabang?", "Klaim bisa dimulai di sini"),
    ("do i need to go to the branch office", "Klaim bisa dimulai di sini"),
    ("perlu bawa apa ke kantor bpjs", "e-KTP"),  # what to bring: the papers
    # What the KPJ is and where to find it: was the JKK page and the status check.
    ("kpj itu apa", "ada di kartu peserta atau aplikasi JMO"),
    ("dimana liat nomor kpj", "ada di kartu peserta atau aplikasi JMO"),
    ("what is kpj", "ada di kartu peserta atau aplikasi JMO"),
    ("where can i see my kpj number", "ada di kartu peserta atau aplikasi JMO"),  # was a handoff
    ("nomor kpj sy dmn liatnya", "ada di kartu peserta atau aplikasi JMO"),
    ("nomor kpj itu apa sih", "ada di kartu peserta atau aplikasi JMO"),  # was the status check's NIK question
    ("kpj maksudnya apa", "ada di kartu peserta atau aplikasi JMO"),
    ("what is a kpj number", "ada di kartu peserta atau aplikasi JMO"),  # was the JKM page
    ("where do i find my kpj number", "ada di kartu peserta atau aplikasi JMO"),
    ("apakah bpjs ini sama dengan bpjs kesehatan", "Keduanya berbeda dan saling melengkapi"),  # was BPJS Kesehatan's
    ("is this the same as bpjs kesehatan", "Keduanya berbeda dan saling melengkapi"),  # answer, which sends one away
    ("bisa diambil tunai?", "Santunan dibayar ke rekening peserta sendiri"),  # was "not understood"
    ("cairnya lewat pos bisa?", "Santunan dibayar ke rekening peserta sendiri"),  # was JHT's answer
    # Where the money is paid into: were the JKM page, "not understood" and one's claims.
    ("min kl klaim jkm uang nya ditransfer kmn", "Santunan dibayar ke rekening peserta sendiri"),
    ("santunan nya dikirim kemana", "Santunan dibayar ke rekening peserta sendiri"),
    ("duit klaim nya cair lewat apa", "Santunan dibayar ke rekening peserta sendiri"),
    ("berkas klaim dikirim kemana", "dikirim lewat chat ini"),  # papers, not money
    ("sy udh bayar iuran sendiri, skrg pemkot yg bayar, double ga?", "Anda tidak perlu membayar sendiri"),  # was
    # the rates page
    ("bisa ga istri yg lapor kecelakaan suami", "Bisa. Keluarga atau orang lain boleh melaporkan"),  # was only asked
    # whether to report now
    ("sy dapet sms katanya dapat santunan 10 juta dari bpjs, bener ga?", "Hati-hati, itu ciri penipuan"),  # was why
    # Kawan Kerja sends reminders
    ("nomor kpj itu yg mana ya", "ada di kartu peserta atau aplikasi JMO"),  # was the NIK question
    ("kpj yg mana sih", "ada di kartu peserta atau aplikasi JMO"),  # was the JKM page
    ("kpj nya dimana liatnya", "ada di kartu peserta atau aplikasi JMO"),  # was "not understood"
    # JKK and JKM taken for savings: "not understood", the JKM page, the contribution rates.
    ("jkm bisa diambil sebagian ga", "bukan tabungan"),
    ("saldo jkm saya berapa", "bukan tabungan"),
    ("uang iuran jkm bisa diambil kalau ga pernah klaim?", "bukan tabungan"),
    ("iuran jkk hangus kalau ga pernah kecelakaan?", "bukan tabungan"),
    ("berapa lama klaim jkm cair", "3 hari kerja"),  # the claim's payout, not savings
    ("saldo jht saya berapa", "JHT (Jaminan Hari Tua) adalah tabungan terpisah"),
    # BPJS's own number: was the status check, nothing, and the scam warning ("itu ciri penipuan").
    ("nomor cs bpjs berapa", "telepon 175"),
    ("call center bpjs", "telepon 175"),
    ("no telp bpjs tk", "telepon 175"),
    ("what is the bpjs hotline number", "telepon 175"),
    ("ada nomor cs bpjs ga", "telepon 175"),  # "ada", "ga", "wa", "admin": the scam warning
    ("minta no wa cs bpjs", "telepon 175"),
    ("no hp admin bpjs ada?", "telepon 175"),
    ("nomor darurat bpjs berapa", "telepon 175"),  # was the JKM page
    ("admin bpjs minta biaya 500rb", "ciri penipuan"),
    # No driving licence or helmet, asked about: the JHT answer, the JKK page (which does not say).
    ("ga punya sim bisa klaim jkk?", "tidak menyebut SIM atau helm"),
    ("kalau kecelakaan ga pake helm masih dapat?", "tidak menyebut SIM atau helm"),
    ("sim saya mati, kalau kecelakaan ditanggung ga", "laporan polisi (atau surat Jasa Raharja)"),
    # Kartu Prakerja ("prakerja" is corrected to "pekerja"): the status check.
    ("apa bpjs tk ini sama dengan kartu prakerja?", "program lain (pelatihan kerja)"),
    ("daftar prakerja dimana", "prakerja.go.id"),
    # A burn while cooking to sell at home ("jualan" is corrected to "jalan"): was told it is no work accident.
    ("kecelakaan di rumah pas masak buat jualan, tangan kena minyak panas", "laporan kecelakaan kerja"),
    # A lost KTP, asked whether the KK will do: was how to replace both papers.
    ("ktp saya hilang, bisa cek pakai kk?", "NIK Anda juga tertulis di Kartu Keluarga"),
    # A lost KTP and a status check: was where a claim's lost paper is replaced.
    ("ktp sy hilang mau cek status", "NIK Anda juga tertulis di Kartu Keluarga (KK). Pilih \"Cek kepesertaan\""),
    ("ktp hilang, bpjs saya masih aktif?", "NIK Anda juga tertulis di Kartu Keluarga (KK). Pilih"),
    # Both cards lost ("sama" reads "dengan"): was the scam warning.
    ("ktp sama kartu bpjs hilang", "Kartu yang hilang atau rusak tidak menghalangi"),
    # How to extend the cover, as the cover-ending reminder leads people to ask: the help answer, the JMO app's.
    ("cara perpanjang gimana", "minta ketua RT mengusulkan Anda lagi"),
    ("perlindungan saya mau habis, gimana biar lanjut", "minta ketua RT mengusulkan Anda lagi"),
    ("bpjs saya sudah habis masa berlakunya, perpanjang dimana", "Rp16.800 sebulan"),
    # Why a reminder came, and whence the number: the status check, the JKM page.
    ("kenapa saya dapat pesan ini", "tidak pernah meminta uang, PIN atau kode OTP"),
    ("dapat nomor saya dari mana", "ke nomor HP di data pesertanya"),
    ("ini siapa ya kok wa saya", "Ketik BERHENTI"),
    ("where did you get my number", "Ketik BERHENTI"),
    ("siapa yang kasih nomor saya", "Ketik BERHENTI"),
    # Enrolled a while ago and not active yet: was one's claims.
    ("min sy udh daftar bulan lalu kok blm aktif", "Tidak ada jangka waktu yang pasti"),
    # Proposed by the RT head ("diusulkan" reads as "daftarkan"): was the enrolment answer, as if never proposed.
    ("sudah diusulkan rt tapi kok belum aktif2", "Tidak ada jangka waktu yang pasti"),
    ("pak rt sudah usulkan saya bulan lalu, kok belum terdaftar ya", "Tidak ada jangka waktu yang pasti"),
    # A child heir not yet grown: was not understood, the scholarship page, the claim's question.
    ("anak saya umur 16 thn bisa ngurus klaim bapaknya?", "diurus walinya"),
    ("anak sy masih sekolah, blh dia yg ngurus santunan?", "diurus walinya"),
    ("saya masih 15 tahun, bapak meninggal, bisa klaim?", "diurus walinya"),
    ("beasiswa anak sy masih sekolah sd, bisa klaim?", "Beasiswa untuk paling banyak 2 anak"),
    # A number told with what it asked for is a scam's mark, and gets the warning still.
    ("ada wa dari nomor cs bpjs katanya santunan cair", "ciri penipuan"),
    ("ada yg telp ngaku cs bpjs minta kode otp", "ciri penipuan"),
    ("ada wa ngaku dari bpjs minta kode", "ciri penipuan"),  # a WhatsApp told of, not BPJS's number asked
    ("ada yang wa saya dari kantor bpjs katanya santunan cair", "ciri penipuan"),
    # Moving away, an employer's cover, leaving: were the JKM page, the status check (someone else's, for "kota
    # lain"), the JHT answer and the enrolment answer.
    ("saya pindah ke kota lain, bpjs nya masih berlaku?", "Jika pindah ke daerah lain"),
    ("kalau pindah domisili gimana kepesertaannya", "Jika pindah ke daerah lain"),
    ("i moved to another city, am i still covered?", "Jika pindah ke daerah lain"),
    ("saya di luar kota, ktp domisili beda", "Jika pindah ke daerah lain"),  # living away: was not understood
    ("ktp saya beda kota dengan tempat tinggal", "Jika pindah ke daerah lain"),
    ("kerja di pabrik udah ada bpjs tk dari pt, bisa daftar lagi?", "Jika perusahaan sudah mendaftarkan Anda"),
    ("my employer already registered me", "Jika perusahaan sudah mendaftarkan Anda"),
    ("dipecat dari pabrik, uang bpjs bisa ditarik?", "JHT"),  # savings asked: the JHT answer still
    ("saya mau keluar dari kepesertaan", "Jika tetap ingin berhenti"),
    ("cara berhenti jadi peserta", "Jika tetap ingin berhenti"),
    ("saya berhenti kerja mau cairkan bpjs", "JHT"),
    # A late fine: was "not understood" (FACTS.md §2: none for independent workers).
    ("ada denda kalau telat bayar?", "tidak ada denda keterlambatan"),
    ("is there a penalty for late payment", "tidak ada denda keterlambatan"),
    # How to get a benefit, saying none: was the JKK page, the JKM page or one's claims (the model's guesses).
    ("gmn caranya biar dapet santunan", "Klaim yang mana"),
    ("cara dapat santunan", "Klaim yang mana"),
    ("gimana cara klaim santunan", "Klaim yang mana"),
    ("cara dapat santunan kematian", "ahli warisnya menerima"),  # one named: its page
    # The two programmes asked about together: was the JKK page alone.
    ("apa bedanya jkk sama jkm", "JKM (kematian): jika peserta meninggal"),
    ("jkk dan jkm itu apa", "JKM (kematian): jika peserta meninggal"),
    ("what is the difference between jkk and jkm", "JKM (kematian): jika peserta meninggal"),
    # What the cover gives, asked with neither programme's case: was the JKK page alone, silent on a death by illness.
    ("dapet apa aja dari bpjs tk", "JKM (kematian): jika peserta meninggal"),
    ("manfaat jkk dan jkm apa aja", "JKM (kematian): jika peserta meninggal"),
    ("min sy mau tanya, kalo bpjs tk dr pemkot itu dapet apa aja ya", "JKM (kematian): jika peserta meninggal"),
    ("bpjs tk gratis ini nanggung apa aja", "JKM (kematian): jika peserta meninggal"),  # was "Gratis."
    ("what are the benefits", "JKM (kematian): jika peserta meninggal"),
    ("kalau kecelakaan dapat apa saja", "tanpa batas biaya"),  # a case named: its page
    ("apa saja manfaat jkk", "tanpa batas biaya"),  # one programme named: its page
    # No bank account, a paper not ready, or tax, asked as a rule or of another: were the JKM page, the list of one's
    # claims and the hand-off (the model's guesses).
    ("kalo ahli waris ga punya rekening gmn", "Jika belum punya rekening atau buku tabungan"),
    ("ibu saya ga punya buku tabungan", "Jika belum punya rekening atau buku tabungan"),
    ("kalau akta kematian belum jadi gimana", "Surat keterangan kematian"),  # the certificate's name is no death
    # A recorded claim to put right: began a new death claim or report, or showed the heirs' page; a paper sent wrong
    # or blurred was told how papers are sent at all.
    ("salah ketik nik almarhum di klaim, gimana benerinnya", "Data klaim yang sudah dicatat tidak bisa diubah"),
    ("tanggal kecelakaan di laporan saya salah", "Data klaim yang sudah dicatat tidak bisa diubah"),
    ("gimana cara ganti nama ahli waris di klaim", "Data klaim yang sudah dicatat tidak bisa diubah"),
    ("i made a mistake in my claim", "Data klaim yang sudah dicatat tidak bisa diubah"),
    ("dokumen yg saya kirim salah, bisa dihapus?", "Kirim lagi yang benar"),
    ("foto ktp nya buram, kirim ulang bisa?", "Kirim lagi yang benar"),
    ("bisa klaim ganti rugi motor?", "bukan kendaraan atau barang"),  # "ganti rugi" is compensation, not a correction
    # Police and witnesses asked: were "report now?" and the JKM page.
    ("klaim jkk harus lapor polisi dulu?", "Laporan polisi diperlukan untuk kecelakaan lalu lintas"),
    ("kalau ga ada saksi gimana", "keterangan dua orang saksi bisa dipakai"),
    # What enrolment needs: was the documents of a death claim (the model's JKM guess, and "syarat").
    ("apa syarat daftar jadi peserta", "Yang diperlukan: NIK (di KTP atau KK)"),
    ("syarat ikut bpjs tk gratis apa aja", "Yang diperlukan: NIK (di KTP atau KK)"),
    ("apakah santunan kena pajak", "Soal pajak atas santunan belum bisa saya pastikan"),  # and the amounts
    ("is the benefit taxed", "Soal pajak atas santunan belum bisa saya pastikan"),
    # Where one's card is sent, taken or printed: were how to send a claim's papers, the JHT answer and BPJS
    # Kesehatan's answer (the model's guesses).
    ("kartu peserta dikirim kemana", "aplikasi JMO"),
    ("kartu bpjs diambil dimana", "aplikasi JMO"),
    ("kartu fisik bisa dicetak?", "aplikasi JMO"),
    ("kartunya dikirim ke rumah ga?", "aplikasi JMO"),
    ("kartu bpjs tk nya dibagikan dimana", "aplikasi JMO"),
    ("where is my card sent", "aplikasi JMO"),
    ("kartu digitalnya dimana", "aplikasi JMO"),  # was the JKM page
    ("cara dapat kartu digital", "aplikasi JMO"),  # was the JKK page
    ("where can i pick up my cards", "aplikasi JMO"),
    ("kirim ktp kemana", "dikirim lewat chat ini"),  # a claim's paper sent: how to send it still
    # A traffic fine: the enrolment answer or "not understood".
    ("denda tilang bisa dibayar bpjs?", "tidak membayar denda tilang"),
    ("saya driver ojol kena tilang polisi", "tidak membayar denda tilang"),
    ("can bpjs pay my traffic ticket", "tidak membayar denda tilang"),
    # How long an enrolment takes: the JKM page, or the enrolment answer, which says who checks but not how long.
    ("usulan dari rt biasanya berapa hari baru aktif", "Tidak ada jangka waktu yang pasti"),
    ("berapa lama proses verifikasi usulan rt", "Tidak ada jangka waktu yang pasti"),
    ("how long until my registration is approved", "Tidak ada jangka waktu yang pasti"),
    # Whether a kind of work can join: the loan answer (the model's guess) or "not understood".
    ("apakah ojol online juga bisa?", "usulan ketua RT"),
    ("pedagang kaki lima boleh?", "usulan ketua RT"),
    ("nelayan bisa?", "usulan ketua RT"),
    ("anak saya umur 16 thn kerja bantu2 di bengkel bisa didaftarin?", "usulan ketua RT"),  # the help page ("bantu2")
    # A second or unregistered wife asking whether she can claim: "not understood".
    ("saya istri siri, bisa klaim?", "untuk nikah siri"),
    # A share asked for by a relative: started death claims (as the deceased's child; as "Bapak"), or not understood.
    ("orang tua almarhum minta bagian, gimana", "Yang berhak, berurutan"),
    ("istri kedua almarhum minta bagian, gimana", "Yang berhak, berurutan"),
    ("mertua saya minta jatah santunan suami saya", "Yang berhak, berurutan"),
    ("santunannya dibagi gimana", "Yang berhak, berurutan"),  # not understood
    ("ada 2 istri, siapa yang dapat", "Yang berhak, berurutan"),  # the JKM page, which names no heir
    ("anak dari istri pertama dan kedua dapat semua?", "Yang berhak, berurutan"),
    ("saya istri kedua, bisa klaim?", "perlu buku nikah"),
    # A damaged card: the status check's NIK question. How often a scholarship is paid: one's claims.
    ("kartu bpjs saya rusak", "hilang atau rusak tidak menghalangi"),
    ("beasiswanya dibayar tiap kapan", "dibayar setiap tahun"),
    # A hospital asking a work-accident patient to pay first: an accident report with that as its story.
    ("mau klaim jkk tapi rs nya minta bayar dulu", "simpan kuitansinya"),
    ("klinik suruh bayar sendiri padahal kecelakaan kerja", "simpan kuitansinya"),
    # A hospital refusing the cover: BPJS Kesehatan's answer ("bpjs tk" is read as plain "bpjs"), the scam warning, the
    # JKK page, the status check.
    ("rumah sakit nolak pasien bpjs tk", "yang bukan mitra bisa menolak"),
    ("rs nolak pasien bpjs", "yang bukan mitra bisa menolak"),
    ("rs gak nerima bpjs tk buat kecelakaan kerja", "yang bukan mitra bisa menolak"),
    ("klinik nolak kartu bpjs ketenagakerjaan saya", "yang bukan mitra bisa menolak"),
    ("the hospital refused my bpjs tk", "yang bukan mitra bisa menolak"),
    ("rs nolak pasien bpjs kesehatan", "urusan BPJS Kesehatan"),
    ("rs mana yg terima bpjs tk", "merawat kecelakaan kerja tanpa biaya"),
    # An accident on a day off or at home, asked about: the JKK page, or a report offered. Work said with it is a report.
    ("kecelakaan pas liburan bisa klaim?", "biasanya bukan kecelakaan kerja"),
    # A hospital asking for payment, told alone: was the scam warning (a caller's demand still is).
    ("rs nya minta bayar dulu", "JKK menanggung pengobatannya: di rumah sakit atau klinik mitra"),
    ("rs nya minta dp dulu", "JKK menanggung pengobatannya: di rumah sakit atau klinik mitra"),
    ("ada yg telpon katanya dari rs, minta transfer dulu", "Hati-hati, itu ciri penipuan"),
    ("sy di phk, dapat pesangon dr bpjs?", "JHT (Jaminan Hari Tua) adalah tabungan terpisah"),  # was the scam warning
    # A phone dropped and broken: was asked whether to report a work accident, or not understood.
    ("hp sy jatuh pecah pas antar paket", "bukan harta benda"),
    ("hp nya jatuh rusak", "bukan harta benda"),
    ("ojol kecelakaan pas lagi off, ditanggung?", "biasanya bukan kecelakaan kerja"),  # was the whole JKK page:
    ("sy lg offline trs jatuh dr motor, bisa klaim?", "biasanya bukan kecelakaan kerja"),  # the job names who, not
    ("pas off bid keserempet mobil", "biasanya bukan kecelakaan kerja"),  # what was being done
    ("kalo kecelakaan pas lg libur ditanggung gak", "biasanya bukan kecelakaan kerja"),
    ("kalau jatuh di rumah dapat jkk?", "biasanya bukan kecelakaan kerja"),
    ("jari saya kejepit pintu rumah", "biasanya bukan kecelakaan kerja"),  # was a report started
    ("accident on my day off covered?", "biasanya bukan kecelakaan kerja"),
    ("kaki saya keseleo waktu main bola", "biasanya bukan kecelakaan kerja"),  # was: a report started, the game its story
    ("jatuh pas futsal, lutut bengkak", "biasanya bukan kecelakaan kerja"),
    ("kecelakaan pas ga narik ditanggung ga", "biasanya bukan kecelakaan kerja"),  # work said not done: the JKK page
    ("sapi saya jatuh ke parit dan kakinya patah", "bukan hewan ternak atau peliharaan"),  # was the cow's report
    ("kambing saya ketabrak motor", "bukan hewan ternak atau peliharaan"),
    (("halo min saya mau nanya nih, kalau misalnya saya yang ojol ini kecelakaan pas lagi ga narik, misal lagi jalan "
      "jalan sama keluarga hari minggu, itu ditanggung ga sama bpjs ketenagakerjaan yang dari pemkot ini, makasih min"),
     "biasanya bukan kecelakaan kerja"),  # was not understood
    ("saya keseleo waktu antar paket", "saya mencatat laporan kecelakaan kerja"),
    ("jatuh pas ngojek hari libur", "saya mencatat laporan kecelakaan kerja"),
    ("saya tukang, jatuh di rumah pelanggan, bisa klaim", "melapor kecelakaan kerja sekarang"),
    # Now an employee: the JHT answer, or one's claims.
    ("kalau saya pindah kerja jadi karyawan pabrik gimana bpjs nya", "pekerja rentan yang tidak menerima upah"),
    ("saya sekarang sudah jadi karyawan tetap, bpjs dari pemkot gimana", "pekerja rentan yang tidak menerima upah"),
    # How long the cover stays free: "Kawan Kerja is free" (this help's cost).
    ("apakah bpjs ini gratis selamanya?", "selama programnya membiayai Anda"),
    # How long a benefit takes, asked as a rule: one's claims, and with none, no answer.
    ("klaim jkm butuh brp lama cairnya", "3 hari kerja setelah dokumen lengkap"),
    # The birth date offered to open one's record, outside the proof step: BPJS Kesehatan's answer (the model's guess).
    ("bisa pakai tanggal lahir aja?", "tidak bisa membuktikan"),
    ("cek status pakai tanggal lahir bisa?", "tidak bisa membuktikan"),
    # A police report asked about, the nearest office: not understood.
    ("perlu laporan polisi ga", "Laporan polisi diperlukan untuk kecelakaan lalu lintas"),
    ("do i need a police report", "Laporan polisi diperlukan untuk kecelakaan lalu lintas"),
    ("kantor terdekat dimana", "jam buka kantor cabang"),
    ("where is the nearest office", "jam buka kantor cabang"),
    # How an RT head signs in, a sign-in code lost: the JMO app's forgotten password. Office hours: the JKM page, not
    # understood. A proposal's verification slow: one's claims.
    ("bagaimana cara jadi ketua rt di aplikasi ini", "Masuk sebagai petugas"),
    ("lupa kode masuk petugas", "Minta kode baru ke admin kota"),
    ("kode petugas belum dikirim admin", "diberikan langsung oleh admin kota"),  # was one's claims
    # Whether benefits follow one's real income: one's claims, the JKM page. The city's bracket, and the JKM flat.
    ("gaji saya cuma 1,5jt sebulan, santunannya dihitung dari situ?", "Dalam program yang iurannya dibayar pemerintah"),
    ("penghasilan saya 3 juta, santunannya berapa", "Dalam program yang iurannya dibayar pemerintah daerah"),
    ("kode daftar petugas saya belum dapat", "diberikan langsung oleh admin kota"),  # was the officer's sign-in
    ("jam berapa kantor buka", "jam buka kantor cabang"),
    ("hari sabtu buka ga", "jam buka kantor cabang"),
    ("petugas kelurahan lama banget verifikasi", "Tidak ada jangka waktu yang pasti"),
    ("data usulan kemarin udah diverifikasi blm", "Tidak ada jangka waktu yang pasti"),  # was the status check
    # An employee's papers asked by a worker with no employer: asked whether to report, the scam warning. The QR at the
    # branch: the help answer. (Tax on the benefit stays the JKM page, as the labelled set has it.)
    ("perlu surat referensi kerja ga? suami saya ojol", "tidak ada dalam daftar dokumen klaim"),
    ("harus ada npwp ga buat klaim", "tidak ada dalam daftar dokumen klaim"),
    ("scan qr di kantor cabang gimana caranya", "formulir Lapak Asik"),
    ("ada link scan qr dari bpjs buat dapat bantuan 2 juta, transfer admin dulu", "itu ciri penipuan"),  # a scam still
    ("katanya saya menang santunan, tinggal transfer pajak dulu", "itu ciri penipuan"),  # tax to transfer: the scam's
    # A reminder of ours doubted, or where it got the number: the scam warning, one's claims.
    ("kok ada pesan pengingat dari kawan kerja, ini beneran?", "Kawan Kerja mengirim pengingat kepada peserta"),
    ("ini pesan dari siapa ya, kok tau nomor saya", "Kawan Kerja mengirim pengingat kepada peserta"),
    ("ada pesan minta transfer, beneran ga", "itu ciri penipuan"),  # asking for money: never ours
    # Money already sent to a scammer: the warning alone said what had been done; what to do now.
    ("saya kena tipu orang ngaku petugas bpjs, udah transfer 500rb", "Jika uang sudah terlanjur ditransfer"),
    ("udah tf 300rb ke orang yg ngaku bpjs buat biaya admin klaim", "minta rekening penerimanya diblokir"),
    # An occupational disease told: not understood (asked about, it is the JKK page).
    ("sakit akibat kerja karena debu semen, paru2 rusak", "penyakit akibat kerja"),
    ("saya sakit punggung karena angkat barang tiap hari", "penyakit akibat kerja"),  # was BPJS Kesehatan's answer
    ("sy sakit paru2 krn kerja di pabrik", "penyakit akibat kerja"),  # "krn", as typed: was BPJS Kesehatan's answer
    ("kena covid waktu kerja", "penyakit akibat kerja"),  # was a work-accident report with "kena covid" as its story
    # Who is writing, whose number this is: not understood.
    ("siapa ini", "Saya Kawan Kerja, asisten otomatis"),
    ("ini nomor apa", "Saya Kawan Kerja, asisten otomatis"),
    ("nomor wa ini punya siapa", "Saya Kawan Kerja, asisten otomatis"),
    # The account a benefit is paid into, to change: was not understood, or the scam warning ("ganti nomor rekening").
    ("mau ganti rekening", "foto buku tabungan yang benar"),
    ("ganti nomor rekening untuk santunan", "foto buku tabungan yang benar"),
    ("rekening di klaim saya salah", "foto buku tabungan yang benar"),  # was one's claims
    ("nama di rekening beda dengan ktp", "nama di rekening berbeda dengan di KTP"),  # a name that differs: the
    # branch's, not a wrong account
    ("ada yang minta ganti rekening katanya dari bpjs", "itu ciri penipuan"),  # asked by someone else: the warning
    # A contribution told as paid by oneself: was one's claims; who pays it (the city), and where that is shown.
    ("saya sudah transfer iuran", "pesertanya tidak membayar apa pun"),
    ("saya sudah setor iuran ke pak rt", "pesertanya tidak membayar apa pun"),
    # A link to enrol, or BPJS's number, asked for: the scam warning (the model's guesses, for "minta" and "link").
    ("min link pendaftaran nya mana", "tidak punya link pendaftaran"),
    ("link daftar bpjs", "tidak punya link pendaftaran"),
    ("ada yang kirim link daftar bpjs gratis", "tidak punya link pendaftaran"),
    ("bisa minta nomor cs bpjs", "telepon 175"),
    ("nomor wa kantor bpjs jambi berapa", "telepon 175"),  # was the JKM page
    ("nomor kantor bpjs jambi", "telepon 175"),  # no word for a phone: was the scam warning
    ("nomor telepon kantor bpjs", "telepon 175"),  # was "itu ciri penipuan"
    ("no wa bpjs tk", "telepon 175"),  # was "itu ciri penipuan"
    # A claim filed by oneself, without a go-between: not understood.
    ("santunan bisa diambil sendiri ga", "klaim diurus sendiri"),
    ("klaim bisa diurus sendiri?", "klaim diurus sendiri"),
    ("can i file the claim myself", "klaim diurus sendiri"),
    # Thanks for a benefit received: the JKM page. Whether it was paid, asked with thanks: not thanks.
    ("dana santunan sudah masuk rekening, terima kasih", "Sama-sama"),
    # When the cover is extended: not understood.
    ("kapan diperpanjang", "selama programnya membiayai Anda"),
    # What the RT head said of the cover, asked whether true: the scam warning (the model's guess). Money asked: still it.
    ("pak rt bilang suami saya bisa dapat santunan, bener?", "Ketua RT memang mengusulkan"),
    ("pak rt minta transfer biar dapat santunan, bener?", "itu ciri penipuan"),
    # Someone said to be staff asking for something that is no money or code, whether genuine: told it is a scam.
    ("petugas bpjs minta foto rumah, itu beneran?", "pastikan dulu ke Contact Center 175"),
    ("ada orang ngaku petugas bpjs datang ke rumah, itu beneran?", "pastikan dulu ke Contact Center 175"),
    ("petugas bpjs minta transfer biaya admin, beneran?", "itu ciri penipuan"),  # money asked: the warning
    # Reactivating, asked alone: BPJS Kesehatan's answer (the model's guess). A claim for a neighbour: not understood.
    ("bagaimana cara mengaktifkan kembali", "kepesertaan menjadi nonaktif"),
    ("gmn cara aktifin lg", "kepesertaan menjadi nonaktif"),  # the help page
    ("cara aktifin bpjs tk lg gmn", "kepesertaan menjadi nonaktif"),  # the JHT's
    ("biar aktif lagi gmn", "kepesertaan menjadi nonaktif"),  # not understood
    ("bisakah saya mengurus klaim untuk tetangga", "atas nama ahli waris"),
    # Where the benefit is paid, which bank, a name that differs: the JKM page, the hand-off, "not understood".
    ("uang santunan bisa diambil di mana", "rekening ahli waris"),
    ("rekening saya bank bri bisa?", "Bank mana yang bisa dipakai"),
    ("nama di ktp dan rekening beda", "nama di rekening berbeda"),
    # Leave asked to ask about the cover, for a job: the loan answer (the model's guess).
    ("assalamualaikum, mau tanya bpjs tk buat ojol", "JKM (kematian)"),
    ("mau tanya bpjs buat pedagang", "JKK (kecelakaan kerja)"),
    ("punten, abdi bade naros bpjs", "JKK (kecelakaan kerja)"),  # in Sundanese ("naros": ask): the NIK question
    # Where the kelurahan is: "not understood".
    ("alamat kantor kelurahan dimana", "ketua RT Anda"),
    ("kantor lurah dimana ya", "ketua RT Anda"),
    # Whether it is free, asked alone: the JKK page, or how enrolment works.
    ("apa bener gratis", "iurannya dibayar pemerintah kota"),
    ("beneran gratis ga sih", "tidak dipungut biaya"),
    # A name offered instead of the NIK: the help page, or the loan answer. A NIK forgotten: asked for it at once.
    ("bisa cek pakai nama aja?", "bukan dengan nama"),
    ("cek pake nama bisa ga", "bukan dengan nama"),
    ("saya lupa nik saya", "di Kartu Keluarga (KK)"),
    ("kalau tidak ada ktp gimana", "NIK tertulis di e-KTP dan di Kartu Keluarga (KK)"),  # was the JKM page
    ("saya belum punya ktp", "NIK tertulis di e-KTP dan di Kartu Keluarga (KK)"),
    ("nik saya lupa gimana", "di Kartu Keluarga (KK)"),
    ("nik sy berapa ya lupa", "di Kartu Keluarga (KK)"),  # was asked for it
    ("ga hafal nik", "di Kartu Keluarga (KK)"),  # were not understood
    ("sy ga inget nik sy", "di Kartu Keluarga (KK)"),
    # A KPJ number lost, asked how: one's claims. An enrolment awaited with no news: one's claims.
    ("nomor kpj saya hilang gimana", "kepesertaan dicek dengan NIK"),
    # The customer service's number asked without "bpjs": the JKM page.
    ("nomor cs nya berapa", "telepon 175"),
    # A KPJ number not known, a family member's or said without whose: was "not understood".
    ("kpj bapak sy lupa", "tetap bisa dicatat tanpa nomor itu"),
    ("lupa no kpj suami", "tetap bisa dicatat tanpa nomor itu"),
    ("gatau kpjnya", "Nomor KPJ tertulis di kartu peserta"),
    ("mas saya udah daftar lewat pak rt tapi belum ada kabar", "Tidak ada jangka waktu yang pasti"),
    # Someone of the family missing at sea, not found: "not understood", or one's claims.
    ("suami saya hilang di laut belum ketemu", "semoga segera ditemukan"),
    ("bapak hilang saat melaut sudah seminggu", "semoga segera ditemukan"),
    ("my husband is missing at sea", "semoga segera ditemukan"),
    ("suami saya tenggelam waktu melaut, belum ketemu", "semoga segera ditemukan"),  # drowned, not found: was not
    ("bapak hanyut di sungai waktu cari ikan belum ditemukan", "semoga segera ditemukan"),  # understood
    ("nelayan hilang di laut 3 hari, belum ketemu", "semoga segera ditemukan"),  # no one named: was not understood
    # With the boat named too: were one's claims (a claim word), or boats are not replaced.
    ("perahu terbalik, suami saya tenggelam belum ketemu, bisa klaim?", "semoga segera ditemukan"),
    ("suami saya tenggelam belum ketemu, bisa klaim?", "semoga segera ditemukan"),
    ("suami sy nelayan, perahunya terbalik, blm ketemu sampe skrg", "semoga segera ditemukan"),  # capsized: was "not
    # understood"
    # A boat sunk, asked whether it is replaced: was the status check.
    ("perahu saya tenggelam, diganti ga", "bukan kendaraan atau barang"),
    # A grown child asking whether they claim, the other parent gone too: were the amounts, and one's claims.
    ("kalau istri sudah meninggal juga, anak saya yang klaim?", "anaknya yang mengajukan klaim"),
    ("saya anak almarhum, ibu saya sudah tidak ada, bisa saya yang klaim?", "anaknya yang mengajukan klaim"),
    ("kalau istri saya juga meninggal, anak saya bisa klaim?", "anaknya yang mengajukan klaim"),
    ("anak saya bisa klaim?", "Yang berhak, berurutan"),  # not understood
    ("saya anaknya, bisa klaim?", "Yang berhak, berurutan"),
    # A marriage not registered, told with the death: was told "Bisa" as any heir.
    ("suami saya meninggal tapi kami nikah siri, bisa klaim?", "untuk nikah siri, istri kedua"),
    ("saya istri kedua almarhum, suami meninggal kemarin, apa bisa dapat santunan?", "jika almarhum terdaftar"),
    # A letter from an employer asked for, by a worker who has none: was one's claims.
    ("sudah lapor ke bpjs tp disuruh bawa surat dari perusahaan, sy kan ga punya perusahaan",
     "surat dari perusahaan tidak termasuk"),
    ("klaim jkk harus ada surat keterangan dari perusahaan?", "surat dari perusahaan tidak termasuk"),
    ("saya ga punya majikan, surat kecelakaan dari siapa", "surat dari perusahaan tidak termasuk"),
    # A wage told with the work: the JHT answer (the model's guess).
    ("saya buruh pabrik kontrak, gaji umr", "PNS, TNI/Polri dan karyawan dilindungi"),
    ("saya karyawan toko digaji bulanan, bisa ikut program ini?", "PNS, TNI/Polri dan karyawan dilindungi"),
    ("saya buruh pabrik, gaji dipotong bpjs, bisa cair?", "JHT (Jaminan Hari Tua)"),  # the savings: still JHT's
    # What is paid while one cannot work: the enrolment answer (the model's guess; "selama" is corrected to "selamat").
    ("selama saya tidak bisa narik, ada uang pengganti ga?", "selama belum bisa bekerja: Rp1.000.000 per bulan"),
    # Dengue ("berdarah" read as a wound): asked whether to report a work accident.
    ("anak saya demam berdarah dirawat di rs", "urusan BPJS Kesehatan"),
    ("saya kena demam berdarah, bisa klaim?", "urusan BPJS Kesehatan"),
    # Whether someone else is enrolled: how one is enrolled.
    ("teman saya ikut bpjs ga ya", "Ketik NIK yang ingin dicek"),
    ("cek status bpjs almarhum bapak", "Ketik NIK yang ingin dicek"),  # the deceased's: was "Ketik NIK Anda"
    ("tetangga saya kecelakaan kemarin, dia ikut bpjs ga ya", "lalu \"Keluarga/orang lain\""),
    ("istri saya bisa didaftarkan?", "usulan ketua RT"),  # how to enrol her: still the enrolment answer
    # Originals or copies of a claim's papers: the scam warning, "not understood".
    ("dokumennya harus asli atau fotokopi?", "Simpan dokumen aslinya"),
    ("fotonya harus asli atau fotokopi", "Simpan dokumen aslinya"),  # was not understood
    ("perlu buku tabungan?", "buku tabungan ahli waris termasuk dokumen klaimnya"),  # was JHT's answer ("tabungan")
    # An officer's desk link lost or expired: the scam warning ("admin"), not understood.
    ("sy admin kota, lupa link meja petugas", "Tautan masuk meja petugas hanya sekali pakai"),
    ("link desk nya kadaluarsa", "Tautan masuk meja petugas hanya sekali pakai"),
    ("perlu legalisir ga", "Simpan dokumen aslinya"),
    # Whom a benefit is paid to: who pays the contribution ("siapa" and "dibayar" are its words too).
    ("santunannya dibayar ke siapa", "rekening ahli waris untuk santunan kematian"),
    # Who pays the contribution: the contribution page, which said it last.
    ("iuran nya siapa yg bayar", "dibayar pemerintah daerah: pesertanya tidak membayar"),
    ("iuran bpjs siapa yang nanggung", "dibayar pemerintah daerah: pesertanya tidak membayar"),
    # Papers, the proof code and a neighbour's claim, asked away from a claim.
    ("gimana cara dapat surat ahli waris", "Surat keterangan ahli waris diurus di kelurahan atau desa."),  # JKM page
    ("cara bikin akta kematian", "Akta kematian diurus di Disdukcapil."),
    ("eh salah itu ktp bukan kk", "Jika dokumen terkirim dengan nama yang salah, kirim lagi foto yang sama"),  # JKM
    ("ktp sama kk bapak hilang", "Kartu Keluarga yang hilang atau rusak diurus penggantinya"),  # "use the KK"
    ("kok sms nya ga masuk kodenya", "Kode dikirim lewat WhatsApp, bukan SMS"),  # was not understood
    ("bisa klaim buat tetangga saya?", "Klaim diurus oleh peserta sendiri, atau oleh ahli warisnya"),
    ("ada yang minta kode otp saya", "Hati-hati, itu ciri penipuan."),
    # Arrears: paid yet said to be owing (who pays), what they do (JHT's answer), two KPJ numbers (the NIK question).
    ("sy udah bayar iuran sendiri, kok masih dibilang nunggak", "bawa bukti pembayarannya ke kantor cabang"),
    ("kalo nunggak gmn", "jika iuran tidak dibayar 3 bulan berturut-turut, kepesertaan menjadi nonaktif"),
    ("sy punya 2 nomor kpj", "mereka yang memastikan nomor mana yang berlaku"),
])
def test_questions_the_bot_answers_from_the_menu_are_answered(message: str, answer: str) -> None:
    state, said = first_reply(message)
    assert answer in said, (state, said)


def test_a_sign_in_code_awaited_offers_the_officers_way_in() -> None:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1").but(locale="id")
    conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text="halo"), START).conversation
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text="kode petugas belum dikirim admin"), START)
    assert [choice.label for choice in step.replies[-1].choices] == ["Masuk petugas", "Menu utama"]


@pytest.mark.parametrize("message", ["anak saya jatuh, bisa klaim?", "bos saya ga mau kasih surat",
                                     "suami saya meninggal kemarin, bisa klaim?"])
def test_a_case_told_is_not_taken_for_the_heirs_or_the_employer_letter(message: str) -> None:
    _state, said = first_reply(message)
    assert "Yang berhak, berurutan" not in said and "surat dari perusahaan" not in said, said
    assert "nikah siri" not in said, said


def test_a_friend_lost_at_sea_is_not_told_boats_are_not_replaced() -> None:
    """"perahu terbalik, teman sy hilang belum ketemu": the one lost is a person. Another's family's case is left "not
    understood", as the labelled set has it."""
    _state, said = first_reply("sy nelayan, perahu terbalik, teman sy hilang belum ketemu")
    assert "barang" not in said and "harta benda" not in said, said


def test_not_treated_yet_told_first_is_not_asked_again() -> None:
    """"belum ke dokter" in the first message was asked again as "Di mana berobat?"; a facility named there is still
    asked about (whether it is a partner is the question's)."""
    state, said = first_reply("jatuh dari motor pas narik, tangan lecet, belum ke dokter")
    assert state == "accident.confirm" and "• Berobat: belum" in said, (state, said)
    state, said = first_reply("anak sy kecelakaan motor pas pulang kerja, skrg di rsud")
    assert "Berobat" not in said, (state, said)


@pytest.mark.parametrize("message", ["berapa santunan kalau cacat", "santunan cacat berapa", "kalo cacat tetap dapat apa"])
def test_a_disability_asked_gets_both_kinds_in_short(message: str) -> None:
    """The short JKK page names no disability amount; then the whole page of seven lines came to answer two of them."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Cacat sebagian") and "Cacat total" in said, (state, said)
    assert "Perawatan di rumah" not in said


def test_a_disability_asked_in_english_gets_what_a_disability_is_paid() -> None:
    """The English got the JKM page."""
    state, said = first_reply("how much for disability")
    assert state == "benefits.jkk_more" and "Cacat total" in said, (state, said)


@pytest.mark.parametrize(("message", "line"), [
    ("kalau kaki diamputasi dapat berapa", "Cacat sebagian karena kecelakaan kerja"),
    ("jari putus dapat berapa persen", "Cacat sebagian karena kecelakaan kerja"),
    ("kalau cacat seumur hidup dapat apa", "Cacat total karena kecelakaan kerja"),
    ("kalau lumpuh karena kecelakaan kerja", "Cacat total karena kecelakaan kerja"),
])
def test_one_disability_asked_gets_its_one_line(message: str, line: str) -> None:
    """The whole page of seven lines came, for a phone, to answer one of them."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith(line) and "Perawatan di rumah" not in said, (state, said)


@pytest.mark.parametrize("message", ["apa itu stmb", "stmb itu apa? dapat gaji selama gak bisa kerja?", "stmb berapa"])
def test_what_stmb_is_asked_gets_its_one_line(message: str) -> None:
    """Was the JKK page, which says what is paid while one cannot work but never that it is called STMB."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith(
        "STMB (santunan sementara tidak mampu bekerja) adalah pengganti penghasilan dari JKK selama belum bisa bekerja "
        "karena kecelakaan kerja: Rp1.000.000 per bulan di 12 bulan pertama, lalu Rp500.000 per bulan sampai sembuh"), (
        state, said)


def test_what_stmb_is_asked_in_english_is_answered_in_english() -> None:
    said = _replies("hello", "what is stmb")[1]
    assert said.startswith("STMB (the temporary inability-to-work benefit) replaces income from JKK while you cannot "
                           "work because of a work accident: Rp1,000,000 a month for the first 12 months, then "
                           "Rp500,000 a month"), said


@pytest.mark.parametrize("message", ["ambulans ditanggung ga", "biaya ambulance diganti?",
                                     "ongkos transportasi ke rs diganti ga"])
def test_the_ride_to_hospital_asked_gets_what_jkk_pays_for_it(message: str) -> None:
    """The short JKK page does not say it, and the English word got the language question; then the whole page of
    seven lines came to answer one."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Ongkos angkutan korban kecelakaan kerja"), (state, said)


@pytest.mark.parametrize("message", ["bpjs tk nanggung operasi ga", "kalau harus operasi mahal ditanggung sampai berapa"])
def test_treatment_asked_gets_the_jkk_page(message: str) -> None:
    """Was the loan answer, the JKM page: treatment until recovered, with no cost limit."""
    state, said = first_reply(message)
    assert state == "benefits.jkk" and "tanpa batas biaya" in said, (state, said)


def test_an_aid_after_a_work_accident_is_answered() -> None:
    """Was not understood."""
    state, said = first_reply("kaki palsu karena kecelakaan kerja ditanggung?")
    assert state == "menu.next" and "alat pengganti" in said, (state, said)


@pytest.mark.parametrize("message", ["klaim jkk bisa berapa kali", "sudah klaim jkk tahun lalu, bisa klaim lagi?",
                                     "kalau kecelakaan lagi bisa klaim lagi ga", "jkk ada batas berapa kali klaim",
                                     "saya pernah klaim jkk tahun lalu, bisa klaim lagi?"])  # was "report now?"
def test_claiming_jkk_again_is_answered(message: str) -> None:
    """Was the JKM page, one's claims, the JKK page: each accident is a case of its own."""
    state, said = first_reply(message)
    assert state == "menu.next" and "kasus sendiri" in said, (state, said)


def test_lagi_as_now_is_not_claiming_again() -> None:
    """"lagi" is "again" and "now": alone it asks nothing of claiming again."""
    state, said = first_reply("lagi nunggu klaim jkk cair")
    assert state.startswith("claims.") and "kasus sendiri" not in said, (state, said)


@pytest.mark.parametrize(("message", "page"), [
    ("ojol yang meninggal di jalan pas pulang, termasuk jkk?", "benefits.jkk"),
])
def test_a_question_naming_one_programme_gets_its_page(message: str, page: str) -> None:
    """The model could not place it: "not understood"."""
    state, said = first_reply(message)
    assert state == page, (state, said)


def test_ones_own_refused_claim_asked_why_lists_ones_claims() -> None:
    """Where its reason is (the labelled set's landing)."""
    state, said = first_reply("kenapa klaim saya ditolak?")
    assert state.startswith("claims."), (state, said)


@pytest.mark.parametrize("message", ["saya kecelakaan lagi, mau klaim", "tadi saya nabrak, penumpang saya luka"])
def test_an_accident_told_is_still_reported(message: str) -> None:
    state, _said = first_reply(message)
    assert state.startswith("accident."), state


@pytest.mark.parametrize("message", ["prosedur klaim jkk gimana", "kecelakaan kerja lapornya kemana",
                                     "lapor kecelakaan kerja harus ke mana", "saya mau lapor kecelakaan tapi nik nya lupa"])
def test_how_or_where_to_report_is_no_story(message: str) -> None:
    """The report starts, as choosing it does; the question was its "Kejadian"."""
    state, said = first_reply(message)
    assert state == "accident.who" and "Kejadian" not in said, (state, said)


@pytest.mark.parametrize("message", [
    "kemarin hampir ketabrak", "nyaris jatuh dari motor tadi",
    # Only the vehicle damaged: started a report with no one hurt, or was not understood.
    "min saya ojol, kemarin diserempet mobil pas antar makanan, motor rusak doang",
    "kemarin saya nabrak pas narik, saya gpp cuma motor lecet",
    "pas kerja motor saya ditabrak, motor rusak doang saya ga luka",
    # With fillers between the vehicle and the damage, and no accident named: "Cek klaim" said there were no claims.
    "motornya aja yang rusak, saya aman", "cuma motor yg lecet, saya aman kok",
    "saya tidak cedera, cuma motor lecet",  # no mishap named: was the NIK question
])
def test_a_near_miss_starts_no_report(message: str) -> None:
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Syukurlah Anda tidak terluka"), (state, said)


@pytest.mark.parametrize("message", [
    "motor sy ditabrak pas diparkir",  # started a report of the writer's own accident
    "motor sy ditabrak orang pas lagi parkir di pasar",
    "motor sy ketabrak pas diparkir, sy ga apa2",  # was not understood
    "mobil saya keserempet di parkiran",
])
def test_a_parked_vehicle_hit_starts_no_report(message: str) -> None:
    state, said = first_reply(message)
    assert state == "menu.next" and "bukan motor, HP atau barang" in said and "sedang diparkir" in said, (state, said)


@pytest.mark.parametrize("message", [
    "motor sy ditabrak pas diparkir, kaki sy luka",  # the writer hurt too
    "sy jukir, ditabrak motor pas lagi parkir",  # a parking attendant's own accident
])
def test_a_parking_accident_with_someone_hurt_is_still_a_report(message: str) -> None:
    assert first_reply(message)[0] == "accident.confirm"


@pytest.mark.parametrize("message", [
    "sy nabrak orang pas narik, orangnya luka",  # a report of the writer's own injury, "Semoga lekas sembuh"
    "penumpang sy jatuh dari motor, dia dapet?",  # asked whether to report
    "sy nyenggol anak kecil pas antar paket, dia jatuh",
])
def test_someone_else_hurt_on_the_road_is_not_the_writers_report(message: str) -> None:
    state, said = first_reply(message)
    assert state == "menu.next" and "bukan penumpang atau orang lain" in said and "Jasa Raharja" in said, (state, said)


@pytest.mark.parametrize("message", ["sy penumpang ojek, jatuh dari motor", "sy nabrak mobil pas narik, kaki sy luka",
                                     "sy nabrak motor pas antar paket, sy jg luka", "sy ditabrak orang pas narik"])
def test_the_writer_hurt_on_the_road_is_still_their_report(message: str) -> None:
    assert first_reply(message)[0] == "accident.confirm"


@pytest.mark.parametrize(("message", "said"), [
    ("sy jatuh dari kasur td pagi", "Kecelakaan saat libur atau di luar pekerjaan"),  # started a report
    ("jatuh dari ranjang, pinggang sakit", "Kecelakaan saat libur atau di luar pekerjaan"),
    ("hp sy dicopet pas narik", "bukan harta benda"),  # was not understood
    ("dompet sy kecopetan di pasar", "bukan harta benda"),
])
def test_a_fall_from_ones_bed_or_a_pickpocket_starts_no_report(message: str, said: str) -> None:
    state, answer = first_reply(message)
    assert state == "menu.next" and said in answer, (state, answer)
    assert first_reply("sy tukang kasur, jatuh pas angkat kasur ke truk")[0] == "accident.confirm"  # a bed as the work


@pytest.mark.parametrize("message", [
    "sy sopir truk, kecelakaan di lintas timur, truk terguling",  # the JKK page
    "sy buruh angkut, pinggang cedera angkat karung",  # not understood ("cedera" was no harm)
    "sy penambang pasir, tertimbun",  # not understood
])
def test_ones_own_mishap_told_after_ones_job_is_a_report(message: str) -> None:
    state, said = first_reply(message)
    assert state == "accident.confirm" and "Yang mengalami: Anda sendiri" in said, (state, said)


def test_a_passengers_death_is_their_familys_claim() -> None:
    """"penumpang sy meninggal pas kecelakaan" started a death claim, condoling the driver's family; a husband dead with
    his passenger is still the widow's claim."""
    state, said = first_reply("penumpang sy meninggal pas kecelakaan")
    assert state == "menu.next" and said.startswith("Turut berduka cita.") and "ahli warisnya" in said, (state, said)
    assert first_reply("suami sy ojol meninggal kecelakaan bersama penumpangnya")[0] == "death.confirm"


def test_a_child_carried_with_no_writer_named_is_not_the_injured() -> None:
    """"pas jemput anak sekolah sebelum narik, jatuh" recorded the child as the one hurt; a relative who fell themself
    still is ("pas antar ibu ke pasar, ibu jatuh dari motor")."""
    state, said = first_reply("pas jemput anak sekolah sebelum narik, jatuh")
    assert state == "accident.confirm" and "Yang mengalami" not in said, said
    assert "Yang mengalami: keluarga atau orang lain" in first_reply("pas antar ibu ke pasar, ibu jatuh dari motor")[1]


def test_a_harm_told_while_working_is_a_report() -> None:
    """"kepala kebentur pas angkat galon pelanggan" was not understood ("kebentur" was no harm); supposed, it stays the
    JKK page."""
    state, said = first_reply("kepala kebentur pas angkat galon pelanggan")
    assert state == "accident.confirm" and "• Cedera: kepala kebentur" in said, (state, said)
    assert first_reply("kalau kepala kebentur pas kerja ditanggung?")[0] == "benefits.jkk"


def test_a_scratch_on_the_rider_beside_the_bike_is_still_a_report() -> None:
    state, said = first_reply("saya jatuh dari motor, kaki lecet, motor rusak doang")
    assert state == "accident.confirm" and "• Cedera: kaki lecet" in said, (state, said)


def test_a_neighbours_death_with_what_to_do_asked_gets_the_jkm_page() -> None:
    """Was "not understood"."""
    state, said = first_reply("tetangga saya ojol meninggal kecelakaan, keluarganya harus ngapain")
    assert state == "benefits.jkm" and "Rp70.000.000" in said, (state, said)


def test_an_ex_spouses_death_is_condoled_with_the_answer() -> None:
    state, said = first_reply("suami sy meninggal kemarin, kami udah cerai, bisa klaim?")
    assert state == "menu.next" and said.startswith("Turut berduka cita. Kepesertaan atas nama masing-masing"), said


def test_ones_tie_said_again_at_the_nearer_heirs_question_is_answered() -> None:
    """At "Apakah almarhum meninggalkan istri/suami atau anak …?", "sy adiknya" and "sy menantunya" were "not
    understood": the sibling's tie as recorded; the child-in-law told that their spouse, the child, claims."""
    sibling = _replies("kakak sy meninggal minggu lalu", "ya", "1571021003750005", "sakit jantung", "sy adiknya")[-1]
    assert sibling.startswith("Ya, hubungan Anda sudah tercatat: Saudara kandung."), sibling
    assert sibling.endswith("meninggalkan istri/suami atau anak yang masih hidup?"), sibling
    in_law = _replies("bapak mertua sy meninggal minggu lalu", "ya", "1571021003750005", "sakit jantung",
                      "sy menantunya")[-1]
    assert in_law.startswith("Menantu tidak termasuk ahli waris, tetapi anak almarhum (pasangan Anda)"), in_law


@pytest.mark.parametrize(("message", "state"), [
    ("kakek dipanggil yang maha kuasa kemarin", "death.confirm"),  # was not understood
    ("nyawa bapak tidak tertolong setelah kecelakaan di jalan", "death.confirm"),  # the JKK page
    ("bapak sudah berpulang ke rahmatullah", "switch.ask_claim"),  # the JKM page, a guess
])
def test_a_death_said_gently_is_a_death_in_the_family(message: str, state: str) -> None:
    reached, said = first_reply(message)
    assert reached == state and "berduka" in said, (reached, said)


@pytest.mark.parametrize("message", ["kada tahu nomor kpj", "sy lpa no kpj"])
def test_banjars_not_and_a_vowelless_forgot_are_read(message: str) -> None:
    """"kada tahu nomor kpj" (Bontang's Banjar: "kada" is "tidak") was not understood; "sy lpa no kpj" missed the KPJ's
    hint."""
    state, said = first_reply(message)
    assert state == "status.ask_nik" and said.startswith("Nomor KPJ ada di kartu peserta"), (state, said)


def test_banjars_i_and_you_are_read() -> None:
    """"pian bisa bantu ulun cek bpjs kah" ("can you help me check my bpjs") was not understood; "laki ulun" is one's
    husband."""
    assert first_reply("pian bisa bantu ulun cek bpjs kah")[0] == "status.ask_nik"
    state, said = first_reply("laki ulun meninggal")
    assert state == "death.confirm" and "Hubungan Anda: Istri atau suami" in said, said


def test_an_rt_heads_long_message_of_a_residents_death_is_their_death_report() -> None:
    """Was "not understood" (the model's guess); said shorter, it was the RT head's death report already."""
    state, _said = first_reply("permisi, saya ketua rt 07 kelurahan talang banjar, ada warga saya meninggal kemarin, "
                               "namanya pak ahmad, dia tukang becak. keluarganya ga tau harus ngapain")
    assert state == "officer.loading", state


def test_a_paper_said_to_be_had_beside_a_lost_card_is_not_told_lost() -> None:
    """"…, kartu bpjsnya hilang, kk juga ada tapi udah lama" was told how to replace a lost KK."""
    _state, said = first_reply("min tolong dibantu, bapak saya meninggal 3 bulan lalu, tapi kartu bpjsnya hilang, kk "
                               "juga ada tapi udah lama. bisa ga diurus?")
    assert "Kartu Keluarga yang hilang" not in said and "Kartu peserta yang hilang tidak menghalangi klaim" in said, said


@pytest.mark.parametrize("message", ["sy pns, kecelakaan dinas", "suami sy polisi meninggal", "sy tni, bisa klaim disini?"])
def test_a_state_servants_case_is_told_where_their_cover_is(message: str) -> None:
    """Started this programme's report or claim, or was not understood: a civil servant's cover is Taspen's, a soldier's
    or a police officer's ASABRI's (PP 70/2015, PP 102/2015)."""
    state, said = first_reply(message)
    assert state == "menu.next" and "Taspen" in said and "ASABRI" in said, (state, said)


@pytest.mark.parametrize(("message", "state"), [
    ("sy ditabrak mobil polisi pas narik", "accident.confirm"),  # a police car, not a police officer's case
    ("sy pensiunan pns, skrg jualan, kemarin jatuh dari motor pas antar dagangan", "switch.ask_claim"),  # was JHT's
])
def test_a_state_servant_named_otherwise_keeps_the_report(message: str, state: str) -> None:
    assert first_reply(message)[0] == state


def test_someones_death_told_as_news_starts_no_claim() -> None:
    """"ada yg meninggal di kampung sebelah, …" started a death claim by the writer, asking the NIK; one's own family's
    death told so still starts it."""
    state, said = first_reply("ada yg meninggal di kampung sebelah, keluarganya ga tau bpjs")
    assert state == "benefits.jkm" and "Rp42.000.000" in said, (state, said)
    assert first_reply("ada yang meninggal di keluarga saya, mau klaim")[0] == "death.ask_nik"


@pytest.mark.parametrize("message", ["bot nya ga ngerti terus", "jawabannya salah", "kok muter2 terus", "ga nyambung",
                                     "botnya bodoh", "dasar bot goblok",  # the last two were not understood
                                     "jawabannya ga membantu"])  # was the help list
def test_the_bot_told_it_does_not_understand_offers_a_person(message: str) -> None:
    """Was the help list or "not understood" again."""
    state, said = first_reply(message)
    assert state == "menu.main" and said.startswith("Maaf, saya belum bisa membantu dengan baik"), (state, said)


def test_a_complaint_goes_to_a_person() -> None:
    """Was not understood."""
    state, _said = first_reply("saya mau komplain pelayanan")
    assert state.startswith("handoff."), state


def test_a_deadline_asked_with_ones_accident_offers_the_report() -> None:
    state, said = first_reply("saya kecelakaan, batas lapornya kapan?")
    assert state == "switch.ask_claim" and "melapor kecelakaan kerja" in said, (state, said)


@pytest.mark.parametrize("message", ["bapak saya ojol meninggal tabrakan minggu lalu, katanya dapat 70 juta ya?",
                                     "halo, bapak saya ojol meninggal tabrakan minggu lalu, katanya dapat 70 juta ya?"])
def test_a_death_told_with_the_benefit_heard_of_is_condoled_and_answered(message: str) -> None:
    """Was "not understood" ("katanya" read as hearsay of another's death), and after "halo," the menu alone."""
    state, said = first_reply(message)
    assert state == "benefits.jkm" and said.startswith("Turut berduka cita") and "Rp70.000.000" in said, (state, said)


@pytest.mark.parametrize("message", ["halo apa kabar semua", "apa kabar min"])
def test_how_are_you_is_answered(message: str) -> None:
    """Was the JKK or JKM page (the model's guess)."""
    state, said = first_reply(message)
    assert state == "menu.main" and said.startswith("Kabar baik"), (state, said)


@pytest.mark.parametrize("message", ["min saya mau tanya", "halo kak mau nanya dong", "boleh tanya?",
                                     "pagi pak, mau tanya dong", "mas, kulo badhe tanglet", "punten, abdi bade naros",
                                     "nyuwun sewu, ajeng takon",
                                     # of a relative's cover, nothing asked yet: the help page
                                     "halo kak saya mau nanya soal bpjs suami saya", "mau tanya tentang bpjs bapak saya"])
def test_leave_to_ask_is_given_shortly(message: str) -> None:
    """Was the help answer, eight lines of everything the bot does."""
    state, said = first_reply(message)
    assert state == "menu.main" and said.startswith("Silakan, tulis pertanyaan Anda"), (state, said)
    assert "Saya bisa membantu" not in said


@pytest.mark.parametrize(("message", "answer"), [
    ("kartu kis dikirim kemana", "BPJS Kesehatan"),  # another institution's card
    ("saya diminta bayar 100 ribu untuk cetak kartu bpjs tk, benar gak?", "penipuan"),
    ("kartu bpjs saya hilang", "Kartu yang hilang"),
])
def test_other_cards_and_paid_printing_are_not_the_card_answer(message: str, answer: str) -> None:
    state, said = first_reply(message)
    assert answer in said and "berbentuk digital" not in said, (state, said)


@pytest.mark.parametrize("message", ["saya tki", "saya tkw di malaysia", "sy kerja di luar negri",
                                     "sy mau kerja di luar negeri, bpjs nya gmn",  # was JHT's answer
                                     "suami kerja di malaysia, bisa ikut?"])  # was how the RT head proposes him
def test_a_migrant_worker_is_sent_to_the_branch(message: str) -> None:
    """Was "not understood"; FACTS.md says nothing of a migrant worker's cover, so the branch is named, no rule."""
    state, said = first_reply(message)
    assert state == "menu.next" and "pekerja migran" in said and "kantor cabang" in said, said


@pytest.mark.parametrize(("message", "state"), [
    ("pak sy mau tanya 2 hal: 1. cara cek kepesertaan 2. berapa iurannya", "status.ask_nik"),
    ("1. iuran brp 2. siapa yg bayar 3. cara klaim", "menu.next"),
])
def test_several_questions_in_one_message_are_answered_one_at_a_time_saying_so(message: str, state: str) -> None:
    """The first was answered and the others seemed ignored."""
    reached, said = first_reply(message)
    assert reached == state and said.startswith("Anda bertanya beberapa hal; saya jawab satu dulu."), said
    assert not first_reply("kok blm cair? kapan cairnya?")[1].startswith("Anda bertanya beberapa hal")


@pytest.mark.parametrize(("message", "told"), [
    ("kartu bpjs ku ilang", "Kartu yang hilang atau rusak tidak menghalangi"),  # was the scam warning
    ("kartu bpjsku ilang", "Kartu yang hilang atau rusak tidak menghalangi"),  # was not understood
])
def test_my_written_ku_is_read_as_mine(message: str, told: str) -> None:
    assert first_reply(message)[1].startswith(told), first_reply(message)


def test_a_javanese_question_about_bpjs_is_not_bpjs_kesehatans() -> None:
    """"kulo badhe takon babagan bpjs" (I want to ask about BPJS) got BPJS Kesehatan's answer."""
    assert "BPJS Kesehatan" not in first_reply("kulo badhe takon babagan bpjs")[1]


@pytest.mark.parametrize("message", ["sy pingsan pas kerja", "sy pingsan kepanasan pas kerja di sawah",
                                     "sy kepanasan pas kerja"])
def test_fainting_at_work_is_ones_own_accident(message: str) -> None:
    """Only the emergency line and "Ada lagi yang bisa saya bantu?" (fainting at home is still no accident)."""
    assert first_reply(message)[0] == "accident.confirm"
    assert first_reply("sy pingsan di rumah")[0] != "accident.confirm"


@pytest.mark.parametrize("message", ["anak sy pingsan di sekolah", "sy pingsan di rumah"])
def test_fainting_at_home_or_school_is_told_it_is_no_work_accident(message: str) -> None:
    """Were the scholarship page, and the emergency line alone."""
    said = first_reply(message)[1]
    assert "JKK menanggung kecelakaan saat bekerja" in said and "Beasiswa" not in said, said


@pytest.mark.parametrize("message", ["suami sy pingsan pas kerja di proyek", "bapak sy pingsan pas narik"])
def test_a_relative_fainting_at_work_is_asked_whether_to_report(message: str) -> None:
    """Was the emergency line alone."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "Apakah Anda ingin melapor kecelakaan kerja sekarang?" in said, said


@pytest.mark.parametrize("message", ["permisi, ini bener bot bpjs?", "ini beneran bpjs?", "bener ini wa bpjs?"])
def test_whether_this_chat_is_bpjs_is_answered_who_it_is(message: str) -> None:
    """Was "Hati-hati, itu ciri penipuan", as if a message received were asked about."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Kawan Kerja bukan layanan resmi BPJS Ketenagakerjaan"), said


@pytest.mark.parametrize("message", ["hi, is this bpjs?", "is this the bpjs bot?"])
def test_whether_this_chat_is_bpjs_asked_in_english(message: str) -> None:
    """Was the scam warning."""
    assert _replies(message)[-1].startswith("Kawan Kerja is not an official BPJS Ketenagakerjaan service"), \
        _replies(message)


@pytest.mark.parametrize("message", ["wna bisa ikut?", "orang asing bisa daftar?"])
def test_whether_foreigners_may_join_is_the_branchs_to_say(message: str) -> None:
    """Were how workers are proposed (and one's family); "can foreigners join" also in Indonesian."""
    assert first_reply(message)[1].startswith("Usulan program ini memakai NIK dari e-KTP."), first_reply(message)
    assert _replies("can foreigners join")[-1].startswith("Proposals for this programme use the NIK on the e-KTP.")


@pytest.mark.parametrize("message", ["apa bedanya jmo sama bot ini", "beda jmo dan kawan kerja apa"])
def test_how_this_bot_differs_from_jmo_is_answered(message: str) -> None:
    """Got how to recover a JMO account."""
    said = first_reply(message)[1]
    assert said.startswith("JMO (Jamsostek Mobile) adalah aplikasi resmi BPJS Ketenagakerjaan"), said


def test_pay_while_not_working_asked_gets_the_jkk_page() -> None:
    """"pengganti gaji selama ga kerja brp" was told that an accident off work is no work accident."""
    state, said = first_reply("pengganti gaji selama ga kerja brp")
    assert state == "benefits.jkk" and "selama belum bisa bekerja" in said, said


@pytest.mark.parametrize("message", ["sy rt baru, rt lama udah diganti", "saya rt pengganti"])
def test_a_new_rt_head_is_led_to_sign_in(message: str) -> None:
    """"sy rt baru, rt lama udah diganti" was the status check's NIK question; "sy ketua rt baru" signs in."""
    assert first_reply(message)[0] == first_reply("sy ketua rt baru")[0] == "officer.loading"


def test_a_check_of_someone_without_a_phone_is_the_check() -> None:
    """"cek status ibu sy, dia ga punya hp" was told that one's own record opens with one's own NIK and KPJ."""
    state, said = first_reply("cek status ibu sy, dia ga punya hp")
    assert state == "status.ask_nik" and said.startswith("Ketik NIK yang ingin dicek"), said
    assert first_reply("cek bpjs sy pake hp anak")[1].startswith("Boleh memakai HP keluarga")  # one's own, borrowed


@pytest.mark.parametrize(("message", "greeted"), [("selamat malam, maaf mengganggu", "Selamat malam."),
                                                ("met siang min", "Selamat siang.")])
def test_a_greeting_by_the_part_of_the_day_is_returned(message: str, greeted: str) -> None:
    """Got the menu alone, where a salam is returned ("Waalaikumsalam.")."""
    assert first_reply(message)[1].startswith(greeted), first_reply(message)


@pytest.mark.parametrize(("message", "state"), [
    ("laporan kecelakaan sy udh diterima?", "claims.loading"),  # was asked whether to report an accident now
    ("laporan sy udah masuk belum", "claims.loading"),  # was the status check
    ("mau batalkan laporan kecelakaan sy", "menu.next"),  # started a report with itself as the story
])
def test_ones_report_asked_about_is_not_a_new_report(message: str, state: str) -> None:
    assert first_reply(message)[0] == state, first_reply(message)


def test_whether_this_months_contribution_is_paid_opens_ones_record() -> None:
    """"iuran bulan ini udah dibayar belum" opened one's claims (the model's guess): paid until when is on the record."""
    assert first_reply("iuran bulan ini udah dibayar belum")[0] == "status.ask_nik"


@pytest.mark.parametrize("message", ["bpjs kesehatan dari kantor istri, masih bisa ikut?",
                                     "sy sudah ada bpjs kesehatan dari pemerintah, masih bisa diusulkan?"])
def test_having_bpjs_kesehatan_asked_of_joining_is_no_bar(message: str) -> None:
    """Got BPJS Kesehatan's own answer ("Itu urusan BPJS Kesehatan"); joining JKN itself still does."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Punya BPJS Kesehatan (JKN/KIS) tidak menghalangi"), said
    assert first_reply("sy mau daftar bpjs kesehatan")[1].startswith("Itu urusan BPJS Kesehatan")


@pytest.mark.parametrize("message", ["sy kerja di malaysia dulu, skrg pulang", "saya mantan tki malaysia"])
def test_a_migrant_worker_back_home_may_be_proposed_like_any_other(message: str) -> None:
    """"sy kerja di malaysia dulu, skrg pulang" was not understood: a worker here now, proposed by the RT head."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Jika sekarang Anda sudah pulang") and "kantor cabang" in said, said


@pytest.mark.parametrize("message", ["saya pindah ke jakarta", "bulan depan sy pindah ke bekasi, gmn bpjs nya",
                                     "sy merantau ke jakarta, bpjs nya gmn"])  # BPJS Kesehatan's answer
def test_moving_to_a_named_place_gets_the_moving_answer(message: str) -> None:
    """"pindah ke" a named place was "not understood"."""
    state, said = first_reply(message)
    assert state == "menu.next" and "Jika pindah ke daerah lain" in said, said


@pytest.mark.parametrize("message", ["i moved to jakarta",
                                     "i live in another city now",  # was not understood
                                     "what if i live in another city now"])  # an accident away from home's answer
def test_a_move_told_in_english_gets_the_moving_answer(message: str) -> None:
    assert "If you move to another area" in _replies("hello", message)[1]


@pytest.mark.parametrize("message", ["i dont have a bank account, can i still get the money",  # the JMO app's account
                                     "i have no bank account, can i still get paid",  # where we got one's number
                                     "we dont have a savings book"])  # not understood
def test_no_bank_account_told_in_english_is_told_where_the_benefit_is_paid(message: str) -> None:
    said = _replies("hello", message)[1]
    assert said.startswith("The benefit is paid into the heir's bank account."), said


def test_changing_jobs_or_a_migrant_workers_death_is_no_move() -> None:
    assert "Jika pindah ke daerah lain" not in first_reply("saya pindah kerja")[1]
    assert "If you move to another area" not in _replies("hello", "i moved to a new job")[1]
    assert first_reply("suami saya tki meninggal di malaysia")[0].startswith("death.")


@pytest.mark.parametrize("message", ["kartu kpj bapak hilang, gimana?", "kartu bpjs suami saya hilang"])
def test_a_family_members_lost_card_is_answered_for_the_claim_too(message: str) -> None:
    """Was "not understood" (tried in the terminal chat by an heir whose claim lists the card)."""
    state, said = first_reply(message)
    assert state == "menu.next" and "Kartu yang hilang" in said and "tetap bisa dicatat tanpa kartu" in said, said


@pytest.mark.parametrize("message", ["mau lapor jkk", "tolong bantu klaim jkk", "saya mau lapor kecelakaan kerja",
                                     "gmn cr lapor kcelakaan krj", "how do i report an accident"])
def test_asking_to_report_an_accident_is_no_story_of_one(message: str) -> None:
    """The request itself was put in the report as what happened ("• Kejadian: mau lapor jkk")."""
    state, said = first_reply(message)
    assert state == "accident.who" and "Kejadian" not in said, (state, said)


def test_a_scam_warning_gets_the_warning_and_no_claim() -> None:
    state, said = first_reply("ada yg minta transfer biaya admin biar santunan kematian cair, penipuan kah?")
    assert "tidak dipungut biaya" in said and "175" in said and not state.startswith("death.")


def test_when_unclear_the_bot_asks_once_then_goes_where_the_answer_says() -> None:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text="halo"), START)
    asked = engine.step(step.conversation, Event(kind=EventKind.TEXT, text="ada yang meninggal"), START)
    assert asked.replies[-1].text == "Apakah Anda ingin mengurus klaim santunan kematian sekarang?"
    yes = engine.step(asked.conversation, Event(kind=EventKind.TEXT, text="iya"), START)
    assert yes.conversation.state.startswith("death.")
    no = engine.step(asked.conversation, Event(kind=EventKind.TEXT, text="tidak, cuma tanya"), START)
    assert no.conversation.state.startswith("benefits.jkm") or "JKM" in no.replies[-1].text


@pytest.mark.parametrize(("page_choice", "question", "where"), [
    ("1", "kalau saya meninggal, keluarga saya dapat berapa?", "benefits.jkm"),
    ("2", "kalau saya meninggal, keluarga saya dapat berapa?", "benefits.jkm"),  # the page it is on
    ("1", "iuran nya berapa sebulan?", "benefits.contribution"),
    ("2", "kalau kecelakaan kerja apa saja yang ditanggung", "benefits.jkk"),
])
def test_a_follow_up_question_on_an_information_page_is_answered_there(page_choice: str, question: str,
                                                                       where: str) -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="halo"), START)
    for text in ("2", page_choice):  # Manfaat JKK & JKM, then the JKK or the JKM page
        step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert step.conversation.state.startswith("benefits.j")
    answered = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=question), START)
    assert answered.conversation.state == where, [r.text[:60] for r in answered.replies]
    assert "belum mengerti" not in answered.replies[0].text


# -- values people type (issue 15, point 4) ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "hour", "minute"), [
    ("senin lalu", dt.date(2026, 11, 16), None, 0),  # said on a Monday: a week ago
    ("jumat kemarin", dt.date(2026, 11, 20), None, 0),
    ("sabtu malam", dt.date(2026, 11, 21), None, 0),
    ("rabu", dt.date(2026, 11, 18), None, 0),
    ("semalam", dt.date(2026, 11, 22), None, 0),
    ("tgl 28 bulan lalu", dt.date(2026, 10, 28), None, 0),  # a day of last month, not 28 months ago
    ("meninggal tgl 28 bulan lalu jam 3 sore", dt.date(2026, 10, 28), 15, 0),  # was: 03:00 (the phrase was cut)
    ("tanggal 5 bulan ini", dt.date(2026, 11, 5), None, 0),
    ("08:30", dt.date(2026, 11, 23), 8, 30),
    ("08.30", dt.date(2026, 11, 23), 8, 30),
    ("setengah 9 pagi", dt.date(2026, 11, 23), 8, 30),
    ("suami saya meninggal jumat kemarin", dt.date(2026, 11, 20), None, 0),
    ("wingi sore", dt.date(2026, 11, 22), None, 0),
])
def test_days_and_times_people_type(text: str, date: dt.date, hour: int | None, minute: int) -> None:
    from conversations.nlu.entities import read_when

    when = read_when(text, NOW)
    assert when is not None and (when.date, when.hour, when.minute) == (date, hour, minute)


def test_semalam_said_in_the_evening_is_last_night() -> None:
    from conversations.nlu.entities import read_when

    evening = read_when("semalam", dt.datetime(2026, 11, 23, 20, 0))
    assert evening is not None and evening.date == dt.date(2026, 11, 22)


@pytest.mark.parametrize(("text", "said_at", "date", "hour"), [
    ("driver ojol jatoh sendiri di tikungan licin td mlm", dt.datetime(2026, 12, 2, 9, 36), dt.date(2026, 12, 1), None),
    ("tadi malam jam 10", dt.datetime(2026, 12, 2, 9, 36), dt.date(2026, 12, 1), 22),
    ("tadi malam jam 7", dt.datetime(2026, 12, 2, 21, 0), dt.date(2026, 12, 2), 19),
    ("jatuh td pgi", dt.datetime(2026, 12, 2, 13, 0), dt.date(2026, 12, 2), None),
])
def test_tonight_or_last_night_depends_on_when_it_is_said(text: str, said_at: dt.datetime, date: dt.date,
                                                          hour: int | None) -> None:
    from conversations.nlu.entities import find_when

    when = find_when(text, said_at)
    assert when is not None and (when.date, when.hour) == (date, hour)


@pytest.mark.parametrize(("text", "date"), [
    ("malam minggu", dt.date(2026, 11, 28)),  # Saturday night, the eve of Sunday: was read as Sunday
    ("malam jumat", dt.date(2026, 11, 26)),  # Thursday night
    ("minggu malam", dt.date(2026, 11, 29)),  # Sunday's own night
    ("dua hari lalu", dt.date(2026, 11, 30)),  # was: not read
    ("semalem", dt.date(2026, 12, 1)),  # was: not read
    ("sebulan yang lalu", dt.date(2026, 11, 2)),  # was: not read
    ("2 bulan lalu", dt.date(2026, 10, 2)),
    ("pekan lalu", dt.date(2026, 11, 25)),
    ("2 pekan lalu", dt.date(2026, 11, 18)),
    ("sehari yang lalu", dt.date(2026, 12, 1)),
    ("dua bulan lalu", dt.date(2026, 10, 2)),  # the number in words before a month: was not read
    ("two weeks ago", dt.date(2026, 11, 18)),  # nor in English
    ("three days ago", dt.date(2026, 11, 29)),
])
def test_nights_and_counts_in_words(text: str, date: dt.date) -> None:
    from conversations.nlu.entities import read_when

    when = read_when(text, dt.datetime(2026, 12, 2, 17, 0))  # a Wednesday
    assert when is not None and when.date == date


@pytest.mark.parametrize(("text", "rough"), [("2 minggu lalu", True), ("two weeks ago", True), ("sebulan lalu", True),
                                             ("minggu lalu", True), ("3 hari lalu", False), ("kemarin", False),
                                             ("tanggal 5", False)])
def test_a_day_counted_back_by_weeks_or_months_is_an_estimate(text: str, rough: bool) -> None:
    from conversations.nlu.entities import read_when

    when = read_when(text, dt.datetime(2026, 12, 2, 17, 0))
    assert when is not None and when.rough is rough


@pytest.mark.parametrize(("text", "said_at", "date", "hour"), [
    ("semalam jam 11an", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 1), 23),  # was: today, no hour
    ("semalam jam 11", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 1), 23),  # was: today 11:00
    ("semalam jam 23.00", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 1), 23),  # was: tonight, to come
    ("semalam jam 2", dt.datetime(2026, 12, 2, 8, 0), dt.date(2026, 12, 2), 2),  # after midnight
    ("tadi malam jam 1", dt.datetime(2026, 12, 2, 8, 0), dt.date(2026, 12, 2), 1),
    ("semalam jam 12", dt.datetime(2026, 12, 2, 8, 0), dt.date(2026, 12, 2), 0),  # midnight, not noon
    ("kemarin jam 2 malam", dt.datetime(2026, 12, 2, 8, 0), dt.date(2026, 12, 1), 2),  # unclear: the earlier
    ("tadi jam 2 siang", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 2), 14),  # was: 02:00
    ("jam 11 siang", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 2), 11),
    ("kemarin sore jam 4an", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 1), 16),
    ("tadi pagi jam 7-an", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 2), 7),
    ("2 jam lalu", dt.datetime(2026, 12, 2, 17, 0), dt.date(2026, 12, 2), 15),  # was: not read
    ("sejam yang lalu", dt.datetime(2026, 12, 2, 0, 30), dt.date(2026, 12, 1), 23),
])
def test_hours_of_the_night_and_about_an_hour(text: str, said_at: dt.datetime, date: dt.date, hour: int) -> None:
    """The hour an accident happened sets its 2×24-hour deadline: read as people write it."""
    from conversations.nlu.entities import read_when

    when = read_when(text, said_at)
    assert when is not None and (when.date, when.hour) == (date, hour)


@pytest.mark.parametrize(("text", "hour", "minute"), [
    ("kemarin jam setengah 8 pagi", 7, 30),  # half past seven; was: not read at all
    ("kemarin pukul setengah 3 sore", 14, 30),
    ("kemarin setengah delapan", 7, 30),
    ("kemarin jam tujuh pagi", 7, 0),
    ("kemarin jam dua belas siang", 12, 0),
    ("kemarin jam 7 lewat 15", 7, 15),
    ("kemarin jam 7 lebih seperempat malam", 19, 15),
    ("kemarin jam 8 kurang seperempat", 7, 45),
    ("kemarin jam 8 kurang 10 menit", 7, 50),
    ("kemarin jam 12 kurang 5 malam", 23, 55),
    ("kemarin jam 7 an", 7, 0),
    ("yesterday at half past 7 in the morning", 7, 30),  # was: no hour
    ("yesterday at quarter to 8", 7, 45),
    ("yesterday at 7:30 am", 7, 30),
    ("yesterday at 3 pm", 15, 0),
    ("yesterday at 12 am", 0, 0),
    ("yesterday 3pm", 15, 0),  # without "at": was no hour ("it was 3pm" at a summary: not understood)
    ("yesterday 3 pm", 15, 0),
    ("yesterday 7.30am", 7, 30),
    ("yesterday 12pm", 12, 0),
])
def test_clock_times_as_people_say_them(text: str, hour: int, minute: int) -> None:
    from conversations.nlu.entities import read_when

    when = read_when(text, dt.datetime(2026, 12, 2, 17, 0))
    assert when is not None and (when.date, when.hour, when.minute) == (dt.date(2026, 12, 1), hour, minute)


@pytest.mark.parametrize(("text", "amount"), [
    ("satu juta lima ratus ribu", 1_500_000), ("sejuta setengah", 1_500_000), ("1 juta 500 ribu", 1_500_000),
    ("2jt an", 2_000_000), ("2 jutaan", 2_000_000), ("kurang lebih 2 juta", 2_000_000),
    ("2,5 juta rupiah", 2_500_000), ("sekitar 1.500.000 per bulan", 1_500_000), ("dua juta setengah", 2_500_000),
])
def test_amounts_people_type(text: str, amount: int) -> None:
    assert parse_amount(text) == amount


def _answer(word: str) -> str | None:
    options = yes_no(lambda ctx: None, lambda ctx: None)  # type: ignore[arg-type, return-value]
    chosen = match_option(word, options, tuple(str(o.label) for o in options))
    return chosen.id if chosen is not None else None


@pytest.mark.parametrize("word", ["bener", "iye", "siap", "okeh", "ho oh"])
def test_more_ways_of_saying_yes(word: str) -> None:
    assert _answer(word) == "yes"


@pytest.mark.parametrize("word", ["gk", "kagak", "ora", "mboten"])
def test_more_ways_of_saying_no(word: str) -> None:
    assert _answer(word) == "no"


@pytest.mark.parametrize(("typed", "written"), [
    ("i didn't get it", "i did not get it"), ("I can’t", "I can not"), ("i won't", "i will not"),
    ("i'm his wife", "i am his wife"), ("my husband's card", "my husband card"), ("we've", "we have"),
    ("jum'at kemarin", "jum'at kemarin"),  # an Indonesian apostrophe is no contraction
])
def test_english_contractions_are_written_out(typed: str, written: str) -> None:
    assert spelled_out(typed) == written


@pytest.mark.parametrize(("text", "relation"), [
    ("saya anaknya", Relation.CHILD), ("saya istrinya", Relation.SPOUSE), ("saya adiknya", Relation.SIBLING),
    ("saya anak dari almarhum", Relation.CHILD), ("bapak saya meninggal", Relation.CHILD),
    ("anak saya meninggal", Relation.PARENT), ("bojoku seda", Relation.SPOUSE), ("lakiku meninggal", Relation.SPOUSE),
    ("bininyo meninggal", Relation.SPOUSE), ("menantu saya meninggal", Relation.PARENT_IN_LAW),
    ("saya keponakannya", Relation.OTHER), ("saya anak almarhum", Relation.CHILD), ("saya anak almh", Relation.CHILD),
    ("my father passed away yesterday", Relation.CHILD),  # was: PARENT ("my father" read as "saya bapak")
    ("my mother died", Relation.CHILD), ("my son died", Relation.PARENT), ("i am his son", Relation.CHILD),
    ("im her daughter", Relation.CHILD), ("i am his wife", Relation.SPOUSE), ("i'm his son", Relation.CHILD),
    # the only child: were read as a parent's claim
    ("sy anak tunggal, bapak sy meninggal", Relation.CHILD), ("ibu meninggal, saya anak satu2nya", Relation.CHILD),
    ("sy mau klaim jkm tp ahli warisnya cuma sy sendiri, anak tunggal", Relation.CHILD),
    ("anak tunggal saya meninggal kemarin", Relation.PARENT),  # one's only child
    ("wong tuo aku tewas ditabrak truk pas balek kerjo", Relation.CHILD),  # Malay "orang tuo": no relation was noted
])
def test_relations_from_the_writers_side(text: str, relation: Relation) -> None:
    assert find_deceased_relation(normalise_message(text)) is relation  # as the flows read it: "i'm" written out


async def test_a_hospital_named_at_the_choice_is_kept(tmp_path: Path) -> None:
    from tests.chat import ChatSimulator
    from tests.factories import ACTIVE

    chat = await ChatSimulator(tmp_path / "k.db").start()
    try:
        for text in ("4", "saya", ACTIVE.nik, "tadi pagi", "Jl. Sudirman", "Jatuh dari motor waktu antar penumpang",
                     "Kaki kiri patah"):  # the story says the road: the traffic question is not asked
            await chat.send(text)
        assert "Di mana berobat?" in chat.last.text
        assert "tulis nama rumah sakit" in (await chat.send("kemarin sore"))[0].text  # not an answer: asked again
        summary = (await chat.send("di RSUD Raden Mattaher, ga tau itu mitra atau bukan"))[-1].text
        # the name, not "di …" nor the doubt; not "RS/klinik lain" either, as if it were known to be no partner
        assert "Berobat di: RSUD Raden Mattaher (mitra atau bukan, petugas yang memastikan" in summary, summary
        await chat.send("Ulangi dari awal")
        for text in ("saya", ACTIVE.nik, "tadi pagi", "Jl. Sudirman", "Jatuh dari motor waktu antar penumpang",
                     "Kaki kiri patah"):
            await chat.send(text)
        assert "Berobat di: klinik (mitra atau bukan" in (await chat.send("sudah ke klinik"))[-1].text
        await chat.send("Ulangi dari awal")
        for text in ("saya", ACTIVE.nik, "tadi pagi", "Jl. Sudirman", "Jatuh dari motor waktu antar penumpang",
                     "Kaki kiri patah"):
            await chat.send(text)
        summary = (await chat.send("ga tau rs nya mitra ato bukan, rs bhayangkara"))[-1].text  # the doubt first: was
        # "Berobat di: RS/klinik lain", the name lost with the doubt
        assert "Berobat di: rs bhayangkara (mitra atau bukan, petugas yang memastikan" in summary, summary
    finally:
        await chat.close()


@pytest.mark.parametrize(("answer", "lands"), [("tidak, cuma tanya", "benefits.jkk"), ("iya", "accident.")])
def test_a_case_with_a_rule_question_is_asked_about_and_just_asking_opens_the_page(answer: str, lands: str) -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="halo"), START)
    text = "saya jatuh dari motor waktu narik tadi, apakah ditanggung?"
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert step.conversation.state == "switch.ask_claim", [r.text for r in step.replies]
    assert "Apakah Anda ingin melapor kecelakaan kerja sekarang?" in step.replies[-1].text
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text="asdf qwer"), START)
    assert step.conversation.state == "switch.ask_claim" and "belum mengerti" in step.replies[0].text
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=answer), START)
    assert step.conversation.state.startswith(lands)


@pytest.mark.parametrize("text", [
    "klaim santunan kematian bapak saya sudah diajukan bulan lalu kok belum cair",
    "tadi lihat ada ojol jatuh di depan pasar, untung ditolong warga",
    "motor saya ditabrak dari belakang tapi cuma lecet, saya sehat",
    "innalillahi, ada driver meninggal di jalan tadi pagi",
])
def test_filed_claims_hearsay_and_unhurt_accidents_start_no_claim(text: str) -> None:
    assert classify(text).intent not in CLAIMS


@pytest.mark.parametrize(("text", "starts"), [
    ("suami saya meninggal kemarin", True),
    ("bapak saya kecelakaan kerja tadi pagi", True),
    ("meninggal", False),  # no tie to the writer: asked about first
    ("teman saya kecelakaan kerja, bisa klaim?", False),  # a question about the rules
    ("kakak saya meninggal kemarin?", False),
])
def test_a_claim_starts_only_for_the_writers_own_present_case(text: str, starts: bool) -> None:
    found = classify(text)
    assert found.intent in CLAIMS and found.starts_claim is starts, found.explain()


@pytest.mark.parametrize("typed", ["gk jadi", "nggak jadi", "gajadi", "ga jd", "ndak jadi", "idak jadi", "ora sido",
                                   "batalin", "batal aja deh", "cancel aja"])
def test_not_going_ahead_in_any_spelling_cancels_halfway(typed: str) -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="halo"), START)
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text="5"), START)  # the death claim
    assert step.conversation.state == "death.ask_nik"
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=typed), START)
    assert step.conversation.state == "menu.main" and step.replies[0].text.startswith("Dibatalkan."), typed


@pytest.mark.parametrize("typed", ["keluar", "udahan", "exit"])
def test_leaving_words_cancel_and_choose_nothing(typed: str) -> None:
    """"keluar" at "Siapa yang mengalami kecelakaan?" chose "Keluarga/orang lain" (a prefix of it) and asked the
    worker's NIK; "udahan" was "not understood"."""
    said = _replies("lapor kecelakaan", typed)[1]
    assert said.startswith("Dibatalkan.") and "Ketik NIK" not in said, said


@pytest.mark.parametrize(("typed", "lands"), [("/quit", "menu.main"), ("/jatuh dari motor", "menu.main"),
                                              ("/batal", "menu.main"), ("/kembali", "menu.main"),
                                              ("/bantuan", "status.ask_nik")])
def test_a_slash_command_typed_is_read_as_telegrams_command_entity_never_as_words(typed: str, lands: str) -> None:
    """WhatsApp and the terminal have no command entities: "/quit" was read as words ("quit": resign) and
    answered with the JHT page. As on Telegram, a command we do not have is the menu, and ours work."""
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="1"), START)
    assert step.conversation.state == "status.ask_nik"
    name = typed[1:].split()[0]
    telegram = engine.step(step.conversation, Event(kind=EventKind.COMMAND, command=name), START)
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=typed), START)
    assert step.conversation.state == telegram.conversation.state == lands, typed
    assert [r.text for r in step.replies] == [r.text for r in telegram.replies]
    assert "JHT" not in " ".join(reply.text for reply in step.replies)


def test_not_knowing_at_a_question_without_a_hedge_is_answered_kindly_and_is_no_miss() -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="5"), START)
    for text in ("6474030611028672", "kemarin", "2"):  # the death claim: the NIK, the date, a work accident
        step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert step.conversation.state == "death.ask_traffic"  # yes or no, no "Tidak tahu"
    for text in ("ga tau", "gatau kak", "belum tahu sih", "nggak tahu", "lupa", "ga inget pak"):
        step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=text), START)
        assert step.conversation.state == "death.ask_traffic" and step.understood, text
        assert step.replies[0].text.startswith("Tidak apa-apa kalau belum tahu. Pilih jawaban yang paling mendekati")
        assert step.replies[0].text.endswith("Apakah itu kecelakaan lalu lintas (di jalan, termasuk berangkat atau "
                                             "pulang kerja)?")
        assert "Sepertinya saya belum bisa membantu" not in step.replies[0].text  # four of them are no misses
    cause = engine.step(engine.new_conversation("console", "u3"), Event(kind=EventKind.TEXT, text="5"), START)
    for text in ("6474030611028672", "kemarin", "lupa"):  # forgotten, at a question that has "Tidak tahu"
        cause = engine.step(cause.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert cause.replies[0].text.startswith("Tidak apa-apa, dicatat sebagai JKM")
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text="ga tau lewat mana"), START)
    assert step.replies[0].text.startswith("Maaf, saya belum mengerti.")  # more than not knowing
    page = engine.step(engine.new_conversation("console", "u2"), Event(kind=EventKind.TEXT, text="halo"), START)
    for text in ("ga tau", "2", "ga tau"):  # the main menu, the benefits page: no question asked there
        page = engine.step(page.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert page.conversation.state.startswith("benefits")
    assert page.replies[0].text.startswith("Maaf, saya belum mengerti.")


def test_every_switch_offered_reads_as_a_sentence_in_english() -> None:
    """'It sounds like you want {what}': each topic must be an infinitive ('talk to an officer' was not)."""
    with use_locale(CATALOGS, "en"):
        for intent, topic in TOPICS.items():
            assert str(topic).startswith("to "), (intent, str(topic))


def test_a_slash_inside_words_or_numbers_is_no_command() -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="1"), START)
    for typed, lands in (("12/05", "status.ask_nik"), ("/123", "status.ask_nik"),  # asked again: 16 digits
                         ("6474030611028672/", "status.checking")):  # the NIK, its slash a slip
        after = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=typed), START)
        assert after.conversation.state == lands, typed


@pytest.mark.parametrize(("typed", "command"), [("menu dong", Command.MENU), ("kembali ya kak", Command.BACK),
                                                ("stop dulu", None), ("gak jadi meninggal", None), ("ya", None),
                                                ("oke jadi", None)])
def test_particles_around_a_command_keep_it_and_nothing_else_becomes_one(typed: str, command: Command | None) -> None:
    assert global_command(typed) is command


@pytest.mark.parametrize(("typed", "command"), [("salah pencet", Command.MISTAP), ("eh salah pencet", Command.MISTAP),
                                                ("maaf salah pilih", Command.MISTAP), ("kepencet", Command.MISTAP),
                                                ("sorry salah tekan kak", Command.MISTAP), ("salah", None),
                                                ("salah nik", None), ("salah tanggal nya", None)])
def test_a_button_tapped_by_mistake_goes_back_to_the_question_before(typed: str, command: Command | None) -> None:
    """"salah pencet" was "not understood" at a question, and the rejection reason where one was asked."""
    assert global_command(typed) is command


def test_a_mistap_said_in_a_form_asks_the_question_before_again() -> None:
    said = _replies("halo", "5", "1571021003750005", "kemarin", "2", "eh salah pencet")
    assert said[-1].startswith("Apa penyebab meninggalnya?"), said[-1]


def test_a_mistap_said_at_the_menu_keeps_it() -> None:
    """With nothing before it, "salah pencet" was the main menu afresh, its greeting again."""
    said = _replies("halo", "salah pencet")
    assert said[-1].startswith("Tidak apa-apa.") and "Halo, saya Kawan Kerja" not in said[-1], said[-1]


def test_digits_at_a_choice_match_a_label_containing_them_and_are_never_a_misspelling() -> None:
    options = (Option("a", LazyText("Klaim JKM-2026-000417")), Option("b", LazyText("Klaim JKK-2026-000932")))
    labels = tuple(str(o.label) for o in options)
    assert match_option("000932", options, labels) is options[1]
    bare = (Option("a", LazyText("000417")), Option("b", LazyText("000932")))
    assert match_option("000933", bare, ("000417", "000932")) is None  # one digit off is another number


def test_an_amount_is_never_taken_for_an_option_showing_another_amount() -> None:
    options = (Option("default", LazyText("Rp1.000.000")),)
    labels = ("Rp1.000.000",)
    assert match_option("Rp 2.000.000", options, labels) is None  # close in spelling, another amount
    assert match_option("1.000", options, labels) is None  # a part of the label, another amount
    assert match_option("1.000.000", options, labels) is options[0]
    assert match_option("rp 1.000.000", options, labels) is options[0]


def test_the_income_typed_is_the_income_the_estimate_uses() -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="hitung"), START)
    for text in ("3", "Rp 2.000.000", "1", "0"):  # an injury, the income, off work for a while, 0 months
        step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert step.replies[0].text.startswith("Ketik lama tidak bisa bekerja dalam bulan, angka 1 sampai 120.")
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text="15"), START)
    assert "penghasilan Rp2.000.000: Rp27.000.000" in step.replies[0].text


def test_the_months_off_told_at_the_income_question_are_kept_and_yes_takes_the_citys_income() -> None:
    """"2 bulan ga bisa kerja" at the income question was "Tulis penghasilan sebagai angka", and "ya" there (to its only
    choice, Rp1.000.000) too."""
    said = _replies("halo", "3", "3", "2 bulan ga bisa kerja", "ya")
    assert said[3].startswith("Baik, 2 bulan tidak bisa bekerja saya catat.\n\nBerapa penghasilan per bulan"), said[3]
    assert said[4].startswith("Perkiraan santunan selama belum bisa bekerja, 2 bulan, penghasilan Rp1.000.000: "
                              "Rp2.000.000."), said[4]


@pytest.mark.parametrize(("said", "income"), [("sebulan dpt 2 jutaan lah", "Rp2.000.000"),
                                               ("gaji sy kira2 rp 1.500.000 sebulan", "Rp1.500.000")])
def test_an_income_told_in_a_sentence_is_the_income_not_the_months_off(said: str, income: str) -> None:
    """"sebulan dpt 2 jutaan lah" at the income question was "Baik, 1 bulan tidak bisa bekerja saya catat" (its
    "sebulan"), the amount lost: a wrong figure in the estimate."""
    replies = _replies("halo", "3", "3", said, "libur sementara", "2 bulan")
    assert replies[3].startswith("Apa akibat cederanya"), replies[3]
    assert replies[5].startswith(f"Perkiraan santunan selama belum bisa bekerja, 2 bulan, penghasilan {income}:"), \
        replies[5]


def test_the_children_counted_in_a_sentence_are_read() -> None:
    """"anak 2 masih sekolah" at "Berapa anak yang sedang atau akan bersekolah?" was "Ketik jumlah anak sebagai angka"."""
    replies = _replies("halo", "3", "1", "1jt", "anak 2 masih sekolah")
    assert "Beasiswa 2 anak" in replies[4], replies[4]


@pytest.mark.parametrize(("said", "figure"), [("kata dokter 10 persen", "cacat sebagian 10%"),
                                               ("sekitar 20an persen", "cacat sebagian 20%")])
def test_a_percentage_told_in_a_sentence_is_read(said: str, figure: str) -> None:
    """Both were told that the doctor sets the percentage from the table, the figure typed unread."""
    replies = _replies("halo", "3", "3", "1", "cacat sebagian", said)
    assert replies[5].startswith(f"Perkiraan santunan {figure}"), replies[5]


@pytest.mark.parametrize(("said", "figure"), [("kata dokter istirahat 2 bulan", "2 bulan"),
                                               ("udah 3 bulanan blm bisa kerja", "3 bulan")])
def test_the_months_off_told_in_a_sentence_are_read(said: str, figure: str) -> None:
    """Both were "Ketik lama tidak bisa bekerja dalam bulan", the months typed unread."""
    replies = _replies("halo", "3", "3", "1", "libur sementara", said)
    assert replies[5].startswith(f"Perkiraan santunan selama belum bisa bekerja, {figure},"), replies[5]


@pytest.mark.parametrize("said", ["udah bayar 5 thn", "baru setaun"])
def test_the_years_paid_told_in_a_sentence_are_read(said: str) -> None:
    """Both were "Ketik jumlah tahun sebagai angka"."""
    assert _replies("halo", "3", "2", said)[3].startswith("Berapa anak yang sedang atau akan bersekolah?")


def test_cancel_on_an_information_page_says_nothing_was_lost() -> None:
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"), Event(kind=EventKind.TEXT, text="halo"), START)
    for text in ("2", "2"):  # Manfaat JKK & JKM, then the JKM page
        step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text=text), START)
    assert step.conversation.state == "benefits.jkm"
    step = engine.step(step.conversation, Event(kind=EventKind.TEXT, text="batal"), START)
    assert step.conversation.state == "menu.main"
    assert step.replies[0].text.startswith("Tidak ada yang perlu dibatalkan."), step.replies[0].text


@pytest.mark.parametrize(("typed", "starts_claim"), [("klaim santunan kematan", True),  # a misspelt menu entry
                                                     ("info santunan kematian", False)])  # another word, not a typo
def test_a_menu_entry_is_matched_through_typos_but_not_through_another_word(typed: str, starts_claim: bool) -> None:
    state, _said = first_reply(typed)
    assert state.startswith("death.") is starts_claim, state


@pytest.mark.parametrize(("text", "count"), [
    ("4", 4), ("4 tahun", 4), ("sekitar 5 thn", 5), ("baru setahun", 1), ("dua", 2), ("2 anak", 2), ("0", 0),
    ("ga ada", 0), ("tdk ada", 0), ("tidak ada", 0), ("belum punya", 0), ("10%", 10), ("belum setahun", 0), ("kurang dari setahun", 0),
    ("3 juta", None), ("lebih dari 2 tahun", None), ("2.500.000", None), ("setengah juta", None), ("1 2", None),
    # a guess or a courtesy around it: were not read
    ("kira2 3 tahun", 3), ("kurang lebih 5 tahun", 5), ("4 tahun pak", 4), ("2 anak kak", 2), ("mungkin 3", 3),
])
def test_a_count_is_read_as_people_write_it_and_nothing_else_is(text: str, count: int | None) -> None:
    assert read_count(text) == count


def test_not_knowing_the_years_paid_is_told_a_guess_will_do() -> None:
    """"ga tau" at the calculator's years question was told to type a number, as a typo is."""
    said = _replies("halo", "3", "2", "ga tau")
    assert said[-1].startswith("Tidak apa-apa, kira-kira saja"), said[-1]


@pytest.mark.parametrize(("text", "kpj"), [
    ("kpj saya 572 4656 1833", "57246561833"), ("nomor kpj: 57246561833 ya", "57246561833"),
    ("kpj 572-465-618-33", "57246561833"),
    ("6474 0306 1102 8672", None),  # a NIK holds no KPJ
    ("ada dua 57246561833 dan 12345678901", None),  # which one: neither
    ("no 5724656183", None),  # ten digits
])
def test_a_kpj_inside_a_sentence(text: str, kpj: str | None) -> None:
    from conversations.nlu.entities import find_kpj

    assert find_kpj(text) == kpj


@pytest.mark.parametrize(("text", "problem", "digits"), [
    ("nomor kpj nya 1234-5678-901 pak", "length", 11),  # a KPJ where the NIK is asked: judged by its digits
    ("nik saya 647403061102", "length", 12),
    ("nik saya 6474O30611028672", "not_digits", 15),  # a letter O among the digits: still the O hint
    ("gak tau nik nya", "not_digits", 0),
])
def test_a_wrong_nik_inside_a_sentence_is_judged_by_its_number(text: str, problem: str, digits: int) -> None:
    from conversations.domain.nik import NikError
    from conversations.nlu.entities import read_nik

    read = read_nik(text)
    assert isinstance(read, NikError) and (read.problem.value, read.digits_given) == (problem, digits)


@pytest.mark.parametrize(("text", "phone"), [
    ("hp 0812 3456 7890", "6281234567890"),  # was refused as not a number
    ("nomornya +62 0812-3456-7890 pak", "6281234567890"),  # the trunk 0 after +62: was refused
    ("+6208123456789", "628123456789"),
    ("0812-3456-789O", None),  # a letter O for the last zero: never the ten digits before it
    ("0812 3456 7890 atau 0813 1111 2222", None),  # two numbers: which one is not guessed
])
def test_a_phone_as_people_write_it(text: str, phone: str | None) -> None:
    from conversations.nlu.entities import read_phone

    assert read_phone(text) == phone


@pytest.mark.parametrize(("text", "date", "hour"), [
    ("saya jatuh dari motor semalem jam 11an", dt.date(2026, 12, 1), 23),  # was: today 11:00
    ("suami saya meninggal sebulan yang lalu", dt.date(2026, 11, 2), None),  # was: not found in the story
    ("jatuh malam minggu kemarin", dt.date(2026, 11, 28), None),  # was: Sunday
    ("meninggal dua hari lalu", dt.date(2026, 11, 30), None),  # was: not found
    ("ketabrak sejam yang lalu", dt.date(2026, 12, 2), 16),
])
def test_a_time_inside_a_story(text: str, date: dt.date, hour: int | None) -> None:
    from conversations.nlu.entities import find_when

    when = find_when(text, dt.datetime(2026, 12, 2, 17, 0))
    assert when is not None and (when.date, when.hour) == (date, hour)


@pytest.mark.parametrize(("text", "day"), [
    ("jam 3 sore", False), ("kejadiannya jam 2 siang", False), ("pukul 15.00", False),
    ("kemarin jam 3 sore", True), ("tadi pagi", True), ("hari ini jam 10", True), ("tgl 1 jam 9", True),
    ("senin sore", True),
])
def test_a_time_of_day_alone_does_not_tell_the_day(text: str, day: bool) -> None:
    """At a claim's summary "jam 4 sore" changes the hour and keeps the day told before; "tadi pagi" changes both."""
    assert tells_day(text, NOW) is day


@pytest.mark.parametrize(("answer", "children"), [
    ("tidak ada anak", False), ("belum punya anak", False), ("anak sudah besar semua, sudah kerja", False),
    ("anaknya 3 yang kecil masih smp", True), ("ada 2, masih sd", True),
    ("tidak ada anak yang masih sekolah", None),  # none at school, or none and one at school: asked again
])
def test_the_children_question_reads_what_is_told_of_them(answer: str, children: bool | None) -> None:
    """"tidak ada anak" named both "ada" (yes) and "tidak ada" (no), and schooling or work named neither: all were
    "not understood" at "Apakah almarhum meninggalkan anak yang masih sekolah…?"."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", "1571111410704449", "kemarin", "sakit", "istri"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.state == "death.ask_children"
    answered = engine.step(conversation, Event(kind=EventKind.TEXT, text=answer), START).conversation
    if children is None:
        assert answered.state == "death.ask_children"
    else:
        assert answered.state == "death.expectation" and answered.draft["children"] is children


@pytest.mark.parametrize(("answer", "relation"), [
    ("sy anaknya", Relation.CHILD), ("saya istrinya", Relation.SPOUSE), ("istrinya", Relation.SPOUSE),
    ("saya istri almarhum", Relation.SPOUSE), ("dia suami saya", Relation.SPOUSE), ("bapak saya", Relation.CHILD),
    ("anak saya", Relation.PARENT), ("saya adik almarhum", Relation.SIBLING), ("istrinya, ada 2 anak masih sd",
                                                                           Relation.SPOUSE),
    ("ada 2 anak masih sd", None),  # the deceased's children, not the writer
    ("iya bu", None),
    ("adik ipar", Relation.OTHER), ("ibu mertua", Relation.PARENT_IN_LAW),  # were "Tulis hubungan Anda sendiri"
])
def test_the_writers_own_relation_is_read_as_they_say_it(answer: str, relation: Relation | None) -> None:
    assert find_own_relation(normalise(answer)) is relation


def _step_after(path: tuple[str, ...], at: str, answer: str) -> Step:
    """The engine's step for `answer`, sent once "halo" and the messages of `path` have led to the state `at`."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", *path):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.state == at
    return engine.step(conversation, Event(kind=EventKind.TEXT, text=answer), START)


@pytest.mark.parametrize(("answer", "told"), [
    ("anak kandung", None), ("saya anak kandungnya", None),  # were told "Jika Anda anak angkat, …"
    ("anak", "Jika Anda anak angkat"), ("anak angkat", "Hak anak angkat"), ("saya anak angkatnya", "Hak anak angkat"),
])
def test_a_child_is_told_of_adoption_only_when_they_did_not_say_they_are_born_to_the_deceased(answer: str,
                                                                                             told: str | None) -> None:
    step = _step_after(("5", "1571111410704449", "kemarin", "sakit"), "death.ask_relation", answer)
    said = "\n".join(reply.text for reply in step.replies)
    assert step.conversation.draft["relation"] == "child" and "Rp42.000.000" in said, said
    assert (told in said) if told else ("angkat" not in said), said


@pytest.mark.parametrize(("answer", "state", "same_group"), [
    ("ada anaknya 1 tapi sudah menikah", "death.not_heir", True),  # a married child is an heir still
    ("anaknya masih kecil2", "death.not_heir", True),  # a child described: was "not understood"
    ("anak sudah besar semua", "death.not_heir", True),
    ("anaknya sudah meninggal semua", "death.ask_prior_heirs", True),  # the spouse not said: asked (was the next group)
    ("ga ada anak", "death.ask_prior_heirs", True),
    ("istri sama anak ga ada", "death.ask_prior_heirs", False),  # both said: the next group
    ("cuma saya sendiri", "death.ask_prior_heirs", False),
    ("tidak ada yang masih hidup", "death.ask_prior_heirs", False),
    ("istrinya meninggal tapi anaknya ada 2", "death.ask_prior_heirs", True),  # both told: asked plainly, the same group
])
def test_nearer_heirs_told_in_a_sentence_are_read(answer: str, state: str, same_group: bool) -> None:
    """Whether the deceased left a spouse or children, answered by a sibling in a sentence: "not understood"."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", "1571111410704449", "kemarin", "sakit", "adik"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text=answer), START)
    assert step.conversation.state == state and step.understood, [r.text for r in step.replies]
    assert (step.conversation.draft["asking"] == conversation.draft["asking"]) is same_group


@pytest.mark.parametrize(("answer", "state", "told"), [
    # a divorce: was "not understood"; the children are asked
    ("istrinya udah cerai", "death.ask_prior_heirs", "Mantan istri atau suami yang sudah resmi bercerai bukan ahli waris."),
    # young children: theirs, through a guardian (was the page alone)
    ("anaknya ada 2 tapi masih kecil", "death.not_heir", "Untuk anak yang belum dewasa, klaim diurus walinya"),
    ("anaknya ada 1 masih sd", "death.not_heir", "Untuk anak yang belum dewasa, klaim diurus walinya"),  # read as "Ya"
])
def test_a_divorce_or_young_children_told_at_the_nearer_heirs_are_answered(answer: str, state: str, told: str) -> None:
    step = _step_after(("5", "1571111410704449", "kemarin", "sakit", "adik"), "death.ask_prior_heirs", answer)
    said = "\n".join(reply.text for reply in step.replies)
    assert step.conversation.state == state and told in said, said


@pytest.mark.parametrize(("typed", "told"), [
    ("1571111410704449", "NIK itu sudah tercatat."),
    ("1571111410704499", "Itu nomor, bukan tanggal."),  # another NIK: how to change it
    ("12345678901", "Itu nomor, bukan tanggal."),
])
def test_a_number_at_a_date_question_is_said_to_be_no_date(typed: str, told: str) -> None:
    """At "Kapan almarhum meninggal?" it was "Tanggalnya belum bisa saya baca", as if a date had been mistyped (the
    accident's and the death report's date questions share the reply)."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", "1571111410704449"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text=typed), START)
    assert step.conversation.state == "death.ask_date" and told in step.replies[0].text, step.replies


@pytest.mark.parametrize("answer", ["saya yang ngurus pemakamannya", "saya yg urus makam nya", "pengurus makam"])
def test_the_one_who_arranged_the_funeral_is_the_last_option(answer: str) -> None:
    """Told in a sentence, it was "not understood"; the option is "Lainnya (pengurus makam)"."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", "1571111410704449", "kemarin", "sakit", answer):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.state == "death.ask_prior_heirs" and conversation.draft["relation"] == "other"


@pytest.mark.parametrize(("story", "injury"), [
    ("saya ojol, td pagi jatoh dr motor pas narik, kaki lecet2 sama tangan keseleo", "kaki lecet2, tangan keseleo"),
    ("kena gerinda, jari tangan terpotong", "jari tangan terpotong"),
    ("patah kaki kanan waktu angkat semen", "patah kaki kanan"),
    ("jatuh dari tangga, luka di kepala", "luka di kepala"),
    ("fell off the scaffold, broken arm", "broken arm"),
    ("i had an accident at work yesterday, my hand is broken", "hand is broken"),  # were not read
    ("i fell off my motorbike this morning, my arm's broken", "arm's broken"),  # was asked again
    ("jatuh dari perancah, kepalanya bocor, sekarang di igd", "kepalanya bocor"),  # was asked again
    ("kepeleset pas angkat karung, pinggang sakit", "pinggang sakit"),  # was "not understood" told ahead
    ("kemarin diserempet truk pas narik, sekarang di rs, kaki diperban", "kaki diperban"),  # a treated wound: was
    ("jatuh dari motor, lutut dijahit", "lutut dijahit"),  # asked again
    ("sakit kepala sejak kemarin", None),  # a headache, an illness: not an injury
    ("slipped at the warehouse, broken left arm", "broken left arm"),
    ("I fell off my motorbike while delivering a package this morning, my leg hurts", "leg hurts"),  # the injury was
    ("fell from the roof and hurt my back", "hurt my back"),  # asked again in an English report
    ("i fell at work and broke my arm", "broke my arm"),  # was asked again
    ("the machine broke", None),
    ("my head is bleeding", "head is bleeding"),
    ("the hand is fine", None),
    ("jatuh dari tangga, kakinya patah", "kakinya patah"),  # the body part with its -nya
    ("kesetrum, tangannya melepuh", "tangannya melepuh"),
    ("ambo jatuh dari motor pas ngojek tadi, kaki luko", "kaki luko"),  # Jambi "luko": was asked again
    ("jatuh dari motor pas antar paket", None),  # no harm to a part of the body named: asked
    ("tangan", None),
    ("jatuh dr motor pas nganter penumpang, kaki kiri kayaknya retak", "kaki kiri kayaknya retak"),  # not yet known
    ("tangan sy mungkin patah", "tangan sy mungkin patah"),  # for sure: was asked again, and no get-well
    ("my arm is probably broken", "arm is probably broken"),
])
def test_the_injury_a_story_names_is_read_as_written(story: str, injury: str | None) -> None:
    assert find_injury(story) == injury


def _said_on_the_jkm_page(message: str) -> str:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "2", "2"):  # the benefits menu, then the JKM page
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.state == "benefits.jkm"
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text=message), START)
    return "\n".join(reply.text for reply in step.replies)


@pytest.mark.parametrize(("message", "told"), [
    ("cara klaim jkm online lewat hp", "Lapak Asik"),  # was: the claim started, with condolence
    ("bisa klaim online?", "Lapak Asik"),
    ("klaim santunan gimana caranya", "Lapak Asik"),
    ("gimana cara klaimnya", "Lapak Asik"),  # was: which claim, at the JKM page
])
def test_a_question_naming_an_option_of_the_page_is_answered_not_taken_as_the_option(message: str, told: str) -> None:
    said = _said_on_the_jkm_page(message)
    assert told in said and "berduka" not in said and "NIK" not in said, said


@pytest.mark.parametrize("message", ["klaim", "mau klaim", "klaim santunan", "2", "mau klaim santunan sekarang"])
def test_an_option_of_the_page_named_without_a_question_is_still_taken(message: str) -> None:
    assert "Ketik NIK almarhum" in _said_on_the_jkm_page(message)


@pytest.mark.parametrize(("message", "goodbye"), [
    ("tidak", True), ("sudah", True), ("cukup", True), ("ga ada", True), ("udah itu aja", True), ("no thanks", True),
    ("that's all", True), ("tidak ada lagi kak, makasih", True), ("sudah selesai", True),
    ("tidak tahu", False), ("belum", False), ("sudah bayar iuran?", False), ("tidak ada kpj", False),
    ("sudah daftar tapi belum aktif", False),
])
def test_no_more_to_ask_after_an_answer_is_a_goodbye(message: str, goodbye: bool) -> None:
    step = _step_after(("iuran nya berapa sebulan", "makasih"), "menu.next", message)
    assert (step.conversation.state == "menu.done") is goodbye, [r.text for r in step.replies]


@pytest.mark.parametrize(("answer", "state"), [
    ("belum siap, masih berduka", "benefits.jkm"),  # "siap" negated: was the claim started
    ("lanjut", "death.ask_nik"),  # was not understood ("boleh" is not taken: "adik saya boleh mewakili?" asks)
    ("gimana caranya dulu", "benefits.jkm"),  # was not understood
    ("iya siap", "death.ask_nik"),
    ("ga ada waktu sekarang", "benefits.jkm"),
])
def test_the_answer_to_whether_to_claim_now_is_read_as_meant(answer: str, state: str) -> None:
    step = _step_after(("ada yang meninggal",), "switch.ask_claim", answer)
    assert step.conversation.state == state, [r.text for r in step.replies]


def test_thats_all_at_a_death_claims_nik_question_is_no_question_about_the_deceaseds_cover() -> None:
    """"udah itu aja" (the model's guess, the status check) was told the deceased's cover is checked with the claim."""
    step = _step_after(("5",), "death.ask_nik", "udah itu aja")
    said = "\n".join(reply.text for reply in step.replies)
    assert step.conversation.state == "death.ask_nik" and "Tidak perlu diperiksa dulu" not in said, said


def test_a_death_told_again_at_the_question_whether_to_claim_is_no_failure() -> None:
    """Found by the property test: "DEATH" at "Apakah Anda ingin mengurus klaim …?" was routed to that same question,
    which it does not declare, and the user got "Maaf, terjadi kesalahan di sistem kami"."""
    step = _step_after(("DEATH0",), "switch.ask_claim", "DEATH")
    assert step.conversation.state == "switch.ask_claim"
    assert "terjadi kesalahan" not in "\n".join(reply.text for reply in step.replies)


@pytest.mark.parametrize(("number", "state"), [("5", "death.ask_nik"), ("2", "benefits.menu"), ("1", "menu.main")])
def test_a_number_after_the_goodbye_is_the_main_menus(number: str, state: str) -> None:
    """"5" was "Tidak ada pilihan 5 di sini": the goodbye shows only "Menu utama" (its own 1)."""
    step = _step_after(("iuran nya berapa sebulan", "makasih", "tidak"), "menu.done", number)
    assert step.conversation.state == state, [r.text for r in step.replies]


@pytest.mark.parametrize(("answer", "state"), [
    ("bapak saya meninggal tadi pagi", "switch.confirm"),  # was written down as the place
    ("di pasar dekat rumah", "accident.ask_story"),
    ("depan rumah duka", "accident.ask_story"),  # a place named after a death is still a place
])
def test_a_death_told_at_an_accidents_place_question_offers_the_switch(answer: str, state: str) -> None:
    step = _step_after(("4", "1", "1571022205900001", "kemarin sore"), "accident.ask_place", answer)
    assert step.conversation.state == state, [r.text for r in step.replies]
    assert step.conversation.draft.get("place") in (None, answer)


@pytest.mark.parametrize(("answer", "state"), [
    ("saya jatuh dari motor tadi pagi pas narik, kaki patah", "switch.confirm"),  # was the deceased's work accident
    ("bapak jatuh dari motor pas narik", "death.ask_traffic"),  # how the worker died
    ("waktu saya bonceng dia, motor jatuh", "death.ask_traffic"),
])
def test_the_writers_own_accident_at_a_death_claims_cause_question_offers_the_switch(answer: str, state: str) -> None:
    step = _step_after(("5", "1571111410704449", "kemarin"), "death.ask_cause", answer)
    assert step.conversation.state == state, [r.text for r in step.replies]


@pytest.mark.parametrize(("answer", "hour"), [
    ("sekitar jam 3 sore di pasar induk", 15),  # was "Pilih salah satu, atau tulis jamnya"
    ("jam 8 pagi pas antar sayur", 8),
    ("jam 3 sore", 15),
])
def test_the_hour_of_an_accident_is_read_inside_a_sentence(answer: str, hour: int) -> None:
    step = _step_after(("4", "1", "1571022205900001", "kemarin"), "accident.ask_time", answer)
    assert step.conversation.state == "accident.ask_place" and step.conversation.draft["hour"] == hour


@pytest.mark.parametrize(("answer", "treated"), [
    ("tukang urut", "Berobat di: Belum berobat"),  # was "Pilih salah satu, atau tulis nama rumah sakit"
    ("belum, nanti sore ke puskesmas", "Berobat di: Belum berobat"),  # was kept as where it was treated
    ("berobat sendiri beli obat di apotik", "Berobat di: Belum berobat"),
    ("di rumah aja dikompres", "Berobat di: Belum berobat"),  # was "Pilih salah satu"
    ("diurut terus ke klinik pratama", "Berobat di: diurut terus ke klinik pratama (mitra atau bukan"),  # a clinic too
])
def test_treatment_at_no_medical_facility_is_not_yet_treated(answer: str, treated: str) -> None:
    step = _step_after(("4", "1", "1571022205900001", "kemarin sore", "di pasar", "jatuh dari tangga pas angkat karung",
                        "tidak", "kaki keseleo"), "accident.ask_treatment", answer)
    assert treated in "\n".join(reply.text for reply in step.replies)


@pytest.mark.parametrize(("answer", "treated"), [
    ("belum berobat, mahal", "Berobat di: Belum berobat"),  # the summary alone: the worker left untreated
    ("ga ada duit buat ke rs", "Berobat di: Belum berobat"),  # was kept as the facility where they were treated
    ("belum, ga mampu", "Berobat di: Belum berobat"),
])
def test_treatment_not_had_for_its_cost_is_told_it_is_paid(answer: str, treated: str) -> None:
    step = _step_after(("4", "1", "1571022205900001", "kemarin sore", "di pasar", "jatuh dari tangga pas angkat karung",
                        "tidak", "kaki keseleo"), "accident.ask_treatment", answer)
    said = "\n".join(reply.text for reply in step.replies)
    assert treated in said and said.startswith("Pengobatan kecelakaan kerja di rumah sakit atau klinik mitra"), said
    kept = _step_after(("4", "1", "1571022205900001", "kemarin sore", "di pasar", "jatuh dari tangga pas angkat karung",
                        "tidak", "kaki keseleo"), "accident.ask_treatment", "belum berobat")
    assert "tanpa biaya" not in "\n".join(reply.text for reply in kept.replies)  # no cost told: the summary alone


@pytest.mark.parametrize(("answer", "state"), [
    ("belum berobat, perlu ga?", "accident.summary"),  # the summary came, the question unanswered
    ("belum, harus ke dokter?", "accident.summary"),
    ("perlu ke dokter ga?", "accident.ask_treatment"),  # were what a partner hospital is
    ("blm, hrs ke rs ya?", "accident.ask_treatment"),
])
def test_whether_treatment_is_needed_is_answered_at_the_treatment_question(answer: str, state: str) -> None:
    step = _step_after(("4", "1", "1571022205900001", "kemarin sore", "di pasar", "jatuh dari tangga pas angkat karung",
                        "tidak", "kaki keseleo"), "accident.ask_treatment", answer)
    said = "\n".join(reply.text for reply in step.replies)
    assert step.conversation.state == state
    assert said.startswith("Sebaiknya tetap periksa ke dokter") and "surat dokter diperlukan" in said, said


@pytest.mark.parametrize(("answer", "place"), [
    ("gatau", "belum diketahui"),  # was written down as the place
    ("ga tau tempatnya, dia yg tau", "belum diketahui"),
    ("lupa nama jalannya", "belum diketahui"),  # was the place, and the next answer its story
    ("lupa nama jalannya, dekat pasar", "lupa nama jalannya, dekat pasar"),  # a guess told: kept as written
    ("kurang tau", "belum diketahui"), ("entah", "belum diketahui"),  # were written down as the place
])
def test_a_place_not_known_is_noted_as_not_known(answer: str, place: str) -> None:
    step = _step_after(("4", "1", "1571022205900001", "tadi pagi"), "accident.ask_place", answer)
    assert step.conversation.state == "accident.ask_story" and step.conversation.draft["place"] == place


_AT_THE_PLACE = ("4", "1", "1571022205900001", "tadi pagi")
_AT_THE_STORY = (*_AT_THE_PLACE, "di pasar")
_AT_THE_INJURY = (*_AT_THE_STORY, "jatuh dari tangga pas angkat karung")


@pytest.mark.parametrize(("path", "at", "answer", "told"), [
    # each was written down as the answer: "sy ga ngerti" as the place, "maksudnya apa" as what happened
    (_AT_THE_PLACE, "accident.ask_place", "sy ga ngerti", "Yang saya tanyakan: di mana kecelakaannya terjadi"),
    (_AT_THE_PLACE, "accident.ask_place", "terserah", "Yang saya tanyakan: di mana kecelakaannya terjadi"),
    (_AT_THE_PLACE, "accident.ask_place", "wkwk", "Yang saya tanyakan: di mana kecelakaannya terjadi"),
    (_AT_THE_PLACE, "accident.ask_place", "ntar dulu", "Baik, saya tunggu."),
    (_AT_THE_PLACE, "accident.ask_place", "nanti sy tanya dulu", "Baik, saya tunggu."),
    (_AT_THE_PLACE, "accident.ask_place", "makasih", "Sama-sama."),
    (_AT_THE_STORY, "accident.ask_story", "maksudnya apa", "Yang saya tanyakan: apa yang terjadi"),
    (_AT_THE_STORY, "accident.ask_story", "kurang tau", "Mohon tulis sedikit lebih lengkap"),
    (_AT_THE_INJURY, "accident.ask_injury", "ga ngerti maksudnya", "Yang saya tanyakan: cedera apa yang dialami"),
    (_AT_THE_INJURY, "accident.ask_injury", "udah", "Tulis cederanya"),
    (_AT_THE_STORY, "accident.ask_story", "i don't understand", "Yang saya tanyakan: apa yang terjadi"),  # in English
    (_AT_THE_PLACE, "accident.ask_place", "whatever", "Yang saya tanyakan: di mana kecelakaannya terjadi"),  # too
    # how exactly, asked: was "Itu sepertinya pertanyaan"
    (_AT_THE_PLACE, "accident.ask_place", "maksudnya alamat lengkap?", "Tidak perlu alamat lengkap"),
    (_AT_THE_PLACE, "accident.ask_place", "hrs detail ga?", "Tidak perlu alamat lengkap"),
    # a wait with what one will do meanwhile: "nanti sy ceritain" was the story, "tunggu ya sy inget2 dulu" the injury
    (_AT_THE_STORY, "accident.ask_story", "nanti sy ceritain", "Baik, saya tunggu."),
    (_AT_THE_INJURY, "accident.ask_injury", "tunggu ya sy inget2 dulu", "Baik, saya tunggu."),
    # and the "ya" of a wait is no yes: "tunggu ya" at whether it was on the road was its yes
    ((*_AT_THE_STORY, "jatuh pas angkat barang"), "accident.ask_traffic", "tunggu ya", "Baik, saya tunggu."),
    ((*_AT_THE_STORY, "jatuh pas angkat barang"), "accident.ask_traffic", "nanti aja ceritanya ya", "Baik, saya tunggu."),
])
def test_a_report_question_answered_with_no_answer_is_asked_again(path: tuple[str, ...], at: str, answer: str,
                                                                  told: str) -> None:
    step = _step_after(path, at, answer)
    assert step.conversation.state == at
    assert step.replies[0].text.startswith(told), step.replies[0].text


@pytest.mark.parametrize(("answer", "traffic"), [
    ("bingung ya", None), ("gimana ya", None), ("makasih ya", None), ("wkwk ya", None),  # each was its yes
    ("di jalan ya", True), ("iya ya", True), ("tidak ya", False), ("ya", True),  # a tag after an answer: the answer
])
def test_a_ya_closing_a_sentence_is_no_yes(answer: str, traffic: bool | None) -> None:
    step = _step_after((*_AT_THE_STORY, "jatuh pas angkat barang"), "accident.ask_traffic", answer)
    assert step.conversation.draft.get("traffic") is traffic, step.replies[0].text


@pytest.mark.parametrize(("answer", "traffic"), [
    ("sy ga ngerti", None), ("ga jelas", None), ("tidak paham", None),  # the question not understood: were its no
    ("henteu", False), ("enggih", True), ("leres", True),  # Sundanese and Javanese: were not understood
])
def test_a_yes_or_no_is_read_as_people_write_it(answer: str, traffic: bool | None) -> None:
    step = _step_after((*_AT_THE_STORY, "jatuh pas angkat barang"), "accident.ask_traffic", answer)
    assert step.conversation.draft.get("traffic") is traffic, step.replies[0].text


@pytest.mark.parametrize("answer", ["maksudnya apa?", "sy ga ngerti", "bingung ya", "apa?"])
def test_a_choice_not_understood_by_the_user_is_explained_not_missed(answer: str) -> None:
    """"Maaf, saya belum mengerti" answered the user's own "maksudnya apa?", and counted as the bot's miss."""
    step = _step_after(("5", "1571021003750005", "kemarin"), "death.ask_cause", answer)
    said = step.replies[0].text
    assert step.conversation.state == "death.ask_cause" and said.startswith("Pilih jawaban yang paling sesuai"), said
    assert step.understood and "misses" not in step.conversation.memo


@pytest.mark.parametrize(("answer", "told"), [
    ("hold on", "All right, I'll wait."), ("one moment please", "All right, I'll wait."),  # were not understood
    ("give me a minute", "All right, I'll wait."), ("i'm confused", "Pick the answer below that fits best."),
])
def test_a_wait_or_puzzlement_in_english_at_a_choice(answer: str, told: str) -> None:
    said = _replies("hello", "4", "1", "1571022205900001", "yesterday afternoon", "at the market",
                    "fell while lifting goods", answer)
    assert said[-1].startswith(told), said[-1]


@pytest.mark.parametrize("answer", ["gatau", "kurang tau", "sy lupa"])
def test_an_injury_not_known_is_noted_as_not_known(answer: str) -> None:
    """Was written down as the injury ("Cedera: kurang tau")."""
    step = _step_after(_AT_THE_INJURY, "accident.ask_injury", answer)
    assert step.conversation.state == "accident.ask_treatment"
    assert step.conversation.draft["injury"] == "belum diketahui"


def test_whose_nik_asked_in_a_report_for_someone_else_is_answered() -> None:
    """"nik siapa? nik sy atau suami?" was told what a NIK is."""
    step = _step_after(("4", "suami sy"), "accident.ask_nik", "nik siapa? nik sy atau suami?")
    said = "\n".join(reply.text for reply in step.replies)
    assert said.startswith("Di sini yang diperlukan NIK pekerja yang mengalami kecelakaan, bukan NIK Anda."), said


def test_a_yes_at_the_menu_that_recalls_a_kept_claim_offers_to_continue_it() -> None:
    """"ya" after "Ada klaim santunan kematian yang belum selesai: pilih lagi di menu" got that line again, and again."""
    *_, declined, yes = _replies("bapak saya meninggal kemarin karena sakit", "ya", "1571021003750005", "tidak", "ya")
    assert "Ada klaim santunan kematian yang belum selesai" in declined, declined
    assert yes.startswith("Anda punya klaim santunan kematian yang belum selesai") and yes.endswith(
        "Lanjutkan dari pertanyaan terakhir?"), yes
    assert _replies("halo", "ya")[1] == "Menu utama. Mau dibantu apa?"  # nothing kept: the menu, as before


@pytest.mark.parametrize("answer", ["gatau", "ga tau mitra atau bukan", "tidak tahu"])
def test_not_knowing_whether_the_hospital_is_a_partner_is_fine(answer: str) -> None:
    """Was "Pilih salah satu, atau tulis nama rumah sakit atau kliniknya" again and again."""
    step = _step_after(("4", "1", "1571022205900001", "kemarin sore", "di pasar", "jatuh dari tangga pas angkat karung",
                        "tidak", "kaki keseleo"), "accident.ask_treatment", answer)
    said = step.replies[0].text
    assert step.conversation.state == "accident.ask_treatment" and said.startswith("Tidak apa-apa: tulis saja nama rumah "
                                                                                    "sakit atau kliniknya"), said


@pytest.mark.parametrize("message", ["operasi ditanggung?", "rawat inap berapa hari", "kalau opname lama ditanggung ga"])
def test_treatment_asked_at_the_jkk_page_is_answered_there_shortly(message: str) -> None:
    """The same page again ("operasi ditanggung?"), or not understood ("rawat inap berapa hari")."""
    step = _step_after(("2", "1"), "benefits.jkk", message)
    said = "\n".join(reply.text for reply in step.replies)
    assert "sampai sembuh, tanpa batas biaya, termasuk operasi dan rawat inap" in said and "Laporkan kecelakaan" not in said


def test_how_long_the_payment_takes_is_answered_only_when_asked() -> None:
    assert "3 hari kerja" in _said_on_the_jkm_page("berapa lama dibayarnya?")
    assert "3 hari kerja" not in _said_on_the_jkm_page("saya sudah lama bayar iuran")  # told, not asked


@pytest.mark.parametrize(("message", "story"), [
    ("pak, saya kemarin jatuh waktu antar paket, lutut bengkak", "• Kejadian: saya kemarin jatuh waktu antar paket"),
    ("Assalamualaikum bu, suami saya jatuh dari motor pas narik", "• Kejadian: suami saya jatuh dari motor pas narik"),
    ("sore tadi saya jatuh dari motor pas narik", "• Kejadian: sore tadi saya jatuh"),  # a time, not a greeting
    ("min kemarin saya jatuh dari motor pas narik, kaki lecet", "• Kejadian: kemarin saya jatuh"),  # no comma after it
    ("bapak saya jatuh dari atap waktu kerja tadi pagi", "• Kejadian: bapak saya jatuh"),  # whose, not "pak"
    # the asking to report is no part of it either
    ("halo saya mau lapor, tadi siang teman kerja saya jatuh dari perancah, kepalanya luka",
     "• Kejadian: tadi siang teman kerja saya jatuh"),
    ("saya mau lapor kecelakaan kerja, kemarin jatuh dari motor pas antar paket", "• Kejadian: kemarin jatuh dari motor"),
])
def test_the_greeting_a_report_opens_with_is_no_part_of_the_story(message: str, story: str) -> None:
    """The officer reads the story: "pak, …" was kept at its head."""
    state, said = first_reply(message)
    assert state == "accident.confirm" and story in said, (state, said)


@pytest.mark.parametrize(("message", "deceased"), [("saya istri kedua, bisa klaim?", "jika almarhum terdaftar"),
                                                   ("saya suami siri, bisa klaim?", "jika almarhumah terdaftar"),
                                                   ("saya anak angkat, bisa klaim?", "jika almarhum/almarhumah"),
                                                   ("istri siri dapat santunan ga", "jika almarhum terdaftar"),
                                                   ("apakah istri kedua bisa jadi ahli waris?", "jika almarhum terdaftar")])
def test_whether_a_tie_in_doubt_can_claim_is_answered_in_short(message: str, deceased: str) -> None:
    """Was JKM's whole page, five long points on a phone, of which one answered; "saya istri kedua" read "istri" as the
    one who died, and would have named her "almarhumah"."""
    state, said = first_reply(message)
    assert state == "menu.next" and deceased in said and "kantor cabang" in said and "Selengkapnya" not in said, said


def test_a_second_wife_asking_after_her_husbands_death_is_mourned_and_he_is_named_as_a_man() -> None:
    """"suami meninggal, sy istri kedua, siapa yg berhak" named the husband "almarhumah" (the first spouse word was
    taken for the writer's own), with no word of condolence; a claim begun after it does not repeat it."""
    said = _replies("halo", "suami meninggal, sy istri kedua, siapa yg berhak", "1")
    assert said[1].startswith("Turut berduka cita atas kepergian keluarga Anda.\n\nSantunan kematian dibayar kepada ahli "
                              "waris jika almarhum terdaftar"), said[1]
    assert "berduka" not in said[2] and "Ketik NIK almarhum" in said[2], said[2]


@pytest.mark.parametrize(("message", "deceased", "address"), [
    ("sy istri kedua, bisa klaim santunan?", "jika almarhum terdaftar", "Ibu"),
    ("saya suami siri, bisa klaim santunan?", "jika almarhumah terdaftar", "Bapak")])
def test_a_spouse_in_doubt_asking_for_the_benefit_is_answered_of_the_other_spouse(message: str, deceased: str,
                                                                                    address: str) -> None:
    """"sy istri kedua, bisa klaim santunan?" was answered of an "almarhumah": the standing said after the writer's
    own word ("saya istri kedua") names the writer, not the one who died; the claim begun from it knows her tie."""
    said = _replies("halo", message, "ya")
    assert deceased in said[1] and "kantor cabang" in said[1], said[1]
    assert f"Kami turut berduka cita, {address}." in said[2] and "Hubungan Anda: Istri atau suami" in said[2], said[2]


@pytest.mark.parametrize(("message", "deceased"), [
    ("suami sy meninggal, sy istri kedua, dapat ga", "jika almarhum terdaftar"),
    ("bapak sy meninggal kemarin, sy anak angkat, berhak ga", "jika almarhum terdaftar"),
    ("i am her second husband, my wife died last week, can i claim", "jika almarhumah terdaftar")])
def test_a_bereaved_tie_in_doubt_asking_without_a_question_mark_is_answered_before_the_ask(message: str,
                                                                                        deceased: str) -> None:
    """"…, sy istri kedua, dapat ga" and "…, can i claim" were only asked whether to claim, the question unanswered;
    "…, sy anak angkat, berhak ga" began the claim as a child's, the question unanswered (was it hers to claim?)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and said.startswith("Turut berduka cita"), (state, said)
    assert deceased in said and "anak angkat, anak tiri atau anak di luar nikah" in said, said


def test_i_am_his_second_wife_in_english_is_the_writer_not_the_one_who_died() -> None:
    """"i'm his second wife, can i get the death benefit": the standing word between "his" and "wife" hid the writer,
    and the one who died was read as a woman."""
    assert "jika almarhum terdaftar" in first_reply("i'm his second wife, can i get the death benefit")[1]
    said = _replies("hello", "i'm his second wife, can i get the death benefit", "yes")
    assert "branch office decides who is entitled" in said[1] and "Your relation: Wife or husband" in said[2], said


@pytest.mark.parametrize("message", ["can a second wife claim?", "can an adopted child claim?", "is a stepchild an heir?"])
def test_a_tie_in_doubt_asked_in_english_gets_the_short_answer(message: str) -> None:
    """"can a second wife claim?" listed one's own claims: the word that says so comes first in English."""
    said = _replies("hello", message)[1]
    assert said.startswith("The death benefit is paid to the heirs") and "branch office" in said, said


def test_a_death_told_in_english_with_even_if_is_no_hypothetical() -> None:
    """"even if" read as "kalau" (if): the death told was taken for a question about one, and got the JKM page with no
    condolence."""
    said = _replies("hello", "my husband passed away, can i claim even if contributions were late")[1]
    assert said.startswith("We are deeply sorry for the loss") and "start a death benefit claim" in said, said


@pytest.mark.parametrize(("message", "answer"), [
    ("how long until the money is paid", "By the rules, the death benefit (JKM) is paid within 3 working days"),  # help
    ("must i go to the office", "A claim can start here"),  # not understood
    ("is the commute covered", "JKK covers accidents at work, including on the way to and from work"),  # not understood
    ("can my wife claim for me", "A work accident report can be made by a relative"),  # not understood
    ("can i pay myself", "How to get JKK and JKM cover"),  # the hand-off ("pay" is no word of the lexicon)
])
def test_english_questions_get_the_indonesian_ones_answers(message: str, answer: str) -> None:
    said = _replies("hello", message)[1]
    assert said.startswith(answer), said


def test_a_migrant_worker_in_english_is_sent_to_the_branch() -> None:
    assert "For migrant workers (PMI/TKI)" in _replies("hello", "i am a migrant worker")[1]


def test_whether_heirs_may_take_the_jht_gets_the_jht_answer() -> None:
    """Was the page of the heirs in order, which says nothing of the JHT."""
    state, said = first_reply("kalau suami meninggal apakah ahli waris juga bisa ambil jht?")
    assert state == "menu.next" and "JHT (Jaminan Hari Tua) adalah tabungan terpisah" in said, (state, said)


def test_the_benefits_name_tells_no_death() -> None:
    """"santunan kematian" reads as "santunan meninggal": asked as a rule, it was answered with condolence (and the
    amounts, where the question was whether a second wife is an heir)."""
    state, said = first_reply("apakah istri kedua dapat santunan kematian")
    assert "berduka" not in said and "perlu buku nikah" in said, (state, said)
    state, said = first_reply("suami saya meninggal, santunan kematiannya berapa")
    assert "berduka" in said, (state, said)


@pytest.mark.parametrize("message", ["bapak saya meninggal awal bulan kemarin", "suami saya meninggal lebaran kemarin"])
def test_a_last_period_is_not_yesterday(message: str) -> None:
    """"kemarin" after a period makes it the last one ("bulan kemarin" is last month): yesterday's date was taken into
    the claim. No date is noted; it is asked."""
    state, said = first_reply(message)
    assert state == "death.confirm" and "Tanggal meninggal" not in said, (state, said)


@pytest.mark.parametrize("answer", ["awal bulan kemarin", "lebaran kemarin", "akhir oktober", "early last month"])
def test_a_time_without_its_day_asks_for_the_day(answer: str) -> None:
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", "1571111410704449", answer):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    said = "\n".join(reply.text for reply in step.replies)
    asked = "Kira-kira tanggal berapa?" if answer == "lebaran kemarin" else "Kira-kira tanggal berapa di bulan Oktober 2026?"
    assert conversation.state == "death.ask_date" and asked in said, said  # the month said, kept (a feast day is none)


@pytest.mark.parametrize(("entry", "forgot"), [(("5", "1571111410704449"), "lupa tanggalnya"),
                                               (("5", "1571111410704449"), "ga inget tgl nya"),
                                               (("4", "saya", "1571022205900001"), "saya lupa harinya"),
                                               (("5", "1571111410704449"), "kurang tau"),  # these two were "belum
                                               (("5", "1571111410704449"), "entah")])  # bisa saya baca"
def test_a_date_forgotten_is_asked_for_an_estimate(entry: tuple[str, ...], forgot: str) -> None:
    """Tried as a user: "lupa tanggalnya" at "Kapan almarhum meninggal?" was "Tanggalnya belum bisa saya baca"."""
    said = _replies("halo", *entry, forgot)[-1]
    assert said.startswith("Tidak apa-apa kalau tidak ingat pastinya: tulis perkiraannya"), said


@pytest.mark.parametrize("typed", ["ok siap", "siap min", "oke baik", "ya ok", "sudah jelas", "oke paham", "paham pak",
                                   "oh gitu ya", "alhamdulillah", "siap pak laksanakan", "aamiin",
                                   "hehe", "wkwkwk", "ok wkwk", "😂"])  # laughter was "not understood"
def test_an_acknowledgement_in_two_words_is_taken_note_of(typed: str) -> None:
    """"ok siap" at the menu was "Maaf, saya belum mengerti" while "oke deh" was taken note of."""
    state, said = first_reply(typed)
    assert state == "menu.main" and "belum mengerti" not in said, said


@pytest.mark.parametrize("message", ["saya ga punya kpj, hp ada", "hp saya tidak punya pulsa"])
def test_something_else_not_had_is_no_phone_borrowed(message: str) -> None:
    """"ga punya" near "hp" is no phone of one's own unless it is the phone that is not had."""
    _state, said = first_reply(message)
    assert "Boleh memakai HP keluarga" not in said, said


@pytest.mark.parametrize(("message", "who"), [
    ("istri saya yang lapor karena saya masih di rs", "• Yang mengalami: Anda sendiri"),  # was a relative's accident
    ("dibantu istri ngetik ya, saya jatuh dari motor kemarin", "• Yang mengalami: Anda sendiri"),
    ("ini anak sy yg ngetik, bapak jatuh dr tangga waktu kerja di proyek", "• Yang mengalami: keluarga atau orang lain"),
    ("suami saya jatuh dari motor pas narik", "• Yang mengalami: keluarga atau orang lain"),
])
def test_the_relative_who_writes_the_report_is_not_the_one_hurt(message: str, who: str) -> None:
    state, said = first_reply(message)
    assert state == "accident.confirm" and who in said, (state, said)


@pytest.mark.parametrize("message", [
    "suami saya meninggal 2 tahun lalu, masih bisa klaim?",
    "saya mau tanya, suami meninggal 2 tahun lalu apa masih bisa diurus",
])
def test_an_heir_asking_whether_an_old_death_can_still_be_claimed_is_told_it_can(message: str) -> None:
    """FACTS.md §6: no expiry for a JKM claim. The question was asked whether to start a claim, without the answer."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "tidak punya batas waktu" in said and said.startswith("Turut berduka"), said


@pytest.mark.parametrize(("message", "deceased"), [
    (("assalamualaikum pak, bapak saya meninggal minggu lalu krn serangan jantung, beliau ojol terdaftar bpjs dr pemkot. "
      "apa bisa dapat santunan?"), "almarhum"),
    ("ibu saya meninggal tadi pagi, apa bisa dapat santunan?", "almarhumah"),
    ("suami saya meninggal kemarin, dapat santunan ga?", "almarhum"),
])
def test_an_heir_asking_whether_the_family_gets_anything_is_told_before_the_ask(message: str, deceased: str) -> None:
    """Found with make run: "apa bisa dapat santunan?" was asked whether to claim now, its question unanswered."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim", (state, said)
    assert f"Bisa, jika {deceased} terdaftar aktif pada tanggal meninggal: ahli waris menerima santunan kematian " \
           "Rp42.000.000" in said and said.endswith("Apakah Anda ingin mengurus klaim santunan kematian sekarang?"), said


@pytest.mark.parametrize("message", ["istri sy melahirkan, ada santunan ga dr bpjs tk", "biaya lahiran ditanggung ga",
                                     "istri saya keguguran apa ada santunan"])
def test_childbirth_asked_is_told_the_programme_pays_nothing_for_it(message: str) -> None:
    """Found with make run: BPJS Kesehatan's answer, which ends on how JKK pays for a work accident's treatment."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Program ini (JKK dan JKM) tidak punya santunan kehamilan atau "
                                                    "melahirkan."), said
    assert "kecelakaan kerja" not in said, said


@pytest.mark.parametrize("message", ["saya hamil 7 bulan, masih bisa daftar?", "istri saya lagi hamil bisa didaftarkan ga",
                                     "lagi hamil boleh ikut bpjs tk?"])
def test_enrolling_while_pregnant_asked_is_answered_with_how_to_enrol(message: str) -> None:
    """Was BPJS Kesehatan's answer, whether one can enrol left unanswered."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Bisa: kehamilan tidak menghalangi pendaftaran."), said
    assert "ketua RT" in said and "tidak punya santunan melahirkan" in said, said


@pytest.mark.parametrize(("message", "answered"), [
    ("suami meninggal bulan lalu, kartu bpjsnya hilang, bisa klaim?", ["Bisa, jika almarhum terdaftar aktif",
                                                                       "Kartu peserta yang hilang tidak menghalangi"]),
    # the card named by its number: was where the number is found, and "bisa klaim?" unanswered
    ("suami meninggal bulan lalu, kpj nya hilang, bisa klaim?", ["Bisa, jika almarhum terdaftar aktif",
                                                                 "Kartu peserta yang hilang tidak menghalangi"]),
    ("suami meninggal bulan lalu, kpjnya hilang, bisa klaim?", ["Bisa, jika almarhum terdaftar aktif",
                                                                "Kartu peserta yang hilang tidak menghalangi"]),
    ("bapak saya meninggal kemarin, bisa klaim?", ["Bisa, jika almarhum terdaftar aktif"]),
])
def test_an_heirs_question_with_the_death_is_answered_before_the_claim_is_offered(message: str,
                                                                                  answered: list[str]) -> None:
    """"bisa klaim?" and a lost card were left unanswered: only "dapat", "berhak", "cair" were."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim", (state, said)
    lines = said.split("\n")
    found = [line for prefix in answered for line in lines if line.startswith(prefix)]
    assert len(found) == len(answered) and found == lines[1:-1], said  # in this order, between condolence and ask
    assert said.endswith("Apakah Anda ingin mengurus klaim santunan kematian sekarang?"), said


def test_a_death_in_childbirth_is_still_a_death_claim() -> None:
    state, said = first_reply("istri saya meninggal waktu melahirkan")
    assert state == "death.confirm" and "melahirkan" not in said, said


def test_a_death_told_without_asking_gets_no_answer_it_did_not_ask_for() -> None:
    state, said = first_reply("ibu saya meninggal tadi pagi")
    assert state == "death.confirm" and "Rp42.000.000" not in said, said


@pytest.mark.parametrize("message", ["apakah peserta bpu bisa dapat jht", "peserta bpjs tk dapat jht ga"])
def test_jht_asked_as_a_rule_is_the_jht_answer_not_a_status_check(message: str) -> None:
    """"peserta" read as the status check, and a NIK was asked for a question about old-age savings."""
    state, said = first_reply(message)
    assert state == "menu.next" and "JHT (Jaminan Hari Tua)" in said, (state, said)


def test_when_one_was_enrolled_is_not_when_the_accident_happened() -> None:
    """"baru daftar minggu lalu terus kecelakaan" was told the report was late; "terdaftar dari 2 bulan lalu, kemarin
    jatuh …" took the enrolment's time as the accident's."""
    state, said = first_reply("baru daftar minggu lalu terus kecelakaan, bisa klaim?")
    assert state == "switch.ask_claim" and "lewat dari 2×24 jam" not in said, said
    state, said = first_reply("terdaftar dari 2 bulan lalu, kemarin jatuh dari motor pas narik")
    assert state == "accident.confirm" and "• Waktu: 22 November 2026" in said, said


def test_enrolling_oneself_after_a_death_told_is_condoled_and_answered() -> None:
    state, said = first_reply("orang tua saya sudah lama meninggal, saya mau daftar bpjs")
    assert state == "menu.next" and said.startswith("Turut berduka cita") and "usulan ketua RT" in said, said


@pytest.mark.parametrize(("message", "where"), [
    ("dulu bapak saya pernah kecelakaan kerja, sekarang sudah sembuh", "switch.ask_claim"),  # were claims at once
    ("ibu meninggal 10 tahun lalu", "switch.ask_claim"),
    ("bapak saya meninggal setahun lalu", "switch.ask_claim"),
    ("nenek saya meninggal waktu saya kecil", "switch.ask_claim"),
    ("suami saya sudah meninggal 5 tahun, sekarang saya kerja jualan", "switch.ask_claim"),
    ("bapak meninggal umur 60 tahun kemarin", "death.confirm"),  # an age, and yesterday: the claim
    ("saya jatuh dari tangga pas kerja, luka kecil di kaki", "accident.confirm"),  # a small wound
    ("saya jatuh dari motor tadi pagi pas narik", "accident.confirm"),
    ("suami meninggal karena covid tahun 2021", "switch.ask_claim"),  # a year named: was a claim at once
    ("suami saya meninggal kemarin, lahir tahun 1980", "death.confirm"),  # a birth's year, and yesterday: the claim
    ("suami saya meninggal, dia lahir tahun 1980", "death.confirm"),
])
def test_a_case_told_as_long_past_is_asked_about_first(message: str, where: str) -> None:
    state, _said = first_reply(message)
    assert state == where, state


@pytest.mark.parametrize("holder", ["anak saya", "suami", "adik saya", "istri saya"])
def test_who_holds_the_deceaseds_card_is_not_taken_for_the_heirs_relation(holder: str) -> None:
    """Found with make run: "ga tau nik nya, ktp nya dibawa anak saya" at a death claim's NIK question recorded the
    widow as the deceased's parent ("Baik, saya catat."), and "dibawa suami" a dead man's widow; the claim's heir
    order and documents follow the relation. Now the NIK question says what to do, and nothing is recorded."""
    said = _replies("halo", "5", f"ga tau nik nya, ktp nya dibawa {holder}")
    assert said[2].startswith("Yang saya perlukan di sini adalah NIK"), said[2]
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", f"ga tau nik nya, ktp nya dibawa {holder}"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.draft["relation"] is None and conversation.draft["said_sex"] is None, conversation.draft
    told = _replies("halo", "bapak saya meninggal kemarin", f"ga tau nik nya, ktp nya dibawa {holder}")
    assert "hubungan Anda sudah tercatat" not in told[2] and "Hubungan Anda: Anak" in told[2], told[2]


@pytest.mark.parametrize("message", ["tetangga sy meninggal td pagi, keluarganya ga ngerti hp, sy bantu urus bisa?",
                                     "teman saya meninggal, keluarganya minta tolong"])
def test_a_neighbours_death_is_not_condoled_as_the_writers_family(message: str) -> None:
    """"Turut berduka cita atas kepergian keluarga Anda" was said for a neighbour's death: the "keluarganya" after it
    is the neighbour's family."""
    _state, said = first_reply(message)
    assert "kepergian keluarga Anda" not in said, said


@pytest.mark.parametrize(("entry", "wait"), [("1", "bentar ya saya cari ktp dulu"), ("5", "sebentar, ktp bapak saya lagi dicari"),
                                            ("4", "tunggu ya"), ("1", "wait a moment")])
def test_asked_to_wait_for_the_answer_the_bot_waits(entry: str, wait: str) -> None:
    """Tried as a user: "bentar ya saya cari ktp dulu" at the NIK question was told what a NIK is, as if it were a
    wrong answer."""
    said = _replies("halo", entry, wait)
    assert said[2].startswith("Baik, saya tunggu.") and "Yang saya perlukan" not in said[2], said[2]


@pytest.mark.parametrize(("path", "wait"), [(("halo",), "bentar ya"), (("halo", "2"), "bentar ya"),
                                            (("halo",), "sy tanya istri dulu"), (("halo",), "sy tanya pak rt dulu"),
                                            (("halo",), "sy cek dulu ya")])
def test_asked_to_wait_at_the_menu_or_a_page_the_bot_waits(path: tuple[str, ...], wait: str) -> None:
    """"bentar ya" at the menu was "Maaf, saya belum mengerti" and counted as a miss (three offer a person); "sy tanya
    istri dulu" was the help page, "sy cek dulu ya" (what one does first) asked for the NIK."""
    said = _replies(*path, wait)
    assert said[-1].startswith("Baik, saya tunggu.") and "belum mengerti" not in said[-1], said[-1]


@pytest.mark.parametrize("message", ["cek dulu", "mau cek dulu"])
def test_a_check_asked_for_first_is_no_wait(message: str) -> None:
    assert _replies("halo", message)[-1].startswith("Ketik NIK Anda")


@pytest.mark.parametrize("wait", ["bentar ya sy cek dulu ktpnya", "bentar sy cocokkan dulu datanya"])
def test_asked_to_wait_while_a_paper_is_checked_the_bot_waits(wait: str) -> None:
    """"ktpnya", "datanya" (read as "katanya") made these "not understood"."""
    said = _replies("halo", "5", "1571021003750005", "kemarin", "1", "istri", "tidak", wait)
    assert said[-1].startswith("Baik, saya tunggu."), said[-1]


def test_a_work_accident_told_under_the_figures_shows_the_work_accidents_figures() -> None:
    """"eh ternyata kecelakaan kerja, jatuh dari atap" under the illness's Rp42 million was told "Itu sudah
    diperhitungkan dalam perkiraan di atas": its "kerja" read as the children all at work. A wrong number kept."""
    said = _replies("halo", "5", "1571021003750005", "kemarin", "1", "anak",
                    "eh ternyata kecelakaan kerja, jatuh dari atap", "tidak")
    assert "sudah diperhitungkan" not in said[-2], said[-2]
    assert "Jumlah: Rp70.000.000" in said[-1], said[-1]


def test_a_cause_corrected_under_the_figures_it_leaves_as_they_were_does_not_show_them_again() -> None:
    """"sakit biasa" after "Tidak tahu": both are JKM's Rp42 million, and the whole page came again."""
    said = _replies("halo", "5", "1571021003750005", "kemarin", "3", "anak", "sakit biasa, stroke")
    assert said[-1].startswith("Baik, saya catat.") and "Rp42.000.000" not in said[-1], said[-1]
    assert said[-1].endswith("Lanjut mencatat klaim dan melihat daftar dokumen yang diperlukan?"), said[-1]


@pytest.mark.parametrize(("entry", "asked_at"), [("5", "death.ask_date"), ("4", "accident.ask_when")])
def test_a_day_still_ahead_this_year_is_asked_for_its_year_not_taken_as_last_years(entry: str, asked_at: str) -> None:
    """"30 november" typed on 23 November was recorded as 30 November of the year before, without a word."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", entry, *(("1",) if entry == "4" else ()), "1571021003750005", "30 november"):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    said = "\n".join(reply.text for reply in step.replies)
    assert conversation.state == asked_at and said.startswith("30 November 2026 belum lewat."), said
    step = engine.step(conversation, Event(kind=EventKind.TEXT, text="30 november 2025"), START)
    assert step.conversation.state != asked_at  # with its year: taken


@pytest.mark.parametrize("message", ["saya mau bunuh diri aja, ga kuat lagi", "pengen mati aja rasanya",
                                     "ga kuat hidup kayak gini terus", "i want to kill myself",
                                     # one's own death by it supposed: got the death benefit's amounts
                                     "kalau bunuh diri dapat santunan ga", "klo sy bunuh diri keluarga dapet uang?"])
def test_a_wish_to_end_ones_life_gets_the_crisis_line(message: str) -> None:
    """"saya mau bunuh diri aja" got the status check's NIK question; the others "not understood"."""
    _state, said = first_reply(message)
    assert "healing119.id" in said and "119" in said, said
    inside = _replies("halo", "5", message)[-1]  # inside a form: said, and the question stays
    assert "healing119.id" in inside and inside.endswith(("(16 angka di KTP atau KK).", "on the KTP or KK).")), inside


@pytest.mark.parametrize(("message", "where"), [
    ("tolong ada yang kecelakaan parah di depan rumah, berdarah banyak", "menu.next"),  # was "not understood"
    ("darurat! teman saya jatuh dari atap, ga sadar", "switch.ask_claim"),  # was only whether to report
    ("suami kecelakaan td pagi, blm sadar", "switch.ask_claim"),  # "blm sadar" (still unconscious): the same
])
def test_someone_hurt_badly_now_is_told_to_call_the_emergency_number_first(message: str, where: str) -> None:
    state, said = first_reply(message)
    assert state == where and said.startswith("Jika ada yang terluka parah atau tidak sadar, telepon 119"), said
    assert "119" not in first_reply("saya jatuh dari motor pas narik tadi pagi")[1]


@pytest.mark.parametrize("message", ["suami saya pingsan di proyek lalu meninggal di rumah sakit",
                                     "bulan lalu saya pingsan waktu kerja, bisa klaim?", "nomor darurat bpjs berapa",
                                     "sy blm sadar kalo ada program ini"])  # unaware, not unconscious
def test_a_death_a_day_gone_by_or_an_emergency_number_asked_is_no_emergency_now(message: str) -> None:
    """Found in review: the first version said "telepon 119 … sekarang" to a widow, and before the JKM page to
    "nomor darurat bpjs berapa" (which now gets BPJS's number)."""
    _state, said = first_reply(message)
    assert "telepon 119 (ambulans)" not in said, said


@pytest.mark.parametrize("message", ["hp saya mau mati", "motor saya mati mesin di jalan",
                                     "suami saya bunuh diri, dapat santunan?", "kalau saya mati siapa yang dapat"])
def test_death_and_dying_things_are_no_wish_to_end_ones_life(message: str) -> None:
    _state, said = first_reply(message)
    assert "healing119.id" not in said, said


@pytest.mark.parametrize("message", ["suami sy bunuh diri, dapet santunan?", "anak sy gantung diri kemarin"])
def test_a_relatives_suicide_is_a_death_in_the_family(message: str) -> None:
    """"suami sy bunuh diri, dapet santunan?" got the JKM page's amounts, no condolence."""
    state, said = first_reply(message)
    assert state in ("switch.ask_claim", "death.confirm") and "berduka" in said, (state, said)


@pytest.mark.parametrize("kin", ["anak", "bapak", "ibu", "cucu"])
def test_a_kin_word_alone_that_reads_two_ways_is_not_recorded_at_the_nik_question(kin: str) -> None:
    """Tried as a user: "anak" typed at "Ketik NIK almarhum/almarhumah" recorded the heir as the deceased's parent,
    once in the summary and once behind "Baik, saya catat."; it says as well that the writer is the child. The
    relation question asks it instead. "istri", the same either way, is still taken."""
    said = _replies("halo", "5", kin)
    assert said[2].startswith("Yang saya perlukan di sini adalah NIK"), said[2]
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "5", kin, "1571111410704449"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.draft["relation"] is None, conversation.draft
    assert "Hubungan Anda: Istri atau suami" in _replies("halo", "5", "istri")[2]


@pytest.mark.parametrize("typed", ["32-13-2026", "31/02/2026", "30 - 02 - 2026"])
def test_a_date_that_does_not_exist_is_told_so_not_taken_for_a_number(typed: str) -> None:
    """Tried with wrong answers on purpose: "32-13-2026" at "Kapan almarhum meninggal?" was "Itu nomor, bukan
    tanggal. Untuk mengganti NIK yang sudah diketik, ketik "kembali"."."""
    said = _replies("halo", "5", "1571111410704449", typed)
    assert said[3].startswith("Tanggal itu tidak ada. Periksa lagi hari dan bulannya"), said[3]


@pytest.mark.parametrize("declined", ["nanti aja", "ga dulu", "nggak dulu deh", "nanti dulu", "tidak dulu"])
def test_not_now_at_the_menu_or_after_a_page_is_a_goodbye(declined: str) -> None:
    """"nanti aja" at the menu got the JKM page and "ga dulu" the JMO app's answer (the model's guess on two words);
    after a page "nanti aja" showed the page again."""
    for before in (("halo",), ("halo", "info jkm")):
        said = _replies(*before, declined)
        assert said[-1] == "Baik, terima kasih. Jika perlu bantuan lagi, kirim pesan kapan saja.", (before, said[-1])


def test_not_now_at_the_question_whether_to_continue_keeps_the_form_and_says_until_when() -> None:
    said = _replies("halo", "4", "1", "menu", "4", "nanti aja", "4")
    assert said[5].startswith("Isian laporan kecelakaan kerja Anda tetap saya simpan sampai 30 November 2026.\n\n"
                              "Baik, terima kasih."), said[5]
    assert "Anda punya laporan kecelakaan kerja yang belum selesai" in said[6], said[6]  # still kept


def _last_step(*texts: str) -> Step:
    """A fresh Indonesian user's messages through the engine, one after another: the last step."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1").but(locale="id")
    for text in texts:
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    return step


@pytest.mark.parametrize(("typed", "whose"), [("temen saya", "Ketik NIK pekerja"), ("ibu saya", "Ketik NIK pekerja"),
                                              ("karyawan saya", "Ketik NIK pekerja"), ("saya sendiri pak", "Ketik NIK Anda"),
                                              ("saya", "Ketik NIK Anda")])
def test_who_had_the_accident_named_in_words_is_that_choice(typed: str, whose: str) -> None:
    """"temen saya" at "Siapa yang mengalami kecelakaan?" was a one-line summary to confirm ("Yang mengalami: keluarga
    atau orang lain. Benar?"); an "alone" choice's word said with more ("saya" in it) no longer blocks the other."""
    step = _last_step("halo", "4", typed)
    conversation = step.conversation
    assert conversation.state == "accident.ask_nik" and step.replies[-1].text.startswith(whose), step.replies


@pytest.mark.parametrize("typed", ["di puskesmas", "sudah ke dokter", "dirawat di klinik"])
def test_where_a_worker_was_treated_said_in_a_report_is_not_bpjs_kesehatans_question(typed: str) -> None:
    """"di puskesmas" at a report's summary got "Itu urusan BPJS Kesehatan …, pilih Lapor kecelakaan kerja", inside the
    very report."""
    step = _last_step("halo", "saya jatuh dari motor pas narik tadi pagi", typed)
    conversation = step.conversation
    said = "\n".join(reply.text for reply in step.replies)
    assert conversation.state.startswith("accident.") and "BPJS Kesehatan" not in said, said


@pytest.mark.parametrize("typed", ["5", "nomer 5"])
def test_a_main_menu_number_typed_after_an_answer_is_the_main_menus(typed: str) -> None:
    """After an answer's three next steps, "5" was "Tidak ada pilihan 5 di sini. Ketik angka 1 sampai 3": what people
    remember of the menu is its numbers (a goodbye already took them so)."""
    step = _last_step("halo", "kartu bpjs tk saya hilang", typed)
    conversation = step.conversation
    assert conversation.state == "death.ask_nik", step.replies


@pytest.mark.parametrize(("message", "told"), [
    ("saya mau klaim tapi almarhum ga punya kartu kpj", "Nomor KPJ tertulis di kartu peserta"),
    ("suami saya meninggal kemarin, akta kematian belum jadi", "Surat keterangan kematian"),
])
def test_a_death_told_with_a_paper_not_had_starts_the_claim_and_says_it_waits(message: str, told: str) -> None:
    """The claim began without a word of the paper said missing: the heir was left to wonder whether to go on."""
    state, said = first_reply(message)
    assert state.startswith("death.") and told in said and "tetap bisa dicatat" in said, (state, said)


@pytest.mark.parametrize("message", ["bisa klaim untuk kakak saya?", "saya adiknya, bisa ngurus klaim?",
                                     "saya keponakannya bisa klaim?", "can i claim for my brother"])
def test_whether_a_sibling_or_nephew_may_claim_gets_the_heirs_in_their_order(message: str) -> None:
    """Were "not understood" or the list of one's own claims."""
    state, said = first_reply(message)
    assert state == "benefits.jkm_heirs" and "saudara kandung" in said, (state, said)


@pytest.mark.parametrize(("message", "first"), [
    ("kakak saya meninggal kemarin, saya adiknya bisa klaim?",
     ("Saudara kandung berhak mengajukan klaim hanya jika almarhum/almarhumah tidak meninggalkan ahli waris yang lebih "
      "dulu (istri/suami atau anak; orang tua, kakek/nenek, atau cucu)")),
    ("kakek saya meninggal minggu lalu, saya cucunya bisa dapat santunan?",
     ("Cucu berhak mengajukan klaim hanya jika almarhum tidak meninggalkan ahli waris yang lebih dulu (istri/suami atau "
      "anak)")),
    ("bapak saya meninggal, saya anaknya bisa klaim?", None),
    # What the family gets, asked without a question word: was only asked whether to claim. "my father" reads as
    # "saya bapak", which is no father writing: who died says the writer's relation.
    ("bapak saya meninggal bulan lalu, kami dapat apa", None),
    ("my father passed away last month, what do we get", None),
])
def test_a_relative_telling_the_death_is_asked_to_claim_with_the_heirs_who_come_first(message: str, first: str | None
                                                                                      ) -> None:
    """A sibling was told "Bisa, jika … terdaftar aktif" alone: a sibling may claim only when no heir of an earlier group
    is left (FACTS.md §8). A child, first in the order, is told nothing more."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "Bisa, jika" in said, (state, said)
    if first is None:
        assert "berhak mengajukan klaim hanya jika" not in said, said
    else:
        assert first in said, said


@pytest.mark.parametrize("message", ["kemarin sy kecelakaan pas narik, bpjs sy ga aktif, gmn?",
                                     "saya jatuh pas kerja tadi, iuran saya nunggak, bisa lapor?"])
def test_an_accident_told_with_an_inactive_cover_is_told_the_report_is_still_recorded(message: str) -> None:
    """Was only asked whether to report, the worry unanswered (FACTS.md §2)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and said.startswith(
        "Kepesertaan yang nonaktif atau iuran yang menunggak tidak menghalangi laporan dicatat."), (state, said)


def test_a_wrong_answer_at_the_heirs_page_keeps_its_choices() -> None:
    """The heirs' page is a step of its own (benefits.jkm_heirs): what it does not understand is said so, briefly,
    with its three choices again; "1" then begins the claim."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1").but(locale="id")
    for text in ("halo", "siapa saja ahli waris"):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.state == "benefits.jkm_heirs"
    wrong = engine.step(conversation, Event(kind=EventKind.TEXT, text="qwerty zxc"), START)
    assert wrong.conversation.state == "benefits.jkm_heirs" and wrong.replies[-1].text.startswith(
        "Maaf, saya belum mengerti. Ketik angka pilihan Anda"), wrong.replies[-1].text
    assert [str(choice.label) for choice in wrong.replies[-1].choices] == ["Klaim santunan", "JKM: kematian", "Menu utama"]
    chosen = engine.step(wrong.conversation, Event(kind=EventKind.TEXT, text="1"), START)
    assert chosen.conversation.state == "death.ask_nik"


@pytest.mark.parametrize(("message", "mourned"), [
    ("beasiswa anak peserta yang meninggal syaratnya apa?", False),  # a participant's death in general
    ("anak pekerja yang meninggal dapat beasiswa?", False),
    ("suami saya peserta, sudah meninggal, bisa klaim?", True),  # the writer's husband
    ("berita ojol meninggal di jalan, keluarganya dapat santunan apa?", False),  # in the news
    ("pak rt di kampung sebelah meninggal, keluarganya dapat santunan gak ya?", False),  # his family, not the writer's
    ("beasiswa kanggo anak nek bapake seda kuwi piye syarate", False),  # Javanese "nek": if
    ("ibu saya baru meninggal tadi pagi, keluarga bingung, ada santunannya?", True),
])
def test_a_participants_death_asked_of_in_general_is_not_mourned(message: str, mourned: bool) -> None:
    """"anak peserta yang meninggal" was read as the writer's child's death: condolence before the scholarship's papers."""
    _state, said = first_reply(message)
    assert said.startswith("Turut berduka cita") is mourned, said


@pytest.mark.parametrize("message", ["tolong bantu saya", "saya bingung cara pakainya", "bisa bantu apa aja?",
                                     "bpjs", "bpjs tk"])  # the name alone: was not understood
def test_the_help_page_fits_a_small_screen(message: str) -> None:
    """Read by someone confused: it was 562 characters, four points and two sentences."""
    state, said = first_reply(message)
    page = said.split("\n\n")[0]
    assert state == "menu.next" and page.startswith("Saya bisa membantu:") and len(page) < 420, (state, said)
    assert "Contact Center BPJS Ketenagakerjaan 175" in page and "\"batal\"" in page, page


@pytest.mark.parametrize("message", ["siapa saja ahli waris", "apakah saudara kandung bisa jadi ahli waris?",
                                     "kalau istri sudah tidak ada, yang berhak terima santunan siapa?", "who are the heirs"])
def test_who_the_heirs_are_is_answered_with_the_heirs_alone(message: str) -> None:
    """Was JKM's second page, five points (671 characters), three of them about something else."""
    state, said = first_reply(message)
    assert state == "benefits.jkm_heirs" and said.startswith("Yang berhak, berurutan:"), (state, said)
    assert "3 hari kerja" not in said and "peserta mandiri" not in said and len(said) < 450, said


@pytest.mark.parametrize("message", ["tetangga saya meninggal", "temen sy meninggal dunia, sy ikut sedih",
                                     "istri teman saya meninggal", "my neighbour died"])
def test_a_neighbours_death_is_mourned_and_its_claim_left_to_the_family(message: str) -> None:
    """Was only "Apakah Anda ingin mengurus klaim …?", or condolence "atas kepergian keluarga Anda" for a friend's wife."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim", (state, said)
    assert said.startswith("Turut berduka cita.\nSantunannya diajukan keluarga yang ditinggalkan"), said
    assert "keluarga Anda" not in said, said


def test_a_neighbours_death_is_mourned_once_when_its_claim_begins() -> None:
    """Yes to the claim after "Turut berduka cita." opened it with "Kami turut berduka cita." again."""
    _greeting, asked, begun = _replies("halo", "tetangga saya meninggal", "1")
    assert asked.startswith("Turut berduka cita.") and "berduka" not in begun, begun


@pytest.mark.parametrize("message", ["tetangga saya meninggal, saya bisa klaim?", "kalau tetangga saya meninggal, saya dapat?"])
def test_a_neighbour_asking_to_claim_is_told_when_they_may(message: str) -> None:
    """Was "Lainnya (pengurus makam) berhak mengajukan klaim hanya jika …" and six groups of heirs."""
    _state, said = first_reply(message)
    assert "Tetangga atau teman berhak hanya jika ditunjuk dalam wasiat" in said and "Lainnya" not in said, said


@pytest.mark.parametrize("message", ["mertua sy meninggal, sy menantunya bisa klaim?",
                                     "kalau mertua saya meninggal saya dapat?"])
def test_a_child_in_law_asking_to_claim_is_pointed_to_their_spouse(message: str) -> None:
    """Was "Tetangga atau teman berhak hanya jika ditunjuk dalam wasiat …": the writer's spouse is the deceased's child, a
    first heir."""
    _state, said = first_reply(message)
    assert "Menantu tidak termasuk ahli waris, tetapi anak almarhum (pasangan Anda) termasuk yang pertama berhak" in said, said
    assert "Tetangga atau teman" not in said, said


@pytest.mark.parametrize(("message", "first"), [
    ("sy mau tanya klo anak sy yg kerja meninggal, sy dapet?",
     ("Orang tua (bapak/ibu) berhak atas santunan hanya jika almarhum/almarhumah tidak meninggalkan ahli waris yang "
      "lebih dulu (istri/suami atau anak).")),
    ("kalau kakak saya meninggal, saya bisa klaim?",
     ("Saudara kandung berhak atas santunan hanya jika almarhum/almarhumah tidak meninggalkan ahli waris yang lebih "
      "dulu (istri/suami atau anak; orang tua, kakek/nenek, atau cucu).")),
    ("klo suami meninggal sy dapet brp", None),  # a spouse comes first
    ("kalau bapak saya meninggal, saya dapat santunan?", None),  # so does a child
    ("kalau peserta meninggal dapat berapa", None),  # nobody's relation: the amounts alone
    ("tetangga saya meninggal tahun lalu dapat santunan 42 juta, itu dari program apa?", None),  # not asked for oneself
    ("kalau sy meninggal anak sy dapat apa", None),  # the writer dies, the child is first: was "Orang tua … hanya jika"
])
def test_a_later_heir_asking_about_a_death_to_come_is_told_the_heirs_who_come_first(message: str, first: str | None
                                                                                    ) -> None:
    """"kalau anak saya meninggal, saya dapat?" got the amounts alone, a yes: a parent receives them only when the child
    left no spouse or children (FACTS.md §8)."""
    state, said = first_reply(message)
    assert state == "benefits.jkm" and "Rp42.000.000" in said, (state, said)
    if first is None:
        assert said.startswith("Jika peserta meninggal bukan karena kecelakaan kerja"), said  # the page alone
    else:
        assert said.startswith(first), said


@pytest.mark.parametrize("message", [
    "pagi min, sy mau tanya klo suami sy kecelakaan pas narik ojek trs meninggal dpt brp ya",
    "klo meninggal ketabrak pas berangkat kerja dpt brp",
    "kalau ojol meninggal kecelakaan di jalan dapat berapa",  # asked as JKK: its death was the page's third line
    "if my husband dies in an accident at work how much do we get",
])
def test_a_death_asked_about_as_a_work_accidents_is_answered_with_its_own_amounts_first(message: str) -> None:
    """"klo suami sy kecelakaan pas narik ojek trs meninggal dpt brp" got the JKM page, which opens with the 42 million of
    a death not at work: a widow skimming it took the wrong number (FACTS.md §5: Rp70 million)."""
    state, said = first_reply(message)
    assert state == "benefits.jkk_death", (state, said)
    assert said.startswith("Jika peserta meninggal karena kecelakaan kerja"), said
    assert "ahli warisnya menerima Rp70.000.000 dari JKK" in said and "santunan Rp48.000.000" in said, said
    assert "Jika meninggal bukan karena kecelakaan kerja: Rp42.000.000." in said, said
    assert first_reply("kalau peserta meninggal dapat berapa")[0] == "benefits.jkm"  # no cause: the JKM page
    wrong = _replies("halo", message, "asdfgh")[-1]  # a wrong answer on the page: told, its choices again
    assert wrong.startswith(("Maaf, saya belum mengerti.", "Sorry, I did not understand.")), wrong


def test_a_later_heir_asking_about_a_work_accidents_death_is_told_the_heirs_first_and_can_claim_from_the_page() -> None:
    said = _replies("halo", "kalau anak saya meninggal kecelakaan kerja saya dapat?", "klaim santunan")
    assert said[1].startswith("Orang tua (bapak/ibu) berhak atas santunan hanya jika"), said[1]
    assert "Rp70.000.000 dari JKK" in said[1], said[1]
    assert "NIK" in said[2], said[2]  # the death claim's first question


@pytest.mark.parametrize("message", [
    "suami sy meninggal minggu lalu. syaratnya apa aja buat klaim",
    "my husband died last week. what documents do i need to claim",
    "my husband passed away last week, he was an ojek driver. what do i need to claim",
])
def test_the_bereaved_asking_what_a_claim_needs_are_told_its_papers_before_the_ask(message: str) -> None:
    """A death told with its papers asked was only asked "Apakah Anda ingin mengurus klaim santunan kematian sekarang?",
    the question left (a claim begun from the ask keeps what the message told). What to do next is not papers asked."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim", (state, said)
    assert said.startswith("Turut berduka cita atas kepergian keluarga Anda.\nYang dibawa ahli waris:\n• Kartu peserta"), said
    assert said.endswith("Istri atau suami juga membawa buku nikah.\nApakah Anda ingin mengurus klaim santunan kematian "
                         "sekarang?"), said
    assert "Yang dibawa" not in first_reply("suami sy meninggal, apa yang perlu saya lakukan")[1]


@pytest.mark.parametrize(("message", "state"), [
    ("bapak meninggal kecelakaan kerja minggu lalu, berkasnya apa aja", "switch.ask_claim"),
    ("kalau meninggal kecelakaan kerja syaratnya apa", "benefits.jkm_documents"),
])
def test_a_work_accidents_death_is_given_an_heirs_papers_with_what_jkk_adds(message: str, state: str) -> None:
    """"kalau meninggal kecelakaan kerja syaratnya apa" got an injured worker's papers (e-KTP pekerja, a doctor's
    letter, "Laporkan dalam 2×24 jam")."""
    reached, said = first_reply(message)
    assert reached == state, (reached, said)
    assert ("Untuk kematian karena kecelakaan kerja (JKK), dokumennya sama; untuk kecelakaan lalu lintas, tambah: "
            "Laporan polisi") in said, said
    assert "e-KTP ahli waris" in said and "e-KTP pekerja" not in said, said


@pytest.mark.parametrize("message", ["cek klaim jkk 2026 7", "status klaim jkm 2026 12 gmn", "cek klaim JKK-2026-000007"])
def test_a_claims_reference_cut_short_looks_the_claim_up(message: str) -> None:
    """Found in make run: "cek klaim jkk 2026 7" began a new accident report with the message as its story."""
    assert first_reply(message)[0] == "claims.loading"


@pytest.mark.parametrize("typed", ["tanggal 31 november", "30 februari", "tgl 31 nov"])
def test_a_day_its_month_does_not_have_is_said_not_to_exist(typed: str) -> None:
    """"tanggal 31 november" at the death's date was read as "tanggal 31", the last 31st (31 October), and the claim went
    on with that date."""
    step = _last_step("halo", "5", "1571021003750005", typed)
    conversation = step.conversation
    assert conversation.state == "death.ask_date" and step.replies[0].text.startswith("Tanggal itu tidak ada"), \
        step.replies


@pytest.mark.parametrize(("typed", "told"), [
    ("ini nik saya 1571022205900001", "bukan NIK Anda"),  # was taken as the deceased's NIK
    ("nik almarhum ga tau, ktp nya ilang", "juga tertulis di Kartu Keluarga (KK)"),  # was how to replace one's own KTP
])
def test_the_deceaseds_nik_question_tells_the_heirs_own_nik_and_a_lost_ktp_apart(typed: str, told: str) -> None:
    step = _last_step("halo", "5", typed)
    conversation = step.conversation
    said = "\n".join(reply.text for reply in step.replies)
    assert conversation.state == "death.ask_nik" and told in said and not conversation.draft.get("nik"), said


@pytest.mark.parametrize("message", ["iuran sbln brp", "iuran bpjs berapa satu bulan", "how much is the monthly contribution?"])
def test_the_contribution_says_first_who_pays_it(message: str) -> None:
    """The city's participant pays nothing: the page said it last, after a self-payer's percentages and the late rule."""
    state, said = first_reply(message)
    first = said.split("\n")[0]
    assert state == "benefits.contribution" and first.startswith("Iurannya Rp16.800 per bulan") and first.endswith(
        "Dalam program pekerja rentan, iuran itu dibayar pemerintah daerah: pesertanya tidak membayar apa pun."), said


def test_the_same_long_answer_asked_for_again_at_once_is_pointed_at() -> None:
    """"kenapa nonaktif?", then "terus gimana biar aktif lagi": the same four sentences twice on a phone's screen. Asked
    again after another step, the answer is no longer just above: it is given whole."""
    *_, first, again, other, later = _replies("halo", "kalau iuran nunggak gimana", "terus gimana biar aktif lagi",
                                              "gimana biar aktif lagi dong", "berapa iurannya",
                                              "terus gimana biar aktif lagi")
    assert first.startswith("Jika iuran tidak dibayar 3 bulan berturut-turut") and again.startswith(
        "Jawabannya sama dengan pesan saya tepat di atas."), again
    assert other.startswith("Iurannya Rp16.800 per bulan") and later.startswith("Jika iuran tidak dibayar 3 bulan"), later


@pytest.mark.parametrize("message", ["kerja di luar kota kena juga?", "kalau narik sampai luar kota masih dicover?",
                                     "kecelakaan di luar kota ditanggung ga?",
                                     "kalau kerja di luar daerah apa tetap ditanggung"])
def test_whether_an_accident_out_of_town_is_covered_is_answered(message: str) -> None:
    """Was a report offered with no accident told, the JKM page, or the JKK page with no word of the place."""
    state, said = first_reply(message)
    assert said.startswith("Yang menentukan adalah kecelakaan terjadi saat bekerja"), said
    assert state == "menu.next"


@pytest.mark.parametrize("message", ["klo meninggalnya di luar kota gmn klaimnya", "kalau meninggal di luar kota dapet?"])
def test_whether_a_death_out_of_town_is_paid_is_answered(message: str) -> None:
    """"klo meninggalnya di luar kota gmn klaimnya" (at a death claim's checklist too) got the accident's answer: whether
    it happened at work, which a death by illness is not asked."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Tempat meninggalnya tidak mengubah hak santunan kematian (JKM)"), said
    assert first_reply("suami meninggal di luar kota, klaimnya gmn")[0] == "death.confirm"  # a death told: its claim
    assert "yang menentukan, almarhumah terdaftar aktif" in first_reply("kalau ibu meninggal di luar kota dapet?")[1]


def test_an_accident_out_of_town_told_is_still_reported() -> None:
    assert first_reply("saya kecelakaan kemarin di luar kota pas antar penumpang")[0] == "accident.confirm"


@pytest.mark.parametrize("message", ["anak sy kecelakaan pas sekolah, dapat ga", "anak saya jatuh di sekolah"])
def test_a_child_hurt_at_school_is_told_what_jkk_covers(message: str) -> None:
    """A work-accident report was offered for it."""
    state, said = first_reply(message)
    assert said.startswith("JKK menanggung kecelakaan saat bekerja dan di jalan berangkat atau pulang kerja."), said
    assert state == "menu.next"


def test_a_writer_hurt_while_taking_a_relative_is_the_one_hurt() -> None:
    """"saya jatuh pas antar anak ke sekolah" recorded the child as the one hurt (and the report started at once): a
    family errand is asked about first, and the report is the writer's own."""
    said = _replies("halo", "saya jatuh pas antar anak ke sekolah", "ya")
    assert said[1].startswith("Laporan kecelakaan kerja (JKK) untuk kecelakaan saat bekerja"), said[1]
    assert "• Yang mengalami: Anda sendiri" in said[2], said[2]
    state, said_at_work = first_reply("saya ojol jatuh pas antar anak pelanggan ke sekolah")
    assert state == "accident.confirm" and "• Yang mengalami: Anda sendiri" in said_at_work


@pytest.mark.parametrize("message", ["kok bayar? katanya gratis", "kok disuruh bayar? katanya gratis",
                                     "katanya iurannya dibayar pemkot, kok saya disuruh bayar",
                                     "kenapa saya harus bayar iuran"])
def test_paying_questioned_by_someone_told_it_is_free_is_told_who_pays(message: str) -> None:
    """A worker who pays their own contributions, reminded to pay, asked why: the scam warning, or the rates page."""
    said = first_reply(message)[1]
    assert said.startswith("Untuk pekerja rentan yang didaftarkan pemerintah daerah, iurannya"), said
    assert "Jika ada yang meminta uang atas nama program ini, itu penipuan" in said


def test_money_asked_by_someone_keeps_the_scam_warning() -> None:
    assert first_reply("kok disuruh transfer uang admin, katanya gratis")[1].startswith("Hati-hati, itu ciri penipuan")


@pytest.mark.parametrize("message", ["bisa bayar lewat indomaret?", "bayar iuran di alfamart bisa?"])
def test_a_shop_named_to_pay_at_gets_how_contributions_are_paid(message: str) -> None:
    """"indomaret" was read "indonesia maret": not understood; "alfamart" got the rates page."""
    assert first_reply(message)[1].startswith("Pekerja mandiri membayar iuran tiap bulan")


def test_a_death_at_work_on_the_road_told_is_not_asked_whether_it_was_on_the_road() -> None:
    """"suami saya kemarin meninggal ditabrak truk pas lagi narik": the traffic question came all the same."""
    said = _replies("halo", "suami saya kemarin meninggal ditabrak truk pas lagi narik", "ya", "1571022205900001")
    assert "• Penyebab: kecelakaan kerja\n• Kecelakaan lalu lintas: ya" in said[1], said[1]
    assert "kecelakaan lalu lintas" not in said[3], said[3]
    off_road = _replies("halo", "bapak kemarin jatuh dari atap waktu kerja, meninggal di tempat", "ya",
                        "1571022205900001")
    assert "Kecelakaan lalu lintas" not in off_road[1] and "kecelakaan lalu lintas" in off_road[3], off_road[3]


@pytest.mark.parametrize("message", ["almarhum udah lama ga bayar iuran", "almarhum nunggak iuran, masih dapet?"])
def test_a_deceaseds_unpaid_contributions_told_are_answered_for_the_claim(message: str) -> None:
    """"almarhum udah lama ga bayar iuran" was told that the city pays for those it enrolled ("sudah" and "bayar" read
    as one who has paid), then the rates page; "almarhum nunggak iuran, masih dapet?" the rates page too."""
    said = first_reply(message)[1]
    assert said.startswith("Iuran yang menunggak atau kepesertaan yang nonaktif tidak menghalangi klaim dicatat."), said
    assert first_reply("saya sudah transfer iuran")[1].startswith("Untuk pekerja rentan yang didaftarkan")


def test_an_heir_who_only_now_learned_of_the_benefit_is_told_it_has_no_deadline() -> None:
    said = first_reply("suami meninggal 3 tahun lalu baru tau ada santunan")[1]
    assert "Klaim JKM (kematian) tidak punya batas waktu, tetapi ajukan secepatnya." in said, said


@pytest.mark.parametrize("thumbs", ["👍", "👍🏻", "👌", "✅"])
def test_a_thumbs_up_is_a_yes(thumbs: str) -> None:
    """"👍" at "Benar?" was "Jawab dulu: apakah catatan di atas benar?": a thumbs-up is how many say yes."""
    said = _replies("halo", "suami saya meninggal kemarin", thumbs)
    assert said[2].startswith("Ketik NIK almarhum"), said[2]


@pytest.mark.parametrize(("message", "told"), [
    ("how do i get the heir letter", "The heir statement is made at the kelurahan"),  # was the enrolment answer
    ("where is the doctor's letter made", "Ask the doctor or hospital that treated the worker"),  # the JKM page
    ("where is the heir statement made", "The heir statement is made at the kelurahan"),  # not understood; the
    # checklist's own example to someone at a loss there
    ("where do i get the death certificate", "A death certificate (akta kematian) is issued by Disdukcapil."),
    ("oops that was his ktp not the kk", "If a document was sent under the wrong name"),  # was the scam warning
    ("is the code sent by sms?", "The code is sent on WhatsApp, not by SMS"),  # was not understood
    ("the code never came", "The code is sent on WhatsApp, not by SMS"),
    ("how long until the money arrives", "By the rules, the death benefit (JKM) is paid within 3 working days"),
    ("what if i work outside the city", "What counts is that the accident happened while working"),  # the JKK page
    ("can i claim for my neighbour", "A claim is made by the participant, or by the heirs"),  # one's claims (none)
    ("someone asked for my otp code", "Careful, that is how scams work."),
])
def test_questions_asked_in_english_at_the_menu_are_answered(message: str, told: str) -> None:
    said = _replies("hello", message)[1]
    assert said.startswith(told), said


@pytest.mark.parametrize(("message", "told"), [
    # A forwarded hoax with a link asking for one's name: was the status check, asking for the NIK.
    ("Info BPJS TK: pencairan BSU Rp600rb sudah dibuka, cek nama anda di link bit.ly/bsu2026",
     "BSU (bantuan subsidi upah) adalah program lain, bukan bagian dari program ini"),
    ("apa benar ada bantuan subsidi upah dari bpjs", "BSU (bantuan subsidi upah) adalah program lain"),  # scam warning
    ("bsu udah cair belum", "BSU (bantuan subsidi upah) adalah program lain"),  # one's claims
    ("cek status kepesertaan di https://bpjs-cek.xyz isi nik", "Jangan isi NIK atau data Anda di link"),
])
def test_a_link_or_another_programme_is_never_answered_with_the_nik_question(message: str, told: str) -> None:
    state, said = first_reply(message)
    assert said.startswith(told), said
    assert state == "menu.next"


@pytest.mark.parametrize(("answer", "part"), [
    ("abis maghrib", "malam"), ("habis isya", "malam"), ("pas azan ashar", "sore"), ("bada dzuhur", "siang"),
    ("sebelum sholat subuh", "pagi"),
])
def test_an_accidents_time_told_by_a_prayer_is_read(answer: str, part: str) -> None:
    """The prayer times are how many tell the time of day: "abis maghrib" was "Pilih salah satu, atau tulis jamnya"."""
    step = _step_after(("4", "1", "1571022205900001", "kemarin"), "accident.ask_time", answer)
    assert step.conversation.state == "accident.ask_place" and step.conversation.draft["part"] == part


def test_a_nik_doubted_for_its_sex_said_to_be_a_mistake_is_asked_again() -> None:
    """"oh iya itu nik bapak, salah" after the mother's death and the father's NIK typed: was taken as confirming the
    NIK, the claim then the father's ("Baik, NIK … saya catat sebagai NIK almarhum")."""
    said = _replies("halo", "ibu saya meninggal kemarin", "ya", "1571022205900001", "oh iya itu nik bapak, salah",
                    "1571025204880041")
    assert said[3].startswith("NIK 1571022205900001 milik laki-laki"), said[3]
    assert said[4].startswith("Baik, ketik NIK almarhumah yang benar."), said[4]
    assert said[5].startswith("Apa penyebab meninggalnya?"), said[5]  # the mother's NIK, taken


def test_a_man_named_absent_after_a_nik_doubted_does_not_confirm_it() -> None:
    """"ga ada bapak udah cerai" after the mother's death and a man's NIK typed: the father's sex confirmed the NIK, and
    the claim became the man's ("Baik, NIK … saya catat sebagai NIK almarhum"). The question stays; her NIK is taken."""
    said = _replies("halo", "ibu saya meninggal kemarin", "ya", "1571022205900001", "ga ada bapak udah cerai",
                    "1571025204880041")
    assert said[3].startswith("NIK 1571022205900001 milik laki-laki"), said[3]
    assert "saya catat sebagai NIK" not in said[4] and said[4].endswith("Ketik NIK almarhumah (16 angka di KTP atau KK)."), \
        said[4]
    assert said[5].startswith("Apa penyebab meninggalnya?"), said[5]


def test_an_accidents_time_told_by_a_prayer_in_english_is_read() -> None:
    """"yesterday after maghrib" took the day and asked the time again."""
    said = _replies("hello", "4", "me", "1571022205900001", "yesterday after maghrib")
    assert said[4].startswith("This accident is still within 2×24 hours") and "around 20.00" in said[4], said[4]


def test_which_heir_handles_the_claim_asked_inside_it_is_answered() -> None:
    """"apa harus ibu saya yang ngurus?" inside a child's claim was "Ya, hubungan Anda sudah tercatat: Anak.", a yes to
    the wrong question; the question stays."""
    said = _replies("halo", "bapak sy meninggal kemarin", "ya", "apa harus ibu saya yang ngurus?", "1571021003750005",
                    "sy anaknya yg ngurus boleh?")
    for answer in (said[3], said[5]):
        assert answer.startswith("Istri almarhum dan anak-anaknya sama-sama ahli waris yang pertama"), answer
    assert said[3].endswith("Ketik NIK almarhum (16 angka di KTP atau KK)."), said[3]
    assert "Apa penyebab meninggalnya?" in said[5], said[5]


def test_whether_a_death_from_illness_is_paid_asked_at_the_cause_is_answered() -> None:
    said = _replies("halo", "bapak sy meninggal kemarin", "ya", "1571021003750005",
                    "bisa klaim kalau meninggal karena sakit?")
    assert said[4].startswith("Bisa, jika almarhum terdaftar aktif pada tanggal meninggal: ahli waris menerima "
                              "santunan kematian Rp42.000.000"), said[4]
    assert "Apa penyebab meninggalnya?" in said[4], said[4]


ACCIDENT_TOLD = ("halo", "4", "1", "1571022205900001", "tadi pagi jam 7", "jl sudirman", "jatuh dari motor pas antar paket",
                 "tangan keseleo")


@pytest.mark.parametrize(("typed", "place"), [("rs mitra", "RS/klinik mitra"), ("di rs mitra kak", "RS/klinik mitra"),
                                              ("klinik lain", "RS/klinik lain"), ("belum", "Belum berobat"),
                                              ("rs bhayangkara, katanya mitra", "rs bhayangkara, katanya mitra")])
def test_where_treated_typed_as_a_choice_is_that_choice(typed: str, place: str) -> None:
    """"rs mitra" was written down as a hospital's name ("Berobat di: rs mitra (mitra atau bukan, petugas yang
    memastikan …)"); a hospital named keeps its name."""
    said = _replies(*ACCIDENT_TOLD, typed)[-1]
    assert f"\nBerobat di: {place}" in said, said


def test_questions_at_a_reports_questions_are_answered_and_the_question_kept() -> None:
    """"biaya rs nya ditanggung ga?" at the place was "Itu sepertinya pertanyaan", unanswered; "berapa lama laporannya
    diproses?" at the treatment was told what a partner hospital is, and at the menu was the JKM page."""
    said = _replies(*ACCIDENT_TOLD[:5], "biaya rs nya ditanggung ga?")[-1]
    assert said.startswith("Pengobatan kecelakaan kerja ditanggung JKK sesuai kebutuhan medis"), said
    assert said.endswith("Di mana kecelakaannya terjadi? (nama jalan, tempat kerja, atau kelurahan)"), said
    said = _replies(*ACCIDENT_TOLD, "berapa lama laporannya diproses?")[-1]
    assert said.startswith("Untuk kecelakaan kerja, BPJS Ketenagakerjaan memutuskan paling lambat 30 hari"), said
    assert "Di mana berobat?" in said, said
    assert first_reply("berapa lama laporannya diproses?")[1].startswith("Untuk kecelakaan kerja, BPJS")



@pytest.mark.parametrize("message", ["talk to a person", "speak to someone", "please talk to a human",
                                     "can i talk to a real person"])
def test_a_person_asked_for_in_english_is_the_hand_off(message: str) -> None:
    """"talk to a person" and "speak to someone" were "not understood", at the menu and under a page."""
    assert first_reply(message)[0] == "handoff.ask_topic"
    said = _replies("hello", "how much is the death benefit", message)[-1]
    assert said.startswith("I will connect you with an officer. What is it about?"), said


@pytest.mark.parametrize("message", ["sy ganti nomor wa, klaim sy hilang ga", "hp sy hilang, klaimnya gimana",
                                     "nomor hp saya ganti, laporan kecelakaan saya masih ada?"])
def test_claims_asked_after_a_lost_or_changed_number_are_said_to_be_kept(message: str) -> None:
    """Was how to correct a recorded claim's data, or the new number's claims (none)."""
    state, said = first_reply(message)
    assert said.startswith("Klaim yang sudah dicatat tidak hilang: tetap tersimpan dan diperiksa petugas."), said
    assert state == "menu.next"


@pytest.mark.parametrize("message", ["innalillahi, bapak meninggal semalam",
                                     "innalillahi wa innailaihi rojiun, suami sy meninggal"])
def test_a_family_death_announced_with_innalillahi_starts_its_claim(message: str) -> None:
    """"innalillahi" (said on hearing of a death) made the model read someone else's: an heir's announcement of their
    own loss was "Maaf, saya belum mengerti"."""
    state, said = first_reply(message)
    assert state == "death.confirm" and said.startswith("Kami turut berduka cita"), (state, said)


@pytest.mark.parametrize("message", ["innalillahi, ada driver meninggal di jalan arteri tadi, semoga diterima di sisi-Nya",
                                     "turut berduka buat keluarga ojol yang meninggal kemarin",
                                     "berita ojol meninggal kecelakaan ditabrak truk tadi pagi, semoga husnul khotimah"])
def test_someone_elses_death_condoled_is_condoled_at_the_menu(message: str) -> None:
    """News of a colleague's death, or a condolence, was "Maaf, saya belum mengerti": condoled, and told who claims,
    at the menu (where the labelled sets land it); never a claim of the writer's."""
    state, said = first_reply(message)
    assert state == "menu.main", (state, said)
    assert said.startswith("Turut berduka cita.\n\nSantunannya diajukan keluarga yang ditinggalkan"), said


@pytest.mark.parametrize(("correction", "line"), [
    ("salah, tempatnya di jl gatot subroto", "Tempat: di jl gatot subroto"),
    ("tempatnya salah, harusnya lokasinya di pasar angso duo", "Tempat: di pasar angso duo"),
    ("lukanya salah, harusnya cederanya kaki patah", "Cedera: kaki patah"),
])
def test_a_line_corrected_at_the_summary_keeps_the_answer_without_its_name(correction: str, line: str) -> None:
    """"salah, tempatnya di jl gatot subroto" recorded the place as "tempatnya di jl gatot subroto"."""
    said = _replies(*ACCIDENT_TOLD, "rs mitra", correction)[-1]
    assert f"\n{line}\n" in said, said


def test_the_day_of_death_corrected_at_the_children_question_is_taken() -> None:
    """"salah, meninggalnya tanggal 20" at the scholarship's question was "not understood" (at the cause, the question
    after the date, it was taken)."""
    said = _replies("halo", "5", "1571021003750005", "kemarin", "1", "istri", "salah, meninggalnya tanggal 20")[-1]
    assert said.startswith("Baik, tanggalnya saya ubah menjadi 20 November 2026."), said
    assert said.endswith("Untuk mereka ada beasiswa."), said


@pytest.mark.parametrize("message", ["suami saya jatuh dari atap pas kerja bangunan, meninggal",
                                     "anak saya 20 thn kerja bangunan jatuh dari lantai 3 meninggal"])
def test_a_family_member_killed_at_work_starts_the_heirs_claim(message: str) -> None:
    """Read as the accident it tells: an accident report for the living, no condolence, the injury asked next."""
    state, said = first_reply(message)
    assert state == "death.confirm" and said.startswith("Kami turut berduka cita"), (state, said)
    state, said = first_reply("suami saya hampir meninggal jatuh dari atap pas kerja")  # nearly: his accident
    assert state == "accident.confirm", (state, said)


def test_ones_card_asked_where_at_the_menu_is_the_status_check() -> None:
    """"kartu nya mana" got the JKM page; "kartu bpjs saya mana" is the status check (the probe's choice: it shows the
    KPJ, the card's number)."""
    assert first_reply("kartu nya mana")[0] == "status.ask_nik"


def test_a_death_of_someone_not_enrolled_asked_as_a_rule_says_who_is_paid() -> None:
    """"klo org tua meninggal tp bkn peserta bisa dpt santunan?" got the amounts alone, as if they were paid."""
    state, said = first_reply("pak, mau tanya, klo org tua meninggal tp bkn peserta bisa dpt santunan?")
    assert state == "benefits.jkm"
    assert said.startswith("Santunan kematian dibayar hanya jika yang meninggal terdaftar aktif"), said


@pytest.mark.parametrize(("message", "where"), [
    ("suami sy meninggal kemarin, batas waktu klaim kapan", "death.confirm"),  # the claim, the question unanswered
    ("batas waktu klaim santunan kematian", "benefits.jkm"),  # the page, which does not say it
])
def test_the_deadline_asked_with_a_death_or_its_page_is_said_there(message: str, where: str) -> None:
    state, said = first_reply(message)
    assert state == where
    assert "Klaim JKM (kematian) tidak punya batas waktu" in said


@pytest.mark.parametrize("texts", [
    ("bapak saya meninggal tadi subuh", "ibu msh ada"),  # at the summary
    ("bapak saya meninggal tadi subuh", "iya", "1571022205900001", "sakit jantung", "ibu masih ada"),  # the figures
])
def test_the_other_parent_told_alive_is_answered_who_claims(texts: tuple[str, ...]) -> None:
    """Was "Ya, hubungan Anda sudah tercatat: Anak.": its "ibu" read as the writer's relation."""
    said = _replies(*texts)[-1]
    assert said.startswith("Istri almarhum dan anak-anaknya sama-sama ahli waris yang pertama")
    assert "sudah tercatat" not in said


@pytest.mark.parametrize(("message", "wished"), [
    ("tolong bantu saya bu, suami saya koma di rs habis jatuh dari bangunan", True),  # the report's summary
    ("suami saya jatuh dari bangunan, dirawat di rs, bisa klaim?", True),  # asked first whether to report
    ("saya jatuh dari motor pas antar paket, kaki patah", True),
    ("saya jatuh dari motor pas narik tadi pagi", False),  # no one said to be hurt
    ("motor saya ditabrak pas narik tadi, belum dirawat", False),  # a denial is not a harm
    ("istri sy kesetrum pas kerja, skrg di rs", True),  # in hospital: was not wished well
    ("suami sy jatuh dari motor pas ngojek, dibawa ke rs", True),
])
def test_someone_hurt_in_an_accident_is_wished_well_first(message: str, wished: bool) -> None:
    """As condolence opens a death's claim: the report's first words were its summary, to someone in a coma."""
    state, said = first_reply(message)
    assert state.startswith(("accident.", "switch.")), state
    assert said.startswith("Semoga lekas sembuh.") is wished, said


def test_a_waiting_period_asked_of_a_death_is_answered_before_the_jkm_page() -> None:
    """"baru daftar bulan lalu, kalau meninggal dapat santunan ga": the page's amounts alone, as if no waiting period
    were in question (the labelled sets land such a death's question on the page)."""
    state, said = first_reply("baru daftar bulan lalu, kalau meninggal dapat santunan ga")
    assert state == "benefits.jkm" and said.index("sangat baru") < said.index("Rp42.000.000"), (state, said)


@pytest.mark.parametrize("forgot", ["lupa kpjnya", "no kpjnya lupa"])
def test_a_kpj_forgotten_in_one_word_during_a_claim_is_answered(forgot: str) -> None:
    """"lupa kpjnya" at a death claim's cause was "not understood", and at its date told to guess the date: the KPJ
    was named only written apart ("ga tau kpj nya"). Where it is found, and that the claim goes on without it."""
    at_cause = _replies("halo", "suami sy meninggal kemarin, mau klaim", "ya", "1571021003750005", forgot)[-1]
    at_date = _replies("halo", "suami sy meninggal, mau klaim", "ya", "1571021003750005", forgot)[-1]
    for said in (at_cause, at_date):
        assert said.startswith("Nomor KPJ tertulis di kartu peserta dan ada di aplikasi JMO"), said
    assert at_cause.endswith("Apa penyebab meninggalnya? Kecelakaan kerja termasuk di jalan berangkat atau pulang kerja.")
    assert at_date.endswith("Kapan almarhum meninggal? Misalnya: kemarin, 5 Mei, atau 05-05-2025.")


@pytest.mark.parametrize("relation", ["istri keduanya", "istri ke 2", "sy istri mudanya"])
def test_a_second_wife_answering_the_relation_is_the_spouse(relation: str) -> None:
    """"istri keduanya" (his second wife) was told to write her own relation, "kedua" read as "both"; "istri ke 2" too.
    The spouse, with the buku nikah note and a word on the other wives (whose shares the branch settles)."""
    said = _replies("halo", "mau klaim jkm", "1571021003750005", "kemarin", "sakit", relation)[-1]
    assert said.startswith("Istri atau suami perlu buku nikah. Untuk nikah siri, pastikan di kantor cabang. "
                           "Jika almarhum beristri lebih dari satu, sampaikan di kantor cabang"), said
    assert said.endswith("Apakah almarhum meninggalkan anak yang masih sekolah atau berumur di bawah 23 tahun? Untuk "
                         "mereka ada beasiswa."), said


@pytest.mark.parametrize(("message", "day"), [
    ("suami sy kecelakaan kerja 2 minggu lalu, kemarin meninggal di rs", "22 November 2026"),
    ("ibu sakit sebulan, meninggal tadi pagi", "23 November 2026"),
])
def test_the_day_of_death_is_the_one_said_with_the_death(message: str, day: str) -> None:
    """"suami sy kecelakaan kerja 2 minggu lalu, kemarin meninggal di rs" noted "sekitar 9 November 2026", the accident's
    two weeks, as the day of death."""
    said = first_reply(message)[1]
    assert f"• Tanggal meninggal: {day}\n" in said, said


@pytest.mark.parametrize(("message", "when"), [
    ("tadi pagi baru ke rs, kemarin sore sy jatuh dr motor pas narik", "22 November 2026 (sore)"),
    ("sy jatuh dr motor 3 hari lalu, tadi baru ke dokter", "20 November 2026"),
])
def test_the_time_of_an_accident_is_the_one_said_with_it(message: str, when: str) -> None:
    """"tadi pagi baru ke rs, kemarin sore sy jatuh dr motor" noted this morning, the hospital's, as the accident's
    time."""
    said = first_reply(message)[1]
    assert f"• Waktu: {when}\n" in said, said


def test_a_deceaseds_nik_not_found_is_told_where_it_is_before_the_claim_is_offered() -> None:
    """"nik almarhum ga ketemu" was only asked whether to start a claim: where a NIK is written comes first."""
    state, said = first_reply("nik almarhum ga ketemu")
    assert state == "switch.ask_claim" and said.startswith("NIK tertulis di e-KTP dan di Kartu Keluarga (KK)."), said


@pytest.mark.parametrize("word", ["kantor", "KANTOR"])
def test_the_office_named_alone_does_not_stop_the_engine(word: str) -> None:
    """"KANTOR" alone raised inside the reader of whether one must go to the office (found by the property test): a word
    of one message has no pair."""
    state, said = first_reply(word)
    assert state == "menu.main" and "terjadi kesalahan" not in said, said


@pytest.mark.parametrize("at_the_question", [(), ("istri",)])
def test_the_deceaseds_nik_said_wrong_at_the_relation_or_the_children_is_asked_again(at_the_question: tuple[str, ...]
                                                                                     ) -> None:
    """"nik almarhum salah" at "Apa hubungan Anda dengan almarhum?" (or at the children's question) stopped the engine:
    the NIK's correction goes back to its question, which those two did not declare (found by fuzzing the questions)."""
    said = _replies("halo", "mau klaim jkm", "1571022205900001", "kemarin", "sakit", *at_the_question,
                    "nik almarhum salah")[-1]
    assert said.endswith("Ketik NIK almarhum/almarhumah (16 angka di KTP atau KK)."), said


CHILDREN_ASKED = ("Apakah almarhum meninggalkan anak yang masih sekolah atau berumur di bawah 23 tahun? Untuk mereka "
                  "ada beasiswa.")


@pytest.mark.parametrize(("paper", "told"), [
    ("ga ada rekening", "Santunan dibayar ke rekening ahli waris."),
    ("ga punya buku nikah", "Buku nikah yang hilang atau rusak"),
    ("blm ada akta kematian", "Akta kematian diurus di Disdukcapil."),
])
def test_a_paper_missing_at_the_childrens_question_is_no_answer_to_it(paper: str, told: str) -> None:
    """Tried as a widow: "ga ada rekening" at "Apakah almarhum meninggalkan anak yang masih sekolah…?" was its no, the
    children (and their scholarship) counted out; "ga punya buku nikah" and "blm ada akta kematian" too. What to do
    about the paper, and the question again."""
    said = _replies("halo", "suami sy meninggal kemarin", "ya", "1571022205900001", "sakit", paper)[-1]
    assert said.startswith(told) and said.endswith(CHILDREN_ASKED), said
    assert _replies("halo", "suami sy meninggal kemarin", "ya", "1571022205900001", "sakit", "ga ada")[-1].startswith(
        "Terima kasih, Ibu.\nJika almarhum terdaftar aktif")  # the no itself still is one


@pytest.mark.parametrize("cause", ["dibunuh", "tenggelam pas mancing", "kebakaran rumah", "kesambar petir di sawah"])
def test_a_death_by_mishap_at_the_cause_question_is_told_how_to_choose(cause: str) -> None:
    """"dibunuh", "tenggelam pas mancing" at "Apa penyebab meninggalnya?" were "not understood", and "kebakaran rumah"
    was told that belongings are not covered: whether it was at work decides, and JKM is paid either way."""
    said = _replies("halo", "mau klaim jkm", "1571022205900001", "kemarin", cause)[-1]
    assert said.startswith("Jika itu terjadi saat bekerja, atau di jalan berangkat atau pulang kerja, pilih \"Kecelakaan "
                           "kerja\". Jika tidak, pilih \"Sakit/sebab biasa\": santunan kematian JKM tetap dibayar."), said
    assert said.endswith("Apa penyebab meninggalnya? Kecelakaan kerja termasuk di jalan berangkat atau pulang kerja.")


ROAD_FALL_AT_THE_INJURY = ("halo", "sy jatuh dr motor pas narik tadi pagi", "ya", "1571021003750005",
                           "di jl sudirman dekat pasar")


@pytest.mark.parametrize("typed", ["ga ada yg luka cuma motor rusak", "sy ga apa2, motornya yg rusak"])
def test_no_one_hurt_and_a_motorbike_damaged_is_told_what_is_covered(typed: str) -> None:
    """At "Apa cederanya?", "ga ada yg luka cuma motor rusak" was kept as the injury without a word, as if the motorbike
    would be paid: the cover is for people, and a complaint found later is still told."""
    said = _replies(*ROAD_FALL_AT_THE_INJURY, typed)[-1]
    assert said.startswith("Syukurlah tidak ada yang cedera. Kerusakan motor atau barang tidak diganti"), said
    assert "Di mana berobat?" in said
    for hurt in ("kaki lecet, motor rusak", "tidak ada"):
        assert not _replies(*ROAD_FALL_AT_THE_INJURY, hurt)[-1].startswith("Syukurlah"), hurt


def test_a_hedge_before_the_facility_is_no_part_of_its_name() -> None:
    """"blm tau, masih di igd" at the injury question was noted as where the worker is treated, hedge and all."""
    said = _replies(*ROAD_FALL_AT_THE_INJURY, "blm tau, masih di igd")[-1]
    assert said.startswith("Tempat berobatnya saya catat: igd.\n"), said


@pytest.mark.parametrize(("who", "told", "asked"), [
    ("penumpang sy", "JKK melindungi pekerja yang terdaftar, bukan penumpang atau pelanggannya.",
     "Siapa yang mengalami kecelakaan?"),
    ("sy sama penumpang", "Baik, laporan ini untuk Anda. JKK tidak melindungi penumpang atau pelanggan",
     "Ketik NIK Anda (16 angka di KTP atau KK)."),
])
def test_a_passenger_named_at_who_was_hurt_is_told_the_cover_is_the_workers(who: str, told: str, asked: str) -> None:
    """"penumpang sy" at "Siapa yang mengalami kecelakaan?" began a new report by the writer, hurt himself ("Yang
    mengalami: Anda sendiri"): JKK is the worker's; the worker hurt too is the worker's own report."""
    said = _replies("halo", "4", who)[-1]
    assert said.startswith(told) and said.endswith(asked), said


def test_a_claim_without_a_paper_asked_is_told_it_can_be_recorded_first() -> None:
    """"ktp istri sy blm ada, bisa klaim?" showed one's claims (none): the paper, and that the claim waits for it."""
    state, said = first_reply("ktp istri sy blm ada, bisa klaim?")
    assert said.startswith("e-KTP yang hilang atau rusak diurus penggantinya di Disdukcapil. Klaimnya tetap bisa "
                           "dicatat dulu tanpa dokumen itu"), (state, said)
    assert first_reply("klaim sy blm ada kabar")[0] == "claims.loading"


def test_no_ktp_yet_after_a_move_is_told_a_proposal_needs_only_the_nik() -> None:
    """"sy belum punya ktp, baru pindah" was told that a lost e-KTP is replaced at Disdukcapil and that "the claim" can be
    recorded without it (there was none): a proposal needs only the NIK."""
    assert first_reply("sy belum punya ktp, baru pindah")[1].startswith("Tanpa e-KTP pun bisa diusulkan")


@pytest.mark.parametrize("message", ["sy kena setrum pas benerin listrik di rumah pelanggan",
                                     "suami sy tersetrum pas kerja di proyek"])
def test_an_electric_shock_at_work_starts_a_report(message: str) -> None:
    """"sy kena setrum pas benerin listrik di rumah pelanggan" was not understood ("kesetrum" was)."""
    state, said = first_reply(message)
    assert state == "accident.confirm" and f"• Kejadian: {message}\n" in said, said


@pytest.mark.parametrize("message", ["ini penipuan ya?", "ini bot penipuan bukan", "is this a scam?"])
def test_this_chat_asked_to_be_a_scam_says_who_it_is(message: str) -> None:
    """"ini penipuan ya?" got "Hati-hati, itu ciri penipuan" (and a death claim offered), as if this chat were one: who it
    is and is not, and what it never asks; a message received and told of is still warned about."""
    assert first_reply(message)[1].startswith("Kawan Kerja bukan layanan resmi BPJS Ketenagakerjaan: saya asisten")
    assert first_reply("sy dpt sms ini penipuan ya?")[1].startswith("Hati-hati, itu ciri penipuan")


def test_a_residents_death_told_is_not_mourned_as_the_writers_family() -> None:
    """"ada warga meninggal", then "ya", opened the claim with "Kami turut berduka cita atas kepergian keluarga Anda"
    (found in make run): who claims is said, as for a neighbour's death, and the family is not named."""
    said = _replies("halo", "ada warga meninggal", "ya")
    assert "Santunannya diajukan keluarga yang ditinggalkan (ahli warisnya)" in said[1], said[1]
    assert "keluarga Anda" not in said[2] and said[2].endswith("Ketik NIK almarhum/almarhumah (16 angka di KTP atau KK)."), said[2]


@pytest.mark.parametrize("message", ["klaim jkm di kantor mana", "ngurus klaim di mana", "mengajukan klaim dimana"])
def test_where_a_claim_is_made_is_answered(message: str) -> None:
    """"klaim jkm di kantor mana" showed one's claims (none: "Belum ada klaim dari akun ini"): where a claim is made;
    "klaim sy dimana" is still one's own claims."""
    _state, said = first_reply(message)
    assert said.startswith("Klaim bisa dimulai di sini: saya catat") and "Lapak Asik" in said, said
    assert first_reply("klaim sy dimana")[0] == "claims.loading"


@pytest.mark.parametrize(("message", "state"), [
    ("pak rt, tetangga sy blm terdaftar, gmn caranya", "menu.next"),  # was the officers' sign-in
    ("bu rt, sy mau daftar", "menu.next"),
    ("ada warga meninggal", "switch.ask_claim"),  # was not understood
    ("pak rt 05, ada warga meninggal tadi pagi", "switch.ask_claim"),
])
def test_an_rt_head_addressed_is_not_the_writer(message: str, state: str) -> None:
    """"pak rt, tetangga sy blm terdaftar, gmn caranya" signed the writer in as an RT head (the lexicon's "ketua rt"):
    the RT head is addressed, and the rest is read; "ada warga meninggal" is a death told, as "ada yang meninggal" is."""
    assert first_reply(message)[0] == state
    assert first_reply("saya ketua rt")[0] == "officer.loading"


@pytest.mark.parametrize("message", ["sy mau tau nomor kpj sy", "mau tau nomor kpj", "ingin tahu nomor kpj saya"])
def test_ones_kpj_number_wanted_is_told_where_it_is_and_the_record_opened(message: str) -> None:
    """"sy mau tau nomor kpj sy" was told why reminders are sent ("tau nomor saya" read as "how do you know my number"),
    "mau tau nomor kpj" was not understood: where the number is written, and the record (which shows it) opened."""
    state, said = first_reply(message)
    assert state == "status.ask_nik" and said.startswith("Nomor KPJ ada di kartu peserta dan aplikasi JMO."), said
    assert first_reply("kok tau nomor saya")[1].startswith("Kawan Kerja mengirim pengingat")


@pytest.mark.parametrize("typed", ["ok", "sip", "siap pak", "iya"])
def test_an_acknowledgement_at_a_question_without_a_yes_asks_for_a_choice(typed: str) -> None:
    """"ok", "siap pak" at "Siapa yang mengalami kecelakaan?" were "Maaf, saya belum mengerti" (a miss, counted towards
    offering a person), and "sip" was thanked ("Sama-sama"): heard, and one of the answers asked for."""
    said = _replies("halo", "4", typed)[-1]
    assert said.startswith("Pilih salah satu jawaban di bawah. Ketik angka pilihan Anda") and "Siapa yang mengalami" in said
    # where the question reads typed text first (the treatment's facility), its own word: "sip" was thanked (make run)
    said = _replies(*ACCIDENT_AT_TRAFFIC, "ya", "lutut lecet", typed)[-1]
    assert said.startswith("Pilih salah satu, atau tulis nama rumah sakit atau kliniknya.") and "Di mana berobat?" in said


@pytest.mark.parametrize("story", ["sy jatuh dr motor pas antar penumpang", "i fell off my bike while taking a passenger"])
def test_a_passenger_carried_at_work_is_the_workers_own_accident(story: str) -> None:
    """"sy jatuh dr motor pas antar penumpang" at "Siapa yang mengalami kecelakaan?" was told that JKK does not cover
    passengers, and asked again: the passenger was the work, the writer the one who fell."""
    said = _replies("halo", "4", story)[-1]
    assert "bukan penumpang" not in said and "not its passengers" not in said, said
    assert said.startswith(("Dari pesan Anda, saya mencatat laporan kecelakaan kerja:\n• Yang mengalami: Anda sendiri",
                            "From your message, I noted a work accident report:\n• Who was hurt: you")), said


def test_a_paper_missing_under_the_figures_keeps_the_claim() -> None:
    """Tried in make run as a daughter: "ga punya buku nikah" under "Lanjut mencatat klaim …?" was its "Menu utama" (the
    "ga"), and the claim left unrecorded: what to do about the paper, and the question again."""
    said = _replies("halo", "ibu sy meninggal kemarin", "ya", "1571107009621816", "sakit", "ga punya buku nikah")[-1]
    assert said.startswith("Buku nikah yang hilang atau rusak") and said.endswith(
        "Lanjut mencatat klaim dan melihat daftar dokumen yang diperlukan?"), said


def test_the_deceased_not_working_said_under_the_figures_keeps_the_claim() -> None:
    """Tried as a son: "ga kerja, udah pensiun" under "Lanjut mencatat klaim …?" (telling why a fall at home is no work
    accident) was its "Menu utama" (the "ga"): the death benefit does not depend on the work, and the question again;
    "ga, nanti aja" is still a no."""
    said = _replies("halo", "ibu sy meninggal kemarin", "ya", "1571107009621816", "sakit", "ga kerja, udah pensiun")
    assert said[-1].startswith("Santunan kematian tidak bergantung pada pekerjaan saat meninggal: yang diperiksa adalah "
                               "kepesertaan almarhumah") and said[-1].endswith(
        "Lanjut mencatat klaim dan melihat daftar dokumen yang diperlukan?"), said[-1]
    said = _replies("halo", "ibu sy meninggal kemarin", "ya", "1571107009621816", "sakit", "ga, nanti aja")
    assert "Lanjut mencatat klaim" not in said[-1], said[-1]


@pytest.mark.parametrize(("message", "said"), [
    ("sy dirampok pas narik, hp sm motor diambil, kepala sy luka", True),
    ("ditabrak lari, motor ringsek, sy patah tangan", True),
    ("sy jatuh, helm pecah, motor rusak, kaki lecet", True),
    ("sy jatuh dari motor, kaki patah", False),  # the leg broken, not the motorbike
])
def test_belongings_ruined_with_an_accident_are_said_not_to_be_paid(message: str, said: bool) -> None:
    """A report begun with a motorbike wrecked or a phone taken ("ditabrak lari, motor ringsek, sy patah tangan") said
    nothing of them, as if they would be paid: the cover is for the hurt, before the report's summary."""
    state, text = first_reply(message)
    assert state == "accident.confirm", (state, text)
    assert ("bukan motor, HP atau barang yang rusak atau hilang" in text) is said, text
    assert text.index("Dari pesan Anda") > (text.find("bukan motor") if said else -1)


ACCIDENT_AT_TRAFFIC = ("halo", "sy kecelakaan pas kerja kemarin", "ya", "1571021003750005", "sore", "di pasar angso duo")
TRAFFIC_ASKED = "Apakah ini kecelakaan lalu lintas (di jalan, termasuk dalam perjalanan berangkat atau pulang kerja)?"


@pytest.mark.parametrize(("paper", "told"), [
    ("ga ada surat polisi", "Jika tidak ada surat polisi atau surat Jasa Raharja, keterangan dua orang saksi"),
    ("blm ada surat dokter", "Surat keterangan dokter atau resume medis diminta ke dokter"),
])
def test_a_paper_missing_at_the_traffic_question_is_no_answer_to_it(paper: str, told: str) -> None:
    """"ga ada surat polisi" at "Apakah ini kecelakaan lalu lintas?" was its no; "blm ada surat dokter" was noted as
    "Belum berobat" (its "blm" first), and the traffic question asked again with nothing said of the letter."""
    said = _replies(*ACCIDENT_AT_TRAFFIC, paper)[-1]
    assert said.startswith(told) and said.endswith(TRAFFIC_ASKED), said


@pytest.mark.parametrize("typed", ["ya kali", "iya kali", "kali ya", "masa iya", "ya bisa jadi", "ya gitu deh",
                                   "kayaknya iya", "mungkin"])
def test_a_yes_said_in_doubt_is_not_recorded_as_a_yes(typed: str) -> None:
    """"ya kali", "masa iya", "ya bisa jadi", "ya gitu deh" at "Apakah ini kecelakaan lalu lintas?" were recorded as a
    road accident (the "ya" in them); "kayaknya iya" and "mungkin" were "not understood". Each is said unsure."""
    said = _replies(*ACCIDENT_AT_TRAFFIC, typed)[-1]
    assert said.startswith("Tidak apa-apa kalau belum tahu. Pilih jawaban yang paling mendekati") and said.endswith(
        TRAFFIC_ASKED), said


@pytest.mark.parametrize("typed", ["yaiyalah", "ga, jatuh ke kali", "tidak, 2 kali jatuh"])
def test_a_sure_answer_beside_the_doubt_words_still_answers(typed: str) -> None:
    """"yaiyalah" (obviously yes) was not understood; "kali" as a river or a count is no doubt."""
    assert _replies(*ACCIDENT_AT_TRAFFIC, typed)[-1].startswith("Apa cederanya?")


@pytest.mark.parametrize(("typed", "noted"), [
    ("blm ada surat dokter", None),
    ("surat dokter blm keluar", None),
    ("sudah ke rs bhayangkara, surat dokter blm ada", "Berobat di: rs bhayangkara (mitra atau bukan"),
    ("blm ke dokter, jd surat dokter blm ada", "Berobat di: Belum berobat"),
])
def test_a_doctors_letter_not_had_yet_tells_nothing_of_the_treatment(typed: str, noted: str | None) -> None:
    """At "Di mana berobat?", "blm ada surat dokter" was recorded "Belum berobat" and "surat dokter blm keluar" kept as
    the facility's name ("dokter" in it): the letter is asked of the doctor, and the question stays; a facility named
    beside the letter is kept without it."""
    said = _replies(*ACCIDENT_AT_TRAFFIC, "tidak", "kaki keseleo", typed)[-1]
    if noted is None:
        assert said.startswith("Surat keterangan dokter atau resume medis diminta") and "Di mana berobat?" in said, said
    else:
        assert noted in said, said


def test_a_wife_answering_the_relation_hears_nothing_of_other_wives() -> None:
    said = _replies("halo", "mau klaim jkm", "1571021003750005", "kemarin", "sakit", "istrinya")[-1]
    assert "lebih dari satu" not in said and said.startswith("Istri atau suami perlu buku nikah."), said


@pytest.mark.parametrize("message", ["sy ojol kena tabrak lari td pagi, lecet aja, bisa klaim ga",
                                     "sy jatuh dari motor pas ngojek tadi, bisa klaim?",
                                     "kaki sy patah jatuh dr tangga pas kerja, bs klaim jkk gak"])
def test_an_accident_told_with_can_i_claim_is_answered_before_the_report_is_offered(message: str) -> None:
    """"…, bisa klaim?" after an accident at work was only asked whether to report it (a death's was answered)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim", (state, said)
    assert "Kecelakaan saat bekerja, atau di jalan berangkat dan pulang kerja, ditanggung JKK jika terdaftar aktif" \
        in said and said.endswith("Apakah Anda ingin melapor kecelakaan kerja sekarang?"), said


@pytest.mark.parametrize("message", ["bapak sy meninggal kemarin, bisa klaim ga", "suami meninggal krn sakit, bs klaim gak"])
def test_a_death_told_with_can_we_claim_without_a_question_mark_is_answered(message: str) -> None:
    """"…, bisa klaim ga" is a question without its mark: was only asked whether to claim ("…, bisa klaim?" was
    answered)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "\nBisa, jika almarhum terdaftar aktif pada tanggal meninggal" in said, said


@pytest.mark.parametrize(("message", "first"), [
    ("kok di jmo ga muncul kepesertaan sy", "Kepesertaan baru biasanya muncul di aplikasi JMO paling lambat 7 hari"),
    ("di aplikasi jmo kok blm ada kartu sy", "Kepesertaan baru biasanya muncul di aplikasi JMO paling lambat 7 hari"),
    ("bpjs sy yg bayar pemkot kan? kok di jmo ga muncul",
     "Ya, dalam program ini iurannya dibayar pemerintah daerah. Kepesertaan baru biasanya muncul di aplikasi JMO"),
])
def test_cover_not_shown_in_the_jmo_app_is_answered(message: str, first: str) -> None:
    """Cover not shown in JMO was told how to recover a JMO password; with "yg bayar pemkot kan?", who pays, and JMO
    unanswered. FACTS.md §1: the card within 7 days of the first payment, digital in JMO."""
    _state, said = first_reply(message)
    assert said.startswith(first) and "hubungi Contact Center 175" in said, said
    assert first_reply("jmo sy ga bisa login")[1].startswith("Saya tidak bisa membuka atau memperbaiki akun aplikasi JMO")


def test_a_nik_or_kpj_sent_at_a_claims_choice_is_answered() -> None:
    """A NIK sent again at a claim's yes-or-no question (in case it was lost), another NIK, or the KPJ (which no claim
    asks) were "not understood"."""
    said = _replies("halo", "tangan sy kejepit mesin giling pas kerja di pabrik tahu kemarin siang", "ya",
                    "1571022205900001", "1571022205900001", "1571024701850002", "123 4567 8901", "nik salah")
    traffic = "Apakah ini kecelakaan lalu lintas"
    assert said[3].endswith(f"{traffic} (di jalan, termasuk dalam perjalanan berangkat atau pulang kerja)?"), said[3]
    assert said[4].startswith(f"NIK itu sudah tercatat.\n\n{traffic}"), said[4]
    assert said[5].startswith(f"NIK itu berbeda dari yang sudah dicatat. Jika yang tadi salah, ketik \"nik salah\".\n\n"
                              f"{traffic}"), said[5]
    assert said[6].startswith(f"Nomor KPJ tidak diperlukan di sini: kepesertaan dicek dengan NIK.\n\n{traffic}"), said[6]
    assert said[7].startswith("Ketik NIK Anda"), said[7]
    death = _replies("halo", "mau klaim jkm", "1571021003750005", "kemarin", "1571021003750005")[-1]
    assert death.startswith("NIK itu sudah tercatat.\n\nApa penyebab meninggalnya?"), death


@pytest.mark.parametrize("wrong", ["wrong nik", "the nik is wrong"])
def test_a_nik_said_wrong_in_english_at_the_accidents_time_asks_it_again(wrong: str) -> None:
    """"wrong nik" at the time of day was "Choose one"; "nik salah" at the day or the hour was "not understood"."""
    said = _replies("hello", "i had an accident at work yesterday, my hand got caught in a machine at the factory",
                    "yes", "1571022205900001", wrong)
    assert said[-1].startswith("Type your NIK"), said[-1]
    assert _replies("halo", "sy kecelakaan kerja", "ya", "1", "1571022205900001", "nik salah")[-1].startswith(
        "Ketik NIK Anda")


@pytest.mark.parametrize(("messages", "asked_next"), [
    (("halo", "sy kecelakaan kerja", "ya", "1", "1571022205900001", "kemarin", "16.00"), "Di mana kecelakaannya"),
    (("halo", "sy kecelakaan kerja", "ya", "1", "1571022205900001", "kemarin", "kurang lebih jam 4 sore"),
     "Di mana kecelakaannya"),
    (("hello", "i had an accident at work yesterday, my hand got caught in a machine at the factory", "yes",
      "1571022205900001", "around 4pm"), "Where did the accident happen"),
])
def test_an_hour_typed_bare_or_hedged_at_the_accidents_time_is_that_hour(messages: tuple[str, ...], asked_next: str
                                                                          ) -> None:
    """Tried as a user: "16.00" after "kemarin" was read as today at 16:00 and refused ("Tanggal kecelakaan tidak boleh di
    masa depan"); "around 4pm" was "Choose one, or write the time"."""
    said = _replies(*messages)[-1]
    assert asked_next in said, said
    assert "masa depan" not in said and "write the time" not in said, said


@pytest.mark.parametrize(("messages", "line"), [
    (("halo", "sy kecelakaan kerja", "ya", "1", "1571022205900001", "kemarin jam 4 sore", "di pasar",
      "jatuh dari motor pas antar barang", "ya", "tangan lecet", "1", "berobatnya di puskesmas"), "Berobat di: puskesmas"),
    (("hello", "i had an accident at work yesterday, my hand got caught in a machine at the factory", "yes",
      "1571022205900001", "around 4pm", "at the factory", "2", "my hand is swollen", "1", "went to a clinic"),
     "Treated at: clinic"),
])
def test_where_the_worker_was_treated_said_at_the_summary_changes_it(messages: tuple[str, ...], line: str) -> None:
    """Tried as a user: "berobatnya di puskesmas" at the report's summary (read as BPJS Kesehatan's question) and "went to
    a clinic" were "not understood", and only "Ulangi dari awal" could change where the worker was treated."""
    said = _replies(*messages)[-1]
    assert line in said and said.startswith(("Baik, saya catat.", "OK, noted.")), said


@pytest.mark.parametrize("message", ["ibu saya meninggal, dapat santunan ga", "mak ambo meninggal, dapat santunan dak"])
def test_whether_the_family_gets_it_asked_without_a_question_mark_is_answered(message: str) -> None:
    """"…, dapat santunan ga" was only asked whether to claim now; "mak" (mother, in Jambi) was no one's: no condolence,
    and the JKM page for "mak saya meninggal, dapat santunan ga"."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim", (state, said)
    assert said.startswith("Turut berduka cita atas kepergian keluarga Anda.\nBisa, jika almarhumah terdaftar aktif"), said
    assert "Hubungan Anda: Anak" in _replies("halo", "mak saya meninggal kemarin")[-1]


@pytest.mark.parametrize(("pointed", "next_said"), [
    ("yg istri", "Istri atau suami perlu buku nikah."), ("saya yang anak", "Jika Anda anak angkat"),
    ("aku yg adiknya", "Apakah almarhum meninggalkan istri/suami atau anak yang masih hidup?"),
])
def test_ones_own_relation_pointed_at_is_taken(pointed: str, next_said: str) -> None:
    """Found in make run: "yg istri" at "Apa hubungan Anda dengan almarhum?" was told to write one's own relation."""
    said = _replies("halo", "5", "1571111410704449", "kemarin", "1", pointed)[-1]
    assert next_said in said and "Tulis hubungan" not in said, said
    assert _replies("halo", "5", "1571111410704449", "kemarin", "1", "yg anak2 gimana")[-1].startswith(
        "Tulis hubungan Anda sendiri")  # the children, asked after this


@pytest.mark.parametrize(("message", "state"), [
    ("manfaat jkk", "benefits.jkk"), ("manfat jkk", "benefits.jkk"), ("manfaat jkm", "benefits.jkm"),
    ("manfaat jkk & jkm", "benefits.menu"), ("manfaat", "benefits.menu"), ("2", "benefits.menu"),
])
def test_the_benefits_entry_named_with_one_programme_opens_that_programme(message: str, state: str) -> None:
    """"manfaat jkk" named the main menu's "Manfaat JKK & JKM" by its label and got the menu asking which programme."""
    assert first_reply(message)[0] == state


@pytest.mark.parametrize("unsure", ["ga tau", "belum tau"])
def test_not_knowing_the_childrens_count_in_the_calculator_is_answered(unsure: str) -> None:
    """"ga tau" at the calculator's children question was told to type a number, as a typo is."""
    said = _replies("halo", "3", "2", "1", unsure)[-1]
    assert said.startswith("Jika belum tahu, ketik 0: uang tunainya tetap sama, hanya beasiswanya yang tidak dihitung."
                           "\n\nBerapa anak yang sedang atau akan bersekolah?"), said


@pytest.mark.parametrize(("messages", "asked"), [
    (("halo", "hitung santunan", "yg kerja"), "Yang mana: Meninggal saat kerja (1) atau Cedera saat kerja (3)?"),
    (("hello", "calculate benefit", "the work one"), "Which one: Died at work (1) or Injured at work (3)?"),
])
def test_an_answer_two_choices_share_is_asked_which_it_means(messages: tuple[str, ...], asked: str) -> None:
    """"yg kerja" at the calculator's first question, where two choices end "saat kerja", was "not understood"."""
    said = _replies(*messages)[-1]
    assert said.startswith(asked + "\n\n"), said
    follow = _replies(*messages, "3")[-1]
    assert "penghasilan" in follow or "income" in follow, follow  # the number then picks the injury


def test_only_a_short_answer_shared_by_several_choices_is_in_doubt() -> None:
    options = (Option("a", "Meninggal saat kerja", goto="x"), Option("b", "Meninggal biasa", goto="x"),
               Option("c", "Cedera saat kerja", goto="x"))
    labels = tuple(str(option.label) for option in options)
    assert options_in_doubt("yg kerja aja", options, labels) == (0, 2)
    assert options_in_doubt("saat kerja", options, labels) == (0, 2)
    assert options_in_doubt("cedera", options, labels) == ()  # one choice: taken as it is elsewhere
    assert options_in_doubt("kerja 2", options, labels) == ()  # a number is an answer of its own
    assert options_in_doubt("yang", options, labels) == ()  # nothing named
    assert options_in_doubt("saya tidak tahu kerja", options, labels) == ()  # a sentence, not a pick


def test_a_benefit_asked_of_the_writers_kin_by_name_is_met_with_condolence() -> None:
    """"mau tanya santunan kematian ibu sy": the benefit of the writer's mother's death, asked whether to claim without a
    word of condolence ("kematian" after "santunan" names the benefit, so no death was read). Asked of a death to come,
    none."""
    said = first_reply("assalamualaikum, mau tanya santunan kematian ibu sy")[1]
    assert said.startswith("Waalaikumsalam.\n\nTurut berduka cita atas kepergian keluarga Anda.\nApakah Anda ingin "
                           "mengurus klaim santunan kematian sekarang?"), said
    assert "berduka" not in first_reply("santunan kematian ibu sy brp ya kalau nanti meninggal")[1]


@pytest.mark.parametrize(("month", "day", "recorded"), [("bulan lalu", "sekitar tgl 20an", dt.date(2026, 10, 20)),
                                                        ("akhir oktober", "tgl 28", dt.date(2026, 10, 28)),
                                                        ("bulan lalu", "5 november", dt.date(2026, 11, 5))])
def test_a_day_typed_after_its_month_is_read_in_that_month(month: str, day: str, recorded: dt.date) -> None:
    """"bulan lalu" at a death claim's date was asked the day; "sekitar tgl 20an" typed next became the 20th of this
    month, in a record of a death (an RT head's report, found trying it as a user). The month said is kept, the day
    read in it, and marked an estimate when hedged; a whole date typed instead is that date."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "mau klaim jkm", "1571021003750005", month):
        step = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START)
        conversation = step.conversation
    asked = step.replies[0].text
    assert asked.startswith("Kira-kira tanggal berapa di bulan Oktober 2026? Tulis angkanya saja"), asked
    conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=day), START).conversation
    assert conversation.state == "death.ask_cause" and conversation.draft["died_on"] == recorded.isoformat()
    assert conversation.draft["died_on_rough"] is ("sekitar" in day)


@pytest.mark.parametrize(("message", "noted"), [
    ("sy tukang bangunan jatuh dr perancah lantai 2 minggu lalu, tangan retak", "Waktu: sekitar 16 November 2026"),
    ("sy jatuh 2 minggu lalu pas kerja, tangan retak", "Waktu: sekitar 9 November 2026"),
])
def test_a_number_numbering_a_floor_is_no_count_of_weeks(message: str, noted: str) -> None:
    """"jatuh dr perancah lantai 2 minggu lalu" (the second floor, last week) was noted as two weeks ago."""
    state, said = first_reply(message)
    assert state == "accident.confirm" and noted in said, said


def test_a_child_at_school_told_under_the_figures_without_the_word_child_is_read() -> None:
    """"ada 1 masih sma" under a death claim's figures was "not understood": children were read there only when named
    ("anak"), so that "kecelakaan kerja" is not children at work. A school named tells of one too."""
    widow = _replies("halo", "suami sy meninggal tgl 15 kemarin krn sakit jantung", "ya", "1571021003750005", "tidak",
                     "ada 1 masih sma")[-1]
    assert widow.startswith("Baik, saya catat.") and "beasiswa untuk paling banyak 2 anak" in widow, widow
    child = _replies("halo", "bapak sy meninggal tgl 15 kemarin krn sakit jantung", "ya", "1571021003750005",
                     "ada 1 masih sma")[-1]
    assert child.startswith("Itu sudah diperhitungkan dalam perkiraan di atas."), child


@pytest.mark.parametrize(("first", "answers", "field", "recorded"), [
    ("bapak sy meninggal bulan lalu, mau klaim", ("ya", "1571021003750005", "tgl 20an kayaknya"), "died_on",
     "2026-10-20"),
    ("sy jatuh pas kerja bulan lalu, tangan patah", ("ya", "1571022205900001", "tgl 20"), "happened_on", "2026-10-20"),
])
def test_a_month_told_in_the_first_message_reads_the_day_typed_later(first: str, answers: tuple[str, ...], field: str,
                                                                      recorded: str) -> None:
    """"bapak sy meninggal bulan lalu", then "tgl 20an kayaknya" at the date question (found in make run): recorded as
    the 20th of this month. The month told first is kept for the day typed later."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", first, *answers):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert conversation.draft[field] == recorded, conversation.draft


def test_a_paper_answered_before_the_claim_is_not_answered_again_when_it_starts() -> None:
    """Found in make run: "bapak sy meninggal bulan lalu, kpj nya hilang, bisa klaim ga", then "ya": the claim opened
    with where the KPJ number is found, after the ask had answered the lost card."""
    said = _replies("halo", "bapak sy meninggal bulan lalu, kpj nya hilang, bisa klaim ga", "ya")
    assert "Kartu peserta yang hilang tidak menghalangi klaim" in said[1], said[1]
    assert said[2].startswith("Saya bantu langkah demi langkah") and "Nomor KPJ" not in said[2], said[2]


@pytest.mark.parametrize(("message", "line"), [
    ("bapak sy meninggal bulan lalu, mau klaim", "• Meninggal: bulan Oktober 2026 (tanggalnya saya tanyakan)"),
    ("sy jatuh pas kerja bulan lalu, tangan patah", "• Waktu: bulan Oktober 2026 (tanggalnya saya tanyakan)"),
])
def test_a_month_told_in_the_first_message_is_shown_on_the_summary(message: str, line: str) -> None:
    """The month kept for the day typed later is shown among what was understood (it was not, as if unread)."""
    assert line in first_reply(message)[1]


@pytest.mark.parametrize(("day", "recorded", "rough"), [("the 20th", "2026-11-20", False), ("tgl 25an", "2026-10-25", True)])
def test_a_day_alone_at_the_date_question_is_read_as_people_write_it(day: str, recorded: str, rough: bool) -> None:
    """"the 20th" at a death claim's date was "I cannot read that date yet"; "tgl 25an" (about the 25th, not come yet
    this month) was read as a sure date."""
    engine = make_engine()
    conversation = engine.new_conversation("console", "u1")
    for text in ("halo", "mau klaim jkm", "1571021003750005", day):
        conversation = engine.step(conversation, Event(kind=EventKind.TEXT, text=text), START).conversation
    assert (conversation.draft["died_on"], conversation.draft["died_on_rough"]) == (recorded, rough), conversation.draft


def test_not_being_sure_is_a_hedge_not_a_no() -> None:
    """"ga yakin" at a death claim's children question was "not understood" (its "Tidak tahu" is what it says); "blm
    pasti" at an accident's injury question was noted as "belum berobat" (not yet treated)."""
    said = _replies("halo", "mau klaim jkm", "1571021003750005", "kemarin", "sakit", "istri", "ga yakin")[-1]
    assert "\nJika almarhum terdaftar aktif pada tanggal meninggal" in said, said
    said = _replies("halo", "sy kecelakaan kerja kemarin pagi", "ya", "1571022205900001", "di pasar angso duo",
                    "jatuh dari tangga", "blm pasti")[-1]
    assert "belum berobat" not in said and said.startswith("Di mana berobat?"), said


@pytest.mark.parametrize("none", ["sy ga ngerti", "terserah", "wkwk"])
def test_no_answer_at_a_date_question_is_told_what_is_asked(none: str) -> None:
    """Was "Tanggalnya belum bisa saya baca", as if a date had been mistyped."""
    said = _replies("halo", "5", "1571111410704449", none)[-1]
    assert said.startswith("Yang saya tanyakan tanggalnya: kapan itu terjadi, walau perkiraan."), said


@pytest.mark.parametrize(("wrong", "told"), [("45", "Tanggalnya belum bisa saya baca. Tulis misalnya"),
                                             ("ga tau", "Tidak apa-apa kalau tidak ingat pastinya: tulis perkiraannya")])
def test_a_wrong_answer_to_the_months_own_question_is_told_what_to_write(wrong: str, told: str) -> None:
    """After "bulan lalu" the day is asked in that month; a day it has not, or not knowing, gets what to write, the
    question kept."""
    said = _replies("halo", "mau klaim jkm", "1571021003750005", "bulan lalu", wrong)[-1]
    assert said.startswith(told) and said.endswith("Kapan almarhum meninggal? Misalnya: kemarin, 5 Mei, atau "
                                                   "05-05-2025."), said


def test_the_amount_asked_with_ones_own_lost_finger_is_answered_with_the_ask() -> None:
    """"jari sy putus 1 kena mesin potong, dapat brp" was asked whether to report it, the amount left unanswered (asked
    of anyone, "jari putus dapat berapa" gets the partial-disability line)."""
    state, said = first_reply("jari sy putus 1 kena mesin potong, dapat brp")
    assert state == "switch.ask_claim" and said.startswith(
        "Cacat sebagian karena kecelakaan kerja, misalnya kehilangan jari, dihitung dari persentase cacat"), said
    assert said.endswith("Apakah Anda ingin melaporkannya sekarang?"), said


@pytest.mark.parametrize(("page", "message", "answer"), [
    # Under a death's page, its "Klaim santunan" was taken from "klaim" in an accident's question: a death claim began,
    # with condolences.
    ("berapa santunan kematian", "syarat klaim kecelakaan kerja apa aja", "Dokumen klaim kecelakaan kerja (JKK):"),
    ("berapa santunan kematian", "mau klaim kecelakaan", "Siapa yang mengalami kecelakaan?"),
    ("berapa santunan kematian", "mau klaim, suami meninggal kecelakaan kerja", "Ketik NIK almarhum"),  # a death's
    # Under an accident's page, its "Lapor kecelakaan" was taken from "lapor" with a death told: an accident report.
    ("apa itu jkk", "mau lapor, bapak sy meninggal", "Kami turut berduka cita"),
    ("apa itu jkk", "lapor kematian", "Ketik NIK almarhum"),
    ("apa itu jkk", "syarat lapor kematian apa aja", "Dokumen klaim santunan kematian (JKM)"),
    ("apa itu jkk", "lapor", "Siapa yang mengalami kecelakaan?"),
])
def test_a_pages_claim_option_is_not_taken_for_the_other_benefits_claim(page: str, message: str, answer: str) -> None:
    said = _replies("halo", page, message)
    assert answer in said[2] and ("berduka" in said[2]) is ("meninggal" in message or "kematian" in message
                                                              and "syarat" not in message), said[2]


@pytest.mark.parametrize(("message", "where"), [("klaim kecelakaan gmn", "accident.who"), ("klaim jkm gimana", "death.ask_nik"),
                                               ("klaim jkm sy gimana, kok belum cair", "claims.loading")])
def test_how_a_claim_is_made_asked_with_the_how_last_starts_it(message: str, where: str) -> None:
    """"klaim kecelakaan gmn" listed one's claims ("Belum ada klaim dari akun ini"), as a claim filed, where "gmn cara
    klaim kecelakaan" starts the report; one awaited is still the list."""
    assert first_reply(message)[0] == where


@pytest.mark.parametrize(("greeting", "papers", "follow_up", "answer"), [
    ("halo", "dokumen apa aja buat klaim kematian", "kalau kecelakaan kerja?", "Dokumen klaim kecelakaan kerja (JKK):"),
    ("halo", "dokumen klaim jkk apa aja", "klo jkm?", "Dokumen klaim santunan kematian (JKM)"),
    ("hello", "what documents do i need for the death claim", "and for an accident?", "For a traffic accident, add"),
])
def test_the_other_claims_papers_asked_after_one_claims_are_shown(greeting: str, papers: str, follow_up: str,
                                                                  answer: str) -> None:
    """Were the other benefit's page (what it pays), or "Do you want to report it now?"."""
    said = _replies(greeting, papers, follow_up)
    assert answer in said[2], said[2]


def test_the_story_kept_ends_without_the_comma_before_a_nik_taken_out() -> None:
    """"…, skrg dirawat di rsud, nik nya 1571…" was recorded "Kejadian: … dirawat di rsud,"."""
    said = first_reply("suami sy kecelakaan kerja kemarin, skrg dirawat di rsud, nik nya 1571022205900001")[1]
    assert "• Kejadian: suami sy kecelakaan kerja kemarin, skrg dirawat di rsud\n" in said, said


@pytest.mark.parametrize(("message", "where"), [
    ("kecelakaan nya udah 6 bulan lalu, baru tau ada bpjs", "accident.confirm"),
    ("sy kecelakaan sudah seminggu yg lalu, masih bisa klaim?", "switch.ask_claim"),
    ("sy korban kecelakaan kerja 2 thn lalu, tangan cacat, blm pernah klaim", "accident.confirm"),  # never claimed
    ("kecelakaan bulan lalu, sudah lapor, klaimnya belum cair", "claims.loading"),  # filed: one's claims
])
def test_time_gone_by_since_an_accident_is_no_claim_filed(message: str, where: str) -> None:
    """"udah 6 bulan", "sudah seminggu" (how long ago) were read as a claim filed ("sudah"): the list of one's claims
    said there were none, and nothing of the late report."""
    assert first_reply(message)[0] == where


@pytest.mark.parametrize(("message", "answer"), [
    ("sy sudah 3 tahun jadi peserta, anak sy dapet beasiswa?", "Beasiswa untuk paling banyak 2 anak peserta"),  # was
    # someone else's status check
    ("beasiswa di bayar kapan", "Beasiswa untuk paling banyak 2 anak peserta"),  # was the contribution rates
    ("beasiswa dibayar kapan", "Beasiswa anak dibayar per tahun sekolah"),  # was the death benefit's payout rule
])
def test_the_scholarship_asked_about_is_answered_of_the_scholarship(message: str, answer: str) -> None:
    assert first_reply(message)[1].startswith(answer)


@pytest.mark.parametrize("message", ["kalau program pemkot berhenti gmn", "kalau pemkot stop bayar iuran, gmn"])
def test_the_citys_programme_ending_is_not_the_writer_leaving(message: str) -> None:
    """Was told how to quit ("Jika tetap ingin berhenti, …"): the city pays while its programme does, and what then."""
    assert first_reply(message)[1].startswith("Iurannya dibayar pemerintah kota selama programnya membiayai Anda")
    assert "Jika tetap ingin berhenti" in first_reply("sy mau berhenti dari program ini")[1]


@pytest.mark.parametrize("message", ["bisa pindah ke bpjs mandiri?", "sy mau pindah jadi peserta mandiri"])
def test_moving_to_paying_oneself_is_how_to_enrol(message: str) -> None:
    """Was not understood: the two ways of being covered, the city's and paying oneself."""
    assert first_reply(message)[0] == "status.how_to_enrol"


def test_the_amount_asked_after_the_story_is_not_the_story() -> None:
    """Found in make run: "Kejadian: sy jatuh dr tangga …, kaki keseleo, dapat brp?" in the report's summary."""
    said = _replies("halo", "sy jatuh dr tangga pas benerin atap rumah pelanggan tadi pagi, kaki keseleo, dapat brp?",
                    "ya")
    assert "• Kejadian: sy jatuh dr tangga pas benerin atap rumah pelanggan tadi pagi, kaki keseleo\n" in said[2], said[2]


@pytest.mark.parametrize(("message", "start"), [
    ("stres krn kecelakaan kerja kemarin", "accident."),
    ("sy janda, suami meninggal thn lalu", "death."),
    ("ktp suami, suami udah mati", "death."),
    ("mau bunuh diri aja, stres krn kerjaan", "menu.next"),
])
def test_a_strain_or_a_widowhood_told_with_an_event_keeps_its_journey(message: str, start: str) -> None:
    """The answers to a mind strained or a spouse lost give way to an accident or a death told with them, and a wish to
    end one's life keeps the crisis line first."""
    state, said = first_reply(message)
    assert state.startswith(start), (state, said)
    if start == "menu.next":
        assert said.startswith("Terima kasih sudah bercerita"), said


def test_a_spouse_who_died_too_is_not_the_writers_tie() -> None:
    """"almarhum ga punya anak, istri juga udah meninggal" recorded the writer as the spouse claiming, and the one who
    died as a woman ("Ketik NIK almarhumah"): the wife died too, so neither is known."""
    state, said = first_reply("almarhum ga punya anak, istri juga udah meninggal")
    assert state == "death.ask_nik" and "Ketik NIK almarhum/almarhumah" in said and "Istri atau suami" not in said, said
    state, said = first_reply("istri juga meninggal")  # no one died before it: the writer's wife
    assert "Hubungan Anda: Istri atau suami" in said, said


@pytest.mark.parametrize(("message", "start"), [
    ("boleh minta nomor admin", "handoff."),  # was the scam warning ("admin" its cue, for the fee)
    ("nomor admin nya berapa", "handoff."),  # was not understood
    ("ada yg ngaku admin minta biaya", "menu.next"),  # a caller's demand: the scam warning stays
    ("sy diminta biaya admin 500rb", "menu.next"),
])
def test_the_admins_number_is_a_person_asked_for_and_an_admin_fee_demanded_a_scam(message: str, start: str) -> None:
    state, said = first_reply(message)
    assert state.startswith(start), (state, said)
    assert ("penipuan" in said) is (start == "menu.next"), said


def test_a_couple_who_died_is_no_tie_of_the_writer() -> None:
    """"suami istri meninggal dua2nya" recorded the writer as the spouse claiming ("Ibu"): both died."""
    state, said = first_reply("suami istri meninggal dua2nya")
    assert state == "death.ask_nik" and "Ketik NIK almarhum/almarhumah" in said and "Ibu" not in said, said


def test_a_late_relatives_record_checked_is_someone_elses() -> None:
    """"cek bpjs bapak yg udah meninggal" was the JKM page: the father's record is checked, not the writer's."""
    state, said = first_reply("cek bpjs bapak yg udah meninggal")
    assert state == "status.ask_nik" and said.startswith("Ketik NIK yang ingin dicek"), (state, said)


def test_a_migrant_workers_death_starts_the_claim_with_where_it_is_handled() -> None:
    """"adik sy tkw meninggal di malaysia" began a claim as if the city's programme covered a migrant worker."""
    state, said = first_reply("adik sy tkw meninggal di malaysia")
    assert state.startswith("death.") and "pekerja migran (PMI/TKI)" in said and "kantor cabang" in said, (state, said)
    assert "pekerja migran" not in first_reply("bapak sy meninggal kemarin")[1]


@pytest.mark.parametrize("message", ["almarhum punya 2 istri, siapa yg berhak", "ada 2 istri, siapa yang dapat",
                                     "istrinya dua, gmn pembagiannya"])
def test_more_than_one_wife_told_is_answered(message: str) -> None:
    """The heirs' order alone does not say it: the branch settles each wife's right (the death claim's sentence)."""
    assert first_reply(message)[1].startswith("Jika almarhum beristri lebih dari satu, sampaikan di kantor cabang")
    assert "beristri lebih dari satu" not in first_reply("istri 2 anak 3 bisa daftar?")[1]  # a household to enrol


def test_whether_an_old_death_can_still_be_claimed_is_answered_on_the_page() -> None:
    """"meninggalnya tahun 2019, masih bisa?" got the JKM page alone, which does not say there is no deadline."""
    state, said = first_reply("meninggalnya tahun 2019, masih bisa?")
    assert state == "benefits.jkm" and said.startswith("Klaim JKM (kematian) tidak punya batas waktu"), (state, said)


@pytest.mark.parametrize("message", ["kena rampok pas antar paket dapet santunan?", "ojol dibegal ditanggung ga",
                                     "kena begal pas ngojek hp diambil"])
def test_a_robbery_asked_of_is_answered_that_things_are_not_paid_for(message: str) -> None:
    """What was taken unsaid: the death benefit's page came, and the JKK page that never said no."""
    state, said = first_reply(message)
    assert state == "menu.next"
    assert "bukan harta benda" in said and "Rp70.000.000" not in said


@pytest.mark.parametrize("message", ["ojol kena begal luka2 dpt ga", "dibegal pas narik malem",
                                     "lg ngojek kena begal, tangan disabet", "pas nganter orderan dibacok orang"])
def test_a_robbery_at_work_is_asked_whether_to_report_it(message: str) -> None:
    """All were not understood ("kena begal pas narik malem" is a report): a robbery or a stabbing, with the work it
    befell ("ngojek", "nganter orderan") or a blade's wound ("disabet"), which the report keeps as the injury (it was
    asked again, found in make run)."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "melapor kecelakaan kerja" in said
    if "disabet" in message:
        assert "• Cedera: tangan disabet" in _replies("halo", message, "ya")[-1]


@pytest.mark.parametrize("message", ["keracunan makanan di tempat kerja", "sy keracunan makanan di tempat kerja"])
def test_a_poisoning_at_work_is_asked_whether_to_report_it(message: str) -> None:
    """Was the JKK page: told, not asked whether it is covered. Whether it is a work accident the branch decides."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "melapor kecelakaan kerja" in said, (state, said)


def test_whether_a_poisoning_at_work_is_covered_is_the_jkk_page() -> None:
    assert first_reply("kalo keracunan di tempat kerja ditanggung?")[0] == "benefits.jkk"


@pytest.mark.parametrize("message", ["sy baru tau ada program ini dari tetangga", "sy denger ada program ini dari pak rt",
                                     "sy blm sadar kalo ada program ini", "sy ga tau kalo ada program ini"])
def test_a_programme_just_heard_of_is_told_what_it_is(message: str) -> None:
    """Was not understood: what it is, with the status check offered next."""
    state, said = first_reply(message)
    assert state == "menu.next" and "JKK (kecelakaan kerja" in said and "dibayar pemerintah kota" in said


@pytest.mark.parametrize("message", ["harus punya usaha?", "wajib punya usaha ga"])
def test_whether_one_must_own_a_business_is_told_whom_the_programme_is_for(message: str) -> None:
    """Was not understood: the programme is for informal workers who earn no wage."""
    state, said = first_reply(message)
    assert state == "menu.next" and "pekerja informal yang tidak menerima upah" in said


def test_what_a_work_reference_is_asked_by_one_with_no_employer_is_answered() -> None:
    """"referensi kerja itu apa, sy kan ojol ga ada perusahaan" got the answer for a former employer's cover."""
    state, said = first_reply("referensi kerja itu apa, sy kan ojol ga ada perusahaan")
    assert state == "menu.next" and "surat referensi kerja dan NPWP tidak ada dalam daftar dokumen klaim" in said


def test_an_old_address_on_the_deceaseds_ktp_is_answered() -> None:
    """"ktp almarhum masih alamat lama" was not understood."""
    state, said = first_reply("ktp almarhum masih alamat lama")
    assert state == "menu.next" and said.startswith("Alamat lama di KTP tidak menghalangi klaim dicatat di sini.")


@pytest.mark.parametrize(("message", "told"), [
    ("siapa yg bisa liat data sy", "Data Anda hanya dilihat petugas yang mengurus"),  # was a hand-off to a person
    ("who can see my data", "Data Anda hanya dilihat petugas yang mengurus"),  # was the JHT answer
    ("kenapa bot ini tau nama sy", "Saya hanya tahu yang Anda kirim di chat ini."),  # was the help page
])
def test_who_sees_ones_data_is_answered(message: str, told: str) -> None:
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith(told) and "UU PDP 27/2022" in said


@pytest.mark.parametrize(("message", "state", "told"), [
    # was asked whether to report one, with a get-well wish
    ("luka kecil aja perlu lapor?", "menu.next", "Ya. Pengobatan karena kecelakaan kerja ditanggung JKK, ringan atau berat."),
    # was the list of one's claims
    ("kecelakaannya 2 minggu lalu, blm lapor", "switch.ask_claim", "Kecelakaan ini sudah lewat dari 2×24 jam."),
    # was the JKK page
    ("kecelakaan taun lalu bisa diklaim ga", "menu.next", "Laporan yang terlambat tidak dengan sendirinya menghapus"),
])
def test_reporting_a_slight_late_or_last_years_accident_is_answered(message: str, state: str, told: str) -> None:
    reached, said = first_reply(message)
    assert reached == state and said.startswith(told), (reached, said)


def test_an_old_accident_told_claimed_already_is_not_told_to_report_it() -> None:
    """"tahun lalu sy jatuh dr motor, udah diklaim" was told to report it now ("Laporan yang terlambat …"): one's claims."""
    assert first_reply("tahun lalu sy jatuh dr motor, udah diklaim")[0] == "claims.loading"


@pytest.mark.parametrize("message", ["kpj di kartu sy beda", "nomor kpj di jmo beda sama di kartu"])
def test_a_kpj_that_differs_is_sent_to_the_branch(message: str) -> None:
    """Both were not understood."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Jika nomor KPJ Anda berbeda di kartu, di aplikasi JMO atau di sini")


def test_who_runs_the_bot_asked_in_english_is_answered() -> None:
    """"who runs this bot" was taken for a greeting: the menu."""
    state, said = first_reply("who runs this bot")
    assert state == "menu.next" and said.startswith("Kawan Kerja bukan layanan resmi BPJS Ketenagakerjaan"), said


def test_speaking_indonesian_asked_in_english_changes_the_language() -> None:
    """"i want to speak indonesian" was a hand-off to an officer."""
    engine = make_engine()
    step = engine.step(engine.new_conversation("console", "u1"),
                       Event(kind=EventKind.TEXT, text="i want to speak indonesian"), START)
    assert step.conversation.locale == "id" and step.replies[0].text.startswith("Bahasa diganti ke Bahasa Indonesia.")


def test_ones_jobs_told_start_no_report() -> None:
    """"sy kerja di 2 tempat, ojol sama jualan" started a work-accident report: jobs told, nothing befell."""
    assert first_reply("sy kerja di 2 tempat, ojol sama jualan")[0] != "accident.confirm"
    assert first_reply("sy ojol kemarin kecelakaan")[0] == "accident.confirm"  # an accident told still is one


@pytest.mark.parametrize("message", ["sy kerja di 2 tempat, ojol sama jualan", "kerja di bengkel",
                                     "saya kerja jadi kurir dan juga jualan"])
def test_ones_jobs_told_in_more_words_get_whom_the_programme_is_for(message: str) -> None:
    """Not understood: told like "sy satpam perumahan", they are answered as it is."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Program kota ini untuk pekerja rentan"), said


def test_a_bank_book_in_a_childs_name_told_at_the_menu_is_the_accounts_answer() -> None:
    """"buku tabungan sy atas nama anak" got JHT's savings answer; the checklist's own answer says the same."""
    state, said = first_reply("buku tabungan sy atas nama anak")
    assert state == "menu.next" and said.startswith("Santunan kematian dibayar ke rekening ahli waris") and "JHT" not in said


@pytest.mark.parametrize("message", ["ayah meninggal krn stroke ada santunannya ga", "suami meninggal krn sakit jantung, ada santunan?",
                                     "istri sy meninggal tadi pagi ada asuransinya gak",
                                     "ibu meninggal, ada santunan dr bpjs ga ya"])
def test_whether_anything_is_paid_after_a_death_is_answered_before_a_claim(message: str) -> None:
    """"ada santunannya ga" without its "?" began a death claim, the question unanswered; with it, and "ada santunan?",
    the heir was only asked whether to claim. A death by illness is paid too: said, then asked."""
    state, said = first_reply(message)
    assert state == "switch.ask_claim" and "Rp42.000.000" in said, said
    assert first_reply("suami sy meninggal kemarin, sy mau urus santunannya")[0] == "death.confirm"  # a claim begun still


@pytest.mark.parametrize("message", ["who pays for my membership", "who pays my bpjs"])
def test_who_pays_asked_in_english_is_answered(message: str) -> None:
    """Asked for the NIK, as if the status check had been chosen ("pays" reads "pas", "membership" "peserta")."""
    said = _replies("hello", message)[1]
    assert said.startswith("For vulnerable workers enrolled by the local government, the contribution"), said
    assert first_reply("siapa yg bayar kepesertaan sy")[1].startswith("Untuk pekerja rentan yang didaftarkan"), message


@pytest.mark.parametrize("message", ["ketua rt nya siapa", "siapa ketua rt sy", "gimana tau ketua rt sy siapa"])
def test_who_ones_rt_head_is_asked_is_answered(message: str) -> None:
    """"ketua rt nya siapa" got the JKM page, "gimana tau ketua rt sy siapa" JHT's answer: the bot has no list of them."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Saya tidak punya daftar ketua RT. Tanyakan ke tetangga"), said
    assert _replies("hello", "who is my rt head")[1].startswith("I have no list of RT heads."), message


@pytest.mark.parametrize(("message", "state", "story"), [
    ("sy mau lapor kecelakaan tp bukan sy yg kena, tetangga", "accident.ask_nik", None),  # was the story itself
    ("mau lapor kecelakaan, bukan saya yang jatuh tapi suami, jatuh dr motor pas narik", "accident.confirm",
     "• Kejadian: jatuh dr motor pas narik\n"),
    ("bukan sy yg kena tp teman sy, kakinya patah kena mesin di pabrik", "accident.confirm",
     "• Kejadian: kakinya patah kena mesin di pabrik\n"),
])
def test_whose_accident_said_as_not_ones_own_is_no_part_of_the_story(message: str, state: str, story: str | None) -> None:
    """"…tp bukan sy yg kena, tetangga" was recorded as what happened ("Kejadian: tp bukan sy yg kena, tetangga"). Only who
    it befell, told: that worker's NIK is asked next, as after "Keluarga/orang lain"."""
    landed, said = first_reply(message)
    assert landed == state, said
    assert (story in said) if story else said.startswith("Ketik NIK pekerja yang mengalami kecelakaan"), said


@pytest.mark.parametrize("message", ["sy mau klaim kematian suami, tp sy istri kedua", "suami meninggal kemarin, kami nikah siri"])
def test_a_claim_begun_by_an_heir_whose_standing_the_branch_settles_says_so(message: str) -> None:
    """Began as the widow's claim with nothing said; asked ("…, bisa klaim?") the same tie was told the branch settles it."""
    state, said = first_reply(message)
    assert state == "death.confirm" and "istri kedua, anak angkat, anak tiri atau anak di luar nikah, kantor cabang" in said, said
    assert "kantor cabang BPJS Ketenagakerjaan yang memastikan" not in first_reply("suami sy meninggal kemarin")[1]


@pytest.mark.parametrize("message", ["anak sy msh kecil, santunannya gmn", "anak sy belum sekolah, beasiswanya gimana"])
def test_what_a_young_child_of_the_deceased_gets_is_answered(message: str) -> None:
    """Were not understood (at a death claim's checklist too): the benefit goes to the heir claiming, the scholarship
    (FACTS.md §4) comes when the child starts school."""
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Anak yang masih kecil tidak mengurangi santunan kematian"), said
    assert "anak yang belum sekolah mendapatkannya saat mulai sekolah" in said
    assert not first_reply("anak sy kecil jatuh, dapat santunan?")[1].startswith("Anak yang masih kecil")


@pytest.mark.parametrize("message", ["sy jatuh cinta sama program ini wkwk",  # began an accident report
                                     "sy cinta program ini", "program ini bagus bgt wkwk",  # the enrolment answer
                                     "botnya keren bgt min", "terbantu bgt sama bot ini"])  # the hand-off, the enrolment
def test_praise_alone_is_thanked(message: str) -> None:
    state, said = first_reply(message)
    assert state == "menu.next" and said.startswith("Terima kasih, senang bisa membantu."), said


@pytest.mark.parametrize("message", ["sy ga suka program ini", "ini program bantuan?",
                                     "program ini bagus, gimana cara daftar"])
def test_more_than_praise_is_not_only_thanked(message: str) -> None:
    assert "senang bisa membantu" not in first_reply(message)[1]


def test_praise_in_english_is_thanked_in_english() -> None:
    said = _replies("hello", "i love this bot")[1]
    assert said.startswith("Thank you, glad to help."), said


def test_someone_elses_accident_helped_with_is_reported_as_someone_elses() -> None:
    """"…, sy bantu bawa ke rs" was recorded with the writer as the one hurt ("Semoga lekas sembuh")."""
    said = _replies("kemarin ada yg kecelakaan depan pangkalan, sy bantu bawa ke rs", "ya")
    assert "Semoga lekas sembuh" not in said[0]
    assert "Yang mengalami: keluarga atau orang lain" in said[1], said[1]


@pytest.mark.parametrize(("path", "answer"), [
    (("1",), "kk nya ada"),  # the status check's NIK question
    (("5",), "kk nya ada"),  # a death claim's: each was told only that a NIK is needed
    (("5",), "adanya kk"),
])
def test_the_family_card_at_hand_where_a_nik_is_asked_is_told_where_the_nik_is(path: tuple[str, ...],
                                                                                answer: str) -> None:
    said = _replies(*path, answer)[-1]
    assert said.startswith("NIK tertulis di Kartu Keluarga, di baris nama orangnya"), said


@pytest.mark.parametrize("injury", ["bibir sobek", "dagu luka", "pipi memar"])
def test_an_injury_to_the_face_told_early_is_kept(injury: str) -> None:
    """"bibir sobek" at whether it was on the road was "Maaf, saya belum mengerti" (found in make run): the lips, the
    chin and the cheeks were no part of the body."""
    step = _step_after((*_AT_THE_STORY, "dipukul penumpang pas narik"), "accident.ask_traffic", injury)
    assert step.conversation.draft["injury"] == injury, step.replies[0].text
