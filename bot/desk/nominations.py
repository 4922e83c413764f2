"""Proposals at the desk: the list with filters and bulk decisions, one proposal with its history, the
city's export for BPJS and the import of BPJS's answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from starlette.responses import Response

from bot.desk.core import Page, query_string
from conversations.domain.nominations import DECISIONS, Decision, Refusal, Role, area_name, rt_rw
from conversations.flows.nomination_text import REJECT_LABELS, refusal_text
from conversations.i18n import _
from services import review
from services.nominations import NominationError, enrol_from_roster, nominations_csv, quota_use
from services.review import DECIDES, PAGE_SIZE, SEES_IDENTITY, NominationQuery
from services.roster import RosterFileError, import_roster_upload
from storage.base import NominationFilter, NominationOrder

MAX_ROSTER_BYTES = 20 * 1024 * 1024
FILTERS = ("status", "kelurahan", "rt", "umur_min", "umur_max", "cari", "urut")


def _int(value: str | None, low: int, high: int) -> int | None:
    return int(value) if value and value.isdigit() and low <= int(value) <= high else None


def query_of(params: Mapping[str, str]) -> NominationQuery:
    """The list's filters as typed; anything out of range is dropped rather than refused."""
    status = params.get("status") or None
    if status not in (None, "all", "pending", "approved", "rejected", "selected", "enrolled"):
        status = None
    try:
        order = NominationOrder(params.get("urut") or "oldest")
    except ValueError:
        order = NominationOrder.OLDEST
    return NominationQuery(
        status=status, kelurahan=area_name(params.get("kelurahan")) or None, rt=rt_rw(params.get("rt")) or None,
        age_min=_int(params.get("umur_min"), 0, 120), age_max=_int(params.get("umur_max"), 0, 120),
        search=(params.get("cari") or "").strip()[:60] or None, order=order, page=_int(params.get("hal"), 1, 10**6) or 1)


def filter_values(query: NominationQuery) -> dict[str, object]:
    return {"status": query.status, "kelurahan": query.kelurahan, "rt": query.rt, "umur_min": query.age_min,
            "umur_max": query.age_max, "cari": query.search,
            "urut": query.order.value if query.order is not NominationOrder.OLDEST else None}


def age_of(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


async def listing(page: Page) -> Response:
    query = query_of(page.request.query_params)
    today = page.desk.today()
    found = await review.nomination_page(page.tx, page.officer, query, today)
    kelurahans: list[str] = []
    if page.officer.role in (Role.KECAMATAN, Role.CITY):
        kelurahans = await page.tx.kelurahans(page.officer.area.city, page.officer.area.kecamatan or None)
    values = filter_values(found.query)
    return page.render(
        "nominations.html", found=found, values=values, kelurahans=kelurahans, today=today, age_of=age_of,
        identity=page.officer.role in SEES_IDENTITY,
        decisions=DECIDES.get(page.officer.role, ()), reject_reasons=REJECT_LABELS, page_size=PAGE_SIZE,
        back=page.request.url.path + ("?" + page.request.url.query if page.request.url.query else ""),
        link=lambda **changes: "?" + query_string(values, **changes))


def _reason(page: Page) -> str | None:
    chosen = page.field("alasan")
    typed = page.field("alasan_lain")[:300]
    if typed:
        return typed
    return str(REJECT_LABELS[chosen]) if chosen in REJECT_LABELS else None


def _summary(result: review.BulkResult, decision: Decision) -> str:
    done = {Decision.APPROVE: _("{count} usulan disetujui."), Decision.REJECT: _("{count} usulan ditolak."),
            Decision.SELECT: _("{count} usulan dipilih.")}[decision].format(count=len(result.done))
    parts = [done]
    full = [r for r, why in result.refused if why is Refusal.QUOTA_FULL]
    other = [(r, why) for r, why in result.refused if why is not Refusal.QUOTA_FULL]
    if full:
        parts.append(_("{count} tidak dipilih karena kuota sudah penuh.").format(count=len(full)))
    if other:
        parts.append(_("{count} tidak diproses: {references}.").format(
            count=len(other), references=", ".join(r for r, _w in other[:10])))
    if result.quota is not None:
        parts.append(_("Sisa kuota: {left} dari {quota}.").format(left=result.left, quota=result.quota))
    return " ".join(parts)


async def decide_bulk(page: Page) -> Response:
    assert page.form is not None
    references = [r for r in page.form.getlist("ref") if isinstance(r, str)][:PAGE_SIZE + 1]
    back = page.field("kembali")
    back = back if back.startswith("/desk/usulan") and "//" not in back else "/desk/usulan"
    try:
        decision = Decision(page.field("keputusan"))
    except ValueError:
        return page.redirect(back, _("Pilih keputusannya."))
    if not references:
        return page.redirect(back, _("Belum ada usulan yang dicentang."))
    if len(references) > PAGE_SIZE:
        return page.redirect(back, _("Paling banyak {count} usulan sekaligus.").format(count=PAGE_SIZE))
    reason = _reason(page)
    if decision is Decision.REJECT and not reason:
        return page.redirect(back, _("Penolakan perlu alasan: pilih atau tulis alasannya."))
    try:
        result = await review.decide_many(page.tx, page.officer, references, decision, reason, page.now,
                                          page.desk.catalogs)
    except NominationError as error:
        return page.redirect(back, str(error))
    return page.redirect(back, _summary(result, decision))


async def detail(page: Page) -> Response:
    reference = page.request.path_params["reference"]
    found = await review.open_for(page.tx, page.officer, reference, page.now)
    if isinstance(found, Refusal):
        return page.refused()
    entries = await review.history(page.tx, found.reference)
    quota = await quota_use(page.tx, page.officer) if page.officer.role == Role.KECAMATAN else None
    possible = [d for d in DECIDES.get(page.officer.role, ()) if DECISIONS[d][1] == found.status]
    return page.render("nomination.html", n=found, history=entries, today=page.desk.today(), age_of=age_of,
                       identity=page.officer.role in SEES_IDENTITY, possible=possible, reject_reasons=REJECT_LABELS,
                       quota=quota, actor_label=await page.actors_named([e.actor for e in entries]))


async def decide_one(page: Page) -> Response:
    reference = page.request.path_params["reference"]
    here = f"/desk/usulan/{reference}"
    try:
        decision = Decision(page.field("keputusan"))
    except ValueError:
        return page.redirect(here, _("Pilih keputusannya."))
    reason = _reason(page)
    if decision is Decision.REJECT and not reason:
        return page.redirect(here, _("Penolakan perlu alasan: pilih atau tulis alasannya."))
    result = await review.decide_many(page.tx, page.officer, [reference], decision, reason, page.now,
                                      page.desk.catalogs)
    if result.refused:
        return page.redirect(here, refusal_text(result.refused[0][1]))
    return page.redirect(here, _summary(result, decision))


async def export(page: Page) -> Response:
    status = page.request.query_params.get("status", "selected")
    statuses = None if status == "all" else (status,)
    if status not in ("all", "pending", "approved", "rejected", "selected", "enrolled"):
        return page.refused()
    found = await page.tx.nominations(NominationFilter(city=page.officer.area.city, statuses=statuses), limit=10**9)
    await page.tx.append_audit(page.actor, "nomination.exported", f"city:{page.officer.area.city}",
                               {"status": status, "rows": len(found)}, page.now)
    name = f"usulan-{status}-{page.desk.today().isoformat()}.csv"
    return Response(nominations_csv(found), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}"'})


async def roster_form(page: Page) -> Response:
    return page.render("roster.html", report=None, max_mb=MAX_ROSTER_BYTES // (1024 * 1024))


async def roster_upload(page: Page) -> Response:
    assert page.form is not None
    upload = page.form.get("berkas")
    if upload is None or isinstance(upload, str):
        return page.redirect("/desk/roster", _("Pilih berkas CSV dulu."))
    content = await upload.read(MAX_ROSTER_BYTES + 1)
    if len(content) > MAX_ROSTER_BYTES:
        return page.redirect("/desk/roster", _("Berkas terlalu besar (paling besar {size} MB); impor lewat perintah "
                                               "kawan import-roster.").format(size=MAX_ROSTER_BYTES // (1024 * 1024)))
    try:
        report = await import_roster_upload(page.tx, content, page.officer.area.city)
    except RosterFileError as error:
        return page.redirect("/desk/roster", str(error))
    enrolled = await enrol_from_roster(page.tx, page.now, page.desk.catalogs, page.desk.config.default_locale)
    await page.tx.append_audit(page.actor, "roster.imported", f"city:{page.officer.area.city}",
                               {"inserted": report.inserted, "updated": report.updated, "bad": len(report.bad),
                                "enrolled": enrolled.enrolled}, page.now)
    return page.render("roster.html", report=report, enrolled=enrolled,
                       max_mb=MAX_ROSTER_BYTES // (1024 * 1024))
