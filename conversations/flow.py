"""How a flow is declared: steps as data the engine walks, and the outcomes a handler may return."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from conversations.i18n import LazyText
from conversations.model import Contact, Conversation, Effect, Expect, Media, Result


class Timeout(StrEnum):
    """What an idle conversation does at this step when the idle timer fires."""

    NOTICE = "notice"
    """Mid-flow: end it and tell the user on their next message that the session expired."""
    QUIET = "quiet"
    """A result or an information page: end it without a notice; nothing was lost."""
    NONE = "none"
    """The main menu: nothing to end."""


D = TypeVar("D", bound=BaseModel)


class NoDraft(BaseModel):
    """The draft of flows that keep nothing between steps (menu, information pages)."""

    model_config = {"extra": "forbid"}
    schema_version: int = 1


class Ctx(NamedTuple, Generic[D]):
    """What a handler may read: the conversation, its parsed draft and the time. A tuple: the engine builds two
    or three on every event, and a frozen dataclass takes three times as long to build."""

    conversation: Conversation
    draft: D
    now: dt.datetime
    today: dt.date
    local_now: dt.datetime
    """`now` in the bot's time zone, naive: what "tadi pagi" and "2×24 jam" are counted in."""
    in_progress: bool = False
    """The user is in the middle of a form (a step that would lose answers if left), not on a result page."""
    again: bool = False
    """The question is asked again (after an answer it did not take, or help): what was said the first time
    (condolence) is not repeated."""
    came_from: str | None = None
    """The state the conversation was in before this question was entered (None when asked again)."""
    proof_codes: bool = True
    """A one-time code can be sent to a roster phone (Engine.proof_codes)."""


Text = str | LazyText


@dataclass(frozen=True, slots=True)
class Goto:
    """Move to `state`, saying `say` first; `draft` replaces the flow's draft when given."""

    state: str
    draft: BaseModel | None = None
    say: tuple[Text, ...] = ()
    effects: tuple[Effect, ...] = ()
    locale: str | None = None
    conversation: Conversation | None = None
    """A handler that must change the conversation itself (e.g. record a failed check) returns it here."""
    leaving: bool = False
    """The user leaves the form to come back to it ("menu petugas" typed inside a proposal): kept, where the flow's
    own ending at its `cancel_to` ("Tidak", no consent yet) drops what was filled in."""


@dataclass(frozen=True, slots=True)
class Retry:
    """Stay at this step: say what was wrong and ask again."""

    problem: Text
    whole: bool = False
    """A page asked again in full, though its text is long: the user may have been away (a greeting)."""
    brief: bool = False
    """A question asked again with its choices only when its text is long, as a page is: what was said does not take
    it off the screen ("bentar ya": the summary just above came again in full)."""


@dataclass(frozen=True, slots=True)
class Back:
    """Return to the step before this one (after a language change, for instance)."""

    say: tuple[Text, ...] = ()
    locale: str | None = None
    conversation: Conversation | None = None


@dataclass(frozen=True, slots=True)
class Resume:
    """Continue the form left unfinished that the question is about (conversations.paused), or, with `restart`,
    drop it and start its flow afresh. `answer`: a message typed instead of a choice, read as the answer to the
    form's question (the NIK the user went to find)."""

    restart: bool = False
    answer: str | None = None


Outcome = Goto | Retry | Back | Resume


@dataclass(frozen=True, slots=True)
class Option:
    """A choice shown to the user. Either a static `goto` (with `set` merged into the draft) or `then`."""

    id: str
    label: LazyText
    goto: str | None = None
    set: Mapping[str, Any] = field(default_factory=dict)
    then: Callable[[Ctx[Any]], Outcome] | None = None
    reads: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """Instead of `then` when the option is picked by typed text, which it reads for what else it tells ("usulkan
    warga, dia nelayan": the job); None back, the option as tapped."""
    aliases: tuple[str, ...] = ()
    """Other words that pick this option when typed (e.g. "iya", "y" for Yes)."""
    hints: tuple[str, ...] = ()
    """Words that lean to this option when an answer names none ("ditabrak mobil" at "a traffic accident?"):
    weaker than an alias, so "bukan di jalan raya" is the no it says."""
    alone: bool = False
    """Its aliases pick it only as the whole answer ("bukan"), never inside a longer one: at a summary, "bukan
    kemarin, tapi senin" corrects it rather than refusing it all."""


Options = tuple[Option, ...]


@dataclass(frozen=True, slots=True)
class Step:
    state: str
    timeout: Timeout
    ask: Callable[[Ctx[Any]], str] | LazyText | None = None
    options: Options | Callable[[Ctx[Any]], Options] = ()
    expects: Expect = Expect.CHOICE
    on_text: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """Typed text that picked no option. None back: not an answer this step reads, so the engine's own "not
    understood" follows (the understanding hook, the channel's hint, a person offered after three)."""
    on_result: Callable[[Ctx[Any], Result], Outcome] | None = None
    on_media: Callable[[Ctx[Any], Media], Outcome] | None = None
    on_contact: Callable[[Ctx[Any], Contact], Outcome] | None = None
    goes_to: frozenset[str] = frozenset()
    """Every state a handler or a computed option may go to; checked by the validator and at run time."""
    help: LazyText | None = None
    leaving: LazyText | None = None
    """Said instead of "Dibatalkan …" when the user leaves this step with "batal" or "menu" (an open ticket
    is not cancelled by leaving it)."""
    on_cancel: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """What "batal" means here when it is more than leaving (a recorded draft claim: withdraw it?), given what was
    typed ("" for a command or a button); None back, it leaves as anywhere else."""
    told: Callable[[Ctx[Any], str], BaseModel | None] | None = None
    """Typed text that picked an option: the draft with what it told besides the choice ("tidak, saya terpeleset
    di gudang" keeps the story), or None when it told nothing more. The option's own handler then runs on it."""
    passes_text: bool = False
    """What is typed here goes to a person as it is (a ticket's topic, a message to an officer): a main menu entry's
    name too ("cek klaim"), never taken as asking to go there."""
    transient: bool = field(init=False, repr=False, compare=False)
    """A step that waits for the runtime (a look-up), not for the user. Worked out once: the engine asks
    several times a step."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "transient", self.expects is Expect.NOTHING)


@dataclass(frozen=True, slots=True)
class Flow:
    name: str
    entry: str
    steps: tuple[Step, ...]
    draft_model: type[BaseModel] = NoDraft
    overlay: bool = False
    """An overlay (the language switch) keeps the draft of the flow it interrupts and returns to it."""
    migrate_draft: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    """Turn a draft stored by an older schema version into the current one."""
    zone: Callable[[Any], ZoneInfo | None] | None = None
    """The time zone the draft's person lives in (from their NIK), so "today", "tadi pagi" and a 2×24-hour
    deadline are counted in their city's time; None: the bot's zone."""
    resumable: LazyText | None = None
    """What a form of this flow is called when it is left unfinished ("laporan kecelakaan kerja"): its answers are
    kept to be continued (conversations.paused). None: answers left are dropped."""
    kept_deadline: Callable[[Mapping[str, Any], dt.datetime], tuple[dt.datetime, ZoneInfo] | None] | None = None
    """A deadline that runs on while a kept form waits (an accident's 2×24 hours), from the kept draft and now: when
    it ends (or ended: a late form is reminded as late) and in which zone, so the user is reminded before it
    (model.KeptForm); None when there is none."""
    corrects: Callable[[Ctx[Any], str], Outcome | None] | None = None
    """An answer given earlier, said to be wrong at a later question ("eh nik nya salah", "tanggalnya salah, harusnya
    …"): that question asked again, or the right value read; None when the text corrects nothing here. Consulted for
    text that picked no option, before the step's own reading (a form would otherwise take it as this answer)."""
    cancel_to: str | None = None
    """Where "batal" leads from this flow's questions: an officer's work ends at the officer's menu, where the
    next piece of work starts; None: the main menu. "menu" always leads to the main menu."""

    def zone_of_kept(self, kept: Mapping[str, Any]) -> ZoneInfo | None:
        """The zone of the person a kept draft is about; None when the flow has none or the draft cannot be read."""
        if self.zone is None:
            return None
        try:
            return self.zone(self.draft_model.model_validate(dict(kept)))
        except ValueError:
            return None
