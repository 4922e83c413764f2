"""The repository interface every back end implements, and the records that cross it.

Everything a step writes (conversation, outbox, timers, records, audit) goes through one `Tx`, so a
crash leaves either all of it or none of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, NamedTuple, Protocol

from conversations.domain.masking import mask_name
from conversations.domain.nominations import Area
from conversations.model import (
    ClaimSummary,
    Conversation,
    CreateClaim,
    Event,
    Media,
    NominationView,
    NomineeDetail,
    OfficerView,
    ProposeNominee,
    Reply,
)
from storage.participants import EncodedParticipant, ParticipantPlace, ParticipantRow, StoredParticipant

if TYPE_CHECKING:
    from storage.crypto import Protector
    from storage.sqlite_erasure import ErasedRows
    from storage.sqlite_outreach import (
        PlannedRow,
        RosterEntry,
        StoredBroadcast,
        StoredDeathReport,
        StoredKeptForm,
    )
    from storage.sqlite_tickets import StoredTicket, TicketMessage


NO_AREA = Area("")
"""A claim whose worker's area is not known."""

class UserKey(NamedTuple):
    """One chat account. A NamedTuple: hashed, compared and sorted in C, as every batch does for each event."""

    channel: str
    user: str


@dataclass(frozen=True, slots=True)
class InboundRecord:
    channel: str
    event_id: str
    user: str
    event: Event
    received_at: dt.datetime
    platform_seq: int | None = None


class StoreError(Exception):
    """The database cannot be used (damaged, unreachable, or another key's): one clear line for the operator,
    a non-zero exit, never a traceback or a hang."""


class WrongSecretKey(StoreError):
    """KAWAN_SECRET_KEY is not the key this database was created with: starting would read every NIK as
    unknown and import every participant a second time."""


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A stored row that cannot be decrypted or parsed: set aside, so one bad record never stops the service
    for everyone else."""

    reason: str


@dataclass(frozen=True, slots=True)
class PendingEvent:
    seq: int
    channel: str
    event_id: str
    user: str
    event: Event | Unreadable

    @property
    def key(self) -> UserKey:
        return UserKey(self.channel, self.user)


class NewMessage(NamedTuple):
    """A reply to queue. A tuple: one is built for every reply, and a frozen dataclass takes three times as long."""

    channel: str
    user: str
    reply: Reply
    caused_by: str | None = None


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    id: int
    channel: str
    user: str
    reply: Reply
    attempts: int
    caused_by: str | None = None
    """What the message answers or announces (an event id, `claim:REF`, `enrolled:USL-…`)."""
    outreach_id: int | None = None
    """Set on a message the bot sends first: sent at most once, each recorded as it goes."""


@dataclass(frozen=True, slots=True)
class TimerRow:
    channel: str
    user: str
    kind: str
    fire_at: dt.datetime
    version: int


@dataclass(frozen=True, slots=True)
class DueTimer:
    channel: str
    user: str
    kind: str
    fire_at: dt.datetime
    version: int


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class StoredDocument:
    item: str
    digest: str
    mime_type: str | None
    size: int | None
    received_at: dt.datetime
    returned_at: dt.datetime | None = None
    """Sent back by an officer (StoredClaim.returned): no longer one of the claim's documents."""


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as the desk sees it (clear NIK and answers: only for officers and the export)."""

    reference: str
    kind: str
    benefit: str
    status: str
    reason: str | None
    channel: str
    user: str
    locale: str
    nik: str
    details: dict[str, object]
    event_date: dt.date
    checklist: tuple[str, ...]
    optional: tuple[str, ...]
    documents: tuple[StoredDocument, ...]
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    updated_at: dt.datetime
    area: Area = NO_AREA
    """From the worker's roster record, else the city the NIK was issued in; what walls the desk."""
    returned: tuple[StoredDocument, ...] = ()
    """Files an officer sent back, newest last: kept for the record until the retention purge, never counted as
    received."""

    def summary(self) -> ClaimSummary:
        return ClaimSummary(
            reference=self.reference, kind=self.kind, benefit=self.benefit, status=self.status,
            reason=self.reason, checklist=self.checklist, optional=self.optional,
            received=tuple(sorted({d.item for d in self.documents})),
            files=tuple((d.item, d.digest) for d in self.documents), created_at=self.created_at,
        )


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    action: str
    subject: str
    data: dict[str, object]


@dataclass(frozen=True, slots=True)
class OfficerRow:
    """One validated officers-CSV row, in clear, on its way into the store."""

    role: str
    full_name: str
    phone: str
    area: Area


@dataclass(frozen=True, slots=True)
class StoredOfficer:
    id: int
    role: str
    full_name: str
    phone: str
    area: Area

    def view(self) -> OfficerView:
        a = self.area
        return OfficerView(role=self.role, city=a.city, kecamatan=a.kecamatan, kelurahan=a.kelurahan, rw=a.rw,
                           rt=a.rt)


@dataclass(frozen=True, slots=True)
class StoredNomination:
    """A proposal in clear: only for the officers of its area, the export, and the notifications."""

    reference: str
    status: str
    reason: str | None
    nik: str
    full_name: str
    birth_date: dt.date
    gender: str
    phone: str
    address: str
    occupation: str
    occupation_other: str | None
    area: Area
    proposer_id: int
    channel: str
    user: str
    locale: str
    created_at: dt.datetime
    updated_at: dt.datetime

    def view(self, *, detail: bool = False) -> NominationView:
        return NominationView(
            reference=self.reference, status=self.status, reason=self.reason, masked_name=mask_name(self.full_name),
            occupation=self.occupation, occupation_other=self.occupation_other, kelurahan=self.area.kelurahan, rw=self.area.rw, rt=self.area.rt,
            created_at=self.created_at,
            detail=NomineeDetail(nik=self.nik, full_name=self.full_name, birth_date=self.birth_date,
                                 gender=self.gender, phone=self.phone, address=self.address) if detail else None,
        )


Unit = Literal["kecamatan", "kelurahan"]
"""What a dashboard counts by: a city by kecamatan, a kecamatan by kelurahan."""


class NominationOrder(StrEnum):
    OLDEST = "oldest"
    NEWEST = "newest"
    YOUNGEST = "youngest"
    ELDEST = "eldest"


@dataclass(frozen=True, slots=True)
class NominationFilter:
    """Which proposals to read; parts left None are not filtered on."""

    city: str | None = None
    kecamatan: str | None = None
    kelurahan: str | None = None
    proposer_id: int | None = None
    statuses: tuple[str, ...] | None = None
    rt: str | None = None
    rw: str | None = None
    born_from: dt.date | None = None
    """Born on or after: the oldest age wanted."""
    born_to: dt.date | None = None
    """Born on or before: the youngest age wanted."""
    name: str | None = None
    """Words the full name must contain (a word's beginning, three letters at least); searched by keys."""
    nik_tail: str | None = None
    """The NIK's last four digits."""
    order: NominationOrder = NominationOrder.OLDEST


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims a desk lists; parts left None are not filtered on. Never decrypts a claim."""

    city: str | None = None
    kecamatan: str | None = None
    statuses: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    due_before: dt.datetime | None = None
    """Only claims whose deadline (`due_at`) is before this instant: overdue ones."""
    same_person_as: str | None = None
    """Only the other claims about the person of this claim (the same NIK's digest): two heirs claiming one death, a
    worker and his wife reporting one accident."""
    reference: str | None = None
    """Only the claim with this reference (an officer searching for a number told on the phone)."""
    subject_hash: bytes | None = None
    """Only the claims about the person with this NIK's digest (an officer searching by NIK)."""


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim as a desk's list shows it: no NIK, no answers, nothing to decrypt."""

    reference: str
    kind: str
    benefit: str
    status: str
    area: Area
    event_date: dt.date
    created_at: dt.datetime
    submitted_at: dt.datetime | None
    updated_at: dt.datetime
    complete_at: dt.datetime | None
    due_at: dt.datetime | None
    documents: int
    same_person: int = 0
    """Other submitted claims of the city about the same person (two heirs claiming one death)."""


@dataclass(frozen=True, slots=True)
class DeskSession:
    officer_id: int
    csrf: str
    locale: str
    created_at: dt.datetime
    seen_at: dt.datetime
    ended_at: dt.datetime | None


class Tx(Protocol):
    """One transaction. Leaving the `transaction()` block normally commits; an exception rolls back."""

    @property
    def protector(self) -> Protector:
        """The keys of this store, for digests a service computes itself (a failure's subject)."""

    @property
    def recorded_pending(self) -> bool:
        """Events were recorded in this transaction to be processed later (a reminder's note written by an effect):
        the drain looks again once it commits."""

    async def record_inbound(self, record: InboundRecord) -> bool:
        """Store an inbound event; False when (channel, event_id) was seen before."""

    async def record_inbound_many(self, records: Sequence[InboundRecord]) -> list[bool]:
        """`record_inbound` for a batch in one statement; True where the event was new."""

    async def record_handled(self, records: Sequence[InboundRecord], at: dt.datetime) -> list[PendingEvent | None]:
        """Record events this transaction processes itself, as processed at `at` (what `mark_processed` leaves:
        their payload never sealed, only what they said); per record, the new event to process, None for one
        seen before. Only where nothing else may be pending for these users (one writer, no backlog)."""

    async def pending_events(self, limit: int, known: Mapping[tuple[str, str], Event] | None = None
                             ) -> list[PendingEvent]:
        """Unprocessed events, oldest first. `known`: events of this transaction's own recording, by
        (channel, event id), taken as they are instead of unsealed and parsed again."""

    async def mark_processed(self, events: Sequence[PendingEvent], at: dt.datetime) -> None: ...

    async def load_conversations(self, keys: Sequence[UserKey]) -> dict[UserKey, Conversation | Unreadable]:
        """The stored conversations of these users; a row that cannot be read is `Unreadable`, not an error."""

    async def set_aside_conversation(self, key: UserKey, reason: str, at: dt.datetime) -> None:
        """Move an unreadable conversation out of the way (kept for the operator), so its user starts afresh."""

    async def save_conversations(self, conversations: Sequence[Conversation]) -> None: ...

    async def enqueue(self, messages: Sequence[NewMessage], at: dt.datetime) -> None: ...

    async def pending_outbox(
        self, channel: str, now: dt.datetime, limit: int, user: str | None = None
    ) -> list[OutboundMessage]: ...

    async def release_messages(self, ids: Sequence[int]) -> None:
        """Give back leased messages that were not attempted (they wait behind one that failed)."""
        ...

    async def mark_sent(self, ids: Sequence[int], at: dt.datetime, platform_ids: Sequence[str | None]) -> None: ...

    async def mark_failed(self, message_id: int, error: str, retry_at: dt.datetime | None) -> None:
        """Retry at `retry_at`, or give up (status 'failed') when it is None."""

    async def park_messages(self, ids: Sequence[int], error: str) -> None:
        """Hold messages the platform will not take now (WhatsApp's 24-hour window) until the user writes."""

    async def unpark_messages(self, channel: str, user: str, now: dt.datetime) -> int: ...

    async def record_delivery_status(self, channel: str, platform_msg_id: str, status: str,
                                     error: str | None) -> bool:
        """A platform's status callback (sent, delivered, read, failed) for a message we sent."""

    async def outbox_counts(self, channel: str) -> dict[str, int]: ...

    async def set_timers(self, timers: Sequence[TimerRow]) -> None: ...

    async def clear_timers(self, keys: Sequence[tuple[str, str, str]]) -> None: ...

    async def take_due_timers(self, now: dt.datetime, limit: int) -> list[DueTimer]:
        """Remove and return timers whose time has come."""

    async def find_participant(self, nik: str) -> StoredParticipant | None: ...

    async def participant_place(self, nik: str) -> ParticipantPlace | None:
        """Where a roster record belongs and its phone's digest, without unsealing it: enough to count a status
        check by area and to see whether a chat account's proven number is the roster's."""

    # -- proof of identity (a NIK proves nothing) ------------------------------------------------

    async def phones_of_account(self, channel: str, user: str) -> set[bytes]:
        """Keyed digests of the numbers this chat account has proven (a shared own contact)."""

    async def record_failures(self, subjects: Sequence[bytes], at: dt.datetime) -> None:
        """A failed proof, counted against each subject (a NIK's digest, an account's digest)."""

    async def failures_since(self, subjects: Sequence[bytes], since: dt.datetime) -> dict[bytes, list[dt.datetime]]: ...

    async def add_proof_code(self, nik: str, code: str, expires_at: dt.datetime, at: dt.datetime) -> None:
        """Only a keyed digest of the code is stored."""

    async def proof_codes_sent(self, nik: str, since: dt.datetime) -> int: ...

    async def use_proof_code(self, nik: str, code: str, now: dt.datetime) -> bool:
        """True (and the code spent) when it is this NIK's, unused and not expired."""

    async def upsert_participants(self, rows: Sequence[ParticipantRow]) -> UpsertCounts: ...

    async def upsert_encoded_participants(self, encoded: Sequence[EncodedParticipant]) -> UpsertCounts:
        """The same, for rows already encoded (`storage.participants.encode_participant`) in another process."""

    async def count_participants(self) -> int: ...

    async def append_audit(self, actor: str, action: str, subject: str, data: dict[str, object],
                           at: dt.datetime) -> None: ...

    async def audit_entries(self, subject: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        """Oldest first; only those about `subject` when given."""

    # -- claims --------------------------------------------------------------------------------

    async def create_claim(self, channel: str, user: str, claim: CreateClaim, year: int, at: dt.datetime,
                           area: Area | None = None) -> str:
        """Store a draft claim; return its reference (KIND-YEAR-NNNNNN, one sequence for all kinds)."""

    async def attach_document(self, reference: str, item: str, media: Media, at: dt.datetime) -> bool:
        """Tie a stored file to a claim; False when that file was already on the claim."""

    async def relabel_document(self, reference: str, digest: str, item: str, at: dt.datetime) -> str | None:
        """Say a file on a claim is another of its documents (the claimant named it wrong); the item it was, or None
        when the claim has no such file or it is that item already."""

    async def return_document(self, reference: str, digest: str, at: dt.datetime) -> str | None:
        """Send a file on a claim back (an officer found it unreadable or not the paper named): the item it was, or
        None when the claim has no such file among its documents. Sent again, the same file is a document again."""

    async def claim(self, reference: str) -> StoredClaim | None: ...

    async def claims(self, *, channel: str | None = None, user: str | None = None, status: str | None = None,
                     limit: int = 1000) -> list[StoredClaim]:
        """Oldest first, filtered by account and/or status."""

    async def set_claim_status(self, reference: str, status: str, reason: str | None, at: dt.datetime) -> None: ...

    # -- officers ------------------------------------------------------------------------------

    async def upsert_officers(self, rows: Sequence[OfficerRow]) -> UpsertCounts:
        """Keyed by phone: a changed row updates the officer, an identical one changes nothing."""

    async def officer_by_phone(self, phone: str) -> StoredOfficer | None: ...

    async def officer_of_account(self, channel: str, user: str) -> StoredOfficer | None: ...

    async def bind_account(self, channel: str, user: str, officer_id: int, how: str, at: dt.datetime) -> None: ...

    async def add_officer_code(self, officer_id: int, code: str, expires_at: dt.datetime) -> None: ...

    async def use_officer_code(self, code: str, now: dt.datetime) -> int | str:
        """The officer id, marking the code used; else why not: `bad_code`, `expired_code`, `used_code`."""

    async def prove_phone(self, phone: str, channel: str, user: str, at: dt.datetime) -> None:
        """Remember that this chat account showed it owns this number (to reach a worker later)."""

    async def accounts_of_phone(self, phone: str) -> list[UserKey]: ...

    # -- nominations ---------------------------------------------------------------------------

    async def create_nomination(self, proposer: StoredOfficer, channel: str, user: str, nominee: ProposeNominee,
                                year: int, at: dt.datetime) -> str | None:
        """Store a pending proposal in the proposer's area; None when the NIK already has an open one."""

    async def nomination(self, reference: str) -> StoredNomination | None: ...

    async def nominations_of_nik(self, nik: str) -> list[StoredNomination]:
        """Every proposal of this NIK, oldest first."""

    async def nominations(self, where: NominationFilter, *, offset: int = 0,
                          limit: int = 1000) -> list[StoredNomination]:
        """Oldest first."""

    async def count_nominations(self, where: NominationFilter) -> int: ...

    async def set_nomination_status(self, reference: str, status: str, reason: str | None,
                                    at: dt.datetime) -> None: ...

    async def enrol_nominations(self, at: dt.datetime) -> list[StoredNomination]:
        """Mark as enrolled every open proposal whose NIK is aktif on the roster; return them as they were."""

    async def lock_area(self, kecamatan: str) -> None:
        """Hold, until this transaction ends, the right to decide nominations of this kecamatan."""
        ...

    async def set_quota(self, city: str, kecamatan: str, places: int, at: dt.datetime) -> None: ...

    async def quotas(self, city: str) -> dict[str, int]:
        """kecamatan → places, for one city."""

    async def all_quotas(self) -> dict[tuple[str, str], int]: ...

    async def cities(self) -> list[str]:
        """The cities officers work for."""

    async def kelurahans(self, city: str, kecamatan: str | None = None) -> list[str]: ...

    async def kecamatans(self, city: str) -> list[str]:
        """The kecamatan of a city that officers or the roster know."""

    async def set_setting(self, name: str, value: str, at: dt.datetime) -> None: ...

    # -- the officers' desk --------------------------------------------------------------------

    async def officer(self, officer_id: int) -> StoredOfficer | None: ...

    async def add_signin(self, officer_id: int, token: str, expires_at: dt.datetime, at: dt.datetime) -> None:
        """Only a keyed digest of the token is stored."""

    async def use_signin(self, token: str, now: dt.datetime) -> int | str:
        """The officer id, the link spent; else why not: `bad_link`, `expired_link`, `used_link`."""

    async def add_session(self, token: str, officer_id: int, csrf: str, locale: str, at: dt.datetime) -> None: ...

    async def desk_session(self, token: str) -> DeskSession | None: ...

    async def touch_session(self, token: str, at: dt.datetime, locale: str | None = None) -> None: ...

    async def end_session(self, token: str, at: dt.datetime) -> None: ...

    async def index_nominations(self, limit: int) -> int:
        """Give search keys to proposals stored before they existed; how many were done."""

    async def count_activity(self, kind: str, area: Area, day: dt.date, n: int = 1) -> None: ...

    async def activity_by(self, kind: str, area: Area, unit: Unit) -> dict[str, int]:
        """How many times `kind` happened in each kecamatan (or kelurahan) of `area`."""

    async def claim_page(self, where: ClaimFilter, *, offset: int = 0, limit: int = 50) -> list[ClaimRow]:
        """Oldest first."""

    async def count_claims(self, where: ClaimFilter) -> int: ...

    async def claim_counts_by(self, area: Area, unit: Unit) -> dict[tuple[str, str, str], int]:
        """(kecamatan or kelurahan, kind, stage) → claims; stage one of `started`, `submitted`, `paid`."""

    async def overdue_by(self, area: Area, unit: Unit, now: dt.datetime) -> dict[str, int]: ...

    async def nomination_counts_by(self, area: Area, unit: Unit) -> dict[tuple[str, str], int]: ...

    async def set_claim_deadline(self, reference: str, complete_at: dt.datetime | None,
                                 due_at: dt.datetime | None) -> None: ...

    async def outbox_backlog(self) -> list[tuple[str, int, dt.datetime]]:
        """Per channel: messages not yet sent, and when the oldest was made."""

    async def nominations_waiting(self, now: dt.datetime) -> list[tuple[str, str, str, str, int]]:
        """(city, kecamatan, status, age bucket, count) of proposals waiting for a decision."""

    async def claims_past_deadline(self, now: dt.datetime) -> list[tuple[str, str, int]]: ...

    async def known_cities(self) -> list[str]: ...

    # -- outreach (storage/sqlite_outreach.py) ---------------------------------------------------

    async def set_opt_out(self, channel: str, user: str, opted_out: bool, at: dt.datetime) -> None: ...

    async def reached_on(self, kind: str, day: dt.date, keys: Sequence[UserKey]) -> set[UserKey]:
        """Which of these accounts already have this kind of reminder planned for `day`."""

    async def opted_out(self, keys: Sequence[UserKey]) -> set[UserKey]: ...

    async def keep_form(self, channel: str, user: str, flow: str, left_at: dt.datetime | None,
                        deadline: dt.datetime | None, zone: str) -> None:
        """The form of `flow` this account keeps unfinished (conversations.paused), or none (`left_at` None)."""

    async def kept_forms_due(self, now: dt.datetime, deadline_within: dt.timedelta, left_for: dt.timedelta,
                             kept_for: dt.timedelta) -> list[StoredKeptForm]:
        """Kept forms to remind of: a deadline less than `deadline_within` away, or none running (none at all, or
        past) and left `left_for` ago."""

    async def add_outreach(self, rows: Sequence[PlannedRow], at: dt.datetime) -> dict[str, int]:
        """Planned messages; the id of each dedup key that was new (a key, or this kind today for this person,
        already taken is left out)."""

    async def enqueue_outreach(self, messages: Sequence[tuple[NewMessage, int, dt.datetime]],
                               at: dt.datetime) -> None: ...

    async def cover_ending(self, start: dt.date, end: dt.date, after_id: int, limit: int) -> list[RosterEntry]: ...

    async def roster_page(self, area: Area, after_id: int, limit: int) -> list[RosterEntry]: ...

    async def count_roster_phones(self, area: Area) -> int: ...

    async def find_nik_by_name(self, full_name: str, birth_date: dt.date, area: Area) -> str | None: ...

    async def kecamatans_of_kelurahan(self, city: str, kelurahan: str) -> list[str]: ...

    async def accounts_of_phone_hash(self, phone_hash: bytes) -> list[UserKey]: ...

    async def accounts_of_phone_hashes(self, hashes: Sequence[bytes]) -> dict[bytes, list[UserKey]]: ...

    async def officers_of(self, role: str, area: Area) -> list[StoredOfficer]: ...

    async def accounts_of_officer(self, officer_id: int) -> list[UserKey]: ...

    async def conversation_locales(self, keys: Sequence[UserKey]) -> dict[UserKey, str | None]: ...

    async def add_broadcast(self, created_by: str, area: Area, text: str, template: str | None,
                            send_at: dt.datetime, recipients: int, at: dt.datetime) -> int: ...

    async def broadcast(self, broadcast_id: int) -> StoredBroadcast | None: ...

    async def broadcasts(self, area: Area, limit: int = 50) -> list[StoredBroadcast]: ...

    async def due_broadcasts(self, now: dt.datetime) -> list[StoredBroadcast]: ...

    async def set_broadcast(self, broadcast_id: int, *, status: str | None = None, planned_until: int | None = None,
                            finished_at: dt.datetime | None = None) -> None: ...

    async def cancel_broadcast_messages(self, broadcast_id: int) -> int: ...

    async def broadcast_outcomes(self, broadcast_id: int) -> list[tuple[str, str | None, str | None, int]]: ...

    async def add_death_report(self, token: str, officer_id: int, nik: str, family_phone: str, died_on: dt.date,
                               area: Area, covered: bool, at: dt.datetime, *, died_on_rough: bool = False) -> int: ...

    async def death_report_by_token(self, token: str) -> StoredDeathReport | None: ...

    async def death_report(self, report_id: int) -> StoredDeathReport | None: ...

    async def set_death_report(self, report_id: int, *, family_told: bool | None = None,
                               claim_reference: str | None = None, reminded_at: dt.datetime | None = None,
                               at: dt.datetime | None = None) -> None: ...

    async def death_reports_unclaimed(self, before: dt.datetime) -> list[StoredDeathReport]: ...

    async def death_report_counts(self, area: Area, unit: str) -> dict[str, tuple[int, int, int, int]]: ...

    # -- tickets (storage/sqlite_tickets.py) ----------------------------------------------------

    async def create_ticket(self, channel: str, user: str, topic: str, area: Area, claim_reference: str | None,
                            locale: str | None, at: dt.datetime) -> StoredTicket | None: ...

    async def ticket(self, reference: str) -> StoredTicket | None: ...

    async def open_ticket_of(self, channel: str, user: str) -> StoredTicket | None: ...

    async def last_ticket_of(self, channel: str, user: str) -> StoredTicket | None: ...

    async def tickets(self, area: Area, status: str | None = "open", limit: int = 200) -> list[StoredTicket]: ...

    async def unanswered_tickets(self, before: dt.datetime) -> list[StoredTicket]: ...

    async def add_ticket_message(self, ticket_id: int, author: str, text: str, at: dt.datetime, *,
                                 kind: str = "message", media_digest: str | None = None) -> None: ...

    async def ticket_messages(self, ticket_id: int, limit: int = 100) -> list[TicketMessage]: ...

    async def ticket_file(self, ticket_id: int, digest: str) -> TicketMessage | None: ...

    async def recent_exchange(self, channel: str, user: str, since: dt.datetime,
                              limit: int = 12) -> list[TicketMessage]: ...

    async def replies_since(self, author: str, since: dt.datetime) -> int: ...

    async def forget_said(self, before: dt.datetime) -> int: ...

    async def set_ticket(self, ticket_id: int, *, status: str | None = None, outcome: str | None = None,
                         rating: int | None = None, escalated_to: Area | None = None,
                         assigned_to: str | None = None, at: dt.datetime | None = None) -> None: ...

    async def start_sending(self, message_id: int, at: dt.datetime) -> bool:
        """Mark a message the bot sends first as being sent (at most once); False if it is no longer pending."""

    async def confirm_sending(self, channel: str, message_id: int, platform_id: str, at: dt.datetime) -> None: ...

    async def resend_unconfirmed(self, channel: str, before: dt.datetime) -> int: ...

    async def erase_subject(self, nik: str) -> ErasedRows:
        """Delete one person's rows (roster, proposals, claims about them, proofs, the accounts involved)."""

    async def documents_closed_before(self, before: dt.datetime) -> list[tuple[int, str]]:
        """(claim id, file digest) of documents of claims paid or refused before `before`."""

    async def forget_documents(self, documents: list[tuple[int, str]]) -> None: ...

    async def digests_in_use(self, digests: set[str]) -> set[str]:
        """Which of these stored files a claim still refers to."""

    async def cover_ending_by(self, area: Area, unit: Unit, start: dt.date, end: dt.date) -> dict[str, int]:
        """Aktif participants whose cover ends between `start` and `end`, per kecamatan (or kelurahan)."""

    async def funded_participants(self, city: str, funded_by: str, on: dt.date) -> int:
        """Aktif participants of the city paid for by `funded_by` whose cover has not ended."""

    async def setting(self, name: str) -> str | None: ...


class Repository(Protocol):
    protector: Protector
    one_writer: bool
    """True when this process is the only one writing (a SQLite file): what it did not record, nobody did."""

    def transaction(self) -> AbstractAsyncContextManager[Tx]: ...

    async def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied."""

    async def applied_migrations(self) -> list[str]: ...

    def leader(self, name: str) -> AbstractAsyncContextManager[None]:
        """Entered when this process is the only one doing `name` among the workers sharing the database."""
        ...

    async def close(self) -> None: ...
