"""Proposals at the desk: a walled, filtered, paged list; one proposal with its history; decisions one by one
or fifty at a time. Every decision goes through `services.nominations.decide`, the function the chat uses,
so the status machine, the quota lock, the audit and the RT head's notice are the same wherever it is
taken."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from conversations.domain.nominations import (
    Decision,
    NominationStatus,
    Refusal,
    Role,
    within,
)
from services.context import Catalogs
from services.nominations import NominationError, actor_of, area_filter, decide, quota_use
from storage.base import AuditEntry, NominationFilter, NominationOrder, StoredNomination, StoredOfficer, Tx

PAGE_SIZE = 50
"""Rows per page, and the most a bulk decision takes at once."""
DEFAULT_STATUS: dict[str, NominationStatus | None] = {
    Role.KELURAHAN: NominationStatus.PENDING,
    Role.KECAMATAN: NominationStatus.APPROVED,
    Role.CITY: None,
    Role.RT_HEAD: None,
}
"""What each role opens the list on: its own work."""
SEES_IDENTITY = frozenset({Role.KELURAHAN, Role.CITY})
"""Who sees the NIK, phone and address: the kelurahan checks them against the KTP, the city sends them to BPJS."""
DECIDES: dict[str, tuple[Decision, ...]] = {
    Role.KELURAHAN: (Decision.APPROVE, Decision.REJECT),
    Role.KECAMATAN: (Decision.SELECT,),
}


@dataclass(frozen=True, slots=True)
class NominationQuery:
    """What an officer asked the list for; every part optional, every part checked."""

    status: str | None = None
    """A status, `all`, or None for the role's own work."""
    kelurahan: str | None = None
    rt: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    search: str | None = None
    """Words of the name, or the NIK's last four digits."""
    order: NominationOrder = NominationOrder.OLDEST
    page: int = 1


@dataclass(frozen=True, slots=True)
class NominationPage:
    query: NominationQuery
    items: tuple[StoredNomination, ...]
    total: int
    pages: int
    status: str | None
    """The status listed (None: every status)."""
    quota: int | None = None
    used: int = 0


@dataclass(frozen=True, slots=True)
class BulkResult:
    done: tuple[str, ...]
    refused: tuple[tuple[str, Refusal], ...]
    quota: int | None = None
    used: int = 0

    @property
    def left(self) -> int | None:
        return None if self.quota is None else max(self.quota - self.used, 0)


def _born_on_or_before(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def walled_filter(officer: StoredOfficer, query: NominationQuery, today: dt.date) -> NominationFilter:
    """The query inside the officer's area: a kelurahan or RT typed into the form narrows it, never widens."""
    base = area_filter(officer)
    status = query.status if query.status else DEFAULT_STATUS[officer.role]
    statuses = None if status in (None, "all") else (NominationStatus(status).value,)
    kelurahan = base.kelurahan or query.kelurahan or None
    born_to = _born_on_or_before(today, query.age_min) if query.age_min is not None else None
    born_from = (_born_on_or_before(today, query.age_max + 1) + dt.timedelta(days=1)
                 if query.age_max is not None else None)
    search = (query.search or "").strip()
    tail = search if search.isdigit() and len(search) == 4 else None
    return dataclasses.replace(
        base, statuses=statuses, kelurahan=kelurahan, rt=query.rt or None, born_from=born_from, born_to=born_to,
        nik_tail=tail, name=search if search and tail is None else None, order=query.order)


async def nomination_page(tx: Tx, officer: StoredOfficer, query: NominationQuery, today: dt.date) -> NominationPage:
    where = walled_filter(officer, query, today)
    total = await tx.count_nominations(where)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(query.page, 1), pages)
    items = await tx.nominations(where, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    quota, used = await quota_use(tx, officer) if officer.role == Role.KECAMATAN else (None, 0)
    status = where.statuses[0] if where.statuses else None
    return NominationPage(dataclasses.replace(query, page=page), tuple(items), total, pages, status, quota, used)


def visible_to(officer: StoredOfficer, nomination: StoredNomination) -> bool:
    if officer.role == Role.RT_HEAD:
        return nomination.proposer_id == officer.id
    return within(Role(officer.role), officer.area, nomination.area)


async def open_for(tx: Tx, officer: StoredOfficer, reference: str, now: dt.datetime) -> StoredNomination | Refusal:
    """One proposal, if it is in the officer's area; every opening and every refusal is audited."""
    nomination = await tx.nomination(reference)
    if nomination is None:
        return Refusal.NOT_FOUND
    if not visible_to(officer, nomination):
        await tx.append_audit(actor_of(officer), "nomination.refused", nomination.reference,
                              {"action": "open", "why": Refusal.OUTSIDE_AREA.value, "via": "desk"}, now)
        return Refusal.OUTSIDE_AREA
    await tx.append_audit(actor_of(officer), "nomination.opened", nomination.reference, {"via": "desk"}, now)
    return nomination


async def history(tx: Tx, reference: str) -> list[AuditEntry]:
    return [e for e in await tx.audit_entries(reference) if e.action != "nomination.opened"]


async def decide_many(tx: Tx, officer: StoredOfficer, references: list[str], decision: Decision, reason: str | None,
                      now: dt.datetime, catalogs: Catalogs) -> BulkResult:
    """Up to a page of proposals in one transaction, oldest first. A selection stops at the quota: the places
    left are taken in order and the rest refused, all under the kecamatan's lock, so two officers cannot
    both take the last place."""
    if decision not in DECIDES.get(officer.role, ()):
        return BulkResult((), tuple((r, Refusal.WRONG_ROLE) for r in references))
    if len(references) > PAGE_SIZE:
        raise NominationError(f"at most {PAGE_SIZE} proposals at once")
    if decision is Decision.REJECT and not (reason and reason.strip()):
        raise NominationError("a rejection needs a reason")
    unique = sorted(set(references), key=lambda r: (len(r), r))  # references number in filing order
    done: list[str] = []
    refused: list[tuple[str, Refusal]] = []
    for reference in unique:
        answer = await decide(tx, officer, reference, decision, reason, now, catalogs)
        if answer.problem is None:
            done.append(reference)
        else:
            refused.append((reference, Refusal(answer.problem)))
    quota, used = await quota_use(tx, officer) if decision is Decision.SELECT else (None, 0)
    return BulkResult(tuple(done), tuple(refused), quota, used)

