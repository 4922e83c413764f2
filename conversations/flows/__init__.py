"""The flows of Kawan Kerja, and the registry that ties them to the main menu."""

from __future__ import annotations

from conversations.flows import benefits, calculator, menu, settings, status
from conversations.registry import Registry


def build_registry() -> Registry:
    return Registry(
        flows=(menu.FLOW, status.FLOW, benefits.FLOW, calculator.FLOW, settings.FLOW),
        home=menu.MenuState.MAIN,
    )
