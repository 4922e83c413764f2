"""Values found inside a longer message: a NIK, a phone number, when it happened, who died, whether on the road.

Each finder returns None when it is not sure; the flow then asks, as it would have anyway.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

from conversations.commands import NEGATIONS
from conversations.domain.claims import Relation
from conversations.domain.dates import (
    MONTHS,
    PRAYERS,
    WEEKDAYS,
    When,
    impossible_day,
    parse_date,
    parse_when,
    without_time_of_day,
)
from conversations.domain.money import DIGIT_WORDS
from conversations.domain.nik import Nik, NikError, NikProblem, parse_nik
from conversations.domain.phone import normalise_phone
from conversations.nlu.normalise import Normalised

_NIK = re.compile(r"(?<![\d+])(\d(?:[ .\-]?\d){15})(?![\d])")
_PHONE = re.compile(r"(?<!\d)((?:\+?62[\s\-.]?0?|0)[\s\-.]?8\d(?:[\s\-.]?\d){6,11})(?!\d)")
_DATE_WORDS = frozenset(
    ["kemarin", "kemaren", "kmrn", "wingi", "tadi", "td", "semalam", "barusan", "hari", "minggu", "tgl", "tanggal", "tg", "lusa", "jam", "pukul", "pkl", "pagi", "siang", "sore", "malam", "subuh", "mlm", "pgi", "today", "yesterday", "last", "morning", "afternoon", "evening", "night", "seminggu", "sepekan", "pekan",
     "sebulan", "sehari"]
) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_TIME_SLANG = {"kmrn": "kemarin", "kemaren": "kemarin", "kmren": "kemarin", "kmrin": "kemarin", "kmarin": "kemarin",
               "td": "tadi", "tdi": "tadi", "mgg": "minggu", "hr": "hari", "yg": "yang",
               "pkl": "jam", "pukul": "jam", "tgl.": "tgl", "malem": "malam", "semalem": "semalam", "smlm": "semalam"}
_PARTS = frozenset(["pagi", "siang", "sore", "malam", "mlm", "pgi", "morning", "afternoon", "evening", "night"]) | PRAYERS
_LONGEST_PHRASE = 8
"""Words in the longest date a message may carry: "tgl 28 bulan lalu jam 3 sore", "kemarin jam 8 kurang seperempat pagi"."""
_COUNT_STARTS = frozenset(word for word, value in DIGIT_WORDS.items() if isinstance(value, int) and 1 <= value <= 11
                          and word != "a") | {"sejam", "setengah"}
""""dua hari lalu", "sejam yang lalu": a count in words may begin a time."""
T = TypeVar("T")

# Who died, as the sender names them → the sender's relation to the deceased.
_DECEASED_IS: dict[str, Relation] = {
    "istri": Relation.SPOUSE, "suami": Relation.SPOUSE,
    "bapak": Relation.CHILD, "ibu": Relation.CHILD, "mak": Relation.CHILD, "orangtua": Relation.CHILD,
    "anak": Relation.PARENT,
    "kakak": Relation.SIBLING, "adik": Relation.SIBLING, "saudara": Relation.SIBLING,
    "kakek": Relation.GRANDCHILD, "nenek": Relation.GRANDCHILD,
    "cucu": Relation.GRANDPARENT, "pasangan": Relation.SPOUSE,
    "menantu": Relation.PARENT_IN_LAW, "mertua": Relation.OTHER, "keponakan": Relation.OTHER, "ipar": Relation.OTHER,
    "teman": Relation.OTHER, "tetangga": Relation.OTHER,
}
# "saya anaknya", "saya istri almarhum": the sender names themself → that is their relation.
_SENDER_IS: dict[str, Relation] = {
    "anak": Relation.CHILD, "istri": Relation.SPOUSE, "suami": Relation.SPOUSE, "pasangan": Relation.SPOUSE,
    "adik": Relation.SIBLING, "kakak": Relation.SIBLING, "saudara": Relation.SIBLING, "cucu": Relation.GRANDCHILD,
    "bapak": Relation.PARENT, "ibu": Relation.PARENT, "orangtua": Relation.PARENT, "kakek": Relation.GRANDPARENT,
    "nenek": Relation.GRANDPARENT, "mertua": Relation.PARENT_IN_LAW, "menantu": Relation.OTHER,
    "keponakan": Relation.OTHER, "ipar": Relation.OTHER,
}
_OTHERS = frozenset(_DECEASED_IS) | {"keluarga", "warga", "penumpang"}
_FIRST_PERSON = frozenset({"saya"})
_ROAD = frozenset(["motor", "mobil", "truk", "jalan", "tabrakan", "lalulintas", "angkot", "bus", "sepeda"])
_ROAD_WORK = frozenset(["penumpang", "antar", "ojek", "kurir", "paket", "pesanan"])
"""Work done on the road: a crash or a fall during it is on the road ("jatuh pas antar penumpang"); a dog bite or a
robbery during it is not ("digigit anjing pas antar paket", "kena begal pas narik"), and is asked."""
_CRASH = frozenset(["jatuh", "kecelakaan", "tabrakan", "tergelincir", "terpental", "tersungkur", "oleng"])
ILLNESSES = frozenset(["sakit", "stroke", "jantung", "kanker", "covid", "diabetes", "gula", "ginjal", "paru", "tbc",
                       "demam", "tipes", "tifus", "dbd", "dengue", "malaria", "asma", "hipertensi", "kolesterol",
                       "hepatitis", "hamil", "keguguran", "melahirkan", "persalinan"])
"""Illnesses and their kin as people name them (BPJS Kesehatan's at the menu, an ordinary cause of death in a claim)."""
BEING_TREATED = frozenset({"dirawat", "opname", "icu", "kritis", "koma", "inap", "obat"})
"""Being treated, told without the illness: "ibu sy dirawat di icu", "bapak kritis di rs", "bisa buat beli obat?". With
no accident told, BPJS Kesehatan's, as an illness is."""
JOB_WORDS = frozenset({"buruh", "tukang", "kuli", "ojek", "ojol", "opang", "driver", "sopir", "supir", "pedagang",
                       "jualan", "dagang", "nelayan", "petani", "pemulung", "marbot", "ustadz", "ustad", "serabutan",
                       "pembantu", "satpam", "bengkel", "montir", "mekanik"})
"""Jobs as people name them: a job typed at a nomination's address, an accident tied to work."""


AT_HOME = re.compile(r"\b(?:kamar mandi|wc|toilet|dapur|tangga rumah|kasur|ranjang|tempat tidur|(?:di|pintu) rumah(?! (?:sakit|rs|orang|pelanggan|"
                     r"majikan|warga|tetangga|teman|saudara|klien|bos))|bathroom|at home)\b")
"""One's own home, in normalised words ("jatuh di rumah", "tiba2 jatuh di kamar mandi"): not someone's house where one
works or visits ("di rumah pelanggan"), nor a hospital ("rumah sakit" reads as "rs"). Its door too: "jari saya kejepit
pintu rumah" started a report; and one's bed ("sy jatuh dari kasur td pagi" started one)."""


_KPJ = re.compile(r"(?<![\d+])(\d(?:[ .\-]?\d){10})(?![\d])")


def _the_one(pattern: re.Pattern[str], text: str) -> str | None:
    """The digits of the one number of that length in the text (spaces, dots and dashes allowed between
    digits); None when there is none, or two different ones."""
    found = {re.sub(r"\D", "", match) for match in pattern.findall(text)}
    return found.pop() if len(found) == 1 else None


def find_nik(text: str) -> str | None:
    """The one 16-digit number in the text."""
    return _the_one(_NIK, text)


def find_kpj(text: str) -> str | None:
    """The one 11-digit number in the text ("kpj saya 572 4656 1833")."""
    return _the_one(_KPJ, text)


def without_nik(text: str) -> str:
    """The text with any NIK taken out: a NIK of Kalimantan Tengah (62…) reads as a phone."""
    return _NIK.sub(" ", text)


def without_numbers(text: str) -> str:
    """The text with any NIK or phone number taken out (to keep a story, not the identifiers in it)."""
    return _PHONE.sub(" ", _NIK.sub(" ", text))


def read_phone(text: str) -> str | None:
    """A mobile number typed alone, or the one inside a sentence ("hp nya 0812 3456 7890"), as 62…; never the
    digits before a letter O typed for a zero ("0812-3456-789O" is not 0812-3456-789)."""
    return normalise_phone(text) or (find_phone(text) if not _CONFUSED.search(text) else None)


def find_phone(text: str) -> str | None:
    """The one Indonesian mobile number in the text, as 62…"""
    found = phones_in(text)
    return found.pop() if len(found) == 1 else None


def phones_in(text: str) -> set[str]:
    """Every Indonesian mobile number in the text, as 62…"""
    return {phone for match in _PHONE.findall(text) if (phone := normalise_phone(match)) is not None}


def _time_words(text: str) -> list[str]:
    cleaned = text.casefold()
    for pattern in (_NIK, _PHONE):
        cleaned = pattern.sub(" ", cleaned)
    cleaned = re.sub(r"[^\w\s/.:\-]", " ", cleaned)
    words = [word.strip(".:-") or word for word in cleaned.split()]
    return [_TIME_SLANG.get(word, word) for word in words if word]


def _longest(words: list[str], parse: Callable[[str], T | None],
             starts: Callable[[int, str], bool] | None = None) -> T | None:
    """The value of the longest run of words, starting where `starts` allows (a date word or a number by
    default), that `parse` reads."""
    best: tuple[int, T] | None = None
    for start, word in enumerate(words):
        allowed = starts(start, word) if starts is not None else word in _DATE_WORDS or word[0].isdigit()
        if not allowed:
            continue
        for end in range(min(len(words), start + _LONGEST_PHRASE), start, -1):
            if best is not None and end - start <= best[0]:
                break
            value = parse(" ".join(words[start:end]))
            if value is not None:
                best = (end - start, value)
                break
    return best[1] if best is not None else None


def find_when(text: str, now: dt.datetime) -> When | None:
    """The longest run of words that reads as a date ("kemarin sore", "tgl 5", "5 Mei jam 14.30").

    A part of the day alone counts only when nothing names a day, and not as a greeting: in "pagi bang,
    mamak meninggal kemaren" the date is yesterday, and "selamat pagi" says nothing about when."""
    words = _time_words(text)

    def parse(phrase: str) -> When | None:
        return parse_when(phrase, now)

    named_day = _longest(words, parse, lambda i, word: word[0].isdigit() and not (
        i > 0 and words[i - 1] in _NUMBER_LABELS) or word in _COUNT_STARTS or (
        word in _DATE_WORDS and word not in _PARTS and not _last_of_a_period(words, i)) or (
        word in _PARTS and words[i + 1:i + 2] != [] and (words[i + 1] in WEEKDAYS or words[i + 1] in _JUST_PAST
                                                        and i > 0 and words[i - 1] != "selamat")) or (
        word in {"bulan", "bln"} and " ".join(words[i + 1:i + 3]).startswith(_MONTH_THEN_THE_DAY)))
    # "malam minggu"; "jatuh pagi tadi", "sore kemarin" (the part was lost: "tadi" alone read), not a greeting's
    # "selamat pagi, tadi …" nor a first word's "pagi, tadi …"
    if named_day is not None:
        return named_day
    return _longest(words, parse, lambda i, word: word in _PARTS and i > 0 and words[i - 1] != "selamat")


_MONTH_THEN_THE_DAY = tuple(f"{which} {label}" for which in ("lalu", "kemarin", "kmrn", "ini")
                            for label in ("tgl", "tanggal", "tg"))
"""After "bulan", the month and the day's label ("bulan lalu tgl 5"): the date starts at "bulan" (was "tgl 5" alone, in
this month)."""
_NUMBER_LABELS = frozenset({"lantai", "lt", "tingkat", "no", "nomor", "nomer", "gang", "gg", "rt", "rw", "km", "blok",
                            "jalur", "floor", "number"})
"""Before a number, what it numbers: "jatuh dr perancah lantai 2 minggu lalu" is the second floor, last week (it was
two weeks ago)."""
_JUST_PAST = frozenset({"tadi", "kemarin", "kemaren", "semalam"})
_PERIODS = frozenset({"bulan", "bln", "tahun", "thn", "lebaran", "puasa", "ramadan", "ramadhan", "natal", "imlek",
                      "fitri", "adha", "libur", "liburan", "musim"})
"""Before "kemarin", a period it makes "last" ("awal bulan kemarin", "lebaran kemarin"): yesterday was read, and a
death claim took yesterday's date for one a month or months ago."""


def _last_of_a_period(words: list[str], index: int) -> bool:
    return words[index] == "kemarin" and index > 0 and words[index - 1] in _PERIODS


_VAGUE = re.compile(rf"\b(?:(?:awal|akhir|pertengahan|tengah)\s+(?:bulan|bln|tahun|thn|{'|'.join(MONTHS)})|"
                    rf"(?:{'|'.join(sorted(_PERIODS))})\s+(?:kemarin|kemaren|kmrn|lalu|yang lalu|yg lalu)|"
                    rf"(?:early|late|mid|end of|beginning of)\s+(?:last\s+)?(?:month|year|{'|'.join(MONTHS)})|"
                    r"last\s+(?:month|year))\b")


def vague_date(text: str) -> bool:
    """A time told without its day ("awal bulan kemarin", "lebaran kemarin", "akhir oktober"): the day is asked."""
    return _VAGUE.search(text.casefold()) is not None


def tells_day(text: str, now: dt.datetime) -> bool:
    """Whether a text also says which day ("kemarin jam 3", "tadi pagi", "hari ini", "5 Mei"), not only the time
    of day ("jam 3 sore", "kejadiannya jam 2 siang"), which leaves a day already told as it was."""
    return "hari ini" in " ".join(text.lower().split()) or find_when(without_time_of_day(text), now) is not None


def read_when(text: str, now: dt.datetime) -> When | None:
    """An answer to "when?": the whole text as a date, or else a date inside it ("meninggalnya kemarin"); none when it
    names a day its month does not have."""
    if impossible_day(text):
        return None
    return parse_when(text, now) or find_when(text, now)


def read_date(text: str, today: dt.date) -> dt.date | None:
    """A full date, alone or inside the text ("lahir tgl 22 Mei 1970")."""
    return parse_date(text, today) or _longest(_time_words(text), lambda phrase: parse_date(phrase, today))


_DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)+")
_CONFUSED = re.compile(r"\d[oOlI]|[oOlI]\d")
"""A letter O, l or I among digits: a NIK mistyped, not a sentence."""


def read_nik(text: str) -> Nik | NikError:
    """The NIK typed alone, or the one 16-digit number inside a sentence ("nik nya 1571 0252 …"). A sentence
    with another number ("nomor kpj nya 1234-5678-901") is judged by that number: it has 11 digits."""
    parsed = parse_nik(text)
    if isinstance(parsed, NikError) and (found := find_nik(text)) is not None:
        inside = parse_nik(found)
        return inside if not isinstance(inside, NikError) else parsed
    if isinstance(parsed, NikError) and parsed.problem is NikProblem.NOT_DIGITS and not _CONFUSED.search(text):
        longest = max((re.sub(r"\D", "", run) for run in _DIGIT_RUN.findall(text)), key=len, default="")
        if len(longest) >= 8:
            return parse_nik(longest)
    return parsed


_PLACE_OR_PARTY = frozenset({"di", "ke", "dari", "rumah", "dengan", "bersama", "punya", "milik", "pada", "tempat"})


def find_deceased_relation(normalised: Normalised) -> Relation | None:
    """"bapak saya meninggal" → the sender is a CHILD of the deceased; "saya anaknya" / "saya istri
    almarhum" → the sender names themself; None when nobody is named."""
    tokens = normalised.tokens
    own = _sender_named_at(normalised)
    for index, word in enumerate(tokens):
        if index == own:
            return _SENDER_IS[word]
        if word == "orang" and tokens[index + 1:index + 2] == ("tuo",) \
                and not set(tokens[index + 2:index + 3]) & _OTHERS_OWN:
            return _DECEASED_IS["orangtua"]  # "wong tuo aku tewas …" (Jambi, Palembang): "tuo" read as "tua" by the
            # lexicon would change labelled messages' words, which the model is trained on
        if word in _OTHERS:
            if index > 0 and tokens[index - 1] in _PLACE_OR_PARTY:
                continue  # "kk nya di rumah mertua", "sudah bilang ke istri": where, or to whom; not who died
            following = tokens[index + 1:index + 2]
            if _another_who_died(tokens, index):
                continue
            if following in (("mertua",), ("ipar",)):
                continue  # "bapak mertua", "kakak ipar": the next word says who they are to the writer
            if following == ("tiri",):
                return None  # "bapak tiri": FACTS.md §8 does not settle a step-relation; asked
            if following and following[0] in _OTHERS_OWN:
                return None  # "nenek tetangga", "bapak teman saya": someone else's relative, not the writer's
            return _DECEASED_IS.get(word)
    return None


def _another_who_died(tokens: tuple[str, ...], index: int) -> bool:
    """A kin word after a death, then "juga": another who died too ("almarhum ga punya anak, istri juga udah
    meninggal"); or a couple named together ("suami istri meninggal dua2nya"): neither the writer's tie nor the
    deceased's sex (the wife, or the husband, was recorded as the one claiming)."""
    return tokens[index + 1:index + 2] in (("juga",), ("jg",)) and "meninggal" in tokens[:index] \
        or tuple(tokens[index:index + 2]) in _A_COUPLE or tuple(tokens[max(index - 1, 0):index + 1]) in _A_COUPLE


_A_COUPLE = frozenset({("suami", "istri"), ("istri", "suami")})


_OTHERS_OWN = frozenset({"tetangga", "teman", "temen", "kawan", "rekan", "bos", "majikan", "pelanggan", "neighbour",
                         "neighbor", "friend"})
"""Whose relative it is, after a kin word: not the writer's."""


_STANDING = (("kedua",), ("ketiga",), ("pertama",), ("siri",), ("sah",))
_STANDING_IN_ENGLISH = (("second",), ("third",), ("first",), ("adopted",), ("step",))


def _sender_named_at(normalised: Normalised) -> int | None:
    """Where the sender names themself ("saya anaknya", "saya istri almarhum", "i am his son"), as a word index."""
    tokens = normalised.tokens
    possessive = "my→saya" in normalised.notes  # "my father died" reads "saya bapak meninggal": the father died
    for index, word in enumerate(tokens):
        # "saya istri kedua almarhum": the standing said between (it made the deceased a woman)
        after = index + 1 + (tokens[index + 1:index + 2] in _STANDING)
        if word in _SENDER_IS and index > 0 and tokens[index - 1] == "saya" and not possessive and (
                any(note.endswith(f"nya→{word}") for note in normalised.notes)
                or tokens[after:after + 1] in (("dari",), ("meninggal",), ("almarhum",), ("almh",))
                or tokens[after:after + 1] and tokens[after] in _DECEASED_IS
                and tokens[after + 1:after + 2] == ("meninggal",)):
            return index  # "saya cucu, nenek meninggal …" was read as a grandparent's claim: the writer's own tie
        if word in _SENDER_IS and index > 0 and tokens[index - 1] == "saya" and not possessive \
                and tokens[index + 1:index + 2] in _STANDING:
            return index  # "sy istri kedua, bisa klaim santunan?": the husband's standing was answered of an "almarhumah"
        before = tokens[:index - 1] if tokens[index - 1:index] in _STANDING_IN_ENGLISH else tokens[:index]
        if word in _SENDER_IS and any(before[-len(said):] == said for said in _I_AM):
            return index  # "i am his son", "im her daughter", "i'm his second wife" (was made the one who died)
        if word in _SENDER_IS and tokens[index + 1:index + 2] in _ONLY_ONE and tokens[index + 2:index + 3] != ("saya",) \
                and (tokens[index - 1:index] == ("saya",) or tokens[max(index - 2, 0):index] == ("saya", "sendiri")):
            return index  # "saya anak tunggal, bapak saya meninggal", "cuma saya sendiri, anak tunggal": were read as
            # a parent's claim (not "anak tunggal saya meninggal", one's only child)
    return None


_ONLY_ONE = (("tunggal",), ("satu",))
"""After a kin word, the only one ("anak tunggal", "anak satu-satunya")."""


RELATION_WORDS = frozenset(_DECEASED_IS) | frozenset(_SENDER_IS)


def reads_two_ways(word: str) -> bool:
    """A kin word whose relation differs as who died and as who writes: "anak" (the deceased's parent, or child), not
    "istri" (a spouse either way)."""
    return _DECEASED_IS.get(word) != _SENDER_IS.get(word)


def find_own_relation(normalised: Normalised) -> Relation | None:
    """The writer's relation to the deceased, in answer to "Apa hubungan Anda dengan almarhum?": the writer naming
    themself ("saya istrinya", "sy anak kandungnya", "istrinya", "i am his wife") or the deceased by their tie to
    the writer ("dia suami saya", "bapak saya"). None for a relation word that says neither ("ada 2 anak masih sd":
    the deceased's children), which `find_deceased_relation`, reading a first message, takes for who died."""
    tokens = normalised.tokens
    for index, word in enumerate(tokens):
        if word in _SENDER_IS and (_named_by_oneself(tokens, index)
                                   or any(note.endswith(f"nya→{word}") for note in normalised.notes)):
            return _SENDER_IS[word]
        if word in _DECEASED_IS and tokens[index + 1:index + 2] == ("saya",):
            return _DECEASED_IS[word]
    said = [word for word in tokens if word not in _ANSWER_FILLER]
    if len(said) == 2 and said[0] in _OF_THE_DECEASED and said[1] in _SENDER_IS:
        return _SENDER_IS[said[1]]  # "his wife", "the son": the answer's "I am" left out
    if len(said) == 2 and said[0] in _SENDER_IS and said[1] in _IN_LAW:
        return _SENDER_IS[said[1]]  # "adik ipar", "bapak mertua": the tie by marriage says it
    if said and said[0] in _SENDER_IS and (set(said[1:]) <= _WHICH_ONE or len(said) == 3 and said[1] == "ke"
                                           and said[2].isdigit()):
        # "menantu", "anak kandung", "sebagai keponakan", "istri ke 2": the writer answering of themself
        return _SENDER_IS[said[0]]
    return None


def find_self_named(normalised: Normalised) -> Relation | None:
    """Only the writer naming themself ("saya anaknya", "i am his son"): beside a "no", a relation word of anyone's
    ("tidak, anaknya sudah kerja" at the children question) is not the writer's."""
    tokens = normalised.tokens
    return next((_SENDER_IS[word] for index, word in enumerate(tokens)
                 if word in _SENDER_IS and _named_by_oneself(tokens, index)), None)


def _named_by_oneself(tokens: tuple[str, ...], index: int) -> bool:
    return tokens[index - 1:index] == ("saya",) or any(tokens[:index][-len(said):] == said for said in _I_AM)


_IN_LAW = frozenset({"ipar", "mertua"})
"""After a kin word, a tie by marriage ("adik ipar", "ibu mertua"): was "Tulis hubungan Anda sendiri"."""
_ANSWER_FILLER = frozenset({"saya", "sebagai", "ya", "pak", "bu", "kak", "bang", "min"})
_WHICH_ONE = frozenset({"kandung", "angkat", "sulung", "pertama", "kedua", "ketiga", "bungsu", "tertua", "terakhir",
                        "laki", "perempuan", "cowok", "cewek", "satu", "satunya", "pertamanya", "keduanya", "ketiganya",
                        "muda", "mudanya", "tua", "tuanya"})
"""Words that say which one of them the writer is ("anak kandung", "anak pertama", "istri keduanya": his second wife,
not "both"): a step-child ("anak tiri") is not
among them and is asked (FACTS.md §8 does not settle it)."""


_OF_THE_DECEASED = ("his", "her", "the")
_I_AM = tuple((*start, owner) for start in (("saya", "am"), ("im",), ("saya", "was")) for owner in _OF_THE_DECEASED)
"""The English "I am his/her/the …" and "I was …": the sender names themself ("i'm" is written out before: the flows
read `normalise_message`)."""


DEATH_WORDS = frozenset({"meninggal", "tiada"})
"""A death told, in normalised words: "wafat", "almarhum", "mati" and "died" read as "meninggal"."""


def with_nya_off(words: Iterable[str]) -> set[str]:
    """Normalised words, and each without the "-nya" the normaliser keeps ("meninggalnya tadi subuh", "santunannya")."""
    kept = set(words)
    return kept | {word.removesuffix("nya") for word in kept}
_SPOUSES: dict[str, Literal["L", "P"]] = {"istri": "L", "suami": "P"}
"""The deceased's sex when the sender names themself a spouse."""
_MALE = frozenset({"suami", "bapak", "kakek"})
_FEMALE = frozenset({"istri", "ibu", "mak", "nenek"})
"""With "mak" (mother, in Jambi as across Sumatra: "mak ambo meninggal" was no one's), which the normaliser keeps."""


def find_deceased_sex(normalised: Normalised) -> Literal["L", "P"] | None:
    """"suami saya meninggal" → "L" (the deceased is a man), "istri …" → "P"; None when not said. The sender's own
    word for themself says the other sex of a spouse ("saya istrinya": a man died) and nothing of anyone else's (it
    made the deceased a woman, and a husband's NIK was doubted as the heir's own)."""
    own = _sender_named_at(normalised)
    tokens = normalised.tokens
    died = next((index for index, word in enumerate(tokens) if word in DEATH_WORDS), None)
    named_first = died is not None and any(word in _DECEASED_IS for word in tokens[:died])
    for index, word in enumerate(tokens):
        if index == own:
            if word in _SPOUSES:
                return _SPOUSES[word]
            continue
        if _another_who_died(tokens, index):
            continue
        if named_first and died is not None and index > died and word in _SPOUSES:
            # "kakak ipar sy meninggal, istrinya minta tolong urus": his wife, so a man died (was a woman)
            return _SPOUSES[word]
        if word in _MALE:
            return "L"
        if word in _FEMALE:
            return "P"
    return None


_TYPIST_VERBS = r"(?:lapor|melapor|laporin|laporkan|ngetik|ketik|mengetik|ketikin|nulis|tulis|menulis|kirim|chat|wa)"
_CARRIED = re.compile(r"(?:\bsaya\b.*)?\b(?:antar|jemput|bonceng|boncengin|membonceng|gonceng|gendong|bawa) (\w+)")
"""A relative the writer was taking somewhere when the writer was hurt: the report was recorded as the relative's. The
writer need not be named ("pas jemput anak sekolah sebelum narik, jatuh": who fell is asked)."""
_TYPIST = re.compile(rf"\b(?:bantuan (\w+)|(\w+)(?: saya)?(?: yang)? (?:bantu |membantu )?{_TYPIST_VERBS})\b")
"""A relative named as the one writing or reporting, not as the one hurt: "istri saya yang lapor karena saya masih di
rs", "dibantu istri ngetik ya, saya jatuh" (the report had recorded the sender's accident as a relative's)."""


_HELPED = re.compile(r"\b(?:dibawa|dilarikan|dievakuasi|diangkat|dijemput)(?: oleh)? (\w+)")
_RESCUED = re.compile(r"\btolong (\w+)")


def _helpers(normalised: Normalised) -> set[str]:
    """Who took the hurt one to care ("dibawa warga ke klinik", "ditolong warga"): the report was recorded as a
    relative's or a resident's. "tolong warga saya jatuh" asks for help: only "ditolong", as typed, rescued."""
    helpers = {match.group(1) for match in _HELPED.finditer(normalised.text)}
    if any(note.startswith("ditolong→") for note in normalised.notes):
        helpers |= {match.group(1) for match in _RESCUED.finditer(normalised.text)}
    return helpers


SENTENCE_WORDS = 3


def told_more_than_a_date(text: str) -> bool:
    """A date question's answer that may tell something else ("bapak saya meninggal kemarin"), worth classifying;
    "kemarin sore", "tgl 5" are read as dates without the model."""
    return len(text.split()) >= SENTENCE_WORDS


def carried_kin(normalised: Normalised) -> frozenset[str]:
    """The relatives the writer was taking somewhere, each named once ("saya jatuh dari motor waktu jemput anak")."""
    return frozenset(kin for match in _CARRIED.finditer(normalised.text) if (kin := match.group(1)) in _OTHERS
                     and normalised.tokens.count(kin) == 1)


SOMEONE_HAD_ONE = re.compile(r"\bada (?:yang|orang|org|pengendara|pemotor|ojol|ojek|driver|warga|teman|tukang)\b"
                              r"(?: \w+){0,2}? (?:kecelakaan|jatuh|ketabrak|ditabrak|tertabrak|tabrakan|kecelakan)\b"
                              r"(?! (?:sama|dengan|dgn|ama|sm|sampai) (?:saya|aku|gue|gw|sy|motor saya|motor sy))")
"""Someone's accident told ("ada yg kecelakaan depan pangkalan"): not the writer's own; asked before a report starts.
Not one with the writer ("tadi ada yang tabrakan sama saya")."""

def find_reporter(normalised: Normalised) -> Literal["self", "family"] | None:
    """"self" when the sender speaks of themself, "family" when they name someone else, else None."""
    if SOMEONE_HAD_ONE.search(normalised.text):  # "…, sy bantu bawa ke rs": the writer helped, someone else was hurt
        return "family"
    words = set(normalised.tokens)
    words -= {kin for match in _TYPIST.finditer(normalised.text) for kin in match.groups() if kin in _OTHERS}
    words -= carried_kin(normalised)  # "saya jatuh pas antar anak ke sekolah": the child was carried, the writer fell
    words -= _helpers(normalised)  # "saya jatuh …, dibawa warga ke klinik": the residents helped, the writer fell
    if words & (_OTHERS - {"penumpang"}):
        return "family"
    if words & _FIRST_PERSON:
        return "self"
    return None


_ROAD_AS_WORKPLACE = re.compile(r"\b(?:nyapu|menyapu|sapu|bersihin|membersihkan|bersihkan|perbaiki|memperbaiki|benerin|"
                                r"aspal|ngaspal|gali|menggali|ngecor|tambal|nambal|bangun|membangun) jalan\b")
"""A road that is the work ("tertimpa pohon waktu nyapu jalan"): no traffic by itself; asked."""
_VEHICLE_AS_WORKPLACE = re.compile(r"\b(?:tangga|bak|atap|atas|dari atas) (truk|mobil|pikap|pickup|bus)\b"
                                   r"|\b(?:bongkar|muat|ngangkut|angkut|naikin|nurunin)\w* (?:\w+ ){0,3}?"
                                   r"(?:ke |dari )?(truk|mobil|pikap)\b"
                                   r"|\bterjepit (?:\w+ ){0,2}?pintu (truk|mobil|pikap|pickup|bus|angkot)\b"
                                   r"|\b(truk|mobil|pikap) (?:\w+ ){0,3}?(?:pas|saat|waktu|sambil|lagi) (?:bongkar|muat|"
                                   r"ngangkut|angkut|naikin|nurunin|turunin|menurunkan)\w*\b")
"""A vehicle that is where the work is done ("jatuh dari tangga truk" as a porter, "bongkar muatan truk", "kejepit pintu
mobil pas nurunin barang"): it was read as a traffic accident, whose claim asks for a police report; asked instead."""


ASSAULTED = frozenset({"dipukul", "begal", "dibegal", "rampok", "dirampok", "keroyok", "dikeroyok", "aniaya", "dianiaya",
                       "bacok", "dibacok", "tikam", "ditikam", "tonjok", "ditonjok", "tampar", "ditampar", "palak",
                       "dipalak"})
"""Beaten or robbed: on a road, no traffic accident by itself ("saya ojol dipukul orang di jalan" was recorded as one,
whose claim asks for a police report of a crash); asked, unless a crash is told too."""


def find_road(normalised: Normalised) -> bool | None:
    """True when the story is on the road (a motorbike, a collision, a fall while carrying a passenger); None when
    not said. A word only guessed from a typo is no road ("masak jualan" read "masak jalan"), nor a road being swept
    or mended."""
    no_road = {note.split("~", 1)[1] for note in normalised.notes if "~" in note}  # guessed from a typo
    if _ROAD_AS_WORKPLACE.search(normalised.text):
        no_road.add("jalan")
    no_road |= {vehicle for match in _VEHICLE_AS_WORKPLACE.finditer(normalised.text) for vehicle in match.groups()
                if vehicle}
    words = set(normalised.tokens) - no_road
    if words & ASSAULTED and not words & _CRASH:
        return None
    return True if words & _ROAD or (words & _ROAD_WORK and words & _CRASH) else None


def find_illness(normalised: Normalised) -> bool:
    return bool(set(normalised.tokens) & ILLNESSES)


_WORK_ACCIDENT = re.compile(r"(?:^|(?<=\s))(?:(\S+) )?kecelakaan"
                            r"(?:(?: (?:saat|waktu|pas|ketika|sewaktu|sedang|lagi|at|while))* kerja"
                            r"|(?: (?!(?:bukan|tidak|tdk|ga|gak|nggak|enggak|not)\b)\S+){1,3}?"
                            r"(?: (?:saat|waktu|pas|ketika|sewaktu|sedang|lagi|while))+ (?:kerja|bekerja)"
                            r"|(?: (?!(?:bukan|tidak|tdk|ga|gak|nggak|enggak|not)\b)\S+){0,3}?"
                            r"(?: (?:saat|waktu|pas|ketika|sewaktu|sedang|lagi|while))+ (?:narik|ojek)"
                            r"|(?: \S+){0,3}?(?: (?:saat|waktu|pas|ketika|sewaktu|sedang|lagi|while))+ (?:antar|anter|"
                            r"mengantar|nganter|kirim|mengirim|taking|driving|delivering|carrying) (?:(?:a|an|the) )?"
                            r"(?:barang|paket|penumpang|orderan|order|pesanan|makanan|galon|food|package|parcel)"
                            r"|(?: \S+){0,3}? (?:berangkat|pulang|on (?:the|his|her|saya|their) (?:way|cara) to) "
                            r"(?:ke )?kerja)\b"
                            r"|\bkerja kecelakaan\b")
"""A work accident said in so many words, in normalised words: "kecelakaan kerja", "laka kerja", "kecelakaan pas
kerja", "work accident" (read "kerja kecelakaan"), "accident at work", "accident while working" ("while kerja"), a
driver's "kecelakaan (motor) waktu narik" (not "kecelakaan ojek": a passenger's too), and on the way to or from work
("kecelakaan motor waktu berangkat kerja", "accident on his way to work": FACTS §5 counts the way to work as work), a
word or three between
("kecelakaan motor waktu kerja", not "kecelakaan bukan waktu kerja"). A delivery named as the work
("kecelakaan di tol pas antar barang", "accident … while taking a passenger home"), not just any trip ("pas antar anak
sekolah")."""


_HARMED = (r"(?:jatuh|terjatuh|tersengat|kesetrum|tersetrum|tertimpa|tabrakan|ditabrak|tertabrak|ketabrak|"
           r"terlindas|kelindas|tenggelam|dibegal|begal|dirampok|dibacok|ditikam|dikeroyok|longsor|tertimbun|"
           r"ketimbun|tertindih|ketindih|terseret|hanyut|tersambar)")
"""A harm done to the body (a fall into illness, "jatuh sakit", "jatuh pingsan", is read "sakit", "pingsan" before)."""
_WHILE_WORKING = (r"(?:(?:saat|waktu|pas|ketika|sedang|lagi|at|while) "
                  r"(?:kerja|bekerja|narik|ojek|antar paket|antar barang|antar penumpang|antar orderan|"
                  r"(?:berangkat|pulang) (?:ke )?kerja)"
                  r"|on (?:the|his|her|saya|their) (?:way|cara) (?:to|from) kerja)")
_HARMED_AT_WORK = re.compile(rf"\b(?:{_HARMED}\b(?: \S+){{0,4}}? {_WHILE_WORKING}"
                             rf"|{_WHILE_WORKING}\b(?: \S+){{0,4}}? {_HARMED})\b")
"""A harm of work told without the word "kecelakaan" ("bapak jatuh dari atap waktu kerja", "ditabrak truk pas antar
paket", "ditabrak truk pas lagi narik", which reads "ojek"; "dibegal pas narik"; "kena longsor pas kerja", whose cause
was not noted in the death claim), the work told first too ("meninggal pas narik ojek, jatuh sendiri", "waktu kerja di
bangunan, jatuh dari lantai 3": not noted), on the way to or from work too
("ditabrak truk waktu berangkat kerja", "hit by a truck on his way to work": "way" reads "cara"), in English too ("died
at work yesterday, fell from scaffolding", "fell from a building at work": "at kerja", not noted): a death from it is
a work accident's, as the same answer at the cause question is."""


def find_work_accident(normalised: Normalised) -> bool:
    """A death told as a work accident in so many words, not denied ("bukan kecelakaan kerja")."""
    return any(match.group(1) not in NEGATIONS | {"bukan"} for match in _WORK_ACCIDENT.finditer(normalised.text)) or (
        _HARMED_AT_WORK.search(normalised.text) is not None and not {"bukan"} & set(normalised.tokens))


_HARM = (r"(?:patah(?: tulang)?|retak|lecet(?:2|-lecet)?|luka(?:2|-luka)?(?: bakar| robek)?|luko|memar|keseleo|terkilir|"
         r"cedera|cidera|kebentur|terbentur|kepentok|kejedot|terantuk|"
         r"kekilir|bengkak|sobek|robek|berdarah|melepuh|terbakar|remuk|gegar otak|geger otak|terpotong|putus|teriris|"
         r"tersayat|terjepit|kejepit|tergencet|tertusuk|bocor|benjol|diperban|dijahit|digips|di ?gips|broken|broke|"
         r"disabet|dibacok|ditusuk|ditikam|disayat|kena (?:sabet|bacok|tusuk)|"  # "tangan disabet": a blade's
         r"fractured|"
         r"sprained|bruised|cut|burned|swollen|hurts|hurt|injured|bleeding|sore|aches|aching|wounded)")
BODY_PART = (r"(?:kaki|tangan|kepala|badan|tubuh|lengan|jari(?: tangan| kaki)?|punggung|pinggang|lutut|siku|bahu|"
             r"pundak|dada|perut|mata|wajah|muka|leher|pergelangan(?: tangan| kaki)?|telapak(?: tangan| kaki)?|paha|"
             r"betis|tulang(?: \w+)?|gigi|hidung|telinga|pelipis|dahi|jidat|kening|bibir|dagu|pipi|rahang|alis|tumit|"
             r"jempol|kuku|leg|arm|hand|head|foot|back|knee|wrist|ankle|finger|shoulder|hip|rib|ribs|lip|chin|jaw|cheek|"
             r"toe|nose|elbow|neck)(?:nya|ku)?")  # "bibir sobek" at a report's question was not understood
_SIDE = r"(?: (?:kanan|kiri|right|left|saya|sy|nya))?"
_ACHING = r"(?:sakit|nyeri|ngilu|pegal|pegel)"
"""Pain after the part of the body ("pinggang sakit", "lutut nyeri"): an injury told in a report. Not before it: "sakit
kepala" is a headache, an illness."""
_SEEMINGLY = r"(?:kayaknya|kayanya|kyknya|kykny|keknya|sepertinya|spertinya|mungkin|mgkn|probably|maybe)"
"""A harm not yet known for sure, as an X-ray has not said it ("kaki kiri kayaknya retak"): told all the same."""
_INJURY = re.compile(rf"\b(?:{BODY_PART}{_SIDE}(?:['’]s)?(?: (?:juga|ikut|agak|sedikit|also|is|was|got|are|were))?"
                     rf"(?: {_SEEMINGLY})? "
                     rf"(?:{_HARM}|{_ACHING})|"
                     rf"{_HARM}(?: (?:di|pada|on|my|the|his|her))?(?: (?:left|right))? {BODY_PART}{_SIDE})\b",
                     re.IGNORECASE)
"""A harm and the part of the body it was done to, either way round: "kaki lecet2", "kakinya patah", "patah kaki
kanan", "luka di kepala", "tangannya juga keseleo" (more told at a summary), "my hand is broken", "broken left arm"
(these two were not read in an English report), "my arm's broken"."""


INJURY_WORDS = frozenset({"patah", "luka", "keseleo", "tertimpa", "terpotong", "terpeleset", "tersiram", "terbakar",
                          "tersengat", "tergores", "teriris", "terjepit", "tertusuk", "berdarah", "cedera", "jatuh",
                          "tabrakan", "kecelakaan"})
"""An injury or the event that caused it, in normalised words ("kepeleset", "broken" and "fell" read as these): an
injury told is never sent to another programme, and at the calculator it is the case asked. Not a death: "someone
offers to cash the late father's benefit for a fee" is rightly a scam question. (`find_injury` reads the harm and
the part of the body as written, for a report.)"""


def find_injury(text: str) -> str | None:
    """The injuries a story names ("jatuh dari motor, kaki lecet2 sama tangan keseleo" → "kaki lecet2, tangan
    keseleo"), as written; None when it names none with the part of the body."""
    found = [" ".join(match.group(0).split()) for match in _INJURY.finditer(text)]
    return ", ".join(dict.fromkeys(found)) or None


_COUNT_WORDS = {word: value for word, value in DIGIT_WORDS.items() if isinstance(value, int) and value <= 11
                and word != "a"} | {"setahun": 1, "sebulan": 1, "zero": 0}
_NONE = frozenset({"belum setahun", "kurang dari setahun", "less than a year", "none", "no"})
_COUNT_FILLER = frozenset(["baru", "sudah", "udah", "sdh", "sekitar", "sekitaran", "kira", "kira-kira", "kira2", "kurleb",
                           "kayaknya", "mungkin", "ada", "punya", "orang", "anak", "tahun", "thn", "th", "tahunan",
                           "bulan", "bln", "persen", "%", "about", "around", "maybe", "years", "year", "months", "month",
                           "children", "kids", "percent", "kak", "pak", "bu", "bang", "mas", "mbak", "min", "ya", "aja",
                           "saja", "sih", "deh", "masih", "msh", "sekolah", "yang", "yg", "semua", "semuanya"])
"""Words around a count that do not change it, a guess and a courtesy among them ("kira2 3 tahun", "4 tahun pak", "anak 2
masih sekolah" were not read). Not "lebih"/"kurang" alone: "lebih dari 2 tahun" is not 2; "kurang lebih" is "about"."""


def read_count(text: str) -> int | None:
    """A small whole number as people write it: "4", "4 tahun", "baru setahun", "dua", "ga ada" (0), "belum
    setahun" (0). Anything else in the answer ("3 juta", "lebih dari 2") is not a count."""
    words = re.sub(r"[.,!?]+", " ", text.lower().replace("%", " % ").replace("kurang lebih", "kurleb")).split()
    if " ".join(words) in _NONE or (len(words) == 2 and words[0] in NEGATIONS | {"belum", "blm"}
                                   and words[1] in ("ada", "punya")):  # "ga ada", "belum punya"
        return 0
    numbers = [int(word) if word.isdigit() else _COUNT_WORDS[word] for word in words
               if word.isdigit() or word in _COUNT_WORDS]
    others = [word for word in words if not word.isdigit() and word not in _COUNT_WORDS]
    if len(numbers) != 1 or any(word not in _COUNT_FILLER for word in others):
        return None
    return numbers[0]
