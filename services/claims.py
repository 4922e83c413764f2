"""The claims side of the runtime and the claims desk: effects of the claim flows, status changes by an
officer (each audited and told to the claimant through the channel they used), and the branch export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gettext
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from conversations.domain.claims import (
    CLAIMANT_CAN_EDIT,
    NEVER_SUBMITTED,
    Benefit,
    ClaimKind,
    ClaimStatus,
    TransitionError,
    check_transition,
    missing,
)
from conversations.domain.dates import PART_HOURS, PartOfDay
from conversations.domain.nominations import Area, Refusal, Role
from conversations.domain.regions import city_of_nik, zone_of_city, zone_of_nik
from conversations.domain.rules import PP_82_2019, rules_on
from conversations.domain.workdays import add_working_days
from conversations.flows.documents import doc_label
from conversations.flows.tracking import document_returned_notice, status_notice
from conversations.i18n import DEFAULT_LOCALE, use_locale
from conversations.model import (
    AttachDocument,
    ClaimCreated,
    ClaimList,
    CreateClaim,
    DeskAnswer,
    DeskClaim,
    DeskRequest,
    ListClaims,
    RelabelDocument,
    Reply,
    SubmitClaim,
    WithdrawClaim,
)
from services.context import EffectContext
from services.csv_export import write_csv
from services.identity import audit_subject
from storage.base import ClaimFilter, ClaimRow, NewMessage, StoredClaim, StoredDocument, StoredOfficer, Tx
from storage.participants import StoredParticipant


class ClaimError(Exception):
    """A desk request that cannot be carried out; the message says why."""


JAKARTA = ZoneInfo("Asia/Jakarta")
WAITING = frozenset({ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED, ClaimStatus.APPROVED})
"""Claims an officer still owes an answer to; a deadline runs only while a claim is here."""
JKM_PAID_WITHIN_WORKING_DAYS = 3
"""FACTS.md §6: by rule, JKM is paid within 3 working days of complete documents (M: "in practice longer")."""


def happened_at(claim: StoredClaim, timezone: ZoneInfo) -> dt.datetime:
    """The hour told ("14:30"), else the part of the day ("pagi" is 08:00, as the flow said), else noon; never after
    the claim was made (a time not remembered, told in the morning of the day itself)."""
    time = str(claim.details.get("time") or "")
    hour, _sep, minute = time.partition(":")
    if hour.isdigit() and minute.isdigit():
        at = dt.time(int(hour), int(minute))
    else:
        part = next((p for p in PartOfDay if p.value == time), None)
        at = dt.time(PART_HOURS[part] if part is not None else 12)
    return min(dt.datetime.combine(claim.event_date, at, tzinfo=timezone), claim.created_at.astimezone(timezone))


def deadline_of(claim: StoredClaim, timezone: ZoneInfo,
                holidays: Collection[dt.date] = ()) -> tuple[dt.datetime | None, dt.datetime | None]:
    """(when the documents became complete, when the desk must have acted) for one claim.

    JKM: paid within 3 working days of complete documents. A work-accident report: to the branch within
    2×24 hours of the accident, so an unhandled report is due then. Other benefits carry no deadline here.
    Days are counted in the claim's own city (Kota Bontang is WITA), else in the zone the NIK was issued in."""
    timezone = zone_of_city(claim.area.city, default=zone_of_nik(claim.nik, default=timezone)) or timezone
    first: dict[str, dt.datetime] = {}
    for document in claim.documents:
        first[document.item] = min(first.get(document.item, document.received_at), document.received_at)
    complete = max((first[item] for item in claim.checklist), default=claim.created_at) \
        if all(item in first for item in claim.checklist) else None
    status = ClaimStatus(claim.status)
    if status not in WAITING:
        return complete, None
    if claim.benefit == Benefit.JKM and complete is not None:
        start = max(complete, claim.submitted_at or complete).astimezone(timezone).date()
        day = add_working_days(start, JKM_PAID_WITHIN_WORKING_DAYS, holidays)
        return complete, dt.datetime.combine(day, dt.time(23, 59), tzinfo=timezone)
    if claim.benefit == Benefit.JKK_ACCIDENT and status is ClaimStatus.SUBMITTED:
        rules = rules_on(claim.event_date) or PP_82_2019
        return complete, happened_at(claim, timezone) + dt.timedelta(hours=rules.report_within_hours)
    return complete, None


async def refresh_deadline(tx: Tx, reference: str, timezone: ZoneInfo, holidays: Collection[dt.date] = ()) -> None:
    claim = await tx.claim(reference)
    if claim is not None:
        await tx.set_claim_deadline(reference, *deadline_of(claim, timezone, holidays))


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
    report = effect.details.get("death_report")
    if isinstance(report, int):  # started from an RT head's report: the dashboard follows it to payment
        await ctx.tx.set_death_report(report, claim_reference=reference, at=ctx.now)
    return ClaimCreated(reference=reference)


async def attach_document(ctx: EffectContext, effect: AttachDocument) -> None:
    if await ctx.tx.attach_document(effect.reference, effect.item, effect.media, ctx.now):
        await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.document", effect.reference,
                                  {"item": effect.item, "digest": (effect.media.digest or "")[:12]}, ctx.now)
        await refresh_deadline(ctx.tx, effect.reference, ctx.timezone, ctx.holidays)
    elif effect.media.digest:
        # The same file sent again under another name in a later session (the claimant was told "Diterima: KTP"): it
        # is that document now. It stayed under the first name, the claimant believing it moved.
        await relabel_document(ctx, RelabelDocument(effect.reference, effect.media.digest, effect.item))


async def relabel_document(ctx: EffectContext, effect: RelabelDocument) -> None:
    claim = await ctx.tx.claim(effect.reference)
    if claim is None or (claim.channel, claim.user) != (ctx.channel, ctx.user):
        raise ClaimError(f"claim {effect.reference} is not this account's")
    was = await ctx.tx.relabel_document(effect.reference, effect.digest, effect.item, ctx.now)
    if was is not None:
        await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.document_relabelled", effect.reference,
                                  {"from": was, "to": effect.item, "digest": effect.digest[:12]}, ctx.now)
        await refresh_deadline(ctx.tx, effect.reference, ctx.timezone, ctx.holidays)


async def submit_claim(ctx: EffectContext, effect: SubmitClaim) -> None:
    claim = await ctx.tx.claim(effect.reference)
    if claim is None or (claim.channel, claim.user) != (ctx.channel, ctx.user):
        raise ClaimError(f"claim {effect.reference} is not this account's")
    if ClaimStatus(claim.status) in CLAIMANT_CAN_EDIT:
        await ctx.tx.set_claim_status(claim.reference, ClaimStatus.SUBMITTED, None, ctx.now)
        await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.status", claim.reference,
                                  {"from": claim.status, "to": ClaimStatus.SUBMITTED.value, "why": None}, ctx.now)
        await refresh_deadline(ctx.tx, claim.reference, ctx.timezone, ctx.holidays)


async def withdraw_claim(ctx: EffectContext, effect: WithdrawClaim) -> None:
    """Only a draft, only by its own account: a submitted claim is the desk's to close."""
    claim = await ctx.tx.claim(effect.reference)
    if claim is None or (claim.channel, claim.user) != (ctx.channel, ctx.user):
        raise ClaimError(f"claim {effect.reference} is not this account's")
    if ClaimStatus(claim.status) is ClaimStatus.DRAFT:
        await ctx.tx.set_claim_status(claim.reference, ClaimStatus.WITHDRAWN, None, ctx.now)
        await ctx.tx.append_audit(CLAIMANT.format(channel=ctx.channel), "claim.status", claim.reference,
                                  {"from": claim.status, "to": ClaimStatus.WITHDRAWN.value, "why": None}, ctx.now)


async def list_claims(ctx: EffectContext, _effect: ListClaims) -> ClaimList:
    claims = await ctx.tx.claims(channel=ctx.channel, user=ctx.user)
    return ClaimList(claims=tuple(c.summary() for c in claims))


async def change_status(tx: Tx, reference: str, status: str, reason: str | None, actor: str, now: dt.datetime,
                        catalogs: Mapping[str, gettext.NullTranslations], timezone: ZoneInfo = JAKARTA,
                        holidays: Collection[dt.date] = ()) -> StoredClaim:
    """Move a claim on the desk: checked against the status machine, audited, and told to the claimant."""
    claim = await tx.claim(reference)
    if claim is None:
        raise ClaimError(f"no claim {reference}")
    try:
        target = ClaimStatus(status)
    except ValueError:
        raise ClaimError(f"unknown status {status!r}; one of: {', '.join(s.value for s in ClaimStatus)}") from None
    current = ClaimStatus(claim.status)
    if current in NEVER_SUBMITTED:
        raise ClaimError(f"{claim.reference} is {current.value}: the claimant has not submitted it")
    try:
        check_transition(current, target, reason)
    except TransitionError as error:
        raise ClaimError(str(error)) from None
    reason = reason.strip() if reason else None
    await tx.set_claim_status(claim.reference, target, reason, now)
    await tx.append_audit(actor, "claim.status", claim.reference,
                          {"from": current.value, "to": target.value, "why": reason}, now)
    await refresh_deadline(tx, claim.reference, timezone, holidays)
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
PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    status: str | None = None
    """A status, `all`, or None for every claim still waiting on the desk."""
    kind: str | None = None
    kecamatan: str | None = None
    overdue: bool = False
    page: int = 1
    search: str = ""
    """A claim's number or a NIK, typed: every status of that claim or that person's claims."""


@dataclass(frozen=True, slots=True)
class ClaimPage:
    query: ClaimQuery
    rows: tuple[ClaimRow, ...]
    total: int
    pages: int


def claim_filter(officer: StoredOfficer, query: ClaimQuery, now: dt.datetime) -> ClaimFilter:
    """The query inside the officer's city; a kecamatan typed into the form narrows it, never widens."""
    statuses = (None if query.status == "all" else (ClaimStatus(query.status).value,) if query.status
                else tuple(s.value for s in DESK_STATUSES))
    kinds = (ClaimKind(query.kind).value,) if query.kind else None
    return ClaimFilter(city=officer.area.city, kecamatan=query.kecamatan or None, statuses=statuses, kinds=kinds,
                       due_before=now if query.overdue else None)


_REFERENCE = re.compile(r"^(?:JKM|JKK)-\d{4}-\d{6}$")
NIK_DIGITS = 16


def searched_for(search: str) -> tuple[str, str] | None:
    """("reference", "JKM-2026-000123") or ("nik", "1571…") from what an officer typed; None when it is neither."""
    typed = "".join(search.split()).upper()
    if _REFERENCE.match(typed):
        return "reference", typed
    digits = typed.replace("-", "").replace(".", "")
    if digits.isdigit() and len(digits) == NIK_DIGITS:
        return "nik", digits
    return None


async def claim_page_for(tx: Tx, officer: StoredOfficer, query: ClaimQuery, now: dt.datetime) -> ClaimPage | Refusal:
    if officer.role != Role.CITY:
        return Refusal.WRONG_ROLE
    where = claim_filter(officer, query, now)
    if (found := searched_for(query.search)) is not None:
        kind, value = found
        # whatever its status; a NIK searched is audited as a person looked up (by a digest, never the number)
        where = dataclasses.replace(where, statuses=None, reference=value if kind == "reference" else None,
                                    subject_hash=tx.protector.digest(value) if kind == "nik" else None)
        if kind == "nik":
            await tx.append_audit(f"officer:{officer.id}", "claim.searched", audit_subject(tx, value), {}, now)
    total = await tx.count_claims(where)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(query.page, 1), pages)
    rows = await tx.claim_page(where, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    return ClaimPage(dataclasses.replace(query, page=page), tuple(rows), total, pages)


async def claim_for(tx: Tx, officer: StoredOfficer, reference: str, now: dt.datetime,
                    action: str = "open") -> StoredClaim | Refusal:
    """A claim of the officer's city (a city admin's), the reading audited; another city's is refused and the
    refusal audited."""
    actor = f"officer:{officer.id}"
    if officer.role != Role.CITY:
        await tx.append_audit(actor, "claim.refused", reference.strip().upper()[:32],
                              {"action": action, "why": Refusal.WRONG_ROLE.value}, now)
        return Refusal.WRONG_ROLE
    claim = await tx.claim(reference)
    if claim is None or claim.status in NEVER_SUBMITTED:
        return Refusal.NOT_FOUND
    if claim.area.city != officer.area.city:
        await tx.append_audit(actor, "claim.refused", claim.reference,
                              {"action": action, "why": Refusal.OUTSIDE_AREA.value}, now)
        return Refusal.OUTSIDE_AREA
    await tx.append_audit(actor, "claim.opened" if action == "open" else f"claim.{action}", claim.reference, {}, now)
    return claim


SAME_PERSON_SHOWN = 10


async def same_person_claims(tx: Tx, officer: StoredOfficer, claim: StoredClaim) -> list[ClaimRow]:
    """The officer's city's other submitted claims about this claim's person, oldest first: a death claimed twice (by
    the widow and by a child) or already paid is seen before it is paid again."""
    return await tx.claim_page(ClaimFilter(city=officer.area.city, same_person_as=claim.reference),
                               limit=SAME_PERSON_SHOWN)


async def document_for(tx: Tx, officer: StoredOfficer, reference: str, digest: str,
                       now: dt.datetime) -> StoredDocument | Refusal:
    """One document of a claim the officer may open; every view is audited."""
    claim = await claim_for(tx, officer, reference, now, action="document_viewed")
    if isinstance(claim, Refusal):
        return claim
    found = next((d for d in (*claim.documents, *claim.returned) if d.digest == digest), None)  # sent back: kept
    return found if found is not None else Refusal.NOT_FOUND


async def move_for(tx: Tx, officer: StoredOfficer, reference: str, status: str, reason: str | None, now: dt.datetime,
                   catalogs: Mapping[str, gettext.NullTranslations], timezone: ZoneInfo = JAKARTA,
                   holidays: Collection[dt.date] = ()) -> StoredClaim | Refusal:
    """A status change by an officer: walled, then exactly what `kawan claims set` does."""
    claim = await claim_for(tx, officer, reference, now, action="move")
    if isinstance(claim, Refusal):
        return claim
    return await change_status(tx, claim.reference, status, reason, f"officer:{officer.id}", now, catalogs,
                               timezone, holidays)


RETURNABLE = frozenset({ClaimStatus.SUBMITTED, ClaimStatus.MISSING_DOCUMENTS, ClaimStatus.VERIFIED})
"""Claims whose documents an officer still checks: approved, paid or rejected ones are settled."""
RETURN_REASON_CHARS = 300


async def return_documents(tx: Tx, reference: str, digests: Collection[str], reason: str | None, actor: str,
                           now: dt.datetime, catalogs: Mapping[str, gettext.NullTranslations],
                           timezone: ZoneInfo = JAKARTA, holidays: Collection[dt.date] = ()) -> StoredClaim:
    """Files sent back with what is wrong with them ("foto buram", "ini KTP, bukan KK"): the claim waits for those
    documents again ("dokumen kurang", the reason naming them), and the claimant is told which, why, and how to send
    them again. A status change alone left them to guess which of their photos was meant."""
    claim = await tx.claim(reference)
    if claim is None:
        raise ClaimError(f"no claim {reference}")
    files = [d for d in claim.documents if d.digest in digests]
    if not files or len(files) != len(set(digests)):
        raise ClaimError(f"{claim.reference} has no such file among its documents")
    why = " ".join((reason or "").split())[:RETURN_REASON_CHARS]
    if not why:
        raise ClaimError("say what is wrong with the file: the claimant reads it")
    current = ClaimStatus(claim.status)
    if current not in RETURNABLE:
        raise ClaimError(f"{claim.reference} is {current.value}: its documents are settled")
    items = tuple(dict.fromkeys(d.item for d in files))
    for document in files:
        await tx.return_document(claim.reference, document.digest, now)
        await tx.append_audit(actor, "claim.document_returned", claim.reference,
                              {"item": document.item, "digest": document.digest[:12], "why": why}, now)
    with use_locale(catalogs, DEFAULT_LOCALE):  # the reason is the officers' record too, in the default language
        status_reason = f"{', '.join(doc_label(item) for item in items)}: {why}"
    await tx.set_claim_status(claim.reference, ClaimStatus.MISSING_DOCUMENTS, status_reason, now)
    await tx.append_audit(actor, "claim.status", claim.reference,
                          {"from": current.value, "to": ClaimStatus.MISSING_DOCUMENTS.value, "why": status_reason}, now)
    await refresh_deadline(tx, claim.reference, timezone, holidays)
    changed = await tx.claim(claim.reference)
    assert changed is not None
    with use_locale(catalogs, changed.locale):
        text = document_returned_notice(changed.summary(), items, why)
    await tx.enqueue([NewMessage(changed.channel, changed.user, Reply(text=text), caused_by=f"claim:{reference}")],
                     now)
    return changed


async def return_document_for(tx: Tx, officer: StoredOfficer, reference: str, digest: str, reason: str | None,
                              now: dt.datetime, catalogs: Mapping[str, gettext.NullTranslations],
                              timezone: ZoneInfo = JAKARTA, holidays: Collection[dt.date] = ()
                              ) -> StoredClaim | Refusal:
    """One file sent back from the desk: walled, then exactly what `kawan claims return` does."""
    claim = await claim_for(tx, officer, reference, now, action="send_back")  # not the history's "document_returned"
    if isinstance(claim, Refusal):
        return claim
    if all(d.digest != digest for d in claim.documents):
        return Refusal.NOT_FOUND
    return await return_documents(tx, claim.reference, (digest,), reason, f"officer:{officer.id}", now, catalogs,
                                  timezone, holidays)


async def desk_request(tx: Tx, officer: StoredOfficer, request: DeskRequest, now: dt.datetime,
                       catalogs: Mapping[str, gettext.NullTranslations]) -> DeskAnswer:
    """The desk from the chat: the same walls, status machine, audit and notice as the web desk and the CLI."""
    if request.reference is None:
        where = claim_filter(officer, ClaimQuery(), now)
        total = await tx.count_claims(where)
        offset = min(max(request.offset, 0), max(total - 1, 0) // DESK_PAGE * DESK_PAGE)
        rows = await tx.claim_page(where, offset=offset, limit=DESK_PAGE)
        claims = [c for c in [await tx.claim(r.reference) for r in rows] if c is not None]
        return DeskAnswer(claims=tuple(c.summary() for c in claims), total=total)
    if request.status is not None:
        try:
            moved = await move_for(tx, officer, request.reference, request.status, request.reason, now, catalogs)
        except ClaimError as error:
            return DeskAnswer(problem="refused", message=str(error))
        if isinstance(moved, Refusal):
            return DeskAnswer(problem="not_found")
    claim = await claim_for(tx, officer, request.reference, now)
    if isinstance(claim, Refusal):
        return DeskAnswer(problem="not_found")
    details = {k: str(v) for k, v in claim.details.items() if v not in (None, "")}
    return DeskAnswer(opened=DeskClaim(summary=claim.summary(), nik=claim.nik, event_date=claim.event_date,
                                       details=details))


EXPORT_COLUMNS = ("reference", "kind", "benefit", "status", "status_reason", "nik", "event_date", "event_date_estimated",
                  "created_at", "submitted_at", "updated_at", "relation", "cause", "traffic", "treatment", "place",
                  "story", "injury", "documents_received", "documents_missing", "channel")


def export_row(claim: StoredClaim) -> dict[str, object]:
    details = claim.details
    received = sorted({d.item for d in claim.documents})
    return {
        "reference": claim.reference, "kind": claim.kind, "benefit": claim.benefit, "status": claim.status,
        "status_reason": claim.reason or "", "nik": claim.nik, "event_date": claim.event_date.isoformat(),
        "event_date_estimated": "ya" if details.get("event_date_rough") else "tidak",  # "minggu lalu" counted back
        "created_at": claim.created_at.isoformat(timespec="seconds"),
        "submitted_at": claim.submitted_at.isoformat(timespec="seconds") if claim.submitted_at else "",
        "updated_at": claim.updated_at.isoformat(timespec="seconds"),
        "relation": details.get("relation") or "", "cause": details.get("cause") or "",
        "traffic": "ya" if details.get("traffic") else "tidak", "treatment": details.get("treatment") or "",
        "place": details.get("place") or "", "story": details.get("story") or "",
        "injury": details.get("injury") or "", "documents_received": ";".join(received),
        "documents_missing": ";".join(missing(claim.checklist, tuple(received))), "channel": claim.channel,
    }


def write_claims_csv(path: Path, claims: list[StoredClaim]) -> int:
    return write_csv(path, EXPORT_COLUMNS, map(export_row, claims))
