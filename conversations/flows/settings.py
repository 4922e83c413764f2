"""The language switch: an overlay that returns to the question it interrupted."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from conversations.flow import Back, Ctx, Flow, Option, Outcome, Step, Timeout
from conversations.i18n import lazy_gettext


class SettingsState(StrEnum):
    LANGUAGE = "settings.language"


def _choose(locale: str) -> Callable[[Ctx[Any]], Outcome]:
    def choose(ctx: Ctx[Any]) -> Outcome:
        return Back(say=(lazy_gettext("Bahasa diganti ke Bahasa Indonesia."),), locale=locale)

    return choose


FLOW = Flow(
    name="settings",
    entry=SettingsState.LANGUAGE,
    overlay=True,
    steps=(
        Step(
            SettingsState.LANGUAGE,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Pilih bahasa / Choose a language:"),
            options=(
                Option("id", lazy_gettext("Bahasa Indonesia"), then=_choose("id"),
                       aliases=("indonesia", "indo", "id", "bahasa indonesia")),
                Option("en", lazy_gettext("English"), then=_choose("en"), aliases=("inggris", "en", "english")),
            ),
            goes_to=frozenset({"menu.main"}),
        ),
    ),
)
