"""A working-day morning note to each officer bound in the chat: what waits for them at the desk. The bot collected
proposals, claims and tickets, but nobody was told they were there; an officer who did not open the desk let them wait
(a ticket went up a level unanswered). Nothing waiting, nothing sent; once a day; quiet hours and BERHENTI as for any
reminder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from conversations.domain.claims import ClaimStatus
from conversations.domain.nominations import Area, NominationStatus, Role
from conversations.domain.regions import zone_of_city
from conversations.flows.officer import DESK_LINK, ROLE_OPTIONS
from conversations.i18n import _, format_date, ngettext
from conversations.model import Choice
from services.outreach import Kind, OutreachConfig, Planned, Tally, footer, queue, reach_officer
from services.tickets import area_label
from storage.base import ClaimFilter, NominationFilter, Repository, StoredOfficer, Tx

DIGEST_FROM = dt.time(8)
"""Not before eight in the officer's city: the counts are those of the morning, not of the night before."""
TO_DECIDE: dict[str, tuple[NominationStatus, ...]] = {
    Role.KELURAHAN: (NominationStatus.PENDING,), Role.KECAMATAN: (NominationStatus.APPROVED,)}
"""The proposals each role acts on: the kelurahan checks what RT heads proposed, the kecamatan selects what the
kelurahan approved."""


@dataclass(frozen=True, slots=True)
class Waiting:
    proposals: int = 0
    oldest: dt.date | None = None
    claims: int = 0
    tickets: int = 0

    def __bool__(self) -> bool:
        return bool(self.proposals or self.claims or self.tickets)


async def plan_officer_digests(repo: Repository, cfg: OutreachConfig, now: dt.datetime) -> Tally:
    tally = Tally()
    async with repo.transaction() as tx:
        for city in await tx.known_cities():
            zone = zone_of_city(city, default=cfg.timezone) or cfg.timezone
            local = now.astimezone(zone)
            if local.time() < DIGEST_FROM or local.weekday() >= 5 or local.date() in cfg.holidays:
                continue  # an office's working morning only
            for role in (Role.KELURAHAN, Role.KECAMATAN, Role.CITY):
                for officer in await tx.officers_of(role, Area(city)):
                    await _plan_note(tx, cfg, officer, zone, now, tally)
    return tally


async def _plan_note(tx: Tx, cfg: OutreachConfig, officer: StoredOfficer, zone: ZoneInfo, now: dt.datetime,
                     tally: Tally) -> None:
    day = now.astimezone(zone).date()
    reached = await reach_officer(tx, cfg, officer)
    told = await tx.reached_on(Kind.OFFICER_DIGEST, day, reached) if reached else set()
    accounts = [a for a in reached if a not in told]  # the planner passes every 5 minutes: counted once a day
    waiting = await waiting_for(tx, officer, zone) if accounts else Waiting()
    for account in accounts if waiting else ():
        tally.add(await queue(tx, cfg, Planned(
            Kind.OFFICER_DIGEST, f"officer_digest:{officer.id}:{day}:{account.channel}:{account.user}", account, zone,
            _digest_text(officer, waiting)), now))


async def waiting_for(tx: Tx, officer: StoredOfficer, zone: ZoneInfo) -> Waiting:
    """What this officer's role acts on in their area: proposals to check or select, submitted claims (the city's),
    and tickets of exactly their level nobody has answered (a ticket passed up leaves the level below)."""
    a = officer.area
    proposals, oldest = 0, None
    if (statuses := TO_DECIDE.get(officer.role)) is not None:
        where = NominationFilter(city=a.city, kecamatan=a.kecamatan or None,
                                 kelurahan=(a.kelurahan or None) if officer.role == Role.KELURAHAN else None,
                                 statuses=tuple(s.value for s in statuses))
        proposals = await tx.count_nominations(where)
        first = await tx.nominations(where, limit=1) if proposals else []
        oldest = first[0].updated_at.astimezone(zone).date() if first else None  # the day as the desk shows it
    claims = (await tx.count_claims(ClaimFilter(city=a.city, statuses=(ClaimStatus.SUBMITTED.value,)))
              if officer.role == Role.CITY else 0)
    level = Area(a.city, a.kecamatan if officer.role != Role.CITY else "",
                 a.kelurahan if officer.role == Role.KELURAHAN else "")
    tickets = sum(1 for t in await tx.tickets(level, "open", limit=10_000)
                  if t.first_reply_at is None and (t.area.kecamatan, t.area.kelurahan) == (level.kecamatan,
                                                                                          level.kelurahan))
    return Waiting(proposals, oldest, claims, tickets)


_ENTRY_FOR_THE_WORK: dict[str, str] = {Role.KELURAHAN: "review", Role.KECAMATAN: "select", Role.CITY: "desk"}
"""The officer's menu entry for the work (conversations.flows.officer.ROLE_OPTIONS), named in the note."""


def _entry_label(role: str) -> str:
    return str(next(o.label for o in ROLE_OPTIONS[role] if o.id == _ENTRY_FOR_THE_WORK[role]))


def _digest_text(officer: StoredOfficer, waiting: Waiting) -> object:
    def render() -> tuple[str, list[str], list[Choice]]:
        parts = []
        if waiting.proposals and officer.role == Role.KELURAHAN:
            parts.append(ngettext("{n} usulan warga menunggu diperiksa", "{n} usulan warga menunggu diperiksa",
                                  waiting.proposals).format(n=waiting.proposals))
        elif waiting.proposals:
            parts.append(ngettext("{n} usulan menunggu dipilih sesuai kuota", "{n} usulan menunggu dipilih sesuai kuota",
                                  waiting.proposals).format(n=waiting.proposals))
        if waiting.proposals and waiting.oldest is not None:
            parts[-1] += " " + _("(yang terlama sejak {date})").format(date=format_date(waiting.oldest))
        if waiting.claims:
            parts.append(ngettext("{n} klaim diajukan menunggu diverifikasi", "{n} klaim diajukan menunggu diverifikasi",
                                  waiting.claims).format(n=waiting.claims))
        if waiting.tickets:
            parts.append(ngettext("{n} tiket warga belum dijawab", "{n} tiket warga belum dijawab",
                                  waiting.tickets).format(n=waiting.tickets))
        where = area_label(officer.area if officer.role != Role.CITY else Area(officer.area.city))
        summary = "; ".join(parts)
        text = _("Pengingat untuk petugas {area}: {summary}. Buka menu petugas: \"{entry}\" atau \"{desk}\".").format(
            area=where, summary=summary, entry=_entry_label(officer.role), desk=DESK_LINK.label)
        return f"{text}\n{footer()}", [where, summary], []
    return render
