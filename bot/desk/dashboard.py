"""The dashboard of an officer's area and the city page (quotas and budget)."""

from __future__ import annotations

from starlette.responses import RedirectResponse, Response

from bot.desk.charts import Bar, bars
from bot.desk.core import Page
from conversations.domain.claims import ClaimKind
from conversations.domain.nominations import Refusal, Role
from conversations.flows.nomination_text import SHORT_STATUS
from conversations.i18n import _, format_number, lazy_gettext
from services.dashboard import city_overview, dashboard

FUNNEL_LABELS = {
    "status_checks": lazy_gettext("Cek kepesertaan"),
    "proposed": lazy_gettext("Diusulkan RT"),
    "approved": lazy_gettext("Disetujui kelurahan"),
    "selected": lazy_gettext("Dipilih kecamatan"),
    "enrolled": lazy_gettext("Terdaftar BPJS"),
}
DEATH_LABELS = (lazy_gettext("Dilaporkan RT"), lazy_gettext("Klaim dimulai"), lazy_gettext("Diajukan"),
                lazy_gettext("Dibayar"))
STAGE_LABELS = {"started": lazy_gettext("Dimulai"), "submitted": lazy_gettext("Diajukan"),
                "paid": lazy_gettext("Dibayar")}


def _number(value: int) -> str:
    return format_number(value)


async def home(page: Page) -> Response:
    target = "/desk/usulan" if page.officer.role == Role.RT_HEAD else "/desk/dasbor"
    return RedirectResponse(target, status_code=303)


async def overview(page: Page) -> Response:
    found = await dashboard(page.tx, page.officer, page.now, page.desk.today())
    if isinstance(found, Refusal):
        return page.refused()
    total = found.total
    funnel = bars(_("Dari cek kepesertaan sampai terdaftar"),
                  [Bar(str(FUNNEL_LABELS[key]), value) for key, value in total.funnel()])
    claim_charts = {
        kind: bars(_("Klaim {kind}").format(kind=kind),
                   [Bar(str(STAGE_LABELS[stage]), total.claimed(kind, stage)) for stage in STAGE_LABELS],
                   shade="#1f7a4d" if kind == ClaimKind.JKM else "#a8552b")
        for kind in (ClaimKind.JKM, ClaimKind.JKK)}
    deaths = bars(_("Kematian yang dilaporkan RT"),
                  [Bar(str(label), value) for label, value in zip(DEATH_LABELS, total.deaths, strict=True)],
                  shade="#4a4a8a")
    return page.render("dashboard.html", board=found, funnel=funnel, claim_charts=claim_charts, deaths=deaths,
                       funnel_labels=FUNNEL_LABELS, stage_labels=STAGE_LABELS, number=_number)


async def city(page: Page) -> Response:
    found = await city_overview(page.tx, page.officer, page.desk.today())
    if isinstance(found, Refusal):
        return page.refused()
    return page.render("city.html", city=found, short_status=SHORT_STATUS, number=_number)
