"""Labels and options shared by several flows."""

from __future__ import annotations

from conversations.flow import Option
from conversations.i18n import lazy_gettext

HOME = "menu.main"

LABEL_MENU = lazy_gettext("Menu utama")
LABEL_YES = lazy_gettext("Ya")
LABEL_NO = lazy_gettext("Tidak")

YES_WORDS = ("ya", "iya", "y", "yes", "yoi", "betul", "benar", "ok", "oke", "sip", "setuju")
NO_WORDS = ("tidak", "tdk", "gak", "ga", "nggak", "enggak", "ndak", "no", "n", "bukan", "belum")


def to_menu() -> Option:
    return Option("menu", LABEL_MENU, goto=HOME)
