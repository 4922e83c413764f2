"""Claims at the desk (city admins): waiting claims oldest first with their age in working days against the
rule, one claim with its checklist and documents, a document viewed in the browser, a status move."""

from __future__ import annotations

import datetime as dt

from starlette.responses import Response

from bot.desk.core import Page, query_string
from conversations.domain.claims import NEVER_SUBMITTED, TRANSITIONS, ClaimStatus, missing
from conversations.domain.nominations import Refusal, area_name
from conversations.domain.regions import zone_of_city
from conversations.domain.workdays import working_days_between
from conversations.flows.documents import DOC_LABELS, STATUS_LABELS
from conversations.i18n import _
from services import claims as service
from services.claims import ClaimError, ClaimQuery
from storage.base import ClaimRow

KINDS = ("JKK", "JKM")


ON_THE_DESK = tuple(s.value for s in ClaimStatus if s not in NEVER_SUBMITTED)
"""The statuses the desk's filter offers, in the status machine's order."""


def query_of(params: dict[str, str]) -> ClaimQuery:
    status = params.get("status") or None
    if status not in (None, "all", *ON_THE_DESK):
        status = None
    kind = params.get("jenis") or None
    page = params.get("hal", "")
    return ClaimQuery(status=status, kind=kind if kind in KINDS else None,
                      kecamatan=area_name(params.get("kecamatan")) or None, overdue=params.get("lewat") == "1",
                      page=int(page) if page.isdigit() and int(page) < 10**6 else 1,
                      search=params.get("cari", "").strip()[:40])


def age_text(row: ClaimRow, today: dt.date, page: Page) -> str:
    """How long the claim has waited, counted the way its rule counts."""
    zone = zone_of_city(row.area.city, default=page.desk.config.timezone)
    since = (row.submitted_at or row.created_at).astimezone(zone).date()
    days = working_days_between(since, page.now.astimezone(zone).date(), page.desk.config.holidays)
    if row.kind == "JKM":
        return _("{days} hari kerja (aturan: dibayar 3 hari kerja setelah dokumen lengkap)").format(days=days)
    if row.benefit == "jkk_accident":
        return _("{days} hari kerja (aturan: laporan 2×24 jam setelah kecelakaan)").format(days=days)
    return _("{days} hari kerja").format(days=days)


async def listing(page: Page) -> Response:
    query = query_of(dict(page.request.query_params))
    found = await service.claim_page_for(page.tx, page.officer, query, page.now)
    if isinstance(found, Refusal):
        return page.refused()
    values = {"status": found.query.status, "jenis": found.query.kind, "kecamatan": found.query.kecamatan,
              "lewat": "1" if found.query.overdue else None, "cari": found.query.search or None}
    kecamatans = await page.tx.kecamatans(page.officer.area.city)
    unread = bool(found.query.search) and service.searched_for(found.query.search) is None
    return page.render("claims.html", found=found, values=values, kecamatans=kecamatans, today=page.desk.today(),
                       unread_search=unread,
                       age_text=age_text, statuses=STATUS_LABELS, filters=ON_THE_DESK,
                       link=lambda **c: "?" + query_string(values, **c))


async def detail(page: Page) -> Response:
    claim = await service.claim_for(page.tx, page.officer, page.request.path_params["reference"], page.now)
    if isinstance(claim, Refusal):
        return page.refused()
    received = {d.item for d in claim.documents}
    moves = sorted(TRANSITIONS[ClaimStatus(claim.status)], key=list(ClaimStatus).index)
    history = [e for e in await page.tx.audit_entries(claim.reference) if e.action in HISTORY_ACTIONS]
    return page.render("claim.html", claim=claim, lacking=missing(claim.checklist, received), received=received,
                       doc_labels=DOC_LABELS, statuses=STATUS_LABELS, moves=moves,
                       same_person=await service.same_person_claims(page.tx, page.officer, claim),
                       returnable=ClaimStatus(claim.status) in service.RETURNABLE, history=history,
                       actor_label=await page.actors_named([e.actor for e in history]))


HISTORY_ACTIONS = frozenset({"claim.created", "claim.status", "claim.document_relabelled", "claim.document_returned"})


async def move(page: Page) -> Response:
    reference = page.request.path_params["reference"]
    here = f"/desk/klaim/{reference}"
    try:
        moved = await service.move_for(page.tx, page.officer, reference, page.field("status"),
                                       page.field("alasan")[:500] or None, page.now, page.desk.catalogs,
                                       page.desk.config.timezone, page.desk.config.holidays)
    except ClaimError as error:
        return page.redirect(here, _("Tidak bisa: {why}").format(why=error))
    if isinstance(moved, Refusal):
        return page.refused()
    return page.redirect(here, _("{reference}: status sekarang {status}; pemohon diberi kabar.").format(
        reference=moved.reference, status=str(STATUS_LABELS[moved.status])))


async def send_back(page: Page) -> Response:
    """One file returned to the claimant with what is wrong with it (the claim waits for it again)."""
    reference, digest = page.request.path_params["reference"], page.request.path_params["digest"]
    here = f"/desk/klaim/{reference}"
    try:
        changed = await service.return_document_for(page.tx, page.officer, reference, digest, page.field("alasan"),
                                                    page.now, page.desk.catalogs, page.desk.config.timezone,
                                                    page.desk.config.holidays)
    except ClaimError as error:
        return page.redirect(here, _("Tidak bisa: {why}").format(why=error))
    if isinstance(changed, Refusal):
        return page.refused()
    return page.redirect(here, _("{reference}: berkas dikembalikan; pemohon diberi tahu apa yang salah dan diminta "
                                 "mengirim lagi.").format(reference=changed.reference))


async def document(page: Page) -> Response:
    """Decrypted in memory and sent as it is: never written to disk in clear; every view audited."""
    reference, digest = page.request.path_params["reference"], page.request.path_params["digest"]
    found = await service.document_for(page.tx, page.officer, reference, digest, page.now)
    if isinstance(found, Refusal):
        return page.refused()
    return await page.stored_file(found.digest)
