"""The claims side of the runtime and the claims desk: effects of the claim flows, status changes by an
officer (each audited and told to the claimant through the channel they used), and the branch export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gettext
from collections.abc import Mapping
from pathlib import Path

from services.csv_export import write_csv
from conversations.domain.claims import (
    CLAIMANT_CAN_EDIT,
    ClaimStatus,
    TransitionError,
    check_transition,
    missing,
)
from conversations.domain.nominations import Area
from conversations.domain.regions import city_of_nik
from conversations.flows.tracking import status_notice
from conversations.i18n import use_locale
from conversations.model import (
    AttachDocument,
    ClaimCreated,
    ClaimList,
    CreateClaim,
    DeskAnswer,
    DeskClaim,
    DeskRequest,
    ListClaims,
    Reply,
    SubmitClaim,
)
from services.context import EffectContext
from storage.base import NewMessage, StoredClaim, StoredParticipant, Tx


class ClaimError(Exception):
    """A desk request that cannot be carried out; the message says why."""


CLAIMANT = "{channel}:claimant"
"""The claimant as the audit log names them: the account is on the claim row, no phone number in the log."""


def cover_on(stored: StoredParticipant | None, on: dt.date) -> str:
    """What the roster says of the worker on the day of the event, for the officer (never the claimant)."""
    if stored is None:
        return "unknown"
    if stored.status == "nonaktif":
        return "nonaktif"
    return "active" if stored.coverage_start <= on <= stored.coverage_end else "outside"


async def create_claim(ctx: EffectContext, effect: CreateClaim) -> ClaimCreated:
    """The claim lands in the area of the worker's roster record (else the city the NIK was issued in), with
    what the roster said of the cover: the desk sees it, the claimant is not told (a NIK proves nothing)."""
    stored = await ctx.tx.find_participant(effect.subject_nik)
    if stored is not None and stored.city:
        area = Area(stored.city, stored.kecamatan, stored.kelurahan)
    else:
        area = Area(city_of_nik(effect.subject_nik))
    details = {**effect.details, "cover": cover_on(stored, effect.event_date),
               "payer": stored.funded_by if stored is not None else None}
    effect = dataclasses.replace(effect, details=details)
    reference = await ctx.tx.create_claim(ctx.channel, ctx.user, effect, ctx.now.astimezone(ctx.timezone).year,
                                          ctx.now, area)
    await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.created", reference,
                              {"to": ClaimStatus.DRAFT.value, "benefit": effect.benefit}, ctx.now)
    return ClaimCreated(reference=reference)


async def attach_document(ctx: EffectContext, effect: AttachDocument) -> None:
    if await ctx.tx.attach_document(effect.reference, effect.item, effect.media, ctx.now):
        await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.document", effect.reference,
                                  {"item": effect.item, "digest": (effect.media.digest or "")[:12]}, ctx.now)


async def submit_claim(ctx: EffectContext, effect: SubmitClaim) -> None:
    claim = await ctx.tx.claim(effect.reference)
    if claim is None or (claim.channel, claim.user) != (ctx.channel, ctx.user):
        raise ClaimError(f"claim {effect.reference} is not this account's")
    if ClaimStatus(claim.status) in CLAIMANT_CAN_EDIT:
        await ctx.tx.set_claim_status(claim.reference, ClaimStatus.SUBMITTED, None, ctx.now)
        await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.status", claim.reference,
                                  {"from": claim.status, "to": ClaimStatus.SUBMITTED.value, "why": None}, ctx.now)


async def list_claims(ctx: EffectContext, _effect: ListClaims) -> ClaimList:
    claims = await ctx.tx.claims(channel=ctx.channel, user=ctx.user)
    return ClaimList(claims=tuple(c.summary() for c in claims))


async def change_status(tx: Tx, reference: str, status: str, reason: str | None, actor: str, now: dt.datetime,
                        catalogs: Mapping[str, gettext.NullTranslations]) -> StoredClaim:
    """Move a claim on the desk: checked against the status machine, audited, and told to the claimant."""
    claim = await tx.claim(reference)
    if claim is None:
        raise ClaimError(f"no claim {reference}")
    try:
        target = ClaimStatus(status)
    except ValueError:
        raise ClaimError(f"unknown status {status!r}; one of: {', '.join(s.value for s in ClaimStatus)}") from None
    current = ClaimStatus(claim.status)
    if current is ClaimStatus.DRAFT:
        raise ClaimError(f"{claim.reference} is still a draft: the claimant has not submitted it")
    try:
        check_transition(current, target, reason)
    except TransitionError as error:
        raise ClaimError(str(error)) from None
    reason = reason.strip() if reason else None
    await tx.set_claim_status(claim.reference, target, reason, now)
    await tx.append_audit(actor, "claim.status", claim.reference,
                          {"from": current.value, "to": target.value, "why": reason}, now)
    changed = await tx.claim(claim.reference)
    assert changed is not None
    with use_locale(catalogs, changed.locale):
        text = status_notice(changed.summary())
    await tx.enqueue([NewMessage(changed.channel, changed.user, Reply(text=text), caused_by=f"claim:{reference}")],
                     now)
    return changed


DESK_STATUSES = (ClaimStatus.SUBMITTED, ClaimStatus.MISSING_DOCUMENTS, ClaimStatus.VERIFIED, ClaimStatus.APPROVED)
"""Claims the desk still has to move (drafts are the claimant's; paid and rejected are done)."""
DESK_PAGE = 5


async def desk_request(tx: Tx, actor: str, request: DeskRequest, now: dt.datetime,
                       catalogs: Mapping[str, gettext.NullTranslations]) -> DeskAnswer:
    """The desk from the chat: the same status machine, audit and notice as `kawan claims set`."""
    if request.reference is None:
        waiting = [c for c in await tx.claims() if c.status in DESK_STATUSES]
        offset = min(max(request.offset, 0), max(len(waiting) - 1, 0) // DESK_PAGE * DESK_PAGE)
        page = waiting[offset:offset + DESK_PAGE]
        return DeskAnswer(claims=tuple(c.summary() for c in page), total=len(waiting))
    if request.status is not None:
        try:
            await change_status(tx, request.reference, request.status, request.reason, actor, now, catalogs)
        except ClaimError as error:
            return DeskAnswer(problem="refused", message=str(error))
    claim = await tx.claim(request.reference)
    if claim is None:
        return DeskAnswer(problem="not_found")
    details = {k: str(v) for k, v in claim.details.items() if v not in (None, "")}
    return DeskAnswer(opened=DeskClaim(summary=claim.summary(), nik=claim.nik, event_date=claim.event_date,
                                       details=details))


EXPORT_COLUMNS = ("reference", "kind", "benefit", "status", "status_reason", "nik", "event_date", "created_at",
                  "submitted_at", "updated_at", "relation", "cause", "traffic", "treatment", "place", "story",
                  "injury", "documents_received", "documents_missing", "channel")


def export_row(claim: StoredClaim) -> dict[str, object]:
    details = claim.details
    received = sorted({d.item for d in claim.documents})
    return {
        "reference": claim.reference, "kind": claim.kind, "benefit": claim.benefit, "status": claim.status,
        "status_reason": claim.reason or "", "nik": claim.nik, "event_date": claim.event_date.isoformat(),
        "created_at": claim.created_at.isoformat(timespec="seconds"),
        "submitted_at": claim.submitted_at.isoformat(timespec="seconds") if claim.submitted_at else "",
        "updated_at": claim.updated_at.isoformat(timespec="seconds"),
        "relation": details.get("relation") or "", "cause": details.get("cause") or "",
        "traffic": "ya" if details.get("traffic") else "tidak", "treatment": details.get("treatment") or "",
        "place": details.get("place") or "", "story": details.get("story") or "",
        "injury": details.get("injury") or "", "documents_received": ";".join(received),
        "documents_missing": ";".join(missing(claim.checklist, received)), "channel": claim.channel,
    }


def write_claims_csv(path: Path, claims: list[StoredClaim]) -> int:
    return write_csv(path, EXPORT_COLUMNS, map(export_row, claims))
