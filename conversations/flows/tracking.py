"""Cek klaim: this account's claims with their status and what to do next. An account sees only the
claims it filed (the store answers ListClaims by channel and user)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.domain.claims import CLAIMANT_CAN_EDIT, Benefit, ClaimStatus, missing
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows.common import HOME, to_menu
from conversations.flows.documents import (
    MEMO_DRAFTS,
    NOT_PROCESSED_ASKED,
    STATUS_LABELS,
    SUBMITTING_ASKED,
    DocsState,
    add_file,
    doc_label,
    draft_for,
    open_checklist,
    track_claims,
)
from conversations.i18n import _, format_date, lazy_format, lazy_gettext
from conversations.model import (
    MEMO_NO_CLAIMS_SAID,
    ClaimList,
    ClaimSummary,
    Expect,
    ListClaims,
    Media,
    Result,
)

MAX_LISTED = 10
NO_CLAIMS_SAID_FOR = dt.timedelta(hours=1)
"""After the whole "no claims" answer, asked again within this long: the short one."""


class TrackState(StrEnum):
    LOADING = "claims.loading"
    LIST = "claims.list"


class TrackDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    claims: tuple[ClaimSummary, ...] = ()
    file: Media | None = None
    """A file sent outside the documents step: added, once the claims are loaded, to the one that takes documents."""
    how_long: bool = False
    """Opened by asking how long a claim takes ("brp lama klaim sy diproses"): the list says where each claim stands,
    not that, so the rule is said with it."""
    scholarship: bool = False
    """Opened by asking when a scholarship is paid ("beasiswa anak saya kapan cair"): no claim here is one, so how it
    is paid is said with the list (it was the death and accident claims' rules)."""


PAYOUT_TIME = lazy_gettext(
    "Menurut aturan, santunan kematian (JKM) dibayar 3 hari kerja setelah dokumen lengkap; dalam praktik bisa lebih "
    "lama. Untuk kecelakaan kerja, BPJS Ketenagakerjaan memutuskan paling lambat 30 hari setelah laporan tahap I. "
    "Kantor cabang yang memastikan.")
"""FACTS.md §6, for how long a claim takes."""
PAYOUT_TIME_JKM = lazy_gettext(
    "Menurut aturan, santunan kematian (JKM) dibayar 3 hari kerja setelah dokumen lengkap; dalam praktik bisa lebih "
    "lama. Kantor cabang yang memastikan.")
PAYOUT_TIME_JKK = lazy_gettext(
    "Untuk kecelakaan kerja, BPJS Ketenagakerjaan memutuskan paling lambat 30 hari setelah laporan tahap I. Kantor "
    "cabang yang memastikan.")


SCHOLARSHIP_PAID = lazy_gettext(
    "Beasiswa anak dibayar per tahun sekolah, dan ahli waris mengajukannya setiap tahun dengan berkasnya (ketik "
    "\"syarat beasiswa\"). Kapan cairnya, kantor cabang yang memastikan setelah berkas lengkap; jika sudah diajukan "
    "dan belum cair, tanyakan ke kantor cabang atau Contact Center 175.")
"""FACTS.md §4 and §7: paid yearly, claimed each year; no rule says in how many days."""


def payout_rule(*, accident: bool, death: bool) -> str:
    """The rule of the one programme concerned; both rules when it is neither or both."""
    if accident != death:
        return str(PAYOUT_TIME_JKK if accident else PAYOUT_TIME_JKM)
    return str(PAYOUT_TIME)


def _payout_rule_of(claims: tuple[ClaimSummary, ...]) -> str:
    """A death from a work accident is the heir's claim under JKK: both rules may apply to it."""
    benefits = {claim.benefit for claim in claims}
    return payout_rule(accident=bool({Benefit.JKK_ACCIDENT, Benefit.JKK_DEATH} & benefits),
                       death=bool({Benefit.JKM, Benefit.JKK_DEATH} & benefits))


def start(ctx: Ctx[Any], *, how_long: bool = False, scholarship: bool = False) -> Outcome:
    """Open "cek klaim"; `how_long`: asked how long a claim takes, `scholarship`: when a scholarship is paid, which its
    list alone does not say."""
    if not how_long and not scholarship:
        return track_claims(ctx)
    return Goto(TrackState.LOADING, draft=TrackDraft(how_long=how_long, scholarship=scholarship),
                effects=(ListClaims(),))


def _next_step(claim: ClaimSummary) -> str:
    status = ClaimStatus(claim.status)
    lacking = missing(claim.checklist, claim.received)
    if status is ClaimStatus.DRAFT and lacking:
        return _("Lengkapi dokumen: {items}.").format(items="; ".join(doc_label(i) for i in lacking))
    if status is ClaimStatus.DRAFT:
        return _("Dokumen lengkap: ajukan klaimnya.")
    if status is ClaimStatus.MISSING_DOCUMENTS:
        return _("Kirim dokumen yang diminta petugas, lalu ajukan lagi.")
    if status in (ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED):
        return _("Tunggu kabar dari petugas; Anda akan diberi tahu di sini.")
    if status is ClaimStatus.APPROVED:
        return _("Klaim disetujui; pembayaran sedang diproses ke rekening ahli waris atau peserta.")
    if status is ClaimStatus.PAID:
        return _("Santunan sudah dibayar. Jika belum Anda terima, hubungi kantor cabang.")
    if status is ClaimStatus.WITHDRAWN:
        return _("Anda membatalkannya sebelum diajukan.")
    return _("Jika ada pertanyaan, hubungi kantor cabang BPJS Ketenagakerjaan atau Contact Center 175.")


def claim_line(claim: ClaimSummary) -> str:
    status = str(STATUS_LABELS.get(claim.status, claim.status))
    head = _("{reference} ({kind}), status: {status}").format(
        reference=claim.reference, kind=claim.kind, status=status)
    if claim.created_at is not None:
        head += " · " + format_date(claim.created_at.date())
    lines = [head]
    if claim.reason:
        lines.append(_("Alasan: {reason}").format(reason=claim.reason))
    lines.append(_next_step(claim))
    return "\n".join(lines)


def file_for_claim(ctx: Ctx[Any], media: Media) -> Outcome | None:
    """A photo sent after the checklist was left ("ya" to it, "Simpan dulu", the menu, a "dokumen kurang" notice):
    the account's claims are loaded and it is added to the one that takes documents; with several, the user picks
    one. In the middle of another form, only the one unfinished claim the conversation knows takes it."""
    unfinished = ctx.conversation.memo.get(MEMO_DRAFTS) or {}
    if ctx.in_progress and len(unfinished) != 1:
        if not unfinished:
            return None
        return Retry(_("Berkas ini untuk klaim yang mana? Ketik \"cek klaim\", pilih klaimnya, lalu kirim lagi "
                       "berkasnya."))
    return Goto(TrackState.LOADING, draft=TrackDraft(file=media), effects=(ListClaims(),))


def _with_file(claims: tuple[ClaimSummary, ...], ctx: Ctx[TrackDraft], file: Media) -> Outcome | None:
    """The file added to the claim it is for, which then asks what it is; None when that is not clear."""
    unfinished = ctx.conversation.memo.get(MEMO_DRAFTS) or {}
    editable = [c for c in claims if c.status in CLAIMANT_CAN_EDIT]
    candidates = [c for c in editable if c.reference in unfinished] or editable
    if len(candidates) != 1:
        return None
    claim = candidates[0]
    docs = draft_for(claim)
    said = _("Berkas ini saya tambahkan ke klaim {reference}.").format(reference=claim.reference)
    added = add_file(Ctx(ctx.conversation, docs, ctx.now, ctx.today, ctx.local_now), file)
    if isinstance(added, Goto):
        return dataclasses.replace(added, say=(said,))
    problem = added.problem if isinstance(added, Retry) else ""
    return open_checklist(docs, (str(problem),))


def _on_result(ctx: Ctx[TrackDraft], result: Result) -> Outcome:
    claims = result.claims if isinstance(result, ClaimList) else ()
    file = ctx.draft.file
    if file is not None and (filed := _with_file(claims, ctx, file)) is not None:
        return filed
    drafts = {c.reference: list(missing(c.checklist, c.received))
              for c in claims if c.status == ClaimStatus.DRAFT}
    memo = {**ctx.conversation.memo, MEMO_DRAFTS: drafts}
    if not drafts:
        memo.pop(MEMO_DRAFTS)
    conv = dataclasses.replace(ctx.conversation, memo=memo)
    unsaved: tuple[str, ...] = ()
    if file is not None:
        unsaved = (_("Berkas tadi belum saya simpan: pilih dulu klaimnya, lalu kirim lagi.")
                   if any(c.status in CLAIMANT_CAN_EDIT for c in claims) else
                   _("Berkas tadi belum saya simpan: tidak ada klaim yang menunggu dokumen."),)
    if not claims and file is not None:  # a screenshot or a KTP sent first: was the long "no claims" answer too
        return Goto(HOME, conversation=conv, say=(_(
            "Isi foto atau berkas belum bisa saya baca, dan belum ada klaim yang menunggu dokumen. Dokumen klaim "
            "dikirim sesudah klaimnya dicatat: pilih \"Lapor kecelakaan kerja\" atau \"Klaim santunan kematian\". "
            "Untuk hal lain, tulis pertanyaan Anda."),))
    rule = (str(SCHOLARSHIP_PAID),) if ctx.draft.scholarship else (_payout_rule_of(claims),) if ctx.draft.how_long else ()
    if not claims and _no_claims_said_lately(conv.memo, ctx.now):
        return Goto(HOME, conversation=conv, say=(*unsaved, *rule, _(
            "Dari akun ini tetap belum ada klaim. Klaim yang diajukan di kantor cabang atau lewat akun lain: tanyakan "
            "statusnya ke kantor cabang atau Contact Center 175 dengan nomor klaimnya.")))
    if not claims:
        conv = dataclasses.replace(conv, memo={**conv.memo, MEMO_NO_CLAIMS_SAID: ctx.now.isoformat()})
        return Goto(HOME, conversation=conv, say=(*unsaved, *rule,
            _("Belum ada klaim dari akun ini. Klaim hanya terlihat dari akun yang mencatatnya: jika dicatat lewat "
              "nomor atau akun lain, buka dari sana, atau tanyakan ke kantor cabang atau Contact Center 175 dengan "
              "nomor klaimnya. Untuk memulai klaim, pilih \"Lapor kecelakaan kerja\" atau \"Klaim santunan "
              "kematian\" di menu."),))
    shown = claims[-MAX_LISTED:]
    head = _("Klaim Anda (pilih \"Isi\" untuk melengkapi dokumennya):") if _editable(shown) else _("Klaim Anda:")
    text = [head] + [claim_line(c) for c in shown] + list(rule)
    return Goto(TrackState.LIST, draft=TrackDraft(claims=shown), conversation=conv,
                say=(*unsaved, "\n\n".join(text)))


def _no_claims_said_lately(memo: dict[str, Any], now: dt.datetime) -> bool:
    try:
        return now - dt.datetime.fromisoformat(str(memo[MEMO_NO_CLAIMS_SAID])) < NO_CLAIMS_SAID_FOR
    except (KeyError, ValueError, TypeError):  # never said, or a value that is no time: the whole answer
        return False


def _editable(claims: tuple[ClaimSummary, ...]) -> bool:
    return any(c.status in CLAIMANT_CAN_EDIT for c in claims)


def _ask_list(ctx: Ctx[TrackDraft]) -> str:
    """Nothing to continue (paid, refused, withdrawn, waiting on the desk): no "pick a claim to continue"."""
    if _editable(ctx.draft.claims):
        return _("Pilih klaim untuk dilanjutkan, atau kembali ke menu.")
    return _("Ada lagi yang bisa saya bantu?")


def _list_options(ctx: Ctx[TrackDraft]) -> Options:
    options = [
        Option(f"c:{c.reference}", lazy_format("Isi {reference}", reference=c.reference),
               then=_continue(c))
        for c in ctx.draft.claims if c.status in CLAIMANT_CAN_EDIT
    ][:5]
    return (*options, to_menu())


_REFERENCE_NAMED = re.compile(r"\b(jkk|jkm)\W*(?:(\d{4})\W+)?0*(\d{1,6})\b", re.IGNORECASE)
"""A claim of the list named by its reference, whole or short: "jkm 1", "JKM-2026-000001", "klaim jkk 12"."""


def _claim_named(claims: tuple[ClaimSummary, ...], text: str) -> ClaimSummary | None:
    named = _REFERENCE_NAMED.search(text)
    if named is None:
        return None
    kind, year, number = named[1].upper(), named[2], int(named[3])
    found = [c for c in claims if (parts := c.reference.split("-"))[0] == kind and int(parts[-1]) == number
             and year in (None, parts[1])]
    return found[0] if len(found) == 1 else None


def _on_list_text(ctx: Ctx[TrackDraft], text: str) -> Outcome | None:
    """"kenapa belum bisa diajukan" under a draft in the list: was "not understood" (its checklist answers it)."""
    if (claim := _claim_named(ctx.draft.claims, text)) is not None:  # "jkm 1": was the JKM page
        return _continue(claim)(ctx) if claim.status in CLAIMANT_CAN_EDIT else Retry(claim_line(claim))
    if SUBMITTING_ASKED.search(text) and any(c.status == ClaimStatus.DRAFT for c in ctx.draft.claims):
        return Retry(_("Klaim diajukan setelah semua dokumen wajib terkirim: pilih \"Isi …\" untuk melengkapinya, lalu "
                       "\"Ajukan klaim\"."))
    if NOT_PROCESSED_ASKED.search(text):  # "kok blm diproses": was not understood
        if any(c.status == ClaimStatus.DRAFT for c in ctx.draft.claims):
            return Retry(_("Klaim yang masih draf belum diajukan, jadi belum diperiksa petugas. Lengkapi dokumen wajibnya: "
                           "pilih \"Isi …\", lalu \"Ajukan klaim\"."))
        return Retry(_("Klaim yang sudah diajukan diperiksa petugas, dan kabarnya dikirim di sini. Jika sudah terlalu lama, "
                       "ketik \"bicara dengan petugas\" dan sebutkan nomor klaimnya."))
    if _LIST_AGAIN.search(text):  # "cek klaim" again at the list: was "not understood"; the statuses are read afresh
        return track_claims(ctx)
    if _NOT_RECEIVED.search(text) and any(c.status == ClaimStatus.PAID for c in ctx.draft.claims):
        # "uangnya belum masuk min" under a paid claim: was not understood
        return Retry(_("Klaim yang berstatus dibayar sudah dibayarkan BPJS Ketenagakerjaan ke rekening penerimanya. "
                       "Jika belum masuk, tanyakan ke kantor cabang atau Contact Center 175 dengan nomor klaimnya dan "
                       "buku tabungan penerimanya."))
    if _SENT_ALREADY.search(text) and any(c.status == ClaimStatus.MISSING_DOCUMENTS for c in ctx.draft.claims):
        # "udah saya kirim ulang tadi" under a claim sent back for a document: was not understood, and a file sent
        # does not by itself send the claim back to the officer
        return Retry(_("Dokumen yang dikirim di chat ini langsung tercatat di klaimnya. Agar petugas memeriksanya lagi, "
                       "ajukan ulang: pilih \"Isi …\", lalu \"Ajukan klaim\"."))
    return None


_LIST_AGAIN = re.compile(r"^\W*(?:cek|lihat|status)\s+klaim\w*(?:\s+(?:saya|sy|lagi|dong|min|kak))*\W*$", re.IGNORECASE)
_NOT_RECEIVED = re.compile(r"\b(?:belum|blm|tidak|ga|gak|nggak|not)\s+(?:masuk|sampai|diterima|terima|cair|dapat|dapet|"
                           r"arrived|received)\b", re.IGNORECASE)
_SENT_ALREADY = re.compile(r"\b(?:sudah|udah|udh|sdh|dah|already)\b.*\b(?:di)?kirim\w*|\bsent\b|\b(?:di)?kirim\w* (?:ulang|lagi)\b",
                           re.IGNORECASE)


def _continue(claim: ClaimSummary):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[TrackDraft]) -> Outcome:
        return open_checklist(draft_for(claim))
    return go


FLOW = Flow(
    name="claims",
    entry=TrackState.LOADING,
    draft_model=TrackDraft,
    steps=(
        Step(
            TrackState.LOADING,
            timeout=Timeout.QUIET,
            expects=Expect.NOTHING,
            on_result=_on_result,
            goes_to=frozenset({TrackState.LIST, HOME, DocsState.PICK_ITEM, DocsState.CHECKLIST}),
        ),
        Step(
            TrackState.LIST,
            timeout=Timeout.QUIET,
            ask=_ask_list,
            options=_list_options,
            on_text=_on_list_text,
            goes_to=frozenset({DocsState.CHECKLIST, HOME, TrackState.LOADING}),
        ),
    ),
)


def document_returned_notice(claim: ClaimSummary, items: Sequence[str], reason: str) -> str:
    """What the claimant is told when an officer sends files of theirs back: which documents, why, and how to send
    them again (a status change alone said "dokumen kurang" and left them to guess which)."""
    documents = ", ".join(doc_label(item) for item in items)
    return "\n".join([
        _("Kabar klaim {reference}: petugas mengembalikan {document}.").format(reference=claim.reference,
                                                                              document=documents),
        _("Alasan: {reason}").format(reason=reason),
        _("Kirim lagi {document} yang benar dan terbaca jelas: ketik \"cek klaim\", lalu pilih klaimnya.").format(
            document=documents),
    ])


def status_notice(claim: ClaimSummary) -> str:
    """What the claimant is told when an officer changes their claim's status."""
    status = str(STATUS_LABELS.get(claim.status, claim.status))
    lines = [_("Kabar klaim {reference}: status sekarang {status}.").format(reference=claim.reference,
                                                                             status=status)]
    if claim.reason:
        lines.append(_("Alasan: {reason}").format(reason=claim.reason))
    lines.append(_next_step(claim))
    if claim.status == ClaimStatus.MISSING_DOCUMENTS:
        lines.append(_("Ketik \"cek klaim\" untuk menambah dokumen."))
    return "\n".join(lines)
