"""Bicara dengan petugas: a conversation handed to a person. The ticket goes to the participant's kelurahan
(or the city when the bot does not know where they live), officers answer from `kawan tickets` (and the
desk), their replies reach the user's channel as from "Petugas Kel. X", and a ticket nobody answered within
one working day goes up to the kecamatan. Every message and change is audited."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection
from zoneinfo import ZoneInfo

from conversations.domain.nominations import Area
from conversations.domain.regions import zone_of_city
from conversations.domain.workdays import add_working_days
from conversations.i18n import _, use_locale
from conversations.model import Choice, OpenTicket, RateTicket, Reply, TicketAnswer, TicketNote
from services.context import Catalogs, EffectContext
from storage.base import NewMessage, Repository, StoredClaim, Tx
from storage.sqlite_tickets import StoredTicket

log = logging.getLogger(__name__)

WORK_START, WORK_END = dt.time(8), dt.time(16)
"""Officers' working hours, Monday to Friday, in the area's own zone."""
MAX_TEXT = 2000
RATE = "nilai"
"""The command of the rating buttons sent when a ticket is closed: `/nilai TKT-2026-000001 3`."""
TOPICS = ("status", "claim", "nomination", "other")
HISTORY_SPAN = dt.timedelta(days=1)
"""How far back the conversation before a ticket is copied onto it."""
SAID_KEPT = dt.timedelta(days=7)
"""What users wrote is kept (sealed, NIKs masked) this long, for that copy; then the daily purge empties it."""
REPLIES_PER_MINUTE = 12
"""An officer's replies, over all tickets: more than a person types, fewer than a script floods."""


class TicketError(ValueError):
    """A ticket command that cannot be carried out: the operator is told why."""


def area_label(area: Area) -> str:
    if area.kelurahan:
        return f"Kel. {area.kelurahan}"
    if area.kecamatan:
        return f"Kec. {area.kecamatan}"
    return area.city


def next_working_moment(now: dt.datetime, zone: ZoneInfo, holidays: Collection[dt.date] = ()) -> dt.datetime | None:
    """None inside working hours; else when they start next (in the zone)."""
    local = now.astimezone(zone)
    working_day = local.weekday() < 5 and local.date() not in holidays
    if working_day and WORK_START <= local.time() < WORK_END:
        return None
    day = local.date() if working_day and local.time() < WORK_START else add_working_days(local.date(), 1, holidays)
    return dt.datetime.combine(day, WORK_START, tzinfo=zone)


async def _area_of(tx: Tx, nik: str | None, claim: StoredClaim | None) -> Area:
    """Where a ticket is answered: where its claim is handled (the desk shows a claim to its area's officers
    only), else the proven participant's kelurahan, else the first city. A city that no desk serves yet (no
    officer there) would leave the ticket unread: the first city that has one answers it instead."""
    cities = await tx.known_cities()
    area = await _home_of(tx, nik, claim)
    if area is not None and (area.city in cities or not cities):
        return area
    return Area(cities[0] if cities else "")


async def _home_of(tx: Tx, nik: str | None, claim: StoredClaim | None) -> Area | None:
    if claim is not None and claim.area.city:
        return claim.area
    if nik:
        found = await tx.find_participant(nik)
        if found is not None and found.city:
            return Area(found.city, found.kecamatan, found.kelurahan)
    return None


async def open_ticket(ctx: EffectContext, effect: OpenTicket) -> TicketAnswer:
    tx = ctx.tx
    ticket = await tx.open_ticket_of(ctx.channel, ctx.user)
    existing = ticket is not None
    if ticket is None:
        latest: StoredClaim | None = None
        if effect.topic == "claim" or not effect.nik:  # an heir proves no record: her claim says where she is
            claims = await tx.claims(channel=ctx.channel, user=ctx.user)
            latest = claims[-1] if claims else None
        claim = latest.reference if latest is not None and effect.topic == "claim" else None
        topic = effect.topic if effect.topic in TOPICS else "other"
        ticket = await tx.create_ticket(ctx.channel, ctx.user, topic, await _area_of(tx, effect.nik, latest), claim,
                                        ctx.locale, ctx.now)
        assert ticket is not None
        await tx.append_audit(ctx.actor, "ticket.opened", ticket.reference,
                              {"topic": topic, "area": area_label(ticket.area), "claim": claim}, ctx.now)
        lines = await tx.recent_exchange(ctx.channel, ctx.user, ctx.now - HISTORY_SPAN)
        question = max((n for n, line in enumerate(lines) if line.author == "user"), default=None) \
            if effect.asked else None
        for n, line in enumerate(lines):
            await tx.add_ticket_message(ticket.id, line.author, line.text, line.at,
                                        kind="message" if n == question else "history")
    zone = zone_of_city(ticket.area.city, default=ctx.timezone) or ctx.timezone
    return TicketAnswer(reference=ticket.reference, answered_by=area_label(ticket.area),
                        reply_from=next_working_moment(ctx.now, zone, ctx.holidays), existing=existing)


async def note(ctx: EffectContext, effect: TicketNote) -> TicketAnswer:
    tx = ctx.tx
    ticket = await tx.open_ticket_of(ctx.channel, ctx.user)
    if ticket is None:
        last = await tx.last_ticket_of(ctx.channel, ctx.user)
        return TicketAnswer(reference=last.reference if last else "", closed=True)
    media = effect.media
    if media is not None and media.digest:
        label = effect.text[:MAX_TEXT] or media.file_name or media.mime_type or ""
        await tx.add_ticket_message(ticket.id, "user", label, ctx.now, kind="file", media_digest=media.digest)
        await tx.append_audit(ctx.actor, "ticket.user_file", ticket.reference,
                              {"digest": media.digest[:12], "size": media.size}, ctx.now)
    else:
        await tx.add_ticket_message(ticket.id, "user", effect.text[:MAX_TEXT], ctx.now)
        await tx.append_audit(ctx.actor, "ticket.user_message", ticket.reference, {"chars": len(effect.text)},
                              ctx.now)
    return TicketAnswer(reference=ticket.reference, answered_by=area_label(ticket.area))


async def rate(ctx: EffectContext, effect: RateTicket) -> None:
    ticket = await ctx.tx.ticket(effect.reference)
    if ticket is None or (ticket.channel, ticket.user) != (ctx.channel, ctx.user) or ticket.status != "closed" \
            or not 1 <= effect.rating <= 3:
        return
    await ctx.tx.set_ticket(ticket.id, rating=effect.rating)
    await ctx.tx.append_audit(ctx.actor, "ticket.rated", ticket.reference, {"rating": effect.rating}, ctx.now)


# -- what officers do (kawan tickets, the desk) --------------------------------------------------

def _tell(ticket: StoredTicket, catalogs: Catalogs, default_locale: str, render: object) -> NewMessage:
    with use_locale(catalogs, ticket.locale or default_locale):
        text, choices = render()  # type: ignore[operator]
    return NewMessage(ticket.channel, ticket.user, Reply(text=text, choices=tuple(choices), template="ticket_reply",
                                                         params=(text[:900],), locale=ticket.locale),
                      caused_by=f"ticket:{ticket.reference}")


async def reply(tx: Tx, reference: str, actor: str, text: str, now: dt.datetime, catalogs: Catalogs,
                default_locale: str = "id") -> StoredTicket:
    """An officer's answer: kept with the ticket and sent to the user's channel."""
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if not text:
        raise TicketError(_("balasan kosong"))
    if len(text) > MAX_TEXT:
        raise TicketError(_("balasan lebih dari {limit} karakter").format(limit=MAX_TEXT))
    ticket = await tx.ticket(reference)
    if ticket is None:
        raise TicketError(_("tiket {reference} tidak ada").format(reference=reference))
    if ticket.status != "open":
        raise TicketError(_("tiket {reference} sudah ditutup").format(reference=ticket.reference))
    if await tx.replies_since(actor, now - dt.timedelta(minutes=1)) >= REPLIES_PER_MINUTE:
        await tx.append_audit(actor, "ticket.reply_limited", ticket.reference, {}, now)
        raise TicketError(_("lebih dari {limit} balasan dalam satu menit; tunggu sebentar").format(
            limit=REPLIES_PER_MINUTE))
    await tx.add_ticket_message(ticket.id, actor, text, now)
    await tx.append_audit(actor, "ticket.officer_reply", ticket.reference, {"chars": len(text)}, now)

    def render() -> tuple[str, list[Choice]]:
        return _("Petugas {area} ({reference}): {text}").format(
            area=area_label(ticket.area), reference=ticket.reference, text=text), []
    await tx.enqueue([_tell(ticket, catalogs, default_locale, render)], now)
    return ticket


async def close(tx: Tx, reference: str, actor: str, outcome: str, now: dt.datetime, catalogs: Catalogs,
                default_locale: str = "id") -> StoredTicket:
    ticket = await tx.ticket(reference)
    if ticket is None:
        raise TicketError(_("tiket {reference} tidak ada").format(reference=reference))
    if ticket.status == "closed":
        return ticket
    outcome = " ".join(outcome.split())[:300] or _("selesai")
    await tx.set_ticket(ticket.id, status="closed", outcome=outcome, at=now)
    await tx.append_audit(actor, "ticket.closed", ticket.reference, {"outcome": outcome}, now)

    def render() -> tuple[str, list[Choice]]:
        text = _("Tiket {reference} ditutup oleh petugas: {outcome}. Seberapa membantu?").format(
            reference=ticket.reference, outcome=outcome)
        return text, [Choice(id=f"/{RATE} {ticket.reference} {n}", label=label) for n, label in
                      ((1, _("1 Kurang")), (2, _("2 Cukup")), (3, _("3 Sangat")))]
    await tx.enqueue([_tell(ticket, catalogs, default_locale, render)], now)
    closed = await tx.ticket(reference)
    assert closed is not None
    return closed


async def escalate(repo: Repository, now: dt.datetime, holidays: Collection[dt.date] = ()) -> int:
    """Tickets of a kelurahan nobody answered within one working day go up to its kecamatan; a kecamatan's
    to the city. Counted from the working day after it was opened outside hours."""
    moved = 0
    async with repo.transaction() as tx:
        for ticket in await tx.unanswered_tickets(now - dt.timedelta(days=1)):
            zone = zone_of_city(ticket.area.city) or ZoneInfo("Asia/Jakarta")
            due = add_working_days(ticket.created_at.astimezone(zone).date(), 1, holidays)
            if now.astimezone(zone).date() < due or not (ticket.area.kelurahan or ticket.area.kecamatan):
                continue
            up = Area(ticket.area.city, ticket.area.kecamatan) if ticket.area.kelurahan else Area(ticket.area.city)
            await tx.set_ticket(ticket.id, escalated_to=up, at=now)
            await tx.append_audit("system", "ticket.escalated", ticket.reference,
                                  {"from": area_label(ticket.area), "to": area_label(up)}, now)
            moved += 1
    return moved


async def forget_old_said(repo: Repository, now: dt.datetime) -> int:
    """The daily purge: what users wrote, kept for the conversation a ticket copies, goes after SAID_KEPT."""
    async with repo.transaction() as tx:
        return await tx.forget_said(now - SAID_KEPT)
