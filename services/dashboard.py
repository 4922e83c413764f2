"""What an officer's area looks like: the funnel from status checks to enrolment and from claims started to
paid, claims past their deadline, cover about to end; and, for a city admin, quotas and the budget.

Everything is counted in the store (GROUP BY over indexed columns), never by reading records one by one,
so a city's 100,000 proposals answer in milliseconds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from conversations.domain.claims import ClaimKind
from conversations.domain.nominations import TAKES_QUOTA, Area, NominationStatus, Refusal, Role, yearly_cost
from conversations.domain.rules import PP_82_2019, RuleSet, rules_on
from conversations.model import AreaCounts, CityReport, NominationAnswer
from services.identity import STATUS_CHECK
from services.nominations import budget_setting
from storage.base import StoredOfficer, Tx, Unit

COVER_ENDING_DAYS = 30
STAGES = ("started", "submitted", "paid")


@dataclass(frozen=True, slots=True)
class UnitRow:
    name: str
    status_checks: int = 0
    nominations: tuple[tuple[str, int], ...] = ()
    """(status, count) in the order of `NominationStatus`."""
    claims: tuple[tuple[str, str, int], ...] = ()
    """(kind, stage, count): JKM then JKK, started → submitted → paid."""
    overdue: int = 0
    cover_ending: int = 0
    deaths: tuple[int, int, int, int] = (0, 0, 0, 0)
    """Deaths RT heads reported → claims started from them → submitted → paid."""

    def nominated(self, status: str) -> int:
        return dict(self.nominations).get(status, 0)

    def claimed(self, kind: str, stage: str) -> int:
        return next((n for k, s, n in self.claims if (k, s) == (kind, stage)), 0)

    @property
    def proposed(self) -> int:
        return sum(n for _s, n in self.nominations)

    def funnel(self) -> tuple[tuple[str, int], ...]:
        """Status checks → proposals → approved (or further) → selected (or enrolled) → enrolled."""
        approved = sum(self.nominated(s) for s in ("approved", "selected", "enrolled"))
        selected = sum(self.nominated(s) for s in ("selected", "enrolled"))
        return (("status_checks", self.status_checks), ("proposed", self.proposed), ("approved", approved),
                ("selected", selected), ("enrolled", self.nominated("enrolled")))


@dataclass(frozen=True, slots=True)
class Dashboard:
    scope: Area
    unit: Unit
    rows: tuple[UnitRow, ...]
    total: UnitRow
    cover_until: dt.date


def scope_of(officer: StoredOfficer) -> tuple[Area, Unit] | None:
    a = officer.area
    if officer.role == Role.CITY:
        return Area(a.city), "kecamatan"
    if officer.role == Role.KECAMATAN:
        return Area(a.city, a.kecamatan), "kelurahan"
    if officer.role == Role.KELURAHAN:
        return Area(a.city, a.kecamatan, a.kelurahan), "kelurahan"
    return None


def _sum(rows: list[UnitRow], name: str) -> UnitRow:
    statuses = [s.value for s in NominationStatus]
    return UnitRow(
        name=name, status_checks=sum(r.status_checks for r in rows),
        nominations=tuple((s, sum(r.nominated(s) for r in rows)) for s in statuses),
        claims=tuple((k, st, sum(r.claimed(k, st) for r in rows)) for k in (ClaimKind.JKM, ClaimKind.JKK)
                     for st in STAGES),
        overdue=sum(r.overdue for r in rows), cover_ending=sum(r.cover_ending for r in rows),
        deaths=tuple(sum(r.deaths[i] for r in rows) for i in range(4)))  # type: ignore[arg-type]


async def dashboard(tx: Tx, officer: StoredOfficer, now: dt.datetime, today: dt.date) -> Dashboard | Refusal:
    scoped = scope_of(officer)
    if scoped is None:
        return Refusal.WRONG_ROLE
    area, unit = scoped
    until = today + dt.timedelta(days=COVER_ENDING_DAYS)
    checks = await tx.activity_by(STATUS_CHECK, area, unit)
    nominations = await tx.nomination_counts_by(area, unit)
    claims = await tx.claim_counts_by(area, unit)
    overdue = await tx.overdue_by(area, unit, now)
    ending = await tx.cover_ending_by(area, unit, today, until)
    deaths = await tx.death_report_counts(area, unit)
    names = sorted({*checks, *(k for k, _s in nominations), *(k for k, _k2, _s in claims), *overdue, *ending,
                    *deaths})
    statuses = [s.value for s in NominationStatus]
    rows = [UnitRow(
        name=name, status_checks=checks.get(name, 0),
        nominations=tuple((s, nominations.get((name, s), 0)) for s in statuses),
        claims=tuple((k, st, claims.get((name, k, st), 0)) for k in (ClaimKind.JKM, ClaimKind.JKK) for st in STAGES),
        overdue=overdue.get(name, 0), cover_ending=ending.get(name, 0), deaths=deaths.get(name, (0, 0, 0, 0)),
    ) for name in names]
    return Dashboard(area, unit, tuple(rows), _sum(rows, area.kelurahan or area.kecamatan or area.city), until)


@dataclass(frozen=True, slots=True)
class QuotaUse:
    kecamatan: str
    counts: tuple[tuple[str, int], ...]
    quota: int | None
    used: int

    @property
    def left(self) -> int | None:
        return None if self.quota is None else max(self.quota - self.used, 0)


@dataclass(frozen=True, slots=True)
class CityOverview:
    city: str
    areas: tuple[QuotaUse, ...]
    selected: int
    """Selected by the kecamatan, not yet on the roster BPJS sends back."""
    funded: int
    """Aktif on the roster, paid for by this city (enrolled proposals among them)."""
    rules: RuleSet
    allocation: int | None

    @property
    def monthly(self) -> int:
        return self.rules.minimum_contribution

    @property
    def workers(self) -> int:
        return self.selected + self.funded

    @property
    def yearly(self) -> int:
        return yearly_cost(self.workers, self.rules)

    @property
    def room(self) -> int | None:
        """How many more workers the allocation pays for a year."""
        if self.allocation is None:
            return None
        return max(self.allocation - self.yearly, 0) // yearly_cost(1, self.rules)


def city_payer(city: str) -> str:
    """How the roster names a city that pays its workers' contributions ("Pemerintah Kota Jambi")."""
    return f"Pemerintah {city}"


async def city_overview(tx: Tx, officer: StoredOfficer, today: dt.date) -> CityOverview | Refusal:
    if officer.role != Role.CITY:
        return Refusal.WRONG_ROLE
    return await city_figures(tx, officer.area.city, today)


async def city_figures(tx: Tx, city: str, today: dt.date) -> CityOverview:
    """Quotas and the budget of one city: the city page, the chat's report and the metrics read the same."""
    counts = await tx.nomination_counts_by(Area(city), "kecamatan")
    quotas = await tx.quotas(city)
    statuses = [s.value for s in NominationStatus]
    names = sorted({k for k, _s in counts} | set(quotas))
    taken = {s.value for s in TAKES_QUOTA}
    areas = tuple(QuotaUse(name, tuple((s, counts.get((name, s), 0)) for s in statuses), quotas.get(name),
                           sum(n for (k, s), n in counts.items() if k == name and s in taken)) for name in names)
    selected = sum(n for (_k, s), n in counts.items() if s == NominationStatus.SELECTED)
    funded = await tx.funded_participants(city, city_payer(city), today)
    allocation = await tx.setting(budget_setting(city))
    return CityOverview(city, areas, selected, funded, rules_on(today) or PP_82_2019,
                        int(allocation) if allocation else None)


async def city_report(tx: Tx, officer: StoredOfficer, today: dt.date) -> CityReport | NominationAnswer:
    """The city page for the chat (Ringkasan kota & anggaran): the same figures as the desk's."""
    found = await city_overview(tx, officer, today)
    if isinstance(found, Refusal):
        return NominationAnswer(problem=found)
    areas = tuple(AreaCounts(kecamatan=a.kecamatan, counts=dict(a.counts), quota=a.quota) for a in found.areas)
    return CityReport(city=found.city, areas=areas, allocation=found.allocation, selected=found.selected,
                      funded=found.funded)
