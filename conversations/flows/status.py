"""Cek kepesertaan: a NIK, then proof that the record is the user's, then what the roster says.

The birth date is written inside the NIK, so it proves nothing. Before any record data is shown the user
proves something the NIK does not contain: the WhatsApp number or a shared Telegram contact equal to the
roster phone, the KPJ number, or a one-time code sent to the roster phone. The store decides and counts
failures per NIK and per account; every refusal reads the same whether the NIK exists or not."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import NEGATIONS, UNSURE_WORDS, asks_what_it_means, is_question, normalise, says
from conversations.domain.dates import parse_date
from conversations.domain.nik import NikError, NikProblem
from conversations.domain.regions import zone_of_nik
from conversations.domain.rules import PP_82_2019, rules_on
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows import handoff
from conversations.flows.common import HOME, asks_what_next, to_menu
from conversations.i18n import _, format_date, format_money, lazy_gettext, ngettext
from conversations.model import (
    MEMO_IDENTITY,
    MEMO_RECORD_SHOWN,
    Contact,
    Conversation,
    Expect,
    IdentityAnswer,
    IdentityOutcome,
    ParticipantView,
    ProofKind,
    ProveIdentity,
    Result,
)
from conversations.nlu.entities import find_kpj, read_date, read_nik, read_phone, without_nik
from conversations.nlu.normalise import normalise as normalise_words

MAX_FAILED_CHECKS = 5
FAILED_CHECK_WINDOW = dt.timedelta(hours=1)
KPJ_DIGITS = 11
CODE_DIGITS = 6


class StatusState(StrEnum):
    ASK_NIK = "status.ask_nik"
    CHECKING = "status.checking"
    ASK_PROOF = "status.ask_proof"
    ASK_KPJ = "status.ask_kpj"
    ASK_CONTACT = "status.ask_contact"
    ASK_CODE = "status.ask_code"
    NO_PROOF = "status.no_proof"
    FOUND = "status.found"
    HOW_TO_ENROL = "status.how_to_enrol"


class StatusDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[2] = 2
    nik: str | None = None
    kpj: str | None = None
    """A KPJ typed with the NIK ("6474… 5724…"): the proof, taken as soon as the account alone does not prove
    the NIK, instead of asking for what was already typed."""
    other: bool = False
    """Someone else's NIK is asked for ("Cek NIK lain", "cek bpjs istri saya"), not "your NIK"."""
    no_kpj: bool = False
    """Said with the NIK that the KPJ is not at hand ("nik 1571… tp kpj lupa"): the proof question says what to do
    without it (it offered "Ketik nomor KPJ" first, as if unheard)."""


def migrate_draft(data: dict[str, object]) -> dict[str, object]:
    """Version 1 kept the same NIK and waited for a birth date, which is no longer asked."""
    if data.get("schema_version") == 2:
        return data
    return {"schema_version": 2, "nik": data.get("nik")}


# -- the identity this conversation has proven -------------------------------------------------


def proven_nik(conv: Conversation) -> str | None:
    identity = conv.memo.get(MEMO_IDENTITY) or {}
    return identity.get("nik") if isinstance(identity, dict) else None


def with_identity(conv: Conversation, nik: str, participant: ParticipantView, today: dt.date) -> Conversation:
    memo = {**conv.memo, MEMO_IDENTITY: {"nik": nik, "gender": participant.gender,
                                         "lapse": cover_lapse(participant, today)}}
    return conv.but(memo=memo)


class Lapse(StrEnum):
    """Why one's own record, once shown, says the cover is not running: what a question after it is answered from."""

    UNPAID_BY_THE_CITY = "unpaid_city"
    UNPAID_BY_ONESELF = "unpaid_self"
    ENDED = "ended"


def cover_lapse(p: ParticipantView, today: dt.date) -> Lapse | None:
    if p.status == "nonaktif":
        return Lapse.UNPAID_BY_ONESELF if p.funded_by.strip().lower().startswith(SELF_FUNDED) else \
            Lapse.UNPAID_BY_THE_CITY
    return Lapse.ENDED if p.coverage_end < today else None


def own_lapse(conv: Conversation) -> Lapse | None:
    """The lapse of the user's own record shown a few messages ago; None when it ran, or none was shown lately."""
    identity = conv.memo.get(MEMO_IDENTITY) or {}
    lapse = identity.get("lapse") if isinstance(identity, dict) else None
    return Lapse(lapse) if _shown_lately(conv) and lapse in set(Lapse) else None


def own_cover_running(conv: Conversation) -> bool:
    """The user's own record, shown a few messages ago, said the cover runs."""
    identity = conv.memo.get(MEMO_IDENTITY)
    return isinstance(identity, dict) and identity.get("lapse") is None and _shown_lately(conv)


def _shown_lately(conv: Conversation) -> bool:
    shown = conv.memo.get(MEMO_RECORD_SHOWN)
    return isinstance(shown, list) and len(shown) == 2 and isinstance(shown[1], int) \
        and conv.version - shown[1] < LAPSE_REMEMBERED_FOR


COVER_RUNNING = lazy_gettext("Ya: menurut data Anda tadi, perlindungan Anda sedang berjalan.")
"""Asked after one's own record said it runs ("berarti kalau sy kecelakaan ditanggung ya?"): was the JKK page alone."""


LAPSE_REMEMBERED_FOR = 4
"""Messages after the record during which "menurut data Anda tadi" still speaks of it."""


def not_covered_now(lapse: Lapse, today: dt.date) -> str:
    """Asked after one's own record said the cover is not running ("jadi kalau sy kecelakaan skrg ga ditanggung?"): was
    JKK's page, as if covered. FACTS.md §2: a benefit may still be paid once arrears are settled; the branch decides."""
    lead = _("Menurut data Anda tadi, perlindungan Anda sedang tidak berjalan: JKK dan JKM menanggung kejadian saat "
             "kepesertaan aktif. Jika terjadi kecelakaan, tetap laporkan; petugas memeriksa statusnya pada hari itu.")
    return f"{lead} {_lapse_advice(lapse, today, other=False, payer=None)}"


def why_not_covered(lapse: Lapse, today: dt.date) -> str:
    """Why one's own record, just shown, says the cover is not running ("kok nonaktif?"), and what to do: was the
    general rule, ending on "check your status" just checked."""
    rules = rules_on(today) or PP_82_2019
    if lapse is Lapse.ENDED:
        lead = _("Menurut data Anda tadi, masa perlindungan Anda sudah berakhir.")
    else:
        lead = _("Menurut data Anda tadi, iurannya tidak dibayar {months} bulan berturut-turut, jadi kepesertaan "
                 "nonaktif.").format(months=rules.nonaktif_after_unpaid_months)
    return f"{lead} {_lapse_advice(lapse, today, other=False, payer=None)}"


# -- throttling (officer codes; the status check is counted in the store) ---------------------------


def recent_failures(conv: Conversation, now: dt.datetime) -> tuple[dt.datetime, ...]:
    return tuple(at for at in conv.failed_checks if now - at < FAILED_CHECK_WINDOW)


def wait_minutes(conv: Conversation, now: dt.datetime) -> int | None:
    failures = recent_failures(conv, now)
    if len(failures) < MAX_FAILED_CHECKS:
        return None
    free_at = sorted(failures)[-MAX_FAILED_CHECKS] + FAILED_CHECK_WINDOW
    return max(1, math.ceil((free_at - now).total_seconds() / 60))


def throttled_text(minutes: int) -> str:
    return ngettext(
        "Terlalu banyak percobaan yang tidak cocok. Demi keamanan data, silakan coba lagi dalam {minutes} menit. "
        "Jika Anda yakin data Anda benar, hubungi Contact Center 175.",
        "Terlalu banyak percobaan yang tidak cocok. Demi keamanan data, silakan coba lagi dalam {minutes} menit. "
        "Jika Anda yakin data Anda benar, hubungi Contact Center 175.",
        minutes,
    ).format(minutes=minutes)


def start(ctx: Ctx[Any]) -> Outcome:
    return Goto(StatusState.ASK_NIK)


def start_with(ctx: Ctx[Any], nik: str | None, kpj: str | None = None, *, other: bool = False, no_kpj: bool = False
               ) -> Outcome:
    """From "cek bpjs NIK 1571…": the NIK already given, so the proof comes next (the KPJ, if it came too). From
    "kpj nya 5724…": the KPJ kept for the proof, and the NIK asked. `other`: someone else's is asked for. `no_kpj`:
    said not to be at hand."""
    if nik is None and kpj is not None:
        return Goto(StatusState.ASK_NIK, draft=StatusDraft(kpj=kpj, other=other),
                    say=(_("Nomor KPJ-nya saya catat. Sekarang NIK-nya."),))
    if nik is None and no_kpj:  # "sy lupa no kpj", "nomor kpj sy dmn liatnya": other proofs come after the NIK
        return Goto(StatusState.ASK_NIK, draft=StatusDraft(other=other, no_kpj=True), say=(
            _("Nomor KPJ ada di kartu peserta dan aplikasi JMO. Tanpa itu pun data bisa dibuka: setelah NIK, saya "
              "tawarkan cara lain."),))
    if nik is None:
        return check_another(ctx) if other else start(ctx)
    return _check(ctx, nik, kpj=kpj, other=other, no_kpj=no_kpj)


def check_another(ctx: Ctx[Any], say: tuple[str, ...] = ()) -> Outcome:
    return Goto(StatusState.ASK_NIK, draft=StatusDraft(other=True), say=say)


def _ask_nik(ctx: Ctx[StatusDraft]) -> str:
    if ctx.draft.other:
        return _("Ketik NIK yang ingin dicek (16 angka di KTP atau KK).")
    return _("Ketik NIK Anda (16 angka di KTP atau KK).")


def _ask_proof(ctx: Ctx[StatusDraft]) -> str:
    whose = _("Buktikan bahwa Anda berhak membuka data ini:") if ctx.draft.other else _("Buktikan bahwa ini data Anda:")
    return _("NIK tertulis di banyak tempat, jadi NIK saja tidak cukup untuk membuka data.") + " " + whose


def _ask_kpj(ctx: Ctx[StatusDraft]) -> str:
    if ctx.draft.other:
        return _("Ketik nomor KPJ-nya (11 angka di kartu peserta atau aplikasi JMO).")
    return _("Ketik nomor KPJ Anda (11 angka di kartu peserta atau aplikasi JMO).")


# -- NIK -------------------------------------------------------------------------------------


def ask_nik_again(error: NikError) -> Outcome:
    """Sixteen digits that are no NIK, or a KPJ number, sent alone outside a form: what is wrong, and the NIK
    question."""
    return Goto(StatusState.ASK_NIK, say=(nik_problem_text(error),))


KEPT_FOR_LATER = lazy_gettext("Jika belum ada di tangan, ketik \"menu\": yang sudah Anda isi saya simpan 7 hari dan bisa "
                              "dilanjutkan nanti.")


_KK_AT_HAND = re.compile(r"\b(?:kk|kartu keluarga)\s*(?:nya\s+)?(?:ada|udah ada|sudah ada|sdh ada|ada kok|ada sih|"
                        r"sy pegang|saya pegang|ada di (?:sini|rumah|tangan))\b|^\W*(?:ada|punya|cuma ada|cuman ada|"
                        r"adanya|yg ada|yang ada)\s+(?:kk|kartu keluarga)(?:nya)?\b", re.IGNORECASE)
"""The family card said to be at hand where a NIK is asked ("kk nya ada", "adanya kk"): was told only that a NIK is
needed."""


def nik_problem_text(error: NikError, *, kept: bool = False, typed: str = "") -> str:
    """`kept`: asked inside a form whose answers are kept when it is left (conversations.paused), which someone without
    the NIK at hand is told. `typed`: what was typed, which may say the family card is at hand."""
    if error.problem is NikProblem.NOT_DIGITS and _KK_AT_HAND.search(typed):
        return _("NIK tertulis di Kartu Keluarga, di baris nama orangnya (kolom NIK): ketik 16 angkanya.")
    if error.problem is NikProblem.LENGTH and error.digits_given == KPJ_DIGITS:
        return _("Itu 11 angka, seperti nomor KPJ. Yang saya perlukan di sini NIK: 16 angka di KTP atau KK.")
    if error.problem is NikProblem.LENGTH:
        return _("NIK harus 16 angka; yang Anda kirim {count} angka.").format(count=error.digits_given)
    if error.problem is NikProblem.NOT_DIGITS and error.digits_given >= 8:
        return _("NIK hanya berisi angka. Periksa lagi: huruf O dan angka 0, huruf l atau I dan angka 1 sering "
                 "tertukar.")  # "l571…" was told only of O and 0
    if error.problem is NikProblem.NOT_DIGITS:
        later = str(KEPT_FOR_LATER) if kept else _("Jika belum ada, ketik \"menu\" dan kembali lagi nanti.")
        needed = _("Yang saya perlukan di sini adalah NIK: 16 angka, tertulis di KTP atau Kartu Keluarga (KK).")
        return f"{needed} {later}"
    if error.problem is NikProblem.PROVINCE:
        return _("Dua angka pertama NIK bukan kode provinsi yang dikenal. Periksa lagi NIK di KTP atau KK.")
    if error.problem is NikProblem.BIRTH_DATE:
        return _("Angka ke-7 sampai ke-12 NIK harus berisi tanggal lahir yang benar. Periksa lagi NIK di KTP atau KK.")
    if error.problem is NikProblem.SERIAL:
        return _("Empat angka terakhir NIK tidak boleh 0000. Periksa lagi NIK di KTP atau KK.")
    return _("NIK belum diisi.")


def _check(ctx: Ctx[Any], nik: str, say: tuple[str, ...] = (), kpj: str | None = None, *, other: bool = False,
           no_kpj: bool = False) -> Outcome:
    proof = ProofKind.SESSION if proven_nik(ctx.conversation) == nik else ProofKind.ACCOUNT
    # someone else's, asked for (here or by "Cek NIK lain"): kept to the end
    other = other or isinstance(ctx.draft, StatusDraft) and ctx.draft.other
    return Goto(StatusState.CHECKING, say=say, draft=StatusDraft(nik=nik, kpj=kpj, other=other, no_kpj=no_kpj),
                effects=(ProveIdentity(nik, proof),))


def _on_nik(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    parsed = read_nik(text)
    if isinstance(parsed, NikError):
        return Retry(nik_problem_text(parsed, typed=text))
    # "NIK: 6474… kpj 5724…": the proof came with it, or before it ("kpj nya 5724…" at the menu).
    return _check(ctx, parsed.value, kpj=find_kpj(text) or ctx.draft.kpj,
                  no_kpj=ctx.draft.no_kpj or kpj_said_not_at_hand(text))


# -- birth dates (asked by the nomination flow, where they are checked against the NIK) -------------


def birth_date_problem(text: str, today: dt.date) -> str | dt.date:
    date = read_date(text, today)
    if date is None:
        return _("Tanggal lahir belum bisa saya baca. Tulis seperti 22-05-1990 atau 22 Mei 1990.")
    if date > today:
        return _("Tanggal lahir tidak boleh di masa depan.")
    if date.year < 1900:
        return _("Tahun lahir terlalu jauh. Tulis tahun dengan 4 angka, misalnya 1990.")
    return date


# -- proof -----------------------------------------------------------------------------------


def _prove(ctx: Ctx[StatusDraft], proof: ProofKind, value: str | None = None) -> Outcome:
    if ctx.draft.nik is None:  # a proof question reached without its NIK (a conversation stored before a fix)
        return Goto(StatusState.ASK_NIK)
    return Goto(StatusState.CHECKING, effects=(ProveIdentity(ctx.draft.nik, proof, value),))


def _digits(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text.strip())


def _kpj(text: str) -> str | None:
    """An 11-digit KPJ typed alone or inside a sentence ("kpj saya 572 4656 1833"). A number typed alone is judged by all
    its digits: "1571 0222 0590 000", a NIK a digit short, held a KPJ's eleven after its first group, and was refused as
    a wrong proof (a failed check counted toward the lock)."""
    alone = _digits(text)
    if alone.isdigit():
        return alone if len(alone) == KPJ_DIGITS else None
    return find_kpj(text)


def _another_nik(ctx: Ctx[StatusDraft], text: str) -> Outcome | None:
    """A different NIK typed where the proof is asked: the user saw a typo in the one they gave. It is checked
    afresh instead of being refused as a wrong KPJ."""
    parsed = read_nik(text)
    if isinstance(parsed, NikError) or parsed.value == ctx.draft.nik:
        return None
    return _check(ctx, parsed.value, say=(_("Baik, saya periksa NIK yang baru ini."),))


def _nik_typo(text: str) -> Retry | None:
    """A number nearly as long as a NIK where the proof is asked: a new NIK mistyped, told as a NIK problem."""
    parsed = read_nik(text)
    if isinstance(parsed, NikError) and parsed.problem is NikProblem.LENGTH and parsed.digits_given >= 13:
        return Retry(nik_problem_text(parsed))
    return None


FORGOT_WORDS = frozenset(["lupa", "hilang", "ilang", "lali", "forgot", "lost"])
NOT_HAD_WORDS = frozenset(["tau", "tahu", "punya", "ingat", "inget", "ada", "know", "have", "remember", "bawa",
                           "dibawa", "pegang", "megang"])
"""Said after a negation: "gak punya", "tidak tahu", "don't have"."""
_NOT = NEGATIONS | {"belum", "dont", "not", "no"}  # "don't" is written out ("do not"): commands.normalise


_KPJ_WORD = re.compile(r"\bkpj\b", re.IGNORECASE)
KPJ_LOOKED_FOR = frozenset(["dmn", "dimana", "mana", "berapa", "cari", "find", "whats"])
"""The KPJ number asked for: where it is, what it is ("cek" is the status check's own word)."""
KPJ_WANTED = re.compile(r"\b(?:mau|ingin|pengen|pingin|pgn|mo) (?:tau|tahu)\b")
"""Normalised, one's KPJ number wanted ("sy mau tau nomor kpj sy"): looked for, as "kpj sy berapa" is."""


def kpj_not_at_hand(text: str) -> bool:
    """No number, and the KPJ forgotten, lost, not known or not had ("kpj nya lupa", "kartunya hilang")."""
    words = set(normalise(text).split())
    if any(c.isdigit() for c in text):
        return False
    return bool(FORGOT_WORDS & words or NOT_HAD_WORDS & words and _NOT & words)


def kpj_said_not_at_hand(text: str) -> bool:
    """With the NIK ("nik 1571… tp kpj lupa", "1571…, kartu bpjs sy hilang"): the KPJ or its card named, and not at
    hand; or, without a number, the KPJ looked for ("nomor kpj sy dmn liatnya", "kpj sy berapa", "mau tau nomor kpj")."""
    rest = without_nik(text)
    if not (_KPJ_WORD.search(rest) or "kartu" in rest.lower()):
        return False
    if kpj_not_at_hand(rest):
        return True
    if not _KPJ_WORD.search(rest) or any(c.isdigit() for c in rest):
        return False
    read = normalise_words(rest)
    return bool(KPJ_LOOKED_FOR & set(read.tokens)) or KPJ_WANTED.search(" ".join(read.tokens)) is not None


def _forgot_kpj(ctx: Ctx[StatusDraft]) -> Outcome:
    """The KPJ not known ("ga tau kpj", "kartunya hilang"): where "Tidak punya" is the only other way, it is taken;
    where a code or the phone is also offered, the ways are shown again."""
    if _proof_options(ctx) is _PROOFS_NO_CODE:
        return Goto(StatusState.NO_PROOF)
    return Goto(StatusState.ASK_PROOF, say=(_without_kpj(ctx),))


def _kpj_found_after_all(ctx: Ctx[StatusDraft], text: str) -> Outcome | None:
    """The KPJ typed on the page that says where it is written (the card found after "ga tau kpj"): checked. "gimana
    dong" there, with no card and no registered phone, was "not understood": a person is offered."""
    kpj = _kpj(text)
    if kpj is not None and ctx.draft.nik is not None:
        return _prove(ctx, ProofKind.KPJ, kpj)
    typed_phone = kpj is None and read_phone(text) is not None  # "0812…": was "not understood"
    if asks_what_next(normalise_words(text).tokens) or typed_phone:
        said = _("Petugas bisa membantu mencari data Anda: pilih \"{person}\". Atau datang ke kantor cabang BPJS "
                 "Ketenagakerjaan dengan membawa e-KTP.").format(person=handoff.SHORT_LABEL)
        if typed_phone:
            said = _("Nomor HP yang diketik tidak bisa jadi bukti, karena siapa pun bisa mengetiknya.") + " " + said
        return Retry(said)
    return None




PHONE_WORDS = frozenset({"hp", "handphone", "wa", "whatsapp", "telepon", "telpon", "phone"})


def _by_phone(ctx: Ctx[StatusDraft]) -> str:
    """The phone offered as the proof, asked ("nomor hp aja bisa?", "pake wa bisa ga"): the way it can be."""
    if ctx.conversation.channel == "telegram":
        return _("Bisa, jika nomor itu yang terdaftar: pilih \"{share}\" agar Telegram yang mengirimkan nomor Anda. "
                 "Nomor yang diketik tidak bisa jadi bukti.").format(share=LABEL_SHARE_PHONE)
    if ctx.proof_codes:
        return _("Bisa lewat kode: pilih \"{code}\", kodenya dikirim lewat WhatsApp ke nomor HP yang terdaftar.").format(
            code=LABEL_SEND_CODE)
    return _without_kpj(ctx)


def _without_kpj(ctx: Ctx[Any]) -> str:
    if not ctx.proof_codes:
        return _("Tanpa nomor KPJ, pilih \"{none}\" untuk tahu di mana data Anda bisa dibuka.").format(
            none=LABEL_NO_PROOF)
    return _("Tanpa nomor KPJ, pilih \"{code}\": kodenya dikirim lewat WhatsApp ke nomor HP yang terdaftar. Jika "
             "nomor itu sudah tidak dipakai, pilih \"{none}\".").format(code=LABEL_SEND_CODE, none=LABEL_NO_PROOF)


def _on_kpj(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    kpj = _kpj(text)
    if (instead := _another_nik(ctx, text) or _nik_typo(text)) is not None:
        return instead
    if kpj is None and kpj_not_at_hand(text):
        return _forgot_kpj(ctx)
    if kpj is None and "kode" in set(normalise(text).split()) and not any(c.isdigit() for c in text):
        # "kode aja", "lewat kode hp": the code after all (was told what a KPJ is, again and again)
        return _send_code(ctx) if ctx.proof_codes else _forgot_kpj(ctx)
    if kpj is None and (wrong := _kpj_miscounted(text)) is not None:
        return wrong
    if kpj is None:
        return Retry(_("Nomor KPJ terdiri dari 11 angka, ada di kartu peserta BPJS Ketenagakerjaan atau di "
                       "aplikasi JMO."))
    return _prove(ctx, ProofKind.KPJ, kpj)


def _kpj_miscounted(text: str, *, shortest: int = 1) -> Retry | None:
    """A number alone with fewer or more digits than a KPJ's 11: how many were sent."""
    count = sum(ch.isdigit() for ch in text)
    if count < shortest or any(ch.isalpha() for ch in text):
        return None
    return Retry(_("Nomor KPJ 11 angka; yang Anda kirim {count} angka. Periksa lagi di kartu peserta atau "
                   "aplikasi JMO.").format(count=count))


def what_a_kpj_is() -> str:
    return _("Nomor KPJ adalah nomor kepesertaan BPJS Ketenagakerjaan Anda: 11 angka, ada di kartu peserta atau "
             "aplikasi JMO.")


def _on_proof_text(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    """A KPJ typed straight away is taken; anything else is not an answer to the choice."""
    if (kpj := _kpj(text)) is not None:
        return _prove(ctx, ProofKind.KPJ, kpj)
    if (instead := _another_nik(ctx, text) or _nik_typo(text)) is not None:
        return instead
    if _KPJ_WORD.search(text) and asks_what_it_means(text):  # "ga tau kpj itu apa": was only told to do without it
        return Retry(what_a_kpj_is() + " " + _without_kpj(ctx))
    if (told := _phone_or_code_told(ctx, text)) is not None:
        return told
    if kpj_not_at_hand(text):
        return _forgot_kpj(ctx)  # a Goto: the general "a lost card is no obstacle" would say the NIK is enough
    if not any(ch.isdigit() for ch in text) and PHONE_WORDS & {word.strip("?!.,") for word in normalise(text).split()}:
        return Retry(_by_phone(ctx))  # "nomor hp aja bisa?": was "Pilih salah satu cara di bawah"
    if read_phone(text) is not None:  # "ini no hp saya 0812…": typed, it proves nothing
        if ctx.conversation.channel == "telegram":
            return Retry(_("Nomor HP yang diketik tidak bisa jadi bukti, karena siapa pun bisa mengetiknya. Pilih "
                           "\"{share}\" agar Telegram yang mengirimkan nomor Anda, atau ketik nomor KPJ.").format(
                share=LABEL_SHARE_PHONE))
        return Retry(_("Nomor HP yang diketik tidak bisa jadi bukti, karena siapa pun bisa mengetiknya. Ketik nomor "
                       "KPJ Anda (11 angka), atau pilih cara lain di bawah."))
    if _KPJ_WORD.search(text) and not is_question(text) and "?" not in text and not says(text, UNSURE_WORDS) \
            and not _NOT & set(normalise(text).split()):  # "pakai kpj aja": the KPJ asked (the option takes "kpj"
        return Goto(StatusState.ASK_KPJ)  # only alone, so that "saya tidak bawa kartu kpj" is no choice of it)
    if _KPJ_WORD.search(text):  # "kpj itu apa?", "what is kpj?", "gatau kpj nya": what it is and where to find it
        return Retry(what_a_kpj_is() + " " + _without_kpj(ctx))
    if BIRTH_DATE.search(text) or parse_date(text, ctx.today) is not None:
        return Retry(_("Tanggal lahir tertulis di dalam NIK, jadi siapa pun yang tahu NIK juga tahu tanggal lahirnya: "
                       "itu tidak bisa jadi bukti. Ketik nomor KPJ Anda (11 angka), atau pilih cara lain di bawah."))
    if (wrong := _kpj_miscounted(text, shortest=5)) is not None:  # "1234567890": was "Pilih salah satu cara"
        return wrong
    return Retry(_("Pilih salah satu cara di bawah, atau ketik nomor KPJ Anda (11 angka)."))


BIRTH_DATE = re.compile(r"\b(?:(?:tanggal|tgl|tg)\.?\s*lahir|ttl|birth\s*date|date\s+of\s+birth|birthday|dob)\b",
                         re.IGNORECASE)
"""The birth date offered as the proof ("bisa pakai tanggal lahir aja?", "22-05-1990"): it was "Pilih salah satu
cara", with no word of why it cannot be one."""


def _on_contact(ctx: Ctx[StatusDraft], contact: Contact) -> Outcome:
    if not contact.own:
        return Retry(_("Itu nomor orang lain. Tekan tombol \"Kirim nomor HP saya\" untuk mengirim nomor Anda "
                       "sendiri."))
    return _prove(ctx, ProofKind.PHONE, contact.phone)


def _on_code(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    code = _digits(text)
    if (instead := _another_nik(ctx, text)) is not None:
        return instead
    if (kpj := _kpj(text)) is not None:  # the KPJ found after all, typed where the code was awaited
        return _prove(ctx, ProofKind.KPJ, kpj)
    if not any(ch.isdigit() for ch in text):  # "kodenya belum masuk", "kok sms nya ga ada": was the same line again
        return Retry(_("Kodenya dikirim lewat WhatsApp, bukan SMS, ke nomor HP yang terdaftar untuk NIK itu, dan bisa "
                       "perlu beberapa menit. Belum masuk? Pilih \"{resend}\", atau ketik nomor KPJ Anda.").format(
            resend=LABEL_RESEND_CODE))
    if not code.isdigit() or len(code) != CODE_DIGITS:
        return Retry(_("Kodenya 6 angka, dikirim lewat WhatsApp ke nomor HP yang terdaftar."))
    return _prove(ctx, ProofKind.CODE, code)


def _send_code(ctx: Ctx[StatusDraft]) -> Outcome:
    return _prove(ctx, ProofKind.SEND_CODE)


LABEL_KPJ = lazy_gettext("Ketik nomor KPJ")
LABEL_SHARE_PHONE = lazy_gettext("Kirim nomor HP saya")
LABEL_SEND_CODE = lazy_gettext("Kode ke HP terdaftar")
LABEL_NO_PROOF = lazy_gettext("Tidak punya")
LABEL_RESEND_CODE = lazy_gettext("Kirim ulang kode")


def phone_changed_answer() -> str:
    return _("Nomor HP yang terdaftar diubah di kantor cabang BPJS Ketenagakerjaan, dengan membawa e-KTP. Tanpa HP itu, "
             "data Anda tetap bisa dibuka di sini dengan nomor KPJ (ada di kartu peserta dan aplikasi JMO).")


_PHONE_GONE = re.compile(r"\b(?:mati|hangus|hilang|ilang|ganti|diganti|rusak|dicuri|lama|nonaktif|"
                         r"(?:tidak|tdk|ga|gak|nggak|ngga) aktif|(?:tidak|tdk|ga|gak|nggak|ngga) (?:saya |sy |aku )?"
                         r"(?:di)?(?:pake|pakai)(?! (?:kpj|kartu))\w*)\b")
_THAT_NUMBER = re.compile(r"\bnomor (?:itu|tsb|tersebut|lama)\b")
_CODE_REFUSED = re.compile(r"\bkode\w*\b.*\b(?:salah|ditolak|tolak|tidak cocok|ga cocok|gak cocok|wrong|invalid)\b"
                           r"|\b(?:salah|wrong)\b.*\bkode\w*\b")


def _phone_or_code_told(ctx: Ctx[StatusDraft], text: str) -> Outcome | None:
    """At the proof question, the registered number said gone ("hp nya hilang" was told what to do without the KPJ,
    "nomor itu udah ga sy pake" to pick a way) or the code said refused ("kodenya salah terus": to pick a way)."""
    said = normalise(text)
    phone_named = PHONE_WORDS & set(said.split()) or _THAT_NUMBER.search(said)
    if phone_named and _PHONE_GONE.search(said):
        return Retry(phone_changed_answer())
    if ctx.proof_codes and _CODE_REFUSED.search(said):
        return Retry(_("Jika kodenya ditolak, pilih \"{code}\" untuk kode baru (berlaku 10 menit), atau ketik nomor KPJ "
                       "Anda.").format(code=LABEL_SEND_CODE))
    return None


def _phone_gone_typed(ctx: Ctx[StatusDraft], text: str) -> Outcome | None:
    """"nomor hp lama udah mati" picked the phone (its "nomor hp"), "nomor hp sy ganti, gmn dpt kode nya" the code
    (its "kode"): both go to the very number gone."""
    return Retry(phone_changed_answer()) if _PHONE_GONE.search(normalise(text)) else None


_BY_KPJ = Option("kpj", LABEL_KPJ, goto=StatusState.ASK_KPJ, aliases=("kpj", "kartu"), alone=True)
_BY_CONTACT = Option("phone", LABEL_SHARE_PHONE, goto=StatusState.ASK_CONTACT, aliases=("nomor hp", "hp"),
                     reads=_phone_gone_typed)
_BY_CODE = Option("code", LABEL_SEND_CODE, then=_send_code, aliases=("kode", "kirim kode"), reads=_phone_gone_typed)


def _none_typed(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    """"ga punya kartu" lacks the card only: where a code or the phone is offered too, the ways are shown again (it
    was taken as having no proof at all, and the code never offered)."""
    if ctx.conversation.state == StatusState.ASK_PROOF and _CARD_NAMED.search(text):
        return _forgot_kpj(ctx)
    return Goto(StatusState.NO_PROOF)


_CARD_NAMED = re.compile(r"\b(?:kartu\w*|kpj\w*|card)\b", re.IGNORECASE)
_NO_PROOF = Option("none", LABEL_NO_PROOF, goto=StatusState.NO_PROOF, reads=_none_typed,
                   aliases=("tidak ada", "gak punya", "ga punya"))
_PROOFS_WITH_CONTACT = (_BY_KPJ, _BY_CONTACT, _BY_CODE, _NO_PROOF)
_PROOFS = (_BY_KPJ, _BY_CODE, _NO_PROOF)
_PROOFS_WITH_CONTACT_NO_CODE = (_BY_KPJ, _BY_CONTACT, _NO_PROOF)
_PROOFS_NO_CODE = (_BY_KPJ, _NO_PROOF)
_WHILE_A_CODE_IS_AWAITED = (Option("resend", LABEL_RESEND_CODE, then=_send_code,
                                   aliases=("kirim ulang", "kirim lagi", "ulang", "kirim ulang kode")),
                            _BY_KPJ, _NO_PROOF)
"""A code that never comes (a phone off, a number changed) left only the same question again."""


def _proof_options(ctx: Ctx[StatusDraft]) -> Options:
    """The contact button exists on Telegram; WhatsApp vouches for the sender's number already. A code is offered
    only where one can be sent (it was offered, then refused). Fixed tuples: the engine renders a list it has seen
    before from its cache."""
    if ctx.conversation.channel == "telegram":
        return _PROOFS_WITH_CONTACT if ctx.proof_codes else _PROOFS_WITH_CONTACT_NO_CODE
    return _PROOFS if ctx.proof_codes else _PROOFS_NO_CODE


def _on_result(ctx: Ctx[StatusDraft], result: Result) -> Outcome:
    if not isinstance(result, IdentityAnswer):
        return Goto(HOME)
    outcome = result.outcome
    if outcome is IdentityOutcome.PROVEN and result.participant is not None:
        assert ctx.draft.nik is not None
        # Someone else's record ("Cek NIK lain", "cek punya orang tua saya") is not kept as the user's own: a report
        # of the user's own accident took a parent's NIK from it without asking.
        conv = ctx.conversation if ctx.draft.other else with_identity(ctx.conversation, ctx.draft.nik,
                                                                       result.participant, ctx.today)
        record = participant_text(result.participant, ctx.today, other=ctx.draft.other)
        digest = hashlib.blake2b(record.encode(), digest_size=8).hexdigest()
        if conv.memo.get(MEMO_RECORD_SHOWN) == [digest, ctx.conversation.version - 1]:
            # asked again from the record itself ("kapan kartu saya habis?"): eight lines again for one of them
            record = "\n".join((_("Sama dengan data di atas:"), *record_dates(result.participant, ctx.today,
                                                                            other=ctx.draft.other)))
        # the version entering the record's page: a question asked from it is read in the very next step
        conv = conv.but(memo={**conv.memo, MEMO_RECORD_SHOWN: [digest, ctx.conversation.version + 1]})
        return Goto(StatusState.FOUND, draft=StatusDraft(), conversation=conv, say=(record,))
    if outcome is IdentityOutcome.LOCKED:
        return Goto(HOME, say=(throttled_text(result.wait_minutes or 60),))
    if outcome is IdentityOutcome.CODE_SENT:
        return Goto(StatusState.ASK_CODE)
    if outcome is IdentityOutcome.CODE_UNAVAILABLE:
        return Goto(StatusState.ASK_PROOF, say=(
            _("Maaf, layanan ini belum bisa mengirim kode. Gunakan nomor KPJ Anda."),))
    if outcome is IdentityOutcome.NOT_MATCHED:
        return Goto(StatusState.ASK_PROOF, say=(
            _("Bukti itu tidak cocok dengan data NIK tersebut, atau NIK itu tidak ada di daftar kami. Periksa lagi, "
              "atau pilih cara lain."),))
    if ctx.draft.kpj is not None and ctx.draft.nik is not None:  # needs a proof, and it came with the NIK
        return Goto(StatusState.CHECKING, draft=ctx.draft.model_copy(update={"kpj": None}),
                    effects=(ProveIdentity(ctx.draft.nik, ProofKind.KPJ, ctx.draft.kpj),))
    return Goto(StatusState.ASK_PROOF, say=(_without_kpj(ctx),) if ctx.draft.no_kpj else ())


# -- result ----------------------------------------------------------------------------------

PROGRAM_NAMES = {
    "JKK": lazy_gettext("JKK (kecelakaan kerja)"),
    "JKM": lazy_gettext("JKM (kematian)"),
    "JHT": lazy_gettext("JHT (hari tua)"),
}
SELF_FUNDED = ("mandiri", "sendiri", "peserta")


def _state_text(p: ParticipantView, today: dt.date, other: bool) -> str:
    """The status in words, so a date and a status never contradict each other."""
    rules = rules_on(today) or PP_82_2019
    lapse = cover_lapse(p, today)  # the same reading a question after the record is answered from (not_covered_now)
    if lapse in (Lapse.UNPAID_BY_THE_CITY, Lapse.UNPAID_BY_ONESELF):
        return _("Status: nonaktif. Perlindungan berhenti karena iuran tidak dibayar {months} bulan berturut-turut, "
                 "walaupun masa perlindungan tercatat sampai {end}.").format(
            months=rules.nonaktif_after_unpaid_months, end=format_date(p.coverage_end))
    if lapse is Lapse.ENDED:
        return _("Status: terdaftar, tetapi masa perlindungan berakhir {end}.").format(end=format_date(p.coverage_end))
    programs = ", ".join(str(PROGRAM_NAMES.get(code, code)) for code in p.programs)
    if other:
        return _("Status: aktif. Terlindungi {programs} sampai {end}.").format(
            programs=programs, end=format_date(p.coverage_end))
    return _("Status: aktif. Anda terlindungi {programs} sampai {end}.").format(
        programs=programs, end=format_date(p.coverage_end))


def participant_text(p: ParticipantView, today: dt.date, *, other: bool = False) -> str:
    """`other`: someone else's record, checked by the user ("Cek NIK lain"): not addressed as the user's own."""
    opening = {"L": _("Ini data kepesertaan Bapak:"), "P": _("Ini data kepesertaan Ibu:")}
    addressed = opening.get(p.gender or "", _("Ini data kepesertaan Anda:"))
    lines = [
        _("Ini data kepesertaan yang Anda cek:") if other else addressed,
        _("Nama: {name}").format(name=p.masked_name),
        _("Nomor KPJ: {kpj} (simpan nomor ini)").format(kpj=p.kpj),
        *record_dates(p, today, other=other),
        _since_text(p, today),
    ]
    return "\n".join(lines) + "\n\n" + _next_step(p, today, other)


def record_dates(p: ParticipantView, today: dt.date, *, other: bool = False) -> tuple[str, str]:
    """The status with the cover's end, and who pays until when: what is asked of a record once it is shown."""
    if p.paid_until is not None:
        paid = _("Iuran dibayar oleh {payer}, terbayar sampai {date}.").format(payer=p.funded_by,
                                                                               date=format_date(p.paid_until))
    else:
        paid = _("Iuran dibayar oleh {payer}.").format(payer=p.funded_by)
    return _state_text(p, today, other), paid


NEW_PARTICIPANT_MONTHS = 3
"""FACTS.md §2: benefits may be limited for a very new participant (the rule is not public): say so, no amount."""


def _since_text(p: ParticipantView, today: dt.date) -> str:
    """How long the record says they have been covered, hedged: the roster knows the period, the branch knows the
    years of contributions that decide the scholarship."""
    rules = rules_on(today) or PP_82_2019
    months = (today.year - p.coverage_start.year) * 12 + today.month - p.coverage_start.month
    if 0 <= months < NEW_PARTICIPANT_MONTHS:
        return _("Kepesertaan baru dimulai {start}. Untuk peserta yang sangat baru, santunan bisa terbatas; "
                 "pastikan di kantor cabang.").format(start=format_date(p.coverage_start))
    return _("Terdaftar sejak {start}, menurut data kami; lama iuran (beasiswa anak perlu {years} tahun) pastikan "
             "di kantor cabang.").format(start=format_date(p.coverage_start), years=rules.jkm_scholarship_min_years)


def _next_step(p: ParticipantView, today: dt.date, other: bool) -> str:
    lapse = cover_lapse(p, today)
    if lapse is None:
        return _("Jika mengalami kecelakaan kerja, laporkan dalam 2×24 jam.")
    return _lapse_advice(lapse, today, other=other, payer=p.funded_by)


def _lapse_advice(lapse: Lapse, today: dt.date, *, other: bool, payer: str | None) -> str:
    """What to do about a cover not running. `payer`: who pays, as the record names it (unknown once it is no longer
    on screen: the kelurahan)."""
    rules = rules_on(today) or PP_82_2019
    if lapse is Lapse.UNPAID_BY_ONESELF:
        return _("Tunggakan masih bisa dibayar paling lambat {months} bulan setelah perlindungan berhenti; "
                 "setelah itu kepesertaan berakhir. Hubungi kantor cabang BPJS Ketenagakerjaan.").format(
            months=rules.arrears_payable_months)
    if lapse is Lapse.UNPAID_BY_THE_CITY:
        return _("Karena iurannya ditanggung pemerintah, tanyakan ke Disnaker atau kelurahan, dan ke kantor cabang "
                 "BPJS Ketenagakerjaan; kantor cabang yang memastikan.")
    payer = payer or _("kelurahan")
    if other:
        return _("Minta ketua RT mengusulkannya lagi, atau tanyakan perpanjangannya ke {payer}.").format(payer=payer)
    return _("Minta ketua RT mengusulkan Anda lagi, atau tanyakan perpanjangannya ke {payer}.").format(payer=payer)


def _how_to_enrol(ctx: Ctx[StatusDraft]) -> str:
    rules = rules_on(ctx.today) or PP_82_2019
    return _(
        "Cara mendapat perlindungan JKK dan JKM:\n"
        "1. Program pemerintah daerah: minta ketua RT mengusulkan nama Anda. Usulan diperiksa kelurahan dan "
        "kecamatan, lalu iurannya dibayar pemerintah.\n"
        "2. Daftar sendiri sebagai pekerja mandiri: iuran {total} per bulan (JKK {jkk} + JKM {jkm}). Daftar di "
        "kantor cabang BPJS Ketenagakerjaan, lewat agen Perisai, atau di bank mitra, dengan e-KTP."
    ).format(
        total=format_money(rules.minimum_contribution),
        jkk=format_money(rules.jkk_contribution),
        jkm=format_money(rules.jkm_contribution),
    )


LABEL_CHECK_AGAIN = lazy_gettext("Cek NIK lain")
LABEL_HOW_TO_ENROL = lazy_gettext("Cara mendaftar")
LABEL_BENEFITS = lazy_gettext("Manfaat JKK & JKM")

FLOW = Flow(
    name="status",
    entry=StatusState.ASK_NIK,
    zone=lambda draft: zone_of_nik(draft.nik, default=None),
    draft_model=StatusDraft,
    migrate_draft=migrate_draft,
    steps=(
        Step(
            StatusState.ASK_NIK,
            timeout=Timeout.NOTICE,
            ask=_ask_nik,
            expects=Expect.NIK,
            on_text=_on_nik,
            goes_to=frozenset({StatusState.CHECKING}),
            help=lazy_gettext("NIK adalah Nomor Induk Kependudukan, 16 angka di KTP atau Kartu Keluarga. "
                              "Boleh ditulis dengan spasi atau titik."),
        ),
        Step(
            StatusState.CHECKING,
            timeout=Timeout.QUIET,
            expects=Expect.NOTHING,
            on_result=_on_result,
            goes_to=frozenset({StatusState.FOUND, StatusState.ASK_PROOF, StatusState.ASK_CODE, StatusState.CHECKING,
                               HOME}),
        ),
        Step(
            StatusState.ASK_PROOF,
            timeout=Timeout.NOTICE,
            ask=_ask_proof,
            options=_proof_options,
            on_text=_on_proof_text,
            goes_to=frozenset({StatusState.ASK_KPJ, StatusState.ASK_CONTACT, StatusState.CHECKING,
                               StatusState.NO_PROOF, StatusState.ASK_NIK, StatusState.ASK_PROOF}),
            help=lazy_gettext("Nomor KPJ (11 angka) ada di kartu peserta atau aplikasi JMO. Kode dikirim lewat "
                              "WhatsApp ke nomor HP yang terdaftar di BPJS Ketenagakerjaan."),
        ),
        Step(
            StatusState.ASK_KPJ,
            timeout=Timeout.NOTICE,
            ask=_ask_kpj,
            expects=Expect.NUMBER,
            on_text=_on_kpj,
            goes_to=frozenset({StatusState.CHECKING, StatusState.ASK_PROOF, StatusState.NO_PROOF, StatusState.ASK_NIK}),
        ),
        Step(
            StatusState.ASK_CONTACT,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Tekan tombol \"Kirim nomor HP saya\" di bawah. Nomornya harus sama dengan nomor HP "
                             "yang terdaftar."),
            expects=Expect.CONTACT,
            on_contact=_on_contact,
            on_text=lambda ctx, text: Retry(_("Nomor yang diketik tidak bisa dibuktikan milik Anda. Tekan tombol "
                                              "\"Kirim nomor HP saya\", atau ketik \"kembali\".")),
            goes_to=frozenset({StatusState.CHECKING, StatusState.ASK_NIK}),
        ),
        Step(
            StatusState.ASK_CODE,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Jika NIK itu terdaftar dengan nomor HP, kode 6 angka sudah dikirim lewat WhatsApp ke "
                             "nomor tersebut (berlaku 10 menit). Ketik kodenya di sini."),
            expects=Expect.NUMBER,
            on_text=_on_code,
            options=_WHILE_A_CODE_IS_AWAITED,
            goes_to=frozenset({StatusState.CHECKING, StatusState.ASK_NIK, StatusState.ASK_KPJ,
                               StatusState.NO_PROOF}),
        ),
        Step(
            StatusState.NO_PROOF,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Tanpa bukti, data kepesertaan tidak saya tampilkan, demi keamanan Anda. Nomor KPJ ada "
                             "di kartu peserta atau aplikasi JMO. Bisa juga bertanya ke kantor cabang BPJS "
                             "Ketenagakerjaan dengan membawa e-KTP, atau Contact Center 175."),
            on_text=_kpj_found_after_all,
            goes_to=frozenset({StatusState.CHECKING, StatusState.ASK_NIK, handoff.HandoffState.OPENING}),
            options=(
                Option("person", handoff.SHORT_LABEL, then=handoff.about("status"),
                       aliases=("petugas", "bicara dengan petugas")),
                Option("enrol", LABEL_HOW_TO_ENROL, goto=StatusState.HOW_TO_ENROL),
                to_menu(),
            ),
        ),
        Step(
            StatusState.FOUND,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Ada lagi yang bisa saya bantu?"),
            options=(
                Option("again", LABEL_CHECK_AGAIN, then=check_another),
                Option("benefits", LABEL_BENEFITS, goto="benefits.menu"),
                to_menu(),
            ),
            goes_to=frozenset({StatusState.ASK_NIK}),
        ),
        Step(
            StatusState.HOW_TO_ENROL,
            timeout=Timeout.QUIET,
            ask=_how_to_enrol,
            options=(
                Option("benefits", LABEL_BENEFITS, goto="benefits.menu"),
                to_menu(),
            ),
        ),
    ),
)
