"""Klaim santunan kematian by an heir: condolence first; who died, when, the cause (a work accident is the
JKK death benefit), the heir's relation checked against the heir order, what the family can expect from
the deceased's roster record, then a draft claim and its documents."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import NEGATIONS, UNSURE_WORDS
from conversations.domain.benefits import jkk_death, jkm_benefit
from conversations.domain.claims import (
    Benefit,
    HeirGroup,
    Relation,
    Timeliness,
    accident_timeliness,
    death_checklist,
    groups_to_ask,
)
from conversations.domain.nik import NikError, parse_nik
from conversations.domain.regions import zone_of_nik
from conversations.domain.rules import PP_82_2019, RuleSet, rules_on
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows.common import (
    CORRECTED,
    DAY_NOTED,
    HOME,
    LABEL_NO,
    LABEL_YES,
    NO_WORDS,
    TOLD_WITH_THE_NIK,
    YES_WORDS,
    day_asked_in_the_month,
    day_changed,
    day_told_again,
    named_wrong,
    not_yet_this_year,
    read_day,
    to_menu,
    why_not_a_date,
    yes_no,
)
from conversations.flows.documents import DocsDraft, DocsState, missing_items, open_checklist, with_memo
from conversations.flows.identity import nik_birth_date, subject_of, summary_or_a_nik_mistyped
from conversations.flows.missing_documents import paper_missing
from conversations.i18n import (
    LazyText,
    _,
    current_locale,
    format_date,
    format_money,
    format_month,
    lazy_gettext,
)
from conversations.model import (
    MEMO_CONDOLED,
    ClaimCreated,
    Conversation,
    CreateClaim,
    DeathReportLink,
    Expect,
    OpenDeathReport,
    Result,
)
from conversations.nlu.cues import Intent
from conversations.nlu.entities import (
    AT_HOME,
    ILLNESSES,
    RELATION_WORDS,
    find_deceased_relation,
    find_deceased_sex,
    find_illness,
    find_nik,
    find_own_relation,
    find_reporter,
    find_road,
    find_self_named,
    find_work_accident,
    read_nik,
    read_when,
    told_more_than_a_date,
    without_nik,
)
from conversations.nlu.intents import DEATH_WORDS, classify
from conversations.nlu.normalise import Normalised
from conversations.nlu.normalise import normalise_message as normalise_text


class DeathState(StrEnum):
    CONFIRM = "death.confirm"
    ASK_NIK = "death.ask_nik"
    ASK_DATE = "death.ask_date"
    ASK_CAUSE = "death.ask_cause"
    ASK_TRAFFIC = "death.ask_traffic"
    ASK_RELATION = "death.ask_relation"
    ASK_PRIOR_HEIRS = "death.ask_prior_heirs"
    NOT_HEIR = "death.not_heir"
    ASK_CHILDREN = "death.ask_children"
    EXPECTATION = "death.expectation"
    CREATING = "death.creating"
    FROM_REPORT = "death.from_report"


class DeathDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    nik: str | None = None
    birth_date: dt.date | None = None
    died_on: dt.date | None = None
    died_on_rough: bool = False
    """The day counted back from "minggu lalu", "2 bulan lalu": shown as an estimate, and to the desk as one."""
    month_said: dt.date | None = None
    """A month said at the date question without its day ("bulan lalu"): the day typed next is read in it."""
    benefit: Benefit = Benefit.JKM
    cause: Literal["illness", "work", "unknown"] | None = None
    traffic: bool = False
    traffic_answered: bool = False
    """The traffic question was answered: a work accident told in the first message has not been asked it yet."""
    relation: Relation | None = None
    asking: int | None = None
    """The heir group being asked about (HeirGroup value)."""
    blocked_by: int | None = None
    funeral_only: bool = False
    children: bool | None = None
    """Whether the deceased left children young enough for the scholarship (asked when the relation does not
    tell); None while unknown."""
    deceased_sex: Literal["L", "P"] | None = None
    """From the NIK (day + 40 for women) or from the first message ("suami saya meninggal")."""
    said_sex: Literal["L", "P"] | None = None
    """The deceased's sex as the first message put it ("istri saya" → P): a NIK of the other sex is likely
    the heir's own, typed by mistake."""
    doubted_nik: str | None = None
    """A NIK that disagreed with `said_sex`; typed again, it is taken as meant."""
    cover: str | None = None
    """Unused since the roster is no longer read here (an heir proves themselves, not the deceased)."""
    payer: str | None = None
    report_id: int | None = None
    """The RT head's death report this claim was started from (the family's one-tap link)."""


CONDOLENCE = lazy_gettext(
    "Kami turut berduka cita atas kepergian keluarga Anda. Saya bantu langkah demi langkah; Anda bisa berhenti "
    "kapan saja dan melanjutkannya nanti."
)


def honorific(d: DeathDraft) -> str | None:
    """"Ibu" to a widow, "Bapak" to a widower: known once the deceased is a spouse of known sex."""
    if d.relation is not Relation.SPOUSE or d.deceased_sex is None:
        return None
    return "ibu" if d.deceased_sex == "L" else "bapak"


def condolence(d: DeathDraft) -> str:
    """To a widow or widower by their title; to someone who told of a neighbour's or a friend's death (relation
    "other") without "your family"."""
    address = honorific(d)
    if d.relation is Relation.OTHER:
        return _("Kami turut berduka cita. Saya bantu langkah demi langkah; Anda bisa berhenti kapan saja dan "
                 "melanjutkannya nanti.")
    if address == "ibu":
        return _("Kami turut berduka cita, Ibu. Saya bantu langkah demi langkah; Ibu bisa berhenti kapan saja dan "
                 "melanjutkannya nanti.")
    if address == "bapak":
        return _("Kami turut berduka cita, Bapak. Saya bantu langkah demi langkah; Bapak bisa berhenti kapan saja "
                 "dan melanjutkannya nanti.")
    return str(CONDOLENCE)


def deceased(d: DeathDraft) -> str:
    """How the questions name the one who died, once the NIK tells: almarhum (a man), almarhumah (a woman)."""
    if d.deceased_sex == "L":
        return _("almarhum")
    if d.deceased_sex == "P":
        return _("almarhumah")
    return _("almarhum/almarhumah")


STEP_BY_STEP = lazy_gettext("Saya bantu langkah demi langkah; Anda bisa berhenti kapan saja dan melanjutkannya nanti.")
"""The opening when condolence was said already in this conversation."""


def condoled(conversation: Conversation) -> Conversation:
    """The conversation about to show a page or question that says condolence, remembering it (entering a state
    adds one to the version) for a claim begun from there."""
    return dataclasses.replace(conversation, memo={**conversation.memo, MEMO_CONDOLED: conversation.version + 1})


def start(ctx: Ctx[Any]) -> Outcome:
    return start_with(ctx, DeathDraft())


def start_with(ctx: Ctx[Any], prefill: DeathDraft) -> Outcome:
    """From a message that said it all ("suami saya meninggal kemarin, NIK …"): what was understood is
    shown for confirmation first, then only what is missing is asked. Condolence opens it, unless it was just
    said before the claim began."""
    d = _with_sex(prefill)
    memo = ctx.conversation.memo
    just_said = memo.get(MEMO_CONDOLED) == ctx.conversation.version
    opening: LazyText | str = STEP_BY_STEP if just_said else condolence(d)
    conversation = dataclasses.replace(ctx.conversation, memo={k: v for k, v in memo.items() if k != MEMO_CONDOLED})
    if not shown(d):  # nothing to confirm ("bapak tiri saya meninggal" tells only that he was a man): asked
        return Goto(DeathState.ASK_NIK, draft=d, say=(opening,), conversation=conversation)
    return Goto(DeathState.CONFIRM, draft=d, say=(opening,), conversation=conversation)


def shown(d: DeathDraft) -> bool:
    """Something the summary lists (`_understood_text`)."""
    return bool(d.nik or d.died_on or d.cause or d.relation is not None)


def told(prefill: DeathDraft) -> Outcome:
    """What the answer to the first question told instead of the NIK, for confirmation (condolence was said)."""
    return Goto(DeathState.CONFIRM, draft=_with_sex(prefill))


def from_report(ctx: Ctx[Any], token: str) -> Outcome:
    """`/duka TOKEN`: the family tapped "Mulai klaim" in the message an RT head's report sent them."""
    return Goto(DeathState.FROM_REPORT, draft=DeathDraft(), effects=(OpenDeathReport(token=token.strip()[:64]),))


def _on_report(ctx: Ctx[DeathDraft], result: Result) -> Outcome:
    if isinstance(result, DeathReportLink) and result.nik and result.died_on:
        d = _with_sex(DeathDraft(nik=result.nik, died_on=result.died_on, died_on_rough=result.died_on_rough,
                                 report_id=result.report_id))
        known = _("Dari laporan Ketua RT: {who} dengan NIK berakhiran {tail}, meninggal {date}.").format(
            who=deceased(d), tail=result.nik[-4:], date=format_date(result.died_on, rough=result.died_on_rough))
        return _next(ctx, d, (condolence(d), known))
    if isinstance(result, DeathReportLink) and result.problem == "claimed":
        return Goto(HOME, say=(_("Klaim dari laporan ini sudah dimulai. Ketik \"cek klaim\" untuk melihat atau "
                                 "melanjutkannya."),))
    return Goto(HOME, say=(_("Tautan ini tidak berlaku. Untuk mengurus santunan, pilih \"Klaim santunan "
                             "kematian\" di menu."),))


ARREARS_AT_DEATH = lazy_gettext(
    "Iuran yang menunggak atau kepesertaan yang nonaktif tidak menghalangi klaim dicatat. Petugas memeriksa status "
    "kepesertaan pada tanggal meninggal; jika iurannya ditanggung pemerintah kota, tunggakan diurus Disnaker atau "
    "kelurahan, dan kantor cabang yang memastikan.")
"""FACTS.md §2, said to an heir telling of unpaid contributions with the death ("ibu saya meninggal tapi bpjs nya
nunggak"): the claim began without a word of it, and "almarhum nunggak iuran, masih bisa klaim?" was told there is no
deadline."""


def _nik_sex(nik_text: str | None) -> Literal["L", "P"] | None:
    nik = parse_nik(nik_text or "")
    return None if isinstance(nik, NikError) else nik.sex


def _with_sex(d: DeathDraft) -> DeathDraft:
    """The deceased's sex from the NIK and from the first message's words where they agree or only one is known;
    unknown where they disagree (one of them is wrong: no "Ibu" or "almarhum" that may hurt)."""
    from_nik = _nik_sex(d.nik)
    sex = None if from_nik and d.said_sex and from_nik != d.said_sex else from_nik or d.said_sex
    return d.model_copy(update={"deceased_sex": sex})


def _understood_text(ctx: Ctx[DeathDraft]) -> str:
    d = ctx.draft
    lines = [_("Dari pesan Anda, saya mencatat:")]
    if d.nik:
        lines.append(_("• NIK almarhum/almarhumah: {nik}").format(nik=d.nik))
    lines += _noted_lines(d)
    lines.append(_("Benar? Yang belum ada akan saya tanyakan."))
    return "\n".join(lines)


def _noted_lines(d: DeathDraft) -> list[str]:
    lines = []
    if d.died_on:
        lines.append(death_date_line(d))
    elif d.month_said is not None:  # "bapak meninggal bulan lalu": shown kept, its day asked later
        lines.append(_("• Meninggal: bulan {month} (tanggalnya saya tanyakan)").format(month=format_month(d.month_said)))
    if d.cause == "illness":
        lines.append(_("• Penyebab: sakit atau sebab biasa"))
    elif d.cause == "work":
        lines.append(_("• Penyebab: kecelakaan kerja"))
        if d.traffic_answered and d.traffic:
            lines.append(_("• Kecelakaan lalu lintas: ya"))
    if d.relation is not None:
        lines.append(_("• Hubungan Anda: {relation}").format(relation=relation_recorded(d.relation)))
    if d.children:
        lines.append(_("• Anak yang masih sekolah atau kecil: ada"))
    return lines


def death_date_line(d: DeathDraft) -> str:
    assert d.died_on is not None
    if d.died_on_rough:
        return _("• Tanggal meninggal: sekitar {date}").format(date=format_date(d.died_on))
    return _("• Tanggal meninggal: {date}").format(date=format_date(d.died_on))


def with_more(d: DeathDraft, told: DeathDraft) -> DeathDraft:
    """The summary's draft with what was typed at its "Benar?" ("NIK-nya 6474…", "meninggalnya tadi pagi", "saya
    anaknya"): the later word wins."""
    update: dict[str, Any] = {}
    if told.nik is not None and told.nik != d.nik:
        update.update(nik=told.nik, birth_date=None, doubted_nik=None)
    if told.died_on is not None:
        update.update(died_on=told.died_on, died_on_rough=told.died_on_rough, month_said=None)
    elif told.month_said is not None and d.died_on is None:
        update["month_said"] = told.month_said
    if told.relation is not None:
        update["relation"] = told.relation
    if told.cause is not None:
        update.update(cause=told.cause, benefit=told.benefit)
    if told.traffic_answered:
        update.update(traffic=told.traffic, traffic_answered=True)
    if told.said_sex is not None:
        update["said_sex"] = told.said_sex
    if told.children is not None:
        update["children"] = told.children
    return _with_sex(d.model_copy(update=update))


def _confirmed(ctx: Ctx[DeathDraft]) -> Outcome:
    return _next(ctx, ctx.draft)


def _not_confirmed(ctx: Ctx[DeathDraft]) -> Outcome:
    return Goto(DeathState.ASK_NIK, draft=DeathDraft(), say=(_("Baik, kita isi satu per satu."),))


NEXT_STATES = frozenset({"death.ask_nik", "death.ask_date", "death.ask_cause", "death.ask_traffic", "death.ask_relation",
                         "death.ask_prior_heirs", "death.ask_children", "death.expectation"})


def _next(ctx: Ctx[DeathDraft], d: DeathDraft, said: tuple[LazyText | str, ...] = ()) -> Outcome:
    """The first question the draft has no answer for; an answer given in the first message is used
    (and checked) as if typed at its question."""
    if d.nik is None:
        return Goto(DeathState.ASK_NIK, draft=d, say=said)
    if d.said_sex is not None and _nik_sex(d.nik) not in (None, d.said_sex) and d.nik != d.doubted_nik:
        doubt = d.model_copy(update={"nik": None, "birth_date": None, "deceased_sex": d.said_sex,
                                     "doubted_nik": d.nik})
        return Goto(DeathState.ASK_NIK, draft=doubt, say=(*said, _other_sex_text(d.nik, d.said_sex)))
    if d.birth_date is None:
        d = d.model_copy(update={"birth_date": nik_birth_date(d.nik, ctx.today)})
    if d.died_on is None:
        return Goto(DeathState.ASK_DATE, draft=d, say=said)
    if d.birth_date is not None and d.died_on < d.birth_date:
        return Goto(DeathState.ASK_DATE, draft=d.model_copy(update={"died_on": None}), say=(
            *said, _("Tanggal meninggal yang Anda tulis sebelum tanggal lahir {deceased}. Periksa lagi tanggalnya.").format(
                deceased=deceased(d))))
    if d.cause is None:
        return Goto(DeathState.ASK_CAUSE, draft=d, say=said)
    if d.cause == "work" and not d.traffic_answered:  # told in the first message: its traffic question still comes
        return Goto(DeathState.ASK_TRAFFIC, draft=d, say=said)
    if d.relation is None:
        return Goto(DeathState.ASK_RELATION, draft=d, say=said)
    chosen = _relation(d.relation)(ctx._replace(draft=d))
    return dataclasses.replace(chosen, say=(*said, *chosen.say)) if isinstance(chosen, Goto) else chosen


def corrected_at_expectation(ctx: Ctx[DeathDraft], d: DeathDraft, said: str) -> Outcome:
    """A date, a NIK or a cause typed under the figures, before the claim is written ("ya tapi
    meninggalnya tanggal 20"): "ya tapi …" had written the claim as it was. Taken in and checked as at its own
    question; what depends on it is asked again, then the figures shown for it."""
    if d.died_on is not None and d.died_on > ctx.today:
        return Retry(_("Tanggal meninggal tidak boleh di masa depan."))
    if d.died_on is not None and d.died_on != ctx.draft.died_on:  # shown nowhere else before the claim is written
        said += "\n" + death_date_line(d)
    after = _next(ctx, d, (said,))
    before = _next(ctx, ctx.draft)
    if isinstance(after, Goto) and isinstance(before, Goto) and after.state == before.state == DeathState.EXPECTATION \
            and [str(text) for text in after.say[1:]] == [str(text) for text in before.say]:
        # the figures just above stand as they were ("sakit biasa" after "Tidak tahu": both JKM): not shown again
        return dataclasses.replace(after, say=(said,))
    return after


def _other_sex_text(nik: str, said_sex: str) -> str:
    if said_sex == "P":
        return _("NIK {nik} milik laki-laki, padahal Anda menyebut yang meninggal perempuan. Mungkin itu NIK Anda "
                 "sendiri? Ketik NIK almarhumah; jika NIK tadi memang benar, ketik sekali lagi.").format(nik=nik)
    return _("NIK {nik} milik perempuan, padahal Anda menyebut yang meninggal laki-laki. Mungkin itu NIK Anda "
             "sendiri? Ketik NIK almarhum; jika NIK tadi memang benar, ketik sekali lagi.").format(nik=nik)


def _rules(ctx: Ctx[DeathDraft]) -> RuleSet:
    return rules_on(ctx.draft.died_on or ctx.today) or PP_82_2019


def writers_own_accident(text: str) -> bool:
    """"saya jatuh dari motor tadi pagi pas narik, kaki patah" at the date of death: the writer's own accident, whose
    "tadi pagi" was taken as the death's day; the engine offers the switch to an accident report instead."""
    if not told_more_than_a_date(text):
        return False
    found = classify(text)
    return found.intent is Intent.ACCIDENT and find_reporter(found.normalised) == "self" \
        and not DEATH_WORDS & set(found.normalised.tokens)


def _on_date(ctx: Ctx[DeathDraft], text: str) -> Outcome:
    when = read_day(text, ctx.local_now, ctx.draft.month_said)
    if when is None and (asked := day_asked_in_the_month(ctx, text, DeathState.ASK_DATE)) is not None:
        return asked
    if when is None and ctx.draft.cause is None and _ILLNESS_TOLD.search(text) and not _MISHAP.search(text) \
            and not _OWN_HAND.search(text):  # "sakit jantung" at the date: was asked again at the cause question
        return Goto(DeathState.ASK_DATE, draft=ctx.draft.model_copy(
            update={"cause": "illness", "benefit": Benefit.JKM, "traffic": False}), say=(
            _("Penyebabnya saya catat: sakit atau sebab biasa. Sekarang tanggal meninggalnya."),))
    if when is None or writers_own_accident(text):
        return Retry(why_not_a_date(text, ctx.draft.nik) or _(
            "Tanggalnya belum bisa saya baca. Tulis misalnya: kemarin, 5 Mei, atau 05-05-2025."))
    if when.date > ctx.today:
        return Retry(_("Tanggal meninggal tidak boleh di masa depan."))
    if ctx.draft.birth_date is not None and when.date < ctx.draft.birth_date:
        return Retry(_("Tanggal itu sebelum tanggal lahir {deceased}. Periksa lagi tanggalnya.").format(
            deceased=deceased(ctx.draft)))
    if (ahead := not_yet_this_year(text, when.date, ctx.today)) is not None:  # "30 november" on 23 November
        return ahead
    d = ctx.draft.model_copy(update={"died_on": when.date, "died_on_rough": when.rough, "month_said": None})
    if when.rough:  # "2 minggu lalu": the day counted back is said, as an estimate the officer checks
        return _next(ctx, d, (_("Saya catat sekitar {date}; tanggal pastinya dicocokkan petugas dengan akta "
                                "kematian.").format(date=format_date(when.date)),))
    return _next(ctx, d)


def _ask_nik(ctx: Ctx[DeathDraft]) -> str:
    """Almarhum or almarhumah once the first message told ("istri saya …"), else both."""
    return _("Ketik NIK {deceased} (16 angka di KTP atau KK).").format(deceased=deceased(ctx.draft))


_OWN_NIK = re.compile(r"\b(?:nik|ktp)\s*(?:nya\s+)?(?:ku|saya|sy|aku|gue|gw)\b|\bnikku\b|\bmy (?:nik|id)\b", re.IGNORECASE)
_KK = re.compile(r"\b(?:kk|kartu keluarga)\b", re.IGNORECASE)
"""The KK lost too ("ktp sama kk bapak hilang"): where each is replaced, not "it is on the KK"."""
_THEIR_KTP_GONE = re.compile(r"\bktp\w*\b.*\b(?:hilang|ilang|ga ada|gak ada|tidak ada|dibuang|rusak|lost)\b|"
                             r"\b(?:hilang|ilang)\b.*\bktp\w*\b", re.IGNORECASE)


def _on_nik(ctx: Ctx[DeathDraft], text: str) -> Outcome:
    if _OWN_NIK.search(text):  # "ini nik saya 1571…" was taken as the deceased's
        return Goto(DeathState.ASK_NIK, say=(_(
            "Di sini yang diperlukan NIK {deceased}, bukan NIK Anda; NIK Anda tidak perlu diketik.").format(
            deceased=deceased(ctx.draft)),))
    if _THEIR_KTP_GONE.search(text) and not _KK.search(text) and isinstance(read_nik(text), NikError):
        # "nik almarhum ga tau, ktp nya ilang" was told how to replace one's own e-KTP
        return Goto(DeathState.ASK_NIK, say=(_(
            "NIK {deceased} juga tertulis di Kartu Keluarga (KK): ketik NIK-nya dari sana.").format(
            deceased=deceased(ctx.draft)),))
    subject = subject_of(ctx, text)
    if isinstance(subject, Retry):
        return _doubt_answered(ctx, text) or subject
    d = _with_sex(ctx.draft.model_copy(update=subject))
    more = _told_with_the_nik(ctx, d, text) if len(text.split()) >= TOLD_WITH_THE_NIK else d
    if more == d:
        return _next(ctx, d)
    return _next(ctx, more, ("\n".join([_("Baik, saya catat:"), *_noted_lines(more)]),))


def _told_with_the_nik(ctx: Ctx[DeathDraft], d: DeathDraft, text: str) -> DeathDraft:
    """The rest of a message that gave the deceased's NIK ("ini nik almarhum suami saya 1571…, meninggalnya tanggal 15
    november …, karena sakit gula, saya istrinya, anak kami 2 masih sekolah"): only the NIK was kept, and the day, the
    cause and the children asked again. What the claim has already is kept as it is."""
    rest = without_nik(text)
    told = read_death(rest, normalise_text(rest))
    update: dict[str, Any] = {}
    if d.cause is None and told.cause is not None:
        update.update(cause=told.cause, benefit=told.benefit, traffic=told.traffic, traffic_answered=told.traffic_answered)
    update.update({key: getattr(told, key) for key in ("relation", "said_sex", "children")
                   if getattr(d, key) is None and getattr(told, key) is not None})
    when = read_when(rest, ctx.local_now) if d.died_on is None else None
    if when is not None and when.date <= ctx.today and (d.birth_date is None or when.date >= d.birth_date):
        update.update(died_on=when.date, died_on_rough=when.rough)
    return _with_sex(d.model_copy(update=update)) if update else d


CHILDREN = frozenset({"anak", "child", "children", "kid", "kids", "son", "daughter"})


def read_death(text: str, normalised: Normalised) -> DeathDraft:
    """What a message tells of a death besides its day and its NIK. The cause only when said and not contradicted: an
    illness, or a work accident in so many words ("kecelakaan kerja"), which the summary shows for confirmation; both,
    or an accident that may not be work's ("jatuh dari motor"), are asked. On the road when a work accident is
    ("ditabrak truk pas lagi narik"); a widow's children at school ("kami punya anak 3 …, yang kecil masih tk")."""
    ill, at_work = find_illness(normalised), find_work_accident(normalised)
    cause: Literal["illness", "work"] | None = "illness" if ill and not at_work else "work" if at_work and not ill else None
    on_the_road = cause == "work" and find_road(normalised) is True
    relation = find_deceased_relation(normalised)
    children = True if relation is Relation.SPOUSE and CHILDREN & set(normalised.tokens) and children_said(text) else None
    return DeathDraft(relation=relation, said_sex=find_deceased_sex(normalised), cause=cause,
                      benefit=Benefit.JKK_DEATH if cause == "work" else Benefit.JKM, traffic=on_the_road,
                      traffic_answered=on_the_road, children=children)


_TYPED_WRONG = re.compile(r"\b(?:salah|keliru|wrong|mistake)\b", re.IGNORECASE)
"""The doubted NIK said to be a mistake ("oh iya itu nik bapak, salah"): it was recorded as the deceased's, the
father named in it taken for the one who died."""


def _doubt_answered(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """A NIK doubted for its sex, answered in words that agree with it ("saya istrinya", "bukan, itu nik suami saya"):
    the NIK was right, and the first message's word was the heir's own ("istri" said by the wife). Was "Yang saya
    perlukan di sini adalah NIK"."""
    d = ctx.draft
    if d.doubted_nik is None:
        return None
    if _TYPED_WRONG.search(text):  # "oh iya itu nik bapak, salah": a relative's NIK typed by mistake, not confirmed
        return Goto(DeathState.ASK_NIK, draft=d.model_copy(update={"doubted_nik": None}), say=(
            _("Baik, ketik NIK {deceased} yang benar.").format(deceased=deceased(d)),))
    normalised = normalise_text(text)
    sex = find_deceased_sex(normalised)
    if sex is None or sex != _nik_sex(d.doubted_nik):
        return None
    if find_own_relation(normalised) is None and "nik" not in normalised.tokens:
        return None  # "ga ada bapak udah cerai" (a father absent): no word for the NIK nor the writer's tie, and the
        # father's sex took the NIK as the one who died (the mother)
    relation = find_deceased_relation(normalised) or d.relation
    taken = _with_sex(d.model_copy(update={"nik": d.doubted_nik, "birth_date": None, "said_sex": sex,
                                            "relation": relation}))
    return _next(ctx, taken, (_("Baik, NIK {nik} saya catat sebagai NIK {deceased}.").format(
        nik=d.doubted_nik, deceased=deceased(taken)),))


ILLNESS_WORDS = (*sorted(ILLNESSES - {"sakit"}), "jantungan", "darah tinggi", "tua", "heart", "cancer", "illness",
                 "ill", "sick", "disease", "natural", "old age",
                 "tidur", "mendadak", "sepuh", "lansia", "usia lanjut", "sleep")  # "tiba2 meninggal pas tidur" was not
# understood
"""Told instead of chosen at the cause of death ("serangan jantung", "heart attack"): an illness. The illnesses a
first message is read with, and how they are typed ("sakit" is the option's own word)."""
_ILLNESS_TOLD = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in ILLNESS_WORDS if word != "tua")
                           + r"|(?<!rumah )sakit)\b", re.IGNORECASE)
"""An ordinary cause told where the date of death is asked ("sakit jantung", "tiba2 meninggal pas tidur"); not a
hospital ("meninggal di rumah sakit")."""
ACCIDENT_WORDS = ("ditabrak", "tertabrak", "tabrakan", "keserempet", "tertimpa", "kesetrum", "tersetrum",
                  "tenggelam pas melaut", "tenggelam saat melaut", "tenggelam waktu melaut", "tenggelam di laut",
                  "accident", "crash", "dibegal", "begal", "dirampok pas", "dibacok pas", "ditikam pas", "dikeroyok pas")
"""The same for a work accident ("ditabrak truk waktu antar paket", "tenggelam pas melaut", "dibegal pas narik": a rider
robbed and killed on the road at work was "not understood"); the officer checks that it was work. Drowning alone is not
among them: a swim is no work."""


def _cause(cause: Literal["illness", "work", "unknown"]):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[DeathDraft]) -> Outcome:
        if cause == "work":
            return Goto(DeathState.ASK_TRAFFIC, draft=ctx.draft.model_copy(
                update={"cause": cause, "benefit": Benefit.JKK_DEATH}))
        said: tuple[str, ...] = ()
        if cause == "unknown":
            # Short: the summary that follows is most of a phone screen.
            said = (_("Tidak apa-apa, dicatat sebagai JKM; jika kecelakaan kerja, sampaikan di kantor cabang."),)
        return _next(ctx, ctx.draft.model_copy(
            update={"cause": cause, "benefit": Benefit.JKM, "traffic": False}), said)
    return chosen


died_at_work = _cause("work")
"""The cause question answered "Kecelakaan kerja", in the answer's own words ("jatuh dari motor waktu narik ojek")."""


_NOT_AT_WORK = re.compile(r"\b(?:bukan|tidak|tdk|ga|gak|nggak|ngga|gk)\s+(?:(?:pas|saat|waktu|wktu|sedang|lagi|lg|"
                          r"di\s+tempat)\s+)?(?:kerja|bekerja|narik|ngojek|dinas)\b|\bdi\s+luar\s+(?:jam\s+)?kerja\b"
                          r"|\b(?:pas|saat|waktu|lagi|lg|sedang)\s+libur\b|\bnot\s+at\s+work\b", re.IGNORECASE)
_COMMUTE = re.compile(r"\b(?:berangkat|pulang|perjalanan|commut\w*|on the way)\b", re.IGNORECASE)


def _accident_off_work(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """"Kecelakaan" typed at the cause question with where it was not: "kecelakaan di rumah", "kecelakaan tp bukan
    pas kerja" picked "Kecelakaan kerja" (its word) and the JKK death's amounts. No work accident, JKM; a way to or
    from work is one (commute), kept as the answer it picked."""
    if _COMMUTE.search(text):
        return None
    if AT_HOME.search(text):
        return died_at_home(ctx)
    return died_off_work(ctx) if off_work_told(text) else None


def off_work_told(text: str) -> bool:
    """"bukan pas kerja", "di luar jam kerja", "lagi libur": not at work, nor on the way to or from it."""
    return _NOT_AT_WORK.search(text) is not None and _COMMUTE.search(text) is None


def died_off_work(ctx: Ctx[DeathDraft]) -> Outcome:
    return _next(ctx, ctx.draft.model_copy(update={"cause": "illness", "benefit": Benefit.JKM, "traffic": False}), (
        _("Kecelakaan di luar pekerjaan dicatat sebagai JKM; jika saat bekerja, sampaikan di kantor cabang."),))


def died_at_home(ctx: Ctx[DeathDraft]) -> Outcome:
    """An accident at home told at the cause question ("tiba2 jatuh di kamar mandi"): no work accident, JKM; it had
    been taken for "Kecelakaan kerja" and the JKK amounts."""
    return _next(ctx, ctx.draft.model_copy(update={"cause": "illness", "benefit": Benefit.JKM, "traffic": False}), (
        _("Kecelakaan di rumah dicatat sebagai JKM; jika saat bekerja, sampaikan di kantor cabang."),))


_OWN_HAND = re.compile(r"\b(?:bunuh diri|gantung diri|mengakhiri hidup|suicide|took (?:his|her|their) own life|"
                       r"killed (?:him|her|them)sel(?:f|ves))\b", re.IGNORECASE)


_MISHAP = re.compile(r"\b(?:tenggelam|hanyut|dibunuh|terbunuh|kebakaran|terbakar|(?:di|ter|ke)?sambar petir|kena petir|"
                     r"(?:digigit|dipatuk) ular|keracunan|tertimbun|longsor|drowned|murdered|killed|fire)\b",
                     re.IGNORECASE)
"""A death by mishap told without saying where ("tenggelam pas mancing", "dibunuh"): was "not understood". Whether it
was at work is the question; a death not caused by work is JKM all the same (FACTS.md §3)."""


def day_corrected(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """A day typed at a question after the date's ("rabu kemarin" at the cause, "salah, meninggalnya tanggal 20" at the
    children's, which was "not understood"): it corrects the day just noted, and the first question still open is
    asked; the same day is noted already."""
    if (told := day_told_again(text, ctx.local_now)) is None or ctx.draft.died_on is None:
        return None
    if told.date == ctx.draft.died_on:
        return Retry(str(DAY_NOTED))
    corrected = _on_date(ctx, text)
    draft = corrected.draft if isinstance(corrected, Goto) else None
    # a day counted back ("2 minggu lalu") is said by _on_date itself, as the estimate it is
    said = isinstance(draft, DeathDraft) and not draft.died_on_rough
    return day_changed(corrected, draft.died_on if said and isinstance(draft, DeathDraft) else None)


def nik_said_wrong(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """Flow.corrects: the deceased's NIK said to be wrong at a later question ("eh nik nya salah" at the cause was "not understood";
    only "batal" and starting again mended it): asked again, or the right one typed with it taken, the rest kept."""
    if ctx.conversation.state not in NEXT_STATES - {DeathState.ASK_NIK} or ctx.draft.nik is None or named_wrong(text, ("nik",)) is None:
        return None
    cleared = ctx.draft.model_copy(update={"nik": None, "birth_date": None, "deceased_sex": ctx.draft.said_sex})
    if find_nik(text) is not None:  # "niknya salah, harusnya 1571…"
        taken = _on_nik(ctx._replace(draft=cleared), text)
        return dataclasses.replace(taken, say=(str(CORRECTED), *taken.say)) \
            if isinstance(taken, Goto) and taken.state != DeathState.ASK_NIK else taken
    return Goto(DeathState.ASK_NIK, draft=cleared)


RELATION_CORRECTABLE = NEXT_STATES - {DeathState.ASK_RELATION, DeathState.ASK_PRIOR_HEIRS}
"""Where one's relation, noted before, may be said to be wrong; at its own questions it is simply an answer."""
_CORRECTING = frozenset({"bukan", "salah", "keliru", "ralat", "wrong", "actually"})
_NO = re.compile(r"\s*no\b", re.IGNORECASE)
_DENIED_WORD = re.compile(r"\b(?:bukan|not)\s+(?:saya\s+|his\s+|her\s+|the\s+)?\w+", re.IGNORECASE)


def relation_said_wrong(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """One's relation, noted from the first message, corrected at a later question ("eh saya anaknya bukan istri" at
    the cause was "not understood"): taken, the rest kept, and the next open question asked; past the relation's place,
    what depends on it (the heirs before, the children) asked again and the figures shown for it."""
    if ctx.conversation.state not in RELATION_CORRECTABLE or ctx.draft.relation is None:
        return None
    tokens = set(normalise_text(text).tokens)
    if _CORRECTING & tokens or _DENIED_WORD.search(text):
        relation = find_own_relation(normalise_text(_DENIED_WORD.sub(" ", text)))  # not "bukan istri"'s
    elif "tidak" in tokens or _NO.match(text):  # "tidak, saya anaknya" under the figures went to the menu
        relation = find_self_named(normalise_text(text))
    else:
        return None
    if relation is None or relation == ctx.draft.relation:
        return None
    update: dict[str, object] = {"relation": relation, "asking": None, "blocked_by": None, "funeral_only": False}
    if ctx.draft.relation is Relation.CHILD:
        update["children"] = None  # counted in for a child: asked now
    return _next(ctx, ctx.draft.model_copy(update=update), (_("Baik, hubungan Anda saya ubah menjadi: {relation}.").format(
        relation=relation_recorded(relation)),))


def _relation_or_paper(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """Under the figures, a "no" typed may correct one's relation, tell of a paper missing ("ga punya buku nikah" left
    the claim for the menu), or say the deceased was not working ("ga kerja, udah pensiun", the same): none is a no to
    recording the claim."""
    return relation_said_wrong(ctx, text) or paper_missing(ctx, text) or _not_working_said(ctx, text)


_NOT_WORKING = re.compile(r"\b(?:ga|gak|nggak|enggak|tidak|tdk|ndak|udah ga|sudah tidak|sdh tdk|udh ga)\s+"
                          r"(?:kerja|bekerja|narik|jualan|dagang)\b|\b(?:pensiun|nganggur|menganggur)\b", re.IGNORECASE)


def _not_working_said(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """The deceased not working when they died: the death benefit does not depend on it; the question again."""
    if _NOT_WORKING.search(text) is None:
        return None
    return Retry(_("Santunan kematian tidak bergantung pada pekerjaan saat meninggal: yang diperiksa adalah kepesertaan "
                   "{deceased} yang aktif pada tanggal meninggal.").format(deceased=deceased(ctx.draft)))


def said_wrong(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """Flow.corrects: an earlier answer said to be wrong, the deceased's NIK or one's relation."""
    return nik_said_wrong(ctx, text) or relation_said_wrong(ctx, text)


def _cause_in_words(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """A suicide told at the cause question got "Maaf, saya belum mengerti. Ketik angka pilihan Anda": no work
    accident, JKM, said gently and without asking again. A day typed here corrects the one just noted."""
    if (corrected := day_corrected(ctx, text)) is not None:
        return corrected
    if _OWN_HAND.search(text) is None:
        # final: "kebakaran rumah" was told that belongings are not covered
        return Goto(DeathState.ASK_CAUSE, draft=ctx.draft, say=(_(
            "Jika itu terjadi saat bekerja, atau di jalan berangkat atau pulang kerja, pilih \"Kecelakaan kerja\". "
            "Jika tidak, pilih \"Sakit/sebab biasa\": santunan kematian JKM tetap dibayar."),)) \
            if _MISHAP.search(text) else None
    return _next(ctx, ctx.draft.model_copy(update={"cause": "illness", "benefit": Benefit.JKM, "traffic": False}), (
        _("Terima kasih sudah menyampaikannya. Penyebabnya saya catat bukan kecelakaan kerja (JKM)."),))


def _traffic(value: bool):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[DeathDraft]) -> Outcome:
        d = ctx.draft.model_copy(update={"traffic": value, "traffic_answered": True})
        rules = _rules(ctx)
        assert d.died_on is not None
        happened = dt.datetime.combine(d.died_on, dt.time(12))
        if accident_timeliness(rules, happened, ctx.local_now) is Timeliness.EXPIRED:
            said = _("Hak klaim JKK berakhir {years} tahun setelah kecelakaan, dan waktu itu sudah lewat. Santunan "
                     "kematian JKM tidak punya batas waktu klaim: kita lanjutkan sebagai JKM. Pastikan di kantor "
                     "cabang.").format(years=rules.jkk_claim_expiry_years)
            return _next(ctx, d.model_copy(update={"benefit": Benefit.JKM}), (said,))
        return _next(ctx, d)
    return chosen


# -- the heir order ------------------------------------------------------------------------------

RELATION_LABELS: dict[Relation, LazyText] = {
    Relation.SPOUSE: lazy_gettext("Istri atau suami"),
    Relation.CHILD: lazy_gettext("Anak"),
    Relation.PARENT: lazy_gettext("Orang tua (bapak/ibu)"),
    Relation.GRANDPARENT: lazy_gettext("Kakek atau nenek"),
    Relation.GRANDCHILD: lazy_gettext("Cucu"),
    Relation.SIBLING: lazy_gettext("Saudara kandung"),
    Relation.PARENT_IN_LAW: lazy_gettext("Mertua"),
    Relation.WILL: lazy_gettext("Ditunjuk dalam wasiat"),
    Relation.OTHER: lazy_gettext("Lainnya (pengurus makam)"),
}
RELATION_OTHER_RECORDED = lazy_gettext("Lainnya")


def relation_recorded(relation: Relation) -> str:
    """A relation as recorded: "someone else" is not named the funeral's organiser, as its option is (a son-in-law's
    "mertua sy meninggal" read back "Hubungan Anda: Lainnya (pengurus makam)")."""
    return str(RELATION_OTHER_RECORDED if relation is Relation.OTHER else RELATION_LABELS[relation])


RELATION_ALIASES: dict[Relation, tuple[str, ...]] = {
    Relation.SPOUSE: ("istri", "istriku", "suami", "suamiku", "bini", "laki", "wife", "husband", "spouse"),
    Relation.CHILD: ("anak", "anaknya", "putra", "putri", "son", "daughter", "child"),
    Relation.PARENT: ("bapak", "ibu", "ayah", "mak", "mamak", "emak", "mama", "papa", "abah", "umak", "father",
                      "mother", "parent", "orang tua", "ortu"),
    Relation.GRANDPARENT: ("kakek", "nenek", "datuk", "nyai", "grandfather", "grandmother"),
    Relation.GRANDCHILD: ("cucu", "grandchild"),
    Relation.SIBLING: ("kakak", "adik", "abang", "saudara", "brother", "sister", "sibling"),
    Relation.PARENT_IN_LAW: ("mertua", "parent in law"),
    Relation.WILL: ("wasiat", "will"),
    Relation.OTHER: ("teman", "tetangga", "lainnya", "other", "friend", "neighbour", "neighbor", "pengurus makam",
                     "pengurus pemakaman", "urus pemakaman", "ngurus pemakaman", "mengurus pemakaman", "urus makam",
                     "ngurus makam", "funeral"),
}
GROUP_NAMES: dict[HeirGroup, LazyText] = {
    HeirGroup.SPOUSE_OR_CHILD: lazy_gettext("istri/suami atau anak"),
    HeirGroup.LINEAL: lazy_gettext("orang tua, kakek/nenek, atau cucu"),
    HeirGroup.SIBLING: lazy_gettext("saudara kandung"),
    HeirGroup.PARENT_IN_LAW: lazy_gettext("mertua"),
    HeirGroup.WILL: lazy_gettext("orang yang ditunjuk dalam surat wasiat"),
}


def _relation(relation: Relation, *, adopted: bool | None = None,  # type: ignore[no-untyped-def]
              another_wife: bool = False):
    """`adopted`: a child said whether they are adopted ("anak kandung", "anak angkat"); None, not said.
    `another_wife`: a wife said she is one of two or more ("istri kedua")."""
    def chosen(ctx: Ctx[DeathDraft]) -> Outcome:
        d = ctx.draft.model_copy(update={"relation": relation, "asking": None, "blocked_by": None,
                                         "funeral_only": False})
        said: tuple[str, ...] = ()
        if relation is Relation.SPOUSE:
            said = (_("Istri atau suami perlu buku nikah. Untuk nikah siri, pastikan di kantor cabang.")
                    + (" " + str(MORE_THAN_ONE_WIFE) if another_wife else ""),)
        elif relation is Relation.CHILD and adopted is None:
            said = (_("Jika Anda anak angkat, tanyakan hak Anda di kantor cabang."),)
        elif relation is Relation.CHILD and adopted:
            said = (_("Hak anak angkat sebagai ahli waris perlu dipastikan di kantor cabang; klaimnya tetap bisa "
                      "dicatat di sini."),)
        prior = groups_to_ask(relation)
        if prior:
            return Goto(DeathState.ASK_PRIOR_HEIRS, say=said, draft=d.model_copy(update={"asking": prior[0]}))
        return _expect(ctx, d, said)
    return chosen


_ARRANGING_THE_FUNERAL = re.compile(r"\b(?:urus|pengurus|mengurus)\w*\s+(?:\w+\s+)?(?:pemakaman|makam|jenazah|"
                                    r"penguburan)\w*|\bfuneral\b")
"""The one who arranged the burial, in a sentence ("saya yang ngurus pemakamannya"; "ngurus" reads "urus"): was
"not understood", the option being "Lainnya (pengurus makam)"."""


_ANOTHER_WIFE = frozenset({"kedua", "keduanya", "ketiga", "ketiganya", "keempat", "muda", "mudanya"})
"""A wife among two or more ("istri kedua", "istri mudanya"): the spouse, with a word on the others."""
MORE_THAN_ONE_WIFE = lazy_gettext("Jika almarhum beristri lebih dari satu, sampaikan di kantor cabang: mereka yang "
                                  "memastikan hak masing-masing.")


def _ordinal_said(tokens: tuple[str, ...]) -> set[str]:
    """"ke 2" ("istri ke-2"), as a word of _ANOTHER_WIFE."""
    return {"kedua"} if any(a == "ke" and b.isdigit() and b != "1" for a, b in itertools.pairwise(tokens)) else set()


_SELF_POINTED = re.compile(r"^\W*(?:(?:saya|sy|aku|gue|gw)\s+)?(?:yang|yg)\s+(\w+?)(?:nya)?\W*$", re.IGNORECASE)
"""One's own relation pointed at ("yg istri", "saya yang anak", "aku yg adiknya"): was told to write one's own relation."""


def _relation_pointed(text: str) -> Relation | None:
    pointed = _SELF_POINTED.match(text)
    word = pointed[1].lower() if pointed is not None else ""
    return next((relation for relation, aliases in RELATION_ALIASES.items() if word in aliases), None)


def _relation_told(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """The relation said in a sentence, as the writer says it of themself ("saya istrinya", "dia suami saya"); a
    relation word that says neither ("ada 2 anak masih sd") is asked about, anything else is not an answer."""
    if (pointed := _relation_pointed(text)) is not None:
        return _relation(pointed)(ctx)
    normalised = normalise_text(text)
    relation = find_own_relation(normalised)
    if relation is None and _ARRANGING_THE_FUNERAL.search(normalised.text):
        relation = Relation.OTHER  # "saya yang ngurus pemakamannya": the option "Lainnya (pengurus makam)"
    said_adoption = {word.removesuffix("nya") for word in normalised.tokens} & {"kandung", "angkat"}
    if relation is Relation.CHILD and said_adoption:  # "saya anak kandungnya": no adoption remark
        return _relation(relation, adopted="angkat" in said_adoption)(ctx)
    if relation is Relation.SPOUSE and (_ANOTHER_WIFE & set(normalised.tokens) | _ordinal_said(normalised.tokens)):
        return _relation(relation, another_wife=True)(ctx)  # "istri keduanya": was asked again, "kedua" read "both"
    if relation is not None:
        return _relation(relation)(ctx)
    if "tiri" in normalised.tokens:  # "anak tiri": the writer's own relation, which FACTS.md §8 does not settle
        return Retry(_("Hak anak atau orang tua tiri sebagai ahli waris perlu dipastikan di kantor cabang. Untuk "
                       "melanjutkan, pilih hubungan yang paling dekat; petugas yang memeriksa."))
    if RELATION_WORDS & set(normalised.tokens):
        return Retry(_("Tulis hubungan Anda sendiri dengan {who}, misalnya: istri, anak, atau orang tua. Anak-anak "
                       "{who} ditanyakan sesudah ini.").format(who=deceased(ctx.draft)))
    return None


_NO_CHILDREN = re.compile(rf"\b(?:{'|'.join(sorted(NEGATIONS | {'belum', 'blm'}))})\s+(?:ada|punya)\b", re.IGNORECASE)
AT_SCHOOL = frozenset({"sd", "smp", "sma", "smk", "mts", "sekolah", "kuliah", "tk", "paud", "balita", "bayi", "kecil",
                       "pesantren", "mondok", "school", "college"})
GROWN = frozenset({"kerja", "bekerja", "menikah", "nikah", "berkeluarga", "work", "married"})
"""What ends the scholarship: work or marriage (FACTS.md §4)."""


def _children_told(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """The children told of rather than answered yes or no: none ("tidak ada anak", "belum punya anak", which names
    both "ada" and "tidak ada"), one at school ("yang kecil masih smp"), or all grown ("sudah kerja semua"). None
    and school together ("tidak ada anak yang masih sekolah", "tidak ada yang kerja, masih sekolah") say either:
    not read, the question comes back."""
    if (paper := paper_missing(ctx, text)) is not None:  # "anak sy blm punya rekening": no answer of the children
        return paper
    said = children_said(text)
    return None if said is None else _children(said)(ctx)


def children_said(text: str) -> bool | None:
    """Children young enough for the scholarship told of (True), none or all grown (False), or neither said. A school
    is read as typed too: "smp" reads as "sampai" ("anak 2, masih smp" was not understood)."""
    none = _NO_CHILDREN.search(text) is not None
    words = set(normalise_text(text).tokens) | set(re.findall(r"[a-z]+", text.lower()))
    at_school = bool(AT_SCHOOL & words)
    if none and at_school:
        return None
    if at_school:
        return True
    if none or GROWN & words:
        return False
    return None


SCHOOL_NAMED = AT_SCHOOL - {"kecil", "balita", "bayi"}
"""A school named ("ada 1 masih sma") tells of a child; "kecil" may be of anything ("kecelakaan kecil")."""
_CHILD_NAMED = re.compile(r"\b(?:anak\w*|putra\w*|putri\w*|child\w*|kids?|sons?|daughters?)\b", re.IGNORECASE)
"""Under the figures, no question about children is open: they are read only when the message names them."""


def children_at_expectation(ctx: Ctx[DeathDraft], text: str, said: str) -> Outcome | None:
    """Children told of under the figures ("ada 2 anak masih sd"), which was "not understood": the scholarship counted
    in (or out) and the figures shown again, or said to be in them already."""
    words = set(normalise_text(text).tokens) | set(re.findall(r"[a-z]+", text.lower()))
    if not _CHILD_NAMED.search(text) and not SCHOOL_NAMED & words:
        return None  # "eh ternyata kecelakaan kerja": its "kerja" read as children all at work; "ada 1 masih sma" is one
    outcome = _children_told(ctx, text)
    if not isinstance(outcome, Goto) or not isinstance(outcome.draft, DeathDraft):
        return None
    if outcome.draft.children == ctx.draft.children:
        return Retry(_("Itu sudah diperhitungkan dalam perkiraan di atas."))
    return dataclasses.replace(outcome, say=(said, *outcome.say))


def _expect(ctx: Ctx[DeathDraft], d: DeathDraft, said: tuple[str, ...] = ()) -> Outcome:
    if d.relation is Relation.CHILD:
        d = d.model_copy(update={"children": True})
    if d.children is None and not d.funeral_only:  # the scholarship is said only when there are children
        return Goto(DeathState.ASK_CHILDREN, draft=d, say=said)
    # A caveat about the heir's own case comes after the amounts it qualifies, not before them. Shown again after a
    # correction under them, the figures thank no one again.
    thanks = ctx.conversation.state != DeathState.EXPECTATION
    return Goto(DeathState.EXPECTATION, draft=d, say=(_expectation(ctx, d, thanks=thanks), *said))


def relation_restated(ctx: Ctx[DeathDraft], relation: Relation | None) -> Outcome | None:
    """One's relation said again under the figures ("saya istrinya"), as recorded: was "not understood"."""
    if relation is None or relation != ctx.draft.relation:
        return None
    return Retry(_("Ya, hubungan Anda sudah tercatat: {relation}.").format(relation=relation_recorded(relation)))


def _children(value: bool | None):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[DeathDraft]) -> Outcome:
        return _expect(ctx, ctx.draft.model_copy(update={"children": value if value is not None else True}))
    return chosen


def _ask_prior(ctx: Ctx[DeathDraft]) -> str:
    group = HeirGroup(ctx.draft.asking or 1)
    return _("Apakah {deceased} meninggalkan {who} yang masih hidup?").format(
        deceased=deceased(ctx.draft), who=str(GROUP_NAMES[group]))


_NONE_LEFT = re.compile(r"\b(?:meninggal|wafat|tiada|sudah tidak ada|udah ga ada|belum menikah|belum nikah|"
                        r"tidak menikah|gak nikah|ga nikah|tidak punya|gak punya|ga punya|ngga punya|"
                        r"(?:cuma|cuman|hanya|tinggal) saya)\b", re.IGNORECASE)
_ONE_LEFT = re.compile(r"\b(?:ada|(?:masih|msh) hidup|(?:masih|msh) ada|punya)\b", re.IGNORECASE)
_NOT_THERE = re.compile(r"\b(?:tidak|tdk|gak|ga|nggak|ngga|enggak|belum|blm)\s+(?:ada|punya)\b", re.IGNORECASE)
_NOT_THERE_CLAUSE = re.compile(rf"{_NOT_THERE.pattern}[^,.;]*", re.IGNORECASE)
"""A denial and the rest of its clause ("tidak ada yang masih hidup"): no one alive is said there."""


_CHILD_DESCRIBED = re.compile(r"\banak\w*\s+(?:\w+\s+)?(?:masih|msh|sudah|udah|sdh|lagi)\s+(?:kecil|besar|sekolah|kuliah|"
                             r"kerja|bekerja|dewasa|menikah|nikah|sd|smp|sma|smk)", re.IGNORECASE)
"""A child described ("anaknya masih kecil2", "anak sudah besar semua"): one alive, which was "not understood"."""
_CHILD_WORD = re.compile(r"\banak\w*\b", re.IGNORECASE)
_SPOUSE_WORD = re.compile(r"\b(?:istri|suami|bini|laki)\w*\b", re.IGNORECASE)


_DIVORCED = re.compile(r"\b(?:cerai|bercerai|diceraikan|menceraikan|talak|divorced?)\b", re.IGNORECASE)
_YOUNG = re.compile(r"\b(?:masih|msh)\s+(?:kecil|kecil2|sekolah|sd|smp|sma|smk|bayi|balita)\b|\b(?:di ?bawah umur|belum "
                    r"dewasa|balita|bayi)\b", re.IGNORECASE)
"""Children told to be young: the first heirs still, whose claim a guardian makes (FACTS.md §8)."""


def _prior_told(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """Whether nearer heirs are alive, told in a sentence ("ada anaknya 1 tapi sudah menikah", "anaknya sudah meninggal
    semua", "cuma saya sendiri"): was "not understood". A child married or grown is an heir still (FACTS.md §8)."""
    if (paper := paper_missing(ctx, text)) is not None:
        return paper
    said = " ".join(normalise_text(text).tokens)
    none_left = bool(_NONE_LEFT.search(said) or _NONE_LEFT.search(text) or _NOT_THERE.search(text))
    one_left = bool(_ONE_LEFT.search(_NOT_THERE_CLAUSE.sub(" ", text)) or _CHILD_DESCRIBED.search(text))
    if none_left and one_left:  # "istrinya meninggal tapi anaknya ada 2": asked plainly
        return Retry(_("Jadi, masih ada yang hidup? Pilih Ya atau Tidak."))
    if none_left and ctx.draft.asking == HeirGroup.SPOUSE_OR_CHILD and _CHILD_WORD.search(text) \
            and not _SPOUSE_WORD.search(text) and ctx.conversation.state == DeathState.ASK_PRIOR_HEIRS:
        # "ga ada anak": the spouse is not said (it moved on to the next group)
        return Retry(_("Baik, tidak ada anak. Bagaimana dengan istri atau suaminya: masih hidup? Pilih Ya atau Tidak."))
    if none_left:
        return _prior_absent(ctx)
    if ctx.draft.asking == HeirGroup.SPOUSE_OR_CHILD and _DIVORCED.search(text) and not _CHILD_WORD.search(text):
        # "istrinya udah cerai" was "not understood"
        return Retry(_("Mantan istri atau suami yang sudah resmi bercerai bukan ahli waris. Apakah {deceased} "
                       "meninggalkan anak yang masih hidup? Pilih Ya atau Tidak.").format(deceased=deceased(ctx.draft)))
    if one_left and (young := _young_children_told(ctx, text)) is not None:
        return young
    return _prior_exists(ctx) if one_left else None


def _young_children_told(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """"anaknya ada 2 tapi masih kecil", "anaknya ada 1 masih sd": the claim is theirs, made by their guardian (said on
    the next page)."""
    if ctx.draft.asking != HeirGroup.SPOUSE_OR_CHILD or not _YOUNG.search(text):
        return None
    return Goto(DeathState.NOT_HEIR, draft=ctx.draft.model_copy(update={"blocked_by": ctx.draft.asking, "children": True}))


def _yes_read(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """A "yes" typed with more: a paper missing, or the children young."""
    return paper_missing(ctx, text) or _young_children_told(ctx, text)


_TAKEN_BACK = frozenset(NO_WORDS) | {"salah", "keliru", "maaf", "jawaban", "jawab", "saya", "tadi", "itu", "pak", "bu",
                                     "kak", "min", "wrong", "sorry", "mistake"}
"""Words of an answer taken back ("salah", "gak, maaf salah jawab"): the question asked again."""


def _prior_taken_back(ctx: Ctx[DeathDraft], text: str) -> Outcome | None:
    """Under "the claim is not theirs", the nearer-heirs question answered again ("gak ada", "sudah meninggal semua")
    or the "Ya" taken back ("salah", "tidak"): was "not understood", and the heir was left with a relation to fill in
    again or the menu."""
    told = _prior_told(ctx, text)
    if told is not None and not (isinstance(told, Goto) and told.state == DeathState.NOT_HEIR):
        return told
    words = set(normalise_text(text).tokens)
    if words and words <= _TAKEN_BACK:
        return Goto(DeathState.ASK_PRIOR_HEIRS, draft=ctx.draft.model_copy(update={"blocked_by": None}),
                    say=(_("Baik, saya tanyakan lagi."),))
    return None


def _prior_exists(ctx: Ctx[DeathDraft]) -> Outcome:
    return Goto(DeathState.NOT_HEIR, draft=ctx.draft.model_copy(update={"blocked_by": ctx.draft.asking}))


def _prior_absent(ctx: Ctx[DeathDraft]) -> Outcome:
    d = ctx.draft
    relation, asking = d.relation, d.asking
    assert relation is not None and asking is not None
    if asking == HeirGroup.SPOUSE_OR_CHILD:
        d = d.model_copy(update={"children": False})  # no spouse and no child left: no scholarship either
    later = [g for g in groups_to_ask(relation) if g > asking]
    if later:
        return Goto(DeathState.ASK_PRIOR_HEIRS, draft=d.model_copy(update={"asking": later[0]}))
    if d.relation is Relation.OTHER:
        return _expect(ctx, d.model_copy(update={"asking": None, "funeral_only": True}))
    return _expect(ctx, d.model_copy(update={"asking": None}))


def _not_heir_text(ctx: Ctx[DeathDraft]) -> str:
    group = HeirGroup(ctx.draft.blocked_by or 1)
    return _(
        "Menurut urutan ahli waris, yang berhak mengajukan klaim adalah {who} {deceased}, bukan Anda. Mintalah "
        "mereka yang mengajukan; Anda boleh membantu menyiapkan dokumennya. Urutannya: 1) istri/suami atau "
        "anak; 2) orang tua, kakek/nenek, atau cucu; 3) saudara kandung; 4) mertua; 5) orang yang ditunjuk "
        "dalam wasiat; 6) jika tidak ada ahli waris sama sekali, yang mengurus pemakaman (hanya biaya pemakaman)."
    ).format(who=str(GROUP_NAMES[group]), deceased=deceased(ctx.draft)) + (  # "anak almarhum" of a woman was a man's
        " " + _("Untuk anak yang belum dewasa, klaim diurus walinya dengan KTP wali; kantor cabang BPJS "
                "Ketenagakerjaan yang memastikan siapa walinya dan surat apa yang perlu dibawa.")
        if group == HeirGroup.SPOUSE_OR_CHILD and ctx.draft.children else "")


CHILD_IN_LAW = lazy_gettext(
    "Menantu tidak termasuk ahli waris, tetapi anak almarhum (pasangan Anda) termasuk yang pertama berhak: ia yang "
    "mengajukan klaim, dan Anda boleh membantunya.")
"""FACTS.md §8: one's parent-in-law died ("mertua sy meninggal, sy menantunya bisa klaim?"), which was answered as a
neighbour's or a friend's case."""


def heirs_first(relation: Relation, sex: Literal["L", "P"] | None, *, claim_next: bool = True) -> str | None:
    """Said to a sibling, a grandparent, an in-law asking whether they may claim, beside "Bisa, jika … terdaftar
    aktif": they may only when no heir of an earlier group is left (FACTS.md §8), which the claim asks later.
    `claim_next` False: asked of a death that may come ("kalau kakak saya meninggal, saya dapat?"), no claim to ask in."""
    prior = groups_to_ask(relation)
    if not prior:
        return None
    if relation is Relation.OTHER:  # a neighbour, a friend: "Lainnya (pengurus makam) berhak …" and six groups before
        return _("Tetangga atau teman berhak hanya jika ditunjuk dalam wasiat dan tidak ada ahli waris yang lebih dulu; "
                 "jika tidak ada ahli waris sama sekali, yang mengurus pemakaman bisa mengajukan biaya pemakaman.")
    values = {"relation": str(RELATION_LABELS[relation]), "deceased": deceased(DeathDraft(deceased_sex=sex)),
              "prior": "; ".join(str(GROUP_NAMES[group]) for group in prior)}
    if not claim_next:
        return _("{relation} berhak atas santunan hanya jika {deceased} tidak meninggalkan ahli waris yang lebih dulu "
                 "({prior}).").format(**values)
    return _("{relation} berhak mengajukan klaim hanya jika {deceased} tidak meninggalkan ahli waris yang lebih dulu "
             "({prior}); itu saya tanyakan nanti.").format(**values)


# -- what the family can expect ----------------------------------------------------------------


def _expectation(ctx: Ctx[DeathDraft], d: DeathDraft, *, thanks: bool = True) -> str:
    """What the family can expect, on the conditions an officer checks: the heir proves who they are, not the
    deceased's record, so the roster is not read here (FACTS.md §2–§5 for the hedges)."""
    rules = _rules(ctx)
    m = format_money
    if d.funeral_only:
        if d.benefit is Benefit.JKM:
            return _("Karena {deceased} tidak meninggalkan ahli waris, biaya pemakaman {funeral} dapat dibayarkan "
                     "kepada pihak yang mengurus pemakaman. Klaim dicatat atas nama Anda sebagai pengurus "
                     "pemakaman; pastikan di kantor cabang.").format(funeral=m(rules.funeral), deceased=deceased(d))
        return _("{deceased} tidak meninggalkan ahli waris. Untuk santunan JKK dalam keadaan ini, pastikan di kantor "
                 "cabang BPJS Ketenagakerjaan. Klaim tetap dicatat.").format(deceased=deceased(d).capitalize())
    if d.benefit is Benefit.JKK_DEATH:
        benefit = jkk_death(rules, rules.lowest_income_bracket)
        lines = [_("Jika {who} terdaftar aktif dan BPJS Ketenagakerjaan menerimanya sebagai kecelakaan kerja, "
                   "ahli waris dapat menerima:").format(who=deceased(d)),
                 _("• Santunan kematian: {amount}").format(amount=m(benefit.lump_sum))]
    else:
        benefit = jkm_benefit(rules, None)
        lines = [_("Jika {who} terdaftar aktif pada tanggal meninggal, ahli waris dapat menerima:").format(
            who=deceased(d)),
                 _("• Santunan sekaligus: {amount}").format(amount=m(benefit.lump_sum))]
    lines += [
        _("• Pengganti penghasilan 24 bulan, dibayar sekaligus: {amount}").format(amount=m(benefit.periodic)),
        _("• Biaya pemakaman: {amount}").format(amount=m(benefit.funeral)),
        _("Jumlah: {amount}").format(amount=m(benefit.cash_total)),
    ]
    ceiling = m(rules.scholarship_max_per_child * rules.scholarship_max_children)
    if not d.children:
        pass  # no children young enough: no scholarship to speak of
    elif d.benefit is Benefit.JKK_DEATH:
        lines.append(_("Ditambah beasiswa untuk paling banyak {children} anak, dibayar per tahun sekolah "
                       "(seluruhnya paling banyak {ceiling}).").format(
            children=rules.scholarship_max_children, ceiling=ceiling))
    else:
        lines.append(_("Jika iuran {who} sudah {years} tahun atau lebih: beasiswa untuk paling banyak {children} anak, "
                       "dibayar per tahun sekolah (seluruhnya paling banyak {ceiling}).").format(who=deceased(d), years=rules.jkm_scholarship_min_years,
                                            children=rules.scholarship_max_children, ceiling=ceiling))
    if d.benefit is Benefit.JKK_DEATH:
        lines.append(_("Jika tidak diterima sebagai kecelakaan kerja: santunan kematian biasa {amount}.").format(amount=m(jkm_benefit(rules, None).cash_total)))
    lines.append(_("Petugas memeriksa kepesertaannya: iuran tertunggak atau kepesertaan yang sangat baru bisa "
                   "menunda atau membatasi santunan. Kantor cabang yang memutuskan."))
    address = honorific(d)
    if address is not None and thanks:
        lines.insert(0, _("Terima kasih, Ibu.") if address == "ibu" else _("Terima kasih, Bapak."))
    return "\n".join(lines)


def amounts_shown(ctx: Ctx[Any]) -> str | None:
    """The claim's own figures, once shown ("berapa dapatnya?" under them): the same again, rather than the general
    amounts and "shown after a few more questions"."""
    if ctx.conversation.state != DeathState.EXPECTATION or not isinstance(ctx.draft, DeathDraft):
        return None
    return _expectation(ctx, ctx.draft, thanks=False)


def _confirm(ctx: Ctx[DeathDraft]) -> Outcome:
    d = ctx.draft
    assert d.nik and d.died_on and d.relation is not None
    required, optional = death_checklist(d.benefit, d.relation, d.traffic)
    details: dict[str, object] = {
        "birth_date": d.birth_date.isoformat() if d.birth_date else None, "cause": d.cause,
        "traffic": d.traffic, "relation": d.relation.value, "funeral_only": d.funeral_only,
    }
    if d.report_id is not None:
        details["death_report"] = d.report_id
    if d.died_on_rough:
        details["event_date_rough"] = True
    return Goto(DeathState.CREATING, effects=(CreateClaim(
        kind=d.benefit.kind, benefit=d.benefit, subject_nik=d.nik, event_date=d.died_on, details=details,
        checklist=required, optional=optional, locale=current_locale()),))


def _on_created(ctx: Ctx[DeathDraft], result: Result) -> Outcome:
    if not isinstance(result, ClaimCreated):
        return Goto(HOME, say=(_("Maaf, klaim belum bisa disimpan. Silakan coba lagi."),))
    d = ctx.draft
    assert d.relation is not None
    required, optional = death_checklist(d.benefit, d.relation, d.traffic)
    docs = DocsDraft(reference=result.reference, benefit=d.benefit, traffic=d.traffic, required=required,
                     optional=optional)
    said = _("Klaim dicatat dengan nomor {reference} (draf). Simpan nomor ini.").format(reference=result.reference)
    return open_checklist(docs, (said,),
                conversation=with_memo(ctx.conversation, result.reference, missing_items(docs)))


FLOW = Flow(
    name="death",
    corrects=said_wrong,
    entry=DeathState.ASK_NIK,
    resumable=lazy_gettext("klaim santunan kematian"),
    zone=lambda draft: zone_of_nik(draft.nik, default=None),
    draft_model=DeathDraft,
    steps=(
        Step(DeathState.CONFIRM, timeout=Timeout.NOTICE, ask=_understood_text,
             options=(Option("yes", lazy_gettext("Ya, benar"), then=_confirmed, aliases=YES_WORDS),
                      Option("no", lazy_gettext("Bukan, isi sendiri"), then=_not_confirmed,
                             aliases=NO_WORDS + ("salah", "ubah", "bukan itu"), alone=True)),
             on_text=summary_or_a_nik_mistyped, goes_to=NEXT_STATES),
        Step(DeathState.ASK_NIK, timeout=Timeout.NOTICE,
             ask=_ask_nik, expects=Expect.NIK, on_text=_on_nik, goes_to=NEXT_STATES,
             help=lazy_gettext("NIK ada di KTP atau Kartu Keluarga almarhum, 16 angka. Boleh ditulis dengan spasi "
                               "atau titik.")),
        Step(DeathState.ASK_DATE, timeout=Timeout.NOTICE,
             ask=lambda ctx: _("Kapan {who} meninggal? Misalnya: kemarin, 5 Mei, atau 05-05-2025.").format(
                 who=deceased(ctx.draft)),
             expects=Expect.DATE, on_text=_on_date, goes_to=NEXT_STATES),
        Step(
            DeathState.ASK_CAUSE,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Apa penyebab meninggalnya? Kecelakaan kerja termasuk di jalan berangkat atau pulang "
                             "kerja."),
            options=(
                Option("illness", lazy_gettext("Sakit/sebab biasa"), then=_cause("illness"),
                       aliases=("sakit", "biasa"), hints=ILLNESS_WORDS),
                Option("work", lazy_gettext("Kecelakaan kerja"), then=died_at_work, reads=_accident_off_work,
                       aliases=("kecelakaan", "kecelakaan kerja", "laka"), hints=ACCIDENT_WORDS),
                Option("unknown", lazy_gettext("Tidak tahu"), then=_cause("unknown"),
                       aliases=UNSURE_WORDS),
            ),
            on_text=_cause_in_words,
            goes_to=NEXT_STATES | {DeathState.ASK_TRAFFIC},
        ),
        Step(
            DeathState.ASK_TRAFFIC,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Apakah itu kecelakaan lalu lintas (di jalan, termasuk berangkat atau pulang kerja)?"),
            options=yes_no(_traffic(True), _traffic(False), reads=paper_missing),
            goes_to=NEXT_STATES,
        ),
        Step(
            DeathState.ASK_RELATION,
            timeout=Timeout.NOTICE,
            ask=lambda ctx: _("Apa hubungan Anda dengan {who}?").format(who=deceased(ctx.draft)),
            # Named alone ("istri", "anak"), never inside a sentence, where "anak" is as often the deceased's
            # children ("ada 2 anak masih sd") as the writer: a sentence is read by _relation_told.
            options=tuple(Option(r.value, RELATION_LABELS[r], then=_relation(r), aliases=RELATION_ALIASES[r],
                                 alone=True) for r in Relation),
            on_text=_relation_told,  # and an earlier answer said wrong here (Flow.corrects): any of the claim's questions
            goes_to=frozenset({DeathState.ASK_PRIOR_HEIRS, DeathState.ASK_CHILDREN, DeathState.EXPECTATION}) | NEXT_STATES,
        ),
        Step(
            DeathState.ASK_PRIOR_HEIRS,
            timeout=Timeout.NOTICE,
            ask=_ask_prior,
            options=(
                Option("yes", LABEL_YES, then=_prior_exists, aliases=YES_WORDS + ("ada",), reads=_yes_read),
                Option("no", LABEL_NO, then=_prior_absent, aliases=NO_WORDS + ("tidak ada", "gak ada", "ga ada"),
                       reads=paper_missing),
            ),
            on_text=_prior_told,
            goes_to=frozenset({DeathState.NOT_HEIR, DeathState.ASK_PRIOR_HEIRS, DeathState.ASK_CHILDREN,
                               DeathState.EXPECTATION}) | NEXT_STATES,
        ),
        Step(
            DeathState.ASK_CHILDREN,
            timeout=Timeout.NOTICE,
            ask=lambda ctx: _("Apakah {who} meninggalkan anak yang masih sekolah atau berumur di bawah 23 tahun? "
                              "Untuk mereka ada beasiswa.").format(who=deceased(ctx.draft)),
            options=(
                Option("yes", LABEL_YES, then=_children(True), aliases=YES_WORDS + ("ada",), reads=paper_missing),
                Option("no", LABEL_NO, then=_children(False), aliases=NO_WORDS + ("tidak ada", "gak ada", "ga ada"),
                       reads=paper_missing),
                Option("unknown", lazy_gettext("Tidak tahu"), then=_children(None),
                       aliases=UNSURE_WORDS),
            ),
            on_text=_children_told,
            goes_to=frozenset({DeathState.EXPECTATION}) | NEXT_STATES,
        ),
        Step(DeathState.NOT_HEIR, timeout=Timeout.QUIET, ask=_not_heir_text,
             options=(Option("again", lazy_gettext("Isi ulang hubungan"), goto=DeathState.ASK_RELATION), to_menu()),
             on_text=_prior_taken_back,
             goes_to=frozenset({DeathState.ASK_PRIOR_HEIRS, DeathState.ASK_CHILDREN, DeathState.EXPECTATION})),
        Step(
            DeathState.EXPECTATION,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Lanjut mencatat klaim dan melihat daftar dokumen yang diperlukan?"),
            options=(
                # Alone: "iya meninggalnya 2 hari lalu" wrote the claim without what it said.
                Option("confirm", lazy_gettext("Ya, catat klaim"), then=_confirm,
                       aliases=(*YES_WORDS, "boleh", "mau", "lanjut", "catat", "klaim", "klaimnya"),
                       alone=True),
                # "tidak", "nanti aja": not now; the answers are kept, as "menu" keeps them (were "not understood")
                # "saya bukan istrinya, saya anaknya": its "bukan" is no "not now" but a relation corrected
                dataclasses.replace(to_menu(), aliases=(*NO_WORDS, "nanti", "belum", "later"),
                                    reads=_relation_or_paper),
            ),
            goes_to=frozenset({DeathState.CREATING}) | NEXT_STATES,
        ),
        Step(DeathState.CREATING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_created,
             goes_to=frozenset({DocsState.CHECKLIST, HOME})),
        Step(DeathState.FROM_REPORT, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_report,
             goes_to=NEXT_STATES | {HOME}),
    ),
)
