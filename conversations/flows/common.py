"""Labels and options shared by several flows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection
from typing import Any

from pydantic import BaseModel, ConfigDict

from conversations.commands import IDENTIFIER, NEGATIONS, asks_what_it_means, is_unsure
from conversations.commands import normalise as normalise_words
from conversations.domain.dates import day_in_month, impossible_day, month_said, still_ahead_this_year
from conversations.domain.nominations import Role
from conversations.flow import Ctx, Goto, Option, Outcome, Retry
from conversations.i18n import LazyText, _, format_date, format_month, lazy_gettext
from conversations.model import Conversation, OfficerView
from conversations.nlu.entities import When, phones_in, read_when, tells_day, vague_date
from conversations.nlu.normalise import normalise_message

HOME = "menu.main"
NEXT = "menu.next"
"""After an answer: two or three likely next steps and "Menu", not the whole menu again."""
DONE = "menu.done"
"""Said goodbye to "Ada lagi yang bisa saya bantu?": a greeting there is a new start, the menu."""
OFFICER_HOME = "officer.home"
MEMO_SUBMITTED = "claim_submitted"
"""The benefit of the claim last submitted in this conversation: what "berapa lama prosesnya?" asks about next."""
MEMO_OFFICER = "officer"
"""The memo key of the officer this account is bound to: what the menus show. Every officer request is
checked again against the store's binding, so a stale memo shows a menu but grants nothing."""


def officer_of(conversation: Conversation) -> OfficerView | None:
    data = conversation.memo.get(MEMO_OFFICER)
    return OfficerView.model_validate(data) if data else None


def at_an_rt_heads_side(ctx: Ctx[Any]) -> bool:
    """This chat account is bound to an RT head: what they say of "the RT head" is of themself."""
    officer_view = officer_of(ctx.conversation)
    return officer_view is not None and officer_view.role == Role.RT_HEAD


def with_officer(conversation: Conversation, officer: OfficerView | None) -> Conversation:
    memo = {k: v for k, v in conversation.memo.items() if k != MEMO_OFFICER}
    if officer is not None:
        memo[MEMO_OFFICER] = officer.model_dump()
    return dataclasses.replace(conversation, memo=memo)

LABEL_MENU = lazy_gettext("Menu utama")


def to_menu() -> Option:
    return Option("menu", LABEL_MENU, goto=HOME)


LABEL_OFFICER_MENU = lazy_gettext("Menu petugas")
SIGN_IN_PHRASES = ("menu petugas", "masuk petugas", "login petugas", "petugas masuk", "officer menu", "officer login")
"""The officers' sign-in named in words: the main menu's aliases for it, and read as such wherever a message is taken
for asking a person (on an answer's next steps it was the hand-off's topic question)."""


def to_officer_menu() -> Option:
    return Option("officer", LABEL_OFFICER_MENU, goto=OFFICER_HOME)


LABEL_YES = lazy_gettext("Ya")
LABEL_NO = lazy_gettext("Tidak")
YES_WORDS = ("iya", "ya", "y", "yoi", "betul", "benar", "bener", "ok", "oke", "okeh", "okay", "sip", "siap", "yes",
             "yup", "yess", "iyo", "iye", "nggih", "inggih", "enggih", "leres", "ho oh", "hooh", "he eh", "yeah", "yea",
             "yep", "sure", "of course", "correct", "alright", "all right", "iyalah", "yaiyalah", "iyadong")
NO_WORDS = ("gak", "ga", "gk", "nggak", "enggak", "engga", "kagak", "tidak", "tdk", "ndak", "nda", "bukan", "no", "nope",
            "tak", "idak", "dak", "ora", "mboten", "henteu")
""""idak"/"dak" are Jambi Malay for no, "ora"/"mboten" Javanese, "henteu" Sundanese, "iye" Betawi and Malay for yes,
"enggih" Javanese, "leres" (right) Sundanese and Javanese; "yeah", "sure" and
"correct" how an English speaker says yes (they were "not understood"; "right" is left out: "right leg")."""
_YES_OR_NO_ALONE = frozenset({*YES_WORDS, *NO_WORDS, "belum", "blm", "sudah", "udah", "tidak ada", "ga ada", "gak ada"})


NO_ANSWER_WORDS = frozenset({"nanti", "ntar", "entar", "bentar", "sebentar", "tunggu", "tanya", "mengerti", "maksudnya",
                             "maksud", "apa", "terserah", "dengan", "wkwk", "wkwkwk", "haha", "hehe", "hmm", "hm",
                             "terimakasih", "bingung", "pusing", "gimana", "bagaimana", "ok", "oke", "whatever", "mean",
                             "lol", "wait", "later"})
"""Normalised words of a message that answers nothing: the question not understood ("sy ga ngerti", "maksudnya apa"),
indifference ("terserah"), a wait, laughter or thanks ("sama" reads "dengan", "makasih" "terimakasih"); in English too
("i don't understand", "what do you mean", "whatever")."""
DEFERRING = frozenset({"ingat", "cerita", "ceritain", "ceritakan", "ceritanya", "beritanya", "jelasin", "jelaskan",
                       "kabar", "kabari", "pikir", "mikir", "cari", "cek", "lihat", "liat"})
"""What one will do before answering, in a wait ("tunggu ya sy inget2 dulu", "nanti sy ceritain": each was written down
as the injury, the story). "ceritanya" reads as "beritanya" (the typo corrector's guess)."""
_NO_ANSWER_FILLER = frozenset({"saya", "aku", "tidak", "belum", "dulu", "ya", "saja", "sih", "nih", "kak", "min", "pak",
                               "bu", "deh", "dong", "do", "kamu", "you", "it"}) | DEFERRING


def answers_nothing(text: str) -> bool:
    """Whether a free answer (a place, a name, an address) is none, and would be written down as one ("Terserah" was
    proposed as a neighbour's name). A form's Retry lets the understanding answer a wait or thanks first."""
    words = set(normalise_message(text).tokens)
    return bool(words & NO_ANSWER_WORDS) and words <= NO_ANSWER_WORDS | _NO_ANSWER_FILLER


def yes_or_no_alone(text: str) -> bool:
    """A yes or a no said alone, where a place, a story or an address is asked: never the answer ("tidak" was
    written into an accident report as the place, and into a proposal as the neighbour's address)."""
    return text.lower().strip(" .,!") in _YES_OR_NO_ALONE



def answer_the_summary(ctx: Ctx[Any], text: str) -> Outcome:
    """At a claim's "Dari pesan Anda, saya mencatat… Benar?": neither yes nor no, and nothing the summary could
    take in (what adds to it is read first, by the understanding hook)."""
    return Retry(lazy_gettext("Jawab dulu: apakah catatan di atas benar? Yang belum tercatat akan saya tanyakan "
                              "sesudah ini."))


def yes_no(yes: Callable[[Ctx[Any]], Outcome], no: Callable[[Ctx[Any]], Outcome],
           yes_label: LazyText = LABEL_YES, no_label: LazyText = LABEL_NO, *,
           yes_hints: tuple[str, ...] = (), no_hints: tuple[str, ...] = (),
           reads: Callable[[Ctx[Any], str], Outcome | None] | None = None) -> tuple[Option, Option]:
    """`yes_hints`, `no_hints`: words that lean to yes or to no at this question in particular (see
    `Option.hints`); `reads`: what else a typed answer tells, read by either (see `Option.reads`)."""
    return (Option("yes", yes_label, then=yes, aliases=YES_WORDS, hints=yes_hints, reads=reads),
            Option("no", no_label, then=no, aliases=NO_WORDS, hints=no_hints, reads=reads))


class MenuDraft(BaseModel):
    """The menu's draft: which entries to suggest after an answer (ids of the main menu's entries)."""

    model_config = ConfigDict(extra="forbid")
    schema_version: int = 1
    suggest: tuple[str, ...] = ()


def next_steps(*suggest: str, say: tuple[object, ...] = ()) -> Goto:
    """An answer, then a short choice of what usually comes next."""
    return Goto(NEXT, draft=MenuDraft(suggest=suggest), say=tuple(str(s) for s in say))


_DATE_SHAPED = re.compile(r"^\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}\s*$")
"""Day, month and year, written as a date: a date that does not exist, when it was not read."""


_FORGOTTEN = re.compile(r"\b(?:lupa|ga\s*ingat|gak\s*ingat|nggak\s*ingat|tidak\s*ingat|ga\s*inget|gak\s*inget|"
                        r"nggak\s*inget|ga\s*tau|gatau|gak\s*tau|nggak\s*tau|tidak\s*tahu|ndak\s*tau|idak\s*tau|"
                        r"don'?t\s+remember|forgot|not\s+sure)\b", re.IGNORECASE)


NIK_NOTED = lazy_gettext("NIK itu sudah tercatat.")


def read_day(text: str, now: dt.datetime, month: dt.date | None) -> When | None:
    """An answer to a "Kapan …?" question: a day alone in the month said before it ("bulan lalu", then "tgl 20"), or
    else this month's, or last month's when it has not come yet ("the 20th", "tgl 25an": an estimate); or the text read
    as a date."""
    if month is not None:
        return day_in_month(text, month) or read_when(text, now)
    today = now.date()  # a day alone: this month's, or last month's when it has not come yet
    this_month = today.replace(day=1)
    day = day_in_month(text, this_month)
    if day is not None and day.date > today:
        day = day_in_month(text, (this_month - dt.timedelta(days=1)).replace(day=1))
    return day or read_when(text, now)


def day_asked_in_the_month(ctx: Ctx[Any], text: str, state: str) -> Goto | None:
    """A month said without its day at a date question ("bulan lalu", "akhir oktober"): the month kept in the draft (its
    `month_said`) and its day asked in it (the day typed next was read in the current month: "bulan lalu", then "tgl
    20", became this month's 20th)."""
    month = month_said(text, ctx.today)
    if month is None:
        return None
    return Goto(state, draft=ctx.draft.model_copy(update={"month_said": month}), say=(_(
        "Kira-kira tanggal berapa di bulan {month}? Tulis angkanya saja, walau perkiraan, misalnya 15.").format(
        month=format_month(month)),))


def why_not_a_date(text: str, noted_nik: str | None) -> str | None:
    """A number typed at a "Kapan …?" question (a NIK again, a KPJ), or a time without its day ("awal bulan kemarin"):
    was "Tanggalnya belum bisa saya baca", as if a date had been mistyped. The NIK the flow has noted already is said
    to be noted; another is said to be no date, and how to change the NIK; a time without its day asks for the day.
    None for anything else (the flow's own "not readable")."""
    if (asks_what_it_means(text) or answers_nothing(text)) and not re.search(r"\d", text):  # "maksudnya?", "sy ga
        # ngerti": were "not readable", as if a date
        return _("Yang saya tanyakan tanggalnya: kapan itu terjadi, walau perkiraan.")  # the question shows examples
    if (_FORGOTTEN.search(text) or is_unsure(text)) and not re.search(r"\d", text):  # "lupa tanggalnya", "kurang
        # tau": were "not readable"
        return _("Tidak apa-apa kalau tidak ingat pastinya: tulis perkiraannya, misalnya 15 Oktober, atau tanggal 5 bulan "
                 "lalu.")
    if vague_date(text):  # "kira2 pertengahan oktober": an estimate already, without its day
        return _("Kira-kira tanggal berapa? Tulis tanggalnya dengan angka, walau perkiraan, misalnya: 15 Oktober, atau "
                 "tanggal 5 bulan lalu.")
    if _DATE_SHAPED.match(text) or impossible_day(text):  # "32-13-2026" was told it was a number; "31 november" 31 Oct
        return _("Tanggal itu tidak ada. Periksa lagi hari dan bulannya, misalnya 05-05-2025.")
    if IDENTIFIER.search(text) is None:
        return None
    if noted_nik is not None and re.sub(r"\D", "", text) == noted_nik:
        return str(NIK_NOTED)
    return _("Itu nomor, bukan tanggal. Untuk mengganti NIK yang sudah diketik, ketik \"kembali\".")


CORRECTION_WORDS = 6
"""At most this many words for a day typed after its question to be taken as that day corrected: a longer message
tells more than a day."""


def day_told_again(text: str, now: dt.datetime) -> When | None:
    """A day typed at the question after the date's ("eh salah, 2 hari yg lalu", "rabu kemarin" at the time of day or
    the cause; "kemarin pagi" at the time): another day corrects the one just noted, the same one is noted already
    (both were "pick one", three times). None for a longer message, which tells more than a day, or no day."""
    if len(text.split()) > CORRECTION_WORDS or not tells_day(text, now):
        return None
    return read_when(text, now)


DAY_NOTED = lazy_gettext("Tanggalnya sudah saya catat.")
CORRECTED = lazy_gettext("Baik, sudah saya perbaiki.")
"""An earlier answer corrected at a later question with its right value: the question at hand follows."""


def named_wrong(text: str, names: Collection[str]) -> str | None:
    """Which of a form's earlier answers, by one of `names`, is said to be wrong at a later question ("eh nik nya
    salah", "tanggalnya salah, harusnya …", "ralat, jamnya …", "nik almarhum salah"): the name, in lower case; None
    when none is. Never a story's own "salah injak" or "salah langkah": the name comes first, or right after."""
    found = _named_wrong_pattern(frozenset(names)).search(text)
    return None if found is None else (found["a"] or found["b"]).lower()


_A_SLIP = r"(?:injak|langkah|pijak|jalan|arah|ambil|masuk|pencet|tekan|belok|gerak|potong)\b"
"""What follows "salah" in a story's slip ("jam 3 salah injak"), not a correction."""


@functools.lru_cache(maxsize=16)
def _named_wrong_pattern(names: frozenset[str]) -> re.Pattern[str]:
    either = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?P<a>{either})(?:nya)?\s+(?:\w+\s+)?(?:salah|keliru|wrong)\b(?!\s+{_A_SLIP})"
                      rf"|\b(?:salah|keliru|ralat|wrong)\s*[,:]?\s+(?:the\s+)?(?P<b>{either})(?:nya)?\b", re.IGNORECASE)


TOLD_WITH_THE_NIK = 6
"""Words of an answer to a claim's NIK question that may tell more than the NIK ("nik saya 1571…, kemarin sore jatuh
…"): read for the rest of the claim too."""


def day_changed(outcome: Outcome, day: dt.date | None, *, rough: bool = False) -> Outcome:
    """The date question's outcome for a corrected day, saying first the day it now is (`day`: None when the outcome says
    it itself)."""
    if not isinstance(outcome, Goto) or day is None:
        return outcome
    return dataclasses.replace(outcome, say=(_("Baik, tanggalnya saya ubah menjadi {date}.").format(
        date=format_date(day, rough=rough)), *outcome.say))


_NO_PHONE_TO_GIVE = NEGATIONS | frozenset({"belum", "lupa", "gatau", "gatahu", "hilang", "rusak", "mati", "no", "none"})


_OWN_NUMBER = re.compile(r"\b(?:no|nomor|nomer|nmr|hp|wa)\.?\s*(?:hp\s+|wa\s+)?(?:saya|sy|aku|ak|gw|gue)\b|"
                         r"\b(?:nomorku|nomerku|hpku)\b|\bmy\s+(?:number|phone)\b", re.IGNORECASE)
OWN_NUMBER_AS_DIGITS = lazy_gettext("Boleh. Tulis nomor HP Anda dengan angka, misalnya 0812 3456 7890.")


def own_number_offered(text: str) -> bool:
    """"pake no sy aja" where someone else's phone is asked: the writer's own, without its digits (was read as no phone
    to give, its "no")."""
    return not any(ch.isdigit() for ch in text) and _OWN_NUMBER.search(text) is not None


def phone_refused(text: str) -> LazyText:
    """A phone asked for and not read: words without a digit ("sakit" typed a question early at a death report's phone)
    were told the number was "not valid"."""
    if not any(ch.isdigit() for ch in text):
        return PHONE_AS_DIGITS
    if len(phones_in(text)) > 1:  # "081299990041 / 085266667777": was "not valid", both being valid
        return lazy_gettext("Tulis satu nomor HP saja, yang paling mudah dihubungi.")
    return lazy_gettext("Nomor HP itu tidak valid. Tulis nomor Indonesia, misalnya 0812 3456 7890.")


PHONE_AS_DIGITS = lazy_gettext("Yang saya perlukan di sini nomor HP, dengan angka, misalnya 0812 3456 7890.")


WHAT_NEXT = frozenset({"bagaimana", "cara", "maksudnya", "maksud", "ngapain", "lakukan", "dilakukan", "apa", "mana",
                    "selanjutnya", "berikutnya", "terus", "trus", "lalu", "then", "mean", "means", "kenapa"})
"""A word that makes the message ask what to do next, or what the message meant."""
WHAT_NEXT_FILLER = frozenset({"saya", "aku", "sy", "harus", "hrs", "musti", "mesti", "kudu", "perlu", "jadi", "yang", "ini", "itu",
                    "nya", "ya", "yah", "nih", "sih", "dong", "deh", "kok", "oh", "o", "gitu", "begitu", "ok", "oke",
                    "baik", "pak", "bu", "ibu", "bapak", "min", "kak", "mas", "mbak", "bang", "om", "tante", "ke",
                    "pesan", "pesannya", "tadi", "bisa", "tolong", "jelaskan", "jelasin", "info", "infonya", "should",
                    "do", "does", "this", "that", "now", "so", "the", "i", "what", "how", "next", "to", "tindakan",
                    "langkah", "langkahnya", "selanjutnya", "gimana", "apa", "sekarang", "skrg"})
"""Words that add nothing to what is asked next."""


def asks_what_next(words: Collection[str]) -> bool:
    """Only what to do next is asked ("gimana dong", "terus saya harus gimana"), in normalised words
    (conversations.nlu.normalise)."""
    return bool(WHAT_NEXT & set(words)) and set(words) <= WHAT_NEXT | WHAT_NEXT_FILLER


def no_phone_to_give(text: str) -> bool:
    """A phone not had, lost or not known ("ga punya hp", "gatau nomornya"), rather than a number mistyped: where a
    phone number is asked, it gets why the number is needed, not "not valid"."""
    return not any(ch.isdigit() for ch in text) and bool(_NO_PHONE_TO_GIVE & set(normalise_words(text).split()))


def not_yet_this_year(text: str, date: dt.date, today: dt.date) -> Retry | None:
    """A day typed without its year that is still ahead this year ("30 november" on 23 November): asked which year,
    not taken as last year's without a word."""
    ahead = still_ahead_this_year(text, date, today)
    if ahead is None:
        return None
    return Retry(_("{ahead} belum lewat. Jika yang dimaksud tahun lalu, tulis dengan tahunnya, misalnya {then}.").format(
        ahead=format_date(ahead), then=format_date(date)))
