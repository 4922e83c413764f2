"""The nomination chain in the store: officer requests checked against the account's binding, its role
and its area (the walls), every change audited and told to the RT head, enrolment told to the worker.

The engine never says who is asking: the runtime passes the chat account, and the officer is read from
the store on every request, so a stale menu grants nothing."""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from conversations.domain.nominations import (
    DECISIONS,
    SCOPE_ROLE,
    TAKES_QUOTA,
    WITHDRAWN,
    Decision,
    NominationStatus,
    Refusal,
    Role,
    Scope,
    within,
)
from conversations.flows.nomination_text import enrolled_notice, nomination_notice, undelivered_notice
from conversations.i18n import use_locale
from conversations.model import (
    BindOfficer,
    Conversation,
    NominationAnswer,
    OfficerAnswer,
    ProposeNominee,
    Reply,
)
from services.csv_export import csv_text, write_csv
from storage.base import (
    NewMessage,
    NominationFilter,
    NominationOrder,
    OutboundMessage,
    StoredNomination,
    StoredOfficer,
    Tx,
    UserKey,
)

BUDGET_SETTING = "budget_allocation"
"""The setting of a city's yearly allocation is this name, a colon and the city."""


def budget_setting(city: str) -> str:
    return f"{BUDGET_SETTING}:{city}"
ENROLLED_PREFIX = "enrolled:"
"""`caused_by` of the notice a worker gets when enrolled: `enrolled:USL-…`."""
WHATSAPP = "whatsapp"
Catalogs = Mapping[str, gettext.NullTranslations]


class NominationError(Exception):
    """A request that cannot be carried out; the message says why (CLI)."""


def actor_of(officer: StoredOfficer) -> str:
    """How an officer appears in the audit log: an id, never a name or a phone."""
    return f"officer:{officer.id}"


def platform_phone(channel: str, user: str) -> str | None:
    """The number a platform vouches for: a WhatsApp user keyed by phone (not by a business-scoped id)."""
    return user if channel == WHATSAPP and user.isdigit() else None


# -- binding ---------------------------------------------------------------------------------------

async def bind_officer(tx: Tx, channel: str, user: str, effect: BindOfficer, now: dt.datetime) -> OfficerAnswer:
    if effect.code is not None:
        found = await tx.use_officer_code(effect.code, now)
        if isinstance(found, str):
            await tx.append_audit(f"{channel}:account", "officer.code_refused", f"{channel}:account", {"why": found},
                                  now)
            return OfficerAnswer(problem=found)
        return await _bind(tx, channel, user, found, "code", now)
    if effect.phone is not None:
        await tx.prove_phone(effect.phone, channel, user, now)
        officer = await tx.officer_by_phone(effect.phone)
        if officer is None:
            return OfficerAnswer(problem="unknown_phone")
        return await _bind(tx, channel, user, officer.id, "phone", now)
    bound = await tx.officer_of_account(channel, user)
    if bound is not None:
        return OfficerAnswer(officer=bound.view())
    phone = platform_phone(channel, user)
    if phone is None:
        return OfficerAnswer(problem="no_phone")
    officer = await tx.officer_by_phone(phone)
    if officer is None:
        return OfficerAnswer(problem="unknown_phone")
    return await _bind(tx, channel, user, officer.id, "phone", now)


async def _bind(tx: Tx, channel: str, user: str, officer_id: int, how: str, now: dt.datetime) -> OfficerAnswer:
    await tx.bind_account(channel, user, officer_id, how, now)
    officer = await tx.officer_of_account(channel, user)
    assert officer is not None
    await tx.append_audit(actor_of(officer), "officer.bound", actor_of(officer), {"how": how, "channel": channel},
                          now)
    return OfficerAnswer(officer=officer.view())


# -- RT head ---------------------------------------------------------------------------------------

async def check_nominee(tx: Tx, officer: StoredOfficer, nik: str) -> NominationAnswer:
    if officer.role != Role.RT_HEAD:
        return NominationAnswer(problem=Refusal.WRONG_ROLE)
    participant = await tx.find_participant(nik)
    if participant is not None and participant.status == "aktif":
        return NominationAnswer(problem=Refusal.ENROLLED)
    earlier = await tx.nominations_of_nik(nik)
    current = next((n for n in earlier if n.status != NominationStatus.REJECTED), None)
    if current is not None:
        problem = Refusal.ENROLLED if current.status == NominationStatus.ENROLLED else Refusal.PROPOSED
        return NominationAnswer(problem=problem, items=(current.view(),))
    if earlier and earlier[-1].reason != WITHDRAWN:  # taken back by an RT head: nothing to correct, no question
        return NominationAnswer(problem=Refusal.REJECTED_BEFORE, items=(earlier[-1].view(),))
    return NominationAnswer()


async def propose(tx: Tx, officer: StoredOfficer, channel: str, user: str, nominee: ProposeNominee,
                  now: dt.datetime, timezone: ZoneInfo) -> NominationAnswer:
    checked = await check_nominee(tx, officer, nominee.nik)
    if checked.problem not in (None, Refusal.REJECTED_BEFORE):
        return checked
    reference = await tx.create_nomination(officer, channel, user, nominee, now.astimezone(timezone).year, now)
    if reference is None:  # proposed by someone else a moment ago
        return await check_nominee(tx, officer, nominee.nik)
    await tx.append_audit(actor_of(officer), "nomination.created", reference,
                          {"to": NominationStatus.PENDING.value, "occupation": nominee.occupation}, now)
    return NominationAnswer(reference=reference)


# -- lists and decisions ---------------------------------------------------------------------------

def area_filter(officer: StoredOfficer) -> NominationFilter:
    a = officer.area
    if officer.role == Role.KELURAHAN:
        return NominationFilter(city=a.city, kecamatan=a.kecamatan, kelurahan=a.kelurahan)
    if officer.role == Role.KECAMATAN:
        return NominationFilter(city=a.city, kecamatan=a.kecamatan)
    if officer.role == Role.CITY:
        return NominationFilter(city=a.city)
    return NominationFilter(proposer_id=officer.id)


async def quota_use(tx: Tx, officer: StoredOfficer) -> tuple[int | None, int]:
    quota = (await tx.quotas(officer.area.city)).get(officer.area.kecamatan)
    used = await tx.count_nominations(NominationFilter(
        city=officer.area.city, kecamatan=officer.area.kecamatan, statuses=tuple(s.value for s in TAKES_QUOTA)))
    return quota, used


async def list_nominations(tx: Tx, officer: StoredOfficer, scope: Scope, offset: int,
                           limit: int) -> NominationAnswer:
    role, statuses = SCOPE_ROLE[scope]
    if officer.role != role:
        return NominationAnswer(problem=Refusal.WRONG_ROLE)
    base = area_filter(officer)
    where = NominationFilter(base.city, base.kecamatan, base.kelurahan, base.proposer_id,
                             tuple(s.value for s in statuses) if statuses else None,
                             # an RT head looks for what they proposed last; a queue is worked oldest first
                             order=NominationOrder.NEWEST if scope is Scope.MINE else NominationOrder.OLDEST)
    total = await tx.count_nominations(where)
    offset = min(max(offset, 0), max(total - 1, 0) // limit * limit)  # past the end (after a decision): last page
    items = await tx.nominations(where, offset=offset, limit=limit)
    quota, used = await quota_use(tx, officer) if scope is Scope.SELECT else (None, 0)
    return NominationAnswer(items=tuple(n.view() for n in items), total=total, quota=quota, used=used)


async def _in_area(tx: Tx, officer: StoredOfficer, reference: str, action: str,
                   now: dt.datetime) -> StoredNomination | Refusal:
    nomination = await tx.nomination(reference)
    if nomination is None:
        return Refusal.NOT_FOUND
    if not within(Role(officer.role), officer.area, nomination.area):
        await tx.append_audit(actor_of(officer), "nomination.refused", nomination.reference,
                              {"action": action, "why": Refusal.OUTSIDE_AREA.value}, now)
        return Refusal.OUTSIDE_AREA
    return nomination


async def open_nomination(tx: Tx, officer: StoredOfficer, reference: str, now: dt.datetime) -> NominationAnswer:
    """The full record, NIK included: only for the kelurahan officer of its area, and the reading is audited."""
    if officer.role != Role.KELURAHAN:
        return NominationAnswer(problem=Refusal.WRONG_ROLE)
    found = await _in_area(tx, officer, reference, "open", now)
    if isinstance(found, Refusal):
        return NominationAnswer(problem=found)
    await tx.append_audit(actor_of(officer), "nomination.opened", found.reference, {}, now)
    return NominationAnswer(reference=found.reference, items=(found.view(detail=True),))


async def decide(tx: Tx, officer: StoredOfficer, reference: str, decision: Decision, reason: str | None,
                 now: dt.datetime, catalogs: Catalogs) -> NominationAnswer:
    role, source, target = DECISIONS[decision]
    if officer.role != role:
        return NominationAnswer(problem=Refusal.WRONG_ROLE)
    # Decisions in one kecamatan one at a time (several workers): a status read here is still true when
    # written, and two officers cannot both take the last place of its quota.
    await tx.lock_area(officer.area.kecamatan)
    found = await _in_area(tx, officer, reference, decision.value, now)
    if isinstance(found, Refusal):
        return NominationAnswer(problem=found)
    if found.status != source:
        return NominationAnswer(problem=Refusal.WRONG_STATUS, items=(found.view(),))
    if decision is Decision.REJECT and not (reason and reason.strip()):
        raise NominationError("a rejection needs a reason")
    quota, used = None, 0
    if decision is Decision.SELECT:
        quota, used = await quota_use(tx, officer)
        if quota is None:
            return NominationAnswer(problem=Refusal.NO_QUOTA)
        if used >= quota:
            return NominationAnswer(problem=Refusal.QUOTA_FULL, quota=quota, used=used)
        used += 1
    changed = await change_status(tx, found, target, reason, actor_of(officer), now, catalogs)
    return NominationAnswer(reference=changed.reference, items=(changed.view(),), quota=quota, used=used)


async def withdraw(tx: Tx, officer: StoredOfficer, reference: str, now: dt.datetime,
                   catalogs: Catalogs) -> NominationAnswer:
    """An RT head takes back a proposal of their own that the kelurahan has not checked yet (a wrong person, someone
    who moved away); another's proposal is not found. Closed as a rejection (WITHDRAWN), so the NIK may be proposed
    again; audited like any move, and nobody else is told."""
    if officer.role != Role.RT_HEAD:
        return NominationAnswer(problem=Refusal.WRONG_ROLE)
    await tx.lock_area(officer.area.kecamatan)  # not while the kelurahan decides on it
    found = await tx.nomination(reference)
    if found is None or found.proposer_id != officer.id:
        return NominationAnswer(problem=Refusal.NOT_FOUND)
    if found.status != NominationStatus.PENDING:
        return NominationAnswer(problem=Refusal.WRONG_STATUS, items=(found.view(),))
    changed = await change_status(tx, found, NominationStatus.REJECTED, WITHDRAWN, actor_of(officer), now, catalogs,
                                  tell=False)
    return NominationAnswer(reference=changed.reference, items=(changed.view(),))


async def change_status(tx: Tx, nomination: StoredNomination, target: NominationStatus, reason: str | None,
                        actor: str, now: dt.datetime, catalogs: Catalogs, *, tell: bool = True) -> StoredNomination:
    """Every move of a proposal: stored, audited, and told to the RT head in their language (`tell`: not when the
    RT head made it)."""
    reason = reason.strip() if reason else None
    await tx.set_nomination_status(nomination.reference, target.value, reason, now)
    await tx.append_audit(actor, "nomination.status", nomination.reference,
                          {"from": nomination.status, "to": target.value, "why": reason}, now)
    changed = await tx.nomination(nomination.reference)
    assert changed is not None
    if not tell:
        return changed
    with use_locale(catalogs, changed.locale):
        text = nomination_notice(changed.view())
    await tx.enqueue([NewMessage(changed.channel, changed.user, Reply(text=text),
                                 caused_by=f"nomination:{changed.reference}")], now)
    return changed


# -- enrolment (after a roster import) -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Enrolment:
    """What an import did to the proposals: how many became enrolled, who was told, who could not be."""

    enrolled: int = 0
    heads_told: int = 0
    workers_told: int = 0
    unreached: tuple[str, ...] = ()
    """References of proposals whose worker the bot cannot reach: their RT head is asked to tell them."""


async def enrol_from_roster(tx: Tx, now: dt.datetime, catalogs: Catalogs, default_locale: str) -> Enrolment:
    """Close every open proposal whose worker is now aktif on the roster; tell the RT head and the worker (or,
    when the worker cannot be reached through the bot, ask the RT head to tell them)."""
    enrolled = await tx.enrol_nominations(now)
    told = 0
    unreached: list[str] = []
    for before in enrolled:
        await tx.append_audit("roster:import", "nomination.status", before.reference,
                              {"from": before.status, "to": NominationStatus.ENROLLED.value, "why": None}, now)
        after = await tx.nomination(before.reference)
        assert after is not None
        with use_locale(catalogs, after.locale):
            text = nomination_notice(after.view())
        messages = [NewMessage(after.channel, after.user, Reply(text=text), caused_by=f"nomination:{after.reference}")]
        reachable = await _reachable(tx, after.phone, default_locale)
        for account, locale in reachable:
            with use_locale(catalogs, locale):
                messages.append(NewMessage(account.channel, account.user, Reply(text=enrolled_notice()),
                                           caused_by=ENROLLED_PREFIX + after.reference))
        if reachable:
            told += 1
        else:
            unreached.append(after.reference)
            with use_locale(catalogs, after.locale):
                messages.append(NewMessage(after.channel, after.user, Reply(text=undelivered_notice(after.view())),
                                           caused_by=f"nomination:{after.reference}"))
        await tx.enqueue(messages, now)
    return Enrolment(len(enrolled), len(enrolled), told, tuple(unreached))


async def _reachable(tx: Tx, phone: str, default_locale: str) -> list[tuple[UserKey, str]]:
    """Accounts that proved this number, and a WhatsApp account keyed by it that has written to the bot."""
    keys = set(await tx.accounts_of_phone(phone)) | {UserKey(WHATSAPP, phone)}
    conversations = await tx.load_conversations(sorted(keys))
    return [(key, found.locale or default_locale) for key in sorted(keys)
            if isinstance(found := conversations.get(key), Conversation)]


def tell_proposer_when_undelivered(catalogs: Catalogs):  # type: ignore[no-untyped-def]
    """A dispatcher hook: when the platform will not deliver a worker's enrolment notice (WhatsApp 131026
    undeliverable, 131047 outside the 24-hour window), the RT head who proposed them is told to pass the
    news on in person. Other messages are the channel's business (logged, retried or parked)."""
    async def hook(tx: Tx, message: OutboundMessage, error: str, now: dt.datetime) -> None:
        if not (message.caused_by or "").startswith(ENROLLED_PREFIX):
            return
        nomination = await tx.nomination(message.caused_by.removeprefix(ENROLLED_PREFIX))  # type: ignore[union-attr]
        if nomination is None:
            return
        await tx.append_audit("channel:" + message.channel, "nomination.undelivered", nomination.reference,
                              {"why": error}, now)
        with use_locale(catalogs, nomination.locale):
            text = undelivered_notice(nomination.view())
        await tx.enqueue([NewMessage(nomination.channel, nomination.user, Reply(text=text),
                                     caused_by=f"nomination:{nomination.reference}")], now)
    return hook


# -- export for BPJS -------------------------------------------------------------------------------

EXPORT_COLUMNS = ("reference", "nomination_status", "nik", "kpj", "full_name", "birth_date", "gender", "phone",
                  "occupation", "address", "rt", "rw", "kelurahan", "kecamatan", "city", "status", "programs",
                  "funded_by", "coverage_start", "coverage_end", "paid_until", "proposed_at", "updated_at")
"""Every roster column, so the file BPJS sends back — this one with the KPJ and the cover dates filled in —
imports with `kawan import-roster` as it is (the other columns are ignored there)."""


def export_row(n: StoredNomination) -> dict[str, object]:
    return {
        "reference": n.reference, "nomination_status": n.status, "nik": n.nik, "kpj": "", "full_name": n.full_name,
        "birth_date": n.birth_date.isoformat(), "gender": n.gender, "phone": n.phone,
        "occupation": n.occupation_other or n.occupation, "address": n.address, "rt": n.area.rt,
        "rw": n.area.rw, "kelurahan": n.area.kelurahan, "kecamatan": n.area.kecamatan, "city": n.area.city,
        "status": "aktif", "programs": "JKK;JKM", "funded_by": f"Pemerintah {n.area.city}", "coverage_start": "",
        "coverage_end": "", "paid_until": "", "proposed_at": n.created_at.isoformat(timespec="seconds"),
        "updated_at": n.updated_at.isoformat(timespec="seconds"),
    }


def write_nominations_csv(path: Path, nominations: list[StoredNomination]) -> int:
    return write_csv(path, EXPORT_COLUMNS, map(export_row, nominations))


def nominations_csv(nominations: list[StoredNomination]) -> str:
    return csv_text(EXPORT_COLUMNS, map(export_row, nominations))
