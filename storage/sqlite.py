"""SQLite back end (WAL). One connection, one writer: transactions are serialised by a lock and every write
transaction starts with BEGIN IMMEDIATE, so readers never upgrade into a deadlock. Statements run on the
event loop's thread (storage.sqlite_connection says why)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from conversations.domain.claims import ClaimKind, ClaimStatus
from conversations.domain.claims import reference as claim_reference
from conversations.domain.nominations import Area
from conversations.model import Conversation, CreateClaim, Event, Media, Notice, Reply
from storage import migrations
from storage.base import (
    AuditEntry,
    DueTimer,
    InboundRecord,
    NewMessage,
    OutboundMessage,
    PendingEvent,
    StoredClaim,
    StoredDocument,
    StoreError,
    TimerRow,
    Unreadable,
    UpsertCounts,
    UserKey,
)
from storage.crypto import Protector
from storage.files import restrict_file
from storage.keycheck import verify_key
from storage.parsed import ParsedConversations
from storage.participants import (
    COLUMNS,
    PARTICIPANT_COLUMNS,
    EncodedParticipant,
    ParticipantPlace,
    ParticipantRow,
    StoredParticipant,
    decode_participant,
    encode_participant,
)
from storage.sql import Sql
from storage.sqlite_connection import InlineConnection
from storage.sqlite_desk import DeskStore
from storage.sqlite_erasure import ErasureStore
from storage.sqlite_metrics import MetricsStore
from storage.sqlite_nominations import NominationStore
from storage.sqlite_outreach import OutreachStore
from storage.sqlite_tickets import TicketStore, said_of
from storage.timestamps import parse_ts, ts

UTC = dt.UTC
_CHUNK = 500
_compact_json = json.JSONEncoder(separators=(",", ":")).encode
"""One encoder for every draft and memo: `json.dumps` with options builds a new one per call."""


def _json_list(values: Sequence[str]) -> str:
    """A list of strings as `json.dumps` writes it (a conversation's history, its failed checks' times)."""
    return "[" + ", ".join([encode_basestring_ascii(value) for value in values]) + "]"


_INSERT_PARTICIPANT = (f"INSERT INTO participant (nik_hash, {', '.join(COLUMNS)}, updated_at) "
                       f"VALUES ({','.join('?' * (len(COLUMNS) + 2))})")
OUTBOX_LEASE = dt.timedelta(seconds=30)
"""How long a dispatcher may take to send what it took before another may send it again (a dispatcher
that died mid-send: its messages go out again, at least once)."""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def area_values(area: Area | None) -> tuple[str, str, str]:
    return (area.city, area.kecamatan, area.kelurahan) if area is not None else ("", "", "")


def sqlite_path(url: str) -> str:
    """sqlite:///kawan.db → kawan.db; sqlite:////abs/x.db → /abs/x.db; sqlite:///:memory:."""
    if not url.startswith("sqlite:///"):
        raise ValueError("a SQLite URL looks like sqlite:///kawan.db")
    return url.removeprefix("sqlite:///")


log = logging.getLogger(__name__)


class LatestFailure:
    """When the newest proof failure in the file was recorded (its stored text), kept by the one process that
    writes it (Repository.one_writer). A lock-out check whose window starts after it has nothing to find and is
    answered without a query: nearly every check, failures being rare. Read from the file at first use, so an
    earlier run's failures count; it only moves forward, so a failure rolled back or erased costs a query, never
    a missed lock-out."""

    __slots__ = ("at", "known")

    def __init__(self) -> None:
        self.known = False
        self.at: str | None = None
        """None (once known): no failure at all."""


SENT_AGAIN = ("ON CONFLICT (claim_id, digest) DO UPDATE SET item = excluded.item, received_at = excluded.received_at, "
               "returned_at = NULL WHERE claim_document.returned_at IS NOT NULL")
"""A file already on the claim is nothing new, unless an officer sent it back: then it is a document again."""


class SqliteTx(NominationStore, DeskStore, MetricsStore, ErasureStore, OutreachStore, TicketStore):
    __slots__ = ("_db", "_failures", "_p", "_parsed", "_recorded_pending")

    def __init__(self, db: InlineConnection | Sql, protector: Protector, parsed: ParsedConversations | None = None,
                 failures: LatestFailure | None = None) -> None:
        self._db: Sql = cast(Sql, db)
        self._p = protector
        self._parsed = parsed
        self._failures = failures
        self._recorded_pending = False

    @property
    def protector(self) -> Protector:
        return self._p

    @property
    def recorded_pending(self) -> bool:
        return self._recorded_pending

    async def lock_area(self, kecamatan: str) -> None:
        """Nothing to do: a SQLite file has one writer, and every write transaction is BEGIN IMMEDIATE."""

    # -- inbound -----------------------------------------------------------------------------

    async def record_inbound(self, record: InboundRecord) -> bool:
        return (await self.record_inbound_many([record]))[0]

    async def record_inbound_many(self, records: Sequence[InboundRecord]) -> list[bool]:
        stored = await self._insert_inbound(records, None)
        self._recorded_pending = self._recorded_pending or bool(stored)
        return self._first_of_each(records, set(stored))

    async def record_handled(self, records: Sequence[InboundRecord], at: dt.datetime) -> list[PendingEvent | None]:
        stored = await self._insert_inbound(records, at)
        return [PendingEvent(stored[(r.channel, r.event_id)], r.channel, r.event_id, r.user, r.event) if new else None
                for r, new in zip(records, self._first_of_each(records, set(stored)), strict=True)]

    async def _insert_inbound(self, records: Sequence[InboundRecord], handled_at: dt.datetime | None
                              ) -> dict[tuple[str, str], int]:
        """The new ones' sequence numbers, by (channel, event id). What each said is kept from the moment it is
        recorded (sealed, NIKs masked: a ticket opened by this very message shows it); handled ones are stored
        processed already, without their sealed payload."""
        stored: dict[tuple[str, str], int] = {}
        handled = ts(handled_at) if handled_at is not None else None
        for start in range(0, len(records), _CHUNK):
            chunk = records[start:start + _CHUNK]
            params: list[Any] = []
            for r in chunk:
                payload = self._p.encrypt(r.event.model_dump_json(exclude_defaults=True).encode()) \
                    if handled is None else None
                params += (r.channel, r.event_id, r.user, payload, self._said(r.event), r.platform_seq,
                           ts(r.received_at), handled)
            await self._insert_new_events(
                "INSERT INTO inbound_event (channel, event_id, user_key, payload, said, platform_seq, received_at, "
                f"processed_at) VALUES {','.join(['(?, ?, ?, ?, ?, ?, ?, ?)'] * len(chunk))} "
                "ON CONFLICT (channel, event_id) DO NOTHING", params, chunk, stored)
        return stored

    async def _insert_new_events(self, insert: str, params: list[Any], chunk: Sequence[InboundRecord],
                                 stored: dict[tuple[str, str], int]) -> None:
        """Run the insert and note which of the chunk were new, from its count and last sequence number: a new
        row's `seq` is one more than the largest (SQLite's rowid rule), so one statement's rows are numbered in
        a run ending at `last`. RETURNING would say the same at twice the price of a one-row insert."""
        cursor = await self._db.execute(insert, params)
        inserted, last = cursor.rowcount, cursor.lastrowid
        if inserted == len(chunk):  # all new, the usual case: numbered in the order they were given
            first = last - inserted + 1
            stored.update(((r.channel, r.event_id), first + n) for n, r in enumerate(chunk))
        elif inserted:  # some were delivered before: the run of new numbers says which
            rows = await self._db.execute_fetchall(
                "SELECT channel, event_id, seq FROM inbound_event WHERE seq > ?", (last - inserted,))
            stored.update(((channel, event_id), seq) for channel, event_id, seq in rows)

    @staticmethod
    def _first_of_each(records: Sequence[InboundRecord], stored: set[tuple[str, str]]) -> list[bool]:
        """The same id twice in one batch: only the first is new."""
        seen: set[tuple[str, str]] = set()
        result = []
        for r in records:
            key = (r.channel, r.event_id)
            result.append(key in stored and key not in seen)
            seen.add(key)
        return result

    async def pending_events(self, limit: int, known: Mapping[tuple[str, str], Event] | None = None
                             ) -> list[PendingEvent]:
        rows = await self._db.execute_fetchall(
            "SELECT seq, channel, event_id, user_key, payload FROM inbound_event "
            "WHERE processed_at IS NULL ORDER BY seq LIMIT ?",
            (limit,),
        )
        return self._pending(rows, known or {})

    def _pending(self, rows: Sequence[Sequence[Any]], known: Mapping[tuple[str, str], Event]) -> list[PendingEvent]:
        return [PendingEvent(seq, channel, event_id, user, known.get((channel, event_id)) or self._event(payload))
                for seq, channel, event_id, user, payload in rows]

    def _event(self, payload: bytes | None) -> Event | Unreadable:
        try:
            return Event.model_validate_json(self._p.decrypt(payload or b""))
        except Exception as error:  # noqa: BLE001 - a damaged row or another key's: that event, not the batch
            return Unreadable(type(error).__name__)

    async def mark_processed(self, events: Sequence[PendingEvent], at: dt.datetime) -> None:
        # The payload may hold a NIK the user typed: once processed it is not kept. What the user said stays
        # (recorded with it, sealed, NIKs masked) for a few days: the recent conversation an officer sees on a ticket.
        await self._db.executemany("UPDATE inbound_event SET processed_at = ?, payload = NULL WHERE seq = ?",
                                   [(ts(at), event.seq) for event in events])

    def _said(self, event: Event) -> bytes | None:
        said = said_of(event)
        return self._p.encrypt(said.encode()) if said else None

    # -- conversations -----------------------------------------------------------------------

    async def load_conversations(self, keys: Sequence[UserKey]) -> dict[UserKey, Conversation | Unreadable]:
        found: dict[UserKey, Conversation | Unreadable] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            clause = " OR ".join(["(channel = ? AND user_key = ?)"] * len(chunk))
            params = [value for key in chunk for value in (key.channel, key.user)]
            rows = await self._db.execute_fetchall(
                "SELECT channel, user_key, state, version, draft, history, locale, notice, failed_checks, "
                f"updated_at, memo FROM conversation WHERE {clause}",
                params,
            )
            parsed = self._parsed
            for row in rows:
                key = UserKey(row[0], row[1])
                kept = parsed.get(key, row) if parsed is not None else None
                if kept is not None:
                    found[key] = kept
                    continue
                found[key] = conversation = self._conversation(row)
                if parsed is not None and isinstance(conversation, Conversation):
                    parsed.put(key, tuple(row), conversation)
        return found

    def _conversation(self, row: Sequence[Any]) -> Conversation | Unreadable:
        channel, user, state, version, draft, history, locale, notice, failed, updated, memo = row
        try:
            return Conversation(
                channel=channel,
                user_key=user,
                state=state,
                version=version,
                draft=json.loads(self._p.decrypt(draft)) if draft else {},
                history=tuple(json.loads(history)),
                locale=locale,
                notice=Notice(notice) if notice else None,
                failed_checks=tuple(parse_ts(v) for v in json.loads(failed)),
                updated_at=parse_ts(updated),
                memo=json.loads(self._p.decrypt(memo)) if memo else {},
            )
        except Exception as error:  # noqa: BLE001 - undecryptable, truncated, or not what the model expects
            return Unreadable(type(error).__name__)

    async def set_aside_conversation(self, key: UserKey, reason: str, at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO conversation_set_aside (channel, user_key, state, draft, memo, reason, set_aside_at) "
            "SELECT channel, user_key, state, draft, memo, ?, ? FROM conversation WHERE channel = ? AND user_key = ?",
            (reason, ts(at), key.channel, key.user))
        await self._db.execute("DELETE FROM conversation WHERE channel = ? AND user_key = ?", (key.channel, key.user))

    async def save_conversations(self, conversations: Sequence[Conversation]) -> None:
        now = dt.datetime.now(UTC)
        rows = [self._conversation_row(c, now) for c in conversations]
        await self._db.executemany(
            "INSERT INTO conversation (channel, user_key, state, version, draft, history, locale, notice, "
            "failed_checks, updated_at, memo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, user_key) DO UPDATE SET state = excluded.state, "
            "version = excluded.version, draft = excluded.draft, history = excluded.history, "
            "locale = excluded.locale, notice = excluded.notice, failed_checks = excluded.failed_checks, "
            "updated_at = excluded.updated_at, memo = excluded.memo",
            rows,
        )
        if self._parsed is not None:
            for c, row in zip(conversations, rows, strict=True):
                self._parsed.put(UserKey(c.channel, c.user_key), row, c)

    def _conversation_row(self, c: Conversation, now: dt.datetime) -> tuple[Any, ...]:
        """The row as `load_conversations` reads it back. A draft or memo equal to the one last kept is not
        sealed again: its sealed bytes are reused."""
        kept = self._parsed.latest(UserKey(c.channel, c.user_key)) if self._parsed is not None else None
        if kept is not None and kept[1].draft == c.draft:
            draft = kept[0][4]
        else:
            draft = self._p.encrypt(_compact_json(c.draft).encode()) if c.draft else None
        if kept is not None and kept[1].memo == c.memo:
            memo = kept[0][10]
        else:
            memo = self._p.encrypt(_compact_json(c.memo).encode()) if c.memo else None
        return (c.channel, c.user_key, c.state, c.version, draft, _json_list(c.history), c.locale,
                c.notice.value if c.notice else None, _json_list([ts(v) for v in c.failed_checks]),
                ts(c.updated_at or now), memo)

    # -- outbox ------------------------------------------------------------------------------

    async def enqueue(self, messages: Sequence[NewMessage], at: dt.datetime) -> None:
        stamp = ts(at)
        await self._db.executemany(
            "INSERT INTO outbox (channel, user_key, payload, not_before, caused_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(m.channel, m.user, self._p.encrypt(m.reply.model_dump_json(exclude_defaults=True).encode()),
              stamp, m.caused_by, stamp) for m in messages],
        )

    async def pending_outbox(
        self, channel: str, now: dt.datetime, limit: int, user: str | None = None
    ) -> list[OutboundMessage]:
        """What may leave now, leased to the caller until `now + OUTBOX_LEASE`: until then no other
        dispatcher takes it (mark it sent, failed or parked, or release it)."""
        stamp = ts(now)
        rows = await self._db.execute_fetchall(
            "UPDATE outbox SET leased_until = ? WHERE id IN ("
            " SELECT id FROM outbox AS o WHERE status = 'pending' AND channel = ? AND not_before <= ?"
            " AND (leased_until IS NULL OR leased_until < ?) AND (? IS NULL OR user_key = ?)"
            # A user's messages leave in order: nothing overtakes an earlier one that waits, is parked or is
            # being sent by another dispatcher. A reminder waiting for its hour (quiet hours) holds nothing up.
            " AND NOT EXISTS (SELECT 1 FROM outbox AS e WHERE e.channel = o.channel AND e.user_key = o.user_key"
            "  AND e.id < o.id AND e.status IN ('pending', 'parked') AND (e.status = 'parked'"
            "  OR (e.not_before > ? AND e.outreach_id IS NULL) OR e.leased_until >= ?))"
            " ORDER BY id LIMIT ?) "
            "RETURNING id, user_key, payload, attempts, caused_by, outreach_id",
            (ts(now + OUTBOX_LEASE), channel, stamp, stamp, user, user, stamp, stamp, limit),
        )
        return sorted(
            (OutboundMessage(id_, channel, user_key, Reply.model_validate_json(self._p.decrypt(payload)), attempts,
                             caused_by, outreach_id)
             for id_, user_key, payload, attempts, caused_by, outreach_id in rows),
            key=lambda message: message.id)

    async def start_sending(self, message_id: int, at: dt.datetime) -> bool:
        """A message the bot sends first is marked before its platform call: a worker killed during the call
        leaves it `sending` (reported as interrupted), never sent twice."""
        cursor = await self._db.execute(
            "UPDATE outbox SET status = 'sending', sending_since = ? WHERE id = ? AND status = 'pending'",
            (ts(at), message_id))
        return bool(getattr(cursor, "rowcount", 0))

    async def confirm_sending(self, channel: str, message_id: int, platform_id: str, at: dt.datetime) -> None:
        """The platform says a message marked `sending` left (a worker was killed before it could record that)."""
        await self._db.execute(
            "UPDATE outbox SET status = 'sent', platform_msg_id = ?, sent_at = ?, attempts = attempts + 1 "
            "WHERE id = ? AND channel = ? AND status = 'sending'", (platform_id, ts(at), message_id, channel))

    async def resend_unconfirmed(self, channel: str, before: dt.datetime) -> int:
        """Messages marked `sending` before `before` that the platform never confirmed: the call did not reach it
        (the worker was killed first), so they are sent again."""
        cursor = await self._db.execute(
            "UPDATE outbox SET status = 'pending', sending_since = NULL WHERE channel = ? AND status = 'sending' "
            "AND sending_since < ?", (channel, ts(before)))
        return max(int(getattr(cursor, "rowcount", 0) or 0), 0)

    async def release_messages(self, ids: Sequence[int]) -> None:
        await self._db.executemany("UPDATE outbox SET leased_until = NULL WHERE id = ?", [(i,) for i in ids])

    async def mark_sent(self, ids: Sequence[int], at: dt.datetime, platform_ids: Sequence[str | None]) -> None:
        await self._db.executemany(
            "UPDATE outbox SET status = 'sent', sent_at = ?, platform_msg_id = ?, attempts = attempts + 1 "
            "WHERE id = ?",
            [(ts(at), platform_id, id_) for id_, platform_id in zip(ids, platform_ids, strict=True)],
        )

    async def mark_failed(self, message_id: int, error: str, retry_at: dt.datetime | None) -> None:
        if retry_at is None:
            await self._db.execute(
                "UPDATE outbox SET status = 'failed', last_error = ?, attempts = attempts + 1, leased_until = NULL "
                "WHERE id = ?",
                (error, message_id),
            )
        else:
            await self._db.execute(
                "UPDATE outbox SET status = 'pending', not_before = ?, last_error = ?, attempts = attempts + 1, "
                "leased_until = NULL WHERE id = ?",
                (ts(retry_at), error, message_id),
            )

    async def park_messages(self, ids: Sequence[int], error: str) -> None:
        await self._db.executemany(
            "UPDATE outbox SET status = 'parked', last_error = ?, attempts = attempts + 1 WHERE id = ?",
            [(error, id_) for id_ in ids],
        )

    async def unpark_messages(self, channel: str, user: str, now: dt.datetime) -> int:
        cursor = await self._db.execute(
            "UPDATE outbox SET status = 'pending', not_before = ?, leased_until = NULL "
            "WHERE channel = ? AND user_key = ? AND status = 'parked'",
            (ts(now), channel, user),
        )
        return cursor.rowcount

    async def record_delivery_status(self, channel: str, platform_msg_id: str, status: str,
                                     error: str | None) -> bool:
        cursor = await self._db.execute(
            "UPDATE outbox SET delivery_status = ?, delivery_error = coalesce(?, delivery_error) "
            "WHERE channel = ? AND platform_msg_id = ?",
            (status, error, channel, platform_msg_id),
        )
        return cursor.rowcount > 0

    async def outbox_counts(self, channel: str) -> dict[str, int]:
        rows = await self._db.execute_fetchall(
            "SELECT status, count(*) FROM outbox WHERE channel = ? GROUP BY status", (channel,))
        return {status: int(count) for status, count in rows}

    # -- timers ------------------------------------------------------------------------------

    async def set_timers(self, timers: Sequence[TimerRow]) -> None:
        await self._db.executemany(
            "INSERT INTO timer (channel, user_key, kind, fire_at, state_version) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, user_key, kind) DO UPDATE SET fire_at = excluded.fire_at, "
            "state_version = excluded.state_version",
            [(t.channel, t.user, t.kind, ts(t.fire_at), t.version) for t in timers],
        )

    async def clear_timers(self, keys: Sequence[tuple[str, str, str]]) -> None:
        await self._db.executemany(
            "DELETE FROM timer WHERE channel = ? AND user_key = ? AND kind = ?", list(keys)
        )

    async def take_due_timers(self, now: dt.datetime, limit: int) -> list[DueTimer]:
        rows = await self._db.execute_fetchall(
            "SELECT channel, user_key, kind, fire_at, state_version FROM timer WHERE fire_at <= ? "
            "ORDER BY fire_at LIMIT ?",
            (ts(now), limit),
        )
        timers = [DueTimer(c, u, k, parse_ts(f), v) for c, u, k, f, v in rows]
        await self.clear_timers([(t.channel, t.user, t.kind) for t in timers])
        return timers

    # -- roster ------------------------------------------------------------------------------

    async def find_participant(self, nik: str) -> StoredParticipant | None:
        rows = await self._db.execute_fetchall(
            f"SELECT {PARTICIPANT_COLUMNS} FROM participant WHERE nik_hash = ?", (self._p.digest(nik),))
        return decode_participant(self._p, *rows[0]) if rows else None

    async def participant_place(self, nik: str) -> ParticipantPlace | None:
        rows = await self._db.execute_fetchall(
            "SELECT city, kecamatan, kelurahan, phone_hash FROM participant WHERE nik_hash = ?", (self._p.digest(nik),))
        if not rows:
            return None
        city, kecamatan, kelurahan, phone_hash = rows[0]
        return ParticipantPlace(city or "", kecamatan or "", kelurahan or "",
                                bytes(phone_hash) if phone_hash is not None else None)

    # -- proof of identity -------------------------------------------------------------------

    async def phones_of_account(self, channel: str, user: str) -> set[bytes]:
        rows = await self._db.execute_fetchall(
            "SELECT phone_hash FROM contact_point WHERE channel = ? AND user_key = ?", (channel, user))
        return {bytes(row[0]) for row in rows}

    async def record_failures(self, subjects: Sequence[bytes], at: dt.datetime) -> None:
        stamp = ts(at)
        await self._db.executemany("INSERT INTO proof_failure (subject, at) VALUES (?, ?)",
                                   [(subject, stamp) for subject in subjects])
        latest = self._failures
        if latest is not None and latest.known and (latest.at is None or latest.at < stamp):
            latest.at = stamp

    async def failures_since(self, subjects: Sequence[bytes], since: dt.datetime) -> dict[bytes, list[dt.datetime]]:
        found: dict[bytes, list[dt.datetime]] = {bytes(s): [] for s in subjects}
        if not subjects:
            return found
        since_text = ts(since)
        latest = self._failures
        if latest is not None:
            if not latest.known:
                rows = await self._db.execute_fetchall("SELECT max(at) FROM proof_failure")
                latest.at, latest.known = rows[0][0], True
            if latest.at is None or latest.at < since_text:
                return found
        # One index search per subject: for an IN list SQLite first builds a temporary table (twice the time of
        # the searches), and sorting is left to the caller.
        rows = await self._db.execute_fetchall(
            " UNION ALL ".join(["SELECT subject, at FROM proof_failure WHERE subject = ? AND at >= ?"] * len(subjects)),
            [value for subject in subjects for value in (subject, since_text)])
        for subject, at in rows:
            found[bytes(subject)].append(parse_ts(at))
        return found

    async def add_proof_code(self, nik: str, code: str, expires_at: dt.datetime, at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO proof_code (nik_hash, code_hash, expires_at, created_at) VALUES (?, ?, ?, ?)",
            (self._p.digest(nik), self._p.digest(f"{nik}:{code}"), ts(expires_at), ts(at)))

    async def proof_codes_sent(self, nik: str, since: dt.datetime) -> int:
        rows = await self._db.execute_fetchall(
            "SELECT count(*) FROM proof_code WHERE nik_hash = ? AND created_at >= ?", (self._p.digest(nik), ts(since)))
        return int(rows[0][0])

    async def use_proof_code(self, nik: str, code: str, now: dt.datetime) -> bool:
        cursor = await self._db.execute(
            "UPDATE proof_code SET used_at = ? WHERE nik_hash = ? AND code_hash = ? AND used_at IS NULL "
            "AND expires_at > ?", (ts(now), self._p.digest(nik), self._p.digest(f"{nik}:{code}"), ts(now)))
        return cursor.rowcount > 0

    async def upsert_participants(self, rows: Sequence[ParticipantRow]) -> UpsertCounts:
        """Insert new NIKs, update changed ones, leave identical rows alone (so a re-import is a no-op)."""
        return await self.upsert_encoded_participants([encode_participant(self._p, row) for row in rows])

    async def upsert_encoded_participants(self, encoded: Sequence[EncodedParticipant]) -> UpsertCounts:
        # Sorted by digest, the inserts walk the look-up index in order instead of at random.
        encoded = sorted(encoded, key=lambda e: e[0])
        now = ts(dt.datetime.now(UTC))
        if await self._insert_all_new(encoded, now):
            return UpsertCounts(inserted=len(encoded), updated=0, unchanged=0)
        existing: dict[bytes, bytes] = {}
        for start in range(0, len(encoded), _CHUNK):
            chunk = [nik_hash for nik_hash, _d, _v in encoded[start:start + _CHUNK]]
            found = await self._db.execute_fetchall(
                f"SELECT nik_hash, row_digest FROM participant WHERE nik_hash IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            existing.update({bytes(k): bytes(d) for k, d in found})
        fresh, changed = [], []
        for nik_hash, digest, values in encoded:
            known = existing.get(nik_hash)
            if known is None:
                fresh.append((nik_hash, *values, now))
            elif known != digest:
                changed.append((*values, now, nik_hash))
        if fresh:
            await self._db.executemany(_INSERT_PARTICIPANT, fresh)
        if changed:
            await self._db.executemany(
                f"UPDATE participant SET {', '.join(f'{c} = ?' for c in COLUMNS)}, updated_at = ? "
                "WHERE nik_hash = ?", changed,
            )
        return UpsertCounts(inserted=len(fresh), updated=len(changed),
                            unchanged=len(encoded) - len(fresh) - len(changed))

    async def _insert_all_new(self, encoded: Sequence[EncodedParticipant], now: str) -> bool:
        """Insert the lot as new NIKs, as a first import is; False, and nothing written, as soon as one is known.
        A select of every NIK first would walk the look-up index twice for a roster the store has never seen."""
        await self._db.execute("SAVEPOINT new_participants")
        try:
            await self._db.executemany(_INSERT_PARTICIPANT, [(nik_hash, *values, now)
                                                             for nik_hash, _digest, values in encoded])
        except sqlite3.IntegrityError:
            await self._db.execute("ROLLBACK TO new_participants")
            return False
        finally:
            await self._db.execute("RELEASE new_participants")
        return True

    async def count_participants(self) -> int:
        rows = await self._db.execute_fetchall("SELECT count(*) FROM participant")
        return int(rows[0][0])

    # -- audit -------------------------------------------------------------------------------

    async def append_audit(self, actor: str, action: str, subject: str, data: dict[str, object],
                           at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO audit_log (at, actor, action, subject, data) VALUES (?, ?, ?, ?, ?)",
            (ts(at), actor, action, subject, json.dumps(data, ensure_ascii=False, default=str)),
        )


    async def audit_entries(self, subject: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        rows = await self._db.execute_fetchall(
            "SELECT at, actor, action, subject, data FROM audit_log WHERE (? IS NULL OR subject = ?) "
            "ORDER BY id LIMIT ?", (subject, subject, limit))
        return [AuditEntry(parse_ts(at), actor, action, subj, json.loads(data)) for at, actor, action, subj, data in rows]

    # -- claims ------------------------------------------------------------------------------

    async def create_claim(self, channel: str, user: str, claim: CreateClaim, year: int, at: dt.datetime,
                           area: Area | None = None) -> str:
        sealed = self._p.encrypt(json.dumps({"nik": claim.subject_nik, **claim.details},
                                            separators=(",", ":")).encode())
        cursor = await self._db.execute(
            "INSERT INTO claim (kind, benefit, status, channel, user_key, locale, subject_hash, sealed, event_date, "
            "checklist, optional, created_at, updated_at, city, kecamatan, kelurahan) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (claim.kind, claim.benefit, ClaimStatus.DRAFT.value, channel, user, claim.locale,
             self._p.digest(claim.subject_nik), sealed, claim.event_date.isoformat(),
             json.dumps(list(claim.checklist)), json.dumps(list(claim.optional)), ts(at), ts(at),
             *area_values(area)),
        )
        claim_id = cursor.lastrowid
        assert claim_id is not None
        ref = claim_reference(ClaimKind(claim.kind), year, claim_id)
        await self._db.execute("UPDATE claim SET reference = ? WHERE id = ?", (ref, claim_id))
        return ref

    async def attach_document(self, reference: str, item: str, media: Media, at: dt.datetime) -> bool:
        cursor = await self._db.execute(
            "INSERT INTO claim_document (claim_id, digest, item, mime_type, size, received_at) "
            "SELECT id, ?, ?, ?, ?, ? FROM claim WHERE reference = ? " + SENT_AGAIN,
            (media.digest, item, media.mime_type, media.size, ts(at), reference),
        )
        if cursor.rowcount:
            await self._db.execute("UPDATE claim SET updated_at = ? WHERE reference = ?", (ts(at), reference))
        return cursor.rowcount > 0

    async def return_document(self, reference: str, digest: str, at: dt.datetime) -> str | None:
        rows = await self._db.execute_fetchall(
            "SELECT d.item FROM claim_document d JOIN claim c ON c.id = d.claim_id "
            "WHERE c.reference = ? AND d.digest = ? AND d.returned_at IS NULL", (reference, digest))
        if not rows:
            return None
        await self._db.execute(
            "UPDATE claim_document SET returned_at = ? "
            "WHERE digest = ? AND claim_id = (SELECT id FROM claim WHERE reference = ?)", (ts(at), digest, reference))
        await self._db.execute("UPDATE claim SET updated_at = ? WHERE reference = ?", (ts(at), reference))
        return str(rows[0][0])

    async def relabel_document(self, reference: str, digest: str, item: str, at: dt.datetime) -> str | None:
        rows = await self._db.execute_fetchall(
            "SELECT d.item FROM claim_document d JOIN claim c ON c.id = d.claim_id "
            "WHERE c.reference = ? AND d.digest = ? AND d.returned_at IS NULL", (reference, digest))
        if not rows or rows[0][0] == item:
            return None
        await self._db.execute(
            "UPDATE claim_document SET item = ? WHERE digest = ? AND claim_id = (SELECT id FROM claim WHERE reference = ?)",
            (item, digest, reference))
        await self._db.execute("UPDATE claim SET updated_at = ? WHERE reference = ?", (ts(at), reference))
        return str(rows[0][0])

    _CLAIM_COLUMNS = ("id, reference, kind, benefit, status, status_reason, channel, user_key, locale, sealed, "
                      "event_date, checklist, optional, created_at, submitted_at, updated_at, city, kecamatan, kelurahan")

    async def _claims_from(self, rows: Sequence[Sequence[Any]]) -> list[StoredClaim]:
        if not rows:
            return []
        ids = [row[0] for row in rows]
        documents: dict[int, list[StoredDocument]] = {}
        returned: dict[int, list[StoredDocument]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            found = await self._db.execute_fetchall(
                "SELECT claim_id, item, digest, mime_type, size, received_at, returned_at FROM claim_document "
                f"WHERE claim_id IN ({','.join('?' * len(chunk))}) ORDER BY received_at, digest", chunk)
            for claim_id, item, digest, mime, size, received, sent_back in found:
                if sent_back is None:
                    documents.setdefault(claim_id, []).append(StoredDocument(item, digest, mime, size,
                                                                             parse_ts(received)))
                else:
                    returned.setdefault(claim_id, []).append(StoredDocument(item, digest, mime, size, parse_ts(
                        received), parse_ts(sent_back)))
        claims = []
        for (id_, ref, kind, benefit, status, reason, channel, user, locale, sealed, event_date, checklist,
             optional, created, submitted, updated, city, kecamatan, kelurahan) in rows:
            details = json.loads(self._p.decrypt(sealed))  # type: ignore[arg-type]
            nik = details.pop("nik")
            claims.append(StoredClaim(
                reference=ref, kind=kind, benefit=benefit, status=status, reason=reason, channel=channel,  # type: ignore[arg-type]
                user=user, locale=locale, nik=nik, details=details,  # type: ignore[arg-type]
                event_date=dt.date.fromisoformat(event_date),  # type: ignore[arg-type]
                checklist=tuple(json.loads(checklist)), optional=tuple(json.loads(optional)),  # type: ignore[arg-type]
                documents=tuple(documents.get(id_, ())),  # type: ignore[arg-type]
                created_at=parse_ts(created), submitted_at=parse_ts(submitted) if submitted else None,  # type: ignore[arg-type]
                updated_at=parse_ts(updated),  # type: ignore[arg-type]
                area=Area(str(city), str(kecamatan), str(kelurahan)),
                returned=tuple(sorted(returned.get(id_, ()), key=lambda d: d.returned_at or d.received_at)),
            ))
        return claims

    async def claim(self, reference: str) -> StoredClaim | None:
        rows = await self._db.execute_fetchall(
            f"SELECT {self._CLAIM_COLUMNS} FROM claim WHERE reference = ?", (reference.strip().upper(),))
        found = await self._claims_from(rows)
        return found[0] if found else None

    async def claims(self, *, channel: str | None = None, user: str | None = None, status: str | None = None,
                     limit: int = 1000) -> list[StoredClaim]:
        rows = await self._db.execute_fetchall(
            f"SELECT {self._CLAIM_COLUMNS} FROM claim WHERE (? IS NULL OR channel = ?) AND (? IS NULL OR user_key = ?) "
            "AND (? IS NULL OR status = ?) ORDER BY id LIMIT ?",
            (channel, channel, user, user, status, status, limit))
        return await self._claims_from(rows)

    async def set_claim_status(self, reference: str, status: str, reason: str | None, at: dt.datetime) -> None:
        submitted = ts(at) if status == ClaimStatus.SUBMITTED else None
        await self._db.execute(
            "UPDATE claim SET status = ?, status_reason = ?, updated_at = ?, "
            "submitted_at = coalesce(submitted_at, ?) WHERE reference = ?",
            (status, reason, ts(at), submitted, reference))


CHECKPOINT_EVERY = 1.0
"""Seconds between two checkpoints of the write-ahead log, run from a thread of their own."""


class _Checkpointer:
    """SQLite copies its write-ahead log into the database every 1,000 pages by default, inside whichever
    commit crosses the line: one event in ~75 then waited 10–15 ms (the one-at-a-time p99). The serving
    connection turns that off and this copies the log from its own connection and thread, without blocking
    writers (PASSIVE), once a second while there were commits.

    The log starts again from its beginning only at a write transaction that begins with every frame copied,
    which a busy writer never leaves to a thread copying beside it: 6,000 events one at a time grew it to
    300 MB, and every page read searched it. So a pass during which there were commits is followed by a
    second one, for the frames written meanwhile, with this process's writers held back (its transaction
    lock: a millisecond or two, once a second, and the loop keeps running); the next transaction then
    restarts the log."""

    def __init__(self, path: str, writers: asyncio.Lock) -> None:
        self._path = path
        self._writers = writers
        self._connection: sqlite3.Connection | None = None
        self._task: asyncio.Task[None] | None = None
        self._guard = threading.Lock()
        self._closed = False
        self.commits = 0

    def wake(self) -> None:
        self.commits += 1
        if not self._closed and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self._run(), name="kawan-sqlite-checkpoint")

    async def _run(self) -> None:
        while self.commits:
            await asyncio.sleep(CHECKPOINT_EVERY)
            self.commits = 0
            try:
                await asyncio.to_thread(self._checkpoint)
                if self.commits:  # written during the pass: copied with the writers held back
                    async with self._writers:
                        await asyncio.to_thread(self._checkpoint)
            except sqlite3.Error as error:  # busy or closing: the next one copies it
                log.warning("write-ahead log checkpoint failed: %s", error)

    def _checkpoint(self) -> None:
        with self._guard:  # a cancelled task's thread runs on: close waits for it here
            if self._closed:
                return
            if self._connection is None:
                self._connection = sqlite3.connect(self._path, check_same_thread=False, timeout=5)
            self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _close_connection(self) -> None:
        with self._guard:
            self._closed = True
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await asyncio.to_thread(self._close_connection)


class _Transaction:
    """`async with repo.transaction() as tx`: one write transaction, committed when the block ends and rolled back
    when it raises. A class rather than a generator-based context manager: every batch opens one."""

    __slots__ = ("_repo",)

    def __init__(self, repo: SqliteRepository) -> None:
        self._repo = repo

    async def __aenter__(self) -> SqliteTx:
        repo = self._repo
        await repo._lock.acquire()
        try:
            if repo._db.in_transaction:  # left open by a task cancelled mid-statement
                await repo._db.execute("ROLLBACK")
            await repo._db.begin_immediate()
        except BaseException:
            repo._lock.release()
            raise
        return SqliteTx(repo._db, repo.protector, repo._parsed, repo._latest_failure)

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        repo = self._repo
        try:
            if kind is not None:
                await repo._db.execute("ROLLBACK")
                return
            await repo._db.execute("COMMIT")
            if repo._checkpointer is not None:
                repo._checkpointer.wake()
        finally:
            repo._lock.release()


class SqliteRepository:
    one_writer = True

    def __init__(self, db: InlineConnection, protector: Protector, path: str = ":memory:") -> None:
        self._db = db
        self.protector = protector
        self._lock = asyncio.Lock()
        self._checkpointer = _Checkpointer(path, self._lock) if path != ":memory:" else None
        self._parsed = ParsedConversations()
        self._latest_failure = LatestFailure()

    @classmethod
    async def open(cls, url: str, protector: Protector, *, migrate: bool = True) -> SqliteRepository:
        path = sqlite_path(url)
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = await InlineConnection.connect(path)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the database {path}: {error}") from error
        try:
            for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON",
                           "cache_size = -65536", "temp_store = MEMORY",
                           "wal_autocheckpoint = 0"):  # see _Checkpointer
                await db.execute_patiently(f"PRAGMA {pragma}")
            repo = cls(db, protector, path)
            if migrate:
                await repo.migrate()
                await repo.verify_key()
                # One process serves a SQLite file: what a previous run had leased and not sent goes out now.
                await db.execute_patiently("UPDATE outbox SET leased_until = NULL WHERE leased_until IS NOT NULL")
        except BaseException as error:
            await db.close()  # its thread would keep the process alive: a clear line and an exit, never a hang
            if isinstance(error, sqlite3.DatabaseError):
                raise StoreError(f"{path} is not a Kawan Kerja database, or it is damaged: {error}") from error
            raise
        if path != ":memory:":
            restrict_file(Path(path))
        return repo

    async def backup(self, target: Path) -> None:
        """A consistent copy while the bot keeps writing (SQLite's online backup API), owner-only."""
        target.touch(mode=0o600, exist_ok=False)
        async with self._lock:
            await self._db.backup(str(target))

    async def verify_key(self) -> None:
        async def read(sql: str) -> bytes | None:
            rows = await self._db.execute_patiently(sql)
            return bytes(rows[0][0]) if rows and rows[0][0] is not None else None

        async def write(sealed: bytes) -> None:
            await self._db.execute_patiently(
                "INSERT OR IGNORE INTO key_check (id, sealed, created_at) VALUES (1, ?, ?)",
                (sealed, ts(dt.datetime.now(UTC))))

        await verify_key(self.protector, read, write)

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    async def applied_migrations(self) -> list[str]:
        await self._db.execute_patiently(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)"
        )
        rows = await self._db.execute_patiently("SELECT version FROM schema_migrations ORDER BY version")
        return [row[0] for row in rows]

    async def migrate(self) -> list[str]:
        async with self._lock:
            done = set(await self.applied_migrations())
            applied = []
            for migration in migrations.load("sqlite"):
                if migration.version in done:
                    continue
                stamp = ts(dt.datetime.now(UTC))
                # One script: BEGIN … COMMIT makes each migration atomic.
                try:
                    await self._db.executescript(
                        f"BEGIN IMMEDIATE;\n{migration.sql}\n"
                        f"INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                        f"('{migration.version}', '{migration.name}', '{stamp}');\nCOMMIT;"
                    )
                except Exception:
                    if self._db.in_transaction:
                        await self._db.execute("ROLLBACK")
                    raise
                applied.append(f"{migration.version}_{migration.name}")
            return applied

    @asynccontextmanager
    async def leader(self, name: str) -> AsyncIterator[None]:
        """One process serves a SQLite file: it is always the one doing `name`."""
        yield

    async def close(self) -> None:
        if self._checkpointer is not None:
            await self._checkpointer.close()
        with contextlib.suppress(sqlite3.Error, ValueError):
            await self._db.execute_patiently("PRAGMA wal_checkpoint(TRUNCATE)")  # the file whole, the log emptied
        await self._db.close()
