"""Claim rules that do not depend on how a claim is asked for: kinds, the status machine, the heir order,
the document checklist and the accepted files (FACTS.md §6–§8)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum, StrEnum

from conversations.domain.rules import RuleSet


class ClaimKind(StrEnum):
    """The reference prefix: the programme that pays."""

    JKK = "JKK"
    JKM = "JKM"


class Benefit(StrEnum):
    JKK_ACCIDENT = "jkk_accident"
    """A work accident reported by the worker or their family."""
    JKK_DEATH = "jkk_death"
    """Death from a work accident (incl. the commute), claimed by an heir."""
    JKM = "jkm"
    """Death not caused by work, claimed by an heir."""

    @property
    def kind(self) -> ClaimKind:
        return ClaimKind.JKM if self is Benefit.JKM else ClaimKind.JKK


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "diajukan"
    MISSING_DOCUMENTS = "dokumen_kurang"
    VERIFIED = "diverifikasi"
    APPROVED = "disetujui"
    PAID = "dibayar"
    REJECTED = "ditolak"
    WITHDRAWN = "dibatalkan"
    """A draft its claimant called off before submitting it: never seen by an officer, never reminded."""


TRANSITIONS: dict[ClaimStatus, frozenset[ClaimStatus]] = {
    ClaimStatus.DRAFT: frozenset({ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN}),
    ClaimStatus.SUBMITTED: frozenset({ClaimStatus.MISSING_DOCUMENTS, ClaimStatus.VERIFIED, ClaimStatus.REJECTED}),
    ClaimStatus.MISSING_DOCUMENTS: frozenset({ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED, ClaimStatus.REJECTED}),
    ClaimStatus.VERIFIED: frozenset({ClaimStatus.APPROVED, ClaimStatus.MISSING_DOCUMENTS, ClaimStatus.REJECTED}),
    ClaimStatus.APPROVED: frozenset({ClaimStatus.PAID, ClaimStatus.REJECTED}),
    ClaimStatus.PAID: frozenset(),
    ClaimStatus.REJECTED: frozenset(),
    ClaimStatus.WITHDRAWN: frozenset(),
}
NEEDS_REASON = frozenset({ClaimStatus.MISSING_DOCUMENTS, ClaimStatus.REJECTED})
CLAIMANT_CAN_EDIT = frozenset({ClaimStatus.DRAFT, ClaimStatus.MISSING_DOCUMENTS})
"""Statuses in which the claimant may still add documents and (re)submit."""
NEVER_SUBMITTED = frozenset({ClaimStatus.DRAFT, ClaimStatus.WITHDRAWN})
"""Claims the desk never sees: the claimant's own until submitted."""


class TransitionError(ValueError):
    pass


def check_transition(current: ClaimStatus, target: ClaimStatus, reason: str | None) -> None:
    """Raise TransitionError naming what is wrong; the desk (CLI or chat) shows it."""
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "-"
        raise TransitionError(f"{current} → {target} is not allowed (from {current}: {allowed})")
    if target in NEEDS_REASON and not (reason and reason.strip()):
        raise TransitionError(f"{target} needs a reason (--reason)")


def reference(kind: ClaimKind, year: int, number: int) -> str:
    return f"{kind}-{year}-{number:06d}"


# -- deadlines (§6) ------------------------------------------------------------------------------


class Timeliness(StrEnum):
    TIMELY = "timely"
    """Within 2×24 hours: report now."""
    LATE = "late"
    """Past 2×24 hours but within the claim's lifetime: still report."""
    EXPIRED = "expired"
    """Past the JKK claim lifetime (5 years)."""


def accident_timeliness(rules: RuleSet, happened: dt.datetime, now: dt.datetime) -> Timeliness:
    if now - happened <= dt.timedelta(hours=rules.report_within_hours):
        return Timeliness.TIMELY
    try:
        lapses = happened.replace(year=happened.year + rules.jkk_claim_expiry_years)
    except ValueError:  # 29 February
        lapses = happened.replace(year=happened.year + rules.jkk_claim_expiry_years, day=28)
    return Timeliness.LATE if now <= lapses else Timeliness.EXPIRED


# -- heirs (§8) ----------------------------------------------------------------------------------


class HeirGroup(IntEnum):
    SPOUSE_OR_CHILD = 1
    LINEAL = 2
    """Parents, grandparents, grandchildren."""
    SIBLING = 3
    PARENT_IN_LAW = 4
    WILL = 5
    OTHER = 6
    """Not an heir; for JKM the funeral money may go to whoever arranged the burial."""


class Relation(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    PARENT_IN_LAW = "parent_in_law"
    WILL = "will"
    OTHER = "other"

    @property
    def group(self) -> HeirGroup:
        return _GROUPS[self]


_GROUPS = {
    Relation.SPOUSE: HeirGroup.SPOUSE_OR_CHILD, Relation.CHILD: HeirGroup.SPOUSE_OR_CHILD,
    Relation.PARENT: HeirGroup.LINEAL, Relation.GRANDPARENT: HeirGroup.LINEAL, Relation.GRANDCHILD: HeirGroup.LINEAL,
    Relation.SIBLING: HeirGroup.SIBLING, Relation.PARENT_IN_LAW: HeirGroup.PARENT_IN_LAW,
    Relation.WILL: HeirGroup.WILL, Relation.OTHER: HeirGroup.OTHER,
}
CLAIMING_GROUPS = tuple(g for g in HeirGroup if g is not HeirGroup.OTHER)


def groups_to_ask(relation: Relation) -> tuple[HeirGroup, ...]:
    """The groups that come before this person's: if any of them exists, they claim instead."""
    return tuple(g for g in CLAIMING_GROUPS if g < relation.group)


# -- documents (§7) ------------------------------------------------------------------------------


class Doc(StrEnum):
    KPJ = "kpj"
    KTP_WORKER = "ktp_worker"
    KTP_DECEASED = "ktp_deceased"
    KTP_HEIR = "ktp_heir"
    KK = "kk"
    DEATH_CERTIFICATE = "death_cert"
    HEIR_STATEMENT = "heir_letter"
    MARRIAGE_BOOK = "marriage"
    BANK_BOOK = "bank_book"
    MEDICAL = "medical"
    POLICE_REPORT = "police"
    MEDICAL_RECEIPTS = "receipts"
    TRANSPORT_RECEIPTS = "transport"
    OTHER = "other"


class Treatment(StrEnum):
    PARTNER = "partner"
    """A BPJS Ketenagakerjaan partner facility (PLKK)."""
    OTHER_FACILITY = "other_facility"
    NONE = "none"


def accident_checklist(traffic: bool, treatment: Treatment) -> tuple[tuple[Doc, ...], tuple[Doc, ...]]:
    """(required, optional) for a work-accident report."""
    required = [Doc.KPJ, Doc.KTP_WORKER]
    if treatment is not Treatment.NONE:
        required.append(Doc.MEDICAL)
    if traffic:
        required.append(Doc.POLICE_REPORT)
    if treatment is Treatment.OTHER_FACILITY:
        required.append(Doc.MEDICAL_RECEIPTS)
    return tuple(required), (Doc.TRANSPORT_RECEIPTS, Doc.OTHER)


def death_checklist(benefit: Benefit, relation: Relation, traffic: bool) -> tuple[tuple[Doc, ...], tuple[Doc, ...]]:
    """(required, optional) for a death claim by an heir."""
    required = [Doc.KPJ, Doc.KTP_DECEASED, Doc.KTP_HEIR, Doc.KK, Doc.DEATH_CERTIFICATE, Doc.HEIR_STATEMENT]
    if relation is Relation.SPOUSE:
        required.append(Doc.MARRIAGE_BOOK)
    required.append(Doc.BANK_BOOK)
    if benefit is Benefit.JKK_DEATH and traffic:
        required.append(Doc.POLICE_REPORT)
    optional = (Doc.MEDICAL, Doc.OTHER) if benefit is Benefit.JKK_DEATH else (Doc.OTHER,)
    return tuple(required), optional


def missing(required: tuple[str, ...], received: set[str] | frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item for item in required if item not in received)


# -- files ---------------------------------------------------------------------------------------

ACCEPTED_TYPES = frozenset({"image/jpeg", "image/png", "application/pdf"})
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""Telegram's getFile limit too: a bigger file could not be fetched anyway."""


class FileProblem(StrEnum):
    TYPE = "type"
    TOO_BIG = "too_big"
    EMPTY = "empty"


def file_problem(mime_type: str | None, size: int | None) -> FileProblem | None:
    """Why a file cannot be a claim document, or None. Channels use it before downloading."""
    if (mime_type or "").split(";")[0].strip().lower() not in ACCEPTED_TYPES:
        return FileProblem.TYPE
    if size is not None and size > MAX_DOCUMENT_BYTES:
        return FileProblem.TOO_BIG
    if size is not None and size <= 0:
        return FileProblem.EMPTY
    return None
