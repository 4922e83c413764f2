"""Labels and options shared by several flows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conversations.flow import Ctx, Option, Outcome
from conversations.i18n import LazyText, lazy_gettext

HOME = "menu.main"

LABEL_MENU = lazy_gettext("Menu utama")


def to_menu() -> Option:
    return Option("menu", LABEL_MENU, goto=HOME)


LABEL_YES = lazy_gettext("Ya")
LABEL_NO = lazy_gettext("Tidak")
YES_WORDS = ("iya", "ya", "y", "yoi", "betul", "benar", "ok", "oke", "sip", "yes", "yup", "yess", "iyo", "nggih")
NO_WORDS = ("gak", "ga", "nggak", "enggak", "engga", "tidak", "tdk", "ndak", "bukan", "no", "nope", "tak", "idak",
            "dak")
""""idak"/"dak" are Jambi Malay for no."""


def yes_no(yes: Callable[[Ctx[Any]], Outcome], no: Callable[[Ctx[Any]], Outcome],
           yes_label: LazyText = LABEL_YES, no_label: LazyText = LABEL_NO) -> tuple[Option, Option]:
    return (Option("yes", yes_label, then=yes, aliases=YES_WORDS), Option("no", no_label, then=no, aliases=NO_WORDS))
