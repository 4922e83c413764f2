"""Forms left unfinished, kept to be continued later.

A report or a claim is often left half-way: the NIK is on a KK at home, an heir must ask a sibling, the phone
rings. Its answers were dropped with it and had to be told again, against a 2×24-hour reporting deadline. Now a
form left for the menu, for another request or by going idle is kept in the conversation's memo (sealed with the
rest of the conversation), one per flow, for `KEPT_FOR`; choosing its flow again offers to continue it. "batal"
still drops it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MEMO_PAUSED = "paused"
"""{flow name: {"state", "draft", "history", "at"}}: the forms left unfinished."""
MEMO_OFFERED = "resume_offer"
"""The flow whose form the question "continue?" is about."""
MEMO_LEFT_IDLE = "left_idle"
"""The flow whose form was kept when the conversation went idle: the next message offers it again."""
KEPT_FOR = dt.timedelta(days=7)
ANSWER_DIGITS = 6
"""A NIK, a KPJ, a phone number or a full date: fewer digits are a choice ("1") or words."""


def typed_answer(text: str) -> bool:
    """A number sent where a kept form is offered (the NIK they went to find, the day): read as the answer to the
    form's question, where that asks for one. Words are not: "asdfgh" would have been kept as an accident's place."""
    return sum(char.isdigit() for char in text) >= ANSWER_DIGITS


@dataclass(frozen=True, slots=True)
class PausedForm:
    flow: str
    state: str
    draft: Mapping[str, Any]
    history: tuple[str, ...]
    at: dt.datetime


def with_paused(memo: Mapping[str, Any], form: PausedForm) -> dict[str, Any]:
    kept = {**_paused(memo), form.flow: {"state": str(form.state), "draft": dict(form.draft),
                                          "history": list(form.history), "at": int(form.at.timestamp())}}
    return {**memo, MEMO_PAUSED: kept}


def paused_form(memo: Mapping[str, Any], flow: str, now: dt.datetime) -> PausedForm | None:
    """The form kept for `flow`, unless it is older than `KEPT_FOR` or cannot be read."""
    record = _paused(memo).get(flow)
    if record is None:  # the usual case, at every menu: no exception raised and caught for it
        return None
    try:
        at = dt.datetime.fromtimestamp(int(record["at"]), dt.UTC)  # type: ignore[index]
        form = PausedForm(flow, str(record["state"]), dict(record["draft"]),  # type: ignore[index]
                          tuple(str(state) for state in record["history"]), at)  # type: ignore[index]
    except (TypeError, KeyError, ValueError, OverflowError):
        return None
    return form if now - form.at <= KEPT_FOR else None


def without_paused(memo: Mapping[str, Any], flow: str) -> dict[str, Any]:
    """The memo without the form kept for `flow` (and without the question about it)."""
    kept = {name: record for name, record in _paused(memo).items() if name != flow}
    rest = {key: value for key, value in memo.items() if key not in (MEMO_PAUSED, MEMO_OFFERED)}
    return {**rest, MEMO_PAUSED: kept} if kept else rest


def _paused(memo: Mapping[str, Any]) -> Mapping[str, Any]:
    """Read only: every caller builds a new memo from it."""
    kept = memo.get(MEMO_PAUSED)
    return kept if isinstance(kept, dict) else {}
