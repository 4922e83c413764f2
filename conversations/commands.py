"""Words that work at every step, and matching what a user typed against the offered options."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from enum import StrEnum

from conversations.flow import Option
from conversations.nlu.normalise import spelled_out

_INVISIBLE = frozenset("\u200b\u2060\ufeff")
"""Zero-width space, word joiner, byte-order mark: pasted along with text, never meant."""
_FULL_WIDTH = range(0xFF01, 0xFF5F)
"""Full-width forms of ASCII ("６４７４…" from a CJK keyboard): the ASCII character plus 0xFEE0."""


def as_typed(text: str) -> str:
    """What the user meant: digits of any script (a phone set to Arabic shows ٦٤٧٤…) and full-width characters as
    their ASCII selves, invisible zero-width characters dropped. Every reader of numbers and words sees ASCII."""
    if text.isascii():
        return text
    meant: list[str] = []
    for char in text:
        if char in _INVISIBLE:
            continue
        code = ord(char)
        if code in _FULL_WIDTH:
            meant.append(chr(code - 0xFEE0))
        elif code == 0x3000:  # the ideographic space
            meant.append(" ")
        elif char.isdecimal():
            meant.append(str(unicodedata.decimal(char)))
        else:
            meant.append(char)
    return "".join(meant)


class Command(StrEnum):
    MENU = "menu"
    CANCEL = "cancel"
    BACK = "back"
    HELP = "help"
    LANGUAGE = "language"
    OPT_OUT = "opt_out"
    """BERHENTI / STOP: no more reminders or broadcasts (and whatever was in progress is cancelled)."""
    OPT_IN = "opt_in"
    """MULAI: reminders and broadcasts again, and the menu."""
    MISTAP = "mistap"
    """"salah pencet": the question before it again, as BACK; with nothing before it (a menu, the end of what was sent),
    the same question, nothing left."""


GLOBAL_WORDS: dict[str, Command] = {
    "menu": Command.MENU, "menu utama": Command.MENU, "main menu": Command.MENU, "start": Command.MENU,
    "mulai": Command.OPT_IN, "home": Command.MENU,
    "batal": Command.CANCEL, "batalkan": Command.CANCEL, "batalin": Command.CANCEL, "cancel": Command.CANCEL, "stop": Command.OPT_OUT,
    "berhenti": Command.OPT_OUT, "unsubscribe": Command.OPT_OUT, "gak jadi": Command.CANCEL,
    "berhenti langganan": Command.OPT_OUT, "stop langganan": Command.OPT_OUT, "berhenti berlangganan": Command.OPT_OUT,
    # as a newsletter or an operator's SMS offers it (was "not understood")
    "ga jadi": Command.CANCEL,
    "tidak jadi": Command.CANCEL,
    "keluar": Command.CANCEL, "exit": Command.CANCEL, "quit": Command.CANCEL, "udahan": Command.CANCEL,
    "btl": Command.CANCEL, "btal": Command.CANCEL, "batl": Command.CANCEL, "bata": Command.CANCEL,
    # "batal" as thumbs type it in a hurry (was "not understood", the question again)
    # "keluar" at "Siapa yang mengalami kecelakaan?" chose "Keluarga/orang lain" (a prefix of it), and went on
    "kembali": Command.BACK, "back": Command.BACK, "balik": Command.BACK, "sebelumnya": Command.BACK,
    "bantuan": Command.HELP, "help": Command.HELP, "tolong": Command.HELP, "?": Command.HELP,
    "bahasa": Command.LANGUAGE, "language": Command.LANGUAGE, "ganti bahasa": Command.LANGUAGE,
    "change language": Command.LANGUAGE,
}

GREETINGS = frozenset(
    ["halo hallo halo kak halo min hai hay hi hello hey pagi siang sore malam selamat pagi selamat siang selamat sore selamat malam assalamualaikum assalamu alaikum asalamualaikum salam permisi p ping tes test min kak bang mas mbak good morning good afternoon good evening"][0].split()
) | {"woi", "oi", "hoi", "bot"} | {"selamat pagi", "selamat siang", "selamat sore", "selamat malam", "assalamu alaikum", "halo kak",
     "halo min", "good morning", "good afternoon", "good evening"}

_PUNCTUATION = re.compile(r"[^\w\s?]+")
_NUMBER_NAMED = r"(?:nomor|nomer|nmr|no|pilih|pilihan|angka|opsi|yang|yg)(?:\s+(?:yang|yg|nomor|nomer|no))?(?:\s*ke)?"
_COURTESY_AFTER = r"(?:\s+(?:ya|yah|aja|saja|dong|deh|kak|min|pak|bu|mas|mbak|bang|please|pls))*"
_NUMBERED = re.compile(rf"^(?:{_NUMBER_NAMED}\s*)?(\d{{1,2}})\s*[.)]?{_COURTESY_AFTER}$")
"""An option's number typed alone, or after the word for it: "nomor 1", "nomer 5", "pilih 3", "angka 1" (as the bot
asks: "Ketik angka pilihan Anda"), "yg 2", "yang ke 5"; with a courtesy after it, "5 ya", "2 aja kak" (not
understood). Never a number word alone ("dua" at "Apakah ada anak?" would
be the option "Tidak"), only after the word for an option (_NUMBER_IN_WORDS)."""
NUMBER_WORDS = {"satu": 1, "pertama": 1, "dua": 2, "kedua": 2, "tiga": 3, "ketiga": 3, "empat": 4, "keempat": 4, "lima": 5,
                "kelima": 5, "enam": 6, "keenam": 6, "tujuh": 7, "ketujuh": 7, "delapan": 8, "kedelapan": 8,
                "sembilan": 9, "kesembilan": 9, "sepuluh": 10, "kesepuluh": 10}
_NUMBER_IN_WORDS = re.compile(rf"^{_NUMBER_NAMED}\s+({'|'.join(NUMBER_WORDS)})$")
""""nomor satu", "pilih yang pertama", "yang kelima": a number word said to be an option's."""


_APPROVING = re.compile("[\U0001F44D\U0001F44C\u2705\u2714\u2611]\ufe0f?[\U0001F3FB-\U0001F3FF]?")
"""👍 👌 ✅ ✔️ ☑️ (any skin tone) read as "ok": a thumbs-up is how many say yes ("👍" at "Benar?" was "Jawab dulu")."""


@functools.lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Cached: the same option labels and aliases are normalised on every choice step."""
    text = _APPROVING.sub(" ok ", spelled_out(text)) if not text.isascii() else spelled_out(text)
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())  # "wasn't": "was not", not "wasn t"


NEGATIONS = frozenset(["gak", "ga", "gk", "g", "tdk", "nggak", "ngga", "nga", "enggak", "engga", "ndak", "nda", "idak", "tidak",
                  "tak", "kagak", "ora"])
_GOING_AHEAD = frozenset(["jadi", "jd", "jdi", "sido"])
"""'Not going ahead' in any spelling ("gk jadi", "ndak jadi", Javanese "ora sido"): a cancel."""
_PARTICLES = frozenset(["aja", "ajah", "saja", "deh", "dong", "ya", "yah", "dulu", "sih", "lah", "min", "kak", "pak",
                        "bu", "mas", "mbak", "bang", "gan", "bos"])
"""Words said around a command that do not change it: "batal aja deh", "menu dong", "kembali ya kak"."""
_AROUND_PARTICLES = frozenset({Command.CANCEL, Command.MENU, Command.BACK})
"""Commands still read with particles around them; never a stop to reminders (BERHENTI must be meant)."""


MAX_COMMAND = 24
"""Characters of the longest command said with its particles ("bicara dengan petugas aja"): longer is no command."""


def global_command(text: str) -> Command | None:
    """The command a whole message stands for ("batal", "/menu", "Bantuan!", "gk jadi", "batal aja"), if any."""
    stripped = text.strip()
    if stripped.startswith("/"):
        stripped = stripped[1:].split("@", 1)[0]
    cleaned = normalise(stripped)
    found = GLOBAL_WORDS.get(cleaned)
    if found is not None or cleaned[:1].isdigit():  # a command is never a number (a NIK, a KPJ, an option's)
        return found
    # "batall", "menuu": a command is a word or two, never a sentence
    squeezed = _squeezed(cleaned) if len(cleaned) <= MAX_COMMAND else cleaned
    if squeezed != cleaned and (found := GLOBAL_WORDS.get(squeezed)) is not None:
        return found
    words = _bare_words(squeezed)
    if _not_going_ahead(words):
        return Command.CANCEL
    if _mistapped(words):
        return Command.MISTAP
    found = GLOBAL_WORDS.get(" ".join(words))
    if found is None and len(cleaned) <= MAX_OPT_OUT \
            and (_OPTING_OUT.match(cleaned) or _NOT_TO_BE_CONTACTED.match(cleaned)):
        return Command.OPT_OUT
    return found if found in _AROUND_PARTICLES else None


def _bare_words(squeezed: str) -> list[str]:
    """The words of a command without the particles around it, a negation written together split off ("gajadi")."""
    words = [word for word in squeezed.split() if word not in _PARTICLES]
    if len(words) == 1:  # written together: "gajadi", "gkjd"
        negation, j, going = words[0].rpartition("j")
        words = [negation, j + going] if negation else words
    return words


_INTERJECTIONS = frozenset({"eh", "maaf", "mohon", "sorry", "sori", "duh", "aduh", "waduh", "ups", "oops", "wah", "astaga",
                            "tadi", "td", "oh"})
_MISTAP = re.compile(r"^(?:(?:salah|keliru|wrong) (?:pencet|mencet|tekan|neken|klik|pilih|tombol|button|pilihan|menu|"
                     r"pencet tombol|tekan tombol|klik tombol|pilih menu|pencet menu|one)|kepencet|kepencet salah|"
                     r"ketekan|keklik|kepilih|pressed the wrong (?:one|button))$")
"""A button tapped by mistake, said at the question it led to ("salah pencet", "eh salah pilih", "kepencet"): was "not
understood", or taken as the answer (an officer's rejection reason): the question before it again (Command.MISTAP)."""


def _mistapped(words: list[str]) -> bool:
    said = " ".join(word for word in words if word not in _INTERJECTIONS)
    return len(said) <= MAX_COMMAND and _MISTAP.match(said) is not None


def _not_going_ahead(words: list[str]) -> bool:
    return len(words) == 2 and words[0] in NEGATIONS and words[1] in _GOING_AHEAD


def changed_mind(text: str) -> bool:
    """"gak jadi", "gajadi deh", "ora sido": a cancel that says the writer is not going ahead. At a question whether to
    cancel something it is a no, where "batal" is a yes in its own word."""
    return _not_going_ahead(_bare_words(_squeezed(normalise(text))))


def opens_with_a_change_of_mind(text: str) -> bool:
    """"gak jadi tolak", "gajadi deh, salah": where a reason is typed, not going ahead is no reason."""
    words = text.split()
    return bool(words) and (changed_mind(words[0]) or changed_mind(" ".join(words[:2])))


MAX_OPT_OUT = 60
_OPTING_OUT = re.compile(
    r"^(?:(?:tolong|mohon|please|pls|min|kak|pak|bu|udah|sudah|dah|ok|oke)\s+)*(?:(?:saya|sy|aku|gue|gw|i)\s+)?"
    r"(?:(?:(?:mau|ingin|pengen|pingin|minta|want to|wanna|would like to)\s+)?"
    r"(?:stop|berhenti|jangan|jgn|ga usah|gak usah|nggak usah|tidak usah|gausah|gk usah|dont|don t|do not)\s+"
    r"(?:kirim|kirim2|kirimi|kirimin|ngirim|ngirimin|mengirim|mengirimi|send|sending|spam|spamming|chat|chatin|"
    r"ngechat|hubungi|menghubungi|contact|message|messaging|texting|wa|ngewa|sms|smsin|ngesms)"
    # or not receiving them: "saya mau berhenti dapat pesan", "aku ga mau terima pesan lagi", "i want to stop receiving
    # messages", "i dont want any more messages"
    r"|(?:(?:mau|ingin|pengen|pingin|minta|want to|wanna|would like to)\s+)?(?:stop|berhenti)\s+"
    r"(?:dapat|dapet|terima|menerima|nerima|dikirimi|receiving|getting)"
    r"|(?:ga|gak|nggak|ngga|tidak|gk|tdk) (?:mau|ingin|pengen) (?:dapat|dapet|terima|menerima|nerima|dikirimi|"
    r"dikirimin)|(?:dont|don t|do not) want(?: to (?:receive|get))?)\s+"
    r"(?:(?:saya|sy|aku|gue|me|lagi|lg|ke|to|any|more|anymore|ya|dong|deh|these|your)\s+)*"
    r"(?:pesan|pesannya|sms|wa|chat|message|messages|broadcast|siaran|pengingat|notifikasi|notif|info|informasi|saya|sy|"
    r"aku|me)\b(?:\s+(?:saya|aku|me|lagi|lg|ke saya|any more|anymore|ya|dong|deh|again|please))*$")
"""Asking for no more messages in a sentence ("stop kirim pesan", "jangan kirim pesan lagi", "stop sending me messages"):
BERHENTI as the user means it. "jangan kirim pesan lagi" got the scam warning, "udah jangan chat sy lg" the status
check, the others were not understood. Only with what is sent named: "jangan kirim dulu" at a claim's question is no
stop to reminders."""


_NOT_TO_BE_CONTACTED = re.compile(
    r"^(?:(?:tolong|mohon|min|kak|pak|bu)\s+)*(?:(?:saya|sy|aku|gue|gw)\s+)?(?:ga|gak|nggak|ngga|tidak|gk|tdk)\s+"
    r"(?:mau|ingin|pengen)\s+(?:di|di-)?(?:hubungi|kontak|chat|wa|sms|telepon|telpon|kirimi pesan|kirimin pesan)"
    r"(?:\s+(?:lagi|lg|ya|dong|deh))*$")
""""sy ga mau dihubungi lagi" (no more messages, said of oneself): was handed to an officer."""


_SLASH_COMMAND = re.compile(r"/([^\W\d_]\w*)(?:@\w+)?(?:\s|$)")


def slash_command(text: str) -> Command | None:
    """A `/word` typed as text (WhatsApp and the terminal have no command entities): read as Telegram's command
    entity is — the global command its name is, or the menu for a name we do not have."""
    match = _SLASH_COMMAND.match(text.strip())
    if match is None:
        return None
    return global_command(match.group(1)) or Command.MENU


def number_typed(text: str) -> int | None:
    """The number of an option typed alone ("4", "4."), whether or not there is such an option."""
    cleaned = normalise(text)
    if (match := _NUMBERED.match(cleaned)) is not None:
        return int(match.group(1))
    words = _NUMBER_IN_WORDS.match(cleaned) if cleaned[:1] in "nopay" else None
    return NUMBER_WORDS[words.group(1)] if words is not None else None


_SALAM = re.compile(r"^(?:as+a?l+a?m+u?\s?a?l[ae]i?k[ou]m|samlekom|aslm|ass wr|السلام\s?عليكم)\b")
_SALAM_OPENS = "AaSsا"
"""The letters a salam can open with: in Latin letters, or pasted in Arabic ("السلام عليكم")."""


def opens_with_salam(text: str) -> bool:
    """"Assalamualaikum", "Assalamu'alaikum wr wb", "aslm": a salam, which is answered before anything else."""
    return text.lstrip()[:1] in _SALAM_OPENS and _SALAM.match(normalise(text)) is not None


_TIME_GREETING = re.compile(r"\s*(?:selamat|slmt|met)\s+(pagi|siang|sore|malam|malem)\b", re.IGNORECASE)


def time_greeting(text: str) -> str | None:
    """"Selamat malam, maaf mengganggu": the part of the day greeted in, to be greeted back (it got the menu alone)."""
    found = _TIME_GREETING.match(text)
    return None if found is None else found[1].lower().replace("malem", "malam")


_SALAM_TAIL = frozenset({"wr", "wb", "warahmatullahi", "wabarakatuh", "warohmatullahi", "wabarokatuh", "warahmatullah",
                         "pak", "bu", "min", "kak", "bang", "mas", "mbak", "semua", "admin", "ورحمة", "الله", "وبركاته"})


def is_greeting(text: str) -> bool:
    said = normalise(text)
    if said in GREETINGS or not said and text.strip():  # "." or "..", as "P", calls for attention (was "not understood")
        return True
    salam = _SALAM.match(said) if said[:1] in _SALAM_OPENS else None
    return salam is not None and set(said[salam.end():].split()) <= _SALAM_TAIL  # "assalamualaikum wr wb pak"


ACKNOWLEDGEMENTS = frozenset(["ok", "oke", "okay", "okey", "okeh", "sip", "siap", "baik", "ya", "iya", "y", "yes", "noted",
                              "oke deh", "ok deh", "sip deh", "baik pak", "baik bu", "ok pak", "ok bu", "siap pak",
                              # understood ("sudah jelas" was "not understood")
                              "jelas", "sudah jelas", "udah jelas", "ok jelas", "oke jelas", "paham", "sudah paham",
                              "udah paham", "ok paham", "oke paham", "mengerti", "sudah mengerti", "ngerti", "understood",
                              "got it", "clear",
                              # "oh gitu ya", "alhamdulillah", "siap pak laksanakan", "aamiin": were "not understood"
                              "oh", "ohh", "oo", "gitu", "begitu", "oh gitu", "oh begitu", "alhamdulillah", "laksanakan",
                              "amin", "aamiin", "amiin", "aamin"])
_ACK_SIGNS = frozenset("👍🙏👌🙂😊👏✅😁😄😅😂🤣 ️")
_LAUGHTER = re.compile(r"(?:wk){2,}w?|(?:h[aeiu]){2,}h?|(?:xi){2,}|(?:awok){2,}")
"""Laughter typed ("wkwkwk", "hehe", "haha"): said back, not a question ("hehe" at the menu was "not understood")."""


UNSURE_WORDS = tuple(f"{no} {know}" for no in ("tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "ndak", "tak",
                                                "idak", "dak", "belum", "blm", "kurang")
                     for know in ("tahu", "tau", "tao")) + ("gatau", "gatahu", "gktau", "entah", "ntah", "dunno",
                                                           "don't know", "dont know", "not sure", "lupa",
                                                           "tidak ingat", "gak ingat", "ga ingat", "nggak ingat",
                                                           "gk inget", "ga inget", "gak inget", "lupa lupa ingat",
                                                           "don't remember", "dont remember") + tuple(
    f"{no} {sure}" for no in ("tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "belum", "blm", "kurang")
    for sure in ("yakin", "pasti"))
"""How "I don't know" (or "I forgot", "I'm not sure": "ga yakin", "belum pasti") is written, Jambi's "idak tau" included;
the matcher refuses to read a hedge as a yes or a no ("blm pasti" at "Sudah berobat?" was "belum berobat")."""
_UNSURE_SAID = frozenset(normalise(phrase) for phrase in UNSURE_WORDS)


_IN_DOUBT = re.compile(r"\b(?:ya|iya|iyah|yah|iye) kali\b|^kali$|\bmasa (?:sih )?(?:iya|iyah|ya|sih|gitu)\b|"
                     r"\bbisa jadi\b|\bbarangkali\b|\bgitu deh\b")
"""A yes said in doubt: "ya kali" (maybe, or "as if"), "masa iya" (really?), "bisa jadi", "ya gitu deh" (sort of) were
each recorded as a yes ("ya" in them). Not "kali" alone inside a sentence: "jatuh ke kali" is a river, "2 kali" twice."""
_ANSWERED_IN_DOUBT = re.compile(r"(?:(?:ya|iya|yah) )?(?:kali|mungkin|kayaknya|kayanya|sepertinya|barangkali|bisa jadi)"
                            r"(?: (?:ya|iya|tidak|ga|gak|nggak|bukan))?|masa (?:sih )?(?:iya|gitu)|(?:ya )?gitu deh")
"""A whole message answering in doubt ("kayaknya iya", "mungkin", "ya kali"): not known for sure."""


def is_unsure(text: str) -> bool:
    """"ga tau", "gatau kak", "belum tahu sih", "kayaknya iya": the answer is not known (for sure), said as the whole
    message."""
    cleaned = normalise(text)
    return (" ".join(word for word in cleaned.split() if word not in _PARTICLES) in _UNSURE_SAID
            or _ANSWERED_IN_DOUBT.fullmatch(_untagged(" ".join(re.sub(r"[^\w\s]", " ", cleaned).split()))) is not None)


_PUZZLED_SAID = frozenset({
    "maksudnya", "maksudnya apa", "apa maksudnya", "maksudnya gimana", "maksudnya gmn", "maksudnya bagaimana",
    "gimana maksudnya", "ga ngerti", "gak ngerti", "gk ngerti", "nggak ngerti", "ngga ngerti", "tidak ngerti",
    "tidak mengerti", "kurang ngerti", "ga paham", "gak paham", "tidak paham", "kurang paham", "ga jelas", "gak jelas",
    "kurang jelas", "bingung", "hah", "hah apa", "apa", "apaan", "gimana", "gmn", "bagaimana", "i dont understand",
    "i don't understand", "what do you mean", "what", "huh", "confused", "i'm confused", "im confused", "i am confused",
    "not clear", "unclear", "sorry what"})
_PUZZLED_AROUND = _PARTICLES | frozenset({"saya", "sy", "aku", "masih", "jadi", "nih"})


def is_puzzled(text: str) -> bool:
    """"maksudnya apa?", "sy ga ngerti", "bingung": the question not understood, said as the whole message."""
    words = re.sub(r"[^\w\s']", " ", normalise(text)).split()
    return " ".join(word for word in words if word not in _PUZZLED_AROUND) in _PUZZLED_SAID


QUESTION_WORDS = frozenset({"bagaimana", "gimana", "gmn", "gmna", "gimna", "dimana", "dmn", "kenapa", "knp", "mengapa",
                            "berapa", "brp", "apakah", "kapan", "kpn", "bisakah", "bolehkah", "how", "why", "when",
                            "where"})
"""Words that make a message a question, never part of an address, a job or a name."""


_NOT_ASKING = frozenset({"tau", "tahu", "gatau", "entah", "tak"})
"""Before a question word, it tells rather than asks: "kaki sakit ga tau kenapa" is an injury."""


ASKING_IN_ENGLISH = frozenset({"is", "are", "am", "does", "do", "did", "can", "could", "will", "would", "should",
                               "what", "which", "who", "whose"})
"""An English question's first word ("does it count if it happened on my way home" was written down as the place). Not
"may": a name at a proposal's name question may be one."""


def is_question(text: str) -> bool:
    """"rumahnya dimana ya saya lupa", "gimana kalau ga punya kerja tetap", "…?": asked, not an answer to write down
    (a form's free-text answer kept it as the address, the job, the injury)."""
    first = text.split()[:1]
    if text.rstrip().endswith("?") or first and first[0].lower() in ASKING_IN_ENGLISH:
        return True
    words = [word.strip("?!.,") for word in normalise(text).split()]
    return any(word in QUESTION_WORDS and (n == 0 or words[n - 1] not in _NOT_ASKING) for n, word in enumerate(words))


_ASKING_HOW = frozenset({"cara", "caranya", "gmn", "gimana", "bagaimana", "how"})


def is_asking(text: str) -> bool:
    """A question, or a how asked without a question word ("cara klaim jkm online lewat hp"): at an information page,
    a question that names one of its options asks about it rather than choosing it."""
    return is_question(text) or bool(_ASKING_HOW & set(normalise(text).split()))


_ASKED_AGAIN = re.compile(
    r"\b(?:kok|kenapa|knp|napa|ngapain|lho|loh)\b.{0,20}?\b(?:di)?(?:tanya|nanya|tanyain|tanyakan|minta)\w*\s+"
    r"(?:lagi|terus|mulu|melulu|ulang)\b"
    r"|\b(?:kan|tadi|td)\s+(?:sudah|udah|udh|sdh|dah)\s+(?:saya\s+|sy\s+|aku\s+)?(?:di)?(?:bilang|jawab|tulis|kasih\s*tau|"
    r"sebut)\w*\b"
    r"|\b(?:sudah|udah|udh|sdh)\s+(?:saya\s+|sy\s+)?(?:di)?(?:jawab|bilang|tulis)\w*\s+(?:tadi|td|sebelumnya|di\s*atas)\b"
    r"|\balready\s+(?:told|said|answered|wrote)\b|\bwhy\s+(?:are\s+you\s+|do\s+you\s+)?ask(?:ing)?\s+again\b",
    re.IGNORECASE)
ASKED_AGAIN_WORDS_AT_MOST = 30
_BESIDE_A_COMPLAINT = frozenset({"pak", "bu", "kan", "ya", "yah", "sih", "dong", "deh", "tadi", "td", "lho", "loh", "kok",
                                 "mas", "mbak", "bang", "kak", "min", "gimana", "gmn", "nih", "ini", "you", "me", "i",
                                 "the", "question", "pertanyaannya", "itu", "udah", "sudah", "lagi", "hadeh", "aduh"})
"""What may stand beside a complaint of being asked again without telling an answer."""


_LANGUAGE_NAMED = re.compile(
    r"^\s*(?:(?:tolong|pakai|pake|ganti|ubah|gunakan)\s+)?(?:ke\s+)?bahasa\s+(?:indonesia|indo|inggris)"
    r"(?:\s+(?:saja|aja|ya|dong|please))?\s*[.!]?\s*$"
    r"|^\s*(?:(?:in|use|speak)\s+)?english(?:\s+please)?\s*[.!?]?\s*$", re.IGNORECASE)


def language_named(text: str) -> bool:
    """"bahasa indonesia", "english please" typed at a form's question: a language asked for (was written down as the
    accident's place), not an answer."""
    return _LANGUAGE_NAMED.match(text) is not None


def without_a_complaint(text: str) -> str | None:
    """A complaint of being asked again ("kok nanya lagi", "kan tadi udah sy bilang"), which was written down as the
    answer ("kok nanya lagi" became the accident's place): "" when it is all the message says, else the answer told
    with it, without it ("kan udah sy bilang di pasar angso duo": the place). None: no such complaint."""
    if len(text.split()) > ASKED_AGAIN_WORDS_AT_MOST or _ASKED_AGAIN.search(text) is None:
        return None
    rest = _ASKED_AGAIN.sub(" ", text).strip(" ,.;:!-")
    words = re.findall(r"[a-z]+", rest.lower())
    while words and words[0] in _BESIDE_A_COMPLAINT:  # "kan udah sy bilang, tadi di pasar": "tadi" said of the saying
        rest = re.sub(r"^\W*[A-Za-z]+\W*", "", rest, count=1)
        words.pop(0)
    rest = rest.strip(" ,.;:!-?")
    if set(words) <= _BESIDE_A_COMPLAINT and not any(c.isdigit() for c in rest):
        return ""  # "kok nanya lagi sih pak": nothing told besides
    return rest


def is_acknowledgement(text: str) -> bool:
    """"ok", "sip", "ok siap", "👍": taken note of, not a question (at a menu it is not "not understood")."""
    stripped = text.strip()
    said = normalise(text)
    if said in ACKNOWLEDGEMENTS or (bool(stripped) and set(stripped) <= _ACK_SIGNS):
        return True
    words = [word for word in said.split() if word not in _PARTICLES]
    return bool(words) and all(word in ACKNOWLEDGEMENTS or _LAUGHTER.fullmatch(word) for word in words)


_UNSURE = frozenset(["tau", "tahu", "tao", "ingat", "inget", "yakin", "kayaknya", "mungkin", "entah", "lupa", "hilang",
                     "ilang", "gatau", "gtau", "gktau", "gataw", "gatahu", "ngatau", "gaingat", "gainget"])
"""Not knowing, not remembering, having lost it: "kpj nya lupa" never picks "Ketik nomor KPJ"; nor "gatau kpj nya",
written together."""
_TAGS = frozenset({"ya", "yah", "yaa"})
ASKED_TO_WAIT = frozenset({"tunggu", "bentar", "sebentar", "bntr", "sbntr", "nanti", "ntar", "entar", "wait"})
"""Asking to wait ("tunggu ya", "nanti aja ceritanya ya"): the "ya" in it is no yes."""
_AN_IDENTIFIER = frozenset({"kpj", "kpjnya", "nik", "niknya", "nomor", "nomornya", "nomer", "nomernya", "no", "kartu",
                            "kartunya", "ktp", "ktpnya"})
"""What a hedge can be about that a choice never asks: a number or the card it is on ("ga tau kpj nya", "nomornya
lupa") is not the question's "Tidak tahu"."""
_TOO_VAGUE = frozenset({"saya", "sy", "aku", "ambo"})
MAX_ANSWER_WORDS = 8
MAX_STORY_WORDS = 30
"""The longest answer read for an option's hints: a story told instead of a yes or a no."""
WORD_CLOSENESS = 0.6
"""How alike a typed word and a label's word must be to count as the same word misspelt ("kematan", "kematian")."""


_ASKS_WHAT = re.compile(r"(?:^| )(?:(?:apa|what|whats) (?:itu|tuh|sih|is|s|are)|(?:itu|tuh|ini) apa|apaan|artinya"
                        r"|maksudnya)(?: |\?|$)")
"""Asking what a word means ("kpj itu apa?", "apa itu ahli waris", "kpj apaan sih", "what is kpj?")."""


_BUT = frozenset({"tapi", "tp", "tpi", "tetapi", "namun", "kecuali", "but", "except",
                  "salah", "keliru", "harusnya", "seharusnya", "mestinya", "wrong"})
"""A yes with a "but" or a "wrong" ("ya tapi jamnya salah", "iya jamnya keliru") is a correction, not the yes inside
it. Not "cuma": "tidak, cuma tanya" is a no."""
CORRECTING = _BUT | frozenset({"ganti", "ubah", "perbaiki", "koreksi", "change", "fix"})
"""Words of an answer said to be wrong, at a summary ("iya tapi tempatnya salah", "ubah namanya")."""

_SET_APART = re.compile(r"^\W*((?:\w+\s+){0,2}\w+)\s*[,.;:!]+\s*(\S.*)$", re.DOTALL)
"""An answer of one to three words set apart from what follows ("tidak, saya terpeleset di gudang")."""


def asks_what_it_means(text: str) -> bool:
    """"kpj itu apa?", "ga tau kpj itu apa": what a word means, asked."""
    return bool(_ASKS_WHAT.search(normalise(text)))


def _alias_within(cleaned: str, options: tuple[Option, ...]) -> Option | None:
    """A short answer that contains one option's alias as whole words ("iya pak", "istri saya",
    "sakit jantung"); None when it names two options. A hedge ("gak tau pak") only picks an option that is
    itself a hedge ("Tidak tahu"), never the yes or the no inside it; a question about what the word means
    ("kpj itu apa?") picks nothing: the step answers it; nor does an answer with a "but" in it."""
    cleaned = NOT_A_NO.sub(" ", _untagged(cleaned)).strip()
    words = cleaned.split()
    if len(words) > MAX_ANSWER_WORDS or _ASKS_WHAT.search(cleaned) or _BUT & set(words) or not words:
        return None
    if ASKED_TO_WAIT & set(words):  # "tunggu ya" at a yes-or-no question was its yes: only an option that is a wait itself
        options = tuple(option for option in options
                        if any(ASKED_TO_WAIT & set(normalise(alias).split()) for alias in option.aliases))
    if _UNSURE & set(words) or _IN_DOUBT.search(cleaned):
        if _AN_IDENTIFIER & set(words):  # "ga tau kpj nya" at the cause: the number is not known, not the cause
            return None
        options = tuple(option for option in options
                        if any(_UNSURE & set(normalise(alias).split()) for alias in option.aliases))
    padded = f" {cleaned} "
    # An alone option said with more than courtesy is no hit ("temen saya" names the friend, not "saya")
    hits = [option for option in options if _says(padded, option.aliases) and (not option.alone
                                                                                 or _only_said(words, option))]
    if _NEGATING & set(words):  # only then can a hit be a negated word ("belum siap"): the aliases looked at again
        named = {normalise(alias) for option in options for alias in option.aliases}
        hits = [option for option in hits if not _only_negated(padded, option.aliases, named)]
    return hits[0] if len(hits) == 1 else None


_NEGATING = NEGATIONS | frozenset({"belum", "blm", "bukan", "not"})
NOT_A_NO = re.compile(r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|idak) (?:sengaja|apa apa|apa2|papa|masalah|"
                       r"keberatan|ngerti|mengerti|paham|jelas)\b")
"""A negation that says no "no" ("ga sengaja": not on purpose; "ga apa apa": never mind; "ga keberatan": no
objection; "ga ngerti", "ga jelas": the question not understood): at "Lanjut mencatat klaim?", "tadi saya ga sengaja"
was its no, and the menu came; at whether an accident was on the road, "sy ga ngerti" was recorded as its no."""


def _only_negated(padded: str, aliases: tuple[str, ...], named: set[str]) -> bool:
    """Every alias said is negated ("belum siap" is no "siap", the yes): not that option. Not where the negation and the
    word are an option's own alias ("tidak ada" names the no): both are said, as before."""
    words = padded.split()
    said = [phrase.split() for phrase in map(normalise, aliases) if phrase and phrase not in _TOO_VAGUE
            and f" {phrase} " in padded]
    return bool(said) and all(
        all(at > 0 and words[at - 1] in _NEGATING and " ".join([words[at - 1], *phrase]) not in named
            for at in range(len(words) - len(phrase) + 1) if words[at:at + len(phrase)] == phrase)
        for phrase in said)


_AROUND_AN_ANSWER = _PARTICLES | frozenset({"oh", "sudah", "udah", "sdh", "dah", "semua", "semuanya", "itu", "sekarang",
                                            "skrg", "terima", "kasih", "makasih", "mksh", "kok"})
"""Said around an answer without adding to it ("iya betul pak", "ok simpan sekarang", "tidak pak", "udah bener kok": was
not understood at a proposal's "Kirim usulan ini?")."""


def _only_said(words: list[str], option: Option) -> bool:
    """An `alone` option's words with only courtesy around them ("ya benar pak", "bukan pak"): still that option. With
    anything more ("oh iya tangannya juga keseleo", "bukan kemarin, tapi senin") it is not: the step reads the rest."""
    own = {word for alias in option.aliases for word in normalise(alias).split()}
    return all(word in own or word in _AROUND_AN_ANSWER for word in words)


def says(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether the text holds one of the phrases as whole words, read as an option's hints are."""
    return _says(f" {normalise(text)} ", phrases)


def _says(padded: str, phrases: tuple[str, ...]) -> bool:
    """Whether the answer (space-padded, normalised) holds one of the phrases as whole words."""
    return any(f" {phrase} " in padded for phrase in map(normalise, phrases) if phrase and phrase not in _TOO_VAGUE)


def _closeness(text: str, name: str) -> float:
    """difflib's ratio, skipped (as get_close_matches does) when its cheap upper bounds are below 0.75: such a
    name can be neither a match (≥ 0.8) nor a close second (within 0.05 of one), so the choice is the same.
    The first bound (real_quick_ratio: 2·shorter / both < 0.75, i.e. 5·shorter < 3·longer) is applied by the
    caller, which does not call this for such a name."""
    if _other_word(text, name):
        return 0.0
    matcher = difflib.SequenceMatcher(None, text, name)
    return matcher.ratio() if matcher.quick_ratio() >= 0.75 else 0.0


def _other_word(text: str, name: str) -> bool:
    """A word in place of another, not a misspelling of it: "info santunan kematian" is not "Klaim santunan
    kematian", though the strings are close. Only compared word by word when both have as many words."""
    typed, named = text.split(), name.split()
    if len(typed) > len(named) and f" {name} " in f" {text} ":
        return True  # the name and a word more ("deadline lapor kecelakaan kerja"): the message says more than the name
    if len(typed) != len(named):
        return False
    return any(a != b and difflib.SequenceMatcher(None, a, b).ratio() < WORD_CLOSENESS
               for a, b in zip(typed, named, strict=True))


_WORDS: dict[tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]],
             tuple[tuple[str, ...], dict[str, int]]] = {}
WORDS_KEPT = 1024


def _words_of(options: tuple[Option, ...], labels: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int]]:
    """Each label normalised, and every exact way to name an option (label, id, alias) with the place of the
    first option so named: worked out once per set of options shown, not on every message."""
    key = (labels, tuple((option.id, option.aliases) for option in options))
    known = _WORDS.get(key)
    if known is not None:
        return known
    names = tuple(normalise(label) for label in labels)
    exact: dict[str, int] = {}
    for place, (option, name) in enumerate(zip(options, names, strict=True)):
        for word in (name, option.id, *(normalise(alias) for alias in option.aliases)):
            exact.setdefault(word, place)
    if len(_WORDS) >= WORDS_KEPT:
        _WORDS.clear()  # options with changing labels (a list of claims) must not pile up
    _WORDS[key] = names, exact
    return names, exact


def named_exactly(text: str, options: tuple[Option, ...], labels: tuple[str, ...]) -> Option | None:
    """The option the whole message names by its label, id or alias ("menu petugas", "Cek kepesertaan"): never by
    number, part of a label or a near spelling."""
    cleaned = normalise(text)
    if not cleaned or cleaned.isdigit():
        return None
    place = _words_of(options, labels)[1].get(cleaned)
    return options[place] if place is not None else None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


_NUMBER = re.compile(r"\d+(?: \d{3}(?!\d))*")
"""A number in a normalised label, its thousands (dots become spaces) kept together."""


def _numbers(name: str) -> set[str]:
    """The numbers a normalised label shows: "rp1 000 000" → 1000000; "klaim jkk 2026 000932" → 2026, 000932."""
    return {number.replace(" ", "") for number in _NUMBER.findall(name)}


IDENTIFIER = re.compile(r"\d(?:[ .\-]?\d){5}")
"""Six digits or more, grouped or not: a message carrying a KPJ, a NIK, a phone or a code."""


def match_option(
    text: str, options: tuple[Option, ...], labels: tuple[str, ...], *, within: bool = True
) -> Option | None:
    """By number, by label or alias, by an alias inside a short answer (`within`), by a unique part of a
    label, or by a close spelling."""
    if not options:
        return None
    cleaned = normalise(text)
    if not cleaned:
        return None
    if (index := number_typed(cleaned)) is not None:
        return options[index - 1] if 1 <= index <= len(options) else None
    names, exact = _words_of(options, labels)
    if (place := exact.get(cleaned)) is not None:
        return options[place]
    if (squeezed := _squeezed(cleaned)) != cleaned and (place := exact.get(squeezed)) is not None:
        return options[place]  # "iyaa", "okee", "tidakk": a letter held down, as chat writes it
    # A message carrying a number as long as an identifier ("kpj saya 123 4567 8901") is an answer, not a choice
    # named inside a sentence.
    if within and not IDENTIFIER.search(cleaned) and (
            (inside := _alias_within(cleaned, options)) is not None
            or squeezed != cleaned and (inside := _alias_within(squeezed, options)) is not None):
        return inside
    # A typo is in letters: an amount or a number that is not the label's ("Rp 2.000.000" against the option
    # "Rp1.000.000") is an answer of its own, never that option misspelt or cut short.
    digits = _digits(cleaned)
    if len(cleaned) >= 3:
        containing = [option for option, name in zip(options, names, strict=True)
                      if cleaned in name and (not digits or digits in _numbers(name))]
        if len(containing) == 1:
            return containing[0]
    if cleaned.isdigit():
        return None  # a NIK or a KPJ typed at a choice is an answer, never a misspelt label
    size = len(cleaned)
    # Only names of a comparable length can score (see _closeness): the rest of a menu is not looked at.
    scored = sorted(((_closeness(cleaned, name), i) for i, name in enumerate(names)
                     if 3 * size <= 5 * len(name) and 3 * len(name) <= 5 * size and _digits(name) == digits),
                    reverse=True)
    if scored and scored[0][0] >= 0.8 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.05):
        return options[scored[0][1]]
    return _hinted(_untagged(cleaned), options) if within else None


def _untagged(cleaned: str) -> str:
    """Without a "ya" closing the sentence: it softens it ("bingung ya", "gimana ya", "makasih ya" were yes), as a yes
    opens one ("ya di jalan")."""
    words = cleaned.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _TAGS and words[0] not in _TAGS else cleaned


POINTING_WORDS = frozenset({"yang", "yg", "itu", "aja", "saja", "deh", "dong", "ya", "pilih", "mau", "the", "one",
                            "that"})
"""Words that point at an option without naming it ("yg kerja aja")."""
DOUBT_MAX_WORDS = 3


def options_in_doubt(text: str, options: tuple[Option, ...], labels: tuple[str, ...]) -> tuple[int, ...]:
    """The places of the options whose labels all hold every word of a short answer that picked none of them: "yg kerja"
    under "Meninggal saat kerja" and "Cedera saat kerja" was "not understood" (which of the two is asked instead). Empty
    when fewer than two do."""
    cleaned = normalise(text)
    words = {word for word in cleaned.split() if word not in POINTING_WORDS}
    if not words or len(words) > DOUBT_MAX_WORDS or any(ch.isdigit() for ch in cleaned):
        return ()
    places = tuple(place for place, name in enumerate(_words_of(options, labels)[0]) if words <= set(name.split()))
    return places if len(places) > 1 else ()


_HELD_LETTER = re.compile(r"([a-z])\1+\b")


def _squeezed(cleaned: str) -> str:
    """Each word's last letter held down taken once ("iyaa pak" → "iya pak")."""
    return _HELD_LETTER.sub(r"\1", cleaned)


def answered_first(text: str, options: tuple[Option, ...], labels: tuple[str, ...]) -> Option | None:
    """A longer answer that opens with one option's name set apart, then tells why ("tidak, saya terpeleset di
    lantai basah waktu angkat karung"): that option, unless what follows names another, hedges, or says "but".
    Only where the step keeps what follows (Step.told): at a summary, "iya, kemarin jam 3 sore …" is more to add,
    and the yes alone would lose it."""
    if IDENTIFIER.search(text) or (parts := _SET_APART.match(text)) is None:
        return None
    place = _words_of(options, labels)[1].get(normalise(parts[1]))
    if place is None or options[place].alone:
        return None
    rest = normalise(parts[2])
    words = set(rest.split())
    if len(rest.split()) > MAX_STORY_WORDS or _UNSURE & words or _BUT & words:
        return None
    padded = f" {rest} "
    if any(_says(padded, option.aliases) for i, option in enumerate(options) if i != place):
        return None
    return options[place]


def _hinted(cleaned: str, options: tuple[Option, ...]) -> Option | None:
    """An answer that names no option but leans to one by its hints, a story as long as a few sentences
    ("tadi pagi saya ditabrak mobil dari belakang waktu antar penumpang"); never a hedge ("ga tau"), and never
    a story that also says an option's word ("saya tidak ditabrak, jatuh sendiri dari motor"): that is not
    guessed."""
    words = cleaned.split()
    if len(words) > MAX_STORY_WORDS or _UNSURE & set(words):
        return None
    padded = f" {cleaned} "
    if any(_says(padded, option.aliases) for option in options):
        return None
    hits = [option for option in options if _says_unnegated(padded, option.hints)]
    return hits[0] if len(hits) == 1 else None


def _says_unnegated(padded: str, phrases: tuple[str, ...]) -> bool:
    """`_says`, where a phrase said right after a negation does not count: "not on the road" leans to no road (it was
    the traffic question's yes, as "on the road" does)."""
    for phrase in map(normalise, phrases):
        if not phrase or phrase in _TOO_VAGUE:
            continue
        at = padded.find(f" {phrase} ")
        while at >= 0:
            before = padded[:at].split()
            if not before or before[-1] not in _NEGATING:
                return True
            at = padded.find(f" {phrase} ", at + 1)
    return False
