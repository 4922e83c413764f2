"""Proof that a roster record is the user's, before any of it is shown (PRODUCT.md: a NIK alone proves
nothing; its birth date is written inside it).

Accepted proofs are things the NIK does not contain: the WhatsApp sender's number or a shared Telegram
contact equal to the roster phone, the KPJ number, or a one-time code sent to the roster phone. Failures
are counted in the store per NIK and per account, so a new chat account does not reset a NIK's lockout;
every refusal is the same answer, after the same work, whether the NIK exists or not."""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import math
import secrets

from conversations.domain.masking import mask_name
from conversations.domain.nominations import Area
from conversations.domain.regions import city_of_nik
from conversations.i18n import _, use_locale
from conversations.model import (
    IdentityAnswer,
    IdentityOutcome,
    ParticipantView,
    ProofKind,
    ProveIdentity,
    Reply,
)
from services.context import EffectContext
from storage.base import NewMessage, Tx
from storage.participants import ParticipantPlace, StoredParticipant

log = logging.getLogger(__name__)

MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(hours=1)
CODE_LIFETIME = dt.timedelta(minutes=10)
CODES_PER_HOUR = 3
"""A worker's phone is not to be flooded by someone who knows their NIK."""
CODE_DIGITS = 6
STATUS_CHECK = "status_check"
"""The activity counted for the desk's funnel each time someone starts a status check."""
PROOF_CODE = "proof_code"
"""The kind of the code message: WhatsApp sends it with the template configured for this kind."""
_NO_KPJ = "\x00" * 11
"""Compared against when the NIK is unknown, so both cases do the same work."""


def account_subject(tx: Tx, channel: str, user: str) -> bytes:
    return tx.protector.digest(f"account:{channel}:{user}")


def nik_subject(tx: Tx, nik: str) -> bytes:
    return tx.protector.digest(f"nik:{nik}")


def audit_subject(tx: Tx, nik: str) -> str:
    """How the audit log names a NIK: a short keyed digest, never the number."""
    return "nik:" + tx.protector.digest(f"audit:{nik}")[:6].hex()


async def wait_minutes(tx: Tx, subjects: list[bytes], now: dt.datetime) -> int | None:
    """Minutes until a locked subject may try again; None when none is locked."""
    failures = await tx.failures_since(subjects, now - FAILURE_WINDOW)
    free_at = [sorted(times)[-MAX_FAILURES] + FAILURE_WINDOW for times in failures.values()
               if len(times) >= MAX_FAILURES]
    if not free_at:
        return None
    return max(1, math.ceil((max(free_at) - now).total_seconds() / 60))


def view_of(stored: StoredParticipant) -> ParticipantView:
    return ParticipantView(
        masked_name=mask_name(stored.full_name), kpj=stored.kpj, status=stored.status, programs=stored.programs,
        funded_by=stored.funded_by, coverage_start=stored.coverage_start, coverage_end=stored.coverage_end,
        paid_until=stored.paid_until, gender=stored.gender,
    )


async def prove_identity(ctx: EffectContext, effect: ProveIdentity) -> IdentityAnswer:
    tx, now = ctx.tx, ctx.now
    subjects = [nik_subject(tx, effect.nik), account_subject(tx, ctx.channel, ctx.user)]
    locked = await wait_minutes(tx, subjects, now)
    if locked is not None:
        return IdentityAnswer(outcome=IdentityOutcome.LOCKED, wait_minutes=locked)
    if effect.proof is ProofKind.ACCOUNT:
        return await _by_account(ctx, effect.nik)
    stored = await tx.find_participant(effect.nik)
    if effect.proof is ProofKind.SESSION:
        await _count_status_check(ctx, effect.nik, stored)
    if effect.proof is ProofKind.SEND_CODE:
        return await _send_code(ctx, effect.nik, stored)
    proven = await _proven(ctx, effect, stored)
    if proven and stored is not None:
        return await _accepted(ctx, effect.nik, effect.proof, stored)
    if effect.proof is ProofKind.SESSION:
        return IdentityAnswer(outcome=IdentityOutcome.NEEDS_PROOF)  # nothing was tried yet: no failure
    await tx.record_failures(subjects, now)
    await tx.append_audit(ctx.actor, "identity.refused", audit_subject(tx, effect.nik), {"how": effect.proof.value},
                          now)
    locked = await wait_minutes(tx, subjects, now)
    if locked is not None:
        return IdentityAnswer(outcome=IdentityOutcome.LOCKED, wait_minutes=locked)
    return IdentityAnswer(outcome=IdentityOutcome.NOT_MATCHED)


async def _count_status_check(ctx: EffectContext, nik: str, place: StoredParticipant | ParticipantPlace | None
                             ) -> None:
    """A status check begins: counted per area for the desk's funnel."""
    area = Area(place.city, place.kecamatan, place.kelurahan) if place is not None and place.city \
        else Area(city_of_nik(nik))
    await ctx.tx.count_activity(STATUS_CHECK, area, ctx.now.astimezone(ctx.timezone).date())


async def _by_account(ctx: EffectContext, nik: str) -> IdentityAnswer:
    """The chat account's own proven number (a shared contact, WhatsApp's sender) is the roster phone: proven
    without asking anything. The record is unsealed only then; otherwise its place and phone digest suffice."""
    tx = ctx.tx
    place = await tx.participant_place(nik)
    await _count_status_check(ctx, nik, place)
    phones = await tx.phones_of_account(ctx.channel, ctx.user)
    if ctx.channel == "whatsapp" and ctx.user.isdigit():
        phones.add(tx.protector.digest(ctx.user))  # WhatsApp vouches for the sender's number
    stored = await tx.find_participant(nik) if place is not None and place.phone_hash in phones else None
    if stored is None:
        return IdentityAnswer(outcome=IdentityOutcome.NEEDS_PROOF)  # nothing was tried yet: no failure
    return await _accepted(ctx, nik, ProofKind.ACCOUNT, stored)


async def _accepted(ctx: EffectContext, nik: str, how: ProofKind, stored: StoredParticipant) -> IdentityAnswer:
    await ctx.tx.append_audit(ctx.actor, "identity.proven", audit_subject(ctx.tx, nik), {"how": how.value}, ctx.now)
    return IdentityAnswer(outcome=IdentityOutcome.PROVEN, participant=view_of(stored))


async def _proven(ctx: EffectContext, effect: ProveIdentity, stored: StoredParticipant | None) -> bool:
    tx = ctx.tx
    if effect.proof is ProofKind.SESSION:
        return stored is not None  # the engine proved it earlier in this conversation
    if effect.proof is ProofKind.KPJ:
        expected = stored.kpj if stored is not None else _NO_KPJ
        return hmac.compare_digest(expected.encode(), (effect.value or "").encode()) and stored is not None
    if effect.proof is ProofKind.PHONE:
        phone = effect.value or ""
        await tx.prove_phone(phone, ctx.channel, ctx.user, ctx.now)
        roster_phone = tx.protector.digest(stored.phone) if stored is not None and stored.phone else b""
        return bool(roster_phone) and hmac.compare_digest(roster_phone, tx.protector.digest(phone))
    if effect.proof is ProofKind.CODE:
        return await tx.use_proof_code(effect.nik, effect.value or "", ctx.now)
    return False


async def _send_code(ctx: EffectContext, nik: str, stored: StoredParticipant | None) -> IdentityAnswer:
    """A code to the roster phone, over WhatsApp. The answer never says whether one went out."""
    if ctx.code_channel is None:
        return IdentityAnswer(outcome=IdentityOutcome.CODE_UNAVAILABLE)
    tx, now = ctx.tx, ctx.now
    sent = await tx.proof_codes_sent(nik, now - FAILURE_WINDOW)
    if stored is not None and stored.phone and sent < CODES_PER_HOUR:
        code = "".join(secrets.choice("0123456789") for _digit in range(CODE_DIGITS))
        await tx.add_proof_code(nik, code, now + CODE_LIFETIME, now)
        with use_locale(ctx.catalogs, ctx.locale):
            text = _("Kode Kawan Kerja Anda: {code}. Berlaku 10 menit. Jangan berikan kode ini kepada siapa pun, "
                     "termasuk petugas.").format(code=code)
        reply = Reply(text=text, template=PROOF_CODE, params=(code,), locale=ctx.locale)
        await tx.enqueue([NewMessage(ctx.code_channel, stored.phone, reply, caused_by=PROOF_CODE)], now)
        await tx.append_audit(ctx.actor, "identity.code_sent", audit_subject(tx, nik), {}, now)
    return IdentityAnswer(outcome=IdentityOutcome.CODE_SENT)
