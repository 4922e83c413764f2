"""Timestamps as SQLite stores them: UTC text of fixed width, so that text order is time order."""

from __future__ import annotations

import datetime as dt

UTC = dt.UTC


_last: tuple[dt.datetime | None, str] = (None, "")
"""The moment last written and its text: a batch writes the same `now` on many rows."""


def ts(value: dt.datetime) -> str:
    """`2026-12-01T03:04:05.000006Z` (isoformat is twice as fast as strftime on the hot path)."""
    global _last
    last = _last  # one read of one tuple: safe from the threads a big write runs in
    if last[0] is value:
        return last[1]
    utc = value if value.tzinfo is UTC else value.astimezone(UTC)  # the clock's own moments are UTC already
    text = utc.isoformat(timespec="microseconds")[:-6] + "Z"
    _last = (value, text)
    return text


def parse_ts(value: str) -> dt.datetime:
    """fromisoformat reads what `ts` writes ~40× faster than strptime."""
    parsed = dt.datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
