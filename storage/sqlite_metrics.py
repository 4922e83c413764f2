"""What `/metrics` reads from the store on each scrape: small GROUP BY queries over indexed columns."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from conversations.domain.claims import ClaimStatus
from storage.timestamps import parse_ts, ts

if TYPE_CHECKING:
    from storage.sql import Sql

WAITING = ("pending", "approved")
"""Proposals an officer still has to decide."""
FINAL_CLAIMS = (ClaimStatus.PAID.value, ClaimStatus.REJECTED.value)


class MetricsStore:
    __slots__ = ()
    _db: Sql

    async def outbox_backlog(self) -> list[tuple[str, int, dt.datetime]]:
        """Per channel: messages not yet sent and when the oldest of them was made."""
        rows = await self._db.execute_fetchall(
            "SELECT channel, count(*), min(created_at) FROM outbox WHERE status = 'pending' GROUP BY channel")
        return [(str(channel), int(n), parse_ts(str(oldest))) for channel, n, oldest in rows]

    async def nominations_waiting(self, now: dt.datetime) -> list[tuple[str, str, str, str, int]]:
        """(city, kecamatan, status, age, count) of the proposals waiting for a decision; age by last change."""
        week, month = ts(now - dt.timedelta(days=7)), ts(now - dt.timedelta(days=30))
        rows = await self._db.execute_fetchall(
            "SELECT city, kecamatan, status, CASE WHEN updated_at >= ? THEN 'under_7d' WHEN updated_at >= ? "
            "THEN '7_to_30d' ELSE 'over_30d' END AS age, count(*) FROM nomination WHERE status IN (?, ?) "
            "GROUP BY city, kecamatan, status, age", (week, month, *WAITING))
        return [(str(c), str(k), str(s), str(a), int(n)) for c, k, s, a, n in rows]

    async def claims_past_deadline(self, now: dt.datetime) -> list[tuple[str, str, int]]:
        rows = await self._db.execute_fetchall(
            "SELECT city, kecamatan, count(*) FROM claim WHERE due_at IS NOT NULL AND due_at < ? "
            "AND status NOT IN (?, ?) GROUP BY city, kecamatan", (ts(now), *FINAL_CLAIMS))
        return [(str(c), str(k), int(n)) for c, k, n in rows]

    async def known_cities(self) -> list[str]:
        rows = await self._db.execute_fetchall(
            "SELECT city FROM officer WHERE city <> '' UNION SELECT city FROM quota ORDER BY 1")
        return [str(city) for (city,) in rows]
