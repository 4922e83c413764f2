"""The engine: one pure step from (conversation, event, now) to (conversation, replies, effects).

It never awaits and never touches a network or a database: what it needs from outside (a roster
look-up) it asks for as an effect, and the answer comes back as a RESULT event in the same drain.
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ValidationError

from conversations.commands import (
    Command,
    answered_first,
    as_typed,
    global_command,
    is_acknowledgement,
    is_asking,
    is_greeting,
    is_puzzled,
    is_unsure,
    language_named,
    match_option,
    named_exactly,
    normalise,
    number_typed,
    opens_with_salam,
    options_in_doubt,
    slash_command,
    time_greeting,
    without_a_complaint,
)
from conversations.flow import Back, Ctx, Flow, Goto, NoDraft, Option, Outcome, Resume, Retry, Step, Timeout
from conversations.hints import choose_hint
from conversations.i18n import DEFAULT_LOCALE, _, current_locale, lazy_gettext, normalise_locale, use_locale
from conversations.model import (
    MEMO_GREETED,
    MEMO_IDLE_AT,
    MEMO_OPTED_OUT,
    MEMO_REACHED,
    SESSION_MEMO,
    ClearTimer,
    Conversation,
    Effect,
    Event,
    EventKind,
    Expect,
    KeptForm,
    Notice,
    Reply,
    SetOutreach,
    SetTimer,
)
from conversations.model import Choice as ChoiceOut
from conversations.model import Step as StepResult
from conversations.paused import (
    MEMO_LEFT_IDLE,
    MEMO_OFFERED,
    MEMO_PAUSED,
    PausedForm,
    paused_form,
    typed_answer,
    with_paused,
    without_paused,
)
from conversations.registry import Registry
from conversations.text import PHONE_SCREEN, split_text

log = logging.getLogger(__name__)

IDLE_TIMER = "idle"
MAX_HISTORY = 12
MERGE_LIMIT = PHONE_SCREEN
"""Texts said before a question are joined with it while the whole fits one phone screen (and a WhatsApp body)."""

USER_EVENTS = frozenset({EventKind.TEXT, EventKind.CHOICE, EventKind.MEDIA, EventKind.CONTACT, EventKind.COMMAND,
                         EventKind.UNSUPPORTED})
# Members compared on every step, read once here: on Python 3.11 each `Enum.MEMBER` read goes through the slow
# attribute hook that EnumType.__getattr__ installs (gone in 3.12); a status check read them 28 times an event.
_TEXT, _CHOICE, _COMMAND, _RESULT, _TIMER, _MEDIA, _CONTACT, _REACHED = (
    EventKind.TEXT, EventKind.CHOICE, EventKind.COMMAND, EventKind.RESULT, EventKind.TIMER, EventKind.MEDIA,
    EventKind.CONTACT, EventKind.REACHED)
_QUIET, _NOTICE, _NO_TIMEOUT = Timeout.QUIET, Timeout.NOTICE, Timeout.NONE
_TYPED_ANSWERS = frozenset({Expect.NIK, Expect.DATE, Expect.NUMBER})
"""Questions a number typed at the question whether to continue a kept form answers (Resume.answer)."""
_EXPIRED, _NOTED, _EXPECT_CONTACT, _EXPECT_NOTHING = Notice.EXPIRED, Notice.NOTED, Expect.CONTACT, Expect.NOTHING


@dataclass
class _Out:
    said: list[str] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    prompt: Reply | None = None
    hint: str | None = None
    """The platform's language hint of this event, used while the user has not picked a language."""
    understood: bool = True


RENDERED_KEPT = 1024
DRAFTS_KEPT = 4096
MEMO_MISSES = "misses"
"""Replies in a row the bot did not understand."""
OFFER_PERSON_AFTER = 3
REPEATED_AT_MOST = 200
"""Characters of a page or a question with choices (a result, information, a form's summary) shown again after a
message it did not understand: a longer one is still just above on the phone's screen, and only its choices come
again, under the apology."""


GREETED_BACK = {"pagi": lazy_gettext("Selamat pagi."), "siang": lazy_gettext("Selamat siang."),
                "sore": lazy_gettext("Selamat sore."), "malam": lazy_gettext("Selamat malam.")}
"""A greeting by the part of the day, returned as said (the user's clock, not the server's)."""


STICKER_AS = "👍"
"""A sticker away from a form's question: taken note of, as a thumbs-up is (the menu again, or a page's next steps)."""
ENTRY_NAME_MAX = 40
"""Characters: more than the longest main menu entry's name ("Klaim santunan kematian"); a longer message is never
looked up as one."""


@dataclass(frozen=True)
class Engine:
    registry: Registry
    catalogs: Mapping[str, gettext.NullTranslations]
    default_locale: str = DEFAULT_LOCALE
    idle_timeout: dt.timedelta = dt.timedelta(minutes=30)
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Jakarta"))
    proof_codes: bool = True
    """A one-time code can be sent to a roster phone (WhatsApp is configured): the status check offers it."""
    _rendered: dict[tuple[str, Any], tuple[ChoiceOut, ...]] = field(
        default_factory=dict, compare=False, repr=False)
    """Options rendered as buttons, by language and labels: menus are most of what the bot shows."""
    _rendered_lists: dict[tuple[int, str], tuple[tuple[Option, ...], tuple[ChoiceOut, ...], tuple[str, ...]]] = field(
        default_factory=dict, compare=False, repr=False)
    """The same, by the identity of a list of options: the menus are fixed lists, found without hashing labels."""
    _drafts: dict[int, tuple[dict[str, Any], Flow, BaseModel]] = field(default_factory=dict, compare=False, repr=False)
    """Drafts parsed lately (the stored dict, its flow, the model), by the identity of the dict, which is held here
    so the id is not reused (drafts are never changed in place, only replaced). A step reads its draft two or
    three times, and a batch interleaves up to a thousand conversations."""
    _last_local: list[Any] = field(default_factory=lambda: [None, None, None], compare=False, repr=False)
    """The last moment turned into local time (now, zone, local)."""
    _fresh_drafts: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)
    """Each flow's empty draft as stored, by flow name."""

    # -- entry points ------------------------------------------------------------------------

    def new_conversation(self, channel: str, user_key: str) -> Conversation:
        return Conversation(channel=channel, user_key=user_key, state=self.registry.home)

    def locale_for(self, conversation: Conversation, event: Event | None = None) -> str:
        hint = normalise_locale(event.language) if event is not None else None
        return conversation.locale or hint or self.default_locale

    def step(self, conversation: Conversation, event: Event, now: dt.datetime) -> StepResult:
        if event.kind is _REACHED:
            return self._reached(conversation, event)
        if conversation.notice is _NOTED and event.kind in USER_EVENTS:  # its first message: a new conversation,
            conversation = conversation.but(notice=None, updated_at=None)  # with the note
        if event.kind is _TEXT and not event.text.isascii():
            event = event.model_copy(update={"text": as_typed(event.text)})
        if conversation.locale is None and event.kind is _TEXT and self.registry.guess_language is not None:
            # A first message in English, or a later one clearly so ("halo", then "what am I covered for?"): English
            guessed = self.registry.guess_language(event.text, first=conversation.updated_at is None)
            if guessed is not None:
                conversation = conversation.but(locale=guessed)
        with use_locale(self.catalogs, self.locale_for(conversation, event)):
            conv, out = self._step(conversation, event, now)
            if event.kind is _TEXT and opens_with_salam(event.text):
                out.said.insert(0, _("Waalaikumsalam."))
            elif event.kind is _TEXT and (part := time_greeting(event.text)) is not None:
                out.said.insert(0, str(GREETED_BACK[part]))
            replies = self._replies(out)
        changes: dict[str, Any] = {}
        if out.understood and conv.memo.get(MEMO_MISSES) and event.kind in (_TEXT, _CHOICE):
            changes["memo"] = {k: v for k, v in conv.memo.items() if k != MEMO_MISSES}
        if conv.state == self.registry.home and out.prompt is not None and MEMO_GREETED not in conv.memo:
            changes["memo"] = {**changes.get("memo", conv.memo), MEMO_GREETED: True}  # greeted once a session
        if conv.updated_at != now and event.kind is not _TIMER:  # entering a state stamps it already; a timer
            changes["updated_at"] = now  # is not the user's doing: how long they have been idle is kept
        if changes:
            conv = conv.but(**changes)
        return StepResult(conv, replies, tuple(out.effects), out.understood)

    @staticmethod
    def _reached(conv: Conversation, event: Event) -> StepResult:
        """The bot wrote first: noted for the reply that may follow, nothing said, wherever the user is (a form's
        question stays the question), and the conversation's own time untouched (its idle end is the user's)."""
        if event.reach is None:
            return StepResult(conv, (), (), True)
        memo = {**conv.memo, MEMO_REACHED: event.reach.model_dump(mode="json")}
        if conv.updated_at is None:  # begun by the note: the account has not written (Notice.NOTED)
            return StepResult(conv.but(memo=memo, notice=_NOTED), (), (), True)
        return StepResult(conv.but(memo=memo), (), (), True)

    # -- dispatch ----------------------------------------------------------------------------

    def _step(self, conv: Conversation, event: Event, now: dt.datetime) -> tuple[Conversation, _Out]:
        out = _Out(hint=normalise_locale(event.language))
        if event.kind is _TIMER:
            return self._expire(conv, now, out)
        step = self.registry.step(conv.state)
        if step is None:
            log.warning("unknown stored state %s; back to the menu", conv.state)
            out.said.append(_("Maaf, percakapan sebelumnya tidak bisa dilanjutkan. Kita mulai lagi dari menu."))
            return self._to_home(conv, now, out), out
        if event.kind is _RESULT:
            return self._on_result(conv, step, event, now, out)
        if conv.notice is _EXPIRED:
            if event.kind is _TEXT and self.registry.follow_up is not None:  # a reminder came while away: its reply
                fresh = conv.but(notice=None, memo={k: v for k, v in conv.memo.items() if k != MEMO_LEFT_IDLE})
                ctx = self._ctx(fresh, step, now)
                if ctx is not None and (answer := self.registry.follow_up(ctx, event.text)) is not None:
                    return self._apply(fresh, step, answer, now, out, anywhere=True)
            minutes = int(self.idle_timeout.total_seconds() // 60)
            left = self._flow_named(conv.memo.get(MEMO_LEFT_IDLE))
            if left is not None and paused_form(conv.memo, left.name, now) is None:
                left = None  # back after the week it was kept
            if left is not None:
                out.said.append(_("Sesi sebelumnya sudah berakhir karena tidak ada balasan selama {minutes} menit. "
                                  "Jawaban Anda sudah saya simpan.").format(minutes=minutes))
            else:
                out.said.append(
                    _("Sesi sebelumnya sudah berakhir karena tidak ada balasan selama {minutes} menit. "
                      "Jawaban yang belum selesai tidak disimpan.").format(minutes=minutes)
                )
            conv = conv.but(notice=None, memo={k: v for k, v in conv.memo.items() if k != MEMO_LEFT_IDLE})
            command = self._command_of(event)
            if command is not None:
                return self._global(conv, step, command, now, out)
            # A main-menu entry named in words ("menu petugas") is followed; anything else (a number above all)
            # most likely answered the question that was dropped, and gets the menu.
            ctx = self._ctx(conv, step, now) if event.kind is _TEXT and conv.state == self.registry.home else None
            if ctx is not None:
                options = self._options(step, ctx)
                if (named := named_exactly(event.text, options, self._labels(options))) is not None:
                    return self._choose(conv, step, ctx, named, now, out)
            if left is not None and event.kind is _TEXT and typed_answer(event.text or ""):
                # The NIK they went to find, sent once the session had ended: the form goes on with it.
                return self._resume(conv.but(memo={**conv.memo, MEMO_OFFERED: left.name}), Resume(answer=event.text),
                                    now, out), out
            if left is not None:  # whatever they wrote, the form they left comes first: continue it or not
                return self._enter(conv, left.entry, now, out, push=False), out
            return self._enter(conv, self.registry.home, now, out, push=False), out
        ctx = self._ctx(conv, step, now)
        if ctx is None:
            out.said.append(
                _("Maaf, ada pembaruan sistem sehingga isian sebelumnya tidak bisa dilanjutkan. "
                  "Silakan mulai lagi.")
            )
            return self._to_home(conv, now, out), out
        entry = self._entry_command(event)
        if entry is not None and not step.transient:
            handler, argument = entry
            return self._apply(conv, step, handler(ctx, argument), now, out, anywhere=True)
        command = self._command_of(event)
        if command is not None:
            return self._global(conv, step, command, now, out, said=event.text if event.kind is _TEXT else "")
        if event.kind is _TEXT and self.registry.leave is not None \
                and (leaving := self.registry.leave(ctx, event.text)) is not None:
            return self._apply(conv, step, leaving, now, out, anywhere=True)
        if step.transient:
            out.said.append(_("Mohon tunggu sebentar, permintaan Anda sedang diproses."))
            return conv, out
        if event.kind is _CHOICE:
            return self._on_choice(conv, step, ctx, event, now, out)
        if event.kind is _TEXT:
            return self._on_text(conv, step, ctx, event.text, now, out)
        if event.kind is _MEDIA and event.media is not None:
            if (event.media.mime_type or "").lower().startswith("audio/"):  # a voice note, the way many people ask
                out.said.append(_("Maaf, pesan suara belum bisa saya dengarkan. Mohon tulis pesan Anda."))
                return self._reask(conv, step, ctx, out)
            if event.media.sticker:  # was a file that could not be read, with how claim papers are sent
                if step.timeout is _NOTICE:  # never an answer, nor the yes a thumbs-up typed is
                    out.said.append(_("Stiker tidak bisa saya baca sebagai jawaban. Mohon ketik jawabannya."))
                    return self._reask(conv, step, ctx, out)
                return self._on_text(conv, step, ctx, STICKER_AS, now, out)
            if step.on_media is not None:
                return self._apply(conv, step, step.on_media(ctx, event.media), now, out)
            if self.registry.stray_file is not None and (
                    instead := self.registry.stray_file(ctx, event.media)) is not None:
                return self._apply(conv, step, instead, now, out, anywhere=True)
            mime = (event.media.mime_type or "").lower()
            if step.expects is Expect.NIK and (mime.startswith("image/") or mime == "application/pdf"):
                # a photo of the KTP, sent for the NIK asked: was "cannot take a photo at this step"
                out.said.append(_("Foto KTP atau KK belum bisa saya baca: ketik angka NIK-nya."))
            else:
                out.said.append(_("Maaf, di langkah ini saya belum bisa menerima foto atau berkas."))
            return self._reask(conv, step, ctx, out)
        if event.kind is _CONTACT and event.contact is not None:
            if step.on_contact is not None:
                return self._apply(conv, step, step.on_contact(ctx, event.contact), now, out)
            out.said.append(_("Terima kasih, tetapi di langkah ini saya tidak memerlukan nomor telepon."))
            return self._reask(conv, step, ctx, out)
        out.said.append(_("Maaf, pesan seperti itu belum bisa saya baca. Silakan kirim teks."))
        return self._reask(conv, step, ctx, out)

    def _command_of(self, event: Event) -> Command | None:
        if event.kind is _COMMAND:
            return global_command(event.command or "") or Command.MENU
        if event.kind is _TEXT:
            return global_command(event.text) or slash_command(event.text)
        return None

    def _entry_command(self, event: Event) -> tuple[Any, str] | None:
        """A registered slash command and its argument: `/daftar K7P4XM2Q` typed or sent as a command."""
        if event.kind is _COMMAND and event.command is not None and event.command in self.registry.commands:
            return self.registry.commands[event.command], event.text
        text = event.text.strip() if event.kind is _TEXT else ""
        if event.kind is _CHOICE and (event.choice or "").startswith("/"):
            text = event.choice or ""  # a button of a message the bot sent first: a command with its argument
        if text.startswith("/"):
            name, _sep, argument = text[1:].partition(" ")
            name = name.split("@", 1)[0].lower()
            if name in self.registry.commands:
                return self.registry.commands[name], argument
        return None

    def _ctx(self, conv: Conversation, step: Step, now: dt.datetime, came_from: str | None = None) -> Ctx[Any] | None:
        flow = self._flow_for_draft(conv)
        if flow is None:
            return None
        parsed = self._drafts.get(id(conv.draft))
        draft: BaseModel | None
        if parsed is not None and parsed[0] is conv.draft and parsed[1] is flow:
            draft = parsed[2]
        else:
            draft = self._parse_draft(flow, conv.draft)
            if draft is None:
                return None
            if len(self._drafts) >= DRAFTS_KEPT:
                self._drafts.clear()
            self._drafts[id(conv.draft)] = (conv.draft, flow, draft)
        zone = (flow.zone(draft) if flow.zone is not None else None) or self.timezone
        known = self._last_local
        if known[0] is now and known[1] is zone:  # the same moment, read again by the same step
            local = known[2]
        else:
            local = now.astimezone(zone).replace(tzinfo=None)
            known[:] = (now, zone, local)
        return Ctx(conv, draft, now, local.date(), local, in_progress=step.timeout is _NOTICE,
                   came_from=came_from, proof_codes=self.proof_codes)

    def _corrected(self, conv: Conversation, ctx: Ctx[Any], text: str) -> Outcome | None:
        flow = self.registry.flow_of(conv.state)
        return flow.corrects(ctx, text) if flow is not None and flow.corrects is not None and text.strip() else None

    def _flow_for_draft(self, conv: Conversation) -> Flow | None:
        """The flow that owns the draft: the interrupted one while an overlay is shown."""
        flow = self.registry.flow_of(conv.state)
        if flow is not None and flow.overlay:
            for state in reversed(conv.history):
                owner = self.registry.flow_of(state)
                if owner is not None and not owner.overlay:
                    return owner
            return self.registry.flow_of(self.registry.home)
        return flow

    @staticmethod
    def _parse_draft(flow: Flow, data: Mapping[str, Any]) -> BaseModel | None:
        raw = dict(data)
        try:
            if flow.migrate_draft is not None and raw:
                raw = flow.migrate_draft(raw)
            return flow.draft_model.model_validate(raw)
        except (ValidationError, ValueError, TypeError, KeyError):
            log.warning("draft of flow %s could not be read; restarting it", flow.name)
            return None

    # -- user input --------------------------------------------------------------------------

    def _options(self, step: Step, ctx: Ctx[Any]) -> tuple[Option, ...]:
        return step.options(ctx) if callable(step.options) else step.options

    def _on_choice(
        self, conv: Conversation, step: Step, ctx: Ctx[Any], event: Event, now: dt.datetime, out: _Out
    ) -> tuple[Conversation, _Out]:
        version, _sep, choice_id = (event.choice or "").partition(":")
        if version != str(conv.version):
            out.said.append(_("Tombol itu sudah kedaluwarsa. Ini pertanyaan yang sedang berjalan:"))
            return self._reask(conv, step, ctx, out)
        for option in self._options(step, ctx):
            if option.id == choice_id:
                return self._choose(conv, step, ctx, option, now, out)
        out.said.append(_("Pilihan itu tidak tersedia di sini."))
        return self._reask(conv, step, ctx, out)

    def _on_text(
        self, conv: Conversation, step: Step, ctx: Ctx[Any], text: str, now: dt.datetime, out: _Out
    ) -> tuple[Conversation, _Out]:
        options = self._options(step, ctx)
        labels = self._labels(options)
        within = conv.state != self.registry.home and conv.state not in self.registry.menus
        # At an information page, a question naming an option ("cara klaim online?" under "Klaim santunan") is
        # answered when it can be: the option inside it is taken only when nothing answers it.
        asking = within and step.timeout is _QUIET and is_asking(text)
        option = match_option(text, options, labels, within=within and not asking)
        # A main menu entry named: not an option with its word inside (a page's "Klaim santunan" for "cek klaim"), but
        # in a form's question an option so named is the answer ("cek klaim" at the hand-off's "Tentang apa?")
        if within and (option is None or step.timeout is not _NOTICE) and not step.passes_text \
                and (entry := self._entry_named(ctx, text, options, labels)) is not None \
                and (option is None or (option := match_option(text, options, labels, within=False)) is None):
            return self._to_entry(conv, step, ctx, entry, text, now, out)
        if option is None and asking and (instead := self._understood(ctx, text)) is not None:
            return self._apply(conv, step, instead, now, out, anywhere=True)
        if option is None and asking:
            # "syarat?" under "Syarat & dokumen": the option named alone, asked (was not understood). Only at a
            # page: a confirmation's "ya?" is doubt, not a yes.
            option = match_option(text, options, labels) or named_exactly(text.rstrip("?! "), options, labels)
        if option is None and step.told is not None:
            option = answered_first(text, options, labels)
        if option is not None and option.reads is not None and (read := option.reads(ctx, text)) is not None:
            return self._apply(conv, step, read, now, out)
        if option is not None:
            kept = step.told(ctx, text) if step.told is not None else None
            return self._choose(conv, step, ctx._replace(draft=kept) if kept is not None else ctx, option, now, out,
                                kept=kept is not None)
        if (corrected := self._corrected(conv, ctx, text)) is not None:
            return self._apply(conv, step, corrected, now, out)
        if step.timeout is _NOTICE and language_named(text) and (instead := self._understood(ctx, text)) is not None:
            return self._apply(conv, step, instead, now, out, anywhere=True)
        if step.timeout is _NOTICE and (told := without_a_complaint(text)) is not None:
            if not told:  # "kok nanya lagi": the question taken for one answered before
                out.said.append(_("Maaf, jawaban untuk pertanyaan ini belum tercatat."))
                return self._reask(conv, step, ctx, out)
            text = told  # "kan udah sy bilang di pasar": the place, without the complaint
        if step.on_text is not None and text.strip() and (outcome := step.on_text(ctx, text)) is not None:
            if isinstance(outcome, Retry) and _heard_only(step, options, text):
                return self._apply(conv, step, outcome, now, out)  # the question's own word on it, not the thanks
            if isinstance(outcome, Retry) and (instead := self._understood(ctx, text)) is not None:
                return self._apply(conv, step, instead, now, out, anywhere=True)
            return self._apply(conv, step, outcome, now, out)
        if conv.state == self.registry.home and (is_greeting(text) or conv.updated_at is None):
            if not is_greeting(text) and (instead := self._understood(ctx, text)) is not None:
                return self._apply(conv, step, instead, now, out, anywhere=True)
            return self._reask(conv, step, ctx, out, again=False)  # a greeting or a first message: the menu
        if (conv.state == self.registry.home or conv.state in self.registry.menus) and is_acknowledgement(text):
            return self._reask(conv, step, ctx, out, again=False)  # "ok", "👍": nothing to answer, nothing missed
        if _heard_only(step, options, text):
            out.said.append(_("Pilih salah satu jawaban di bawah.") + " " + choose_hint(conv.channel))
            return self._reask(conv, step, ctx, out, brief=True)
        if text.strip() and (instead := self._understood(ctx, text)) is not None:
            return self._apply(conv, step, instead, now, out, anywhere=True)
        if not text.strip():
            out.said.append(_("Pesan Anda kosong."))
        elif step.timeout is _NOTICE and options and is_unsure(text):  # a question's honest answer, not a miss
            out.said.append(_("Tidak apa-apa kalau belum tahu. Pilih jawaban yang paling mendekati, atau ketik "
                              "\"bicara dengan petugas\" untuk bertanya dulu."))
        elif step.timeout is _NOTICE and options and is_puzzled(text):
            # "maksudnya apa?", the question not understood by the user: was "Maaf, saya belum mengerti", a miss
            out.said.append(_("Pilih jawaban yang paling sesuai di bawah.") + " " + choose_hint(conv.channel) + " "
                            + _("Jika masih bingung, ketik \"bicara dengan petugas\"."))
        elif options and (doubt := options_in_doubt(text, options, labels)):  # "yg kerja": of two labels, asked which
            named = [_("{label} ({number})").format(label=labels[place], number=place + 1) for place in doubt]
            out.said.append(_("Yang mana: {first} atau {last}?").format(first=", ".join(named[:-1]), last=named[-1]))
            return self._reask(conv, step, ctx, out, brief=True)
        else:
            out.understood = False
            if options and (number := number_typed(text)) is not None:  # an option of an earlier list, likely
                out.said.append(_("Tidak ada pilihan {number} di sini. Ketik angka 1 sampai {count}.").format(
                    number=number, count=len(options)))
            else:
                out.said.append(_("Maaf, saya belum mengerti.") + (" " + choose_hint(conv.channel) if options else ""))
            misses = int(conv.memo.get(MEMO_MISSES, 0)) + 1
            if misses >= OFFER_PERSON_AFTER:  # three in a row: a person may help where the bot cannot
                out.said.append(_("Sepertinya saya belum bisa membantu soal ini. Ketik \"bicara dengan petugas\" "
                                  "agar dihubungkan dengan petugas."))
                misses = 0
            conv = conv.but(memo={**conv.memo, MEMO_MISSES: misses})
            if options and conv.state != self.registry.home and conv.state not in self.registry.menus:
                return self._reask(conv, step, ctx, out, brief=True)
        return self._reask(conv, step, ctx, out)

    def _entry_named(self, ctx: Ctx[Any], text: str, options: tuple[Option, ...], labels: tuple[str, ...]
                     ) -> Option | None:
        """The main menu entry the whole message names by its label or an alias of several words ("cek klaim",
        "bicara dengan petugas"), when no option shown here has that name."""
        if len(text) > ENTRY_NAME_MAX or any(ch.isdigit() for ch in text):
            return None  # a NIK, a date, a story: never an entry's name, and looked at without any work
        home = self.registry.step(self.registry.home)
        if home is None:
            return None
        entries = self._options(home, ctx)
        entry = named_exactly(text, entries, self._labels(entries))
        if entry is None or named_exactly(text, options, labels) is not None:
            return None
        cleaned = normalise(text)
        spelled = cleaned in (normalise(label) for label in self._labels((entry,)))
        return entry if spelled or " " in cleaned else None

    def _to_entry(self, conv: Conversation, step: Step, ctx: Ctx[Any], entry: Option, text: str, now: dt.datetime,
                  out: _Out) -> tuple[Conversation, _Out]:
        """A main menu entry named away from the menu: "cek klaim" under the death benefit's page was its option
        "Klaim santunan" ("klaim" inside it) and began a death claim, and "bicara dengan petugas" at a report's
        question was recorded as the place of the accident. In a form, what the understanding makes of it (the
        question whether to leave the form, as for any request there); else that entry, the form kept as "menu"
        keeps it; the form's own entry, its question again."""
        home = self.registry.step(self.registry.home)
        home_flow = self.registry.flow_of(self.registry.home)
        assert home is not None and home_flow is not None
        if step.timeout is _NOTICE and isinstance(instead := self._understood(ctx, text), Goto) \
                and self.registry.flow_of(instead.state) is not home_flow:
            return self._apply(conv, step, instead, now, out, anywhere=True)
        kept = _Out()  # the form's keeping is said only if the form is left
        at_home = self._pause(conv, now, kept).but(state=home.state, draft=self._fresh_draft(home_flow), history=())
        home_ctx = self._ctx(at_home, home, now)
        assert home_ctx is not None
        outcome = entry.then(home_ctx) if entry.then is not None else Goto(str(entry.goto))
        if step.timeout is _NOTICE and isinstance(outcome, Goto) \
                and self.registry.flow_of(outcome.state) is self.registry.flow_of(conv.state):
            # "lapor kecelakaan kerja" at the report's own questions was recorded as the place, or the injury
            return self._apply(conv, step, Retry(_("Itu yang sedang kita isi sekarang: lanjutkan dengan menjawab "
                                                   "pertanyaan ini.")), now, out)
        out.effects.extend(kept.effects)
        return self._apply(at_home, home, outcome, now, out, anywhere=True)

    def _understood(self, ctx: Ctx[Any], text: str) -> Outcome | None:
        return self.registry.understand(ctx, text) if self.registry.understand is not None else None

    def _choose(
        self, conv: Conversation, step: Step, ctx: Ctx[Any], option: Option, now: dt.datetime, out: _Out, *,
        kept: bool = False
    ) -> tuple[Conversation, _Out]:
        """`kept`: the draft in `ctx` holds what the answer told besides the choice (Step.told)."""
        if option.then is not None:
            return self._apply(conv, step, option.then(ctx), now, out)
        assert option.goto is not None
        if option.goto == self.registry.home and step.timeout is _NOTICE:
            # "Menu utama" tapped inside a form is "menu" typed there: the answers are kept (they were dropped
            # without a word, and the form began afresh)
            return self._global(conv, step, Command.MENU, now, out)
        draft = ctx.draft.model_copy(update=dict(option.set)) if option.set else ctx.draft if kept else None
        return self._apply(conv, step, Goto(option.goto, draft=draft), now, out)

    def _on_result(
        self, conv: Conversation, step: Step, event: Event, now: dt.datetime, out: _Out
    ) -> tuple[Conversation, _Out]:
        ctx = self._ctx(conv, step, now)
        if step.on_result is None or event.result is None or ctx is None:
            log.warning("result arrived at %s, which does not wait for one; ignored", conv.state)
            return conv, out
        return self._apply(conv, step, step.on_result(ctx, event.result), now, out)

    # -- outcomes ----------------------------------------------------------------------------

    def _apply(
        self, conv: Conversation, step: Step, outcome: Outcome, now: dt.datetime, out: _Out, *,
        anywhere: bool = False,
    ) -> tuple[Conversation, _Out]:
        """`anywhere`: an entry command, which may leave any step for its flow."""
        if isinstance(outcome, Retry):
            out.said.append(str(outcome.problem))
            ctx = self._ctx(conv, step, now)
            assert ctx is not None
            # A page answered again: its long text is still just above on the phone's screen (the status check's last
            # page came back whole under "gimana dong"'s answer), only its choices
            page = step.timeout is _QUIET and conv.state != self.registry.home and conv.state not in self.registry.menus
            return self._reask(conv, step, ctx, out, brief=page and not outcome.whole or outcome.brief)
        if isinstance(outcome, Back):
            conv = self._with_locale(outcome.conversation or conv, outcome.locale)
            with use_locale(self.catalogs, conv.locale or out.hint or self.default_locale):
                out.said.extend(str(text) for text in outcome.say)
                return self._back(conv, now, out)
        if isinstance(outcome, Resume):
            return self._resume(conv, outcome, now, out), out
        allowed = self.registry.static_targets(step)
        if not anywhere and outcome.state not in allowed:
            raise RuntimeError(f"{step.state} went to undeclared state {outcome.state}")
        if outcome.conversation is not None:
            conv = outcome.conversation
        conv = self._with_locale(conv, outcome.locale)
        out.effects.extend(outcome.effects)
        with use_locale(self.catalogs, conv.locale or out.hint or self.default_locale):
            out.said.extend(str(text) for text in outcome.say)
            return self._enter(conv, outcome.state, now, out, draft=outcome.draft, leaving=outcome.leaving), out

    @staticmethod
    def _with_locale(conv: Conversation, locale: str | None) -> Conversation:
        return conv if locale is None else conv.but(locale=locale)

    def _enter(
        self,
        conv: Conversation,
        target: str,
        now: dt.datetime,
        out: _Out,
        *,
        draft: BaseModel | None = None,
        push: bool = True,
        came_from: str | None = None,
        leaving: bool = False,
    ) -> Conversation:
        """Move to `target`, keeping or resetting draft and history, and ask its question."""
        current_flow = self.registry.flow_of(conv.state)
        target_flow = self.registry.flow_of(target)
        assert target_flow is not None
        if current_flow is not target_flow and not target_flow.overlay:
            # Left for another request (chosen at the question whether to switch, or with no answers of its own): kept.
            # A flow handing its answers on to another (a JKK report past its time goes on as a JKM claim) is not
            # left, nor one ending where "batal" would lead (an RT head's "Tidak" to proposing again, no consent
            # yet) unless the user is leaving it (Goto.leaving). The menu pauses in _global.
            ended = target == self.registry.home or (current_flow is not None and target == current_flow.cancel_to)
            if (draft is None or (current_flow is not None and current_flow.overlay)) and (leaving or not ended) \
                    and target_flow is not self._flow_for_draft(conv):
                conv = self._pause(conv, now, out)
            if target_flow.resumable is not None:
                # Entered with answers of its own (a new story), not with its empty draft (the menu's "5").
                told = draft is not None and draft.model_dump(mode="json") != self._fresh_draft(target_flow)
                conv, offered = self._kept_form(conv, target_flow, now, out, target=target, told=told)
                if offered is not None:
                    target, target_flow, draft = offered, self.registry.flow_of(offered), None  # type: ignore[assignment]
                    assert target_flow is not None
        target_step = self.registry.step(target)
        assert target_step is not None
        history = conv.history
        new_draft: dict[str, Any] = conv.draft
        replacement = draft.model_dump(mode="json") if draft is not None else None
        if target_flow.overlay:
            history = (*history, conv.state) if push else history
        elif current_flow is not None and current_flow.overlay and target_flow is self._flow_for_draft(conv):
            pass  # back from the overlay into the flow it interrupted: its draft and history stay
        elif current_flow is None or target_flow.name != current_flow.name or target == self.registry.home:
            if target == self.registry.home:
                history = ()
            elif not push:
                history = conv.history  # back to a page: what led to it
            elif self._page(conv.state, current_flow):
                history = (*conv.history, conv.state)[-MAX_HISTORY:]  # "kembali" at the first question: the page
            else:
                history = (self.registry.home,)
            new_draft = self._fresh_draft(target_flow)
        elif replacement is not None and self._forgets_answers(target_step, target_flow, replacement):
            # A result that starts its flow's answers afresh (a finished status check forgets its NIK): the
            # questions that led to it would come back without them, so "kembali" goes to what came before.
            history = self._before_flow(history, target_flow)
        else:
            current_step = self.registry.step(conv.state)
            if push and target != conv.state and current_step is not None and not current_step.transient:
                history = (*history, conv.state)[-MAX_HISTORY:]
        if replacement is not None:
            new_draft = replacement
        came_from = came_from or conv.state
        conv = conv.but(state=target, draft=new_draft, history=history, version=conv.version + 1, updated_at=now,
                        memo=self._idle_timer(conv, target_step, now, out))
        if not target_step.transient:
            ctx = self._ctx(conv, target_step, now, came_from)
            assert ctx is not None
            out.prompt = self._prompt(conv, target_step, ctx)
        return conv

    def _pause(self, conv: Conversation, now: dt.datetime, out: _Out) -> Conversation:
        """The conversation with its form kept, when it leaves a form with answers (conversations.paused)."""
        form = self._form_left(conv, now)
        return conv if form is None else conv.but(memo=self._keep(conv.memo, form, now, out))

    def _keep(self, memo: Mapping[str, Any], form: PausedForm, now: dt.datetime, out: _Out) -> dict[str, Any]:
        """The memo with `form` kept; the form handed out to be reminded of, with a deadline that runs on while it
        waits."""
        flow = self._flow_named(form.flow)
        found = flow.kept_deadline(form.draft, now) if flow is not None and flow.kept_deadline is not None else None
        if found is not None:
            out.effects.append(KeptForm(form.flow, form.at, found[0].astimezone(dt.UTC), found[1].key))
        else:
            zone = flow.zone_of_kept(form.draft) if flow is not None else None
            out.effects.append(KeptForm(form.flow, form.at, zone=zone.key if zone is not None else ""))
        return with_paused(memo, form)

    def _forget(self, conv: Conversation, flow: Flow, out: _Out) -> Conversation:
        """The conversation without the form kept for `flow` (continued, replaced, dropped or too old)."""
        if isinstance(kept := conv.memo.get(MEMO_PAUSED), dict) and flow.name in kept:
            out.effects.append(KeptForm(flow.name, None))
        return conv.but(memo=without_paused(conv.memo, flow.name))

    def _form_left(self, conv: Conversation, now: dt.datetime) -> PausedForm | None:
        """The form a conversation leaving its state leaves unfinished, if it is one to keep; from an overlay over it
        (the question whether to switch), the form the overlay interrupted."""
        state, history = conv.state, conv.history
        flow = self.registry.flow_of(state)
        if flow is not None and flow.overlay:
            flow = self._flow_for_draft(conv)
            at = next((n for n in range(len(history) - 1, -1, -1) if self.registry.flow_of(history[n]) is flow), None)
            if at is None:
                return None
            state, history = history[at], history[:at]
        step = self.registry.step(state)
        if (flow is None or flow.resumable is None or step is None or step.timeout is not _NOTICE or step.transient
                or not conv.draft or conv.draft == self._fresh_draft(flow)):
            return None
        return PausedForm(flow.name, state, conv.draft, history, conv.updated_at or now)  # as last answered

    def _kept_form(self, conv: Conversation, flow: Flow, now: dt.datetime, out: _Out, *, target: str, told: bool
                   ) -> tuple[Conversation, str | None]:
        """Entering `flow` from elsewhere: the question whether to continue its kept form, when it has one and is
        entered at its first question; `told`: entered with answers of its own (a new story), the kept one goes."""
        if self.registry.resume is None or MEMO_PAUSED not in conv.memo:
            return conv, None
        if told or paused_form(conv.memo, flow.name, now) is None:  # replaced, or older than it is kept
            return self._forget(conv, flow, out), None
        if target == flow.entry:
            return conv.but(memo={**conv.memo, MEMO_OFFERED: flow.name}), self.registry.resume
        return conv, None

    def _resume(self, conv: Conversation, outcome: Resume, now: dt.datetime, out: _Out) -> Conversation:
        """The form the question was about, where it was left (or its flow afresh, with `outcome.restart`)."""
        flow = self._flow_named(conv.memo.get(MEMO_OFFERED))
        form = paused_form(conv.memo, flow.name, now) if flow is not None else None
        if flow is None:
            out.said.append(_("Tidak ada isian yang bisa dilanjutkan."))
            return self._to_home(conv, now, out)
        conv = self._forget(conv, flow, out)
        restored = self._restored(conv, flow, form) if form is not None and not outcome.restart else None
        if restored is None:
            if not outcome.restart:
                out.said.append(_("Maaf, isian sebelumnya tidak bisa dilanjutkan. Kita mulai dari awal."))
            return self._enter(self._home(conv), flow.entry, now, out)
        out.said.append(_("Baik, kita lanjutkan."))
        step = self.registry.step(restored.state)
        assert step is not None  # checked by _restored
        if outcome.answer is None or step.expects not in _TYPED_ANSWERS:  # free text is not taken unasked
            return self._enter(restored, restored.state, now, out, push=False)
        ctx = self._ctx(restored, step, now)
        assert ctx is not None  # checked by _restored
        return self._on_text(restored, step, ctx, outcome.answer, now, out)[0]

    def _restored(self, conv: Conversation, flow: Flow, form: PausedForm) -> Conversation | None:
        """None when the kept form no longer fits its flow (an update changed its questions or its answers)."""
        step = self.registry.step(form.state)
        if step is None or self.registry.flow_of(form.state) is not flow or step.transient \
                or self._parse_draft(flow, form.draft) is None:
            return None
        return conv.but(state=form.state, draft=dict(form.draft), history=form.history)

    def _flow_named(self, name: object) -> Flow | None:
        return next((flow for flow in self.registry.flows if flow.name == name), None) if name else None

    def _page(self, state: str, flow: Flow | None) -> bool:
        """An information page (no draft to lose, nothing asked): one can go back to it as it was."""
        step = self.registry.step(state)
        return (step is not None and step.timeout is _QUIET and flow is not None and not flow.overlay
                and flow.draft_model is NoDraft and state != self.registry.home)

    def _forgets_answers(self, step: Step, flow: Flow, replacement: dict[str, Any]) -> bool:
        """A result page whose new draft is the flow's empty one."""
        return step.timeout is _QUIET and not step.transient and replacement == self._fresh_draft(flow)

    def _before_flow(self, history: tuple[str, ...], flow: Flow) -> tuple[str, ...]:
        kept = list(history)
        while kept and self.registry.flow_of(kept[-1]) is flow:
            kept.pop()
        return tuple(kept)

    def _fresh_draft(self, flow: Flow) -> dict[str, Any]:
        fresh = self._fresh_drafts.get(flow.name)
        if fresh is None:
            fresh = self._fresh_drafts[flow.name] = flow.draft_model().model_dump(mode="json")
        return dict(fresh)

    def _idle_timer(self, conv: Conversation, step: Step, now: dt.datetime, out: _Out) -> dict[str, Any]:
        """The memo after entering `step`. A step that can end idle needs the idle timer written, unless one is
        written already to fire later: it is written once, not on every message, and when it fires while the
        user was active since, it is moved to their last message plus the idle time (`_expire`). A step that
        cannot end idle leaves a written timer be: firing there ends nothing."""
        if step.timeout is _NO_TIMEOUT:
            return conv.memo
        armed = conv.memo.get(MEMO_IDLE_AT)
        if isinstance(armed, int) and armed >= now.timestamp():
            return conv.memo
        return self._set_idle_timer(conv, now + self.idle_timeout, conv.version + 1, out)

    @staticmethod
    def _set_idle_timer(conv: Conversation, fire_at: dt.datetime, version: int, out: _Out) -> dict[str, Any]:
        """`version`: the conversation's once this step is done (what it was when the timer was set)."""
        out.effects.append(SetTimer(IDLE_TIMER, fire_at, version))
        return {**conv.memo, MEMO_IDLE_AT: math.ceil(fire_at.timestamp())}

    def _reask(
        self, conv: Conversation, step: Step, ctx: Ctx[Any], out: _Out, *, again: bool = True, brief: bool = False
    ) -> tuple[Conversation, _Out]:
        """`brief`: a page or a question with choices missed: a long one is not shown again (it is still just above
        on the phone's screen), only its choices under the apology."""
        if not step.transient:
            out.prompt = self._prompt(conv, step, ctx._replace(again=True) if again else ctx, brief=brief)
        return conv, out

    def _back(self, conv: Conversation, now: dt.datetime, out: _Out) -> tuple[Conversation, _Out]:
        history = list(conv.history)
        while history:
            previous = history.pop()
            step = self.registry.step(previous)
            if step is not None and not step.transient:
                conv = conv.but(history=tuple(history))
                return self._enter(conv, previous, now, out, push=False), out
        return self._to_home(conv, now, out), out

    def _to_home(self, conv: Conversation, now: dt.datetime, out: _Out) -> Conversation:
        """The main menu, afresh: what was being filled in is dropped."""
        return self._enter(self._home(conv), self.registry.home, now, out, push=False, came_from=conv.state)

    def _home(self, conv: Conversation) -> Conversation:
        return conv.but(state=self.registry.home, draft={}, history=())

    def _global(
        self, conv: Conversation, step: Step, command: Command, now: dt.datetime, out: _Out, *, said: str = ""
    ) -> tuple[Conversation, _Out]:
        """`said`: the text that was the command ("" for a slash command or a button)."""
        in_flow = step.timeout is _NOTICE  # mid-flow; an information page or a result loses nothing
        if command is Command.CANCEL and step.on_cancel is not None and (ctx := self._ctx(conv, step, now)) is not None \
                and (outcome := step.on_cancel(ctx, said)) is not None:
            return self._apply(conv, step, outcome, now, out)
        if command in (Command.MENU, Command.CANCEL) and step.leaving is not None:
            out.said.append(str(step.leaving))
            return self._to_home(conv, now, out), out
        if command is Command.MENU:
            return self._to_home(self._pause(conv, now, out), now, out), out
        if command is Command.CANCEL and conv.state == self.registry.resume:  # "continue?" "batal": it is dropped
            flow = self._flow_named(conv.memo.get(MEMO_OFFERED))
            conv = self._forget(conv, flow, out) if flow is not None else conv
            in_flow = flow is not None
        if command is Command.CANCEL:
            if in_flow:
                out.said.append(_("Dibatalkan. Isian yang belum dikirim tidak disimpan."))
            else:
                out.said.append(_("Tidak ada yang perlu dibatalkan."))
            flow = self.registry.flow_of(conv.state)
            if in_flow and flow is not None and flow.cancel_to is not None:
                return self._enter(conv.but(draft={}, history=()), flow.cancel_to, now, out, push=False,
                                   came_from=conv.state), out
            return self._to_home(conv, now, out), out
        if command is Command.OPT_OUT:
            if in_flow:
                out.said.append(_("Dibatalkan. Isian yang belum dikirim tidak disimpan."))
            out.said.append(_("Baik, Anda tidak akan menerima pengingat dan siaran lagi. Jawaban untuk Anda dan "
                              "kabar klaim Anda tetap dikirim. Ketik MULAI untuk menerimanya lagi."))
            out.effects.append(SetOutreach(opted_out=True))
            conv = conv.but(memo={**conv.memo, MEMO_OPTED_OUT: True})
            return self._to_home(conv, now, out), out
        if command is Command.OPT_IN:
            out.effects.append(SetOutreach(opted_out=False))
            if conv.memo.get(MEMO_OPTED_OUT):
                out.said.append(_("Pengingat dan siaran aktif lagi. Ketik BERHENTI kapan saja untuk "
                                  "menghentikannya."))
                conv = conv.but(memo={k: v for k, v in conv.memo.items() if k != MEMO_OPTED_OUT})
            return self._to_home(conv, now, out), out
        if command is Command.BACK or command is Command.MISTAP and conv.history:
            return self._back(conv, now, out)
        if command is Command.MISTAP:
            ctx = self._ctx(conv, step, now)
            if ctx is None or step.transient:
                return self._back(conv, now, out)
            # at a menu, or right after what was sent: the same question (was the main menu and its greeting)
            out.said.append(_("Tidak apa-apa."))
            return self._reask(conv, step, ctx, out, brief=True)
        if command is Command.LANGUAGE:
            target = self._language_state()
            if conv.state == target:
                return self._reask(conv, step, self._ctx(conv, step, now), out)  # type: ignore[arg-type]
            return self._enter(conv, target, now, out), out
        # HELP
        if step.help is not None:
            out.said.append(str(step.help))
        out.said.append(
            _("Ketik \"menu\" untuk ke menu utama, \"kembali\" untuk ke pertanyaan sebelumnya, "
              "\"batal\" untuk membatalkan, atau \"bahasa\" untuk ganti bahasa. "
              "Untuk pertanyaan lain, hubungi Contact Center BPJS Ketenagakerjaan 175.")
        )
        ctx = self._ctx(conv, step, now)
        if ctx is None or step.transient:
            return conv, out
        return self._reask(conv, step, ctx, out)

    def _language_state(self) -> str:
        for flow in self.registry.flows:
            if flow.overlay:
                return flow.entry
        raise RuntimeError("no language overlay registered")

    # -- timers ------------------------------------------------------------------------------

    def _expire(self, conv: Conversation, now: dt.datetime, out: _Out) -> tuple[Conversation, _Out]:
        """The idle timer fired (and is gone): the session ends if the user has been idle that long at a step
        that can end idle; if they wrote since it was set, it is set again from their last message."""
        unarmed = {k: v for k, v in conv.memo.items() if k != MEMO_IDLE_AT}
        step = self.registry.step(conv.state)
        if step is None or step.timeout is _NO_TIMEOUT:
            return conv.but(memo=unarmed), out
        idle_from = conv.updated_at or now
        if now < idle_from + self.idle_timeout:
            return conv.but(memo=self._set_idle_timer(conv, idle_from + self.idle_timeout, conv.version, out)), out
        notice = _EXPIRED if step.timeout is _NOTICE else None
        form = self._form_left(conv, now)
        kept = unarmed if form is None else self._keep(unarmed, form, now, out)
        memo = {k: v for k, v in kept.items() if k not in SESSION_MEMO}
        if form is not None and notice is not None:
            memo[MEMO_LEFT_IDLE] = form.flow
        expired = self._home(conv).but(version=conv.version + 1, notice=notice, memo=memo, updated_at=now)
        out.effects.append(ClearTimer(IDLE_TIMER))
        return expired, out

    # -- rendering ---------------------------------------------------------------------------

    def _prompt(self, conv: Conversation, step: Step, ctx: Ctx[Any], *, brief: bool = False) -> Reply:
        ask = step.ask(ctx) if callable(step.ask) else str(step.ask)
        if brief and len(ask) > REPEATED_AT_MOST:
            ask = ""
        choices = self._choices(self._options(step, ctx))
        return Reply(
            text=ask,
            choices=choices,
            version=conv.version if choices else None,
            expects=step.expects,
            contact_label=_("Kirim nomor HP saya") if step.expects is _EXPECT_CONTACT else None,
            locale=current_locale(),
        )

    def _choices(self, options: tuple[Option, ...]) -> tuple[ChoiceOut, ...]:
        return self._rendered_options(options)[0]

    def _labels(self, options: tuple[Option, ...]) -> tuple[str, ...]:
        return self._rendered_options(options)[1]

    def _rendered_options(self, options: tuple[Option, ...]) -> tuple[tuple[ChoiceOut, ...], tuple[str, ...]]:
        """Buttons and their labels in the current language. A list seen before is found by its identity (it
        is held here, so the id is not reused); another by its labels; one whose labels cannot be hashed is
        rendered each time."""
        locale = current_locale()
        same = self._rendered_lists.get((id(options), locale))
        if same is not None and same[0] is options:
            return same[1], same[2]
        key: tuple[str, Any] | None
        try:
            key = (locale, tuple((o.id, o.label) for o in options))
            rendered = self._rendered.get(key)
        except TypeError:
            key, rendered = None, None
        if rendered is None:
            rendered = tuple(ChoiceOut(id=o.id, label=str(o.label)) for o in options)
            if key is not None:
                if len(self._rendered) >= RENDERED_KEPT:
                    self._rendered.clear()  # labels with changing values (references) must not pile up
                self._rendered[key] = rendered
        labels = tuple(choice.label for choice in rendered)
        if len(self._rendered_lists) >= RENDERED_KEPT:
            self._rendered_lists.clear()  # lists built afresh on each message (a user's claims) must not pile up
        self._rendered_lists[(id(options), locale)] = (options, rendered, labels)
        return rendered, labels

    @staticmethod
    def _replies(out: _Out) -> tuple[Reply, ...]:
        texts = [text for text in out.said if text]
        replies: list[Reply] = []
        prompt = out.prompt
        if prompt is not None and texts:
            joined = "\n\n".join([*texts, prompt.text] if prompt.text else texts)
            if len(joined) <= MERGE_LIMIT:
                texts = []
                prompt = prompt.model_copy(update={"text": joined})
        if texts:
            for text in _merge(texts):
                replies.extend(Reply(text=chunk) for chunk in split_text(text))
        if prompt is not None:
            chunks = split_text(prompt.text)
            replies.extend(Reply(text=chunk) for chunk in chunks[:-1])
            replies.append(prompt if chunks[-1] == prompt.text else prompt.model_copy(update={"text": chunks[-1]}))
        return tuple(replies)


def _heard_only(step: Step, options: tuple[Option, ...], text: str) -> bool:
    """"ok", "siap" at a question of choices that has no yes: heard, not missed (it was a miss, or "sip" thanked)."""
    return step.timeout is _NOTICE and bool(options) and is_acknowledgement(text) and not is_unsure(text)


def joined(replies: list[Reply]) -> list[Reply]:
    """The replies of one message's steps (its own, then those of the results it waited for), a plain text
    joined to the reply after it while both fit one screen: what a step said before a look-up ("Baik, saya
    periksa NIK yang baru ini.") arrives with the question the look-up's result asks, as one message."""
    out: list[Reply] = []
    for reply in replies:
        if out and _plain(out[-1]) and len(out[-1].text) + 2 + len(reply.text) <= MERGE_LIMIT:
            out[-1] = reply.model_copy(update={"text": out[-1].text + "\n\n" + reply.text})
        else:
            out.append(reply)
    return out


def _plain(reply: Reply) -> bool:
    return not reply.choices and reply.expects is _EXPECT_NOTHING and reply.template is None


def _merge(texts: list[str]) -> list[str]:
    """Join short texts into as few messages as fit one phone screen (they were joined up to the channel's limit: what
    was noted of a death told with its NIK, with the figures after it, made one message of 807 characters)."""
    merged: list[str] = []
    for text in texts:
        if merged and len(merged[-1]) + 2 + len(text) <= MERGE_LIMIT:
            merged[-1] = merged[-1] + "\n\n" + text
        else:
            merged.append(text)
    return merged
