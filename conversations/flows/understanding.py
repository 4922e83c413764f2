"""Free text to the right place: at the menu a message opens what it asks for (with what it already
told us filled in); inside a flow, a message that is not an answer is answered briefly, or the user is
offered to switch. Questions about other programmes get where to go, and never open a claim."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import logging
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel

from conversations.commands import (
    ASKED_TO_WAIT,
    IDENTIFIER,
    NEGATIONS,
    QUESTION_WORDS,
    is_acknowledgement,
    is_asking,
    is_question,
    normalise,
    number_typed,
)
from conversations.domain.claims import (
    Benefit,
    Doc,
    HeirGroup,
    Relation,
    Treatment,
    accident_checklist,
    death_checklist,
)
from conversations.domain.dates import (
    MONTHS,
    PART_HOURS,
    WEEKDAYS,
    When,
    day_in_month,
    month_said,
    without_time_of_day,
)
from conversations.domain.nik import Nik, NikError, NikProblem, parse_nik
from conversations.domain.nominations import Role
from conversations.domain.phone import normalise_phone
from conversations.domain.rules import PP_82_2019, rules_on
from conversations.flow import Back, Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows import (
    accident,
    benefits,
    death,
    death_report,
    desk,
    handoff,
    nominate,
    officer,
    reached,
    resume,
    status,
    tracking,
)
from conversations.flows.asked import (
    ABROAD,
    AMOUNT,
    ARREARS,
    CARD_ASKED_WORDS,
    CLAIMS_KEPT_ELSEWHERE,
    CONDOLENCES,
    CONTRIBUTION,
    CORRECTING_A_CLAIM,
    DEADLINE,
    DEMANDED,
    EMPLOYER_LETTER_NOT_NEEDED,
    ENROLMENT,
    ENROLMENT_OF_OTHERS,
    FACILITY,
    FORMERLY,
    HURT,
    IN_ARREARS,
    JOB_TOLD_AT_MOST,
    JOINING,
    LOCAL_OFFICE,
    LOST,
    MIGRANT,
    MONEY,
    MOVING,
    NOT_THIS_CARD,
    OTHERS_HURT_ON_THE_ROAD,
    PAID_UP,
    PHONE_BORROWED,
    PROPERTY,
    PROPOSING,
    QUOTA_WORDS,
    REFUSED,
    ROBBERY,
    ROUTED_AS_AT_THE_MENU,
    SAYING_ONLY_CLAIM,
    SCAM_MARKS,
    SCHOLARSHIP_WORDS,
    SELF_PAYING,
    SELFIE,
    TAKEN_OR_RUINED,
    TAX_HEDGE,
    WHERE_THE_NIK_IS,
    WHO,
    WORKING,
    WRONG_OR_CHANGED,
    accident_not_covered,
    accident_supposed_unenrolled,
    asked,
    asked_anywhere,
    card_named,
    claim_correction_asked,
    claims_on_a_lost_number_asked,
    commute_asked,
    death_amounts,
    death_not_covered,
    employer_letter_asked,
    enrolment_requirements_asked,
    family_missing,
    heirs_in_order,
    how_long_asked,
    jkk_deadline_text,
    jkk_line,
    jkm_has_no_deadline,
    jkm_in_short,
    job_told_besides_the_list,
    lost_at_work_supposed,
    missing_asked_as_a_rule,
    one_jkk_benefit,
    only_jobs_told,
    phone_borrowed,
    proposal_time,
    quota_asked,
    responsibility_told,
    said_not_enrolled,
    tax_asked,
    waiting_period_asked,
    waiting_period_text,
    young_child_named,
)
from conversations.flows.benefits import ACCIDENT_NAMED, DEATH_NAMED, BenefitsState
from conversations.flows.calculator import CalcState
from conversations.flows.common import (
    DEFERRING,
    DONE,
    HOME,
    LABEL_OFFICER_MENU,
    MEMO_OFFICER,
    NEXT,
    NIK_NOTED,
    NO_WORDS,
    OFFICER_HOME,
    SIGN_IN_PHRASES,
    YES_WORDS,
    MenuDraft,
    at_an_rt_heads_side,
    named_wrong,
    next_steps,
    officer_of,
)
from conversations.flows.documents import KTP_EXPIRED, KTP_FOR_LIFE, DocsState, doc_label, paper_asked_about
from conversations.flows.missing_documents import (
    NIK_ON_THE_KK,
    documents_named,
    forgotten,
    not_had,
    not_had_yet,
)
from conversations.flows.nomination_text import OCCUPATION_LABELS, job_named
from conversations.flows.review import ListState, how_to_check_asked
from conversations.flows.review import mine as mine_proposals
from conversations.flows.story import GREETING_OPENING, REPORT_ASKED_AFTER, story_told
from conversations.i18n import LazyText, _, lazy_gettext
from conversations.nlu.cues import (
    ASKING_ABOUT_RULES,
    FAMILY_WORDS,
    HYPOTHETICAL_WORDS,
    KIN_WORDS,
    NEWS_WORDS,
    RECENT_WORDS,
    REQUIREMENT_WORDS,
)
from conversations.nlu.entities import (
    ASSAULTED,
    AT_HOME,
    BODY_PART,
    INJURY_WORDS,
    JOB_WORDS,
    SOMEONE_HAD_ONE,
    find_deceased_relation,
    find_deceased_sex,
    find_illness,
    find_injury,
    find_kpj,
    find_nik,
    find_own_relation,
    find_reporter,
    find_road,
    find_work_accident,
    read_nik,
    read_when,
    reads_two_ways,
    tells_day,
    with_nya_off,
)
from conversations.nlu.intents import (
    CLAIMED_TO_BE,
    CLAIMS,
    CONTACT_ASKED,
    DEATH_WORDS,
    DEMANDED_OF_A_CALLER,
    FIRST_PERSON,
    NOT_HEIRS,
    OUT_OF_SCOPE,
    PAYMENT_ASKED,
    THING_FELL,
    THRESHOLD,
    Classification,
    Intent,
    classify,
    injury_words,
    late_report_asked,
    person_asked,
    tied_to_work,
    told_gone,
)
from conversations.nlu.lexicon import VOCABULARY
from conversations.nlu.normalise import Normalised, spelled_out
from conversations.nlu.normalise import normalise as normalise_words
from conversations.nlu.normalise import normalise_message as normalise_text
from conversations.paused import MEMO_OFFERED

log = logging.getLogger(__name__)

MEMO_PENDING = "pending_text"
"""The message that asked for another flow, kept (encrypted with the conversation) while the user decides."""
SWITCH_SCORE = 4.0
"""Inside a flow, only a message this clearly about something else offers a switch."""
SWITCH_MIN_WORDS = 3
NOT_AN_OFFICERS_ROLE = frozenset({"kader", "posyandu", "pkk", "dasawisma", "relawan", "volunteer", "bidan"})
"""Community helpers who are not the RT heads and officers the city registers."""
HELPING_RESIDENTS = lazy_gettext(
    "Usulan warga dibuat ketua RT yang terdaftar sebagai petugas. Bantu warga menyampaikannya ke ketua RT mereka, atau ke "
    "kelurahan; kepesertaan mereka bisa dicek di sini dengan NIK.")
"""What a community helper, or an RW head, can do for residents: the city registers RT heads and officers only."""
PROPOSING_OTHERS = frozenset({"ketuart", "petugas", "warga", "usul"})
"""An RT head's words for proposing neighbours: the officer's sign-in. "daftarkan" alone is not among them: "saya mau
didaftarkan", "istri saya bisa didaftarkan?" were sent to the officer's sign-in; they get how enrolment works. Nor is
"tetangga" alone, a resident's word as much ("tetangga saya … belum terdaftar, bisa diusulkan?" got the sign-in)."""
ON_ONES_OWN = frozenset({"sendiri", "mandiri", "myself", "own"})
BESIDES = frozenset({"tanpa", "selain", "without"})
"""Enrolling on one's own asked ("cara daftar mandiri gimana", "bisa daftar sendiri ga tanpa rt", "how do i register
myself"): the enrolment answer named the RT head only. How to enrol names both ways, the city's and paying oneself."""

OUT_OF_SCOPE_ANSWERS: dict[Intent, LazyText] = {
    Intent.JHT: lazy_gettext(
        "Kawan Kerja hanya membantu program JKK (kecelakaan kerja) dan JKM (kematian) yang iurannya dibayar "
        "pemerintah kota. JHT (Jaminan Hari Tua) adalah tabungan terpisah yang tidak termasuk program ini. "
        "Untuk saldo atau pencairan JHT, gunakan aplikasi JMO, Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id), "
        "kantor cabang BPJS Ketenagakerjaan, atau Contact Center 175."),
    Intent.JKN: lazy_gettext(
        "Itu urusan BPJS Kesehatan (JKN/KIS), lembaga yang berbeda dari BPJS Ketenagakerjaan. Tanyakan lewat "
        "aplikasi Mobile JKN atau kantor BPJS Kesehatan. Jika sakit atau lukanya akibat kecelakaan kerja, biaya "
        "pengobatannya ditanggung JKK: pilih \"Lapor kecelakaan kerja\" di menu."),
    Intent.APP: lazy_gettext(
        "Saya tidak bisa membuka atau memperbaiki akun aplikasi JMO. Untuk lupa kata sandi atau gagal masuk, "
        "pakai menu lupa kata sandi di aplikasi, atau hubungi Contact Center 175 (care@bpjsketenagakerjaan.go.id). "
        "Jangan berikan PIN, kata sandi atau kode OTP kepada siapa pun, termasuk kepada saya."),
    Intent.LOAN: lazy_gettext(
        "Kawan Kerja tidak mengurus pinjaman. Untuk layanan lain BPJS Ketenagakerjaan, tanyakan ke kantor cabang "
        "atau Contact Center 175. Hati-hati dengan penipuan yang mengatasnamakan BPJS: petugas tidak pernah "
        "meminta uang, PIN atau kode OTP."),
    Intent.SCAM: lazy_gettext(
        "Hati-hati, itu ciri penipuan. Klaim santunan BPJS Ketenagakerjaan tidak dipungut biaya, dan petugas "
        "tidak pernah meminta transfer, biaya admin, PIN atau kode OTP. Laporkan ke Contact Center 175. Jika "
        "keluarga Anda memang meninggal, pilih \"Klaim santunan kematian\": saya bantu gratis."),
}
MONEY_SENT = lazy_gettext(
    "Jika uang sudah terlanjur ditransfer, segera hubungi bank atau aplikasi yang Anda pakai dan minta rekening "
    "penerimanya diblokir, lalu laporkan ke polisi dengan bukti transfer dan percakapannya. Jangan kirim uang lagi, "
    "meski dijanjikan dikembalikan.")
"""Money already sent to a scammer ("saya kena tipu orang ngaku petugas bpjs, udah transfer 500rb"): the warning alone
said what they had already done, not what to do now."""
PAID_OUT = frozenset({"transfer", "ditransfer", "kirim", "dikirim", "bayar", "dibayar", "setor", "tf", "sent", "paid"})
ALREADY = frozenset({"sudah", "terlanjur", "already"})


def _scammed_already(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return bool({"tertipu", "ketipu"} & words or {"kena", "tipu"} <= words
                or PAID_OUT & words and ALREADY & words)


NOT_COVERED = lazy_gettext(
    "Santunan kematian dibayar jika almarhum terdaftar aktif sebagai peserta BPJS Ketenagakerjaan pada tanggal "
    "meninggal. Pekerja rentan bisa saja sudah didaftarkan pemerintah kota tanpa memegang kartunya: jika belum pasti, "
    "ajukan klaim di sini dan petugas memeriksa kepesertaannya.")
"""To an heir who says the deceased was not covered ("bapak saya meninggal, tapi dia bukan peserta" started a claim
as if nothing had been said; "almarhum ga ikut bpjs, bisa dapat santunan?" got the JKM page)."""
ACCIDENT_NOT_COVERED = lazy_gettext(
    "JKK membayar jika yang celaka terdaftar aktif sebagai peserta pada hari kecelakaan. Pekerja rentan bisa saja sudah "
    "didaftarkan pemerintah kota tanpa memegang kartunya: cek kepesertaan dengan NIK, atau laporkan kecelakaannya di sini "
    "dan petugas memeriksa kepesertaannya.")
"""To someone hurt who says they are not enrolled, as NOT_COVERED is to an heir."""
COURTESIES = frozenset({"min", "kak", "pak", "bu", "mas", "mbak", "bang", "halo", "hai", "selamat", "pagi", "siang",
                        "sore", "malam"})
"""How a message greets and addresses the bot, around what it says."""
ONLY_ASKING_TO_ASK = COURTESIES | {"mau", "ingin", "pengen", "tanya", "boleh", "izin", "permisi", "saya", "aku", "dong",
                                   "ya", "numpang", "sedikit", "nih", "admin"}
"""A message that only asks leave to ask: invited to, with the menu (the help answer listed everything the bot does)."""
OF_WHOSE_COVER = frozenset({"soal", "tentang", "mengenai", "masalah", "perihal", "bpjs", "ketenagakerjaan", "tk",
                            "bpjstk", "jamsostek", "punya", "nya", "halo", "hai", "kak", "pak", "bu", "mas", "mbak", "bang"})


def _leave_to_ask_of(found: Classification) -> bool:
    """Leave asked to ask about the cover, one's own or a relative's, and nothing asked yet ("halo kak saya mau nanya
    soal bpjs suami saya"): was the help page (six lines), or the status check of the writer's own NIK."""
    words = set(found.normalised.tokens)
    return "tanya" in words and words <= ONLY_ASKING_TO_ASK | OF_WHOSE_COVER | FAMILY_WORDS \
        and found.intent in (Intent.HELP, Intent.GREETING, Intent.UNKNOWN, Intent.STATUS)


ASKING_IN_REGIONAL_WORDS = frozenset({"tanglet", "takon", "naros", "betanyo", "batanya", "tanyo", "nanya", "bertanya"})
LEAVE_IN_REGIONAL_WORDS = ASKING_IN_REGIONAL_WORDS | frozenset({"badhe", "ajeng", "arep", "nyuwun", "sewu", "punten",
                                                                 "kulo", "sampeyan", "nggih"})
"""Leave asked to ask in Javanese, Sundanese or Malay ("mas, kulo badhe tanglet", "punten, abdi bade naros"): was not
understood."""
HOW_ARE_YOU = COURTESIES | {"apa", "kabar", "kabarnya", "semua", "hari", "ini", "nya", "gimana", "bagaimana"}
"""Words of "how are you" and its courtesies alone ("halo apa kabar semua" got the JKK page, the model's guess)."""
BY_PROXY = lazy_gettext(
    "Klaim santunan kematian diajukan atas nama ahli waris, dan santunannya dibayar ke rekening ahli waris. Jika "
    "pengurusannya diwakilkan orang lain, tanyakan dulu ke kantor cabang BPJS Ketenagakerjaan surat apa yang perlu "
    "dibawa (misalnya surat kuasa).")
"""A death claim filed by someone else asked about ("klaim jkm bisa diwakilkan ga", "klaim santunan bisa pakai surat
kuasa?"): was the question whether to start a claim, or "not understood". FACTS.md has no rule for it: the branch says."""
ACCIDENT_BY_PROXY = lazy_gettext(
    "Laporan kecelakaan kerja bisa dibuat keluarga atau orang lain: pilih \"Lapor kecelakaan kerja\", lalu "
    "\"Keluarga/orang lain\". Jika pengurusan di kantor cabang diwakilkan, tanyakan dulu ke kantor cabang surat apa "
    "yang perlu dibawa (misalnya surat kuasa).")
"""The accident's counterpart of BY_PROXY; the report takes a relative's or another's accident (its first question)."""
CLAIM_REFUSED = lazy_gettext(
    "Jika klaim ditolak, tanyakan alasannya ke kantor cabang BPJS Ketenagakerjaan dengan nomor klaimnya, dan apa yang "
    "bisa dilengkapi untuk mengajukannya lagi. Jika tidak setuju dengan keputusannya, sampaikan pengaduan ke kantor "
    "cabang atau Contact Center 175. Klaim yang dicatat di sini, dengan alasannya, ada di \"Cek klaim\".")
"""A claim refused, asked about ("klaim saya ditolak, bisa banding?", "gimana kalau klaim ditolak"): was one's claims,
which show a refusal's reason but not what to do then. FACTS.md names no appeal: the branch, and 175. One's own refused
claim asked why ("kenapa klaim saya ditolak?") is one's claims, as the labelled set has it: its reason is there."""
BY_A_MINOR = lazy_gettext(
    "Anak peserta termasuk ahli waris pertama, bersama istri atau suaminya. Klaim untuk anak yang belum dewasa diurus "
    "walinya (biasanya ibu atau bapaknya yang masih hidup) dengan KTP wali; kantor cabang BPJS Ketenagakerjaan yang "
    "memastikan surat apa yang perlu dibawa.")
"""A claim of a child heir not yet grown ("anak saya umur 16 thn bisa ngurus klaim bapaknya?" was not understood, "anak
sy masih sekolah, blh dia yg ngurus santunan?" the scholarship page). FACTS.md §8 (children are first heirs) and §7 (a
guardian's KTP and account, for the scholarship); the rest is the branch's to say."""
BY_A_CHILD = lazy_gettext(
    "Bisa. Anak peserta termasuk ahli waris pertama, bersama istri atau suaminya: jika istri atau suami peserta sudah "
    "meninggal, anaknya yang mengajukan klaim. Untuk anak yang belum dewasa, klaim diurus walinya.")
"""A grown child asking whether they claim when the other parent is gone too ("kalau istri sudah meninggal juga, anak saya
yang klaim?" got the amounts, "saya anak almarhum, ibu saya sudah tidak ada, bisa saya yang klaim?" one's claims).
FACTS.md §8: widow, widower or children come first."""
UNDER_AGE = re.compile(r"\b(?:di ?bawah umur|belum (?:dewasa|cukup umur|17 tahun)|(?:masih|msh) (?:kecil|sekolah|sd|smp|sma|smk)"
                       r"|(?:umur|usia|masih|msh) (?:[1-9]|1[0-7]) (?:tahun|thn|th)|minor|underage)\b")
HANDLING_A_CLAIM = frozenset({"urus", "ajukan", "mengajukan", "klaim", "cairkan", "mencairkan", "claim", "file"})
ASKING_WHETHER_OR_WHO = frozenset({"bisa", "boleh", "blh", "siapa", "bagaimana", "can", "who", "how"})
APPEALING = frozenset({"banding", "protes", "keberatan", "komplain", "mengadu", "adukan", "appeal", "complain",
                       "ngadu", "pengaduan", "contact", "hubungi", "menghubungi"})
"""Asking where to turn against a refusal ("klaim sy ditolak, ngadu kemana", "who do i contact if the claim is
rejected": were one's claims)."""
PROXY = frozenset({"diwakilkan", "diwakili", "diwakilin", "wakilkan", "wakilin", "perwakilan", "kuasa", "dikuasakan"})
CLAIM_NAMED = frozenset({"klaim", "santunan", "claim"})
OF_A_CLAIM = CLAIM_NAMED | {"jkm", "urus", "cair"}
"""A claim named, or its handling ("ngurus klaim kematian boleh diwakilin sodara?")."""
THANKS = lazy_gettext("Sama-sama. Semoga membantu!")
GREETING_MID_FLOW = lazy_gettext("Halo! Kita lanjutkan yang tadi.")
LANGUAGE_CHANGED = lazy_gettext("Bahasa diganti ke Bahasa Indonesia.")

TOPICS: dict[Intent, LazyText] = {
    Intent.STATUS: lazy_gettext("memeriksa kepesertaan"),
    Intent.JKK_INFO: lazy_gettext("melihat manfaat JKK (kecelakaan kerja)"),
    Intent.JKM_INFO: lazy_gettext("melihat manfaat JKM (kematian)"),
    Intent.CONTRIBUTION: lazy_gettext("melihat iuran per bulan"),
    Intent.ACCIDENT: lazy_gettext("melapor kecelakaan kerja"),
    Intent.DEATH: lazy_gettext("mengajukan klaim santunan kematian"),
    Intent.TRACK: lazy_gettext("melihat klaim Anda"),
    Intent.NOMINATE: lazy_gettext("mengusulkan warga atau masuk sebagai petugas"),
    Intent.HUMAN: lazy_gettext("bicara dengan petugas"),
}
FLOW_OF_TOPIC: dict[Intent, str] = {
    Intent.STATUS: "status", Intent.JKK_INFO: "benefits", Intent.JKM_INFO: "benefits",
    Intent.CONTRIBUTION: "benefits",
    Intent.ACCIDENT: "accident", Intent.DEATH: "death", Intent.TRACK: "tracking", Intent.NOMINATE: "officer",
    Intent.HUMAN: "handoff",
}


INFO_PAGES = ("benefits.", "calc.result")
"""States that only inform: nothing typed there is lost, so any question is answered at once."""


def _page_of(intent: Intent) -> str | None:
    return {Intent.JKK_INFO: BenefitsState.JKK, Intent.JKM_INFO: BenefitsState.JKM,
            Intent.CONTRIBUTION: BenefitsState.CONTRIBUTION}.get(intent)


class SwitchState(StrEnum):
    CONFIRM = "switch.confirm"
    ASK_CLAIM = "switch.ask_claim"


ROUTE_TARGETS = frozenset({
    HOME, NEXT, DONE, "settings.language", status.StatusState.ASK_NIK, status.StatusState.CHECKING,
    BenefitsState.JKK, BenefitsState.JKK_DOCUMENTS, BenefitsState.JKM, BenefitsState.JKM_DOCUMENTS, BenefitsState.JKM_HEIRS,
    BenefitsState.JKK_DEATH,
    BenefitsState.SCHOLARSHIP, BenefitsState.CONTRIBUTION, BenefitsState.DOCUMENTS, accident.AccidentState.WHO,
    accident.AccidentState.CONFIRM, accident.AccidentState.ASK_NIK,
    death.DeathState.ASK_NIK, death.DeathState.CONFIRM, tracking.TrackState.LOADING, officer.OfficerState.LOADING,
    SwitchState.CONFIRM, SwitchState.ASK_CLAIM, handoff.HandoffState.ASK_TOPIC, handoff.HandoffState.OPENING,
    CalcState.ASK_CASE,
})
"""Every state `understand` may lead to; the menu declares them so the validator sees them reachable."""


def _nik_a_digit_off(text: str) -> NikError | None:
    """A NIK typed with a digit or two too few or too many, in words ("nik sy 1571… tolong cek"): never a KPJ (11) or a
    phone (at most 13)."""
    read = read_nik(text)
    if isinstance(read, NikError) and read.problem is NikProblem.LENGTH and NIK_NEARLY <= read.digits_given <= NIK_AT_MOST:
        return read
    return None


NIK_NEARLY, NIK_AT_MOST = 14, 18
_MISTYPED_NIK = frozenset({NikProblem.PROVINCE, NikProblem.BIRTH_DATE, NikProblem.SERIAL})
"""Sixteen digits, alone, failing only a NIK's inner checks: a NIK mistyped, not a phone or a KPJ number."""


def _kpj_alone(text: str, error: NikError) -> bool:
    """Eleven digits alone that are no phone number: a KPJ number, sent where a NIK starts the check."""
    return (error.problem is NikProblem.LENGTH and error.digits_given == status.KPJ_DIGITS
            and normalise_phone(text) is None)


_SAYING_A_KPJ = frozenset({"kpj", "nya", "nomor", "no", "saya", "ini", "itu", "kartu", "bpjs", "number", "is", "my"})
"""Words of a message that only gives a KPJ number, said to be one ("kpj nya 5724…", "no kpj saya 5724…")."""


def _nik_sent(ctx: Ctx[Any], nik: Nik | NikError, kpj: str | None = None, *, other: bool = False,
              no_kpj: bool = False) -> Outcome:
    """Its status check, with the KPJ sent along as the proof; one mistyped is told what is wrong. `other`: said to be
    someone else's ("tolong cek nik tetangga saya 1571…"); `no_kpj`: the KPJ said not to be at hand."""
    return status.ask_nik_again(nik) if isinstance(nik, NikError) else \
        status.start_with(ctx, nik.value, kpj, other=other, no_kpj=no_kpj)


_ENOUGH = frozenset({"tidak", "sudah", "cukup", "selesai", "beres", "nanti", "nothing", "enough", "done", "no", "nope",
                     "all", "later", "bye", "byee", "dadah", "goodbye", "jumpa", "see"})  # "ok bye", "sampai jumpa": were not
# understood
_AROUND_ENOUGH = _ENOUGH | frozenset({
    "ada", "itu", "saja", "lagi", "dulu", "usah", "terimakasih", "terima", "kasih", "makasih", "ya", "sih", "kok", "deh",
    "pak", "bu", "kak", "min", "mas", "mbak", "bang", "else", "thanks", "thank", "you", "thats", "all", "for", "now",
    "it", "is", "that", "s", "nomor", "ok", "oke", "okay", "sampai", "see", "kamu"})  # "no thanks": the lexicon reads
# "no" as "nomor" ("no hp"); "see you" as "see kamu"


def _goodbye(text: str) -> bool:
    """"tidak", "sudah", "udah itu aja", "no thanks" after an answer or a page ("Ada lagi yang bisa saya bantu?"): a
    goodbye. It was "not understood" (the third time with the offer of a person), and "udah itu aja" opened the status
    check's NIK question."""
    words = set(normalise_words(text).tokens)
    return bool((words | set(text.casefold().split())) & _ENOUGH) and words <= _AROUND_ENOUGH and not is_question(text)


def _main_menu_number(ctx: Ctx[Any], text: str) -> Outcome | None:
    """A number typed after the goodbye, an answer or a page, beyond the choices shown there, is the main menu's ("5"
    was "Tidak ada pilihan 5 di sini", the goodbye showing only "Menu utama"): what most people remember of the menu
    is its numbers."""
    if (number := number_typed(text)) is None:
        return None
    from conversations.flows import menu  # the menu imports this module
    home = _at_home(ctx)
    options = menu.main_options(home)
    if not 1 <= number <= len(options):  # the menu itself, with how many it has ("Ketik angka 1 sampai 1" was said)
        return Goto(HOME, say=(_("Tidak ada pilihan {number} di sini. Ketik angka 1 sampai {count}.").format(
            number=number, count=len(options)),))
    option = options[number - 1]
    return option.then(home) if option.then is not None else Goto(option.goto or HOME)


SELF_HARM = re.compile(
    r"\b(?:(?:mau|ingin|pengen|pengin|pingin|kepengen|kepikiran|berniat|niat|rasanya|mending|lebih baik)\s+"
    r"(?:(?:aku|saya|sy)\s+)?(?:bunuh\s+diri|gantung\s+diri|mengakhiri\s+hidup|akhiri\s+hidup|mati\s+(?:aja|saja|ae))"
    r"|(?:ingin|pengen|pengin|pingin|kepengen)\s+mati\b|(?:ga|gak|nggak|tidak|tak)\s+(?:kuat|sanggup|mau)\s+hidup"
    r"|capek\s+hidup|lelah\s+hidup|kill\s+myself|end\s+my\s+life|want\s+to\s+die|suicidal"
    r"|(?:kalau|kalo|klo|jika|seandainya|andaikan|misalnya|misal)\s+(?:(?:aku|saya|sy)\s+)?"
    r"(?:bunuh\s+diri|gantung\s+diri|mengakhiri\s+hidup))", re.IGNORECASE)
"""A wish to end one's life, said (was the status check, or "not understood"), or one's own death by it supposed
("kalau bunuh diri dapat santunan ga" got the death benefit's amounts): never what a death claim reads, which is of
someone else ("suami saya bunuh diri" is not this)."""
SUPPORT = lazy_gettext(
    "Terima kasih sudah bercerita; Anda tidak sendirian. Jika Anda berpikir untuk mengakhiri hidup, hubungi sekarang "
    "layanan gratis dan rahasia Kementerian Kesehatan di healing119.id, atau telepon 119 jika darurat. Ceritakan juga "
    "kepada orang yang Anda percaya di dekat Anda.")
"""Kemenkes's crisis line, healing119.id (reopened 31 July 2025), and 119, the emergency number."""


EMERGENCY = re.compile(r"\b(?:berdarah\s+(?:banyak|parah|terus)|pendarahan|(?:ga|gak|nggak|tidak|tak|belum|blm|blom)\s+"
                       r"sadar(?:kan\s+diri)?(?!\s+(?:kalau|kalo|klo|kl|bahwa|ada|akan))"  # unaware ("blm sadar kalo …")
                       r"|pingsan|sekarat|kejang|unconscious|bleeding\s+(?:a\s+lot|badly))\b|"
                       r"\b(?:darurat|gawat|emergency)\b.*\b(?:jatuh|kecelakaan|luka|tertimpa|kesetrum|tersengat|terbakar|"
                       r"tenggelam|accident|fell)\b", re.IGNORECASE)
"""Someone hurt badly now ("tolong ada yang kecelakaan parah, berdarah banyak", "darurat! teman saya jatuh dari atap, ga
sadar"): the emergency number comes before any report (was "not understood", or only whether to report). Not "nomor
darurat bpjs", nor a death or a day gone by (`_hurt_badly_now`)."""
PAST_DAYS = frozenset({"kemarin", "lalu", "minggu", "bulan", "tahun", "semalam", "dulu"})
CALL_FOR_HELP = lazy_gettext("Jika ada yang terluka parah atau tidak sadar, telepon 119 (ambulans) atau 112 sekarang. "
                             "Laporan ke BPJS Ketenagakerjaan bisa menyusul.")


ONE_AT_A_TIME = lazy_gettext("Anda bertanya beberapa hal; saya jawab satu dulu. Kirim pertanyaan berikutnya sesudah ini.")
_NUMBERED = re.compile(r"(?:^|\s)1\s?[.)]\s*\S.*\s2\s?[.)]\s*\S", re.DOTALL)
_SEVERAL_TOLD = re.compile(r"\b(?:[2-5]|dua|tiga|beberapa)\s+(?:hal|pertanyaan|soal)\b", re.IGNORECASE)


def asks_several(text: str) -> bool:
    """Several questions in one message, numbered or announced ("mau tanya 2 hal: 1. cara cek kepesertaan 2. berapa
    iurannya"): the bot answers one, and says so (the others seemed ignored). Two question marks are not enough:
    one question is often asked twice ("kok blm cair? kapan cairnya?")."""
    return bool(_NUMBERED.search(text) or _SEVERAL_TOLD.search(text))


def understand(ctx: Ctx[Any], text: str) -> Outcome | None:
    """The registry's hook for text that is not an answer; None leaves the usual "not understood"."""
    if SELF_HARM.search(text):  # before anything else, wherever it is said; a form's question stays
        return Retry(SUPPORT) if ctx.in_progress else next_steps("person", say=(SUPPORT,))
    outcome = _understood(ctx, text)
    if isinstance(outcome, Goto) and not ctx.in_progress and asks_several(text):
        outcome = dataclasses.replace(outcome, say=(ONE_AT_A_TIME, *outcome.say))
    if not _hurt_badly_now(text):
        return outcome
    if outcome is None:
        return Retry(CALL_FOR_HELP) if ctx.in_progress else next_steps("accident", say=(CALL_FOR_HELP,))
    if isinstance(outcome, Goto):
        return dataclasses.replace(outcome, say=(CALL_FOR_HELP, *outcome.say))
    if isinstance(outcome, Retry):
        return Retry(f"{CALL_FOR_HELP}\n\n{outcome.problem}")
    return outcome


_AFTER_THE_PAGE: dict[str, tuple[str, ...]] = {
    "benefits.jkk": ("accident", "benefits"), "benefits.jkm": ("death", "benefits"),
    "benefits.scholarship": ("death", "benefits"), "benefits.contribution": ("status", "benefits"),
    "benefits.menu": ("status", "accident", "death")}
"""An information page's next steps, by its subject ("benefits.jkm_documents" is the JKM's)."""


_PAGE_DOCUMENTS = {"benefits.jkk": BenefitsState.JKK_DOCUMENTS, "benefits.jkm": BenefitsState.JKM_DOCUMENTS,
                   "benefits.scholarship": BenefitsState.SCHOLARSHIP_DOCUMENTS}
"""The papers of the programme a page is about."""


def _page_subject(state: str) -> str:
    flow, _dot, page = state.partition(".")
    return f"{flow}.{page.split('_')[0]}"


def _hurt_badly_now(text: str) -> bool:
    if EMERGENCY.search(text) is None:
        return False
    tokens = set(normalise_words(text).tokens)
    return not (DEATH_WORDS | PAST_DAYS) & tokens  # "… pingsan lalu meninggal", "bulan lalu saya pingsan": too late


def _understood(ctx: Ctx[Any], text: str) -> Outcome | None:
    outside_a_form = not ctx.in_progress and not ctx.conversation.state.startswith("switch.")  # a NIK answers a form
    if outside_a_form:
        # A NIK sent on its own at the menu or on a page: what most people send first. Checked, as choosing
        # "Cek kepesertaan" and typing it would be (the proof is asked next); sixteen digits that are no NIK
        # are one mistyped, and a KPJ number alone is not the NIK: told so as the NIK question would tell it.
        nik = parse_nik(text)
        if not isinstance(nik, NikError) or nik.problem in _MISTYPED_NIK or _kpj_alone(text, nik):
            if ctx.conversation.state == OFFICER_HOME:  # a neighbour's, most likely: not one's own status check
                return Retry(_("Pilih dulu yang ingin dilakukan, lalu ketik NIK-nya di sana. Untuk mengecek "
                               "kepesertaan Anda sendiri, ketik \"menu\" lalu pilih \"Cek kepesertaan\"."))
            return _nik_sent(ctx, nik)
    if (ctx.conversation.state in ROUTED_AS_AT_THE_MENU or ctx.conversation.state.startswith(INFO_PAGES)) \
            and _goodbye(text):  # after an answer, a page or the menu; not at a claim's checklist, where the claim waits
        return Goto(DONE)  # "ga dulu", "nanti aja" at the menu were the JMO app's answer and the JKM page
    if ctx.conversation.state == resume.ResumeState.ASK and _goodbye(text):  # "nanti aja": not now, still kept
        return resume.later(ctx)
    if (ctx.conversation.state == DONE or not ctx.in_progress
            and ctx.conversation.state not in (HOME, OFFICER_HOME, *WAITING_FOR_FILES)) \
            and (chosen := _main_menu_number(ctx, text)) is not None:
        return chosen  # a number no choice here has, after an answer or a page: the main menu's, as people remember it
    if outside_a_form and person_asked(text):  # a person asked for in so many words: before any answer the rest may get
        return handoff.start_with(ctx, text)
    found = _read(text)
    if ctx.conversation.state == status.StatusState.FOUND and _until_when_alone(found):
        found = dataclasses.replace(found, intent=Intent.STATUS)  # "sampai kapan?" under one's record: its dates
        # (it was one's claims, from "kapan")
    if _asks_to_wait(found.normalised.tokens) and (ctx.in_progress or A_MOMENT & set(found.normalised.tokens)
                                                   or {"dulu", "saya"} <= set(found.normalised.tokens)):
        # "bentar ya saya cari ktp dulu" at a form's question was what a NIK is, as if it were a wrong answer; "bentar
        # ya" at the menu was not understood, "sy tanya istri dulu" the help page, "sy cek dulu ya" the status check.
        # Away from a form "nanti saya tanya lagi" is a goodbye.
        return Retry(_("Baik, saya tunggu."), brief=True)
    if ctx.conversation.state in ROUTED_AS_AT_THE_MENU and \
            (entry := resume.continued_at_menu(ctx, found.normalised.tokens)) is not None:
        return Goto(entry)  # "lanjut" after "Ada laporan … yang belum selesai": the offer to continue it
    if ctx.conversation.state in ROUTED_AS_AT_THE_MENU and resume.nothing_to_continue(ctx, found.normalised.tokens):
        return Goto(HOME, say=(_("Tidak ada isian yang belum selesai untuk dilanjutkan. Pilih yang ingin dilakukan."),))
    if _residents_death_told(ctx, found) and not ctx.conversation.state.startswith("death_report."):
        # "ada warga saya meninggal kemarin" by a signed-in RT head after an answer or at their list of proposals was
        # "not understood", and inside the status check "a NIK is 16 digits"
        if ctx.in_progress:
            return Retry(_("Untuk melaporkan warga yang meninggal, ketik \"menu petugas\" lalu pilih \"Lapor warga "
                           "meninggal\"."))
        return death_report.start_with(ctx, text)
    if ctx.conversation.state == resume.ResumeState.ASK and _another_request(ctx, found):
        # "cek status saya" at "Lanjutkan dari pertanyaan terakhir?" was "not understood"; the form stays kept
        return _route(_at_home(ctx), text, found)
    if found.intent is Intent.GREETING and (told := _after_the_greeting(text)) is not None:
        text, found = told
    if not ctx.in_progress and (follow_up := reached.followed_up(ctx, found.normalised.tokens)) is not None:
        return follow_up  # "trus saya harus gimana" after a reminder: about the reminder
    if outside_a_form and claims_on_a_lost_number_asked(found):  # "sy ganti nomor wa, klaim sy hilang ga"
        return next_steps("track", "person", say=(CLAIMS_KEPT_ELSEWHERE,))
    if outside_a_form and claim_correction_asked(found, text):  # never a new case, nor the heirs' page
        return next_steps("track", say=(CORRECTING_A_CLAIM,))
    if outside_a_form and found.intent is Intent.UNKNOWN and (typed := find_nik(text)) is not None:
        # A NIK with nothing else asked: "nik ku 6474…", "NIK: 6474…", "cek 6474…", a NIK and then the KPJ.
        nik = parse_nik(typed)
        if not isinstance(nik, NikError) or nik.problem in _MISTYPED_NIK:
            return _nik_sent(ctx, nik, find_kpj(text), other=_someone_elses(found.normalised.tokens, text),
                             no_kpj=status.kpj_said_not_at_hand(text))
    if outside_a_form and "kpj" in found.normalised.tokens and (kpj := find_kpj(text)) is not None \
            and all(word in _SAYING_A_KPJ or word.isdigit() for word in found.normalised.tokens):
        return status.start_with(ctx, None, kpj)  # "kpj nya 5724…" was not understood; "kpj saya …" dropped the number
    at = ctx.conversation.state
    # Asked after a page or between questions (at the menu the message starts a journey as usual, unless it
    # names none, "mau klaim", or none answers it, "kantor bpjs dimana"); one's own claim is looked up instead.
    own_claim = (found.intent is Intent.TRACK and not found.by_model and bool(FIRST_PERSON & set(found.normalised.tokens))
                 and not family_missing(found) and not missing_asked_as_a_rule(found)
                 and not _claiming_without_a_paper_asked(found))
    # "suami saya tenggelam belum ketemu, bisa klaim?", "kalo hilang di laut gmn klaimnya": not a claim of one's own yet
    guessed = found.by_model and not found.cues
    if not ctx.in_progress and _about_scholarship(found) and not _claimed_by_a_minor(found) and (
            found.intent is Intent.UNKNOWN  # "beasiswanya dibayar tiap kapan": not one's claims
            or found.intent is Intent.TRACK and not FIRST_PERSON & set(found.normalised.tokens)  # "beasiswa cair kapan
            # tiap tahun": the page says it; one's own ("beasiswa anak saya kapan cair") is one's claims
            or found.intent is Intent.STATUS and guessed  # "anak saya sudah kerja, masih dapat beasiswa?": not
            # someone else's status check; the page says when it stops
            or found.intent is Intent.STATUS and found.by_model and _scholarship_named(set(found.normalised.tokens))
            and not IDENTIFIER.search(found.normalised.text)  # "sy sudah 3 tahun jadi peserta, anak sy dapet beasiswa?"
            or found.intent is Intent.CONTRIBUTION and guessed  # "beasiswa di bayar kapan": the rates
            or found.intent is Intent.HUMAN and guessed):  # "can my son get the scholarship": not the hand-off
        return Goto(BenefitsState.SCHOLARSHIP_DOCUMENTS if REQUIREMENT_WORDS & set(found.normalised.tokens)
                    else BenefitsState.SCHOLARSHIP)
    if not ctx.in_progress and _someone_elses_death_condoled(found, text):
        # "turut berduka buat keluarga ojol yang meninggal kemarin" started a claim, condoling the writer; "innalillahi,
        # ada driver meninggal …" was "Maaf, saya belum mengerti". The menu (as the labelled sets land them), condoled
        return Goto(HOME, say=(CONDOLENCES, THE_FAMILY_CLAIMS))
    if not ctx.in_progress and found.intent is Intent.DEATH and _enrolling_oneself(found.normalised.tokens):
        # "orang tua saya sudah lama meninggal, saya mau daftar bpjs" started a claim: how one is enrolled, the claim
        # one choice away
        return dataclasses.replace(next_steps("death", "status", say=(SORRY_FOR_LOSS, ENROLMENT)),
                                   conversation=death.condoled(ctx.conversation))
    if not ctx.in_progress and found.intent in CLAIMS and _feared(found):
        ill = found.intent is Intent.DEATH and bool(HURT & set(found.normalised.tokens))  # "ibu saya sakit keras, …"
        return Goto(BenefitsState.JKK if found.intent is Intent.ACCIDENT else BenefitsState.JKM,
                    say=(GET_WELL,) if ill else ())
    if not ctx.in_progress and found.intent is Intent.STATUS and DEATH_WORDS & set(found.normalised.tokens) \
            and _reported_by_an_rt_head(ctx, found):  # "warga saya sudah meninggal tapi masih terdaftar": a NIK check
        return death_report.start_with(ctx, text) if at_an_rt_heads_side(ctx) else officer.start(ctx, "death_report")
    if not ctx.in_progress and found.intent is Intent.STATUS and "jht" in found.normalised.tokens \
            and not FIRST_PERSON & set(found.normalised.tokens):  # "apakah peserta bpu bisa dapat jht": not a NIK asked
        return next_steps(*NEXT_AFTER[Intent.JHT], say=(OUT_OF_SCOPE_ANSWERS[Intent.JHT],))
    if not ctx.in_progress and _sign_in_code_failed(found):  # "kode petugas sy gak bisa": was the hand-off's topic
        started = officer.start(ctx)
        return dataclasses.replace(started, say=(CODE_REFUSED,)) if isinstance(started, Goto) else started
    if not ctx.in_progress and _introduced_as_an_officer(found):  # "saya lurah", "saya dari kecamatan": not understood
        return officer.start(ctx)
    if not ctx.in_progress and found.intent in (Intent.UNKNOWN, Intent.SCAM) and _referred_here(found):
        return help_answer(ctx)  # "sy disuruh rt chat kesini" was not understood, "petugas bpjs minta sy kesini" the scam
        # warning: sent here by an officer, they are told what the bot does
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and _a_helper_told(found):
        return next_steps("status", "benefits", say=(HELPING_RESIDENTS,))
    if not ctx.in_progress and _card_lost_before_a_claim(found):  # "kartu bpjsnya hilang, bisa klaim?": was the scam
        return next_steps("death", "accident", say=(CARD_NOT_NEEDED,))  # warning, or BPJS Kesehatan's answer
    if not ctx.in_progress and _service_complained_of(found):  # "pelayanan lambat", "petugasnya jutek": not understood
        return next_steps("person", say=(SERVICE_COMPLAINT,))
    if not ctx.in_progress and _signing_off(found, text):  # "nanti saya kabari lagi": was one's claims, the NIK question,
        return Goto(DONE)  # the help page, or an officer asked for ("nanti saya hubungi lagi"): the goodbye
    if not ctx.in_progress and _going_to_the_office(found, text):  # "ok saya ke kantor bpjs dulu": was the scam warning
        return next_steps("track", say=(GOING_TO_THE_OFFICE,))
    if not ctx.in_progress and (proposal_answer := _asked_for_a_proposal(found)) is not None:
        return next_steps("status", say=(proposal_answer,))
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and _more_received_asked(found):
        return Goto(BenefitsState.JKM)  # "kok temen sy dapet lebih banyak": the page says 42 and 70 million, and why
    if not ctx.in_progress and _cover_after_a_layoff(found):
        return status.start_with(ctx, None)
    if not ctx.in_progress and _laid_off(found):  # "saya korban phk bisa klaim apa": was one's claims, or the JKM page
        return next_steps(*NEXT_AFTER[Intent.JHT], say=(OUT_OF_SCOPE_ANSWERS[Intent.JHT],))
    if not ctx.in_progress and found.intent in (Intent.UNKNOWN, Intent.JKM_INFO) and _no_family_left(found):
        # "almarhum ga punya keluarga, tetangga yang urus pemakaman": the JKM page's amounts; the heirs' page says who
        # then receives the funeral money (FACTS.md §8: whoever arranged the burial)
        return Goto(BenefitsState.JKM_HEIRS)
    if not ctx.in_progress and found.intent in (Intent.UNKNOWN, Intent.JKM_INFO, Intent.TRACK) \
            and _heir_standing_asked(found) \
            and not SHARE & set(found.normalised.tokens) and not _by_proxy_asked(found):
        # "saya istri kedua, bisa klaim?", "istri siri dapat santunan ga": the answer in short, not JKM's whole page;
        # condolence first when a death is told ("suami meninggal, sy istri kedua, siapa yg berhak")
        standing = _standing_unsettled(_the_other_spouse(found.normalised.tokens))
        if _bereaved(found):
            return dataclasses.replace(next_steps("death", "benefits", say=(SORRY_FOR_LOSS, standing)),
                                       conversation=death.condoled(ctx.conversation))
        return next_steps("death", "benefits", say=(standing,))
    if not ctx.in_progress and (_share_asked(found) or _relative_may_claim(found)) and not _by_proxy_asked(found):
        # (a claim handled by a relative, "ngurus klaim boleh diwakilin saudara?", is not whether they are an heir); more
        # than one wife told ("almarhum punya 2 istri, siapa yg berhak"): the order does not say it, the claim's sentence
        several = _several_spouses(found.normalised.tokens)
        return Goto(BenefitsState.JKM_HEIRS, say=(death.MORE_THAN_ONE_WIFE,) if several else ())
    if not ctx.in_progress and (guessed and {"ahli", "waris"} <= set(found.normalised.tokens) or (
            found.intent is Intent.UNKNOWN and "waris" in found.normalised.tokens  # "who are the heirs": not understood
            and WHO & set(found.normalised.tokens))) \
            and not (DEATH_WORDS | HEIRS_PAPERS | {"kantor"}) & set(found.normalised.tokens):  # "ahli waris harus ke
        # kantor cabang ga": whether the branch must be visited (asked_anywhere)
        # "ahli waris saya ibu saya, bisa?" got the hand-off, "saya belum menikah, siapa ahli waris saya" the status
        # check (the model's guesses): the page with the heirs in order, or what they get when that is asked
        return Goto(BenefitsState.JKM if _heirs_payout_asked(set(found.normalised.tokens)) else BenefitsState.JKM_HEIRS)
    if not ctx.in_progress and ctx.conversation.state != OFFICER_HOME and _reply_awaited(found):  # a worker's wait
        return _awaiting(ctx)
    if not ctx.in_progress and ctx.conversation.state not in WAITING_FOR_FILES and _claim_papers_asked(found):
        return tracking.start(ctx)  # at a claim's checklist, the checklist answers it
    if not ctx.in_progress and (documents := _documents_only(found)) is not None:
        # none named, at a programme's page: that programme's ("dokumennya apa" at the JKK page was the JKM's papers)
        return Goto(documents if documents != BenefitsState.DOCUMENTS
                    else _PAGE_DOCUMENTS.get(_page_subject(ctx.conversation.state), documents))
    if not ctx.in_progress and death_not_covered(found):  # condolence said here: a claim begun next does not repeat it
        return dataclasses.replace(next_steps("death", "benefits", say=(SORRY_FOR_LOSS, NOT_COVERED)),
                                   conversation=death.condoled(ctx.conversation))
    if not ctx.in_progress and accident_not_covered(found):
        return next_steps("status", "accident", say=(ACCIDENT_NOT_COVERED,))
    if not ctx.in_progress and accident_supposed_unenrolled(found):
        # "sy ojol tp blm punya bpjs, kalau kecelakaan gmn": the JKK page, as if the cover were had
        return next_steps("status", "benefits", say=(COVERED_WHEN_ENROLLED, ENROLMENT))
    if not ctx.in_progress and (answered := _answered_outside_a_form(ctx, found)) is not None:
        return answered
    if at in ASKED_BEFORE_TYPING and not any(c.isdigit() for c in text) \
            and (answered := _answered_in_place(ctx, found)) is not None:
        return answered
    if at == OFFICER_HOME and found.intent is Intent.TRACK and _a_city_admin(ctx) \
            and not FIRST_PERSON & set(found.normalised.tokens):  # "klaim saya …": the admin's own
        return desk.start(ctx)  # "berapa klaim yg blm diproses": was the admin's own claims (none), and the main menu
    if (at == OFFICER_HOME and QUOTA_WORDS & set(found.normalised.tokens) or not ctx.in_progress and quota_asked(found)) \
            and (quota := _quota_at_hand(ctx)) is not None:
        return quota  # "kuota kecamatan masih berapa?": the figures, not the rule told to residents
    if at == ListState.DETAIL and how_to_check_asked(text):
        return None  # "cara verifikasinya bagaimana" on a proposal's page: the page's answer (was the JMO app's account)
    expired = "ktp" in found.normalised.tokens and KTP_EXPIRED.search(text) is not None  # "ktp almarhum udah mati":
    # wherever it is said, a KTP expired, not a death (was not understood; "ktp sy udah habis…" the status check)
    if at == DocsState.CHECKLIST and not expired and (not_had(text) is not None or paper_asked_about(text)):
        return None  # "ga ada surat polisi", "ktp almarhum gmn": the checklist's answer, for this claim and kept (was the
        # rule in general, and a death claim offered inside one)
    answer = (str(KTP_FOR_LIFE), ("status", "track")) if expired else None if own_claim else asked(ctx, found) \
        if at != HOME or found.intent is Intent.UNKNOWN else asked_anywhere(ctx, found)
    if answer is not None:
        said, suggested = answer
        # Asked while sending a claim's papers ("kapan cair" at the checklist), the answer keeps the checklist: it led
        # to the menu's next steps, and the next photo had no claim to go to.
        # An officer's question at their menu keeps it ("satu rt boleh usulin berapa warga" led to "Cek kepesertaan"),
        # and at their list ("pilih semua" at the kecamatan's quota list was answered, the list gone).
        stays = ctx.in_progress or at in WAITING_FOR_FILES or at == OFFICER_HOME or at.startswith(OFFICER_WORK)
        return Retry(said) if stays else _answer_once(ctx, said, suggested)
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and (programme := _one_programme_named(found)):
        return Goto(programme)  # "ojol yang meninggal di jalan pas pulang, termasuk jkk?": was "not understood"
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and commute_asked(found):
        return Goto(BenefitsState.JKK)  # "is the commute covered": was "not understood"; the JKK page says it
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and _RT_HEAD_IN_ENGLISH.search(found.normalised.text):
        return officer.start(ctx)  # "i am an rt head": was "not understood" ("saya ketua rt" is the sign-in)
    outcome = _route(ctx, text, found) if at in ROUTED_AS_AT_THE_MENU else _digress(ctx, text, found)
    target = outcome.state if isinstance(outcome, Goto) else type(outcome).__name__ if outcome else "not understood"
    log.debug("free text at %s: %s → %s", at, found.intent, target)
    return outcome


_UNTIL_WHEN_ALONE = frozenset({"sampai", "sampe", "hingga", "until", "kapan", "long", "how", "ya", "itu", "nya", "lagi",
                               "berlaku", "aktif", "berlakunya", "aktifnya", "habis", "habisnya", "masih", "bisa",
                               "dipakai", "pakai", "kira", "min"})


def _until_when_alone(found: Classification) -> bool:
    """"sampai kapan?", "berlaku sampai kapan ya", "until when", "kapan habisnya": asked under one's record, of it."""
    words = set(found.normalised.tokens)
    return bool({"kapan", "until", "long"} & words) and words <= _UNTIL_WHEN_ALONE


def _claiming_without_a_paper_asked(found: Classification) -> bool:
    """"ktp istri sy blm ada, bisa klaim?": whether a claim can be made without a paper, not one's claims (there were
    none: "Belum ada klaim dari akun ini")."""
    tokens = found.normalised.tokens
    return "bisa" in tokens and "klaim" in tokens and not_had_yet(found.normalised.text, tokens) is not None


ASKED_BEFORE_TYPING = frozenset({status.StatusState.ASK_NIK, status.StatusState.ASK_KPJ})
"""Where people ask before they type what is asked ("ini gratis kan?", "kpj itu apa" at the NIK question were "Yang saya
perlukan di sini adalah NIK"): a message without a digit cannot be the answer, and what the menu answers is answered."""


def _answered_in_place(ctx: Ctx[Any], found: Classification) -> Outcome | None:
    """The answer the menu gives to a question, said here with the question kept; None where the menu would go
    elsewhere (a page, another journey), which the usual offer to switch covers."""
    outside = ctx._replace(in_progress=False)
    answered = _answered_outside_a_form(outside, found)
    if answered is None and (said := asked_anywhere(outside, found)) is not None:
        return Retry(said[0])
    if isinstance(answered, Goto) and answered.state == NEXT and answered.say:
        return Retry("\n".join(map(str, answered.say)))
    return None


MEMO_ANSWERED = "answered"
"""The answer last given (a digest) and the conversation's version once it was: the same long answer asked for again
at once is not sent again whole."""
LONG_ANSWER = 160
"""Characters: shorter answers are cheaper to repeat than to point at."""


def _answer_once(ctx: Ctx[Any], said: str, suggested: tuple[str, ...]) -> Outcome:
    """An answer and what usually comes next; the same long answer given by the bot's last message ("kenapa nonaktif?",
    then "terus gimana biar aktif lagi": four sentences twice on a phone's screen) is pointed at instead, with a person
    offered besides. Any step between (another page, the session ended) and it is given whole again."""
    digest = hashlib.blake2b(said.encode(), digest_size=8).hexdigest()
    again = len(said) > LONG_ANSWER and ctx.conversation.memo.get(MEMO_ANSWERED) == [digest, ctx.conversation.version]
    outcome = next_steps(*suggested, *(("person",) if again and "person" not in suggested else ()), say=(_(
        "Jawabannya sama dengan pesan saya tepat di atas. Jika masih belum jelas, petugas bisa membantu."),)
        if again else (said,))
    memo = {**ctx.conversation.memo, MEMO_ANSWERED: [digest, ctx.conversation.version + 1]}  # entering the next steps
    return dataclasses.replace(outcome, conversation=ctx.conversation.but(memo=memo))


def _a_city_admin(ctx: Ctx[Any]) -> bool:
    """Claims asked of at a city admin's menu are the claims desk's, not the admin's own."""
    signed_in = officer_of(ctx.conversation)
    return signed_in is not None and signed_in.role == Role.CITY


QUOTA_SHOWN_BY: dict[str, str] = {Role.KECAMATAN: "select", Role.CITY: "report"}
"""The menu entry of an officer's role that shows the quota and what is used of it."""


def _quota_at_hand(ctx: Ctx[Any]) -> Outcome | None:
    """The quota asked by a signed-in officer: the menu entry that shows it, or for an RT head and a kelurahan officer
    (whose menus do not) their kecamatan's figures. Was the rule told to residents, leaving the menu."""
    signed_in = officer_of(ctx.conversation)
    if signed_in is None:
        return None
    if (wanted := QUOTA_SHOWN_BY.get(signed_in.role)) is None:
        return officer.ask_quota(ctx)
    return next((option.then(ctx) for option in officer.ROLE_OPTIONS[signed_in.role]
                 if option.id == wanted and option.then is not None), None)


SLOW = frozenset({"lama", "lambat", "lelet", "slow"})
SO = frozenset({"kok", "banget", "bgt", "bener", "amat", "sih", "kenapa", "so"})
_BESIDE_SLOWNESS = frozenset({"ya", "sih", "ini", "nya", "sudah", "tidak", "belum", "pak", "bu", "saya", "mas", "mbak",
                              "deh", "dong", "nih", "juga", "is", "this", "why"})
A_CLAIMS_PACE = frozenset({"klaim", "cair", "proses", "santunan", "dana", "uang", "claim"})
THE_REPLIES = frozenset({"bales", "balas", "balesnya", "balasnya", "balasan", "respon", "responnya", "jawab", "dijawab",
                         "reply", "replying"})


def _slowness_complained(ctx: Ctx[Any], found: Classification) -> Outcome | None:
    """"kok lama bgt", "lama bgt prosesnya", "kok lama sih balesnya": a claim's or the bot's slowness complained of. Were
    "not understood", and the last the JKM page (the model's guess). A claim's: one's claims, whose list says where each
    is; the replies', or unsaid: an apology, and the claims and a person offered."""
    words = set(found.normalised.tokens)
    if ctx.conversation.state == tracking.TrackState.LIST:
        return None  # under one's claims, how a claim moves is said (flows.asked)
    if not SLOW & words or not SO & words or not words <= SLOW | SO | A_CLAIMS_PACE | THE_REPLIES | _BESIDE_SLOWNESS:
        return None  # "petugas kelurahan lama banget verifikasi": the proposals' pace, answered as such
    if A_CLAIMS_PACE & words and not THE_REPLIES & words:
        return tracking.start(ctx)
    return next_steps("track", "person", say=(_(
        "Maaf membuat Anda menunggu. Jika yang lama klaim Anda, statusnya ada di \"Cek klaim\"; pertanyaan kepada petugas "
        "dijawab pada jam kerja."),))


def _answered_outside_a_form(ctx: Ctx[Any], found: Classification) -> Outcome | None:
    """Questions and tellings the journeys got wrong, answered before the message is routed: each reader below says
    what the model or the route made of it."""
    if enrolment_requirements_asked(found):
        return next_steps("status", say=(ENROLMENT, _(
            "Yang diperlukan: NIK (di KTP atau KK), nama lengkap, tanggal lahir, pekerjaan, alamat, nomor HP, dan "
            "persetujuan Anda agar datanya diteruskan.")))
    if tax_asked(found):
        jkk = found.intent in (Intent.JKK_INFO, Intent.ACCIDENT) or "jkk" in found.normalised.tokens
        return Goto(_jkk_target(found) if jkk else _jkm_target(found), say=(TAX_HEDGE,))
    if found.intent is not Intent.JKN and _transport_asked(found):
        # "biaya ambulans ditanggung?": its one line, not the whole page of seven
        one = None if found.own_case or ctx.in_progress else one_jkk_benefit(ctx, set(found.normalised.tokens))
        return next_steps("accident", "benefits", say=(one,)) if one is not None else Goto(BenefitsState.JKK_MORE)
    if (papers := _the_other_claims_papers(ctx, found)) is not None:
        return Goto(papers)
    if found.intent is Intent.UNKNOWN and not ctx.in_progress and lost_at_work_supposed(found):
        return Goto(BenefitsState.JKK)
    if not ctx.in_progress and MOVING & set(found.normalised.tokens) and SELF_PAYING.search(found.normalised.text):
        return Goto(status.StatusState.HOW_TO_ENROL)  # "bisa pindah ke bpjs mandiri?" was not understood
    if _treatment_asked_at_the_jkk_page(ctx, found):  # "operasi ditanggung?" there showed the same page again
        return next_steps("accident", "benefits", say=(TREATMENT_COVERED,))
    if _treatment_cover_asked(found):  # "bpjs tk nanggung operasi ga" got the loan answer
        return Goto(BenefitsState.JKK)
    if _minor_injury_asked(ctx, found):  # "kalau cuma luka ringan dapat juga?": the JKK page again, or not understood
        return next_steps("accident", "benefits", say=(MINOR_INJURY_COVERED,))
    if _income_while_off_asked(found):  # "selama saya tidak bisa narik, ada uang pengganti ga?": was the enrolment
        return Goto(BenefitsState.JKK)  # answer (a guess); the JKK page says what is paid while one cannot work
    if _aid_cover_asked(found):
        return next_steps("accident", "benefits", say=(_(
            "Karena kecelakaan kerja, JKK juga menanggung alat bantu atau alat pengganti, misalnya kaki palsu, kursi roda, "
            "kacamata atau alat bantu dengar; jumlahnya ditetapkan kantor cabang BPJS Ketenagakerjaan."),))
    if {"apa", "kabar"} <= set(found.normalised.tokens) <= HOW_ARE_YOU:  # "halo apa kabar semua": the JKK page
        return Goto(HOME, say=(_("Kabar baik, terima kasih."),))
    if found.intent is Intent.UNKNOWN and _bereaved(found) and _benefit_heard_of(found):
        return _jkm_page(ctx, found)  # condolence, and the amounts heard of: "… meninggal …, katanya dapat 70 juta ya?"
    if "kpj" in found.normalised.tokens and status.kpj_not_at_hand(found.normalised.text) \
            and found.intent not in CLAIMS and not (DEATH_WORDS | KIN_WORDS | LOST) & set(found.normalised.tokens):
        # "i don't have a kpj number" was not understood: the proof step offers a code to the registered phone (a card
        # lost, "kartu kpj hilang", has its own answer)
        return status.start_with(ctx, None, None, no_kpj=True)
    if (slow := _slowness_complained(ctx, found)) is not None:
        return slow
    if _thanks_for_a_payout(found):  # "dana santunan sudah masuk rekening, terima kasih": was the JKM page
        return next_steps(say=(THANKS,))
    if found.intent in CLAIMS and (_claim_in_process(found) or _claim_told_refused(found)):
        # "klaim jkk saya lagi diproses" started a report; "klaim jkm saya ditolak, …" a new claim
        return tracking.start(ctx)
    if _frustrated(found):  # "bot nya ga ngerti terus" got the help list, "jawabannya salah" was not understood
        return Goto(HOME, say=(_("Maaf, saya belum bisa membantu dengan baik. Ketik \"bicara dengan petugas\" agar "
                                 "dihubungkan dengan petugas, atau pilih dari menu."),))
    if COMPLAINING & set(found.normalised.tokens) and found.intent in (Intent.UNKNOWN, Intent.HELP):
        return handoff.start(ctx)  # "saya mau komplain pelayanan" was not understood: a person takes complaints
    if employer_letter_asked(set(found.normalised.tokens)):  # "sudah lapor ke bpjs tp disuruh bawa surat dari
        return next_steps("accident", "person", say=(EMPLOYER_LETTER_NOT_NEEDED,))  # perusahaan": was one's claims
    if (own_report := _own_report_named(found)) == "wrong":
        return next_steps("track", say=(_(
            "Laporan atau klaim yang sudah dicatat diperbaiki petugas: ketik \"bicara dengan petugas\", sebutkan nomor "
            "klaimnya (ada di \"Cek klaim\") dan apa yang salah."),))
    if own_report == "named":
        return tracking.start(ctx)
    if not ctx.in_progress and _ANIMAL_HARMED.search(found.normalised.text) and found.intent in ANIMAL_READ_AS:
        # "sapi saya jatuh ke parit dan kakinya patah" started a report of the cow's; with the menu, as a message about
        # nothing the bot does
        return Goto(HOME, say=(_("BPJS Ketenagakerjaan melindungi orangnya, bukan hewan ternak atau peliharaan: hewan "
                                 "yang celaka atau mati tidak diganti. Jika Anda sendiri terluka saat bekerja, pilih "
                                 "\"Lapor kecelakaan kerja\"."),))
    if _parked_vehicle_hit(found):
        # "motor sy ditabrak pas diparkir" started a report of the writer's: the bike was hit, no one on it
        return next_steps("accident", "benefits", say=(BELONGINGS_NOT_PAID, _(
            "Kerusakan kendaraan yang sedang diparkir diurus dengan yang menabrak atau asuransinya. Jika Anda "
            "sendiri terluka saat bekerja, pilih \"Lapor kecelakaan kerja\".")))
    if _only_a_thing_fell(found):  # "hp sy jatuh ke air pas narik": was asked whether to report an accident
        return next_steps("accident", "benefits", say=(BELONGINGS_NOT_PAID,))
    if _someone_hit_by_the_writer(found):
        # "sy nabrak orang pas narik, orangnya luka" was a report of the writer's own injury ("Semoga lekas sembuh")
        return next_steps("accident", "benefits", say=(OTHERS_HURT_ON_THE_ROAD,))
    if _no_one_hurt(found):
        return next_steps("accident", "benefits", say=(_(
            "Syukurlah Anda tidak terluka. JKK menanggung cedera karena kecelakaan kerja, bukan kendaraan atau barang. "
            "Jika nanti terasa sakit, periksakan diri dan laporkan kecelakaannya dalam 2×24 jam."),))
    if _others_death_unread(found):  # what the family may claim: the page says both
        return Goto(BenefitsState.JKM)
    if officer_of(ctx.conversation) is None and _an_officer_signing_in(found) \
            and ("saya", "petugas") in itertools.pairwise(found.normalised.tokens) \
            and found.intent in (Intent.TRACK, Intent.STATUS, Intent.UNKNOWN, Intent.HELP):
        # "saya petugas kelurahan, cara verifikasi gimana" listed one's claims; "petugas kelurahan sudah verifikasi klaim
        # saya belum?" asks about one's claim
        return officer.start(ctx)
    if _rt_heads_cover_asked(ctx, found):
        return next_steps("status", "benefits", say=(_(
            "Di sebagian kota, ketua RT juga diikutkan program ini: di Kota Jambi, 1.650 ketua RT dilindungi sejak Mei "
            "2025. Tanyakan ke kelurahan apakah Anda termasuk; kepesertaan Anda bisa dicek di sini dengan NIK."),))
    if _proposal_refused_asked(found) and _rejecting_asked(ctx, found):  # a kelurahan officer's "cara nolak usulan":
        return next_steps("officer", say=(_(  # was told why a resident's proposal may be refused
            "Pilih \"Verifikasi usulan\" di menu petugas, buka usulannya, lalu pilih \"Tolak\" dan pilih atau tulis "
            "alasannya: alasan itu dikirim ke ketua RT yang mengusulkan, dan usulan bisa diajukan lagi setelah "
            "diperbaiki. Bisa juga di meja petugas."),))
    if _proposal_refused_asked(found) and at_an_rt_heads_side(ctx):
        return mine_proposals(ctx)  # an RT head's own ("usulan saya yang ditolak kenapa"): their list, with the reasons
    if _proposal_refused_asked(found):
        return next_steps("status", say=(_(
            "Alasan usulan ditolak dicatat kelurahan, dan ketua RT yang mengusulkan bisa membacanya di menu petugas "
            "(\"Usulan saya\"). Tanyakan ke ketua RT atau kelurahan; usulan bisa diajukan lagi setelah diperbaiki."),))
    if _proposal_progress_asked(found):  # "usulan sy udh disetujui blm": was how one is proposed, or the status check
        if at_an_rt_heads_side(ctx):
            return mine_proposals(ctx)
        return next_steps("status", say=(proposal_time() + " " + _(
            "Sampai di mana usulan Anda bisa dilihat ketua RT yang mengusulkan, di menu petugas (\"Usulan saya\"): "
            "tanyakan kepadanya. Jika nomor HP ini yang dicatat, kabar pendaftarannya juga dikirim ke sini."),))
    if _claim_refused_asked(found):
        return next_steps("track", "benefits", say=(CLAIM_REFUSED,))
    if _claimed_by_a_minor(found):
        bereaved = _bereaved(found)
        return dataclasses.replace(
            next_steps("death", "benefits", say=(SORRY_FOR_LOSS, BY_A_MINOR) if bereaved else (BY_A_MINOR,)),
            conversation=death.condoled(ctx.conversation) if bereaved else None)
    if _claimed_by_a_child(found):
        bereaved = _bereaved(found)
        return dataclasses.replace(
            next_steps("death", "benefits", say=(SORRY_FOR_LOSS, BY_A_CHILD) if bereaved else (BY_A_CHILD,)),
            conversation=death.condoled(ctx.conversation) if bereaved else None)
    if _accident_by_proxy_asked(found):
        return next_steps("accident", "benefits", say=(ACCIDENT_BY_PROXY,))
    if _by_proxy_asked(found):  # condolence said too when a death is told with it
        if ctx.conversation.state in WAITING_FOR_FILES:  # asked at the claim's checklist: kept (it led to the menu's
            return Retry(str(BY_PROXY))  # next steps)
        bereaved = _bereaved(found)
        return dataclasses.replace(
            next_steps("death", "benefits", say=(SORRY_FOR_LOSS, BY_PROXY) if bereaved else (BY_PROXY,)),
            conversation=death.condoled(ctx.conversation) if bereaved else None)
    return None


ENROLLING_SOMEONE = frozenset({"daftarkan", "daftarin", "mendaftarkan"})
ASKING_HOW_OR_WHETHER = frozenset({"bisa", "boleh", "bagaimana", "gimana", "cara", "caranya", "can"})
RECORD_CHECKED = frozenset({"sudah", "terdaftar", "cek", "aktif", "status", "masih"})


def _enrolment_asked(found: Classification) -> bool:
    """Whether someone can be enrolled, which the model took for a status check when "juga" came with it: a record is
    looked up only when one is asked to be checked ("apakah istri saya sudah didaftarkan")."""
    words = set(found.normalised.tokens)
    asked = bool(ENROLLING_SOMEONE & words or _BECOMING_A_PARTICIPANT.search(found.normalised.text))
    return asked and bool(ASKING_HOW_OR_WHETHER & words) and not RECORD_CHECKED & words \
        and not IDENTIFIER.search(found.normalised.text)


def _job_covered_asked(found: Classification) -> bool:
    """A job named with whether it is covered ("sy ojol, kena bpjs ga" was the status check's NIK question before
    "kena" stopped reading as a harm here, when it started an accident report; "sy kerja jadi kuli panggul di pasar,
    kena bpjs ga" was not understood): how such workers are enrolled."""
    words = set(found.normalised.tokens)
    return bool(JOB_WORDS & words) and _COVERED_AS.search(found.normalised.text) is not None \
        and not (HURT | DEATH_WORDS | RECENT_WORDS | RECORD_CHECKED) & words and not IDENTIFIER.search(found.normalised.text)


def _job_told_alone(found: Classification, text: str) -> bool:
    """One's job of the proposals' list told and no more ("sy marbot masjid", "saya pemulung"): was not understood. What
    it most likely asks: whether such a worker can join."""
    tokens = found.normalised.tokens
    return found.intent is Intent.UNKNOWN and 2 <= len(tokens) <= JOB_TOLD_AT_MOST and tokens[0] in FIRST_PERSON \
        and job_named(text) is not None


_COVERED_AS = re.compile(r"\b(?:kena|masuk|ikut|dapat|dapet) (?:bpjs|program|jaminan)\b")
_BECOMING_A_PARTICIPANT = re.compile(r"\b(?:jadi|menjadi|become) (?:a )?peserta\b")
"""Normalised: "cara menjadi peserta bpjs tk", "how do i become a participant" ("participant" reads "peserta"): how to
be enrolled (they got the status check's NIK question)."""


def _one_programme_named(found: Classification) -> BenefitsState | None:
    """A question naming JKK or JKM alone that the model could not place: that programme's page."""
    words = set(found.normalised.tokens)
    if {"jkk", "jkm"} <= words or not (ASKING_ABOUT_RULES | {"masuk", "bagaimana", "kah"}) & words:
        return None
    return BenefitsState.JKK if "jkk" in words else BenefitsState.JKM if "jkm" in words else None


NEAR = frozenset({"hampir", "nyaris", "almost"})
MISHAP = frozenset({"tabrakan", "jatuh", "kecelakaan", "terjatuh", "keserempet", "serempet"})
UNHURT = (("tidak", "luka"), ("tidak", "apa"), ("tidak", "kenapa"), ("tidak", "cedera"))
FINE = frozenset({"gpp", "gapapa", "gakpapa", "aman"})
VEHICLES = frozenset({"motor", "mobil", "kendaraan", "sepeda", "gerobak", "becak", "angkot", "truk", "spion", "helm"})
DAMAGED = frozenset({"rusak", "lecet", "penyok", "pecah", "baret", "hancur", "patah", "ringsek", "bonyok"})
ONLY = frozenset({"doang", "saja", "cuma", "hanya"})
"""Normalised: "aja" reads as "saja". "motor rusak doang", "cuma motor lecet": no one hurt, only the vehicle."""
HARM = HURT - DEATH_WORDS | {"lecet", "keseleo", "memar", "bengkak", "robek", "sobek", "pingsan"}


def _after_the_greeting(text: str) -> tuple[str, Classification] | None:
    """What follows a greeting, read on its own when it says something: "halo, bapak saya ojol meninggal tabrakan minggu
    lalu, katanya dapat 70 juta ya?" got the menu alone (the greeting's cue outweighed a death read as hearsay). Not a
    guess of the model's ("halo apa kabar semua" is a greeting)."""
    told = GREETING_OPENING.sub("", text, count=1)
    if told == text or len(told.split()) < 3:
        return None
    found = classify(told)
    if found.by_model and not found.cues or found.intent is Intent.UNKNOWN and not _bereaved(found):
        return None
    return told, found


def _benefit_heard_of(found: Classification) -> bool:
    """"bapak saya ojol meninggal tabrakan minggu lalu, katanya dapat 70 juta ya?" was "not understood": "katanya" reads
    as hearsay of someone else's death, here it is what the benefit was said to be."""
    tokens = found.normalised.tokens
    return any(word == "katanya" and {"dapat", "santunan", "juta", "uang", "cair"} & set(tokens[n + 1:n + 4])
               for n, word in enumerate(tokens))


IN_PROCESS = frozenset({"diproses", "proses", "diverifikasi", "verifikasi", "diperiksa", "nunggu", "menunggu"})


def _thanks_for_a_payout(found: Classification) -> bool:
    """Thanks for a benefit received, told with it: nothing asked."""
    words = set(found.normalised.tokens)
    return (bool({"terimakasih", "makasih", "thanks"} & words) and "sudah" in words
            and bool({"masuk", "cair", "diterima"} & words) and bool({"santunan", "dana", "uang", "beasiswa"} & words)
            and found.intent not in CLAIMS and not (QUESTION_WORDS | {"belum", "apa", "apakah"}) & words)


def _claim_told_refused(found: Classification) -> bool:
    """One's claim told refused ("klaim jkm saya ditolak, alasannya almarhum tidak aktif" started a new death claim, with
    condolence): one's claims, whose list gives the reason, as for "kenapa klaim saya ditolak?"."""
    words = set(found.normalised.tokens)
    return bool(REFUSED & words) and bool(CLAIM_NAMED & words) and not (FACILITY | PROXY) & words


def _claim_in_process(found: Classification) -> bool:
    """A claim already made, said to be in process, with nothing of a new case told ("klaim jkk saya lagi diproses"
    started an accident report with it as the story): one's claims."""
    words = set(found.normalised.tokens)
    return (bool(IN_PROCESS & words) and bool(CLAIM_NAMED & words)
            and not (HARM | MISHAP | DEATH_WORDS | RECENT_WORDS) & words and find_injury(found.normalised.text) is None)


COMPLAINING = frozenset({"komplain", "keluhan", "mengeluh", "pengaduan", "complain", "complaint"})
NOT_GETTING_IT = frozenset({"mengerti", "ngerti", "paham", "nyambung", "understand"})
DULL = frozenset({"bodoh", "bego", "goblok", "tolol", "oon", "dungu", "payah", "lemot", "stupid", "useless", "dumb"})


def _frustrated(found: Classification) -> bool:
    """The bot not understanding, said to it ("bot nya ga ngerti terus", "jawabannya salah", "kok muter2 terus", "ga
    nyambung"): an apology and the way to a person, rather than the help list or "not understood" again."""
    tokens = found.normalised.tokens
    words = set(tokens)
    not_getting_it = bool(NEGATIONS & words and NOT_GETTING_IT & words) and not {"saya", "aku"} & words
    wrong_answer = bool({"jawaban", "jawabannya", "balasan", "balasannya"} & words) and (
        bool({"salah", "keliru"} & words) or ("tidak", "bantuan") in itertools.pairwise(tokens))  # "jawabannya ga
    # membantu" ("membantu" reads "bantuan"): was the help list
    going_round = "muter" in words or bool({"berputar", "putar"} & words) and "terus" in words
    insulted = bool({"bot", "kamu"} & words and DULL & words)  # "botnya bodoh" was not understood
    return (not_getting_it or wrong_answer or going_round or insulted) and len(tokens) <= 6 \
        and found.intent in (Intent.UNKNOWN, Intent.HELP)


FILED_BEFORE = frozenset({"sudah", "habis", "telah"})


def _own_report_named(found: Classification) -> Literal["named", "wrong"] | None:
    """One's report already made ("saya sudah lapor kecelakaan kemarin, sekarang apa" was asked whether to report,
    "habis lapor, dokumen apa yang harus dikirim" got the JKM papers, "bisa lihat laporan saya?" and "saya lupa nomor
    laporan saya" were not understood): one's claims, which show it, its number and its papers; said to be wrong
    ("laporan saya salah tanggal, bisa diganti?" got the participant record's correction): an officer corrects it."""
    tokens = found.normalised.tokens
    pairs = set(itertools.pairwise(tokens))
    filed = any((before, "lapor") in pairs for before in FILED_BEFORE)
    mine = ("lapor", "saya") in pairs and not (MISHAP | HARM | DEATH_WORDS) & set(tokens)
    if not (filed or mine) or KIN_WORDS & set(tokens):
        return None
    return "wrong" if mine and WRONG_OR_CHANGED & set(tokens) else "named"



_FILLERS = ONLY | {"yang", "nya", "sedikit"}


def _said_of(after: tuple[str, ...]) -> tuple[str, ...]:
    """What is said of a thing named just before: the next word, or the one after fillers ("motor saja yang rusak")."""
    while len(after) > 1 and after[0] in _FILLERS:
        after = after[1:]
    return after[:1]


def _no_one_hurt(found: Classification) -> bool:
    """A near miss, or a mishap with no one hurt, read as an accident ("kemarin hampir ketabrak" started a report):
    nothing to report yet. Where the model read nothing ("saya diserempet mobil tadi tapi ga apa2", a crash seen: "td ad
    tabrakan di perempatan, aman kok sy gk knp2") it stays "not understood", as the labelled set has it (tried there
    too: it moved a held-out message). Only the vehicle damaged ("motor rusak doang", "saya gpp cuma motor lecet") is no
    one hurt too, whatever the model read: JKK pays for the worker, not the bike."""
    tokens = found.normalised.tokens
    words = set(tokens)
    near = any(first in NEAR and second in MISHAP for first, second in itertools.pairwise(tokens))
    unhurt_said = any(pair in UNHURT for pair in itertools.pairwise(tokens))  # "saya tidak cedera, cuma motor lecet"
    unhurt = (unhurt_said or bool(FINE & words)) and bool(MISHAP & words)
    negated = {second for first, second in itertools.pairwise(tokens) if first == "tidak"}
    of_the_vehicle = {word for n, vehicle in enumerate(tokens) if vehicle in VEHICLES
                      for word in _said_of(tokens[n + 1:n + 4]) if word in DAMAGED}  # "motor lecet": the bike's
    only_the_vehicle = bool(of_the_vehicle) and bool(ONLY & words) and (bool((MISHAP | FINE) & words) or unhurt_said)
    hurt = HARM & words - negated - of_the_vehicle
    seen = any(first == "ada" and second in MISHAP for first, second in itertools.pairwise(tokens))
    told = found.intent is Intent.ACCIDENT or only_the_vehicle
    return (told and (near or unhurt or only_the_vehicle) and not seen and not hurt
            and not DEATH_WORDS & words and not KIN_WORDS & words)


HITTING = frozenset({"nabrak", "menabrak", "nyerempet", "menyerempet", "nubruk", "nabrakin", "nyenggol", "menyenggol"})
"""The writer hitting someone, as typed (the normaliser reads "nabrak" and "ditabrak" alike)."""
HIT_PEOPLE = frozenset({"orang", "pejalan", "anak", "nenek", "kakek", "pengendara", "pemotor", "ibu", "bapak", "pedagang",
                        "penyeberang", "motor", "mobil", "sepeda", "becak", "gerobak"})
_OWN_HARM_TOO = re.compile(rf"\b{BODY_PART} saya\b|\bsaya (?:juga|jg|ikut) (?:luka|terluka|jatuh|cedera|lecet|patah)\b")


def _someone_hit_by_the_writer(found: Classification) -> bool:
    """The person the writer hit hurt ("sy nabrak orang pas narik, orangnya luka", "sy nyenggol anak kecil pas antar
    paket, dia jatuh"): JKK is the worker's. Not when the writer is hurt too ("kaki sy luka", "sy jg luka"). A passenger
    hurt is asked.OTHERS_HURT_ON_THE_ROAD's other reader."""
    tokens = found.normalised.tokens
    typed = {note.partition("→")[0] for note in found.normalised.notes} | set(tokens)
    hit = bool(HITTING & typed) and any(writer == "saya" and then in HIT_PEOPLE for writer, _hitting, then in
                                        zip(tokens, tokens[1:], tokens[2:]))
    return (found.intent is Intent.ACCIDENT and hit and not _OWN_HARM_TOO.search(found.normalised.text)
            and not DEATH_WORDS & set(tokens))


PARKED = frozenset({"parkir", "diparkir", "terparkir", "parkiran"})
_ATTENDANTS = frozenset({"tukang", "jukir", "juru", "satpam"})


def _parked_vehicle_hit(found: Classification) -> bool:
    """The writer's vehicle hit while parked, no one hurt told ("motor sy ditabrak pas diparkir", "mobil saya keserempet
    di parkiran"): the bike's damage, not a work accident. Not a parking attendant's own accident ("sy jukir, ditabrak
    motor pas lagi parkir": the vehicle is not the writer's)."""
    tokens = found.normalised.tokens
    words = set(tokens)
    owned = any(vehicle in VEHICLES and after == "saya" for vehicle, after in itertools.pairwise(tokens))
    return (owned and bool(PARKED & words) and bool(MISHAP & words) and not HARM & words
            and not (_ATTENDANTS | DEATH_WORDS | KIN_WORDS) & words)


def _only_a_thing_fell(found: Classification) -> bool:
    """A phone or a wallet dropped, said first, with no one hurt ("hp sy jatuh ke air pas narik", "dompet saya jatuh"):
    belongings, which JKK does not pay for. Broken or lost too: the menu's fuller answer (asked.py)."""
    words = set(found.normalised.tokens)
    return (found.intent is Intent.ACCIDENT and THING_FELL.match(found.normalised.text) is not None
            and not (HARM | DEATH_WORDS | _RUINED) & words and find_injury(found.normalised.text) is None)


SOMEONE_DIED = frozenset(("ada", who, "meninggal") for who in ("yang", "orang", "warga"))
"""Someone's death told as news, not a relative's."""


def _others_death_unread(found: Classification) -> bool:
    """A neighbour's or a friend's death the model could not place ("tetangga saya ojol meninggal kecelakaan, keluarganya
    harus ngapain" was not understood), with what to do asked: a death only heard of is the labelled set's "not
    understood" ("tetangga cerita ada orang meninggal …, bukan keluarga saya sih"). Told with the deceased's family named
    ("teman saya meninggal, keluarganya bingung"), it started a claim by the writer as "other": the page says who claims."""
    words = set(found.normalised.tokens)
    theirs = FAMILY_WORDS & {typed.removesuffix("nya") for typed, _sep, _read in
                             (note.partition("→") for note in found.normalised.notes) if typed.endswith("nya")}
    own = FAMILY_WORDS & words - theirs  # "istri saya bingung": the writer's own family
    if found.intent is Intent.DEATH and not own and (theirs or "di" in words) and any(
            window in SOMEONE_DIED for window in zip(found.normalised.tokens, found.normalised.tokens[1:],
                                                     found.normalised.tokens[2:])):
        return True  # "ada yg meninggal di kampung sebelah, …" started a claim by the writer; "ada yang meninggal" alone
        # may be the writer's own family: asked
    return (found.intent is Intent.UNKNOWN and bool(DEATH_WORDS & words) and bool(NOT_HEIRS & words)
            and bool({"harus", "ngapain", "klaim", "santunan", "urus"} & words) and "bukan" not in words
            or found.intent is Intent.DEATH and bool(NOT_HEIRS & words) and bool(theirs) and not own
            and not {"urus", "klaim", "tolong", "ajukan"} & words)  # "…, istrinya minta tolong urus klaim": by proxy


def _claim_refused_asked(found: Classification) -> bool:
    """Not a hospital refusing a patient (asked.FACILITY: where treatment is paid), nor a claim told refused by a caller
    asking money (the scam warning)."""
    words = set(found.normalised.tokens)
    if {"banding", "sanggah", "sanggahan", "appeal"} & words and len(words) <= APPEAL_ALONE_AT_MOST \
            and found.intent in (Intent.UNKNOWN, Intent.HUMAN):
        return True  # "sy mau ngajuin banding": was not understood; "can i appeal the decision" the hand-off
    return (bool(REFUSED & words) and bool(CLAIM_NAMED & words) and not (FACILITY | PROXY) & words
            and found.intent is not Intent.SCAM and bool(APPEALING & words or not FIRST_PERSON & words))


APPEAL_ALONE_AT_MOST = 5


WAIT_WORDS = ASKED_TO_WAIT | {"moment", "otw", "hold", "minute", "sec"}
WHILE_WAITING = WAIT_WORDS | KIN_WORDS | DEFERRING | frozenset({
    "ya", "yah", "dulu", "saya", "sy", "aku", "cari", "dicari", "carikan", "ambil", "diambil", "cek", "lihat", "liat",
    "ktp", "kk", "kartu", "nik", "kpj", "nya", "lagi", "masih", "min", "kak", "pak", "bu", "mas", "mbak", "bang", "ok",
    "oke", "mohon", "nomor", "almarhum", "almarhumah", "dokumen", "berkas", "foto", "surat", "a", "one", "sec", "let",
    "me", "check", "find", "it", "my", "please", "tolong", "on", "just", "give", "di", "rumah", "hp", "data", "katanya",
    "cocokkan", "cocokin",
    "saja", "tanya", "tanyakan", "tanyain", "rt", "ketuart"})
"""A message that only asks the bot to wait while the answer is fetched ("bentar ya saya cari ktp dulu", "sebentar, ktp
bapak saya lagi dicari", "tunggu ya saya cek dulu kpj nya"), or checked ("nanti dulu", "bentar sy cocokkan dulu
datanya" at an RT head's summary were not understood). "katanya" is how "datanya" reads (the typo corrector's
guess; known words for it would change the shipped model's tokens)."""


A_MOMENT = WAIT_WORDS - {"nanti", "ntar", "entar", "otw"}
"""The words of a wait that is no goodbye ("nanti saya tanya lagi", "otw" may be one)."""


def _asks_to_wait(tokens: tuple[str, ...]) -> bool:
    """A wait word, or what one does first ("sy cek dulu ya" at an RT head's summary was not understood)."""
    first = "dulu" in tokens and bool((DEFERRING | {"tanya"}).intersection(tokens))
    return (bool(WAIT_WORDS.intersection(tokens)) or first) and WHILE_WAITING.issuperset(tokens)


MINOR = frozenset({"ringan", "kecil", "sedikit", "dikit", "minor"})
MINOR_INJURY_COVERED = lazy_gettext(
    "Ya. Pengobatan karena kecelakaan kerja ditanggung JKK, ringan atau berat. Santunan pengganti penghasilan dibayar "
    "hanya selama dokter menyatakan belum bisa bekerja. Laporkan kecelakaannya dalam 2×24 jam.")
"""FACTS.md §5: medical care as needed, STMB while unable to work."""


def _minor_injury_asked(ctx: Ctx[Any], found: Classification) -> bool:
    """Whether a slight injury is covered, asked as a rule: no accident told ("saya lecet sedikit kemarin …" is its
    report). At the menu the JKK page answers it as the labelled set has it; under that page, not the page again."""
    words = set(found.normalised.tokens)
    if found.intent is Intent.ACCIDENT and not found.own_case and MINOR & words and "lapor" in words \
            and {"perlu", "harus", "wajib"} & words and not (RECENT_WORDS | DEATH_WORDS) & words:
        return True  # "luka kecil aja perlu lapor?": was asked whether to report one, with a get-well wish
    where = found.intent is Intent.UNKNOWN or ctx.conversation.state in (BenefitsState.JKK, BenefitsState.JKK_MORE)
    return (where and bool(MINOR & words) and bool({"luka", "lecet", "cedera", "terluka"} & words)
            and bool((COVER_ASKED | {"dapat", "juga", "bisa", "klaim", "apakah"}) & words)
            and not found.starts_claim and found.intent in (Intent.JKK_INFO, Intent.UNKNOWN)
            and not (RECENT_WORDS | DEATH_WORDS) & words)


OFF_WORK = frozenset({"kerja", "bekerja", "ojek", "jualan", "berjualan", "dagang", "berdagang", "melaut", "work"})
""""narik" reads as "ojek"."""
INCOME_REPLACED = frozenset({"uang", "ganti", "pengganti", "gaji", "penghasilan", "income", "paid"})


def _income_while_off_asked(found: Classification) -> bool:
    """What is paid while one cannot work, asked as a rule, no case or claim told (the model's guesses: the enrolment
    answer, the status check)."""
    tokens = found.normalised.tokens
    words = set(tokens)
    cannot = any(first in {"tidak", "belum"} and second in {"bisa", "kerja", "bekerja"}  # "selama ga kerja"
                 for first, second in itertools.pairwise(tokens))
    return (cannot and bool(OFF_WORK & words) and bool(INCOME_REPLACED & words) and not DEATH_WORDS & words
            and "sakit" not in words and not find_illness(found.normalised)  # an illness: its own answer
            and (found.intent in (Intent.NOMINATE, Intent.UNKNOWN, Intent.STATUS, Intent.HELP)
                 or found.by_model and found.intent is Intent.JKK_INFO and not found.cues and "bisa" not in words))
    # "pengganti gaji selama ga kerja brp" was told an accident off work is no work accident ("stmb itu apa? dapat gaji
    # selama gak bisa kerja?" is STMB's own line)


def _claimed_by_a_minor(found: Classification) -> bool:
    """A child not yet grown named with a claim's handling, asked as a question ("bisa", "boleh", "siapa",
    "gimana"); a young child's own death is death_not_covered's, the scholarship asked of a school child its page's."""
    words = set(found.normalised.tokens)
    return (UNDER_AGE.search(found.normalised.text) is not None and bool(HANDLING_A_CLAIM & words)
            and bool(ASKING_WHETHER_OR_WHO & words) and not {"beasiswa", "scholarship"} & words
            and found.intent in (Intent.DEATH, Intent.UNKNOWN, Intent.TRACK, Intent.JKM_INFO))


PARENT_OR_SPOUSE = frozenset({"istri", "suami", "ibu", "bapak", "ayah", "mama", "papa", "emak", "mamak", "abah", "umi"})


def _claimed_by_a_child(found: Classification) -> bool:
    """A child named with a claim's handling, asked whether or who ("bisa", "siapa", "anak saya yang klaim?"), with
    the other parent (or the participant's spouse) dead or gone too: the child claims. Not a minor (BY_A_MINOR)."""
    tokens = found.normalised.tokens
    words = set(tokens)
    asking_who = bool(ASKING_WHETHER_OR_WHO & words) or ("yang", "klaim") in itertools.pairwise(tokens)
    two_gone = bool(PARENT_OR_SPOUSE & words) and (
        tokens.count("meninggal") >= 2 or "meninggal" in words and told_gone(found)
        or "meninggal" in words and bool({"juga", "also"} & words) and bool({"istri", "suami"} & words))
    return (bool(death.CHILDREN & words) and bool(HANDLING_A_CLAIM & words) and asking_who and two_gone  # "children" too
            and not found.starts_claim
            and UNDER_AGE.search(found.normalised.text) is None and not {"beasiswa", "scholarship"} & words
            and found.intent in (Intent.DEATH, Intent.UNKNOWN, Intent.TRACK, Intent.JKM_INFO))


def _by_proxy_asked(found: Classification) -> bool:
    """Also a claim handled for a neighbour or a friend ("bisakah saya mengurus klaim untuk tetangga": was not
    understood)."""
    words = set(found.normalised.tokens)
    for_another = ({"untuk", "buat", "for", "bantu", "bantuan"} & words) and {
        "tetangga", "teman", "kawan", "rekan", "neighbour", "neighbor", "friend"} & words and {
        "urus", "bantu", "ajukan"} & words  # "tetangga sy meninggal, …, sy bantu urus bisa?": was the claim's question
    handled = bool(OF_A_CLAIM & words) or any(word.startswith(("ngurus", "diurus", "mengurus")) for word in words)
    return bool(PROXY & words or {"someone", "else"} <= words or for_another) and bool(handled or (
        PROXY & words and {"kantor", "office"} & words)) and (
        found.intent in (Intent.DEATH, Intent.UNKNOWN, Intent.TRACK, Intent.JKM_INFO, Intent.LOAN)
        or found.intent is Intent.JHT and not OLD_AGE_SAVINGS & words
        or found.intent is Intent.HUMAN and bool(PROXY & words and KIN_WORDS & words))
    # "bisa diwakilkan adik sy ga yg urus" was handed to an officer ("diwakilkan" read as a representative asked for),
    # "bisa diwakilkan ga ngurusnya?" not understood
    # LOAN: "klaim bisa diwakilkan ga" was told that loans are not handled here; JHT: "klaim bisa diwakilkan?", "sy ga
    # bisa ke kantor bpjs, bisa diwakili adik?" were told about the old-age savings, which they never named


OLD_AGE_SAVINGS = frozenset({"jht", "hari", "tua", "saldo", "tabungan", "pensiun"})


SERVICE_COMPLAINT = lazy_gettext(
    "Maaf atas pengalaman itu. Keluhan tentang layanan kantor cabang BPJS Ketenagakerjaan bisa disampaikan ke Contact "
    "Center 175. Untuk keluhan tentang layanan di sini, ketik \"bicara dengan petugas\".")
SERVICE = frozenset({"pelayanan", "pelayanannya", "layanan", "layanannya", "petugas", "petugasnya", "cs", "service"})
POOR = frozenset({"lambat", "lelet", "jutek", "judes", "kasar", "ribet", "kecewa", "mengecewakan", "buruk", "jelek",
                  "parah", "slow", "rude"})
QUEUE = frozenset({"antri", "antre", "antrian", "antrean", "ngantri", "ngantre", "queue"})


def _service_complained_of(found: Classification) -> bool:
    """How one was served, complained of: where a complaint goes (the branch's to 175; this service's to an officer).
    Not money asked, which is a scam's mark, nor a claim's slowness, which one's claims answer."""
    words = set(found.normalised.tokens)
    queued = bool(QUEUE & words) and bool(POOR & words or "lama" in words)  # "antri di kantor bpjs lama banget": not
    # understood
    return ((bool(SERVICE & words) and bool(POOR & words) or queued) and len(found.normalised.tokens) <= 10
            and not (MONEY | CLAIM_NAMED | DEATH_WORDS) & words)


LATER = frozenset({"nanti", "besok", "ntar", "nti", "entar", "lusa"})
COMING_BACK = frozenset({"hubungi", "kabar", "kabari", "kabarin", "chat", "wa", "kontak", "tanya", "nanya", "kirim", "balik",
                         "lanjut", "lanjutkan", "sambung"})
COMING_BACK_ABOUT = frozenset({"klaim", "nik", "kpj", "santunan", "dokumen", "foto", "ktp", "kk", "iuran", "petugas",
                               "usulan"})
"""What a message coming back later would be about: said with it, the topic leads ("nanti saya kirim foto ktp nya")."""


def _signing_off(found: Classification, text: str) -> bool:
    """"nanti saya kabari lagi", "besok saya chat lagi ya", "ok nanti saya tanya lagi": a goodbye, not a request."""
    words = set(found.normalised.tokens)
    return (bool(LATER & words) and bool(FIRST_PERSON & words) and bool(COMING_BACK & words)
            and bool({"lagi", "kembali"} & words) and not COMING_BACK_ABOUT & words and not is_asking(text)
            and len(found.normalised.tokens) <= 8)


GOING_TO_THE_OFFICE = lazy_gettext(
    "Baik. Ke kantor cabang BPJS Ketenagakerjaan, bawa e-KTP dan dokumen aslinya. Klaim tidak dipungut biaya.")
"""Said to someone telling that they will go to the branch office: a plan, not a question (FACTS.md §7, §11)."""
PLANNING = frozenset({"dulu", "besok", "nanti", "lusa", "sekarang", "mau", "akan", "langsung", "will", "tomorrow", "later",
                      "today", "going"})
NOT_A_PLAN = MONEY | frozenset({"minta", "penipu", "penipuan", "tutup", "jauh", "antri", "antre", "ditolak", "disuruh"})
"""What makes the office no plan of the user's own: money asked, a refusal, a complaint ("disuruh ke kantor bpjs bayar
admin" is a scam's mark)."""


def _going_to_the_office(found: Classification, text: str) -> bool:
    """"ok saya ke kantor bpjs dulu", "saya ke kantor bpjs besok": got the scam warning or the JKM page."""
    words = set(found.normalised.tokens)
    return (bool({"kantor", "office"} & words) and bool({"ke", "to"} & words) and bool(FIRST_PERSON & words)
            and bool(PLANNING & words)
            and not (NOT_A_PLAN | CLAIM_NAMED | DEATH_WORDS | {"kecelakaan", "jkm", "jkk"}) & words
            and not is_asking(text) and len(found.normalised.tokens) <= 10)  # a claim named: its own answers


PAPERS_FOR_A_PROPOSAL = lazy_gettext(
    "Untuk mengusulkan Anda ke program ini, ketua RT memerlukan data dari KTP atau KK (NIK, nama, tanggal lahir, "
    "alamat, nomor HP) dan persetujuan Anda. Pengusulan tidak dipungut biaya: jika diminta uang, PIN atau kode OTP, "
    "tolak dan laporkan ke kelurahan atau Contact Center 175.")
NO_FEE_FOR_A_PROPOSAL = lazy_gettext(
    "Pengusulan ke program ini tidak dipungut biaya. Jika ketua RT atau siapa pun meminta uang untuk itu, tolak dan "
    "laporkan ke kelurahan atau Contact Center 175.")
NO_FEE_ASKED_BY_THE_KELURAHAN = lazy_gettext(
    "Pengusulan ke program ini tidak dipungut biaya. Jika petugas kelurahan atau siapa pun meminta uang untuk itu, "
    "tolak dan laporkan ke kecamatan, Disnaker atau Contact Center 175.")
PROPOSERS = LOCAL_OFFICE - {"desa", "kecamatan", "camat"}
PROPOSAL_PAPERS = frozenset({"ktp", "kk", "fotokopi", "nik", "data"})
BEING_PROPOSED = JOINING | frozenset({"usul", "usulan", "diusulkan", "ngusulin", "usulin", "usulkan"})
"""Not "daftarin": "ketua rt minta 50 ribu buat daftarin bpjs …" is the scam warning, as the labelled set has it."""


def _asked_for_a_proposal(found: Classification) -> LazyText | None:
    """The RT head (or the kelurahan) asking something of one to propose them: money for it is refused and reported
    ("my rt head asked for money to register me" opened an RT head's sign-in); the KTP or KK is what a proposal needs
    ("pak rt minta fotokopi ktp" got the scam warning, which could turn a neighbour from being proposed)."""
    words = set(found.normalised.tokens)
    if not (PROPOSERS & words and DEMANDED & words) or (DEATH_WORDS | CLAIM_NAMED) & words:
        return None
    if MONEY & words and BEING_PROPOSED & words:  # not "laporkan ke kelurahan" when it was the kelurahan asking
        return NO_FEE_ASKED_BY_THE_KELURAHAN if {"kelurahan", "lurah"} & words else NO_FEE_FOR_A_PROPOSAL
    if MONEY & words or SELFIE & words:  # a selfie with the KTP: asked.py's warning
        return None
    return PAPERS_FOR_A_PROPOSAL if PROPOSAL_PAPERS & words else None


LAID_OFF = frozenset({"phk", "dipecat", "pecat", "pesangon", "dirumahkan", "fired", "layoff", "laid"})
_JOB_LOST = re.compile(r"\b(?:lost|kehilangan)\s+(?:saya\s+)?kerja\b")
"""Normalised: "i lost my job", "saya kehilangan pekerjaan" (were not understood)."""


def _laid_off(found: Classification) -> bool:
    """Losing one's job told with a question what it pays: the cover here pays for accidents and deaths, a layoff is
    JHT's (its savings paid out) and the employer's. Not an accident or a death told with it."""
    words = set(found.normalised.tokens)
    guessed_status = found.intent is Intent.STATUS and found.by_model  # "saya di phk": was the NIK question
    told = bool(LAID_OFF & words) or _JOB_LOST.search(found.normalised.text) is not None
    return (told and (found.intent in (Intent.TRACK, Intent.JKM_INFO, Intent.JKK_INFO, Intent.UNKNOWN)
                                        or guessed_status
                                        or found.intent is Intent.SCAM and not SCAM_MARKS & words)  # "sy di phk,
            # dapat pesangon dr bpjs?" was the scam warning
            and not (DEATH_WORDS | HURT) & words and find_injury(found.normalised.text) is None)


def _more_received_asked(found: Classification) -> bool:
    """Why someone else received more ("kok temen sy dapet lebih banyak"): was not understood."""
    words = set(found.normalised.tokens)
    return {"dapat", "lebih"} <= words and bool({"banyak", "besar"} & words)


def _cover_after_a_layoff(found: Classification) -> bool:
    """Laid off, asked whether the cover goes on ("kena phk, masih ditanggung?", "i lost my job, am i still covered"):
    the status check's question (it got JHT's answer)."""
    return _laid_off(found) and _STILL_COVERED.search(found.normalised.text) is not None


_STILL_COVERED = re.compile(r"\b(?:masih|msh|still) (?:\w+ )?(?:aktif|manfaat|ditanggung|terdaftar|dilindungi|peserta)\b")
"""Normalised: "still covered" ("covered" reads "manfaat"), "masih aktif", "masih ditanggung"."""


def _accident_by_proxy_asked(found: Classification) -> bool:
    """An accident report made by someone else asked about ("klaim kecelakaan bisa diwakilkan istri?"): was only asked
    whether to report. Not an accident told with it (its report asks who was hurt)."""
    words = set(found.normalised.tokens)
    return (bool(PROXY & words) and bool({"kecelakaan", "jkk"} & words) or _my_claim_by_kin(found)) \
        and not (DEATH_WORDS | RECENT_WORDS) & words and find_injury(found.normalised.text) is None


_FOR_ME = re.compile(r"\b(?:klaim|lapor|urus) (?:\w+ )?saya\b|\buntuk saya\b")
"""One's own claim, in normalised words ("klaim saya", "urus klaim saya", "for me" reads "untuk saya")."""


def _my_claim_by_kin(found: Classification) -> bool:
    """A relative handling the writer's own claim, asked ("istri sy bisa klaim untuk sy?", "bisa istri yang urus klaim
    saya?", "can my wife claim for me": were not understood): the writer is alive, so it is an accident's."""
    words = set(found.normalised.tokens)
    return bool(FAMILY_WORDS & words) and bool({"bisa", "boleh"} & words) and bool({"klaim", "urus", "lapor"} & words) \
        and _FOR_ME.search(found.normalised.text) is not None and found.intent is Intent.UNKNOWN


def _enrolling_on_ones_own(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return ("daftar" in words and bool(ON_ONES_OWN & words or BESIDES & words and "rt" in words)
            and "sudah" not in words)


def help_answer(ctx: Ctx[Any]) -> Outcome:
    return next_steps(
        "status", "benefits", "death",
        say=(
            # Read by someone confused ("saya bingung cara pakainya"): 562 characters before, 4 points and 2 sentences
            _("Saya bisa membantu:\n"
              "• cek kepesertaan Anda (perlu NIK, dan nomor KPJ atau HP terdaftar);\n"
              "• menjelaskan manfaat JKK (kecelakaan kerja) dan JKM (kematian), dan menghitung santunannya;\n"
              "• mencatat laporan kecelakaan kerja atau klaim santunan kematian, dengan daftar dokumennya, lalu "
              "mengikutinya sampai dibayar.\n"
              "Ketik \"menu\", \"kembali\", \"batal\" atau \"bahasa\" kapan saja. Hal lain: Contact Center BPJS "
              "Ketenagakerjaan 175."),
        ),
    )


NEXT_AFTER: dict[Intent, tuple[str, ...]] = {
    Intent.JHT: ("benefits", "status"),
    Intent.JKN: ("accident", "benefits"),
    Intent.APP: ("status", "track"),
    Intent.LOAN: ("benefits", "status"),
    Intent.SCAM: ("death", "benefits"),
}
"""What usually comes next after an out-of-scope answer: ids of the main menu's entries."""


SORRY_FOR_LOSS = lazy_gettext("Turut berduka cita atas kepergian keluarga Anda.")
"""Said before an answer or a question to someone who has just told of a death in the family."""


def _bereaved(found: Classification) -> bool:
    """A message telling of a death in the writer's family ("suami saya meninggal minggu lalu, …", "bapak saya sudah
    tidak ada")."""
    tokens = found.normalised.tokens
    words = set(tokens)
    died = any(word in DEATH_WORDS and (index == 0 or tokens[index - 1] not in BENEFIT_NOUNS
                                        or _kin_of_the_writer(tokens[index + 1:index + 3]))
               and not _of_anyone(tokens[:index]) for index, word in enumerate(tokens))
    if _not_the_writers_kin(tokens) or NEWS & words or REGIONAL_IF & words:
        return False
    kin = FAMILY_WORDS & words
    if kin == {"keluarga"} and died and tokens.index("keluarga") > min(
            index for index, word in enumerate(tokens) if word in DEATH_WORDS):
        return False  # "pak rt di kampung sebelah meninggal, keluarganya dapat santunan?": the family is the deceased's
    return bool((died or told_gone(found)) and kin) and not HYPOTHETICAL_WORDS & words


def _kin_of_the_writer(following: tuple[str, ...]) -> bool:
    """"… ibu saya" after "santunan kematian": the benefit of the writer's mother's death, a death told ("mau tanya
    santunan kematian ibu sy" was asked whether to claim without a word of condolence)."""
    return len(following) == 2 and following[0] in FAMILY_WORDS and following[1] == "saya"


NEWS = NEWS_WORDS | {"kabar", "news"}
"""A death in the news ("berita ojol meninggal di jalan arteri semarang, keluarganya dapat santunan apa?"): condolence
for the writer's family was said."""
REGIONAL_IF = frozenset({"nek", "yen", "lamun", "amun"})
""""If" in Javanese, Sundanese, Banjar, which the normaliser leaves ("nek bapake seda" asks of a death to come)."""


def _others_death(found: Classification) -> bool:
    """A neighbour's or a friend's death told, or their kin's, or a resident's ("ada warga meninggal": mourned as the
    writer's family): mourned once, not as the writer's family."""
    tokens = found.normalised.tokens
    return found.intent is Intent.DEATH and bool(DEATH_WORDS & set(tokens)) and (
        _not_the_writers_kin(tokens) or _a_death_nearby(tokens) and bool({"warga", "orang"} & set(tokens)))


def _not_the_writers_kin(tokens: tuple[str, ...]) -> bool:
    """The first person named is a neighbour or a friend, or kin of one: "tetangga sy meninggal td pagi, keluarganya …",
    "istri teman saya meninggal"."""
    at = next((index for index, word in enumerate(tokens) if word in KIN_WORDS), None)
    return at is not None and bool(NOT_HEIRS & set(tokens[at:at + 2]))


ANYONE = frozenset({"peserta", "pekerja", "participant", "participants", "worker", "workers", "anggota"})
_BEFORE_A_DEATH = frozenset({"yang", "sudah", "telah", "who", "that", "has", "have"})


def _of_anyone(before: tuple[str, ...]) -> bool:
    """A death of a participant in general ("beasiswa anak peserta yang meninggal syaratnya apa?"), no one's told: was
    answered with condolence, "anak" being family."""
    words = [word for word in before if word not in _BEFORE_A_DEATH]
    return bool(words) and words[-1] in ANYONE and words[-2:-1] != ["saya"]  # not "suami saya peserta, sudah meninggal"


BENEFIT_NOUNS = frozenset({"santunan", "jaminan", "klaim", "asuransi", "dana", "uang", "biaya", "manfaat"})
"""Before "kematian" (read as "meninggal"), the benefit's name: "apakah istri kedua dapat santunan kematian" told of no
death, and was answered with condolence."""


def _jkm_target(found: Classification) -> BenefitsState:
    """What the JKM benefit needs when that is what was asked, the children's scholarship when that is, else what
    it pays."""
    words = set(found.normalised.tokens)
    if REQUIREMENT_WORDS & words or {"bawa", "dibawa"} & words and "apa" in words:  # "harus bawa apa ke kantor
        # bpjs": was the amounts
        return BenefitsState.SCHOLARSHIP_DOCUMENTS if _about_scholarship(found) else BenefitsState.JKM_DOCUMENTS
    if _heirs_payout_asked(words):
        return BenefitsState.JKM
    if HEIRS & words or _standing_named(found.normalised.tokens) or WHO & words and PAID_TO & words:
        return BenefitsState.JKM_HEIRS  # "almarhum belum nikah, santunan ke siapa": was the amounts
    if _about_scholarship(found):
        return BenefitsState.SCHOLARSHIP
    # "klo meninggal ketabrak pas berangkat kerja dpt brp": the JKM page opened with the 42 million of the other case
    at_work = find_work_accident(found.normalised) or _DIED_AT_WORK.search(found.normalised.text) is not None \
        and not find_illness(found.normalised)  # "meninggal pas kerja karena serangan jantung": an illness, JKM's
    return BenefitsState.JKK_DEATH if at_work else BenefitsState.JKM


_DIED_AT_WORK = re.compile(r"\bmeninggal\b(?: \S+){0,3}? (?:pas|saat|waktu|ketika|sedang|lagi|sewaktu) (?:\S+ )?"
                           r"(?:kerja|bekerja)\b|\bmeninggal\b(?: \S+){0,3}? (?:pulang|berangkat) (?:ke )?kerja\b")
"""A death while working or on the way to or from work, asked of with no harm named ("kalo meninggal pas kerja dapet
berapa", "kalo meninggal pas perjalanan pulang kerja": the JKM page, the other case's 42 million first): JKK's."""


def _heirs_payout_asked(words: set[str]) -> bool:
    """What the heirs get asked, not who they are ("kalo meninggal ahli waris dapet brp", "ahli waris dapat apa saja"),
    or whether they get it for a death by illness ("apakah ahli waris peserta yang meninggal karena sakit berhak atas
    santunan JKM?"): the heirs' page, which names no amount and no cause, was the answer."""
    return bool(HEIRS & words) and not WHO & words and (
        "berapa" in words or bool({"dapat", "terima"} & words) and "apa" in words or "sakit" in words)


PAID_TO = frozenset({"santunan", "dapat", "terima", "menerima", "diberikan", "gets", "money", "receives"})
"""With WHO: who receives the benefit."""
SPOUSES = frozenset({"istri", "suami"})
NOT_THE_FIRST = frozenset({"kedua", "ketiga", "siri", "muda"})
CLAIMING = frozenset({"klaim", "santunan", "dapat", "berhak", "waris", "bisa"})


REPLY_WORDS = frozenset({"balas", "bales", "dibalas", "dibales", "balasan", "respon", "respons", "direspon",
                         "jawab", "dijawab", "jawabnya", "tanggapan", "ditanggapi", "reply", "replied", "response",
                         "answered"})
WAITING_WORDS = frozenset({"lama", "belum", "tidak", "kok", "kapan", "masih", "kenapa"})


def _reply_awaited(found: Classification) -> bool:
    """A person's reply waited for ("petugasnya lama bales", "kok ga dibalas2 sih", "pesan saya belum dijawab"): was
    "not understood", or the status check."""
    words = set(found.normalised.tokens)
    return bool(REPLY_WORDS & words and WAITING_WORDS & words) \
        and not responsibility_told(found.normalised.tokens)  # "bos sy ga mau tanggung jawab": no reply, but who pays


SENT_WORDS = frozenset({"kirim", "dikirim", "upload", "diupload", "unggah", "diunggah", "sent", "uploaded"})
ARRIVED_WORDS = frozenset({"masuk", "diterima", "terima", "sampai", "nyampe", "arrived", "received"})
"""Normalised: "diterima" reads as "terima"."""
PAPERS = frozenset({"foto", "dokumen", "berkas", "file", "ktp", "kk", "akta", "surat", "pdf", "photo", "documents"})
SENT_ALREADY = frozenset({"sudah", "barusan", "tadi", "kemarin", "already"})


def _claim_papers_asked(found: Classification) -> bool:
    """Whether papers sent have arrived ("saya sudah kirim foto ktp, sudah masuk belum?"), or which are still missing:
    the status check, the help answer. One's claims list what each claim still needs."""
    words = set(found.normalised.tokens)
    if {"dokumen", "berkas"} & words and {"kurang", "missing"} & words and not {"jika", "kalau"} & words:
        return True  # "dokumen kurang apa aja": was the help answer; a claim's list says what it still needs
    return bool(SENT_WORDS & words and ARRIVED_WORDS & words and PAPERS & words and SENT_ALREADY & words)


def _awaiting(ctx: Ctx[Any]) -> Outcome:
    """With a ticket open, back to it (what it waits for, and when a person answers); else where replies come."""
    if ctx.conversation.memo.get(handoff.MEMO_TICKET):
        return handoff.start(ctx)
    return next_steps("track", "person", say=(_(
        "Jawaban petugas dan kabar klaim dikirim ke chat ini. Untuk melihat status klaim, pilih \"Cek klaim\"; untuk "
        "bertanya langsung ke petugas, pilih \"Tanya petugas\"."),))


def _heir_standing_asked(found: Classification) -> bool:
    """Whether a second or unregistered wife, or a step- or adopted child, can claim ("saya istri siri, bisa klaim?",
    "saya istri kedua, bisa klaim?"): was "not understood". The page that lists the heirs and what is unsettled."""
    return _standing_named(found.normalised.tokens) and bool(CLAIMING & set(found.normalised.tokens))


KIN_BEYOND_SPOUSE_AND_CHILD = frozenset({"kakak", "adik", "abang", "saudara", "keponakan", "paman", "bibi", "om", "tante",
                                         "sepupu", "ipar", "menantu", "mertua", "cucu", "kakek", "nenek"})


def _relative_may_claim(found: Classification) -> bool:
    """Whether a sibling, a nephew or an in-law may claim ("saya adiknya, bisa ngurus klaim?", "saya keponakannya bisa
    klaim?", "can i claim for my brother"): was "not understood" or one's own claims. The page lists the heirs in their
    order. A death told with it starts the claim, whose relation question reads it."""
    words = set(found.normalised.tokens)
    guessed_a_death = found.intent is Intent.DEATH and not found.cues  # "cucu bisa ngurus santunan kakek?": was asked
    # whether to claim, the question unanswered (no death told: the kin's clause below asks for none)
    return ((found.intent in (Intent.UNKNOWN, Intent.TRACK) or guessed_a_death) and bool({"klaim", "santunan"} & words)
            and bool({"bisa", "boleh", "can"} & words)
            and (bool(KIN_BEYOND_SPOUSE_AND_CHILD & words) and not (DEATH_WORDS | RECENT_WORDS) & words
                 or "anak" in words and words <= A_CHILD_ONLY_ASKING))


A_CHILD_ONLY_ASKING = frozenset({"anak", "saya", "dia", "bisa", "boleh", "klaim", "apakah", "juga", "ya", "yang", "kah"})
"""Words of "anak saya bisa klaim?", "saya anaknya, bisa klaim?" alone (not understood): the heirs in order. A child
with anything more told ("anak saya jatuh, bisa klaim?") is its case's."""


_CONDOLING = re.compile(r"\b(?:turut|ikut)\s+berduka\b", re.IGNORECASE)
"""The writer condoling someone else: an heir does not write it of their own loss. Condoled at the menu, where the
labelled sets land news and condolences (a cue would retrain the model, which moved a held-out message)."""
CONDOLING_WORDS = frozenset({"innalillahi", "innailaihi", "rojiun", "husnul", "khotimah", "rip", "alfatihah"})


def _someone_elses_death_condoled(found: Classification, text: str) -> bool:
    """A death condoled or prayed for, not of the writer's family (an heir's own loss starts its claim)."""
    words = set(found.normalised.tokens)
    if not DEATH_WORDS & words:
        return False
    if found.intent is Intent.DEATH:
        return _CONDOLING.search(text) is not None
    return found.intent is Intent.UNKNOWN and bool(CONDOLING_WORDS & words or _CONDOLING.search(text))


ENROLLING_ONESELF = frozenset({"daftar", "mendaftar", "lanjut", "ikut", "gabung"})


def _enrolling_oneself(tokens: tuple[str, ...]) -> bool:
    """The writer asking to be enrolled, after a death told ("…, saya mau daftar bpjs", "…, saya mau lanjutkan
    kepesertaan"): not a claim."""
    return any(word == "saya" and {"mau", "ingin", "bisa"} & set(tokens[n + 1:n + 3])
               and ENROLLING_ONESELF & set(tokens[n + 2:n + 4]) for n, word in enumerate(tokens))


_FEARED = re.compile(r"\b(?:takut|khawatir|cemas|afraid|worried|mimpi|bermimpi|dream|dreamt)\b (?:\w+ ){0,2}?"
                     r"(?P<what>kecelakaan|jatuh|tabrakan|celaka|meninggal)\b")
_SOMEDAY = re.compile(r"\b(?:kapan-kapan|kapan2|kapan kapan|suatu saat|suatu hari|someday)\b")


def _feared(found: Classification) -> bool:
    """A mishap feared or put off to some day, not told ("saya takut kecelakaan di jalan", "kapan-kapan saya kecelakaan
    baru lapor" started accident reports with it as the story): what the cover pays. Not a fear said of a mishap that
    happened ("saya jatuh dari motor, takut tulangnya patah"): the rest of the message tells none, nor when, nor a
    harm."""
    text = found.normalised.text
    if _SOMEDAY.search(text) and found.intent is Intent.ACCIDENT:  # "kapan-kapan saya kecelakaan baru lapor"
        return not (RECENT_WORDS | HURT) & set(found.normalised.tokens) and find_injury(text) is None
    if (feared := _FEARED.search(text)) is None:
        return False
    rest = set(_FEARED.sub(" ", text).split())
    if feared["what"] == "meninggal":  # "ibu saya sakit keras di rs, takut meninggal": an illness told, no death
        return not DEATH_WORDS & rest
    return not (MISHAP | DEATH_WORDS | RECENT_WORDS | HURT) & rest and find_injury(text) is None


SHARE = frozenset({"bagian", "jatah", "dibagi", "pembagian", "pembagiannya", "share"})
ASKING_FOR_A_SHARE = frozenset({"minta", "dapat", "berhak", "boleh", "bisa", "ikut"})


def _share_asked(found: Classification) -> bool:
    """A relative asking for, or asked for, a share of the benefit ("orang tua almarhum minta bagian, gimana" and
    "istri kedua almarhum minta bagian" started death claims as the deceased's child, as "Bapak"; "mertua saya minta jatah
    santunan suami saya" and "santunannya dibagi gimana" were not understood), or which of two wives is paid ("ada 2
    istri, siapa yang dapat" got the JKM page): who is an heir, in order, and what the branch settles, is the page's."""
    tokens = found.normalised.tokens
    words = set(tokens)
    benefit = {"santunan", "santunannya"} & words  # the suffix is not read off this word
    return bool(SHARE & words and (ASKING_FOR_A_SHARE & words and KIN_WORDS & words or benefit)
                or _several_spouses(tokens) and ({"siapa", "dapat", "berhak"} | SHARE) & words
                and found.intent is not Intent.DEATH)


_COUNTED = frozenset({"2", "3", "dua", "tiga"})


def _several_spouses(tokens: tuple[str, ...]) -> bool:
    """More than one wife or husband told: a second one, or counted ("ada 2 istri", "istrinya dua")."""
    return bool(SPOUSES & set(tokens) and NOT_THE_FIRST & set(tokens)) or any(
        first in _COUNTED and second in SPOUSES or first in SPOUSES and second in _COUNTED
        for first, second in itertools.pairwise(tokens))


def _standing_in_doubt(tokens: tuple[str, ...]) -> bool:
    """A tie named whose right to claim the branch settles, or a marriage not registered ("kami nikah siri")."""
    return _standing_named(tokens) or "siri" in tokens


STANDING_UNSETTLED = lazy_gettext(
    "Santunan kematian dibayar kepada ahli waris jika {deceased} terdaftar aktif pada tanggal meninggal. Istri atau suami "
    "perlu buku nikah: untuk nikah siri, istri kedua, anak angkat, anak tiri atau anak di luar nikah, kantor cabang BPJS "
    "Ketenagakerjaan yang memastikan siapa yang berhak. Klaimnya tetap bisa dicatat di sini dulu.")


def _standing_unsettled(sex: Literal["L", "P"] | None) -> str:
    return str(STANDING_UNSETTLED).format(deceased=death.deceased(death.DeathDraft(deceased_sex=sex)))


def _the_other_spouse(tokens: tuple[str, ...]) -> Literal["L", "P"] | None:
    """Who would have died when a spouse's standing is asked ("saya istri kedua, bisa klaim?", "istri siri dapat
    santunan ga"): her husband, his wife. Read as a death told, "istri" named the one who died a woman. The spouse
    whose standing is asked comes first ("suami meninggal, sy istri kedua": the wife's; it made the husband a woman)."""
    spouse = next((first for first, second in itertools.pairwise(tokens) if first in SPOUSES and second in NOT_THE_FIRST),
                  None) or next((token for token in tokens if token in SPOUSES), None)
    return "L" if spouse == "istri" else "P" if spouse == "suami" else None


def _standing_named(tokens: tuple[str, ...]) -> bool:
    """A tie whose right to claim is asked: "istri kedua", "istri siri", "anak tiri", "anak angkat"; in English the
    word that says so comes first ("a second wife", "an adopted child", "a stepchild")."""
    return bool(STEP_CHILDREN.intersection(tokens)) or ("luar", "nikah") in itertools.pairwise(tokens) or any(
        first in SPOUSES and second in NOT_THE_FIRST or first in KIN_WORDS and second in NOT_BY_BLOOD
        or first in NOT_THE_FIRST_IN_ENGLISH and second in SPOUSES or first in NOT_BY_BLOOD_IN_ENGLISH and second in KIN_WORDS
        for first, second in itertools.pairwise(tokens))


def _no_family_left(found: Classification) -> bool:
    """The deceased told to have left no family ("ga punya keluarga", "sebatang kara")."""
    tokens = found.normalised.tokens
    pairs = set(itertools.pairwise(tokens))
    alone = ("sebatang", "kara") in pairs or "keluarga" in tokens and bool(
        {("tidak", "punya"), ("tidak", "ada")} & pairs)
    return alone and bool(DEATH_WORDS & set(tokens))


NOT_THE_FIRST_IN_ENGLISH = frozenset({"second", "third", "unregistered"})
NOT_BY_BLOOD_IN_ENGLISH = frozenset({"adopted", "step"})
STEP_CHILDREN = frozenset({"stepchild", "stepson", "stepdaughter", "stepchildren"})


def _jkk_target(found: Classification) -> BenefitsState:
    """What a JKK claim needs when that is what was asked ("syarat klaim jkk apa aja"), what a disability is paid when
    that is, else the short page."""
    words = set(found.normalised.tokens)
    if DEATH_WORDS & words:  # "kalau ojol meninggal kecelakaan di jalan dapat berapa": its death was the page's third
        # line, under treatment and sick pay; "kalau meninggal kecelakaan kerja syaratnya apa", an injured worker's papers
        return BenefitsState.JKM_DOCUMENTS if REQUIREMENT_WORDS & words else BenefitsState.JKK_DEATH
    if REQUIREMENT_WORDS & words:
        return BenefitsState.JKK_DOCUMENTS
    return BenefitsState.JKK_MORE if _about_disability(found) or _transport_asked(found) else BenefitsState.JKK


DISABILITY = frozenset({"cacat", "kecacatan", "disabilitas", "lumpuh", "amputasi", "diamputasi", "disability",
                        "disabled", "amputated"})
"""A disability asked about ("berapa santunan kalau cacat", "how much for disability"): the page with the partial and
total disability amounts; the short JKK page, which names neither, or the JKM page (the model's guess for the
English) were shown."""


TRANSPORT = frozenset({"ambulans", "ambulan", "ambulance", "angkutan", "transportasi", "transport"})
"""The ride to hospital asked about ("ambulans ditanggung ga", "biaya ambulance diganti?"): was the short JKK page, or the
language question (the model's guess); the fuller page has what JKK pays for it."""


def _transport_asked(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return bool(TRANSPORT & words) and found.intent not in CLAIMS and not DEATH_WORDS & words


TREATMENT_WORDS = frozenset({"operasi", "inap", "fisioterapi", "terapi", "pengobatan", "perawatan", "berobat", "obat",
                             "surgery", "treatment"})
TREATMENT_COVERED = lazy_gettext(
    "Pengobatan kecelakaan kerja ditanggung JKK sesuai kebutuhan medis sampai sembuh, tanpa batas biaya, termasuk "
    "operasi dan rawat inap kelas I, di rumah sakit atau klinik mitra BPJS Ketenagakerjaan. Di tempat lain, simpan "
    "kuitansinya.")
ACCIDENT_COVERED = lazy_gettext(
    "Kecelakaan saat bekerja, atau di jalan berangkat dan pulang kerja, ditanggung JKK jika terdaftar aktif pada hari "
    "kecelakaan.")
"""Said to an accident told with "ditanggung?" and no word of treatment: the question was only asked whether to report."""
HOSPITAL_BILL = frozenset({"biaya", "rs", "rumah", "sakit", "dirawat", "rawat", "opname", "hospital", "bill"})
MUST_REPORT = lazy_gettext(
    "Perlu: pengobatan kecelakaan kerja ditanggung JKK, ringan atau berat, dan kecelakaannya dilaporkan ke kantor "
    "cabang BPJS Ketenagakerjaan paling lambat 2×24 jam.")
"""FACTS.md §5 (treatment as needed) and §7 (the first report form within 2×24 hours)."""
COVER_ASKED = frozenset({"ditanggung", "nanggung", "tanggung", "menanggung", "gratis", "diganti", "ganti", "covered"})
AIDS = frozenset({"palsu", "prostesis", "protese", "kursi", "kruk", "tongkat", "dengar", "kacamata", "prosthetic",
                  "wheelchair"})


def _treatment_cover_asked(found: Classification) -> bool:
    """Whether treatment is covered ("bpjs tk nanggung operasi ga" got the loan answer, "kalau harus operasi mahal
    ditanggung sampai berapa" the JKM page): the JKK page, treatment until recovered with no cost limit. Not where the
    model found JKK already, BPJS Kesehatan named, or a case told."""
    words = set(found.normalised.tokens)
    return (bool(TREATMENT_WORDS & words) and bool(COVER_ASKED & words)
            and found.intent not in (*CLAIMS, Intent.JKK_INFO, Intent.JKN)
            and not ({"kesehatan", "jkn", "kis"} | DEATH_WORDS) & words)


PAYING = frozenset({"biaya", "bayar", "bayarnya", "dibayar", "membayar"})
HOW_OR_WHO = frozenset({"bagaimana", "siapa"})


def _treatment_cost_asked_with_the_accident(found: Classification) -> bool:
    """An accident told with a question whether its treatment is paid ("biaya rs ditanggung ga", "berobatnya gratis?"),
    or how or by whom ("biayanya gimana", "biaya rs siapa yang bayar": the summary came, the question unanswered)."""
    words = set(found.normalised.tokens)
    return bool((TREATMENT_WORDS | HOSPITAL_BILL) & words) and bool(COVER_ASKED & words) \
        or bool(PAYING & words) and bool(HOW_OR_WHO & words)


FOLLOW_UP_WORDS = 5
"""At most this many words in a follow-up that names only the other claim ("kalau kecelakaan kerja?")."""
THE_OTHER_PAPERS: dict[str, tuple[frozenset[str], frozenset[str], BenefitsState]] = {
    BenefitsState.JKM_DOCUMENTS: (ACCIDENT_NAMED, DEATH_WORDS | DEATH_NAMED, BenefitsState.JKK_DOCUMENTS),
    BenefitsState.JKK_DOCUMENTS: (DEATH_WORDS | DEATH_NAMED, ACCIDENT_NAMED, BenefitsState.JKM_DOCUMENTS)}
"""A claim's papers page → (the other claim's words, its own, the other's papers page): the words a page's claim
option reads too (benefits), with the death words the normaliser gives."""


def _the_other_claims_papers(ctx: Ctx[Any], found: Classification) -> BenefitsState | None:
    """Under one claim's papers, the other claim named alone ("kalau kecelakaan kerja?", "and for an accident?"): its
    papers (were its benefits page, or "report it now?")."""
    other = THE_OTHER_PAPERS.get(ctx.conversation.state)
    if other is None or len(found.normalised.tokens) > FOLLOW_UP_WORDS:
        return None
    named, unless, page = other
    words = set(found.normalised.tokens)
    return page if named & words and not unless & words else None


def _treatment_asked_at_the_jkk_page(ctx: Ctx[Any], found: Classification) -> bool:
    """At the JKK page, whether an operation or a stay in hospital is covered, or for how long ("operasi ditanggung?",
    "rawat inap berapa hari"): the page again, or not understood. Its own answer, short."""
    words = set(found.normalised.tokens)
    return (ctx.conversation.state in (BenefitsState.JKK, BenefitsState.JKK_MORE)
            and bool((TREATMENT_WORDS | {"opname", "dirawat", "rawat"}) & words)
            and bool((COVER_ASKED | {"berapa", "lama", "hari", "batas", "sampai", "bisa", "apakah"}) & words)
            and found.intent not in CLAIMS and not ({"kesehatan", "jkn", "kis"} | DEATH_WORDS) & words)


def _aid_cover_asked(found: Classification) -> bool:
    """Asked with a work accident or JKK named ("kaki palsu karena kecelakaan kerja ditanggung?", not understood); alone
    ("kacamata ditanggung ga") it is most often BPJS Kesehatan's, as the labelled set has it (tried alone: it moved a
    held-out message)."""
    words = set(found.normalised.tokens)
    return (bool(AIDS & words) and bool(COVER_ASKED & words) and bool({"kecelakaan", "jkk"} & words)
            and found.intent not in CLAIMS
            and not ({"kesehatan", "jkn", "kis", "rusak", "pecah"} | DEATH_WORDS) & words)  # glasses broken: belongings


LIMBS = frozenset({"jari", "tangan", "kaki", "lengan"})
SEVERED = frozenset({"putus", "buntung", "terpotong", "kehilangan", "diamputasi"})
"""A limb lost ("jari putus dapat berapa persen" got the short JKK page; "kehilangan jari telunjuk dapat berapa" the JKM
page): a partial disability, on the fuller page."""


def _about_disability(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return bool(DISABILITY & words or LIMBS & words and SEVERED & words) and not DEATH_WORDS & words


HEIRS = frozenset({"waris", "berhak", "siri", "heir", "heirs"})
NOT_BY_BLOOD = frozenset({"tiri", "angkat"})
"""Who is paid ("ahli waris siapa aja", "siapa yang berhak dapat santunan", "anak tiri dapat santunan?", "istri siri
dapat ga"): the page that lists the heirs in order and what is unsettled, not the amounts again. "Angkat" only after
kin ("anak angkat"): "meninggal waktu angkat barang" asks the amounts."""


SCHOOLING = frozenset({"beasiswa", "sekolah", "sekolahnya", "sd", "smp", "sma", "smk", "kuliah", "paud", "madrasah",
                       "mts", "pelajar", "mahasiswa", "scholarship", "school"})
"""A child's schooling ("anak saya masih sekolah dapat beasiswa?", "anak sy 2 msh sd"): the scholarship page, whose
levels and amounts were one line of the JKM page; told on a page, it was "not understood"."""


ASKING_WHAT_A_CLAIM_NEEDS = SAYING_ONLY_CLAIM | REQUIREMENT_WORDS | frozenset({
    "lapor", "melapor", "laporan", "jkk", "jkm", "kecelakaan", "kerja", "meninggal", "santunan", "apa", "saja", "aja",
    "yang", "untuk", "harus", "bawa", "what", "for", "death", "accident", "work", "benefit", "are", "the", "a", "an",
    "do", "of", "butuh", "nya", "hrs", "musti", "mesti", "kudu"})
"""Words of a message that only asks what a claim needs ("berkas klaim jkk", "dokumen klaim kematian"): a report was
started with "berkas klaim jkk" as its story, a death claim with condolence to someone who told of no death, and
"berkas klaim jkm" listed one's claims. Normalised: "kematian" reads as "meninggal"."""


NEEDING = frozenset({"perlu", "butuh", "need", "needed", "diperlukan", "dibutuhkan"})
PAPERS_QUESTION_WORDS = 24
PAPERS_NAMED = REQUIREMENT_WORDS - NEEDING | {"bawa"}


def _papers_asked(found: Classification) -> bool:
    """What a claim needs asked ("syaratnya apa aja", "what do i need to claim"): not what to do ("apa yang perlu saya
    lakukan", which the question whether to claim now answers), nor at the end of a whole story, with the deceased's NIK
    or what the claim records ("… bingung harus urus kemana dan bawa apa saja, tolong dibantu"): a claim, whose checklist
    is the answer."""
    words = set(found.normalised.tokens)
    if len(found.normalised.tokens) > PAPERS_QUESTION_WORDS or any(
            len(word) >= NIK_DIGITS_TYPED and word.isdigit() for word in words):
        return False
    return "apa" in words and bool(PAPERS_NAMED & words or NEEDING & words and "klaim" in words)


def _documents_only(found: Classification) -> BenefitsState | None:
    words = set(found.normalised.tokens)
    asked = (REQUIREMENT_WORDS | {"butuh"}) & words or {"bawa", "apa"} <= words  # "klaim jkk hrs bawa apa aja"
    if not asked or not words <= ASKING_WHAT_A_CLAIM_NEEDS | {"saya"} \
            or "saya" in words and not {"need", "perlu", "butuh"} & words:  # "dokumen klaim saya": one's own claim's
        return None
    if {"jkm", "meninggal", "death"} & words:
        return BenefitsState.JKM_DOCUMENTS
    if {"jkk", "kecelakaan", "accident"} & words:
        return BenefitsState.JKK_DOCUMENTS
    # "dokumen klaim apa aja" was the list of one's claims (the model's guess): which claim's, asked
    guessed = found.by_model and found.intent in (Intent.TRACK, Intent.JKM_INFO)
    return BenefitsState.DOCUMENTS if guessed or found.intent is Intent.UNKNOWN else None


def _about_scholarship(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return _scholarship_named(words) or bool(SCHOOLING & words and death.CHILDREN & words)


def _scholarship_named(words: set[str]) -> bool:
    """The scholarship named ("beasiswa", "bea siswa"), not only children at school."""
    return bool(SCHOLARSHIP_WORDS & words) or {"bea", "siswa"} <= words


HOW_HANDLED = frozenset({"cara", "urus", "bagaimana"})


ORPHANED = frozenset({"yatim", "piatu", "orphan", "orphans", "orphaned"})


def _jkm_page(ctx: Ctx[Any], found: Classification, target: BenefitsState | None = None) -> Goto:
    """The JKM page asked for (or `target`, a work accident's death asked about as JKK); condolence first to someone who
    has just lost family (the claim they may start next does not repeat it)."""
    target = target or _jkm_target(found)
    if not _bereaved(found):
        tokens = found.normalised.tokens
        if "jht" in tokens:  # "kalau suami meninggal apakah ahli waris juga bisa ambil jht?": was the heirs' page
            return next_steps(*NEXT_AFTER[Intent.JHT], say=(OUT_OF_SCOPE_ANSWERS[Intent.JHT],))
        standing = _later_heir_asking(found) if target in (BenefitsState.JKM, BenefitsState.JKK_DEATH) else None
        if standing is None and target is BenefitsState.JKM and (
                DEADLINE & set(tokens) or STILL_POSSIBLE.search(found.normalised.text)):
            standing = jkm_has_no_deadline()  # "batas waktu klaim santunan kematian", "meninggalnya tahun 2019, masih
            # bisa?": the page alone does not say it
        if standing is None and target is BenefitsState.JKM and waiting_period_asked(set(tokens)):
            standing = waiting_period_text()  # "baru daftar seminggu kalau meninggal dapat gak?": the page did not say
        if standing is None and target in (BenefitsState.JKM, BenefitsState.JKK_DEATH) and said_not_enrolled(tokens):
            # "klo org tua meninggal tp bkn peserta bisa dpt santunan?": the amounts alone, as if they were paid
            standing = _("Santunan kematian dibayar hanya jika yang meninggal terdaftar aktif sebagai peserta pada "
                         "tanggal meninggal. Pekerja rentan bisa didaftarkan lewat usulan ketua RT.")
        if standing is None and target is BenefitsState.JKM_DOCUMENTS:
            standing = _work_deaths_papers(found)
        return Goto(target, say=(standing,) if standing is not None else ())
    papers = _work_deaths_papers(found) if target is BenefitsState.JKM_DOCUMENTS else None
    return Goto(target, say=(SORRY_FOR_LOSS,) if papers is None else (SORRY_FOR_LOSS, papers),
                conversation=death.condoled(ctx.conversation))


DEATHS_PAGES = frozenset({BenefitsState.JKK_DEATH, BenefitsState.JKM_DOCUMENTS})


def _heirs_papers(found: Classification) -> str:
    """What every heir brings (the spouse adds the marriage book), asked beside a death told: the claim's own list, fitted
    to the family, comes once it is recorded."""
    required, _optional = death_checklist(Benefit.JKM, Relation.CHILD, traffic=False)
    papers = _("Yang dibawa ahli waris:\n{documents}\nIstri atau suami juga membawa buku nikah.").format(
        documents="\n".join("• " + doc_label(doc) for doc in required))
    work = _work_deaths_papers(found)
    return papers if work is None else f"{papers}\n{work}"


def _work_deaths_papers(found: Classification) -> str | None:
    """The JKM claim's papers shown for a death at work ("bapak meninggal kecelakaan kerja, berkasnya apa aja"): what
    JKK adds to them (domain.claims.death_checklist)."""
    if not find_work_accident(found.normalised):
        return None
    return _("Untuk kematian karena kecelakaan kerja (JKK), dokumennya sama; untuk kecelakaan lalu lintas, tambah: "
             "{police}.").format(police=doc_label(Doc.POLICE_REPORT))


ASKING_FOR_ONESELF = frozenset({"dapat", "bisa", "berhak", "klaim", "terima", "menerima"})


def _later_heir_asking(found: Classification) -> str | None:
    """A parent, a sibling, an in-law asking whether they would get it ("kalau anak saya meninggal, saya dapat?"): the
    amounts alone said yes, but they come only after the spouse and the children (FACTS.md §8)."""
    if not any(word == "saya" and asked in ASKING_FOR_ONESELF for word, asked in itertools.pairwise(found.normalised.tokens)):
        return None  # not "tetangga saya meninggal tahun lalu dapat santunan 42 juta, itu dari program apa?"
    if _writer_dies(found.normalised.tokens):
        return None  # "kalau sy meninggal anak sy dapat apa": the child is no later heir (was "Orang tua … hanya jika")
    relation = find_deceased_relation(found.normalised)
    if relation is None:
        return None
    if relation is Relation.OTHER and IN_LAWS & set(found.normalised.tokens):
        return str(death.CHILD_IN_LAW)
    return death.heirs_first(relation, find_deceased_sex(found.normalised), claim_next=False)


def _writer_dies(tokens: tuple[str, ...]) -> bool:
    """The writer's own death supposed: "kalau saya meninggal …", "if i die" (not "kalau anak saya meninggal")."""
    return any(supposing in HYPOTHETICAL_WORDS and writer == "saya" and death_word in DEATH_WORDS
               for supposing, writer, death_word in zip(tokens, tokens[1:], tokens[2:], strict=False))


IN_LAWS = frozenset({"mertua", "menantu"})
"""The deceased one's parent-in-law, the writer their child-in-law (read as "someone else", Relation.OTHER)."""


CALCULATING = frozenset({"hitung", "hitungan", "kalkulator", "calculator", "calculate"})
_ABOUT_CALCULATING = CALCULATING | {"santunan", "manfaat", "perkiraan", "mau", "saya", "dong", "coba", "benefit",
                                   "benefits", "estimate"}


def _calculating(found: Classification) -> bool:
    """Asking for the calculator ("hitung santunan", "kalkulator"), which has no intent of its own."""
    words = set(found.normalised.tokens)
    return bool(CALCULATING & words) and words <= _ABOUT_CALCULATING


ADDRESSED = frozenset({"bapak", "ibu"})
SOMEONE_ELSE = KIN_WORDS - ADDRESSED | frozenset({"orang", "warga", "someone"})
"""A status check of someone else's ("cek bpjs istri saya"): their NIK is asked for, not the one proven here.
"Bapak" and "ibu" are so only when someone's ("bapak saya"), not when the bot is addressed ("bapak, aktif sampai
kapan?"); "lain" only of a person or a NIK ("nik lain"), not "saya pindah ke kota lain"."""
OWNERS = frozenset({"saya", "ku", "nya", "kami"})
ANOTHER = frozenset({("nik", "lain"), ("peserta", "lain"), ("other", "person"), ("other", "people"),
                     ("another", "person"), ("another", "nik")})


_PARENT_OWNED = re.compile(r"\b(?:my|our)\s+(?:mother|mom|mum|mama|father|dad|papa|parents?)\b", re.IGNORECASE)
"""An English "my mother" / "my father": normalised to "saya ibu" / "saya bapak", which in Indonesian is the writer
("saya ibu rumah tangga"), so the tokens cannot tell it ("can i check my mother's status" asked for "your NIK")."""


def _someone_elses(tokens: tuple[str, ...], text: str = "") -> bool:
    if DEATH_WORDS & set(tokens) and KIN_WORDS & set(tokens) and "cek" in tokens:
        return True  # a relative who died, checked ("cek bpjs bapak yg udah meninggal": was "Ketik NIK Anda")
    return bool(SOMEONE_ELSE & set(tokens)) or any(
        word in ADDRESSED and following in OWNERS or (word, following) in ANOTHER
        for word, following in itertools.pairwise(tokens)) or bool(_PARENT_OWNED.search(text) or _LATE.search(text))


def _amount_for_ones_injury(ctx: Ctx[Any], found: Classification) -> str | None:
    """"jari sy putus 1 kena mesin potong, dapat brp": asked whether to report it, the amount was left unanswered. The
    JKK page's line for that harm, as when asked of anyone ("jari putus dapat berapa")."""
    words = set(found.normalised.tokens)
    return jkk_line(ctx, words) if "berapa" in words and not DEATH_WORDS & words else None


CHILDREN_ARE_NOT_WORKERS = lazy_gettext(
    "BPJS Ketenagakerjaan melindungi orang yang bekerja. Bayi dan anak kecil tidak didaftarkan di program ini; "
    "perlindungan kesehatannya lewat BPJS Kesehatan (JKN/KIS).")


def _enrolment_said(found: Classification, text: str, *, own: bool = False) -> str:
    """How one is enrolled, told of whom it was asked: someone else is proposed by the RT head where they live. A job of
    the proposals' list named ("apakah pemulung bisa ikut", "guru ngaji bisa dapet bpjs gratis?") is said to be one
    (the answer said how, never whether). `own`: the writer's own job told ("sy nelayan tp perahu punya orang": its
    "punya orang" is the boat's owner, not whom to enrol)."""
    if not own and young_child_named(found.normalised):  # "sy mau daftarin anak sy yang baru lahir": was told a
        return str(CHILDREN_ARE_NOT_WORKERS)  # relative is proposed if they work without a wage
    said = str(ENROLMENT_OF_OTHERS if not own and _someone_elses(found.normalised.tokens, text) else ENROLMENT)
    job = job_named(text)
    if job is None:
        return said
    return _("{job} termasuk pekerjaan yang bisa diusulkan.").format(job=OCCUPATION_LABELS[job]) + " " + said


_LATE = re.compile(r"\b(?:almarhum|almarhumah|alm|almh|mendiang)\b", re.IGNORECASE)
"""The deceased's ("cek status bpjs almarhum bapak"): someone else's, whoever "bapak" is (the writer's NIK was asked)."""


LAPSE_ASKED_AS = frozenset({Intent.JKK_INFO, Intent.JKM_INFO, Intent.STATUS, Intent.HELP, Intent.UNKNOWN})
OWN_COVER_ASKED = frozenset({"ditanggung", "tanggung", "dicover", "manfaat", "dilindungi", "terlindungi", "dapat",
                             "dapet"})
"""One's own cover asked about, after one's record said it is not running ("covered" reads "manfaat")."""
COVER_WORDS = OWN_COVER_ASKED - {"dapat", "dapet"}
"""Whether covered, not what one gets."""
COVER_YES_OR_NO = COVER_WORDS - {"manfaat"}
AMOUNT_WORDS = frozenset({"berapa", "brp", "jumlah", "much", "many"})
ONESELF = FIRST_PERSON | {"im"}
""""im" is not written out as "i am" in the normalised words ("so im not covered")."""


FAMILY_MEMBERS = frozenset({"istri", "suami", "anak", "keluarga", "wife", "husband", "children", "family"})
ALONG = frozenset({"jg", "juga", "daftar", "too", "also"})  # "ikut" reads "daftar"
FAMILY_NOT_COVERED = lazy_gettext(
    "JKK dan JKM melindungi pesertanya sendiri, bukan keluarganya: istri, suami atau anak terlindungi jika mereka sendiri "
    "terdaftar. Keluarga menerima santunan jika peserta meninggal. Kepesertaan mereka dicek dengan NIK masing-masing.")


def _family_cover_asked(found: Classification) -> bool:
    """Whether one's family is covered through one's own membership ("istri sy jg ditanggung?", "keluarga sy ikut
    ditanggung ga?"): it is not, as BPJS Kesehatan's family cover is. Not how to enrol them, nor a harm told."""
    words = set(found.normalised.tokens)
    return bool(FAMILY_MEMBERS & words and COVER_WORDS & words and (ALONG & words or "keluarga" in words)
                and not (DEATH_WORDS | HURT | {"kecelakaan", "jatuh", "bisa", "cara", "bagaimana", "mau", "usul", "usulkan"})
                & words)


REPORTED_FOR_ANOTHER = lazy_gettext("Bisa: kecelakaan kerja keluarga, teman atau tetangga boleh Anda laporkan di sini.")
ON_BEHALF = frozenset({"untuk", "buat", "utk", "for", "mewakili", "wakili"})


def _reporting_for_another_asked(found: Classification) -> bool:
    """Whether one may report someone else's accident: the report asks whose it is, so it may."""
    words = set(found.normalised.tokens)
    return bool({"bisa", "boleh", "can"} & words and ON_BEHALF & words
                and ({"orang", "lain"} <= words or KIN_WORDS & words or {"teman", "tetangga", "warga"} & words))


def _route(ctx: Ctx[Any], text: str, found: Classification, *, sure: bool = False) -> Outcome | None:
    intent = found.intent
    if (intent in (Intent.STATUS, Intent.TRACK, Intent.NOMINATE) and at_an_rt_heads_side(ctx)
            and _OWN_PROPOSALS.search(text) and not _proposing_now(found)):
        # "usulan saya udah diterima belum" by a signed-in RT head was the status check's NIK question
        return mine_proposals(ctx)
    if _calculating(found):
        return Goto(CalcState.ASK_CASE)
    if intent in LAPSE_ASKED_AS and (lapse := status.own_lapse(ctx.conversation)) is not None \
            and ONESELF & set(found.normalised.tokens) and OWN_COVER_ASKED & set(found.normalised.tokens):
        # "jadi kalau sy kecelakaan skrg ga ditanggung?" right after one's record said "nonaktif": was JKK's page
        return next_steps("status", "benefits", say=(status.not_covered_now(lapse, ctx.today),))
    if (intent in CLAIMS or CLAIM_NAMED & set(found.normalised.tokens)) and _a_state_servants_case(found):
        # "sy pns, kecelakaan dinas", "suami sy polisi meninggal" started this programme's report and claim, "sy tni,
        # bisa klaim disini?" was not understood: their cover is Taspen's or ASABRI's
        said = (CONDOLENCES, STATE_SERVANTS_COVER) if DEATH_WORDS & set(found.normalised.tokens) \
            else (STATE_SERVANTS_COVER,)
        return next_steps("accident", "death", say=said)
    if intent is Intent.DEATH and _a_passengers_death(found.normalised.tokens):
        # "penumpang sy meninggal pas kecelakaan" started a claim, condoling the driver's "keluarga": the passenger's family
        # claims
        return next_steps("death", "benefits", say=(CONDOLENCES, THE_FAMILY_CLAIMS))
    if intent is Intent.DEATH and _reported_by_an_rt_head(ctx, found):  # not an heir's claim, never asked as one: the
        # RT head's death report
        return death_report.start_with(ctx, text) if at_an_rt_heads_side(ctx) else officer.start(ctx, "death_report")
    if intent in CLAIMS and not sure and (not found.own_case or _long_past(ctx, text, found)):
        # the ask says it
        conversation = death.condoled(ctx.conversation) if _bereaved(found) or _others_death(found) else ctx.conversation
        memo = {**conversation.memo, MEMO_PENDING: text}
        amount = _amount_for_ones_injury(ctx, found) if intent is Intent.ACCIDENT else None
        if intent is Intent.ACCIDENT and _reporting_for_another_asked(found):  # "bisa lapor kecelakaan buat orang
            amount = str(REPORTED_FOR_ANOTHER)  # lain?": was the ask alone, the question unanswered
        return Goto(SwitchState.ASK_CLAIM, conversation=dataclasses.replace(conversation, memo=memo),
                    say=(amount,) if amount is not None else ())
    if intent in OUT_OF_SCOPE:
        if _guessed_elsewhere(found):
            return None
        if intent is Intent.SCAM and _scammed_already(found):
            return next_steps(*NEXT_AFTER[intent], say=(OUT_OF_SCOPE_ANSWERS[intent], MONEY_SENT))
        return next_steps(*NEXT_AFTER[intent], say=(OUT_OF_SCOPE_ANSWERS[intent],))
    if intent in LAPSE_ASKED_AS | {Intent.NOMINATE} and _family_cover_asked(found):
        # "istri sy jg ditanggung?" was asked her NIK alone, "apakah bpjs tk ini menanggung keluarga?" got JKK's page
        if not FIRST_PERSON & set(found.normalised.tokens):  # asked as a rule: the answer, and where to go on
            return next_steps("status", "benefits", say=(FAMILY_NOT_COVERED,))
        return status.check_another(ctx, say=(str(FAMILY_NOT_COVERED),))  # theirs: their NIK next
    own_job = _job_told_alone(found, text)
    if intent is Intent.STATUS and _enrolment_asked(found) or intent in (Intent.STATUS, Intent.UNKNOWN) and (
            _job_covered_asked(found) or own_job):  # "apakah istri saya juga bisa didaftarkan": the NIK asked
        return next_steps("status", "benefits", say=(_enrolment_said(found, text, own=own_job),))
    if intent is Intent.STATUS:  # one's own record once proven here is shown again ("aktif sampai kapan?")
        other = _someone_elses(found.normalised.tokens, text)
        if _valid_nik(text) is None and (near := _nik_a_digit_off(text)) is not None:
            return status.ask_nik_again(near)  # "nik sy 1571…(15 angka) tolong cek": was asked the NIK, as if unsent
        return status.start_with(ctx, _valid_nik(text) or (None if other else status.proven_nik(ctx.conversation)),
                                 find_kpj(text), other=other, no_kpj=status.kpj_said_not_at_hand(text))
    if intent is Intent.JKK_INFO and ORPHANED & set(found.normalised.tokens) and not _about_disability(found):
        return _jkm_page(ctx, found)  # "santunan buat anak yatim": a parent's death, not an accident (was JKK's page)
    if intent is Intent.JKK_INFO or intent is Intent.JKM_INFO and _about_disability(found):
        target = _jkk_target(found)  # a death's page is a death's: who may claim it said as on the JKM page
        if target in DEATHS_PAGES:
            return _jkm_page(ctx, found, target)
        words = set(found.normalised.tokens)  # whether covered, not how much ("how much do I get if …": no yes)
        own = status.own_cover_running(ctx.conversation) and ONESELF & words and COVER_YES_OR_NO & words \
            and not AMOUNT_WORDS & words
        return Goto(target, say=(str(status.COVER_RUNNING),) if own else ())
    if intent is Intent.JKM_INFO:
        return _jkm_page(ctx, found)
    if intent is Intent.CONTRIBUTION:
        if _enrolling_on_ones_own(found):  # "daftar sendiri bayar sendiri bisa?": where, not only the rates
            return Goto(status.StatusState.HOW_TO_ENROL)
        if _own_payments_asked(found):  # "iuran saya nunggak ga?": one's record says it, not the rates (once proven
            return status.start_with(ctx, status.proven_nik(ctx.conversation), None)  # here, shown again)
        return Goto(BenefitsState.CONTRIBUTION)
    if intent is Intent.ACCIDENT:
        started = accident.start_with(ctx, _accident_prefill(ctx, text, found))
        if _belongings_told(found) and isinstance(started, Goto) and not sure:  # "ditabrak lari, motor ringsek, sy
            # patah tangan": what the report can bring, before its summary (the motorbike was left unsaid)
            started = dataclasses.replace(started, say=(BELONGINGS_NOT_PAID, *started.say))
        if _hurt_told(found, text) and isinstance(started, Goto) and not sure:  # "… koma di rs habis jatuh"
            started = dataclasses.replace(started, say=(GET_WELL, *started.say))
        if _treatment_cost_asked_with_the_accident(found) and isinstance(started, Goto) and not sure:
            # "… skrg dirawat di rs, biaya rs ditanggung ga": the question was left unanswered by the report's summary
            # (asked first whether to report, it was answered with that question: not again)
            return dataclasses.replace(started, say=(*started.say, TREATMENT_COVERED))
        return started
    if intent is Intent.DEATH:
        started = death.start_with(ctx, _death_prefill(ctx, text, found))
        missing = not_had_yet(found.normalised.text, found.normalised.tokens) if not sure else None  # after the ask,
        # which answered it: not again
        if missing and isinstance(started, Goto):  # "… tapi almarhum ga punya kartu kpj": the claim, and that it waits
            return dataclasses.replace(started, say=(*started.say, missing))
        if _arrears_told(found) and isinstance(started, Goto):  # "ibu saya meninggal tapi bpjs nya nunggak"
            return dataclasses.replace(started, say=(*started.say, death.ARREARS_AT_DEATH))
        if _a_migrants_death(found) and isinstance(started, Goto):  # "adik sy tkw meninggal di malaysia": the claim, as
            return dataclasses.replace(started, say=(*started.say, MIGRANTS_DEATH))  # if the city's programme covered
            # her
        if DEADLINE & set(found.normalised.tokens) and isinstance(started, Goto):
            # "suami sy meninggal kemarin, batas waktu klaim kapan": the claim, its question unanswered
            return dataclasses.replace(started, say=(*started.say, jkm_has_no_deadline()))
        if _who_claims_asked(found) and isinstance(started, Goto):  # "…, anak2nya 3 org, siapa yg ngurus": unanswered
            widowed = {"janda", "duda"} & set(found.normalised.tokens)  # no spouse left: not "Suami almarhumah …"
            sex = None if widowed else find_deceased_sex(found.normalised)
            return dataclasses.replace(started, say=(*started.say, _first_heirs_together(sex)))
        if _standing_in_doubt(found.normalised.tokens) and isinstance(started, Goto) and not sure:
            # "sy mau klaim kematian suami, tp sy istri kedua" began a claim as the widow's, unsaid that the branch
            # settles whether a second wife is an heir (asked first, "…, bisa klaim?" is told so)
            return dataclasses.replace(started, say=(*started.say, _standing_unsettled(find_deceased_sex(found.normalised))))
        return started
    if intent is Intent.TRACK and _about_scholarship(found) and HOW_HANDLED & set(found.normalised.tokens):
        # "beasiswa anak sy belum cair, gimana ngurusnya": its yearly claim and papers, which the list of one's claims
        # does not hold ("beasiswa anak saya kapan cair" asks of a claim: the list)
        return Goto(BenefitsState.SCHOLARSHIP_DOCUMENTS)
    if intent is Intent.TRACK:  # "brp lama klaim sy diproses": the list, and how long a claim takes (was the list alone)
        words = set(found.normalised.tokens)
        return tracking.start(ctx, how_long=how_long_asked(words), scholarship=_scholarship_named(words))
    if intent is Intent.HUMAN:
        if _a_relatives_check(found):  # "bisa cek punya orang tua saya?": was the hand-off's topic question
            return status.start_with(ctx, None, None, other=True)
        if found.by_model and SELF_PAYING.search(found.normalised.text) and {"bisa", "boleh"} & set(
                found.normalised.tokens):  # "can i pay myself" ("pay" is no word of the lexicon): was the hand-off
            return Goto(status.StatusState.HOW_TO_ENROL)
        return officer.start(ctx) if _an_officer_signing_in(found) else handoff.start(ctx)
    if intent is Intent.NOMINATE or intent is Intent.UNKNOWN and PROPOSING & set(found.normalised.tokens) and (
            _someone_elses(found.normalised.tokens, text)):  # "daftarin bapak sy dong" was not understood
        if officer_of(ctx.conversation) is None and (NOT_AN_OFFICERS_ROLE & set(found.normalised.tokens)
                                                     or ("ketua", "rw") in itertools.pairwise(found.normalised.tokens)) \
                and not RT_HEAD_WORDS & set(found.normalised.tokens):
            # "sy kader posyandu, bisa bantu daftarin warga?", "sy ketua rw, bisa usulin warga?": were the officers'
            # sign-in, which such a helper never has
            return next_steps("status", "benefits", say=(HELPING_RESIDENTS,))
        if officer_of(ctx.conversation) is not None or PROPOSING_OTHERS & set(found.normalised.tokens) \
                or _proposals_handled(found):
            if _proposing_now(found):  # "usulkan warga": the form, where a kept one is offered; not the menu first
                return nominate.start_with(ctx, text) if at_an_rt_heads_side(ctx) else officer.start(ctx, "nominate")
            return officer.start(ctx)
        if _enrolling_on_ones_own(found):
            return Goto(status.StatusState.HOW_TO_ENROL)
        if _others_enrolment_asked(found, text):  # "teman saya ikut bpjs ga ya": was how one is enrolled
            started = status.start_with(ctx, None, None, other=True)
            told = (_("Jika kecelakaannya terjadi saat bekerja, laporannya bisa dibuat di sini: pilih \"Lapor kecelakaan "
                      "kerja\", lalu \"Keluarga/orang lain\"."),) if MISHAP & set(found.normalised.tokens) else ()
            return dataclasses.replace(started, say=(*told, *started.say)) if isinstance(started, Goto) else started
        return next_steps("status", "benefits", say=(_enrolment_said(found, text),))
    if intent is Intent.HELP and set(found.normalised.tokens) <= ONLY_ASKING_TO_ASK or _leave_to_ask_of(found) \
            or intent is Intent.UNKNOWN and (
            ASKING_IN_REGIONAL_WORDS & set(found.normalised.tokens)
            and set(found.normalised.tokens) <= ONLY_ASKING_TO_ASK | LEAVE_IN_REGIONAL_WORDS):
        # "min saya mau tanya": the list was eight lines; "mas, kulo badhe tanglet" was not understood
        return Goto(HOME, say=(_("Silakan, tulis pertanyaan Anda, atau pilih dari menu."),))
    if intent is Intent.HELP or intent is Intent.UNKNOWN and (
            found.normalised.tokens == ("bpjs",) or _meaning_asked_at_the_menu(ctx, found.normalised.tokens)):
        return help_answer(ctx)  # "bpjs", "bpjs tk" alone, "maksudnya gimana" at the menu: were not understood; what
        # the bot does for it
    if intent is Intent.GREETING:
        return Goto(HOME)
    if intent is Intent.THANKS:
        return next_steps(say=(THANKS,))
    if intent is Intent.LANGUAGE:
        return _language(ctx, found)
    return None


def _guessed_elsewhere(found: Classification) -> bool:
    """Another programme guessed by the model from none of its words, for a message that tells of an injury
    ("patah kaki, ga bisa jalan" is no JMO login trouble): not understood, rather than sent elsewhere."""
    return found.by_model and not found.cues and (
        bool(injury_words(found))
        # A loan or the JMO app's login trouble guessed from none of their words: "klaim bisa di bank ga", "ktp nya di
        # rumah" were told that loans are not handled here, "dokumen asli dibawa ga" how to log in to JMO. (Not the
        # other programmes nor a scam: the labelled sets say those guesses are mostly right.)
        or found.intent in (Intent.LOAN, Intent.APP))


def leave(ctx: Ctx[Any], text: str) -> Outcome | None:
    """"menu petugas" typed by an officer anywhere: the officers' menu, what was half-filled dropped, as "menu"
    leads to the main one. Inside a proposal it was "Yang saya perlukan di sini adalah NIK", at a summary
    "Jawab dulu: …", and at a free-text question it would be kept as the answer. Read before the question, on
    every message: the memo is looked at before the words. Also the writer's own accident told inside a death claim ("saya
    jatuh dari motor tadi pagi pas narik, kaki patah" at the cause question was the deceased's work accident, by the
    option's hints): the switch to a report is offered."""
    if ctx.in_progress and ctx.conversation.state.startswith("death.") and death.writers_own_accident(text):
        return understand(ctx, text)
    if MEMO_OFFICER not in ctx.conversation.memo or normalise(text) != normalise(str(LABEL_OFFICER_MENU)):
        return None
    if not ctx.in_progress:
        return Goto(OFFICER_HOME)
    if (form := resume.kept_if_left(ctx, ctx.conversation.state)) is not None:  # as "menu" keeps it
        if ctx.conversation.state.startswith(f"{nominate.FLOW.name}."):  # the officers' menu says it is unfinished
            return Goto(OFFICER_HOME, leaving=True)
        return Goto(OFFICER_HOME, say=(_("Yang sudah Anda isi untuk {form} saya simpan: pilih lagi untuk "
                                         "melanjutkan.").format(form=form),), leaving=True)
    return Goto(OFFICER_HOME, say=(_("Dibatalkan. Isian yang belum dikirim tidak disimpan."),))


TALKING = frozenset({"bicara", "hubungi", "hubungkan", "sambungkan", "ngobrol", "tanya", "bertanya", "chat", "telpon",
                     "minta", "dengan", "sama", "ke", "talk", "speak", "to", "with"})


UNTIL_WHEN = frozenset({"sampai", "sampe", "hingga", "until"})


def _own_payments_asked(found: Classification) -> bool:
    """"iuran saya nunggak ga?", "iuran saya sampai bulan apa" (was the rates): one's record says until when."""
    words = set(found.normalised.tokens)
    return bool(FIRST_PERSON & words and (IN_ARREARS | PAID_UP | UNTIL_WHEN) & words) and not HYPOTHETICAL_WORDS & words


NOT_WHETHER_ENROLLED = frozenset({"cara", "bagaimana", "mau", "ingin", "daftarkan", "boleh", "usulkan", "usul", "syarat",
                                  "how", "want", "mana", "dmn", "dimana", "kemana", "kmn", "where"})
"""How or where to enrol them ("suami sy supir angkot, daftarnya dmn" had his NIK asked, to check him)."""


def _others_enrolment_asked(found: Classification, text: str) -> bool:
    """Whether someone else is enrolled, asked ("teman saya ikut bpjs ga ya", "tetangga saya kecelakaan kemarin, dia ikut
    bpjs ga ya"): their NIK is checked. Not how to enrol them ("istri saya bisa didaftarkan?")."""
    words = set(found.normalised.tokens)
    return (_someone_elses(found.normalised.tokens, text) and bool({"daftar", "terdaftar"} & words)
            and (bool({"tidak", "belum", "kah"} & words) or is_question(text))
            and not (NOT_WHETHER_ENROLLED | {"bisa"}) & words)


def _a_relatives_check(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return bool({"cek", "check"} & words) and _someone_elses(found.normalised.tokens) and not TALKING & words




def _an_officer_signing_in(found: Classification) -> bool:
    """"saya petugas kelurahan": an officer saying who they are, not asking for one (was the hand-off's topic question,
    whose answer became a ticket)."""
    words = set(found.normalised.tokens)
    if found.normalised.text in SIGN_IN_PHRASES:
        return True  # the main menu reads these as its entry; on a page's next steps they came here
    return "petugas" in words and "saya" in words and bool(LOCAL_OFFICE & words) and not TALKING & words


OFFICES = LOCAL_OFFICE - {"desa"}  # "saya dari desa": where one lives
SAYING_WHO_ONE_IS = OFFICES | frozenset({"saya", "aku", "kami", "dari", "petugas", "ini", "pak", "bu", "min", "kak",
                                         "halo", "selamat", "pagi", "siang", "sore", "malam", "staf", "staff",
                                         "pegawai", "operator", "kepala", "ketua"})
CITY_OFFICES = frozenset({"dinas", "disnaker", "pemkot", "bappeda", "dinsos"})


_REFERRED = re.compile(r"\b(?:disuruh|suruh|diminta|minta|dikasih|dikasi|diberi|dapat|dapet|dari|kata)\b(?: \S+){0,3}? "
                       r"(?:ketuart|rt|rw|kelurahan|lurah|kecamatan|camat|petugas|bpjs|pemkot|disnaker)\b"
                       r"|\b(?:ketuart|rt|rw|kelurahan|lurah|kecamatan|camat|petugas|bpjs|pemkot|disnaker)\b(?: \S+){0,3}? "
                       r"(?:disuruh|suruh|diminta|minta|nyuruh|menyuruh)\b")
_HERE = re.compile(r"\b(?:kesini|ke sini|nomor ini|wa ini|no ini|chat ini)\b")


def _referred_here(found: Classification) -> bool:
    """Sent here by an officer or the RT head, told ("petugas bpjs minta sy kesini", "dapat nomor ini dari kelurahan"):
    not a caller's demand (money, a code, a link keep the scam warning)."""
    text = found.normalised.text
    return _HERE.search(text) is not None and _REFERRED.search(text) is not None \
        and not (DEMANDED_OF_A_CALLER | {"resmi", "asli", "official"}) & set(found.normalised.tokens)  # "bot ini resmi dari
    # bpjs?": whether we are official


def _a_helper_told(found: Classification) -> bool:
    """A community helper or an RW head saying who they are and no more ("sy kader posyandu", "sy ketua rw"): were not
    understood. Neither is an officer the city registers."""
    words = set(found.normalised.tokens)
    return "saya" in words and bool(NOT_AN_OFFICERS_ROLE & words or {"ketua", "rw"} <= words) \
        and not RT_HEAD_WORDS & words and len(words) <= JOB_TOLD_AT_MOST


def _introduced_as_an_officer(found: Classification) -> bool:
    """An officer saying only who they are ("saya lurah", "saya dari kecamatan"): the officers' sign-in, as "saya
    ketua rt" and "saya petugas kelurahan" already were."""
    words = set(found.normalised.tokens)
    pairs = set(itertools.pairwise(found.normalised.tokens))
    if ({("saya", "admin"), ("admin", "kota")} & pairs
            and ({"kota", "pemkot", "disnaker"} & words and ("saya", "admin") in pairs or ASKING_TO_SIGN_IN & words)
            and len(words) <= ADMIN_SAID_AT_MOST and not (SCAM_MARKS | MONEY) - {"admin"} & words):
        return True  # "sy admin kota", "saya admin kota jambi, mau masuk": was the scam warning ("admin" of a fee);
        # "admin kota mau login" the enrolment answer, "sy admin, mau masuk" the NIK question
    if "saya" in words and CITY_OFFICES & words and words <= SAYING_WHO_ONE_IS | ASKING_TO_SIGN_IN | CITY_OFFICES:
        return True  # "sy dari dinas", "sy dari disnaker": were not understood (the city's admins sign in too)
    posts = OFFICES | ({"desa"} if "kepala" in words else set())  # "sy kepala desa", not "saya dari desa"
    return "saya" in words and bool(posts & words) and "rw" not in words \
        and words <= SAYING_WHO_ONE_IS | ASKING_TO_SIGN_IN | {"desa"}


ADMIN_SAID_AT_MOST = 8
"""Words of a city admin saying who they are: a longer message may tell of an "admin" asking for money."""


def _sign_in_code_failed(found: Classification) -> bool:
    """An officer's sign-in code refused ("kode petugas sy gak bisa"): the sign-in again, which says why a code typed
    there is refused, rather than the hand-off's topic question."""
    words = set(found.normalised.tokens)
    return "kode" in words and bool({"petugas", "login"} & words) and bool(FAILED & words) \
        and not (CLAIM_NAMED | DEATH_WORDS | {"otp"}) & words  # "kode otp gak masuk": the status check's code


FAILED = frozenset({"gagal", "salah", "error", "ditolak", "kedaluwarsa", "expired", "failed"}) | NEGATIONS
CODE_REFUSED = lazy_gettext("Setiap kode petugas hanya berlaku sekali dan untuk waktu terbatas; jika ditolak, minta kode "
                            "baru ke admin kota. Coba lagi di sini:")
ASKING_TO_SIGN_IN = frozenset({"baru", "cara", "caranya", "masuk", "login", "bagaimana"})
"""With who one is, how to sign in ("sy ketua rt baru, cara masuk gmn": was not understood)."""


def _rt_heads_cover_asked(ctx: Ctx[Any], found: Classification) -> bool:
    """Whether RT heads are covered too ("ketua rt bisa dapat bpjs juga?" got the officers' sign-in, "rt juga ditanggung
    ga" the JKK page): FACTS.md 10, Kota Jambi's 1,650 RT heads."""
    words = set(found.normalised.tokens)
    return (bool(RT_HEAD_WORDS & words) and "juga" in words and bool(COVERED_TOO & words)
            and not RESIDENTS & words and officer_of(ctx.conversation) is None and found.intent not in CLAIMS)


COVERED_TOO = frozenset({"dapat", "ditanggung", "dilindungi", "ikut", "terdaftar", "covered"})


def _rejecting_asked(ctx: Ctx[Any], found: Classification) -> bool:
    """How a kelurahan officer rejects a proposal ("gimana cara nolak usulan")."""
    officer_view = officer_of(ctx.conversation)
    return (officer_view is not None and officer_view.role == Role.KELURAHAN
            and bool({"cara", "bagaimana", "how"} & set(found.normalised.tokens)))


def _proposal_refused_asked(found: Classification) -> bool:
    """"usulan saya ditolak kelurahan kenapa" ("usulan" reads as "daftarkan") got the status check."""
    words = set(found.normalised.tokens)
    return bool(({"daftarkan", "usulan", "usul"} & words or {"kelurahan", "kecamatan"} & words and FIRST_PERSON & words)
                and REFUSED & words) and not CLAIM_NAMED & words  # "sy ditolak kelurahan kenapa": was one's claims


GIVEN = frozenset({"ngasih", "kasih", "memberi", "memberikan", "serahkan", "menyerahkan", "nyerahin", "setor", "kumpulkan",
                   "ngumpulin"})
"""One's papers handed over (to the RT head, for a proposal)."""
PROPOSAL_PROGRESS = frozenset({"disetujui", "diterima", "terima", "acc", "lolos", "sampai", "aktif", "proses",
                               "diproses", "kabar"})


def _proposal_said(said: Normalised) -> bool:
    """A proposal named as typed ("usulan", "diusulin", "diusulkan" read as "daftarkan", which enrolling by oneself or by
    the kelurahan is too), or a submission or an enrolment through the RT ("pengajuan … lewat rt": a claim is submitted
    too; "sy udh didaftarin rt bulan lalu tp blm ada kabar" was one's claims)."""
    return (any(token.startswith(("usul", "diusul")) for token in said.tokens)
            or any(note.startswith(("usul", "diusul", "mengusul")) for note in said.notes)
            or bool({"ajukan", "didaftarin", "didaftarkan", "daftarin"} & set(said.tokens) and RT_HEAD_WORDS & set(said.tokens)))


def _proposal_progress_asked(found: Classification) -> bool:
    """A worker asking how far their own proposal went ("usulan sy udh disetujui blm", "sy udh diusulin rt, kapan
    aktifnya", "pengajuan sy lewat rt udh sampai mana"): was how one is proposed, or the status check, which cannot see
    a proposal. Not a claim's, nor a refusal's (its own answer)."""
    words = set(found.normalised.tokens)
    if RT_HEAD_WORDS & words and {"ktp", "kk", "fotokopi", "data"} & words and GIVEN & words \
            and FIRST_PERSON & words and not (CLAIM_NAMED | DEATH_WORDS) & words:
        return True  # "sy udah ngasih fotokopi ktp ke rt bulan lalu": was one's claims
    return (_proposal_said(found.normalised) and bool(PROPOSAL_PROGRESS & words and FIRST_PERSON & words)
            and bool({"sudah", "kapan", "mana", "tau", "tahu"} & words) and not (REFUSED | CLAIM_NAMED) & words)
    # "gimana tau usulan sy diterima": was how one is proposed


HEIRS_PAPERS = frozenset({"surat", "keterangan", "rekening", "tabungan", "buku", "akta"})
"""An heir's paper or account asked about ("surat keterangan ahli waris bikin dimana"): its own answer, not who the
heirs are."""
RT_HEAD_WORDS = frozenset({"rt", "ketuart"})
_RT_HEAD_IN_ENGLISH = re.compile(r"\b(?:rt head|head of (?:the |an |my )?rt)\b")
"""An RT head naming themself in English, in normalised words: the lexicon's "ketua rt" reading is for Indonesian, and
"rt head" is in a training message (a new reading there means retraining)."""
RESIDENTS = frozenset({"warga", "warganya"})


HANDLING = frozenset({"hapus", "batal", "batalkan", "cabut", "ubah", "ganti", "edit", "cek", "lihat", "status"})


PROPOSING_VERBS = ("usulk", "mengusul", "usulin", "ngusul", "diusulk", "propose")
"""The verb, not the noun: "usulkan warga" asks for the form, "usulan saya" for the proposals made."""


def _proposing_now(found: Classification) -> bool:
    said = {note.split("→")[0].split("~")[0] for note in found.normalised.notes}
    return any(word.startswith(PROPOSING_VERBS) for word in said) and not HANDLING & set(found.normalised.tokens)


def _proposals_handled(found: Classification) -> bool:
    """An RT head naming themself ("saya rt, mau cek usulan yang kemarin") or a proposal acted on ("saya mau hapus
    usulan"): they got how enrolment works, told to ask their RT head; their proposals are behind the sign-in."""
    tokens = found.normalised.tokens
    rt_head = any(first in FIRST_PERSON and second in RT_HEAD_WORDS for first, second in itertools.pairwise(tokens)) \
        or bool(FIRST_PERSON & set(tokens) and _RT_HEAD_IN_ENGLISH.search(found.normalised.text))  # "i am an rt head,
    # how do i propose someone": was how residents are enrolled
    proposal = "usulan→daftarkan" in found.normalised.notes or "usul" in tokens
    return rt_head or proposal and bool(HANDLING & set(tokens))


def _reported_by_an_rt_head(ctx: Ctx[Any], found: Classification) -> bool:
    """A resident's death told by their RT head ("saya rt mau lapor warga meninggal", "pak rt mau laporkan warga yang
    meninggal"): it started an heir's claim, with condolence to the RT head. Signed in, the death report; else the
    officers' sign-in, whose menu has it."""
    tokens = found.normalised.tokens
    words = set(tokens)
    my_residents = any(first in RESIDENTS and second in FIRST_PERSON for first, second in itertools.pairwise(tokens))
    return bool(RESIDENTS & words) and (bool(RT_HEAD_WORDS & words) or my_residents or at_an_rt_heads_side(ctx)) \
        and not HYPOTHETICAL_WORDS & words  # "warga saya meninggal, mau lapor": only an officer says "my resident"


_PROPOSED_BEFORE = re.compile(r"\b(?:yang|yg)\s+(?:(?:udah|sudah|sdh|udh|pernah)\s+)?(?:saya|sy|aku)\s+"
                              r"(?:(?:udah|sudah|sdh|udh|pernah)\s+)?usul(?:kan|in)\b", re.IGNORECASE)
""""yg sy usulin kemarin", "berapa warga yg udah sy usulin": the ones proposed, not a proposal to make (its verb read as
one; the second got the quota's rule)."""
_OWN_PROPOSALS = re.compile(rf"\b(?:usulan|usulannya|diusulkan|diusulin)\b|{_PROPOSED_BEFORE.pattern}", re.IGNORECASE)
"""An RT head's proposals named as typed (the normaliser reads "usulan" as "daftarkan", as a resident's word)."""


_FILES_TRANSFERRED = re.compile(r"\btransfer(?=\s+(?:foto\w*|ktp\w*|kk\w*|dokumen\w*|berkas\w*|file\w*|scan\w*|"
                                r"gambar\w*)\b)", re.IGNORECASE)
"""Files "transferred" are sent ("nanti saya transfer foto ktp nya" got the scam warning, which money transferred is)."""
DIALECT_WORDS = {"kato": "kata", "urang": "orang", "wong lanang": "suami", "wong wadon": "istri", "wong tuo": "orang tua",
                 "makaseh": "makasih", "kada": "tidak", "lpa": "lupa", "ulun": "saya", "pian": "anda", "handak": "mau",
                 "laki ulun": "suami saya", "bini ulun": "istri saya", "ku": "saya", "bpjsku": "bpjs saya",
                 "kartuku": "kartu saya", "badhe": "mau", "babagan": "tentang", "kena setrum": "kesetrum",
                 "tersetrum": "kesetrum"}
"""Jambi and Minang words the normaliser's near spelling misread: "kato" (said) as "kalo" (if), so "kakak sayo meninggal
sebulan lalu, kato lurah ado santunan 42 juta, caro ngurusnyo cakmano" was a death supposed (the JKM page); "urang"
(people) as "uang" (money), so "kato urang bpjs gratis, betul dak?" got the scam warning. Read before classifying: the
lexicon fix meant retraining, which moved other answers. And the Javanese for one's husband or wife ("wong lanang kulo
seda, pripun carane" was not understood: "wong" read as "orang", a person). Jambi's and Palembang's "wong tuo" (one's
parents: "wong tuo aku la dak ado" was not understood) and "makaseh" (thanks). Banjar's "kada" (not: "kada tahu nomor
kpj" was not understood), as Bontang's workers write, with its "ulun" (I), "pian" (you) and "handak" (want): "pian bisa
bantu ulun cek bpjs kah" was not understood, "laki ulun meninggal" (my husband) had no relation; and "lpa", "lupa" without its vowel
("sy lpa no kpj"). "ku" written apart ("kartu bpjs ku ilang", my card: was the scam warning) and attached to the words it
is most often written with; Javanese "badhe", "babagan" (want, about: "kulo badhe takon babagan bpjs" got BPJS
Kesehatan's answer); "kena setrum", "tersetrum" as "kesetrum" (an electric shock: "sy kena setrum pas benerin listrik di
rumah pelanggan" was not understood)."""
ENGLISH_WORDS = {"pays": "bayar", "pregnant": "hamil"}
"""English words the lexicon lacks (its change means retraining): "pays" read as "pas" (when), so "who pays for this" got
the scam warning; "my wife is pregnant" was not understood. Not "pay", which stays itself and which readers of English
look for ("do i need to pay anything")."""
READ_AS = DIALECT_WORDS | ENGLISH_WORDS
_NY_TYPED = re.compile(r"\b([a-z]{3,})ny\b", re.IGNORECASE)
NY_STEMS = frozenset(VOCABULARY) | {"foto", "data", "kaki", "tangan", "alamat", "kepala", "badan", "rekening", "tabungan"}
"""Words whose "-nya" is typed "-ny" ("udh sy krm fotony", "cr klaimny gmn"): was the status check, or not read."""


def _nya_spelled_out(text: str) -> str:
    """"fotony" → "fotonya", where the word before "-ny" is one the lexicon knows ("company" stays)."""
    if "ny" not in text:
        return text
    return _NY_TYPED.sub(lambda m: f"{m[0]}a" if m[1].lower() in NY_STEMS else m[0], text)
_READ_AS_WORD = re.compile(rf"\b(?:{'|'.join(READ_AS)})\b", re.IGNORECASE)
BURIAL = frozenset({"dimakamkan", "dikuburkan", "dikebumikan", "dimakamin", "dikuburin", "dikubur"})
_BURIED = re.compile(rf"(?<!\bbelum )(?<!\bblm )(?<!\bbelom )(?<!\btidak )\b(?:{'|'.join(sorted(BURIAL, key=len, reverse=True))}"
                     r"|(?<!pemandi )(?<!memandikan )(?<!mandiin )(?<!mandikan )(?:jenazah|jenasah|mayat|mayit)(?:nya)?)\b",
                     re.IGNORECASE)
"""A burial or a body tells a death ("hari ini bapak saya dimakamkan, mau urus santunan" and "jenazah blm dimakamkan, bisa
urus skrg?" were not understood): read with it. Not a burial denied ("blm dimakamkan": it read as "not dead"), nor the
job of washing the dead ("pemandi jenazah"). The lexicon has no such words, and a fix there means retraining. The time
said with it is the burial's (_when_told)."""


_SHORT_REFERENCE = re.compile(r"\b(jkk|jkm)[\s\-]*(20\d\d)[\s\-]+0*(\d{1,2})\b", re.IGNORECASE)
"""A claim's reference with its number cut short ("cek klaim jkk 2026 7"): read as the whole one (JKK-2026-000007), not
as the word JKK, which began a new accident report with the message as its story."""


def _references_whole(text: str) -> str:
    return _SHORT_REFERENCE.sub(lambda m: f"{m[1].upper()}-{m[2]}-{int(m[3]):06d}", text)


SOMEONE = frozenset({"yang", "warga", "orang", "tetangga", "teman"})


def _an_accident_nearby(tokens: tuple[str, ...]) -> bool:
    """"ada yang kecelakaan", "pak rt, ada warga kecelakaan": someone's accident told, no more."""
    return _news_nearby(tokens, frozenset({"kecelakaan"}))


def _a_death_nearby(tokens: tuple[str, ...]) -> bool:
    """"ada warga meninggal", "ada warga sy meninggal tadi pagi": someone's death told, no more."""
    return _news_nearby(tokens, DEATH_WORDS) and not {"cerita", "bukan", "katanya"} & set(tokens)


def _news_nearby(tokens: tuple[str, ...], told: frozenset[str]) -> bool:
    words = set(tokens)
    return bool(told & words) and "ada" in words and bool(SOMEONE & words) and len(tokens) <= SHORT_NEWS_WORDS \
        and not (NEGATIONS | {"kalau", "jika", "apakah"}) & words


SHORT_NEWS_WORDS = 6


def _accident_not_reported_yet(tokens: tuple[str, ...]) -> bool:
    return "kecelakaan" in tokens and ("belum", "lapor") in itertools.pairwise(tokens)


_POISONED = frozenset({"keracunan", "teracun", "poisoned", "poisoning"})


def _poisoned_at_work(tokens: tuple[str, ...]) -> bool:
    """Poisoned (food, fumes, a pesticide) where the work is: told, not asked whether it is covered."""
    words = set(tokens)
    return bool(_POISONED & words and (JOB_WORDS | WORKING | {"tempat", "kebun", "sawah", "pabrik"}) & words
                and not (HYPOTHETICAL_WORDS | {"apakah", "termasuk", "ditanggung", "tanggung"}) & words)


_STABBED = frozenset({"dibacok", "bacok", "ditusuk", "tusuk", "ditikam", "tikam", "disabet", "sabet", "disayat"})
"""A blade's wound: "lg ngojek kena begal, tangan disabet", "pas nganter orderan dibacok orang" were not understood."""


def _robbed_at_work(tokens: tuple[str, ...]) -> bool:
    """A robbery or a stabbing told with a wound or with the work it befell ("narik" reads "ojek")."""
    words = set(tokens)
    wounded = (HURT - {"meninggal"} | _STABBED) & words
    if PROPERTY & words and not wounded:
        return False  # "kena begal pas ngojek hp diambil": what was taken is not paid for, said at the menu
    return bool((ROBBERY | _STABBED) & words and (wounded or (words - _STABBED) & (JOB_WORDS | WORKING)))


BELONGINGS_NOT_PAID = lazy_gettext("JKK menanggung pengobatan dan santunan bagi yang terluka, bukan motor, HP atau barang "
                                   "yang rusak atau hilang.")
_RUINED = (DAMAGED | TAKEN_OR_RUINED | {"diambil", "ringsek", "remuk", "dirampas"}) - {"lecet", "patah", "luka"}
"""What befalls a thing, not a body: "jatuh dari motor, kaki patah" breaks the leg."""


def _belongings_told(found: Classification) -> bool:
    """A motorbike, a phone or goods damaged or taken, told with an accident ("sy dirampok pas narik, hp sm motor
    diambil, kepala sy luka", "ditabrak lari, motor ringsek"): the ruin said within a few words after the thing."""
    tokens = found.normalised.tokens
    robbed = bool(_ROBBED & set(tokens) and PROPERTY & set(tokens))  # normalised: "diambil" reads "ambil"
    return robbed or any(word in PROPERTY and _RUINED & set(tokens[at + 1:at + 4]) for at, word in enumerate(tokens))


_BY_ONES_OWN_HAND = re.compile(r"\b(?:bunuh|gantung)\s+diri\b|\b(?:(?:telah|sudah|udah|sdh)\s+)?dipanggil\s+(?:yang\s+"
                               r"maha\s+kuasa|tuhan|allah(?:\s+swt)?)\b|\btutup\s+usia\b", re.IGNORECASE)
ASKING_OF_A_DEATH = frozenset({"apa", "apakah", "bisa", "dapat", "santunan", "cek", "siapa", "berhak", "ahli", "waris", "punya",
                               "syarat", "dokumen"})
"""What is asked of a death, where the JKM page's guess stands."""
_LIFE_NOT_SAVED = re.compile(r"\bnyawa(?:nya)?\s+(?:(\w+(?:\s+(?:saya|sy|aku|ku))?)\s+)?(?:tidak|tak|ga|gak|nggak|tdk)\s+"
                             r"(?:ter)?tolong(?:kan)?\b", re.IGNORECASE)
"""Whose life could not be saved, kept: "nyawa bapak tidak tertolong" reads "bapak meninggal"."""
"""A relative's suicide told ("suami sy bunuh diri, dapet santunan?" got the JKM page's amounts, no condolence): a death,
read as one. One's own wish was answered before (SELF_HARM). And a death said gently ("kakek dipanggil yang maha kuasa
kemarin" was not understood, "nyawa bapak tidak tertolong setelah kecelakaan di jalan" the JKK page)."""


_ROBBED = ROBBERY | {"dicuri"}


def _own_cover_length_asked(tokens: tuple[str, ...]) -> bool:
    """How long one's own cover lasts ("perlindungan sy brp lama"; normalised, "perlindungan" reads "manfaat")."""
    return ("berapa", "lama") in itertools.pairwise(tokens) and "manfaat" in tokens \
        and bool(FIRST_PERSON & set(tokens)) and not (DEATH_WORDS | {"santunan", "klaim"}) & set(tokens)


_REWRITES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_READ_AS_WORD, lambda word: READ_AS[" ".join(word[0].lower().split())]),
    (_FILES_TRANSFERRED, "kirim"),
    (_LIFE_NOT_SAVED, r"\1 meninggal"),
    (_BY_ONES_OWN_HAND, "meninggal"),
    (_BURIED, r"meninggal \g<0>"),
)
"""What is rewritten before classifying, in this order: words the lexicon lacks, files "transferred" (sent), and deaths
said otherwise (a life not saved, by one's own hand, a burial)."""


def _as_read(text: str) -> str:
    text = _references_whole(spelled_out(_nya_spelled_out(text)))
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


_RT_ADDRESSED = re.compile(r"^\W*(?:pak|bu|bapak|ibu|mas|mbak|bang)\s+(?:ketua\s+)?rt\b(?:\s*\d+)?\s*[,.!:]+\s*",
                           re.IGNORECASE)
"""An RT head addressed ("pak rt, tetangga sy blm terdaftar, gmn caranya"): the writer is no RT head, and was signed in
as one (the lexicon's "ketua rt"). Set apart by a comma: "pak rt sy lagi sakit" tells of one's RT head."""


def _read(text: str) -> Classification:
    """The classifier's reading, with two corrections: the deceased's NIK told with a death in the family ("suami saya
    meninggal tanggal 20 …, nik nya 1571…, apa bisa dapat santunan? dokumen apa saja …") is a claim, not the JKM
    page's question it was taken for (the documents page came, and again after "ya"); files "transferred" are sent."""
    if (addressed := _RT_ADDRESSED.match(text)) is not None and text[addressed.end():].strip():
        text = text[addressed.end():]
    found = classify(_as_read(text))
    if found.intent is Intent.JKM_INFO and _bereaved(found) and _valid_nik(text) is not None:
        return dataclasses.replace(found, intent=Intent.DEATH)
    if found.intent is Intent.JKM_INFO and found.by_model and not found.cues and _bereaved(found) \
            and not (QUESTION_WORDS | AMOUNT_WORDS | ASKING_OF_A_DEATH) & set(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.DEATH)  # "bapak sudah berpulang ke rahmatullah": the JKM page
        # was a guess; a death in the family, told and nothing asked
    if found.by_model and _card_not_had(found):
        return dataclasses.replace(found, intent=Intent.STATUS)
    if found.by_model and _valid_nik(text) is not None and status.kpj_said_not_at_hand(text):
        return dataclasses.replace(found, intent=Intent.STATUS)  # "nik ku 1571…, kpj nya lupa": was the JMO app's
        # password answer, or the menu alone
    if found.intent in (Intent.UNKNOWN, Intent.JKN) and _sent_back_asked(found):
        return dataclasses.replace(found, intent=Intent.TRACK)
    if found.by_model and set(found.normalised.tokens) <= KIN_WORDS | OWNING:
        return dataclasses.replace(found, intent=Intent.UNKNOWN)  # "ibu saya" alone was one's claims, a guess
    if found.intent is Intent.JKM_INFO and _own_cover_length_asked(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.STATUS)  # "perlindungan sy brp lama": was the JKM page (its
        # "berapa" read as an amount); the record says until when
    if found.intent is Intent.JHT and set(found.cues) <= {"tabungan"} \
            and ("buku", "tabungan") in itertools.pairwise(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.UNKNOWN)  # "perlu buku tabungan?": a bank book, a claim's
        # paper, not JHT's savings (at a claim's checklist it was JHT's answer)
    if found.by_model and not found.cues and "cek" in found.normalised.tokens \
            and ("orang", "lain") in itertools.pairwise(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.STATUS)  # "bisa cek nik orang lain?": was the JHT answer, a
        # guess; someone else's check, their proof asked as for any
    if found.intent in (Intent.UNKNOWN, Intent.JKK_INFO) and _poisoned_at_work(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.ACCIDENT)  # "keracunan makanan di tempat kerja": the JKK page;
        # asked whether to report it (the branch decides whether it is a work accident)
    if found.intent is Intent.UNKNOWN and _robbed_at_work(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.ACCIDENT)  # "dibegal pas narik malem", "ojol kena begal luka2
        # dpt ga": not understood ("kena begal pas narik malem" was a report); asked whether to report, as a robbery is
    if found.intent is Intent.HUMAN and found.by_model and not found.cues \
            and {"indonesia", "inggris", "english"} & set(found.normalised.tokens) \
            and not {"petugas", "orang", "person", "officer", "manusia", "cs", "admin"} & set(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.LANGUAGE)  # "i want to speak indonesian": was a hand-off
    if found.intent is Intent.TRACK and found.by_model and _accident_not_reported_yet(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.ACCIDENT)  # "kecelakaannya 2 minggu lalu, blm lapor": was the
        # list of one's claims; asked whether to report it (its date, read there, says it is late)
    if found.intent is Intent.UNKNOWN and _a_death_nearby(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.DEATH)  # "ada warga meninggal": not understood (asked whether
        # to claim, as "ada yang meninggal" is)
    if found.intent is Intent.UNKNOWN and (_an_accident_nearby(found.normalised.tokens)
                                           or SOMEONE_HAD_ONE.search(found.normalised.text) and not EMERGENCY.search(text)):
        # "ada orang ketabrak di depan warung sy": was not understood (one hurt badly now: whom to call, and the menu)
        return dataclasses.replace(found, intent=Intent.ACCIDENT)  # "ada warga kecelakaan": not understood (asked
        # whether to report, as "ada yang meninggal" is asked whether to claim)
    if (found.by_model and not found.cues or found.intent is Intent.LOAN and set(found.cues) <= {"perumahan"}) \
            and job_told_besides_the_list(found.normalised):  # "sy buruh pabrik": was the JHT answer; "sy satpam
        return dataclasses.replace(found, intent=Intent.UNKNOWN)  # perumahan" (a housing estate's) the loan answer
    if found.by_model and found.intent is Intent.JKM_INFO and _a_late_relatives_check(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.STATUS)  # "cek bpjs bapak yg udah meninggal": was the JKM page
    if found.intent in (Intent.JHT, Intent.JKN) and found.by_model and ARREARS & set(found.normalised.tokens) \
            and not (DEATH_WORDS | {"kesehatan", "jkn", "kis", "jht"}) & set(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.CONTRIBUTION)  # "kalo nunggak gmn" was JHT's answer,
        # "tunggakan sy berapa" BPJS Kesehatan's: the rates page says when unpaid months stop the cover
    if found.intent is Intent.JHT and LAID_OFF & set(found.normalised.tokens) \
            and {"kecelakaan", "jkk"} & set(found.normalised.tokens):  # "sy dipecat gara2 kecelakaan kerja": was JHT's
        return dataclasses.replace(found, intent=Intent.ACCIDENT, own_case=False)  # answer; the accident is asked of
    if found.intent is Intent.JHT and FORMERLY & set(found.normalised.tokens) \
            and (MISHAP | OWN_MISHAPS) & set(found.normalised.tokens):  # "sy pensiunan pns, skrg jualan, kemarin jatuh
        return dataclasses.replace(found, intent=Intent.ACCIDENT)  # dari motor …": was JHT's answer (its "pensiun")
    if found.by_model and not found.cues and _rest_ordered(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.JKK_INFO)  # "dokter bilang harus istirahat sebulan": was the
        # contribution rates ("sebulan"); the JKK page says what is paid while one cannot work
    if found.by_model and found.intent is Intent.TRACK and CONTRIBUTION & set(found.normalised.tokens) \
            and not (CLAIM_NAMED | {"cair", "pencairan", "uang", "dana"}) & set(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.STATUS)  # "iuran bulan ini udah dibayar belum": was one's
        # claims; whether the contribution is paid is on one's record
    if found.by_model and found.intent is Intent.STATUS and _money_in_asked(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.TRACK)  # "uangnya udah masuk blm": was the NIK question
    if found.intent in (Intent.SCAM, Intent.UNKNOWN) and _admins_number_asked(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.HUMAN)  # "boleh minta nomor admin": was the scam warning
    if found.intent is Intent.ACCIDENT and _only_work_named(found) \
            and (PROPOSING | JOINING) & set(found.normalised.tokens):  # "sy mau daftarin anak sy yg udah kerja jadi
        return dataclasses.replace(found, intent=Intent.NOMINATE)  # ojol" started a report: its work and job, no harm
    if found.intent is Intent.ACCIDENT and _only_jobs_told(found):  # "sy kerja di 2 tempat, ojol sama jualan" started
        return dataclasses.replace(found, intent=Intent.UNKNOWN, own_case=False)  # a report: jobs told, nothing befell
    if found.intent is Intent.UNKNOWN and _a_residents_death_by_the_rt_head(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.DEATH)  # "permisi, saya ketua rt 07 …, ada warga saya meninggal
        # kemarin, …, keluarganya ga tau harus ngapain" was not understood (shorter, it was the RT head's death report)
    if (found.intent is Intent.UNKNOWN or found.by_model and found.intent is Intent.JKK_INFO) \
            and set(found.cues) <= WORK_CUES and _own_mishap_told(found):  # "sy sopir truk, kecelakaan di lintas
        return dataclasses.replace(found, intent=Intent.ACCIDENT, own_case=True)  # timur, truk terguling": was the
        # JKK page; "sy penambang pasir, tertimbun", "sy buruh angkut, pinggang cedera …", "sy pingsan pas kerja" (the
        # work its only cue) were not understood
    if found.intent is Intent.UNKNOWN and set(found.cues) <= WORK_CUES and _fainted_at_work(found) \
            and KIN_WORDS & set(found.normalised.tokens):  # "suami sy pingsan pas kerja di proyek": the emergency line
        return dataclasses.replace(found, intent=Intent.ACCIDENT, own_case=False)  # alone
    if found.intent in (Intent.ACCIDENT, Intent.STATUS) and _ones_report_arrival_asked(found):
        return dataclasses.replace(found, intent=Intent.TRACK)  # "laporan kecelakaan sy udh diterima?" was asked
        # whether to report an accident now; "laporan sy udah masuk belum" was the status check
    if found.intent in (Intent.UNKNOWN, Intent.STATUS) and _a_new_rt_head(found.normalised.tokens):
        return dataclasses.replace(found, intent=Intent.NOMINATE)  # "sy rt baru, rt lama udah diganti": was the
        # status check's NIK question; an RT head, as "sy ketua rt baru" is
    if found.intent is Intent.UNKNOWN and "kpj" in found.normalised.tokens and status.kpj_said_not_at_hand(text):
        return dataclasses.replace(found, intent=Intent.STATUS)  # "mau tau nomor kpj": not understood; where the
        # number is written, and the record (which shows it) opened
    if found.intent in (Intent.UNKNOWN, Intent.LOAN) and not found.cues and _fainted_elsewhere(found):
        # "anak sy pingsan di sekolah" was the scholarship page, "sy pingsan di rumah" the loan answer's words (emptied
        # by the emergency line): read as a mishap, where it happened is answered (at home, at school: no work accident)
        return dataclasses.replace(found, intent=Intent.ACCIDENT)
    return found


STATE_SERVANTS = frozenset({"pns", "asn", "tni", "polri", "polisi", "tentara"})
STATE_SERVANTS_COVER = lazy_gettext(
    "PNS/ASN dilindungi Taspen, sedangkan TNI dan Polri oleh ASABRI: klaim kecelakaan kerja dan kematiannya diajukan "
    "lewat instansinya ke sana, bukan lewat program kota ini.")
"""PP 70/2015 (ASN, Taspen) and PP 102/2015 (TNI/Polri, ASABRI)."""


def _a_state_servants_case(found: Classification) -> bool:
    """An accident or a death of a civil servant, a soldier or a police officer; not a former one ("pensiunan pns, skrg
    jualan" may be in the programme)."""
    tokens = found.normalised.tokens
    whose = FIRST_PERSON | KIN_WORDS | {"sebagai"}  # "sy pns", "suami sy polisi": not "mobil polisi", "polisi bilang"
    return any(word in STATE_SERVANTS and tokens[n - 1] in whose for n, word in enumerate(tokens) if n) \
        and not (FORMERLY | HYPOTHETICAL_WORDS) & set(tokens)


COVERED_WHEN_ENROLLED = lazy_gettext("JKK hanya menanggung peserta yang terdaftar aktif pada hari kecelakaan.")


WORK_CUES = frozenset({"kerja", "antar", "ojek"})
"""The accident's weakest cues: the work, not anything that happened."""


def _only_work_named(found: Classification) -> bool:
    """An accident read from the work alone, nothing befallen: no harm, mishap, assault or injury told."""
    words = set(found.normalised.tokens)
    return bool(found.cues) and set(found.cues) <= WORK_CUES and not (MISHAP | OWN_MISHAPS | HARM | ASSAULTED) & words \
        and find_injury(found.normalised.text) is None


def _only_jobs_told(found: Classification) -> bool:
    return _only_work_named(found) and only_jobs_told(found.normalised.tokens)


def _a_passengers_death(tokens: tuple[str, ...]) -> bool:
    """The writer's passenger dead ("penumpang sy meninggal"): someone else's family's claim."""
    return any(word == "penumpang" and DEATH_WORDS & set(tokens[n + 1:n + 4]) for n, word in enumerate(tokens)) \
        and ("saya", "penumpang") not in itertools.pairwise(tokens)


def _a_residents_death_by_the_rt_head(tokens: tuple[str, ...]) -> bool:
    words = set(tokens)
    return bool(DEATH_WORDS & words and RESIDENTS & words and RT_HEAD_WORDS & words) and not HYPOTHETICAL_WORDS & words


OWN_MISHAPS = frozenset({"kecelakaan", "terguling", "terbalik", "tertimbun", "terjungkal", "tergelincir", "terperosok",
                         "terseret", "longsor"})
FAINTED = frozenset({"pingsan", "kepanasan"})
"""A mishap at work ("sy pingsan pas kerja", "sy kepanasan pas kerja": not understood), not elsewhere ("sy pingsan di
rumah")."""


def _fainted(words: set[str]) -> bool:
    """Fainting told as it happened: not supposed, no death, not asked about."""
    return bool(FAINTED & words) and not (HYPOTHETICAL_WORDS | DEATH_WORDS | QUESTION_WORDS) & words


def _fainted_at_work(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return _fainted(words) and bool((WORKING | WORK_CUES) & words)


REPORT_ARRIVED = frozenset({"terima", "diterima", "masuk", "sampai", "terkirim", "diproses", "proses"})


def _ones_report_arrival_asked(found: Classification) -> bool:
    """Whether one's report arrived or is being handled: one's claims, not a new report. No harm told in it."""
    words = set(found.normalised.tokens)
    return "lapor" in words and bool(REPORT_ARRIVED & words) and bool({"sudah", "belum"} & words) \
        and not {"mau", "ingin"} & words \
        and not (HARM | DEATH_WORDS | MISHAP) & words - {"kecelakaan"} and find_injury(found.normalised.text) is None


RT_REPLACED = frozenset({"baru", "ganti", "diganti", "pengganti", "menggantikan"})


def _a_new_rt_head(tokens: tuple[str, ...]) -> bool:
    words = set(tokens)
    return ("saya", "rt") in set(itertools.pairwise(tokens)) and bool(RT_REPLACED & words) \
        and not (DEATH_WORDS | KIN_WORDS | QUESTION_WORDS) & words


def _fainted_elsewhere(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return _fainted(words) and bool({"rumah", "sekolah"} & words or AT_HOME.search(found.normalised.text))


def _own_mishap_told(found: Classification) -> bool:
    """The writer opening with themself and telling a mishap or a harm, no more asked ("saya …, tertimbun"): their own
    accident; or a harm told while working and no one else named ("kepala kebentur pas angkat galon pelanggan"). Not a
    case supposed, a death, or a question of what is paid."""
    tokens = found.normalised.tokens
    words = set(tokens)
    at_work = bool(WORKING & words) and find_injury(found.normalised.text) is not None
    mishap = OWN_MISHAPS & words or _fainted_at_work(found) or find_injury(found.normalised.text)
    return (tokens[:1] == ("saya",) and bool(mishap) or at_work) \
        and not (HYPOTHETICAL_WORDS | DEATH_WORDS | QUESTION_WORDS | KIN_WORDS | NOT_HEIRS) & words \
        and not {"apakah", "berapa", "bisa", "dapat", "ditanggung"} & words


MIGRANTS_DEATH = lazy_gettext(
    "Jika yang meninggal bekerja di luar negeri sebagai pekerja migran (PMI/TKI), tanyakan klaimnya juga ke kantor "
    "cabang BPJS Ketenagakerjaan atau Contact Center 175: perlindungan pekerja migran bukan bagian dari program kota "
    "ini.")


def _a_migrants_death(found: Classification) -> bool:
    """A migrant worker's death (FACTS.md says nothing of their cover: the branch does, as for a living one)."""
    return bool(MIGRANT & set(found.normalised.tokens)) or any(
        pair in ABROAD for pair in itertools.pairwise(found.normalised.tokens)) and "kerja" in found.normalised.tokens


def _a_late_relatives_check(tokens: tuple[str, ...]) -> bool:
    """A relative who died, whose record is to be checked, asked with no claim named: someone else's status check, as
    "cek status bpjs almarhum bapak" is."""
    words = set(tokens)
    return "cek" in words and "bpjs" in words and bool(DEATH_WORDS & words and KIN_WORDS & words) \
        and not (CLAIM_NAMED | {"urus", "cair", "dapat", "berapa"}) & words


def _rest_ordered(tokens: tuple[str, ...]) -> bool:
    """Rest ordered by a doctor, told: what is paid while one cannot work is the JKK page's."""
    words = set(tokens)
    wage_while_healing = bool({"gaji", "penghasilan", "upah"} & words and {"ganti", "diganti", "sembuh"} & words)
    # "sembuhnya lama, gaji sy siapa yg ganti": was the JKM page
    return bool({"istirahat", "bedrest", "cuti"} & words and {"dokter", "rs", "luka", "patah", "sakit"} & words
                or wage_while_healing) and not DEATH_WORDS & words


def _money_in_asked(tokens: tuple[str, ...]) -> bool:
    """Whether the money came in, asked: a claim's payout, which one's claims show."""
    words = set(tokens)
    return bool({"uang", "uangnya", "duit", "dana", "duitnya"} & words and {"masuk", "cair", "ditransfer", "turun",
                                                                          "sampai"} & words) and not DEATH_WORDS & words


_CONTACTS = CONTACT_ASKED | {"no", "hp"}


def _admins_number_asked(tokens: tuple[str, ...]) -> bool:
    """A number of "the admin" asked for: a person to talk to, as "minta nomor petugas" is. Not an admin fee, nor a
    caller's demand told with it ("ada yg ngaku admin minta transfer")."""
    return any(first in _CONTACTS and second == "admin" for first, second in itertools.pairwise(tokens)) \
        and not (DEMANDED_OF_A_CALLER | CLAIMED_TO_BE) & set(tokens)


SENT_BACK = frozenset({"dikembalikan", "kembalikan", "dibalikin", "balikin", "dikembaliin"})
SENT_BACK_ASKED = frozenset({"kok", "kenapa", "mengapa", "why", "alasan", "alasannya", "dokumen", "berkas", "foto",
                             "kk", "ktp", "akta", "surat"})


def _sent_back_asked(found: Classification) -> bool:
    """Why a document was sent back, asked after the desk's notice ("kok dikembalikan?", "kenapa dokumen sy
    dikembalikan" was BPJS Kesehatan's answer): one's claims, which show the reason under the claim."""
    words = set(found.normalised.tokens)
    return bool(SENT_BACK & words and SENT_BACK_ASKED & words) and not (DEATH_WORDS | {"uang", "iuran"}) & words


OWNING = frozenset({"saya", "aku", "ku", "kami", "my"})


CARD_NOT_HAD = frozenset({"dapat", "terima", "diterima", "kasih", "dikasih", "keluar", "jadi", "nyampe", "sampai",
                          "arrived", "received", "got"})
NOT_YET = frozenset({"tidak", "belum"})


def _card_not_had(found: Classification) -> bool:
    """One's card not had yet is a question of one's enrolment, as "saya belum dapat kartu" is (the status check):
    the model's guesses made "kok saya ga dapat kartu" the JKM page and "belum dapat kartu bpjs" the enrolment
    answer."""
    words = set(found.normalised.tokens)
    not_had = bool(CARD_NOT_HAD & words) and bool(NOT_YET & words)
    where = bool({"mana", "dimana"} & words) and len(words) <= CARD_ASKED_WORDS  # "kartu nya mana": was the JKM page
    return card_named(found) and (not_had or where) and not (NOT_THIS_CARD | CLAIM_NAMED) & words


def _residents_death_told(ctx: Ctx[Any], found: Classification) -> bool:
    """A resident's death told by a signed-in RT head ("ada warga saya meninggal"): their death report, wherever it
    is said; their own family's death is an heir's claim."""
    words = set(found.normalised.tokens)
    return bool(RESIDENTS & words) and _death_to_report(ctx, found)


def _death_to_report(ctx: Ctx[Any], found: Classification) -> bool:
    """A death told at an RT head's menu ("ada warga saya meninggal", "warga rt saya meninggal kemarin"): the menu's
    "Lapor warga meninggal". Not asked as a rule ("kalau warga meninggal …"), nor at another officer's menu."""
    words = set(found.normalised.tokens)
    return bool(DEATH_WORDS & words) and not HYPOTHETICAL_WORDS & words and at_an_rt_heads_side(ctx)


REGISTERING = JOINING | PROPOSING | frozenset({"usul", "tambah", "masukkan", "masukin", "ajukan"})
NEIGHBOURS_NAMED = frozenset({"warga", "tetangga", "orang", "peserta", "pak", "bu", "bapak", "ibu", "dia", "nama",
                              "teman", "saudara", "pekerja", "tukang", "pedagang", "ojek", "ojol"})


_SIGNING_OUT = re.compile(r"^\W*(?:(?:saya|sy|aku)\s+)?(?:(?:mau|ingin|pengen|mo)\s+)?(?:keluar|logout|log out|"
                          r"sign out|signout|keluar akun|keluar dari akun|keluar dari petugas|berhenti jadi petugas)"
                          r"(?:\s+(?:dari\s+)?(?:sini|akun|petugas|menu petugas|dulu|ya|dong))*\W*$", re.IGNORECASE)
"""An officer asking to sign out at their menu ("sy mau keluar", "logout"): there is no sign-out in chat (the city
admin's officer list decides who is one); the residents' menu is one choice away."""
_RESIDENTS_DATA_CHANGED = re.compile(r"\b(?:ganti|ubah|mengubah|merubah|perbaiki|memperbaiki|koreksi|edit|benerin|"
                                     r"betulin)\b.*\bdata\b|\bdata\b.*\b(?:salah|keliru|diganti|diubah|berubah|ganti|"
                                     r"ubah)\b", re.IGNORECASE)
"""A resident's data to be changed, asked by an RT head ("mau ganti data warga", "data warga sy salah")."""
PROPOSAL_NEWS_ASKED = frozenset({"bagaimana", "kabar", "kabarnya", "status", "statusnya", "sudah", "belum", "disetujui",
                                 "ditolak", "diterima", "sampai", "kapan", "lolos", "apa", "berapa"})
"""What an RT head asks of a proposal made: how it is doing, whether it passed."""


def _neighbour_to_propose(ctx: Ctx[Any], text: str, found: Classification) -> bool:
    """A neighbour to register, told at an RT head's menu ("saya mau daftarin tetangga saya pak joko, dia tukang
    becak", "daftar tetangga", "tambah peserta"): was "not understood", the menu's words being "Usulkan warga". Not
    one's proposals ("usulan saya"), nor one handled ("hapus", "cek"), nor a death to report."""
    words = set(found.normalised.tokens)
    return bool(REGISTERING & words and NEIGHBOURS_NAMED & words) and not (HANDLING | DEATH_WORDS) & words \
        and not _OWN_PROPOSALS.search(text) and at_an_rt_heads_side(ctx)


TREATED_BY = frozenset({"puskesmas", "pustu", "dokter", "mantri", "bidan", "perawat"})
"""With FACILITY, where a worker was treated: said in a report, never BPJS Kesehatan's question."""


def _digress(ctx: Ctx[Any], text: str, found: Classification) -> Outcome | None:
    intent = found.intent
    if ctx.conversation.state == OFFICER_HOME and _death_to_report(ctx, found):
        return death_report.start_with(ctx, text)  # "ada warga saya meninggal" was "not understood"
    if ctx.conversation.state == OFFICER_HOME and _neighbour_to_propose(ctx, text, found):
        return nominate.start_with(ctx, text)
    if (ctx.conversation.state == OFFICER_HOME or ctx.conversation.state == nominate.NominateState.ASK_NIK
            and ctx.draft == nominate.NominateDraft()) and at_an_rt_heads_side(ctx) \
            and _OWN_PROPOSALS.search(text) and PROPOSAL_NEWS_ASKED & set(found.normalised.tokens) \
            and (not _proposing_now(found) or _PROPOSED_BEFORE.search(text)):
        return mine_proposals(ctx)  # "usulan bu sri gimana?" at the RT head's menu: was "not understood"; "usulan sy
        # ditolak kenapa" at a new proposal's NIK question was told a NIK is needed (with a name noted, it still is: the
        # form is not dropped)
    if ctx.conversation.state == OFFICER_HOME and _SIGNING_OUT.search(text):  # "sy mau keluar": was not understood
        return Retry(_("Pilih \"Menu utama\" untuk kembali ke menu warga. Akun ini tetap terhubung sebagai petugas; "
                       "untuk melepasnya, hubungi admin kota."))
    if ctx.conversation.state == OFFICER_HOME and at_an_rt_heads_side(ctx) and _RESIDENTS_DATA_CHANGED.search(text):
        # "mau ganti data warga": was not understood
        return Retry(_("Usulan yang belum diperiksa kelurahan bisa ditarik di \"Usulan saya\", lalu diusulkan lagi dengan "
                       "data yang benar. Data warga yang sudah terdaftar diperbaiki di kantor cabang BPJS "
                       "Ketenagakerjaan dengan e-KTP dan KK; sampaikan juga ke kelurahan."))
    if ctx.conversation.state == OFFICER_HOME and named_wrong(text, ("nik",)) is not None and not IDENTIFIER.search(text):
        # "nik nya salah" right after a NIK was refused (already enrolled, not of the area): was "not understood"
        return Retry(_("Untuk memakai NIK yang benar, pilih lagi \"Usulkan warga\" atau \"Lapor warga meninggal\", "
                       "lalu ketik NIK-nya."))
    if intent is Intent.TRACK and ctx.conversation.state == ListState.LIST:
        # "yang ditolak kenapa ya" on a list of proposals is about a proposal, not a claim of one's own. Not at the
        # list's questions ("hmm yang mana ya" at "Usulan mana yang ditarik?" is no question about the list).
        return Retry(_("Di sini daftar usulan, bukan klaim. Status setiap usulan tertulis di daftar, dan alasannya di "
                       "bawah usulan yang ditolak."))
    if (ahead := accident.told_ahead(ctx, text)) is not None:
        return Goto(ctx.conversation.state, draft=ahead, say=(ADDED_TO_SUMMARY,))
    if (documents := _documents_asked(ctx, text, found)) is not None:
        return documents
    if ctx.in_progress and (page := _documents_only(found)) in CLAIM_PAPERS:
        # "syarat klaim kematian apa aja" at the status check's NIK question: was "Yang saya perlukan di sini adalah
        # NIK"; the papers, and the question kept
        return Retry(CLAIM_PAPERS[page](ctx))
    if _which_heir_asked(ctx, found):  # "apa harus ibu saya yang ngurus?": was "Ya, hubungan Anda sudah tercatat: Anak."
        return Retry(_first_heirs_together(ctx.draft.deceased_sex))
    if ctx.conversation.state.startswith("accident.") and _treatment_cost_asked_with_the_accident(found) \
            and not IDENTIFIER.search(text):  # "biaya rs nya ditanggung ga?" at the place: "Itu sepertinya pertanyaan"
        return Retry(TREATMENT_COVERED)
    if _illness_covered_asked(ctx, found):  # "bisa klaim kalau meninggal karena sakit?" at the cause: "not understood"
        return Retry(jkm_in_short(ctx.draft.deceased_sex))
    if (lacking := _document_missing(ctx, text)) is not None:
        return lacking
    if (number := _identifier_at_a_claims_choice(ctx, text)) is not None:
        return number
    if (checked := _deceased_status_asked(ctx, found)) is not None:
        return checked
    if _excused(text):  # "maaf baru balas, tadi hp mati" was a death today at a claim's questions ("Baik, saya catat.")
        return Retry(EXCUSED)
    # At the checklist the claim is kept already: "cek klaim" there goes where it asks (was "Di langkah ini, kirim …").
    requested = (ctx.in_progress or ctx.conversation.state == DocsState.CHECKLIST) and intent in REQUESTS \
        and not found.by_model and found.score >= THRESHOLD
    if intent not in ASIDES and not requested and (told := _told_at_first_question(ctx, text, found)) is not None:
        return told
    if ctx.conversation.state == accident.AccidentState.SUMMARY and (treated := accident.treatment_told(text)):
        # "berobatnya di puskesmas" (read as BPJS Kesehatan's), "went to a clinic": were "not understood"
        more = ctx.draft.model_copy(update=treated)
        return accident.corrected_at_summary(ctx, more, str(ADDED_TO_SUMMARY)) if more != ctx.draft else None
    if (found.by_model or intent in (Intent.UNKNOWN, *CLAIMS)) and (more := _told_at_summary(ctx, text, found)):
        return more
    if (died := _death_by_accident(ctx, found)) is not None:
        return died
    if ctx.conversation.state == OFFICER_HOME and (intent is Intent.THANKS or is_acknowledgement(text)):
        # an officer's "ok", "siap pak" after a decision: their own menu again (it was "Ada lagi …?" with only
        # "Menu utama", and "menu petugas" to be typed to carry on)
        return Goto(OFFICER_HOME, say=(THANKS,) if intent is Intent.THANKS else ())
    if (not ctx.in_progress and is_acknowledgement(text)
            and not ctx.conversation.state.startswith((*WAITING_FOR_FILES, ListState.DETAIL))):
        # "ok" on a page or a result: what else, not the page (nor a proposal being decided); with what the page
        # leads to, not "Menu utama" alone
        return next_steps(*_AFTER_THE_PAGE.get(_page_subject(ctx.conversation.state), ()))
    if found.by_model and not ctx.conversation.state.startswith(INFO_PAGES):
        return None  # inside a flow a reply is most often an answer: only the exact cue tables digress there
    if intent in OUT_OF_SCOPE and _guessed_elsewhere(found):
        return None
    if intent is Intent.JKN and ctx.conversation.state.startswith("accident.") \
            and (FACILITY | TREATED_BY) & set(found.normalised.tokens):  # "di puskesmas" there: where, not BPJS Kesehatan
        return None
    if intent in OUT_OF_SCOPE:
        return Retry(OUT_OF_SCOPE_ANSWERS[intent])
    if intent is Intent.THANKS:  # mid-form the question stays; on a page, not the whole page again
        return Retry(THANKS) if ctx.in_progress else next_steps(say=(THANKS,))
    if intent is Intent.GREETING:
        return Retry(GREETING_MID_FLOW, whole=True)
    if intent is Intent.LANGUAGE:
        return _language(ctx, found)
    at = ctx.conversation.state
    # One's claims are a page too: "syarat beasiswa" under them, which their rule points to, was "not understood"
    if intent in TOPICS and (at.startswith(INFO_PAGES) or at == tracking.TrackState.LIST) and found.score >= THRESHOLD:
        if at == _page_of(intent):
            return Goto(at)  # asked what this very page says: the page is the answer, without "not understood"
        home = _at_home(ctx)
        return _route(home, text, found)  # a follow-up question on an information page: answered there and then
    if (intent in CLAIMS and not ctx.in_progress and found.score >= THRESHOLD
            and len(found.normalised.tokens) >= SWITCH_MIN_WORDS
            and not at.startswith((FLOW_OF_TOPIC[intent] + ".", "switch.", "settings.", *OFFICER_WORK,
                                   *WAITING_FOR_FILES))):
        return _route(_at_home(ctx), text, found)  # an accident told on a result page: as at the menu (nothing is
        # lost; a claim not clearly the writer's own is asked about before it starts)
    if _calculating(found) and not at.startswith(("calc.", "switch.")):
        return _switch_to(ctx, text, found)
    # Clearly about something else: a strong reading of a few words, or of two by the cue tables ("lapor
    # kecelakaan", "klaim kematian", "info jkm"), never a lone word.
    words = len(found.normalised.tokens)
    clearly = found.score >= SWITCH_SCORE and (words >= SWITCH_MIN_WORDS or words >= 2 and not found.by_model)
    if (intent in TOPICS and (requested or clearly)
            and not at.startswith((FLOW_OF_TOPIC[intent] + ".", "switch.", "settings."))
            and not (intent in CLAIMS and (at.startswith(OFFICER_WORK) or at == CalcState.ASK_CASE))):
        return _switch_to(ctx, text, found)
    return None


def _switch_to(ctx: Ctx[Any], text: str, found: Classification) -> Outcome | None:
    """Where the message asks to go: at once when nothing would be lost, else "Pindah sekarang?" first (the
    message kept, to be routed the same way on a yes)."""
    if not ctx.in_progress:
        return _route(_at_home(ctx), text, found)
    memo = {**ctx.conversation.memo, MEMO_PENDING: text}
    return Goto(SwitchState.CONFIRM, conversation=dataclasses.replace(ctx.conversation, memo=memo))


DOCUMENT_WORDS = frozenset({"syarat", "persyaratan", "dokumen", "berkas", "surat", "documents", "document",
                            "requirements", "papers"})
ASKING_WORDS = frozenset({"apa", "saja", "mana", "bagaimana"})
"""Normalised: "aja", "what" and "gimana" read as these."""


CLAIM_PAPERS = {BenefitsState.JKM_DOCUMENTS: benefits.jkm_documents_text,
                BenefitsState.JKK_DOCUMENTS: benefits.jkk_documents_text}
"""What a claim needs, by its page: said in place inside another form."""


def _documents_asked(ctx: Ctx[Any], text: str, found: Classification) -> Outcome | None:
    """"dokumen apa saja yang perlu?" between a claim's questions: the documents as far as the answers so far tell,
    and the question kept (the full checklist comes once the claim is recorded)."""
    tokens = set(found.normalised.tokens)
    if not DOCUMENT_WORDS & tokens or not (ASKING_WORDS & tokens or "?" in text) or any(c.isdigit() for c in text):
        return None
    at, draft = ctx.conversation.state, ctx.draft
    if at.startswith(f"{death.FLOW.name}.") and isinstance(draft, death.DeathDraft):
        required, _optional = death_checklist(draft.benefit, draft.relation or Relation.CHILD, draft.traffic)
    elif at.startswith(f"{accident.FLOW.name}.") and isinstance(draft, accident.AccidentDraft):
        required, _optional = accident_checklist(bool(draft.traffic), draft.treatment or Treatment.PARTNER)
    else:
        return None
    return Retry(_("Dokumen yang diperlukan, sejauh jawaban Anda sampai sekarang:\n{documents}\nDaftar lengkapnya "
                   "muncul setelah klaim ini dicatat, dan fotonya bisa dikirim di sini.").format(
        documents="\n".join("• " + doc_label(doc) for doc in required)))


NIK_DIGITS_TYPED = 16
CLAIM_SUMMARIES = frozenset({death.DeathState.CONFIRM, accident.AccidentState.CONFIRM, accident.AccidentState.SUMMARY})
"""A claim's "Dari pesan Anda, saya mencatat … Benar?", where what was noted is still to be confirmed."""


def _identifier_at_a_claims_choice(ctx: Ctx[Any], text: str) -> Outcome | None:
    """A NIK or a KPJ alone at a claim's question that no number answers (sent again, in case it was lost; or the KPJ,
    which no claim asks): was "not understood". The questions that take a number read it themselves."""
    if not ctx.conversation.state.startswith((f"{death.FLOW.name}.", f"{accident.FLOW.name}.")) \
            or ctx.conversation.state in (death.DeathState.ASK_DATE, accident.AccidentState.ASK_WHEN):
        return None  # a date question says itself that a number is no date (common.why_not_a_date)
    digits = re.sub(r"[\s.\-]", "", text)
    noted = getattr(ctx.draft, "nik", None)
    if not digits.isdigit() or noted is None:  # before the NIK's question, a NIK is its own question's to read
        return None
    if len(digits) == NIK_DIGITS_TYPED and digits != noted and ctx.conversation.state in CLAIM_SUMMARIES:
        return None  # at the summary of what was noted, nothing is confirmed yet: the NIK typed is taken in, as a day is
    if len(digits) == NIK_DIGITS_TYPED:
        return Retry(str(NIK_NOTED) if digits == noted else
                     _("NIK itu berbeda dari yang sudah dicatat. Jika yang tadi salah, ketik \"nik salah\"."))
    if len(digits) == status.KPJ_DIGITS:
        return Retry(_("Nomor KPJ tidak diperlukan di sini: kepesertaan dicek dengan NIK."))
    return None


def _document_missing(ctx: Ctx[Any], text: str) -> Outcome | None:
    """"nggak ada surat nikah" between a claim's questions: where it is made or what stands in for it, and the
    question kept (at the checklist, once the claim is recorded, the documents flow answers it)."""
    if not ctx.conversation.state.startswith((f"{death.FLOW.name}.", f"{accident.FLOW.name}.")):
        return None
    answer = not_had_yet(text)
    if answer is not None and ctx.conversation.state in NIK_QUESTIONS and answer != str(NIK_ON_THE_KK) \
            and (named := set(documents_named(text))) and named <= {Doc.KTP_HEIR, Doc.KK}:
        # "ktp sy hilang, nik nya ga hafal", "ktp sama kk bapak hilang" at the NIK question: were told the claim can be
        # recorded without that paper (not without a NIK) and where a new one is made
        found_for_you = NIK_FOUND_FOR_YOU if Doc.KK in named else NIK_ON_THE_KK
        return Retry(f"{found_for_you} {status.KEPT_FOR_LATER}")
    return Retry(answer) if answer is not None else None


NIK_QUESTIONS = frozenset({accident.AccidentState.ASK_NIK, death.DeathState.ASK_NIK})
NIK_FOUND_FOR_YOU = lazy_gettext("Tanpa KTP dan KK, kelurahan atau Disdukcapil bisa membantu mencari NIK-nya.")


def _deceased_status_asked(ctx: Ctx[Any], found: Classification) -> Outcome | None:
    """"ga tau bpjs nya aktif ato ga" during a death claim: the deceased's cover, which is checked with the claim (a
    status check would ask for the writer's own NIK and proof, and leave the claim)."""
    if found.intent is not Intent.STATUS or not ctx.conversation.state.startswith(f"{death.FLOW.name}."):
        return None
    if found.by_model and not found.cues:
        return None  # "udah itu aja" (that's all) at the NIK question, a guess of the model's: not the deceased's cover
    if FIRST_PERSON & set(found.normalised.tokens) and "nya" not in found.normalised.tokens:
        return None  # "cek status saya": one's own, offered as a switch
    return Retry(_("Tidak perlu diperiksa dulu: petugas memeriksa kepesertaan almarhum dari NIK-nya saat klaim "
                   "diproses. Klaimnya tetap bisa dicatat."))


def _nik_not_at_hand(tokens: tuple[str, ...]) -> bool:
    """A NIK forgotten or not found ("nik almarhum ga ketemu", "nik nya lupa"). Normalised: "ga" reads "tidak"."""
    return "nik" in tokens and (forgotten(tokens) or any(
        first == "tidak" and second in {"ketemu", "ditemukan", "ada", "hafal"} for first, second in itertools.pairwise(tokens)))


WAITING_FOR_FILES = (DocsState.CHECKLIST, DocsState.PICK_ITEM)
"""Where "ok" / "ya" means "I will send them", not "done here": the checklist stays, and says what to do."""

OFFICER_WORK = ("nominate.", "death_report.", "review.", "desk.")
"""An officer's own work: a death or an accident told there ("pak ahmad meninggal tadi subuh" at the death report)
is what is being reported, never a claim of the officer's to switch to."""

ASIDES = OUT_OF_SCOPE | {Intent.THANKS, Intent.GREETING, Intent.LANGUAGE}
"""Said beside the question, not in answer to it: answered, and the question kept."""
REQUESTS = frozenset({Intent.STATUS, Intent.TRACK, Intent.HUMAN})
"""Asking for another of the bot's services in its own words ("cek status saya", "cek klaim"), read by the cue
tables: in the middle of a form, never a story told at a claim's first question, and offered as a switch however
short."""


_DEVICE_OFF = re.compile(r"\b(?:hp|handphone|hape|henpon|ponsel|batre|baterai|batrai|baterei|listrik|sinyal|signal|wifi|"
                         r"kuota|pulsa)(?:\s+(?:saya|sy|ku|aku|nya))?\s+(?:mati|lowbat|habis|abis|drop|error|eror)\b|"
                         r"\blowbat\b", re.IGNORECASE)
_LATE_REPLY = re.compile(r"\b(?:maaf|mohon maaf|sorry)\b.*\b(?:baru|telat|lama|lambat)\s+(?:balas|bales|membalas|respon|"
                         r"jawab|reply)", re.IGNORECASE)


def _excused(text: str) -> bool:
    """"maaf baru balas, tadi hp mati", "hp saya lowbat tadi": the writer's phone, not a death (the normaliser reads
    "mati" as one), and nothing else told: no digits, a few words."""
    return (bool(_DEVICE_OFF.search(text) or _LATE_REPLY.search(text)) and not any(c.isdigit() for c in text)
            and len(text.split()) <= 10)


EXCUSED = lazy_gettext("Tidak apa-apa, kita lanjutkan.")


def _told_at_first_question(ctx: Ctx[Any], text: str, found: Classification) -> Outcome | None:
    """A claim's first question answered with the story instead ("saya jatuh dari motor pas ngojek", "kemarin
    sore jam 5an", "bapak saya meninggal kemarin"): read as it would have been at the main menu and shown for
    confirmation, not answered "not understood"."""
    at = ctx.conversation.state
    if at == accident.AccidentState.WHO and ctx.draft == accident.AccidentDraft():
        told = _accident_prefill(ctx, text, found)
        if found.intent is not Intent.ACCIDENT:
            told = told.model_copy(update={"story": None})  # "kemarin sore jam 5an" is when, not what happened
        if told.reporter is not None or told.happened_on is not None or told.traffic or told.nik:
            return Goto(accident.AccidentState.CONFIRM, draft=told)
    elif at == accident.AccidentState.WHO:  # asked after a confirmed summary that did not say who
        more = _more_of_the_accident(ctx, text, found)
        if more != ctx.draft:  # "kemarin sore" after a NIK typed ahead: added, and all of it shown again
            return Goto(accident.AccidentState.CONFIRM, draft=more)
    if at == death.DeathState.ASK_NIK and not death.shown(ctx.draft) and not (  # only the sex may be known
            found.intent is Intent.ACCIDENT and not DEATH_WORDS & set(found.normalised.tokens)):
        # An accident of one's own told instead ("saya jatuh dari motor tadi pagi …") is no death's date: a switch
        said = _of_the_deceased(ctx, found, _death_prefill(ctx, text, found))
        if _either_way(found):
            said = _who_died_as_before(said, ctx.draft)
        if said.died_on is not None or said.relation is not None or said.cause is not None:
            return death.told(said.model_copy(update={"said_sex": said.said_sex or ctx.draft.said_sex}))
    return None


def _either_way(found: Classification) -> bool:
    """A kin word alone that reads two ways, as who died or as who writes ("anak" at "Ketik NIK almarhum": the
    deceased's parent, or child; "bapak": a man died, or the writer is the father), and nothing more: neither the
    relation nor the sex recorded (it made the heir the deceased's parent); the relation question asks it. "istri",
    "adik" say the same either way."""
    said = [word for word in found.normalised.tokens if word not in _KIN_FILLER]
    return len(said) == 1 and reads_two_ways(said[0])


_KIN_FILLER = frozenset({"ya", "pak", "bu", "kak", "min", "dia", "sebagai"})


ID_PAPERS = frozenset({"nik", "ktp", "kk"})
WHO_DIED_FIELDS = ("relation", "said_sex", "deceased_sex")
"""What the kin words of a message tell of the deceased, unless they are about where the NIK is."""


def _of_the_deceased(ctx: Ctx[Any], found: Classification, told: Any) -> Any:
    """What a death claim's message told, without who the deceased is when it speaks of the NIK's papers: "ga tau nik
    nya, ktp nya dibawa anak saya" made the heir the deceased's parent, "dibawa suami" the widow of a man (who holds
    the card, not who died). Whose relation is asked later anyway."""
    if not ID_PAPERS & set(found.normalised.tokens):
        return told
    return _who_died_as_before(told, ctx.draft)


_OWN_KIN = re.compile(r"\b(?:saya|sy|aku)\s+(?:ini\s+|adalah\s+|sebagai\s+)?(?:anak|istri|suami|cucu|adik|kakak|ibu|bapak|"
                      r"ayah|menantu|keponakan|saudara|ortu|orang tua)\b")


def _who_died_said(found: Classification) -> bool:
    """Whether a message says who died, or who the writer is to them ("ayah saya yang meninggal", "saya cucunya"):
    what may change them once a claim's summary shows them. A relative doing something ("istri saya yang urus
    pemakaman", "adik saya sudah pulang") made the writer the deceased's spouse, the deceased a woman, unsaid."""
    return bool(DEATH_WORDS & with_nya_off(found.normalised.tokens)) \
        or _OWN_KIN.search(found.normalised.text) is not None


def _who_died_as_before(told: Any, draft: Any) -> Any:
    """What a message told, with who died (relation, sex) as the claim had it before it."""
    return told.model_copy(update={field: getattr(draft, field) for field in WHO_DIED_FIELDS})
ADDED_TO_SUMMARY = lazy_gettext("Baik, saya catat.")
NIK_READ_AHEAD = frozenset({accident.AccidentState.WHO, accident.AccidentState.CONFIRM, accident.AccidentState.SUMMARY,
                            death.DeathState.CONFIRM})
"""Where a NIK typed ahead is taken into the claim, and so one mistyped is told what is wrong with it (at the
accident's "Siapa yang mengalami kecelakaan?" it was "Maaf, saya belum mengerti", found by `make run`)."""
_CORRECTION = re.compile(r"^\s*(?:bukan|salah)\b.*(?:,|\btapi\b|\btp\b|\bharusnya\b|\byang benar\b|\byg benar\b)\s*(.+)$",
                         re.IGNORECASE)
"""A correction of the summary: "bukan …, tapi X", "salah, harusnya X"."""
_YES_BUT = re.compile(r"^\W*(?:(?:ya|iya|iye|yes|betul|benar|bener)\W+)?(?:tapi|tp|tpi|tetapi|namun|but)\b\W*(.+)$",
                      re.IGNORECASE | re.DOTALL)
"""A yes with a "but" ("ya tapi jamnya salah, harusnya jam 3"): what follows the "but"."""


RELATION_RESTATED_AT = frozenset({death.DeathState.ASK_CAUSE, death.DeathState.ASK_TRAFFIC,
                                  death.DeathState.ASK_CHILDREN, death.DeathState.ASK_PRIOR_HEIRS})
"""A death claim's questions after the relation was told, where one's relation said again is as recorded."""


_ANIMAL_HARMED = re.compile(r"^(?:(?:kemarin|tadi|semalam|pagi|siang|sore|malam|baru) ){0,2}(?:kucing|anjing|ayam|"
                            r"kambing|sapi|kerbau|burung|bebek|kelinci|kuda|ternak|hewan|domba|babi)\b")
"""An animal the subject of a harm, said first ("sapi saya jatuh …", "kambing saya ketabrak motor"), in normalised words;
not "saya digigit anjing", where the writer is hurt."""
ANIMAL_READ_AS = frozenset({Intent.ACCIDENT, Intent.UNKNOWN, Intent.JKK_INFO})


def _told_at_summary(ctx: Ctx[Any], text: str, found: Classification) -> Outcome | None:
    """More said at a claim's summary instead of yes or no ("kemarin jam 3 sore", "saya terpeleset waktu angkat
    semen", "NIK-nya 1571…"): added to it and the summary shown again, not answered "not understood". The same
    told at a claim's NIK question instead of the NIK ("kemarin sore jatuh dari tangga, kakinya patah", "bapak sakit
    jantung udah lama") is kept in the claim, and the NIK asked again."""
    at = ctx.conversation.state
    draft = ctx.draft
    more: BaseModel
    said = text
    if (but := _YES_BUT.match(text)) is not None:
        text = but.group(1)
        found = classify(text)
    if (correction := _CORRECTION.match(text)) is not None:
        text = correction.group(1)  # "bukan kemarin, tapi senin": what comes after the "tapi"
        found = classify(text)
    if at in NIK_READ_AHEAD and (typed := _nik_typed(text)) is not None \
            and isinstance(mistyped := parse_nik(typed), NikError):
        return Retry(status.nik_problem_text(mistyped))  # was "Jawab dulu: …", or "belum mengerti" at "Siapa …?"
    if at == accident.AccidentState.SUMMARY:
        if (field := accident.field_to_correct(ctx, said)) is not None:
            return field
        more = _more_of_the_accident(ctx, text, found)
        return accident.corrected_at_summary(ctx, more, str(ADDED_TO_SUMMARY)) if more != draft else None
    if at == accident.AccidentState.CONFIRM:
        more = _more_of_the_accident(ctx, text, found)
    elif (at == accident.AccidentState.ASK_NIK and found.intent in (Intent.ACCIDENT, Intent.UNKNOWN)
          and not IDENTIFIER.search(text)):  # a NIK mistyped is told so; a death, offered its claim
        more = _more_of_the_accident(ctx, text, found).model_copy(update={"reporter": draft.reporter})
    elif at in RELATION_RESTATED_AT:  # "sy istrinya" at the children question: was not understood
        return death.day_corrected(ctx, said) or _relation_said_again(ctx, found, _death_prefill(ctx, text, found))
    elif at == death.DeathState.EXPECTATION:  # "ya tapi meninggalnya tanggal 20": the claim's answers again
        if (children := death.children_at_expectation(ctx, text, str(ADDED_TO_SUMMARY))) is not None:
            return children
        # Never the deceased's sex read from it ("saya istrinya" made the deceased a woman); one's relation only
        # when said as a correction ("ya tapi saya anaknya").
        told = _death_prefill(ctx, text, found)
        if (restated := _relation_said_again(ctx, found, told)) is not None:
            return restated
        told = told.model_copy(update={"said_sex": None, "relation": told.relation if but or correction else None})
        more = death.with_more(draft, told)
        return death.corrected_at_expectation(ctx, more, str(ADDED_TO_SUMMARY)) if more != draft else None
    elif at == death.DeathState.CONFIRM or (  # an accident not said to be work's: _death_by_accident
            at == death.DeathState.ASK_NIK and not IDENTIFIER.search(text)
            and (found.intent is not Intent.ACCIDENT or find_work_accident(found.normalised))
            and not death.writers_own_accident(text)):  # "saya jatuh … waktu antar penumpang, lutut lecet": the switch
        told = _of_the_deceased(ctx, found, _death_prefill(ctx, text, found))
        if not ID_PAPERS & set(found.normalised.tokens) and (restated := _relation_said_again(ctx, found, told)):
            return restated
        if at == death.DeathState.ASK_NIK and draft.relation is None and _either_way(found):
            told = _who_died_as_before(told, draft)
        if draft.relation is not None and not (but or correction) and not _who_died_said(found):
            told = _who_died_as_before(told, draft)  # "istri saya yang urus pemakaman": the wife, not the deceased
        more = death.with_more(draft, told)
    else:
        return None
    return Goto(at, draft=more, say=(ADDED_TO_SUMMARY,)) if more != draft else None


def _relation_said_again(ctx: Ctx[Any], found: Classification, told: death.DeathDraft) -> Outcome | None:
    """One's relation said again and nothing more ("anak" after "bapak saya meninggal", "saya istrinya"), read either
    way: as recorded. "anak" alone at the NIK question had made the child who told of a father's death his parent."""
    if told.nik is not None or told.died_on is not None or told.cause is not None:
        return None
    if _other_first_heir_alive(ctx, found):
        return Retry(_first_heirs_together(ctx.draft.deceased_sex))
    if "menantu" in found.normalised.tokens and ctx.conversation.state == death.DeathState.ASK_PRIOR_HEIRS \
            and ctx.draft.asking == HeirGroup.SPOUSE_OR_CHILD:  # "sy menantunya" at "… meninggalkan istri/suami atau
        return Retry(str(death.CHILD_IN_LAW))  # anak …?" was not understood: the writer's spouse is the first heir
    for relation in (told.relation, find_own_relation(found.normalised)):
        if (restated := death.relation_restated(ctx, relation)) is not None:
            return restated
    return None


def _nik_typed(text: str) -> str | None:
    """A NIK in the text, or a number alone about as long as one (a digit too many or too few)."""
    alone = re.sub(r"[\s.\-]", "", text.strip())
    return find_nik(text) or (alone if alone.isdigit() and 14 <= len(alone) <= 18 else None)


def _more_of_the_accident(ctx: Ctx[Any], text: str, found: Classification) -> accident.AccidentDraft:
    draft = ctx.draft
    day_told = tells_day(text, ctx.local_now)
    if draft.happened_on is not None and not day_told:  # a time of day, on the day already told
        local_now = min(ctx.local_now, dt.datetime.combine(draft.happened_on, dt.time(23, 59)))
        ctx = ctx._replace(local_now=local_now, today=local_now.date())
    told = _accident_prefill(ctx, text, found)
    if draft.reporter is not None and not INJURY_WORDS & set(found.normalised.tokens):
        # "ibu saya juga ikut bantu" made the report the mother's: who was hurt changes only with the mishap said
        # ("bukan saya, yang kecelakaan suami saya")
        told = told.model_copy(update={"reporter": None})
    if found.intent is not Intent.ACCIDENT or (told.happened_on and len(without_time_of_day(text).split()) < 3) \
            or (told.injury and len(text.split()) - len(told.injury.split()) <= 2):
        # "tadi pagi jam 7" is when, and "oh iya tangannya juga keseleo" the injury, not what happened
        told = told.model_copy(update={"story": None})
    return accident.with_more(draft, told, day_told=day_told)


FELL = frozenset({"jatuh", "terjatuh", "tertimpa", "kejatuhan"})
"""A fall told at the cause question that the model reads as nothing ("jatuh dari atap di rumah pelanggan"): it was "not
understood"."""


def _death_by_accident(ctx: Ctx[Any], found: Classification) -> Outcome | None:
    """An accident told during a death claim ("jatuh dari motor waktu narik ojek" at its cause question): how the
    worker died, not an accident to report instead (a switch would leave the claim). At the cause question it is
    the answer "Kecelakaan kerja" (the officer checks that it was work); before it, the question is kept."""
    at_cause = ctx.conversation.state == death.DeathState.ASK_CAUSE
    fell = at_cause and found.intent is Intent.UNKNOWN and bool(FELL & set(found.normalised.tokens))
    if not (found.intent is Intent.ACCIDENT or fell) or not ctx.conversation.state.startswith(f"{death.FLOW.name}."):
        return None
    own = find_reporter(found.normalised) == "self" and not DEATH_WORDS & set(found.normalised.tokens)
    if own and (not at_cause or find_injury(found.normalised.text) is not None):
        # "saya jatuh dari motor tadi pagi …, lutut lecet": the writer's own accident, offered as a switch; at the cause
        # question too when the writer tells their own injury (it was recorded as how the worker died)
        return None
    if at_cause and death.off_work_told(found.normalised.text):  # "kecelakaan tp bukan pas kerja": was the JKK death's
        return death.died_off_work(ctx)
    if at_cause:
        at_home = AT_HOME.search(found.normalised.text) and not tied_to_work(found, found.normalised.text)
        return death.died_at_home(ctx) if at_home else death.died_at_work(ctx)
    if ctx.draft.cause is None:
        return Retry(_("Penyebab meninggalnya saya tanyakan sesudah ini: jika karena kecelakaan kerja, termasuk di "
                       "jalan berangkat atau pulang kerja, pilih \"Kecelakaan kerja\" di sana."))
    return None


def _language(ctx: Ctx[Any], found: Classification) -> Outcome:
    words = set(found.normalised.tokens)
    locale = "en" if "inggris" in words else "id" if "indonesia" in words else None
    if locale is None:
        return Goto("settings.language")
    return Goto(ctx.conversation.state, locale=locale, say=(LANGUAGE_CHANGED,))


# -- what the first message already said -------------------------------------------------------


def _valid_nik(text: str) -> str | None:
    found = find_nik(text)
    return found if found is not None and not isinstance(parse_nik(found), NikError) else None


_WHEN_ENROLLED = re.compile(r"\b(?:daftar|terdaftar|didaftarkan|didaftarin|gabung|join)\w*\s+(?:sejak\s+|dari\s+)?"
                            r"(?:\S+\s+){0,2}?(?:(?:yang|yg)\s+)?(?:lalu|kemarin|kemaren)\b", re.IGNORECASE)
"""When one was enrolled, not when it happened ("baru daftar minggu lalu terus kecelakaan, bisa klaim?" was told the
accident was reported late)."""


def _past(ctx: Ctx[Any], text: str) -> When | None:
    """When it happened, if the message says so and it is not in the future."""
    when = read_when(_WHEN_ENROLLED.sub(" ", text), ctx.local_now)  # the whole text ("at 7 am"), or a date inside it
    if when is None or when.date > ctx.today:
        return None
    if when.date == ctx.today and when.hour is not None and dt.time(when.hour, when.minute) > ctx.local_now.time():
        return None
    if when.date == ctx.today and when.hour is None and when.part is not None and \
            PART_HOURS[when.part] > ctx.local_now.hour + 1:
        return None  # "sore" said at two in the morning: not this afternoon; the flow asks
    return when


WHEN_NAMED = frozenset({"tanggal", "tgl", "tanggalnya", "jam", "pukul", "pkl", "waktu", "waktunya", "kejadian",
                        "kejadiannya", "hari", "harinya", "date", "time", "when"})
_ONLY_A_TIME = WHEN_NAMED | frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset({
    "tadi", "kemarin", "lalu", "yang", "minggu", "bulan", "tahun", "pagi", "siang", "sore", "malam", "subuh", "dini",
    "sekitar", "kira", "lebih", "kurang", "wib", "ini", "barusan", "semalam", "sebelumnya", "pak", "bu", "kak", "min",
    "ya", "oh", "iya", "eh", "maaf", "bukan", "tapi", "sih", "kok", "harusnya", "yesterday", "today", "morning",
    "afternoon", "evening", "night", "last", "ago", "at", "am", "pm", "oclock", "this", "on", "around", "about", "it",
    "was"})
_DOUBTS = frozenset({"kayaknya", "kayanya", "sepertinya", "mungkin", "kira", "pastinya", "pasti", "tau", "tahu", "ingat",
                     "inget", "lupa", "yakin", "rasa", "think", "maybe", "probably", "perhaps", "guess", "exactly",
                     "salah", "keliru", "wrong", "that", "actually", "sorry"})
"""A doubt or a correction said with a time ("kayaknya selasa", "not sure exactly, it was tuesday", "that's wrong, it was
on monday"): still nothing but the time, with the one who says it ("saya lupa, …") and a "not" ("sure" reads as
"yakin")."""


_DEATH_PAPER = re.compile(r"\b(?:akta|akte|surat|sk)(?:\s+keterangan)?\s+meninggal|\bmeninggal\s+certificate\b")
"""Normalised ("kematian" reads as "meninggal"): the death certificate or statement named, a paper with its own day."""


TREATED_ON = frozenset({"rontgen", "dirontgen", "kontrol", "operasi", "dioperasi", "opname", "diopname", "berobat",
                        "dirawat", "periksa", "diperiksa", "fisioterapi", "terapi", "checkup", "xray"})
"""Treatment had on a day, told after the accident's day: that day is the treatment's."""


def _when_told(found: Classification, *, dated: bool = False) -> bool:
    """Whether a time in a message is the death's or the accident's: said with it ("meninggalnya tadi subuh"), named
    as a date or a time ("tanggal 20"), or the message is nothing but a time ("kemarin jam 3 sore"). "tadi saya sudah
    tanya pak rt" changed the date of death, and an accident's time, to today. `dated`: the claim has its day already;
    a message the model reads as a claim is not enough then ("baru tadi pulang dari rs", "2 hari lalu saya sudah ke
    polsek" at the summary moved the date of death to the errand's day)."""
    words = set(found.normalised.tokens)
    if BURIAL & words:
        return False  # "hari ini bapak dimakamkan": the burial's day, not the death's; the claim asks it
    if _DEATH_PAPER.search(found.normalised.text):
        return False  # "akta kematian jadi kemarin", "tadi saya ke kelurahan urus surat kematian": the paper's day
    if TREATED_ON & words and not (DEATH_WORDS | INJURY_WORDS) & words:
        return False  # "tadi pagi baru dirontgen", "tadi pagi kontrol ke rs": the treatment's day, not the accident's
    rest = {word for word in words - _ONLY_A_TIME if not word.isdigit()}
    named = WHEN_NAMED - {"hari", "waktu"} if dated else WHEN_NAMED  # "2 hari lalu saya sudah ke polsek": the errand's
    return bool((DEATH_WORDS | INJURY_WORDS | named) & with_nya_off(found.normalised.tokens)) \
        or found.intent in CLAIMS and not dated or not rest or bool(rest & _DOUBTS) and rest <= _DOUBTS | {"saya", "tidak"}


_CLAUSES = re.compile(r"\s*(?:[,;.]|\b(?:terus|trus|kemudian|tapi|tp|dan|and|then)\b)\s*", re.IGNORECASE)


def _time_of(ctx: Ctx[Any], text: str, told_by: frozenset[str]) -> When | None:
    """The time said in the clause that tells the event (a clause with one of `told_by`, normalised), else any the
    message says: in "suami sy kecelakaan kerja 2 minggu lalu, kemarin meninggal di rs" the accident's two weeks were
    taken for the day of death, in "tadi pagi baru ke rs, kemarin sore sy jatuh dr motor" the hospital's morning for
    the accident's time."""
    for clause in _CLAUSES.split(text):
        if told_by & set(normalise_text(clause).tokens) and (when := _past(ctx, clause)) is not None:
            return when
    return _past(ctx, text)


def _death_prefill(ctx: Ctx[Any], text: str, found: Classification) -> death.DeathDraft:
    """What a message tells of a death (death.read_death), with its NIK, and a time only when it is the death's
    (_when_told)."""
    dated = isinstance(ctx.draft, death.DeathDraft) and ctx.draft.died_on is not None
    month = ctx.draft.month_said if isinstance(ctx.draft, death.DeathDraft) else None
    when = day_in_month(text, month) or (_time_of(ctx, text, DEATH_WORDS) if _when_told(found, dated=dated) else None)
    return death.read_death(text, found.normalised).model_copy(update={
        "nik": _valid_nik(text), "died_on": when.date if when else None, "died_on_rough": bool(when and when.rough),
        # "bapak meninggal bulan lalu": the day typed later ("tgl 20") is read in that month (was this month's)
        "month_said": month_said(text, ctx.today) if when is None else None})


ONLY_ASKING_TO_REPORT = SAYING_ONLY_CLAIM | {"lapor", "melapor", "laporan", "jkk", "tolong", "bantuan", "kecelakaan",
                                             "kerja", "minta", "report", "accident", "work", "prosedur", "alur",
                                             "langkah", "harus", "ke", "mana", "kemana", "siapa", "where", "procedure",
                                             "tapi", "nik", "nya", "lupa", "kpj", "nomor", "cr", "krj", "an"} | SOMEONE | {
                                                 "ada", "ketuart",  # "pak rt, ada warga kecelakaan": no story yet
                                                 "tp", "tidak", "hafal", "ingat", "inget", "tahu", "tau", "saya"}
"""Words of a message that asks to report an accident, or how and where, and tells none of it ("mau lapor jkk", "tolong
bantu klaim jkk", "prosedur klaim jkk gimana", "kecelakaan kerja lapornya kemana", "saya mau lapor kecelakaan tapi nik
nya lupa", "gmn cr lapor kcelakaan krj", "how do i report an accident"): it is no story to put in the report (the
last five were, as the report's "Kejadian"). "cr" and "krj" (cara, kerja) are left to the lexicon's spelling otherwise:
the model trains on them as they are. "sy mau lapor kecelakaan tp nik sy ga hafal" (its
"tp nik sy ga hafal" was recorded as what happened) tells none either."""


def _accident_prefill(ctx: Ctx[Any], text: str, found: Classification) -> accident.AccidentDraft:
    if phone_borrowed(found.normalised.tokens):
        # "mau lapor kecelakaan tp hp sy rusak, pake hp istri gpp?": of the phone, not of the accident (it made the wife
        # the one hurt, and the phone sentence the story)
        return accident.AccidentDraft()
    dated = isinstance(ctx.draft, accident.AccidentDraft) and ctx.draft.happened_on is not None
    month = ctx.draft.month_said if isinstance(ctx.draft, accident.AccidentDraft) else None
    when = day_in_month(text, month) or (  # not "tadi saya sudah tanya pak rt"
        _time_of(ctx, text, INJURY_WORDS) if _when_told(found, dated=dated) else None)
    story = story_told(text)
    told = 10 <= len(story) <= accident.MAX_FREE_TEXT and not set(found.normalised.tokens) <= ONLY_ASKING_TO_REPORT
    return accident.AccidentDraft(
        reporter=find_reporter(found.normalised), nik=_valid_nik(text),
        happened_on=when.date if when else None, happened_rough=bool(when and when.rough),
        part=when.part if when else None,
        hour=when.hour if when else None, minute=when.minute if when else 0,
        traffic=find_road(found.normalised), injury=find_injury(text),
        story=story if told else None, place=accident.place_in_story(story) if told else None,
        month_said=month_said(text, ctx.today) if when is None else None,
        **(accident.treated_in_story(text) or {}),
    )


# -- switching flows from inside one ----------------------------------------------------------


def _switch_text(ctx: Ctx[Any]) -> str:
    pending = str(ctx.conversation.memo.get(MEMO_PENDING, ""))
    found = _read(pending)
    topic = TOPICS.get(found.intent)
    what = _("menghitung santunan") if _calculating(found) else str(topic) if topic is not None else _("hal lain")
    interrupted = next((state for state in reversed(ctx.conversation.history) if not state.startswith("switch.")), "")
    if resume.kept_if_left(ctx, interrupted) is not None:
        return _("Sepertinya Anda ingin {what}. Jika pindah, isian yang sedang berjalan saya simpan untuk dilanjutkan "
                 "nanti. Pindah sekarang?").format(what=what)
    return _("Sepertinya Anda ingin {what}. Jika pindah, isian yang sedang berjalan ditinggalkan. "
             "Pindah sekarang?").format(what=what)


_HOME_DRAFT = MenuDraft()


def _another_request(ctx: Ctx[Any], found: Classification) -> bool:
    """At the offer to continue a kept form, a request of another journey than the form's, said clearly."""
    flow = FLOW_OF_TOPIC.get(found.intent)
    return (flow is not None and found.score >= THRESHOLD and not found.by_model
            and flow != ctx.conversation.memo.get(MEMO_OFFERED))


def _at_home(ctx: Ctx[Any]) -> Ctx[Any]:
    """The same context as if the message had come at the main menu: routed as a first message would be, with the
    menu's own draft. The page's draft stayed: a question asked from there ("Apakah Anda ingin mengurus klaim…?",
    an overlay) then read a document checklist as the menu's draft, and the engine failed on it ("ini ktp
    almarhumah" at the checklist)."""
    home = ctx.conversation.but(state=HOME, draft=_HOME_DRAFT.model_dump(mode="json"), history=())
    return ctx._replace(conversation=home, draft=_HOME_DRAFT)


def _without_pending(ctx: Ctx[Any]) -> Ctx[Any]:
    memo = {k: v for k, v in ctx.conversation.memo.items() if k != MEMO_PENDING}
    return ctx._replace(conversation=ctx.conversation.but(memo=memo))


def _switch(ctx: Ctx[Any]) -> Outcome:
    pending = str(ctx.conversation.memo.get(MEMO_PENDING, ""))
    ctx = _without_pending(ctx)
    home = _at_home(ctx)
    outcome = _route(home, pending, _read(pending)) or Goto(HOME)
    if isinstance(outcome, Goto):
        return dataclasses.replace(outcome, conversation=outcome.conversation or ctx.conversation)
    said = (outcome.problem,) if isinstance(outcome, Retry) else ()
    return Goto(HOME, say=said, conversation=ctx.conversation)


LONG_AGO = dt.timedelta(days=365)
PAST_ONLY = frozenset({"pernah", "sembuh"})
"""Said of a case long past ("dulu bapak saya pernah kecelakaan kerja, sekarang sudah sembuh", "nenek saya meninggal
waktu saya kecil"): background to what follows, not a claim to start; asked about first."""


_YEARS = r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*tahun"
_YEARS_AGO = re.compile(rf"\b(?:{_YEARS}|tahun)\s+(?:(?:yang|yg)\s+)?lalu\b"  # "setahun" reads "tahun"
                        rf"|\b(?:meninggal|kecelakaan)\s+(?:sudah\s+)?{_YEARS}\b"
                        r"|\b(?:waktu|ketika|pas|sejak)\s+(?:saya\s+)?(?:masih\s+)?kecil\b")
"""Years ago ("10 tahun lalu", "tahun lalu", "meninggal 5 tahun", "waktu saya kecil"), which the date reader leaves; not an age ("umur
60 tahun"), nor a small wound ("luka kecil")."""


_IN_THE_YEAR = re.compile(r"(?<!lahir )(?<!sejak )(?<!daftar )\b(?:tahun|meninggal|pada)\s+((?:19|20)\d\d)\b")
"""A year named ("tahun 2021", "meninggal 2015"), which the date reader leaves: an earlier one is a case long past,
unless it is a birth's or an enrolment's ("lahir tahun 1980", "sejak tahun 2019") or something recent is told too."""


def _long_past(ctx: Ctx[Any], text: str, found: Classification) -> bool:
    """A case told as long past ("ibu meninggal 10 tahun lalu" started a death claim at once): asked about first."""
    if PAST_ONLY & set(found.normalised.tokens) and not RECENT_WORDS & set(found.normalised.tokens) \
            or _YEARS_AGO.search(found.normalised.text):
        return True
    if any(int(year) < ctx.today.year for year in _IN_THE_YEAR.findall(found.normalised.text)) \
            and not RECENT_WORDS & set(found.normalised.tokens):
        return True  # "suami meninggal karena covid tahun 2021" started a claim at once
    when = _past(ctx, text)
    return when is not None and ctx.today - when.date > LONG_AGO


REPORT_WITHIN = dt.timedelta(days=2)
"""2×24 hours (FACTS.md §6), counted in whole days where only the day is told."""


UNPAID = frozenset({"bayar", "dibayar", "terbayar", "paid"})


PAID_LATE = frozenset({"telat", "terlambat", "late"})


def _arrears_told(found: Classification) -> bool:
    """Also paid late ("iurannya telat bayar 2 bulan", "even if contributions were late"): was "Bisa, jika … aktif"."""
    words = set(found.normalised.tokens)
    return bool(IN_ARREARS & words or "aktif" in words and NEGATIONS & words
                or {"iuran", "bpjs"} & words and UNPAID & words and {"belum", "tidak", "ga", "gak", "nggak"} & words
                or "iuran" in words and PAID_LATE & words)


STILL_POSSIBLE = re.compile(r"\b(?:masih|msh) (?:bisa|dapat)\b|\bbaru (?:tau|tahu|dengar|denger)\b")
"""An heir asking whether a death long past can still be claimed: it can (FACTS.md §6), said before the ask. The two
words together: "anak kami 2 masih sd, apa bisa dapat santunan?" asks something else. Or an heir who has only now
learned of the benefit ("suami meninggal 3 tahun lalu baru tau ada santunan")."""
FAMILY_PAID = frozenset({"dapat", "dapet", "dapatkan", "berhak", "cair"})
"""An heir asking whether the family gets anything: answered in short before the ask."""
CLAIM_POSSIBLE = frozenset({"bisa", "klaim"})
CAN_CLAIM_ASKED = re.compile(r"\b(?:(?:bisa|bs)\s+(?:di)?klaim\w*|(?:dapat|dapet|dpt)(?:\s+santunan\w*)?|berhak)(?:\s+\w+)?\s+"
                             r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|nda|ndak|nggk|dak|idak)\s*[?.!]*\s*$"
                             r"|\bcan\s+(?:i|we)\s+(?:still\s+)?(?:claim|get)\b", re.IGNORECASE)
""""…, bisa klaim ga", "…, dapat santunan dak" (Jambi's "dak"), "…, sy istri kedua, dapat ga", "…, can i claim": a
question without its question mark."""
MONEY_NAMED = frozenset({"santunan", "uang", "asuransi"})
"""With "ada", an heir asking whether anything is paid ("suami meninggal krn sakit jantung, ada santunan?" was only asked
whether to claim, as if a death by illness were a claim's matter only)."""
CAN = frozenset({"bisa", "saged", "saget", "tiasa"})
ASKING_FOR = frozenset({"minta", "nyuwun", "nyuhunkeun"})
"""Javanese and Sundanese as typed (the normaliser, and the model trained on it, do not read them)."""
HOW_MUCH = AMOUNT | {"total", "jumlah"}
"""With "berapa", an heir asking the amount: both amounts, before the ask (the claim shows its own later)."""
THE_FAMILY_CLAIMS = lazy_gettext("Santunannya diajukan keluarga yang ditinggalkan (ahli warisnya); Anda boleh membantu "
                                 "mereka memulainya di sini.")
"""A neighbour's or a friend's death told ("tetangga saya meninggal"): the writer was asked whether to claim, cold, as if
the money were theirs to ask for."""
CARD_NOT_NEEDED = lazy_gettext("Kartu peserta yang hilang tidak menghalangi klaim: kepesertaannya dicek dengan NIK, "
                               "yang juga tertulis di Kartu Keluarga (KK).")


def _card_lost_before_a_claim(found: Classification) -> bool:
    """One's card lost, asked whether one can still claim, with no death or accident told (a death told starts the
    claim, whose question answers it)."""
    words = set(found.normalised.tokens)
    return (card_named(found) and bool(LOST & words) and bool(CLAIM_NAMED & words)
            and not (DEATH_WORDS | HURT | KIN_WORDS | MONEY) & words and found.intent not in CLAIMS)


_FIRST_HEIR = r"(?:ibu|mama|mamak|emak|bapak|ayah|papa|istri|suami|anak|saya|aku)"
_EITHER_HEIR = re.compile(rf"\b(?P<one>{_FIRST_HEIR})(?:\s+(?:saya|sy|almarhum))?\s+atau\s+"
                          rf"(?P<other>{_FIRST_HEIR})\b")
_OTHER_PARENT_ALIVE = re.compile(r"\b(?P<one>ibu|mama|mamak|emak|bapak|ayah|papa)(?:\s+(?:saya|sy))?\s+(?:masih|msh)\s+"
                                 r"(?:ada|hidup)\b")
_MOTHER = frozenset({"ibu", "mama", "mamak", "emak"})
_FATHER = frozenset({"bapak", "ayah", "papa"})


def _first_heirs_weighed(found: Classification) -> bool:
    """"ayah meninggal, yang klaim ibu atau saya?", "suami saya meninggal, yang ngurus saya atau anak saya?", "bapak
    saya meninggal, ibu saya masih ada, saya anaknya bisa klaim?": the deceased's spouse and child weighed against each
    other, heirs of the first group together (FACTS.md §8). Not a widow's own mother alive."""
    relation = find_deceased_relation(found.normalised) or find_own_relation(found.normalised)
    if relation not in (Relation.CHILD, Relation.SPOUSE):
        return False
    text = found.normalised.text
    either = _EITHER_HEIR.search(text)
    if either is not None and either["one"] != either["other"]:
        return True
    return relation is Relation.CHILD and _OTHER_PARENT_ALIVE.search(text) is not None


def _deceased_of_the_weighed(found: Classification) -> Literal["L", "P"] | None:
    """The deceased is the parent not weighed as a claimant ("ayah meninggal, yang klaim ibu atau saya?": the father,
    which the mother named first had made a woman)."""
    text = found.normalised.text
    either, alive = _EITHER_HEIR.search(text), _OTHER_PARENT_ALIVE.search(text)
    named = ({either["one"], either["other"]} if either else set()) | ({alive["one"]} if alive else set())
    if named & _MOTHER:
        return "L"
    if named & _FATHER:
        return "P"
    return find_deceased_sex(found.normalised)


def _who_claims_asked(found: Classification) -> bool:
    """Which of the first heirs claims, asked by one of them as the claim starts ("ibu sy meninggal, dia janda,
    anak2nya 3 org, siapa yg ngurus"): the claim began with the question unanswered."""
    words = set(found.normalised.tokens)
    relation = find_deceased_relation(found.normalised) or find_own_relation(found.normalised)
    return "siapa" in words and bool(HANDLING_A_CLAIM & words) and relation in (Relation.CHILD, Relation.SPOUSE)


MUST_OR_MAY = frozenset({"harus", "wajib", "mesti", "musti", "boleh", "bisa", "siapa"})
HANDLED_BY = HANDLING_A_CLAIM - {"klaim", "claim", "file"}
"""Handling a claim, not the claim named ("bisa klaim …?" asks whether it pays, not which heir claims)."""


def _which_heir_asked(ctx: Ctx[Any], found: Classification) -> bool:
    """Which of the first heirs handles the claim, asked by one of them inside it ("apa harus ibu saya yang ngurus?",
    "sy anaknya yg ngurus boleh?"): the relation found in it was said back as recorded, its "Ya" a wrong answer."""
    words = set(found.normalised.tokens)
    return (ctx.conversation.state.startswith("death.") and isinstance(ctx.draft, death.DeathDraft)
            and ctx.draft.relation in (Relation.CHILD, Relation.SPOUSE)
            and bool(MUST_OR_MAY & words) and bool(HANDLED_BY & words) and bool({"yang", "siapa"} & words)
            and not IDENTIFIER.search(found.normalised.text))


def _illness_covered_asked(ctx: Ctx[Any], found: Classification) -> bool:
    """Whether a death from illness is paid, asked inside a death claim before it is recorded."""
    words = set(found.normalised.tokens)
    return (ctx.conversation.state.startswith("death.") and isinstance(ctx.draft, death.DeathDraft)
            and "sakit" in words and bool({"bisa", "dapat", "boleh", "apakah"} & words)
            and bool({"klaim", "santunan", "cair", "dibayar", "ditanggung"} & words))


STILL_ALIVE = re.compile(r"\b(?:masih|msh) (?:ada|hidup|sehat)\b")
OTHER_FIRST_HEIRS = frozenset({"ibu", "bapak", "ayah", "istri", "suami", "mama", "papa", "mamak", "emak", "abah", "umi"})


def _other_first_heir_alive(ctx: Ctx[Any], found: Classification) -> bool:
    """The other parent, or the children, told to be alive by a first heir ("ibu masih ada" under a father's figures):
    its "ibu" was read as the writer's relation and said back as recorded ("Ya, hubungan Anda sudah tercatat: Anak")."""
    return (isinstance(ctx.draft, death.DeathDraft) and ctx.draft.relation in (Relation.CHILD, Relation.SPOUSE)
            and STILL_ALIVE.search(found.normalised.text) is not None
            and bool((OTHER_FIRST_HEIRS | {"anak"}) & set(found.normalised.tokens)))


def _first_heirs_together(sex: Literal["L", "P"] | None) -> str:
    if sex == "L":
        return _("Istri almarhum dan anak-anaknya sama-sama ahli waris yang pertama: salah satu dari mereka bisa "
                 "mengurus klaimnya. Kantor cabang yang memastikan.")
    if sex == "P":
        return _("Suami almarhumah dan anak-anaknya sama-sama ahli waris yang pertama: salah satu dari mereka bisa "
                 "mengurus klaimnya. Kantor cabang yang memastikan.")
    return _("Istri atau suami almarhum dan anak-anaknya sama-sama ahli waris yang pertama: salah satu dari mereka "
             "bisa mengurus klaimnya. Kantor cabang yang memastikan.")


FAMILY_MAY_REPORT = lazy_gettext("Bisa. Keluarga atau orang lain boleh melaporkan kecelakaan kerja seorang pekerja: "
                                  "pilih \"Keluarga/orang lain\" saat ditanya siapa yang mengalaminya.")


def _reported_by_family_asked(found: Classification) -> bool:
    """Whether a family member may report the worker's accident ("bisa ga istri yg lapor kecelakaan suami"): was only
    asked whether to report now."""
    words = set(found.normalised.tokens)
    return bool({"bisa", "boleh"} & words and "lapor" in words and FAMILY_WORDS & words and "yang" in words)


GET_WELL = lazy_gettext("Semoga lekas sembuh.")
BADLY_HURT = frozenset({"dirawat", "opname", "icu", "kritis", "koma", "inap", "operasi", "pingsan", "patah", "luka",
                        "terluka", "berdarah", "cedera"})
"""Someone hurt or in hospital after an accident: wished well before what is asked, as condolence opens a death's."""


IN_HOSPITAL = frozenset({"rs", "puskesmas", "klinik", "igd", "ugd", "hospital"})


def _hurt_told(found: Classification, text: str) -> bool:
    """Not where it is denied ("tp ga luka", "belum dirawat"). At or to a hospital is hurt too ("istri sy kesetrum pas
    kerja, skrg di rs" was not wished well)."""
    tokens = found.normalised.tokens
    return find_injury(text) is not None or any(
        word in BADLY_HURT and (i == 0 or tokens[i - 1] not in NEGATIONS | {"belum"}) for i, word in enumerate(tokens)) \
        or any(at in {"di", "ke"} and place in IN_HOSPITAL for at, place in itertools.pairwise(tokens))


def _ask_claim_text(ctx: Ctx[Any]) -> str:
    pending = str(ctx.conversation.memo.get(MEMO_PENDING, ""))
    found = _read(pending)
    if found.intent is Intent.ACCIDENT and not tied_to_work(found, pending):
        return _("Laporan kecelakaan kerja (JKK) untuk kecelakaan saat bekerja, atau di jalan berangkat dan pulang "
                 "kerja. Apakah Anda ingin melaporkannya sekarang?")
    if found.intent is Intent.ACCIDENT:
        question = _("Apakah Anda ingin melapor kecelakaan kerja sekarang?")
        when = _past(ctx, pending)  # "saya kecelakaan sebulan lalu, masih bisa klaim?": answered before the ask
        late = when is not None and when.date < ctx.today - REPORT_WITHIN
        if _treatment_cost_asked_with_the_accident(found) and not ctx.again:  # "…, berobatnya gratis ga?"
            question = f"{TREATMENT_COVERED}\n{question}"
        elif (COVER_ASKED & set(found.normalised.tokens) and is_asking(pending)
              or CLAIM_POSSIBLE <= set(found.normalised.tokens) and (is_asking(pending) or CAN_CLAIM_ASKED.search(pending))
              and not late) and not ctx.again:  # a late one's "masih bisa klaim?" is answered by what is said of it
            # "…, kecelakaan pas antar penumpang, ditanggung?"; "…, jatuh dari motor pas ngojek, bisa klaim?" (was
            # only asked whether to report, unanswered where a death's "bisa klaim?" is answered)
            question = f"{ACCIDENT_COVERED}\n{question}"
        elif REPORT_ASKED_AFTER.search(pending) and not ctx.again:  # "…, lecet doang, perlu lapor ga?"
            question = f"{MUST_REPORT}\n{question}"
        elif phone_borrowed(found.normalised.tokens) and not ctx.again:
            question = f"{PHONE_BORROWED}\n{question}"  # "…, tp hp sy rusak, pake hp istri gpp?": was unanswered
        elif _reported_by_family_asked(found) and not ctx.again:  # "bisa ga istri yg lapor kecelakaan suami"
            question = f"{FAMILY_MAY_REPORT}\n{question}"
        if _arrears_told(found) and not ctx.again:  # "…, bpjs sy ga aktif, gmn?": was only asked whether to report
            question = f"{accident.ARREARS_AT_THE_ACCIDENT}\n{question}"
        if late and when is not None:
            question = f"{accident.late_report_text(rules_on(when.date) or PP_82_2019)}\n{question}"
        elif late_report_asked(found) and not ctx.again:  # "telat lapor kecelakaan gmn": was only asked whether to
            question = f"{jkk_deadline_text(rules_on(ctx.today) or PP_82_2019)}\n{question}"  # report
        elif _hurt_told(found, pending) and not ctx.again:
            question = f"{GET_WELL}\n{question}"
        return question
    words = set(found.normalised.tokens) if not ctx.again else set()  # answered once, as condolence is said once
    weighed = bool(words) and _first_heirs_weighed(found)  # the spouse and a child, which of them claims
    answers = []  # what the heir asked, answered before the ask
    card_lost = bool(LOST & words and {"kartu", "kpj"} & words)
    if words and _arrears_told(found):  # "almarhum nunggak iuran, masih bisa klaim?": not the deadline
        answers.append(str(death.ARREARS_AT_DEATH))
    elif words and STILL_POSSIBLE.search(found.normalised.text):  # "suami meninggal 2 tahun lalu, masih bisa klaim?"
        answers.append(jkm_has_no_deadline())
    elif "berapa" in words and HOW_MUCH & words:  # "…, total santunannya berapa ya": was only asked whether to claim
        answers.append(death_amounts(ctx))
    elif words and _nik_not_at_hand(found.normalised.tokens):  # "nik almarhum ga ketemu": was only asked whether to
        answers.append(str(WHERE_THE_NIK_IS))  # claim
    elif words and (missing := not_had_yet(found.normalised.text, found.normalised.tokens)) is not None \
            and not (card_lost and set(documents_named(found.normalised.text)) <= {Doc.KPJ}):  # said below
        answers.append(missing)  # "akta kematian belum jadi, bisa klaim dulu?": was whether a death is paid at all
    elif words and WHO & words and (HANDLING_A_CLAIM | {"berhak"}) & words and not weighed:
        answers.append(heirs_in_order())  # "…, siapa yang bisa klaim?": was "Bisa, jika …", a yes to a question who
    elif (FAMILY_PAID & words or CLAIM_POSSIBLE <= words or "santunan" in words and CAN & words and ASKING_FOR & words
          or "ada" in words and MONEY_NAMED & with_nya_off(words)) \
            and (is_asking(pending) or FAMILY_PAID & words and "apa" in words  # "…, kami dapat apa", "what do we get"
                 or CAN_CLAIM_ASKED.search(pending) or PAYMENT_ASKED.search(found.normalised.text)):
        # "apa bisa dapat santunan?", "saged nyuwun santunan?" (Javanese: "bisa minta santunan?"); "…, bisa klaim ga",
        # "…, ada santunannya ga" (the latter began a claim): were only asked whether to claim
        sex = find_deceased_sex(found.normalised)
        # "suami saya meninggal tapi kami nikah siri, bisa klaim?" was told "Bisa": whether such a tie is an heir is
        # unsettled (FACTS.md, open questions): the branch says
        answers.append(_standing_unsettled(sex) if _standing_in_doubt(found.normalised.tokens) else jkm_in_short(sex))
        # "kakak saya meninggal …, saya adiknya bisa klaim?": only when no heir comes first. Who died says it first, as
        # the claim reads it ("my father passed away" is no "saya bapak", I the father)
        relation = find_deceased_relation(found.normalised) or find_own_relation(found.normalised)
        if relation is Relation.OTHER and IN_LAWS & words:
            answers.append(str(death.CHILD_IN_LAW))
        elif relation is not None and (first := death.heirs_first(relation, sex)) is not None:
            answers.append(first)
    elif words and _papers_asked(found):  # "suami sy meninggal minggu lalu, syaratnya apa aja buat klaim": the papers
        answers.append(_heirs_papers(found))  # were left unsaid (a claim begun keeps what the message told)
    if weighed:
        answers.append(_first_heirs_together(_deceased_of_the_weighed(found)))
    if words and _others_death(found) and not answers:
        answers.append(str(THE_FAMILY_CLAIMS))
    if card_lost:  # "kartu bpjsnya hilang, bisa klaim?": the card was unanswered (told where its number is found)
        answers.append(str(CARD_NOT_NEEDED))
    question = "\n".join([*answers, _("Apakah Anda ingin mengurus klaim santunan kematian sekarang?")])
    if ctx.again:
        return question
    if _bereaved(found):
        return f"{SORRY_FOR_LOSS}\n{question}"
    return f"{CONDOLENCES}\n{question}" if _others_death(found) else question


def _claim_now(ctx: Ctx[Any]) -> Outcome:
    pending = str(ctx.conversation.memo.get(MEMO_PENDING, ""))
    ctx = _without_pending(ctx)
    home = _at_home(ctx)
    found = _read(pending)
    outcome = _route(home, pending, found, sure=True) or Goto(HOME)
    if isinstance(outcome, Goto):
        return dataclasses.replace(outcome, conversation=outcome.conversation or ctx.conversation)
    return Goto(HOME, conversation=ctx.conversation)


def _only_asking(ctx: Ctx[Any]) -> Outcome:
    """Not a claim: the information it was about instead."""
    pending = str(ctx.conversation.memo.get(MEMO_PENDING, ""))
    found = _read(pending)
    conversation = _without_pending(ctx).conversation
    if found.intent is Intent.ACCIDENT:  # "dokumen apa saja untuk lapor kecelakaan kerja": what it needs
        return Goto(_jkk_target(found), conversation=conversation)
    if _bereaved(found) or _others_death(found):  # condolence was said with the question: a claim begun from the
        conversation = death.condoled(conversation)  # page does not repeat it
    return Goto(_jkm_target(found), conversation=conversation)


_SAID_NO = frozenset(normalise(word) for word in NO_WORDS)
_MEANING_ASKED = frozenset({"maksudnya", "maksud", "bagaimana", "apa", "ya", "nih", "ini", "sih", "kak", "min", "pak",
                            "bu", "mas", "mbak", "nya"})


def _meaning_asked_at_the_menu(ctx: Ctx[Any], tokens: tuple[str, ...]) -> bool:
    """"maksudnya gimana" at the menu, no question of ours before it (a message we sent first answers it elsewhere)."""
    return ctx.conversation.state == HOME and bool({"maksudnya", "maksud"} & set(tokens)) \
        and set(tokens) <= _MEANING_ASKED


_NOT_A_REQUEST = frozenset({Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS})
"""What follows a no without asking anything else ("nggak kok cuma tanya" reads as help)."""
_ONLY_ASKING = frozenset({"tanya", "bertanya", "nanya", "belum", "nanti", "caranya", "gimana", "bagaimana"})
"""The no said otherwise: "saya cuma mau tanya", "tanya aja", "belum", "nanti aja", "gimana caranya dulu" (the page says
how, and offers the claim)."""


def _no_and_more(ctx: Ctx[Any], text: str) -> Outcome | None:
    """At "Apakah Anda ingin melaporkannya sekarang?", an answer that says more than no: a new request ("ga, saya mau
    cek kepesertaan", "jmo saya ga bisa login") was taken for the "no" inside it and got the JKK page. The request is
    routed as at the main menu when the cue tables read it (the model's guess for "nanti aja" is the JKM page); a no
    with nothing else asked ("ga usah", "nggak kok cuma tanya") is the no."""
    first, _sep, rest = text.strip().partition(" ")
    said_no = normalise(first.strip(",.!")) in _SAID_NO
    asked = rest.strip(" ,.") if said_no else text
    found = classify(asked) if asked else None
    if found is not None and found.intent not in _NOT_A_REQUEST and not found.by_model and found.score >= THRESHOLD:
        home = _at_home(_without_pending(ctx))
        outcome = _route(home, asked, found)
        if isinstance(outcome, Goto) and outcome.state != SwitchState.ASK_CLAIM:  # the same question again: re-asked
            return dataclasses.replace(outcome, conversation=outcome.conversation or home.conversation)
    only_asking = said_no or bool(_ONLY_ASKING & set(normalise(text).split()))
    return _only_asking(ctx) if only_asking else None


def _stay(ctx: Ctx[Any]) -> Outcome:
    return Back(say=(_("Baik, kita lanjutkan."),), conversation=_without_pending(ctx).conversation)


FLOW = Flow(
    name="switch",
    entry=SwitchState.CONFIRM,
    overlay=True,
    steps=(
        Step(
            SwitchState.CONFIRM,
            timeout=Timeout.NOTICE,  # over a form: "batal" here drops it, and says so
            ask=_switch_text,
            options=(
                Option("yes", lazy_gettext("Ya, pindah"), then=_switch, aliases=YES_WORDS + ("pindah",)),
                Option("no", lazy_gettext("Tidak, lanjutkan"), then=_stay, aliases=NO_WORDS + ("lanjut", "lanjutkan")),
            ),
            goes_to=ROUTE_TARGETS - {SwitchState.CONFIRM},
        ),
        Step(
            SwitchState.ASK_CLAIM,
            timeout=Timeout.QUIET,
            ask=_ask_claim_text,
            options=(
                Option("yes", lazy_gettext("Ya, sekarang"), then=_claim_now, aliases=(*YES_WORDS, "lanjut")),
                Option("no", lazy_gettext("Tidak, cuma tanya"), then=_only_asking,
                       aliases=NO_WORDS + ("bertanya", "tanya"), alone=True),
            ),
            on_text=_no_and_more,
            goes_to=ROUTE_TARGETS - {SwitchState.ASK_CLAIM},
        ),
    ),
)
