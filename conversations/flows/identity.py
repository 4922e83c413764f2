"""The two questions every claim starts with: whose NIK, and the birth date that must agree with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from conversations.domain.nik import NikError, parse_nik
from conversations.flow import Ctx, Goto, Outcome, Retry
from conversations.flows.status import birth_date_problem, nik_problem_text
from conversations.i18n import _
from conversations.nlu.entities import read_nik

TextHandler = Callable[[Ctx[Any], str], Outcome]


def on_nik(then: str) -> TextHandler:
    """Check a NIK offline, keep it in the draft's `nik`, go to `then`."""
    def handle(ctx: Ctx[Any], text: str) -> Outcome:
        parsed = read_nik(text)
        if isinstance(parsed, NikError):
            return Retry(nik_problem_text(parsed))
        return Goto(then, draft=ctx.draft.model_copy(update={"nik": parsed.value}))
    return handle


def checked_birth_date(ctx: Ctx[Any], text: str) -> dt.date | Retry:
    """A real birth date that agrees with the NIK already in the draft, or what is wrong with it."""
    checked = birth_date_problem(text, ctx.today)
    if isinstance(checked, str):
        return Retry(checked)
    nik = parse_nik(ctx.draft.nik or "")
    if not isinstance(nik, NikError) and not nik.matches_birth_date(checked):
        return Retry(_("Tanggal lahir itu tidak cocok dengan tanggal lahir di NIK. Periksa lagi keduanya; "
                       "ketik \"kembali\" untuk memperbaiki NIK."))
    return checked


def on_birth_date(then: str) -> TextHandler:
    """The checked birth date, kept in `birth_date`; then `then`."""
    def handle(ctx: Ctx[Any], text: str) -> Outcome:
        checked = checked_birth_date(ctx, text)
        if isinstance(checked, Retry):
            return checked
        return Goto(then, draft=ctx.draft.model_copy(update={"birth_date": checked}))
    return handle
