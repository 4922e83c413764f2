"""Usulkan warga: an RT head proposes a neighbour for the city programme.

NIK first (checked offline, then against the roster and earlier proposals, so a duplicate is caught
before anything is typed), then name, birth date and sex (both must agree with the NIK), occupation,
address, phone, and the neighbour's consent. The RT head's own RT/RW is filled in. A summary lets any
field be corrected; confirming gives a USL reference."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import (
    CORRECTING,
    IDENTIFIER,
    NEGATIONS,
    NOT_A_NO,
    UNSURE_WORDS,
    is_puzzled,
    is_question,
    is_unsure,
    normalise,
)
from conversations.domain.nik import NikError, parse_nik
from conversations.domain.nominations import Occupation, Refusal, Role, clean_name
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows.common import (
    CORRECTED,
    HOME,
    NO_WORDS,
    OFFICER_HOME,
    OWN_NUMBER_AS_DIGITS,
    YES_WORDS,
    answers_nothing,
    named_wrong,
    no_phone_to_give,
    officer_of,
    own_number_offered,
    phone_refused,
    yes_no,
    yes_or_no_alone,
)
from conversations.flows.identity import (
    BIRTH_DATE_DISAGREES,
    birth_date_typed,
    checked_birth_date,
    disagrees_with_the_nik,
    nik_birth_date,
)
from conversations.flows.missing_documents import forgotten
from conversations.flows.nomination_text import (
    NO_LIMIT_PER_RT,
    OCCUPATION_ALIASES,
    OCCUPATION_LABELS,
    answer_refused,
    area_text,
    job_named,
    nomination_line,
    phone_text,
    proposals_limit_asked,
)
from conversations.flows.status import PHONE_WORDS, nik_problem_text
from conversations.i18n import _, current_locale, format_date, lazy_format, lazy_gettext
from conversations.model import CheckNominee, Contact, Expect, NominationAnswer, ProposeNominee, Result
from conversations.nlu.entities import JOB_WORDS, read_date, read_nik, read_phone
from conversations.nlu.noise import is_keyboard_noise
from conversations.nlu.normalise import normalise_message


class NominateState(StrEnum):
    ASK_NIK = "nominate.ask_nik"
    CHECKING = "nominate.checking"
    REJECTED_BEFORE = "nominate.rejected_before"
    ASK_NAME = "nominate.ask_name"
    ASK_BIRTH_DATE = "nominate.ask_birth_date"
    ASK_GENDER = "nominate.ask_gender"
    ASK_OCCUPATION = "nominate.ask_occupation"
    ASK_OCCUPATION_OTHER = "nominate.ask_occupation_other"
    ASK_ADDRESS = "nominate.ask_address"
    ASK_PHONE = "nominate.ask_phone"
    ASK_CONSENT = "nominate.ask_consent"
    SUMMARY = "nominate.summary"
    EDIT = "nominate.edit"
    CREATING = "nominate.creating"


class NominateDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    nik: str | None = None
    full_name: str | None = None
    birth_date: dt.date | None = None
    gender: Literal["L", "P"] | None = None
    occupation: Occupation | None = None
    occupation_other: str | None = None
    address: str | None = None
    phone: str | None = None
    consent: bool | None = None
    earlier: str | None = None
    """The line describing an earlier, rejected proposal of this NIK."""
    birth_refused: dt.date | None = None
    """A birth date typed that the NIK does not agree with: a year typed next corrects it ("oh iya salah, 1990")."""


ORDER: tuple[tuple[str, NominateState], ...] = (
    ("full_name", NominateState.ASK_NAME),
    ("birth_date", NominateState.ASK_BIRTH_DATE),
    ("gender", NominateState.ASK_GENDER),
    ("occupation", NominateState.ASK_OCCUPATION),
    ("address", NominateState.ASK_ADDRESS),
    ("phone", NominateState.ASK_PHONE),
    ("consent", NominateState.ASK_CONSENT),
)
FIELD_STATES = frozenset(state for _field, state in ORDER)
AN_EARLIER_ANSWER = frozenset({NominateState.ASK_NIK, NominateState.CHECKING})
"""Where a field's question may go when the NIK given before is said to be wrong (_earlier_corrected)."""


def _advance(ctx: Ctx[NominateDraft], **update: object) -> Goto:
    """Fill in what was answered and ask the first field still empty; when none is, show the summary (so
    correcting one field from the summary comes straight back to it)."""
    draft = ctx.draft.model_copy(update=update)
    for field, state in ORDER:
        if getattr(draft, field) is None:
            return Goto(state, draft=draft)
    return Goto(NominateState.SUMMARY, draft=draft)


def start(ctx: Ctx[Any]) -> Outcome:
    return Goto(NominateState.ASK_NIK)


_SEVERAL = re.compile(r"\b(?:[2-9]|\d{2,}|dua|tiga|empat|lima|beberapa|banyak)\s+(?:orang|warga|org)\b|\bsekaligus\b",
                      re.IGNORECASE)


def start_with(ctx: Ctx[Any], text: str) -> Outcome:
    """From "saya mau daftarin tetangga, pak joko tukang becak": the job told is kept (it was asked again after the
    NIK, name and birth date) when the sentence names exactly one; the summary shows it before anything is sent."""
    if proposals_limit_asked(set(normalise_message(text).tokens)):  # asked, not a proposal begun
        return Retry(str(NO_LIMIT_PER_RT))
    if _SEVERAL.search(text):  # "mau usulin 3 orang sekaligus": the form took one, without a word of the others
        return Goto(NominateState.ASK_NIK, say=(_("Usulan dibuat satu per satu: sesudah yang ini terkirim, pilih lagi "
                                                  "\"Usulkan warga\" untuk warga berikutnya."),))
    if (whole := _told_whole(ctx._replace(draft=NominateDraft()), text)) is not None:
        return whole
    # "mau usulin tetangga sy pak budi, dia tukang parkir": a job outside the list, kept as "Lainnya" with its words
    job_words = text if job_named(text) is not None else _unlisted_job_told(text)
    name = _name_told(text)
    if job_words is None and name is None:
        return start(ctx)
    update, label = _job_told(job_words) if job_words is not None else ({}, None)
    said = _job_noted(label) if name is None else _noted_before_the_nik(name, label)
    return Goto(NominateState.ASK_NIK, draft=NominateDraft(full_name=name).model_copy(update=update), say=(said,))


def _noted_before_the_nik(name: str | None, job: object | None) -> str:
    """What was kept of the neighbour told where the proposal starts or its NIK is asked, the NIK asked next."""
    if name is not None and job is not None:
        return _("Baik, nama {name} dan pekerjaannya ({job}) saya catat. Sekarang NIK-nya.").format(name=name, job=job)
    if name is not None:
        return _("Baik, nama {name} saya catat. Sekarang NIK-nya.").format(name=name)
    return _("Baik, pekerjaannya ({job}) saya catat. Sekarang NIK-nya.").format(job=job)


_NAMED = re.compile(r"\b(?:namanya|nama nya|bernama|named)\s+([^,.;()\n]+)", re.IGNORECASE)


def _name_told(text: str) -> str | None:
    """The neighbour named where the proposal is asked for ("mau usulin tetangga sy, namanya budi, tukang becak"): the
    job was kept, the name asked again. One word will do after "namanya" (Budi, Sukarno)."""
    told = _NAMED.search(text)
    if told is None:
        return None
    said = " ".join(word for word in told[1].split() if not _reads_as_a_job(word))
    if not said or any(ch.isdigit() for ch in said) or (_NOT_IN_A_NAME | NOT_A_NAME) & set(said.lower().split()):
        return None
    return clean_name(said)


_JOB_TOLD = re.compile(r"\b(?:dia|kerjanya|pekerjaannya|kerjaannya|sebagai|profesinya)\s+((?:[a-z]+\s+){0,2}[a-z]+)",
                       re.IGNORECASE)


def _unlisted_job_told(text: str) -> str | None:
    """A job outside the list told after "dia", "kerjanya" … ("dia tukang parkir"): its words, when the first of them
    makes it a job (JOB_LIKE); at most three words, none past a comma."""
    found = _JOB_TOLD.search(text)
    if found is None:
        return None
    words = found.group(1).lower().split()
    while words and words[-1] not in JOB_LIKE and len(words) > 1:
        words.pop()  # "dia tukang parkir juga": not "juga"
    return " ".join(words) if words and words[0] in JOB_LIKE else None


_LABEL = re.compile(r"(?:^|(?<=[\s,;.:]))(?P<label>nik(?:nya)?|nama(?:nya)?|atas nama|"
                    r"ttl|tempat\s*(?:,|/|dan)?\s*(?:tgl|tanggal)\s+lahir|(?:tgl|tanggal)\s+lahir(?:nya)?|"
                    r"lahir(?:nya)?|pekerjaan(?:nya)?|kerja(?:nya)?|alamat(?:nya)?|"
                    r"(?:no\.?|nomor|nmr)\s*(?:hp|wa|telp|telepon)(?:nya)?|hp(?:nya)?|wa(?:nya)?|telp|"
                    r"(?:dia\s+|orangnya\s+)?(?:sudah\s+|udah\s+|sdh\s+)?setuju)\b\s*:?\s*", re.IGNORECASE)
_FIELD_OF_LABEL = (("nik", "nik"), ("nama", "full_name"), ("atas", "full_name"), ("ttl", "birth_date"),
                   ("tempat", "birth_date"), ("tgl", "birth_date"),
                   ("tanggal", "birth_date"), ("lahir", "birth_date"), ("pekerjaan", "occupation"),
                   ("kerja", "occupation"), ("alamat", "address"), ("no", "phone"), ("nomor", "phone"), ("nmr", "phone"),
                   ("hp", "phone"), ("wa", "phone"), ("telp", "phone"))
WHOLE_AT_LEAST = 3
"""Labelled answers a message needs to be read as a whole proposal ("namanya …, nik …, lahir …, alamat …, hp …")."""


def _labelled(text: str) -> dict[str, str]:
    """Each answer a message labels, running to the next label: an address keeps its commas ("jl mawar no 5, gg 2")."""
    found = list(_LABEL.finditer(text))
    told: dict[str, str] = {}
    ends = [match.start() for match in found[1:]] + [len(text)] * bool(found)
    for here, end in zip(found, ends, strict=True):
        first = here.group("label").split()[0].lower()
        field = next((field for prefix, field in _FIELD_OF_LABEL if first.startswith(prefix)), None)
        value = text[here.end():end].strip(" ,;.:")
        if field is not None and value and field not in told:
            told[field] = value
    return told


def _told_whole(ctx: Ctx[NominateDraft], text: str) -> Outcome | None:
    """A whole proposal in one message, as RT heads copy it from a note ("namanya siti aminah, nik 1571…, lahir 12
    april 1988, kerja jualan kue, alamat jl mawar no 5, hp 0812…"): only the job was kept, and every other answer
    asked again. Each is read by its own question's handler, and what one refuses is said and asked at its question
    (as a birth date the NIK disagrees with is); the NIK is checked as when typed; the neighbour's consent is always
    asked; the summary shows all before sending."""
    told = _labelled(text)
    if len(told) < WHOLE_AT_LEAST:
        return None
    readers: tuple[tuple[str, Callable[[Ctx[NominateDraft], str], Outcome]], ...] = (
        ("full_name", _on_name), ("birth_date", _on_birth_date), ("address", _on_address), ("phone", _on_phone))
    refused: list[str] = []
    for field, read in readers:
        if field not in told:
            continue
        outcome = read(ctx, told[field])
        if isinstance(outcome, Goto) and isinstance(outcome.draft, NominateDraft):
            ctx = ctx._replace(draft=outcome.draft)
        elif isinstance(outcome, Retry):  # said now, before its question comes ("Alamat itu menyebut RT/RW lain …")
            refused.append(str(outcome.problem))
    if "occupation" in told and (job := job_named(told["occupation"])) is not None:
        ctx = ctx._replace(draft=ctx.draft.model_copy(update={"occupation": job}))
    noted = _("Baik, yang Anda tulis saya catat; yang belum ada saya tanyakan, dan semuanya ditampilkan lagi sebelum "
              "dikirim.")
    nik = read_nik(told.get("nik", ""))
    if isinstance(nik, NikError):  # none, or mistyped: the rest is kept, and the NIK asked with what is wrong with it
        problem = (nik_problem_text(nik),) if "nik" in told else ()
        return Goto(NominateState.ASK_NIK, draft=ctx.draft, say=(noted, *refused, *problem))
    checked = _on_nik(ctx, told["nik"])
    if not isinstance(checked, Goto):
        return checked
    return dataclasses.replace(checked, say=(noted, *refused))


def _job_instead(ctx: Ctx[NominateDraft], text: str) -> Goto | None:
    """The neighbour told by name and job where the NIK is asked ("pak budi tukang becak", "siti aminah jualan
    gorengan"): was told only that a NIK has 16 digits. The job is kept, and the name too when a whole one comes with
    it; the summary shows both before anything is sent."""
    if ctx.draft.occupation is not None or any(ch.isdigit() for ch in text) or (job := job_named(text)) is None:
        return None
    padded = f" {normalise(text)} "
    where = [at for alias in OCCUPATION_ALIASES[job] if (at := padded.find(f" {normalise(alias)} ")) >= 0]
    name = _name_instead(padded[:min(where)]) if where and ctx.draft.full_name is None else None
    update: dict[str, object] = {"occupation": job, "occupation_other": None}
    if name is not None:
        update["full_name"] = name
    return Goto(NominateState.ASK_NIK, draft=ctx.draft.model_copy(update=update),
                say=(_noted_before_the_nik(name, OCCUPATION_LABELS[job]),))


def _on_nik(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    if (whole := _told_whole(ctx, text)) is not None:  # the whole proposal typed here: only its NIK was taken
        return whole
    parsed = read_nik(text)
    if isinstance(parsed, NikError):
        if ctx.draft.full_name is None and (name := _name_instead(text)) is not None:  # "bu siti aminah"
            return Goto(NominateState.ASK_NIK, draft=ctx.draft.model_copy(update={"full_name": name}), say=(
                _noted_before_the_nik(name, None),))
        if ctx.draft.birth_date is None and (born := birth_date_typed(text, ctx.today)) is not None:
            # "10-05-1980": was told a NIK has 16 digits, not 8. Checked against the NIK when it comes
            return Goto(NominateState.ASK_NIK, draft=ctx.draft.model_copy(update={"birth_date": born}), say=(
                _("Baik, tanggal lahirnya ({date}) saya catat. Sekarang NIK-nya.").format(date=format_date(born)),))
        return _job_instead(ctx, text) or Retry(nik_problem_text(parsed, typed=text))
    # The NIK says whether its holder is a woman (day of birth + 40): not asked again, shown in the summary.
    draft = ctx.draft.model_copy(update={"nik": parsed.value, "earlier": None, "gender": parsed.sex})
    return Goto(NominateState.CHECKING, draft=draft, effects=(CheckNominee(parsed.value),))


def _on_checked(ctx: Ctx[NominateDraft], result: Result) -> Outcome:
    if not isinstance(result, NominationAnswer):
        return answer_refused(ctx, result)
    if result.problem == Refusal.ENROLLED:
        return Goto(OFFICER_HOME, say=(_("Warga dengan NIK ini sudah terdaftar sebagai peserta aktif BPJS "
                                         "Ketenagakerjaan. Tidak perlu diusulkan."),))
    if result.problem == Refusal.PROPOSED and result.items:
        return Goto(OFFICER_HOME, say=(_("NIK ini sudah diusulkan dan sedang diproses:") + "\n"
                                       + nomination_line(result.items[0]),))
    if result.problem == Refusal.REJECTED_BEFORE and result.items:
        draft = ctx.draft.model_copy(update={"earlier": nomination_line(result.items[0])})
        return Goto(NominateState.REJECTED_BEFORE, draft=draft)
    if result.problem:
        return answer_refused(ctx, result)
    told = ctx.draft.birth_date
    if told is not None and disagrees_with_the_nik(ctx.draft.nik, told):  # typed before the NIK: asked again
        return Goto(NominateState.ASK_BIRTH_DATE, draft=ctx.draft.model_copy(
            update={"birth_date": None, "birth_refused": told}), say=(BIRTH_DATE_DISAGREES,))
    return _advance(ctx)


def _rejected_text(ctx: Ctx[NominateDraft]) -> str:
    return _("Warga ini pernah diusulkan dan ditolak:\n{earlier}\n\nUsulkan lagi dengan data yang sudah "
             "diperbaiki?").format(earlier=ctx.draft.earlier or "")


_NOT_IN_A_NAME = NEGATIONS | {"ada", "belum", "blm", "sudah", "udah", "nanti", "dulu", "tau", "tahu", "lupa", "ingat",
                              "nik", "ktp", "kk", "nomor", "saya", "aku", "warga", "yang", "mau", "usul", "di", "ke",
                              "gatau", "gtau", "hp", "nohp", "telepon", "telp", "no", "nya"}
"""Words of an answer that is not a name ("belum ada", "nik nya lupa", "ga tau", "gatau no hp nya"), whatever its
letters."""
_NAME_SAID = re.compile(r"^\s*nama(?:nya)?(?:\s+adalah)?\s*:?\s+", re.IGNORECASE)
_OF_A_DATE = frozenset({"salah", "tahun", "thn", "tanggal", "tgl", "bulan", "lahir", "lahirnya", "keliru"})
"""Words said of a birth date, never a name's: "salah tahun" at the birth date renamed the neighbour "Salah Tahun"."""


def _name_instead(text: str) -> str | None:
    """The neighbour's name typed where the NIK is asked, as RT heads often begin ("bu siti aminah", "namanya Budi
    Santoso"): two words or more, no digits, and nothing of an answer, an occupation or the bot's menus."""
    said = _NAME_SAID.sub("", text)
    words = said.lower().split()
    if any(ch.isdigit() for ch in said) or (_NOT_IN_A_NAME | NOT_A_NAME | _OF_A_DATE) & set(words) \
            or _reads_as_a_job(said) or answers_nothing(said) or is_puzzled(said):  # "bingung ya" was a neighbour
        return None
    name = clean_name(said)
    return name if name is not None and len(name.split()) >= 2 else None


NOT_A_NAME = frozenset({"menu", "petugas", "usul", "usulan", "usulkan", "lapor", "klaim", "cek", "bantuan", "officer",
                        "kuota", "bpjs", "jkk", "jkm", "santunan", "iuran", "nik", "ktp", "kpj", "nanya", "tanya"})
"""Words of the bot's menus and topics, never of a name on a KTP: "menu petugas" typed to leave, and "berapa kuota rt
saya" asked at the name question (a question besides: is_question), and "kok nanya nik", were proposed as neighbours; a
question is answered, and the name asked again."""


_ONLY_AN_ANSWER = _NOT_IN_A_NAME | frozenset(YES_WORDS) | {"oke", "siap", "lanjut", "bentar", "sebentar", "tunggu",
                                                            "sip", "done", "tadi"}
"""A reply made only of these is no name ("udah", "ok", "nanti dulu", "ga tau"): "udah" was proposed as a
neighbour named Udah. A one-word name is common (Sukarno, Budi), so any other single word is taken."""


def _told_ahead(ctx: Ctx[NominateDraft], text: str) -> Outcome | None:
    """A later question's answer typed at the name or the birth date, as RT heads copy a note line by line ("12 april
    1988", "jl melati no 3", "0812 3456 7890" where the name is asked were each told to write the name with letters
    only): kept and said, or what its own question refuses said, and the question at hand asked again."""
    at = ctx.conversation.state
    words = set(re.findall(r"[a-z]+", text.lower()))
    if at == NominateState.ASK_NAME and ctx.draft.birth_date is None \
            and (born := birth_date_typed(text, ctx.today)) is not None:
        checked = checked_birth_date(ctx, text)
        if isinstance(checked, Retry):  # the NIK disagrees: said, and asked again at its own question
            return checked
        update: dict[str, object] = {"birth_date": born}
        said = _("Baik, tanggal lahirnya ({date}) saya catat.").format(date=format_date(born))
    elif ctx.draft.phone is None and (phone := read_phone(text)) is not None and not words - _SAID_OF_A_PHONE:
        update, said = {"phone": phone}, _("Baik, nomor HP-nya saya catat.")
    elif ctx.draft.address is None and STREET_WORDS & words and not IDENTIFIER.search(text):
        kept = _on_address(ctx, text)
        if not isinstance(kept, Goto) or not isinstance(kept.draft, NominateDraft):
            return kept if isinstance(kept, Retry) else None  # another RT's address: said
        update, said = {"address": kept.draft.address}, _("Baik, alamatnya saya catat.")
    else:
        return None
    return Goto(at, draft=ctx.draft.model_copy(update=update), say=(said,))


_SAID_OF_A_PHONE = frozenset({"hp", "hpnya", "no", "nomor", "nmr", "wa", "wanya", "telp", "nya"})


_NAME_THEN_JOB = re.compile(r"^\s*([^()\-–,]+?)\s*(?:\(\s*([^()]+?)\s*\)|[-–]\s*(.+?)|,\s*(.+?))\s*$")
"""A name with the job beside it, as an RT head copies a note ("budi (ojol)", "siti aminah - jualan kue")."""


def _name_with_a_job(ctx: Ctx[NominateDraft], text: str) -> Outcome | None:
    """"budi (ojol)": was "Tulis nama lengkap seperti di KTP". The name, and the job kept for its question (said, and
    shown in the summary); a title after a comma ("Siti Aminah, S.Pd.") is no job."""
    told = _NAME_THEN_JOB.match(text)
    job_words = next((part for part in told.groups()[1:] if part), None) if told is not None else None
    if told is None or job_words is None or not _reads_as_a_job(job_words) or (name := clean_name(told[1])) is None:
        return None
    update, label = _job_told(job_words)
    return dataclasses.replace(_advance(ctx, full_name=name, **update), say=(_job_noted(label),))


def _job_told(job_words: str) -> tuple[dict[str, object], object]:
    """The job a phrase names, as the draft keeps it (one of the list, or "Lainnya" with its words), and its label."""
    job = job_named(job_words)
    if job is not None:
        return {"occupation": job, "occupation_other": None}, OCCUPATION_LABELS[job]
    words = " ".join(job_words.split())
    return {"occupation": Occupation.OTHER, "occupation_other": words}, words


def _job_noted(label: object) -> str:
    return _("Pekerjaannya saya catat: {job}.").format(job=label)


def _job_kept(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    """The job typed at the name or the birth date ("jualan sayur keliling"): kept, as the date and the address typed
    early are, and the question at hand asked again. It was refused ("pekerjaan ditanyakan sesudah ini") and asked
    for later as if never told."""
    update, label = _job_told(text)
    return Goto(ctx.conversation.state, draft=ctx.draft.model_copy(update=update), say=(_job_noted(label),))


def _on_name(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    if (with_a_job := _name_with_a_job(ctx, text)) is not None:
        return with_a_job
    words = set(normalise(text).split())
    if NOT_A_NAME & words or is_question(text):
        return Retry(_("Itu bukan nama warga. Tulis nama lengkapnya sesuai KTP, atau ketik \"menu\" untuk kembali "
                       "ke menu."))
    if words <= _ONLY_AN_ANSWER or answers_nothing(text) or forgotten(normalise_message(text).tokens):
        # "Terserah", "Makasih", "Sy Lupa" were proposed as the neighbour's name
        return Retry(_("Nama warga belum tercatat. Tulis nama lengkapnya sesuai KTP, misalnya Siti Aminah."))
    if is_keyboard_noise(text):  # "qwerty" would go to the kelurahan as a resident's name
        return Retry(_("Sepertinya salah ketik. Tulis nama lengkap warga sesuai KTP, misalnya Siti Aminah."))
    if STREET_WORDS & words and (ahead := _told_ahead(ctx, text)) is not None:
        return ahead  # "jl melati gg 2": letters, but the address
    name = clean_name(text)
    if name is not None and _reads_as_a_job(text):  # "ojek pangkalan": letters, but a later question's answer
        return _job_kept(ctx, text)
    if name is None and not any(ch.isdigit() for ch in text):  # "Budi, SE": was told to leave out digits it had none of
        return Retry(_("Tulis nama lengkap seperti di KTP, misalnya Siti Aminah, atau dengan gelarnya: Siti Aminah, "
                       "S.Pd."))
    if name is None:
        return _told_ahead(ctx, text) or Retry(_("Tulis nama lengkap sesuai KTP, dengan huruf saja (tanpa angka), "
                                                 "misalnya Siti Aminah."))
    return _advance(ctx, full_name=name)


def _is_occupation(text: str) -> bool:
    said = " ".join(text.lower().split())
    return any(said in (OCCUPATION_LABELS[job].msgid.lower(), *OCCUPATION_ALIASES[job])
               for job in OCCUPATION_LABELS if job is not Occupation.OTHER)


def _reads_as_a_job(text: str) -> bool:
    """A job of the list, or words that make a phrase a job ("jualan gorengan keliling"): never a name."""
    return _is_occupation(text) or bool(JOB_LIKE & set(re.findall(r"[a-z]+", text.lower())))


_YEAR_ALONE = re.compile(r"^\D*\b((?:19|20)\d\d)\b\D*$")


OTHER_FIELDS = frozenset({"hp", "nomor", "no", "telepon", "telp", "wa", "alamat", "rumah", "rumahnya", "kerja",
                          "pekerjaan", "nama", "namanya", "nik"})
"""Another answer named as not known ("gatau no hp nya" at the birth date): not the birth date's."""


def _birth_date_not_known(text: str) -> bool:
    words = normalise_message(text).tokens
    return forgotten(words) and not OTHER_FIELDS & set(words)


def _on_birth_date(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    checked = checked_birth_date(ctx, text)
    refused = ctx.draft.birth_refused
    if isinstance(checked, Retry) and refused is not None and (year := _YEAR_ALONE.match(text)) is not None:
        # "oh iya salah, 1990" after "25 april 1991" was refused: that day and month in the year now typed (it was
        # "Tanggal lahir belum bisa saya baca")
        checked = checked_birth_date(ctx, f"{refused.day:02d}-{refused.month:02d}-{year[1]}")
    if isinstance(checked, Retry) and (ahead := _told_ahead(ctx, text)) is not None:
        return ahead  # the address or the phone, typed a question early
    if isinstance(checked, Retry) and (typed := read_date(text, ctx.today)) is not None:
        return Goto(NominateState.ASK_BIRTH_DATE, draft=ctx.draft.model_copy(update={"birth_refused": typed}),
                    say=(checked.problem,))
    if isinstance(checked, Retry) and read_date(text, ctx.today) is None and _birth_date_not_known(text) \
            and (in_the_nik := nik_birth_date(ctx.draft.nik, ctx.today)) is not None:
        # "lupa tgl lahirnya, umurnya 40an": was "Tanggal lahir belum bisa saya baca", though the NIK holds it
        return dataclasses.replace(_advance(ctx, birth_date=in_the_nik, birth_refused=None), say=(_(
            "Saya pakai tanggal lahir yang tertulis di NIK-nya: {date}. Kelurahan mencocokkannya dengan KTP.").format(
            date=format_date(in_the_nik)),))
    if isinstance(checked, Retry) and _reads_as_a_job(text):  # "jualan gorengan keliling": was taken as a new name
        return _job_kept(ctx, text)
    if isinstance(checked, Retry) and (name := _name_instead(text)) is not None and name != ctx.draft.full_name:
        # The whole name typed after a short one ("bu siti", then "siti aminah binti ahmad"): was "Tanggal lahir
        # belum bisa saya baca"; the summary shows it before anything is sent
        return Goto(NominateState.ASK_BIRTH_DATE, draft=ctx.draft.model_copy(update={"full_name": name}), say=(
            _("Baik, namanya saya ganti menjadi {name}.").format(name=name),))
    return checked if isinstance(checked, Retry) else _advance(ctx, birth_date=checked, birth_refused=None)


def _birth_date_of_the_nik(ctx: Ctx[NominateDraft]) -> Options:
    """The birth date written in the NIK, one tap away: typed on a cheap phone, a date was the slowest answer of the
    form. The kelurahan checks it against the KTP, as any date typed."""
    in_the_nik = nik_birth_date(ctx.draft.nik, ctx.today) if ctx.draft.nik else None
    if in_the_nik is None:
        return ()
    return (Option("nik_date", lazy_format("{date} dari NIK", date=in_the_nik.strftime("%d-%m-%Y")),
                   then=lambda c: _advance(c, birth_date=in_the_nik, birth_refused=None)),)


def _gender(value: Literal["L", "P"]):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[NominateDraft]) -> Outcome:
        nik = parse_nik(ctx.draft.nik or "")
        if not isinstance(nik, NikError) and nik.sex != value:
            return Retry(_("Jenis kelamin itu tidak cocok dengan NIK (pada NIK perempuan, tanggal lahir ditambah "
                           "40). Periksa lagi KTP-nya."))
        return _advance(ctx, gender=value)
    return chosen


JOB_LIKE = JOB_WORDS | frozenset({"penjual", "jual", "penjahit", "parkir", "cuci", "pengrajin", "pekerja", "karyawan",
                                  "asisten", "montir", "bengkel", "warung", "penjaga", "kurir", "tani", "ternak",
                                  "peternak", "cleaning", "service"})
"""Words that make a phrase a job ("tukang cuci", "penjual sayur keliling", "jaga warung"): a job outside the list,
typed, is taken as "Lainnya" with its words, as choosing "Lainnya" and typing them would be."""


_NO_FIXED_JOB = Retry(lazy_gettext("Tulis pekerjaan yang paling sering dikerjakannya, walau tidak tetap, misalnya buruh "
                                    "harian atau tukang parkir."))
"""A question where the job is asked ("gimana kalau ga punya kerja tetap"): was kept as the job."""


def _on_unlisted_occupation(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    """A job written in words that is none of the list's: taken as "Lainnya" when it reads as a job ("tukang cuci"
    was told to type 13 and then write it again), else how to give it, rather than not understanding."""
    job = " ".join(text.split())
    other = len(Occupation)  # "Lainnya" is the last of the list
    if is_question(job):
        return _NO_FIXED_JOB
    words = set(re.findall(r"[a-z]+", job.lower()))
    if 3 <= len(job) <= 60 and JOB_LIKE & words and not any(ch.isdigit() for ch in job):
        return _advance(ctx, occupation=Occupation.OTHER, occupation_other=job)
    if STREET_WORDS & words and not JOB_LIKE & words and ctx.draft.address is None \
            and isinstance(kept := _on_address(ctx, job), Goto) and kept.draft is not None:
        # "jl mawar no 5 rt 3" typed a question early: it was refused, and the address asked again after the job
        return Goto(NominateState.ASK_OCCUPATION, draft=kept.draft, say=(_("Baik, alamatnya saya catat."),))
    if job and len(job) <= 40 and not any(ch.isdigit() for ch in job) and not (answers_nothing(job) or is_puzzled(job)
                                                                             or is_unsure(job)):
        # "sy ga ngerti", "terserah", "lupa" were quoted back as jobs not on the list
        return Retry(_("\"{job}\" tidak ada di daftar. Ketik {other} (Lainnya) untuk menulis pekerjaan lain, atau "
                       "ketik nomor pekerjaannya.").format(job=job, other=other))
    return Retry(_("Ketik nomor pekerjaannya dari daftar, 1 sampai {other}.").format(other=other))


def _occupation(value: Occupation):  # type: ignore[no-untyped-def]
    def chosen(ctx: Ctx[NominateDraft]) -> Outcome:
        if value is Occupation.OTHER:
            return Goto(NominateState.ASK_OCCUPATION_OTHER, draft=ctx.draft.model_copy(update={"occupation": None}))
        return _advance(ctx, occupation=value, occupation_other=None)
    return chosen


def _on_occupation_other(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    job = " ".join(text.split())
    if is_question(job) or answers_nothing(job) or forgotten(normalise_message(job).tokens):
        return _NO_FIXED_JOB  # "gimana kalau ga punya kerja tetap", "terserah", "gatau" were kept as the job
    if not 3 <= len(job) <= 60 or not any(ch.isalpha() for ch in job) or yes_or_no_alone(job):  # "tidak": was the job
        return Retry(_("Tulis pekerjaannya singkat, 3 sampai 60 huruf, misalnya tukang parkir."))
    return _advance(ctx, occupation=Occupation.OTHER, occupation_other=job)


def _ask_address(ctx: Ctx[NominateDraft]) -> str:
    officer = officer_of(ctx.conversation)
    where = area_text(officer) if officer is not None else ""
    return _("Alamat rumahnya (jalan, nomor, gang)? RT/RW diisi otomatis: {area}.").format(area=where)


STREET_WORDS = frozenset({"jl", "jln", "jalan", "gg", "gang", "lorong", "lr", "blok", "komplek", "kompleks", "perum",
                          "perumahan", "rt", "rw"})
"""Words only an address has: one typed at the job question is the address."""
PLACE_WORDS = frozenset({"jl", "jln", "jalan", "gg", "gang", "lorong", "lr", "rt", "rw", "no", "nomor", "blok",
                         "komplek", "kompleks", "perum", "perumahan", "dusun", "desa", "kampung", "kp", "kel",
                         "kelurahan", "samping", "depan", "belakang", "dekat", "sebelah", "ujung", "pasar", "masjid"})
"""An address that names a job among these ("kampung nelayan rt 2", "depan pasar, gang tukang") is an address."""


def _on_address(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    address = " ".join(text.split())
    if IDENTIFIER.search(address) and len(address) <= 200:
        # "nik nya 1571…" typed a question late was kept as the address; a phone alone was told to write "5 to 200 letters"
        return Retry(_("Itu sepertinya NIK atau nomor HP, bukan alamat. Tulis alamat rumahnya (jalan, nomor, gang), "
                       "misalnya Jl. Kenari No. 12."))
    if len(address) > 200:  # a way there by landmarks ("samping masjid …, rumah ketiga …"): was told to write more
        return Retry(_("Alamatnya terlalu panjang: tulis paling banyak 200 huruf, cukup jalan, nomor dan gang, misalnya "
                       "Jl. Kenari No. 12."))
    if len(address) < 5 or not any(ch.isalpha() for ch in address):  # a street has a name
        return Retry(_("Tulis alamatnya lebih lengkap (5 sampai 200 huruf), misalnya Jl. Kenari No. 12."))
    if is_keyboard_noise(address):
        return Retry(_("Sepertinya salah ketik. Tulis alamat rumahnya (jalan, nomor, gang), misalnya Jl. Kenari No. 12."))
    if yes_or_no_alone(address) or answers_nothing(address):  # "tidak", "terserah" were sent to the kelurahan as the
        # neighbour's address
        return Retry(_("Tulis alamat rumahnya (jalan, nomor, gang), misalnya Jl. Kenari No. 12; jika tidak ada nama "
                       "jalan, tulis patokannya, misalnya dekat masjid."))
    if is_question(address):
        return Retry(_("Itu sepertinya pertanyaan, bukan alamat. Tulis alamat rumahnya (jalan, nomor, gang), misalnya "
                       "Jl. Kenari No. 12; jika belum tahu, tulis patokannya, misalnya dekat masjid."))
    words = set(re.findall(r"[a-z]+", address.lower()))
    unplaced = not (PLACE_WORDS - {"no", "nomor"}) & words and not any(ch.isdigit() for ch in address)
    said = normalise_message(address).tokens
    if unplaced and PHONE_WORDS & set(said):  # "gatau no hp nya" was kept as the address
        return Retry(_("Nomor HP ditanyakan sesudah ini. Tulis dulu alamat rumahnya (jalan, nomor, gang), misalnya "
                       "Jl. Kenari No. 12."))
    if unplaced and forgotten(said):  # "gatau", "lupa nama jalannya" were kept as the address
        return Retry(_("Jika alamat lengkapnya belum tahu, tulis yang Anda tahu: nama gang atau patokannya, misalnya "
                       "gang mawar dekat masjid."))
    if JOB_WORDS & words and not PLACE_WORDS & words and not any(ch.isdigit() for ch in address):
        return Retry(_("Itu sepertinya pekerjaannya, bukan alamat. Tulis alamat rumahnya (jalan, nomor, gang), "
                       "misalnya Jl. Kenari No. 12."))  # "buruh cuci" was kept as the address
    if (elsewhere := _another_rt(ctx, address)) is not None:
        return elsewhere
    return _advance(ctx, address=address)


_RT_RW = re.compile(r"\brt\W*/\W*rw\W*(\d{1,3})\W*/\W*(\d{1,3})\b", re.IGNORECASE)
_RT = re.compile(r"\brt\W{0,2}(\d{1,3})\b", re.IGNORECASE)
_RW = re.compile(r"\brw\W{0,2}(\d{1,3})\b", re.IGNORECASE)


def _another_rt(ctx: Ctx[NominateDraft], address: str) -> Outcome | None:
    """An address that names an RT or RW other than the RT head's own ("gg mawar rt 3 rw 2" from RT 003/RW 001): a
    neighbour of another RT is that RT head's to propose (the RT/RW are filled from the RT head's area, so the
    proposal would have shown one place and meant another)."""
    officer = officer_of(ctx.conversation)
    if officer is None or officer.role != Role.RT_HEAD or not officer.rt.isdigit() or not officer.rw.isdigit():
        return None  # an area written otherwise ("3A") is not compared
    if (both := _RT_RW.search(address)) is not None:
        rt, rw = both.group(1), both.group(2)
    else:
        rt = match.group(1) if (match := _RT.search(address)) is not None else None
        rw = match.group(1) if (match := _RW.search(address)) is not None else None
    if (rt is None or int(rt) == int(officer.rt)) and (rw is None or int(rw) == int(officer.rw)):
        return None
    return Retry(_("Alamat itu menyebut RT/RW lain, padahal Anda ketua RT {rt}/RW {rw}: warga RT lain diusulkan oleh "
                   "ketua RT-nya. Tulis alamat di RT Anda (RT/RW tidak perlu ditulis).").format(
        rt=officer.rt, rw=officer.rw))


def _on_phone(ctx: Ctx[NominateDraft], text: str) -> Outcome:
    phone = read_phone(text)
    if phone is None and own_number_offered(text):  # "pake no sy aja"
        return Retry(str(OWN_NUMBER_AS_DIGITS))
    if phone is None and no_phone_to_give(text):
        # "ga punya hp", "tidak ada", "lupa nomornya": no number to give
        return Retry(_("Nomor HP diperlukan untuk mengabari warga itu. Jika dia tidak punya HP, tulis nomor HP "
                       "keluarganya atau nomor Anda sendiri."))
    if phone is None:  # "senin kemarin", "ya" there were told as if no phone were had
        return Retry(phone_refused(text))
    return _advance(ctx, phone=phone)


def _on_phone_contact(ctx: Ctx[NominateDraft], contact: Contact) -> Outcome:
    return _on_phone(ctx, contact.phone)


def _ask_consent(ctx: Ctx[NominateDraft]) -> str:
    return _("Apakah {name} sudah setuju datanya (NIK, nama, tanggal lahir, alamat, nomor HP) diteruskan ke "
             "kelurahan, kecamatan, pemerintah kota dan BPJS Ketenagakerjaan untuk pendaftaran ini?").format(
        name=ctx.draft.full_name or "")


_AGREED = frozenset({"sudah", "udah", "sdh", "dah", "setuju", "bersedia", "mau", "ttd", "tandatangan", "izin", "ijin",
                     "mengizinkan", "ngizinin", "boleh", *YES_WORDS})


def _consent_told(ctx: Ctx[NominateDraft], text: str) -> Outcome | None:
    """The neighbour's consent told in a sentence ("sudah, tadi saya tanya langsung ke orangnya", "udah dia setuju",
    "dia ga keberatan"): was "not understood". Any "not yet" or "no" in it is the no: nothing is sent without it."""
    said = normalise(text)
    no_objection = NOT_A_NO.search(said) is not None  # "ga keberatan", "ga masalah": a negation that is no "no"
    words = set(NOT_A_NO.sub(" ", said).replace("tanda tangan", "tandatangan").split())
    if (NEGATIONS | _NOT_YET) & words:
        return _consent_no(ctx)
    return _advance(ctx, consent=True) if (_AGREED & words or no_objection) and not is_question(text) else None


_NOT_YET = frozenset({"belum", "blm", "dulu", "nanti", "besok", "pikir", "mikir"})
"""Consent put off ("dia mau pikir dulu", "nanti saya tanya dulu"): not given yet, whatever else is said."""


def _consent_no(ctx: Ctx[NominateDraft]) -> Outcome:
    return Goto(OFFICER_HOME, say=(_("Tanyakan dulu persetujuannya. Tanpa persetujuan warga, usulan tidak bisa "
                                     "dikirim; data yang diisi tadi tidak disimpan."),))


def _summary(ctx: Ctx[NominateDraft]) -> str:
    d = ctx.draft
    assert d.birth_date is not None and d.occupation is not None and d.phone is not None
    officer = officer_of(ctx.conversation)
    job = d.occupation_other if d.occupation is Occupation.OTHER else str(OCCUPATION_LABELS[d.occupation])
    return "\n".join([
        _("Periksa usulan ini:"),
        _("NIK: {nik}").format(nik=d.nik),
        _("Nama: {name}").format(name=d.full_name),
        _("Tanggal lahir: {date} ({gender})").format(
            date=format_date(d.birth_date), gender=_("laki-laki") if d.gender == "L" else _("perempuan")),
        _("Pekerjaan: {occupation}").format(occupation=job),
        _("Alamat: {address}").format(address=d.address),
        _("Wilayah: {area}").format(area=area_text(officer) if officer is not None else ""),
        _("No. HP: {phone}").format(phone=phone_text(d.phone)),
        _("Persetujuan warga: ya"),
        "",
        _("Kirim usulan ini?"),
    ])


def _confirm(ctx: Ctx[NominateDraft]) -> Outcome:
    d = ctx.draft
    assert d.nik and d.full_name and d.birth_date and d.gender and d.occupation and d.address and d.phone
    return Goto(NominateState.CREATING, effects=(ProposeNominee(
        nik=d.nik, full_name=d.full_name, birth_date=d.birth_date, gender=d.gender, occupation=d.occupation.value,
        occupation_other=d.occupation_other, address=d.address, phone=d.phone, locale=current_locale()),))


def _edit(*fields: str, target: NominateState | None = None):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[NominateDraft]) -> Outcome:
        draft = ctx.draft.model_copy(update=dict.fromkeys(fields))
        if target is not None:
            return Goto(target, draft=draft)
        return _advance(ctx._replace(draft=draft))
    return go


_FIELDS_NAMED = (
    (frozenset({"nama", "namanya", "name"}), _edit("full_name")),
    (frozenset({"nik", "niknya"}), _edit("nik", "birth_date", target=NominateState.ASK_NIK)),
    (frozenset({"tanggal", "tgl", "lahir", "lahirnya", "birth"}), _edit("birth_date")),
    (frozenset({"pekerjaan", "pekerjaannya", "kerja", "kerjanya", "job", "occupation"}),
     _edit("occupation", "occupation_other")),
    (frozenset({"alamat", "alamatnya", "address"}), _edit("address")),
    (frozenset({"hp", "hpnya", "wa", "telepon", "phone"}), _edit("phone")),
)


_FIELD_WORDS = frozenset(word for field_words, _edit in _FIELDS_NAMED for word in field_words)
_ANSWERED_AT: dict[str, Callable[[Ctx[NominateDraft], str], Outcome]] = {
    NominateState.ASK_NIK: _on_nik, NominateState.ASK_NAME: _on_name, NominateState.ASK_BIRTH_DATE: _on_birth_date,
    NominateState.ASK_ADDRESS: _on_address, NominateState.ASK_PHONE: _on_phone}
"""The typed fields' own readers, for a value typed with a correction at the summary."""
_VALUE_AFTER = (re.compile(r"\b(?:harusnya|seharusnya|yang benar|yg benar|jadi|mestinya|should be)\b\s*:?\s*(?P<value>\S.*)$",
                           re.IGNORECASE), re.compile(r",\s*(?P<value>\S.*)$"))
"""The right value typed with a correction ("alamatnya salah, harusnya …", else after a comma: "tanggal lahirnya salah,
13-04-1988")."""


def _corrected_at_summary(ctx: Ctx[NominateDraft], text: str) -> Outcome | None:
    """"ya tapi namanya salah, harusnya …" at "Kirim usulan ini?": the field named asked again (the others kept), or
    the list of fields when none is named. "ya" in it had sent the proposal as it was; since, "not understood". The
    right value typed with it is read as at the field's own question (the question was asked, the value dropped)."""
    words = set(normalise(text).split())
    if not CORRECTING & words:
        return None
    return _named_field_corrected(ctx, text, words) or Goto(NominateState.EDIT)


def _earlier_corrected(ctx: Ctx[NominateDraft], text: str) -> Outcome | None:
    """Flow.corrects, at a field's question (the summary has its own reading): an answer given before said to be wrong
    ("bentar, nik nya salah" at the birth date's was "Tanggal lahir belum bisa saya baca"): that field asked again, the
    others kept; the question at hand follows."""
    named = named_wrong(text, _FIELD_WORDS) if ctx.conversation.state in FIELD_STATES else None
    if named is None:
        return None
    corrected = _named_field_corrected(ctx, text, {named}, not_the=ctx.conversation.state)
    if isinstance(corrected, Goto) and corrected.state == ctx.conversation.state and not corrected.say:
        # the right value came with it ("namanya salah, harusnya …"): taken, and the question at hand asked again
        return dataclasses.replace(corrected, say=(str(CORRECTED),))
    return corrected


def _named_field_corrected(ctx: Ctx[NominateDraft], text: str, words: set[str], not_the: str | None = None
                           ) -> Outcome | None:
    """The one field named, asked again, with the right value typed with it read as at its own question; None when
    not exactly one is named, or when it is the question `not_the` (its own answer, read there)."""
    named = [edit for field_words, edit in _FIELDS_NAMED if field_words & words]
    if len(named) != 1:
        return None
    asked = named[0](ctx)
    if isinstance(asked, Goto) and asked.state == not_the:
        return None
    value = _VALUE_AFTER[0].search(text) or _VALUE_AFTER[1].search(text)
    if value is not None and CORRECTING & set(normalise(value["value"]).split()):
        value = None  # "bentar, nik nya salah": what follows the comma is the correction itself, not the value
    answer = _ANSWERED_AT.get(asked.state) if isinstance(asked, Goto) else None
    if value is None or answer is None or not isinstance(asked.draft, NominateDraft):
        return asked
    answered = answer(ctx._replace(draft=asked.draft), value["value"])
    # refused (a birth date the NIK contradicts): said, and its question asked, as if typed there
    return Goto(asked.state, draft=asked.draft, say=(answered.problem,)) if isinstance(answered, Retry) else answered


def _on_created(ctx: Ctx[NominateDraft], result: Result) -> Outcome:
    if isinstance(result, NominationAnswer) and result.reference:
        return Goto(OFFICER_HOME, say=(
            _("Usulan terkirim dengan nomor {reference}. Kelurahan akan memverifikasinya; kabarnya akan dikirim ke "
              "sini. Lihat semua usulan Anda di \"Usulan saya\".").format(reference=result.reference),))
    return _on_checked(ctx, result)


FLOW = Flow(
    name="nominate",
    cancel_to=OFFICER_HOME,
    corrects=_earlier_corrected,
    resumable=lazy_gettext("usulan warga"),
    entry=NominateState.ASK_NIK,
    draft_model=NominateDraft,
    steps=(
        Step(NominateState.ASK_NIK, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Usulkan warga. NIK warga yang diusulkan (16 angka di KTP/KK)?"),
             expects=Expect.NIK, on_text=_on_nik, goes_to=frozenset({NominateState.CHECKING, NominateState.ASK_NIK}),
             help=lazy_gettext("Usulan Anda diperiksa petugas kelurahan, lalu dipilih kecamatan sesuai kuota kota. "
                               "Siapkan KTP atau KK warga.")),
        Step(NominateState.CHECKING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_checked,
             goes_to=frozenset({OFFICER_HOME, HOME, NominateState.REJECTED_BEFORE, NominateState.SUMMARY,
                                *FIELD_STATES})),
        Step(NominateState.REJECTED_BEFORE, timeout=Timeout.NOTICE, ask=_rejected_text,
             options=yes_no(lambda c: _advance(c), lambda c: Goto(OFFICER_HOME)),
             goes_to=frozenset({OFFICER_HOME, NominateState.SUMMARY, *FIELD_STATES})),
        Step(NominateState.ASK_NAME, timeout=Timeout.NOTICE, ask=lazy_gettext("Nama lengkap sesuai KTP?"),
             expects=Expect.TEXT, on_text=_on_name, goes_to=frozenset({NominateState.SUMMARY, *FIELD_STATES, *AN_EARLIER_ANSWER})),
        Step(NominateState.ASK_BIRTH_DATE, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Tanggal lahir? (misalnya 17-08-1985)"), expects=Expect.DATE, on_text=_on_birth_date,
             options=_birth_date_of_the_nik,
             goes_to=frozenset({NominateState.SUMMARY, *FIELD_STATES, *AN_EARLIER_ANSWER})),
        # Asked only of a draft stored before the NIK filled it in.
        Step(NominateState.ASK_GENDER, timeout=Timeout.NOTICE, ask=lazy_gettext("Jenis kelamin?"),
             options=(
                 Option("L", lazy_gettext("Laki-laki"), then=_gender("L"),
                        aliases=("l", "lk", "pria", "laki", "cowok", "male")),
                 Option("P", lazy_gettext("Perempuan"), then=_gender("P"),
                        aliases=("p", "pr", "wanita", "cewek", "female")),
             ),
             goes_to=frozenset({NominateState.SUMMARY, *FIELD_STATES})),
        Step(NominateState.ASK_OCCUPATION, timeout=Timeout.NOTICE, ask=lazy_gettext("Pekerjaannya?"),
             options=tuple(Option(o.value, OCCUPATION_LABELS[o], then=_occupation(o), aliases=OCCUPATION_ALIASES[o])
                           for o in Occupation),
             on_text=_on_unlisted_occupation,
             goes_to=frozenset({NominateState.ASK_OCCUPATION_OTHER, NominateState.SUMMARY, *FIELD_STATES, *AN_EARLIER_ANSWER})),
        Step(NominateState.ASK_OCCUPATION_OTHER, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Tulis pekerjaannya:"), expects=Expect.TEXT, on_text=_on_occupation_other,
             goes_to=frozenset({NominateState.SUMMARY, *FIELD_STATES})),
        Step(NominateState.ASK_ADDRESS, timeout=Timeout.NOTICE, ask=_ask_address, expects=Expect.TEXT,
             on_text=_on_address, goes_to=frozenset({NominateState.SUMMARY, *FIELD_STATES, *AN_EARLIER_ANSWER})),
        Step(NominateState.ASK_PHONE, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Nomor HP warga itu (untuk kabar pendaftarannya)?"), expects=Expect.TEXT,
             on_text=_on_phone, on_contact=_on_phone_contact,
             goes_to=frozenset({NominateState.SUMMARY, *FIELD_STATES, *AN_EARLIER_ANSWER})),
        Step(NominateState.ASK_CONSENT, timeout=Timeout.NOTICE, ask=_ask_consent,
             options=(
                 Option("yes", lazy_gettext("Ya, sudah setuju"), then=lambda c: _advance(c, consent=True),
                        aliases=YES_WORDS),
                 Option("no", lazy_gettext("Belum"), then=_consent_no,
                        aliases=(*NO_WORDS, "belum", *UNSURE_WORDS)),  # not knowing whether they agreed: not yet
             ),
             on_text=_consent_told,
             goes_to=frozenset({NominateState.SUMMARY, OFFICER_HOME})),
        Step(NominateState.SUMMARY, timeout=Timeout.NOTICE, ask=_summary,
             options=(
                 # Alone: "iya namanya budi santosa" sent it as it was.
                 Option("send", lazy_gettext("Kirim usulan"), then=_confirm,
                        aliases=("kirim", "usulan", "usulannya", *YES_WORDS), alone=True),
                 # Alone too: "ubah nomor hp" asked which field, the field named (_corrected_at_summary).
                 Option("edit", lazy_gettext("Ubah data"), goto=NominateState.EDIT, aliases=("ubah", "perbaiki"),
                        alone=True),
                 Option("cancel", lazy_gettext("Batalkan"), goto=OFFICER_HOME),
             ),
             on_text=_corrected_at_summary,
             goes_to=frozenset({NominateState.CREATING, NominateState.EDIT, NominateState.ASK_NIK, NominateState.SUMMARY,
                                *FIELD_STATES})),
        Step(NominateState.EDIT, timeout=Timeout.NOTICE, ask=lazy_gettext("Data mana yang mau diubah?"),
             options=(
                 Option("nik", lazy_gettext("NIK"), then=_edit("nik", "birth_date", target=NominateState.ASK_NIK)),
                 Option("name", lazy_gettext("Nama"), then=_edit("full_name")),
                 Option("birth", lazy_gettext("Tanggal lahir"), then=_edit("birth_date")),
                 Option("job", lazy_gettext("Pekerjaan"), then=_edit("occupation", "occupation_other")),
                 Option("address", lazy_gettext("Alamat"), then=_edit("address")),
                 Option("phone", lazy_gettext("Nomor HP"), then=_edit("phone")),
                 Option("none", lazy_gettext("Tidak ada, kembali"), goto=NominateState.SUMMARY),
             ),
             goes_to=frozenset({NominateState.ASK_NIK, *FIELD_STATES})),
        Step(NominateState.CREATING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_created,
             goes_to=frozenset({OFFICER_HOME, HOME, NominateState.REJECTED_BEFORE, NominateState.SUMMARY,
                                *FIELD_STATES})),
    ),
)
