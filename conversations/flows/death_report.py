"""Lapor warga meninggal: an RT head reports a resident's death, so the family learns that a death benefit
exists and can start the claim in one tap.

The resident's NIK (or name and birth date), the date of death, a family member's phone, a summary to send.
The store checks the roster within the RT head's kelurahan: if the resident was covered, the RT head hears
what the heirs can receive and the family gets a gentle message (no name, no NIK: the number was typed by
someone else); if not, the RT head hears that too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import CORRECTING, UNSURE_WORDS, says
from conversations.commands import normalise as normalise_words
from conversations.domain.dates import When, parse_date
from conversations.domain.nik import NikError
from conversations.domain.nominations import HONORIFICS, clean_name
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows.common import (
    CORRECTED,
    HOME,
    NO_WORDS,
    OFFICER_HOME,
    YES_WORDS,
    answers_nothing,
    day_asked_in_the_month,
    named_wrong,
    no_phone_to_give,
    not_yet_this_year,
    own_number_offered,
    phone_refused,
    read_day,
    why_not_a_date,
)
from conversations.flows.nomination_text import answer_refused, phone_text
from conversations.i18n import _, format_date, format_money, lazy_gettext
from conversations.model import Contact, DeathReportAnswer, Expect, ReportDeath, Result
from conversations.nlu.entities import (
    find_nik,
    find_phone,
    find_when,
    read_nik,
    read_phone,
    read_when,
    without_nik,
)
from conversations.nlu.lexicon import VOCABULARY
from conversations.nlu.normalise import normalise


class ReportState(StrEnum):
    ASK_WHO = "death_report.ask_who"
    ASK_DATE = "death_report.ask_date"
    ASK_PHONE = "death_report.ask_phone"
    SUMMARY = "death_report.summary"
    SENDING = "death_report.sending"


class ReportDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    nik: str | None = None
    full_name: str | None = None
    birth_date: dt.date | None = None
    died_on: dt.date | None = None
    died_on_rough: bool = False
    """Counted back from weeks or months ago ("2 minggu lalu"): an estimate, told as one to the family's claim."""
    month_said: dt.date | None = None
    """A month said at the date question without its day ("bulan lalu"): the day typed next is read in it."""
    phone: str | None = None


def start(ctx: Ctx[Any]) -> Outcome:
    return Goto(ReportState.ASK_WHO)


def start_with(ctx: Ctx[Any], text: str) -> Outcome:
    """The report begun from a message that tells it ("warga saya pak ahmad meninggal tadi subuh, nik nya 1571…"): its
    NIK and the day of death kept, not asked again (the NIK was asked first, as if nothing had been said)."""
    told = _told(ctx, ReportDraft(), text)
    if told.nik is not None:
        return _after_who(ctx, told)
    if (named := _named_before_the_death(text)) is not None:  # "pak darman warga sy meninggal tadi pagi"
        told = told.model_copy(update={"full_name": named})
    said = (*((_died_on_text(told),) if told.died_on is not None else ()),
            *((_name_only_text(named),) if named is not None else ()))
    return Goto(ReportState.ASK_WHO, draft=told, say=said) if said else start(ctx)


def _told(ctx: Ctx[Any], draft: ReportDraft, text: str) -> ReportDraft:
    """A valid NIK, the day of death and the family's phone a message tells, with what the draft has (the phone was
    asked again)."""
    update: dict[str, Any] = {}
    if (typed := find_nik(text)) is not None and not isinstance(nik := read_nik(typed), NikError):
        update["nik"] = nik.value
    if (died := _death_told(ctx, text, beside_a_name=False)) is not None:
        update.update(died_on=died.date, died_on_rough=died.rough)
    if (phone := find_phone(without_nik(text))) is not None:  # "…, istrinya bu sumi hp 0812…"
        update["phone"] = phone
    return draft.model_copy(update=update)


def _died_on_text(d: ReportDraft) -> str:
    """Said before the NIK question, which follows it (it was said twice, in other words)."""
    return _("Baik, meninggal {date}.").format(date=_died_on(d))


def _died_on(d: ReportDraft) -> str:
    return format_date(d.died_on, rough=d.died_on_rough) if d.died_on else ""


def _on_who(ctx: Ctx[ReportDraft], text: str) -> Outcome:
    if find_nik(text) is not None or text.strip().replace(" ", "").isdigit():
        nik = read_nik(text)
        if isinstance(nik, NikError):
            return Retry(_("NIK harus 16 angka dan berisi tanggal lahir yang benar. Periksa lagi KTP atau KK-nya, "
                           "atau tulis nama lengkap dan tanggal lahirnya."))
        return _after_who(ctx, _told(ctx, ctx.draft, text).model_copy(update={"nik": nik.value}))
    named = _named_before_the_death(text)  # "pak joko meninggal (tadi subuh)": the name, and the day if told
    if (died := _death_told(ctx, text)) is not None:
        told = ctx.draft.model_copy(update={"died_on": died.date, "died_on_rough": died.rough,
                                            **({"full_name": named} if named else {})})
        return Goto(ReportState.ASK_WHO, draft=told,
                    say=(_died_on_text(told), *((_name_only_text(named),) if named else ())))
    if named is not None:  # was the question again in other words
        return _name_alone(ctx, named)
    if ctx.draft.full_name is not None and (born := parse_date(_BORN.sub("", text), ctx.today)) is not None:
        # the birth date alone, asked for after the name alone ("Darman Sitompul", then "10-03-1975"): was "Tulis
        # NIK-nya …", the name forgotten
        return _born(ctx, ctx.draft.full_name, born)
    typed_name, _sep, date_text = text.rpartition(",") if "," in text else _name_then_date(text)
    name = clean_name(typed_name)  # "pak Ahmad": found in the roster as Ahmad
    born = parse_date(date_text, ctx.today) if name else None
    if born is None and says(text, UNSURE_WORDS):
        # "ga tau nik nya": the same line again, and again; the family has both on their KK
        return Retry(str(ON_THE_FAMILYS_KK))
    if born is None and _AGE_TOLD.search(text):  # "umurnya sekitar 50an": was "belum bisa saya baca"
        return Retry(_("Umur saja belum cukup untuk mencari datanya: perlu tanggal lahir atau NIK-nya.") + " "
                     + str(ON_THE_FAMILYS_KK))
    if born is None and name is None and _a_name_alone(text) and (named := clean_name(text)) is not None:
        # "pak joko": was the question again in other words; the name is one half of what is asked
        return _name_alone(ctx, named)
    if born is None and ctx.draft.full_name is not None:  # the birth date asked for the name kept
        return Retry(_("Tanggal lahirnya belum bisa saya baca. Tulis dengan angka, misalnya 22-05-1970."))
    if born is None or name is None:
        return Retry(_("Tulis NIK-nya (16 angka), atau nama lengkap dan tanggal lahir dipisah koma, misalnya: "
                       "Budi Santoso, 22-05-1970."))
    return _born(ctx, name, born)


ON_THE_FAMILYS_KK = lazy_gettext("NIK dan tanggal lahirnya tertulis di Kartu Keluarga (KK) keluarganya: mintalah "
                                 "kepada mereka, lalu ketik di sini, atau nanti pilih lagi \"Lapor warga meninggal\" "
                                 "di menu petugas.")
_AGE_TOLD = re.compile(r"\b(?:umur|umurnya|usia|usianya|age)\b|\b\d{2}\s*-?an\b|\b\d{2}\s*(?:tahun|thn|th)(?:an)?\b",
                       re.IGNORECASE)
"""An age told where the birth date is asked ("umurnya sekitar 50an", "sekitar 60 tahun"): no date to match."""
_BORN = re.compile(r"^\s*(?:(?:tgl|tanggal)\.?\s*)?(?:lahir(?:nya)?|lhr)\b\s*:?\s*", re.IGNORECASE)
"""The words before a birth date typed alone ("lahir 10 maret 1975", "tgl lahirnya 10-03-1975")."""


def _born(ctx: Ctx[ReportDraft], name: str, born: dt.date) -> Outcome:
    if born >= ctx.today:
        return Retry(_("Tanggal lahir itu belum lewat. Periksa lagi tanggalnya."))
    return _after_who(ctx, ctx.draft.model_copy(update={"full_name": name, "birth_date": born}))


def _name_alone(ctx: Ctx[ReportDraft], name: str) -> Outcome:
    """The name kept: the birth date typed next completes it."""
    return Goto(ReportState.ASK_WHO, draft=ctx.draft.model_copy(update={"full_name": name}),
                say=(_name_only_text(name),))


def _name_only_text(name: str) -> str:
    return _("Nama {name} saya catat.").format(name=name)


def _who_question(ctx: Ctx[ReportDraft]) -> str:
    if (name := ctx.draft.full_name) is not None and ctx.draft.birth_date is None:
        return _("Tanggal lahir {name}? Misalnya 22-05-1970. Atau ketik NIK-nya (16 angka) jika ada.").format(name=name)
    return _("Ketik NIK warga yang meninggal (16 angka). Jika tidak tahu, tulis nama lengkap dan tanggal lahirnya, "
             "misalnya: Budi Santoso, 22-05-1970.")


def _named_before_the_death(text: str) -> str | None:
    """The name told before "meninggal" ("pak joko meninggal tadi subuh"), when the words before it are a name alone."""
    before, death, _after = _RESIDENT.sub(" ", text.lower()).partition("meninggal")
    return clean_name(before) if death and before.strip() and _a_name_alone(before) else None


_RESIDENT = re.compile(r"\b(?:warga|tetangga)\s+(?:saya|sy|kami|aku|rt\s*\d*)\b")
"""Who the dead was to the RT head, said beside the name ("pak darman warga sy meninggal"): not part of it."""


def _a_name_alone(text: str) -> bool:
    """Only a name ("pak joko"): words none of which the bot knows but a title. Not "pak budi meninggal"."""
    tokens = normalise(text).tokens
    return bool(tokens) and all(token in HONORIFICS or token.isalpha() and token not in VOCABULARY for token in tokens) \
        and not answers_nothing(text)  # "sebentar", "wkwk", "terserah": were noted as the resident's name


_NAME_THEN_DATE = re.compile(r"^(?P<name>\D+?)(?:\s+(?:tgl\.?|tanggal)?\s*(?:lahir|lhr))?\s+(?P<date>\d.*)$",
                             re.IGNORECASE)


def _name_then_date(text: str) -> tuple[str, str, str]:
    """"budi santoso 22-05-1970", "budi santoso lahir 22 mei 1970": the name and the date without a comma between,
    split where the date's first digit is (a name has none)."""
    found = _NAME_THEN_DATE.match(text.strip())
    return (found["name"], " ", found["date"]) if found else ("", "", "")


def _death_told(ctx: Ctx[Any], text: str, *, beside_a_name: bool = True) -> When | None:
    """The day of death, told where the NIK is asked ("pak ahmad meninggal tadi subuh") or in the message that began
    the report: kept, and not asked again. `beside_a_name`: where a name and a birth date are asked, a comma sets the
    birth date apart ("Budi, 22-05-1970"), which is no day of death."""
    if "meninggal" not in normalise(text).tokens or beside_a_name and "," in text:
        return None
    when = find_when(text, ctx.local_now)
    return when if when is not None and when.date <= ctx.today else None


def _after_who(ctx: Ctx[ReportDraft], d: ReportDraft) -> Outcome:
    """The day of death next, unless told already (then checked as if typed at its question)."""
    if d.died_on is None:
        return Goto(ReportState.ASK_DATE, draft=d)
    if d.birth_date is not None and d.died_on < d.birth_date:
        return Goto(ReportState.ASK_DATE, draft=d.model_copy(update={"died_on": None, "died_on_rough": False}), say=(
            _("Tanggal itu sebelum tanggal lahirnya. Periksa lagi tanggalnya."),))
    return _after_date(d)


def _after_date(d: ReportDraft) -> Goto:
    return Goto(ReportState.SUMMARY if d.phone is not None else ReportState.ASK_PHONE, draft=d)


_LINE_OF = {"nik": "who", "nama": "who", "tanggal": "day", "tgl": "day", "hari": "day"}
_CORRECTED_AT = frozenset({ReportState.ASK_DATE, ReportState.ASK_PHONE, ReportState.SUMMARY})


def _earlier_corrected(ctx: Ctx[ReportDraft], text: str) -> Outcome | None:
    """Flow.corrects: who died, or the day, said wrong at a later question ("nik nya salah" at the family's phone was "Yang saya
    perlukan di sini nomor HP"; at the summary, "make the report again"): asked again, or the right one typed with it
    taken, the rest kept."""
    if ctx.conversation.state not in _CORRECTED_AT:
        return None
    d = ctx.draft
    line = _LINE_OF.get(named_wrong(text, _LINE_OF) or "")
    if line == "who" and ctx.conversation.state != ReportState.ASK_WHO:
        cleared = d.model_copy(update={"nik": None, "full_name": None, "birth_date": None})
        if (nik := find_nik(text)) is not None:  # "niknya salah, harusnya 1571…"
            return _on_who(ctx._replace(draft=cleared), nik)
        return Goto(ReportState.ASK_WHO, draft=cleared)
    if line == "day" and ctx.conversation.state != ReportState.ASK_DATE \
            and d.died_on is not None:
        cleared = d.model_copy(update={"died_on": None, "died_on_rough": False})
        if read_when(text, ctx.local_now) is not None:  # "tanggalnya salah, harusnya kemarin"
            dated = _on_date(ctx._replace(draft=cleared), text)
            return dataclasses.replace(dated, say=(str(CORRECTED),)) \
                if isinstance(dated, Goto) and dated.state == ctx.conversation.state != ReportState.SUMMARY else dated
        return Goto(ReportState.ASK_DATE, draft=cleared)
    return None


def _on_date(ctx: Ctx[ReportDraft], text: str) -> Outcome:
    when = read_day(text, ctx.local_now, ctx.draft.month_said)
    if when is None and (asked := day_asked_in_the_month(ctx, text, ReportState.ASK_DATE)) is not None:
        return asked
    if when is None:
        return Retry(why_not_a_date(text, ctx.draft.nik) or _(
            "Tanggalnya belum bisa saya baca. Tulis misalnya: kemarin, 5 Mei, atau 05-05-2025."))
    if when.date > ctx.today:
        return Retry(_("Tanggal meninggal tidak boleh di masa depan."))
    if ctx.draft.birth_date is not None and when.date < ctx.draft.birth_date:
        return Retry(_("Tanggal itu sebelum tanggal lahirnya. Periksa lagi tanggalnya."))
    if (ahead := not_yet_this_year(text, when.date, ctx.today)) is not None:  # "30 november" on 23 November
        return ahead
    return _after_date(ctx.draft.model_copy(update={"died_on": when.date, "died_on_rough": when.rough,
                                                    "month_said": None}))


def _on_phone(ctx: Ctx[ReportDraft], text: str) -> Outcome:
    phone = read_phone(text)
    if phone is None and (no_phone_to_give(text) or own_number_offered(text)):  # "pakai nomor saya aja": the RT head's
        # own would reach the RT head, not the family
        # "ga tau nomornya", "keluarganya ga punya hp": was "Nomor HP itu tidak valid"
        return Retry(_("Nomor HP keluarga diperlukan agar kabar santunan sampai kepada mereka. Tanyakan nomornya ke "
                       "keluarga almarhum (anak, istri atau suami), atau nomor kerabat yang bisa menyampaikannya."))
    if phone is None:
        return Retry(phone_refused(text))
    return Goto(ReportState.SUMMARY, draft=ctx.draft.model_copy(update={"phone": phone}))


def _on_contact(ctx: Ctx[ReportDraft], contact: Contact) -> Outcome:
    return _on_phone(ctx, contact.phone)


def _summary(ctx: Ctx[ReportDraft]) -> str:
    d = ctx.draft
    who = (_("NIK {nik}").format(nik=d.nik) if d.nik else
           _("{name}, lahir {date}").format(name=d.full_name or "", date=format_date(d.birth_date))
           if d.birth_date else "")
    return _("Laporan warga meninggal:\n• {who}\n• Meninggal: {date}\n• HP keluarga: {phone}\nKirim laporan ini? Jika "
             "warga ini peserta, keluarganya kami beri tahu tentang santunan dan cara mengurusnya.").format(
        who=who, date=_died_on(d), phone=phone_text(d.phone or ""))


def _corrected(ctx: Ctx[ReportDraft], text: str) -> Outcome | None:
    """"ya tapi tanggalnya salah, harusnya 2 hari lalu" at "Kirim laporan ini?": the "ya" in it had sent the report
    as it was, and the family was told the wrong day. A date or a phone told with the correction is read as at its
    own question and the report shown again; who died, said wrong, is asked again. Anything else is corrected by making
    the report again."""
    if not CORRECTING & set(normalise_words(text).split()):
        return None
    if (phone := read_phone(text)) is not None:
        return Goto(ReportState.SUMMARY, draft=ctx.draft.model_copy(update={"phone": phone}))
    if read_when(text, ctx.local_now) is not None:
        dated = _on_date(ctx, text)  # with its checks: not in the future, not before the birth date
        return Goto(ReportState.SUMMARY, draft=dated.draft) if isinstance(dated, Goto) else dated
    return Retry(_("Untuk memperbaiki yang lain, pilih \"Tidak, batal\" lalu buat laporannya lagi."))


def _send(ctx: Ctx[ReportDraft]) -> Outcome:
    d = ctx.draft
    assert d.died_on is not None and d.phone is not None
    return Goto(ReportState.SENDING, effects=(ReportDeath(died_on=d.died_on, family_phone=d.phone, nik=d.nik,
                                                          full_name=d.full_name, birth_date=d.birth_date,
                                                          died_on_rough=d.died_on_rough),))


def _cancel(ctx: Ctx[ReportDraft]) -> Outcome:
    return Goto(OFFICER_HOME, say=(_("Laporan tidak dikirim."),))


def answer_text(answer: DeathReportAnswer) -> str:
    if answer.outcome == "not_found":
        return _("Warga itu tidak ada di daftar peserta kelurahan Anda. Jika keluarganya ingin bertanya, mereka "
                 "bisa ke kantor cabang BPJS Ketenagakerjaan atau menelepon 175.")
    if answer.outcome == "outside_area":
        return _("Warga itu terdaftar di kelurahan lain. Laporan hanya bisa dibuat oleh Ketua RT-nya sendiri.")
    if answer.outcome == "not_covered":
        return _("Terima kasih. Menurut data kami, kepesertaan warga ini tidak aktif pada tanggal meninggal. "
                 "Keluarganya tetap bisa menanyakannya ke kantor cabang BPJS Ketenagakerjaan.")
    amount = format_money(answer.amount or 0)
    told = {
        "chat": _("Keluarganya sudah kami kirimi pesan di chat, dengan tombol untuk mulai mengurus klaim."),
        "whatsapp": _("Keluarganya sudah kami kirimi pesan WhatsApp, dengan tombol untuk mulai mengurus klaim."),
        "opted_out": _("Nomor keluarga itu meminta tidak dikirimi pesan: mohon sampaikan langsung kepada mereka."),
    }.get(answer.family, _("Pesan ke keluarga belum bisa dikirim dari sini: mohon sampaikan langsung, dan minta "
                           "mereka memilih \"Klaim santunan kematian\" di chat Kawan Kerja."))
    return _("Terima kasih, laporan diterima. Warga ini peserta: ahli warisnya dapat menerima santunan sampai "
             "{amount} jika kepesertaannya aktif; kantor cabang yang memutuskan.").format(amount=amount) + " " + \
        told + " " + _("Jika keluarga belum mulai dalam 7 hari, saya ingatkan Anda.")


def _on_sent(ctx: Ctx[ReportDraft], result: Result) -> Outcome:
    if isinstance(result, DeathReportAnswer) and not result.problem:
        return Goto(OFFICER_HOME, say=(answer_text(result),))
    return answer_refused(ctx, result)


FLOW = Flow(
    name="death_report",
    cancel_to=OFFICER_HOME,
    corrects=_earlier_corrected,
    entry=ReportState.ASK_WHO,
    draft_model=ReportDraft,
    steps=(
        Step(ReportState.ASK_WHO, timeout=Timeout.NOTICE,
             ask=_who_question, expects=Expect.NIK, on_text=_on_who,
             goes_to=frozenset({ReportState.ASK_WHO, ReportState.ASK_DATE, ReportState.ASK_PHONE,
                                ReportState.SUMMARY})),
        Step(ReportState.ASK_DATE, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Kapan warga itu meninggal? Misalnya: kemarin, 5 Mei, atau 05-05-2025."),
             expects=Expect.DATE, on_text=_on_date,
             goes_to=frozenset({ReportState.ASK_DATE, ReportState.ASK_PHONE, ReportState.SUMMARY, ReportState.ASK_WHO})),
        Step(ReportState.ASK_PHONE, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Nomor HP salah satu anggota keluarganya? Kami kirimi pesan tentang santunan dan cara "
                              "mengurusnya."),
             expects=Expect.TEXT, on_text=_on_phone, on_contact=_on_contact,
             goes_to=frozenset({ReportState.SUMMARY, ReportState.ASK_WHO, ReportState.ASK_DATE, ReportState.ASK_PHONE})),
        Step(ReportState.SUMMARY, timeout=Timeout.NOTICE, ask=_summary,
             options=(Option("send", lazy_gettext("Ya, kirim"), then=_send, aliases=YES_WORDS + ("kirim", "laporan", "laporannya"),
                             alone=True),  # "iya hp nya 0813…" sent it as it was
                      Option("cancel", lazy_gettext("Tidak, batal"), then=_cancel, aliases=NO_WORDS)),
             on_text=_corrected,
             goes_to=frozenset({ReportState.SENDING, OFFICER_HOME, ReportState.SUMMARY, ReportState.ASK_WHO,
                                ReportState.ASK_DATE, ReportState.ASK_PHONE})),
        Step(ReportState.SENDING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_sent,
             goes_to=frozenset({OFFICER_HOME, HOME})),
    ),
)
