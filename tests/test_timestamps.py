"""Stored moments are UTC text of one width, so text order is time order, whatever zone they came in."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from storage.timestamps import parse_ts, ts

JAKARTA = ZoneInfo("Asia/Jakarta")


def test_every_zone_is_written_as_utc_of_fixed_width() -> None:
    utc = dt.datetime(2026, 12, 1, 3, 0, 0, 5, tzinfo=dt.UTC)
    assert ts(utc) == "2026-12-01T03:00:00.000005Z"
    assert ts(utc.astimezone(JAKARTA)) == "2026-12-01T03:00:00.000005Z"
    assert ts(dt.datetime(2026, 12, 1, 3, tzinfo=dt.timezone(dt.timedelta(0)))) == "2026-12-01T03:00:00.000000Z"
    assert parse_ts(ts(utc.astimezone(JAKARTA))) == utc


def test_a_moment_written_again_and_the_next_one_each_get_their_own_text() -> None:
    first = dt.datetime(2026, 12, 1, 3, tzinfo=dt.UTC)
    later = first + dt.timedelta(microseconds=1)
    assert [ts(first), ts(first), ts(later), ts(first)] == [
        "2026-12-01T03:00:00.000000Z", "2026-12-01T03:00:00.000000Z", "2026-12-01T03:00:00.000001Z",
        "2026-12-01T03:00:00.000000Z"]
