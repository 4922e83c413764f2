"""What a free-text message wants, from weighted cues over canonical tokens.

Deterministic and explainable: every intent has a list of cues (a word, a phrase of adjacent words,
or words that must all appear: "klaim+meninggal"), each with a weight; the best total wins when it
is high enough. Out-of-scope topics (JHT, JKN, the JMO app, loans) are checked first and can never
be outvoted by a claim, so a question about JHT savings never opens a death claim.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from dataclasses import dataclass
from types import MappingProxyType

from conversations.nlu.cues import (
    ASKING_ABOUT_RULES,
    CLAIMS,
    CUES,
    FAMILY_WORDS,
    HYPOTHETICAL_WORDS,
    KIN_WORDS,
    OUT_OF_SCOPE,
    PRESENT_TIES,
    RECENT_WORDS,
    Intent,
)
from conversations.nlu.entities import (
    AT_HOME,
    BEING_TREATED,
    BODY_PART,
    DEATH_WORDS,
    INJURY_WORDS,
    JOB_WORDS,
    SOMEONE_HAD_ONE,
    carried_kin,
    find_illness,
    find_injury,
    find_reporter,
)
from conversations.nlu.lexicon import VOCABULARY
from conversations.nlu.model import CueTotals, shipped
from conversations.nlu.normalise import Normalised, normalise

log = logging.getLogger(__name__)

THRESHOLD = 2.0
"""The least total that counts as understanding; below it the message is UNKNOWN."""
OUT_OF_SCOPE_GUARD = 3.0
"""An out-of-scope total this high beats any claim."""


PRIORITY: tuple[Intent, ...] = (
    Intent.SCAM, Intent.HUMAN, Intent.JHT, Intent.JKN, Intent.APP, Intent.LOAN, Intent.DEATH, Intent.ACCIDENT, Intent.TRACK,
    Intent.STATUS, Intent.NOMINATE, Intent.JKM_INFO, Intent.JKK_INFO, Intent.CONTRIBUTION, Intent.LANGUAGE,
    Intent.HELP, Intent.THANKS, Intent.GREETING,
)
"""Ties are broken in this order: the safer reading first."""


@dataclass(frozen=True, slots=True)
class Classification:
    intent: Intent
    score: float
    runner_up: Intent
    cues: tuple[str, ...]
    """The cues of the winning intent that matched, e.g. ("meninggal", "istri+meninggal")."""
    normalised: Normalised
    by_model: bool = False
    """The statistical model chose this intent over the cue tables' reading."""
    own_case: bool = False
    """A claim the writer ties to themselves or their family, now, and does not ask about as a rule: a claim
    flow may start. A claim read without it ("meninggal", "apakah meninggal karena sakit dapat santunan?") is
    asked about first."""

    @property
    def starts_claim(self) -> bool:
        return self.intent in CLAIMS and self.own_case

    def explain(self) -> str:
        """For the debug log: cue words and rewrites only, never the message itself."""
        return (f"intent={self.intent} score={self.score:.1f} runner_up={self.runner_up} "
                f"cues={list(self.cues)} rewrites={len(self.normalised.notes)}")


def _matches(cue: tuple[str, ...], words: frozenset[str], padded: str) -> bool:
    for part in cue:
        if " " in part:
            if f" {part} " not in padded:
                return False
        elif part not in words:
            return False
    return True


def _index_cues() -> dict[str, list[tuple[Intent, int, tuple[str, ...], float]]]:
    """Cues by their first word: a message is checked only against cues that could match it."""
    index: dict[str, list[tuple[Intent, int, tuple[str, ...], float]]] = {}
    for intent, cues in CUES.items():
        for position, (cue, weight) in enumerate(cues):
            index.setdefault(cue[0].split()[0], []).append((intent, position, cue, weight))
    return index


_BY_FIRST_WORD = _index_cues()


@functools.lru_cache(maxsize=32)
def score(normalised: Normalised) -> CueTotals:
    """Each intent's cue total and the cues that matched; read-only, and cached: the readings after the model (a
    guess without cues, a death or a harm told) and the answers after them ask again for the same message's totals,
    three or four times for a message the model read (~10 µs each here)."""
    words = frozenset(normalised.tokens)
    padded = f" {normalised.text} "
    hits: list[tuple[Intent, int, tuple[str, ...], float]] = [
        candidate for word in words for candidate in _BY_FIRST_WORD.get(word, ())
        if _matches(candidate[2], words, padded)]
    hits.sort(key=lambda hit: (hit[0].value, hit[1]))  # each intent's cues in their table's order
    totals: dict[Intent, tuple[float, tuple[str, ...]]] = {intent: (0.0, ()) for intent in CUES}
    for intent, _position, cue, weight in hits:
        total, matched = totals[intent]
        totals[intent] = (total + weight, (*matched, "+".join(cue)) if weight > 0 else matched)
    return MappingProxyType(totals)


MODEL_MIN_WORDS = 2
"""The model reads only messages with at least this many known words: a single word ("500rb", "ya") is most
often an answer to the question on screen, and keyboard noise ("asdf zxcv") is nothing; the cue tables,
which are exact, read those."""
CLAIM_CUE_FLOOR = 2.0
"""The model may name a claim the cues did not only where the cues found nothing else and the claim's own
cues reach this much: a claim starts on words that say so, never on a statistical hunch alone."""


NOT_HEIRS = KIN_WORDS - FAMILY_WORDS
"""A friend's or a neighbour's death: the writer is no heir."""
PAYMENT_ASKED = re.compile(r"\bada (?:santunan|uang|asuransi)\w*(?: \w+){0,3}? tidak(?: ya| sih)?$")
"""After a death, whether anything is paid ("ayah meninggal krn stroke ada santunannya ga", in normalised words): asked,
not a claim begun (it began one, the question unanswered, where the same with "?" was answered)."""
THING_FELL = re.compile(r"\b(?:hp|handphone|ponsel|laptop|dompet|barang|kacamata|helm|tas)(?: saya| nya)? jatuh\b")
"""A thing that fell ("hp saya jatuh"), in normalised words: no one was hurt by that alone. Read after the model,
whose features are the cue tables': a cue here would retrain it."""


_COVER_DIED = re.compile(r"^(?:kartu )?bpjs\w*(?: (?:saya|ku|nya|kami))? (?:sudah )?meninggal\b")
""""bpjs saya mati", "bpjsnya mati kah?" in normalised words ("mati" reads as "meninggal"): the cover is inactive,
no one died. Said of the cover only when it opens the message ("peserta bpjs meninggal kemarin" is a death). Read
after the model, like `THING_FELL`."""


COVER_UNTIL = frozenset({"berlaku", "berlakunya", "aktif", "aktifnya", "dilindungi", "perlindungan", "perlindungannya",
                         "valid", "expire", "expires", "end", "ends", "habis", "habisnya"})
UNTIL_WHEN = frozenset({"kapan", "until", "long"})
"""Normalised: "when" reads as "kapan"; "how long" keeps "long"."""
NOT_OF_THE_COVER = frozenset({"klaim", "cair", "santunan", "meninggal", "kecelakaan", "iuran", "kuota", "pulsa", "kode",
                              "obat", "stok"})
""""kapan habisnya" is the cover's end ("kapan kuota habis", "kodenya kapan habis" are not)."""


def _cover_until_asked(found: Classification) -> bool:
    """How long one's cover runs ("masa berlaku sampai kapan?", "aktif sampai kapan", "kapan habis masa berlakunya",
    "how long is my coverage valid", "until when am I covered"): the status check, which shows it. The model's
    guesses were one's claims (from "kapan", as in "kapan cair"), which answered "no claims from this account", the
    help page and the JKK page."""
    words = set(found.normalised.tokens)
    covered = bool(COVER_UNTIL & words) or {"until", "manfaat"} <= words or {"long", "manfaat"} <= words and not {
        "jkk", "jkm", "treatment", "pengobatan", "berobat", "dirawat", "rawat", "obat"} & words  # "covered" reads as
    # "manfaat": "how long am i covered" was the JKK page; how long treatment is paid for is that page's
    if words and words <= AM_I_COVERED and {"am", "manfaat"} <= words:
        return True  # "am i covered?", "am i still covered": JKK's page was the answer, no case told
    return bool(UNTIL_WHEN & words) and covered and not NOT_OF_THE_COVER & words


AM_I_COVERED = frozenset({"am", "saya", "manfaat", "still", "masih", "now", "sekarang", "yet"})


FIRST_PERSON = frozenset({"saya", "ku", "kami"})
"""Normalised: "sy", "aku", "gue", "my" and "i" read as "saya"."""
LAST_PAID = frozenset({"kapan", "until", "terakhir", "last"})


def _paid_until_asked(found: Classification) -> bool:
    """Until when one's own contributions are paid ("iuran saya dibayar sampai kapan", "kapan terakhir iuran saya
    dibayar"): the status check, which shows it. Was the contribution page, which says how much, not until when. Not
    how much or a fine ("berapa", "telat")."""
    words = set(found.normalised.tokens)
    return (bool({"iuran", "contribution", "contributions"} & words) and bool(LAST_PAID & words) and bool(FIRST_PERSON & words)
            and not {"berapa", "telat", "terlambat", "denda", "klaim", "santunan"} & words)  # "paid" reads "cair"


CLAIM_TALK = frozenset({"klaim", "santunan", "cair", "meninggal", "kecelakaan", "jkk", "jkm", "nomorklaim"})


def _enrolment_awaited(found: Classification) -> bool:
    """Waiting to hear of one's own enrolment ("sudah didaftarkan rt tapi belum ada kabar", "usulan saya sampai
    mana"; "diusulkan" and "usulan" read as "daftarkan") or for one's card ("saya belum dapat kartu", "kapan kartu
    saya jadi"): the status check, which says whether the record is there, as the public set has it for "kartu
    bpjstk belum saya terima". Read as tracking a claim from "belum ada kabar", "sampai mana" or "kapan", it listed
    one's claims."""
    words = set(found.normalised.tokens)
    if found.intent is Intent.TRACK and {"daftarkan", "kartu"} & words and not CLAIM_TALK & words:
        return True
    # "kpn kartu nya jadi" (the model's guess BPJS Kesehatan's), "kpn kartunya jadi" (the rates page): guessed from
    # word order, with none of the guess's cues; "kapan kartu sy jadi?" understood by neither
    return ((found.by_model or found.intent is Intent.UNKNOWN) and "kartu" in words and "kapan" in words and bool(CARD_READY & words)
            and not (CLAIM_TALK | {"jkn"}) & words)


CARD_READY = frozenset({"jadi", "datang", "dtg", "keluar", "sampai", "terbit", "dicetak", "cetak", "dikirim", "ready"})


STAFF = frozenset({"cs", "admin", "adminnya", "petugas", "petugasnya", "operator", "orang", "manusia"})
ONLY_ASKING_WHERE = frozenset({"nya", "mana", "ada", "tidak", "min", "kak", "dong", "ya", "yang", "bisa", "sini",
                               "disini", "di", "ini", "sih", "kah", "mas", "mbak", "pak", "bu", "halo", "hai", "permisi"})
"""With a word for staff and nothing else: asking for a person ("cs nya mana", "ada admin ga", "petugasnya mana",
"halo min, ada orang?") — the officers' hand-off. Was "not understood", or one's claims (the model's guess for "cs nya
mana ya kak")."""


def _staff_asked(found: Classification) -> bool:
    words = set(found.normalised.tokens)
    return bool(STAFF & words) and words <= STAFF | ONLY_ASKING_WHERE or (
        found.by_model and not found.cues and "petugas" in words and bool(CONTACT_ASKED & words)
        and not (CLAIMED_TO_BE | DEMANDED_OF_A_CALLER) & words)


_PERSON_ASKED = re.compile(r"\b(?:mau|ingin|minta|pengen|pingin|tolong|bisa)\s+(?:di\s?)?(?:bicara|berbicara|ngomong|"
                           r"sambungkan|hubungkan|disambungkan|dihubungkan|chat|ngobrol)\s+(?:langsung\s+)?(?:dengan|sama|"
                           r"ke|dgn|kepada|dg)\s+(?:petugas|admin|operator|cs|manusia|orang)\b|(?:\b(?:i want|can i|let me|i need)\s+|^\W*"
                           r"(?:please\s+)?)(?:to\s+)?(?:talk|speak|chat)\s+(?:to|with)\s+(?:a\s+|an\s+)?(?:real\s+)?"
                           r"(?:human|person|officer|agent|operator|someone|somebody|staff)\b", re.IGNORECASE)
"""A person asked for in so many words, with more said ("saya mau bicara dengan petugas, klaim bapak saya sudah 2 bulan
tidak ada kabar"): the hand-off, which the rest of the message would have turned into one's claims or the status
check. As typed: read after the model, whose features a cue would change."""


def person_asked(text: str) -> bool:
    return _PERSON_ASKED.search(text) is not None


def besides_the_ask(text: str) -> str:
    """What a request for a person says besides the request ("…, data saya salah")."""
    return _PERSON_ASKED.sub(" ", text)


CONTACT_ASKED = frozenset({"nomor", "nomer", "kontak", "contact", "number", "telepon", "telpon", "wa", "whatsapp"})
CLAIMED_TO_BE = frozenset({"ngaku", "mengaku", "katanya", "atasnama", "mengatasnamakan", "claiming"})
DEMANDED_OF_A_CALLER = frozenset({"kode", "sandi", "otp", "pin", "transfer", "uang", "bayar", "biaya", "pulsa", "rekening",
                                  "link"})
"""What a caller posing as an officer asks for ("petugas minta kode otp dari nomor ini" was the hand-off)."""
"""An officer's number asked for ("ada nomor wa petugas?"), which the model guessed a scam: the hand-off, where an
officer answers. Not a number that says it is an officer's ("ada wa ngaku petugas bpjs": the warning)."""


_CARD_DIED = re.compile(r"\b(?:kartu|card)(?:nya|ku)?(?: (?:bpjs\w*|tk|ketenagakerjaan|saya|sy|ku|aku|gue|gw|my|is|has|"
                        r"sudah|udah|dah|sdh|already))* (?:mati|dead|died|expired)\b", re.IGNORECASE)
""""kartu saya mati", "kartunya mati ya?", "my bpjs card is dead", "my card expired" as typed (the normaliser reads
"card" as "cara"): the card is inactive, no one died. Read after the model, like `_COVER_DIED`."""


WORK_SIGNS = JOB_WORDS | frozenset({
    "kerja", "ngojek", "antar", "penumpang", "paket", "pesanan", "kurir", "proyek", "pabrik", "gudang", "sawah",
    "kebun", "ladang", "kapal", "laut", "melaut", "tambak", "bangunan", "kantor", "pasar", "warung", "lapak", "mandor",
    "majikan", "lembur", "jkk", "lapor", "klaim", "santunan", "bpjs", "job",
    # harvesting and tapping: "jatuh dari pohon sawit pas manen" was asked whether it was work
    "manen", "memanen", "sawit", "nyadap", "menyadap", "noreh", "menoreh", "deres", "nderes",
    # the one worked for: "kesetrum pas benerin listrik di rumah pelanggan" was asked whether it was work
    "pelanggan", "konsumen", "customer", "orderan", "order"})
"""Words that tie an accident to work, in normalised words (and "jualan" as typed, which the normaliser reads
"jalan"). Someone else's accident told without one ("anak saya jatuh dari sepeda", "temen sy jatuh kemarin") is
asked about before a work-accident report starts."""


_PAID_TO = re.compile(r"\bditransfer(?:kan)?\b|\b(?:masuk|ke|di) (?:rekening|rek)\b", re.IGNORECASE)
"""Money paid to the writer, as typed ("uangnya kapan ditransfer", "santunan masuk ke rekening siapa"; the normaliser
reads "ditransfer" as "transfer"): a payout asked about, not a transfer asked of them."""
STRONG_SCAM = 3.0
"""Scam cue points of a transfer or a fee asked for ("minta transfer", "biaya admin", "penipuan"), beyond the bare
word "transfer"."""


def _payout_read_as_scam(found: Classification, text: str) -> bool:
    """The model's guess was the scam warning, from the word "transfer" alone: a claimant asking when or where their
    money comes was told "itu ciri penipuan"."""
    return (found.intent is Intent.SCAM and found.by_model and score(found.normalised)[Intent.SCAM][0] < STRONG_SCAM
            and _PAID_TO.search(text) is not None)


def tied_to_work(found: Classification, text: str) -> bool:
    words = set(found.normalised.tokens)
    if carried_kin(found.normalised):  # "jatuh pas antar anak ke sekolah": taking one's family is no work by itself
        words.discard("antar")
    return bool(WORK_SIGNS & words) or "jualan" in text.lower()


CAUSED_BY_WORK = re.compile(r"\b(?:akibat|karena|krn|gara|saat|waktu|pas|ketika) (?:\w+ )?kerja\b")
""""penyakit akibat kerja", "sakit karena kerja": an occupational disease, which JKK covers (FACTS.md §5), not BPJS
Kesehatan's."""


def _ill_only(found: Classification) -> bool:
    """An illness or a treatment and nothing of an accident or a death ("ibu saya sakit stroke", "saya sakit tipes
    ga bisa narik", "bpjs dari pemkot bisa buat berobat ga"), which the model guessed as something else or nothing:
    BPJS Kesehatan's, whose answer also says where an illness from a work accident goes. A reading of the cue tables
    stands ("cek status saya, saya lagi sakit").
    A guess still, like the model's: between a form's questions it is read as an answer ("sakit stroke" at a death
    claim's summary is the cause), never sent elsewhere."""
    words = set(found.normalised.tokens)
    guessed = found.by_model or found.intent is Intent.UNKNOWN or _no_accident(found) or (
        found.intent is Intent.ACCIDENT and set(found.cues) <= CARE_CUES and not WORK_SIGNS & words) or (
        found.intent is Intent.ACCIDENT and set(found.cues) <= CARE_CUES | {"digigit"} and "nyamuk" in words)
    # a mosquito's bite, and the illness it brought ("sy digigit nyamuk trs kena dbd" began an accident report)
    return (guessed and (find_illness(found.normalised) or "berobat" in words or bool(BEING_TREATED & words))
            and not injury_words(found) and not DEATH_WORDS & words and not CAUSED_BY_WORK.search(found.normalised.text))


NO_ACCIDENT = re.compile(r"\b(?:bukan|tidak|tanpa|not) (?:karena |krn |akibat |an )?(?:kecelakaan|accident)\b")
"""An illness said to be no accident ("sakit biasa, bukan kecelakaan, ditanggung ga" got the JKK page)."""


def _no_accident(found: Classification) -> bool:
    return NO_ACCIDENT.search(found.normalised.text) is not None


def injury_words(found: Classification) -> frozenset[str]:
    """The injury or accident words the message tells, not those it denies ("bukan kecelakaan")."""
    told = INJURY_WORDS & set(found.normalised.tokens)
    return told - {"kecelakaan"} if told and _no_accident(found) else told


CARE_CUES = frozenset({"rs", "berobat", "dirawat", "kena", *RECENT_WORDS})
"""Cues of an accident that a treatment also has: with an illness and nothing of work, no accident is told ("saya
dirawat di rs karena tipes" began a work-accident report)."""


ENROLLING = frozenset({"daftar", "daftarkan", "mendaftar", "usul", "usulan", "usulkan", "calon", "warga", "tetangga",
                       "ikut", "masuk"})
"""Words of enrolling, in normalised words: with one, asking how to check is still about being enrolled."""


def _checking_only(found: Classification) -> bool:
    """How to check one's cover, with nothing of enrolling ("gimana cara ngecek bpjs tk"): the model's guess was the
    enrolment answer."""
    words = set(found.normalised.tokens)
    return "cek" in words and not ENROLLING & words


def _joining_only(found: Classification) -> bool:
    """Whether one can join, asked with one's work and nothing of an accident ("sy kerja serabutan, kadang kuli kadang
    ojek, bisa ikut?" was asked whether to report an accident: "kerja" and "ojek" are an accident's weak cues)."""
    return (" bisa daftar" in f" {found.normalised.text}" or _JOBS_TOLD.search(found.normalised.text) is not None) \
        and set(found.cues) <= JOINERS_WORK


_JOBS_TOLD = re.compile(r"\b(?:punya|ada) (?:\d|dua|tiga|beberapa|banyak) kerja\b")
"""Several jobs told ("sy punya 2 kerjaan, ojek sama jualan", "kerjaan" reads "kerja"): began an accident's report."""


JOINERS_WORK = frozenset({"kerja", "ojek", "antar"})
"""An accident's cues that name the work only."""


BELONGINGS = ("motor", "mobil", "hp", "sepeda", "kendaraan", "barang", "dagangan", "gerobak", "perahu", "uang",
              "dompet", "tas", "rumah", "warung", "toko", "kios", "lapak")
"""Things, not people: robbed, lost or burnt, they are no harm told (`_HARMED`), and the cover does not replace them
(flows.asked)."""
_WORKERS = "sopir|supir|ojol|ojek|driver|kurir|tukang|pedagang|buruh|satpam|kuli"
_BEATEN = "di(?:pukul|pukuli|pukulin|begal|rampok|keroyok|serang|aniaya|bacok|tikam|hajar|tonjok|tampar)"
_WORKER_BEATEN = re.compile(rf"\b(?:{_WORKERS}) (?:\w+,? )?{_BEATEN}\b", re.IGNORECASE)
"""A worker beaten, told of as another ("sopir angkot dipukul penumpang"): the scam warning was the model's guess. Whether
to report is asked unless the writer says it was them ("saya sopir, dipukul penumpang")."""
_HARMED = re.compile(
    r"\b(?:ke|ter|di)(?:jepit|lindes|lindas|setrum|setrom|sengat|siram|iris|sayat|tusuk|timpa|gencet|patuk|seruduk|"
    r"tanduk)\b|\bkejatuhan\b|"
    r"^\W*(?:ke|ter|di)tabrak\b|"  # "ketabrak pas nyebrang jalan …", said first (not "motor saya ditabrak …")
    r"^\W*(?:saya|aku|sy|aq|gue|gw) (?:(?:tadi|kemarin|kmrn|td|baru) )?(?:ke|ter|di)tabrak\b|"  # "saya ditabrak … cuma lecet"
    r"\bkena (?:minyak|air|knalpot) panas\b|\bkena (?:pisau|gergaji|mesin|cangkul|paku|golok|parang|arit|sabit|besi|"
    r"batu|api|gerinda|serpihan|percikan|jarum|kail|beling|gunting|seng|sengat|tawon|lebah|ular|kalajengking|lipan|"
    r"tusuk|bacok|tikam|sabet|pukul|tembak|blender|kompor|wajan|panci|setrika|oven|mixer|parutan|spatula)\b|"
    r"\b(?:motor|mobil|gerobak) (?:saya|sy|aku|gue|gw) (?:ke|ter|di)tabrak\b"  # the rider on it, hit at work ("motor
    r"(?=.*\b(?:antar|narik|ngojek|orderan|order|paket|kerja|bekerja|jualan|dagang)\b)|"  # sy ditabrak … antar paket"
    # was not understood; "motor saya ditabrak … cuma lecet, saya sehat" is no harm)
    r"\bluka bakar\b|\bmelepuh\b|\bkeracunan\b|"
    r"\b(?:kena |ke|ter)(?:ciprat|percik)(?:an)?\b|"  # "mata sy kena cipratan semen", "mata kecipratan minyak panas"
    r"\bkelilipan\b|\bmata (?:\w+ )?kemasukan\b|"  # "mata sy kelilipan pas nyapu jalan" was not understood
    r"\b(?:ke|ter|di)senggol (?:\w+ )?(?:mobil|motor|truk|bus|angkot|kendaraan|becak|sepeda)\b|"
    r"\bkena pintu (?:mobil|angkot|truk|bus)\b|"  # "kesenggol mobil pas ngojek", "kena pintu mobil
    # yg dibuka tiba2 pas naik motor": were not understood
    + "".join(rf"(?<!\b{thing} )" for thing in BELONGINGS)
    + rf"\b(?:saya|aku|sy|gue|gw|dia|suami|istri|bapak|ayah|anak|adik|kakak|{_WORKERS}) (?:\w+,? )?{_BEATEN}\b|"
    rf"\bdi(?:pukul|pukulin|hajar|tonjok|tampar|bacok|tikam|tusuk|keroyok)(?: (?:di|pada|bagian))? {BODY_PART}\b|"
    r"^\W*di(?:pukul|pukuli|pukulin|keroyok|serang|aniaya|bacok|tikam|tusuk|hajar|tonjok|tampar) "
    r"(?:(?:sama|oleh|ama|sm) )?(?:penumpang|pelanggan|pembeli|customer|konsumen|orang|preman|pemabuk|begal|maling|"
    r"perampok)\b|"  # said first, oneself unsaid ("dipukul penumpang pas narik" was not understood); robbed
    # alone is no harm ("dirampok orang, motor sy diambil")
    r"\b(?:i|he|she|my \w+) (?:(?:was|got) (?:robbed|mugged|beaten|attacked|stabbed|stung|burned|burnt|electrocuted|"
    r"run over|hit by|bitten(?! by (?:a )?mosquito))|crashed)\b",  # "i was bitten by a dog while delivering": was not
    re.IGNORECASE)  # understood
"""Harms of work as typed ("jari kejepit mesin", "kaki kelindes motor", "kesetrum", "kena minyak panas", "kena tusuk preman"; an animal's,
"dipatuk ular pas di kebun karet", "kena tawon pas manen sawit"), which the model did not read: an accident when
nothing else was understood. And a person beaten or robbed ("saya dipukul penumpang", "saya dibegal pas narik
malam", "dipalak preman di pangkalan, dipukul kepala", "dipukul penumpang pas narik" were not understood): whether it
happened at work is asked, as for any harm; a thing robbed ("motor saya dibegal") is no harm to anyone. In English, also
a crash ("my motorbike crashed": the lexicon's "crash" without its past, which a retrain would change the model for),
and a bite, a sting, a burn ("i was bitten by a dog while delivering"), not a mosquito's."""


def _harm_told(found: Classification, text: str) -> bool:
    """An injury or a harm of work told with nothing else understood, and no death: an accident, reported at once
    when a word ties it to work ("di pabrik", "pas kerja", "jualan"), asked about first otherwise."""
    return bool((find_injury(text) or _HARMED.search(text)) and not DEATH_WORDS & set(found.normalised.tokens))


def _injury_only(found: Classification, text: str) -> bool:
    """What an injury pays, asked with nothing of a death ("kalau tangan putus dapat berapa", "kalau kaki patah dapat
    santunan berapa"): the model's guess was the JKM page, the death benefit's. JKK pays for injuries."""
    return bool((find_injury(text) or INJURY_WORDS & set(found.normalised.tokens))
                and not DEATH_WORDS & set(found.normalised.tokens))


def _family_death_at_work(found: Classification) -> bool:
    """A family member killed at work ("suami saya jatuh dari atap pas kerja bangunan, meninggal"), which the model reads
    as the accident it tells: the widow got an accident report for the living (no condolence, the injury and the
    treatment asked). The heir's claim, whose cause is then the work accident; "hampir"/"belum meninggal" are read
    after (_NEARLY_DIED)."""
    words = set(found.normalised.tokens)
    return (found.intent is Intent.ACCIDENT and bool(DEATH_WORDS & words) and bool(FAMILY_WORDS & words)
            and not NOT_HEIRS & words)


def _family_death_announced(found: Classification) -> bool:
    """A family member's death told after "innalillahi" ("innalillahi, bapak meninggal semalam"), which the model reads
    as a condolence for someone else's (its cue is hearsay's): was "not understood". Another's death stays so
    ("innalillahi, ada driver meninggal …": no family), and a condolence is answered as one (flows.understanding)."""
    return found.intent is Intent.UNKNOWN and "innalillahi" in found.normalised.tokens and _death_in_the_family(found)


def _death_in_the_family(found: Classification) -> bool:
    """A family member's death told with where or how it happened in BPJS Kesehatan's words ("istri saya meninggal
    tadi malam karena melahirkan", "suami saya meninggal di puskesmas"): the out-of-scope guard of the cue tables
    gave it to BPJS Kesehatan, and the heir was sent away from a death claim; or told at length with a plea for
    help ("… suami saya meninggal dunia …, saya bingung harus urus kemana, tolong dibantu"), which got the help
    list. A death, asked about first when it is asked as a question."""
    words = set(found.normalised.tokens)
    return bool(DEATH_WORDS & words and FAMILY_WORDS & words)


_GONE = re.compile(r"\b(?:(?:sudah|telah|la|lah) (?:tidak ada|tiada)(?: lagi)?|tidak ada lagi|(?:is|has) gone|is no more)\b")
"""Jambi's and Palembang's "la" is "sudah" ("bapak aku la dak ado")."""
GONE_FOLLOWERS = RECENT_WORDS | frozenset({
    "lagi", "sejak", "bulan", "tahun", "minggu", "hari", "karena", "akibat", "gara", "saat", "waktu", "pas", "ketika",
    "bagaimana", "bisa", "mau", "apa", "apakah", "jadi", "terus", "dan", "tapi", "kak", "pak", "bu", "min", "mas",
    "mbak", "bang", "sakit", "kecelakaan", "meninggalkan", "klaim", "santunan"})
"""What may follow "sudah tidak ada" ("my father is gone") when it tells a death ("bapak saya sudah tidak ada bulan
lalu", "… karena sakit"): "sudah tidak ada di rumah", "sudah tidak ada uang", "gone to work" tell no death."""


def told_gone(found: Classification) -> bool:
    """A death told the gentle way, "sudah tidak ada", "telah tiada", which neither the model nor the cue tables
    read as one (the guesses were the status check and claim tracking)."""
    text = found.normalised.text
    for match in _GONE.finditer(text):
        following = text[match.end():].split(maxsplit=1)
        if not following or following[0] in GONE_FOLLOWERS:
            return True
    return False


_ANIMALS_AT_WORK = re.compile(r"\b(?:cari|nyari|mencari|tangkap|menangkap|nangkap|pancing|mancing|memancing|jual|"
                             r"jalan|ternak|angon|gembala|potong|motong|antar|ngantar|urus|ngurus|ditanduk|diseruduk|digigit|dipatuk|"
                             r"diinjak|ditendang) (?:\w+ )?(?:ikan|ayam|sapi|kambing|kerbau|bebek|burung|anjing)\b")
"""An animal that is the work or the harm, not the one who died ("adik saya meninggal tenggelam waktu cari ikan",
"suami saya meninggal pas jualan ayam" — "jualan" reads as "jalan" —, "bapak meninggal ditanduk sapi"): the cue tables
count an animal against a death (a pet's), which left these with nothing."""


ALREADY_FILED = frozenset({"sudah", "lapor", "dilaporkan", "ajukan", "diajukan", "kirim", "dikirim", "proses",
                           "diproses", "lanjut", "kelanjutan", "status", "nomorklaim"})
FILED_CUE = 2.5
"""The least total of the tracking cues that says a claim was filed ("klaim+cair", "belum+cair", "sudah+ajukan")."""


_TIME_GONE_BY = re.compile(r"\bsudah (?:(?:\d+|satu|dua|tiga|empat|lima|enam|beberapa) )?(?:hari|minggu|bulan|tahun)\b"
                           r"|\bsudah lama\b")
"""Normalised: "udah 6 bulan", "sudah seminggu" (read "sudah minggu"): how long ago, not "sudah lapor"."""
_NEVER_CLAIMED = re.compile(r"\b(?:belum|tidak) pernah (?:\w+ )?(?:klaim|lapor|mengajukan|ajukan)\b")
"""Normalised: "blm pernah klaim", "ga pernah lapor": no claim filed at all."""


def _accident_read_as_filed(found: Classification) -> bool:
    """An accident told with when it was ("saya kecelakaan sebulan lalu, masih bisa klaim?", "jatuh dari motor
    seminggu yg lalu"), which the cue tables read as the accident, guessed by the model to be a claim already filed:
    the list of one's claims said there were none, and nothing of the late report. Not with a cue of a filed claim
    ("kecelakaan bulan lalu, klaimnya belum cair")."""
    words = set(found.normalised.tokens)
    if not (found.by_model and found.intent is Intent.TRACK and found.runner_up is Intent.ACCIDENT and "lalu" in words):
        return False
    filed = ALREADY_FILED & words
    gone_by = filed == {"sudah"} and _TIME_GONE_BY.search(found.normalised.text) is not None
    if filed and not gone_by:
        return False
    never = not filed and _NEVER_CLAIMED.search(found.normalised.text) is not None
    totals = score(found.normalised)
    # "kecelakaan nya udah 6 bulan lalu", "sy kecelakaan sudah seminggu yg lalu, masih bisa klaim?": time gone by, not a
    # claim filed; "… 2 thn lalu, tangan cacat, blm pernah klaim": never claimed. The tracking cues that "sudah" or
    # "belum" lit ("klaim+sudah", "klaim+belum") say nothing then
    return (gone_by or never or totals[Intent.TRACK][0] < FILED_CUE) and totals[Intent.ACCIDENT][0] >= THRESHOLD


HOW_WORDS = frozenset({"bagaimana", "cara", "caranya", "how"})
FILED_OR_AWAITED = ALREADY_FILED | frozenset({"kapan", "belum", "cair", "nomor", "sampai", "mana", "lama"})
ACCIDENT_CLAIMED = frozenset({"kecelakaan", "jkk"})
DEATH_CLAIMED = frozenset({"meninggal", "kematian", "jkm"})


def _how_to_claim_read_as_filed(found: Classification) -> Intent | None:
    """How a benefit is claimed, the how said last ("klaim kecelakaan gmn", "klaim jkm gimana"), guessed by the model to
    be a claim already filed: the list of one's claims said there were none. The claim it names, as "gmn cara klaim
    kecelakaan" is read. Not with a word of a filed or awaited claim ("klaim jkm sy gimana, kok belum cair")."""
    words = set(found.normalised.tokens)
    if not (found.by_model and found.intent is Intent.TRACK and "klaim" in words and HOW_WORDS & words
            and not FILED_OR_AWAITED & words):
        return None
    if ACCIDENT_CLAIMED & words and not DEATH_CLAIMED & words:
        return Intent.ACCIDENT
    return Intent.DEATH if DEATH_CLAIMED & words and not ACCIDENT_CLAIMED & words else None


_CANNOT = frozenset({"bisa", "dapat"})
"""Asking words that, after a "not", tell of the harm ("tangan kanan tidak bisa digerakkan"): a long report was only
asked whether to report, as if it asked what the rules allow."""


LATE_WORDS = frozenset({"telat", "terlambat", "late"})


def late_report_asked(found: Classification) -> bool:
    """A late report asked of, with no accident of one's own told (no harm, no day, no one named)."""
    words = set(found.normalised.tokens)
    return bool(LATE_WORDS & words) and "lapor" in words and not (injury_words(found) - {"kecelakaan"}) \
        and not (FIRST_PERSON | KIN_WORDS | RECENT_WORDS) & words


def _asking_about_rules(tokens: tuple[str, ...]) -> bool:
    return any(word in ASKING_ABOUT_RULES and not (word in _CANNOT and before == "tidak")
               for before, word in zip(("", *tokens), tokens, strict=False))


def _guessed_without_cues(found: Classification) -> bool:
    """The model named a journey or a page none of whose cues the message has ("mata saya kena serpihan gerinda" was
    a status check): a reading after it may stand instead. Not the claims, the JKM and JKK pages, or BPJS Kesehatan,
    which other readings weigh."""
    return (found.by_model and found.intent not in CLAIMS
            and found.intent not in (Intent.JKM_INFO, Intent.JKK_INFO, Intent.JKN)
            and score(found.normalised)[found.intent][0] <= 0)


CAN_JOIN = frozenset({"bisa", "boleh", "ikut", "daftar", "can"})


def _job_asked(found: Classification) -> bool:
    """Whether a kind of work can join ("apakah ojol online juga bisa?", "nelayan bisa?"): guessed by the model with none
    of the cues of its guess (the loan answer), or not understood. The enrolment answer; not where the guess was the
    status check ("saya ojol bekasi, masuk daftar yang dibiayai pemkot gak?" asks whether one is on the list)."""
    words = set(found.normalised.tokens)
    courtesy_only = found.intent is Intent.HELP and bool(found.cues) and set(found.cues) <= COURTESY  # "kerja bantu2"
    return ((found.intent is Intent.UNKNOWN or _guessed_without_cues(found) or courtesy_only)
            and found.intent not in (Intent.NOMINATE, Intent.STATUS)
            and bool(JOB_WORDS & words)
            and bool(CAN_JOIN & words) and not (INJURY_WORDS | DEATH_WORDS) & words)


def _death_told_otherwise(found: Classification) -> bool:
    """A family member's death ("istri saya sudah wafat", "suami saya sudah berpulang", "bapak saya sudah tidak
    ada") that the model guessed as something with no cue of its own (the status check, claim tracking), or that
    nothing read: the heir was sent to a NIK question or a list of claims."""
    if found.intent is not Intent.UNKNOWN and not _guessed_without_cues(found):
        return False
    totals = score(found.normalised)
    words = set(found.normalised.tokens)
    if not FAMILY_WORDS & words or NOT_HEIRS & words:  # "tetangga cerita ada orang meninggal, bukan keluarga saya"
        return False
    return told_gone(found) or bool(DEATH_WORDS & words) and (
        totals[Intent.DEATH][0] >= THRESHOLD or _ANIMALS_AT_WORK.search(found.normalised.text) is not None)


CLAIMING_IT = frozenset({"klaim", "cair", "cairin", "cairkan", "urus", "ngurus", "mengurus", "ajukan", "ambil"})


def _kins_benefit_claimed(found: Classification) -> bool:
    """A family member's benefit to be claimed, no death told ("mau klaim santunan bapak saya", "sy mau cairin santunan
    bpk", "i want to claim my father's benefit"): was not understood. Read as a death claim, which is asked about before
    it starts."""
    words = set(found.normalised.tokens)
    benefit = "santunan" in words or "manfaat" in words and "anak" not in words  # a child's may be the scholarship
    return (benefit and bool(CLAIMING_IT & words) and bool(FAMILY_WORDS & words)
            and not (NOT_HEIRS | HYPOTHETICAL_WORDS) & words)


_NOT_SAVED = re.compile(r"\b(?:tidak|tak) tolong\b")
"""'tidak tertolong' (could not be saved), normalised: a death, read as a plea for help."""


def _not_saved(found: Classification) -> bool:
    """"istri saya tersengat listrik waktu kerja di pabrik, tidak tertolong" got the help page."""
    words = set(found.normalised.tokens)
    return (found.intent in (Intent.HELP, Intent.UNKNOWN, Intent.ACCIDENT) and bool(FAMILY_WORDS & words)
            and _NOT_SAVED.search(found.normalised.text) is not None and not NOT_HEIRS & words)


BODY_FOUND = re.compile(r"\b(?:jasad|jenazah|mayat)\w*\b")


def _body_told(found: Classification) -> bool:
    """A family member's body found or brought home ("suami saya awak kapal tenggelam saat melaut dan jasadnya sudah
    ditemukan, mau klaim santunan" listed one's claims: "sudah" with "klaim" read as a claim filed): a death."""
    words = set(found.normalised.tokens)
    return (found.intent in (Intent.TRACK, Intent.UNKNOWN) and BODY_FOUND.search(found.normalised.text) is not None
            and bool(FAMILY_WORDS & words) and not NOT_HEIRS & words and not DEATH_WORDS & words)


COURTESY = frozenset({"tolong", "bantuan"})
"""Cues of HELP that also open any request ("tolong bantu klaim jkk"): help only when nothing else is asked."""


_SALUTATIONS = frozenset({"halo", "hai", "hi", "hello", "permisi", "selamat", "met", "pagi", "siang", "sore", "malam",
                          "min", "kak", "bang", "pak", "bu", "mas", "mbak", "gan", "om", "ping", "p", "spada"})
"""A message of nothing but a greeting and how the writer addresses us ("met siang min" was the scam warning, "met
pagi" not understood): the greeting's cues alone did not reach the threshold, and the model guessed."""
_ADDRESSED = frozenset({"bpjs", "ketenagakerjaan", "tk", "bpjstk", "kawan", "kerja", "admin"})
"""Whom a greeting is written to ("halo bpjs", "halo min bpjs", "halo admin bpjs" got the scam warning)."""
_GREETED_WITH_WHOM = _SALUTATIONS | _ADDRESSED


def classify(text: str) -> Classification:
    """What the message wants and, for a claim, whether it is the writer's own present case."""
    found = _read(text)
    if found.intent is Intent.ACCIDENT and _NO_FALL.search(found.normalised.text):  # "jatuh cinta": read without it
        found = _read(_NO_FALL.sub(r"\1", found.normalised.text))
    if found.intent is not Intent.GREETING and set(found.normalised.tokens) <= _GREETED_WITH_WHOM \
            and _SALUTATIONS.intersection(found.normalised.tokens):
        return Classification(Intent.GREETING, max(found.score, THRESHOLD), found.intent, (), found.normalised)
    if (_COVER_DIED.match(found.normalised.text) or _CARD_DIED.search(text) or _cover_until_asked(found)
            or _enrolment_awaited(found) or _paid_until_asked(found)):
        return Classification(Intent.STATUS, max(found.score, THRESHOLD), found.intent, (), found.normalised)
    if _job_asked(found):
        return Classification(Intent.NOMINATE, max(found.score, THRESHOLD), found.intent, (), found.normalised,
                              by_model=True)
    if _staff_asked(found) or person_asked(text):
        return Classification(Intent.HUMAN, max(found.score, THRESHOLD), found.intent, (), found.normalised)
    if _payout_read_as_scam(found, text):  # asked when: one's own claim; asked where: answered after (flows.asked)
        asked = Intent.TRACK if "kapan" in found.normalised.tokens else Intent.UNKNOWN
        return Classification(asked, THRESHOLD if asked is Intent.TRACK else 0.0, found.intent, (), found.normalised,
                              by_model=True)
    if found.intent is not Intent.JKN and _ill_only(found):
        return Classification(Intent.JKN, max(found.score, THRESHOLD), found.intent, (), found.normalised, by_model=True)
    if found.intent is Intent.HELP and found.cues and set(found.cues) <= COURTESY:
        found = _beyond_courtesy(found)
    if found.intent is Intent.ACCIDENT and _joining_only(found):
        points, cues = score(found.normalised)[Intent.NOMINATE]
        return Classification(Intent.NOMINATE, max(points, THRESHOLD), found.intent, cues, found.normalised)
    if found.intent is Intent.NOMINATE and found.by_model and _checking_only(found):
        return Classification(Intent.STATUS, max(found.score, THRESHOLD), found.intent, (), found.normalised,
                              by_model=True)
    if found.intent is Intent.JKM_INFO and found.by_model and _injury_only(found, text):
        points, cues = score(found.normalised)[Intent.JKK_INFO]
        return Classification(Intent.JKK_INFO, max(points, THRESHOLD), found.intent, cues, found.normalised,
                              by_model=True)
    benefit_only = False  # a family member's benefit claimed, no death told: asked before a claim starts
    if ((found.intent in (Intent.JKN, Intent.HELP) and _death_in_the_family(found)) or _death_told_otherwise(found)
            or _family_death_announced(found) or _family_death_at_work(found)
            or _body_told(found)
            or _not_saved(found) or (benefit_only := found.intent is Intent.UNKNOWN and _kins_benefit_claimed(found))):
        points, cues = score(found.normalised)[Intent.DEATH]
        found = Classification(Intent.DEATH, max(points, THRESHOLD), found.intent, cues, found.normalised)
    if (claimed := _how_to_claim_read_as_filed(found)) is not None:
        points, cues = score(found.normalised)[claimed]
        found = Classification(claimed, max(points, THRESHOLD), found.intent, cues, found.normalised)
    harmed = (found.intent is Intent.UNKNOWN or _guessed_without_cues(found)) and _harm_told(found, text)
    if harmed or _accident_read_as_filed(found):
        points, cues = score(found.normalised)[Intent.ACCIDENT]
        found = Classification(Intent.ACCIDENT, max(points, THRESHOLD), found.intent, cues, found.normalised)
    if found.intent is Intent.DEATH and _NEARLY_DIED.search(found.normalised.text) and len(
            [word for word in found.normalised.tokens if word in DEATH_WORDS]) == 1:
        # "saya hampir meninggal kemarin kecelakaan, untung selamat": nearly, or not, dead (a death claim, condolence).
        # What the rest says: "suami kecelakaan tp blm meninggal, koma di rs" is the husband's accident
        rest = _read(_NEARLY_DIED.sub(" ", found.normalised.text))
        points, cues = score(found.normalised)[Intent.ACCIDENT]
        if rest.intent is Intent.ACCIDENT or points >= THRESHOLD:
            found = Classification(Intent.ACCIDENT, max(points, THRESHOLD), Intent.DEATH, cues, found.normalised)
        elif _ill_only(rest):  # "bapak belum meninggal tapi kritis di icu": treated, no accident told
            return Classification(Intent.JKN, THRESHOLD, Intent.DEATH, (), found.normalised, by_model=True)
        else:
            found = Classification(Intent.UNKNOWN, points, Intent.DEATH, cues, found.normalised)
    if found.intent not in CLAIMS:
        return found
    words = set(found.normalised.tokens)
    own = bool(PRESENT_TIES & words) and not _asking_about_rules(found.normalised.tokens) and "?" not in text
    if harmed and not tied_to_work(found, text):
        own = False  # "tangan kejepit pintu": a harm, and nothing says it was work; asked before a report starts
    if found.intent is Intent.ACCIDENT and late_report_asked(found):
        own = False  # "telat lapor kecelakaan gmn" began a report with the question as its story: answered first
    if harmed and _WORKER_BEATEN.search(text) and not (FIRST_PERSON | KIN_WORDS) & words:
        own = False  # "ojol dipukul orang di jalan": perhaps someone else; asked before a report starts
    if found.intent is Intent.DEATH and NOT_HEIRS & words and (not FAMILY_WORDS & words or _SOMEONE_ELSES_KIN.search(
            found.normalised.text)):
        own = False  # "tetangga saya meninggal", "nenek tetangga": the writer is no heir; asked before a claim starts
    if found.intent is Intent.DEATH and not DEATH_WORDS & words and told_gone(found):
        own = False  # "bapak saya sudah tidak ada" may say less than a death: asked before a claim starts
    if found.intent is Intent.DEATH and PAYMENT_ASKED.search(found.normalised.text):
        own = False  # "…, ada santunannya ga": asked whether anything is paid, answered before a claim starts
    if benefit_only:
        own = False  # "mau klaim santunan bapak saya": no death told; asked whether it is a death claim
    if ENROLMENT_WORDS & words and _whether_enrolled(found.normalised.tokens):
        own = False  # "temen sy kecelakaan td, dia ikut bpjs gak ya": whether they are covered; asked before a claim
    if (found.intent is Intent.ACCIDENT and WITNESSED & set(re.findall(r"[a-z]+", text.lower()))
            and not HURT_TOLD & words and find_injury(text) is None):  # raw words: "lihat" reads as "cek"
        own = False  # "saya lihat kecelakaan di depan pasar": seen, not had; asked before a report starts
    if found.intent is Intent.ACCIDENT and AT_HOME.search(found.normalised.text) and _ABOUT_TO_LEAVE.search(
            found.normalised.text):
        own = False  # "sy kepleset di kamar mandi pas mau berangkat kerja": at home still, the way to work not begun;
        # asked before a report starts (it began one)
    if found.intent is Intent.ACCIDENT and SOMEONE_HAD_ONE.search(found.normalised.text):
        own = False  # "kemarin ada yg kecelakaan depan pangkalan, sy bantu bawa ke rs": the writer was recorded as hurt
    if found.intent is Intent.ACCIDENT and THING_FELL.search(found.normalised.text):
        own = False  # "hp saya jatuh dan rusak": asked before a report starts
    if (found.intent is Intent.ACCIDENT and (find_reporter(found.normalised) == "family" or carried_kin(found.normalised))
            and not tied_to_work(found, text)):
        own = False  # "anak saya jatuh dari sepeda", "saya jatuh pas antar anak ke sekolah": nothing says it was work;
        # asked before a report starts
    return dataclasses.replace(found, own_case=own)


WITNESSED = frozenset({"lihat", "melihat", "liat", "ngeliat", "nonton", "menonton", "menyaksikan", "saksi", "saw", "see",
                       "seen", "witnessed"})
"""An accident seen by the writer ("saya lihat kecelakaan di depan pasar" started a report recording the writer as
hurt)."""
HURT_TOLD = frozenset({"luka", "terluka", "patah", "cedera", "berdarah", "sakit", "memar", "lecet", "hurt", "injured"})
_SOMEONE_ELSES_KIN = re.compile(r"\b(?:bapak|ibu|ayah|nenek|kakek|anak|istri|suami|adik|kakak|mertua)(?:nya)? "
                                r"(?:tetangga|teman|temen|kawan|rekan|bos|majikan)\b")
_ABOUT_TO_LEAVE = re.compile(r"\b(?:mau|akan|sebelum|belum|siap siap|bersiap|about to|before) (?:\w+ )?(?:berangkat|pergi|"
                             r"leaving|going)\b")
"""About to leave for work: the way to work, which JKK covers, has not begun."""
_NO_FALL = re.compile(r"\bjatuh (cinta|hati|tempo|miskin|bangkrut|bangkerut)\b")
"""Idioms of "jatuh" that are no fall ("sy jatuh cinta sama program ini wkwk" began an accident report)."""
_NEARLY_DIED = re.compile(r"\b(?:hampir|nyaris|hampir saja|almost|nearly|belum|tidak|bukan) meninggal\b"
                          r"(?! (?:karena|krn|akibat|gara|because|of)\b)")
"""Nearly, or not, dead: "saya hampir meninggal kemarin kecelakaan", "suami kecelakaan tp blm meninggal, koma di rs" (a
death claim begun with condolence). Not "tidak meninggal karena kecelakaan kerja", which tells a death's cause."""
ENROLMENT_WORDS = frozenset({"daftar", "terdaftar", "peserta", "enrolled", "registered"})
TAGGED_WHETHER = frozenset({"tidak", "belum", "atau", "apa"})
ASKING_WHETHER = frozenset({"apakah", "apa", "whether", "is"})


def _whether_enrolled(tokens: tuple[str, ...]) -> bool:
    """Whether the one it befell is enrolled, asked with it ("…, dia ikut bpjs gak ya"; "ikut" reads as "daftar"): a
    report was started with the question as its story. Asked: a "no" or "or" just after ("terdaftar tidak ya"), or
    "apakah" just before; "saya peserta bpjs, kecelakaan tadi, tidak bisa jalan" tells its case."""
    return any(word in ENROLMENT_WORDS and (TAGGED_WHETHER & set(tokens[at + 1:at + 4])
                                            or ASKING_WHETHER & set(tokens[max(0, at - 3):at]))
               for at, word in enumerate(tokens))


def _beyond_courtesy(found: Classification) -> Classification:
    """What a "tolong bantu …" asks for, when the cue tables read something there; else help."""
    totals = score(found.normalised)
    asked = min((intent for intent in PRIORITY if intent is not Intent.HELP),
                key=lambda intent: (-totals[intent][0], PRIORITY.index(intent)))
    points, cues = totals[asked]
    if points < THRESHOLD:
        return found
    return Classification(asked, points, Intent.HELP, cues, found.normalised)


def _read(text: str) -> Classification:
    """The shipped model decides, reading the cue totals among its features; without a model (or where it
    names a claim its cues do not support) the cue tables decide as they always did."""
    normalised = normalise(text)
    totals = score(normalised)
    by_cues = _by_cues(normalised, totals)
    model = shipped()
    known = sum(token in VOCABULARY for token in normalised.tokens)
    if model is None or known < MODEL_MIN_WORDS:
        return by_cues
    predicted = model.predict(text, normalised, totals).intent
    if predicted in CLAIMS and predicted is not by_cues.intent and (
            by_cues.intent is not Intent.UNKNOWN or totals[predicted][0] < CLAIM_CUE_FLOOR):
        predicted = by_cues.intent
    if (by_cues.intent in CLAIMS and predicted is Intent.TRACK and totals[predicted][0] == 0
            and "cara" in normalised.tokens):
        predicted = by_cues.intent  # "klaim jkm gimana caranya": how to claim, not a claim already made
    if (predicted is Intent.SCAM and totals[Intent.SCAM][0] <= 0 and by_cues.intent is Intent.JKM_INFO
            and by_cues.score >= THRESHOLD):
        predicted = by_cues.intent  # "apakah benar ada santunan untuk pekerja yang meninggal …": was the scam warning
    if predicted is Intent.THANKS and totals[Intent.THANKS][0] <= 0:
        predicted = by_cues.intent  # "kok temen sy dapet lebih banyak" ("banyak" of "terima kasih banyak"): no thanks said
    if predicted is by_cues.intent:
        return by_cues
    points, cues = totals[predicted] if predicted is not Intent.UNKNOWN else (0.0, ())
    runner_up = by_cues.intent if by_cues.intent is not Intent.UNKNOWN else by_cues.runner_up
    result = Classification(predicted, max(points, THRESHOLD) if predicted is not Intent.UNKNOWN else points,
                            runner_up, cues, normalised, by_model=True)
    log.debug("nlu %s (model)", result.explain())
    return result


def _by_cues(normalised: Normalised, totals: CueTotals) -> Classification:
    ranked = sorted(PRIORITY, key=lambda intent: (-totals[intent][0], PRIORITY.index(intent)))
    best, second = ranked[0], ranked[1]
    guard = max(OUT_OF_SCOPE, key=lambda intent: (totals[intent][0], -PRIORITY.index(intent)))
    if best in CLAIMS and totals[guard][0] >= OUT_OF_SCOPE_GUARD:
        best, second = guard, best
    points, cues = totals[best]
    intent = best if points >= THRESHOLD else Intent.UNKNOWN
    result = Classification(intent, points, second, cues, normalised)
    log.debug("nlu %s", result.explain())
    return result
