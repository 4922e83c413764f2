"""Cek klaim: this account's claims with their status and what to do next. An account sees only the
claims it filed (the store answers ListClaims by channel and user)."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from conversations.domain.claims import CLAIMANT_CAN_EDIT, ClaimStatus, missing
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Step, Timeout
from conversations.flows.common import HOME, to_menu
from conversations.flows.documents import (
    MEMO_DRAFTS,
    STATUS_LABELS,
    DocsState,
    doc_label,
    draft_for,
    open_checklist,
    track_claims,
)
from conversations.i18n import _, format_date, lazy_format, lazy_gettext
from conversations.model import ClaimList, ClaimSummary, Expect, Result

MAX_LISTED = 10


class TrackState(StrEnum):
    LOADING = "claims.loading"
    LIST = "claims.list"


class TrackDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    claims: tuple[ClaimSummary, ...] = ()


start = track_claims


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


def _on_result(ctx: Ctx[TrackDraft], result: Result) -> Outcome:
    claims = result.claims if isinstance(result, ClaimList) else ()
    drafts = {c.reference: list(missing(c.checklist, c.received))
              for c in claims if c.status == ClaimStatus.DRAFT}
    memo = {**ctx.conversation.memo, MEMO_DRAFTS: drafts}
    if not drafts:
        memo.pop(MEMO_DRAFTS)
    conv = dataclasses.replace(ctx.conversation, memo=memo)
    if not claims:
        return Goto(HOME, conversation=conv, say=(
            _("Belum ada klaim dari akun ini. Klaim hanya terlihat dari akun yang mencatatnya: jika dicatat lewat "
              "nomor atau akun lain, buka dari sana, atau tanyakan ke kantor cabang atau Contact Center 175 dengan "
              "nomor klaimnya. Untuk memulai klaim, pilih \"Lapor kecelakaan kerja\" atau \"Klaim santunan "
              "kematian\" di menu."),))
    shown = claims[-MAX_LISTED:]
    text = [_("Klaim Anda (pilih \"Isi\" untuk melengkapi dokumennya):")] + [claim_line(c) for c in shown]
    return Goto(TrackState.LIST, draft=TrackDraft(claims=shown), conversation=conv, say=("\n\n".join(text),))


def _list_options(ctx: Ctx[TrackDraft]) -> Options:
    options = [
        Option(f"c:{c.reference}", lazy_format("Isi {reference}", reference=c.reference),
               then=_continue(c))
        for c in ctx.draft.claims if c.status in CLAIMANT_CAN_EDIT
    ][:5]
    return (*options, to_menu())


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
            goes_to=frozenset({TrackState.LIST, HOME}),
        ),
        Step(
            TrackState.LIST,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Pilih klaim untuk dilanjutkan, atau kembali ke menu."),
            options=_list_options,
            goes_to=frozenset({DocsState.CHECKLIST, HOME}),
        ),
    ),
)


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
