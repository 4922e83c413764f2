"""Lapor kecelakaan kerja: who reports, the worker, when (told the truth about the deadlines), where, what
happened, traffic or not, the injury and the treatment; then a draft claim and its document checklist."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from conversations.commands import CORRECTING, NEGATIONS, QUESTION_WORDS, UNSURE_WORDS, is_question, says
from conversations.commands import normalise as normalise_words
from conversations.domain.claims import (
    Benefit,
    Timeliness,
    Treatment,
    accident_checklist,
    accident_timeliness,
)
from conversations.domain.dates import PART_STARTS, PartOfDay, When, parse_when
from conversations.domain.regions import zone_of_nik
from conversations.domain.rules import PP_82_2019, RuleSet, rules_on
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows.common import (
    CORRECTED,
    DAY_NOTED,
    HOME,
    NO_WORDS,
    TOLD_WITH_THE_NIK,
    YES_WORDS,
    answers_nothing,
    day_asked_in_the_month,
    day_changed,
    day_told_again,
    named_wrong,
    not_yet_this_year,
    read_day,
    to_menu,
    why_not_a_date,
    yes_no,
    yes_or_no_alone,
)
from conversations.flows.documents import (
    NEED_WORDS,
    DocsDraft,
    DocsState,
    missing_items,
    open_checklist,
    with_memo,
)
from conversations.flows.identity import nik_birth_date, subject_of, summary_or_a_nik_mistyped
from conversations.flows.missing_documents import documents_named, forgotten, paper_missing, without_documents
from conversations.flows.status import proven_nik
from conversations.flows.story import story_told
from conversations.i18n import (
    LazyText,
    _,
    current_locale,
    format_date,
    format_money,
    format_month,
    lazy_gettext,
)
from conversations.model import ClaimCreated, CreateClaim, Expect, Result
from conversations.nlu.cues import Intent
from conversations.nlu.entities import (
    find_injury,
    find_nik,
    find_reporter,
    find_road,
    find_when,
    read_when,
    tells_day,
    told_more_than_a_date,
    without_nik,
    without_numbers,
)
from conversations.nlu.intents import BELONGINGS, DEATH_WORDS, classify
from conversations.nlu.noise import is_keyboard_noise
from conversations.nlu.normalise import normalise_message
from conversations.text import PHONE_SCREEN

MAX_FREE_TEXT = 500
SUMMARY_FIELD = 90
"""A free answer is cut to this in the summary, and shorter when the whole would not fit one phone screen."""
MIN_SHOWN = 20


class AccidentState(StrEnum):
    CONFIRM = "accident.confirm"
    WHO = "accident.who"
    ASK_NIK = "accident.ask_nik"
    ASK_WHEN = "accident.ask_when"
    ASK_TIME = "accident.ask_time"
    EXPIRED = "accident.expired"
    ASK_PLACE = "accident.ask_place"
    ASK_STORY = "accident.ask_story"
    ASK_TRAFFIC = "accident.ask_traffic"
    ASK_INJURY = "accident.ask_injury"
    ASK_TREATMENT = "accident.ask_treatment"
    SUMMARY = "accident.summary"
    CREATING = "accident.creating"


class AccidentDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    reporter: Literal["self", "family"] | None = None
    nik: str | None = None
    birth_date: dt.date | None = None
    happened_on: dt.date | None = None
    happened_rough: bool = False
    """The day counted back from "minggu lalu": shown as an estimate, and to the desk as one."""
    month_said: dt.date | None = None
    """A month said at the date question without its day ("bulan lalu"): the day typed next is read in it."""
    part: PartOfDay | None = None
    hour: int | None = None
    minute: int = 0
    place: str | None = None
    story: str | None = None
    traffic: bool | None = None
    injury: str | None = None
    treatment: Treatment | None = None
    treatment_place: str | None = None
    """The hospital or clinic named instead of a choice ("RSUD Raden Mattaher"): kept for the officer."""
    story_at_injury: bool = False
    """What happened was typed at the injury question once: added to the story and the question asked again. The
    next answer is the injury, whatever it says."""
    cover: str | None = None
    """Unused since the roster is no longer read here (a NIK proves nothing); kept for stored drafts."""
    payer: str | None = None


def _rules(ctx: Ctx[AccidentDraft]) -> RuleSet:
    return rules_on(ctx.draft.happened_on or ctx.today) or PP_82_2019


def _is_self(ctx: Ctx[AccidentDraft]) -> bool:
    return ctx.draft.reporter == "self"


# -- who and which worker ------------------------------------------------------------------------


def _ask_nik(ctx: Ctx[AccidentDraft]) -> str:
    if _is_self(ctx):
        return _("Ketik NIK Anda (16 angka di KTP atau KK).")
    return _("Ketik NIK pekerja yang mengalami kecelakaan (16 angka di KTP atau KK).")


# -- when ------------------------------------------------------------------------------------


def _happened_at(draft: AccidentDraft, now: dt.datetime | None = None) -> dt.datetime:
    """The moment the 2×24 hours are counted from; never after `now` (local): "Tidak ingat" for an accident today,
    chosen at 04.40, was counted from noon, a deadline hours too late."""
    assert draft.happened_on is not None
    when = When(draft.happened_on, draft.part, draft.hour, draft.minute)
    happened = dt.datetime.combine(draft.happened_on, when.estimate())
    return min(happened, now.replace(second=0, microsecond=0)) if now is not None else happened


def _on_when(ctx: Ctx[AccidentDraft], text: str) -> Outcome:
    when = read_day(text, ctx.local_now, ctx.draft.month_said)
    if when is None and (asked := day_asked_in_the_month(ctx, text, AccidentState.ASK_WHEN)) is not None:
        return asked
    if when is None and (noted := _noted_before_the_day(ctx.draft, text)) is not None:
        return noted
    if when is None or told_more_than_a_date(text) and classify(text).intent is Intent.DEATH:
        # "bapak saya meninggal kemarin": a death, not this accident's day (it was taken as one); the engine offers the
        # switch to a death claim
        return Retry(why_not_a_date(text, ctx.draft.nik) or _(
            "Tanggalnya belum bisa saya baca. Tulis misalnya: tadi pagi, kemarin sore, 5 Mei, atau 05-05-2025."))
    later_today = when.date == ctx.today and when.hour is not None and dt.time(when.hour, when.minute) > \
        ctx.local_now.time()
    if later_today and not tells_day(text, ctx.local_now):  # "jam 7an" typed at 02.50: yesterday's, most likely
        return Retry(_("Jam {time} hari ini belum lewat. Tulis harinya juga, misalnya: kemarin jam {time}.").format(
            time=f"{when.hour:02d}.{when.minute:02d}"))
    if when.date > ctx.today or later_today:
        return Retry(_("Tanggal kecelakaan tidak boleh di masa depan."))
    if (ahead := not_yet_this_year(text, when.date, ctx.today)) is not None:  # "30 november" on 23 November
        return ahead
    if ctx.draft.birth_date is not None and when.date < ctx.draft.birth_date:
        return Retry(_("Tanggal itu sebelum tanggal lahir pekerja. Periksa lagi tanggal kecelakaannya."))
    draft = ctx.draft.model_copy(update={"happened_on": when.date, "happened_rough": when.rough, "part": when.part,
                                         "hour": when.hour, "minute": when.minute, "month_said": None})
    if told_more_than_a_date(text) and _a_happening(text):
        draft = _told_with_the_day(draft, text)
    if when.part is None and when.hour is None:
        return Goto(AccidentState.ASK_TIME, draft=draft)
    return _after_time(ctx, draft)


def _noted_before_the_day(d: AccidentDraft, text: str) -> Outcome | None:
    """The place or the injury typed at "Kapan?", answered ahead ("di jl gatot subroto", "tangan kiri retak"): was
    "Tanggalnya belum bisa saya baca", and forgotten. Kept, and the day asked again."""
    if any(ch.isdigit() for ch in text) or len(text) > MAX_FREE_TEXT:
        return None
    injury = find_injury(text)
    if d.place is None and injury is None and (place := place_in_story(text)) is not None:
        return Goto(AccidentState.ASK_WHEN, draft=d.model_copy(update={"place": place}),
                    say=(_("Tempatnya saya catat: {place}.").format(place=place),))
    if d.injury is None and injury is not None and not _A_PLACE.search(text) and not _a_happening(text):
        return _injury_noted(d, " ".join(text.split()), AccidentState.ASK_WHEN)
    return None


def _injury_noted(d: AccidentDraft, injury: str, asked_again: AccidentState) -> Outcome:
    """The injury told where something else was asked: kept, said so, and that question asked again."""
    return Goto(asked_again, draft=d.model_copy(update={"injury": injury}),
                say=(_("Cederanya saya catat: {injury}.").format(injury=injury),))


def _told_with_the_day(d: AccidentDraft, text: str) -> AccidentDraft:
    """The whole story typed at "Kapan?" ("kemarin sore jatuh dari motor pas antar paket di jl. sudirman, lutut dijahit",
    found in make run): only the day was taken, and the place, the story and the injury were asked again."""
    update: dict[str, Any] = {}
    if d.story is None and len(text) <= MAX_FREE_TEXT:
        update["story"] = " ".join(text.split())
    if d.place is None and (place := place_in_story(text)) is not None:
        update["place"] = place
    if d.injury is None and (injury := find_injury(text)) is not None:
        update["injury"] = injury
    if d.traffic is None and _plainly_on_the_road(text, ""):
        update["traffic"] = True
    return d.model_copy(update=update)


def _after_time(ctx: Ctx[AccidentDraft], draft: AccidentDraft) -> Outcome:
    if (not_yet := _not_yet_today(ctx, draft)) is not None:
        return not_yet
    notice = _deadline_notice(ctx, draft)
    if notice is None:
        return Goto(AccidentState.EXPIRED, draft=draft)
    if draft.place is not None:  # told with the story ("… di jalan sudirman"): was asked again
        return Goto(_after_story(draft), draft=draft, say=(notice,))
    return Goto(AccidentState.ASK_PLACE, draft=draft, say=(notice,))


def _not_yet_today(ctx: Ctx[AccidentDraft], draft: AccidentDraft) -> Outcome | None:
    """A part of today not begun yet ("Sore" chosen at 10.00) or an hour still to come ("jam 14" at "Kira-kira jam
    berapa?" at 04.40): the 2×24 hours were counted from a moment after the message. The hour is asked again. A part
    begun whose middle is to come ("tadi pagi" at 06.00) is counted from now (_happened_at)."""
    if draft.happened_on != ctx.today:
        return None
    now = ctx.local_now
    if draft.hour is not None and dt.time(draft.hour, draft.minute) <= now.time() or draft.hour is None and (
            draft.part is None or PART_STARTS[draft.part] <= now.hour):
        return None
    return Goto(AccidentState.ASK_TIME, draft=draft.model_copy(update={"part": None, "hour": None, "minute": 0}),
                say=(_("Sekarang baru pukul {now}, jadi waktu itu belum lewat. Tulis jamnya, misalnya "
                       "\"jam {example}\", atau pilih \"Tidak ingat\".").format(
                    now=now.strftime("%H.%M"), example=f"{max(now.hour - 1, 0):02d}.00"),))


def _deadline_notice(ctx: Ctx[AccidentDraft], draft: AccidentDraft) -> str | None:
    """By when to report at the branch, or that it is late but not too late; None: the claim has expired."""
    rules = rules_on(draft.happened_on or ctx.today) or PP_82_2019
    happened = _happened_at(draft, ctx.local_now)
    timeliness = accident_timeliness(rules, happened, ctx.local_now)
    if timeliness is Timeliness.EXPIRED:
        return None
    if timeliness is Timeliness.TIMELY:
        deadline = happened + dt.timedelta(hours=rules.report_within_hours)
        say = _("Kecelakaan ini masih dalam 2×24 jam. Laporkan segera juga ke kantor cabang BPJS "
                "Ketenagakerjaan (formulir laporan kecelakaan tahap I), paling lambat {date} sekitar pukul {time}. Sambil itu, "
                "kita catat laporannya di sini.").format(date=format_date(deadline.date()),
                                                           time=deadline.strftime("%H.%M"))
    else:
        say = late_report_text(rules)
    return say


def kept_deadline(kept: Mapping[str, Any], now: dt.datetime) -> tuple[dt.datetime, ZoneInfo] | None:
    """When a report kept unfinished (conversations.paused) had its 2×24 hours end, in the worker's city's time
    (Flow.kept_deadline): past already for a late report, which is still reminded (reporting late does not by itself
    void the right); None when it has no day yet, is past the claim's lifetime or cannot be read."""
    try:
        draft = AccidentDraft.model_validate(dict(kept))
    except ValueError:
        return None
    zone = zone_of_nik(draft.nik)
    if draft.happened_on is None or zone is None:
        return None
    rules = rules_on(draft.happened_on) or PP_82_2019
    happened = _happened_at(draft)
    if accident_timeliness(rules, happened, now.astimezone(zone).replace(tzinfo=None)) is Timeliness.EXPIRED:
        return None
    return (happened + dt.timedelta(hours=rules.report_within_hours)).replace(tzinfo=zone), zone


def kept_report_deadline(kept: Mapping[str, Any], now: dt.datetime) -> str | None:
    """By when to report at the branch, said where a kept report is offered again; None when no deadline runs."""
    found = kept_deadline(kept, now)
    if found is None or found[0] <= now:
        return None
    deadline = found[0]
    return _("Batas lapor ke kantor cabang: {date} sekitar pukul {time}.").format(date=format_date(deadline.date()),
                                                                              time=deadline.strftime("%H.%M"))


_FIELDS_NAMED: tuple[tuple[frozenset[str], tuple[str, ...], AccidentState], ...] = (
    (frozenset({"tempat", "tempatnya", "lokasi", "lokasinya", "place", "location"}), ("place",), AccidentState.ASK_PLACE),
    (frozenset({"cerita", "ceritanya", "kejadian", "kejadiannya", "kronologi", "story"}), ("story",),
     AccidentState.ASK_STORY),
    (frozenset({"cedera", "cederanya", "luka", "lukanya", "injury"}), ("injury",), AccidentState.ASK_INJURY),
    (frozenset({"berobat", "berobatnya", "rs", "klinik", "puskesmas", "treated", "treatment"}),
     ("treatment", "treatment_place"), AccidentState.ASK_TREATMENT),
    (frozenset({"lintas", "traffic"}), ("traffic",), AccidentState.ASK_TRAFFIC),
)
_TIME_NAMED = frozenset({"jam", "jamnya", "waktu", "waktunya", "tanggal", "tanggalnya", "hari", "harinya", "time",
                         "date", "day"})


_RIGHT_ONE = re.compile(r"\b(?:harusnya|seharusnya|mestinya|yang benar|yg benar|should be)\b\s*:?\s*(.+)$",
                        re.IGNORECASE | re.DOTALL)
"""What follows "harusnya" in a correction: the right answer ("tempatnya salah, harusnya di pasar angso duo")."""
_AFTER_THE_WRONG = re.compile(r"\b(?:salah|keliru|wrong)\b\s*[,.;:\-]+\s*(\S.*)$", re.IGNORECASE | re.DOTALL)
"""Or what follows the word for wrong and a comma ("tempatnya salah, di simpang rimbo": the question was asked again)."""


_FIELD_LABEL = re.compile(r"^(?:tempat|lokasi|waktu|jam|tanggal|luka|cedera|kejadian|cerita)(?:nya)?\s+"
                          r"(?:(?:adalah|yaitu|itu)\s+)?", re.IGNORECASE)
"""The line named again before its right answer ("salah, tempatnya di jl gatot subroto" recorded the place as
"tempatnya di jl gatot subroto")."""


def field_to_correct(ctx: Ctx[AccidentDraft], text: str) -> Outcome | None:
    """A line of the report's summary said to be wrong ("iya tapi tempatnya salah", "lukanya salah, harusnya patah
    tulang"): the right answer taken as its own question takes it, or the question asked again, the rest kept, and
    the summary next. Was "not understood", or kept as more of the story, and only "Ulangi dari awal" mended it.
    The time said to be wrong without a time: how to write one (a time told is read as more of the report)."""
    words = set(normalise_words(text).split())
    if not (CORRECTING | {"bukan"}) & words:
        return None
    named = [(fields, state) for field_words, fields, state in _FIELDS_NAMED if field_words & words]
    if len(named) != 1:
        return Retry(_("Tulis waktu yang benar, misalnya: kemarin jam 3 sore.")) \
            if not named and _TIME_NAMED & words and read_when(text, ctx.local_now) is None else None
    fields, state = named[0]
    cleared = ctx._replace(draft=ctx.draft.model_copy(update=dict.fromkeys(fields)))
    right = _RIGHT_ONE.search(text) or _AFTER_THE_WRONG.search(text)
    if right is not None and state in _ANSWERED_IN_WORDS:
        answer = right.group(1).strip()
        return _ANSWERED_IN_WORDS[state](cleared, _FIELD_LABEL.sub("", answer) or answer)
    return Goto(state, draft=cleared.draft)


_LINE_OF: dict[str, str] = {"nik": "nik", "tempat": "place", "lokasi": "place", "tanggal": "time", "tgl": "time",
                            "hari": "time", "jam": "time", "waktu": "time", "cerita": "story", "kejadian": "story",
                            "luka": "injury", "cedera": "injury"}


def _earlier_corrected(ctx: Ctx[AccidentDraft], text: str) -> Outcome | None:
    """Flow.corrects, at the questions after the time ("eh nik nya salah" at the place was written down as the place,
    "tanggalnya salah, harusnya tadi pagi" at the story as the story, "tempatnya salah, …" at the traffic question was
    "not understood"): that question asked again, or the right answer typed with it taken, the rest kept; the report
    goes on from there to what it still lacks."""
    field = _FIELD_ASKED.get(ctx.conversation.state)
    said = named_wrong(text, _LINE_OF) if field is not None else None
    if field is None or said is None or len(text.split()) > CORRECTION_WORDS_AT_MOST:
        return None
    corrected = _line_corrected(ctx, text, field, _LINE_OF[said])
    if isinstance(corrected, Goto) and corrected.state == ctx.conversation.state and not corrected.say:
        return dataclasses.replace(corrected, say=(str(CORRECTED),))  # taken: the question at hand again
    return corrected


def _line_corrected(ctx: Ctx[AccidentDraft], text: str, field: str, line: str) -> Outcome | None:
    """None for the question's own line (its answer, read there) or a line not answered yet."""
    d = ctx.draft
    if line == field or line == "nik" and d.nik is None or line == "time" and d.happened_on is None:
        return None
    right = _RIGHT_ONE.search(text) or _AFTER_THE_WRONG.search(text)
    if line == "nik":
        cleared = d.model_copy(update={"nik": None, "birth_date": None})
        if right is not None and find_nik(right.group(1)) is not None:
            return _on_nik(ctx._replace(draft=cleared), right.group(1))
        return Goto(AccidentState.ASK_NIK, draft=cleared)
    if line == "time":
        cleared = d.model_copy(update={"happened_on": None, "happened_rough": False, "part": None, "hour": None,
                                       "minute": 0})
        if right is not None:
            return _on_when(ctx._replace(draft=cleared), right.group(1).strip())
        return Goto(AccidentState.ASK_WHEN, draft=cleared)
    if getattr(d, line) is None:
        return None  # not answered yet: nothing to correct
    return field_to_correct(ctx, text)


REPORTER_CORRECTABLE = frozenset({AccidentState.ASK_NIK, AccidentState.ASK_WHEN, AccidentState.ASK_TIME,
                                  AccidentState.ASK_PLACE, AccidentState.ASK_STORY, AccidentState.ASK_TRAFFIC,
                                  AccidentState.ASK_INJURY, AccidentState.ASK_TREATMENT})
_NOT_ME = re.compile(r"\bbukan\s+(?:saya|aku|sy|gue|gw)\b|\b(?:not|wasn'?t|isn'?t)\s+me\b", re.IGNORECASE)
_NOT_THEM = re.compile(r"\b(?:bukan|not)\s+(?:\w+\s+)?(?:suami|istri|isteri|anak|bapak|ayah|ibu|adik|kakak|teman|keluarga|"
                       r"orang|husband|wife|son|daughter|child|father|dad|mother|mom|brother|sister|friend)\w*",
                       re.IGNORECASE)
_OPENING = frozenset({"eh", "maaf", "ya", "oh", "sorry", "no", "it", "was", "tapi", "but"})
"""Words that may come before the "bukan" of a correction ("eh bukan saya", "sorry it was not me")."""


CORRECTION_OPENS_WITHIN = 1
"""Words before the "bukan" of a correction, besides its opening words ("eh bukan saya yg jatuh", "maaf ya bukan
saya", "sorry it was not me"); later, it is told ("saya bonceng anak, bukan saya yg nyetir")."""


def _reporter_corrected(ctx: Ctx[AccidentDraft], text: str) -> Outcome | None:
    """Who was hurt, read from the first message, said wrong at a later question ("eh bukan saya yg jatuh, suami saya"
    at the NIK was added to the story, and the report kept as the writer's own): taken, and the worker's NIK asked
    again (the one typed was for the other person) unless typed with it, the rest kept."""
    d = ctx.draft
    if ctx.conversation.state not in REPORTER_CORRECTABLE or d.reporter is None \
            or len(text.split()) > CORRECTION_WORDS_AT_MOST:
        return None
    denied = _NOT_ME if d.reporter == "self" else _NOT_THEM
    found = denied.search(text)
    before = [word for word in re.findall(r"\w+", text[:found.start()].lower()) if word not in _OPENING] \
        if found is not None else []
    if found is None or len(before) > CORRECTION_OPENS_WITHIN:
        return None  # "saya bonceng anak, bukan saya yg nyetir" is the story
    reporter = find_reporter(normalise_message(denied.sub(" ", text)))
    if reporter is None or reporter == d.reporter:
        return None
    corrected = d.model_copy(update={"reporter": reporter, "nik": None, "birth_date": None})
    typed = find_nik(text)  # "bukan saya, suami saya, niknya 1571…": that NIK, checked as at its question
    outcome = _on_nik(ctx._replace(draft=corrected), typed) if typed is not None else _to_nik(ctx, corrected)
    said = _("Baik, saya catat: yang mengalami kecelakaan Anda sendiri.") if reporter == "self" else \
        _("Baik, saya catat: yang mengalami kecelakaan bukan Anda, tetapi keluarga atau orang lain.")
    return dataclasses.replace(outcome, say=(said, *outcome.say)) if isinstance(outcome, Goto) else outcome


def _said_wrong(ctx: Ctx[AccidentDraft], text: str) -> Outcome | None:
    """Flow.corrects: who was hurt, or an answer after the time."""
    return _reporter_corrected(ctx, text) or _earlier_corrected(ctx, text)


CORRECTION_WORDS_AT_MOST = 16
_FIELD_ASKED: dict[str, str] = {AccidentState.ASK_WHEN: "time", AccidentState.ASK_TIME: "time",
                                AccidentState.ASK_PLACE: "place", AccidentState.ASK_STORY: "story",
                                AccidentState.ASK_TRAFFIC: "traffic", AccidentState.ASK_INJURY: "injury",
                                AccidentState.ASK_TREATMENT: "treatment"}
"""The questions after the NIK, each with the line it answers ("nik salah" at the day or the hour was "not understood")."""


def corrected_at_summary(ctx: Ctx[AccidentDraft], d: AccidentDraft, said: str) -> Outcome:
    """What was typed at the report's summary instead of yes or no ("ya tapi jamnya salah, harusnya jam 3 sore",
    "kakinya juga lecet"): taken in, `said`, and the summary shown again. "Ya tapi …" had saved the report as it
    was, and a correction could only start it all again. A new day, hour or NIK is checked as if typed at its own
    question, and the deadline is said again for it."""
    old = ctx.draft
    if d.nik != old.nik:
        d = d.model_copy(update={"birth_date": nik_birth_date(d.nik, ctx.today)})
    if (d.nik, d.happened_on, d.part, d.hour, d.minute) == (old.nik, old.happened_on, old.part, old.hour, old.minute):
        return Goto(AccidentState.SUMMARY, draft=d, say=(said,))
    assert d.happened_on is not None
    if d.happened_on > ctx.today or (d.happened_on == ctx.today and d.hour is not None
                                     and dt.time(d.hour, d.minute) > ctx.local_now.time()):
        return Retry(_("Tanggal kecelakaan tidak boleh di masa depan."))
    if d.birth_date is not None and d.happened_on < d.birth_date:
        return Retry(_("Tanggal itu sebelum tanggal lahir pekerja. Periksa lagi tanggal kecelakaannya."))
    notice = _deadline_notice(ctx, d)
    if notice is None:
        return Goto(AccidentState.EXPIRED, draft=d)
    return Goto(AccidentState.SUMMARY, draft=d, say=(said, notice))


ARREARS_AT_THE_ACCIDENT = lazy_gettext(
    "Kepesertaan yang nonaktif atau iuran yang menunggak tidak menghalangi laporan dicatat. Petugas memeriksa status "
    "kepesertaan pada hari kecelakaan; jika iurannya ditanggung pemerintah kota, tunggakan diurus Disnaker atau "
    "kelurahan, dan kantor cabang yang memastikan.")
"""FACTS.md §2, said to a worker telling of an inactive cover with the accident ("kemarin sy kecelakaan pas narik, bpjs
sy ga aktif, gmn?"): was only asked whether to report."""


def late_report_text(rules: RuleSet) -> str:
    """FACTS.md §6: reporting late does not by itself void the right."""
    return _("Kecelakaan ini sudah lewat dari 2×24 jam.") + " " + right_kept_text(rules)


def right_kept_text(rules: RuleSet) -> str:
    """FACTS.md §6, after the 2×24 hours: said of a late report, and of the deadline asked about (flows.asked)."""
    return _("Laporan yang terlambat tidak dengan sendirinya menghapus hak Anda: tetap laporkan sekarang, kantor cabang "
             "yang memutuskan. Hak klaim JKK berlaku {years} tahun sejak kecelakaan.").format(
        years=rules.jkk_claim_expiry_years)


PART_LABELS = {
    PartOfDay.MORNING: lazy_gettext("Pagi"),
    PartOfDay.MIDDAY: lazy_gettext("Siang"),
    PartOfDay.AFTERNOON: lazy_gettext("Sore"),
    PartOfDay.NIGHT: lazy_gettext("Malam"),
}


def _time_chosen(part: PartOfDay | None):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[AccidentDraft]) -> Outcome:
        return _after_time(ctx, ctx.draft.model_copy(update={"part": part}))
    return chosen


_PART_OPTIONS = tuple(Option(part.value, label, then=_time_chosen(part)) for part, label in PART_LABELS.items())
_NOT_REMEMBERED = Option("unknown", lazy_gettext("Tidak ingat"), then=_time_chosen(None), aliases=UNSURE_WORDS)
_ALL_TIMES = (*_PART_OPTIONS, _NOT_REMEMBERED)


def _time_options(ctx: Ctx[AccidentDraft]) -> tuple[Option, ...]:
    """The parts of the day; of today, only those begun ("Sore" at 10.00 would be counted from 16.00)."""
    if ctx.draft.happened_on != ctx.today:
        return _ALL_TIMES
    hour = ctx.local_now.hour
    return (*(o for o in _PART_OPTIONS if PART_STARTS[PartOfDay(o.id)] <= hour), _NOT_REMEMBERED)


_TIME_HINT = lazy_gettext("Pilih salah satu, atau tulis jamnya, misalnya \"jam 14.30\".")


def _on_time_text(ctx: Ctx[AccidentDraft], text: str) -> Outcome:
    assert ctx.draft.happened_on is not None
    told = day_told_again(text, ctx.local_now)
    if told is not None and told.date != ctx.draft.happened_on:  # "eh salah, 2 hari yg lalu": the day corrected
        corrected = _on_when(ctx, text)
        draft = corrected.draft if isinstance(corrected, Goto) else None
        return day_changed(corrected, draft.happened_on if isinstance(draft, AccidentDraft) else None,
                           rough=isinstance(draft, AccidentDraft) and draft.happened_rough)
    if told is not None and told.hour is None and told.part is None:  # "kemarin" again
        return Retry(f"{DAY_NOTED} {_TIME_HINT}")
    when = told or parse_when(f"{ctx.draft.happened_on.strftime('%d-%m-%Y')} {text}", ctx.local_now)
    if when is None and told_more_than_a_date(text):  # "sekitar jam 3 sore di pasar induk": the hour inside a sentence
        when = find_when(text, ctx.local_now)
    if when is None or (when.hour is None and when.part is None):
        return Retry(str(_TIME_HINT))
    return _after_time(ctx, ctx.draft.model_copy(update={"part": when.part, "hour": when.hour,
                                                          "minute": when.minute}))


def _expired_text(ctx: Ctx[AccidentDraft]) -> str:
    rules = _rules(ctx)
    assert ctx.draft.happened_on is not None
    return _(
        "Kecelakaan pada {date} sudah lebih dari {years} tahun yang lalu. Menurut aturan, hak klaim JKK "
        "berakhir {years} tahun setelah kecelakaan, jadi klaimnya sudah kedaluwarsa. Jika menurut Anda ada "
        "keadaan khusus (misalnya penyakit akibat kerja yang baru diketahui), tanyakan ke kantor cabang BPJS "
        "Ketenagakerjaan atau Contact Center 175."
    ).format(date=format_date(ctx.draft.happened_on), years=rules.jkk_claim_expiry_years)


# -- what happened ---------------------------------------------------------------------------


_LEADING_YES = re.compile(r"^(?:" + "|".join(sorted((re.escape(w) for w in YES_WORDS), key=len, reverse=True))
                          + r")\b[\s,.!]+(?=\S)", re.IGNORECASE)
"""A yes before the answer itself, as if the question were one: not part of the place, the story or the injury."""


def _free_text(field: str, target: AccidentState | None, minimum: int):  # type: ignore[no-untyped-def]
    """`target` None: the next question the draft has no answer for."""
    def on_text(ctx: Ctx[AccidentDraft], text: str) -> Outcome:
        value = _LEADING_YES.sub("", " ".join(text.split()))  # "iya di jalan" was written down as the place
        if len(value) < minimum:  # "jatuh", "gatau": was only "Mohon tulis sedikit lebih lengkap."
            return Retry(_TOO_SHORT[field])
        if not any(ch.isalpha() for ch in value):  # a KPJ or a NIK sent again is no place, story or injury
            return Retry(_("Tulis dengan kata-kata, bukan angka saja."))
        if is_keyboard_noise(value):  # "asdfgh" was written into the report as the place
            return Retry(_WHAT_TO_WRITE[field][1])
        if field == "place" and (parse_when(value, ctx.local_now) is not None or _A_TIME.match(value)):
            return Retry(_("Itu waktu kejadiannya, bukan tempatnya."))  # "kemarin sore", "jam 25" (was the place)
        if field == "story" and _A_STREET.match(value) and len(value.split()) <= PLACE_WORDS_AT_MOST \
                and not _a_happening(value):  # "Jl. Sudirman" was the story
            return Retry(_("Itu sepertinya tempatnya. Ceritakan singkat apa yang terjadi, misalnya: jatuh dari motor "
                           "saat mengantar penumpang."))
        if field == "place" and _asked_instead(field, value) and _HOW_EXACT.search(value):  # "maksudnya alamat
            # lengkap?" was told it seemed a question
            return Retry(_("Tidak perlu alamat lengkap: cukup nama jalan, tempat kerja, atau kelurahan, misalnya Jl. "
                           "Sudirman dekat pasar."))
        if _asked_instead(field, value):
            return Retry(_WHAT_TO_WRITE[field][0])
        if field == "place" and yes_or_no_alone(value):  # "tidak" was written down as the place (a story is longer)
            return Retry(_NOT_A_PLACE)
        if field == "story" and forgotten(said := normalise_message(value).tokens) and len(said) <= SHORT_NOT_KNOWING:
            return Retry(_TOO_SHORT[field])  # "kurang tau" was written down as what happened
        if answers_nothing(value):  # "sy ga ngerti", "terserah", "wkwk", "ntar dulu" were written down as the answer;
            return Retry(_WHAT_TO_WRITE[field][2])  # a wait or thanks the understanding answers first
        if field == "injury" and value.lower().strip(" .,!") in _YES_AT_THE_INJURY:  # "iya" was written down as it
            return Retry(_("Tulis cederanya, misalnya: kaki patah, luka di kepala. Jika tidak cedera, tulis \"tidak "
                           "ada\"."))
        if field == "injury" and _only_things(value):  # "motor" at the injury question was written down as the injury
            return Retry(_("Itu kendaraan atau barang. Tulis cedera di badan, misalnya: kaki patah, luka di kepala."))
        if field in ("place", "injury") and _a_death_told(value):
            # "bapak saya meninggal tadi pagi" at the place was written down as the place; the engine offers the switch
            return Retry(_("Itu sepertinya kabar duka, bukan jawaban pertanyaan ini. Jika ingin mengurus klaim santunan "
                           "kematian, ketik \"batal\" lalu pilih \"Klaim santunan kematian\"."))
        if (ahead := _told_instead(ctx, field, value)) is not None:
            return ahead
        if len(value) > MAX_FREE_TEXT:
            return Retry(_("Terlalu panjang: paling banyak {limit} huruf. Tulis yang terpenting saja.").format(
                limit=MAX_FREE_TEXT))
        if field == "place" and place_not_known(value):  # "gatau", "lupa nama jalannya" were written down as the place
            value = str(NOT_KNOWN_YET)
        if field == "injury" and _injury_not_known(value):  # "gatau", "kurang tau" were written down as the injury
            value = str(NOT_KNOWN_YET)
        d = ctx.draft.model_copy(update={field: value})
        if field == "story" and d.injury is None and (injury := find_injury(value)) is not None:
            d = d.model_copy(update={"injury": injury})  # "…, kaki luka": was asked again, and "iya" taken as the answer
        noted: tuple[str, ...] = ()
        if field == "injury" and _NO_HARM.search(value) and THINGS & {
                word.removesuffix("nya") for word in normalise_words(value).split()}:
            noted = (_("Syukurlah tidak ada yang cedera. Kerusakan motor atau barang tidak diganti BPJS "
                       "Ketenagakerjaan, yang melindungi orangnya. Jika nanti ada keluhan di badan, berobatlah dan "
                       "sampaikan."),)
        if field == "place" and _a_happening(value) and (d.story is None or value.lower() not in d.story.lower()):
            d, noted = _story_told_at_the_place(d, value)
        if field in ("story", "place") and d.story is not None and d.traffic is None \
                and _plainly_on_the_road(d.story, d.place or ""):
            d = d.model_copy(update={"traffic": True})
        elif field in ("story", "place") and d.story is not None and d.traffic is None \
                and _plainly_off_the_road(d.story, d.place or ""):
            d = d.model_copy(update={"traffic": False})  # the summary shows it before anything is sent
        return Goto(target or _after_story(d), draft=d, say=noted)
    return on_text


_NO_HARM = re.compile(r"\b(?:ga|gak|gk|tidak|tdk|nggak|ngga|enggak|tak|no|not|nobody|none)\s+(?:ada\s+)?(?:(?:yang|yg)\s+)?"
                      r"(?:luka|terluka|cedera|cidera|lecet|apa2|apa apa|kenapa2|kenapa kenapa|hurt|injured)\b",
                      re.IGNORECASE)
"""No one hurt, said at the injury question ("ga ada yg luka cuma motor rusak"): kept as its answer, as "tidak ada" is,
and the motorbike's damage said to be no part of the cover (it was kept without a word, as if it would be paid)."""
_YES_AT_THE_INJURY = frozenset({*YES_WORDS, "ada", "iya ada", "ya ada", "ada luka", "udah", "sudah", "udh", "sdh"})
NOT_KNOWN_YET = lazy_gettext("belum diketahui")
"""The place or the injury, when the reporter does not know it (a relative reporting, a street without a name): the
officer asks."""
_PLACE_HINTS = frozenset({"dekat", "di", "jl", "jln", "pasar", "kelurahan", "desa", "simpang", "depan", "belakang",
                          "samping", "gang", "kampung", "sekitar", "daerah", "kec", "kel", "near", "at", "in"})


def _injury_not_known(value: str) -> bool:
    """Not knowing the injury, and nothing of it told ("gatau lukanya di mana, kakinya bengkak" tells one)."""
    return forgotten(normalise_message(value).tokens) and find_injury(value) is None and _HURT.search(value) is None


def place_not_known(value: str) -> bool:
    """Not knowing the place, and no guess of it told ("lupa nama jalannya, dekat pasar" is a guess, kept)."""
    words = normalise_message(value).tokens
    return forgotten(words) and not _PLACE_HINTS & set(words)


_NOT_A_PLACE = lazy_gettext("Tulis nama tempatnya, misalnya Jl. Sudirman dekat pasar. Jika tidak ingat persis, tulis "
                            "perkiraannya.")
THINGS = frozenset(BELONGINGS) | frozenset({"helm", "spion", "ban", "stang", "knalpot", "kaca", "motorbike", "car",
                                            "phone", "bike"})
_THING_FILLER = frozenset({"saya", "sy", "nya", "yang", "rusak", "my", "the"})


def _story_told_at_the_place(d: AccidentDraft, value: str) -> tuple[AccidentDraft, tuple[str, ...]]:
    """"saya jatuh dari motor di jalan sudirman pas antar paket, kaki lecet": where, and what happened (and the injury)
    at once; kept whole as the place, the story and the injury were asked again. A story told before grows by it."""
    injury = find_injury(value) if d.injury is None else None
    where = _PLACE_IN_A_STORY.search(value)
    story = value if d.story is None else f"{d.story}. {value}"
    d = d.model_copy(update={**({"story": story} if len(story) <= MAX_FREE_TEXT else {}),
                             **({"injury": injury} if injury else {}), **({"place": where.group(1)} if where else {})})
    return d, (_("Tempat, kejadian dan cederanya saya catat.") if injury else _("Tempat dan kejadiannya saya catat."),)


def _only_things(value: str) -> bool:
    """Only a vehicle or a thing named ("motor", "motornya rusak", "helm"): no harm to the body."""
    words = {word.removesuffix("nya") for word in normalise_words(value).split()} - _THING_FILLER
    return bool(words) and words <= THINGS


def _a_death_told(value: str) -> bool:
    """A sentence telling of a death where the report asks a place or an injury: another claim."""
    if not told_more_than_a_date(value):
        return False
    found = classify(value)
    return found.intent is Intent.DEATH and bool(DEATH_WORDS & set(found.normalised.tokens))


def _asked_instead(field: str, value: str) -> bool:
    """A question typed where a place, a story or an injury is asked ("kalau di jalan pulang termasuk ga?", "gimana kalau
    saya ga tau lukanya apa") was written into the report as that answer. A story may say "kapan ya, sekitar jam 5 …" in
    passing: there only one that ends as a question, or opens as one ("gimana kalau …", "apakah …"), is one."""
    if field != "story":
        return is_question(value)
    words = normalise_words(value).split()
    return value.rstrip().endswith("?") or words[:1] == ["apakah"] or (
        bool(words) and words[0] in QUESTION_WORDS and bool({"kalau", "kalo", "klo"} & set(words[1:3])))


_WHAT_TO_WRITE: dict[str, tuple[LazyText, LazyText, LazyText]] = {
    # Said when no answer to the question itself was found (the question is answered first when one is), and for a
    # typo ("asdfgh" was written into the report as the place).
    "place": (lazy_gettext("Itu sepertinya pertanyaan. Tulis di mana kecelakaannya terjadi, misalnya Jl. Sudirman "
                           "dekat pasar."),
              lazy_gettext("Sepertinya salah ketik. Tulis di mana kecelakaannya terjadi, misalnya Jl. Sudirman dekat "
                           "pasar."),
              lazy_gettext("Yang saya tanyakan: di mana kecelakaannya terjadi, misalnya Jl. Sudirman dekat pasar. Jika "
                           "tidak tahu, ketik \"tidak tahu\".")),
    "story": (lazy_gettext("Itu sepertinya pertanyaan. Ceritakan singkat apa yang terjadi, misalnya: jatuh dari motor "
                           "saat mengantar penumpang."),
              lazy_gettext("Sepertinya salah ketik. Ceritakan singkat apa yang terjadi, misalnya: jatuh dari motor saat "
                           "mengantar penumpang."),
              lazy_gettext("Yang saya tanyakan: apa yang terjadi, dan sedang bekerja apa saat itu, misalnya: jatuh dari "
                           "motor saat mengantar penumpang.")),
    "injury": (lazy_gettext("Itu sepertinya pertanyaan. Tulis cederanya sebisanya, misalnya kaki sakit, belum "
                            "diperiksa dokter."),
               lazy_gettext("Sepertinya salah ketik. Tulis cederanya sebisanya, misalnya kaki sakit, belum diperiksa "
                            "dokter."),
               lazy_gettext("Yang saya tanyakan: cedera apa yang dialami, misalnya kaki patah. Jika tidak ada yang "
                            "cedera, tulis \"tidak ada\".")),
}
"""For each free question: what to write, after a question typed instead, after a typo, and after no answer at all."""
SHORT_NOT_KNOWING = 3
"""Words of "kurang tau", "saya ga tau": not knowing, and nothing of what happened."""


_TOO_SHORT: dict[str, LazyText] = {
    "place": lazy_gettext("Mohon tulis sedikit lebih lengkap, misalnya Jl. Sudirman dekat pasar."),
    "story": lazy_gettext("Mohon tulis sedikit lebih lengkap, misalnya: jatuh dari motor saat mengantar penumpang. Yang "
                          "Anda ketahui saja sudah cukup."),
    "injury": lazy_gettext("Mohon tulis sedikit lebih lengkap, misalnya kaki sakit, belum diperiksa dokter."),
}


_A_TIME = re.compile(r"^\s*(?:jam|pukul|pkl)\.?\s*\d", re.IGNORECASE)
"""An hour typed at the place question, even one that is no hour ("jam 25")."""
_A_STREET = re.compile(r"^\s*(?:jl|jln|jalan|gg|gang|simpang|depan|dekat)\b", re.IGNORECASE)
PLACE_WORDS_AT_MOST = 5
"""A street typed again at the story question: short, nothing happening in it."""
_ABBREVIATED = r"(?<=\bjl)|(?<=\bjln)|(?<=\bgg)|(?<=\bno)"
_PLACE_IN_A_STORY = re.compile(r"\b(?:di|dekat|depan|on|at|near)\s+((?:jalan|jl\.?|jln\.?|gang|gg\.?|simpang|pasar|depan|dekat|"
                               r"pabrik|gudang|proyek|toko|warung|kantor|terminal|pelabuhan|sawah|kebun)(?:\b|(?<=\.))"
                               rf"(?:[^,.;]|(?:{_ABBREVIATED})\.)*?)"
                               r"(?=\s+(?:pas|waktu|wkt|saat|ketika|sambil|terus|lalu|trus|abis|kemarin|kmrn|tadi|td|"
                               r"semalam|jam|pukul|tanggal|tgl|hari|karena|krn|karna|soalnya|gara|gegara|akibat|"
                               r"while|when|during|yesterday|today|this|last|because)\b|"
                               rf"[,;]|(?!{_ABBREVIATED})\.|$)",
                               re.IGNORECASE)
"""Where, inside a story told at the place question ("jatuh dari motor di jalan sudirman pas antar paket"): the place
kept apart from the story. The dot of "jl.", "gg." or "no." ends no place ("di toko bangunan jl. ahmad yani"); a cause
does ("… dekat pasar angso duo karena jalannya licin": was all the place)."""
_HOW_EXACT = re.compile(r"\b(?:lengkap|lengkapnya|detail|detil|rinci|persis|alamat|alamatnya|exact|full|address)\b",
                        re.IGNORECASE)
"""How exactly the place is to be told, asked at the place question ("maksudnya alamat lengkap?")."""
_NO_PLACE_AFTER = frozenset({"pulang", "berangkat", "ke", "menuju", "mau", "arah"})
"""Words after "jalan" that tell the way, not the place ("di jalan pulang kerja")."""


def place_in_story(story: str) -> str | None:
    """The place a story names ("ditabrak mobil di jalan sudirman pas antar penumpang": "jalan sudirman"), so that
    it is not asked again; a place noun alone ("di jalan", "di pasar") names none."""
    if (where := _PLACE_IN_A_STORY.search(story)) is None:
        return None
    words = where.group(1).split()
    return where.group(1) if len(words) >= 2 and words[1].lower() not in _NO_PLACE_AFTER else None
_A_PLACE = re.compile(r"\b(?:di|jl|jln|jalan|gang|gg|simpang|depan|dekat|pasar|kelurahan|kel|desa|kampung|rt|rw|"
                      r"pabrik|gudang|proyek|rumah|toko|warung|kantor|terminal|pelabuhan|sawah|kebun|laut|at|in|on|"
                      r"near)\b", re.IGNORECASE)


_NOT_SURE_AFTER = r"(?!\W*(?:tau|tahu|tw|ingat|inget|pasti|jelas|yakin|sure|know))"
"""After "belum": not yet known or sure ("belum tau", "blm pasti"), which tells nothing of treatment."""
_TREATED_SAID = re.compile(r"\b(?:mitra|partner|berobat|dirawat|diobati|dibawa ke|opname|treated|(?:ke|going to|went to|"
                           r"go to)\s+(?:the\s+)?(?:rs|rsud|rumah sakit|puskesmas|pkm|klinik|dokter|bidan|mantri|"
                           r"hospital|clinic|doctor))\b|^\W*(?:belum|blm|not yet)\b" + _NOT_SURE_AFTER, re.IGNORECASE)
"""Treatment said with a place: where the worker was treated, not where the accident happened; or not yet, a question
early ("belum, nanti sore ke puskesmas", "udah ke klinik tadi": each was kept as the place)."""


_BY_IT = re.compile(r"\b(?:jl|jln|jalan|gang|gg|simpang|depan|dekat|samping|seberang|parkiran|halaman|gerbang|near|"
                    r"outside|in front)\b", re.IGNORECASE)
"""A road accident's place named by a hospital it happened by ("depan rsud", "simpang rs siloam"): the place. A hospital
named alone ("di rsud raden mattaher", told after "jatuh dari motor pas narik") is where the worker was treated."""


NAME_WORDS = 5
"""At most this many words, a hospital's name alone ("di rsud raden mattaher")."""


def _told_instead(ctx: Ctx[AccidentDraft], field: str, value: str) -> Outcome | None:
    """The injury or what happened typed at the place question ("kaki kiri lecet dan bengkak", "jatuh dari motor pas
    antar penumpang"), or where it was treated at the injury question ("rsud taman husada"): each was kept as the
    answer asked for, a place that is an injury or a story. Kept where it belongs, and the question asked again. A
    place that also names the injury ("di jalan mawar, kaki lecet") is a place."""
    d = ctx.draft
    if field == "place" and (injury := find_injury(value)) is not None and d.injury is None \
            and not _A_PLACE.search(value.lower().replace(injury.lower(), " ")):
        return _injury_noted(d, value, AccidentState.ASK_PLACE)
    if field == "place" and d.story is None and _a_happening(value) and not _A_PLACE.search(value):
        return _added_to_story(d, value, AccidentState.ASK_PLACE)  # "jatuh dari motor pas antar penumpang"
    treatment_told = field == "injury" and find_injury(value) is None or field == "place" and (
        _TREATED_SAID.search(value) or FACILITY_WORDS.search(value) and not _BY_IT.search(value) and (
            d.traffic is True or _TREATED_AT.search(value) and "," not in value and len(value.split()) <= NAME_WORDS))
    # named alone ("rs raden mattaher", after a fall from a ladder): once; typed again, or as the workplace ("di rs
    # bhayangkara, saya satpam di sana"), the place it is
    if treatment_told and d.treatment is None and (named := _facility_named(value)) is not None:
        # "rs dekat rumah, ga tau mitra atau bukan" at the place question was kept as the place
        noted = _("Baik, saya catat: belum berobat.") if named["treatment"] is Treatment.NONE else \
            _("Tempat berobatnya saya catat: {place}.").format(place=named["treatment_place"])
        asked_again = AccidentState.ASK_INJURY if field == "injury" else AccidentState.ASK_PLACE
        return Goto(asked_again, draft=d.model_copy(update=named), say=(noted,))
    if field == "injury" and not d.story_at_injury and _a_story_not_an_injury(value):
        return _added_to_story(d.model_copy(update={"story_at_injury": True}), value, AccidentState.ASK_INJURY)
    return None


def _added_to_story(d: AccidentDraft, value: str, asked_again: AccidentState) -> Goto:
    """What happened, told at another question: added to the story (a motorbike in it says the road), and that
    question asked again."""
    story = value if d.story is None else f"{d.story}. {value}"
    if len(story) <= MAX_FREE_TEXT:
        d = d.model_copy(update={"story": story})
    if d.traffic is None and _plainly_on_the_road(value, ""):
        d = d.model_copy(update={"traffic": True})
    return Goto(asked_again, draft=d, say=(_("Itu saya tambahkan ke cerita kejadiannya."),))


HAPPENING = ("jatuh", "terjatuh", "ditabrak", "tabrakan", "nabrak", "menabrak", "ketabrak", "keserempet", "diserempet",
             "terpeleset", "kepeleset", "tergelincir", "keseret", "terseret", "terlempar", "terpental", "terguling",
             "kejepit", "terjepit", "tertimpa", "kejatuhan", "fell", "crashed", "hit by", "slipped", "dragged")
HURT_WORDS = ("luka", "lecet", "memar", "lebam", "bengkak", "patah", "retak", "sakit", "nyeri", "ngilu", "perih",
              "berdarah", "benjol", "keseleo", "terkilir", "robek", "sobek", "pingsan", "gegar", "cedera",
              "hurt", "pain", "broken", "bruise", "bleeding", "sprain", "injur", "cut", "wound")
"""What happened typed at the injury question ("motor saya jatuh terus saya keseret"): a happening of three words or
more that names no harm. It was kept as the injury, and the officer read no injury."""


_HAPPENED = re.compile(rf"\b(?:{'|'.join(HAPPENING)})", re.IGNORECASE)
_HURT = re.compile(rf"\b(?:{'|'.join(HURT_WORDS)})", re.IGNORECASE)


def _a_happening(value: str) -> bool:
    return len(value.split()) >= 3 and _HAPPENED.search(value) is not None


def _a_story_not_an_injury(value: str) -> bool:
    return _a_happening(value) and find_injury(value) is None and _HURT.search(value) is None


ON_THE_ROAD = ("motor", "mobil", "truk", "angkot", "bus", "ditabrak", "tabrakan", "nabrak", "menabrak", "ketabrak",
               "keserempet", "diserempet", "serempetan", "di jalan", "jalan raya", "lalu lintas", "laka lantas",
               "motorbike", "motorcycle", "car", "truck", "crash", "crashed", "hit by", "on the road", "traffic")
"""Told instead of answered at "is it a traffic accident?" ("ditabrak mobil dari belakang"): a yes, unless the answer
says yes or no itself ("bukan di jalan raya" is a no)."""


OFF_THE_ROAD = ("gudang", "pabrik", "sawah", "kebun", "ladang", "laut", "kapal", "perahu", "tambak", "bengkel",
                "dapur", "proyek", "bangunan", "tangga", "rumah", "warehouse", "factory", "farm", "boat",
                "terpeleset", "kepeleset", "kejepit", "terjepit", "tertimpa", "kejatuhan", "tersengat", "kesetrum",
                "kesetrom", "tersiram", "teriris", "tersayat", "kena mesin", "kena pisau", "kena gergaji",
                "kena cangkul", "slipped", "electric shock", "not on the road", "not on a road", "not in traffic",
                "not a traffic accident")
"""Workplaces off the road ("jatuh dari kapal", "kena cangkul di sawah") and harms that happen at work, not in
traffic ("terpeleset waktu kerja", "tangan kejepit mesin"): a no, unless the story also names the road ("terpeleset
di jalan", "motor tergelincir": both lean and it is asked again)."""


_DENIED = NEGATIONS | {"bukan", "not", "no"}


def _plainly_on_the_road(story: str, place: str) -> bool:
    """The story says the road ("ditabrak mobil dari belakang"), neither it nor the place says anything off it, and
    nothing is denied: the traffic question is not asked, and the summary shows the answer. "jatuh dari motor
    forklift di gudang" leans both ways, and a dog bite "di jalan mawar" names no harm of the road: both are asked,
    as they would be if typed at the question (read with the question's own hints)."""
    both = f"{place} {story}"
    return (says(story, ON_THE_ROAD) and not says(both, OFF_THE_ROAD)
            and not _DENIED & set(normalise_words(both).split()))


def _plainly_off_the_road(story: str, place: str) -> bool:
    """The story and the place name only somewhere off the road ("jatuh dr tangga pas benerin atap rumah orang", "di
    pabrik"): asked "is it a traffic accident?" all the same. Nothing of the road, a vehicle or a crash in either, and
    nothing denied; the summary shows "Kecelakaan lalu lintas: tidak" before anything is sent, and a wrong one is
    corrected there."""
    both = f"{place} {story}"
    return (says(both, SURELY_OFF_THE_ROAD) and not says(both, ON_THE_ROAD) and not says(both, ROAD_NAMED)
            and not _DENIED & set(normalise_words(both).split()))


SURELY_OFF_THE_ROAD = ("tangga", "atap", "genteng", "plafon", "pohon", "sawah", "kebun", "ladang", "tambak", "kolam",
                       "sumur", "laut", "kapal", "perahu", "pabrik", "mesin", "dapur", "ladder", "roof", "tree", "farm",
                       "boat", "factory")
"""Where no traffic is: fewer than OFF_THE_ROAD, which only leans an answer at the question (a warehouse has its
trucks, and one slips on a wet road too)."""
ROAD_NAMED = ("jalan", "jln", "jl", "gang", "simpang", "lampu merah", "perempatan", "pertigaan", "tol", "road",
              "street")
"""A road or a crossing named anywhere ("jatuh di tangga rumah di jl mawar"): the question is asked."""


_ANSWER_FIRST = re.compile(r"^(?:\W*\b(?:" + "|".join(sorted((re.escape(w) for w in (*YES_WORDS, *NO_WORDS)),
                                                            key=len, reverse=True)) + r")\b)+\W*", re.IGNORECASE)
"""The yes or the no an answer opens with ("tidak, ", "iya bener "), before what it tells."""


def _told_with_traffic(ctx: Ctx[AccidentDraft], text: str) -> AccidentDraft | None:
    """What happened, told with the answer or instead of it ("tidak, saya terpeleset di lantai basah waktu angkat
    karung", "saya terpeleset di gudang"): added to the story (it was lost), and an injury or a facility named kept
    as at any question before them. Two words or fewer ("ditabrak mobil", "kaki keseleo") tell no more story."""
    d = told_ahead(ctx, text) or ctx.draft
    rest = " ".join(_ANSWER_FIRST.sub("", text).split())
    if len(rest.split()) >= 3 and any(ch.isalpha() for ch in rest) \
            and (d.story is None or rest.lower() not in d.story.lower()):
        story = rest if d.story is None else f"{d.story}. {rest}"
        if len(story) <= MAX_FREE_TEXT:
            d = d.model_copy(update={"story": story})
    return d if d is not ctx.draft else None


def _traffic(value: bool):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[AccidentDraft]) -> Outcome:
        return Goto(_after_traffic(ctx.draft), draft=ctx.draft.model_copy(update={"traffic": value}))
    return chosen


def _after_traffic(d: AccidentDraft) -> AccidentState:
    """The injury next, unless the first message named it ("kaki lecet2 sama tangan keseleo")."""
    return AccidentState.ASK_INJURY if d.injury is None else _after_injury(d)


def _after_injury(d: AccidentDraft) -> AccidentState:
    """The treatment next, unless it was told at an earlier question ("ke puskesmas")."""
    return AccidentState.ASK_TREATMENT if d.treatment is None else AccidentState.SUMMARY


_HOSPITALS = r"rs|rsu|rsud|rsia|rumah\s*sakit|klinik|hospital|clinic|poli|poliklinik|igd|ugd"
FACILITY_WORDS = re.compile(rf"\b({_HOSPITALS}|puskesmas|pustu|dokter|dr|bidan|mantri)\b", re.IGNORECASE)


_BEFORE_THE_PLACE = re.compile(r"^(?:(?:(?:belum|blm|ga|gak|tidak|nggak)\s+(?:tau|tahu)\W+)?(?:sudah|udah|sdh|tadi|td|"
                               r"sempat|masih|msh|sedang|lagi|dibawa|dirawat(?:nya)?|berobat(?:nya)?|ke|di|"
                               r"went|to|treated|at|the|a)\s+)+", re.IGNORECASE)
"""Words before the place's name ("sudah ke klinik", "dirawat di RS Bhayangkara", "berobatnya di puskesmas", "went to a
clinic", "blm tau, masih di igd"): not kept as part of it."""


_NOT_TREATED = re.compile(
    r"\b(?:belum|blm|tidak|tdk|ga|gak|nggak|ngga|enggak|not yet|haven'?t|didn'?t|not)\s+"
    r"(?:(?:pernah|sempat|dibawa|pergi|ke|sampai|go|gone|been|went|to|the|a|seen|see)\s+){0,3}"
    r"(?:rs|rsud|rumah\s*sakit|klinik|puskesmas|dokter|berobat|diobati|diperiksa|periksa|hospital|doctor|clinic)\b",
    re.IGNORECASE)
"""Treatment denied ("belum ke dokter", "tidak dibawa ke rs"): no facility named, but "Belum berobat". Was kept as
the name of the place where it was treated."""
_SELF_TREATED = re.compile(r"\b(?:tukang urut|diurut|urut|pijat|dipijat|dukun|sangkal putung|beli obat|apotek|apotik|"
                           r"obat sendiri|obati sendiri|dikompres|kompres|di ?rumah aja|di ?rumah saja|istirahat)\b",
                           re.IGNORECASE)
"""Treated at no medical facility ("tukang urut", "beli obat di apotik", "di rumah aja dikompres"): "Belum berobat".
Was "Pilih salah satu"."""


def treated_in_story(text: str) -> dict[str, Any] | None:
    """Not treated yet, told in the first message ("jatuh dari motor, tangan lecet, belum ke dokter"), or treated at a
    puskesmas ("sudah ke puskesmas"): not asked again. Another facility named there is not taken: whether it is a
    partner is the treatment question's to ask."""
    if _NOT_TREATED.search(text) is not None:
        return {"treatment": Treatment.NONE, "treatment_place": None}
    if _AT_THE_PUSKESMAS.search(text) is not None:  # never a partner, the question says: not asked again
        return {"treatment": Treatment.OTHER_FACILITY, "treatment_place": "puskesmas"}
    return None


_AT_THE_PUSKESMAS = re.compile(r"\b(?:sudah|udah|udh|sdh|dibawa|berobat|diobati|dirawat|periksa|diperiksa|dijahit)\b"
                               r"[^,.;]*\b(?:ke|di)\s+(?:puskesmas|pkm)\b", re.IGNORECASE)

_NOT_YET_FIRST = re.compile(r"^\W*(?:belum|blm|not yet|none yet|nowhere yet|no,? not yet)\b" + _NOT_SURE_AFTER
                            + r"(?!\W*(?:bisa|bs|sembuh|pulang|keluar|boleh|sadar|jalan|kerja|masuk|can|able|healed)\b)",
                            re.IGNORECASE)
"""Treatment not had yet, said first ("not yet, i'll go to the clinic later", "belum, nanti sore ke puskesmas"): the
place is where the worker will go, not where they were treated (it was kept as the facility). Not "belum pasti", "blm
tau" (not sure yet), which was noted as "belum berobat" at the injury question; nor what the injury still keeps from
("blm bisa kerja", "belum sembuh"), which was recorded "Belum berobat" after a hospital stay."""


def _facility_named(text: str) -> dict[str, Any] | None:
    """Another facility, with its name kept (whether it is a partner, the branch checks); or none yet. A paper named
    ("blm ada surat dokter", "surat dokter blm keluar") is read without it: not having the letter yet is no treatment
    denied (it was "Belum berobat"), and its "dokter" no facility (it was kept as where the worker was treated)."""
    papers = bool(documents_named(text))
    if papers:  # and of the rest, the clause that names a facility ("sudah ke rs x, surat dokter blm ada")
        text = next((clause for clause in re.split(r"[,;.]", without_documents(text)) if FACILITY_WORDS.search(clause)),
                    without_documents(text))
    if _NOT_TREATED.search(text) is not None or not papers and _NOT_YET_FIRST.search(text) is not None \
            or (_SELF_TREATED.search(text) and FACILITY_WORDS.search(text) is None) or _NO_MONEY.search(text):
        return {"treatment": Treatment.NONE, "treatment_place": None}
    if FACILITY_WORDS.search(text) is None:
        return None
    name = _BEFORE_THE_PLACE.sub("", _PARTNER_DOUBTED.sub("", " ".join(without_numbers(text).split())))[:120]
    return {"treatment": Treatment.OTHER_FACILITY, "treatment_place": name}


_TREATED_AT = re.compile(r"^\W*(?:(?:berobat(?:nya)?|dirawat(?:nya)?|diobati|dibawa|sudah|udah|tadi|td|ke|di|went|to|"
                         r"treated|at|the|a)\s+)*(?:" + FACILITY_WORDS.pattern.removeprefix(r"\b(").removesuffix(r")\b")
                         + r")\b", re.IGNORECASE)
"""Where the worker was treated, said at the summary ("berobatnya di puskesmas", "puskesmas", "went to a clinic"): was
"not understood" there. Only a message that opens with it: "jatuh di depan klinik" is no treatment."""


def treatment_told(text: str) -> dict[str, Any] | None:
    """The treatment a short message at the report's summary tells, or None."""
    return _facility_named(text) if _TREATED_AT.search(text) is not None or _NOT_TREATED.search(text) else None


_PARTNER_DOUBTED = re.compile(r"[\s,;.]*(?:\b(?:tp|tapi|tpi|but)\s+)?\b(?:(?:ga|gak|nggak|tidak|tdk|kurang|belum)\s*"
                              r"(?:tau|tahu)|entah|apa(?:kah)?|mungkin)\b[^,;.]*\b(?:mitra|bukan)\b[^,;.]*[\s,;.]*",
                              re.IGNORECASE)
"""Whether it is a partner, doubted before or after its name ("rsud raden mattaher, ga tau itu mitra atau bukan", "ga
tau rs nya mitra ato bukan, rs bhayangkara"): no part of the name. The summary says the officer checks it (it read
"RS/klinik lain", as if it were not one; doubted first, the name was lost with the doubt)."""


_MAY_BE_A_PARTNER = re.compile(rf"\b(?:{_HOSPITALS})\b", re.IGNORECASE)
"""A hospital or clinic named: a partner or not, the officer checks. A puskesmas or a doctor is not (the question says
so)."""


PARTNER_HELP = lazy_gettext("Rumah sakit atau klinik mitra adalah yang bekerja sama dengan BPJS Ketenagakerjaan; di sana "
                            "biaya ditanggung langsung. Di tempat lain, simpan kuitansinya.")


def _treatment_named(ctx: Ctx[AccidentDraft], text: str) -> Outcome:
    """A place typed instead of a choice ("di RSUD Raden Mattaher") answers the question; a question about it ("apa bedanya
    rs mitra?") was written down as the facility."""
    choose = _("Pilih salah satu, atau tulis nama rumah sakit atau kliniknya.")
    if is_question(text) and _NEED_ASKED.search(text):  # "perlu ke dokter ga?"
        return Retry(f"{SEE_A_DOCTOR} {choose}")
    if is_question(text):  # one the bot cannot answer: what the question is about, and how to answer it
        return Retry(f"{PARTNER_HELP} {choose}")
    if (named := _facility_named(text)) is None and says(text, UNSURE_WORDS):
        # "gatau": whether it is a partner is not the worker's to know ("Pilih salah satu" again and again)
        return Retry(_("Tidak apa-apa: tulis saja nama rumah sakit atau kliniknya, petugas yang memeriksa apakah itu "
                       "mitra. Jika belum berobat, pilih \"Belum berobat\"."))
    if named is None and find_injury(text) is not None:  # more of the injury ("lutut lecet sama tangan keseleo")
        added = _injury_added(ctx.draft, text)
        if added is None:
            noted = _("Cederanya sudah saya catat.")
            return Retry(f"{noted} {choose}")
        return _injury_noted(ctx.draft, added, AccidentState.ASK_TREATMENT)
    if named is None:
        return Retry(choose)
    return Goto(AccidentState.SUMMARY, draft=ctx.draft.model_copy(update=named),
                say=_untreated_said(text) if named["treatment"] is Treatment.NONE else ())


def _untreated_for_the_cost(ctx: Ctx[AccidentDraft], text: str) -> Outcome | None:
    """"Belum berobat" typed with the cost that keeps the worker from it ("belum berobat, mahal"), or asking whether
    treatment is needed ("belum berobat, perlu ga?": the summary came, the question unanswered)."""
    said = _untreated_said(text)
    if not said:
        return None
    return Goto(AccidentState.SUMMARY, draft=ctx.draft.model_copy(update={"treatment": Treatment.NONE,
                                                                          "treatment_place": None}), say=said)


def _untreated_said(text: str) -> tuple[str, ...]:
    if _COST_FEARED.search(text) is not None:
        return (str(TREATMENT_PAID),)
    if _NEED_ASKED.search(text) is not None:
        return (str(SEE_A_DOCTOR),)
    return ()


_NO_MONEY = re.compile(r"\b(?:(?:ga|gak|nggak|tidak|tdk|blm|belum) (?:ada|punya) (?:uang|duit|biaya|ongkos)|"
                       r"(?:ga|gak|nggak|tidak|tdk) mampu|can'?t afford|no money)\b", re.IGNORECASE)
"""No money for treatment ("ga ada duit buat ke rs"): not treated; the hospital named is where they cannot go (it was
kept as the facility where they were treated)."""
_COST_FEARED = re.compile(rf"{_NO_MONEY.pattern}|\b(?:mahal|biaya(?:nya)?|takut bayar|bayar(?:nya)?|expensive)\b",
                          re.IGNORECASE)
"""Not treated for the cost ("belum berobat, mahal"): the summary came, and the worker stayed untreated."""
_NEED_ASKED = re.compile(rf"\b{NEED_WORDS}\b", re.IGNORECASE)
"""Whether treatment is needed, asked ("perlu ke dokter ga?") or with "Belum berobat" ("belum berobat, perlu ga?")."""
SEE_A_DOCTOR = lazy_gettext("Sebaiknya tetap periksa ke dokter, walau cederanya ringan: di rumah sakit atau klinik mitra "
                            "BPJS Ketenagakerjaan biayanya ditanggung JKK, dan surat dokter diperlukan untuk klaimnya.")
TREATMENT_PAID = lazy_gettext("Pengobatan kecelakaan kerja di rumah sakit atau klinik mitra BPJS Ketenagakerjaan "
                              "ditanggung JKK, tanpa biaya. Berobatlah segera; mitra terdekat bisa ditanyakan ke Contact "
                              "Center 175.")


def _injury_added(d: AccidentDraft, text: str) -> str | None:
    """More of the injury told at the treatment question ("lutut lecet sama tangan keseleo", after "lutut luka"): was
    "pick one". Added to what was told, which it may already contain; None when it says nothing new, or too much."""
    told = " ".join(text.split())
    known = "" if (d.injury or "").casefold().strip(" .!") in NO_INJURY else d.injury or ""  # "tidak", then "punggung
    # memar" was "Cedera: tidak; punggung memar"
    if told.casefold() in known.casefold():
        return None
    added = told if not known or known.casefold() in told.casefold() else f"{known}; {told}"
    return added if len(added) <= MAX_FREE_TEXT else None


NO_INJURY = frozenset({"tidak", "tidak ada", "ga", "gak", "ga ada", "gak ada", "nggak", "nggak ada", "tdk", "tdk ada",
                       "belum", "belum ada", "no", "none", "nothing", "-"})
"""An injury question answered with no injury: what is told of one later replaces it."""


ASKED_BEFORE_THE_INJURY = frozenset({"accident.ask_time", "accident.ask_traffic"})
"""Choice questions asked before the injury and the treatment, where people often tell those instead."""


def told_ahead(ctx: Ctx[AccidentDraft], text: str) -> AccidentDraft | None:
    """The injury or where it was treated, typed at an earlier choice question ("lutut lecet sama tangan keseleo",
    "ke puskesmas" at "is it a traffic accident?"), or the place at the time question ("di simpang kawat"): kept, and
    not asked later. Was "not understood", or the BPJS Kesehatan answer for a puskesmas."""
    if ctx.conversation.state not in ASKED_BEFORE_THE_INJURY or is_question(text):  # "apa bedanya rs mitra?"
        return None
    update: dict[str, Any] = {}
    if (injury := find_injury(text)) is not None and ctx.draft.injury is None:
        update["injury"] = injury
    if ctx.draft.treatment is None and (named := _facility_named(text)) is not None:
        update.update(named)
    if ctx.conversation.state == AccidentState.ASK_TIME and ctx.draft.place is None and not update \
            and (place := place_in_story(text)) is not None:
        update["place"] = place
    return ctx.draft.model_copy(update=update) if update else None


def _treated(value: Treatment):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[AccidentDraft]) -> Outcome:
        return Goto(AccidentState.SUMMARY, draft=ctx.draft.model_copy(update={"treatment": value}))
    return chosen


# -- roster, summary, claim --------------------------------------------------------------------


TREATMENT_LABELS = {
    Treatment.PARTNER: lazy_gettext("RS/klinik mitra"),
    Treatment.OTHER_FACILITY: lazy_gettext("RS/klinik lain"),
    Treatment.NONE: lazy_gettext("Belum berobat"),
}
TREATMENT_ALIASES: dict[Treatment, tuple[str, ...]] = {
    Treatment.PARTNER: ("rs mitra", "klinik mitra", "rumah sakit mitra", "partner", "partner hospital"),
    Treatment.OTHER_FACILITY: ("rs lain", "klinik lain", "rumah sakit lain", "bukan mitra", "rs biasa", "other hospital"),
    Treatment.NONE: ("belum", "belum berobat", "tidak berobat", "not yet"),
}
"""The choices as typed: "rs mitra" was written down as the name of a hospital ("Berobat di: rs mitra")."""


def cover_text() -> str:
    """What JKK gives, on the condition an officer checks: the roster is not read for whoever types a NIK."""
    return _("Jika pekerja terdaftar aktif pada hari kecelakaan, JKK menanggung pengobatannya dan santunan "
             "selama belum bisa bekerja. Petugas memeriksa kepesertaannya.")


def _short(text: str | None, limit: int = SUMMARY_FIELD) -> str:
    value = text or ""
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _summary(ctx: Ctx[AccidentDraft]) -> str:
    """One screen whatever was typed: the story of a long first message with a named hospital on the road took 770
    characters, with Jasa Raharja's sentence (now said when the report is saved)."""
    d = ctx.draft
    assert d.happened_on is not None and d.treatment is not None
    hedged = bool(d.treatment_place and _MAY_BE_A_PARTNER.search(d.treatment_place))
    return _on_one_screen(lambda free: _summary_text(d, hedged, free),
                          [_short(d.place), _short(d.story), _short(d.injury), _short(d.treatment_place)])


def _on_one_screen(render: Callable[[list[str]], str], free: list[str]) -> str:
    """`render` with the free answers cut to one length, as long as the room the rest of its text leaves on a phone
    screen allows."""
    room = PHONE_SCREEN - len(render(["" for _value in free]))
    return render(_fitted(free, room))


def _summary_text(d: AccidentDraft, hedged: bool, free: list[str]) -> str:
    assert d.treatment is not None
    place, story, injury, treated_at = free
    lines = [
        _("Ringkasan laporan kecelakaan kerja:"),
        _("Waktu: {when}").format(when=_when_text(d)),
        _("Tempat: {place}").format(place=place),
        _("Kejadian: {story}").format(story=story),
        _("Kecelakaan lalu lintas: {answer}").format(answer=_("ya") if d.traffic else _("tidak")),
        _("Cedera: {injury}").format(injury=injury),
        _("Berobat di: {place} (mitra atau bukan, petugas yang memastikan; simpan kuitansinya)").format(
            place=treated_at) if hedged else
        _("Berobat di: {place}").format(place=treated_at or TREATMENT_LABELS[d.treatment]),
        "",
        cover_text(),
        "",
        _("Simpan laporan ini dan lanjut ke daftar dokumen?"),
    ]
    return "\n".join(lines)


def _fitted(values: list[str], room: int) -> list[str]:
    """The values cut to one length, as long as `room` allows in all (at least a few characters each)."""
    if sum(map(len, values)) <= room:
        return values
    cap = max(map(len, values))
    while cap > MIN_SHOWN and sum(min(len(v), cap) for v in values) > room:
        cap -= 1
    return [_short(v, cap) for v in values]


def jasa_raharja_text() -> str:
    """FACTS.md §7: on the road, Jasa Raharja pays first; said when the report is saved."""
    return _("Untuk kecelakaan lalu lintas, Jasa Raharja membayar lebih dulu (pengobatan sampai {amount}); "
             "sisanya ditanggung JKK. Simpan surat polisi atau surat Jasa Raharja.").format(
        amount=format_money(PP_82_2019.jasa_raharja_medical_max))


def _confirm(ctx: Ctx[AccidentDraft]) -> Outcome:
    d = ctx.draft
    assert d.nik and d.happened_on and d.treatment is not None and d.traffic is not None
    required, optional = accident_checklist(d.traffic, d.treatment)
    details = {
        "reporter": d.reporter, "birth_date": d.birth_date.isoformat() if d.birth_date else None,
        "time": f"{d.hour:02d}:{d.minute:02d}" if d.hour is not None else (d.part.value if d.part else None),
        "place": d.place, "story": d.story, "traffic": d.traffic, "injury": d.injury,
        "treatment": d.treatment.value, "treatment_place": d.treatment_place,
        **({"event_date_rough": True} if d.happened_rough else {}),
    }
    return Goto(AccidentState.CREATING, effects=(CreateClaim(
        kind=Benefit.JKK_ACCIDENT.kind, benefit=Benefit.JKK_ACCIDENT, subject_nik=d.nik, event_date=d.happened_on,
        details=details, checklist=required, optional=optional, locale=current_locale()),))


def _on_created(ctx: Ctx[AccidentDraft], result: Result) -> Outcome:
    if not isinstance(result, ClaimCreated):
        return Goto(HOME, say=(_("Maaf, laporan belum bisa disimpan. Silakan coba lagi."),))
    d = ctx.draft
    assert d.traffic is not None and d.treatment is not None
    required, optional = accident_checklist(d.traffic, d.treatment)
    docs = DocsDraft(reference=result.reference, benefit=Benefit.JKK_ACCIDENT, traffic=d.traffic,
                     required=required, optional=optional)
    said = [_("Laporan dicatat dengan nomor {reference} (draf). Simpan nomor ini.").format(
        reference=result.reference)]
    if d.traffic:  # said with the checklist that asks for the police letter (the summary had no room for it)
        said.append(jasa_raharja_text())
    return open_checklist(docs, tuple(said),
                conversation=with_memo(ctx.conversation, result.reference, missing_items(docs)))


def start(ctx: Ctx[Any]) -> Outcome:
    return Goto(AccidentState.WHO)


def start_with(ctx: Ctx[Any], prefill: AccidentDraft) -> Outcome:
    """From a message that told the story ("saya jatuh dari motor tadi pagi waktu antar penumpang"):
    what was understood is shown for confirmation first, then only what is missing is asked."""
    if prefill.happened_on is None and prefill.traffic is None and prefill.nik is None and prefill.story is None:
        # Someone else's, and nothing more ("sy mau lapor kecelakaan tp bukan sy yg kena, tetangga"): their NIK next
        return Goto(AccidentState.ASK_NIK, draft=prefill) if prefill.reporter == "family" else Goto(AccidentState.WHO)
    return Goto(AccidentState.CONFIRM, draft=prefill)


def with_more(d: AccidentDraft, told: AccidentDraft, *, day_told: bool) -> AccidentDraft:
    """The summary's draft with what was typed at its "Benar?" ("jam 3 sore", "NIK-nya 6474…", "motor saya
    ditabrak"): the later word wins, a time of day alone keeps the day told before, and the story grows."""
    update: dict[str, Any] = {}
    if told.reporter is not None:
        update["reporter"] = told.reporter
    if told.nik is not None and told.nik != d.nik:
        update.update(nik=told.nik, birth_date=None)  # read again from the new NIK
    if told.happened_on is not None:
        if d.happened_on is None or day_told:
            update.update(happened_on=told.happened_on, happened_rough=told.happened_rough, month_said=None)
        if told.hour is not None or told.part is not None:
            update.update(part=told.part, hour=told.hour, minute=told.minute)
        elif update.get("happened_on", d.happened_on) != d.happened_on:
            update.update(part=None, hour=None, minute=0)  # another day: the old day's hour is not this one's
    elif told.month_said is not None and d.happened_on is None:
        update["month_said"] = told.month_said
    if told.traffic:
        update["traffic"] = True
    if told.injury and (d.injury is None or told.injury.lower() not in d.injury.lower()):
        update["injury"] = told.injury if d.injury is None else f"{d.injury}, {told.injury}"
    if told.place and d.place is None:
        update["place"] = told.place
    if told.treatment is not None and d.treatment is None:  # "belum berobat" ("not treated yet", its only reading)
        update.update(treatment=told.treatment, treatment_place=told.treatment_place)
    if told.story and (d.story is None or told.story.lower() not in d.story.lower()):
        story = told.story if d.story is None else f"{d.story}. {told.story}"
        if len(story) <= MAX_FREE_TEXT:
            update["story"] = story
    return d.model_copy(update=update)


def _when_text(d: AccidentDraft) -> str:
    assert d.happened_on is not None
    when = format_date(d.happened_on, rough=d.happened_rough)
    if d.hour is not None:
        when += " " + _("pukul {time}").format(time=f"{d.hour:02d}.{d.minute:02d}")
    elif d.part is not None:
        when += f" ({str(PART_LABELS[d.part]).lower()})"
    return when


def _understood_text(ctx: Ctx[AccidentDraft]) -> str:
    """One screen, as the summary: a whole report typed in one message made 790 characters."""
    d = ctx.draft
    return _on_one_screen(lambda free: _understood_lines(d, free), [d.place or "", d.story or "", d.injury or ""])


def _understood_lines(d: AccidentDraft, free: list[str]) -> str:
    place, story, injury = free
    lines = [_("Dari pesan Anda, saya mencatat laporan kecelakaan kerja:")]
    if d.reporter == "self":
        lines.append(_("• Yang mengalami: Anda sendiri"))
    elif d.reporter == "family":
        lines.append(_("• Yang mengalami: keluarga atau orang lain"))
    if d.nik:
        lines.append(_("• NIK pekerja: {nik}").format(nik=d.nik))
    if d.happened_on is not None:
        lines.append(_("• Waktu: {when}").format(when=_when_text(d)))
    elif d.month_said is not None:  # "… bulan lalu": shown kept, its day asked later
        lines.append(_("• Waktu: bulan {month} (tanggalnya saya tanyakan)").format(month=format_month(d.month_said)))
    if d.traffic:
        lines.append(_("• Kecelakaan lalu lintas: ya"))
    if d.place:
        lines.append(_("• Tempat: {place}").format(place=place))
    if d.story:
        lines.append(_("• Kejadian: {story}").format(story=story))
    if d.injury:
        lines.append(_("• Cedera: {injury}").format(injury=injury))
    if d.treatment is Treatment.NONE:
        lines.append(_("• Berobat: belum"))
    elif d.treatment_place:
        lines.append(_("• Berobat di: {place}").format(place=d.treatment_place))
    lines.append(_("Benar? Yang belum ada akan saya tanyakan."))
    return "\n".join(lines)


def _confirmed(ctx: Ctx[AccidentDraft]) -> Outcome:
    d = ctx.draft
    if d.reporter is None:
        return Goto(AccidentState.WHO, draft=d)
    return _to_nik(ctx, d)


def _to_nik(ctx: Ctx[AccidentDraft], d: AccidentDraft) -> Outcome:
    """The worker's NIK next, unless known: told already, or the user's own, proven in this conversation."""
    proven = proven_nik(ctx.conversation)
    if d.reporter == "self" and d.nik is None and proven is not None:  # asked once: proven in this conversation
        d = d.model_copy(update={"nik": proven})
    return Goto(AccidentState.ASK_NIK, draft=d) if d.nik is None else _after_nik(ctx, d)


def _restart(ctx: Ctx[AccidentDraft]) -> Outcome:
    """Every answer asked again: the summary's answers were kept, and after the place it came straight back."""
    return Goto(AccidentState.WHO, draft=AccidentDraft())


def _not_confirmed(ctx: Ctx[AccidentDraft]) -> Outcome:
    return Goto(AccidentState.WHO, draft=AccidentDraft(), say=(_("Baik, kita isi satu per satu."),))


_SELF_TOO = re.compile(r"\b(?:saya|sy|aku|gue|gw|i|me)\b.*\b(?:sama|sm|dan|dengan|dgn|juga|jg|and)\b|"
                       r"\b(?:sama|sm|dan|dengan|dgn|and)\s+(?:saya|sy|aku|gue|gw|me)\b", re.IGNORECASE)
_PASSENGER = re.compile(r"\b(?:penumpang|pelanggan|pembeli|konsumen|customer|passenger)\w*\b", re.IGNORECASE)
_CARRYING = re.compile(r"\b(?:antar|anter|ngantar|nganter|mengantar|mengantarkan|antarin|anterin|nganterin|bawa|bawain|"
                       r"membawa|jemput|jemputin|menjemput|narik|ambil|ngambil|layani|melayani|taking|carrying|driving)\s+"
                       r"(?:a\s+|the\s+|my\s+|seorang\s+)?(?:penumpang|pelanggan|pembeli|konsumen|customer|passenger)\w*",
                       re.IGNORECASE)
"""The passenger as the work being done ("jatuh dr motor pas antar penumpang"): the writer was working, not the
passenger hurt."""


def _passenger_named(ctx: Ctx[AccidentDraft], text: str) -> Outcome | None:
    """The one hurt is the worker's passenger or customer ("penumpang sy" was taken for a new report by the writer, hurt
    himself): the cover is the worker's own. Final: the understanding read it as the writer's accident."""
    if _PASSENGER.search(_CARRYING.sub(" ", text)) is None:
        return None
    if _SELF_TOO.search(text):  # "sy sama penumpang": the worker's own report, the passenger told of
        chosen = _who("self")(ctx)
        return dataclasses.replace(chosen, say=(_(
            "Baik, laporan ini untuk Anda. JKK tidak melindungi penumpang atau pelanggan; penumpang yang terluka dalam "
            "kecelakaan lalu lintas bisa mendapat santunan Jasa Raharja."), *chosen.say)) if isinstance(chosen, Goto) else chosen
    return Goto(AccidentState.WHO, draft=ctx.draft, say=(_(
        "JKK melindungi pekerja yang terdaftar, bukan penumpang atau pelanggannya. Jika Anda sendiri juga terluka, pilih "
        "\"Saya sendiri\". Penumpang yang terluka dalam kecelakaan lalu lintas bisa mendapat santunan Jasa Raharja."),))


def _who(reporter: Literal["self", "family"]):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[AccidentDraft]) -> Outcome:
        return _to_nik(ctx, ctx.draft.model_copy(update={"reporter": reporter}))
    return chosen


_WHOSE_NIK = re.compile(r"\bnik\s+(?:nya\s+)?(?:siapa|sapa|punya siapa)\b|\bsiapa\s+(?:punya\s+)?nik\b|"
                        r"\bnik\s+(?:saya|sy|aku|gw)\s+(?:atau|ato|apa)\b", re.IGNORECASE)
"""Whose NIK is asked for ("nik siapa? nik sy atau suami?" was told what a NIK is)."""


def _on_nik(ctx: Ctx[AccidentDraft], text: str) -> Outcome:
    if not _is_self(ctx) and _WHOSE_NIK.search(text) and not any(ch.isdigit() for ch in text):
        return Retry(_("Di sini yang diperlukan NIK pekerja yang mengalami kecelakaan, bukan NIK Anda."))
    subject = subject_of(ctx, text)
    if isinstance(subject, Retry):
        return subject
    d = ctx.draft.model_copy(update=subject)
    if len(text.split()) < TOLD_WITH_THE_NIK:
        return _after_nik(ctx, d)
    # "nik saya 1571…, kemarin sore jatuh dari motor pas antar paket di jl sudirman, lutut lecet": only the NIK was
    # kept, and the day, the place and the story asked again
    more = with_more(d, told_of_an_accident(without_nik(text), ctx.local_now), day_told=d.happened_on is None)
    after = _after_nik(ctx, more)
    if more == d or not isinstance(after, Goto):
        return after
    return dataclasses.replace(after, say=(_("Baik, saya catat."), *after.say))


def told_of_an_accident(text: str, now: dt.datetime) -> AccidentDraft:
    """What a message tells of an accident besides the worker's NIK: the story in its own words, its place, the day
    when told, the road, the injury, and where it was treated when that needs no question."""
    story = story_told(text)
    told = 10 <= len(story) <= MAX_FREE_TEXT
    when = read_when(text, now) if tells_day(text, now) else None
    if when is not None and when.date > now.date():
        when = None
    return AccidentDraft(
        happened_on=when.date if when else None, happened_rough=bool(when and when.rough),
        part=when.part if when else None, hour=when.hour if when else None, minute=when.minute if when else 0,
        traffic=find_road(normalise_message(text)), injury=find_injury(text),
        story=story if told else None, place=place_in_story(story) if told else None,
        **(treated_in_story(text) or {}),
    )


def _after_nik(ctx: Ctx[AccidentDraft], d: AccidentDraft) -> Outcome:
    """The date next, unless the first message gave it (then checked as if typed)."""
    if d.birth_date is None:
        d = d.model_copy(update={"birth_date": nik_birth_date(d.nik, ctx.today)})
    if d.happened_on is None:
        return Goto(AccidentState.ASK_WHEN, draft=d)
    if d.birth_date is not None and d.happened_on < d.birth_date:
        return Goto(AccidentState.ASK_WHEN, draft=d.model_copy(update={"happened_on": None}), say=(
            _("Tanggal itu sebelum tanggal lahir pekerja. Periksa lagi tanggal kecelakaannya."),))
    if d.part is None and d.hour is None:
        return Goto(AccidentState.ASK_TIME, draft=d)
    return _after_time(ctx, d)


def _after_story(d: AccidentDraft) -> AccidentState:
    """After the place: the story, then traffic, unless the first message told them already."""
    if d.story is None:
        return AccidentState.ASK_STORY
    return AccidentState.ASK_TRAFFIC if d.traffic is None else _after_traffic(d)


AFTER_THE_PLACE = frozenset({AccidentState.ASK_STORY, AccidentState.ASK_TRAFFIC, AccidentState.ASK_INJURY,
                             AccidentState.ASK_TREATMENT, AccidentState.SUMMARY})
AFTER_TIME = AFTER_THE_PLACE | {AccidentState.EXPIRED, AccidentState.ASK_PLACE}
AFTER_NIK = AFTER_TIME | {AccidentState.ASK_WHEN, AccidentState.ASK_TIME}
ASKED_AGAIN = AFTER_NIK | {AccidentState.ASK_NIK}
"""Where the questions after the time may go: on, or back to an earlier answer said to be wrong (_earlier_corrected)."""

_ANSWERED_IN_WORDS = {
    AccidentState.ASK_PLACE: _free_text("place", None, 3),
    AccidentState.ASK_STORY: _free_text("story", None, 10),
    AccidentState.ASK_INJURY: _free_text("injury", None, 3),
    AccidentState.ASK_TREATMENT: _treatment_named,
}
"""The questions whose answer is typed, each with what reads it: a correction's right answer is read the same way."""

FLOW = Flow(
    name="accident",
    corrects=_said_wrong,
    entry=AccidentState.WHO,
    resumable=lazy_gettext("laporan kecelakaan kerja"),
    kept_deadline=kept_deadline,
    zone=lambda draft: zone_of_nik(draft.nik, default=None),
    draft_model=AccidentDraft,
    steps=(
        Step(
            AccidentState.CONFIRM,
            timeout=Timeout.NOTICE,
            ask=_understood_text,
            options=(Option("yes", lazy_gettext("Ya, benar"), then=_confirmed, aliases=YES_WORDS),
                     Option("no", lazy_gettext("Bukan, isi sendiri"), then=_not_confirmed,
                            aliases=NO_WORDS + ("salah", "ubah", "bukan itu"), alone=True)),
            on_text=summary_or_a_nik_mistyped,
            goes_to=AFTER_NIK | {AccidentState.WHO, AccidentState.ASK_NIK},
        ),
        Step(
            AccidentState.WHO,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Siapa yang mengalami kecelakaan?"),
            options=(
                # Alone: "ibu saya", "temen saya" name someone else (they were the summary of a report by "saya")
                Option("self", lazy_gettext("Saya sendiri"), then=_who("self"),
                       aliases=("saya", "sendiri", "saya sendiri", "aku", "me", "myself"), alone=True),
                Option("family", lazy_gettext("Keluarga/orang lain"), then=_who("family"),
                       aliases=("keluarga", "family", "orang lain", "teman", "temen", "kawan", "rekan", "tetangga",
                                "istri", "suami", "anak", "bapak", "ayah", "ibu", "kakak", "adik", "abang", "paman",
                                "saudara", "keponakan", "ponakan", "karyawan", "anak buah", "friend", "husband", "wife",
                                "son", "daughter", "someone else")),
            ),
            on_text=_passenger_named,
            goes_to=AFTER_NIK | {AccidentState.ASK_NIK, AccidentState.WHO},
        ),
        Step(AccidentState.ASK_NIK, timeout=Timeout.NOTICE, ask=_ask_nik, expects=Expect.NIK,
             on_text=_on_nik, goes_to=ASKED_AGAIN,  # who was hurt corrected: the other one's NIK
             help=lazy_gettext("NIK adalah Nomor Induk Kependudukan, 16 angka di KTP atau Kartu Keluarga. "
                               "Boleh ditulis dengan spasi atau titik.")),
        Step(
            AccidentState.ASK_WHEN,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Kapan kecelakaannya terjadi? Tulis misalnya: tadi pagi, kemarin sore, 5 Mei, atau "
                             "05-05-2025 jam 14.30."),
            expects=Expect.DATE,
            on_text=_on_when,
            goes_to=AFTER_TIME | {AccidentState.ASK_WHEN, AccidentState.ASK_TIME, AccidentState.ASK_NIK},
        ),
        Step(
            AccidentState.ASK_TIME,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Kira-kira jam berapa?"),
            options=_time_options,
            on_text=_on_time_text,
            goes_to=AFTER_TIME | {AccidentState.ASK_TIME, AccidentState.ASK_NIK},  # the day corrected, its time again
        ),
        Step(
            AccidentState.EXPIRED,
            timeout=Timeout.QUIET,
            ask=_expired_text,
            options=(to_menu(),),
        ),
        Step(AccidentState.ASK_PLACE, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Di mana kecelakaannya terjadi? (nama jalan, tempat kerja, atau kelurahan)"),
             expects=Expect.TEXT, on_text=_ANSWERED_IN_WORDS[AccidentState.ASK_PLACE],
             goes_to=ASKED_AGAIN),
        Step(AccidentState.ASK_STORY, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Ceritakan singkat apa yang terjadi, dan sedang bekerja apa saat itu."),
             expects=Expect.TEXT, on_text=_ANSWERED_IN_WORDS[AccidentState.ASK_STORY],
             goes_to=ASKED_AGAIN),
        Step(
            AccidentState.ASK_TRAFFIC,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Apakah ini kecelakaan lalu lintas (di jalan, termasuk dalam perjalanan berangkat "
                             "atau pulang kerja)?"),
            options=yes_no(_traffic(True), _traffic(False), yes_hints=ON_THE_ROAD, no_hints=OFF_THE_ROAD,
                           reads=paper_missing),
            told=_told_with_traffic,
            goes_to=ASKED_AGAIN,
        ),
        Step(AccidentState.ASK_INJURY, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Apa cederanya? (misalnya: kaki patah, luka di kepala)"),
             expects=Expect.TEXT, on_text=_ANSWERED_IN_WORDS[AccidentState.ASK_INJURY],
             goes_to=ASKED_AGAIN),
        Step(
            AccidentState.ASK_TREATMENT,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Di mana berobat? Di rumah sakit atau klinik mitra BPJS Ketenagakerjaan, biayanya ditanggung "
                             "langsung; di tempat lain (termasuk puskesmas), simpan kuitansinya."),
            options=tuple(
                Option(t.value, TREATMENT_LABELS[t], then=_treated(t), aliases=TREATMENT_ALIASES[t],
                       reads=_untreated_for_the_cost if t is Treatment.NONE else None) for t in Treatment
            ),
            on_text=_treatment_named,
            goes_to=ASKED_AGAIN,  # the treatment's own question again: more of the injury, told
            help=PARTNER_HELP,
        ),
        Step(
            AccidentState.SUMMARY,
            timeout=Timeout.NOTICE,
            ask=_summary,
            options=(
                # Alone: "oh iya tangannya juga keseleo" saved the report without what it added.
                Option("confirm", lazy_gettext("Ya, simpan laporan"), then=_confirm,
                       aliases=(*YES_WORDS, "boleh", "mau", "lanjut", "simpan", "laporan", "laporannya"),
                       alone=True),
                Option("restart", lazy_gettext("Ulangi dari awal"), then=_restart),
                to_menu(),
            ),
            goes_to=frozenset({AccidentState.CREATING, AccidentState.WHO, AccidentState.SUMMARY,
                               AccidentState.EXPIRED, AccidentState.ASK_PLACE, AccidentState.ASK_STORY,
                               AccidentState.ASK_INJURY, AccidentState.ASK_TREATMENT, AccidentState.ASK_TRAFFIC}),
        ),
        Step(AccidentState.CREATING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_created,
             goes_to=frozenset({DocsState.CHECKLIST, HOME})),
    ),
)
