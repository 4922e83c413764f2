"""Short answers to the questions people ask once they know the benefit: how long the payment takes, what
unpaid contributions mean, and who pays them; a changed phone number; and where the branch office is. Asked on
a benefits page, they got the whole page again; asked in the middle of a form, "not understood". FACTS.md §2
(arrears) and §6 (deadlines), hedged as it says. And "mau klaim", which says no more than that: which claim. The
questions no journey answers at all are in `asked_anywhere`."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import pairwise
from typing import Any, Literal

from conversations.commands import ASKING_IN_ENGLISH, NEGATIONS, QUESTION_WORDS, asks_what_it_means
from conversations.domain.benefits import jkk_death, jkm_benefit, partial_disability, total_disability
from conversations.domain.claims import MAX_DOCUMENT_BYTES, Benefit, Doc
from conversations.domain.dates import WEEKDAYS
from conversations.domain.nominations import Role
from conversations.domain.rules import PP_82_2019, RuleSet, rules_on
from conversations.flow import Ctx
from conversations.flows import death
from conversations.flows.accident import jasa_raharja_text, late_report_text, right_kept_text
from conversations.flows.benefits import late_payment_text
from conversations.flows.common import DONE, HOME, MEMO_SUBMITTED, NEXT, at_an_rt_heads_side, officer_of
from conversations.flows.documents import (
    ACCOUNT_IN_ANOTHERS_NAME,
    LATER_WORDS,
    MEMO_DRAFTS,
    DocsState,
    accident_paper_answer,
    account_in_anothers_name,
)
from conversations.flows.missing_documents import (
    MISLAID,
    WHAT_TO_DO,
    documents_named,
    forgotten,
    not_had_yet,
    where_made,
)
from conversations.flows.nomination_text import HOW_MANY_AT_MOST, NO_LIMIT_PER_RT, job_named
from conversations.flows.status import (
    BIRTH_DATE,
    MAX_FAILED_CHECKS,
    PHONE_WORDS,
    StatusState,
    own_lapse,
    phone_changed_answer,
    what_a_kpj_is,
    why_not_covered,
)
from conversations.flows.tracking import SCHOLARSHIP_PAID, payout_rule
from conversations.i18n import _, format_money, lazy_gettext, ngettext
from conversations.model import OfficerView
from conversations.nlu.cues import (
    CLAIMS,
    FAMILY_WORDS,
    HYPOTHETICAL_WORDS,
    KIN_WORDS,
    RECENT_WORDS,
    REQUIREMENT_WORDS,
)
from conversations.nlu.entities import (
    AT_HOME,
    ILLNESSES,
    JOB_WORDS,
    find_deceased_sex,
    find_illness,
    find_injury,
    with_nya_off,
)
from conversations.nlu.intents import (
    BELONGINGS,
    CAUSED_BY_WORK,
    DEATH_WORDS,
    FIRST_PERSON,
    STRONG_SCAM,
    Classification,
    Intent,
    injury_words,
    score,
)
from conversations.nlu.normalise import Normalised

HOW_LONG = (frozenset({"berapa", "lama"}), frozenset({"berapa", "lamo"}), frozenset({"berapa", "hari"}),
            frozenset({"lama", "tidak"}), frozenset({"how", "long"}), frozenset({"bagaimana", "long"}),
            frozenset({"kapan"}))
"""Asking how long or when ("berapa lama", "berapo lamo" in Jambi and Palembang, "lama ga", "how long", "kapan cair";
"how" reads as "bagaimana", "when" as "kapan"): "sudah lama bayar iuran" tells, it asks nothing."""
HOW_LONG_NOT_WHEN = tuple(asking for asking in HOW_LONG if asking != {"kapan"})
"""How long, not when: "kapan daftar dibuka?" asks when one may enrol, not how long it takes."""
SOONER = frozenset({"dipercepat", "percepat", "mempercepat", "faster", "sooner"})
"""Whether a claim can be paid sooner ("bisa dipercepat ga klaimnya" got the loan answer): when it is paid, and
that complete documents start the clock."""
AMOUNT = frozenset({"santunan", "santunannya", "dapat", "uang", "duit", "terima", "diterima", "get", "receive"})
"""Asked with "berapa" inside a death claim ("berapa santunannya?", "dapat berapa nanti"): the amounts; "berapa
anak?" at the children question is no such question."""
PAYERS = frozenset({"pemerintah", "disnaker", "negara", "apbd"})
"""Who pays the contributions ("pemkot", "pemda" read "pemerintah"): the cover asked of, not a claim's payout."""
PAYOUT = frozenset({"cair", "proses", "diproses", "dibayar", "bayar", "klaim", "santunan", "paid", "take", "payout",
                    "money"})
"""Not "uang": "uangnya kapan ditransfer" asks of one's own claim (transcript payout_asked_is_no_scam)."""
PAID_OUT_WHEN = frozenset({"cair", "dibayar", "paid", "payout"})
"""How long a benefit takes, asked as a rule ("klaim jkm butuh brp lama cairnya") and read as one's claims: was the list
of them, and with none the question went unanswered. "kapan cair" is asked of one's own (or the family's) claim, whose
list answers it, and of one's own claim ("klaim saya …") the list does too."""
ARREARS = frozenset({"nunggak", "menunggak", "tunggakan", "tertunggak", "arrears"})
IN_ARREARS = ARREARS | {"nonaktif", "lapsed"}
LATE = frozenset({"telat", "terlambat", "late", "belum"})
PAID_UP = frozenset({"lunas", "terbayar", "telat"})
"""With IN_ARREARS, one's own payments asked about ("iuran saya nunggak ga?", "iuran saya lunas?"): the status check,
whose result says until when they are paid (understanding.py)."""
REACTIVATING = frozenset({"lagi", "kembali", "again"})
_GUESSED_FOR_REACTIVATING = frozenset({Intent.JKN, Intent.HELP, Intent.JHT, Intent.APP})
BOTH_PROGRAMMES = frozenset({"jkk", "jkm"})
DIFFERENCE = frozenset({"beda", "bedanya", "perbedaan", "membedakan", "difference", "different", "vs", "versus"})
ONLY_WHAT_THEY_ARE = BOTH_PROGRAMMES | frozenset({"apa", "itu", "dan", "dengan", "sama", "yang", "sih", "ya", "kak",
                                                  "min", "what", "is", "are", "and", "the"})
ASKING_ABOUT_THE_COVER = JOB_WORDS | frozenset({
    "halo", "mau", "ingin", "tanya", "boleh", "izin", "permisi", "saya", "aku", "dong", "ya", "nih", "min", "kak", "pak",
    "bu", "mas", "mbak", "bang", "bpjs", "ketenagakerjaan", "tk", "untuk", "buat", "soal", "tentang", "masalah", "kami",
    "para", "program", "ini", "itu", "sedikit", "ttg", "tntg", "mengenai", "perihal", "seputar",
    "ngeunaan", "bade", "badhe", "arep", "pengen", "pingin"})
"""Words of a message that only asks leave to ask about the cover, for a job perhaps ("mau tanya bpjs tk buat ojol"): the
model's guess was the loan answer. Both programmes, in short. In Sundanese and Javanese too ("abdi bade naros ngeunaan
bpjs" was the status check's NIK question, "kulo badhe tangklet bpjs" the enrolment answer)."""
ASKING_LEAVE = frozenset({"tanya", "naros", "tangklet", "takon"})
WHAT_IT_GIVES = frozenset({"manfaat", "manfaatnya", "dapat", "tanggung", "nanggung", "ditanggung", "menanggung",
                           "melindungi", "perlindungan", "untung", "keuntungan", "benefit", "benefits", "covered", "cover"})
ASKING_WHAT_IT_GIVES = ASKING_ABOUT_THE_COVER | ONLY_WHAT_THEY_ARE | WHAT_IT_GIVES | frozenset({
    "saja", "dari", "gratis", "pemerintah", "dr", "kalau", "ikut", "peserta", "jadi", "apakah", "kah", "do", "i", "get",
    "of", "this", "there", "ada"})
"""A message that only asks what the cover gives ("dapet apa aja dari bpjs tk", "manfaat jkk dan jkm apa aja"): the
model's guess was the JKK page alone, which says nothing of a death by illness. Both programmes, in short."""
FINE = frozenset({"denda", "didenda", "dendanya", "penalty", "fine", "fined"})
TRAFFIC_FINE = frozenset({"tilang", "ditilang", "polisi", "sim", "stnk", "parkir", "ticket"})
""""gimana biar aktif lagi", "cara mengaktifkan kembali" ("mengaktifkan" reads as "aktif"): what makes a cover active
again is what the arrears answer says (the model's guess was the JMO app's)."""
CONTRIBUTION = frozenset({"iuran", "contribution", "contributions"})
WHO = frozenset({"siapa", "who"})
PAYING = frozenset({"bayar", "dibayar", "membayar", "tanggung", "nanggung", "ditanggung", "menanggung", "pay", "pays", "pas", "paid"})
"""Normalised: "bayarin" reads as "bayar", and "pays" as "pas"."""
PHONE = frozenset({"hp", "wa", "whatsapp", "ponsel", "telepon"})
NUMBER = frozenset({"nomor", "wa", "whatsapp", "number"})
APP_ACCOUNT = frozenset({"akun", "account", "jmo", "aplikasi", "app", "login"})
"""A lost phone's app account ("hp saya hilang, akun jmo saya gimana"): the JMO app's answer, not the property's."""
"""Normalised: "handphone", "phone" and "no hp" read as "hp" and "nomor hp"."""
CHANGED = frozenset({"ganti", "berganti", "diganti", "berubah", "hilang", "dicuri", "dirampok", "dijambret", "changed",
                     "lost", "stolen", "salah", "keliru", "wrong"})
""""sudah ganti", "hp saya hilang", "hp saya dirampok"; and "tidak aktif" (a number still active has nothing to
change)."""
WHERE_OR_WHEN = frozenset({"mana", "alamat", "lokasi", "terdekat", "buka", "jam", "where", "open", "nearest"})
"""Asking where the office is or when it opens: "kantor bpjs jambi dimana", "jam buka kantor cabang"."""
OFFICE = frozenset({"kantor", "office"})
FACILITY = frozenset({"rs", "klinik", "plkk", "hospital", "hospitals", "clinic", "clinics", "faskes"})
PARTNERED = frozenset({"mitra", "dengan", "pakai", "terima", "menerima", "rujukan", "plkk", "daftar", "mana", "which",
                       "accept", "accepts", "partner", "list"})
"""Which hospitals and clinics take the cover ("rs mana yg kerjasama bpjs tk", "rumah sakit mitra bpjs tk dimana aja",
"klinik yang bisa pakai bpjs tk", "daftar rs plkk"; "kerjasama" reads as "kerja dengan", "rumah sakit" as "rs"): the
model's guesses were the JKK page, BPJS Kesehatan's answer and the scam warning."""
NOT_THE_FACILITY = frozenset({"kesehatan", "jkn", "kis", "bpjsks", "surat", "akta", "kecelakaan", "jkk"})
"""BPJS Kesehatan's own partners stay its answer; a paper from a hospital is a document; asked with the accident
("rumah sakit mana yang kerja sama untuk kecelakaan kerja?"), the JKK page says it, as the public set labels it."""
CONTACT = frozenset({"cs", "hotline", "call", "contact", "customer", "telp", "telepon", "telpon", "callcenter", "admin",
                     "darurat", "kontak", "wa", "whatsapp", "email", "surel"})
ASKING_FOR_CONTACT = CONTACT | frozenset({
    "nomor", "bpjs", "center", "service", "berapa", "apa", "mana", "minta", "mau", "tanya", "resmi", "official",
    "saya", "ya", "kak", "min", "pak", "bu", "dong", "is", "the", "of", "number", "ada", "tidak", "punya", "boleh",
    "wa", "whatsapp", "hp", "email", "ketenagakerjaan", "tk", "bisa", "nya", "alamat"})
"""Words of a message that only asks for BPJS's own number or e-mail: "nomor cs bpjs berapa", "no telp bpjs tk", "alamat
email bpjs" (the scam warning), "what is the
bpjs hotline number", "ada nomor cs bpjs ga", "minta no wa cs bpjs", "nomor darurat bpjs" (the model's guess for
some was the scam warning). A word beyond these, "ngaku cs bpjs minta kode", "wa dari nomor cs bpjs katanya santunan
cair", "admin bpjs minta biaya", is no such question."""
BRANCH_CONTACT = frozenset({"kantor", "cabang", "kc", "kcp", "kota", "di", "terdekat", "office", "branch"})
"""A branch's number asked ("nomor wa kantor bpjs jambi berapa", "nomor telepon kantor bpjs": the JKM page, or "itu ciri
penipuan"): the same answer, the city's name allowed besides."""
ASKING_WHAT_OR_WHERE = frozenset({"apa", "mana", "dmn", "find", "bagaimana", "tau", "tahu"})
ASKING_ABOUT_KPJ = ASKING_WHAT_OR_WHERE | frozenset({
    "kpj", "nomor", "itu", "cek", "bisa", "cara", "saya", "ya", "kak", "min", "pak", "bu", "dong", "is", "the", "my",
    "see", "look", "sih", "tuh", "ini", "maksud", "maksudnya", "arti", "artinya", "what", "where", "number", "a", "an",
    "do", "i", "can", "yang", "nya", "di", "ada", "lihat", "liat", "liatnya", "lihatnya", "dapat"})  # "get": "dapat"
"""Words of a message that only asks what the KPJ is or where to find it: "kpj itu apa", "dimana liat nomor kpj"
("liat" reads as "cek"), "what is kpj". The model's guesses were the JKK page and the status check."""
OUR_PROGRAMMES = frozenset({"jkk", "jkm", "iuran", "iurannya"})
SAVINGS_ASKED = frozenset({"saldo", "hangus", "dikembalikan", "kembalikan", "refund", "sebagian"})
_NEVER_CLAIMED = re.compile(r"\b(?:ga|gak|nggak|tidak|tdk|gk|belum|blm|never)\s+(?:pernah\s+)?(?:klaim|kecelakaan|claim)")


def _taken_for_savings(found: Classification) -> bool:
    """"jkm bisa diambil sebagian ga", "saldo jkm saya berapa", "iuran jkk hangus kalau ga pernah kecelakaan?": JKK and
    JKM asked about as if they were savings (JHT is). Not a claim's payout ("berapa lama klaim jkm cair")."""
    words = set(found.normalised.tokens)
    return (bool(OUR_PROGRAMMES & words) and "jht" not in words and found.intent not in CLAIMS
            and not DEATH_WORDS & words
            and (bool(SAVINGS_ASKED & words) or _NEVER_CLAIMED.search(found.normalised.text) is not None))


PROPERTY = frozenset(BELONGINGS) | frozenset({"motorbike", "phone", "house", "shop", "helm", "helmet"})
DAMAGED = frozenset({"rusak", "kerusakan", "hilang", "dicuri", "curi", "hancur", "penyok", "lecet", "damaged", "pecah",
                     "retak",
                     "stolen", "patah", "kebakaran", "terbakar", "dibakar", "kebanjiran", "banjir", "burnt", "flooded",
                     "tenggelam", "karam", "terbalik", "sank"})
"""With a fire or a flood: "pedagang pasar kebakaran kiosnya, diganti?" was not understood; a boat sunk ("perahu saya
tenggelam, diganti ga") was the status check."""
COVERED = frozenset({"ditanggung", "tanggung", "ganti", "diganti", "klaim", "manfaat", "covered", "cover", "uang",
                     "money", "pay", "paid", "compensation", "replace", "replaced"})
"""Asking whether a damaged or stolen motorbike, phone or cart is paid for ("bpjs bisa ganti motor yg rusak ga",
"motor sy rusak abis kecelakaan ditanggung ga", "hp saya rusak bisa dapat uang ga", "can i get money for my broken
phone"; "covered" reads as "manfaat", "broken" as "patah"): the model's guesses were the loan answer, the JKK page,
which never said no, and an officer's hand-off. "Patah" is a thing's only with no part of the body or bone named."""
TAKEN_OR_RUINED = frozenset({
    "hilang", "ilang", "kehilangan", "dicuri", "curi", "dibegal", "begal", "dijambret", "jambret", "kemalingan",
    "maling", "dirampok", "rampok", "kebakaran", "terbakar", "kebanjiran", "banjir", "hanyut", "roboh", "ambruk",
    "dicopet", "copet", "kecopetan",  # "hp sy dicopet pas narik" was not understood
    "stolen", "robbed", "burned", "flooded", "lost"})
"""A loss told, not asked ("motor saya dibegal", "rumah saya kebakaran", "motor saya dicuri"): was "not understood",
an officer's hand-off or the list of one's claims. Someone hurt in it is a harm told (the report), not this; nor
damage in a crash ("motor ditabrak, cuma bemper penyok"), which the accident's question sorts out."""
ROBBERY = frozenset({"dirampok", "rampok", "dibegal", "begal", "dijambret", "jambret", "robbed"})
"""A robbery, what was taken unsaid: "kena rampok pas antar paket dapet santunan?" got the death benefit's page. Things
are not paid for; a wound got in it at work is the report's."""
BROKEN = frozenset({"rusak", "pecah", "patah", "damaged"})  # "broken" reads as "patah"


def _broken_alone(words: set[str]) -> bool:
    """A belonging broken with no mishap told ("hp saya rusak", "motor saya rusak"): was the status check and "not
    understood". Broken in a crash ("motor ditabrak, rusak") is the accident's question, as with TAKEN_OR_RUINED."""
    return bool(BROKEN & words) and not (MISHAP | COLLIDED) & words


RIDDEN = frozenset({"motor", "mobil", "sepeda", "kendaraan", "perahu", "gerobak", "motorbike"})
""""motor sy jatuh ke got" is most often the rider's fall too: the accident's question."""


BOATS = frozenset({"perahu", "kapal", "sampan", "boat"})
SANK = frozenset({"tenggelam", "karam", "sank", "sunk"})


def _boat_sunk(words: set[str]) -> bool:
    """One's boat sunk, oneself safe ("sy nelayan, perahu sy tenggelam, sy selamat"): was the status check's NIK
    question. Not a person drowned with it (a relative named, or no one said safe)."""
    return bool(BOATS & words and SANK & words) and ("selamat" in words or not KIN_WORDS & words) \
        and not DEATH_WORDS & words


def _belonging_dropped(tokens: tuple[str, ...]) -> bool:
    """A belonging fallen and broken ("hp sy jatuh pecah pas antar paket"): the fall is the phone's, not a person's (was
    asked whether to report a work accident)."""
    words = set(tokens)
    if not BROKEN & words or (MISHAP - DROPPED) & words or (COLLIDED - DROPPED) & words:
        return False
    for n, word in enumerate(tokens[:-1]):
        after = tokens[n + 2] if tokens[n + 1] in {"saya", "nya"} and n + 2 < len(tokens) else tokens[n + 1]
        if word in PROPERTY - RIDDEN and after in DROPPED:  # "hp jatuh", "hp sy jatuh", "hp nya jatuh"
            return True
    return False


DROPPED = frozenset({"jatuh", "terjatuh"})


HURT = frozenset({"luka", "terluka", "patah", "cedera", "berdarah", "sakit", "meninggal", "injured", "hurt"})
"""Someone hurt is told with the damage ("motor rusak kaki patah ditanggung ga"): JKK's page, not this answer."""
MIGRANT = frozenset({"tki", "tkw", "migran", "migrant"})
"""A migrant worker ("saya tki", "saya tkw di malaysia"): not understood. "pmi" is also the Red Cross."""
ABROAD = (("luar", "negeri"), ("luar", "negri"))
ABROAD_NAMED = frozenset({"malaysia", "singapura", "singapore", "brunei", "hongkong", "taiwan", "korea", "jepang", "arab",
                          "qatar", "dubai"})
"""Where migrant workers go, named ("sy kerja di malaysia dulu" was not understood)."""
BACK_HOME = frozenset({"pulang", "balik", "kembali", "mantan", "bekas", "eks", "purna"})
CARD = frozenset({"kartu", "ktp", "ektp", "kpj"})
LOST = frozenset({"hilang", "ilang", "kehilangan", "lost", "rusak", "robek", "sobek", "patah", "pudar", "luntur",
                  "damaged", "broken", "kecuci", "tercuci", "dicuci", "terendam", "kebakar", "terbakar", "washed"})
"""Lost or damaged ("kartu bpjs saya rusak" was the status check's NIK question; "kartu bpjs saya kecuci" too)."""
SAYING_ONLY_LOST_CARD = CARD | LOST | frozenset({
    "saya", "aku", "bpjs", "peserta", "bagaimana", "apa", "terus", "harus", "bisa", "cek", "sudah", "min", "kak", "pak",
    "bu", "dong", "ya", "nih", "nya", "is", "my", "i", "the", "cara", "nomor",
    "kena", "air", "basah", "kehujanan", "hujan", "terendam", "banjir", "kecuci", "tercuci", "dicuci", "luntur", "pudar",
    "dengan", "dan", "and",  # "ktp sama kartu bpjs hilang" ("sama" reads "dengan"): was the scam warning
    "celana", "baju", "saku", "kantong", "dompet", "tas", "daftar",  # "ikut" (with) reads as "daftar"
    "tidak", "ada", "lagi",  # "kartu bpjs sy gak ada, hilang": was the status check's NIK question
    "nik", "lupa", "juga",  # "nik sy lupa, ktp ilang": was where a claim's lost paper is replaced, the NIK on the KK unsaid
    "untuk", "bikin", "baru", "cetak", "ulang"})  # a new one: "gmn cara buat baru", "bisa cetak ulang?"
"""Words of a message that only tells of a lost card or KTP: "ktp saya hilang", "kartu bpjs tk ilang gimana", "my
bpjs card is lost" ("card" reads as "cara"). The model's guesses were the list of one's claims, BPJS Kesehatan's
answer, the enrolment answer. How it was ruined too: "kartu kpj saya rusak kena air" was not understood. A new one
asked for ("kartu bpjs ilang gmn cara buat baru", "kartu hilang bisa cetak ulang?"): the loan answer, a hand-off."""
ACCOUNT = frozenset({"rekening", "rek"})
BANK_BOOK = frozenset({"buku", "tabungan"})
""""buku tabungan ibu sy aja boleh?": whose account, named by its book (was the officer's handoff, and at a claim's
checklist "Di langkah ini, kirim dokumen …")."""
WHOSE = frozenset({"siapa", "apa", "mana", "harus", "bisa", "boleh", "whose", "which"})
DEMANDED = frozenset({"minta", "meminta", "diminta", "mintain", "dimintain", "suruh", "disuruh", "asked", "asks", "ask"})
"""Asked of the writer by someone else (an RT head asking for the KTP, or for money)."""
ASKED_BY_ANOTHER = DEMANDED | frozenset({"katanya", "ngaku", "mengaku", "told"})
"""Said of what someone else asked for: an account to change "because the office says so" is the scam warning."""
PAID_OUT = frozenset({"santunan", "uang", "dana", "klaim", "transfer", "cair", "dibayar", "bayar"})
"""Asking whose account a benefit is paid into ("santunan ditransfer ke rekening siapa", "dana santunan masuk ke
rekening apa", "bisa pakai rekening anak?"): the model's guesses were the scam warning, the JKM page, the help answer."""
REPORTED_LATE = frozenset({"lewat", "telat", "terlambat", "late"})
"""A report past its 2×24 hours ("udah lewat 2x24 jam gimana", "telat lapor kecelakaan"): the model's guess was the
list of one's claims."""
TREATED = frozenset({"berobat", "dirawat", "rs", "klinik", "dokter", "obat", "operasi", "pengobatan"})
OUTSIDE_PARTNERS = frozenset({"swasta", "sendiri", "diganti", "ganti", "kuitansi", "nota", "reimburse", "reimbursement"})
"""Treatment paid out of pocket or outside a partner facility ("saya dirawat di rs swasta, bukan mitra bpjs", "biaya
berobat saya bayar sendiri dulu, bisa diganti?"): the guesses were the status check, BPJS Kesehatan's answer, a
handoff. "mitra" counts with a negation."""
FAR_OR_ONLINE = frozenset({"jauh", "online", "daring", "wa", "whatsapp", "internet", "aplikasi"})
AT_THE_OFFICE = frozenset({"harus", "wajib", "perlu", "datang", "must"})
"""Whether a claim needs the branch office ("kantor bpjs jauh dari rumah saya" got the scam warning, "klaim bisa
lewat wa?" was not understood, "harus ke kantor bpjs ga?" got the JKM page, "must i go to the office" was not
understood)."""
CANCELLING = frozenset({"batalkan", "membatalkan", "dibatalkan", "batalin", "dibatalin", "cancel", "cabut", "mencabut",
                        "dicabut", "withdraw"})
"""Cancelling a claim already recorded ("saya mau batalkan klaim" was not understood, "klaim jkm saya mau dicabut aja"
started a death claim): a draft at its checklist, a submitted one only by an officer. Not "tarik", which is how JHT's
savings are taken out."""
THIS_BOT = frozenset({"bot", "kamu", "kawan", "you"})
SELF_PAYING = re.compile(r"\b(?:bayar sendiri|mandiri|bpu|pay (?:it myself|myself|saya own))\b")
"""A participant who pays their own contributions, in normalised words ("my" reads "saya")."""
"""Not "ini": "ini penipuan bukan?" is most often about a message received."""
CLEVER = frozenset({"pintar", "pinter", "cerdas", "canggih", "smart", "clever"})
OFFICIAL = frozenset({"resmi", "official", "asli", "beneran", "real", "really", "legit"})
"""Whether this bot is official ("bot ini resmi dari bpjs?" got "Hati-hati, itu ciri penipuan")."""
THIS_CHAT = frozenset({"wa", "whatsapp", "chat", "nomor", "akun", "layanan", "aplikasi", "telegram", "number",
                       "account"})
RECEIVED = frozenset({"ngaku", "mengaku", "katanya", "kirim", "dikirim", "ngirim", "nelpon", "telpon", "telepon", "sms",
                      "link", "minta", "dapat", "terima", "pesan"})
"""Said of a message or a call that came from elsewhere ("ada wa ngaku dari bpjs, nomor ini resmi?"): the scam
warning stays."""
NOT_FOUND = frozenset({"ketemu", "ditemukan", "muncul", "terbaca", "found"})
MASKED = frozenset({"bintang", "sensor", "disensor", "samar", "disamarkan", "disembunyikan", "ditutup", "tertutup",
                    "masked", "hidden", "asterisk", "asterisks", "stars"})
"""A name shown masked in the status result, asked about ("nama saya kok bintang bintang"): was the scam warning, or
the status check's NIK question."""
DATA = frozenset({"data", "nik", "privasi", "privacy"})
SAFE = frozenset({"aman", "bocor", "disalahgunakan", "dijual", "dicuri", "safe", "secure", "leaked"})
"""Whether one's data is safe ("data saya aman?", "apakah data saya dijual"): not understood, or a status check."""
STORED = frozenset({"disimpan", "simpan", "menyimpan", "stored", "kept", "keep"})
WHY = frozenset({"kenapa", "mengapa", "why", "buat", "untuk"})
ASKED_FOR = frozenset({"minta", "diminta", "perlu", "butuh", "ask", "need"})
GIVING = frozenset({"kasih", "beri", "berikan", "kirim", "give", "share"})
"""Why the NIK is asked, or not wanting to give it ("saya tidak mau kasih nik" got the JMO app's answer)."""
WHY_THE_NIK = lazy_gettext("NIK dipakai untuk mencari data kepesertaan Anda di daftar pemerintah kota, dan data tidak "
                           "ditampilkan tanpa bukti bahwa itu milik Anda. Tanpa NIK, manfaat dan cara klaim tetap bisa "
                           "dibaca dari menu.")
WHY_ANOTHERS_NIK = {
    "death": lazy_gettext("NIK almarhum dipakai untuk mencatat klaim dan agar petugas bisa memeriksa kepesertaannya; "
                          "tidak ada data yang dibuka di sini dengan NIK itu."),
    "accident": lazy_gettext("NIK pekerja yang mengalami kecelakaan dipakai untuk mencatat laporan dan agar petugas bisa "
                             "memeriksa kepesertaannya."),
    "nominate": lazy_gettext("NIK warga dipakai untuk memeriksa apakah ia sudah terdaftar atau sudah diusulkan, dan "
                             "dikirim bersama usulan ke kelurahan."),
}
"""Why the NIK, asked inside a claim or a proposal (flow name): whose it is there, and what it is for."""
NIK_WANTED = frozenset({"harus", "hrs", "tanya", "ditanya", "pakai", "pake", "dipakai"})
"""How the NIK's asking is put ("kok nanya nik", "knp hrs pake nik")."""
OTHERS_ASKING = frozenset({"link", "otp", "sms", "pesan", "telepon", "ditelepon"})
USED = frozenset({"pakai", "dipakai", "digunakan", "gunakan", "dipake", "used", "use"})
PROVING = frozenset({"buktikan", "membuktikan", "pembuktian", "prove", "proof"})
"""How one proves a record is one's own ("gimana cara buktikan data saya" got the JMO app's answer, "how do i prove it's
my data" the enrolment answer): the three proofs (PRODUCT.md), and why not the birth date."""
PERSON = frozenset({"orang", "manusia", "human", "person", "petugas", "admin"})
"""A link or a caller asking for the NIK ("ada link … minta isi nik dan otp, aman gak?"): the scam warning's, not
this bot's data."""
ERASING = frozenset({"hapus", "hapuskan", "dihapus", "menghapus", "delete", "erase"})
JOINING = frozenset({"daftar", "daftarkan", "didaftarkan", "mendaftar", "register", "join"})
"""Asking to be enrolled. Normalised: "ikut" reads as "daftar"."""
CHILDBIRTH = frozenset({"melahirkan", "lahiran", "persalinan", "bersalin", "hamil", "kehamilan", "keguguran",
                        "childbirth", "pregnant", "pregnancy", "miscarriage"})
"""Having a baby: no benefit of JKK or JKM (FACTS.md lists none); its costs are BPJS Kesehatan's."""
BENEFIT_ASKED = frozenset({"santunan", "biaya", "biayanya", "ditanggung", "tanggung", "klaim", "dapat", "dapet",
                           "uang", "cover", "covered", "benefit"})
"""Asked whether something is paid for (not, say, whether someone pregnant can be enrolled)."""
NAME_MASKED = lazy_gettext("Nama ditampilkan sebagian (misalnya S*** A*****) supaya tidak terbaca orang lain yang "
                           "melihat layar HP ini; di data kepesertaan nama Anda tercatat lengkap. Data yang salah "
                           "diperbaiki di kantor cabang BPJS Ketenagakerjaan dengan e-KTP dan KK.")
"""Why a name shows as stars, asked, or the record said not to be one's own ("itu bukan nama sy")."""
OWN_RECORD = ("status.", HOME, NEXT)
"""Where "my number changed" is the worker's own roster phone, not a neighbour's in an officer's form."""
AGE = frozenset({"umur", "usia", "old", "age"})
CHILD_AGE = re.compile(r"\banak\b(?:.*\b(?:umur|usia)|(?:\s+\w+){0,2}?)\s+(\d{1,2})\s+(tahun|thn|th|bulan)\b"
                       r"(?!\s+(?:lalu|yang lalu|silam))")
"""A child's age ("anak saya umur 5 tahun", "anak sy 5 thn meninggal"), not a time ago ("anak saya 2 tahun lalu …")."""
YOUNGEST_WORKER = 13
"""A child younger than this (UU 13/2003 allows light work from 13) is no worker, so no participant: a death told of
one is answered as a death of someone not covered, not started as an heir's claim."""
AGED = re.compile(r"\b\d{2} (?:tahun|thn|th)\b")
_AN_AGE = re.compile(r"\b[1-9]\d\b")
JOINING_AT_AN_AGE = frozenset({"daftar", "daftarkan", "didaftarkan", "mendaftar", "terdaftar", "peserta", "batas",
                               "maksimal", "minimal", "join", "daftarin", "didaftarin"})
"""Whether one is too old or young to join ("saya sudah 60 tahun masih bisa ikut?" got the status check's NIK
question, "batas umur peserta berapa" too; "ikut" reads as "daftar", "how old" as "bagaimana old"). FACTS.md gives
no age limit: who settles it, and how enrolment goes."""
JOINING_NOW = frozenset({"daftar", "daftarkan", "didaftarkan", "mendaftar", "join", "daftarin", "didaftarin"})
"""With an age but no word for it, only joining asks ("sudah 60 tahun masih bisa ikut?"): "saya sudah 10 tahun jadi
peserta" tells how long. "didaftarin", "daftarin" as typed: "anak sy umur 17 udah kerja, bisa didaftarin?" got the
enrolment answer, the age unanswered."""
ENROLLED = frozenset({"peserta", "daftar", "terdaftar", "didaftarkan"})
"""Normalised: "ikut" reads as "daftar". After a negation, a death of someone said not to be covered ("bapak saya
meninggal, tapi dia bukan peserta" started a claim, "almarhum ga ikut bpjs, bisa dapat santunan?" got the JKM page);
"tidak punya kartu kpj" is a card not had, which a claim's checklist answers."""
NOT_ENROLLED = NEGATIONS | frozenset({"bukan", "belum"})
FREE = frozenset({"gratis", "free", "biaya", "cost", "charge", "fee"})
ASKED_TO_PAY = frozenset({"dulu", "minta", "suruh", "disuruh", "diminta"})
CHARGED = frozenset({"bayar", "dp", "deposit", "depo"})
SCAM_MARKS = frozenset({"transfer", "admin", "katanya", "pulsa", "otp", "pin", "rekening", "sms", "telepon", "telpon",
                        "wa", "whatsapp", "link"})
"""A caller's demand (a transfer, an admin fee, an OTP, a message from someone): what makes the model's scam guess stand.
Without them, a hospital asking for payment ("rs nya minta dp dulu") or a layoff ("sy di phk, dapat pesangon dr
bpjs?") is answered for what it is (both got the scam warning)."""
REFUSED = frozenset({"nolak", "menolak", "ditolak", "tolak", "refused", "refuse", "refuses", "rejected"})
"""A hospital asking a work-accident patient to pay, or refusing them ("mau klaim jkk tapi rs nya minta bayar dulu"):
the message started an accident report with that as its story. Where treatment is paid, and receipts kept."""
ACCEPTING = frozenset({"terima", "nerima", "menerima", "diterima", "accept", "accepts", "accepted"})
"""Refused in other words ("rs gak nerima bpjs tk"): was the JKK page, BPJS Kesehatan's answer or the status check."""
OFF_WORK = frozenset({"libur", "liburan", "cuti", "mudik", "rekreasi", "wisata", "holiday", "vacation"})
MISHAP = frozenset({"kecelakaan", "jatuh", "tabrakan", "ketabrak", "celaka", "terluka", "luka"})
COLLIDED = frozenset({"tabrak", "ditabrak", "nabrak", "menabrak", "keserempet", "serempet", "terjatuh"})
"""With MISHAP, how a crash is told: a belonging broken in one is the accident's question (_broken_alone)."""
WORKING = frozenset({"kerja", "bekerja", "antar", "anter", "mengantar", "nganter", "ngojek", "pelanggan", "penumpang",
                     "paket", "order", "orderan", "working", "work"})
"""An accident on a day off or at home, asked about ("kecelakaan pas liburan bisa klaim?", "kalau jatuh di rumah dapat
jkk?"): the JKK page, or a report offered. What JKK covers, and that the branch decides."""
AT_SCHOOL = frozenset({"sekolah", "sekolahan", "school"})
"""A child hurt at school ("anak sy kecelakaan pas sekolah, dapat ga"): a report was offered for it."""
OUT_OF_TOWN = re.compile(r"\b(?:(?:luar|beda|lain) (?:kota|daerah|provinsi|pulau|kabupaten)|antar ?kota|"
                         r"out of (?:town|the city)|outside (?:the |my )?(?:city|town)|another (?:city|town))\b")
DIED_AWAY = lazy_gettext(
    "Tempat meninggalnya tidak mengubah hak santunan kematian (JKM): yang menentukan, {deceased} terdaftar aktif pada "
    "tanggal meninggal. Pakai akta atau surat keterangan kematian dari tempat itu; klaimnya tetap bisa dicatat di sini.")
COVER_ASKED = frozenset({"ditanggung", "tanggung", "kena", "berlaku", "dicover", "manfaat", "jkk", "dapat", "covered",
                         "cover"})
ENROLLING_OR_MOVING = frozenset({"ikut", "daftar", "terdaftar", "didaftarkan", "usul", "diusulkan", "join", "register",
                                 "pindah", "moved", "move", "domisili", "merantau", "live", "living"})
"""Whether an accident away from one's city is covered ("kerja di luar kota kena juga?", "kalau narik sampai luar kota
masih dicover?"): was a report offered, the JKM page or the JKK page with no word of the place."""
AT_PLAY = frozenset({"futsal", "olahraga", "sepakbola", "badminton", "bulutangkis", "voli", "basket", "senam", "jogging",
                     "gym", "fitness", "football", "soccer", "sport", "sports"})
"""Sport, as leisure ("kaki keseleo waktu main bola", "jatuh pas futsal"): started a report with it as the story."""
EMPLOYED = frozenset({"karyawan", "pegawai", "employee", "employed"})
BECOMING = frozenset({"jadi", "menjadi", "pindah", "diterima", "sekarang", "now", "became"})
"""Now an employee ("kalau saya pindah kerja jadi karyawan pabrik gimana bpjs nya"): the model's guesses were the JHT
answer and the list of one's claims. The programme is for workers without a wage (PRODUCT.md); the branch decides."""
EXTENDED = frozenset({"diperpanjang", "perpanjang", "perpanjangan", "memperpanjang", "extended", "renewed"})
STATUS_FOUND = "status.found"


def _city_years_asked(words: set[str]) -> bool:
    """How many years the city pays, or whether a new year or a new mayor keeps it ("bpjs dari pemkot cuma setahun ya?",
    "tahun depan masih dibayar pemkot?", "kalo ganti walikota programnya lanjut?"): were the JKM page and the status
    check's NIK question."""
    return bool(({"pemerintah", "pemkot", "program", "walikota"} & words)
                and (({"cuma", "hanya", "depan", "masih"} & words and {"tahun", "setahun"} & words)
                     or {"walikota", "pilkada"} & words and {"lanjut", "berlanjut", "terus", "masih"} & words))
PAID_BY_THE_CITY = FREE | frozenset({"bayar", "dibayar", "iuran", "iurannya", "ditanggung", "pemkot", "pemerintah"})
"""How long the cover stays free, asked as a rule ("apakah bpjs ini gratis selamanya?"): was "Kawan Kerja is free". Of
one's own ("iuran saya dibayar sampai kapan"), the status check, which shows it; read as asking about contributions,
the contribution page (as the labelled sets have it)."""
def _admin_fee_asked(tokens: tuple[str, ...]) -> bool:
    """An admin fee asked about ("biaya admin berapa", "ada biaya admin ga": not understood), not told as a caller's
    demand ("diminta biaya admin", "katanya ada biaya admin"): the scam warning's."""
    return ("biaya", "admin") in set(pairwise(tokens)) and not (ASKED_TO_PAY | {"transfer", "katanya", "ngaku"}) & set(
        tokens)


OF_THIS_HELP = frozenset({"klaim", "claim", "urus", "ini", "layanan", "this", "it"}) | THIS_BOT
"""Whether this help or a claim costs anything ("apakah ini gratis", "ngurus klaim ada biayanya ga", "is this free"):
the status check's NIK question or not understood. Normalised: "biayanya" reads as "biaya", "ngurus" as "urus";
"bayar" only with the bot named ("bayar ga pakai bot ini"): "klaim bayar berapa" asks an amount."""
ONLY_WHETHER_FREE = frozenset({"gratis", "apa", "apakah", "bener", "benar", "beneran", "betul", "serius", "emang",
                               "memang", "tidak", "sih", "kah", "ya", "kak", "min", "pak", "bu", "mas", "mbak", "bang",
                               "semua", "semuanya", "really", "free", "is", "it"})
"""Words of a message that only asks whether it is free ("apa bener gratis", "beneran gratis ga sih"): was the JKK page,
or how enrolment works."""
NOT_OF_CLAIMING = CONTRIBUTION | TREATED | frozenset({
    "pemakaman", "funeral", "iuran", "transfer", "minta", "diminta", "meminta", "oknum", "nawarin",
    "menawarkan", "tawarkan", "tawarin"})
"""Not a contribution, treatment or funeral cost, nor someone asking a fee ("ada oknum … minta fee 10 persen": the scam
warning)."""
RECORDED = frozenset({"nama", "alamat", "data", "tanggal", "lahir", "name", "address"})
WRONG_OR_CHANGED = frozenset({"salah", "keliru", "beda", "berbeda", "ganti", "ubah", "diubah", "mengubah", "perbaiki",
                              "memperbaiki", "pindah", "wrong", "change", "update"})
"""One's own record wrong or out of date ("nama di kartu salah" got the JKM page, "saya mau ganti data" the status
check's NIK question, "alamat saya pindah" nothing; "my name is wrong on the card" BPJS Kesehatan's answer). The
branch corrects it, as it does a changed phone number; the city's list is the kelurahan's. Not the KK or the KTP,
which Disdukcapil's office changes."""
SENDING = frozenset({"kirim", "upload", "unggah", "mengirim", "dikirim", "send", "tambah", "nambah", "menambah",
                     "tambahkan", "add"})  # "mau tambah dokumen" was not understood
FILES = frozenset({"pdf", "foto", "gambar", "file", "scan", "dokumen", "berkas", "photo", "document", "documents"})
"""How to send a claim's documents ("bisa kirim pdf?" and "kirim berkas lewat wa bisa?" got the loan answer, "cara
upload dokumen" nothing): where, in which forms, how large. Asked, not told ("sudah kirim berkas lengkap tapi …"
is one's claim), and never for someone else asking for them (a scam)."""
MISSING = frozenset({"hilang", "missing"})
AWAY_AT_WORK = frozenset({"laut", "melaut", "sungai", "kapal", "perahu", "tenggelam", "kerja", "bekerja", "nelayan",
                          "sea", "river", "boat", "fishing", "work"})
"""Someone of the family missing at sea or at work, not found ("suami saya hilang di laut belum ketemu", "my husband
is missing at sea"): was "not understood" or one's claims. FACTS.md says nothing of it: the branch decides what a
claim needs; condolence, the report kept, and the officers one message away."""
NOT_YET_FOUND = frozenset({"ketemu", "ditemukan", "found"})
GONE_UNDER = frozenset({"tenggelam", "hanyut", "terseret", "drowned", "terbalik", "karam", "capsized"})
"""Drowned, swept away or capsized and not yet found ("suami saya tenggelam waktu melaut, belum ketemu", "suami sy
nelayan, perahunya terbalik, blm ketemu"): missing, not yet a death told; was "not understood"."""
"""Still searched for, said with no one named ("nelayan hilang di laut 3 hari, belum ketemu" was not understood)."""
_PERSON_MISSING = re.compile(rf"\b(?:{'|'.join(sorted(KIN_WORDS | {'temen', 'kawan', 'rekan', 'awak', 'abk'}))})"
                             rf"(?: (?!(?:{'|'.join(sorted(PROPERTY))})\b)\w+){{0,2}} (?:hilang|hanyut|tenggelam)\b")
"""A person lost, not a thing ("perahu terbalik, teman sy hilang belum ketemu" was told boats are not replaced)."""
_SELF_MISSING = re.compile(rf"(?:^|\b(?!(?:{'|'.join(sorted(PROPERTY))})\b)\w+ )saya(?: \w+){{0,2}}? (?:hilang|hanyut)\b")
"""The writer lost, supposed ("kalau perahu sy tenggelam dan sy hilang di laut"): not "perahu sy hilang", a thing."""


def _person_lost(normalised_text: str) -> bool:
    """Someone, or the writer, lost ("teman sy hilang", "… dan sy hilang di laut"): not only a thing."""
    return bool(_PERSON_MISSING.search(normalised_text) or _SELF_MISSING.search(normalised_text))


NOT_ONES_OWN = frozenset({"keluarga", "keluarganya", "teman", "tetangga", "berita", "beritanya", "kabarnya", "viral"})
"""Not one's own family's ("baca berita nelayan hilang di laut, kasihan keluarganya"), nor asked as a rule ("misal
nelayan hilang di laut, keluarganya dapat apa?", the JKK page)."""
BEING_ENROLLED = frozenset({"daftarkan", "terdaftar", "verifikasi", "diverifikasi", "disetujui", "registration",
                            "registered", "enrolled", "approved"})
NOT_OF_THE_ENROLMENT = frozenset({"klaim", "santunan", "cair", "kartu", "iuran", "claim"})
"""How long an enrolment takes ("usulan dari rt biasanya berapa hari baru aktif", "berapa lama proses verifikasi
usulan rt"; "usulan" and "diusulkan" read as "daftarkan"): was the JKM page (the model's guess) or the enrolment
answer, which says who checks but not how long. No figure is known (FACTS.md): the chain, and the status check."""
PROPOSED = frozenset({"diusulin", "diusulkan", "diusul", "usulin", "didaftarin", "didaftarkan"})
WHAT_NOW = frozenset({"sekarang", "lanjutnya", "terus", "selanjutnya"})
PROPOSED_TOLD_WORDS = 7
"""Proposed, told and no more ("sy udah diusulin rt bulan lalu": was one's claims): what happens to a proposal."""
"""Proposed, and asking what now ("saya udah diusulin rt bulan lalu, sekarang gimana"): was one's claims ("… tapi belum
aktif" stays the status check, as the labelled set has it). Since when one is enrolled ("sejak kapan saya terdaftar") is
the status check, which says it."""
PAID_FOR = frozenset({"bayar", "dibayar", "dibayarin", "ganti", "diganti", "tanggung", "ditanggung", "pay", "paid",
                      "cover", "covered"})
"""A traffic fine asked to be paid ("denda tilang bisa dibayar bpjs?", "kena tilang polisi"): was the enrolment
answer or "not understood" (a fine is no benefit; a fine for late contributions is the arrears answer)."""
USING = frozenset({"pakai", "pake", "cukup", "bisa", "dengan", "use", "using", "with", "only"})
"""The birth date offered to open one's record, asked outside the proof step ("bisa pakai tanggal lahir aja?"): was
BPJS Kesehatan's answer, the model's guess. At the proof step, status says the same in its own words."""
WHERE_THE_NIK_IS = lazy_gettext("NIK tertulis di e-KTP dan di Kartu Keluarga (KK). Jika keduanya tidak ada, tanyakan ke "
                                 "kelurahan atau Disdukcapil.")
NIK_ASKED_FOR = frozenset({"nik", "saya", "aku", "nomor", "berapa", "ya", "sih", "min", "kak", "pak", "bu", "dong"})
"""Words of a message that only asks what one's NIK is ("nik sy brp ya")."""
FORGOTTEN = frozenset({"lupa", "hilang", "ilang", "forgot", "forget"})
SAYING_ONLY_NIK_FORGOTTEN = FORGOTTEN | frozenset({
    "nik", "saya", "aku", "nomor", "bagaimana", "terus", "harus", "apa", "ya", "min", "kak", "pak", "bu", "dong", "nih",
    "tidak", "tahu", "my", "i", "berapa", "sih", "hafal", "ingat", "inget", "tau", "nya", "itu"})
"""Words of a message that only tells of a NIK forgotten ("saya lupa nik saya", "nik saya lupa gimana"): was asked for the
NIK at once."""
SAYING_ONLY_KPJ_FORGOTTEN = FORGOTTEN | frozenset({
    "kpj", "saya", "aku", "nomor", "kartu", "bpjs", "bagaimana", "terus", "harus", "apa", "ya", "min", "kak", "pak",
    "bu", "dong", "nih", "nya", "tidak", "tahu", "tau", "gatau", "ingat", "inget", "almarhum", "almarhumah", "my", "i"})
"""Words of a message that only tells of a KPJ number not known, one's own or a family member's."""


SAYING_NO_KTP = frozenset({"ktp", "ektp", "kalau", "tidak", "ada", "belum", "punya", "bagaimana", "saya", "aku", "terus",
                           "bisa", "min", "kak", "pak", "bu", "ya", "dong", "nya"})
"""Words of a message that only asks what to do without a KTP ("kalau tidak ada ktp gimana"): was the JKM page."""
ENROLMENT = lazy_gettext(
    "Pekerja rentan didaftarkan lewat usulan ketua RT, lalu diperiksa kelurahan dan kecamatan; iurannya dibayar "
    "pemerintah kota. Jika Anda belum terdaftar, sampaikan ke ketua RT Anda. Ketua RT yang terdaftar sebagai "
    "petugas bisa memilih \"Masuk sebagai petugas\" di menu.")
"""How the city's workers are enrolled: the answer to joining, and after what else is said of it."""
ENROLMENT_OF_OTHERS = lazy_gettext(
    "Keluarga atau teman Anda bisa didaftarkan lewat usulan ketua RT tempat ia tinggal, jika ia bekerja tanpa gaji "
    "tetap (misalnya ojek, pedagang, buruh harian); kelurahan dan kecamatan memeriksanya, iurannya dibayar pemerintah "
    "kota. Apakah ia sudah terdaftar bisa dicek di sini dengan NIK-nya: pilih \"Cek kepesertaan\".")
"""Someone else's enrolment asked ("sy mau daftarin istri sy"): was the answer to joining, "Jika Anda belum terdaftar,
sampaikan ke ketua RT Anda", of the writer."""
KTP_BEING_MADE = frozenset({"urus", "proses", "buat", "bikin", "rekam", "perekaman"})
"""A KTP still being made ("ktp sy masih ngurus"; "ngurus" reads as "urus")."""
CARD_DELIVERED = frozenset({"kirim", "ambil", "cetak", "dicetak", "fisik", "dibagikan", "bagikan", "diantar", "antar",
                            "sent", "send", "pick", "print", "printed", "physical", "collect", "delivered", "digital",
                            "digitalnya", "ecard", "elektronik"})
CARD_GIVEN = frozenset({"kasih", "diberi", "diberikan"})
"""When the card is "given", asked ("kartu bpjs nya dikasih kapan" got BPJS Kesehatan's answer); one not given yet ("kartunya
belum dikasih rt") is a check of the enrolment."""
CARD_ASKED_WORDS = 5
"""At most this many words in "kartu nya mana" under one's record (where the card is: was "the same as above", the
record without its card; at the menu it is the status check, which shows the KPJ)."""
NOT_THIS_CARD = frozenset({"kis", "jkn", "kesehatan", "bpjsks", "ktp", "ektp", "kk", "npwp", "sim", "atm", "bank"})
"""Where one's participant card is sent, taken or printed ("kartu peserta dikirim kemana", "kartu bpjs diambil dimana",
"where is my card sent", "kartu digitalnya dimana"): was how to send a claim's papers, the JHT answer (from "ambil"),
BPJS Kesehatan's answer or the JKM page, the model's guesses. Not another card (a KIS is BPJS Kesehatan's, a KTP Disdukcapil's), nor one lost or paid for
(the lost-card answer, the scam warning); one awaited ("saya belum dapat kartu") is the status check (intents)."""
RECEIVED_MONEY = frozenset({"cair", "dapat", "terima", "masuk", "dibayar", "received", "got"})
PAID_LESS = frozenset({"kurang", "sebagian", "cuma", "hanya", "sedikit", "less"})
"""A benefit paid at less than expected ("kenapa santunan cuma dapat sebagian", "sudah cair tapi kurang dari 42 juta"):
was the JKM page, or one's claims. Who decides and why it can be less (the claim summary's words), and where to ask."""
INCOME_ASKED = frozenset({"ganti", "pengganti", "rugi", "uang", "santunan", "penghasilan", "gaji", "pendapatan",
                          "income"})
PROPOSING = frozenset({"ngusulin", "usulin", "usulkan", "mengusulkan", "diusulkan", "daftarin", "daftarkan",
                       "mendaftarkan", "daftarke", "daftarkeun", "propose"})
""""daftarke" (Jambi, Palembang, Javanese) and "daftarkeun" (Sundanese) are "daftarkan"."""
BOTH_NEEDED = frozenset({"bedanya", "beda", "perbedaan", "ketenagakerjaan", "difference"})
"""BPJS Kesehatan and this cover compared, or whether both are needed ("sudah punya bpjs kesehatan, perlu ini juga?",
"apa bedanya bpjs kesehatan sama ketenagakerjaan"): was BPJS Kesehatan's answer, which sends one away."""
_SAME_AS = re.compile(r"\bdengan (?:dengan|as)\b")
"""Asked whether they are the same ("apakah bpjs ini sama dengan bpjs kesehatan", "the same as …": "sama" and "same" read
"dengan" too): was BPJS Kesehatan's answer, which sends one away."""
AFFECTS_OR_INCLUDES = frozenset({"ngaruh", "pengaruh", "berpengaruh", "mempengaruhi", "memengaruhi", "masuk", "affect",
                                 "include", "includes", "included"})
"""The other one named beside it ("bpjs kesehatan sy nunggak, apa ngaruh ke bpjs tk?", "saya punya kis, apa udah termasuk
bpjs tk?": "termasuk" reads "masuk", "bpjs tk" "bpjs"): were BPJS Kesehatan's answer and the status check's NIK
question."""
SALARIED = frozenset({"pns", "asn", "tni", "polri", "polisi", "tentara", "karyawan", "pegawai"})
FORMERLY = frozenset({"pensiun", "pensiunan", "mantan", "bekas", "eks", "dulu", "dulunya", "former", "retired", "ex"})
"""A salaried job left ("saya pensiunan pns, jualan sekarang, bisa ikut?"): was told the programme is not for them."""
"""A salaried worker asking to join ("saya pns bisa ikut?"; "ikut" reads as "daftar"): the enrolment answer."""
WAGE = frozenset({"gaji", "digaji", "gajian", "upah", "diupah", "umr", "ump", "umk", "salary", "wage", "wages"})
ON_A_PAYROLL = SALARIED | EMPLOYED | frozenset({"buruh", "pabrik", "kontrak", "outsourcing"})
OF_SAVINGS = frozenset({"cair", "pencairan", "saldo", "jht", "potong", "dipotong", "potongan", "pensiun"})


def _at_a_firm(tokens: tuple[str, ...]) -> bool:
    """Working at a factory or a company ("sy kerja di pabrik, bisa ikut program ini?": was how one is enrolled): an
    employee, whom the employer enrols. Not one enrolled there already asking to join again, which has its own answer."""
    return ("kerja", "di") in pairwise(tokens) and bool({"pabrik", "perusahaan", "pt"} & set(tokens)) \
        and not {"sudah", "lagi"} & set(tokens)


def _on_a_wage(words: set[str]) -> bool:
    """A wage told with the work ("saya buruh pabrik kontrak, gaji umr"): was the JHT answer, the model's guess. Not a
    wage's savings asked ("gaji dipotong bpjs, bisa cair?")."""
    return bool(WAGE & words and ON_A_PAYROLL & words) and not OF_SAVINGS & words


BY_EMAIL = frozenset({"email", "e-mail", "surel", "gmail"})
"""Papers sent by email, asked ("bisa kirim lewat email?"): was the loan answer."""
UNCLEAR = frozenset({"blur", "buram", "burem", "kabur", "goyang", "gelap", "blurry"})
PHOTOS = frozenset({"foto", "fotonya", "gambar", "gambarnya", "scan", "photo", "picture"})
""""foto nya blur gpp?", "fotonya kurang jelas gimana": was not understood."""
ASKING_HOW_TO_SEND = frozenset({"bagaimana", "cara", "mana", "bisa", "boleh", "mau", "ingin", "how", "where", "can"})
MOVING = frozenset({"pindah", "pindahan", "berpindah", "merantau", "rantau", "move", "moved", "moving"})
"""Moving away ("sy merantau ke jakarta, bpjs nya gmn" was BPJS Kesehatan's answer)."""
TO_ANOTHER_PLACE = frozenset({"kota", "kabupaten", "kab", "daerah", "domisili", "provinsi", "alamat", "kampung",
                              "rumah", "kecamatan", "kelurahan", "desa", "rt", "rw",
                              "city", "town", "regency", "province", "address"})
NOT_A_MOVE = frozenset({"kerja", "pekerjaan", "mandiri", "bpu", "program", "jkn", "kis", "faskes"})
""""pindah ke" a named place is a move ("saya pindah ke jakarta", "i moved to jakarta" were not understood); to another
job, to paying oneself or to another health facility is not."""
ELSEWHERE = frozenset({"luar", "beda", "berbeda", "lain", "another", "different", "other"})
WHERE_ONE_LIVES = frozenset({"ktp", "tinggal", "domisili", "live", "living", "lives"})


def _living_elsewhere(words: set[str]) -> bool:
    """Living away from the city one is enrolled in ("saya di luar kota, ktp domisili beda", "ktp saya beda kota
    dengan tempat tinggal"): was "not understood"; it is the moving answer's question."""
    return bool(ELSEWHERE & words and {"kota", "kabupaten", "daerah", "provinsi", "domisili", "city", "town", "province"}
                & words and WHERE_ONE_LIVES & words)  # "i live in another city now" was not understood


EMPLOYER = frozenset({"perusahaan", "pabrik", "pt", "cv", "majikan", "bos", "pemberi", "company", "employer", "factory"})
FORMER = frozenset({"lama", "dulu", "sebelumnya", "former", "old", "previous"})
"""Of a workplace: "kantor lama", "perusahaan dulu" — the employer, not the branch office."""
HAS_COVER = frozenset({"punya", "ada", "didaftarkan", "terdaftar", "daftarkan", "have", "has", "registered"})
SAVINGS = frozenset({"jht", "tarik", "ditarik", "cair", "cairkan", "pencairan", "saldo", "dipecat", "phk", "pesangon",
                     "withdraw"})
LEAVING = frozenset({"berhenti", "keluar", "mundur", "quit", "leave", "stop", "cabut"})
THE_PAYER = frozenset({"program", "programnya", "pemkot", "pemerintah", "pemda", "kota"})
"""Who stops when the city's programme does ("program pemkot berhenti", "pemkot stop bayar")."""
WHILE_THE_CITY_PAYS = lazy_gettext(
    "Iurannya dibayar pemerintah kota selama programnya membiayai Anda; sampai kapan, tertulis di hasil \"Cek "
    "kepesertaan\" (masa perlindungan). Jika nanti tidak lagi dibiayai, tanyakan ke kelurahan atau kantor cabang BPJS "
    "Ketenagakerjaan cara melanjutkannya.")
"""How long the city pays: asked as a rule, or the programme's end supposed."""
PARTICIPATION = frozenset({"peserta", "kepesertaan", "program", "participant", "membership"})
ALREADY = frozenset({"sudah", "telah", "already"})
CLAIM = frozenset({"klaim", "claim"})
FILING_A_CLAIM = frozenset({"urus", "ajukan", "mengajukan", "diajukan"})
"""Normalised: "ngurus" reads as "urus"."""
SAYING_ONLY_CLAIM = CLAIM | frozenset({
    "mau", "ingin", "saya", "aku", "urus", "ajukan", "mengajukan", "bikin", "buat", "bpjs", "santunan", "cara",
    "bagaimana", "dong", "ya", "kak", "min", "nih", "pak", "bu", "to", "a", "make", "file", "how", "do", "i"})
"""Words of a message that asks for a claim and says nothing of which: "mau klaim", "pengen ngurus klaim bpjs"."""
def _weekend_asked(tokens: tuple[str, ...]) -> bool:
    """Whether a claim can be made on a weekend or a holiday ("minggu" alone is also a week: "hari minggu" only)."""
    pairs = set(pairwise(tokens))
    off = bool({"sabtu", "weekend", "libur"} & set(tokens)) or ("hari", "minggu") in pairs \
        or ("tanggal", "merah") in pairs
    return off and bool({"klaim", "urus", "lapor", "daftar"} & set(tokens))  # the office opening: its own answer


def _enrolled_message_told(words: set[str]) -> bool:
    """A message saying one's enrolment succeeded, received and asked about."""
    return bool({"sms", "pesan", "wa", "notifikasi", "message"} & words and {"daftar", "daftarkan", "terdaftar",
                                                                            "pendaftaran"} & words
                and {"berhasil", "sukses", "success", "successful"} & words) and not MONEY & words


def _stop_on_the_way_told(words: set[str]) -> bool:
    """A mishap during a stop on the way to or from work ("mampir beli makan sebelum pulang")."""
    return bool({"mampir", "singgah", "nyinggah", "berhenti"} & words and {"pulang", "berangkat"} & words
                and {"kecelakaan", "jatuh", "tabrakan"} & words) and not DEATH_WORDS & words


SELFIE = frozenset({"selfie", "swafoto", "selfi"})


def _minor_without_a_ktp(tokens: tuple[str, ...]) -> bool:
    """A child too young for an e-KTP, whose KTP is said not to be had."""
    words = set(tokens)
    pairs = set(pairwise(tokens))
    young = ("bawah", "umur") in pairs or ("masih", "kecil") in pairs or bool({"sekolah", "sd", "smp"} & words)
    return "anak" in words and "ktp" in words and young and bool({("belum", "punya"), ("tidak", "punya"),
                                                                 ("belum", "ada"), ("tidak", "ada")} & pairs)


def _cannot_read_told(tokens: tuple[str, ...]) -> bool:
    """The writer, or whom they type for, cannot read or write ("buta huruf", "ga bisa baca tulis")."""
    pairs = set(pairwise(tokens))
    return ("buta", "huruf") in pairs or any(pairs >= {("tidak", "bisa"), ("bisa", word)} for word in ("baca", "tulis",
                                                                                                     "membaca"))


def _wage_earners_programme_named(found: Classification) -> bool:
    """JP or JKP named, or asked what they are: programmes of employees, not the city's."""
    words = set(found.normalised.tokens)
    named = bool({"jp", "jkp"} & words) or any(note.startswith(("jaminan pensiun", "jaminan kehilangan"))
                                               for note in found.normalised.notes) \
        or ("kehilangan", "pekerjaan") in set(pairwise(found.normalised.tokens))
    return named and found.intent not in (Intent.ACCIDENT, Intent.DEATH, Intent.SCAM)


SENT_BY_MISTAKE = frozenset({"maaf", "salah", "kirim", "ketik", "pencet", "tekan", "min", "kak", "pak", "bu", "ya",
                             "sorry", "wrong", "tidak", "sengaja", "kepencet"})


def _wrong_number_told(tokens: tuple[str, ...]) -> bool:
    """Not the person a message was meant for ("salah nomor", "sy bukan orangnya, salah nomor")."""
    pairs = set(pairwise(tokens))
    return (("salah", "nomor") in pairs or ("wrong", "number") in pairs
            or ("bukan", "orang") in pairs and "nomor" in tokens) \
        and not {"kpj", "nik", "klaim", "rekening", "hp", "ketik"} & set(tokens)  # "salah nomor kpj": a number mistyped


FIGURES = frozenset({"rekap", "rekapan", "cetak", "unduh", "download", "export", "ekspor", "statistik", "grafik"})
OF_AN_AREA = frozenset({"kelurahan", "kecamatan", "rt", "ketuart", "wilayah", "kota"})


def _area_figures_asked(words: set[str]) -> bool:
    """An officer's figures or list asked ("mau cetak laporan usulan bulan ini", "berapa warga yang udah terdaftar di
    kelurahan sy"): not one's own record."""
    listed = bool({"daftarkan", "warga", "peserta"} & words)  # normalised: "usulan" reads "daftarkan"
    return listed and (bool(FIGURES & words)
                       or "berapa" in words and bool(OF_AN_AREA & words) and bool({"terdaftar", "sudah"} & words)
                       and not FIRST_PERSON - {"saya"} & words and "nik" not in words)  # not how many may be (quota)


REPORTING = frozenset({"lapor", "melapor", "laporan", "report"})
SAYING_ONLY_REPORT = REPORTING | SAYING_ONLY_CLAIM - CLAIM
GETTING = frozenset({"dapat", "biar", "agar", "supaya", "bisa", "caranya", "gimana", "get", "can"})
"""And of one that asks how to get a benefit, saying nothing of which ("gmn caranya biar dapet santunan")."""


DECIDING = frozenset({"setujui", "setuju", "approve", "pilih", "tolak", "reject", "select"})
ALL_OF_THEM = frozenset({"semua", "semuanya", "sekaligus", "all"})


def _all_at_once_asked(signed_in: OfficerView | None, words: set[str]) -> bool:
    """"setujui semua" by a kelurahan or kecamatan officer: was "not understood". The chat decides one opened proposal at
    a time (never unseen); the desk decides up to 50 at once."""
    return signed_in is not None and signed_in.role in (Role.KELURAHAN, Role.KECAMATAN) \
        and bool(DECIDING & words) and bool(ALL_OF_THEM & words)


PASSING_ON = frozenset({"kirim", "teruskan", "serahkan", "ajukan", "forward"})
NEXT_DESK: dict[str, frozenset[str]] = {Role.KELURAHAN: frozenset({"kecamatan", "camat"}),
                                        Role.KECAMATAN: frozenset({"kota", "disnaker", "pemkot", "bpjs", "city"})}


def _passing_on_asked(signed_in: OfficerView | None, words: set[str]) -> str | None:
    """"kirim ke kota gmn" by a kecamatan officer, "perlu dikirim ke kecamatan ga" by a kelurahan officer: were "not
    understood". A decision is the passing on: what is approved waits in the kecamatan's list, what is selected in the
    city's export."""
    if signed_in is None or not PASSING_ON & words or not NEXT_DESK.get(signed_in.role, frozenset()) & words:
        return None
    if signed_in.role == Role.KELURAHAN:
        return _("Tidak perlu dikirim: usulan yang Anda setujui langsung masuk daftar kecamatan untuk dipilih sesuai "
                 "kuota, dan ketua RT diberi kabar.")
    return _("Tidak perlu dikirim: usulan yang Anda pilih langsung masuk daftar kota, yang diekspor admin kota untuk BPJS "
             "Ketenagakerjaan, dan ketua RT diberi kabar.")


def asked(ctx: Ctx[Any], found: Classification) -> tuple[str, tuple[str, ...]] | None:
    """The answer when the message asks one of these questions, with the menu entries that usually come next;
    None otherwise."""
    words = set(found.normalised.tokens)
    signed_in = officer_of(ctx.conversation)
    if (passed_on := _passing_on_asked(signed_in, words)) is not None:
        return passed_on, ()
    if _all_at_once_asked(signed_in, words):
        return _("Di chat, setiap usulan dibuka dan diperiksa satu per satu sebelum diputuskan. Untuk memutuskan "
                 "banyak sekaligus (sampai 50), pakai meja petugas: pilih \"Masuk meja petugas\"."), ()
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and CLAIM & words and words <= SAYING_ONLY_CLAIM:
        return _which_claim(ctx)
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and _weekend_asked(found.normalised.tokens):
        # "bisa ngurus klaim hari sabtu?" was not understood
        return _("Di sini klaim bisa dicatat kapan saja, juga hari Sabtu, Minggu dan hari libur. Jam buka kantor cabang "
                 "bisa ditanyakan ke Contact Center 175."), ("accident", "death")
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and REPORTING & words and words <= SAYING_ONLY_REPORT:
        # "mau lapor" was not understood: which report, as "mau klaim" is asked which claim
        return _("Mau melaporkan apa: kecelakaan kerja, atau kematian peserta (klaim santunannya)? Pilih di bawah. "
                 "Penipuan atas nama BPJS dilaporkan ke Contact Center 175."), ("accident", "death")
    if _phone_changed(ctx, found):
        return phone_changed_answer(), ("status",)
    if (anywhere := asked_anywhere(ctx, found)) is not None:
        return anywhere
    if (ctx.in_progress and ctx.conversation.state.startswith("death.") and "berapa" in words
            and (found.intent is Intent.JKM_INFO or AMOUNT & words) and not _numbered(found.normalised)):
        return death.amounts_shown(ctx) or death_amounts(ctx), ()

    if FINE & words and (LATE | CONTRIBUTION | IN_ARREARS | {"bayar", "pay"}) & words and not TRAFFIC_FINE & words:
        return late_payment_text(ctx), ("status", "benefits")  # "ada denda kalau telat bayar?": not understood
    if IN_ARREARS & words or LATE & words and CONTRIBUTION & words or REACTIVATING & words and "aktif" in words \
            or "reactivate" in words:
        return _arrears(ctx), ("status", "benefits")
    if how_long_asked(words):
        return _payout_time(ctx, words), ("track", "death", "accident")
    if ctx.conversation.state == "claims.list" and "lama" in words and WHY_SO & words:  # was "not understood"
        return _("Klaim diproses setelah dokumennya lengkap dan diajukan; statusnya tertulis di daftar di atas. Jika "
                 "sudah lama tanpa kabar, tanyakan ke kantor cabang BPJS Ketenagakerjaan dengan nomor klaimnya, atau "
                 "ketik \"bicara dengan petugas\"."), ("track", "person")
    return None


def missing_asked_as_a_rule(found: Classification) -> bool:
    """How a claim goes for someone missing at sea or at work, asked as a rule ("kalo hilang di laut gmn klaimnya")."""
    words = set(found.normalised.tokens)
    # "kalau perahu sy tenggelam dan sy hilang di laut keluarga dpt apa": a boat named with the person lost (was told
    # boats are not replaced)
    lost = not PROPERTY & words or _person_lost(found.normalised.text)
    return bool(MISSING & words and AWAY_AT_WORK & words and HYPOTHETICAL_WORDS & words
                and {"klaim", "urus", "bagaimana"} & words and not (CARD | DEATH_WORDS) & words and lost)


def lost_at_work_supposed(found: Classification) -> bool:
    """What the family gets if the worker is lost at sea or at work, supposed ("sy nelayan, kalau perahu sy tenggelam dan
    sy hilang di laut keluarga dpt apa"): was told boats are not replaced, then not understood. The JKK page, as
    "misal nelayan hilang di laut, keluarganya dapat apa?" gets (the model's reading there)."""
    words = set(found.normalised.tokens)
    return bool(MISSING & words and AWAY_AT_WORK & words and HYPOTHETICAL_WORDS & words and {"dapat", "berapa"} & words
                and not (CARD | DEATH_WORDS) & words) and (not PROPERTY & words or _person_lost(found.normalised.text))


def family_missing(found: Classification) -> bool:
    """Someone of the family missing at sea or at work (AWAY_AT_WORK): the branch decides what the claim needs. With a
    boat said too ("perahu terbalik, suami saya tenggelam belum ketemu, bisa klaim?": one's claims), not a boat lost."""
    words = set(found.normalised.tokens)
    return bool(((KIN_WORDS - NOT_ONES_OWN) & words or "belum" in words and NOT_YET_FOUND & words)
                and (MISSING & words or GONE_UNDER & words and "belum" in words and NOT_YET_FOUND & words)
                and AWAY_AT_WORK & words
                and not (CARD | DEATH_WORDS | HYPOTHETICAL_WORDS | NOT_ONES_OWN) & words
                and not (PROPERTY & words and not _PERSON_MISSING.search(found.normalised.text)))


def _family_gone_under(found: Classification) -> bool:
    """One of the family gone under at work ("suami sy tenggelam pas melaut"), and nothing more said of them: not saved,
    not dead, not missing (family_missing), nor a boat alone."""
    words = set(found.normalised.tokens)
    return bool((KIN_WORDS - NOT_ONES_OWN) & words and GONE_UNDER & words and AWAY_AT_WORK & words
                and not (DEATH_WORDS | HYPOTHETICAL_WORDS | NOT_ONES_OWN | MISSING | NOT_YET_FOUND | {"selamat"}) & words
                and found.intent not in CLAIMS)


BOSS = frozenset({"majikan", "bos", "juragan"})
EMPLOYING = EMPLOYER | BOSS | {"mandor"}
"""Whoever one works for: a company or a boss."""
A_COMPANY = EMPLOYER - BOSS | {"usaha"}
""""perusahaan" reads as "usaha". A boss only when said not to be had ("saya ga punya majikan"): "bos saya ga mau kasih
surat" tells of one."""
ASKED_TO_BRING = frozenset({"disuruh", "diminta", "minta", "harus", "perlu", "wajib", "syarat", "bawa", "need", "asked"})
EMPLOYER_LETTER_NOT_NEEDED = lazy_gettext(
    "Sebagai peserta bukan penerima upah (pekerja mandiri), Anda tidak punya pemberi kerja, dan surat dari perusahaan "
    "tidak termasuk dokumen klaim JKK Anda: kartu peserta (KPJ), e-KTP, kronologi kejadian, formulir laporan "
    "kecelakaan tahap I dan II, dan surat dokter. Sampaikan ke petugas bahwa iuran Anda dibayar pemerintah daerah; "
    "jika tetap diminta, tanyakan penggantinya ke kantor cabang atau Contact Center 175.")
"""A letter from an employer asked for ("disuruh bawa surat dari perusahaan, sy kan ga punya perusahaan" listed one's
claims): FACTS.md §7, a BPU's JKK papers name none."""


def employer_letter_asked(words: set[str]) -> bool:
    employer = A_COMPANY & words and (ASKED_TO_BRING | NEGATIONS) & words or BOSS & words and {"tidak", "punya"} <= words
    return bool({"surat", "letter"} & words and employer and not (DEATH_WORDS | {"jkm"}) & words)


COPIES = frozenset({"fotokopi", "fotocopy", "fotokopian", "copy", "fc", "salinan", "legalisir", "dilegalisir",
                    "scan", "original", "originals"})
PAPER_NAMED = frozenset({"dokumen", "dokumennya", "berkas", "berkasnya", "ktp", "kk", "akta", "buku", "surat", "kartu",
                         "documents", "document"})
ORIGINALS_KEPT = lazy_gettext(
    "Di sini cukup foto atau PDF yang jelas dan terbaca. Simpan dokumen aslinya: kantor cabang BPJS Ketenagakerjaan "
    "bisa memintanya untuk dicocokkan, dan kantor cabang yang memastikan apakah fotokopinya perlu dilegalisir.")
"""Whether a claim's papers must be originals or copies: FACTS.md names the papers, not the form; the chat takes photos."""


LEGALISED = frozenset({"legalisir", "dilegalisir"})


COLOURED = frozenset({"berwarna", "colour", "color", "coloured", "colored"})
"""Not "warna" alone: "kartu bpjs warna apa" asks what the card looks like."""


def _originals_asked(words: set[str]) -> bool:
    """Not the originals taken to the branch ("dokumen asli dibawa ga": where a claim is filed). Whether the photo must
    be in colour ("foto ktp harus berwarna?") has the same answer: clear and legible is enough."""
    asked = ("asli" in words and bool((COPIES | {"harus", "perlu", "wajib"}) & words) or bool(LEGALISED & words)
             or bool(COLOURED & words))
    return asked and bool((PAPER_NAMED | {"foto", "fotonya"}) & words or LEGALISED & words) \
        and not {"bawa", "dibawa"} & words  # "fotonya harus asli atau fotokopi" was not understood


CODE_WORDS = frozenset({"kode", "kodenya", "code"})
CODE_COMING = frozenset({"masuk", "datang", "sampai", "dikirim", "kirim", "sent", "came", "come", "arrive", "arrived",
                         "sms", "never", "belum"})
NOT_OUR_CODE = frozenset({"petugas", "admin", "minta", "diminta", "kasih", "berikan", "kasi", "share", "give", "asked",
                          "transfer", "orang", "otp", "sandi", "jmo", "aplikasi", "app", "login"})
"""A code someone asks for (the scam warning's), an officer's, or the JMO app's sign-in OTP ("kode otp tidak masuk";
"otp" reads as "sandi")."""


CODE_WRONG = frozenset({"salah", "ditolak", "tolak", "wrong", "invalid", "rejected", "expired", "kedaluwarsa",
                        "kadaluarsa", "hangus"})


LINK_WORDS = frozenset({"link", "tautan", "url"})
DESK_WORDS = frozenset({"meja", "desk", "dasbor", "dashboard", "web"})
LINK_LOST = frozenset({"lupa", "hilang", "kadaluarsa", "kedaluwarsa", "expired", "habis", "gagal", "error", "dibuka",
                       "buka", "baru", "minta", "lagi"})


def _desk_link_asked(words: set[str]) -> bool:
    """An officer's sign-in link to the desk lost, expired or wanted again."""
    return bool(LINK_WORDS & words and DESK_WORDS & words and LINK_LOST & words)


def _code_refused(words: set[str]) -> bool:
    """The proof code told refused, away from the status check ("udah 3x salah kode" listed one's claims,
    "kodenya salah terus" was not understood); "tidak cocok" too, not "kodenya cocok?"."""
    refused = CODE_WRONG & words or "cocok" in words and {"tidak", "belum"} & words
    return bool(CODE_WORDS & words and refused and not NOT_OUR_CODE & words)


def _code_awaited(words: set[str]) -> bool:
    """The proof code asked about away from the status check ("kok sms nya ga masuk kodenya", "is the code sent by
    sms?", "the code never came"): not understood. Not a code someone asks for (the scam warning's)."""
    return bool(CODE_WORDS & words and CODE_COMING & words and not NOT_OUR_CODE & words)


_A_LINK = re.compile(r"\bhttps?\b|\bwww?\b|\bbit ly\b|\btinyurl\b|\bs id\b")
"""A link in a message, once normalised ("bit.ly/…" reads "bit ly …", "www." reads "w")."""
PERSONAL_DATA = frozenset({"nama", "nik", "data", "ktp", "daftar", "cek", "isi", "pin", "otp", "sandi", "rekening"})


PART_LOST = frozenset({"putus", "hilang", "diamputasi", "amputasi", "dipotong", "terpotong"})
BODY_PARTS = frozenset({"jari", "tangan", "kaki", "lengan", "mata", "telinga", "jempol", "kelingking"})
FOR_LIFE = frozenset({"lumpuh", "permanen", "seumur", "selamanya", "total"})
TRANSPORT = frozenset({"ambulans", "ambulan", "ambulance", "angkutan", "transport", "transportasi"})
"""Not "ongkos" alone: "ongkos berobat" is the treatment's."""
NOT_A_RULE = frozenset({"saya", "kemarin", "tadi", "barusan", "semalam"})
"""An injury told as one's own ("jari saya putus kemarin"): the report, not a rule."""


PARTIAL_DISABILITY_LINE = lazy_gettext(
    "Cacat sebagian karena kecelakaan kerja, misalnya kehilangan jari, dihitung dari persentase cacat dalam tabel resmi: "
    "cacat 10% mendapat {partial} (untuk penghasilan {wage}). Persentasenya ditetapkan dokter; perkiraannya bisa "
    "dihitung di \"Hitung santunan\".")
TOTAL_DISABILITY_LINE = lazy_gettext(
    "Cacat total karena kecelakaan kerja, tidak bisa bekerja lagi: {lump}, ditambah {periodic} pengganti penghasilan "
    "dan beasiswa anak (untuk penghasilan {wage}). Pengobatannya tetap ditanggung sampai sembuh.")
TRANSPORT_LINE = lazy_gettext(
    "Ongkos angkutan korban kecelakaan kerja ke rumah sakit ditanggung JKK: darat, sungai atau danau paling banyak "
    "{land}; laut {sea}; udara {air}. Simpan kuitansinya untuk klaim.")
STMB_LINE = lazy_gettext(
    "STMB (santunan sementara tidak mampu bekerja) adalah pengganti penghasilan dari JKK selama belum bisa bekerja karena "
    "kecelakaan kerja: {wage} per bulan di {months} bulan pertama, lalu {after} per bulan sampai sembuh (untuk "
    "penghasilan {wage}).")
"""FACTS.md §5. "apa itu stmb" got the JKK page, which says what is paid while one cannot work but not that it is STMB."""
ONE_JKK_LINES = (PARTIAL_DISABILITY_LINE, TOTAL_DISABILITY_LINE, TRANSPORT_LINE, STMB_LINE)
"""The JKK page's lines said alone, when one is asked: what a person asking it wants (tests/landing.py)."""


AMOUNT_OR_WHAT = frozenset({"berapa", "dapat", "apa", "santunan", "santunannya", "how", "what"})


def one_jkk_benefit(ctx: Ctx[Any], words: set[str]) -> str | None:
    """One of the JKK page's lines, asked alone ("jari putus dapat berapa", "kalau cacat seumur hidup dapat apa",
    "biaya ambulans ditanggung?"): the whole page of seven lines came, for a phone, to answer one."""
    if NOT_A_RULE & words or DEATH_WORDS & words:
        return None
    return jkk_line(ctx, words)


def jkk_line(ctx: Ctx[Any], words: set[str]) -> str | None:
    """The JKK page's line for the harm or the cost the words name, whoever it befell."""
    r = rules_on(ctx.today) or PP_82_2019
    wage = r.lowest_income_bracket
    if BODY_PARTS & words and PART_LOST & words or {"cacat", "sebagian"} <= words:
        return str(PARTIAL_DISABILITY_LINE).format(partial=format_money(partial_disability(r, 10, wage)),
                                                   wage=format_money(wage))
    if FOR_LIFE & words and ("cacat" in words or "lumpuh" in words):
        total = total_disability(r, wage)
        return str(TOTAL_DISABILITY_LINE).format(lump=format_money(total.lump_sum),
                                                 periodic=format_money(r.jkm_periodic), wage=format_money(wage))
    if "cacat" in words and AMOUNT_OR_WHAT & words:  # "santunan cacat berapa": both kinds, not the page of seven lines
        total = total_disability(r, wage)
        return "\n\n".join((
            str(PARTIAL_DISABILITY_LINE).format(partial=format_money(partial_disability(r, 10, wage)),
                                                wage=format_money(wage)),
            str(TOTAL_DISABILITY_LINE).format(lump=format_money(total.lump_sum), periodic=format_money(r.jkm_periodic),
                                              wage=format_money(wage))))
    if "stmb" in words:
        return str(STMB_LINE).format(wage=format_money(wage), months=r.stmb_full_months,
                                     after=format_money(wage * r.stmb_after_pct // 100))
    if TRANSPORT & words and ({"rs", "ditanggung", "ganti", "diganti", "biaya", "bayar"} & words):
        return str(TRANSPORT_LINE).format(land=format_money(r.transport_land_max), sea=format_money(r.transport_sea_max),
                                          air=format_money(r.transport_air_max))
    return None


SPREADSHEET = frozenset({"excel", "xls", "xlsx", "spreadsheet", "csv"})


_NAMED_WRONG = re.compile(r"\b(?:salah|keliru|bukan|tidak|wrong|oops)\b")
_THAT_FILE = re.compile(r"\b(?:itu|tadi|barusan|that|was)\b")


def _file_named_wrong(text: str) -> bool:
    """A file sent under another document's name, said away from its checklist ("eh salah itu ktp bukan kk", "oops
    that was his ktp not the kk"): the JKM page, or the scam warning."""
    return len(documents_named(text)) >= 2 and bool(_NAMED_WRONG.search(text)) and bool(_THAT_FILE.search(text))


INCOME = frozenset({"gaji", "gajinya", "penghasilan", "penghasilannya", "pendapatan", "pendapatannya", "upah", "salary",
                    "income", "earn", "earnings"})
BASED_ON = frozenset({"hitung", "dihitung", "calculated", "based", "tergantung", "pengaruh", "berpengaruh", "sesuai"})
HOW_MUCH_FOR_ME = frozenset({"santunan", "santunannya", "berapa"})


def _basis_asked(words: set[str]) -> bool:
    """Whether benefits follow one's real income ("gaji saya cuma 1,5jt sebulan, santunannya dihitung dari situ?",
    "penghasilan saya 3 juta, santunannya berapa"); not the JKM's "pengganti penghasilan", a "peserta bukan penerima
    upah", the rule itself ("48 kali upah": the JKK page), the wage subsidy (BSU), nor a death told."""
    if not INCOME & words or {"pengganti", "penerima", "bsu", "subsidi", "kali", "times"} & words or DEATH_WORDS & words:
        return False
    own = bool(FIRST_PERSON & words) or any(word[:1].isdigit() for word in words)
    return bool(BASED_ON & words or HOW_MUCH_FOR_ME & words and own)


def _benefit_basis(ctx: Ctx[Any]) -> str:
    """FACTS.md §1 and §5: a BPU's "wage" is the declared income; city-paid schemes use the Rp1jt bracket."""
    rules = rules_on(ctx.today) or PP_82_2019
    return _("Dalam program yang iurannya dibayar pemerintah daerah, iuran dibayar untuk penghasilan {income} sebulan. "
             "Santunan JKK yang dihitung dari penghasilan (selama belum bisa bekerja, cacat, meninggal karena "
             "kecelakaan kerja) dihitung dari {income} itu, bukan dari penghasilan Anda yang sebenarnya. Santunan JKM "
             "(meninggal bukan karena kecelakaan kerja) sama untuk semua: {jkm}.").format(
        income=format_money(rules.lowest_income_bracket), jkm=format_money(jkm_benefit(rules, None).cash_total))


HAVING_ALREADY = frozenset({"punya", "sudah", "ada", "dari", "masih"})


def _joining_with_jkn_asked(words: AbstractSet[str]) -> bool:
    """Whether one who has BPJS Kesehatan may join too ("jkn": "bpjs kesehatan", "kis" normalised); not joining JKN
    itself ("sy mau daftar bpjs kesehatan")."""
    return "jkn" in words and bool(JOINING & words and HAVING_ALREADY & words and {"bisa", "boleh", "masih"} & words)


def asked_anywhere(ctx: Ctx[Any], found: Classification) -> tuple[str, tuple[str, ...]] | None:
    """Questions no journey answers — where the branch office is, BPJS's own number, one's record wrong or changed, a
    thing lost or damaged, which hospitals take the cover, a claim's paper lost or not had, whether a claim can be paid
    sooner, how to send papers,
    whether it costs anything, whom to trust, the age to join —
    answered even at the main menu, where a message otherwise starts the journey it names (the model's guesses were
    the JKM page, the status check, the scam warning, the loan answer). A changed phone number is answered there only
    where the model guessed one's claims or the enrolment ("hp saya hilang"): on the public set, such first messages
    most often meant the status check."""
    words = set(found.normalised.tokens)
    if not ctx.in_progress and (paper := accident_paper_answer(found.normalised.text)) is not None \
            and not DEATH_WORDS & words:  # "formulir tahap 1 dapet dimana" was the JKM page, "saksi kecelakaan harus
        # siapa" the JKK page
        return str(paper), ("accident", "benefits")
    if not ctx.in_progress and _praised(words):  # "sy cinta program ini" was the enrolment answer, "botnya keren bgt
        # min" the hand-off
        return _("Terima kasih, senang bisa membantu."), ("status", "benefits")
    if not ctx.in_progress and "kpj" in words and ASKING_WHAT_OR_WHERE & words and words <= ASKING_ABOUT_KPJ:
        return what_a_kpj_is(), ("status",)  # at the menu too: "where can i find my kpj" was the hand-off
    if not ctx.in_progress and CLAIM & words and {"mana", "where"} & words and (OFFICE | FILING_A_CLAIM) & words:
        return _where_claimed(), ("accident", "death", "track")  # "klaim jkm di kantor mana", "ngurus klaim di mana":
        # were one's claims ("mana" read as where one's own claim is)
    if not ctx.in_progress and _cannot_read_told(found.normalised.tokens) \
            and found.intent in (Intent.UNKNOWN, Intent.HELP):
        # "sy buta huruf, anak sy yg ngetik" was not understood, "sy ga bisa baca tulis" the help list
        return _("Tidak apa-apa: keluarga atau tetangga boleh membantu mengetik, dengan data orang yang dibantu "
                 "(misalnya NIK-nya). Jika ingin dibantu petugas, ketik \"bicara dengan petugas\"."), ("status", "person")
    if not ctx.in_progress and _enrolled_message_told(words):
        # "sy dapat sms pendaftaran berhasil, artinya apa": was the JKM page
        return _("Jika pesan itu dari BPJS Ketenagakerjaan, artinya Anda sudah terdaftar sebagai peserta. Pastikan di "
                 "\"Cek kepesertaan\" dengan NIK Anda. Jika pesannya meminta uang, PIN atau kode OTP, itu penipuan."), (
            "status",)
    if not ctx.in_progress and _joining_with_jkn_asked(words):  # "bpjs kesehatan dari kantor istri, masih bisa ikut?":
        return _("Punya BPJS Kesehatan (JKN/KIS) tidak menghalangi: itu program yang berbeda dari BPJS "
                 "Ketenagakerjaan. Pekerja rentan didaftarkan lewat usulan ketua RT, lalu diperiksa kelurahan dan "
                 "kecamatan."), ("status", "benefits")  # was BPJS Kesehatan's answer
    if not ctx.in_progress and _young_childs_share_asked(words):  # "anak sy msh kecil, santunannya gmn" (at a death
        return str(YOUNG_CHILD_PAID), ("death", "benefits")  # claim's checklist too): was not understood
    if not ctx.in_progress and _rt_head_asked_who(words):  # "ketua rt nya siapa": was the JKM page, the enrolment
        return str(WHO_IS_THE_RT_HEAD), ("status", "benefits")  # answer or JHT's
    if SELFIE & words and {"ktp", "ektp", "kk"} & words:
        # "petugas kelurahan minta foto selfie pegang ktp" was told the RT head needs a KTP's data
        return _("Program ini tidak memerlukan foto diri sambil memegang KTP. Jangan kirim foto seperti itu kepada siapa "
                 "pun lewat chat: bisa disalahgunakan, misalnya untuk pinjaman online atas nama Anda. Jika ragu, "
                 "tanyakan langsung ke kantor kelurahan."), ("status",)
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and _stop_on_the_way_told(words):
        # "kecelakaan pas mampir beli makan sebelum pulang" was not understood
        return _("Kecelakaan dalam perjalanan berangkat atau pulang kerja ditanggung JKK. Jika Anda singgah di tempat "
                 "lain, kantor cabang yang menilai apakah masih termasuk perjalanan kerja: laporkan saja dalam 2×24 "
                 "jam."), ("accident",)
    if not ctx.in_progress and _minor_without_a_ktp(found.normalised.tokens):
        # "anak sy di bawah umur belum punya ktp, gmn": was told how a lost e-KTP is replaced
        return _("Anak di bawah 17 tahun memang belum punya e-KTP: yang dipakai Kartu Keluarga (KK) dan akta "
                 "kelahirannya, dan klaimnya diurus walinya dengan e-KTP wali. Kantor cabang yang memastikan."), (
            "death", "track")
    if not ctx.in_progress and _wage_earners_programme_named(found):
        # "jp itu apa", "jkp itu apa", "jaminan pensiun itu apa": the JKK page, a guess from no word of it
        return _("JP (Jaminan Pensiun) dan JKP (Jaminan Kehilangan Pekerjaan) adalah program untuk karyawan (pekerja "
                 "penerima upah), bukan bagian dari program kota ini, yang hanya JKK (kecelakaan kerja) dan JKM "
                 "(kematian). Tanyakan ke kantor cabang BPJS Ketenagakerjaan atau Contact Center 175."), ("benefits",)
    if not ctx.in_progress and _wrong_number_told(found.normalised.tokens):
        # "salah nomor", "sy bukan orangnya, salah nomor" (after a reminder): not understood, or asked what about
        return _("Maaf atas pesan kami. Nomor ini tercatat di data peserta program kota, atau pernah menghubungi Kawan "
                 "Kerja. Ketik BERHENTI agar tidak menerima pengingat lagi. Jika nomor ini tercatat untuk orang lain, "
                 "ketik \"bicara dengan petugas\" agar datanya dibetulkan."), ("person",)
    if not ctx.in_progress and words and words <= SENT_BY_MISTAKE and {"salah", "kirim"} <= words:
        return _("Tidak apa-apa."), ()  # "maaf salah kirim" was not understood
    if not ctx.in_progress and _desk_link_asked(words):  # "sy admin kota, lupa link meja petugas": the scam warning,
        # "link desk nya kadaluarsa" not understood
        return _("Tautan masuk meja petugas hanya sekali pakai dan berlaku 15 menit. Minta yang baru: pilih \"Masuk "
                 "meja petugas\" di menu petugas (masuk sebagai petugas dulu jika belum)."), ("officer",)
    if not ctx.in_progress and _area_figures_asked(words):
        # "mau cetak laporan usulan bulan ini" got how one is enrolled, "berapa warga yang udah terdaftar di kelurahan
        # sy" the NIK question: an officer's figures are on the desk
        return _("Rekap usulan dan jumlah peserta per wilayah ada di meja petugas (web), untuk petugas yang sudah "
                 "masuk: pilih \"Masuk meja petugas\" di menu petugas. Daftar usulan bisa diunduh di sana (CSV)."), (
            "officer",)
    if not ctx.in_progress and found.intent not in CLAIMS and any(asking <= words for asking in HOW_LONG_NOT_WHEN) \
            and ((PROPOSED | {"daftar", "daftarkan", "terdaftar"}) & words
                 or "aktif" in words and bool({"nunggu", "menunggu", "tunggu"} & words)) \
            and not (NOT_OF_THE_ENROLMENT | DEATH_WORDS | CLAIM) & words:
        return proposal_time(), ("status",)  # "berapa lama daftar sampai aktif", "berapa lama nunggu sampai aktif": were
        # the JKM page, or how one enrols
    if not ctx.in_progress and {"nik", "berapa"} <= words and words <= NIK_ASKED_FOR and not _numbered(found.normalised):
        return str(WHERE_THE_NIK_IS), ("status",)  # "nik sy brp ya": was asked for it
    if not ctx.in_progress and _payments_stopped(found.normalised.tokens) and found.intent not in CLAIMS:
        return _arrears(ctx), ("status", "benefits")
    if not ctx.in_progress and _not_shown_in_jmo(found):
        # "kok di jmo ga muncul kepesertaan sy": was how to recover a JMO account's password
        said = _("Kepesertaan baru biasanya muncul di aplikasi JMO paling lambat 7 hari sesudah iuran pertamanya "
                 "dibayar. Cek kepesertaan Anda di sini dengan NIK (\"Cek kepesertaan\"); jika hasilnya aktif tetapi di "
                 "JMO tetap tidak muncul, hubungi Contact Center 175.")
        if (PAYING | CONTRIBUTION) & words and THE_CITY & words:  # "bpjs sy yg bayar pemkot kan? …"
            said = _("Ya, dalam program ini iurannya dibayar pemerintah daerah.") + " " + said
        return said, ("status",)
    if _paid_twice(words):  # "sy udh bayar iuran sendiri, skrg pemkot yg bayar, double ga?": was the rates page
        return _("Dalam program pekerja rentan, iurannya dibayar pemerintah kota: Anda tidak perlu membayar sendiri. "
                 "Jika sudah telanjur dibayar dua kali, tanyakan ke kantor cabang BPJS Ketenagakerjaan bagaimana "
                 "kelebihannya diselesaikan; mereka yang memastikan."), ("status",)
    if not ctx.in_progress and SPREADSHEET & words and {"daftar", "daftarkan", "data", "warga", "usul"} & words:
        # "bisa kirim data warga pakai excel?" at an RT head's menu: not understood
        return _("Usulan warga diketik satu per satu di chat ini lewat menu petugas \"Usulkan warga\", tidak lewat "
                 "file Excel: NIK setiap warga diperiksa dan persetujuannya dicatat."), ()
    if not ctx.in_progress and not found.own_case and (one := one_jkk_benefit(ctx, words)) is not None:
        return one, ("accident", "benefits")
    if not ctx.in_progress and _basis_asked(words):  # "gaji saya 1,5jt, santunannya dihitung dari situ?": one's claims,
        return _benefit_basis(ctx), ("calculator", "benefits")  # "penghasilan saya 3 juta, santunannya berapa": JKM page
    if "bsu" in words or {"subsidi", "upah"} <= words:
        # "Info BPJS TK: pencairan BSU … cek nama anda di link bit.ly/…" started the status check, asking for the NIK
        return _("BSU (bantuan subsidi upah) adalah program lain, bukan bagian dari program ini: Kawan Kerja hanya "
                 "membantu JKK dan JKM yang iurannya dibayar pemerintah kota. Cek kabar bantuan hanya lewat situs dan "
                 "akun resmi pemerintah atau BPJS Ketenagakerjaan, atau Contact Center 175. Jangan isi NIK atau data "
                 "Anda di link yang dikirim lewat pesan berantai."), ("status",)
    if _A_LINK.search(found.normalised.text) and PERSONAL_DATA & words:
        return _("Jangan isi NIK atau data Anda di link yang dikirim lewat pesan berantai: BPJS Ketenagakerjaan tidak "
                 "meminta data lewat link seperti itu. Status kepesertaan bisa dicek di sini (\"Cek kepesertaan\"), "
                 "atau tanyakan ke Contact Center 175."), ("status",)
    if not ctx.in_progress and (_code_awaited(words) or _code_refused(words)) and not ctx.proof_codes:
        return _("Layanan ini belum bisa mengirim kode. Data kepesertaan dibuka dengan nomor KPJ, yang ada di kartu "
                 "peserta dan aplikasi JMO."), ("status",)
    if not ctx.in_progress and _code_refused(words) and ctx.proof_codes:
        return _("Kode berlaku 10 menit: jika ditolak, pilih \"Cek kepesertaan\" lagi untuk kode baru, atau pakai nomor KPJ. "
                 "Setelah {times} kali tidak cocok dalam satu jam, coba lagi nanti: lamanya saya sebutkan saat itu.").format(
            times=MAX_FAILED_CHECKS), ("status",)
    if not ctx.in_progress and _code_awaited(words):
        return _("Kode dikirim lewat WhatsApp, bukan SMS, ke nomor HP yang terdaftar di BPJS Ketenagakerjaan, saat Anda "
                 "memilih \"Kode ke HP terdaftar\" di \"Cek kepesertaan\"; bisa perlu beberapa menit. Jika tidak "
                 "masuk, pilih \"Kirim ulang kode\" di sana, atau pakai nomor KPJ."), ("status",)
    if not ctx.in_progress and not ctx.conversation.state.startswith("docs.") \
            and _file_named_wrong(found.normalised.text):
        return _("Jika dokumen terkirim dengan nama yang salah, kirim lagi foto yang sama di daftar dokumen klaimnya "
                 "(pilih \"Cek klaim\", lalu klaimnya), dengan nama yang benar di keterangan fotonya, misalnya \"ktp "
                 "almarhum\"."), ("track",)
    if (not ctx.in_progress and DEATH_WORDS & words and CONTRIBUTION & words
            and (NEGATIONS & words and {"bayar", "dibayar", "membayar"} & words
                 or IN_ARREARS & words and not CLAIM & words)):  # a claim asked for: offered with this said
        # "almarhum udah lama ga bayar iuran", "almarhum nunggak iuran, masih dapet?": the rates page
        return str(death.ARREARS_AT_DEATH), ("death",)
    if (found.by_model and not found.cues and not ctx.in_progress and (CLAIM | {"santunan"}) & words
            and words <= SAYING_ONLY_CLAIM | GETTING):  # "gmn caranya biar dapet santunan": was the JKK page, a guess
        return _which_claim(ctx)
    if _originals_asked(words):  # "dokumennya harus asli atau fotokopi?" got the scam warning; asked at a claim's
        return str(ORIGINALS_KEPT), ("track",)  # checklist ("ktp almarhum harus asli?"), whether to start a claim
    if not ctx.in_progress and {"bayar", "dibayar", "membayar", "paid"} & words and ARREARS & words \
            and ALREADY & words and not (DEATH_WORDS | CLAIM) & words:  # "sy udah bayar iuran sendiri, kok masih
        # dibilang nunggak": was who pays the contribution
        return _("Jika iuran sudah dibayar tetapi masih tercatat menunggak, bawa bukti pembayarannya ke kantor cabang "
                 "BPJS Ketenagakerjaan atau hubungi Contact Center 175: mereka yang memeriksa. Status Anda bisa dicek "
                 "di sini dengan NIK."), ("status",)
    if _paid_oneself(ctx, words) or (found.intent is Intent.CONTRIBUTION and WHO & words and PAYING & words
                                     and not _paid_to_whom(found.normalised.tokens)) \
            or found.intent is Intent.STATUS and WHO & words and PAYING & words and "peserta" in words \
            and not (CLAIM | DEATH_WORDS) & words:
        # "iuran nya siapa yg bayar" at the main menu got the contribution page, which said it last; "who pays for my
        # membership" the NIK question
        return _who_pays(ctx), ("status", "benefits")
    if not ctx.in_progress and _told_to_pay(words):
        return _who_pays(ctx) + " " + _("Jika ada yang meminta uang atas nama program ini, itu penipuan: laporkan ke "
                                        "Contact Center 175."), ("status", "benefits")
    if ACCOUNT & words and (WRONG_OR_CHANGED - {"beda", "berbeda"}) & words and not ASKED_BY_ANOTHER & words \
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM:
        # "ganti nomor rekening untuk santunan" got the scam warning, "mau ganti rekening" was not understood
        return _("Rekening penerima dibaca dari foto buku tabungan di dokumen klaim. Jika salah, kirim lagi foto buku "
                 "tabungan yang benar di klaimnya (pilih \"Cek klaim\"). Jika klaimnya sudah diajukan, ketik \"bicara "
                 "dengan petugas\" dan sebutkan nomor klaimnya. Jangan pernah memberi PIN atau kode OTP rekening."), (
            "track", "person")
    if "link" in words and "daftar" in words and not ctx.in_progress \
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM:  # money asked with it: the scam warning
        # "min link pendaftaran nya mana": was the scam warning (the model's guess); one received, the enrolment answer
        return _("Program ini tidak punya link pendaftaran: pekerja rentan didaftarkan lewat usulan ketua RT, lalu "
                 "diperiksa kelurahan dan kecamatan. Jangan isi data Anda di link yang dikirim orang lain."), ("status",)
    civil = {"kk", "ktp"} & words
    bpjs_named = bool({"bpjs", "kpj", "jmo"} & words)
    if (RECORDED & words and {"beda", "berbeda"} & words and civil == {"kk", "ktp"} and not bpjs_named
            and not ctx.in_progress and found.intent not in CLAIMS):  # "nama di ktp beda sama di kk": not understood
        return _("Data yang berbeda di KTP dan KK diperbaiki di Disdukcapil. Jika data di BPJS Ketenagakerjaan yang "
                 "berbeda, perbaiki di kantor cabang dengan membawa e-KTP dan KK."), ("status",)
    if "ktp" in words and "alamat" in words and {"lama", "pindah", "beda", "berbeda"} & words and not ctx.in_progress \
            and (CLAIM | {"meninggal"}) & words and found.intent not in CLAIMS:  # "ktp almarhum masih
        # alamat lama": was not understood
        return _("Alamat lama di KTP tidak menghalangi klaim dicatat di sini. Jika data di KTP, KK dan kartu peserta "
                 "berbeda, kantor cabang yang memastikan apa yang perlu dibawa; alamat di KTP diperbarui di "
                 "Disdukcapil."), ("death", "accident")
    if "kpj" in words and ({"beda", "berbeda", "lain"} & words and {"kartu", "jmo", "aplikasi", "card"} & words
                           or {"2", "dua", "dobel", "double", "ganda", "two"} & words) \
            and not ctx.in_progress and found.intent not in CLAIMS:  # "kpj di kartu sy beda": was not understood; "sy
        # punya 2 nomor kpj" the status check's NIK question
        return _("Jika nomor KPJ Anda berbeda di kartu, di aplikasi JMO atau di sini, tanyakan ke kantor cabang BPJS "
                 "Ketenagakerjaan atau Contact Center 175 dengan membawa e-KTP dan kartunya: mereka yang memastikan nomor "
                 "mana yang berlaku."), ("status",)
    if ctx.conversation.state == StatusState.FOUND and "bukan" in words and {"nama", "data", "name"} & words \
            and {"saya", "my"} & words:  # "itu bukan nama sy" under one's record: the record again
        return _("Jika memang bukan data Anda, periksa NIK yang diketik: pilih \"Cek kepesertaan\" dan ketik lagi "
                 "NIK-nya.") + " " + str(NAME_MASKED), ("status",)
    if (RECORDED & words and WRONG_OR_CHANGED & words and not PHONE & words and (not civil or bpjs_named)
            and not ctx.in_progress
            and ctx.conversation.state.startswith(OWN_RECORD) and found.intent not in CLAIMS
            and not _numbered(found.normalised)):  # a KTP's or KK's own error is Disdukcapil's; one unlike the BPJS
        # record ("tanggal lahir di ktp beda sama kartu bpjs", which got the birth date's answer) is the branch's
        return _("Data peserta yang salah atau berubah (nama, tanggal lahir, alamat) diperbaiki di kantor cabang BPJS "
                 "Ketenagakerjaan dengan membawa e-KTP dan KK. Jika Anda didaftarkan lewat program pemerintah kota, "
                 "sampaikan juga ke kelurahan."), ("status",)
    if (found.intent in (Intent.TRACK, Intent.NOMINATE) and found.by_model or NUMBER & words) \
            and _phone_changed(ctx, found) and found.intent not in CLAIMS \
            and (found.intent is not Intent.APP or "kode" in words and not APP_ACCOUNT & words):
        # "hp saya hilang" listed one's claims, "cara ganti nomor hp yg terdaftar" got how to be enrolled: the model's
        # guesses, with no cue. With the number named ("hp dicuri, nomor wa ganti, gimana" was told a phone is not paid
        # for, "nomor wa saya ganti, gimana" was asked a NIK), whatever the guess but the app's; the code asked after,
        # without the app named, is ours ("nomor hp sy ganti, gmn dpt kode nya" was told why reminders are sent).
        return phone_changed_answer(), ("status",)
    if NOT_LISTED_PAPERS & words and (CLAIM | NEEDED | {"apa"}) & words and not ctx.in_progress:
        # "harus ada npwp ga buat klaim": was the scam warning; "referensi kerja itu apa, sy kan ojol ga ada perusahaan"
        # the answer for a former employer's cover
        return _("Untuk pekerja mandiri (bukan penerima upah), surat referensi kerja dan NPWP tidak ada dalam daftar "
                 "dokumen klaim. Kantor cabang bisa meminta dokumen pendukung lain."), ("death", "accident")
    if ({"qr", "barcode"} & words and (OFFICE | CLAIM | {"cabang", "lapak", "asik"}) & words and not ctx.in_progress
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM):  # "scan qr di kantor cabang …": the help answer
        return _("Kode QR di kantor cabang membuka formulir Lapak Asik di HP Anda: isi data dan unggah foto dokumennya; "
                 "petugas di kantor cabang bisa membantu. Klaimnya juga bisa dicatat dulu di sini, dengan daftar "
                 "dokumennya."), ("death", "accident")
    # "kena covid waktu kerja", "pinggang pegel tiap hari gara2 ngojek": were work-accident reports (inside one, it is
    # the story)
    if ((found.intent in (Intent.UNKNOWN, Intent.JKN) or found.intent is Intent.ACCIDENT and (
            NAMED_ILLNESSES & words or REPEATED_STRAIN.search(found.normalised.text))
         and not injury_words(found) and not ctx.in_progress)
            and (CAUSED_BY_WORK.search(found.normalised.text) or REPEATED_STRAIN.search(found.normalised.text))
            and (({"sakit", "penyakit"} | STRAIN_SYMPTOMS) & words or find_illness(found.normalised))
            and not DEATH_WORDS & words):
        # "sakit akibat kerja karena debu semen, paru2 rusak": was not understood; "sakit punggung karena angkat
        # barang tiap hari" BPJS Kesehatan's answer
        return _("JKK juga menanggung penyakit akibat kerja, termasuk pemeriksaan untuk memastikannya. Kantor cabang BPJS "
                 "Ketenagakerjaan yang menetapkan apakah penyakitnya akibat kerja: laporkan lewat \"Lapor kecelakaan "
                 "kerja\", atau tanyakan ke kantor cabang."), ("accident", "benefits")
    if (MENTAL_STRAIN & words and not ctx.in_progress and not (DEATH_WORDS | HURT) & words and not injury_words(found)
            and found.intent in (Intent.UNKNOWN, Intent.JKN, Intent.JHT, Intent.JKK_INFO)):
        # "sy stres berat krn kerjaan": was not understood; "sy stres, klaim bpjs bisa?" the JHT answer
        return _("Beban pikiran seberat itu melelahkan. Bercerita kepada orang yang Anda percaya bisa membantu; Kementerian "
                 "Kesehatan juga punya layanan dukungan kesehatan jiwa yang gratis dan rahasia di healing119.id. Gangguan "
                 "jiwa yang disebabkan pekerjaan bisa ditanggung JKK sebagai penyakit akibat kerja: dokter dan kantor "
                 "cabang BPJS Ketenagakerjaan yang menetapkannya."), ("accident", "benefits")
    if not ctx.in_progress and found.intent not in CLAIMS and not DEATH_WORDS & words \
            and _household_enrolment_asked(found.normalised.text, words):
        # "istri sy kerja jg, bisa didaftarin dua2nya?" was not understood, "1 kk bisa berapa orang" the JKM page
        return _("Setiap pekerja diusulkan sendiri-sendiri oleh ketua RT, jadi suami dan istri, atau beberapa orang "
                 "dalam satu KK, bisa diusulkan masing-masing jika bekerja tanpa gaji tetap. Kriteria dan kuotanya "
                 "ditetapkan pemerintah kota: kelurahan yang memastikan."), ("status",)
    if not ctx.in_progress and found.intent not in CLAIMS and found.intent is not Intent.HUMAN \
            and _call_asked(found.normalised.tokens):  # "bisa video call?" was the loan answer. A person asked for with
        # it ("bisa telpon saya? saya susah ngetik") is the hand-off's, where an officer decides
        return _("Saya hanya bisa lewat chat, dan petugas juga membalas lewat chat ini: pilih \"Bicara dengan petugas\". "
                 "Untuk bicara langsung dengan BPJS Ketenagakerjaan, telepon Contact Center 175."), ("person",)
    employer_refuses = _employer_refuses(found)
    if not ctx.in_progress and employer_refuses == "treatment":  # "majikan sy ga bayar pengobatan": BPJS Kesehatan's
        # answer; "bos sy ga mau tanggung jawab": a reply awaited
        return _("Jika kecelakaannya terjadi saat bekerja dan Anda terdaftar di program ini, pengobatannya ditanggung JKK, "
                 "bukan majikan: laporkan kecelakaannya di sini."), ("accident", "status")
    if not ctx.in_progress and employer_refuses == "enrolment":  # "perusahaan ga daftarin sy bpjs": how the city's
        # workers are enrolled, as if theirs
        return _("Karyawan didaftarkan perusahaannya, bukan lewat program kota ini. Jika perusahaan tidak mendaftarkan "
                 "karyawannya, laporkan ke Disnaker atau kantor cabang BPJS Ketenagakerjaan."), ("benefits",)
    if WIDOWED & words and not ctx.in_progress and not (DEATH_WORDS | HURT) & words \
            and found.intent in (Intent.UNKNOWN, Intent.STATUS):  # "sy duda, anak sy 2 masih kecil": was the status
        # check; a death told with it is the death claim's
        return _("Jika istri atau suami Anda sudah meninggal dan terdaftar sebagai peserta, Anda bisa mengklaim santunan "
                 "kematian, dan beasiswa untuk paling banyak 2 anak bila syaratnya terpenuhi. Jika Anda sendiri ingin "
                 "didaftarkan sebagai pekerja, sampaikan ke ketua RT."), ("death", "status")
    if CHILDBIRTH & words and JOINING & words and not (DEATH_WORDS | HURT) & words and not ctx.in_progress:
        # "saya hamil 7 bulan, masih bisa daftar?": was BPJS Kesehatan's answer, the enrolment unanswered
        return _("Bisa: kehamilan tidak menghalangi pendaftaran. Pekerja rentan didaftarkan lewat usulan ketua RT, lalu "
                 "diperiksa kelurahan dan kecamatan: sampaikan ke ketua RT Anda. Program ini (JKK dan JKM) tidak punya "
                 "santunan melahirkan; biaya persalinan diurus BPJS Kesehatan (JKN/KIS)."), ("status", "benefits")
    if CHILDBIRTH & words and BENEFIT_ASKED & words and not (DEATH_WORDS | HURT) & words and not ctx.in_progress:
        # "istri sy melahirkan, ada santunan ga dr bpjs tk": was BPJS Kesehatan's answer, which ends on work accidents
        return _("Program ini (JKK dan JKM) tidak punya santunan kehamilan atau melahirkan. Biaya persalinan dan "
                 "perawatan kehamilan diurus BPJS Kesehatan (JKN/KIS): tanyakan lewat aplikasi Mobile JKN atau kantor "
                 "BPJS Kesehatan."), ("benefits",)
    if ((found.intent in _GUESSED_FOR_REACTIVATING and found.by_model
         or found.intent is Intent.UNKNOWN and not ctx.in_progress)
            and not found.cues and REACTIVATING & words and "aktif" in words
            and not ({"jkn", "kis", "kesehatan", "jht"} | HURT | DEATH_WORDS) & words):
        # "bagaimana cara mengaktifkan kembali": BPJS Kesehatan's answer; "gmn cara aktifin lg" the help page,
        # "cara aktifin bpjs tk lg gmn" the JHT's, "biar aktif lagi gmn" not understood
        return _arrears(ctx), ("status", "benefits")
    if ({"kelurahan", "lurah", "kecamatan", "camat"} & words and (OFFICE | {"alamat", "lokasi", "buka"}) & words
            and not ({"bpjs", "cabang", "usulan", "usul", "status"} | CLAIM | DEATH_WORDS | HURT) & words
            and not ctx.in_progress):  # "alamat kantor kelurahan dimana" was "not understood"
        return _("Alamat dan jam buka kantor kelurahan atau kecamatan Anda bisa ditanyakan ke ketua RT Anda."), ("status",)
    if not ctx.in_progress and _prakerja_named(found.normalised) and not (DEATH_WORDS | CLAIM) & words:
        # "apa bpjs tk ini sama dengan kartu prakerja?" was the status check ("prakerja" is read "pekerja")
        return _("Kartu Prakerja adalah program lain (pelatihan kerja), terpisah dari BPJS Ketenagakerjaan; keterangannya "
                 "di prakerja.go.id. Program kota ini melindungi pekerja rentan dengan JKK (kecelakaan kerja) dan JKM "
                 "(kematian); kepesertaan Anda bisa dicek di sini dengan NIK."), ("status", "benefits")
    if not ctx.in_progress and _why_messaged(found.normalised.text, words):
        # "kenapa saya dapat pesan ini" (the status check), "dapat nomor saya dari mana" (the JKM page), "kok tau nomor
        # saya" (one's claims), "pesan pengingat dari kawan kerja, ini beneran?" (the scam warning): a reminder
        # arrived and the person wonders whether it is a scam
        return _("Kawan Kerja mengirim pengingat kepada peserta program pekerja rentan pemerintah kota, ke nomor HP "
                 "di data pesertanya, dan kepada yang pernah bertanya di sini: misalnya jika perlindungan akan "
                 "berakhir atau ada klaim yang belum selesai. Kawan Kerja tidak pernah meminta uang, PIN atau kode "
                 "OTP. Ketik BERHENTI jika tidak ingin menerima pengingat lagi."), ("status",)
    if not ctx.in_progress and _renewal_asked(words) and not (DEATH_WORDS | CLAIM | {"jht", "jmo", "aplikasi"}) & words:
        # "cara perpanjang gimana" (the help answer), "perlindungan saya mau habis, gimana biar lanjut" (the JMO app)
        rules = rules_on(ctx.today) or PP_82_2019
        return _("Perlindungan dari program pemerintah kota berlaku sampai tanggal yang tertulis di data kepesertaan "
                 "Anda (\"Cek kepesertaan\"). Untuk melanjutkannya, minta ketua RT mengusulkan Anda lagi, atau "
                 "tanyakan ke kelurahan. Jika Anda membayar sendiri, bayar iurannya ({amount} sebulan) sebelum tanggal "
                 "itu di kantor cabang, bank mitra, atau aplikasi JMO.").format(
            amount=format_money(rules.minimum_contribution)), ("status",)
    if not ctx.in_progress and (answer := _officer_access_asked(words)) is not None:
        return answer
    if not ctx.in_progress and _NOT_FOUND_THERE.search(found.normalised.text) and (OFFICE | {"cabang", "bpjs"}) & words \
            and found.intent not in CLAIMS:
        # "ke kantor bpjs … katanya data suami saya tidak ditemukan, padahal dia terdaftar dari pemkot": was how a
        # claim is filed online
        return _("Jika kantor cabang tidak menemukan data kepesertaan, cek di sini dengan NIK-nya apakah terdaftar lewat "
                 "pemerintah kota (\"Cek kepesertaan\"). Jika tercatat, bawa nomor KPJ dari hasil cek itu ke kantor "
                 "cabang; jika tidak, tanyakan ke kelurahan, atau ketik \"bicara dengan petugas\"."), ("status", "person")
    if (("lama" in words and {"verifikasi", "diverifikasi", "usulan"} & words
         or {"verifikasi", "diverifikasi"} & words and {"sudah", "belum"} & words and (PROPOSED | {"daftarkan"}) & words)
            and not (CLAIM | DEATH_WORDS) & words and not ctx.in_progress):
        # "petugas kelurahan lama banget verifikasi": was one's claims; "data usulan kemarin udah diverifikasi blm" the
        # status check
        return proposal_time(), ("status",)
    if (not ctx.in_progress and {"sim", "helm", "helmet"} & words and WITHOUT & words and not RECENT_WORDS & words
            and {"kecelakaan", "jkk", "klaim", "accident", "claim"} & words
            and {"bisa", "dapat", "ditanggung", "tanggung", "klaim", "covered", "claim"} & words):
        # "ga punya sim bisa klaim jkk?" got the JHT answer, "kalau kecelakaan ga pake helm masih dapat?" the JKK page,
        # which does not say. FACTS.md names neither: hedged to the branch, with the papers it does name.
        return _("Aturan JKK yang saya ketahui tidak menyebut SIM atau helm sebagai syarat klaim. Untuk kecelakaan lalu "
                 "lintas, laporan polisi (atau surat Jasa Raharja) termasuk dokumennya, dan kantor cabang BPJS "
                 "Ketenagakerjaan yang memutuskan klaimnya. Tetap laporkan kecelakaannya dalam 2×24 jam."), (
            "accident", "benefits")
    no_case_told = not (HURT | RECENT_WORDS) & words and find_injury(found.normalised.text) is None
    if {"polisi", "police"} & words and (NEEDED | {"perlu", "need", "ada"}) & words and not ctx.in_progress \
            and (found.intent not in CLAIMS or no_case_told) and not HURT & words:
        # "perlu laporan polisi ga": was not understood; "klaim jkk harus lapor polisi dulu?" was "report now?"
        return _("Laporan polisi diperlukan untuk kecelakaan lalu lintas, termasuk di jalan berangkat atau pulang kerja; "
                 "jika tidak ada, surat Jasa Raharja atau keterangan dua orang saksi bisa dipakai. Untuk kecelakaan kerja "
                 "lainnya, laporan polisi tidak ada dalam daftar dokumen."), ("accident", "benefits")
    if "raharja" in words and not PASSENGER & words and (TWO_PAYERS | CLAIM | COVERED | ALSO) & words \
            and not (HURT | {"jkk", "tunggal"}) & words \
            and (not MISHAP & words or "lalulintas" in words and not (FIRST_PERSON | RECENT_WORDS) & words):
        # asked of traffic accidents as a rule ("kecelakaan lalu lintas dapet dari jasa raharja jg?": was the JKK page)
        # "jasa raharja sama bpjs bisa dua duanya?" was not understood (FACTS.md §7: on the road it pays first); with an
        # accident named, the JKK page or its report (a single-vehicle accident is not Jasa Raharja's)
        return jasa_raharja_text(), ("accident", "benefits")
    if {"saksi", "witness", "witnesses"} & words and (NEGATIONS | {"tanpa", "no", "without", "belum"}) & words:
        # "kalau ga ada saksi gimana" got the JKM page
        return _("Untuk kecelakaan lalu lintas tanpa laporan polisi, keterangan dua orang saksi bisa dipakai. Jika saksi "
                 "pun tidak ada, tanyakan ke kantor cabang BPJS Ketenagakerjaan apa penggantinya; tetap laporkan "
                 "kecelakaannya dalam 2×24 jam."), ("accident", "benefits")
    if OFFICE & words and ({"bpjs", "cabang"} & words or {"terdekat", "nearest"} & words) and WHERE_OR_WHEN & words or (
            {"buka", "tutup"} & words and (OFFICE | WEEKDAY_NAMES) & words and not ctx.in_progress
            and found.intent not in CLAIMS
            and not {"kelurahan", "lurah", "kecamatan", "camat", "rekening", "akun", "aplikasi"} & words):
        # "jam berapa kantor buka" got the JKM page, "hari sabtu buka ga" was not understood
        return _("Alamat dan jam buka kantor cabang BPJS Ketenagakerjaan terdekat bisa ditanyakan ke Contact Center "
                 "175."), ("status", "track")
    owned = {word.removesuffix("nya") for word in words}  # "kiosnya", "motornya"
    if (PROPERTY & owned and (DAMAGED & words or "covered" in found.normalised.text or _property_claimed(found))
            and COVERED & words and not (HURT - {"patah"}) & words and "tulang" not in words
            and find_injury(found.normalised.text) is None and not _person_lost(found.normalised.text)
            and not ({"nomor", "wa", "whatsapp"} & words and _phone_changed(ctx, found))  # "hp rusak, nomor wa ganti"
            and not phone_borrowed(found.normalised.tokens)  # "klaim lewat hp orang lain"
            and not _by_phone(found.normalised.tokens)):  # "bisa klaim lewat hp?"
        return _("BPJS Ketenagakerjaan melindungi orangnya, bukan kendaraan atau barang: motor, HP atau barang yang "
                 "rusak atau hilang tidak diganti. Jika ada yang terluka saat bekerja, JKK menanggung pengobatannya: "
                 "pilih \"Lapor kecelakaan kerja\"."), ("accident", "benefits")
    # "my motorbike is broken" reads as "patah", which the model took for a harm. In a form, the question sorts it out
    # (the injury asked: "motornya rusak" is "Itu kendaraan atau barang")
    broken = not ctx.in_progress and (_broken_alone(words) or _belonging_dropped(found.normalised.tokens)
                                      or _boat_sunk(words))
    if not ctx.in_progress and _phone_gone(found.normalised.tokens):  # "hp sy jatuh ke laut, data bpjs gmn": was asked
        # whether to report a work accident
        return _("Data kepesertaan tidak tersimpan di HP, jadi tidak ikut hilang: tetap bisa dicek dengan NIK dan nomor "
                 "KPJ. Kartu digital bisa dibuka lagi di aplikasi JMO dari HP lain. Jika nomor HP-nya ikut berganti, "
                 "nomor yang terdaftar diubah di kantor cabang."), ("status",)
    if ((PROPERTY & words and (TAKEN_OR_RUINED & words or broken)
         or ROBBERY & words and (COVERED | {"dapat", "santunan"}) & words)  # a robbery told alone is the report's
            and (found.intent not in CLAIMS or broken and found.intent is Intent.ACCIDENT)
            and not (HURT - ({"patah"} if broken else set())) & words and "tulang" not in words
            and not DEATH_WORDS & words and find_injury(found.normalised.text) is None
            and not _person_lost(found.normalised.text)
            and not (ctx.in_progress and found.cues) and found.intent is not Intent.SCAM
            and not (found.intent is Intent.APP and APP_ACCOUNT & words)
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM):  # "uang saya hilang ditipu …": the warning
        return _("Turut prihatin. BPJS Ketenagakerjaan melindungi orangnya, bukan harta benda: motor, HP, rumah atau "
                 "barang yang hilang atau rusak tidak diganti. Jika Anda terluka saat bekerja, JKK menanggung "
                 "pengobatannya: pilih \"Lapor kecelakaan kerja\"."), ("accident", "benefits")
    if {"kpj", "nik"} <= words and ({"beda", "bedanya", "perbedaan"} & words or _KPJ_LIKE_NIK.search(
            found.normalised.text) and not {"pakai", "pake", "lupa", "cek", "hilang"} & words):
        # "apa bedanya kpj sama nik" got the JKK page, "nomor kpj itu sama kaya nik?" the NIK question
        return what_a_kpj_is() + " " + _("Bukan NIK: NIK adalah 16 angka di KTP atau KK."), ("status",)
    if _taken_for_savings(found):
        return _("JKK dan JKM adalah perlindungan, bukan tabungan: tidak ada saldo yang bisa diambil atau "
                 "dikembalikan, walau tidak pernah klaim. Santunannya dibayar jika terjadi kecelakaan kerja atau "
                 "kematian. Tabungan hari tua adalah JHT, program lain."), ("benefits", "status")
    if not ctx.in_progress and found.intent not in CLAIMS and account_in_anothers_name(found.normalised.text):
        return str(ACCOUNT_IN_ANOTHERS_NAME), ("death",)  # "buku tabungan sy atas nama anak": was JHT's savings
    if ((((ACCOUNT & words or BANK_BOOK <= words) and WHOSE & words and (PAID_OUT | KIN_WORDS | BANKS) & words
         or _whose_account(words)
         or _how_paid_out(words) or _account_name_differs(words) or _paid_to_whom(found.normalised.tokens)
         or _which_bank_asked(words))
        and found.intent not in CLAIMS
        or _account_in_the_deceaseds_name(words)) and not HYPOTHETICAL_WORDS & words
            or _where_paid_into(found.normalised.tokens) and found.intent not in CLAIMS
            or BANK_BOOK <= words and NEEDED & words and not ctx.conversation.state.startswith("docs.")) \
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM:  # "perlu buku tabungan?": was JHT's answer
        # Not "jika peserta meninggal, …" (the JKM page), nor a death told with it (the claim, whose list says it).
        return _("Santunan dibayar ke rekening peserta sendiri, atau rekening ahli waris untuk santunan kematian: buku "
                 "tabungan ahli waris termasuk dokumen klaimnya. Bank mana yang bisa dipakai, dan apa yang diperlukan "
                 "jika nama di rekening berbeda dengan di KTP, dipastikan kantor cabang. Klaim tidak dipungut biaya; "
                 "petugas tidak pernah meminta transfer, biaya admin, PIN atau kode OTP."), ("track", "death")
    # Inside a report, "di rs swasta" answers a question ahead; a message telling its own case starts the claim.
    case_told = (KIN_WORDS | RECENT_WORDS | DEATH_WORDS | HURT) & words
    if (found.intent not in CLAIMS or FAR_OR_ONLINE & words and not case_told) and not ctx.in_progress \
            and (answer := _before_a_claim(ctx, found)) is not None:
        return answer  # "cara klaim jkm online lewat hp", no case told: started a death claim, with condolence
    if not (KIN_WORDS | RECENT_WORDS) & words and not ctx.conversation.state.startswith("docs.") \
            and (made := where_made(found.normalised.text, found.normalised.tokens)):
        # a death told with it starts the claim, with condolence; a recorded claim's checklist says it (the claim
        # is kept: not "it can be recorded first")
        return made, ("death",)
    if (FACILITY & words and (REFUSED & words or NEGATIONS & words and ACCEPTING & words) and "jkn" not in words
            and ({"jkk", "kecelakaan", "bpjs", "kartu"} & words or found.intent in (Intent.ACCIDENT, Intent.JKK_INFO))
            and not DEATH_WORDS & words and not ctx.in_progress and find_injury(found.normalised.text) is None):
        return _refused_by_facility(), ("accident", "benefits")
    partner_asked = FACILITY & words and {"mitra", "partner"} & words and WHAT_IT_MEANS & words  # in a form too
    if partner_asked or (
            FACILITY & words and PARTNERED & words and {"bpjs", "plkk"} & words and not NOT_THE_FACILITY & words
            and found.intent not in CLAIMS and not ctx.in_progress and find_injury(found.normalised.text) is None):
        return _("Rumah sakit dan klinik mitra BPJS Ketenagakerjaan (PLKK) merawat kecelakaan kerja tanpa biaya. Yang "
                 "terdekat bisa ditanyakan ke Contact Center 175 atau kantor cabang. Dalam keadaan darurat, berobatlah "
                 "ke yang terdekat; di tempat yang bukan mitra, simpan kuitansinya."), ("accident", "benefits")
    lost_or_not_found = LOST & words or "tidak" in words and MISLAID & words  # "kartu bpjs sy ga ketemu"
    if lost_or_not_found and (CARD & words or {"cara", "lost"} <= words) \
            and words <= SAYING_ONLY_LOST_CARD | FAMILY_WORDS | MISLAID \
            and not (_own_ktp_only(words) and not FAMILY_WORDS & words):  # the e-KTP's answer, below
        lost = _("Kartu yang hilang atau rusak tidak menghalangi: kepesertaan dicek dengan NIK, yang juga tertulis di "
                 "Kartu Keluarga (KK). Kartu peserta digital ada di aplikasi JMO; Contact Center 175 juga bisa membantu "
                 "dengan NIK.")
        if not FAMILY_WORDS & words:
            return lost, ("status",)
        # A father's or a husband's card ("kartu kpj bapak hilang, gimana?" was not understood): an heir's claim
        # needs it on its list, and goes on without it.
        return lost + " " + _("Klaim santunan keluarga juga tetap bisa dicatat tanpa kartu itu: kantor cabang mencari "
                              "nomor KPJ-nya dengan NIK."), ("status", "death")
    if (MIGRANT & words or "kerja" in words and (any(pair in ABROAD for pair in pairwise(found.normalised.tokens))
                                                 or ABROAD_NAMED & words)) \
            and not ctx.in_progress and not (DEATH_WORDS | HURT) & words and (
                found.intent in (Intent.UNKNOWN, Intent.STATUS, Intent.NOMINATE) or found.by_model and not found.cues):
        # FACTS.md says nothing of migrant workers' cover: the branch does ("sy mau kerja di luar negeri, bpjs nya gmn"
        # got JHT's answer, the model's guess from none of its words; "suami kerja di malaysia, bisa ikut?" was told
        # how a relative is proposed by the RT head here)
        if BACK_HOME & words:  # "sy kerja di malaysia dulu, skrg pulang": a worker here now, like any other
            return _("Jika sekarang Anda sudah pulang dan bekerja informal di kota ini, Anda bisa diusulkan ketua RT "
                     "seperti pekerja rentan lain. Perlindungan selama bekerja di luar negeri (PMI/TKI) ditanyakan ke "
                     "kantor cabang BPJS Ketenagakerjaan atau Contact Center 175."), ("status", "benefits")
        return _("Program ini melindungi pekerja rentan yang tinggal di kota ini, diusulkan lewat ketua RT. Untuk "
                 "pekerja migran (PMI/TKI) yang bekerja di luar negeri, tanyakan perlindungannya ke kantor cabang "
                 "BPJS Ketenagakerjaan atau Contact Center 175."), ("status",)
    if (({"tilang", "ditilang"} & words or TRAFFIC_FINE & words and (FINE | PAID_FOR) & words)
            and not (HURT | DEATH_WORDS) & words and find_injury(found.normalised.text) is None
            and found.intent not in CLAIMS):
        return _("BPJS Ketenagakerjaan tidak membayar denda tilang, biaya kendaraan atau barang: yang dilindungi "
                 "orangnya. Jika Anda terluka karena kecelakaan saat bekerja, JKK menanggung pengobatannya: pilih "
                 "\"Lapor kecelakaan kerja\"."), ("accident", "benefits")
    if family_missing(found):
        return _("Turut prihatin, semoga segera ditemukan. Untuk orang yang hilang dan belum ditemukan, apa yang "
                 "diperlukan untuk klaim santunannya ditentukan kantor cabang BPJS Ketenagakerjaan: tanyakan ke "
                 "kantor cabang atau Contact Center 175, dan simpan surat laporan kejadiannya. Ketik \"bicara dengan "
                 "petugas\" untuk bertanya ke petugas di sini."), ("benefits",)
    if _family_gone_under(found):
        # "suami sy tenggelam pas melaut" was not understood: dead, missing or saved, the message does not say
        return _("Turut prihatin. Jika beliau meninggal, ahli waris bisa mengurus santunan kematian, lebih besar jika "
                 "karena kecelakaan saat bekerja, termasuk saat melaut: pilih \"Klaim santunan kematian\". Jika belum "
                 "ditemukan, apa yang diperlukan ditentukan kantor cabang BPJS Ketenagakerjaan. Jika selamat tetapi "
                 "terluka, pilih \"Lapor kecelakaan kerja\"."), ("death", "accident")
    if missing_asked_as_a_rule(found):
        # "sy nelayan, kalo hilang di laut gmn klaimnya" was one's claims; what it would bring is the JKK page's ("misal
        # nelayan hilang di laut, keluarganya dapat apa?")
        return _("Jika peserta hilang saat bekerja, termasuk saat melaut, dan belum ditemukan, apa yang diperlukan untuk "
                 "klaim santunannya ditentukan kantor cabang BPJS Ketenagakerjaan: tanyakan ke kantor cabang atau "
                 "Contact Center 175, dan simpan surat laporan kejadiannya."), ("benefits",)
    if ((any(asking <= words for asking in HOW_LONG) and BEING_ENROLLED & words
         and not _since_when(found.normalised.tokens)
         or PROPOSED & words and (WHAT_NOW & words or "sudah" in words and len(words) <= PROPOSED_TOLD_WORDS))
            and not (NOT_OF_THE_ENROLMENT | DEATH_WORDS) & words and found.intent not in CLAIMS):
        return proposal_time(), ("status",)
    if {"cek", "check"} & words and USING & words and {"ktp", "ektp", "kk"} & words and not ctx.in_progress \
            and not _numbered(found.normalised) and not (CLAIM | DEATH_WORDS | LOST | {"nama"}) & words:
        # "bisa cek pake kk?" was not understood
        return _("Bisa: kepesertaan dicek dengan NIK, yang tertulis di e-KTP dan di Kartu Keluarga (KK). Pilih \"Cek "
                 "kepesertaan\", lalu ketik NIK-nya."), ("status",)
    if "nama" in words and USING & words and {"cek", "buka", "lihat", "cari"} & words and not ctx.in_progress \
            and found.intent not in CLAIMS and not (CLAIM | DEATH_WORDS | {"ganti", "ubah", "salah", "beda"}) & words:
        return _("Data kepesertaan dicari dengan NIK, bukan dengan nama: banyak orang bernama sama. NIK ada di KTP dan "
                 "Kartu Keluarga (KK): pilih \"Cek kepesertaan\"."), ("status",)  # was the help page, or the loan answer
    no_ktp = "ktp" in words and ({"tidak", "ada"} <= words or {"belum", "punya"} <= words) and words <= SAYING_NO_KTP
    if not ctx.in_progress and not _numbered(found.normalised) and (no_ktp or "nik" in words and (
            FORGOTTEN & words or forgotten(found.normalised.tokens) or {"tidak", "hafal"} <= words) and (
            words <= SAYING_ONLY_NIK_FORGOTTEN or found.intent is Intent.APP and found.by_model)):
        # "saya lupa nik saya", "nik sy berapa ya lupa" were asked for it; "lupa nik" got the JMO app's forgotten
        # password; "ga hafal nik" was not understood; "kalau tidak ada ktp gimana" got the JKM page
        return str(WHERE_THE_NIK_IS), ("status",)
    if not ctx.in_progress and not _numbered(found.normalised) and "kpj" in words and forgotten(found.normalised.tokens) \
            and words <= SAYING_ONLY_KPJ_FORGOTTEN | FAMILY_WORDS:
        # "kpj bapak sy lupa", "gatau kpjnya" were not understood (one's own, "kpj saya lupa", is the status check)
        where = str(WHAT_TO_DO[Doc.KPJ])
        if FAMILY_WORDS & words:
            return where + " " + _("Klaim santunan keluarga tetap bisa dicatat tanpa nomor itu."), ("death", "status")
        return where, ("status",)
    if ((PROPOSED & words or "daftar" in words and {"ketuart", "rt", "kelurahan"} & words) and "kabar" in words
            and {"belum", "tidak"} & words and not (NOT_OF_THE_ENROLMENT | DEATH_WORDS) & words
            and found.intent not in CLAIMS and not ctx.in_progress):  # "udah daftar lewat pak rt tapi belum ada kabar"
        return proposal_time(), ("status",)  # was one's claims
    if ((PROPOSED | {"daftar", "daftarkan"}) & words and ALREADY & words and "belum" in words
            and {"aktif", "terdaftar"} & words
            and not (NOT_OF_THE_ENROLMENT | DEATH_WORDS | CLAIM | IN_ARREARS) & words and found.intent not in CLAIMS
            and not ctx.in_progress):  # "min sy udh daftar bulan lalu kok blm aktif": was one's claims; "sudah
        # diusulkan rt tapi kok belum aktif" ("diusulkan" reads as "daftarkan") the enrolment answer, as if never proposed
        return proposal_time(), ("status",)
    if BIRTH_DATE.search(found.normalised.text) and USING & words and not ctx.in_progress and found.intent not in CLAIMS:
        return _("Tanggal lahir tertulis di dalam NIK, jadi tidak bisa membuktikan bahwa data itu milik Anda. Untuk "
                 "membuka data kepesertaan, perlu nomor KPJ atau kode yang dikirim ke HP terdaftar: pilih \"Cek "
                 "kepesertaan\"."), ("status",)
    if not ctx.in_progress and card_named(found) and {"kirim", "kirimkan", "send"} & words and LATER_WORDS & words \
            and FIRST_PERSON & words and not (DEATH_WORDS | HURT | CLAIM) & words:
        # "kartu sy di rumah, nanti malam sy kirim": was told how the card is delivered
        return _("Baik. Fotonya tidak perlu dikirim: nanti ketik saja nomor KPJ di kartu itu (11 angka) lewat \"Cek "
                 "kepesertaan\"."), ("status",)
    if (card_named(found) and (CARD_DELIVERED & words or CARD_GIVEN & words and "kapan" in words
                               or ctx.conversation.state == StatusState.FOUND
                               and {"mana", "dimana"} & words and len(words) <= CARD_ASKED_WORDS
                               or _new_card_asked(words))
            and not (NOT_THIS_CARD | LOST | CHECKING) & words
            and found.intent not in CLAIMS and (_new_card_asked(words) or (
                # "kartu bpjs dikirim kapan": the model guessed the scam warning, with no cue of one nor money named
                found.intent is not Intent.SCAM or found.by_model and not found.cues and not SCAMMERS_WANT & words)
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM)):
        return _("Kartu peserta BPJS Ketenagakerjaan berbentuk digital: ada di aplikasi JMO dan dikirim ke e-mail, "
                 "biasanya dalam 7 hari setelah iuran pertama dibayar. Di sebagian kota, kartu cetaknya dibagikan lewat "
                 "kelurahan. Tanpa kartu pun, kepesertaan dicek dengan NIK."), ("status",)
    if (not ctx.in_progress and {"ktp", "ektp"} & words and LOST_OR_GONE & words
            and ("kk" in words and CHECKING & words or found.intent is Intent.STATUS
                 or _own_ktp_only(words) and words <= SAYING_ONLY_LOST_CARD)
            and not (DEATH_WORDS | CLAIM) & words and not _BOTH_PAPERS.search(found.normalised.text)):
        # "ktp saya hilang, bisa cek pakai kk?": was how to replace both papers, as if the KK were lost too. "ktp sy
        # hilang mau cek status": was where a claim's lost paper is replaced, and that the claim waits for it; "ktp
        # saya hilang" that the participant's card is in the JMO app
        said = _("NIK Anda juga tertulis di Kartu Keluarga (KK). Pilih \"Cek kepesertaan\" dan ketik NIK dari KK.") \
            + " " + str(WHAT_TO_DO[Doc.KTP_HEIR])
        return (_("Bisa: {answer}").format(answer=said) if "kk" in words else said), ("status",)
    if (not ctx.in_progress and {"ktp", "ektp"} & words and (JOINING_NOW | PROPOSED | PROPOSING | MOVING) & words
            and ({"tidak", "belum"} & words and {"punya", "ada"} & words or KTP_BEING_MADE & words)
            and not (CLAIM | DEATH_WORDS) & words and found.intent not in CLAIMS):
        # "blm punya ktp bs didaftarin rt ga": was that a claim's lost paper is replaced at Disdukcapil; "ktp sy masih
        # ngurus, bisa diusulkan ga" the enrolment answer, silent on the paper asked about; "sy belum punya ktp, baru
        # pindah" that a claim (there was none) can be recorded without it
        return _("Tanpa e-KTP pun bisa diusulkan: usulan memakai NIK, yang juga tertulis di Kartu Keluarga (KK). "
                 "Syarat lainnya, seperti umur, kelurahan yang memastikan.") + "\n" + str(ENROLMENT), ("status",)
    # "ktp suami saya hilang, bisa klaim?": the same as inside a claim. Not a KPJ forgotten or not had, which the
    # status check or the enrolment answer is for ("nomor kpj saya berapa ya, lupa"), nor enrolling without a paper,
    # nor asked as a rule ("kalau akta kematian belum jadi, …": the JKM page). A claim's checklist says its own.
    if (ctx.conversation.state in ROUTED_AS_AT_THE_MENU and found.intent not in CLAIMS  # after a claim kept too
            and not JOINING_NOW & words and not (HYPOTHETICAL_WORDS & words and _death_told(found))
            and (missing := not_had_yet(found.normalised.text, found.normalised.tokens, kept := _draft_kept(ctx)))
            and Doc.KPJ not in documents_named(found.normalised.text)):  # named again only for the few that say one
        return missing, ("track",) if kept else ("death", "accident")  # not a second claim for a kept one
    if not ctx.in_progress and ("apa" in words or WHOSE_IT_IS <= words) and {"bpjs", "program"} & words \
            and words <= ONLY_ASKING_WHAT_IT_IS | WHOSE_IT_IS:  # "program ini dari siapa": was the JKM page
        # "bpjs ketenagakerjaan itu apa" was "not understood", "apa itu bpjs tk" the JKK page, "bpjs tk itu apa sih" the
        # rates, "what is bpjs ketenagakerjaan" the scam warning
        return what_it_is(ctx), ("status", "benefits")
    if not ctx.in_progress and found.intent is Intent.UNKNOWN and _programme_just_heard_of(words):
        return what_it_is(ctx), ("status", "benefits")
    if (not ctx.in_progress and waiting_period_asked(words) and not DEATH_TOLD_AS_FACT & words
            and not (found.intent is Intent.JKM_INFO and DEATH_WORDS & words)):  # a death asked of: the JKM page,
        # which says it first
        # "berapa lama harus jadi peserta biar dapet santunan": was how long a claim takes to be paid; "ada masa tunggu
        # ga buat klaim?" one's claims; "minimal berapa bulan iuran baru bisa klaim" the rates
        return waiting_period_text(), ("status", "benefits")
    if (found.intent is Intent.TRACK and (PAID_OUT_WHEN | {"proses"}) & words
            and any(asking <= words for asking in HOW_LONG if "kapan" not in asking)
            and not (FIRST_PERSON | CONTRIBUTION) & words):
        # asked as a rule ("klaim jkk brp lama prosesnya"), not of one's own claim: no list
        return _payout_time(ctx, words), ("track", "death", "accident")
    if (_sooner(words) and (PAYOUT | {"pemakaman"}) & words and not CONTRIBUTION & words and found.intent not in CLAIMS
            and found.intent is not Intent.SCAM and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM):
        # Not someone offering to speed it up for a fee: the scam warning.
        return _payout_time(ctx, words), ("track", "death", "accident")
    if _resend_asked(found):
        return _("Kirim lagi yang benar di daftar dokumen klaimnya (pilih \"Cek klaim\", lalu klaimnya); petugas melihat "
                 "setiap berkas dengan waktu diterimanya. Foto harus terbaca jelas: seluruh halaman, tidak buram, tidak "
                 "terpotong."), ("track",)
    if (not ctx.in_progress and found.intent not in CLAIMS and (
            SENDING & words and ASKING_HOW_TO_SEND & words
            and (FILES & words or documents_named(found.normalised.text) or BY_EMAIL & words)  # "cara upload ktp"
            and not (ALREADY | ASKED_FOR | OTHERS_ASKING | {"katanya"}) & words or _paper_got_what_next(found))
            and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM):
        mb = MAX_DOCUMENT_BYTES // (1024 * 1024)
        if ctx.conversation.state in (DocsState.CHECKLIST, DocsState.PICK_ITEM):  # this claim's list is open
            return _("Boleh: foto (JPG atau PNG) atau PDF."), ()  # the checklist's own question says the rest
        if MEMO_SUBMITTED in ctx.conversation.memo and _draft_kept(ctx) is None:
            # a claim just submitted and none kept: "Cek klaim" opens no list of papers for it (was sent there)
            return _("Klaim yang sudah diajukan diperiksa petugas dengan dokumen yang sudah ada. Jika petugas memerlukan "
                     "dokumen lain, Anda diberi tahu di sini, lalu bisa mengirimnya di klaim itu. Untuk hal yang "
                     "mendesak, ketik \"bicara dengan petugas\"."), ("track",)
        return _("Foto (JPG atau PNG) atau PDF dokumen, paling besar {mb} MB per berkas, dikirim lewat chat ini di "
                 "daftar dokumen klaim Anda: pilih \"Cek klaim\", lalu klaimnya. Untuk klaim baru, laporkan atau "
                 "ajukan dulu; daftar dokumennya menyusul.").format(mb=mb), ("track", "accident", "death")
    if PHOTOS & words and (UNCLEAR & words or "jelas" in words and (NEGATIONS | {"kurang"}) & words):
        return _("Foto dokumen harus terbaca jelas: seluruh halaman, tidak buram, tidak terpotong. Jika kurang jelas, "
                 "kirim lagi fotonya di daftar dokumen klaim (pilih \"Cek klaim\"); petugas memberi tahu jika ada "
                 "dokumen yang kurang."), ("track",)
    if (not ctx.in_progress and RECEIVED_MONEY & words - _admitted(found.normalised.tokens)
            and (PAID_LESS & words or {"tidak", "sesuai"} <= words or {"beda", "berbeda", "selisih"} & words)
            and not (DEATH_WORDS | HYPOTHETICAL_WORDS | KIN_WORDS) & words):
        return _("Jumlah yang dibayar diputuskan kantor cabang BPJS Ketenagakerjaan. Bisa lebih kecil, misalnya jika "
                 "kepesertaan masih sangat baru atau ada iuran tertunggak. Minta rinciannya di kantor cabang atau "
                 "Contact Center 175, dengan nomor klaim dan bukti pembayarannya."), ("track",)
    if (not ctx.in_progress and "sakit" in words
            and (_income_lost(words) or _work_missed(words) and found.intent is Intent.NOMINATE and found.by_model)
            and not (MISHAP | DEATH_WORDS) & words
            and find_injury(found.normalised.text) is None and not CAUSED_BY_WORK.search(found.normalised.text)):
        r = rules_on(ctx.today) or PP_82_2019
        return _("Untuk sakit biasa, BPJS Ketenagakerjaan tidak mengganti penghasilan yang hilang; pengobatannya urusan "
                 "BPJS Kesehatan. Jika tidak bisa bekerja karena kecelakaan kerja, JKK membayar {wage} per bulan di 12 "
                 "bulan pertama, lalu {after} (untuk penghasilan {wage}).").format(
            wage=format_money(r.lowest_income_bracket),
            after=format_money(r.lowest_income_bracket * r.stmb_after_pct // 100)), ("accident", "benefits")
    an_rt_head = at_an_rt_heads_side(ctx)
    if an_rt_head and not ctx.in_progress and "daftarkan" in words and {"rt", "ketuart"} & words and "lain" in words:
        # "kenapa sy ga bisa liat usulan rt lain" ("usulan" reads "daftarkan") by a signed-in RT head: was told to take an
        # unwilling RT head to the kelurahan
        return _("Ketua RT melihat usulannya sendiri di \"Usulan saya\". Usulan RT lain diperiksa petugas kelurahan, "
                 "yang melihat semua usulan kelurahannya."), ()
    if an_rt_head and not ctx.in_progress and "daftarkan" in words \
            and ("ulang" in words or "lagi" in words and "ditolak" in words):
        # "bisa usulin ulang ga", "yg ditolak bisa diusulin lagi?": was not understood
        return _("Bisa, jika usulannya ditolak: perbaiki datanya, lalu usulkan lagi lewat \"Usulkan warga\". Usulan yang "
                 "masih diperiksa atau sudah disetujui tidak perlu diajukan lagi."), ()
    if an_rt_head and not ctx.in_progress and "pindah" in words and {"warga", "daftarkan"} & words:
        # "warga sy udah pindah, hapus datanya gmn": was not understood
        return _("Jika usulannya belum diperiksa kelurahan, tarik di \"Usulan saya\". Jika warga itu sudah terdaftar, "
                 "sampaikan ke kelurahan; datanya dihapus petugas atas permintaan."), ()
    if not ctx.in_progress and not an_rt_head and found.intent not in CLAIMS and (
            LODGING & words and {"rt", "ketuart", "rtnya"} & words
            or {"rt", "ketuart"} & words and ("tidak", "punya") in pairwise(found.normalised.tokens)):
        # "sy ga punya rt, tinggal di kos", "sy ngekos, rt nya siapa": was not understood
        return _("Setiap alamat masuk wilayah satu RT, juga kos atau kontrakan: tanyakan ke pemilik kos atau ke kelurahan "
                 "siapa ketua RT-nya. Jika ketua RT tidak bisa mengusulkan, sampaikan langsung ke kelurahan."), (
            "status", "benefits")
    if not ctx.in_progress and found.intent not in CLAIMS and _a_foreigner_told(found):
        # "sy wna kerja di jambi, bisa?" got the JHT answer, "saya orang asing, bisa ikut bpjs?" how family is enrolled
        return _("Usulan program ini memakai NIK dari e-KTP. Apakah warga negara asing bisa ikut, kelurahan dan kantor "
                 "cabang BPJS Ketenagakerjaan yang memastikan."), ("status", "benefits")
    if not ctx.in_progress and not an_rt_head and found.intent not in CLAIMS and _id_card_from_elsewhere(found):
        # "ktp sy jakarta tp tinggal di jambi" was not understood, "sy pendatang, ktp luar kota, bisa ikut?" told how
        # one who moves away goes on
        return _("Pekerja rentan diusulkan ketua RT tempat tinggalnya, juga jika KTP-nya dari daerah lain: kelurahan "
                 "yang memeriksa dan memastikan apakah bisa ikut program kota ini."), ("status", "benefits")
    if not ctx.in_progress and {"rt", "ketuart", "rtnya"} & words and _rt_head_not_helping(found.normalised.tokens) \
            and not an_rt_head:  # the writer is the RT head: not one who will not propose them
        return _("Jika ketua RT tidak bisa atau tidak mau mengusulkan, sampaikan langsung ke kelurahan: petugas "
                 "kelurahan yang memeriksa usulan. Ketua RT yang belum terdaftar sebagai petugas bisa menanyakannya ke "
                 "kelurahan."), ("status", "benefits")
    if {"rt", "ketuart"} & words and "daftarkan" in words and HOW_MANY_AT_MOST & words:
        # "berapa orang yang bisa diusulkan per rt", "satu rt boleh usulin berapa warga": the enrolment answer, or the
        # officer's sign-in
        return str(NO_LIMIT_PER_RT), ("status",)
    if quota_asked(found):
        # asked in a form too ("berapa kuota rt saya" at a proposal's birth date was "Tanggal lahir belum bisa saya
        # baca"), and at the menu it was the status check
        return _("Kuota ditetapkan pemerintah kota untuk tiap kecamatan setiap tahun, dan kecamatan memilih usulan sesuai "
                 "kuota itu. Jika sudah penuh, tanyakan ke kecamatan kapan ada tempat lagi."), ("status",)
    if not ctx.in_progress and phone_borrowed(found.normalised.tokens) and found.intent not in CLAIMS \
            and not (found.intent is Intent.STATUS and _someone_elses_lack_of_a_phone(found.normalised.tokens)):
        return str(PHONE_BORROWED), ("status",)  # with an accident told: before asking whether to report it
    if (not ctx.in_progress and "jkn" in words and not (HURT | DEATH_WORDS | MISHAP) & words
            and (BOTH_NEEDED & words or "perlu" in words and {"bpjs", "juga", "masih"} & words
                 or "bpjs" in words and AFFECTS_OR_INCLUDES & words
                 or {"bpjs", "ini", "this"} & words and _SAME_AS.search(found.normalised.text) is not None)):
        return _("Keduanya berbeda dan saling melengkapi: BPJS Kesehatan (JKN/KIS) untuk berobat karena sakit; BPJS "
                 "Ketenagakerjaan untuk kecelakaan kerja (JKK) dan kematian (JKM), termasuk santunan untuk keluarga. "
                 "Program kota ini membayar JKK dan JKM."), ("status", "benefits")
    if not ctx.in_progress and ((SALARIED & words or _at_a_firm(found.normalised.tokens)) and {"daftar", "bisa"} <= words
                                or _on_a_wage(words)) \
            and not (CLAIM | DEATH_WORDS | FORMERLY) & words:
        return _("Program kota ini untuk pekerja rentan yang tidak menerima upah. PNS, TNI/Polri dan karyawan dilindungi "
                 "lewat instansi atau perusahaannya, bukan lewat usulan ketua RT."), ("benefits",)
    if CANCELLING & words and (CLAIM | {"lapor", "laporan"}) & words and not ctx.in_progress:  # "mau batalkan laporan
        # kecelakaan sy" started a report with itself as the story: a report is recorded as a claim
        return _("Klaim yang belum diajukan (draf) bisa Anda batalkan sendiri: pilih \"Cek klaim\", pilih klaimnya, lalu "
                 "ketik \"batal\". Klaim yang sudah diajukan hanya bisa ditutup petugas: ketik \"bicara dengan petugas\" "
                 "dan sebutkan nomor klaimnya."), ("track",)
    if (FACILITY & words and CHARGED & words and (ASKED_TO_PAY | OUTSIDE_PARTNERS) & words
            and ({"jkk", "kecelakaan"} & words or found.intent in (Intent.ACCIDENT, Intent.JKK_INFO)
                 or found.intent in (Intent.SCAM, Intent.UNKNOWN) and not SCAM_MARKS & words)
            and not DEATH_WORDS & words and find_injury(found.normalised.text) is None):
        return _treated_elsewhere(), ("accident", "benefits")
    if (not ctx.in_progress and OUT_OF_TOWN.search(found.normalised.text) and not found.own_case
            and not (ENROLLING_OR_MOVING | MISHAP) & words and DEATH_WORDS & with_nya_off(words)):
        # "klo meninggalnya di luar kota gmn klaimnya" at a death claim's checklist got the accident's answer
        return str(DIED_AWAY).format(deceased=death.deceased(death.DeathDraft(
            deceased_sex=find_deceased_sex(found.normalised)))), ("death", "benefits")
    if (not ctx.in_progress and OUT_OF_TOWN.search(found.normalised.text)
            and (COVER_ASKED & words or found.intent in (Intent.JKK_INFO, Intent.JKM_INFO))
            and not found.own_case and not (DEATH_WORDS | ENROLLING_OR_MOVING) & words):
        return _("Yang menentukan adalah kecelakaan terjadi saat bekerja, termasuk di jalan berangkat dan pulang kerja, "
                 "bukan di kota mana: misalnya saat mengantar penumpang ke kota lain. Laporkan dalam 2×24 jam; kantor "
                 "cabang BPJS Ketenagakerjaan yang memutuskan."), ("accident", "benefits")
    if (not ctx.in_progress and _off_work(found.normalised.tokens) and not _selling_said(found.normalised)
            and not DEATH_WORDS & words
            and (MISHAP & words or found.intent in (Intent.ACCIDENT, Intent.JKK_INFO))):
        return _("JKK menanggung kecelakaan saat bekerja dan di jalan berangkat atau pulang kerja. Kecelakaan saat libur "
                 "atau di luar pekerjaan biasanya bukan kecelakaan kerja; pengobatannya lewat BPJS Kesehatan. Jika "
                 "terjadi saat Anda sedang bekerja, misalnya mengantar penumpang, laporkan: kantor cabang yang "
                 "memutuskan."), ("accident", "benefits")
    if (not ctx.in_progress and (EMPLOYED & words and BECOMING & words and found.intent not in CLAIMS
                                 or _job_changed(found.normalised.tokens) and not HURT & words
                                 and score(found.normalised)[Intent.ACCIDENT][0] < STORY_TOLD)
            and not (CLAIM | DEATH_WORDS | FORMERLY) & words and find_injury(found.normalised.text) is None):
        return _("Kepesertaan lewat pemerintah kota ini untuk pekerja rentan yang tidak menerima upah. Jika Anda sekarang "
                 "karyawan, sampaikan ke kelurahan, dan tanyakan ke kantor cabang BPJS Ketenagakerjaan bagaimana "
                 "kepesertaan Anda selanjutnya; mereka yang memastikan."), ("status",)
    if (ctx.conversation.state == STATUS_FOUND and "sampai" in words and (CONTRIBUTION | {"bayar", "dibayar"}) & words
            and (WHY_SO | {"cuma", "cm", "baru", "hanya"}) & words):  # "kok iuran cuma sampai oktober", "kok terbayar
        # cuma sampai oktober" (the record's own words): the rates page
        return _("\"Terbayar sampai\" adalah bulan terakhir yang iurannya sudah dibayar; status dan masa perlindungan "
                 "Anda tertulis di atas. Jika iurannya dibayar pemerintah kota, pembayaran berikutnya diurus pemerintah "
                 "kota. Jika ada yang tidak sesuai, tanyakan ke kelurahan atau kantor cabang BPJS Ketenagakerjaan."), (
            "status",)
    if (not ctx.in_progress and (("selamanya" in words or {"sampai", "kapan"} <= words) and PAID_BY_THE_CITY & words
                                 or EXTENDED & words and (ctx.conversation.state == STATUS_FOUND or "kapan" in words)
                                 or _city_years_asked(words))
            and not (FIRST_PERSON | CLAIM | DEATH_WORDS) & words
            and (found.intent is not Intent.CONTRIBUTION or ctx.conversation.state == STATUS_FOUND)):
        # "kapan diperpanjang" at one's record: was not understood; "sampai kapan dibayar pemkot?" there, the claims'
        # payout rules
        return str(WHILE_THE_CITY_PAYS), ("status",)
    if (WHAT_IT_GIVES & words and {"apa", "what"} & words and words <= ASKING_WHAT_IT_GIVES and not ctx.in_progress
            and len(BOTH_PROGRAMMES & words) != 1):  # one named ("apa saja manfaat jkk"): its page
        return _both_programmes(ctx), ("benefits", "status")  # "dapet apa aja dari bpjs tk": was the JKK page
    if not ctx.in_progress and {"gratis", "free"} & words and words <= ONLY_WHETHER_FREE:  # "apa bener gratis": the JKK
        # page; "is it free" was told only that claims and the bot cost nothing, not that the city pays the contribution
        return _("Ya. Dalam program ini iurannya dibayar pemerintah kota, klaim BPJS Ketenagakerjaan tidak dipungut "
                 "biaya, dan Kawan Kerja juga tidak memungut biaya apa pun. Jika ada yang meminta uang, itu penipuan: "
                 "laporkan ke Contact Center 175."), ("status", "benefits")
    if not ctx.in_progress and SELF_PAYING.search(found.normalised.text) and (USING | {"boleh", "can"}) & words \
            and THIS_BOT & words:  # "Kawan Kerja" reads "bot"
        # "sy peserta bpu bayar sendiri, bisa pakai bot ini?": was told the bot is free
        return _("Kawan Kerja dibuat untuk pekerja rentan yang iurannya dibayar pemerintah kota. Penjelasan manfaat JKK "
                 "dan JKM di sini berlaku juga untuk peserta yang membayar sendiri (JKK dihitung dari penghasilan yang "
                 "didaftarkan); data kepesertaan dan klaimnya diurus lewat aplikasi JMO atau kantor cabang BPJS "
                 "Ketenagakerjaan."), ("benefits",)
    if not ctx.in_progress and DISASTER & words and (BENEFIT_NAMED | {"korban"}) & words \
            and not (DEATH_WORDS | HURT | KIN_WORDS | FIRST_PERSON) & words:
        # "ada santunan buat korban banjir?" got the scam warning
        return _("BPJS Ketenagakerjaan tidak punya santunan bencana, dan rumah atau barang yang rusak tidak diganti. "
                 "Program ini melindungi pekerja: JKK jika terluka saat bekerja, JKM jika meninggal. Bantuan bencana "
                 "ditanyakan ke kelurahan."), ("benefits",)
    if not ctx.in_progress and _FROM_THE_APP.search(found.normalised.text) and (
            {"beda", "bedanya", "masih", "dobel", "double", "juga", "daftar", "program", "pemerintah"} & words) \
            and not (DEATH_WORDS | HURT | MISHAP) & words:
        # "bpjs dari aplikator beda ga sama yg dari pemkot" got the scam warning, "sy udah ada bpjs dari gojek, masih
        # bisa ikut program ini?" how one is enrolled
        return _("Kepesertaan lewat aplikator (perusahaan aplikasi ojek atau kurir) dan lewat pemerintah kota sama-sama "
                 "kepesertaan BPJS Ketenagakerjaan; bedanya siapa yang membayar iurannya. Apakah keduanya bisa berjalan "
                 "bersama, kantor cabang yang memastikan. Kepesertaan Anda bisa dicek di sini dengan NIK."), (
            "status", "benefits")
    if not ctx.in_progress and _heard_it_is_free(found):
        # "kata orang bpjs gratis, betul ga?" got the scam warning ("kata" as a caller's claim)
        return _("Betul, untuk program pekerja rentan ini: iurannya dibayar pemerintah daerah, peserta tidak membayar "
                 "apa pun, dan klaimnya juga tidak dipungut biaya. Jika ada yang meminta uang, itu penipuan: laporkan ke "
                 "Contact Center 175."), ("status", "benefits")
    if not ctx.in_progress and _participant_pays_asked(found):
        # "bpjs ini bayar ga" got the scam warning, "program ini bayar ga" how one is enrolled, "apakah peserta harus
        # bayar" the NIK question
        return _("Tidak. Dalam program pekerja rentan ini iurannya dibayar pemerintah daerah: peserta tidak membayar "
                 "apa pun, dan klaimnya juga tidak dipungut biaya."), ("status", "benefits")
    if (not ctx.in_progress and (FREE & words and OF_THIS_HELP & words or "bayar" in words and THIS_BOT & words
                                 or _must_pay_asked(found.normalised.tokens) or _claim_pays_asked(found.normalised.tokens)
                                 or _admin_fee_asked(found.normalised.tokens))
            and not (NOT_OF_CLAIMING | DEATH_WORDS) & words and not found.own_case
            and (score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM or _fee_asked(found.normalised))):
        return _("Gratis. Kawan Kerja tidak memungut biaya apa pun, dan klaim BPJS Ketenagakerjaan juga tidak dipungut "
                 "biaya. Jika ada yang meminta uang untuk mengurus klaim, itu penipuan: laporkan ke Contact Center "
                 "175."), ("accident", "death", "status")
    job_told = found.intent is Intent.UNKNOWN and job_told_besides_the_list(found.normalised)
    if not ctx.in_progress and job_told and (ON_A_PAYROLL - {"buruh"}) & words:
        # "sy buruh pabrik" was the JHT answer: an employee
        return _("Program kota ini untuk pekerja rentan yang tidak menerima upah. PNS, TNI/Polri dan karyawan dilindungi "
                 "lewat instansi atau perusahaannya, bukan lewat usulan ketua RT."), ("benefits",)
    if not ctx.in_progress and (_who_is_covered_asked(words) or job_told  # "sy satpam
                                # perumahan" was the loan answer, "sy guru honorer" not understood
                                or _HOMEMAKER.search(found.normalised.text)
                                and ENROLMENT_ASKED & words and not _works_too(found)) and found.intent not in CLAIMS:
        return _("Program kota ini untuk pekerja rentan: pekerja informal yang tidak menerima upah (bukan penerima upah), "
                 "misalnya ojek, buruh harian, pedagang kecil, nelayan dan pekerja keagamaan. Kriteria dan kuotanya "
                 "ditetapkan pemerintah kota: ketua RT mengusulkan, lalu kelurahan dan kecamatan memeriksa. Tanyakan ke "
                 "ketua RT Anda."), ("status", "benefits")
    if not ctx.in_progress and (paying := _paying_asked(ctx, found)) is not None:
        return paying, ("status", "benefits")
    if not ctx.in_progress and INSTALMENTS & words and (PAID_OUT | {"santunannya", "uangnya", "jkm", "jkk"}) & words \
            and not (CONTRIBUTION | LOANS) & words:
        # "klaim santunan bisa dicicil?": was not understood
        return _("Santunan kematian (JKM) dibayar sekaligus ke rekening ahli waris, termasuk pengganti penghasilan 24 "
                 "bulan yang juga dibayar sekaligus. Untuk kecelakaan kerja, pengobatan ditanggung langsung, dan santunan "
                 "selama belum bisa bekerja dihitung per bulan."), ("death", "accident")
    if not ctx.in_progress and _lockout_asked(found):  # "kenapa dikunci" after too many wrong proofs: not understood
        return _("Setelah beberapa kali bukti tidak cocok, pemeriksaan NIK itu dikunci sementara (paling lama satu jam), "
                 "supaya orang lain tidak bisa menebak-nebak data Anda. Sesudah itu coba lagi dengan nomor KPJ dari "
                 "kartu peserta atau aplikasi JMO; jika tetap tidak cocok, hubungi Contact Center 175."), ("status",)
    if not ctx.in_progress and (old := _old_accident(ctx, found)) is not None:
        return old
    if (deadline := _deadline_asked(ctx, found)) is not None:
        return deadline, ("accident", "death")
    if (found.intent in (Intent.JKM_INFO, Intent.HELP, Intent.UNKNOWN)  # and the model's guess of one's claims, none
            or found.intent is Intent.TRACK and found.by_model and not FIRST_PERSON & words and PROGRAMME_NAMED & words) \
            and how_long_asked(words) and not DEADLINE & words and not ctx.in_progress:  # "berapa lama proses klaim
        # jkm": the JKM page omits it; "brp lama klaim kecelakaan" was one's claims (a claim unnamed still is: they
        # say the rules of each claim listed);
        return _payout_time(ctx, words), ("track", "death", "accident")  # "how long until the money is paid": help
    if not ctx.in_progress and _divorce_asked(found):
        # "sy mau cerai, bpjs istri gmn", "sy istri tp udah pisah rumah, masih berhak?" were someone else's status check,
        # "sy udah cerai sama suami, kalo dia meninggal sy dapet?" the JKM page, which does not say it
        divorce_answer = _("Kepesertaan atas nama masing-masing dan tidak berubah karena perceraian. Untuk santunan "
                           "kematian, mantan suami atau istri yang sudah resmi bercerai bukan ahli waris, anak tetap ahli "
                           "waris; yang masih sah menikah, juga jika pisah rumah, tetap ahli waris dengan buku nikah. "
                           "Kantor cabang yang memastikan.")
        return (f"{CONDOLENCES} {divorce_answer}" if DEATH_WORDS & words else divorce_answer), ("death", "benefits")
    if _passenger_hurt_asked(found):
        return str(OTHERS_HURT_ON_THE_ROAD), ("accident", "benefits")
    if ctx.in_progress and commute_asked(found):  # at the menu, the JKK page says it
        return _("Ya: kecelakaan dalam perjalanan berangkat atau pulang kerja termasuk kecelakaan kerja yang ditanggung "
                 "JKK; kantor cabang yang memastikan setiap kasus."), ()
    if _claimed_again(found):
        return _("Setiap kecelakaan kerja dilaporkan dan diklaim sebagai kasus sendiri, juga jika Anda sudah pernah klaim "
                 "JKK sebelumnya; kantor cabang BPJS Ketenagakerjaan yang memutuskan setiap klaim. Laporkan dalam 2×24 "
                 "jam."), ("accident", "benefits")
    if OFFICIAL & words and _this_chat_named(found.normalised) and not _bot_or_person_asked(words):
        return _official_asked(), ("status", "benefits")  # not "ini orang beneran?": whether a person writes
    if not ctx.in_progress and _nik_not_found(found):
        return _("Jika NIK tidak ditemukan, periksa dulu 16 angkanya di KTP atau KK. Jika sudah benar, mungkin Anda belum "
                 "terdaftar lewat program pemerintah kota, atau datanya belum diperbarui: minta ketua RT mengusulkan "
                 "Anda, atau tanyakan ke kelurahan."), ("status",)
    if RECORDED & words and MASKED & words and not _numbered(found.normalised):
        return str(NAME_MASKED), ("status",)
    if ({"ketuart", "rt"} & words and GENUINE & words and {"santunan", "bpjs", "dapat", "didaftarkan", "terdaftar"} & words
            and not (SCAMMERS_WANT | DEATH_WORDS) & words and found.intent not in CLAIMS and not ctx.in_progress):
        # "pak rt bilang suami saya bisa dapat santunan, bener?": was the scam warning, the model's guess
        return _("Ketua RT memang mengusulkan pekerja rentan untuk program ini; setelah diperiksa kelurahan dan "
                 "kecamatan, pemerintah kota membayar iurannya, dan pesertanya dilindungi JKK (kecelakaan kerja) dan JKM "
                 "(kematian). Kepesertaan bisa dicek di sini dengan NIK."), ("status", "benefits")
    if _staff_request_doubted(words) and not ctx.in_progress:
        return _("Petugas BPJS Ketenagakerjaan tidak pernah meminta uang, biaya admin, PIN atau kode OTP. Jika ragu apakah "
                 "orang itu petugas resmi, pastikan dulu ke Contact Center 175 atau kantor cabang sebelum memberikan apa "
                 "pun."), ("track",)  # "petugas bpjs minta foto rumah, itu beneran?": was told it is a scam
    if not ctx.in_progress and _this_chat_doubted(words):  # "ini penipuan ya?", "is this a scam?": was "Hati-hati, itu
        return _official_asked(), ("status", "benefits")  # ciri penipuan", as if this chat were one
    if score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM \
            and (trust := _trust_asked(words, ctx.conversation.state)) is not None:
        # Not a link, a message or a caller asking for the NIK, an OTP or a transfer: the scam warning.
        return trust
    if (not ctx.in_progress and found.intent not in CLAIMS and (JOINING_AT_AN_AGE & words
            and (AGE & words or {"tua", "lansia"} & words and {"masih", "bisa"} <= words
                 or AGED.search(found.normalised.text) and "bisa" in words and JOINING_NOW & words)
            or AGE & words and "bisa" in words and _AN_AGE.search(found.normalised.text) and found.by_model
            and not found.cues  # "umur sy 65, bisa?" was handed to an officer, "sy udah tua, masih bisa ikut?" the NIK
            # question
            or "pensiun" in words and {"masih", "bisa"} <= words and not {"dana", "cair", "jht", "jp"} & words)
            and not (DEATH_WORDS | CLAIM) & words):  # "saya sudah pensiun masih bisa?" got the NIK question
        return _("Batas umur peserta tidak saya ketahui pasti; kelurahan atau kantor cabang BPJS Ketenagakerjaan yang "
                 "memastikan. Pekerja rentan didaftarkan lewat usulan ketua RT: sampaikan ke ketua RT Anda."), (
            "status", "benefits")
    if not ctx.in_progress and any(before in THE_PAYER and word in LEAVING for before, word in pairwise(
            found.normalised.tokens)):  # "kalau program pemkot berhenti gmn": the city no longer paying, not the writer
        return str(WHILE_THE_CITY_PAYS), ("status",)  # leaving (was told how to quit)
    if not ctx.in_progress and found.intent not in CLAIMS and _job_left_cover_asked(found):
        return _("Perlindungan berjalan selama iurannya dibayar, dan dalam program ini iurannya dibayar pemerintah kota "
                 "selama programnya membiayai Anda. Apakah pekerjaan yang berganti atau berhenti mengubah itu, kelurahan "
                 "yang memastikan: sampaikan ke ketua RT atau kelurahan."), ("status", "benefits")
    if not ctx.in_progress and found.intent not in CLAIMS and not DEATH_WORDS & words \
            and (answer := _about_the_membership(words | _said_before_stemming(found))) is not None:
        return answer
    if ASKING_LEAVE & words and "bpjs" in words and words <= ASKING_ABOUT_THE_COVER | ASKING_LEAVE \
            and not ctx.in_progress:
        return _both_programmes(ctx), ("benefits", "status")  # "mau tanya bpjs tk buat ojol": was the loan answer
    if BOTH_PROGRAMMES <= words and (DIFFERENCE & words or words <= ONLY_WHAT_THEY_ARE) and not ctx.in_progress:
        return _both_programmes(ctx), ("benefits", "status")  # "apa bedanya jkk sama jkm": was the JKK page alone
    if "bpu" in words and (DIFFERENCE & words or asks_what_it_means(found.normalised.text)) and not ctx.in_progress:
        # "apa itu bpu" got the JKK page, "peserta bpu artinya apa" the status check, "apa bedanya bpu dan pu" nothing
        return _("BPU (bukan penerima upah) adalah pekerja mandiri atau informal, misalnya ojek, pedagang, nelayan dan "
                 "buruh harian: iurannya dibayar sendiri, atau oleh pemerintah kota dalam program ini. PU (penerima "
                 "upah) adalah karyawan yang menerima upah dari pemberi kerja, dan didaftarkan lewat tempat kerjanya."), (
            "status", "benefits")
    if asks_what_it_means(found.normalised.text) and not ctx.in_progress \
            and (channel := _channel_explained(found)) is not None:
        return channel, ("status", "track")
    if _branch_visit_asked(found):
        return _("Diminta datang ke kantor cabang itu wajar, misalnya untuk memeriksa dokumen asli, dan tidak dipungut "
                 "biaya. Bawa dokumen asli klaim Anda (daftarnya ada di \"Cek klaim\"), e-KTP dan KK. Yang perlu "
                 "diwaspadai adalah permintaan uang, PIN atau kode OTP."), ("track",)
    if _letter_asked_for(found):
        return _("Kantor cabang bisa meminta surat pendukung, misalnya surat keterangan dari RT atau kelurahan: mintalah "
                 "ke ketua RT Anda atau ke kelurahan. Meminta surat bukan penipuan; yang perlu diwaspadai adalah "
                 "permintaan uang, PIN atau kode OTP."), ("track", "death", "accident")
    branch_number = "nomor" in words and bool(BRANCH_CONTACT & words)  # "nomor kantor bpjs jambi": the scam warning
    # "nomor cs nya berapa": a customer service named is BPJS's here (it was the JKM page)
    named_cs = (bool({"cs", "callcenter", "hotline"} & words) or {"call", "center"} <= words) \
        and bool({"nomor", "berapa", "number"} & words)  # "cs nya mana" asks for a person: the hand-off
    if (CONTACT & words or branch_number) and ("bpjs" in words or named_cs) and (
            words <= ASKING_FOR_CONTACT or BRANCH_CONTACT & words and len(words - ASKING_FOR_CONTACT - BRANCH_CONTACT) <= 1):
        return _("Contact Center BPJS Ketenagakerjaan: telepon 175, atau email care@bpjsketenagakerjaan.go.id. "
                 "Petugas BPJS tidak pernah meminta transfer, biaya admin, PIN atau kode OTP."), ("status", "track")
    return None


def _channel_explained(found: Classification) -> str | None:
    """What an official channel is, asked (FACTS.md §11): "lapak asik itu apa" got the JKM page ("asik" reads as
    "adik"), "jmo itu apa" the answer for an account that cannot sign in, "agen perisai itu apa" nothing."""
    typed = set(found.normalised.tokens) | {note.partition("→")[0].partition("~")[0] for note in found.normalised.notes}
    if "lapak" in typed and "asik" in typed or "lapakasik" in typed:
        return _("Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id) adalah layanan klaim BPJS Ketenagakerjaan: formulirnya "
                 "dibuka lewat situs itu atau kode QR di kantor cabang, dokumennya diunggah, lalu dilayani dengan nomor "
                 "antrean atau panggilan video. Kantor cabang yang memastikan caranya.")
    if "jmo" in typed:
        return _("JMO adalah aplikasi resmi BPJS Ketenagakerjaan: untuk melihat kepesertaan dan kartu peserta digital, "
                 "dan untuk mengajukan klaim. Unduh hanya dari Play Store atau App Store.")
    if "perisai" in typed:
        return _("Agen Perisai adalah petugas dari masyarakat yang ditunjuk BPJS Ketenagakerjaan untuk mendaftarkan "
                 "pekerja mandiri (BPU) dan menerima iurannya. Dalam program ini iurannya dibayar pemerintah kota.")
    return None


def responsibility_told(tokens: tuple[str, ...]) -> bool:
    """"tanggung jawab" (responsibility), normalised: "tanggung" may read "ditanggung", and "jawab" is also a reply's."""
    return any(first in {"tanggung", "ditanggung"} and second == "jawab" for first, second in pairwise(tokens))


def _employer_refuses(found: Classification) -> str | None:
    """An employer told to refuse: to pay for treatment or take responsibility ("treatment"), or to enrol ("enrolment");
    None otherwise (a death told with it is the claim's)."""
    words = set(found.normalised.tokens) | _said_before_stemming(found)
    if not (EMPLOYING & words and NEGATIONS & words) or DEATH_WORDS & words:
        return None
    if {"daftarin", "daftarkan", "didaftarkan", "mendaftarkan", "didaftarin"} & words:
        return "enrolment"
    if responsibility_told(found.normalised.tokens) or {"obat", "pengobatan", "berobat", "rs", "klinik"} & words:  # not
        # wages unpaid ("ga bayar gaji")
        return "treatment"
    return None


def _said_before_stemming(found: Classification) -> set[str]:
    """Words the normaliser stemmed that mean more than their stem here: "perusahaan" (an employer) reads as "usaha"
    (one's own business), and "saya sudah punya bpjs tk dari perusahaan, bisa ikut ini?" got the enrolment answer."""
    return {note.partition("→")[0] for note in found.normalised.notes if note.startswith("perusahaan→")}


JOB_LEFT = LEAVING | frozenset({"ganti", "pindah", "resign"})
STILL_COVERED = frozenset({"masih", "hangus", "aktif", "nonaktif", "ditanggung", "berlaku", "putus", "gugur"})
COVER_DIES = frozenset({("bpjs", "meninggal"), ("nya", "meninggal")})


def _job_left_cover_asked(found: Classification) -> bool:
    """One's job left for good or changed, and whether the cover goes on ("klo sy ga narik lg, bpjs nya mati?" was not
    understood, "sy udh ga kerja ojol, skrg jualan, masih bisa?" and "i quit driving, is my bpjs still active" the status
    check's NIK question). A job lost ("sy di phk") is the status check's (understanding). Not a while off, nor
    work missed for an injury ("ga bisa kerja lagi"), nor a death (only the cover "dies": "bpjs nya mati"). Normalised:
    "narik" reads "ojek", "mati" "meninggal"."""
    tokens = found.normalised.tokens
    words = set(tokens)
    jobs = JOB_WORDS | {"kerja", "kerjaan", "pekerjaan", "driving"}
    left = JOB_LEFT & words or any(before == "tidak" and word in jobs for before, word in pairwise(tokens)) and bool(
        (_NOW | {"lagi"}) & words)  # for good ("ga narik lagi", "ga kerja ojol, skrg jualan"), not a while
    still = (STILL_COVERED | {"still"}) & words or any(pair in COVER_DIES for pair in pairwise(tokens))
    return bool(jobs & words and left and still
                and ("tidak", "bisa") not in pairwise(tokens) and not (KIN_WORDS | HURT - {"meninggal"}) & words)


def _about_the_membership(words: set[str]) -> tuple[str, tuple[str, ...]] | None:
    """Moving away, cover from an employer, leaving the programme: FACTS.md says nothing of them, so the branch and
    the kelurahan are named (its default). They got the JKM page, the JHT answer, the enrolment answer or the status
    check, none of which answers them."""
    if MOVING & words and (TO_ANOTHER_PLACE & words or {"ke", "to"} & words and not NOT_A_MOVE & words) \
            or _living_elsewhere(words):
        return _("Iurannya dibayar pemerintah daerah tempat Anda didaftarkan. Jika pindah ke daerah lain, tanyakan ke "
                 "kelurahan atau Disnaker apakah kepesertaan Anda tetap berlanjut; kantor cabang BPJS Ketenagakerjaan "
                 "yang memastikan."), ("status", "benefits")
    if (EMPLOYER | {"kantor"}) & words and FORMER & words and {"aktif", "nonaktif", "active", "pakai"} & words \
            and not ({"cabang"} | SAVINGS) & words:  # "bpjs tk saya dari kantor lama masih aktif ga": the status check
        return _("Data kami hanya berisi peserta program pemerintah kota. Kepesertaan dari tempat kerja dulu (penerima "
                 "upah) bisa dicek dengan NIK di aplikasi JMO, di Contact Center 175, atau di kantor cabang BPJS "
                 "Ketenagakerjaan."), ("status", "benefits")
    # enrolled twice asked, with the office one works at ("sy udah ikut bpjs dari kantor, bisa dobel?"): was the
    # enrolment answer, as if not covered at all
    enrolled_twice = "kantor" in words and bool(TWICE & words)
    if (EMPLOYER & words and HAS_COVER & words or enrolled_twice) and not ({"cabang"} | SAVINGS) & words:
        return _("Program ini untuk pekerja bukan penerima upah (pekerja informal), yang iurannya dibayar pemerintah "
                 "daerah. Jika perusahaan sudah mendaftarkan Anda, tanyakan ke kantor cabang BPJS Ketenagakerjaan "
                 "apakah Anda masih bisa ikut program ini."), ("status", "benefits")
    if TWICE & words and not (PAYERS | SAVINGS | {"sendiri", "mandiri", "klaim", "santunan", "dibayar", "bayar"}) & words:
        # "bisa dobel bpjs tk ga" was not understood, "sy kerja di 2 tempat, bisa dobel bpjs tk?" the JHT answer
        return _("Apakah seseorang bisa terdaftar dua kali (misalnya lewat dua tempat kerja) tidak saya ketahui pasti; "
                 "kantor cabang BPJS Ketenagakerjaan yang memastikan. Program ini untuk pekerja informal, yang iurannya "
                 "dibayar pemerintah daerah."), ("status", "benefits")
    if LEAVING & words and PARTICIPATION & words and not ({"kerja", "bekerja", "work", "job"} | SAVINGS) & words:
        return _("Kepesertaan ini tidak memungut biaya dari Anda: iurannya dibayar pemerintah daerah. Jika tetap ingin "
                 "berhenti, sampaikan ke kelurahan atau kantor cabang BPJS Ketenagakerjaan."), ("status", "benefits")
    return None


_PROGRAMME_PAGES = {"benefits.jkk": "accident", "benefits.jkk_more": "accident", "benefits.jkk_documents": "accident",
                    "benefits.jkm": "death", "benefits.jkm_more": "death", "benefits.jkm_documents": "death"}
"""A programme's pages, and the claim it has: how to claim, asked there, is that claim's."""


def _which_claim(ctx: Ctx[Any]) -> tuple[str, tuple[str, ...]]:
    if (claim := _PROGRAMME_PAGES.get(ctx.conversation.state)) is not None:  # asked at the JKM page: was "which claim"
        return _where_claimed(), (claim, "track")
    return _("Klaim yang mana: kecelakaan kerja, atau santunan kematian? Jika klaimnya sudah dicatat di sini, pilih "
             "\"Cek klaim\"."), ("accident", "death", "track")


def _both_programmes(ctx: Ctx[Any]) -> str:
    rules = rules_on(ctx.today) or PP_82_2019
    return _("JKK (kecelakaan kerja): pengobatan sampai sembuh dan santunan selama belum bisa bekerja, untuk kecelakaan "
             "saat bekerja atau di jalan berangkat dan pulang kerja; jika meninggal karenanya, keluarga menerima "
             "{work_death}.\nJKM (kematian): jika peserta meninggal bukan karena kecelakaan kerja, ahli warisnya menerima "
             "{total}.\nIuran keduanya {contribution} per bulan, yang dalam program ini dibayar pemerintah daerah."
             ).format(work_death=format_money(jkk_death(rules, rules.lowest_income_bracket).cash_total),
                      total=format_money(rules.jkm_total), contribution=format_money(rules.minimum_contribution))


_WHY_MESSAGED = re.compile(
    r"\b(?:kenapa|mengapa|kok|why)\b.*\b(?:dapat|terima|dikirimi|dikirim|kirim|receive|get|got)\b.*\b(?:pesan|sms|wa|chat|"
    r"message|pengingat)\b|\b(?:dapat|tahu|tau)\s+nomor\s+saya\s+dari\s+mana\b|\bnomor\s+saya\s+dari\s+mana\b|"
    r"\b(?:ini\s+siapa|siapa\s+ini)\b.*\b(?:wa|chat|pesan|sms)\b|\bsiapa\s+yang\s+(?:kirim|mengirim|kasih|memberi)\b|"
    r"\b(?:mana|bagaimana)\s+(?:did\s+)?kamu\s+dapat\s+saya\s+nomor\b|\bwho\s+gave\s+kamu\s+saya\s+nomor\b")
"""Normalised: "where did you get my number" reads "mana did kamu dapat saya nomor"; "kok sy dpt pesan ini" (was one's
claims) "kok saya dapat pesan ini"."""


WITHOUT = frozenset({"tidak", "tanpa", "lupa", "belum", "habis", "expired", "meninggal", "no", "without"})
"""Normalised: "sim mati" (an expired licence) reads "sim meninggal"."""
LOST_OR_GONE = frozenset({"hilang", "ilang", "rusak", "dicuri", "lost", "tidak", "belum"})
CHECKING = frozenset({"cek", "pakai", "pake", "dengan", "check", "use"})
_BOTH_PAPERS = re.compile(r"\be?ktp (?:dengan|dan|and) kk\b|\bkk (?:dengan|dan|and) e?ktp\b")
""""ktp sama kk bapak hilang" ("sama" reads "dengan"): both lost, not the KK used instead of the KTP."""


MESSAGE_WORDS = frozenset({"pesan", "pesannya", "ingat", "pengingat", "sms", "notif", "notifikasi", "message",
                           "reminder", "reminders"})
"""Normalised: "pengingat" reads as "ingat"."""
NOT_OUR_MESSAGE = frozenset({"minta", "diminta", "berantai", "bantuan", "kirim", "link", "klik", "hadiah", "menang",
                             "undian", "bsu", "juta"})
"""What a chain message or a scam says (aid to claim, a photo to send, a link, millions promised: "sms katanya dapat
santunan 10 juta" was told why reminders are sent), never a reminder of ours; when in doubt, the warning is the safe
answer."""


_PRAISING = frozenset({"suka", "cinta", "bagus", "mantap", "mantab", "mantul", "keren", "top", "jos", "bermanfaat",
                       "good", "great", "love", "like", "helpful", "nice", "awesome", "amazing", "useful"})
_VERY = frozenset({"bgt", "banget", "sangat", "sekali", "amat", "sungguh", "very", "so", "really"})
_PRAISED = frozenset({"program", "bot", "ini", "aplikasi", "kawan", "kerja", "layanan", "pelayanan", "kamu", "anda",
                      "this", "it", "you"})
_AROUND_PRAISE = _VERY | frozenset({"saya", "aku", "kami", "jatuh", "dengan", "sama", "jadi", "sih", "deh", "loh", "lho",
                                    "nih", "ya", "min", "kak", "pak", "bu", "mas", "mbak", "wkwk", "wkwkwk", "haha",
                                    "hehe", "i", "we", "is", "the"})
"""Not thanks: "makasih, sangat membantu" is answered as thanks are ("Sama-sama")."""
_SAID_IN_PRAISE = _PRAISING | _PRAISED | _AROUND_PRAISE | {"bantuan"}
_PRAISED_OR_VERY = _PRAISED | _VERY


def _praised(words: set[str]) -> bool:
    """Praise and nothing else ("sy jatuh cinta sama program ini wkwk", "botnya keren bgt min", "terbantu bgt sama bot
    ini"): thanked. "membantu", "terbantu" read "bantuan" (aid), praise only with a "very"."""
    praise = _PRAISING & words or "bantuan" in words and _VERY & words
    return bool(praise and _PRAISED_OR_VERY & words and words <= _SAID_IN_PRAISE)


def _why_messaged(text: str, words: set[str]) -> bool:
    """Why a reminder came, where it got the number ("kok tau nomor saya", "where did you get my number"), or whether it
    is genuine ("pesan pengingat ini asli ga"); not a message asking for money, aid or a photo, which is the scam
    warning's."""
    if _WHY_MESSAGED.search(text) is not None:  # not "kok sy dapat pesan dari bpjs minta transfer": the warning
        return not SCAMMERS_WANT & words
    # Not "sy mau tau nomor kpj sy" (one's card number wanted, not ours wondered at), nor "nomor hp sy ganti, gmn dpt
    # kode nya" (a number changed)
    number_known = "nomor" in words and {"tau", "tahu", "dapat", "dapet"} & words and {"saya", "kami"} & words \
        and not ({"kpj", "nik", "kode"} | CHANGED) & words and not documents_named(text)  # "i have no bank account,
    # can i still get paid" ("no" reads "nomor") was told where we got the number
    doubted = MESSAGE_WORDS & words and GENUINE & words
    return bool((number_known or doubted) and not (SCAMMERS_WANT | NOT_OUR_MESSAGE) & words)


RENEWING = frozenset({"perpanjang", "perpanjangan", "diperpanjang", "memperpanjang", "renew", "renewal", "extend"})
ENDING = frozenset({"habis", "berakhir", "expired", "expire", "kadaluarsa", "kedaluwarsa"})
COVER_NAMED = frozenset({"manfaat", "kepesertaan", "kartu", "bpjs", "masa", "berlaku", "berlakunya", "peserta"})
HOW_TO_GO_ON = frozenset({"lanjut", "bagaimana", "cara", "caranya", "biar", "agar", "supaya", "how"})


def _renewal_asked(words: set[str]) -> bool:
    """How to extend the cover ("cara perpanjang gimana", "perlindungan saya mau habis, gimana biar lanjut")."""
    if "kapan" in words:  # when, not how: "kapan diperpanjang" has its own answer (below)
        return False
    return bool(RENEWING & words) or bool(ENDING & words and COVER_NAMED & words and HOW_TO_GO_ON & words)


def _phone_changed(ctx: Ctx[Any], found: Classification) -> bool:
    """Also a number gone dead ("nomor hp lama udah mati", "mati" read as "meninggal"; "hangus"): at the proof question
    it was offered the code, which goes to that very number."""
    words = set(found.normalised.tokens)
    dead = "hangus" in words or found.normalised.tokens.count("meninggal") == 1 and "nomor" in words \
        and not (KIN_WORDS | {"mendiang"}) & words  # not "nomor hp almarhum udah mati" (read twice "meninggal")
    return bool(PHONE & words and (CHANGED & words or {"tidak", "aktif"} <= words or dead)
                and ctx.conversation.state.startswith(OWN_RECORD) and not _numbered(found.normalised))


def death_not_covered(found: Classification) -> bool:
    """A death told of someone said not to be covered, or of a young child, who is no worker and so no participant
    ("anak saya meninggal umur 5 tahun", "bayi saya meninggal kemarin" started an heir's claim); not asked as a rule
    ("kalau saya meninggal tapi belum terdaftar, …": the JKM page, and no condolence to the living)."""
    words = set(found.normalised.tokens)
    return bool(DEATH_WORDS & words) and not HYPOTHETICAL_WORDS & words and (
        said_not_enrolled(found.normalised.tokens) or _a_young_child(found.normalised))


def accident_not_covered(found: Classification) -> bool:
    """An accident told or asked of by someone who says they are not enrolled ("sy kecelakaan tp ga punya bpjs" began a
    report as if nothing had been said; "kecelakaan sebelum terdaftar bisa klaim?" got how one is enrolled). Not a
    death (its own answer), nor a rule asked of the future ("kalau nanti kecelakaan")."""
    return _unenrolled_accident(found) and not HYPOTHETICAL_WORDS & set(found.normalised.tokens)


def accident_supposed_unenrolled(found: Classification) -> bool:
    """The same supposed ("sy ojol tp blm punya bpjs, kalau kecelakaan gmn" got the JKK page, as if the cover were had):
    enrol first, the cover starts then."""
    return _unenrolled_accident(found) and bool(HYPOTHETICAL_WORDS & set(found.normalised.tokens))


def _unenrolled_accident(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return bool({"kecelakaan", "jkk", "celaka", "jatuh"} & words or injury_words(found)) and not DEATH_WORDS & words \
        and said_not_enrolled(found.normalised.tokens)


def young_child_named(said: Normalised) -> bool:
    """A baby, a toddler or a child too young to work ("anak sy yang baru lahir", "anak 5 tahun")."""
    return ("baru", "lahir") in set(pairwise(said.tokens)) or _a_young_child(said)


def _a_young_child(said: Normalised) -> bool:
    if (KIN_WORDS - {"anak"}) & set(said.tokens):
        return False  # "istri saya meninggal saat melahirkan, bayinya selamat": the wife died
    if {"bayi", "balita", "baby", "infant"} & set(said.tokens):
        return True
    age = CHILD_AGE.search(said.text)
    return age is not None and (age.group(2) == "bulan" or int(age.group(1)) < YOUNGEST_WORKER)


def said_not_enrolled(tokens: tuple[str, ...]) -> bool:
    padded = (*tokens, "", "")
    return any(a in NOT_ENROLLED and (b in ENROLLED or b == "punya" and c == "bpjs")
               for a, b, c in zip(padded, padded[1:], padded[2:], strict=False))


def _own_ktp_only(words: set[str] | frozenset[str]) -> bool:
    """The e-KTP named, not the participant's card ("ktp saya hilang", not "kartu bpjs dan ktp hilang")."""
    return bool({"ktp", "ektp"} & words) and not {"kartu", "kpj"} & words


PROGRAMME_NAMED = frozenset({"kecelakaan", "jkk", "jkm", "kematian", "meninggal", "accident", "death"})


def _new_card_asked(words: set[str]) -> bool:
    """A new card asked for ("minta kartu baru", "mau bikin kartu baru"): was the scam warning (its "minta")."""
    return "kartu" in words and "baru" in words and bool({"minta", "mau", "bikin", "untuk", "cetak", "ganti", "ingin"}
                                                          & words) and len(words) <= NEW_CARD_WORDS \
        and not (SCAMMERS_WANT | DEATH_WORDS) & words


NEW_CARD_WORDS = 7
HANDSETS = frozenset({"hp", "handphone", "hape", "ponsel", "henpon", "phone"})
PHONE_GONE = frozenset({"hilang", "ilang", "jatuh", "rusak", "kecemplung", "tenggelam", "dicuri", "kecopetan",
                        "dicopet", "dijambret", "lost", "stolen", "broken"})
PHONE_DATA = frozenset({"data", "datanya", "bpjs", "kartu", "kepesertaan"})
"""Not the JMO account ("hp saya hilang, akun jmo saya gimana"): its own answer."""


def _phone_gone(tokens: tuple[str, ...]) -> bool:
    """One's phone lost or broken, and what becomes of one's membership ("sy nelayan, hp sy jatuh ke laut, data bpjs
    gmn"): it was asked whether to report a work accident."""
    words = set(tokens)
    return bool(HANDSETS & words and PHONE_GONE & words and PHONE_DATA & words
                and not (DEATH_WORDS | HURT | REPAID) & words)


REPAID = frozenset({"ganti", "diganti", "santunan", "klaim", "tanggung", "ditanggung", "dibayar", "covered"})
"""The phone itself asked to be paid for ("hp sy dicuri, diganti bpjs ga"): the belongings' answer."""


def card_named(found: Classification) -> bool:
    """"kartu", or "card" typed in English (the normaliser reads it as "cara", and says so in its notes)."""
    tokens = found.normalised.tokens
    return "kartu" in tokens or "cards" in tokens or any(note.startswith("card~") for note in found.normalised.notes)


ARE_YOU = frozenset({"ini", "kamu", "anda", "ya", "kah", "bukan", "sih", "are", "you", "a", "is", "this", "apakah",
                     "beneran", "asli", "min", "kak", "pak", "bu"})
"""Words of a message that only asks whether it is a bot or a person writing ("ini bot ya", "kamu manusia bukan?",
"are you a bot" were the help page, or "not understood")."""


def _bot_or_person_asked(words: set[str]) -> bool:
    """Also a real person asked after ("ini orang beneran?", "are you a real person": the scam answer came)."""
    asked_of = bool({"bot", "manusia", "human"} & words or {"orang", "person"} & words and GENUINE & words)
    return asked_of and bool({"ini", "kamu", "anda", "you", "this"} & words) \
        and words <= ARE_YOU | {"bot", "manusia", "human", "orang", "atau", "person", "real"}


WHO_IS_THIS = frozenset({"siapa", "ini", "kamu", "anda", "kalian", "nomor", "apa", "ya", "sih", "kak", "min", "pak", "bu",
                         "mas", "mbak", "punya", "dari", "mana", "halo", "wa", "whatsapp", "hp",  # "nomor wa ini punya siapa"
                         "saya", "chat", "sama", "dengan", "bicara", "ngobrol",  # "saya chat sama siapa ini"
                         "who", "are", "is", "this"})  # "who are you" was not understood
"""Words of a message that only asks who is writing, or whose number this is."""
STAFF = frozenset({"petugas", "pegawai", "staf", "staff", "orang"})
GENUINE = frozenset({"beneran", "benar", "bener", "asli", "resmi", "aman", "real", "legit", "genuine"})
SCAMMERS_WANT = frozenset({"transfer", "uang", "biaya", "admin", "otp", "sandi", "pin", "bayar", "pulsa", "rekening",
                           "tf", "duit", "money", "pay", "password"})


def _staff_request_doubted(words: set[str]) -> bool:
    """Someone said to be staff, asking for something or visiting, and whether it is genuine asked ("petugas bpjs minta
    foto rumah, itu beneran?", "ada orang ngaku petugas bpjs datang ke rumah"): not money, a PIN or an OTP, which is the
    scam warning's; what is asked may be real. How to make sure, and what staff never ask."""
    return bool(STAFF & words and GENUINE & words and ({"minta", "datang", "survei", "survey", "telpon"} & words)
                and not SCAMMERS_WANT & words and ({"bpjs", "petugas"} & words))


RUN_BY = frozenset({"bikin", "buat", "membuat", "kelola", "ngelola", "mengelola", "dikelola", "jalankan",
                    "menjalankan", "pemilik", "owns", "made", "runs"})
ONLY_ASKING_WHOSE = frozenset({"ini", "dari", "pemerintah", "kota", "bpjs", "ya", "kah", "apa", "apakah", "bot", "chat",
                               "kak", "min", "is", "this", "from", "the", "government", "city"})


ONLY_ASKING_IF_BPJS = frozenset({"permisi", "ini", "bener", "benar", "beneran", "asli", "resmi", "bot", "bpjs", "tk",
                                 "ketenagakerjaan", "apa", "apakah", "kah", "ya", "tidak", "kak", "min", "pak", "bu",
                                 "dari", "punya", "sih", "nih", "halo", "is", "this", "the", "really"}) | THIS_CHAT


ONLY_DOUBTING_THIS_CHAT = frozenset({"ini", "this", "is", "a", "penipuan", "ya", "bukan", "kah", "apa", "apakah", "atau",
                                     "sih", "nih", "kak", "min", "pak", "bu", "halo"}) | THIS_CHAT | THIS_BOT


def _this_chat_doubted(words: set[str]) -> bool:
    """Whether this chat itself is a scam, and nothing else said (a message received would be quoted or told of)."""
    return "penipuan" in words and bool({"ini", "this"} & words) and words <= ONLY_DOUBTING_THIS_CHAT


def _this_is_bpjs_asked(words: set[str]) -> bool:
    """"permisi, ini bener bot bpjs?", "ini bpjs asli?", "hi, is this bpjs?": whether this chat is BPJS's own (was
    "Hati-hati, itu ciri penipuan", as if a message received were asked about)."""
    asked = "ini" in words and bool(OFFICIAL & words or {"bener", "benar"} & words) or {"is", "this", "bpjs"} <= words
    return asked and bool({"bpjs", "bot"} & words) and words <= ONLY_ASKING_IF_BPJS  # not "what is this bot"


def _who_runs_it_asked(words: set[str]) -> bool:
    """Who made or runs this chat ("siapa yang bikin aplikasi ini" got the JMO app's answer, "who runs this bot" the
    menu) or whether it is the city's ("ini dari pemkot?" the status check's NIK question): who it is and is not."""
    # not "nomor wa ini punya siapa", whose answer says whose number it is
    return (bool({"siapa", "who"} & words) and bool(RUN_BY & words)
            and bool((THIS_BOT | THIS_CHAT | {"ini", "this"}) & words)
            or {"siapa", "punya", "bot"} <= words
            or {"dari", "pemerintah"} <= words <= ONLY_ASKING_WHOSE)


SEEING = frozenset({"cek", "lihat", "akses", "buka", "baca", "see", "access"})
"""Normalised: "liat" reads "cek"."""


def _trust_asked(words: set[str], at: str) -> tuple[str, tuple[str, ...]] | None:
    """Whether the bot can be trusted with what it asks: who runs it, what becomes of the data, why the NIK, and how
    to have one's data erased (UU PDP 27/2022; an officer runs the erasure, `kawan erase`)."""
    if THIS_BOT & words and OFFICIAL & words and not _bot_or_person_asked(words) or _who_runs_it_asked(words) \
            or _this_is_bpjs_asked(words):
        return _official_asked(), ("status", "benefits")
    if DIFFERENCE & words and "aplikasi" in words and (THIS_BOT | {"ini", "this"}) & words:
        # "apa bedanya jmo sama bot ini" got how to recover a JMO account
        return _("JMO (Jamsostek Mobile) adalah aplikasi resmi BPJS Ketenagakerjaan, tempat kartu peserta digital dan "
                 "saldo JHT. Kawan Kerja bukan layanan resmi: saya membantu pekerja rentan yang iurannya dibayar "
                 "pemerintah kota, untuk cek kepesertaan, klaim JKK dan JKM, dan usulan lewat ketua RT."), (
            "status", "benefits")
    if ERASING & words and (DATA | PHONE_WORDS | {"nomor"}) & words:
        erased = _("Untuk meminta data Anda dihapus, ketik \"bicara dengan petugas\" dan sampaikan permintaan itu; "
                   "petugas memastikan dulu bahwa data itu milik Anda.")
        if DATA & words:
            return erased, ()
        # "tolong hapus nomor sy dari sistem" got the help page: perhaps only the reminders are unwanted
        return _("Untuk berhenti menerima pengingat, ketik BERHENTI.") + " " + erased, ()
    protected = _("Data Anda dilindungi UU PDP 27/2022: disimpan terenkripsi, NIK saja tidak membuka data kepesertaan "
                  "(perlu bukti bahwa itu data Anda), dan setiap kali petugas membukanya dicatat.")
    if DATA & words and (SAFE & words or STORED & words and (NEGATIONS | ASKING_IN_ENGLISH | {"apa", "apakah", "kah", "mana"}) & words) \
            and not (ASKED_FOR | OTHERS_ASKING) & words:  # "nik sy disimpan ga" was the status check's NIK question
        return protected, ("status",)
    if DATA & words and {"siapa", "who"} & words and SEEING & words:  # "siapa yg bisa liat data sy": was a hand-off
        return _("Data Anda hanya dilihat petugas yang mengurus usulan, klaim atau pertanyaan Anda, masing-masing hanya "
                 "untuk wilayahnya (kelurahan, kecamatan, kota), dan BPJS Ketenagakerjaan untuk pendaftaran dan "
                 "klaim.") + " " + protected, ("status",)
    if "nama" in words and {"tau", "tahu", "know", "knows"} & words and {"bot", "kamu", "anda", "you"} & words \
            and {"saya", "my"} & words:  # "kenapa bot ini tau nama sy": was the help page
        return _("Saya hanya tahu yang Anda kirim di chat ini. Nama dari data kepesertaan hanya ditampilkan, "
                 "disamarkan, setelah Anda membuktikan bahwa itu data Anda (nomor KPJ atau kode ke HP terdaftar).") \
            + " " + protected, ("status",)
    if MISUSED & words and {"nik", "nama", "ktp", "data", "identitas"} & words and (
            {"orang", "lain"} <= words or {"ada", "yang"} <= words or {"dicatut", "disalahgunakan", "someone"} & words):
        # "nik saya dipakai orang lain" got one's claims, "ada yang pakai nama saya daftar bpjs" the enrolment answer
        return _("Jika NIK atau nama Anda dipakai orang lain di BPJS Ketenagakerjaan, laporkan ke kantor cabang atau "
                 "Contact Center 175 dengan membawa e-KTP. Di sini data kepesertaan hanya dibuka dengan bukti (nomor "
                 "KPJ atau kode ke HP terdaftar), bukan dengan NIK saja."), ("status",)
    if "data" in words and USED & words and (WHY | {"apa"}) & words and not OTHERS_ASKING & words:
        return _("Data Anda hanya dipakai untuk layanan ini: memeriksa kepesertaan, mencatat klaim, usulan pendaftaran "
                 "dan pertanyaan ke petugas.") + " " + protected, ("status",)  # "data saya dipakai buat apa" got the NIK question
    if "bot" in words and PERSON & words or "robot" in words or {"bot", "kamu"} & words and CLEVER & words \
            or _bot_or_person_asked(words):
        # "ini bot atau orang" got the help answer; "bot pinter ga" the loan answer, "kamu pintar ga" the JMO app's
        return _("Saya asisten otomatis (bot), bukan petugas. Untuk bicara dengan petugas, ketik \"bicara dengan "
                 "petugas\"."), ()
    if ({"siapa", "nomor", "who"} & words and {"ini", "kamu", "anda", "kalian", "this"} & words
            and words <= WHO_IS_THIS  # "siapa ini", "ini nomor apa": was not understood
            or {"bot", "apa"} <= words <= WHO_IS_THIS | {"bot", "itu", "is", "this"}):  # "apa itu kawan kerja": JKK's page
        return _("Saya Kawan Kerja, asisten otomatis (bot) untuk perlindungan BPJS Ketenagakerjaan pekerja rentan; bukan "
                 "layanan resmi BPJS Ketenagakerjaan. Untuk bicara dengan petugas, ketik \"bicara dengan petugas\"."), (
            "status", "benefits")
    if "bot" in words and ({"berhenti", "stop"} & words or "tidak" in words and {"mau", "pakai", "pake"} & words):
        # "saya mau berhenti pakai bot ini" got the help answer, "saya ga mau pakai bot lagi" the NIK question
        return _("Tidak apa-apa, Anda bisa berhenti kapan saja: cukup tidak membalas. Jika ingin data Anda dihapus, "
                 "ketik \"bicara dengan petugas\"."), ()
    if PROVING & words and {"data", "saya"} & words and "kode" not in words:  # "gimana cara buktikan data saya": JMO's
        return _("Data kepesertaan dibuka dengan NIK dan satu bukti bahwa itu data Anda: nomor KPJ (di kartu peserta atau "
                 "aplikasi JMO), kode yang dikirim lewat WhatsApp ke HP terdaftar, atau nomor HP Anda sendiri jika itu "
                 "yang terdaftar. Tanggal lahir bukan bukti, karena tertulis di dalam NIK."), ("status",)
    if "nik" in words and ((WHY | {"kok", "ngapain"}) & words and (ASKED_FOR | GIVING | NIK_WANTED) & words
                           or {"untuk", "apa"} <= words and len(words) <= 4  # "buat apa nik sy"
                           or NEGATIONS & words and GIVING & words):  # "kenapa saya harus kasih nik": the NIK question
        # ("kok nanya nik", "buat apa nik sy" at the NIK question were "Yang saya perlukan di sini adalah NIK")
        # asked in a claim or a proposal, the NIK is someone else's, for another use
        whose = WHY_ANOTHERS_NIK.get(at.split(".")[0])
        return (str(whose), ()) if whose is not None else (str(WHY_THE_NIK), ("benefits",))
    return None


def _prakerja_named(said: Normalised) -> bool:
    """Kartu Prakerja, as typed: the spelling corrector reads "prakerja" as "pekerja"."""
    return "prakerja~pekerja" in said.notes or {"pra", "kerja"} <= set(said.tokens)


def _selling_said(said: Normalised) -> bool:
    """"jualan" (selling, work at home for many: "masak buat jualan") as typed: the spelling corrector reads it as
    "jalan", and the model was trained so; the work it says is read from the correction's note."""
    return any(note.startswith(("jualan~", "berjualan~", "jualanan~")) for note in said.notes)


WHILE = frozenset({"lagi", "lg", "pas", "sedang", "waktu", "saat", "ketika"})
OFF_DUTY = frozenset({"off", "offline"})


def _off_work(tokens: tuple[str, ...]) -> bool:
    """A day off, time off, or one's own home ("jatuh di rumah", not "di rumah pelanggan"), and no work said with it;
    or work said not to be done then ("pas lagi ga narik, … jalan jalan sama keluarga": was not understood). Outside
    working hours ("di luar jam kerja") keeps the JKK page, as the public set labels it."""
    words = set(tokens)
    not_working = {word for before, word in pairwise(tokens) if before == "tidak" and word in WORKING | JOB_WORDS}
    if any(before in WHILE and word in OFF_DUTY for before, word in pairwise(tokens)) or "offbid" in words:
        return True  # "ojol kecelakaan pas lagi off": the job names who, not what was being done (was the JKK page)
    if (WORKING | JOB_WORDS) & words - not_working:
        return False
    return (bool(not_working) or bool((OFF_WORK | AT_PLAY) & words) or {"main", "bola"} <= words
            or ("jalan", "jalan") in pairwise(tokens) or bool(AT_HOME.search(" ".join(tokens)))
            or {"hari", "off"} <= words or "anak" in words and bool(AT_SCHOOL & words))


def _income_lost(words: set[str]) -> bool:
    """Work missed and money asked for ("sakit ga bisa kerja, dapat uang pengganti?", "selama sakit ga bisa narik, ada
    ganti rugi?"): was the enrolment answer or BPJS Kesehatan's. Normalised: "narik" reads as "ojek"."""
    return _work_missed(words) and bool(INCOME_ASKED & words)


def _work_missed(words: set[str]) -> bool:
    """"… ga bisa narik 2 minggu": said with an illness, asked of the bot, it asks what is paid (the model's guess was
    the enrolment answer for "saya sakit tipes ga bisa narik 2 minggu")."""
    return bool(NEGATIONS & words and ({"kerja", "bekerja", "ojek", "jualan", "dagang"} | JOB_WORDS) & words)


_NOW = frozenset({"sekarang", "skrg", "kini", "now"})
_CHANGING_JOBS = frozenset({"ganti", "pindah", "alih", "change", "changed"})
_WORK_NOUNS = frozenset({"kerja", "pekerjaan", "kerjaan", "profesi", "job", "work"})
_HIRED = frozenset({"dapat", "terima", "diterima", "keterima", "got"})
_WORKPLACES = frozenset({"pabrik", "pt", "cv", "usaha", "perusahaan", "kantor", "toko", "restoran", "hotel", "gudang",
                         "bank", "mall", "minimarket", "indomaret", "alfamart", "swalayan", "supermarket", "factory",
                         "company", "office"})


STORY_TOLD = 2.5
"""An accident's cues this strong tell one ("jatuh", "kecelakaan"): a job's words alone ("kerja", "ojek") do not."""


def _job_changed(tokens: tuple[str, ...]) -> bool:
    """A job left or changed ("saya sudah tidak jadi ojek, sekarang kerja di pabrik" started an accident report with it
    as the story; "saya ganti kerja jadi karyawan toko" was not understood): the cover is for informal work."""
    words = set(tokens)
    if any(first in _CHANGING_JOBS and second in _WORK_NOUNS for first, second in pairwise(tokens)):
        return True
    # a job got ("sy udah dapet kerja di pabrik, masih bisa pake ini?" was JHT's answer), or a workplace's now ("skrg
    # sy kerja di pabrik" was not understood), not an informal job's ("dapat kerjaan ngojek")
    plain = [token for token in tokens if token not in {"a", "an"}]  # "i got a job at a factory"
    if (any(first in _HIRED and second in _WORK_NOUNS for first, second in pairwise(plain))
            or _NOW & words and any(first in {"kerja", "bekerja"} and second in {"di", "at"} and place in _WORKPLACES
                                    for first, second, place in zip(tokens, tokens[1:], tokens[2:], strict=False))) \
            and not (JOB_WORDS | {"ngojek", "narik", "jualan"}) & words:
        return True
    if not _NOW & words:
        return False
    now = min(n for n, word in enumerate(tokens) if word in _NOW)
    before, after = set(tokens[:now]), set(tokens[now + 1:])
    return bool({"tidak", "bukan", "berhenti"} & before and (ALREADY | {"lagi"}) & before
                and {"kerja", "bekerja", "jadi"} & after)


NO_RT_HEAD = frozenset({"rt", "ketuart", "nya", "tidak", "ada", "bagaimana", "kalau", "kalo", "jika", "di", "tempat",
                        "saya", "sini", "kami", "kampung", "ya", "pak", "bu", "min", "terus", "gimana"})
"""All a message saying there is no RT head may hold besides: "gimana kalau rt nya ga ada"."""


_RT_REFUSED = frozenset({"rt", "ketuart", "rtnya", "pak", "bu", "nya", "tidak", "mau", "bisa", "saya", "kok", "min",
                         "kak", "sih", "tapi"})
""""pak rt nya ga mau", said alone (after a reminder to ask the RT head): no verb, and nothing else it could mean."""


LODGING = frozenset({"kos", "kost", "ngekos", "ngekost", "kontrakan", "ngontrak", "kontrak", "numpang", "mess"})
NEWCOMER = frozenset({"pendatang", "perantau", "merantau", "rantau"})
JOINING_HERE = frozenset({"ikut", "daftar", "diusulin", "diusulkan", "usulkan", "usulin", "didaftarkan", "dapat", "bisa"})


FOREIGNER = frozenset({"wna", "foreigner", "expat", "ekspat", "bule"})
FOREIGNERS = FOREIGNER | {"foreigners", "expats"}


def _a_foreigner_told(found: Classification) -> bool:
    """The writer a foreign national ("sy wna", "saya orang asing", "i am a foreigner"), or whether foreigners may join
    ("wna bisa ikut?", "can foreigners join": were how workers are proposed); not a stranger told of ("ada orang asing
    minta data saya": the scam warning)."""
    tokens = found.normalised.tokens
    pairs = set(pairwise(tokens))
    joining = bool(JOINING_HERE & set(tokens)) and not {"minta", "data"} & set(tokens)
    return any(("saya", word) in pairs or ("a", word) in pairs for word in FOREIGNER) \
        or ("saya", "orang") in pairs and ("orang", "asing") in pairs \
        or joining and (bool(FOREIGNERS & set(tokens)) or ("orang", "asing") in pairs)


def _id_card_from_elsewhere(found: Classification) -> bool:
    """One's KTP from another place than where one lives, and whether one can join here ("ktp sy jakarta tp tinggal di
    jambi", "sy pendatang, ktp luar kota, bisa ikut?"). Not one enrolled here who moves away, or lives away ("ktp
    saya beda kota dengan tempat tinggal", joining not asked): the moving answer."""
    words = set(found.normalised.tokens)
    pairs = set(pairwise(found.normalised.tokens))
    living = ("tinggal", "di") in pairs  # not "tinggal kirim foto ktp" (just send it)
    not_a_resident = ("bukan", "warga") in pairs  # "sy bukan warga jambi tp kerja di jambi" was the officers' sign-in
    working_here_but = ("kerja", "di") in pairs and bool({"tp", "tapi", "tpi", "tetapi"} & words)  # "sy kerja di jambi tp
    # ktp palembang": was not understood
    from_elsewhere = "ktp" in words and (bool({"luar", "bukan", "beda"} & words) or living or working_here_but) \
        or bool(NEWCOMER & words)
    moved_here = "baru" in words and bool(MOVING & words)  # "ktp sy masih luar kota, pindah ke jambi baru 2 bulan": was
    # told how one enrolled here goes on after moving away
    return (not_a_resident or from_elsewhere and bool(
        JOINING_HERE & words or living and not _living_elsewhere(words) or ("kerja", "di") in pairs or moved_here)) \
        and not ((set() if moved_here else MOVING) | DEATH_WORDS | HURT | SCAM_MARKS) & words


def _rt_head_not_helping(tokens: tuple[str, ...]) -> bool:
    """"rt saya ga mau ngusulin", "rt nya susah dihubungi", "ketua rt saya belum terdaftar jadi petugas": not
    understood, the hand-off, or the officers' sign-in for someone who is none."""
    words = set(tokens)
    unwilling = bool(NEGATIONS & words and {"mau", "bisa"} & words and (PROPOSING & words or words <= _RT_REFUSED))
    unreachable = bool({"susah", "sulit", "tidak"} & words and {"dihubungi", "hubungi", "ditemui", "ketemu"} & words)
    not_an_officer = bool("petugas" in words and {"belum", "tidak"} & words and "terdaftar" in words)
    # "pak rt saya belum daftarin saya" (not yet, the writer the one to propose: was the officers' sign-in), "gimana
    # kalau rt nya ga ada" (no RT head: was the JKM page)
    not_yet = any(first == "belum" and second in PROPOSING for first, second in pairwise(tokens)) \
        and "saya" in words and "warga" not in words  # not "… belum, kato RT la didaftarkan": said it was done
    no_one = bool("kosong" in words or {"tidak", "ada"} <= words <= NO_RT_HEAD)
    # "pak rt cuma daftarin keluarganya sendiri" (was the officers' sign-in), "rt nya pilih kasih"
    favouring = bool({"cuma", "hanya", "only"} & words and (PROPOSING | PROPOSED) & words and FAVOURED & words
                     or {"pilih", "kasih"} <= words or {"nepotisme", "kkn"} & words)
    # "pak rt sy lagi sakit, siapa yg bisa usulin sy?", "rt sy lagi merantau, …": the officers' sign-in, not understood
    away = bool(RT_HEAD_AWAY & words and (PROPOSING | PROPOSED | {"daftar"}) & words)
    return unwilling or unreachable or not_an_officer or not_yet or no_one or favouring or away


RT_HEAD_AWAY = frozenset({"sakit", "dirawat", "pergi", "merantau", "sibuk", "cuti", "mudik", "umroh", "haji", "away"})


FAVOURED = frozenset({"keluarga", "saudara", "kerabat", "teman", "kenalan", "family", "friends"})


PHONE_BORROWED = lazy_gettext(
    "Boleh memakai HP keluarga atau orang lain. Data kepesertaan dibuka dengan NIK dan nomor KPJ Anda, dan kabar klaim "
    "dikirim ke chat ini; jika HP itu bukan milik keluarga, hapus chatnya setelah selesai. Kode hanya dikirim ke nomor HP "
    "yang terdaftar di BPJS Ketenagakerjaan.")


THEY_OR_KIN = KIN_WORDS | {"dia", "beliau"}


def _someone_elses_lack_of_a_phone(tokens: tuple[str, ...]) -> bool:
    """"cek status ibu sy, dia ga punya hp": the check of someone without a phone asked for (was told one's own record
    opens with one's own NIK and KPJ)."""
    return any(word in THEY_OR_KIN and tokens[at + 1:at + 4] == ("tidak", "punya", "hp") for at, word in enumerate(tokens))


def phone_borrowed(tokens: tuple[str, ...]) -> bool:
    """A phone not one's own used: "saya ga punya hp sendiri, pakai hp anak", "pinjam hp tetangga" ("pinjam" reads as "pinjaman"): the JMO app's
    answer, the loan answer; "klaim lewat hp orang lain bisa?" the belongings' answer."""
    none_of_ones_own = any(word in NEGATIONS and tokens[at + 1:at + 3] == ("punya", "hp")
                           for at, word in enumerate(tokens))  # not "ga punya kpj, hp ada", "hp tidak punya pulsa"
    someone = bool(KIN_WORDS & set(tokens)) or any(pair == ("orang", "lain") for pair in pairwise(tokens))
    borrowed = bool({"pakai", "pake", "lewat", "pinjam", "pinjaman", "minjam", "numpang"} & set(tokens) and someone)
    return none_of_ones_own or "hp" in tokens and borrowed


PASSENGER = frozenset({"penumpang", "passenger", "passengers"})
OTHERS_HURT_ON_THE_ROAD = lazy_gettext(
    "JKK melindungi peserta sendiri, bukan penumpang atau orang lain dalam kecelakaan itu. Yang terluka dalam kecelakaan "
    "lalu lintas bisa mendapat santunan Jasa Raharja: tanyakan ke Jasa Raharja atau polisi yang mencatat kecelakaannya. "
    "Jika Anda sendiri terluka saat bekerja, laporkan kecelakaannya di sini.")
"""A passenger, or the person the writer hit: not the writer's JKK."""
WHO_QUALIFIES = frozenset({"apa", "siapa", "masuk", "kriteria", "who", "what"})
OF_THE_PROGRAMME_ELSE = frozenset({"iuran", "bayar", "cek", "terdaftar", "daftar", "kartu", "uang", "jual", "beasiswa",
                                   "santunan", "klaim", "syarat"})
"""Questions about the programme's payments, one's record, enrolling, or a scam: each has its own answer (the labelled
set's landings: "siapa yang bayar iuran … pekerja rentan?", "saya mau cek apa saya terdaftar pekerja rentan")."""
WHAT_IT_MEANS = frozenset({"apa", "bedanya", "beda", "maksud", "maksudnya", "artinya", "what", "mean", "means"})
"""What a partner hospital is, asked ("apa bedanya rs mitra?", "rs mitra itu apa"): was the JKK page, or at the
report's treatment question the hospital written down."""
QUOTA_WORDS = frozenset({"kuota", "kuotanya", "quota"})
QUOTA_LEFT = frozenset({"berapa", "sisa", "masih", "tersisa", "tinggal", "left", "how"})
"""The quota asked about, not only told full: "berapa kuota rt saya", "sisa kuota masih ada?"."""


CONDOLENCES = lazy_gettext("Turut berduka cita.")
"""For a death outside the writer's family (understanding.SORRY_FOR_LOSS names "keluarga Anda"), or of a spouse no
longer one's own."""
DIVORCE = frozenset({"cerai", "bercerai", "diceraikan", "menceraikan", "talak", "divorce", "divorced"})
RIGHTS_ASKED = frozenset({"berhak", "hak", "dapat", "bpjs", "santunan", "ahli", "waris", "bagaimana", "masih", "klaim",
                          "kepesertaan"})


def _divorce_asked(found: Classification) -> bool:
    """A marriage ended or ending, or spouses living apart, and what becomes of the cover or the right to the death
    benefit. Not an ex-employee ("mantan karyawan"): the ex is a spouse."""
    tokens = found.normalised.tokens
    pairs = set(pairwise(tokens))
    words = set(tokens)
    ended = bool(DIVORCE & words) or ("pisah", "rumah") in pairs \
        or ("mantan", "istri") in pairs or ("mantan", "suami") in pairs
    # A death told beside it asks too: "suami meninggal, sy udah cerai" began a claim as the widow
    return ended and bool((RIGHTS_ASKED | DEATH_WORDS) & words) and found.intent is not Intent.SCAM


def _passenger_hurt_asked(found: Classification) -> bool:
    """Whether a driver's passenger hurt is covered ("penumpang saya yang luka dapat jkk?", "kalau tabrakan penumpang luka
    ditanggung?"): was the JKK page, which covers the participant alone. Not an accident told (the report: the driver may
    be hurt too), nor one where the writer is hurt ("saya dan penumpang luka")."""
    tokens = found.normalised.tokens
    words = set(tokens)
    writer_hurt = any(word in FIRST_PERSON and tokens[n + 1] in HURT and tokens[n + 2:n + 3] != ("penumpang",)
                      for n, word in enumerate(tokens[:-1]))  # not "my injured passenger"
    told_of = tokens[:1] != () and tokens[0] in PASSENGER and bool({"bisa", "klaim", "claim", "dapat"} & words)  # "penumpang
    # sy jatuh dr motor, bisa klaim?" (was told JKK covers it, and asked whether to report), "…, dia dapet?": the
    # passenger first, asked of
    return (bool(PASSENGER & words) and bool((HURT | MISHAP if told_of else HURT) & words)
            and bool((COVERED | {"dapat", "jkk"}) & words or told_of)
            and (found.intent not in CLAIMS or told_of) and not writer_hurt and not {"saya", "dan"} <= words)


_HOMEMAKER = re.compile(r"\b(?:ibu rumah tangga|irt|housewife|homemaker)\b")
"""A homemaker asked about ("istri sy ibu rumah tangga bisa didaftarkan?"): was the enrolment answer, as if a worker. One
who also works ("ibu rumah tangga yang jualan online") is one, and gets it."""
ENROLMENT_ASKED = frozenset({"daftar", "daftarkan", "masuk", "peserta"})  # normalised: "ikut", "join" read "daftar"


def _works_too(found: Classification) -> bool:
    """A job named, "jualan" as typed too (_selling_said)."""
    return bool(JOB_WORDS & set(found.normalised.tokens)) or _selling_said(found.normalised)


NO_WORK = frozenset({"pengangguran", "nganggur", "menganggur", "unemployed", "jobless"})


OTHER_JOBS = frozenset({"satpam", "security", "guru", "honorer", "tukang", "penjahit", "kurir", "kasir", "pelayan", "mua",
                        "freelance", "freelancer", "cleaning", "ob", "art", "pembantu", "penjaga", "montir", "mekanik",
                        "bengkel", "sales", "karyawan", "pegawai", "buruh", "pabrik", "cukur", "barber", "penjual",
                        "sopir", "supir", "driver", "pekerja", "ojek", "ngojek"})
"""Jobs people tell besides the proposals' list ("sy satpam perumahan", "sy guru honorer", "sy MUA freelance")."""
JOB_TOLD_AT_MOST = 6


JOBS_TOLD = frozenset({"saya", "kerja", "bekerja", "di", "tempat", "dengan", "dan", "jadi", "sebagai", "juga", "jalan",
                       "dua", "tiga"})
"""Besides the jobs themselves, the words of one's jobs told ("sy kerja di 2 tempat, ojol sama jualan": "jualan" reads
"jalan", "sama" "dengan"): a word beyond them may be a harm the sets do not know ("kelindes")."""


def only_jobs_told(tokens: tuple[str, ...]) -> bool:
    return all(token in JOBS_TOLD or token in JOB_WORDS or token in OTHER_JOBS or token.isdigit() for token in tokens)


def job_told_besides_the_list(normalised: Normalised) -> bool:
    """One's job told and no more, none of the proposals' list ("sy satpam perumahan" was the loan answer, "sy tukang
    cukur" not understood, "sy buruh pabrik" the JHT answer): whom the programme is for, and who decides (the list's own
    jobs are said to be one, when that is all the message says). Or one's jobs told in more words, of the list or not
    ("sy kerja di 2 tempat, ojol sama jualan", "kerja di bengkel": not understood)."""
    tokens = normalised.tokens
    if tokens and tokens[0] in FIRST_PERSON | {"kerja", "bekerja"} and (JOB_WORDS | OTHER_JOBS) & set(tokens) \
            and only_jobs_told(tokens) and (len(tokens) > JOB_TOLD_AT_MOST or tokens[0] not in FIRST_PERSON):
        return True
    return (2 <= len(tokens) <= JOB_TOLD_AT_MOST and tokens[0] in FIRST_PERSON and bool(OTHER_JOBS & set(tokens))
            and (job_named(normalised.text) is None or bool((ON_A_PAYROLL - {"buruh"}) & set(tokens))))  # a factory's
    # "buruh" is no day labourer


def _who_is_covered_asked(words: set[str]) -> bool:
    """Who the programme is for ("apa itu pekerja rentan" got the contribution rates, "pedagang kaki lima termasuk pekerja
    rentan?" the status check): PRODUCT.md's "informal workers who earn no wage". One with no work asking to join ("sy
    pengangguran, bisa daftar?" was told how workers are enrolled, as if a worker) is told whom it is for."""
    if NO_WORK & words and {"daftar", "bisa", "boleh"} & words:
        return True
    if {"harus", "wajib"} & words and {"punya", "usaha"} <= words:  # "harus punya usaha?": was not understood
        return True
    if "rentan" in words and WHO_QUALIFIES & words:
        return not OF_THE_PROGRAMME_ELSE & words
    return {"siapa", "daftar"} <= words and bool({"bisa", "boleh", "saja"} & words) \
        and bool({"program", "ini", "bpjs"} & words) and not (KIN_WORDS | FIRST_PERSON) & words \
        and not (OF_THE_PROGRAMME_ELSE - {"daftar"}) & words
    # "siapa aja yg bisa ikut program ini" ("ikut" reads "daftar") was told how one is enrolled, not who may be


def commute_asked(found: Classification) -> bool:
    """Whether the way to or from work counts, asked inside a report ("kalau di jalan pulang termasuk ga?" at the place
    question was written down as the place); in English too ("is the way home covered?")."""
    tokens = found.normalised.tokens
    words = set(tokens)
    asking = (tokens[-1:] == ("tidak",) or bool((QUESTION_WORDS | {"apakah"}) & words)  # "… termasuk ga?"
              or tokens[:1] != () and tokens[0] in ASKING_IN_ENGLISH)  # "is the way home covered?"
    return (bool({"pulang", "berangkat", "perjalanan", "home", "commute", "commuting"} & words)
            and bool({"masuk", "ditanggung", "tanggung", "dapat", "manfaat", "count"} & words) and asking)


DEADLINE = frozenset({"batas", "kadaluarsa", "kedaluwarsa", "kadaluwarsa", "hangus", "deadline", "tenggat", "expire",
                      "expires", "expired"})
"""A claim's deadline asked ("batas waktu klaim jkk" and "deadline lapor kecelakaan kerja" started accident reports with
the question as the story, "batas waktu klaim jkm" a death claim with condolence; "klaim bisa hangus ga" was not
understood, "deadline klaim jkk kapan" one's claims): FACTS.md §6, for the programme named, or both. A claim of one's
own that may be void ("klaim saya hangus ga") stays one's claims. Where the model found a benefit page, which says the
deadline too, the page stays (the labelled set's landing: tried everywhere, it moved a held-out message). A death named
without a case ("klaim kematian ada batas waktunya?") was the question whether to claim now."""


INSTALMENTS = frozenset({"cicil", "dicicil", "cicilan", "nyicil", "angsur", "diangsur", "angsuran", "bertahap",
                         "sekaligus", "instalment", "instalments", "installments"})
"""Whether a benefit is paid at once or in parts (FACTS.md §3: the 24 months' income is paid at once too)."""
LOCKED_OUT = frozenset({"kunci", "dikunci", "terkunci", "blokir", "diblokir", "terblokir", "keblokir", "locked",
                        "blocked"})


def _lockout_asked(found: Classification) -> bool:
    """Why one's check was locked, or when it opens ("kenapa dikunci", "kok diblokir"): was not understood. Not the
    JMO app's account ("akun jmo sy terblokir"), which has its own answer."""
    words = set(found.normalised.tokens)
    asking = {"kenapa", "mengapa", "kok", "why", "kapan", "bagaimana", "berapa", "lama", "how", "when"} & words
    return bool(LOCKED_OUT & words) and found.intent is not Intent.APP and len(words) <= LOCKOUT_ASKED_WORDS \
        and bool(asking or len(words) <= 2) \
        and not ({"akun", "aplikasi", "atm", "rekening", "hp", "kartu"} | DEATH_WORDS) & words


LOCKOUT_ASKED_WORDS = 8


_YEAR_OF_IT = re.compile(r"\b(?:tahun|thn|th|taun|year)?\s*((?:19|20)\d\d)\b|\b(\d{1,2})\s*(?:tahun|thn|th|taun|years?)\s*"
                         r"(?:lalu|yang lalu|yg lalu|kemarin|kemaren|ago)\b|\b(?:tahun|thn|taun)\s+(?:lalu|kemarin|kemaren)\b"
                         r"|\blast\s+year\b", re.IGNORECASE)
"""A year told (2020), so many years ago, or last year ("kecelakaan taun lalu bisa diklaim ga" got the JKK page)."""
ACCIDENT_OF_OLD = MISHAP - {"terluka", "luka"} | frozenset({"jkk", "ditabrak", "tabrak", "accident"})
CLAIM_ASKED = frozenset({"klaim", "bisa", "masih", "claim", "can"})


def _old_accident(ctx: Ctx[Any], found: Classification) -> tuple[str, tuple[str, ...]] | None:
    """An accident of a year long gone and whether it can still be claimed ("kecelakaan thn 2020 bisa klaim?" got the JKK
    page, "jatuh dari motor tahun 2019, masih bisa klaim jkk?" the question whether to report it now): FACTS.md §6, the
    right lapses 5 years after the accident, said for the year told; the branch decides."""
    words = set(found.normalised.tokens)
    said = _YEAR_OF_IT.search(found.normalised.text)
    if said is None or not ACCIDENT_OF_OLD & words or not CLAIM_ASKED & words \
            or (DEATH_WORDS | NOT_THE_ACCIDENTS_YEAR) & words \
            or ("sudah", "klaim") in pairwise(found.normalised.tokens):  # "…, udah diklaim": was told to report it now
        return None
    years = ctx.today.year - int(said[1]) if said[1] else int(said[2]) if said[2] else 1
    rules = rules_on(ctx.today) or PP_82_2019
    if years < 1 or years > MAX_YEARS_BACK:
        return None  # this year's, or no year of an accident: the report asks its date
    if years < rules.jkk_claim_expiry_years:  # one's own case told ("sy korban kecelakaan kerja 2 thn lalu, tangan
        # cacat, blm pernah klaim") is reported, its late report said there
        return None if found.own_case else (right_kept_text(rules), ("accident",))
    if years == rules.jkk_claim_expiry_years:
        return _("Hak klaim JKK berlaku {years} tahun sejak kecelakaan: untuk kecelakaan {when}, tergantung tanggalnya. "
                 "Laporkan segera; kantor cabang yang memutuskan.").format(
            years=rules.jkk_claim_expiry_years, when=_when_said(said, years)), ("accident",)
    return _("Hak klaim JKK berakhir {years} tahun setelah kecelakaan: untuk kecelakaan {when}, waktu itu sudah lewat. "
             "Kantor cabang BPJS Ketenagakerjaan yang memastikan.").format(
        years=rules.jkk_claim_expiry_years, when=_when_said(said, years)), ("benefits",)


MAX_YEARS_BACK = 60
NOT_THE_ACCIDENTS_YEAR = frozenset({"lahir", "umur", "usia", "born", "age", "daftar", "terdaftar", "gabung", "peserta",
                                    "sejak", "since", "kalau", "jika", "if", "nik", "kpj", "lagi", "again"})
"""A year of something else ("sy lahir tahun 1990, kalo kecelakaan bisa klaim?"), an accident supposed, or a claim made
then and asked again ("sudah klaim jkk tahun lalu, bisa klaim lagi?")."""


def _when_said(said: re.Match[str], years: int) -> str:
    return _("tahun {year}").format(year=said[1]) if said[1] else ngettext(
        "{n} tahun lalu", "{n} tahun lalu", years).format(n=years)


def jkk_deadline_text(rules: RuleSet) -> str:
    """FACTS.md §6: the 2×24 hours, and what reporting later does not do."""
    return _("Kecelakaan kerja dilaporkan dalam 2×24 jam.") + " " + right_kept_text(rules)


def _deadline_asked(ctx: Ctx[Any], found: Classification) -> str | None:
    words = set(found.normalised.tokens)
    asked = DEADLINE & words or {"paling", "lambat"} <= words or {"kapan", "terakhir"} <= words \
        or {"berapa", "hari"} <= words and bool({"lapor", "dilaporkan", "melapor", "report"} & words)  # "lapor
    # kecelakaan harus dlm brp hari": was the question whether to report now, the days unsaid; "kapan terakhir klaim
    # bisa diajukan": one's claims
    if not asked or not ({"klaim", "lapor", "jkk", "jkm", "kecelakaan", "claim"} & words) or "kali" in words \
            or found.intent not in (*CLAIMS, Intent.UNKNOWN) and not _other_programmes_page(found) \
            and not (found.intent is Intent.TRACK and ((DEADLINE - {"hangus"}) & words or {"kapan", "terakhir"} <= words
                                                       and not FIRST_PERSON & words)) \
            or (HURT - DEATH_WORDS | RECENT_WORDS | KIN_WORDS) & words or _numbered(found.normalised) \
            or FIRST_PERSON & words and "kecelakaan" in words:
        return None  # "batas berapa kali" is how often; a case told ("saya kecelakaan, …") is its claim's
    rules = rules_on(ctx.today) or PP_82_2019
    jkk = jkk_deadline_text(rules)
    jkm = jkm_has_no_deadline()
    if "jkm" in words or DEATH_WORDS & words:
        return jkm if not {"jkk", "kecelakaan"} & words else f"{jkk}\n{jkm}"
    return jkk if {"jkk", "kecelakaan"} & words else f"{jkk}\n{jkm}"


YOUNG_CHILD_PAID = lazy_gettext(
    "Anak yang masih kecil tidak mengurangi santunan kematian: santunannya dibayar ke ahli waris yang mengurus klaim. "
    "Untuk anak ada beasiswa (paling banyak 2 anak) jika iuran almarhum sudah 3 tahun atau lebih, atau jika meninggalnya "
    "karena kecelakaan kerja; anak yang belum sekolah mendapatkannya saat mulai sekolah.")
"""FACTS.md §4 and §8."""


def _young_childs_share_asked(words: set[str]) -> bool:
    """What a young child of the deceased gets, asked without the death retold ("anak sy msh kecil, santunannya gmn")."""
    young = bool({"kecil", "bayi", "balita"} & words) or {"belum", "sekolah"} <= words
    return "anak" in words and young and bool({"santunan", "beasiswa"} & with_nya_off(words)) \
        and bool({"bagaimana", "gimana", "apa", "dapat", "bisa"} & words) and not (DEATH_WORDS | HURT | MISHAP) & words


WHO_IS_THE_RT_HEAD = lazy_gettext(
    "Saya tidak punya daftar ketua RT. Tanyakan ke tetangga atau kantor kelurahan siapa ketua RT tempat Anda tinggal: "
    "ketua RT itulah yang bisa mengusulkan Anda.")
_ABOUT_AN_RT_HEAD = frozenset({"ketuart", "rt", "head", "is", "my", "the", "saya", "sy", "aku", "nya", "ya", "di", "sini",
                               "tempat", "kami", "tau", "tahu", "bagaimana", "cara", "cari", "mencari", "find", "how",
                               "out", "know", "yang", "mana"})


def _rt_head_asked_who(words: set[str]) -> bool:
    """Who one's RT head is ("ketua rt nya siapa", "who is my rt head"), asked in so many words and no more."""
    return bool(WHO & words) and ("ketuart" in words or {"rt", "head"} <= words) and words <= WHO | _ABOUT_AN_RT_HEAD


def _sooner(words: set[str]) -> bool:
    """Paid sooner, or ahead ("biaya pemakaman bisa diambil duluan?" got the loan answer)."""
    return bool(SOONER & words) or "duluan" in words and bool({"ambil", "cair", "dibayar"} & words)


TWICE = frozenset({"double", "dobel", "ganda", "twice"})


def _paid_twice(words: set[str]) -> bool:
    """The contributions paid both by oneself and by the city."""
    return bool((TWICE & words or {"dua", "kali"} <= words) and {"sendiri", "mandiri"} & words and PAYERS & words
                and {"bayar", "dibayar", "iuran"} & words)


def how_long_asked(words: set[str]) -> bool:
    """Not of the city paying ("sampai kapan dibayar pemkot?" got the claims' payout rules)."""
    return any(asking <= words for asking in HOW_LONG) and bool(PAYOUT & words) and not (CONTRIBUTION | PAYERS) & words


def jkm_in_short(sex: Literal["L", "P"] | None) -> str:
    """FACTS.md §3 and §5: said to an heir asking whether the family gets anything, before the question whether to
    claim now ("apa bisa dapat santunan?" was asked only that). `sex`: the deceased's, when the message told."""
    benefit = jkm_benefit(PP_82_2019, None)
    return _("Bisa, jika {deceased} terdaftar aktif pada tanggal meninggal: ahli waris menerima santunan kematian "
             "{total}, lebih besar jika karena kecelakaan kerja.").format(
        deceased=death.deceased(death.DeathDraft(deceased_sex=sex)), total=format_money(benefit.cash_total))


def heirs_in_order() -> str:
    """FACTS.md §8, said to an heir asking who may claim."""
    return _("Yang berhak mengurus klaim, berurutan: istri/suami atau anak; jika tidak ada, orang tua, kakek/nenek atau "
             "cucu; lalu saudara kandung; lalu mertua.")


def jkm_has_no_deadline() -> str:
    """FACTS.md §6: said to the deadline asked, and to an heir asking whether an old death can still be claimed."""
    return _("Klaim JKM (kematian) tidak punya batas waktu, tetapi ajukan secepatnya.")


def _other_programmes_page(found: Classification) -> bool:
    """The model guessed the page of the programme not named ("jkk kadaluarsa berapa tahun": the JKM page)."""
    words = set(found.normalised.tokens)
    return found.by_model and (found.intent is Intent.JKM_INFO and "jkk" in words and "jkm" not in words
                               or found.intent is Intent.JKK_INFO and "jkm" in words and "jkk" not in words)


def _claimed_again(found: Classification) -> bool:
    """"klaim jkk bisa berapa kali" got the JKM page, "sudah klaim jkk tahun lalu, bisa klaim lagi?" one's claims, "kalau
    kecelakaan lagi bisa klaim lagi ga" the JKK page: each accident is a case of its own. Not a death (once), nor an
    accident told ("saya kecelakaan lagi, mau klaim": the report)."""
    words = set(found.normalised.tokens)
    how_often = "kali" in words and bool({"berapa", "batas"} & words)  # not "batas waktu klaim jkk": the deadline
    again = "lagi" in words and bool((ALREADY | {"pernah", "kalau"}) & words)  # not "lagi" alone: "now", too
    # "saya pernah klaim jkk tahun lalu, bisa klaim lagi?" reads as an accident told: one once had, no new one
    once = "pernah" in words and not ({"kemarin", "tadi", "semalam", "barusan"} & words
                                      or find_injury(found.normalised.text))
    return (bool(CLAIM & words) and ("jkk" in words or "kecelakaan" in words) and (how_often or again)
            and (found.intent not in CLAIMS or once) and not (DEATH_WORDS | {"jkm"}) & words)


def _since_when(tokens: tuple[str, ...]) -> bool:
    return any(first in {"sejak", "dari", "since"} and second == "kapan" for first, second in pairwise(tokens))


def _nik_not_found(found: Classification) -> bool:
    """"nik saya ga ketemu katanya", "nik saya tidak ditemukan": the scam warning, the NIK question. "nik saya tidak
    terdaftar" stays the status check, as the labelled set has it."""
    words = set(found.normalised.tokens)
    return ("nik" in words and bool(NEGATIONS & words) and bool(NOT_FOUND & words)
            and not _numbered(found.normalised) and not (CLAIM | DEATH_WORDS) & words)


def _paid_to_whom(tokens: tuple[str, ...]) -> bool:
    """"itu dibayar ke siapa" under a benefit's page: who receives it (was who pays the contribution, "siapa" and
    "dibayar" being its words too). Not a contribution named ("iuran dibayar ke siapa")."""
    return ("ke", "siapa") in pairwise(tokens) and bool(PAID_TO & set(tokens)) \
        and not CONTRIBUTION & set(tokens)


PAID_TO = frozenset({"dibayar", "ditransfer", "dikirim", "masuk", "cair", "diberikan", "dikasih"})


def _how_paid_out(words: set[str]) -> bool:
    """"santunan kematian bisa diambil di bank mana" (the JKM page), "uangnya ditransfer atau diambil tunai" (not
    understood), "uang santunan bisa diambil di mana" (the JKM page): into an account, the heir's for a death."""
    return bool(({"bank", "tunai", "cash"} & words and {"ambil", "transfer", "dibayar", "cair"} & words
                 or {"ambil", "mana"} <= words)
                and {"santunan", "uang", "dana", "klaim"} & words) \
        or bool({"tunai", "cash", "pos"} & words and {"ambil", "cair", "dibayar"} & words  # "bisa diambil tunai?",
                and len(words) <= PAID_OUT_HOW_AT_MOST and "transfer" not in words)  # "cairnya lewat pos bisa?"


def _where_paid_into(tokens: tuple[str, ...]) -> bool:
    """"santunan nya dikirim kemana", "kl klaim jkm uang nya ditransfer kmn", "duit klaim nya cair lewat apa": into an
    account (were the JKM page, "not understood" and one's claims), asked even of a case supposed ("kalau …"). Money
    named: "berkas klaim dikirim kemana" asks where papers go."""
    words = set(tokens)
    return bool(PAID_MONEY & words and PAID_HOW & words
                and ({"mana", "kmn"} & words or ("lewat", "apa") in pairwise(tokens)))


PAID_MONEY = frozenset({"santunan", "santunannya", "uang", "uangnya", "duit", "dana"})
PAID_HOW = PAID_TO | frozenset({"transfer", "kirim", "bayar"})  # and their stems, as the normaliser gives them
PAID_OUT_HOW_AT_MOST = 6
"""Words of a short question how a benefit is paid out naming no benefit ("bisa diambil tunai?"): a longer one may be a
caller's offer."""


def _death_told(found: Classification) -> bool:
    """A death in the message, not only the name of its certificate ("akta kematian" reads "akta meninggal")."""
    deaths = sum(word in DEATH_WORDS for word in found.normalised.tokens)
    return deaths > (Doc.DEATH_CERTIFICATE in documents_named(found.normalised.text))


CORRECTING = frozenset({"salah", "keliru", "ganti", "ubah", "diubah", "mengubah", "ubahin", "perbaiki", "memperbaiki",
                        "diperbaiki", "benerin", "benerinnya", "betulkan", "koreksi", "ralat", "edit", "revisi", "mistake",
                        "wrong", "change", "correct", "fix"})
_RECORDED = re.compile(r"\b(?:klaim\w*|claim|laporan\w*|report)\b")
CORRECTING_A_CLAIM = lazy_gettext(
    "Data klaim yang sudah dicatat tidak bisa diubah lewat chat. Jika klaimnya masih draf, batalkan (pilih \"Cek klaim\", "
    "pilih klaimnya, lalu ketik \"batal\") dan mulai lagi dengan data yang benar. Jika sudah diajukan, ketik \"bicara "
    "dengan petugas\" dan sebutkan nomor klaim serta apa yang salah.")


CHANNEL_ACCOUNT = PHONE_WORDS | {"nomor", "telegram", "akun"}
ACCOUNT_LOST = frozenset({"ganti", "hilang", "baru", "rusak", "dicuri", "diganti", "pindah"})


def claims_on_a_lost_number_asked(found: Classification) -> bool:
    """Whether one's claims are lost with the phone or the number ("sy ganti nomor wa, klaim sy hilang ga", "hp sy
    hilang, klaimnya gimana"): was how to correct a recorded claim, or the (empty) list of the new number's claims."""
    words = set(found.normalised.tokens)
    report_kept = {"lapor", "kecelakaan"} <= words and bool({"masih", "tetap", "aman"} & words)  # not a report to make
    return bool(("klaim" in words or report_kept) and CHANNEL_ACCOUNT & words and ACCOUNT_LOST & words) \
        and not {"rekening", "bank", "nik", "nama"} & words


CLAIMS_KEPT_ELSEWHERE = lazy_gettext(
    "Klaim yang sudah dicatat tidak hilang: tetap tersimpan dan diperiksa petugas. Tetapi di sini klaim hanya terlihat "
    "dari nomor atau akun yang mencatatnya. Dari nomor baru, tanyakan kabarnya ke kantor cabang atau Contact Center 175 "
    "dengan nomor klaimnya, atau ketik \"bicara dengan petugas\".")


def claim_correction_asked(found: Classification, text: str) -> bool:
    """A recorded claim's data to put right ("salah ketik nik almarhum di klaim" began a new death claim, "tanggal
    kecelakaan di laporan saya salah" a new report): never a new case, whatever else the words tell. Not a paper
    (sent again: `_resend_asked`), nor a paper or a rule named beside the claim ("dokumen klaim salah")."""
    words = set(found.normalised.tokens)
    correcting = CORRECTING & words - ({"ganti"} if "rugi" in words else set())  # "klaim ganti rugi": compensation
    return bool(correcting and _RECORDED.search(text.casefold())) and not documents_named(
        found.normalised.text) and not (SENDING | {"dokumen", "berkas", "foto"}) & words


def enrolment_requirements_asked(found: Classification) -> bool:
    """What enrolment needs ("apa syarat daftar jadi peserta"): the documents of a death claim were the answer (the
    model's JKM guess, and "syarat"). Not a claim's papers, nor an RT head's proposal, nor papers sent."""
    words = set(found.normalised.tokens)
    return bool(REQUIREMENT_WORDS & words and JOINING & words) and not (
        CLAIM | DEATH_WORDS | SENDING | {"klaim", "santunan", "rt", "ketuart", "usulan", "warga"}) & words


PAPER_GOT = frozenset({"dapat", "ada", "jadi", "keluar", "got", "have"})
NEXT_OR_WHERE = frozenset({"terus", "trus", "lalu", "selanjutnya", "berikutnya", "kmn", "kemana", "mana", "then", "next",
                           "where"})


def _paper_got_what_next(found: Classification) -> bool:
    """A claim's paper now at hand, and what next or where it goes ("akta kematian udh jadi, trus?", "sy udh dpt surat
    dokter, kirim kmn"): was "not understood", or the status check's NIK question."""
    words = set(found.normalised.tokens)
    return bool(ALREADY & words and PAPER_GOT & words and NEXT_OR_WHERE & words
                and (documents_named(found.normalised.text) or "surat" in words))


def _resend_asked(found: Classification) -> bool:
    """A paper sent wrong or blurred, to send again or to be taken away ("dokumen yg saya kirim salah", "foto ktp nya
    buram, kirim ulang bisa?", "tolong hapus foto ktp yang salah"): was how papers are sent at all, or at a checklist
    "kirim dokumen …" again."""
    words = set(found.normalised.tokens)
    again = (SENDING | {"ulang"}) & words and (CORRECTING | {"buram", "blur", "ulang", "dihapus", "hapus"}) & words
    removed = {"hapus", "dihapus", "hapusin"} & words and CORRECTING & words  # "hapus foto ktp yang salah"
    papers = bool({"dokumen", "berkas", "foto"} & words or documents_named(found.normalised.text))
    replaced = any(first in REPLACING and second in {"foto", "dokumen", "berkas"}  # "mau ganti foto ktp yg tadi": was
                   for first, second in pairwise(found.normalised.tokens)) \
        and bool({"dokumen", "berkas"} & words or documents_named(found.normalised.text))  # not understood
    return bool((again or removed) and papers or replaced)


REPLACING = frozenset({"ganti", "mengganti", "diganti", "ganti2", "tukar", "replace"})


TAX = frozenset({"pajak", "pph", "tax", "taxed", "taxes"})
TAX_HEDGE = lazy_gettext("Soal pajak atas santunan belum bisa saya pastikan; kantor cabang BPJS Ketenagakerjaan yang "
                         "memastikan jumlah yang diterima.")


def tax_asked(found: Classification) -> bool:
    """Whether a benefit is taxed: FACTS.md does not say, so the page of the amounts comes with that said (the page
    alone was the model's answer). "tinggal transfer pajak dulu" is the scam warning's."""
    words = set(found.normalised.tokens)
    return bool(TAX & words and (PAID_OUT | {"manfaat", "jkk", "jkm", "beasiswa"}) & words) and "transfer" not in words \
        and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM
BANKS = frozenset({"bank", "bri", "bni", "bca", "bsi", "btn", "mandiri", "bpd"})
"""A bank named with an account asked about ("rekening saya bank bri bisa?" got the hand-off)."""


def _which_bank_asked(words: set[str]) -> bool:
    """Which bank must be used, asked ("harus bank bni?", "bank apa aja bisa": not understood): the branch says."""
    return "bank" in words and bool({"harus", "wajib", "apa", "mana", "bisa", "boleh"} & words) \
        and len(words) <= WHICH_BANK_AT_MOST \
        and not (DEATH_WORDS | CLAIM | {"transfer", "pinjam", "pinjaman", "kredit"}) & words  # "klaim bisa di bank ga":
    # where a claim is made


WHICH_BANK_AT_MOST = 6


def _account_name_differs(words: set[str]) -> bool:
    """"nama di ktp dan rekening beda": was not understood."""
    return bool((ACCOUNT | {"tabungan"}) & words) and "nama" in words and bool({"beda", "berbeda", "lain"} & words)


def _account_in_the_deceaseds_name(words: set[str]) -> bool:
    """"rekening saya atas nama almarhum, bisa?" was asked whether to start a claim, "rekening almarhum masih bisa
    dipake?" told a JKM claim has no deadline, "buku tabungan atas nama almarhum boleh?" not understood: the heir's
    account is paid. Not a death told with it ("… meninggal kemarin, rekening atas nama siapa?": the claim, whose list
    says it)."""
    used = {"atas", "nama"} <= words or bool((USED | {"pake", "masuk"}) & words)
    return bool(ACCOUNT & words or BANK_BOOK <= words) and "meninggal" in words and used and not RECENT_WORDS & words



def _whose_account(words: set[str]) -> bool:
    """"buku tabungan atas nama siapa": whose name the account is in (was the JKM page); or which of two ("rekeningnya
    atas nama anak atau ibunya": was the scam warning)."""
    return bool((ACCOUNT | {"tabungan"}) & words) and {"atas", "nama"} <= words \
        and ("siapa" in words or "atau" in words and bool(KIN_WORDS & words))


PROGRAMMES = frozenset({"jkk", "jkm", "jht", "jkn", "jp", "asik"})
"""A programme or the Lapak Asik channel named: "klaim jht lewat lapak asik" claims no stall."""


LOCAL_OFFICE = frozenset({"rt", "rw", "ketuart", "kelurahan", "lurah", "desa", "kecamatan", "camat"})
"""Where officers sit, below the city: a letter asked from one, an officer naming their post ("saya petugas
kelurahan")."""
MONEY = frozenset({"uang", "bayar", "biaya", "admin", "transfer", "rp", "pulsa", "otp", "pin", "rekening", "duit",
                   "ribu", "rb", "juta", "jt", "money", "fee", "pay"})
"""Money, or what opens it, asked for or named: a scam's mark beside an officer's request."""


def _letter_asked_for(found: Classification) -> bool:
    """A letter from the RT or the kelurahan that the branch asked for ("td sy dtg ke kantor bpjs katanya harus bawa surat
    dari rt", "petugas bpjs suruh bawa surat pengantar rt"): the model's guess was the scam warning. Money asked with it
    is still one."""
    words = set(found.normalised.tokens)
    guessed_a_scam = found.intent is Intent.SCAM and found.by_model and not found.cues
    told_to = found.intent is Intent.UNKNOWN and bool(TOLD_TO & words)  # "sy disuruh bikin surat keterangan kerja dari
    # rt": was not understood
    return ((guessed_a_scam or told_to) and "surat" in words
            and bool(LOCAL_OFFICE & words) and not MONEY & words and not _numbered(found.normalised))


TOLD_TO = frozenset({"disuruh", "suruh", "diminta", "minta", "katanya"})


def _branch_visit_asked(found: Classification) -> bool:
    """Asked by an officer to come to the branch office ("petugas minta sy datang ke kantor cabang, harus bawa apa"): the
    model's guess was the scam warning. Money asked with it is still one."""
    words = set(found.normalised.tokens)
    return (found.intent in (Intent.SCAM, Intent.UNKNOWN) and not found.cues and bool(TOLD_TO & words)
            and bool({"datang", "ke"} <= words) and "kantor" in words and bool({"cabang", "bpjs"} & words)
            and not MONEY & words and not _numbered(found.normalised))


def _property_claimed(found: Classification) -> bool:
    """A thing named as what is claimed ("bisa klaim motor ga" got the loan answer, "can i claim for my motorbike" one's
    claims), with no mishap told: it is not covered."""
    tokens = found.normalised.tokens
    return not (MISHAP | PROGRAMMES) & set(tokens) and any(
        word in CLAIM and PROPERTY & set(tokens[n + 1:n + 4]) for n, word in enumerate(tokens))


def _must_pay_asked(tokens: tuple[str, ...]) -> bool:
    """"do i need to pay anything", "is there a fee" (English; were not understood): whether a claim or this help costs."""
    return any(first in {"need", "have", "must"} and second in {"to", "pay"} for first, second in pairwise(tokens)) \
        and "pay" in tokens or tokens[-2:] in (("a", "fee"), ("any", "fee"))


def _claim_pays_asked(tokens: tuple[str, ...]) -> bool:
    """Whether a claim costs anything, asked yes or no ("klaim bayar ga" opened the claims' tracking, "klaim jkm harus
    bayar ga" got the contributions' page); not how much is paid ("klaim bayar berapa"). Normalised: "ga" reads as
    "tidak", "ngurus" as "urus"."""
    words = set(tokens)
    return "bayar" in words and bool({"klaim", "urus", "claim"} & words) and "berapa" not in words and (
        tokens[-1:] == ("tidak",) or bool({"harus", "hrs", "perlu", "apakah", "wajib"} & words))


_FROM_THE_APP = re.compile(r"\baplikator\b|\bbpjs\b(?: \w+)? dari (?:aplikasi |perusahaan )?(?:ojek|shopeefood|lalamove)\b")
"""Cover through a ride-hailing or delivery company, in normalised words ("gojek", "grab", "maxim" read "ojek")."""
DISASTER = frozenset({"banjir", "kebanjiran", "bencana", "gempa", "longsor", "tsunami", "disaster", "flood"})
BENEFIT_NAMED = frozenset({"santunan", "bantuan", "ganti", "diganti", "ditanggung", "klaim", "aid"})
THIS_PROGRAMME = frozenset({"bpjs", "program", "peserta", "ini"})
HEARD_OR_TRUE = frozenset({"kata", "katanya", "dengar", "denger", "betul", "benar", "bener", "beneran", "serius"})


def _heard_it_is_free(found: Classification) -> bool:
    """That the programme is free, heard and asked to be confirmed ("kata orang bpjs gratis, betul ga?"), with nothing of
    a demand for money in it."""
    words = set(found.normalised.tokens)
    paid_by_the_city = {"pemerintah", "bayar"} <= words  # "katanya pemkot bayarin bpjs buat ojol, bener ga?": was the
    # scam warning too
    demanding = ASKED_TO_PAY | CHARGED | SCAM_MARKS - {"katanya"} | DEATH_WORDS | HURT | MONEY
    return bool(({"gratis", "free"} & words or paid_by_the_city) and THIS_PROGRAMME & words and HEARD_OR_TRUE & words
                and len(found.normalised.tokens) <= PAYS_ASKED_WORDS_AT_MOST
                and not (demanding - {"bayar"} if paid_by_the_city else demanding) & words
                and not _numbered(found.normalised))


def _participant_pays_asked(found: Classification) -> bool:
    """Whether taking part costs the worker anything, asked with nothing of a demand for money in it."""
    tokens = found.normalised.tokens
    words = set(tokens)
    asking = tokens[-1:] == ("tidak",) or bool({"apakah", "harus", "perlu", "wajib"} & words)
    if _PAY_IN_ENGLISH.fullmatch(found.normalised.text):  # "how much do i pay", "do i have to pay": were not understood
        return True  # ("pay" is no word of the lexicon, whose change means retraining)
    return ("bayar" in words and bool(THIS_PROGRAMME & words) and asking and len(tokens) <= PAYS_ASKED_WORDS_AT_MOST
            and not (ASKED_TO_PAY | CONTRIBUTION_PAID | DEATH_WORDS | HURT | {"transfer", "admin", "katanya"}) & words
            and not _numbered(found.normalised) and not found.own_case)


PAYS_ASKED_WORDS_AT_MOST = 8
_PAY_IN_ENGLISH = re.compile(r"(?:berapa |what )?(?:do|must|should|will) (?:saya|we) (?:have to )?pay"
                             r"(?: for (?:it|this|the (?:programme|program|cover|insurance)))?")
"""Whether or what one pays, asked in English alone, in normalised words ("how much" reads "berapa", "i" "saya"). "do i
need to pay anything" has its own answer (whether anything costs, claims included)."""
CONTRIBUTION_PAID = frozenset({"sudah", "belum", "nunggak", "tunggak", "telat", "sendiri", "mandiri", "berapa", "kapan",
                               "dimana", "mana", "cara", "bagaimana", "lewat"})
"""A payment asked about that is not whether one pays at all: one's own arrears, the amount, where or how to pay."""


def _fee_asked(said: Normalised) -> bool:
    """"ada biaya admin ga klaimnya": whether a fee is charged, asked; not a fee someone named ("biaya admin 500rb
    katanya"), which is the scam warning."""
    return "biaya" in said.tokens and "katanya" not in said.tokens and not _numbered(said)


def _official_asked() -> str:
    return _("Kawan Kerja bukan layanan resmi BPJS Ketenagakerjaan: saya asisten untuk pekerja rentan yang iurannya "
             "dibayar pemerintah kota. Saya tidak pernah meminta transfer, biaya, PIN atau kode OTP, dan keputusan "
             "klaim ada di BPJS Ketenagakerjaan.")


def _this_chat_named(said: Normalised) -> bool:
    """"wa ini", "chat ini", "nomor ini", "this chat" with no number in the message: this chat, not a message or a
    caller the writer received (which would be named or pasted)."""
    return not _numbered(said) and not RECEIVED & set(said.tokens) and (
        said.tokens[:2] == ("is", "this")
        or said.tokens[:1] == ("ini",) and len(said.tokens) <= 5  # "ini beneran dari bpjs?" got the scam warning
        or any(first in THIS_CHAT and second == "ini" or first == "this" and second in THIS_CHAT
               for first, second in pairwise(said.tokens)))  # "is this an official bpjs service" got the scam warning


def quota_asked(found: Classification) -> bool:
    """"kuota masih ada?", "kuota kecamatan berapa", "kuotanya udah penuh blm": a question of the quota, not a case."""
    words = set(found.normalised.tokens)
    return bool(QUOTA_WORDS & words) and bool(({"penuh", "habis", "full"} | QUOTA_LEFT) & words) and not _numbered(found.normalised)


def _numbered(said: Normalised) -> bool:
    """A number in the message: an amount, a NIK or a phone, which makes it a case told rather than a question."""
    return any(c.isdigit() for c in said.text)


def _before_a_claim(ctx: Ctx[Any], found: Classification) -> tuple[str, tuple[str, ...]] | None:
    """What people ask before they report or claim: a report already late, treatment paid out of pocket, whether the
    branch office must be visited. Not asked inside a message that tells its own case, which starts the claim."""
    words = set(found.normalised.tokens)
    if REPORTED_LATE & words and ("24" in words or "lapor" in words) and not CONTRIBUTION & words \
            and (score(found.normalised)[Intent.ACCIDENT][0] <= 0 or not found.own_case):
        # an accident told: its report says the same. Asked in general ("ada denda ga kalo telat lapor kecelakaan",
        # "kalau telat lapor kecelakaan kerja, masih bisa klaim?" got the JKK page): the rule, not "this accident"
        rules = rules_on(ctx.today) or PP_82_2019
        return (late_report_text(rules) if "24" in words or RECENT_WORDS & words else jkk_deadline_text(rules)), (
            "accident", "benefits")
    if (TREATED & words and (OUTSIDE_PARTNERS & words or "mitra" in words and NEGATIONS & words) or (
            "puskesmas" in words and (MISHAP | TREATED) & words and not DEATH_WORDS & words)) \
            and not (LOST & words and documents_named(found.normalised.text)):  # "kuitansi rs hilang": the paper's
        # "kecelakaan kerja tapi ga masuk rs, cuma di puskesmas": was told why a benefit is paid at less
        return _treated_elsewhere(), ("accident", "benefits")
    if "asli" in words and {"bawa", "dibawa"} & words and {"dokumen", "berkas", "ktp", "kk", "akta"} & words \
            and not HYPOTHETICAL_WORDS & words:  # "dokumen asli dibawa ga": was the JMO app's login trouble
        return _where_claimed(), ("accident", "death", "track")
    if (OFFICE & words or CLAIM & words and "datang" in words) and _going_there_needed(found.normalised.tokens):
        # "perlu ke kantor bpjs ga" was the scam warning, "apakah saya perlu datang ke kantor cabang" one's claims, "do i
        # need to go to the branch office" not understood: "need" is asked of a claim's papers, below; "ngurus klaim harus
        # datang sendiri?" was told that a claim needs no go-between
        return _where_claimed(), ("accident", "death", "track")
    if HYPOTHETICAL_WORDS & words or REQUIREMENT_WORDS & words or "bawa" in words:
        return None  # "seandainya …, harus bawa apa ke kantor bpjs": what a claim needs, its own page
    if (CLAIM | {"santunan"}) & words and BY_ONESELF & words and not (LOANS | CHECKED_ON) & words:
        return _("Bisa: klaim diurus sendiri oleh peserta atau ahli warisnya, tanpa perantara dan tanpa biaya, dan "
                 "santunannya dibayar ke rekening penerima. Klaim bisa dimulai di sini."), (
            "accident", "death", "track")  # "santunan bisa diambil sendiri ga": was not understood
    if CLAIM & words and NOT_FAMILY & words and not (DEATH_WORDS | HURT | KIN_WORDS - NOT_FAMILY) & words:
        # "bisa klaim buat tetangga saya?", "can i claim for my neighbour": this account's claims (none yet)
        return _("Klaim diurus oleh peserta sendiri, atau oleh ahli warisnya jika peserta meninggal, dan santunannya "
                 "dibayar ke rekening mereka. Bantu tetangga atau teman Anda memulainya di chat ini dari HP mereka, atau "
                 "ajak ke kantor cabang. Ketua RT bisa melaporkan warga yang meninggal lewat menu petugas \"Lapor warga "
                 "meninggal\"."), ("accident", "death")
    office = bool(OFFICE & words)
    if office and ({"jauh", "far"} & words or AT_THE_OFFICE & words) or CLAIM & words and (FAR_OR_ONLINE & words and (
            {"lewat", "via", "bisa", "cara"} & words) or _by_phone(found.normalised.tokens)
            and not phone_borrowed(found.normalised.tokens) and not OTHER_PROGRAMMES & words):
        return _where_claimed(), ("accident", "death", "track")
    if CLAIM & words and "bank" in words and {"lewat", "via", "bisa", "di", "ke"} & words and not LOANS & words:
        return _where_claimed() + " " + _(  # "klaim bisa di bank ga": was the loan answer (FACTS.md §11)
            "Bank mitra melayani pendaftaran dan pembayaran iuran, bukan klaim; santunannya ditransfer ke rekening "
            "penerima."), ("accident", "death", "track")
    return None


NEEDED_TO_GO = frozenset({("perlu", "ke"), ("perlu", "datang"), ("harus", "datang"), ("wajib", "datang"),
                          ("need", "to"), ("have", "to")})
GOING = frozenset({"go", "come", "visit"})


TWO_PAYERS = frozenset({"bpjs", "dua", "duanya", "keduanya", "double", "dobel", "bareng", "sekaligus", "both", "siapa",
                        "bayar", "dulu", "duluan"})
ALSO = frozenset({"juga", "jg", "also", "too"})
""""jg" as typed: the normaliser keeps it."""
"""Jasa Raharja asked beside this cover: which pays, or whether both do."""
OTHER_PROGRAMMES = frozenset({"jht", "jkn", "jp", "kesehatan"})
"""Programmes a claim may be of that are not this cover's: "cara klaim jht lewat hp" is the old-age savings' answer."""
_KPJ_LIKE_NIK = re.compile(r"\b(?:kpj(?: \w+){0,2} (?:dengan|kaya|kayak|seperti)(?: \w+)? nik"
                           r"|nik(?: \w+){0,2} (?:dengan|kaya|kayak|seperti)(?: \w+)? kpj)\b")
"""The two numbers compared, in normalised words ("sama" reads "dengan"): not "pakai nik sama nama"."""
BY_MEANS_OF = frozenset({"lewat", "via", "pakai", "pake", "melalui", "dari", "di", "using", "through", "on", "by"})


def _by_phone(tokens: tuple[str, ...]) -> bool:
    """A phone as the means ("bisa klaim lewat hp?"), not a thing lost or broken: was told phones are not covered. In
    normalised words ("hape", "ponsel" read "hp")."""
    return any(word in PHONE_WORDS and before in BY_MEANS_OF for before, word in pairwise(tokens))


def _going_there_needed(tokens: tuple[str, ...]) -> bool:
    """Whether one must go to the office in person, not what to bring there ("perlu bawa apa ke kantor"). A message of
    one word ("KANTOR") has no pair: it stopped the engine, the word after each pair being one more than the pairs."""
    return any(pair in NEEDED_TO_GO and (pair[1] != "to" or following in GOING)
               for pair, following in zip(pairwise(tokens), [*tokens[2:], ""][:len(tokens) - 1], strict=True))


LOANS = frozenset({"pinjam", "pinjaman", "kredit", "kpr", "utang", "hutang", "loan"})
REPEATED_STRAIN = re.compile(r"\b(?:karena|krn|akibat|gara) (?:\w+ ){0,3}(?:tiap|setiap) hari\b"
                             r"|\b(?:tiap|setiap) hari (?:\w+ ){0,2}(?:karena|krn|akibat|gara)\b")
"""Harm from the same work day after day ("sakit punggung karena angkat barang tiap hari", "tangan sy kesemutan tiap
hari krn ngetik"): an occupational disease for the branch to establish, not BPJS Kesehatan's alone."""
STRAIN_SYMPTOMS = frozenset({"kesemutan", "pegal", "pegel", "nyeri", "kram", "ngilu", "kaku"})
"""Told of a strain instead of an illness's name (the second was not understood)."""
_HOUSEHOLD = re.compile(r"\b(?:dua 2 nya|duanya|keduanya|berdua|sekeluarga|satu keluarga|suami istri|"
                        r"(?:1|satu|se) ?kk (?:\w+ )?(?:bisa |boleh )?(?:berapa|brp) orang)\b")
"""More than one of a household enrolled ("bisa didaftarin dua2nya", "1 kk bisa berapa orang"), in normalised words."""


def _household_enrolment_asked(text: str, words: AbstractSet[str]) -> bool:
    """Whether more than one of a household can be enrolled, asked: each worker is proposed on their own."""
    return _HOUSEHOLD.search(text) is not None and bool(
        (JOINING | {"didaftarin", "daftarin", "diusulkan", "diusulin", "usul"}) & words or "orang" in words)


_CALLS = frozenset({"telepon", "telpon", "telp", "nelpon", "menelepon", "vc", "videocall"})


def _call_asked(tokens: tuple[str, ...]) -> bool:
    """Whether one can call or video-call us, asked ("bisa telepon ga", "bisa video call?"): not a number asked for."""
    words = set(tokens)
    called = bool(_CALLS & words) or ("video", "call") in set(pairwise(tokens))
    return called and bool({"bisa", "boleh", "can"} & words) and not {"nomor", "no", "nomer", "number", "berapa"} & words \
        and len(words) <= 6


WIDOWED = frozenset({"janda", "duda", "menjanda", "menduda", "widow", "widower"})
MENTAL_STRAIN = frozenset({"stres", "stress", "setres", "strees", "depresi", "depresif", "tertekan", "burnout",
                           "frustasi", "frustrasi", "cemas", "anxiety", "overthinking"})
"""A mind strained, told (Perpres 7/2019 lists mental and behavioural disorders among occupational diseases)."""
NAMED_ILLNESSES = ILLNESSES - {"sakit", "hamil", "melahirkan", "persalinan", "keguguran"}
"""An illness by its name: "sakit" alone may be an accident's pain ("jatuh waktu kerja, kaki sakit")."""
BY_ONESELF = frozenset({"sendiri", "myself", "ourselves"})
NOT_FAMILY = frozenset({"tetangga", "teman", "temen", "kawan", "rekan", "neighbour", "neighbor", "friend", "warga"})
CHECKED_ON = frozenset({"cek", "lacak", "lihat", "status", "check", "track"})
"""A claim checked on by oneself ("bisa cek klaim sendiri?") is the tracking, not who may file it."""
MISUSED = USED | frozenset({"memakai", "dicatut", "disalahgunakan", "dibobol", "using"})


WEEKDAY_NAMES = frozenset(WEEKDAYS) | {"libur", "weekend"}


SIGN_IN_CODE_AWAITED = frozenset({"kirim", "dapat", "masuk", "terima", "datang", "sampai", "nyampe", "kasih", "sent",
                                  "came", "arrived", "received", "got"})
"""An officer's sign-in code awaited ("kode petugas belum dikirim", "belum dapat kode daftar petugas"); normalised."""


def _officer_access_asked(words: set[str]) -> tuple[str, tuple[str, ...]] | None:
    """How an RT head signs in here ("bagaimana cara jadi ketua rt di aplikasi ini"), or a sign-in code lost ("lupa kode
    masuk petugas"): both got the JMO app's forgotten-password answer."""
    officer = bool({"ketuart", "rt", "petugas"} & words)
    if officer and "kode" in words and {"belum", "tidak"} & words and SIGN_IN_CODE_AWAITED & words:
        # "kode petugas belum dikirim admin" listed one's claims: the code is handed over by the admin, not sent here
        return _("Kode masuk petugas diberikan langsung oleh admin kota, tidak dikirim lewat chat ini: tanyakan ke admin "
                 "kota. Jika nomor HP Anda sudah didaftarkan admin kota, Anda bisa masuk tanpa kode: pilih \"Masuk "
                 "sebagai petugas\" di menu dan buktikan nomor HP Anda."), ("officer",)
    if officer and "kode" in words and {"lupa", "hilang", "ilang"} & words:
        return _("Minta kode baru ke admin kota. Jika nomor HP Anda sudah didaftarkan admin kota, Anda juga bisa masuk "
                 "tanpa kode: pilih \"Masuk sebagai petugas\" di menu dan buktikan nomor HP Anda."), ("officer",)
    if officer and {"jadi", "masuk", "login"} & words and {"cara", "bagaimana"} & words \
            and {"aplikasi", "bot", "sini", "ini", "chat"} & words:
        return _("Ketua RT dan petugas kelurahan atau kecamatan didaftarkan admin kota. Setelah itu, pilih \"Masuk sebagai "
                 "petugas\" di menu: kirim nomor HP yang didaftarkan, atau ketik kode 8 huruf dari admin kota."), ("officer",)
    return None


WHY_SO = frozenset({"kenapa", "mengapa", "kok", "why"})
"""A claim's slowness complained of at the list of one's claims ("kenapa lama banget"; "knp" reads as "kenapa")."""
NOT_LISTED_PAPERS = frozenset({"referensi", "paklaring", "npwp"})
"""Papers an employee's claim needs, asked by a worker with no employer ("perlu surat referensi kerja ga? suami saya
ojol" was asked whether to report an accident; "harus ada npwp ga buat klaim" got the scam warning)."""
NEEDED = frozenset({"perlu", "harus", "wajib", "syarat", "dokumen", "berkas", "need", "required"})


_NOT_FOUND_THERE = re.compile(r"\b(?:data|nama|nik|kepesertaan)\w*\b(?: \w+){0,3}? (?:tidak|belum) (?:ditemukan|temu|"
                              r"ketemu|ada|terdaftar|muncul|keluar|terdata)\b")
"""A record the branch said it could not find, in normalised words ("data suami saya tidak ditemukan")."""


SHOWN = frozenset({"muncul", "ada", "keluar", "tampil", "kelihatan", "terlihat", "terdaftar", "terdata", "show",
                   "shown", "appear"})
APP_LOGIN = frozenset({"login", "masuk", "bisa", "buka", "dibuka", "sandi", "password", "pin", "otp", "lupa", "akun",
                       "email", "kode", "verifikasi"})
"""Getting into the app ("tidak bisa masuk di jmo"): the app answer, not cover missing from it."""


def _not_shown_in_jmo(found: Classification) -> bool:
    """Cover or card not shown in the JMO app ("kok di jmo ga muncul", "kartu sy blm ada di jmo"): not a login."""
    words = set(found.normalised.tokens)
    return ("jmo→aplikasi" in found.normalised.notes and bool(SHOWN & words) and bool({"tidak", "belum"} & words)
            and not APP_LOGIN & words and not (CLAIM | DEATH_WORDS) & words)


ONLY_ASKING_WHAT_IT_IS = frozenset({"apa", "itu", "is", "sih", "ya", "bpjs", "program", "ini", "kak", "min", "dong",
                                    "the", "tuh", "nih", "pak", "bu", "mas", "mbak"})
"""A message that only asks what BPJS Ketenagakerjaan or this programme is ("tk", "ketenagakerjaan" read as "bpjs")."""
WHOSE_IT_IS = frozenset({"dari", "siapa"})


def what_it_is(ctx: Ctx[Any]) -> str:
    rules = rules_on(ctx.today) or PP_82_2019
    return _("BPJS Ketenagakerjaan adalah badan jaminan sosial pemerintah untuk pekerja. Dalam program kota ini, pekerja "
             "rentan (ojek, pedagang kecil, buruh harian, dan lainnya) didaftarkan ke dua programnya: JKK (kecelakaan "
             "kerja: berobat sampai sembuh dan santunan) dan JKM (kematian: {jkm} untuk ahli waris). Iurannya {total} "
             "per bulan dibayar pemerintah kota.").format(jkm=format_money(rules.jkm_total),
                                                         total=format_money(rules.minimum_contribution))


HEARD_OF = frozenset({"tau", "tahu", "dengar", "denger"})


def _programme_just_heard_of(words: set[str]) -> bool:
    """"sy baru tau ada program ini dari tetangga", "sy blm sadar kalo ada program ini" (unaware of it till now): were not
    understood. What it is, and the status check offered."""
    unaware = "ada" in words and ("sadar" in words or "kalau" in words and bool({"tahu", "tau"} & words))
    return "program" in words and not (DEATH_WORDS | HURT) & words and (
        bool(HEARD_OF & words) and bool({"baru", "ada"} & words) and not {"tidak", "belum"} & words or unaware)


WAITING_FOR = frozenset({"harus", "minimal", "minimum", "biar", "supaya", "agar", "baru"})
MEMBERSHIP = frozenset({"peserta", "iuran", "terdaftar", "daftar", "didaftarkan", "bayar"})
PAID_OR_CLAIMED = frozenset({"santunan", "klaim", "dapat", "cair", "manfaat"})
DEATH_TOLD_AS_FACT = frozenset({"almarhum", "almarhumah", "kemarin", "tadi"})
"""A death told, not asked about ("suami baru daftar, kemarin meninggal"): the claim, which says what the desk checks."""


def waiting_period_text() -> str:
    return _("Yang menentukan adalah kepesertaan yang aktif pada hari kejadian (kecelakaan atau meninggal). Untuk "
             "pekerja yang didaftarkan pemerintah kota, tidak ada masa tunggu yang kami ketahui; untuk peserta "
             "mandiri yang sangat baru, santunan kematian bisa terbatas: pastikan di kantor cabang. Beasiswa anak "
             "perlu iuran paling sedikit 3 tahun jika meninggal biasa (JKM); jika karena kecelakaan kerja, tanpa "
             "batas minimal.")


def waiting_period_asked(words: AbstractSet[str]) -> bool:
    """How long one must be enrolled before a benefit is paid (FACTS.md §2, §4): no waiting period is known for the
    city's workers; the scholarship of a JKM death needs 3 years."""
    if {"masa", "tunggu"} <= words:
        return True
    return bool(MEMBERSHIP & words and PAID_OR_CLAIMED & words and WAITING_FOR & words) and (
        "lama" in words or "minimal" in words or "berapa" in words and bool({"bulan", "tahun"} & words)
        or "baru" in words and bool(HYPOTHETICAL_WORDS & words))


def proposal_time() -> str:
    return _("Tidak ada jangka waktu yang pasti: usulan diperiksa kelurahan, dipilih kecamatan sesuai kuota, lalu "
             "didaftarkan kota ke BPJS Ketenagakerjaan. Hasilnya bisa dicek di sini dengan NIK.")


def _where_claimed() -> str:
    return _("Klaim bisa dimulai di sini: saya catat, beri daftar dokumennya, dan foto dokumen bisa dikirim lewat chat "
             "ini. Pengajuannya ke BPJS Ketenagakerjaan lewat Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id) atau "
             "dengan membawa dokumen asli ke kantor cabang; kantor cabang yang memastikan apakah perlu datang.")


def death_amounts(ctx: Ctx[Any]) -> str:
    """Asked at a death claim's questions, before the claim's own figures are shown: was "not understood", or the
    NIK question's "a NIK is 16 digits"; and with the death told, before the question whether to claim."""
    rules = rules_on(ctx.today) or PP_82_2019
    return _("Santunan kematian biasa (JKM) {jkm}; karena kecelakaan kerja paling sedikit {jkk}. Beasiswa anak "
             "ditambahkan jika syaratnya terpenuhi. Jumlah untuk klaim ini saya tunjukkan setelah beberapa "
             "pertanyaan lagi.").format(
        jkm=format_money(rules.jkm_total),
        jkk=format_money(jkk_death(rules, rules.lowest_income_bracket).cash_total))


def _admitted(tokens: tuple[str, ...]) -> set[str]:
    """"masuk" of being admitted ("ga masuk rs"), not of money coming in."""
    return {"masuk"} if any(word == "masuk" and after in TREATED | {"puskesmas", "rumah"}
                            for word, after in pairwise(tokens)) else set()


def _treated_elsewhere() -> str:
    return _("Jika karena kecelakaan kerja, JKK menanggung pengobatannya: di rumah sakit atau klinik mitra BPJS "
             "Ketenagakerjaan biayanya ditanggung langsung; di tempat lain, simpan kuitansinya dan sertakan pada "
             "laporan, kantor cabang yang memutuskan penggantiannya. Untuk sakit biasa, itu urusan BPJS Kesehatan.")


def _refused_by_facility() -> str:
    return _("BPJS Ketenagakerjaan menanggung pengobatan karena kecelakaan kerja, di rumah sakit atau klinik mitranya "
             "(PLKK); yang bukan mitra bisa menolak. Mitra terdekat bisa ditanyakan ke Contact Center 175. Dalam keadaan "
             "darurat, berobatlah dulu dan simpan kuitansinya untuk laporan kecelakaan. Untuk sakit biasa, itu urusan "
             "BPJS Kesehatan.")


ROUTED_AS_AT_THE_MENU = frozenset({HOME, NEXT, DONE, StatusState.FOUND, DocsState.SUBMITTED, DocsState.SAVED})
"""Where a message is a new request, read as at the main menu: the menu, "Ada lagi yang bisa saya bantu?" and the goodbye
after it (a greeting there is the menu), and the status result, which asks the same ("uangnya kapan ditransfer", "saya
mau didaftarkan" there were not understood), as a claim submitted or kept for later does ("cek kepesertaan saya" there
was not understood)."""


_OF_AN_ACCIDENT = frozenset({"jkk", "kecelakaan", "accident", "lapor"})
"""A report ("laporannya", read "lapor") is an accident's: a death is claimed."""
_OF_A_DEATH = frozenset({"jkm", "meninggal", "kematian", "death"})


def _draft_kept(ctx: Ctx[Any]) -> str | None:
    """The first claim this user recorded and has not submitted yet, if any."""
    drafts = ctx.conversation.memo.get(MEMO_DRAFTS) or {}
    return min(drafts) if drafts else None


SCHOLARSHIP_WORDS = frozenset({"beasiswa", "scholarship", "bsiswa", "beasisiwa"})
"""As typed too: "bsiswa anak syrt nya apa" got the JKM claim's papers (the normaliser, and the model trained on it, keep
"bsiswa")."""


def _payout_time(ctx: Ctx[Any], words: set[str]) -> str:
    """The rule of the programme asked about, or of the claim just submitted here ("berapa lama prosesnya sampai
    cair?" after a work accident's report got the death benefit's rule first); both when neither says."""
    if SCHOLARSHIP_WORDS & words:  # "beasiswa dibayar kapan": was the death benefit's rule, then the accident's
        return str(SCHOLARSHIP_PAID)
    accident, death = bool(_OF_AN_ACCIDENT & words), bool(_OF_A_DEATH & words)
    if not accident and not death:  # the claim at hand (its checklist, its questions), or the one just submitted
        benefit = getattr(ctx.draft, "benefit", None) or (
            Benefit.JKK_ACCIDENT.value if ctx.conversation.state.startswith("accident.")
            else ctx.conversation.memo.get(MEMO_SUBMITTED))
        accident, death = benefit == Benefit.JKK_ACCIDENT.value, benefit == Benefit.JKM.value
    return payout_rule(accident=accident, death=death)


STOPPING = frozenset({"berhenti", "stop", "stopped"})


def _payments_stopped(tokens: tuple[str, ...]) -> bool:
    """Payments supposed to stop ("klo berhenti bayar gmn" got the JHT answer, "what happens if i stop paying" the JKK
    page): what happens when contributions go unpaid. Answered at the menu too, where the model's guess led."""
    return "kalau" in tokens and not THE_PAYER & set(tokens) and any(  # the city stopping: WHILE_THE_CITY_PAYS
        first in STOPPING and second in PAYING | {"paying"} for first, second in pairwise(tokens))


def _arrears(ctx: Ctx[Any]) -> str:
    if (lapse := own_lapse(ctx.conversation)) is not None:  # "kok nonaktif?" right after one's record said so
        return why_not_covered(lapse, ctx.today)
    rules = rules_on(ctx.today) or PP_82_2019
    return _("Jika iuran tidak dibayar {months} bulan berturut-turut, kepesertaan menjadi nonaktif dan tidak "
             "melindungi. Tunggakan masih bisa dibayar paling lambat {payable} bulan setelah perlindungan berhenti. "
             "Jika iurannya ditanggung pemerintah kota, tanyakan ke Disnaker atau kelurahan; kantor cabang BPJS "
             "Ketenagakerjaan yang memastikan. Statusnya bisa dicek di \"Cek kepesertaan\".").format(
        months=rules.nonaktif_after_unpaid_months, payable=rules.arrears_payable_months)


PAYING_HOW = frozenset({"mana", "lewat", "cara", "caranya", "tempat", "sekaligus", "autodebet", "where", "how"})
SHOPS = frozenset({"indomaret", "alfamart", "alfamidi", "minimarket"})
"""A shop named to pay at ("bisa bayar lewat indomaret?"): was not understood, or the rates page."""
THE_CITY = frozenset({"pemkot", "pemerintah", "pemda", "kota", "city", "government"})


_NOT_PAID_YET = re.compile(r"\bbelum (?:di)?bayar\b")


def _paying_asked(ctx: Ctx[Any], found: Classification) -> str | None:
    """How and where contributions are paid ("bayar iuran bpjs tk dimana", "iuran bisa dibayar setahun sekaligus?"), the
    city stopping ("kalau pemkot berhenti bayar gimana"): the rates page says neither; how long the programme lasts
    ("program ini sampai kapan") listed one's claims. FACTS.md 1 and 2."""
    words = set(found.normalised.tokens)
    rules = rules_on(ctx.today) or PP_82_2019
    if {"bayar", "dibayar", "membayar"} & words and not WHO & words and (
            found.intent is Intent.CONTRIBUTION and PAYING_HOW & words or SHOPS & words):
        return _("Pekerja mandiri membayar iuran tiap bulan, atau sekaligus untuk 3, 6 atau 12 bulan, juga bisa "
                 "autodebet: dengan NIK di kanal pembayaran dan bank mitra BPJS Ketenagakerjaan, atau lewat agen "
                 "Perisai. Dalam program pekerja rentan, iurannya dibayar pemerintah daerah: Anda tidak perlu membayar.")
    if "berhenti" in words and THE_CITY & words and ({"bayar", "membayar", "tanggung", "menanggung"} | CONTRIBUTION) & words:
        return _("Jika pemerintah daerah berhenti membayar, perlindungan berakhir setelah masa iuran yang sudah dibayar. "
                 "Anda bisa melanjutkannya sebagai peserta mandiri dengan iuran {total} per bulan. Sampai kapan iuran "
                 "Anda dibayar tertulis di hasil \"Cek kepesertaan\".").format(
            total=format_money(rules.minimum_contribution))
    if THE_CITY & words and ({"telat", "terlambat"} & words and {"bayar", "membayar", "dibayar"} & words
                             or _NOT_PAID_YET.search(found.normalised.text) and "sudah" not in words):
        # "kalo pemkot telat bayar gmn", "pemkot blm bayar iuran sy": was the rates page, whose last line only says the
        # city pays. Not whether it has paid ("iuran saya sudah dibayar pemkot bulan ini belum?": the status check)
        return _("Jika pemerintah daerah terlambat membayar, kepesertaan bisa menjadi nonaktif dan klaim bisa tertunda "
                 "sampai iurannya dibayar. Tanyakan ke Disnaker atau kelurahan; kantor cabang BPJS Ketenagakerjaan yang "
                 "memastikan. Sampai kapan iuran Anda dibayar tertulis di hasil \"Cek kepesertaan\".")
    if "program" in words and {"sampai", "kapan"} <= words and not CLAIM & words:
        return _("Program pemerintah daerah ditetapkan lewat anggaran kota setiap tahun. Sampai kapan Anda terlindungi "
                 "tertulis di hasil \"Cek kepesertaan\"; tanyakan kelanjutannya ke kelurahan atau Disnaker.")
    return None


HANDED_OVER = frozenset({"transfer", "ditransfer", "bayar", "setor", "disetor", "nyetor", "kirim", "transferred"})
STILL_ASKING = frozenset({"belum", "kapan", "sampai", "berapa", "when", "until", "aktif", "nonaktif", "status", "cek",
                          "harus", "perlu", "wajib", "kalau", "jika"})
"""Whether or until when it is paid, or one's status with it: the status check says. Whether one must pay it
("apa saya harus bayar sendiri iuran kalau sudah didaftarkan pemda?"): the contribution's page."""


def _paid_oneself(ctx: Ctx[Any], words: set[str]) -> bool:
    """A contribution told as paid by the worker ("saya sudah transfer iuran", "sudah setor iuran ke pak rt"): was the
    list of one's claims, or the NIK question. Who pays it is the answer; whether it is paid is the status check."""
    return (not ctx.in_progress and bool(CONTRIBUTION & words) and bool(HANDED_OVER & words)
            and bool(ALREADY & words) and not (STILL_ASKING | NEGATIONS | DEATH_WORDS) & words)


_WHY = frozenset({"kok", "kenapa", "knp", "mengapa", "why"})
_TOLD_FREE = frozenset({"gratis", "katanya", "free"}) | THE_CITY
_MONEY_ASKED_BY_SOMEONE = frozenset({"transfer", "ditransfer", "admin", "minta", "diminta", "rekening", "pulsa", "uang"})


def _told_to_pay(words: set[str]) -> bool:
    """Paying questioned by someone told it is free ("kok bayar? katanya gratis", "katanya iurannya dibayar pemkot, kok
    saya disuruh bayar", "kenapa saya harus bayar iuran"): a worker who pays their own contributions, reminded to pay,
    got the scam warning or the rates page. Money asked by someone ("disuruh transfer admin") keeps the warning."""
    return bool({"bayar", "membayar"} & words and (_WHY | {"disuruh", "harus"}) & words
                and (_TOLD_FREE & words or _WHY & words and CONTRIBUTION & words)
                and not (_MONEY_ASKED_BY_SOMEONE | CLAIM | DEATH_WORDS) & words)


WHO_PAYS = lazy_gettext(
    "Untuk pekerja rentan yang didaftarkan pemerintah daerah, iurannya ({total} per bulan) dibayar pemerintah daerah: "
    "pesertanya tidak membayar apa pun. Pekerja yang mendaftar sendiri membayar iurannya sendiri. Siapa yang membayar "
    "iuran Anda tertulis di hasil \"Cek kepesertaan\".")


def _who_pays(ctx: Ctx[Any]) -> str:
    rules = rules_on(ctx.today) or PP_82_2019
    return str(WHO_PAYS).format(total=format_money(rules.minimum_contribution))
