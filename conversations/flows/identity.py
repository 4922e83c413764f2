"""The worker whose claim it is: their NIK (the birth date inside it is read, not asked: it proves nothing),
and the birth date a nomination must agree with."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from conversations.domain.nik import NikError, parse_nik
from conversations.flow import Ctx, Outcome, Retry
from conversations.flows.common import answer_the_summary
from conversations.flows.status import birth_date_problem, nik_problem_text
from conversations.i18n import lazy_gettext
from conversations.nlu.entities import read_nik


def subject_of(ctx: Ctx[Any], text: str) -> dict[str, Any] | Retry:
    """The draft fields `nik` and `birth_date` (from the NIK) of a typed NIK, or what is wrong with it."""
    parsed = read_nik(text)
    if isinstance(parsed, NikError):
        # "ga tau nik nya, ktp nya dibawa suami": what was told is not lost by going to find it
        return Retry(nik_problem_text(parsed, kept=ctx.draft != type(ctx.draft)(), typed=text))
    return {"nik": parsed.value, "birth_date": parsed.birth_date(ctx.today)}


_NUMBER_ALONE = re.compile(r"^[\s\d.\-]+$")
NIK_LIKE_DIGITS = 12
"""A number this long, typed alone at a claim's summary, is a NIK meant (a KPJ has 11 digits)."""


def summary_or_a_nik_mistyped(ctx: Ctx[Any], text: str) -> Outcome:
    """At a claim's summary, a number alone that is no NIK ("1571107009621", 13 digits): what is wrong with it, as
    the NIK question says (was "Jawab dulu: apakah catatan di atas benar?"). A NIK right is read before this."""
    if _NUMBER_ALONE.match(text) and sum(ch.isdigit() for ch in text) >= NIK_LIKE_DIGITS \
            and isinstance(parsed := read_nik(text), NikError):
        return Retry(nik_problem_text(parsed))
    return answer_the_summary(ctx, text)


def nik_birth_date(nik: str | None, today: dt.date) -> dt.date | None:
    parsed = parse_nik(nik or "")
    return None if isinstance(parsed, NikError) else parsed.birth_date(today)


def checked_birth_date(ctx: Ctx[Any], text: str) -> dt.date | Retry:
    """A real birth date that agrees with the NIK already in the draft, or what is wrong with it."""
    checked = birth_date_problem(text, ctx.today)
    if isinstance(checked, str):
        return Retry(checked)
    return Retry(str(BIRTH_DATE_DISAGREES)) if disagrees_with_the_nik(ctx.draft.nik, checked) else checked


BIRTH_DATE_DISAGREES = lazy_gettext("Tanggal lahir itu tidak cocok dengan tanggal lahir di NIK. Periksa lagi keduanya; "
                                    "ketik \"kembali\" untuk memperbaiki NIK.")


def disagrees_with_the_nik(nik: str | None, born: dt.date) -> bool:
    parsed = parse_nik(nik or "")
    return not isinstance(parsed, NikError) and not parsed.matches_birth_date(born)


def birth_date_typed(text: str, today: dt.date) -> dt.date | None:
    """A real birth date typed as a date ("10-05-1980", "lahir 10 mei 1980"), not a number that fails to be one."""
    checked = birth_date_problem(text, today)
    return checked if isinstance(checked, dt.date) else None
