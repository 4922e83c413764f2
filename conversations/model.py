"""The engine's vocabulary: events in, replies and effects out, and the conversation between them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict


class EventKind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    MEDIA = "media"
    CONTACT = "contact"
    COMMAND = "command"
    TIMER = "timer"
    RESULT = "result"
    REACHED = "reached"
    """The bot wrote to the user first (a reminder): what they say next may be about it."""
    UNSUPPORTED = "unsupported"
    """A message of a kind the bot cannot read (a poll, a game, a view-once photo): said so, not "Pesan Anda kosong"."""


class Media(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    file_id: str
    mime_type: str | None = None
    size: int | None = None
    file_name: str | None = None
    caption: str | None = None
    digest: str | None = None
    """Set once the channel has downloaded and stored the file (content address in the media store)."""
    sticker: bool = False
    """A sticker (Telegram, WhatsApp): a feeling shown, never a document nor an answer."""


class Contact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    phone: str
    own: bool = False
    """True when the platform says the contact is the sender's own number."""


class ParticipantView(BaseModel):
    """What the engine may learn of a roster record, once the user has proven it is theirs: the full KPJ
    (their own card number), a masked name, never the NIK."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    masked_name: str
    kpj: str
    status: str
    programs: tuple[str, ...]
    funded_by: str
    coverage_start: dt.date
    coverage_end: dt.date
    paid_until: dt.date | None = None
    gender: str | None = None


class ProofKind(StrEnum):
    """How a user shows that a roster record is theirs: something the NIK does not contain."""

    ACCOUNT = "account"
    """What the platform vouches for (the WhatsApp sender's number) or a number this account proved before."""
    SESSION = "session"
    """Proven earlier in this conversation (until the idle end)."""
    KPJ = "kpj"
    PHONE = "phone"
    """The user's own contact, shared with the platform's button (Telegram)."""
    CODE = "code"
    """A one-time code sent to the roster phone."""
    SEND_CODE = "send_code"


class IdentityOutcome(StrEnum):
    PROVEN = "proven"
    NEEDS_PROOF = "needs_proof"
    NOT_MATCHED = "not_matched"
    """The same answer whether the NIK is unknown or the proof is wrong: a NIK alone reveals nothing."""
    LOCKED = "locked"
    CODE_SENT = "code_sent"
    """Said whether or not a code went out (no phone on record, unknown NIK): nothing is revealed."""
    CODE_UNAVAILABLE = "code_unavailable"


class IdentityAnswer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    outcome: IdentityOutcome
    participant: ParticipantView | None = None
    wait_minutes: int | None = None


class ClaimSummary(BaseModel):
    """One claim as its claimant may see it: no NIK, no names."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    reference: str
    kind: str
    benefit: str
    status: str
    reason: str | None = None
    checklist: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    received: tuple[str, ...] = ()
    """Checklist items that have at least one document."""
    files: tuple[tuple[str, str], ...] = ()
    """(item, digest) of each document: the same file sent again in a later session is known, and re-labelled when
    named otherwise (it was told "Diterima: e-KTP" while the checklist still counted it as the KPJ)."""
    created_at: dt.datetime | None = None


class ClaimCreated(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    reference: str


class ClaimList(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    claims: tuple[ClaimSummary, ...] = ()


class DeskClaim(BaseModel):
    """A claim as the city admin's desk sees it: the claimant's summary plus the NIK and the answers."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    summary: ClaimSummary
    nik: str
    event_date: dt.date
    details: dict[str, str] = {}


class DeskAnswer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    problem: str | None = None
    """`not_officer`, `wrong_role`, `not_found`, or a status-machine refusal in `message`."""
    message: str | None = None
    claims: tuple[ClaimSummary, ...] = ()
    total: int = 0
    opened: DeskClaim | None = None


class OfficerView(BaseModel):
    """The role and area of the officer bound to this chat account (no name, no phone)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    role: str
    city: str
    kecamatan: str = ""
    kelurahan: str = ""
    rw: str = ""
    rt: str = ""


class OfficerAnswer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    officer: OfficerView | None = None
    problem: str | None = None
    """Why no officer is bound: `no_phone`, `unknown_phone`, `bad_code`, `expired_code`, `used_code`."""


class NomineeDetail(BaseModel):
    """What only the kelurahan officer of the area sees, to check against the KTP."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    nik: str
    full_name: str
    birth_date: dt.date
    gender: str
    phone: str
    address: str


class NominationView(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    reference: str
    status: str
    reason: str | None = None
    masked_name: str
    occupation: str
    occupation_other: str | None = None
    kelurahan: str
    rw: str
    rt: str
    created_at: dt.datetime
    detail: NomineeDetail | None = None


class NominationAnswer(BaseModel):
    """The answer to every nomination request: what was found or done, or why it was refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    problem: str | None = None
    """A `Refusal` value (conversations.domain.nominations) when the request was refused."""
    reference: str | None = None
    items: tuple[NominationView, ...] = ()
    total: int = 0
    quota: int | None = None
    used: int = 0


class AreaCounts(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    kecamatan: str
    counts: dict[str, int]
    quota: int | None = None


class CityReport(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    city: str
    areas: tuple[AreaCounts, ...] = ()
    allocation: int | None = None
    selected: int = 0
    """Selected by the kecamatan, not yet on the roster."""
    funded: int = 0
    """Aktif on the roster, paid for by the city (enrolled proposals among them)."""


class DeskLink(BaseModel):
    """A single-use sign-in link to the officers' web desk, or why none was made."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    url: str | None = None
    problem: str | None = None


class DeathReportAnswer(BaseModel):
    """What became of an RT head's report of a resident's death: was the resident covered, was the family told."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    outcome: str = ""
    """covered, not_covered (on the roster, not aktif), not_found, outside_area."""
    family: str = "none"
    """chat (an account that proved the number), whatsapp (a message to the number), unreachable, opted_out."""
    amount: int | None = None
    problem: str | None = None
    """A refusal (not an officer, not an RT head)."""


class DeathReportLink(BaseModel):
    """The family's one-tap start of a death claim: the deceased as the RT head reported them."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    report_id: int | None = None
    nik: str | None = None
    died_on: dt.date | None = None
    died_on_rough: bool = False
    """The RT head told how long ago, not the day: an estimate."""
    problem: str | None = None
    """unknown (no such link), claimed (a claim was started from it already)."""


class TicketAnswer(BaseModel):
    """A ticket opened or a message passed on to it: its reference, who answers, and when a person will."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    reference: str
    answered_by: str = ""
    """Who sees it: "Kel. Talang Bakung", "Kec. Paal Merah", "Kota Jambi"."""
    reply_from: dt.datetime | None = None
    """The start of the next working hours in the area's zone, when it is outside them now; None inside."""
    existing: bool = False
    """The account already had this ticket open: it continues."""
    closed: bool = False
    """The ticket was closed meanwhile: nothing was passed on."""


Result = (DeskLink | IdentityAnswer | ClaimCreated | ClaimList | OfficerAnswer | NominationAnswer | CityReport
          | DeskAnswer | DeathReportAnswer | DeathReportLink | TicketAnswer)


class ReachAbout(StrEnum):
    """What a message the bot sent first was about, as far as a reply to it can be answered."""

    COVER_ENDING = "cover_ending"
    """The city's cover ends soon: asked to be proposed again by the RT head."""
    CONTRIBUTION_DUE = "contribution_due"
    """A self-paying worker's cover ends unless they pay."""
    CLAIM_DRAFT = "claim_draft"
    """A claim not submitted, its documents missing (`ref`: the claim); an accident report's deadline too."""
    FORM_KEPT = "form_kept"
    """A form left unfinished and kept (`ref`: its flow)."""
    DEATH_REPORT = "death_report"
    """An RT head reported a death in the family: the claim is one tap away."""
    PROPOSE_AGAIN = "propose_again"
    """To an RT head: residents' cover ends soon, to be proposed again."""
    FAMILY_NOT_STARTED = "family_not_started"
    """To an RT head: the family of a resident they reported dead has not started the claim."""


class Reach(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    about: ReachAbout
    at: dt.datetime
    """When the message may leave (after the recipient's quiet hours): a reply before it is not about it."""
    ref: str | None = None
    until: dt.date | None = None
    """The day the cover ends."""


class Event(BaseModel):
    """One thing that happened to a conversation, as stored in the inbound log."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: EventKind
    text: str = ""
    choice: str | None = None
    """For CHOICE: the button's data as received, `<version>:<choice id>`."""
    command: str | None = None
    media: Media | None = None
    contact: Contact | None = None
    timer_version: int | None = None
    result: Result | None = None
    language: str | None = None
    """The platform's language hint (Telegram `language_code`), used until the user picks one."""
    reach: Reach | None = None
    """For REACHED: what the message was about."""


class Expect(StrEnum):
    """What the bot waits for next, so a channel can offer the right keyboard."""

    CHOICE = "choice"
    TEXT = "text"
    NIK = "nik"
    DATE = "date"
    NUMBER = "number"
    MEDIA = "media"
    CONTACT = "contact"
    NOTHING = "nothing"


class Choice(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    label: str


class Reply(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    text: str
    choices: tuple[Choice, ...] = ()
    version: int | None = None
    expects: Expect = Expect.NOTHING
    contact_label: str | None = None
    """The label of a share-my-number button, when the bot asks for the user's phone."""
    locale: str | None = None
    """The language the reply is in, for the few words a channel adds itself (a list's button)."""
    template: str | None = None
    """The kind of a message the bot sends first (a code, a reminder): outside WhatsApp's 24-hour window it
    goes as the template configured for this kind, with `params`, or not at all."""
    params: tuple[str, ...] = ()
    first_contact: bool = False
    """The recipient never wrote to the bot: on WhatsApp only the template can reach them, so it goes at once."""

    def callback_data(self, choice: Choice) -> str:
        """`<version>:<choice>`, so a stale button is recognised; a command (`/duka TOKEN`, in a message the
        bot sent first) is valid whatever the conversation is doing."""
        return choice.id if choice.id.startswith("/") else f"{self.version}:{choice.id}"


class Notice(StrEnum):
    EXPIRED = "expired"
    NOTED = "noted"
    """Begun by a note of what the bot sent first (EventKind.REACHED): the account has not written yet, and counts as
    one that never did (on WhatsApp, its next message still needs a template)."""


MEMO_IDENTITY = "identity"
"""The memo key of the identity proven in this conversation ({"nik", "gender"}): reused by the next
journey until the idle end, when the engine forgets it."""
MEMO_OPTED_OUT = "opted_out"
"""Set by BERHENTI, cleared by MULAI: so MULAI can say that reminders are back (the store decides who gets them)."""
MEMO_GREETED = "greeted"
"""Set once the whole greeting was shown; the idle end forgets it, so a returning user is greeted again."""
MEMO_CONDOLED = "condoled"
"""The version of the page or question that said condolence for a death in the user's family (outside a claim):
a claim begun from it, with the very next message, opens without saying it again."""
MEMO_IDLE_AT = "idle_at"
"""When the idle timer written for this conversation fires (seconds since the epoch): it is written once and moved
only when it fires while the user was active since, not rewritten on every message."""
MEMO_RECORD_SHOWN = "record_shown"
"""The digest of the participant record last shown and the version of its page: the same record asked for again from
that page is answered with its dates alone."""
MEMO_REACHED = "reached"
"""The last message the bot sent first that a reply can be about (`Reach`, as JSON): kept past the idle end, since a
reminder is most often answered hours later, and read only for a few days (flows.reached)."""
MEMO_NO_CLAIMS_SAID = "no_claims_said"
"""When one's claims were last looked for and there were none (ISO time): asked again soon after ("kok blm cair2 ya"),
the answer is short (the whole paragraph came three times)."""
SESSION_MEMO = frozenset({MEMO_IDENTITY, MEMO_GREETED, MEMO_CONDOLED, MEMO_RECORD_SHOWN, MEMO_NO_CLAIMS_SAID})
"""Memo keys that last only as long as the conversation is not left idle."""


@dataclass(frozen=True, slots=True)
class Conversation:
    """Everything the bot remembers of one user on one channel; stored whole after every step."""

    channel: str
    user_key: str
    state: str
    version: int = 0
    draft: dict[str, Any] = field(default_factory=dict)
    history: tuple[str, ...] = ()
    locale: str | None = None
    notice: Notice | None = None
    failed_checks: tuple[dt.datetime, ...] = ()
    updated_at: dt.datetime | None = None
    memo: dict[str, Any] = field(default_factory=dict)
    """What outlives a flow's draft: claims left unfinished, to remind the user when they return."""

    @property
    def flow(self) -> str:
        return self.state.split(".", 1)[0]

    def but(self, **changes: Any) -> Conversation:
        """`dataclasses.replace` without its per-call checks (a third of the cost): the engine changes a
        conversation a few times on every event. Each field is written through its slot directly."""
        changed = object.__new__(Conversation)
        for name, write in _CONVERSATION_SLOTS:
            write(changed, changes.pop(name) if name in changes else getattr(self, name))
        if changes:
            raise TypeError(f"Conversation has no field {', '.join(changes)}")
        return changed


_CONVERSATION_SLOTS = tuple((f.name, Conversation.__dict__[f.name].__set__) for f in fields(Conversation))


# Effects: plain data the runtime applies in the same transaction as the new state.


@dataclass(frozen=True, slots=True)
class ProveIdentity:
    """Check a proof that the roster record of `nik` is the user's (or send a code to its phone); answered
    with IdentityAnswer. Failures are counted per NIK and per account in the store."""

    nik: str
    proof: ProofKind
    value: str | None = None


@dataclass(frozen=True, slots=True)
class SetTimer:
    kind: str
    fire_at: dt.datetime
    version: int


@dataclass(frozen=True, slots=True)
class ClearTimer:
    kind: str


@dataclass(frozen=True, slots=True)
class Audit:
    action: str
    subject: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CreateClaim:
    """Store a new draft claim and answer with its reference (ClaimCreated) in the same drain."""

    kind: str
    benefit: str
    subject_nik: str
    event_date: dt.date
    details: dict[str, Any]
    checklist: tuple[str, ...]
    optional: tuple[str, ...]
    locale: str


@dataclass(frozen=True, slots=True)
class AttachDocument:
    reference: str
    item: str
    media: Media


@dataclass(frozen=True, slots=True)
class RelabelDocument:
    """A file already on the claim is another of its documents: the claimant named it wrong."""

    reference: str
    digest: str
    item: str


@dataclass(frozen=True, slots=True)
class SubmitClaim:
    """draft or dokumen_kurang → diajukan, by the account that filed it."""

    reference: str


@dataclass(frozen=True, slots=True)
class WithdrawClaim:
    """draft → dibatalkan, by the account that filed it."""

    reference: str


@dataclass(frozen=True, slots=True)
class ListClaims:
    """Answer with this account's claims (ClaimList)."""


@dataclass(frozen=True, slots=True)
class BindOfficer:
    """Tie this chat account to an officer: by a proven phone, by a one-time code, or (neither given) by
    the binding it already has or the number the platform vouches for. Answered with OfficerAnswer."""

    phone: str | None = None
    code: str | None = None


@dataclass(frozen=True, slots=True)
class CheckNominee:
    """Is this NIK enrolled or proposed already? Answered with NominationAnswer."""

    nik: str


@dataclass(frozen=True, slots=True)
class ProposeNominee:
    nik: str
    full_name: str
    birth_date: dt.date
    gender: str
    occupation: str
    occupation_other: str | None
    address: str
    phone: str
    locale: str


@dataclass(frozen=True, slots=True)
class ListNominations:
    """`mine` (the RT head's), `review` (pending, kelurahan), `select` (approved, kecamatan)."""

    scope: str
    offset: int = 0
    limit: int = 5


@dataclass(frozen=True, slots=True)
class OpenNomination:
    reference: str


@dataclass(frozen=True, slots=True)
class DecideNomination:
    reference: str
    decision: str
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class WithdrawNomination:
    """An RT head takes back their own proposal, not yet checked. Answered with NominationAnswer."""

    reference: str


@dataclass(frozen=True, slots=True)
class ReportCity:
    """Counts per kecamatan and the budget, for a city admin. Answered with CityReport."""


@dataclass(frozen=True, slots=True)
class AskQuota:
    """The quota of the officer's kecamatan and how much of it is taken, for an RT head or a kelurahan officer (whose
    menus do not show it). Answered with NominationAnswer (`quota`, `used`)."""


@dataclass(frozen=True, slots=True)
class DeskRequest:
    """The claims desk from the chat (city admin only): list (`reference` None), open one, or move it to
    `status` (with `reason` where the status machine needs one). Answered with DeskAnswer."""

    reference: str | None = None
    status: str | None = None
    reason: str | None = None
    offset: int = 0


@dataclass(frozen=True, slots=True)
class IssueDeskLink:
    """A sign-in link to the web desk for the officer bound to this account. Answered with DeskLink."""


@dataclass(frozen=True, slots=True)
class ReportDeath:
    """An RT head reports a resident's death: by NIK, or by name and birth date; the family's phone. Answered
    with DeathReportAnswer; the family is told when the resident was covered."""

    died_on: dt.date
    family_phone: str
    nik: str | None = None
    full_name: str | None = None
    birth_date: dt.date | None = None
    died_on_rough: bool = False
    """Counted back from weeks or months ago: an estimate."""


@dataclass(frozen=True, slots=True)
class OpenDeathReport:
    """The family tapped the link of a death report: answered with DeathReportLink."""

    token: str


@dataclass(frozen=True, slots=True)
class SetOutreach:
    """BERHENTI / MULAI: stop or resume reminders and broadcasts to this account."""

    opted_out: bool


@dataclass(frozen=True, slots=True)
class KeptForm:
    """A form kept unfinished (conversations.paused), so the user is reminded of it: its flow, when it was last
    answered (UTC; None: no longer kept), and for an accident report when its 2×24 hours end (past: a late one);
    the zone of the person it is about ("" for the bot's), whose quiet hours and dates the reminder keeps."""

    flow: str
    left_at: dt.datetime | None
    deadline: dt.datetime | None = None
    zone: str = ""


@dataclass(frozen=True, slots=True)
class OpenTicket:
    """Hand the conversation to a person: answered with TicketAnswer (the open one if there is one)."""

    topic: str
    nik: str | None = None
    """The NIK proven in this conversation, so the ticket goes to the participant's kelurahan."""
    asked: bool = False
    """The user's last message is the question itself (typed at the topic, or with the request): the ticket's first
    message, not part of the conversation before it, which the desk folds away."""


@dataclass(frozen=True, slots=True)
class TicketNote:
    """A message of the user for the officer of their open ticket: answered with TicketAnswer."""

    text: str
    media: Media | None = None
    """A document or photo sent to the ticket (stored by the channel; `text` is its caption)."""


@dataclass(frozen=True, slots=True)
class RateTicket:
    """The user's 1–3 for a closed ticket."""

    reference: str
    rating: int


NominationEffect = ReportDeath | IssueDeskLink | BindOfficer | CheckNominee | ProposeNominee | ListNominations | OpenNomination | \
    DecideNomination | WithdrawNomination | ReportCity | AskQuota | DeskRequest

Effect = ProveIdentity | SetTimer | ClearTimer | Audit | CreateClaim | AttachDocument | RelabelDocument | SubmitClaim | \
    WithdrawClaim | ListClaims | NominationEffect | OpenDeathReport | SetOutreach | OpenTicket | TicketNote | RateTicket | KeptForm


class Step(NamedTuple):
    """The result of one engine step (a tuple: one or two are built for every event)."""

    conversation: Conversation
    replies: tuple[Reply, ...]
    effects: tuple[Effect, ...] = ()
    understood: bool = True
    """False when the answer was "Maaf, saya belum mengerti": what operators count to find what to teach."""
