"""The main menu: where every conversation starts and ends."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

from conversations.commands import normalise
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Step, Timeout
from conversations.flows import (
    accident,
    death,
    documents,
    handoff,
    nominate,
    officer,
    resume,
    status,
    tracking,
    understanding,
)
from conversations.flows.common import DONE, NEXT, SIGN_IN_PHRASES, YES_WORDS, MenuDraft, officer_of, to_menu
from conversations.flows.documents import reminder
from conversations.hints import choose_hint
from conversations.i18n import _, lazy_gettext
from conversations.model import MEMO_GREETED


class MenuState(StrEnum):
    MAIN = "menu.main"
    NEXT = NEXT
    DONE = DONE


CLAIM_FLOWS = tuple(f"{flow.name}." for flow in (documents.FLOW, tracking.FLOW, accident.FLOW, death.FLOW,
                                                 *resume.RESUMABLE))
"""Leaving one of these, the user is reminded of a claim left unfinished."""


def _greeting(ctx: Ctx[Any]) -> str:
    """The whole greeting on first contact and after the idle end; otherwise only the menu. An unfinished claim
    is recalled when the user greets or comes back and on leaving a claim, not each time the menu comes back."""
    greeted = MEMO_GREETED in ctx.conversation.memo
    greeting_answered = ctx.came_from is None and not ctx.again  # "halo": the menu is the answer
    recall = not greeted or greeting_answered or (ctx.came_from or "").startswith(CLAIM_FLOWS)
    unfinished = _unfinished(ctx) if recall else None
    if not greeted:
        greeting = _(
            "Halo, saya Kawan Kerja, asisten perlindungan BPJS Ketenagakerjaan untuk pekerja rentan. "
            "Saya bukan layanan resmi BPJS Ketenagakerjaan.\nMau dibantu apa?"
        ) + " " + choose_hint(ctx.conversation.channel)
    else:
        greeting = _("Menu utama. Mau dibantu apa?")
    return greeting if unfinished is None else f"{unfinished}\n\n{greeting}"


def _unfinished(ctx: Ctx[Any]) -> str | None:
    """Claims not yet complete, and forms left unfinished."""
    lines = [" ".join([_kept_line(flow), *([deadline] if deadline else [])]) for flow, deadline in resume.kept_forms(ctx)]
    claims = reminder(ctx.conversation)
    return "\n".join([*([claims] if claims else []), *lines]) or None


_SAID_YES = frozenset(normalise(word) for word in YES_WORDS)


def _yes_to_the_kept(ctx: Ctx[Any], text: str) -> Outcome | None:
    """"ya" at the menu that had said "Ada klaim … yang belum selesai: pilih lagi di menu": the same line came again, and
    again (a yes is an acknowledgement there); now the offer to continue it, which has its own way out."""
    if normalise(text.strip(",.!")) not in _SAID_YES:
        return None
    entry = resume.kept_entry(ctx)  # the form kept last
    return Goto(entry) if entry is not None else None


def _kept_line(flow: Flow) -> str:
    if flow is nominate.FLOW:  # on the officers' menu, not this one
        return _("Ada usulan warga yang belum selesai: ketik \"usulkan warga\" untuk melanjutkan.")
    return _("Ada {form} yang belum selesai: pilih lagi di menu untuk melanjutkan.").format(form=flow.resumable)


def _programme_named(ctx: Ctx[Any], text: str) -> Outcome | None:
    """"manfaat jkk" named this entry by its label's words and got the menu asking which programme: the one named."""
    words = set(normalise(text).split())
    if "jkk" in words and "jkm" not in words:
        return Goto("benefits.jkk")
    if "jkm" in words and "jkk" not in words:
        return Goto("benefits.jkm")
    return None


ENTRIES: Options = (
    Option("status", lazy_gettext("Cek kepesertaan"), then=status.start,
           aliases=("cek", "cek status", "status", "kepesertaan")),
    Option("benefits", lazy_gettext("Manfaat JKK & JKM"), goto="benefits.menu",
           aliases=("manfaat", "benefits"), reads=_programme_named),
    Option("calculator", lazy_gettext("Hitung santunan"), goto="calc.ask_case",
           aliases=("hitung", "kalkulator", "calculator")),
    Option("accident", lazy_gettext("Lapor kecelakaan kerja"), then=accident.start,
           aliases=("lapor", "kecelakaan", "lapor kecelakaan")),
    Option("death", lazy_gettext("Klaim santunan kematian"), then=death.start,
           aliases=("klaim kematian", "santunan kematian", "meninggal")),
    Option("track", lazy_gettext("Cek klaim"), then=tracking.start,
           aliases=("cek klaim", "status klaim", "klaim saya")),
    Option("language", lazy_gettext("Bahasa / Language"), goto="settings.language"),
    Option("help", lazy_gettext("Bantuan"), then=understanding.help_answer),
)
OFFICER_LOGIN = Option("officer", lazy_gettext("Masuk sebagai petugas"), then=officer.start,
                       aliases=("petugas", "ketua rt", "officer", *SIGN_IN_PHRASES))
OFFICER_MENU = Option("officer", lazy_gettext("Menu petugas"), then=officer.start,
                      aliases=("petugas", "officer"))


HANDOFF = Option("person", handoff.LABEL, then=handoff.start,
                 aliases=("bicara dengan petugas", "hubungi petugas", "cs", "operator"))


_FOR_OFFICERS: Options = (*ENTRIES, OFFICER_MENU, HANDOFF)
_FOR_EVERYONE: Options = (*ENTRIES, OFFICER_LOGIN, HANDOFF)


def main_options(ctx: Ctx[Any]) -> Options:
    """An account bound to an officer sees its menu; everyone else only the way in. Two fixed lists, so the
    engine renders each once."""
    return _FOR_OFFICERS if officer_of(ctx.conversation) is not None else _FOR_EVERYONE


SHORT_LABELS = {
    "accident": lazy_gettext("Lapor kecelakaan"),
    "death": lazy_gettext("Klaim kematian"),
    "person": handoff.SHORT_LABEL,
    "officer": lazy_gettext("Masuk petugas"),
}
"""Next steps are buttons on WhatsApp (at most 20 characters): the shorter name of the longer entries."""


def _next_options(ctx: Ctx[MenuDraft]) -> Options:
    by_id = {option.id: option for option in main_options(ctx)}  # an officer's own menu, or the way in
    chosen = (by_id[key] for key in ctx.draft.suggest if key in by_id)
    return (*(dataclasses.replace(o, label=SHORT_LABELS[o.id]) if o.id in SHORT_LABELS and o is not OFFICER_MENU
              else o for o in chosen), to_menu())


TARGETS = frozenset({MenuState.MAIN, status.StatusState.ASK_NIK, handoff.HandoffState.ASK_TOPIC, handoff.HandoffState.OPENING, accident.AccidentState.WHO, death.DeathState.ASK_NIK,
                     tracking.TrackState.LOADING, officer.OfficerState.LOADING, "settings.language", "benefits.menu",
                     "calc.ask_case"}) | understanding.ROUTE_TARGETS


FLOW = Flow(
    name="menu",
    entry=MenuState.MAIN,
    draft_model=MenuDraft,
    steps=(
        Step(
            MenuState.MAIN,
            timeout=Timeout.NONE,
            ask=_greeting,
            options=main_options,
            on_text=_yes_to_the_kept,
            goes_to=TARGETS,
            help=lazy_gettext("Pilih salah satu menu, misalnya \"Cek kepesertaan\" atau angka 1."),
        ),
        Step(
            MenuState.NEXT,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Ada lagi yang bisa saya bantu?"),
            options=_next_options,
            goes_to=TARGETS,
        ),
        Step(
            MenuState.DONE,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Baik, terima kasih. Jika perlu bantuan lagi, kirim pesan kapan saja."),
            options=(to_menu(),),
            goes_to=TARGETS,
        ),
    ),
)
