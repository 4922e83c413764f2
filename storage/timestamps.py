"""Timestamps as SQLite stores them: UTC text of fixed width, so that text order is time order."""

from __future__ import annotations

import datetime as dt

UTC = dt.UTC


def ts(value: dt.datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
