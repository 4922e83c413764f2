"""Dates as Indonesians type them: 22-05-1990, 22/5/1990, 22 Mei 1990, 1990-05-22, 22.05.90."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari pebruari february feb peb",
        "maret march mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august agu agt ags aug",
        "september sept sep",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_NUMERIC = re.compile(r"^(\d{1,4})[\s./\-]+(\d{1,2})[\s./\-]+(\d{1,4})$")
_WORDY = re.compile(r"^(\d{1,2})[\s./\-]*([a-z]+)[\s./\-,]*(\d{2,4})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


def _year(text: str, today: dt.date) -> int | None:
    value = int(text)
    if len(text) == 4:
        return value
    if len(text) == 2:
        # Two digits: the latest year not after this one (a birth date is never in the future).
        year = 2000 + value
        return year if year <= today.year else 1900 + value
    return None


def _build(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """Return the date written, or None when it is not a real calendar date in a known form."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    cleaned = re.sub(r"^(tgl|tanggal|tg)\.?\s*", "", cleaned)
    if match := _NUMERIC.match(cleaned):
        first, second, third = match.groups()
        if len(first) == 4:  # ISO: year first
            return _build(int(first), int(second), int(third))
        return _build(_year(third, today), int(second), int(first))
    if match := _WORDY.match(cleaned):
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name)
        if month is None:
            return None
        return _build(_year(year, today), month, int(day))
    if match := _COMPACT.match(cleaned):
        day, month, year = match.groups()
        return _build(int(year), int(month), int(day))
    return None
