"""Siaran: a city admin or a kecamatan officer writes to everyone reachable in their area — preview and the
number of recipients first, then now or at a set time; cancel before it leaves; sent, delivered, read and
failed after. The same service as `kawan broadcast`."""

from __future__ import annotations

import datetime as dt

from starlette.responses import Response

from bot.desk.core import Page
from conversations.domain.nominations import Area
from conversations.domain.regions import zone_of_city
from conversations.i18n import _
from services.outreach import (
    MAX_BROADCAST,
    BroadcastError,
    add_broadcast,
    check_broadcast_text,
    footer,
    reason_text,
    report_of,
    stop_broadcast,
)
from storage.sqlite_outreach import StoredBroadcast

SEPARATOR = "|"
"""Between kecamatan and kelurahan in the area field's value."""


async def area_choices(page: Page) -> list[tuple[str, str]]:
    """(value, label) of every area this officer may write to: their whole area first."""
    area = page.scope()
    choices = [("", _("Seluruh {area}").format(area=area.kecamatan and f"Kec. {area.kecamatan}" or area.city))]
    kecamatans = [area.kecamatan] if area.kecamatan else await page.tx.kecamatans(area.city)
    for kecamatan in kecamatans:
        if not area.kecamatan:
            choices.append((kecamatan, f"Kec. {kecamatan}"))
        for kelurahan in await page.tx.kelurahans(area.city, kecamatan):
            choices.append((f"{kecamatan}{SEPARATOR}{kelurahan}", f"Kec. {kecamatan} · Kel. {kelurahan}"))
    return choices


async def chosen_area(page: Page) -> Area | None:
    value = page.field("wilayah")
    if value not in {v for v, _label in await area_choices(page)}:
        return None
    area = page.scope()
    kecamatan, _sep, kelurahan = value.partition(SEPARATOR)
    return Area(area.city, area.kecamatan or kecamatan, kelurahan)


def send_time(page: Page) -> dt.datetime | None:
    """The `waktu` field (a browser's datetime-local, in the city's time), or now when it is empty."""
    value = page.field("waktu")
    if not value:
        return page.now
    try:
        local = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if local.tzinfo is not None:
        return None
    zone = zone_of_city(page.officer.area.city, default=page.desk.config.timezone) or page.desk.config.timezone
    return local.replace(tzinfo=zone).astimezone(dt.UTC)


async def listing(page: Page, *, preview: dict[str, object] | None = None) -> Response:
    area = page.scope()
    found = await page.tx.broadcasts(area, 50)
    reports = [await report_of(page.tx, b) for b in found]
    return page.render("broadcasts.html", reports=reports, choices=await area_choices(page), preview=preview,
                       limit=MAX_BROADCAST - 80, footer=footer(), values={
                           "teks": page.field("teks"), "wilayah": page.field("wilayah"),
                           "template": page.field("template"), "waktu": page.field("waktu")})


async def preview(page: Page) -> Response:
    """What the recipients will read, and how many they are: nothing is stored yet."""
    area = await chosen_area(page)
    when = send_time(page)
    try:
        text = check_broadcast_text(page.field("teks"))
    except BroadcastError as error:
        return page.redirect("/desk/siaran", _("Siaran belum bisa dibuat: {why}.").format(why=error))
    if area is None or when is None:
        return page.redirect("/desk/siaran", _("Pilih wilayah dan waktu yang benar."))
    count = await page.tx.count_roster_phones(area)
    return await listing(page, preview={"text": text, "count": count, "when": max(when, page.now)})


async def create(page: Page) -> Response:
    area = await chosen_area(page)
    when = send_time(page)
    if area is None or when is None:
        return page.redirect("/desk/siaran", _("Pilih wilayah dan waktu yang benar."))
    try:
        broadcast_id, count = await add_broadcast(page.tx, page.actor, area, page.field("teks"),
                                                  page.field("template")[:120] or None, when, page.now)
    except BroadcastError as error:
        return page.redirect("/desk/siaran", _("Siaran belum bisa dibuat: {why}.").format(why=error))
    return page.redirect(f"/desk/siaran/{broadcast_id}", _("Siaran {id} dijadwalkan untuk {count} peserta.").format(
        id=broadcast_id, count=count))


async def _mine(page: Page) -> StoredBroadcast | None:
    raw = page.request.path_params["broadcast_id"]
    found = await page.tx.broadcast(int(raw)) if raw.isdigit() and len(raw) < 12 else None
    return await page.walled(found, lambda b: b.area, f"broadcast:{raw[:20]}")


async def detail(page: Page) -> Response:
    found = await _mine(page)
    if found is None:
        return page.refused()
    return page.render("broadcast.html", report=await report_of(page.tx, found), footer=footer(),
                       reason_text=reason_text)


async def cancel(page: Page) -> Response:
    found = await _mine(page)
    if found is None:
        return page.refused()
    try:
        stopped = await stop_broadcast(page.tx, found.id, page.actor, page.now)
    except BroadcastError as error:
        return page.redirect(f"/desk/siaran/{found.id}", str(error))
    return page.redirect(f"/desk/siaran/{stopped.id}", _("Siaran {id} dibatalkan.").format(id=stopped.id))
