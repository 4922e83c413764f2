"""The flows of Kawan Kerja, and the registry that ties them to the main menu."""

from __future__ import annotations

from conversations.flows import accident, benefits, calculator, death, documents, menu, settings, status, tracking
from conversations.registry import Registry


def build_registry() -> Registry:
    return Registry(
        flows=(menu.FLOW, status.FLOW, benefits.FLOW, calculator.FLOW, accident.FLOW, death.FLOW, documents.FLOW,
               tracking.FLOW, settings.FLOW),
        home=menu.MenuState.MAIN,
    )
