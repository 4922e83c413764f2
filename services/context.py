"""What a service operation is given: the transaction it writes in, who asked, and when.

The chat (through the runtime's effect table), the CLI and the web desk all build one of these, so the same
function decides, writes and audits whichever of them asked."""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from storage.base import TimerRow, Tx

if TYPE_CHECKING:
    from services.outreach import OutreachConfig

Catalogs = Mapping[str, gettext.NullTranslations]
TimerKey = tuple[str, str, str]


@dataclass(slots=True)
class EffectContext:
    """One engine step's effects, applied in the step's own transaction for one chat account."""

    tx: Tx
    channel: str
    user: str
    now: dt.datetime
    timezone: ZoneInfo
    catalogs: Catalogs
    timers: dict[TimerKey, TimerRow | None] = field(default_factory=dict)
    """Timers this batch sets (a row) or clears (None); the runtime writes them once at the end."""
    locale: str = "id"
    """The language of the user who asked, for what is sent on their behalf (a code)."""
    code_channel: str | None = None
    """The channel that can reach a roster phone with a one-time code (WhatsApp when configured)."""
    holidays: frozenset[dt.date] = frozenset()
    """Public holidays, which working-day deadlines skip."""
    desk_url: str = ""
    """Where the officers' desk is served, for the sign-in links the chat hands out."""
    outreach: OutreachConfig | None = None
    """Templates and languages for what the bot sends first (a death report reaching the family)."""

    @property
    def actor(self) -> str:
        """The account as the audit log names it: channel and key, never a name or a phone in clear."""
        return f"{self.channel}:{self.user}"
