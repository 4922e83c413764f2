"""Labels and options shared by several flows."""

from __future__ import annotations

from conversations.flow import Option
from conversations.i18n import lazy_gettext

HOME = "menu.main"

LABEL_MENU = lazy_gettext("Menu utama")


def to_menu() -> Option:
    return Option("menu", LABEL_MENU, goto=HOME)
