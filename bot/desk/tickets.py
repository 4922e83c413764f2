"""Tiket: the officers' inbox of conversations handed to a person — the tickets of their area oldest first
with their waiting time, the messages (NIKs masked), a reply (typed or ready-made) and closing with an
outcome. The same service as `kawan tickets`; another area's ticket is not found, and the attempt audited."""

from __future__ import annotations

from starlette.responses import Response

from bot.desk.core import Page
from conversations.domain.masking import mask_nik_in_text
from conversations.domain.nominations import Role
from conversations.i18n import _, lazy_gettext
from services.tickets import TicketError, area_label, close, reply
from storage.sqlite_tickets import StoredTicket

CANNED = {
    "check": lazy_gettext("Terima kasih, kami periksa dulu dan kabari Anda di sini."),
    "ktp": lazy_gettext("Mohon kirim foto KTP Anda di sini agar datanya bisa kami periksa."),
    "office": lazy_gettext("Silakan datang ke kantor kelurahan pada jam kerja, Senin–Jumat 08.00–16.00."),
    "branch": lazy_gettext("Untuk itu, silakan ke kantor cabang BPJS Ketenagakerjaan atau telepon 175."),
}
"""Ready-made replies, in the catalogs like every sentence a user reads."""


def _hours(page: Page, ticket: StoredTicket) -> float:
    return ((ticket.closed_at or page.now) - ticket.created_at).total_seconds() / 3600


async def listing(page: Page) -> Response:
    status = page.request.query_params.get("status", "open")
    found = await page.tx.tickets(page.scope(), None if status == "all" else
                                  ("closed" if status == "closed" else "open"))
    per_kecamatan: dict[str, list[float]] = {}
    if page.officer.role == Role.CITY:  # the city sees where people wait, per kecamatan
        for ticket in await page.tx.tickets(page.scope(), "open", limit=10_000):
            per_kecamatan.setdefault(ticket.area.kecamatan or "", []).append(_hours(page, ticket))
    return page.render("tickets.html", tickets=found, status=status, ticket_area=area_label,
                       waited=lambda t: _hours(page, t), per_kecamatan=sorted(per_kecamatan.items()),
                       actor_label=await page.actors_named([t.assigned_to for t in found]))


async def take(page: Page) -> Response:
    """The officer takes the ticket: the others see who is answering it."""
    found = await _mine(page)
    if found is None:
        return page.refused()
    await page.tx.set_ticket(found.id, assigned_to=page.actor)
    await page.tx.append_audit(page.actor, "ticket.assigned", found.reference, {}, page.now)
    return page.redirect(f"/desk/tiket/{found.reference}", _("Tiket {reference} Anda ambil.").format(
        reference=found.reference))


async def _mine(page: Page) -> StoredTicket | None:
    reference = page.request.path_params["reference"][:40]
    return await page.walled(await page.tx.ticket(reference), lambda t: t.area, f"ticket:{reference[:20]}")


async def detail(page: Page) -> Response:
    found = await _mine(page)
    if found is None:
        return page.refused()
    await page.tx.append_audit(page.actor, "ticket.viewed", found.reference, {}, page.now)
    messages = await page.tx.ticket_messages(found.id)
    return page.render("ticket.html", ticket=found, messages=messages, masked=mask_nik_in_text,
                       ticket_area=area_label, canned={k: str(v) for k, v in CANNED.items()},
                       actor_label=await page.actors_named([found.assigned_to, *(m.author for m in messages)]))


async def attachment(page: Page) -> Response:
    """A file the user sent to the ticket: only inside the area, every view audited."""
    found = await _mine(page)
    if found is None:
        return page.refused()
    digest = page.request.path_params["digest"][:128]
    if await page.tx.ticket_file(found.id, digest) is None:
        return page.refused()
    await page.tx.append_audit(page.actor, "ticket.file_viewed", found.reference, {"digest": digest[:12]}, page.now)
    return await page.stored_file(digest)


async def answer(page: Page) -> Response:
    found = await _mine(page)
    if found is None:
        return page.refused()
    here = f"/desk/tiket/{found.reference}"
    text = page.field("teks") or str(CANNED.get(page.field("siap"), ""))
    try:
        await reply(page.tx, found.reference, page.actor, text, page.now, page.desk.catalogs,
                    page.desk.config.default_locale)
    except TicketError as error:
        return page.redirect(here, _("Balasan belum terkirim: {why}.").format(why=error))
    return page.redirect(here, _("Balasan dikirim ke {reference}.").format(reference=found.reference))


async def finish(page: Page) -> Response:
    found = await _mine(page)
    if found is None:
        return page.refused()
    await close(page.tx, found.reference, page.actor, page.field("hasil"), page.now, page.desk.catalogs,
                page.desk.config.default_locale)
    return page.redirect(f"/desk/tiket/{found.reference}", _("Tiket {reference} ditutup.").format(
        reference=found.reference))
