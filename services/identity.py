"""Answers the engine's LookupParticipant effect from the roster, revealing only masked values."""

from __future__ import annotations

from conversations.domain.masking import mask_kpj, mask_name
from conversations.model import LookupOutcome, LookupParticipant, LookupResult, ParticipantView
from storage.base import Tx

NOT_FOUND = LookupResult(outcome=LookupOutcome.NOT_FOUND)


async def lookup_participant(tx: Tx, request: LookupParticipant) -> LookupResult:
    """A wrong birth date and an unknown NIK give the same answer: a NIK alone proves nothing."""
    stored = await tx.find_participant(request.nik)
    if stored is None or stored.birth_date != request.birth_date:
        return NOT_FOUND
    return LookupResult(
        outcome=LookupOutcome.FOUND,
        participant=ParticipantView(
            masked_name=mask_name(stored.full_name),
            masked_kpj=mask_kpj(stored.kpj),
            status=stored.status,
            programs=stored.programs,
            funded_by=stored.funded_by,
            coverage_start=stored.coverage_start,
            coverage_end=stored.coverage_end,
            paid_until=stored.paid_until,
        ),
    )
