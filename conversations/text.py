"""Cutting long texts for channels with a size limit, at paragraph, line or word boundaries."""

from __future__ import annotations

from collections.abc import Callable

MAX_TEXT = 4096
PHONE_SCREEN = 700
"""What one reply should not outgrow, so it is read on a cheap phone without scrolling (and fits a WhatsApp body)."""


def split_text(text: str, limit: int = MAX_TEXT, measure: Callable[[str], int] = len) -> list[str]:
    """No part measures more than `limit`; `measure` counts as the channel does (after HTML escaping, say)."""
    if measure(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while measure(rest) > limit:
        window = limit
        while True:
            cut = max(rest.rfind("\n\n", 0, window), rest.rfind("\n", 0, window), rest.rfind(" ", 0, window))
            if cut <= window // 2:
                cut = window
            overshoot = measure(rest[:cut]) - limit
            if overshoot <= 0:
                break
            window = max(1, window - overshoot)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts or [""]
