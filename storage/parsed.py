"""Conversations as this process last wrote or read them, each with the row it was stored as.

Most messages come from a user whose conversation this process saved a moment ago: when the row read back is
byte for byte the row kept, the kept conversation is used instead of decrypting and parsing it again. Anything
that changed the row (another process, an erasure, a damaged draft) makes it differ, so it is read afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from conversations.model import Conversation
from storage.base import UserKey

KEPT = 4096
"""Conversations kept: the users of a busy few minutes (a few MB)."""


class ParsedConversations:
    __slots__ = ("_kept", "_limit")

    def __init__(self, limit: int = KEPT) -> None:
        self._kept: dict[UserKey, tuple[tuple[Any, ...], Conversation]] = {}
        self._limit = limit

    def get(self, key: UserKey, row: Sequence[Any]) -> Conversation | None:
        kept = self._kept.get(key)
        return kept[1] if kept is not None and kept[0] == tuple(row) else None

    def latest(self, key: UserKey) -> tuple[tuple[Any, ...], Conversation] | None:
        """The row and conversation last kept for `key` (for a save to reuse what did not change)."""
        return self._kept.get(key)

    def put(self, key: UserKey, row: tuple[Any, ...], conversation: Conversation) -> None:
        if self._kept.pop(key, None) is None and len(self._kept) >= self._limit:
            del self._kept[next(iter(self._kept))]  # the one written or read longest ago
        self._kept[key] = (row, conversation)

    def forget(self, key: UserKey) -> None:
        self._kept.pop(key, None)
