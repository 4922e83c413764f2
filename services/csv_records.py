"""Reading a CSV one physical line per record: a stray quote costs its own line, never the lines after it
(the csv module would join them into one field and import the rest as one person's address)."""

from __future__ import annotations

import csv

from conversations.i18n import LazyText, lazy_gettext

MAX_FIELD = 1000
"""Longer than any name, address or area: a field over this is a broken line, not data."""


class RecordProblem(Exception):
    """Why one line is not a record; the line is reported and the others go on."""

    def __init__(self, reason: LazyText, **params: object) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.params = params


def split_record(line: str, width: int) -> list[str]:
    """The fields of one line, exactly `width` of them; [] for a blank line."""
    text = line.rstrip("\r\n")
    if not text.strip():
        return []
    if "\r" in text or "\n" in text:
        raise RecordProblem(lazy_gettext("ada baris baru di dalam isian"))
    if len(text) > width * (MAX_FIELD + 3):
        raise RecordProblem(lazy_gettext("ada isian lebih dari {limit} karakter"), limit=MAX_FIELD)
    if '"' in text:
        try:
            records = list(csv.reader([text], strict=True))
        except csv.Error:
            raise RecordProblem(lazy_gettext("tanda kutip (\") tidak berpasangan; baris ini tidak dibaca")) from None
        values = records[0] if records else []
    else:  # without quotes a CSV line is its commas: a million rows skip building a reader each
        values = text.split(",")
    if len(values) != width:
        raise RecordProblem(lazy_gettext("{count} kolom, seharusnya {width} seperti judul kolom"),
                            count=len(values), width=width)
    if len(text) > MAX_FIELD and any(len(value) > MAX_FIELD for value in values):
        raise RecordProblem(lazy_gettext("ada isian lebih dari {limit} karakter"), limit=MAX_FIELD)
    return [unneutralise(value) for value in values] if "'" in text else values


def unneutralise(value: str) -> str:
    """The apostrophe an export put before `=`, `+`, `-`, `@` comes off when the file is read back."""
    return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r") else value


def header_of(line: str) -> list[str]:
    try:
        return [name.strip() for name in next(csv.reader([line.rstrip("\r\n")], strict=True), [])]
    except csv.Error:
        return []
