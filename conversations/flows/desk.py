"""Meja klaim: the claims desk from the chat, for a city admin. The same status machine, audit and
notice to the claimant as `kawan claims set`; the store refuses anyone who is not a city admin."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import opens_with_a_change_of_mind
from conversations.domain.claims import NEEDS_REASON, TRANSITIONS, ClaimStatus, missing
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows.common import HOME, OFFICER_HOME, to_officer_menu
from conversations.flows.documents import STATUS_LABELS, doc_label
from conversations.flows.nomination_text import answer_refused, refusal_text
from conversations.i18n import _, format_date, lazy_format, lazy_gettext
from conversations.model import ClaimSummary, DeskAnswer, DeskClaim, DeskRequest, Expect, Result

PAGE = 5


class DeskState(StrEnum):
    LOADING = "desk.loading"
    LIST = "desk.list"
    OPENING = "desk.opening"
    DETAIL = "desk.detail"
    REASON = "desk.reason"
    MOVING = "desk.moving"


class DeskDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    offset: int = 0
    total: int = 0
    claims: tuple[ClaimSummary, ...] = ()
    opened: DeskClaim | None = None
    target: str | None = None


def _load(offset: int = 0, say: tuple[str, ...] = ()) -> Goto:
    return Goto(DeskState.LOADING, draft=DeskDraft(offset=offset), say=say, effects=(DeskRequest(offset=offset),))


def start(ctx: Ctx[Any]) -> Outcome:
    return _load()


def _refused(ctx: Ctx[DeskDraft], result: Result) -> Outcome | None:
    if isinstance(result, DeskAnswer) and result.problem in ("not_officer", "wrong_role"):
        return answer_refused(ctx, result)
    return None


def _on_list(ctx: Ctx[DeskDraft], result: Result) -> Outcome:
    refused = _refused(ctx, result)
    if refused is not None:
        return refused
    assert isinstance(result, DeskAnswer)
    if not result.claims:
        return Goto(OFFICER_HOME, say=(_("Tidak ada klaim yang menunggu tindakan."),))
    return Goto(DeskState.LIST, draft=ctx.draft.model_copy(update={"claims": result.claims, "total": result.total}))


def _line(claim: ClaimSummary) -> str:
    received = len([item for item in claim.checklist if item in claim.received])
    return _("{reference} · {status} · {date} · dokumen {received}/{required}").format(
        reference=claim.reference, status=str(STATUS_LABELS.get(claim.status, claim.status)),
        date=format_date(claim.created_at.date()) if claim.created_at else "-", received=received,
        required=len(claim.checklist))


def _list_text(ctx: Ctx[DeskDraft]) -> str:
    d = ctx.draft
    head = _("Klaim yang menunggu tindakan: {total}, yang terlama dulu ({first}–{last}).").format(
        total=d.total, first=d.offset + 1, last=d.offset + len(d.claims))
    return "\n\n".join([head, *(_line(c) for c in d.claims)])


def _list_options(ctx: Ctx[DeskDraft]) -> Options:
    d = ctx.draft
    options = [Option(f"o:{c.reference}", lazy_format("Buka {reference}", reference=c.reference), then=_open(c.reference))
               for c in d.claims]
    if d.offset + len(d.claims) < d.total:
        options.append(Option("next", lazy_gettext("Berikutnya"), then=lambda c: _load(c.draft.offset + PAGE)))
    if d.offset > 0:
        options.append(Option("prev", lazy_gettext("Sebelumnya"), then=lambda c: _load(max(c.draft.offset - PAGE, 0))))
    return (*options, to_officer_menu())


def _open(reference: str):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[DeskDraft]) -> Outcome:
        return Goto(DeskState.OPENING, effects=(DeskRequest(reference=reference),))
    return go


def _on_opened(ctx: Ctx[DeskDraft], result: Result) -> Outcome:
    refused = _refused(ctx, result)
    if refused is not None:
        return refused
    if not isinstance(result, DeskAnswer) or result.opened is None:
        return _load(ctx.draft.offset, (refusal_text("not_found"),))
    return Goto(DeskState.DETAIL, draft=ctx.draft.model_copy(update={"opened": result.opened, "target": None}))


def _detail_text(ctx: Ctx[DeskDraft]) -> str:
    opened = ctx.draft.opened
    assert opened is not None
    claim = opened.summary
    lines = [_line(claim)]
    if claim.reason:
        lines.append(_("Alasan: {reason}").format(reason=claim.reason))
    lines.append(_("NIK: {nik}").format(nik=opened.nik))
    lines.append(_("Tanggal kejadian: {date}").format(date=format_date(opened.event_date)))
    lines.extend(f"• {key}: {value}" for key, value in opened.details.items())
    lacking = missing(claim.checklist, claim.received)
    if lacking:
        lines.append(_("Dokumen belum ada: {items}.").format(items="; ".join(doc_label(i) for i in lacking)))
    lines.append(_("Berkasnya: kawan claims show {reference}").format(reference=claim.reference))
    return "\n".join(lines)


def _detail_options(ctx: Ctx[DeskDraft]) -> Options:
    opened = ctx.draft.opened
    assert opened is not None
    targets = sorted(TRANSITIONS[ClaimStatus(opened.summary.status)], key=list(ClaimStatus).index)
    return (
        *(Option(t.value, lazy_format("Ubah ke: {status}", status=STATUS_LABELS[t]), then=_move_to(t))
          for t in targets),
        Option("list", lazy_gettext("Kembali ke daftar"), then=lambda c: _load(c.draft.offset)),
    )


def _move_to(target: ClaimStatus):  # type: ignore[no-untyped-def]
    def go(ctx: Ctx[DeskDraft]) -> Outcome:
        assert ctx.draft.opened is not None
        if target in NEEDS_REASON:
            return Goto(DeskState.REASON, draft=ctx.draft.model_copy(update={"target": target.value}))
        return Goto(DeskState.MOVING, effects=(DeskRequest(ctx.draft.opened.summary.reference, target.value),))
    return go


def _on_reason(ctx: Ctx[DeskDraft], text: str) -> Outcome:
    if opens_with_a_change_of_mind(text):
        return Goto(DeskState.DETAIL)  # "gak jadi tolak": it moved the claim with that as the reason to the claimant
    reason = " ".join(text.split())
    if len(reason) < 8 or len(reason.split()) < 2:
        return Retry(_("Tulis alasannya dengan beberapa kata; alasan ini dikirim ke pemohon."))
    assert ctx.draft.opened is not None and ctx.draft.target is not None
    return Goto(DeskState.MOVING, effects=(DeskRequest(ctx.draft.opened.summary.reference, ctx.draft.target,
                                                       reason[:300]),))


def _on_moved(ctx: Ctx[DeskDraft], result: Result) -> Outcome:
    refused = _refused(ctx, result)
    if refused is not None:
        return refused
    if not isinstance(result, DeskAnswer) or result.opened is None:
        message = result.message if isinstance(result, DeskAnswer) and result.message else ""
        return _load(ctx.draft.offset, (_("Status tidak bisa diubah. {detail}").format(detail=message).strip(),))
    claim = result.opened.summary
    return _load(ctx.draft.offset, (_("{reference}: status sekarang {status}. Pemohon diberi kabar.").format(
        reference=claim.reference, status=str(STATUS_LABELS.get(claim.status, claim.status))),))


FLOW = Flow(
    name="desk",
    entry=DeskState.LOADING,
    draft_model=DeskDraft,
    steps=(
        Step(DeskState.LOADING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_list,
             goes_to=frozenset({DeskState.LIST, OFFICER_HOME, HOME})),
        Step(DeskState.LIST, timeout=Timeout.QUIET, ask=_list_text, options=_list_options,
             goes_to=frozenset({DeskState.LOADING, DeskState.OPENING, OFFICER_HOME})),
        Step(DeskState.OPENING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_opened,
             goes_to=frozenset({DeskState.DETAIL, DeskState.LOADING, OFFICER_HOME, HOME})),
        Step(DeskState.DETAIL, timeout=Timeout.QUIET, ask=_detail_text, options=_detail_options,
             goes_to=frozenset({DeskState.REASON, DeskState.MOVING, DeskState.LOADING})),
        Step(DeskState.REASON, timeout=Timeout.NOTICE,
             ask=lazy_gettext("Alasannya? Pemohon akan membacanya, jadi tulis dengan jelas apa yang kurang atau "
                              "mengapa ditolak."),
             expects=Expect.TEXT, on_text=_on_reason, goes_to=frozenset({DeskState.MOVING, DeskState.DETAIL})),
        Step(DeskState.MOVING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_moved,
             goes_to=frozenset({DeskState.LOADING, OFFICER_HOME, HOME})),
    ),
)
