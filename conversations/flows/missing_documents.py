"""What to do about a claim document one does not have ("saya gak punya buku tabungan gimana", "akta kematian
belum ada", "ktp bapak hilang"): where it is made or what stands in for it (FACTS.md §7, and where Indonesian
civil papers are issued), and that the claim waits for it. At the checklist such a message was told to send a
photo."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

from conversations.commands import asks_what_it_means
from conversations.domain.claims import Doc
from conversations.flow import Ctx, Outcome, Retry
from conversations.i18n import LazyText, _, lazy_gettext
from conversations.nlu.normalise import normalise_message

_NOT = frozenset({"tidak", "belum", "no"})
"""Normalised: "gak", "nggak", "tdk", "dont" and "don't" (written out: "do not") read as "tidak", "blm" as "belum"."""
_HAD = frozenset({"punya", "ada", "jadi", "keluar", "kasih", "dikasih", "dapat", "dapet", "terima", "have", "got"})
""""akta kematian belum jadi", "belum keluar", "laporan polisinya blm dikasih": not issued yet (the last was told to
send its photo now)."""
_HAVE = frozenset({"have", "has", "had"})
_HAVING_NONE = frozenset({"no", "nomor"})
"""English "i have no bank account": "no" normalised reads "nomor" (was the reminders' answer)."""
_LOST = frozenset({"hilang", "ilang", "rusak", "lost", "missing"})
MISLAID = frozenset({"ketemu", "ditemukan", "nemu", "menemukan", "found"})
"""After a negation, not found ("kartu bpjs nya ga ketemu", "ktp nya gak ditemukan"): lost, as people say it. Was unanswered in a claim."""
_FORGOT = frozenset({"lupa", "gatau", "gatahu", "entah"})
"""Normalised: "forgot" reads as "lupa"; "ga tau", "ga inget", "dont know" are "tidak" before one of _KNOW, as "kurang
tau" (not quite known) is."""
_KNOW = frozenset({"tahu", "tau", "ingat", "inget", "know"})
_NOT_QUITE = _NOT | {"kurang"}
DOCUMENT_NAMES: tuple[tuple[Doc, re.Pattern[str]], ...] = tuple((doc, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for doc, words in (
    (Doc.BANK_BOOK, (r"tabungan|rekening|buku bank|bank book|bank (?:account|akun)|savings? (?:book|account|akun)|"
                     r"passbook")),  # "account" normalised reads "akun"
    (Doc.DEATH_CERTIFICATE,
     (r"akt[ae] (?:kematian|meninggal)|surat (?:keterangan )?(?:kematian|meninggal)|(?:death|meninggal) certificate|"
      r"akt[ae](?:nya)?(?! (?:nikah|perkawinan|kelahiran|lahir|cerai|tanah|notaris|jual))")),  # "akta nya blm jadi"
    (Doc.HEIR_STATEMENT,
     r"(?:surat|keterangan)(?: keterangan)? ahli waris|surat waris|(?:heir|waris)(?:ship)? (?:letter|statement)"),
    (Doc.MARRIAGE_BOOK, r"buku nikah|surat nikah|akta nikah|akta perkawinan|marriage book|marriage certificate"),
    (Doc.KK, r"kk(?:nya)?|kartu keluarga(?:nya)?|family card"),
    (Doc.KTP_HEIR, r"e-?ktp(?:nya)?|ktp(?:nya)?|id card"),
    (Doc.KPJ, r"kpj(?:nya)?|kartu peserta|kartu bpjs|membership card"),
    (Doc.POLICE_REPORT, (r"surat polisi|laporan polisi|jasa raharja|police report|(?:surat|keterangan|pernyataan)"
                        r"(?: keterangan)?(?: (?:\d|dua|2 orang|dua orang))? saksi|witness statements?")),
    (Doc.MEDICAL, (r"surat (?:keterangan )?dokter|resume medis|rekam medis|surat sakit|medical (?:certificate|report)|"
                  r"doctor(?:'?s)? (?:letter|note)")),
    (Doc.MEDICAL_RECEIPTS, (r"(?:kuitansi|kwitansi|kuwitansi) (?:rs|rumah sakit|berobat|pengobatan|obat|dokter|klinik|"
                           r"puskesmas)|nota (?:rs|obat|berobat)|medical receipts?|hospital (?:bills?|receipts?)")),
    (Doc.TRANSPORT_RECEIPTS, (r"(?:kuitansi|kwitansi|kuwitansi) (?:angkutan|transport|ambulan|ambulans|taksi|"
                             r"travel)|transport receipts?")),
))
"""Each document and how it is named ("akte kematian", "surat waris", "kartu keluarga"); "ktp sama kk hilang"
names two, "ktpnya bapak" one; "kematian" normalised reads as "meninggal". Any KTP reads as the heir's: which one it
is, the words around it say (documents.py)."""


def documents_named(text: str) -> tuple[Doc, ...]:
    return tuple(doc for doc, pattern in DOCUMENT_NAMES if pattern.search(text))


def without_documents(text: str) -> str:
    """The message with every paper's name taken out ("sudah ke rs, surat dokter blm ada" → "sudah ke rs,  blm ada")."""
    for _doc, pattern in DOCUMENT_NAMES:
        text = pattern.sub(" ", text)
    return text


_DENYING = re.compile(r"\b(?:bukan|not|instead of)\s+(?:(?:the|his|her|my|lagi)\s+)?$", re.IGNORECASE)


def documents_denied(text: str) -> tuple[Doc, ...]:
    """Documents named only right after "bukan" or "not" ("sekarang ktp nya, bukan kk lagi"): not the one meant."""
    return tuple(doc for doc, pattern in DOCUMENT_NAMES
                 if (found := list(pattern.finditer(text)))
                 and all(_DENYING.search(text, 0, match.start()) for match in found))


WHAT_TO_DO: dict[Doc, LazyText] = {
    Doc.BANK_BOOK: lazy_gettext(
        "Santunan dibayar ke rekening ahli waris. Jika belum punya rekening atau buku tabungan, tanyakan ke kantor "
        "cabang BPJS Ketenagakerjaan rekening apa yang bisa dipakai."),
    Doc.DEATH_CERTIFICATE: lazy_gettext(
        "Akta kematian diurus di Disdukcapil. Surat keterangan kematian (dari rumah sakit, atau dari kelurahan atau "
        "desa) juga bisa dipakai."),
    Doc.HEIR_STATEMENT: lazy_gettext(
        "Surat keterangan ahli waris diurus di kelurahan atau desa. Kantor cabang bisa meminta tanda tangan para "
        "ahli waris, dua saksi, lurah dan camat."),
    Doc.MARRIAGE_BOOK: lazy_gettext(
        "Buku nikah yang hilang atau rusak bisa dimintakan duplikatnya di KUA (akta perkawinan di Disdukcapil)."),
    Doc.KK: lazy_gettext("Kartu Keluarga yang hilang atau rusak diurus penggantinya di Disdukcapil."),
    Doc.KTP_HEIR: lazy_gettext("e-KTP yang hilang atau rusak diurus penggantinya di Disdukcapil."),
    Doc.KPJ: lazy_gettext(
        "Nomor KPJ tertulis di kartu peserta dan ada di aplikasi JMO; kantor cabang juga bisa mencarinya dengan NIK."),
    Doc.POLICE_REPORT: lazy_gettext(
        "Jika tidak ada surat polisi atau surat Jasa Raharja, keterangan dua orang saksi bisa dipakai."),
    Doc.MEDICAL: lazy_gettext("Surat keterangan dokter atau resume medis diminta ke dokter atau rumah sakit yang "
                              "merawat."),
    Doc.MEDICAL_RECEIPTS: lazy_gettext(
        "Kuitansi berobat yang hilang bisa dimintakan salinannya ke rumah sakit, klinik atau apotek tempat berobat."),
    Doc.TRANSPORT_RECEIPTS: lazy_gettext("Kuitansi angkutan tidak wajib: kirim jika ada."),
}


_HAD_ONLY = re.compile(r"\b(?:cuma|cuman|hanya|adanya|tinggal|only|yang ada|yg ada)\s+(?:ada\s+|punya\s+|the\s+|his\s+|"
                       r"her\s+)?(.+)$|(?<!tidak )(?<!ga )(?<!gak )\bada\s+(\S+(?:\s+\S+)?)\s+(?:aja|saja|doang)\b"
                       r"|\b(?:tapi|tp|tpi)\s+(\S+(?:\s+(?!(?:ga|gak|tidak|tdk|nggak|belum|blm|juga|jg)\b)\S+)?)\s+"
                       r"(?:masih\s+)?(?:ada|punya)\b"
                       r"|\b(\S+)\s+(?:juga|jg|masih|msh)\s+ada\b", re.IGNORECASE)
"""What a message says is had, beside what is not ("ktp nya ga ada, adanya kk", "i dont have his nik, only the kk",
"ktp ilang tp kk ada"): the KK had was told how to replace a lost KK. Had too ("…, kartu bpjsnya hilang, kk juga ada
tapi udah lama")."""


def had_only(text: str) -> tuple[Doc, ...]:
    found = _HAD_ONLY.search(text)
    return documents_named(found.group(1) or found.group(2) or found.group(3) or found.group(4)) if found else ()


NIK_ON_THE_KK = lazy_gettext("NIK juga tertulis di Kartu Keluarga (KK): ketik NIK-nya dari sana.")


def _missing(text: str, tokens: Sequence[str] | None = None) -> tuple[Doc, ...] | None:
    """The documents a message says are missing, lost or not had (none named: "belum punya semuanya"); None when it
    says no such thing. `tokens`: the message already normalised (the menu's reading), not normalised again."""
    words = normalise_message(text).tokens if tokens is None else tokens
    if _LOST & set(words) or any(a in _NOT and b in _HAD | MISLAID or a in _HAVE and b in _HAVING_NONE
                                 for a, b in itertools.pairwise(words)):
        had = had_only(text)
        return tuple(doc for doc in documents_named(text) if doc not in had)
    if _ELSEWHERE.search(text) and (named := documents_named(text)):  # "kk nya ketinggalan di kampung": not at hand
        return named
    # A number is forgotten, not lost: "lupa no kpj", "gatau kpj saya" (not knowing what a paper is, is a question).
    return (Doc.KPJ,) if forgotten(words) and Doc.KPJ in documents_named(text) else None


_ELSEWHERE = re.compile(r"\b(?:masih|msh|lagi) (?:di|sama|sm|dgn|dengan|dibawa|dipegang)\b|\b(?:ketinggalan|"
                        r"tertinggal|dipegang|dititip|dititipkan)\b|\b(?:still at|left (?:it )?at|still with)\b",
                        re.IGNORECASE)
"""A paper that exists but is not at hand ("ktp istri sy blm ada, masih di dompet dia di rumah sakit", "kk nya
ketinggalan di kampung"): not lost, so not told how to replace it (it was: "e-KTP yang hilang atau rusak diurus
penggantinya di Disdukcapil")."""
_AT_SOMEONES = re.compile(r"\b(?:e-?ktp|ktp|kk|akta|buku|surat|kartu)\w*(?:\s+(?!di\b)[^\s,.;]+){0,2}\s+(?:(?:ada\s+)?"
                          r"di (?:rumah(?! sakit)|kampung|desa|dusun)|dibawa)\b", re.IGNORECASE)
"""At a claim's checklist, a paper at someone's home or with someone ("kk nya di rumah mertua" was "Baik, kirim foto
Kartu Keluarga (KK) sekarang", "ktp dibawa anak sy" not understood): not at hand either. Not at the menu, where no claim
waits for it ("ktp nya di rumah" is not understood there, honestly)."""


def _elsewhere(text: str) -> bool:
    return (_ELSEWHERE.search(text) is not None or _AT_SOMEONES.search(text) is not None) \
        and not _LOST & set(normalise_message(text).tokens)


def forgotten(words: Sequence[str]) -> bool:
    """Normalised words that tell of something forgotten or not known ("lupa", "gatau", "ga tau", "ga inget")."""
    return bool(_FORGOT.intersection(words)) or any(a in _NOT_QUITE and b in _KNOW for a, b in itertools.pairwise(words))


def _answer(docs: tuple[Doc, ...], waits: str, text: str = "") -> str:
    if docs and _elsewhere(text):
        return waits
    if not docs:
        return waits + " " + _("Untuk dokumen yang tidak bisa didapat, tanyakan penggantinya ke kantor cabang BPJS "
                               "Ketenagakerjaan.")
    return " ".join([*(str(WHAT_TO_DO[doc]) for doc in docs if doc in WHAT_TO_DO), waits])


def not_had(text: str) -> str | None:
    """At a recorded claim's checklist: the answer when the message says a document is missing, lost or not had, or
    asks what one of the papers others make is, or where ("apa itu surat ahli waris" was told to send a photo); None
    otherwise."""
    docs = _missing(text)
    if docs is None and _AT_SOMEONES.search(text):
        docs = documents_named(text) or None
    if docs is None:
        docs = _made_asked(text, normalise_message(text).tokens) or None
    if docs is None:
        return None
    return _answer(docs, _("Klaim ini tetap tersimpan: kirim dulu dokumen yang sudah ada, yang lain bisa menyusul "
                           "(pilih \"Simpan dulu\")."), text)


MADE_BY_OTHERS = (Doc.DEATH_CERTIFICATE, Doc.HEIR_STATEMENT, Doc.MEDICAL)
"""Papers issued by others, where one asks where they are made ("surat dokter dibuat di mana" was the JKM page)."""
_WHERE = frozenset({"mana", "dmn", "dmna", "where"})
_HOW = frozenset({"bagaimana", "gimana", "cara", "caranya", "how"})
""""gimana cara dapat surat ahli waris", "how do i get the heir letter" (read "bagaimana … dapat … waris letter"): the
JKM page, or the enrolment answer."""
""""surat ahli waris bikin dmn": "dmn" is "di mana" shortened (was not understood)."""
_MADE = frozenset({"bikin", "buat", "untuk", "urus", "diurus", "mengurus", "dibuat", "membuat", "minta", "dapat",
                   "make", "made", "get", "ngurusnya", "urusnya", "bikinnya", "buatnya", "mintanya", "dibikin"})
""""where is the heir statement made" was not understood; "akta kematian ngurusnya dmn" got the claim's ask alone."""
_ISSUERS = frozenset({"kelurahan", "lurah", "desa", "kecamatan", "camat", "disdukcapil", "dukcapil", "capil", "rs",
                      "puskesmas", "dokter", "klinik"})
"""Where one guesses a paper is made ("surat ahli waris dr kelurahan ya?" was the heirs' order)."""


_WHETHER_ENOUGH = frozenset({"cukup", "harus", "boleh", "sah", "berlaku"})
"""Whether a paper from this issuer will do ("surat kematian dari rs udah ada, cukup?", "akta kematian harus dari
dukcapil?": not understood, the JKM page), asked in words the menu's normalised reading keeps (it drops the "?")."""


def where_made(text: str, tokens: Sequence[str]) -> str | None:
    """Where a claim's paper issued by others is made, or by whom, asked ("surat keterangan ahli waris bikin dimana",
    "akta kematian ngurus dimana", "surat keterangan ahli waris dari siapa"), or what it is ("apa itu surat ahli
    waris"): the JKM page, or a death claim started with condolence."""
    docs = _made_asked(text, tokens)
    if not docs:
        return None
    return _answer(docs, _("Klaimnya tetap bisa dicatat dulu tanpa dokumen itu; dokumen dikirim sesudah klaim "
                           "dicatat, dan yang belum ada bisa menyusul."))


def _made_asked(text: str, tokens: Sequence[str]) -> tuple[Doc, ...]:
    """The papers others make that the message asks about: where, by whom, or what they are. Normalised: "buat"
    reads as "untuk", "dimana" as "mana"."""
    words = set(tokens)
    docs = tuple(doc for doc in documents_named(text) if doc in MADE_BY_OTHERS)
    asked = (_WHERE | _HOW) & words and (_MADE | {"dari", "dr"}) & words or "siapa" in words and (
        _MADE | {"dari", "dr"}) & words or _ISSUERS & words and (_MADE | {"dari", "dr"}) & words and (
        "ya" in words or "?" in text or _WHETHER_ENOUGH & words) or asks_what_it_means(text)
    return docs if asked else ()


def not_had_yet(text: str, tokens: Sequence[str] | None = None, kept: str | None = None) -> str | None:
    """The same said between a claim's questions, before it is recorded (nothing is saved yet to wait for it), when
    it names the document: "motor saya hilang kendali" is a story. `kept`: a claim of this user's recorded and not
    yet submitted, which waits for it (after a session ended, it was told the claim "can be recorded first")."""
    docs = _missing(text, tokens)
    if docs is not None and Doc.KK in had_only(text) and (Doc.KTP_HEIR in docs or "nik" in text.lower()):
        return str(NIK_ON_THE_KK)  # "ktp nya ga ada, adanya kk": the NIK is on the KK at hand
    if not docs:
        return None
    if kept is not None:
        return _answer(docs, _("Klaim {reference} tetap tersimpan: kirim dokumen yang sudah ada lewat \"Cek klaim\", "
                               "yang lain bisa menyusul.").format(reference=kept), text)
    return _answer(docs, _("Klaimnya tetap bisa dicatat dulu tanpa dokumen itu; dokumen dikirim sesudah klaim "
                           "dicatat, dan yang belum ada bisa menyusul."), text)


def paper_missing(ctx: Ctx[Any], text: str) -> Outcome | None:
    """At a claim's yes-or-no question, a paper said to be missing is no answer to it: "ga ada rekening" at "Apakah
    almarhum meninggalkan anak yang masih sekolah…?" was its no (the children, and their scholarship, counted out), as
    were "ga punya buku nikah" and "blm ada akta kematian". What to do about the paper, and the question again."""
    if not documents_named(text):
        return None
    answer = not_had_yet(text)
    return Retry(answer) if answer is not None else None
