"""The SQLite side of officers, bindings, one-time codes and nominations (a mixin of `SqliteTx`).

Names and phones are sealed; look-ups go through keyed digests, as for the roster."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from conversations.domain.nominations import OPEN, Area, NominationStatus
from conversations.domain.nominations import reference as nomination_reference
from conversations.model import ProposeNominee
from storage.base import (
    NominationFilter,
    NominationOrder,
    OfficerRow,
    StoredNomination,
    StoredOfficer,
    UpsertCounts,
    UserKey,
)
from storage.search import SEARCH_VERSION, name_keys, query_keys, tail_key
from storage.timestamps import parse_ts, ts

if TYPE_CHECKING:
    from storage.crypto import Protector
    from storage.sql import Sql

_OFFICER_COLUMNS = "id, role, sealed, city, kecamatan, kelurahan, rw, rt"
_NOMINATION_COLUMNS = ("reference, status, status_reason, sealed, birth_date, gender, occupation, city, kecamatan, "
                       "kelurahan, rw, rt, proposer_id, channel, user_key, locale, created_at, updated_at")
_OPEN = tuple(sorted(s.value for s in OPEN))
_ORDER = {NominationOrder.OLDEST: "id", NominationOrder.NEWEST: "id DESC",
          NominationOrder.YOUNGEST: "birth_date DESC, id", NominationOrder.ELDEST: "birth_date, id"}


class NominationStore:
    __slots__ = ()
    _db: Sql
    _p: Protector

    # -- officers ------------------------------------------------------------------------------

    def _officer(self, row: Sequence[object]) -> StoredOfficer:
        id_, role, sealed, city, kecamatan, kelurahan, rw, rt = row
        full_name, phone = json.loads(self._p.decrypt(sealed))  # type: ignore[arg-type]
        return StoredOfficer(int(id_), str(role), full_name, phone,  # type: ignore[call-overload]
                             Area(str(city), str(kecamatan), str(kelurahan), str(rw), str(rt)))

    async def upsert_officers(self, rows: Sequence[OfficerRow]) -> UpsertCounts:
        inserted = updated = unchanged = 0
        now = ts(dt.datetime.now(dt.UTC))
        for row in rows:
            a = row.area
            parts = (row.role, row.full_name, row.phone, a.city, a.kecamatan, a.kelurahan, a.rw, a.rt)
            digest = self._p.digest("\x1f".join(parts))
            phone_hash = self._p.digest(row.phone)
            found = await self._db.execute_fetchall("SELECT row_digest FROM officer WHERE phone_hash = ?",
                                                    (phone_hash,))
            values = (row.role, self._p.encrypt(json.dumps([row.full_name, row.phone]).encode()), a.city,
                      a.kecamatan, a.kelurahan, a.rw, a.rt, digest, now)
            if not found:
                await self._db.execute(
                    "INSERT INTO officer (role, sealed, city, kecamatan, kelurahan, rw, rt, row_digest, updated_at, "
                    "phone_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*values, phone_hash))
                inserted += 1
            elif bytes(found[0][0]) != digest:
                await self._db.execute(
                    "UPDATE officer SET role = ?, sealed = ?, city = ?, kecamatan = ?, kelurahan = ?, rw = ?, rt = ?, "
                    "row_digest = ?, updated_at = ? WHERE phone_hash = ?", (*values, phone_hash))
                updated += 1
            else:
                unchanged += 1
        return UpsertCounts(inserted=inserted, updated=updated, unchanged=unchanged)

    async def officer(self, officer_id: int) -> StoredOfficer | None:
        rows = await self._db.execute_fetchall(f"SELECT {_OFFICER_COLUMNS} FROM officer WHERE id = ?", (officer_id,))
        return self._officer(rows[0]) if rows else None

    async def officer_by_phone(self, phone: str) -> StoredOfficer | None:
        rows = await self._db.execute_fetchall(f"SELECT {_OFFICER_COLUMNS} FROM officer WHERE phone_hash = ?",
                                               (self._p.digest(phone),))
        return self._officer(rows[0]) if rows else None

    async def officer_of_account(self, channel: str, user: str) -> StoredOfficer | None:
        rows = await self._db.execute_fetchall(
            f"SELECT {', '.join('o.' + c.strip() for c in _OFFICER_COLUMNS.split(','))} FROM officer_account AS a "
            "JOIN officer AS o ON o.id = a.officer_id WHERE a.channel = ? AND a.user_key = ?", (channel, user))
        return self._officer(rows[0]) if rows else None

    async def bind_account(self, channel: str, user: str, officer_id: int, how: str, at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO officer_account (channel, user_key, officer_id, how, bound_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (channel, user_key) DO UPDATE SET officer_id = excluded.officer_id, how = excluded.how, "
            "bound_at = excluded.bound_at", (channel, user, officer_id, how, ts(at)))

    async def add_officer_code(self, officer_id: int, code: str, expires_at: dt.datetime) -> None:
        await self._db.execute("INSERT INTO officer_code (code_hash, officer_id, expires_at) VALUES (?, ?, ?)",
                               (self._p.digest(code), officer_id, ts(expires_at)))

    async def use_officer_code(self, code: str, now: dt.datetime) -> int | str:
        code_hash = self._p.digest(code)
        rows = await self._db.execute_fetchall(
            "SELECT officer_id, expires_at, used_at FROM officer_code WHERE code_hash = ?", (code_hash,))
        if not rows:
            return "bad_code"
        officer_id, expires_at, used_at = rows[0]
        if used_at is not None:
            return "used_code"
        if parse_ts(expires_at) <= now:
            return "expired_code"
        await self._db.execute("UPDATE officer_code SET used_at = ? WHERE code_hash = ?", (ts(now), code_hash))
        return int(officer_id)

    async def prove_phone(self, phone: str, channel: str, user: str, at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO contact_point (phone_hash, channel, user_key, proven_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (phone_hash, channel, user_key) DO UPDATE SET proven_at = excluded.proven_at", (self._p.digest(phone), channel, user, ts(at)))

    async def accounts_of_phone(self, phone: str) -> list[UserKey]:
        return await self.accounts_of_phone_hash(self._p.digest(phone))  # type: ignore[attr-defined, no-any-return]

    # -- nominations ---------------------------------------------------------------------------

    def _nomination(self, row: Sequence[object]) -> StoredNomination:
        (ref, status, reason, sealed, birth_date, gender, occupation, city, kecamatan, kelurahan, rw, rt,
         proposer_id, channel, user, locale, created, updated) = row
        nik, full_name, phone, address, other = json.loads(self._p.decrypt(sealed))  # type: ignore[arg-type]
        return StoredNomination(
            reference=str(ref), status=str(status), reason=reason, nik=nik, full_name=full_name,  # type: ignore[arg-type]
            birth_date=dt.date.fromisoformat(str(birth_date)), gender=str(gender), phone=phone, address=address,
            occupation=str(occupation), occupation_other=other,
            area=Area(str(city), str(kecamatan), str(kelurahan), str(rw), str(rt)),
            proposer_id=int(proposer_id), channel=str(channel), user=str(user), locale=str(locale),  # type: ignore[call-overload]
            created_at=parse_ts(str(created)), updated_at=parse_ts(str(updated)),
        )

    async def create_nomination(self, proposer: StoredOfficer, channel: str, user: str, nominee: ProposeNominee,
                                year: int, at: dt.datetime) -> str | None:
        sealed = self._p.encrypt(json.dumps([nominee.nik, nominee.full_name, nominee.phone, nominee.address,
                                             nominee.occupation_other], ensure_ascii=False).encode())
        a = proposer.area
        rows = await self._db.execute_fetchall(
            "INSERT INTO nomination (status, nik_hash, phone_hash, sealed, birth_date, gender, occupation, city, "
            "kecamatan, kelurahan, rw, rt, proposer_id, channel, user_key, locale, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            (NominationStatus.PENDING.value, self._p.digest(nominee.nik), self._p.digest(nominee.phone), sealed,
             nominee.birth_date.isoformat(), nominee.gender, nominee.occupation, a.city, a.kecamatan, a.kelurahan,
             a.rw, a.rt, proposer.id, channel, user, nominee.locale, ts(at), ts(at)))
        if not rows:
            return None
        ref = nomination_reference(year, int(rows[0][0]))
        await self._db.execute("UPDATE nomination SET reference = ? WHERE id = ?", (ref, rows[0][0]))
        await self._index_nomination(int(rows[0][0]), nominee.nik, nominee.full_name)
        return ref

    async def _index_nomination(self, nomination_id: int, nik: str, full_name: str) -> None:
        await self._db.executemany(
            "INSERT INTO nomination_token (token, nomination_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(key, nomination_id) for key in sorted(name_keys(self._p, full_name))])
        await self._db.execute("UPDATE nomination SET nik_tail_hash = ?, search_version = ? WHERE id = ?",
                               (tail_key(self._p, nik), SEARCH_VERSION, nomination_id))

    async def index_nominations(self, limit: int) -> int:
        """Give search keys to proposals stored before the desk had them; how many were done."""
        rows = await self._db.execute_fetchall(
            "SELECT id, sealed FROM nomination WHERE search_version < ? ORDER BY id LIMIT ?", (SEARCH_VERSION, limit))
        for id_, sealed in rows:
            nik, full_name, *_rest = json.loads(self._p.decrypt(sealed))
            await self._index_nomination(int(id_), nik, full_name)
        return len(rows)

    async def nomination(self, reference: str) -> StoredNomination | None:
        rows = await self._db.execute_fetchall(f"SELECT {_NOMINATION_COLUMNS} FROM nomination WHERE reference = ?",
                                               (reference.strip().upper(),))
        return self._nomination(rows[0]) if rows else None

    async def nominations_of_nik(self, nik: str) -> list[StoredNomination]:
        rows = await self._db.execute_fetchall(
            f"SELECT {_NOMINATION_COLUMNS} FROM nomination WHERE nik_hash = ? ORDER BY id", (self._p.digest(nik),))
        return [self._nomination(row) for row in rows]

    def _where(self, where: NominationFilter) -> tuple[str, list[object]]:
        clauses, params = [], []
        for column in ("city", "kecamatan", "kelurahan", "rw", "rt"):
            value = getattr(where, column)
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if where.proposer_id is not None:
            clauses.append("proposer_id = ?")
            params.append(where.proposer_id)
        if where.statuses is not None:
            clauses.append(f"status IN ({','.join('?' * len(where.statuses))})")
            params.extend(where.statuses)
        if where.born_from is not None:
            clauses.append("birth_date >= ?")
            params.append(where.born_from.isoformat())
        if where.born_to is not None:
            clauses.append("birth_date <= ?")
            params.append(where.born_to.isoformat())
        if where.nik_tail is not None:
            clauses.append("nik_tail_hash = ?")
            params.append(tail_key(self._p, where.nik_tail))
        if where.name is not None:
            keys = query_keys(self._p, where.name) or [b"\x00"]  # too short a query finds nothing
            clauses.append(f"id IN (SELECT nomination_id FROM nomination_token WHERE token IN "
                           f"({','.join('?' * len(keys))}) GROUP BY nomination_id HAVING count(*) = ?)")
            params.extend([*keys, len(set(keys))])
        return (" AND ".join(clauses) or "TRUE"), params

    async def nominations(self, where: NominationFilter, *, offset: int = 0,
                          limit: int = 1000) -> list[StoredNomination]:
        """The page's ids first, from an index alone, then only their rows: read whole and sorted, every match of a
        wide filter was (an age range at page 200 of a city's 100,000 proposals: ~75 ms, against ~19)."""
        clause, params = self._where(where)
        order = _ORDER[where.order]
        rows = await self._db.execute_fetchall(
            f"SELECT {_NOMINATION_COLUMNS} FROM nomination WHERE id IN (SELECT id FROM nomination WHERE {clause} "
            f"ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}",
            (*params, limit, offset))
        return [self._nomination(row) for row in rows]

    async def count_nominations(self, where: NominationFilter) -> int:
        clause, params = self._where(where)
        rows = await self._db.execute_fetchall(f"SELECT count(*) FROM nomination WHERE {clause}", params)
        return int(rows[0][0])

    async def set_nomination_status(self, reference: str, status: str, reason: str | None,
                                    at: dt.datetime) -> None:
        await self._db.execute("UPDATE nomination SET status = ?, status_reason = ?, updated_at = ? "
                               "WHERE reference = ?", (status, reason, ts(at), reference))

    async def enrol_nominations(self, at: dt.datetime) -> list[StoredNomination]:
        marks = ",".join("?" * len(_OPEN))
        rows = await self._db.execute_fetchall(
            f"SELECT id, {_NOMINATION_COLUMNS} FROM nomination WHERE status IN ({marks}) AND nik_hash IN "
            "(SELECT nik_hash FROM participant WHERE status = 'aktif') ORDER BY id", _OPEN)
        if rows:
            await self._db.executemany(
                "UPDATE nomination SET status = ?, status_reason = NULL, updated_at = ? WHERE id = ?",
                [(NominationStatus.ENROLLED.value, ts(at), row[0]) for row in rows])
        return [self._nomination(row[1:]) for row in rows]

    # -- quotas and settings -------------------------------------------------------------------

    async def set_quota(self, city: str, kecamatan: str, places: int, at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO quota (city, kecamatan, places, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (city, kecamatan) "
            "DO UPDATE SET places = excluded.places, updated_at = excluded.updated_at", (city, kecamatan, places, ts(at)))

    async def quotas(self, city: str) -> dict[str, int]:
        rows = await self._db.execute_fetchall("SELECT kecamatan, places FROM quota WHERE city = ? ORDER BY kecamatan",
                                               (city,))
        return {str(k): int(p) for k, p in rows}

    async def all_quotas(self) -> dict[tuple[str, str], int]:
        rows = await self._db.execute_fetchall("SELECT city, kecamatan, places FROM quota ORDER BY city, kecamatan")
        return {(str(c), str(k)): int(p) for c, k, p in rows}

    async def cities(self) -> list[str]:
        rows = await self._db.execute_fetchall("SELECT DISTINCT city FROM officer WHERE city <> '' ORDER BY city")
        return [str(row[0]) for row in rows]

    async def kelurahans(self, city: str, kecamatan: str | None = None) -> list[str]:
        """The kelurahan officers and RT heads serve (every proposal comes from an RT head of one)."""
        rows = await self._db.execute_fetchall(
            "SELECT DISTINCT kelurahan FROM officer WHERE city = ? AND (? IS NULL OR kecamatan = ?) "
            "AND kelurahan <> '' ORDER BY kelurahan", (city, kecamatan, kecamatan))
        return [str(row[0]) for row in rows]

    async def kecamatans(self, city: str) -> list[str]:
        rows = await self._db.execute_fetchall(
            "SELECT kecamatan FROM officer WHERE city = ? AND kecamatan <> '' UNION "
            "SELECT DISTINCT kecamatan FROM participant WHERE city = ? AND kecamatan IS NOT NULL AND kecamatan <> '' "
            "ORDER BY 1", (city, city))
        return [str(row[0]) for row in rows]

    async def set_setting(self, name: str, value: str, at: dt.datetime) -> None:
        await self._db.execute(
            "INSERT INTO setting (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
            "SET value = excluded.value, updated_at = excluded.updated_at", (name, value, ts(at)))

    async def setting(self, name: str) -> str | None:
        rows = await self._db.execute_fetchall("SELECT value FROM setting WHERE name = ?", (name,))
        return str(rows[0][0]) if rows else None
