"""Tickets: a conversation handed to a person (same SQL for SQLite and PostgreSQL). Messages are sealed; the
area, status and clock are in clear so an inbox can be listed and escalated without opening anything."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from conversations.domain.masking import mask_nik_in_text
from conversations.domain.nominations import Area
from conversations.model import Event, EventKind, Reply
from storage.timestamps import parse_ts, ts

if TYPE_CHECKING:
    from storage.crypto import Protector
    from storage.sql import Sql


@dataclass(frozen=True, slots=True)
class StoredTicket:
    id: int
    reference: str
    channel: str
    user: str
    topic: str
    area: Area
    claim_reference: str | None
    status: str
    outcome: str | None
    rating: int | None
    locale: str | None
    created_at: dt.datetime
    first_reply_at: dt.datetime | None
    escalated_at: dt.datetime | None
    closed_at: dt.datetime | None
    assigned_to: str | None = None
    """The actor ("officer:7") who took it from the inbox."""


@dataclass(frozen=True, slots=True)
class TicketMessage:
    author: str
    """"user", "bot" (the conversation before the ticket), or the officer's actor ("officer:7", "cli:ani")."""
    text: str
    at: dt.datetime
    kind: str = "message"
    """"message", "history" (copied when the ticket opened) or "file" (a document the user sent)."""
    media_digest: str | None = None


SAID_LIMIT = 300
HISTORY = 12
"""How much of the conversation before a ticket it carries: the last messages of both sides of one day."""


def said_of(event: Event) -> str | None:
    """What a user's event said, as an officer may read it later: NIKs masked, long texts cut."""
    if event.kind is EventKind.TEXT or (event.kind is EventKind.CHOICE and event.text):
        said = event.text
    elif event.kind is EventKind.COMMAND:
        said = f"/{event.command or ''} {event.text}".strip()
    elif event.kind is EventKind.MEDIA and event.media is not None:
        said = f"[{event.media.file_name or event.media.mime_type or '?'}]"  # data, not a sentence: no catalog
    else:
        return None  # a shared contact is a phone number: not kept
    return mask_nik_in_text(" ".join(said.split()))[:SAID_LIMIT] or None


_COLUMNS = ("id, reference, channel, user_key, topic, city, kecamatan, kelurahan, claim_reference, status, outcome, "
            "rating, locale, created_at, first_reply_at, escalated_at, closed_at, assigned_to")


def _when(value: object) -> dt.datetime | None:
    return parse_ts(str(value)) if value else None


class TicketStore:
    __slots__ = ()
    _db: Sql
    _p: Protector

    def _ticket(self, row: Sequence[Any]) -> StoredTicket:
        (id_, ref, channel, user, topic, city, kecamatan, kelurahan, claim, status, outcome, rating, locale,
         created, first, escalated, closed, assigned) = row
        return StoredTicket(int(id_), str(ref), str(channel), str(user), str(topic),
                            Area(str(city), str(kecamatan), str(kelurahan)), claim, str(status), outcome,
                            int(rating) if rating is not None else None, locale, parse_ts(str(created)),
                            _when(first), _when(escalated), _when(closed), assigned)

    async def create_ticket(self, channel: str, user: str, topic: str, area: Area, claim_reference: str | None,
                            locale: str | None, at: dt.datetime) -> StoredTicket | None:
        """A new open ticket with the next reference of the year; None when this account has one open."""
        if await self.open_ticket_of(channel, user) is not None:
            return None
        year = at.year
        rows = await self._db.execute_fetchall("SELECT count(*) FROM ticket WHERE reference LIKE ?",
                                               (f"TKT-{year}-%",))
        reference = f"TKT-{year}-{int(rows[0][0]) + 1:06d}"
        await self._db.execute(
            "INSERT INTO ticket (reference, channel, user_key, topic, city, kecamatan, kelurahan, claim_reference, "
            "status, locale, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            (reference, channel, user, topic, area.city, area.kecamatan, area.kelurahan, claim_reference, locale,
             ts(at)))
        return await self.ticket(reference)

    async def ticket(self, reference: str) -> StoredTicket | None:
        rows = await self._db.execute_fetchall(f"SELECT {_COLUMNS} FROM ticket WHERE reference = ?",
                                               (reference.strip().upper(),))
        return self._ticket(rows[0]) if rows else None

    async def open_ticket_of(self, channel: str, user: str) -> StoredTicket | None:
        rows = await self._db.execute_fetchall(
            f"SELECT {_COLUMNS} FROM ticket WHERE channel = ? AND user_key = ? AND status = 'open'", (channel, user))
        return self._ticket(rows[0]) if rows else None

    async def last_ticket_of(self, channel: str, user: str) -> StoredTicket | None:
        rows = await self._db.execute_fetchall(
            f"SELECT {_COLUMNS} FROM ticket WHERE channel = ? AND user_key = ? ORDER BY id DESC LIMIT 1",
            (channel, user))
        return self._ticket(rows[0]) if rows else None

    async def tickets(self, area: Area, status: str | None = "open", limit: int = 200) -> list[StoredTicket]:
        """The tickets of an area, oldest first."""
        clauses, params = ["city = ?"], [area.city]
        for column in ("kecamatan", "kelurahan"):
            if getattr(area, column):
                clauses.append(f"{column} = ?")
                params.append(getattr(area, column))
        if status is not None:
            clauses.append("status = ?")
            params.append(status)
        rows = await self._db.execute_fetchall(
            f"SELECT {_COLUMNS} FROM ticket WHERE {' AND '.join(clauses)} ORDER BY id LIMIT ?", (*params, limit))
        return [self._ticket(row) for row in rows]

    async def unanswered_tickets(self, before: dt.datetime) -> list[StoredTicket]:
        """Open tickets no officer has answered since `before`, not yet passed up."""
        rows = await self._db.execute_fetchall(
            f"SELECT {_COLUMNS} FROM ticket WHERE status = 'open' AND first_reply_at IS NULL AND escalated_at IS NULL "
            "AND created_at <= ? ORDER BY id", (ts(before),))
        return [self._ticket(row) for row in rows]

    async def add_ticket_message(self, ticket_id: int, author: str, text: str, at: dt.datetime, *,
                                 kind: str = "message", media_digest: str | None = None) -> None:
        await self._db.execute(
            "INSERT INTO ticket_message (ticket_id, author, sealed, created_at, kind, media_digest) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (ticket_id, author, self._p.encrypt(text.encode()), ts(at), kind, media_digest))
        if author not in ("user", "bot"):
            await self._db.execute(
                "UPDATE ticket SET first_reply_at = coalesce(first_reply_at, ?) WHERE id = ?", (ts(at), ticket_id))

    async def ticket_messages(self, ticket_id: int, limit: int = 100) -> list[TicketMessage]:
        rows = await self._db.execute_fetchall(
            "SELECT author, sealed, created_at, kind, media_digest FROM ticket_message WHERE ticket_id = ? "
            "ORDER BY id DESC LIMIT ?", (ticket_id, limit))
        return [self._message(row) for row in reversed(rows)]

    async def ticket_file(self, ticket_id: int, digest: str) -> TicketMessage | None:
        rows = await self._db.execute_fetchall(
            "SELECT author, sealed, created_at, kind, media_digest FROM ticket_message "
            "WHERE ticket_id = ? AND kind = 'file' AND media_digest = ?", (ticket_id, digest))
        return self._message(rows[0]) if rows else None

    def _message(self, row: Sequence[Any]) -> TicketMessage:
        author, sealed, at, kind, digest = row
        return TicketMessage(str(author), self._p.decrypt(bytes(sealed)).decode(), parse_ts(str(at)), str(kind),
                             digest)

    async def recent_exchange(self, channel: str, user: str, since: dt.datetime,
                              limit: int = HISTORY) -> list[TicketMessage]:
        """The last messages of both sides since `since`, oldest first, NIKs masked: what the user wrote (kept
        a few days) and what the bot answered."""
        said = await self._db.execute_fetchall(
            "SELECT said, received_at FROM inbound_event WHERE channel = ? AND user_key = ? AND said IS NOT NULL "
            "AND received_at >= ? ORDER BY seq DESC LIMIT ?", (channel, user, ts(since), limit))
        answered = await self._db.execute_fetchall(
            "SELECT payload, created_at FROM outbox WHERE channel = ? AND user_key = ? AND created_at >= ? "
            "AND (caused_by IS NULL OR (caused_by NOT LIKE 'ticket:%' AND caused_by <> 'proof_code')) "
            "ORDER BY id DESC LIMIT ?",
            (channel, user, ts(since), limit))
        lines: list[TicketMessage] = []
        for sealed, at in reversed(said):  # oldest first, so lines of the same second keep their order
            try:
                lines.append(TicketMessage("user", self._p.decrypt(bytes(sealed)).decode(), parse_ts(str(at)),
                                           "history"))
            except Exception:  # noqa: BLE001, S112 - one unreadable row does not hide the rest
                continue
        for sealed, at in reversed(answered):
            try:
                text = Reply.model_validate_json(self._p.decrypt(bytes(sealed))).text
            except Exception:  # noqa: BLE001, S112
                continue
            lines.append(TicketMessage("bot", mask_nik_in_text(text)[:SAID_LIMIT], parse_ts(str(at)), "history"))
        lines.sort(key=lambda line: (line.at, line.author != "user"))
        return lines[-limit:]

    async def replies_since(self, author: str, since: dt.datetime) -> int:
        rows = await self._db.execute_fetchall(
            "SELECT count(*) FROM ticket_message WHERE author = ? AND created_at >= ?", (author, ts(since)))
        return int(rows[0][0])

    async def forget_said(self, before: dt.datetime) -> int:
        """What users wrote is kept only a few days (the daily purge)."""
        cursor = await self._db.execute(
            "UPDATE inbound_event SET said = NULL WHERE said IS NOT NULL AND received_at < ?", (ts(before),))
        return max(cursor.rowcount, 0)

    async def set_ticket(self, ticket_id: int, *, status: str | None = None, outcome: str | None = None,
                         rating: int | None = None, escalated_to: Area | None = None,
                         assigned_to: str | None = None, at: dt.datetime | None = None) -> None:
        if assigned_to is not None:
            await self._db.execute("UPDATE ticket SET assigned_to = ? WHERE id = ?", (assigned_to, ticket_id))
        if status == "closed":
            await self._db.execute("UPDATE ticket SET status = 'closed', outcome = ?, closed_at = ? WHERE id = ?",
                                   (outcome, ts(at or dt.datetime.now(dt.UTC)), ticket_id))
        if rating is not None:
            await self._db.execute("UPDATE ticket SET rating = ? WHERE id = ?", (rating, ticket_id))
        if escalated_to is not None:
            await self._db.execute(
                "UPDATE ticket SET kecamatan = ?, kelurahan = ?, escalated_at = ? WHERE id = ?",
                (escalated_to.kecamatan, escalated_to.kelurahan, ts(at or dt.datetime.now(dt.UTC)), ticket_id))
