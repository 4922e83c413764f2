"""The question whether to continue a form left unfinished (conversations.paused), asked by the engine when the
form's flow is chosen again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from conversations.flow import Ctx, Flow, Goto, Option, Resume, Step, Timeout
from conversations.flows import accident, death, nominate
from conversations.flows.common import DONE, HOME, NO_WORDS, YES_WORDS
from conversations.i18n import _, format_date, lazy_gettext
from conversations.paused import KEPT_FOR, MEMO_OFFERED, PausedForm, paused_form, typed_answer

RESUMABLE = (accident.FLOW, death.FLOW, nominate.FLOW)
"""The flows whose forms are kept when left (Flow.resumable)."""


def kept_if_left(ctx: Ctx[Any], state: str) -> str | None:
    """What the form at `state` is called, when it is kept on being left now (the engine's rule, said before it
    happens: a resumable flow's, with answers); None when it is dropped."""
    flow = next((flow for flow in RESUMABLE if state.startswith(f"{flow.name}.")), None)
    return str(flow.resumable) if flow is not None and ctx.draft != type(ctx.draft)() else None


class ResumeState(StrEnum):
    ASK = "resume.ask"


def kept_forms(ctx: Ctx[Any]) -> list[tuple[Flow, str | None]]:
    """The flows with a form kept, for the menus' reminder, and by when an accident kept must be reported."""
    kept = []
    for flow in RESUMABLE:
        form = paused_form(ctx.conversation.memo, flow.name, ctx.now)
        if flow.resumable is not None and form is not None:
            kept.append((flow, _deadline(flow, form.draft, ctx)))
    return kept


def _deadline(flow: Flow, draft: Mapping[str, Any], ctx: Ctx[Any]) -> str | None:
    return accident.kept_report_deadline(dict(draft), ctx.now) if flow is accident.FLOW else None


def _offered(ctx: Ctx[Any]) -> tuple[Flow, PausedForm] | None:
    """The flow and kept form the question is about; None when it is gone (aged out, dropped, unreadable)."""
    name = ctx.conversation.memo.get(MEMO_OFFERED)
    flow = next((flow for flow in RESUMABLE if flow.name == name), None)
    form = paused_form(ctx.conversation.memo, flow.name, ctx.now) if flow is not None else None
    return (flow, form) if flow is not None and form is not None else None


def _local(ctx: Ctx[Any], flow: Flow, form: PausedForm, at: dt.datetime) -> dt.datetime:
    """`at` in the time of the person the form is about (the worker's city, as its deadline), else the bot's."""
    zone = flow.zone_of_kept(form.draft)
    return at.astimezone(zone).replace(tzinfo=None) if zone is not None else ctx.local_now + (at - ctx.now)


def _ask(ctx: Ctx[Any]) -> str:
    offered = _offered(ctx)
    if offered is None:
        return _("Lanjutkan isian yang belum selesai?")
    flow, form = offered
    when = _local(ctx, flow, form, form.at)
    asked = _("Anda punya {form} yang belum selesai, terakhir diisi {day} pukul {time}. Lanjutkan dari pertanyaan "
              "terakhir?").format(form=flow.resumable, day=format_date(when.date()), time=when.strftime("%H.%M"))
    deadline = _deadline(flow, form.draft, ctx)
    return asked if deadline is None else f"{deadline}\n{asked}"


CONTINUE = frozenset({"lanjut", "terusin", "teruskan", "meneruskan", "sambung"})
"""Normalised ("lanjutkan", "lanjutin", "continue" read as "lanjut"): a kept form asked for at the menu."""
CONTINUE_AT_MOST = 6
NAMED = {"accident": frozenset({"lapor", "laporan", "kecelakaan", "report", "accident"}),
         "death": frozenset({"klaim", "kematian", "santunan", "meninggal", "jkm", "claim"}),
         "nominate": frozenset({"daftarkan", "usulan", "usul", "warga"})}
"""Words naming which kept form is meant, when there are several."""


def continued_at_menu(ctx: Ctx[Any], words: tuple[str, ...]) -> str | None:
    """The entry of the kept form "lanjut", "lanjutkan laporan saya", "mau lanjutin yg tadi" asks for at the menu (the
    menu had said "Ada … yang belum selesai"; it was one's claims, or "not understood"): the one named, else the one
    left last. Entered there, the engine asks whether to continue it. None when nothing is kept or asked."""
    if not CONTINUE & set(words) or len(words) > CONTINUE_AT_MOST:
        return None
    return kept_entry(ctx, lambda flow: bool(NAMED.get(flow.name, frozenset()) & set(words)))


def nothing_to_continue(ctx: Ctx[Any], words: tuple[str, ...]) -> bool:
    """"lanjut" alone at the menu with no form kept (gone back past its first question, sent, or too old): it was "not
    understood"."""
    return bool(CONTINUE & set(words)) and set(words) <= CONTINUE | _AROUND_CONTINUE and kept_entry(ctx) is None


_AROUND_CONTINUE = frozenset({"aja", "saja", "ya", "dong", "deh", "kak", "min", "pak", "bu", "yang", "tadi", "mau", "saya",
                              "isi", "isian", "lagi"})


def kept_entry(ctx: Ctx[Any], preferred: Callable[[Flow], bool] | None = None) -> str | None:
    """The entry of the form kept last among those `preferred` names, else of the form kept last; None when none is
    kept. Entered there, the engine asks whether to continue it."""
    kept = [(form.at, flow) for flow in RESUMABLE
            if (form := paused_form(ctx.conversation.memo, flow.name, ctx.now)) is not None]
    named = [(at, flow) for at, flow in kept if preferred is not None and preferred(flow)]
    chosen = max(named or kept, key=lambda pair: pair[0], default=None)
    return chosen[1].entry if chosen is not None else None


def later(ctx: Ctx[Any]) -> Goto:
    """"nanti aja" at the question: not now, and the form stays kept ("not understood" before)."""
    offered = _offered(ctx)
    if offered is None:
        return Goto(DONE)
    flow, form = offered
    until = _local(ctx, flow, form, form.at + KEPT_FOR).date()
    return Goto(DONE, say=(_("Isian {form} Anda tetap saya simpan sampai {date}.").format(
        form=flow.resumable, date=format_date(until)),))


def _typed_instead(ctx: Ctx[Any], text: str) -> Resume | None:
    """A number typed instead of a choice: the answer to the form's question, if that asks for one (the engine
    decides)."""
    return Resume(answer=text) if typed_answer(text) else None


FLOW = Flow(
    name="resume",
    entry=ResumeState.ASK,
    steps=(
        Step(ResumeState.ASK, timeout=Timeout.QUIET, ask=_ask,
             options=(Option("continue", lazy_gettext("Lanjutkan"), then=lambda ctx: Resume(),
                             aliases=(*YES_WORDS, "lanjut")),
                      Option("restart", lazy_gettext("Mulai dari awal"), then=lambda ctx: Resume(restart=True),
                             aliases=(*NO_WORDS, "mulai lagi", "mulai baru", "ulang", "dari awal"))),
             on_text=_typed_instead, goes_to=frozenset({HOME})),
    ),
)
