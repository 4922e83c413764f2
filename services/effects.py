"""The engine's effects and what carries each out: one row per effect type (mailroom's shape).

A new effect is one entry in `HANDLERS`; a test checks that every effect the engine can emit has one.
Handlers run in the step's own transaction; what one returns comes back to the engine as a RESULT event
in the same drain."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from conversations.domain.nominations import Decision, Refusal, Role, Scope
from conversations.model import (
    AskQuota,
    AttachDocument,
    Audit,
    BindOfficer,
    CheckNominee,
    ClearTimer,
    CreateClaim,
    DecideNomination,
    DeskAnswer,
    DeskLink,
    DeskRequest,
    Effect,
    IssueDeskLink,
    KeptForm,
    ListClaims,
    ListNominations,
    NominationAnswer,
    OpenDeathReport,
    OpenNomination,
    OpenTicket,
    ProposeNominee,
    ProveIdentity,
    RateTicket,
    RelabelDocument,
    ReportCity,
    ReportDeath,
    Result,
    SetOutreach,
    SetTimer,
    SubmitClaim,
    TicketNote,
    WithdrawClaim,
    WithdrawNomination,
)
from services import claims, dashboard, identity, nominations, outreach, signin, tickets
from services.context import EffectContext
from storage.base import StoredOfficer, TimerRow

E = TypeVar("E")
Handler = Callable[[EffectContext, Any], Awaitable[Result | None]]
OfficerHandler = Callable[[EffectContext, StoredOfficer, Any], Awaitable[Result]]


def as_officer(handle: OfficerHandler) -> Handler:
    """The officer is read from the store on every request (never from the chat), so a stale menu grants
    nothing: an account that is not bound is refused before the operation runs."""
    async def handler(ctx: EffectContext, effect: Any) -> Result:
        officer = await ctx.tx.officer_of_account(ctx.channel, ctx.user)
        if officer is None:
            return NominationAnswer(problem=Refusal.NOT_OFFICER)
        return await handle(ctx, officer, effect)
    return handler


async def _set_timer(ctx: EffectContext, effect: SetTimer) -> None:
    ctx.timers[(ctx.channel, ctx.user, effect.kind)] = TimerRow(ctx.channel, ctx.user, effect.kind, effect.fire_at,
                                                                 effect.version)


async def _clear_timer(ctx: EffectContext, effect: ClearTimer) -> None:
    ctx.timers[(ctx.channel, ctx.user, effect.kind)] = None


async def _audit(ctx: EffectContext, effect: Audit) -> None:
    await ctx.tx.append_audit(ctx.actor, effect.action, effect.subject, effect.data, ctx.now)


async def _bind(ctx: EffectContext, effect: BindOfficer) -> Result:
    return await nominations.bind_officer(ctx.tx, ctx.channel, ctx.user, effect, ctx.now)


async def _check(ctx: EffectContext, officer: StoredOfficer, effect: CheckNominee) -> Result:
    return await nominations.check_nominee(ctx.tx, officer, effect.nik)


async def _propose(ctx: EffectContext, officer: StoredOfficer, effect: ProposeNominee) -> Result:
    return await nominations.propose(ctx.tx, officer, ctx.channel, ctx.user, effect, ctx.now, ctx.timezone)


async def _list(ctx: EffectContext, officer: StoredOfficer, effect: ListNominations) -> Result:
    return await nominations.list_nominations(ctx.tx, officer, Scope(effect.scope), effect.offset, effect.limit)


async def _open(ctx: EffectContext, officer: StoredOfficer, effect: OpenNomination) -> Result:
    return await nominations.open_nomination(ctx.tx, officer, effect.reference, ctx.now)


async def _decide(ctx: EffectContext, officer: StoredOfficer, effect: DecideNomination) -> Result:
    return await nominations.decide(ctx.tx, officer, effect.reference, Decision(effect.decision), effect.reason,
                                    ctx.now, ctx.catalogs)


async def _withdraw(ctx: EffectContext, officer: StoredOfficer, effect: WithdrawNomination) -> Result:
    return await nominations.withdraw(ctx.tx, officer, effect.reference, ctx.now, ctx.catalogs)


async def _report(ctx: EffectContext, officer: StoredOfficer, _effect: ReportCity) -> Result:
    return await dashboard.city_report(ctx.tx, officer, ctx.now.astimezone(ctx.timezone).date())


async def _quota(ctx: EffectContext, officer: StoredOfficer, _effect: AskQuota) -> Result:
    if officer.role not in (Role.RT_HEAD, Role.KELURAHAN):  # the kecamatan's and the city's menus show it
        return NominationAnswer(problem=Refusal.WRONG_ROLE)
    quota, used = await nominations.quota_use(ctx.tx, officer)
    return NominationAnswer(quota=quota, used=used)


async def _desk_link(ctx: EffectContext, officer: StoredOfficer, _effect: IssueDeskLink) -> Result:
    if not ctx.desk_url:
        return DeskLink(problem="no_desk")
    return DeskLink(url=await signin.issue_link(ctx.tx, officer, ctx.desk_url, nominations.actor_of(officer), ctx.now))


async def _report_death(ctx: EffectContext, officer: StoredOfficer, effect: ReportDeath) -> Result:
    return await outreach.report_death(ctx, officer, effect, ctx.outreach or outreach.OutreachConfig(ctx.catalogs))


async def _desk(ctx: EffectContext, officer: StoredOfficer, effect: DeskRequest) -> Result:
    if officer.role != Role.CITY:
        return DeskAnswer(problem=Refusal.WRONG_ROLE)
    return await claims.desk_request(ctx.tx, officer, effect, ctx.now, ctx.catalogs)


HANDLERS: dict[type, Handler] = {
    SetTimer: _set_timer,
    ClearTimer: _clear_timer,
    Audit: _audit,
    ProveIdentity: identity.prove_identity,
    CreateClaim: claims.create_claim,
    AttachDocument: claims.attach_document,
    RelabelDocument: claims.relabel_document,
    SubmitClaim: claims.submit_claim,
    WithdrawClaim: claims.withdraw_claim,
    ListClaims: claims.list_claims,
    BindOfficer: _bind,
    ReportDeath: as_officer(_report_death),
    OpenDeathReport: outreach.open_death_report,
    SetOutreach: outreach.set_outreach,
    KeptForm: outreach.keep_form,
    OpenTicket: tickets.open_ticket,
    TicketNote: tickets.note,
    RateTicket: tickets.rate,
    CheckNominee: as_officer(_check),
    ProposeNominee: as_officer(_propose),
    ListNominations: as_officer(_list),
    OpenNomination: as_officer(_open),
    DecideNomination: as_officer(_decide),
    WithdrawNomination: as_officer(_withdraw),
    ReportCity: as_officer(_report),
    AskQuota: as_officer(_quota),
    DeskRequest: as_officer(_desk),
    IssueDeskLink: as_officer(_desk_link),
}


async def apply_effect(ctx: EffectContext, effect: Effect) -> Result | None:
    """Carry out one effect; its answer (if any) goes back to the engine as a RESULT event."""
    return await HANDLERS[type(effect)](ctx, effect)
