"""What the bot says first (reminders, broadcasts, death reports) and who asked it not to: the same SQL for
SQLite and PostgreSQL. Every planned message is a row with a unique key, so planning twice (a restart, two
workers) sends nothing twice."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from conversations.domain.nominations import Area
from conversations.model import Notice
from storage.base import NewMessage, StoredOfficer, UserKey
from storage.participants import PARTICIPANT_COLUMNS, decode_participant
from storage.timestamps import parse_ts, ts

if TYPE_CHECKING:
    from storage.crypto import Protector
    from storage.participants import StoredParticipant
    from storage.sql import Sql

_AREA_PARTS = ("city", "kecamatan", "kelurahan", "rw", "rt")

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """A participant as outreach needs them: who, where, and the number to reach."""

    id: int
    participant: StoredParticipant
    area: Area
    phone_hash: bytes | None


@dataclass(frozen=True, slots=True)
class StoredBroadcast:
    id: int
    created_by: str
    area: Area
    text: str
    template: str | None
    send_at: dt.datetime
    status: str
    recipients: int
    planned_until: int
    created_at: dt.datetime
    finished_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class StoredDeathReport:
    id: int
    officer_id: int
    nik: str
    family_phone: str
    died_on: dt.date
    area: Area
    covered: bool
    family_told: bool
    claim_reference: str | None
    reminded_at: dt.datetime | None
    created_at: dt.datetime
    died_on_rough: bool = False
    """Told as weeks or months ago: the day is an estimate."""


@dataclass(frozen=True, slots=True)
class StoredKeptForm:
    """A form kept unfinished in a conversation, as the outreach planner sees it (model.KeptForm)."""

    account: UserKey
    flow: str
    left_at: dt.datetime
    deadline: dt.datetime | None
    zone: str


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One message planned for one account (or why it is not sent: `status` skipped and a `reason`)."""

    kind: str
    dedup_key: str
    recipient: UserKey
    day: dt.date
    broadcast_id: int | None
    status: str
    reason: str | None = None


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def _by_channel(keys: Sequence[UserKey]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key in dict.fromkeys(keys):
        grouped.setdefault(key.channel, []).append(key.user)
    return grouped


def _within(area: Area, prefix: str = "") -> tuple[str, list[object]]:
    parts = [(f"{prefix}{p}", getattr(area, p)) for p in _AREA_PARTS if getattr(area, p)]
    if not parts:
        return "1 = 1", []
    return " AND ".join(f"{column} = ?" for column, _v in parts), [v for _c, v in parts]


class OutreachStore:
    __slots__ = ()
    _db: Sql
    _p: Protector

    # -- opt-out -----------------------------------------------------------------------------

    async def set_opt_out(self, channel: str, user: str, opted_out: bool, at: dt.datetime) -> None:
        if opted_out:
            await self._db.execute("INSERT INTO opt_out (channel, user_key, opted_out_at) VALUES (?, ?, ?) "
                                   "ON CONFLICT (channel, user_key) DO NOTHING", (channel, user, ts(at)))
            # What was planned before (waiting for the morning, say) is dropped at once, never sent.
            await self._db.execute(
                "UPDATE outbox SET status = 'skipped', last_error = 'opted out' WHERE channel = ? AND user_key = ? "
                "AND status = 'pending' AND outreach_id IS NOT NULL", (channel, user))
        else:
            await self._db.execute("DELETE FROM opt_out WHERE channel = ? AND user_key = ?", (channel, user))

    async def keep_form(self, channel: str, user: str, flow: str, left_at: dt.datetime | None,
                        deadline: dt.datetime | None, zone: str) -> None:
        """The form of `flow` this account keeps unfinished, or none (`left_at` None)."""
        if left_at is None:
            await self._db.execute("DELETE FROM kept_form WHERE channel = ? AND user_key = ? AND flow = ?",
                                   (channel, user, flow))
            return
        await self._db.execute(
            "INSERT INTO kept_form (channel, user_key, flow, left_at, deadline, zone) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, user_key, flow) DO UPDATE SET left_at = excluded.left_at, "
            "deadline = excluded.deadline, zone = excluded.zone",
            (channel, user, flow, ts(left_at), ts(deadline) if deadline is not None else None, zone))

    async def kept_forms_due(self, now: dt.datetime, deadline_within: dt.timedelta, left_for: dt.timedelta,
                             kept_for: dt.timedelta) -> list[StoredKeptForm]:
        """Kept forms to remind of: a deadline less than `deadline_within` away, or none running (none at all, or
        past: a late report still counts) and left `left_for` ago. Those no longer kept are forgotten."""
        await self._db.execute("DELETE FROM kept_form WHERE left_at <= ?", (ts(now - kept_for),))
        rows = await self._db.execute_fetchall(
            "SELECT channel, user_key, flow, left_at, deadline, zone FROM kept_form WHERE deadline > ? AND deadline <= ? "
            "UNION ALL SELECT channel, user_key, flow, left_at, deadline, zone FROM kept_form "
            "WHERE (deadline IS NULL OR deadline <= ?) AND left_at <= ? ORDER BY left_at, channel, user_key, flow",
            (ts(now), ts(now + deadline_within), ts(now), ts(now - left_for)))
        kept = []
        for channel, user, flow, left_at, deadline, zone in rows:
            try:
                kept.append(StoredKeptForm(UserKey(str(channel), str(user)), str(flow), parse_ts(str(left_at)),
                                           parse_ts(str(deadline)) if deadline is not None else None, str(zone)))
            except ValueError:  # one damaged row is skipped, never every reminder with it
                log.warning("a kept_form row with an unreadable time is skipped (flow %s)", flow)
        return kept

    async def reached_on(self, kind: str, day: dt.date, keys: Sequence[UserKey]) -> set[UserKey]:
        """Which of these accounts already have this kind of reminder planned for `day` (one query per channel)."""
        found: set[UserKey] = set()
        for channel, users in _by_channel(keys).items():
            rows = await self._db.execute_fetchall(
                f"SELECT user_key FROM outreach WHERE kind = ? AND channel = ? AND day = ? AND broadcast_id IS NULL "
                f"AND user_key IN ({_marks(users)})", (kind, channel, day.isoformat(), *users))
            found.update(UserKey(channel, str(u)) for (u,) in rows)
        return found

    async def opted_out(self, keys: Sequence[UserKey]) -> set[UserKey]:
        """Which of these accounts said BERHENTI (one query per channel)."""
        found: set[UserKey] = set()
        for channel, users in _by_channel(keys).items():
            rows = await self._db.execute_fetchall(
                f"SELECT user_key FROM opt_out WHERE channel = ? AND user_key IN ({_marks(users)})", (channel, *users))
            found.update(UserKey(channel, str(u)) for (u,) in rows)
        return found

    # -- planned messages --------------------------------------------------------------------

    async def add_outreach(self, rows: Sequence[PlannedRow], at: dt.datetime) -> dict[str, int]:
        """Rows of planned messages, one statement; returns the id of each dedup key that was new (a key, or
        this kind today for this person, already taken is left out)."""
        if not rows:
            return {}
        values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(rows))
        params: list[object] = []
        for r in rows:
            params += [r.kind, r.dedup_key, r.recipient.channel, r.recipient.user, r.day.isoformat(), r.broadcast_id,
                       r.status, r.reason, ts(at)]
        found = await self._db.execute_fetchall(
            "INSERT INTO outreach (kind, dedup_key, channel, user_key, day, broadcast_id, status, reason, created_at) "
            f"VALUES {values} ON CONFLICT DO NOTHING RETURNING id, dedup_key", params)
        return {str(key): int(id_) for id_, key in found}

    async def enqueue_outreach(self, messages: Sequence[tuple[NewMessage, int, dt.datetime]], at: dt.datetime) -> None:
        """Outbox rows of planned messages: (message, outreach id, not before)."""
        await self._db.executemany(
            "INSERT INTO outbox (channel, user_key, payload, not_before, caused_by, created_at, outreach_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(m.channel, m.user, self._p.encrypt(m.reply.model_dump_json(exclude_defaults=True).encode()),
              ts(not_before), m.caused_by, ts(at), outreach_id) for m, outreach_id, not_before in messages])

    # -- the roster, for reminders and broadcasts -------------------------------------------

    def _entry(self, row: Sequence[Any]) -> RosterEntry:
        id_, phone_hash, rw, rt, *participant = row
        stored = decode_participant(self._p, *participant)
        area = Area(stored.city, stored.kecamatan, stored.kelurahan, str(rw or ""), str(rt or ""))
        return RosterEntry(int(id_), stored, area, bytes(phone_hash) if phone_hash is not None else None)

    async def cover_ending(self, start: dt.date, end: dt.date, after_id: int, limit: int) -> list[RosterEntry]:
        """Aktif participants whose cover (or paid period) ends between `start` and `end`, by id."""
        rows = await self._db.execute_fetchall(
            f"SELECT id, phone_hash, rw, rt, {PARTICIPANT_COLUMNS} FROM participant WHERE status = 'aktif' "
            "AND id > ? AND ((coverage_end BETWEEN ? AND ?) OR (paid_until BETWEEN ? AND ?)) ORDER BY id LIMIT ?",
            (after_id, start.isoformat(), end.isoformat(), start.isoformat(), end.isoformat(), limit))
        return [self._entry(row) for row in rows]

    async def roster_page(self, area: Area, after_id: int, limit: int) -> list[RosterEntry]:
        """Participants of an area with a phone, by id: a broadcast is planned page by page."""
        clause, params = _within(area)
        rows = await self._db.execute_fetchall(
            f"SELECT id, phone_hash, rw, rt, {PARTICIPANT_COLUMNS} FROM participant WHERE {clause} "
            "AND phone_hash IS NOT NULL AND id > ? ORDER BY id LIMIT ?", (*params, after_id, limit))
        return [self._entry(row) for row in rows]

    async def count_roster_phones(self, area: Area) -> int:
        clause, params = _within(area)
        rows = await self._db.execute_fetchall(
            f"SELECT count(*) FROM participant WHERE {clause} AND phone_hash IS NOT NULL", params)
        return int(rows[0][0])

    async def find_nik_by_name(self, full_name: str, birth_date: dt.date, area: Area) -> str | None:
        """An RT head who does not know a resident's NIK: their name and birth date within the kelurahan
        (birth date and area are in clear; only those few rows are opened). The name as a neighbour calls them
        ("Darman" for Darman Sitompul) is enough when no one else born that day there bears it: the full name
        decides between two who do."""
        clause, params = _within(Area(area.city, area.kecamatan, area.kelurahan))
        rows = await self._db.execute_fetchall(
            f"SELECT sealed FROM participant WHERE birth_date = ? AND {clause}", (birth_date.isoformat(), *params))
        wanted = full_name.casefold().split()
        born_that_day = [(str(values[0]), str(values[2]).casefold().split())
                         for (sealed,) in rows for values in (json.loads(self._p.decrypt(bytes(sealed))),)]
        for found in ([nik for nik, name in born_that_day if name == wanted],
                      [nik for nik, name in born_that_day if set(wanted) <= set(name)]):
            if found:
                return found[0] if len(found) == 1 else None
        return None

    async def kecamatans_of_kelurahan(self, city: str, kelurahan: str) -> list[str]:
        rows = await self._db.execute_fetchall(
            "SELECT DISTINCT kecamatan FROM participant WHERE city = ? AND kelurahan = ? AND kecamatan IS NOT NULL",
            (city, kelurahan))
        return [str(k) for (k,) in rows]

    async def accounts_of_phone_hash(self, phone_hash: bytes) -> list[UserKey]:
        return (await self.accounts_of_phone_hashes([phone_hash])).get(phone_hash, [])

    async def accounts_of_phone_hashes(self, hashes: Sequence[bytes]) -> dict[bytes, list[UserKey]]:
        """The accounts that proved each of these phones, oldest first (one query for a page of the roster)."""
        wanted = list(dict.fromkeys(hashes))
        if not wanted:
            return {}
        rows = await self._db.execute_fetchall(
            f"SELECT phone_hash, channel, user_key FROM contact_point WHERE phone_hash IN ({_marks(wanted)}) "
            "ORDER BY proven_at", wanted)
        found: dict[bytes, list[UserKey]] = {}
        for phone_hash, channel, user in rows:
            found.setdefault(bytes(phone_hash), []).append(UserKey(str(channel), str(user)))
        return found

    async def officers_of(self, role: str, area: Area) -> list[StoredOfficer]:
        clause, params = _within(area)
        rows = await self._db.execute_fetchall(
            f"SELECT id, role, sealed, city, kecamatan, kelurahan, rw, rt FROM officer WHERE role = ? AND {clause} "
            "ORDER BY id", (role, *params))
        return [self._officer(row) for row in rows]  # type: ignore[attr-defined]

    async def accounts_of_officer(self, officer_id: int) -> list[UserKey]:
        rows = await self._db.execute_fetchall(
            "SELECT channel, user_key FROM officer_account WHERE officer_id = ? ORDER BY bound_at", (officer_id,))
        return [UserKey(str(c), str(u)) for c, u in rows]

    async def conversation_locales(self, keys: Sequence[UserKey]) -> dict[UserKey, str | None]:
        """Which of these accounts have written to the bot, and the language they chose (one query per channel). A
        conversation begun by a note of a reminder (Notice.NOTED) is not one the account wrote."""
        found: dict[UserKey, str | None] = {}
        for channel, users in _by_channel(keys).items():
            rows = await self._db.execute_fetchall(
                f"SELECT user_key, locale FROM conversation WHERE channel = ? AND user_key IN ({_marks(users)}) "
                "AND (notice IS NULL OR notice <> ?)", (channel, *users, Notice.NOTED.value))
            found.update({UserKey(channel, str(u)): locale for u, locale in rows})
        return found

    # -- broadcasts --------------------------------------------------------------------------

    def _broadcast(self, row: Sequence[Any]) -> StoredBroadcast:
        (id_, by, city, kecamatan, kelurahan, sealed, template, send_at, status, recipients, planned, created,
         finished) = row
        return StoredBroadcast(int(id_), str(by), Area(str(city), str(kecamatan), str(kelurahan)),
                               self._p.decrypt(bytes(sealed)).decode(), template, parse_ts(str(send_at)),
                               str(status), int(recipients), int(planned), parse_ts(str(created)),
                               parse_ts(str(finished)) if finished else None)

    _BROADCAST = ("id, created_by, city, kecamatan, kelurahan, sealed, template, send_at, status, recipients, "
                  "planned_until, created_at, finished_at")

    async def add_broadcast(self, created_by: str, area: Area, text: str, template: str | None,
                            send_at: dt.datetime, recipients: int, at: dt.datetime) -> int:
        rows = await self._db.execute_fetchall(
            "INSERT INTO broadcast (created_by, city, kecamatan, kelurahan, sealed, template, send_at, status, "
            "recipients, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?) RETURNING id",
            (created_by, area.city, area.kecamatan, area.kelurahan, self._p.encrypt(text.encode()), template,
             ts(send_at), recipients, ts(at)))
        return int(rows[0][0])

    async def broadcast(self, broadcast_id: int) -> StoredBroadcast | None:
        rows = await self._db.execute_fetchall(f"SELECT {self._BROADCAST} FROM broadcast WHERE id = ?",
                                               (broadcast_id,))
        return self._broadcast(rows[0]) if rows else None

    async def broadcasts(self, area: Area, limit: int = 50) -> list[StoredBroadcast]:
        clause, params = _within(Area(area.city, area.kecamatan, area.kelurahan))
        rows = await self._db.execute_fetchall(
            f"SELECT {self._BROADCAST} FROM broadcast WHERE {clause} ORDER BY id DESC LIMIT ?", (*params, limit))
        return [self._broadcast(row) for row in rows]

    async def due_broadcasts(self, now: dt.datetime) -> list[StoredBroadcast]:
        rows = await self._db.execute_fetchall(
            f"SELECT {self._BROADCAST} FROM broadcast WHERE status IN ('scheduled', 'sending') AND send_at <= ? "
            "ORDER BY id", (ts(now),))
        return [self._broadcast(row) for row in rows]

    async def set_broadcast(self, broadcast_id: int, *, status: str | None = None, planned_until: int | None = None,
                            finished_at: dt.datetime | None = None) -> None:
        if status is not None:
            await self._db.execute("UPDATE broadcast SET status = ? WHERE id = ?", (status, broadcast_id))
        if planned_until is not None:
            await self._db.execute("UPDATE broadcast SET planned_until = ? WHERE id = ?",
                                   (planned_until, broadcast_id))
        if finished_at is not None:
            await self._db.execute("UPDATE broadcast SET finished_at = ? WHERE id = ?",
                                   (ts(finished_at), broadcast_id))

    async def cancel_broadcast_messages(self, broadcast_id: int) -> int:
        cursor = await self._db.execute(
            "UPDATE outbox SET status = 'skipped', last_error = 'broadcast cancelled' WHERE status = 'pending' "
            "AND outreach_id IN (SELECT id FROM outreach WHERE broadcast_id = ?)", (broadcast_id,))
        return max(int(getattr(cursor, "rowcount", 0) or 0), 0)

    async def broadcast_outcomes(self, broadcast_id: int) -> list[tuple[str, str | None, str | None, int]]:
        """(planned status or outbox status, delivery status, error, count) of a broadcast's messages."""
        rows = await self._db.execute_fetchall(
            "SELECT coalesce(b.status, r.status), b.delivery_status, "
            "coalesce(b.delivery_error, b.last_error, r.reason), count(*) "
            "FROM outreach AS r LEFT JOIN outbox AS b ON b.outreach_id = r.id WHERE r.broadcast_id = ? "
            "GROUP BY 1, 2, 3", (broadcast_id,))
        return [(str(s), d, e, int(n)) for s, d, e, n in rows]

    # -- death reports -----------------------------------------------------------------------

    _REPORT = ("id, officer_id, sealed, died_on, city, kecamatan, kelurahan, covered, family_told, claim_reference, "
               "reminded_at, created_at, died_on_rough")

    def _report(self, row: Sequence[Any]) -> StoredDeathReport:
        (id_, officer, sealed, died_on, city, kecamatan, kelurahan, covered, told, claim, reminded, created, rough) = row
        values = json.loads(self._p.decrypt(bytes(sealed)))
        return StoredDeathReport(int(id_), int(officer), values["nik"], values["phone"],
                                 dt.date.fromisoformat(str(died_on)), Area(str(city), str(kecamatan), str(kelurahan)),
                                 bool(covered), bool(told), claim, parse_ts(str(reminded)) if reminded else None,
                                 parse_ts(str(created)), bool(rough))

    async def add_death_report(self, token: str, officer_id: int, nik: str, family_phone: str, died_on: dt.date,
                               area: Area, covered: bool, at: dt.datetime, *, died_on_rough: bool = False) -> int:
        rows = await self._db.execute_fetchall(
            "INSERT INTO death_report (token_hash, officer_id, nik_hash, sealed, died_on, city, kecamatan, "
            "kelurahan, covered, created_at, died_on_rough) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (self._p.digest(f"death-report:{token}"), officer_id, self._p.digest(nik),
             self._p.encrypt(json.dumps({"nik": nik, "phone": family_phone}).encode()), died_on.isoformat(),
             area.city, area.kecamatan, area.kelurahan, 1 if covered else 0, ts(at), 1 if died_on_rough else 0))
        return int(rows[0][0])

    async def death_report_by_token(self, token: str) -> StoredDeathReport | None:
        rows = await self._db.execute_fetchall(f"SELECT {self._REPORT} FROM death_report WHERE token_hash = ?",
                                               (self._p.digest(f"death-report:{token}"),))
        return self._report(rows[0]) if rows else None

    async def death_report(self, report_id: int) -> StoredDeathReport | None:
        rows = await self._db.execute_fetchall(f"SELECT {self._REPORT} FROM death_report WHERE id = ?", (report_id,))
        return self._report(rows[0]) if rows else None

    async def set_death_report(self, report_id: int, *, family_told: bool | None = None,
                               claim_reference: str | None = None, reminded_at: dt.datetime | None = None,
                               at: dt.datetime | None = None) -> None:
        if family_told is not None:
            await self._db.execute("UPDATE death_report SET family_told = ? WHERE id = ?",
                                   (1 if family_told else 0, report_id))
        if claim_reference is not None:
            await self._db.execute(
                "UPDATE death_report SET claim_reference = ?, claim_started_at = ? WHERE id = ? "
                "AND claim_reference IS NULL", (claim_reference, ts(at or dt.datetime.now(dt.UTC)), report_id))
        if reminded_at is not None:
            await self._db.execute("UPDATE death_report SET reminded_at = ? WHERE id = ?",
                                   (ts(reminded_at), report_id))

    async def death_reports_unclaimed(self, before: dt.datetime) -> list[StoredDeathReport]:
        rows = await self._db.execute_fetchall(
            f"SELECT {self._REPORT} FROM death_report WHERE claim_reference IS NULL AND covered = 1 "
            "AND reminded_at IS NULL AND created_at <= ? ORDER BY id", (ts(before),))
        return [self._report(row) for row in rows]

    async def death_report_counts(self, area: Area, unit: str) -> dict[str, tuple[int, int, int, int]]:
        """Per kecamatan (or kelurahan): deaths reported → claims started → submitted → paid."""
        clause, params = _within(Area(area.city, area.kecamatan, area.kelurahan), "r.")
        column = "kelurahan" if unit == "kelurahan" else "kecamatan"
        rows = await self._db.execute_fetchall(
            f"SELECT r.{column}, count(*), count(r.claim_reference), count(c.submitted_at), "
            "sum(CASE WHEN c.status = 'dibayar' THEN 1 ELSE 0 END) FROM death_report AS r "
            f"LEFT JOIN claim AS c ON c.reference = r.claim_reference WHERE {clause} GROUP BY r.{column}", params)
        return {str(name): (int(a), int(b), int(c), int(d or 0)) for name, a, b, c, d in rows}
