"""Claim documents: the checklist, photos and PDFs tied to an item the user picks, submission, and the
reminder of what is missing when a user comes back later."""

from __future__ import annotations

import dataclasses
import re
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import changed_mind, is_acknowledgement, is_question, is_unsure
from conversations.domain.claims import (
    MAX_DOCUMENT_BYTES,
    Benefit,
    ClaimStatus,
    Doc,
    FileProblem,
    file_problem,
    missing,
)
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows.common import HOME, MEMO_SUBMITTED, NO_WORDS, YES_WORDS, to_menu
from conversations.flows.missing_documents import WHAT_TO_DO, documents_denied, documents_named, not_had
from conversations.i18n import LazyText, _, lazy_gettext, ngettext
from conversations.model import (
    AttachDocument,
    ClaimSummary,
    Conversation,
    Expect,
    ListClaims,
    Media,
    RelabelDocument,
    SubmitClaim,
    WithdrawClaim,
)

MEMO_DRAFTS = "claims_open"
"""Conversation memo: reference → checklist items still missing, for claims the user left unfinished."""

DOC_LABELS: dict[str, LazyText] = {
    Doc.KPJ: lazy_gettext("Kartu peserta BPJS Ketenagakerjaan (KPJ)"),
    Doc.KTP_WORKER: lazy_gettext("e-KTP pekerja"),
    Doc.KTP_DECEASED: lazy_gettext("e-KTP almarhum/almarhumah"),
    Doc.KTP_HEIR: lazy_gettext("e-KTP ahli waris"),
    Doc.KK: lazy_gettext("Kartu Keluarga (KK)"),
    Doc.DEATH_CERTIFICATE: lazy_gettext("Akta kematian atau surat keterangan kematian"),
    Doc.HEIR_STATEMENT: lazy_gettext("Surat keterangan ahli waris"),
    Doc.MARRIAGE_BOOK: lazy_gettext("Buku nikah"),
    Doc.BANK_BOOK: lazy_gettext("Buku tabungan ahli waris"),
    Doc.MEDICAL: lazy_gettext("Surat keterangan dokter atau resume medis"),
    Doc.POLICE_REPORT: lazy_gettext("Laporan polisi atau surat Jasa Raharja (jika tidak ada: pernyataan 2 saksi)"),
    Doc.MEDICAL_RECEIPTS: lazy_gettext("Kuitansi biaya pengobatan"),
    Doc.TRANSPORT_RECEIPTS: lazy_gettext("Kuitansi biaya angkutan"),
    Doc.OTHER: lazy_gettext("Dokumen pendukung lain"),
}

DOC_SHORT: dict[str, LazyText] = {
    Doc.KPJ: lazy_gettext("Kartu peserta (KPJ)"),
    Doc.KTP_WORKER: lazy_gettext("e-KTP pekerja"),
    Doc.KTP_DECEASED: lazy_gettext("e-KTP almarhum"),
    Doc.KTP_HEIR: lazy_gettext("e-KTP ahli waris"),
    Doc.KK: lazy_gettext("Kartu Keluarga (KK)"),
    Doc.DEATH_CERTIFICATE: lazy_gettext("Akta kematian"),
    Doc.HEIR_STATEMENT: lazy_gettext("Surat ahli waris"),
    Doc.MARRIAGE_BOOK: lazy_gettext("Buku nikah"),
    Doc.BANK_BOOK: lazy_gettext("Buku tabungan"),
    Doc.MEDICAL: lazy_gettext("Surat dokter"),
    Doc.POLICE_REPORT: lazy_gettext("Surat polisi/saksi"),
    Doc.MEDICAL_RECEIPTS: lazy_gettext("Kuitansi berobat"),
    Doc.TRANSPORT_RECEIPTS: lazy_gettext("Kuitansi angkutan"),
    Doc.OTHER: lazy_gettext("Dokumen lain"),
}
"""The same documents, named short enough for a WhatsApp list row, for choices and running lists."""

STATUS_LABELS: dict[str, LazyText] = {
    ClaimStatus.DRAFT: lazy_gettext("draf (belum diajukan)"),
    ClaimStatus.SUBMITTED: lazy_gettext("diajukan"),
    ClaimStatus.MISSING_DOCUMENTS: lazy_gettext("dokumen kurang"),
    ClaimStatus.VERIFIED: lazy_gettext("diverifikasi"),
    ClaimStatus.APPROVED: lazy_gettext("disetujui"),
    ClaimStatus.PAID: lazy_gettext("dibayar"),
    ClaimStatus.REJECTED: lazy_gettext("ditolak"),
    ClaimStatus.WITHDRAWN: lazy_gettext("dibatalkan"),
}


def doc_label(item: str) -> str:
    label = DOC_LABELS.get(item)
    return str(label) if label is not None else item


def doc_short(item: str) -> str:
    label = DOC_SHORT.get(item)
    return str(label) if label is not None else item


class DocsState(StrEnum):
    CHECKLIST = "docs.checklist"
    PICK_ITEM = "docs.pick_item"
    SUBMITTED = "docs.submitted"
    SAVED = "docs.saved"
    WITHDRAW = "docs.withdraw"


class DocsDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    reference: str = ""
    benefit: Benefit = Benefit.JKM
    traffic: bool = False
    status: ClaimStatus = ClaimStatus.DRAFT
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    received: dict[str, list[str]] = {}
    """Item → digests of the files sent for it (or "stored" for files sent in an earlier session)."""
    pending: list[Media] = []
    """Files received but not yet tied to an item (several photos may arrive at once)."""
    announced: str | None = None
    """A document named before its file is sent ("ini ktp suami saya", then the photo): the next file is it."""
    last: tuple[str, str] | None = None
    """The file tied last in this session, as (item, digest): "salah, itu tadi ktp suami bukan surat polisi" re-labels
    it (sending it again under the right name was refused as a file sent before)."""


def _received(summary: ClaimSummary) -> dict[str, list[str]]:
    if not summary.files:  # a summary read before files were listed with it
        return {item: ["stored"] for item in summary.received}
    received: dict[str, list[str]] = {}
    for item, digest in summary.files:
        received.setdefault(item, []).append(digest)
    return received


def draft_for(summary: ClaimSummary, traffic: bool = False) -> DocsDraft:
    return DocsDraft(
        reference=summary.reference,
        benefit=Benefit(summary.benefit),
        traffic=traffic,
        status=ClaimStatus(summary.status),
        required=summary.checklist,
        optional=summary.optional,
        received=_received(summary),
    )


def missing_items(draft: DocsDraft) -> tuple[str, ...]:
    return missing(draft.required, {item for item, files in draft.received.items() if files})


def with_memo(conv: Conversation, reference: str, missing_now: tuple[str, ...] | None) -> Conversation:
    """Remember (or forget, with None) a claim the user has not finished."""
    drafts = dict(conv.memo.get(MEMO_DRAFTS, {}))
    if missing_now is None:
        drafts.pop(reference, None)
    else:
        drafts[reference] = list(missing_now)
    memo = {**conv.memo, MEMO_DRAFTS: drafts}
    if not drafts:
        memo.pop(MEMO_DRAFTS)
    return dataclasses.replace(conv, memo=memo)


def reminder(conv: Conversation) -> str | None:
    """The line the main menu shows while a claim is unfinished."""
    drafts: dict[str, list[str]] = conv.memo.get(MEMO_DRAFTS, {})
    if not drafts:
        return None
    lines = []
    for reference, items in sorted(drafts.items()):
        if items:
            lines.append(_("Klaim {reference} belum lengkap. Masih kurang: {items}.").format(
                reference=reference, items="; ".join(doc_short(i) for i in items)))
        else:
            lines.append(_("Klaim {reference} sudah lengkap tetapi belum diajukan.").format(reference=reference))
    lines.append(_("Pilih \"Cek klaim\" untuk melanjutkan."))
    return "\n".join(lines)


# -- the checklist -----------------------------------------------------------------------------


def checklist_text(draft: DocsDraft) -> str:
    lines = [_("Dokumen untuk klaim {reference}:").format(reference=draft.reference)]
    for item in draft.required:
        mark = "✅" if draft.received.get(item) else "⬜"
        lines.append(f"{mark} {doc_label(item)}")
    if draft.optional:
        lines.append(_("Jika ada:"))
        for item in draft.optional:
            mark = "✅" if draft.received.get(item) else "▫️"
            lines.append(f"{mark} {doc_label(item)}")
    return "\n".join(lines)


def _ask_checklist(ctx: Ctx[DocsDraft]) -> str:
    """The whole checklist is said once, when the claim is opened (`open_checklist`); after that only what is
    still missing."""
    d = ctx.draft
    lacking = missing_items(d)
    if not lacking:
        return _("Semua dokumen wajib sudah ada. Pilih \"Ajukan klaim\", atau kirim dokumen tambahan.")
    if not any(d.received.values()):
        return _(
            "Kirim foto atau PDF dokumen satu per satu (paling besar {mb} MB), dengan nama dokumennya di keterangan "
            "foto (misalnya \"KK\"); jika tidak, saya tanyakan. Jika belum punya semua, pilih \"Simpan dulu\"."
        ).format(mb=MAX_DOCUMENT_BYTES // (1024 * 1024))
    return _("Masih kurang: {items}. Kirim berkas berikutnya, atau pilih \"Simpan dulu\".").format(
        items="; ".join(doc_short(i) for i in lacking))


def open_checklist(draft: DocsDraft, said: tuple[str, ...] = (), conversation: Conversation | None = None) -> Goto:
    """Into the documents step with the whole checklist said once."""
    return Goto(DocsState.CHECKLIST, draft=draft, say=(*said, checklist_text(draft)), conversation=conversation)


def _checklist_options(ctx: Ctx[DocsDraft]) -> Options:
    options: list[Option] = []
    if not missing_items(ctx.draft):
        options.append(Option("submit", lazy_gettext("Ajukan klaim"), then=_submit,
                              aliases=("ajukan", "kirim klaim", "submit")))
    options.append(Option("later", lazy_gettext("Simpan dulu"), then=_save_for_later,
                          aliases=("nanti", "simpan", "later", "itu aja dulu", "itu dulu", "segitu dulu", "sampai sini dulu",
                                   "cukup dulu", "sudah dulu", "besok lagi", "lain kali")))
    return tuple(options)


FILE_PROBLEMS = {
    FileProblem.TYPE: lazy_gettext("Berkas jenis ini tidak bisa diterima. Kirim foto (JPG atau PNG) atau PDF."),
    FileProblem.TOO_BIG: lazy_gettext("Berkas ini lebih dari 20 MB. Kirim foto yang lebih kecil, atau PDF per halaman."),
    FileProblem.EMPTY: lazy_gettext("Berkas ini kosong. Coba foto atau pindai ulang dokumennya, lalu kirim lagi."),
}


def problem_with(media: Media) -> str | None:
    problem = file_problem(media.mime_type, media.size)
    if problem is not None:
        return str(FILE_PROBLEMS[problem])
    if media.digest is None:
        return _("Berkas ini gagal saya terima. Mohon kirim sekali lagi.")
    return None


def add_file(ctx: Ctx[DocsDraft], media: Media) -> Outcome:
    problem = problem_with(media)
    if problem is not None:
        return Retry(problem)
    for item, digests in ctx.draft.received.items():
        if media.digest in digests:
            renamed = _items_named(ctx, media.caption) if media.caption else []
            if not isinstance(renamed, Retry) and len(renamed) == 1 and renamed[0] != item and not ctx.draft.pending:
                # sent again under the right name: it was refused as sent before, and stayed named wrong
                return _relabel(ctx, item, media.digest, renamed[0])
            return Retry(_("Berkas ini sudah Anda kirim sebelumnya untuk: {item}.").format(item=doc_label(item)))
    if any(p.digest == media.digest for p in ctx.draft.pending):
        return Retry(_("Berkas ini sudah saya terima; pilih dulu dokumen apa itu."))
    draft = ctx.draft.model_copy(update={"pending": [*ctx.draft.pending, media], "announced": None})
    # Named in the photo's caption ("ktp suami saya"), or just before it: "Ini dokumen apa?" was asked all the same
    captioned = _item_named(ctx, media.caption) if media.caption else None
    named = captioned if isinstance(captioned, str) else ctx.draft.announced
    if named is not None and not ctx.draft.pending:
        return _attach_to(named)(ctx._replace(draft=draft))
    return Goto(DocsState.PICK_ITEM, draft=draft)


def _lacking(lacking: int) -> str:
    return _("Sudah lengkap.") if not lacking else ngettext(
        "Belum lengkap: masih {n} dokumen wajib.", "Belum lengkap: masih {n} dokumen wajib.", lacking).format(n=lacking)


SUBMITTING_ASKED = re.compile(r"\b(?:(?:ajukan|diajukan|mengajukan|pengajuan)(?:nya)?|draf|draft|submit|submitted)\b|"
                              r"\b(?:di)?kirim(?:kan|in)?\s+ke\s+(?:petugas|bpjs|kantor|cabang)\b", re.IGNORECASE)
"""How or when the claim is submitted, or why it is still a draft; asked to send it on ("kirim ke bpjs skrg" was "Di
langkah ini, kirim dokumen …")."""
NOT_PROCESSED_ASKED = re.compile(r"\b(?:belum|blm|tidak|ga|gak|nggak|ngga|not)\s+(?:juga\s+)?(?:di)?(?:proses|periksa|cek|"
                                 r"tanggapi|respon|balas|processed|checked)\b|\b(?:kok|kenapa|knp|mengapa|why)\s+(?:lama|lambat|"
                                 r"so long|slow)\b|\blama\s+(?:banget|bgt|sekali|amat)\b", re.IGNORECASE)
"""Why nothing has happened yet, asked at one's claims or a claim's checklist ("kok blm diproses", "lama banget")."""
_SENT_WORDS = r"\b(?:sudah|udah|udh|sdh|dah)\s+(?:saya\s+|sy\s+)?(?:di)?kirim"
"""Said to be sent already ("udah sy kirim", "sudah dikirim")."""
_COMPLETE_ASKED = re.compile(
    r"\b(?:sudah|udah|udh|sdh|dah)\s+(?:lengkap|semua|cukup|komplit)\b|\bkurang\s+(?:apa|apalagi|berapa)\b|"
    r"\bapa\s*(?:lagi|lg)\b|\bapalagi\b|\byang\s+(?:kurang|belum)\b|\bsisa(?:nya)?\b|\bwhat\s+else\b|"
    r"\bmissing\b|\bcomplete\b|\blengkap\s*(?:belum|blm|ga|gak|tidak|kah|\?)|"
    + _SENT_WORDS + r"\w*(?:\s+semua|\s*(?:kok|kak|min|pak|bu)?[\s.!?]*$)", re.IGNORECASE)
"""Whether the papers are complete, asked at the checklist ("udah semua belum?", "dokumen apa lagi yang kurang",
"fotonya udah saya kirim semua"), or said to be sent ("udah sy kirim"): was "Di langkah ini, kirim dokumen …", the list
only after it."""


_SAID_SENT = re.compile(_SENT_WORDS, re.IGNORECASE)
"""A paper said to be sent already: whether it arrived is said, not "send it now"."""


_THANKS = frozenset({"makasih", "terima", "kasih", "trims", "tq", "thx", "thanks", "thank", "you", "nuhun", "matur",
                     "suwun"})
LATER_WORDS = frozenset({"nanti", "besok", "later", "tomorrow", "ntar", "entar"})
_SAID_WHEN_DONE = _THANKS | LATER_WORDS | frozenset({
    "udah", "sudah", "udh", "sdh", "dah", "ok", "oke", "sip", "siap", "baik", "ya", "iya", "saya", "sy", "kirim",
    "kirimnya", "lagi", "aja", "deh", "dulu", "min", "kak", "pak", "bu", "ini", "itu"})


def _done_for_now(text: str) -> bool:
    """Thanks, or a later said, and nothing more ("udah ya makasih", "ok nanti saya kirim", "makasih min"): was "Di
    langkah ini, kirim dokumen …" and the checklist again; saved as "Simpan dulu" is."""
    words = set(re.findall(r"\w+", text.casefold()))
    return bool(words) and words <= _SAID_WHEN_DONE and bool((_THANKS | LATER_WORDS) & words)


_WITHDRAWING = re.compile(
    r"\b(?:batalkan|batalin|membatalkan|hapus|hapuskan|menghapus|cabut|mencabut|cancel|withdraw)\b.*\b(?:klaim\w*|claim)\b|"
    r"\b(?:klaim\w*|claim)\b.*\b(?:batal|batalkan|batalin|dibatalkan|dibatalin|hapus|dihapus|cabut|dicabut)\b|"
    r"\b(?:tidak|gak|ga|gk|nggak|ndak|idak) jadi (?:klaim|ngajuin|mengajukan|ajukan|ngurus|mengurus)\b", re.IGNORECASE)
"""Calling the claim off, typed at its checklist ("batalkan klaim ini", "klaimnya dihapus aja"); not a file of it
("di klaim ini hapus foto ktp yang salah", _A_FILE)."""
_A_FILE = re.compile(r"\b(?:foto\w*|berkas\w*|dokumen\w*|file|gambar\w*|scan)\b", re.IGNORECASE)


def _offer_withdrawal(ctx: Ctx[DocsDraft], _said: str = "") -> Outcome | None:
    """"batal" at a draft's checklist: withdraw the claim? A submitted claim is the desk's to close: "batal" only
    leaves it."""
    return Goto(DocsState.WITHDRAW) if ctx.draft.status is ClaimStatus.DRAFT else None


def _withdraw(ctx: Ctx[DocsDraft]) -> Outcome:
    reference = ctx.draft.reference
    return Goto(HOME, effects=(WithdrawClaim(reference),), conversation=with_memo(ctx.conversation, reference, None),
                say=(_("Klaim {reference} dibatalkan: tidak diajukan, dan dokumen yang sudah dikirim dihapus. Anda bisa "
                       "memulai klaim baru kapan saja.").format(reference=reference),))


def _withdraw_unless_kept(ctx: Ctx[DocsDraft], said: str) -> Outcome:
    """"Batalkan klaim …?" "batal": the answer is yes, in its own word. "gak jadi" is a change of mind (it withdrew the
    claim and deleted its documents): the claim is kept."""
    return _save_for_later(ctx) if changed_mind(said) else _withdraw(ctx)


_AGAIN = re.compile(r"\b(?:lagi|ulang|baru|again|later)\b", re.IGNORECASE)


_YES_WITHDRAW = re.compile(r"^(?:(?:iya|ya|yes|yup|ok|oke|betul|benar|bener)\W+)?(?:batal\w*|hapus\w*|cancel\w*)"
                          r"(?:\W+(?:aja|saja|ajalah|deh|dong|ya|yah|kak|min|pak|bu|klaim\w*|nya))*\W*$", re.IGNORECASE)
"""Yes in words at "Batalkan klaim …?" ("iya batalin aja", "batalkan saja"): was "not understood" (the button's words
are taken only alone)."""


def _withdraw_asked_about(ctx: Ctx[DocsDraft], text: str) -> Outcome | None:
    """"kalau dibatalkan bisa daftar lagi?" at the question: it can; anything else is the engine's "not understood"
    and the question again."""
    if _YES_WITHDRAW.match(text.strip()):
        return _withdraw(ctx)
    return Retry(_("Bisa: klaim baru bisa dimulai lagi kapan saja dari menu.")) if _AGAIN.search(text) else None


def _ask_withdraw(ctx: Ctx[DocsDraft]) -> str:
    return _("Batalkan klaim {reference}? Klaim ini tidak akan diajukan, dan dokumen yang sudah dikirim dihapus.").format(
        reference=ctx.draft.reference)


_WHAT_IS = re.compile(r"\b(?:apa|apaan|what)\b", re.IGNORECASE)
""""kpj nya apa ya", "kpj itu apa": what a document is, asked without a question mark (was "Baik, kirim foto Kartu
peserta (KPJ) sekarang")."""


_AT_A_LOSS = re.compile(
    r"^\W*(?:(?:saya|sy|aku|ak|i'?m|i am|i)\s+)?(?:masih\s+|still\s+)?(?:bingung|pusing|confused|lost|"
    r"(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|don'?t|do not)\s+(?:ngerti|mengerti|paham|faham|understand))"
    r"(?:\s+(?:nih|sih|kak|min|pak|bu|ya|deh|banget|bgt|saya|sy))*\W*$", re.IGNORECASE)
""""bingung", "ga ngerti" typed alone at the checklist (with "ga tau": is_unsure): was "Di langkah ini, kirim dokumen …",
as if it were a wrong answer."""


_STILL = r"(?:(?:sudah|sdh|udah|udh|dah|telah|sdah)\s+)?"
_ENDED = r"(?:mati|habis|kedaluwarsa|kadaluarsa|kadaluwarsa|kedaluarsa|expired|lewat)"
KTP_EXPIRED = re.compile(
    rf"\b(?:e-?)?ktp(?:nya)?(?:\s+[^\s,.;!?]+){{0,2}}?\s+{_STILL}{_ENDED}\b"
    rf"|\bmasa\s+berlaku\s+(?:e-?)?ktp(?:nya)?(?:\s+[^\s,.;!?]+){{0,2}}?\s+{_STILL}(?:habis|lewat|mati)\b"
    r"|\b(?:e-?)?ktp\b.*\b(?:expired|kedaluwarsa|kadaluarsa|kadaluwarsa|kedaluarsa)\b", re.IGNORECASE)
"""A KTP said to have expired ("ktp almarhum udah mati", "masa berlaku ktp sdh habis"): read in the message as typed,
where "mati" is not yet the normaliser's "meninggal". A comma ends the KTP's words: "ktp suami, suami udah mati" is a
death."""
KTP_FOR_LIFE = lazy_gettext(
    "e-KTP berlaku seumur hidup (UU 24/2013), jadi tanggal berlaku yang tercetak di KTP lama tidak perlu diperpanjang "
    "dan KTP itu tetap bisa dipakai. Jika ragu, tanyakan ke kantor cabang BPJS Ketenagakerjaan.")


_ACCOUNT_OF_ANOTHER = re.compile(r"\b(?:rekening|tabungan|atm)\w*\b.*\batas\s+nama\s+(?:anak|istri|suami|ibu|bapak|ayah|"
                                 r"mama|orang\s+lain|adik|kakak|saudara|menantu|cucu)\w*", re.IGNORECASE)
ACCOUNT_IN_ANOTHERS_NAME = lazy_gettext(
    "Santunan kematian dibayar ke rekening ahli waris; anak peserta yang meninggal juga ahli waris. Apakah rekening atas "
    "nama anak atau orang lain bisa dipakai, pastikan dulu ke kantor cabang BPJS Ketenagakerjaan.")


_WHOSE_ACCOUNT = re.compile(r"\b(?:rekening|rek|tabungan|atm)\w*\b.*\batas\s*nama\s+(?:saya|sy|aku|sendiri|siapa|"
                            r"ahli\s+waris|almarhum\w*|alm)\b", re.IGNORECASE)
"""Whose bank book a death claim wants ("rekening harus atas nama sy?", "tabungannya atas nama siapa"): was "Ya, Buku
tabungan termasuk dokumen wajib", an answer to whether it is needed."""
_DECEASEDS_ACCOUNT = re.compile(r"\b(?:rekening|rek|tabungan|atm)\w*\s+(?:punya\s+)?(?:almarhum\w*|alm)\b", re.IGNORECASE)
"""Asked of ("kalo pake rekening almarhum bisa?": not understood) or announced ("ini buku tabungan almarhum": "Baik, kirim
foto Buku tabungan", the heir's book recorded as had)."""
ACCOUNT_OF_THE_HEIR = lazy_gettext(
    "Santunan kematian dibayar ke rekening ahli waris: buku tabungan atas nama ahli waris yang mengurus klaim, bukan "
    "atas nama almarhum.")


def account_in_anothers_name(text: str) -> bool:
    """A bank book in a relative's or another's name, told ("buku tabungan sy atas nama anak"): at a death claim's
    checklist, and at the menu (where "tabungan" was read as JHT's savings)."""
    return _ACCOUNT_OF_ANOTHER.search(text) is not None


def _on_checklist_text(ctx: Ctx[DocsDraft], text: str) -> Outcome:
    if "ktp" in text.casefold() and KTP_EXPIRED.search(text):  # "ktp almarhum udah mati": was "Baik, kirim foto
        return Retry(str(KTP_FOR_LIFE))  # e-KTP almarhum sekarang"
    if ctx.draft.benefit is not Benefit.JKK_ACCIDENT and account_in_anothers_name(text):  # "buku tabungan sy atas
        # nama anak": was "Baik, kirim foto Buku tabungan"
        return Goto(DocsState.CHECKLIST, say=(str(ACCOUNT_IN_ANOTHERS_NAME) + " " + _(
            "Foto buku tabungannya tetap bisa dikirim sekarang."),))
    if ctx.draft.benefit is not Benefit.JKK_ACCIDENT and (
            _WHOSE_ACCOUNT.search(text) or _DECEASEDS_ACCOUNT.search(text)):
        return Goto(DocsState.CHECKLIST, say=(str(ACCOUNT_OF_THE_HEIR),))
    if (what_to_do := not_had(text)) is not None:  # "saya gak punya buku tabungan gimana"
        return Retry(what_to_do)
    if _WITHDRAWING.search(text) and not _A_FILE.search(text) and not documents_named(text) \
            and (offered := _offer_withdrawal(ctx)) is not None:
        return offered
    if _done_for_now(text):
        return _save_for_later(ctx)
    if is_acknowledgement(text):  # "ok": was "Di langkah ini, kirim dokumen …", as if it were a wrong answer
        return Retry(_("Baik, saya tunggu."))
    if (relabelled := _relabel_last(ctx, text)) is not None:
        return relabelled
    # "ini ktp suami saya", the photo next: was "Di langkah ini, kirim dokumen …", and the photo asked about
    if (needed := _whether_needed(ctx, text)) is not None:
        return needed
    if ctx.draft.benefit is Benefit.JKK_ACCIDENT and (told := _accident_paper_asked(text)) is not None:
        return Goto(DocsState.CHECKLIST, say=(told,))
    asked = is_question(text) or _WHAT_IS.search(text) is not None
    if asked and paper_asked_about(text):  # "ktp almarhum gmn": was asked whether to start a death claim, inside one
        named = _item_named(ctx, text)
        if isinstance(named, str):
            return Goto(DocsState.CHECKLIST, say=(_what_about(named, text),))
        if isinstance(named, Retry):  # "ktp gmn": whose
            return named
    if not asked and isinstance(item := _item_named(ctx, text), str):
        sent = _SAID_SENT.search(text) is not None
        if sent and ctx.draft.received.get(item):  # "udah sy kirim ktp nya": was told to send it
            return Goto(DocsState.CHECKLIST, say=(_("{item} sudah saya terima.").format(item=doc_short(item)),))
        said = _("{item} belum saya terima: kirim fotonya sekali lagi di chat ini.") if sent \
            else _("Baik, kirim foto {item} sekarang.")
        return Goto(DocsState.CHECKLIST, draft=ctx.draft.model_copy(update={"announced": item}),
                    say=(said.format(item=doc_short(item)),))
    if not asked and item is _LATER_SAID:  # said here, not as a wrong answer: a question it sounds like ("kuitansi sama
        # surat dokter nyusul ya", of treatment costs) was answered instead
        return Goto(DocsState.CHECKLIST, say=(str(item.problem),))
    if not asked and isinstance(item, Retry):  # "sekarang ktp nya": whose KTP (was "send a document")
        return item
    if not asked and isinstance(several := _items_named(ctx, text), list) and len(several) > 1:
        # "ktp sm kartu bpjs udh ada" was the status check's NIK question (its "kartu bpjs" read as a check's), "ktp dan
        # surat dokter udh ada" "Di langkah ini, kirim dokumen …", as if it were a wrong answer
        return Goto(DocsState.CHECKLIST, say=(_("Baik, kirim fotonya satu per satu: {items}.").format(
            items=", ".join(doc_short(one) for one in several)),))
    submitting = SUBMITTING_ASKED.search(text) is not None or NOT_PROCESSED_ASKED.search(text) is not None  # "kenapa
    # masih draf", "kok blm diproses": were "send a document here"
    if submitting or _COMPLETE_ASKED.search(text):
        lacking = _lacking(len(missing_items(ctx.draft)))
        return Retry(_("Klaim diajukan setelah semua dokumen wajib terkirim: pilihan \"Ajukan klaim\" muncul di "
                       "sini.") + " " + lacking if submitting else lacking)
    if _BLURRY.search(text):  # "kk nya buram gpp?": was "Di langkah ini, kirim dokumen …"
        return Goto(DocsState.CHECKLIST, say=(_(
            "Kirim foto yang jelas terbaca: seluruh dokumen masuk, di tempat terang, tanpa pantulan cahaya. Foto yang "
            "tidak terbaca bisa diminta ulang oleh petugas."),))
    if _HOW_TO_SEND.search(text):  # "cara kirim fotonya gmn", "berkas nya dikirim kmn": the same
        return Goto(DocsState.CHECKLIST, say=(_(
            "Kirim di chat ini: tekan tanda klip (📎) atau kamera di samping kolom ketik, pilih foto dokumennya, tulis "
            "namanya di keterangan (misalnya \"KK\"), lalu kirim. Satu foto untuk satu dokumen."),))
    if is_unsure(text) or _AT_A_LOSS.match(text):  # the example, one of this claim's papers
        example = _("surat dokter dibuat di mana") if ctx.draft.benefit is Benefit.JKK_ACCIDENT else \
            _("surat ahli waris dibuat di mana")
        return Retry(_("Tidak apa-apa. Kirim dulu foto dokumen yang sudah ada. Untuk yang belum, tanyakan di sini, misalnya "
                       "\"{example}\". Jika ingin dibantu orang, ketik \"bicara dengan petugas\".").format(example=example))
    return Retry(_("Di langkah ini, kirim dokumen sebagai foto atau PDF, atau pilih salah satu pilihan di bawah."))


def _on_media_while_picking(ctx: Ctx[DocsDraft], media: Media) -> Outcome:
    outcome = add_file(ctx, media)
    if isinstance(outcome, Goto):
        return Goto(DocsState.PICK_ITEM, draft=outcome.draft,
                    say=(_("Berkas berikutnya juga sudah saya terima. Kita tandai satu per satu."),))
    return outcome


def _ask_pick(ctx: Ctx[DocsDraft]) -> str:
    waiting = len(ctx.draft.pending)
    if waiting > 1:
        return _("Berkas diterima ({count} menunggu). Berkas pertama ini dokumen apa?").format(count=waiting)
    return _("Berkas diterima. Ini dokumen apa?")


def _pick_options(ctx: Ctx[DocsDraft]) -> Options:
    d = ctx.draft
    options = [Option(item, DOC_SHORT[item], then=_attach_to(item), reads=_not_this_file)
               for item in (*d.required, *d.optional)]
    options.append(Option("drop", lazy_gettext("Bukan dokumen, abaikan"), then=_drop_pending))
    return tuple(options)


def _not_this_file(ctx: Ctx[DocsDraft], text: str) -> Outcome | None:
    """A paper named at "Ini dokumen apa?" that is not had yet or asked about ("akta kematian blm jadi", "surat ahli
    waris bikin dmn"): answered, the file still to be named. Both labelled the file as that very paper."""
    if (what_to_do := not_had(text)) is not None:
        return Retry(what_to_do)
    return _LATER_SAID if documents_named(text) and _LATER.search(text) else None


def _attach_to(item: str) -> Any:
    def attach(ctx: Ctx[DocsDraft]) -> Outcome:
        d = ctx.draft
        media, rest = d.pending[0], d.pending[1:]
        assert media.digest is not None
        received = {**d.received, item: [*d.received.get(item, []), media.digest]}
        draft = d.model_copy(update={"received": received, "pending": rest, "last": (item, media.digest)})
        said = _("Diterima: {item}.").format(item=doc_short(item))
        effects = (AttachDocument(d.reference, item, media),)
        conv = with_memo(ctx.conversation, d.reference, missing_items(draft))
        if rest:
            return Goto(DocsState.PICK_ITEM, draft=draft, say=(said,), effects=effects, conversation=conv)
        return Goto(DocsState.CHECKLIST, draft=draft, say=(said,), effects=effects, conversation=conv)
    return attach


_DECEASED_SAID = re.compile(r"\b(?:almarhum|almarhumah|alm|almh|mendiang|yang meninggal|yg meninggal|deceased|the late)\b",
                            re.IGNORECASE)
_OWN_SAID = re.compile(r"\b(?:saya|sy|aku|ku|ktpku|sendiri|ahli waris|my|mine|me|myself|heir)\b", re.IGNORECASE)
_OWN_KTP = re.compile(r"\b(?:e-?ktp|ktp)\s*(?:nya\s+)?(?:saya|sy|aku|ku|sendiri)\b|\bktpku\b"
                      r"|\bmy\s+(?:own\s+)?(?:e-?ktp|ktp|id card)\b", re.IGNORECASE)
_KIN_SAID = re.compile(r"\b(?:suami|suamiku|istri|istriku|bini|bapak|bapakku|ayah|ayahku|ibu|ibuku|mamak|emak|mama|"
                       r"papa|abah|anak|anakku|kakak|adik|abang|kakek|nenek|cucu|mertua)(?:nya)?\b"
                       r"|\b(?:his|her|husband|wife|father|dad|mother|mom|mum|son|daughter|brother|sister|grandfather|"
                       r"grandmother|grandpa|grandma)\b", re.IGNORECASE)
"""A KTP named by kin ("ktp suami", "ktp bapak saya", "my husband's id card", "his ktp"): in a death claim, the heir
naming the deceased; the heir's own is "ktp saya", "my ktp". Was not understood."""
_LATER = re.compile(r"\b(?:nyusul|menyusul|susul|susulan|nanti|besok|belum|blm|blom|later|(?:masih|msh|lagi|lg|sedang|dalam) "
                    r"(?:di)?(?:urus|proses)|diproses|being processed|in process)\b", re.IGNORECASE)
"""Not at hand yet: "kk nya nyusul", "akta kematian masih diurus" (was told to send its photo now)."""


_SHE_DIED = re.compile(r"\b(?:almarhumah|almh|ibu|ibunya|istri|istriku|mamak|emak|mama|nenek|her)\b", re.IGNORECASE)
_HOW_ABOUT = re.compile(r"\b(?:gmn|gimana|gmana|gimna|bagaimana|how about|what about)\b", re.IGNORECASE)


def paper_asked_about(text: str) -> bool:
    """A paper asked about in a few words ("ktp almarhum gmn", "buku nikah gimana"): the checklist's to answer, before
    the understanding (which read "almarhum" as a death told, and offered to start a claim inside one)."""
    return _HOW_ABOUT.search(text) is not None and bool(documents_named(text)) and len(text.split()) <= PAPER_ASKED_WORDS


PAPER_ASKED_WORDS = 6


NEED_WORDS = (r"(?:perlu|prlu|wajib|harus|hrs|mesti|musti|diperlukan|butuh|dibutuhkan|need|needed|required|"
              r"necessary|should)")
"""The words of a need, as typed: whether a paper, or treatment (accident.py), is needed."""
_NEEDED_ASKED = re.compile(rf"\b{NEED_WORDS}\b.*(?:\?|\b(?:ga|gak|nggak|ngga|enggak|tidak|tdk|nda|ndak|no|not)\s*"
                           rf"(?:\?|[,.]|$))|^\s*(?:apa|apakah|do|does|is)\b.*\b{NEED_WORDS}\b", re.IGNORECASE)
_NOT_OF_NEED = re.compile(r"\b(?:asli|fotokopi|fotocopy|legalisir|dilegalisir|berwarna|warna|original|copy|color|colour|"
                          r"dari|from|di(?:per)?baru\w*|diperbaharui|diperpanjang|diganti|diubah|diupdate|update|"
                          r"ditandatangani|dicap|distempel)\b", re.IGNORECASE)
"""Whether a paper must be the original, in colour, from a certain office, renewed or stamped: answered elsewhere, or
not a question of this claim's list ("kk nya perlu diperbarui?")."""


def _whether_needed(ctx: Ctx[DocsDraft], text: str) -> Outcome | None:
    """Whether one paper is needed for this claim ("buku nikah perlu ga" from a child, "akta kematian perlu ga"): were
    "Di langkah ini, kirim dokumen …" and "Baik, kirim foto Akta kematian sekarang". Said from the claim's own list."""
    if _NEEDED_ASKED.search(text) is None or _NOT_OF_NEED.search(text) is not None:
        return None
    named = [doc for doc in documents_named(text) if doc not in documents_denied(text)]
    listed = _items_named(ctx, text)
    if len(named) != 1 or isinstance(listed, Retry):
        return None
    item = listed[0] if listed else named[0]
    if item in ctx.draft.required and item == Doc.POLICE_REPORT:  # "surat polisi wajib ga? sy jatuh sendiri": was
        # "Baik, kirim foto Surat polisi/saksi sekarang" (the question at its start)
        said = _("Ya, {item} termasuk dokumen wajib klaim ini: kirim fotonya jika sudah ada.") + " " + str(
            WHAT_TO_DO[Doc.POLICE_REPORT])
    elif item in ctx.draft.required:
        said = _("Ya, {item} termasuk dokumen wajib klaim ini: kirim fotonya jika sudah ada.")
    elif item in ctx.draft.optional:
        said = _("{item} tidak wajib untuk klaim ini: kirim jika ada.")
    elif item == Doc.MARRIAGE_BOOK:
        said = _("{item} tidak diperlukan untuk klaim ini: buku nikah diminta jika ahli warisnya istri atau suami.")
    elif item == Doc.POLICE_REPORT:
        said = _("{item} tidak diperlukan untuk klaim ini: surat polisi diminta untuk kecelakaan lalu lintas.")
    elif item == Doc.MEDICAL and ctx.draft.benefit is Benefit.JKK_ACCIDENT:  # not listed: no treatment yet; asked
        # later, so not said to be unneeded ("surat dokter perlu ga" was "Di langkah ini, kirim dokumen …")
        said = _("{item} belum ada di daftar karena belum berobat; setelah berobat, surat itu diperlukan: kirim jika "
                 "sudah ada.")
    elif item == Doc.MEDICAL and ctx.draft.benefit is Benefit.JKM:  # a death by illness: "surat dokter perlu ga" was
        # "Di langkah ini, kirim dokumen …"
        said = _("{item} tidak ada di daftar klaim ini. Surat keterangan kematian dari rumah sakit bisa dipakai sebagai "
                 "surat kematian; surat lain boleh dikirim sebagai dokumen pendukung.")
    else:
        return None
    return Goto(DocsState.CHECKLIST, say=(said.format(item=doc_short(item)),))


_STAGE_FORM = re.compile(r"\b(?:formulir|form|formnya|formulirnya)\b.*\b(?:tahap|thp|stage)\b", re.IGNORECASE)
_WITNESSES = re.compile(r"\b(?:saksi|saksinya|witness|witnesses)\b", re.IGNORECASE)
_WHO = re.compile(r"\b(?:siapa|sapa|siapa2|who)\b", re.IGNORECASE)
_WHO_OR_WHERE = re.compile(r"\b(?:siapa|sapa|dimana|di mana|dmn|mana|dapet|dapat|ambil|minta|who|where|get|gimana|"
                           r"bagaimana|gmn|how)\b", re.IGNORECASE)


def _accident_paper_asked(text: str) -> str | None:
    """Where the stage I form is got, who the witnesses may be, asked at an accident's checklist: were "Di langkah ini,
    kirim dokumen …"."""
    said = accident_paper_answer(text)
    if said is STAGE_FORM_WHERE:
        kept = _("Laporan di sini tetap tersimpan.")
        return f"{said} {kept}"
    return str(said) if said is not None else None


def accident_paper_answer(text: str) -> LazyText | None:
    """The stage I form's where, or the witnesses' who, asked ("formulir tahap 1 dapet dimana" at the menu was the JKM
    page, "saksi kecelakaan harus siapa" the JKK page); None otherwise."""
    if _STAGE_FORM.search(text) and _WHO_OR_WHERE.search(text):
        return STAGE_FORM_WHERE
    if _WITNESSES.search(text) and _WHO.search(text):  # not "kalau ga ada saksi gimana": what stands in, said elsewhere
        return WITNESSES_WHO
    return None


STAGE_FORM_WHERE = lazy_gettext("Formulir laporan kecelakaan kerja tahap I diisi di kantor cabang BPJS Ketenagakerjaan, "
                                "paling lambat 2×24 jam setelah kecelakaan; kantor cabang yang memastikan caranya.")
WITNESSES_WHO = lazy_gettext("Saksi adalah dua orang yang melihat atau mengetahui kejadiannya, misalnya warga sekitar "
                             "atau teman kerja, yang menulis dan menandatangani pernyataannya. Kantor cabang yang "
                             "memastikan syaratnya.")


def _what_about(item: str, text: str) -> str:
    """A paper of the checklist asked about ("ktp almarhum gmn", "buku nikah gimana"): sent if it is at hand; what to do
    if it is not. The deceased named as the heir named them ("ktp almarhumah gmn" was answered of "almarhum")."""
    if item == Doc.KTP_DECEASED:
        who = _("almarhumah") if _SHE_DIED.search(text) else _("almarhum")
        return _("Kirim foto e-KTP {who} jika masih ada. Jika sudah tidak ada (hilang, atau ditarik saat mengurus akta "
                 "kematian), kirim dulu dokumen lain; kantor cabang yang memastikan penggantinya.").format(who=who)
    instead = WHAT_TO_DO.get(Doc(item))
    sent = _("Kirim foto {item} jika sudah ada.").format(item=doc_short(item))
    return f"{sent} {instead}" if instead is not None else sent


_BLURRY = re.compile(r"\b(?:buram|burem|blur|blurry|kabur|ngeblur|(?:ga|gak|tidak|tdk|kurang|nggak) (?:jelas|kebaca|"
                     r"terbaca)|kepotong|terpotong|gelap|miring)\b", re.IGNORECASE)
"""A photo of a paper that may not read well, asked about ("kk nya buram gpp?", "fotonya kepotong dikit")."""
_HOW_TO_SEND = re.compile(r"\b(?:cara|caranya|gimana|gmn|bagaimana|gmana|how)\b.*\b(?:kirim|ngirim|upload|unggah|send|"
                          r"foto|fotonya)\b|\b(?:kirim|dikirim|ngirim|upload|diupload|unggah|diunggah|send)\w*\b.*\b"
                          r"(?:gimana|gmn|bagaimana|caranya|kemana|kmn|kmana|ke mana|where|how)\b", re.IGNORECASE)
"""How or where a photo is sent, asked at the checklist ("cara kirim fotonya gmn", "berkas nya dikirim kmn")."""


_CORRECTING_THE_LAST = re.compile(
    r"\b(?:salah|keliru|harusnya|seharusnya|mestinya|maksudnya|sebenarnya|(?:itu|yang|yg) (?:tadi|barusan|td)|"
    r"tadi itu|wrong|actually|meant|that was|it was)\b", re.IGNORECASE)
"""A file named wrong, said after it ("eh salah, itu tadi foto ktp suami saya bukan surat polisi", "yang barusan kk"). A
"bukan" alone is not enough: "sekarang kk nya, bukan ktp lagi" announces the next file."""


def _relabel_last(ctx: Ctx[DocsDraft], text: str) -> Outcome | None:
    """The last file is another document of the claim than the one it was tied to, named with a correction: it is
    re-labelled. The item it was counts as missing again unless another file stands for it."""
    d = ctx.draft
    if d.last is None or not _CORRECTING_THE_LAST.search(text) or is_question(text):
        return None
    was, digest = d.last
    named = _items_named(ctx, text)
    named = [] if isinstance(named, Retry) else [item for item in named if item != was]
    if len(named) != 1:
        return None
    return _relabel(ctx, was, digest, named[0])


def _relabel(ctx: Ctx[DocsDraft], was: str, digest: str, item: str) -> Outcome:
    d = ctx.draft
    left = [kept for kept in d.received.get(was, []) if kept != digest]
    received = {key: value for key, value in d.received.items() if key != was} | ({was: left} if left else {})
    received[item] = [*received.get(item, []), digest]
    draft = d.model_copy(update={"received": received, "last": (item, digest)})
    conv = with_memo(ctx.conversation, d.reference, missing_items(draft))
    said = _("Baik, berkas tadi saya catat sebagai {item}, bukan {was}.").format(item=doc_short(item),
                                                                             was=doc_short(was))
    return Goto(DocsState.CHECKLIST, draft=draft, say=(said,), conversation=conv,
                effects=(RelabelDocument(d.reference, digest, item),))


def _named_item(ctx: Ctx[DocsDraft], text: str) -> Outcome | None:
    if (told := _not_this_file(ctx, text)) is not None:
        return told
    item = _item_named(ctx, text)
    return _attach_to(item)(ctx) if isinstance(item, str) else item


_LATER_SAID = Retry(lazy_gettext("Baik, yang itu bisa dikirim nanti."))


def _item_named(ctx: Ctx[DocsDraft], text: str) -> str | Retry | None:
    """Which document the file is, typed as people name it ("ktp saya", "ini ktp almarhumah", "surat kematian dari
    rs"): taken when it names exactly one of the claim's documents. A KTP is the deceased's or the heir's (or, in an
    accident report, the worker's) by what is said with it."""
    if documents_named(text) and _LATER.search(text):  # "kk nya nyusul ya": not this file (it was taken as the KK)
        return _LATER_SAID
    if isinstance(chosen := _items_named(ctx, text), Retry):
        return chosen
    return chosen[0] if len(chosen) == 1 else None


def _items_named(ctx: Ctx[DocsDraft], text: str) -> list[str] | Retry:
    """The claim's documents a message names, in the checklist's order."""
    d = ctx.draft
    items = (*d.required, *d.optional)
    named = set(documents_named(text)) - set(documents_denied(text))  # "sekarang ktp nya, bukan kk lagi": the KTP
    if Doc.KTP_HEIR in named:  # any KTP reads as the heir's: which one, the words around it say
        named.discard(Doc.KTP_HEIR)
        if _DECEASED_SAID.search(text) or (Doc.KTP_DECEASED in items and _KIN_SAID.search(text)
                                           and not _OWN_KTP.search(text)):
            named.add(Doc.KTP_DECEASED)  # "ktp suami", "ktp bapak": an heir names the deceased so
        elif _OWN_SAID.search(text) and Doc.KTP_HEIR in items:
            named.add(Doc.KTP_HEIR)
        elif Doc.KTP_WORKER in items:
            named.add(Doc.KTP_WORKER)
        elif not named and Doc.KTP_DECEASED in items:  # "ktp" alone: was "not understood"
            return Retry(_("KTP siapa? Pilih \"{deceased}\" atau \"{heir}\".").format(
                deceased=doc_short(Doc.KTP_DECEASED), heir=doc_short(Doc.KTP_HEIR)))
    return [item for item in items if item in named]


def _drop_pending(ctx: Ctx[DocsDraft]) -> Outcome:
    rest = ctx.draft.pending[1:]
    draft = ctx.draft.model_copy(update={"pending": rest})
    said = _("Baik, berkas itu tidak saya simpan.")
    return Goto(DocsState.PICK_ITEM if rest else DocsState.CHECKLIST, draft=draft, say=(said,))


# -- finishing ---------------------------------------------------------------------------------


def where_next(benefit: Benefit, traffic: bool) -> str:
    """What happens next and where to go, for every finished claim: short, one screen."""
    lines = [_(
        "Langkah berikutnya: petugas memeriksa dokumen Anda dan mengabarkan hasilnya di sini. Bawa dokumen asli "
        "ke kantor cabang BPJS Ketenagakerjaan, atau ajukan lewat Lapak Asik (lapakasik.bpjsketenagakerjaan.go.id). "
        "Klaim tidak dipungut biaya."
    )]
    if benefit is Benefit.JKK_ACCIDENT:
        lines.append(_("Di kantor cabang, laporan ini dilengkapi formulir laporan kecelakaan: tahap I sekarang, "
                       "tahap II setelah pengobatan selesai."))
    if benefit is Benefit.JKM:
        lines.append(_("Menurut aturan, JKM dibayar 3 hari kerja setelah dokumen lengkap; dalam praktik bisa "
                       "lebih lama."))
    if traffic and benefit is not Benefit.JKK_ACCIDENT:  # the accident report said it before it was saved
        lines.append(_("Untuk kecelakaan lalu lintas, Jasa Raharja membayar lebih dulu; pastikan di kantor cabang."))
    lines.append(_("Ketik \"cek klaim\" kapan saja untuk melihat statusnya."))
    return "\n".join(lines)


def _submit(ctx: Ctx[DocsDraft]) -> Outcome:
    d = ctx.draft  # offered only once nothing required is missing
    conv = with_memo(ctx.conversation, d.reference, None)
    conv = dataclasses.replace(conv, memo={**conv.memo, MEMO_SUBMITTED: d.benefit.value})
    said = _("Klaim {reference} sudah diajukan.").format(reference=d.reference)
    return Goto(DocsState.SUBMITTED, draft=d.model_copy(update={"status": ClaimStatus.SUBMITTED}),
                say=(said, where_next(d.benefit, d.traffic)), effects=(SubmitClaim(d.reference),), conversation=conv)


def _save_for_later(ctx: Ctx[DocsDraft]) -> Outcome:
    d = ctx.draft
    lacking = missing_items(d)
    if d.status is ClaimStatus.MISSING_DOCUMENTS:
        said = _("Dokumen tersimpan. Klaim {reference} masih berstatus dokumen kurang; pilih \"Ajukan klaim\" "
                 "setelah dokumen lengkap.").format(reference=d.reference)
    else:
        said = _("Klaim {reference} disimpan sebagai draf. Anda bisa melanjutkannya kapan saja: ketik "
                 "\"cek klaim\".").format(reference=d.reference)
    if lacking:
        said += "\n" + _("Masih kurang: {items}.").format(items="; ".join(doc_short(i) for i in lacking))
    return Goto(DocsState.SAVED, say=(said,), conversation=with_memo(ctx.conversation, d.reference, lacking))


KEPT = lazy_gettext("Klaim ini tidak dihapus: yang sudah dicatat dan dikirim tetap tersimpan.")
TRACK_LOADING = "claims.loading"
LABEL_TRACK = lazy_gettext("Cek klaim")


def track_claims(ctx: Ctx[Any]) -> Outcome:
    """Open "cek klaim": the store answers ListClaims with this account's claims."""
    return Goto(TRACK_LOADING, effects=(ListClaims(),))


FLOW = Flow(
    name="docs",
    entry=DocsState.CHECKLIST,
    draft_model=DocsDraft,
    steps=(
        Step(
            DocsState.CHECKLIST,
            timeout=Timeout.QUIET,
            ask=_ask_checklist,
            options=_checklist_options,
            expects=Expect.MEDIA,
            on_media=add_file,
            on_text=_on_checklist_text,
            goes_to=frozenset({DocsState.CHECKLIST, DocsState.PICK_ITEM, DocsState.SUBMITTED, DocsState.SAVED,
                               DocsState.WITHDRAW}),
            # "batal" here was told "Tidak ada yang perlu dibatalkan" about a claim that stays recorded
            leaving=KEPT,
            on_cancel=_offer_withdrawal,
            help=lazy_gettext("Foto dokumen dengan jelas, seluruh halaman terlihat, lalu kirim sebagai foto atau "
                              "PDF. Klaim Anda tersimpan sebagai draf; Anda bisa melanjutkannya kapan saja."),
        ),
        Step(
            DocsState.PICK_ITEM,
            timeout=Timeout.QUIET,
            ask=_ask_pick,
            options=_pick_options,
            on_text=_named_item,
            on_media=_on_media_while_picking,
            goes_to=frozenset({DocsState.PICK_ITEM, DocsState.CHECKLIST}),
        ),
        Step(
            DocsState.SUBMITTED,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Ada lagi yang bisa saya bantu?"),
            options=(Option("track", LABEL_TRACK, then=track_claims), to_menu()),
            goes_to=frozenset({TRACK_LOADING}),
        ),
        Step(
            DocsState.WITHDRAW,
            timeout=Timeout.NOTICE,  # a question awaiting its answer: a question asked back is read here first
            ask=_ask_withdraw,
            options=(Option("withdraw", lazy_gettext("Ya, batalkan klaim"), then=_withdraw,
                            aliases=(*YES_WORDS, "batalkan", "hapus"), alone=True),
                     Option("keep", lazy_gettext("Tidak, simpan"), then=_save_for_later,
                            aliases=(*NO_WORDS, "simpan", "jangan", "lanjut"))),
            on_text=_withdraw_asked_about,
            leaving=KEPT,
            on_cancel=_withdraw_unless_kept,
            goes_to=frozenset({DocsState.SAVED, HOME}),
        ),
        Step(
            DocsState.SAVED,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Ada lagi yang bisa saya bantu?"),
            options=(Option("track", LABEL_TRACK, then=track_claims), to_menu()),
            goes_to=frozenset({TRACK_LOADING}),
        ),
    ),
)

__all__ = ["FLOW", "HOME", "DocsDraft", "DocsState", "draft_for", "reminder", "where_next", "with_memo"]
