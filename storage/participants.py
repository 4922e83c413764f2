"""How a roster row is stored, shared by every back end: clear columns for what the bot filters on,
one sealed blob for what identifies a person, keyed digests for look-up and change detection."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import NamedTuple

from storage.crypto import Protector


@dataclass(slots=True)
class ParticipantRow:
    """One validated roster row, in clear: it only lives in memory on its way into the store."""

    nik: str
    kpj: str
    full_name: str
    birth_date: dt.date
    status: str
    programs: tuple[str, ...]
    funded_by: str
    coverage_start: dt.date
    coverage_end: dt.date
    gender: str | None = None
    phone: str | None = None
    occupation: str | None = None
    address: str | None = None
    rt: str | None = None
    rw: str | None = None
    kelurahan: str | None = None
    kecamatan: str | None = None
    city: str | None = None
    paid_until: dt.date | None = None


class StoredParticipant(NamedTuple):
    """A roster record read back for one person; immutable, and built per identity proof (a NamedTuple is
    ~4× cheaper to build than a frozen dataclass)."""

    full_name: str
    kpj: str
    birth_date: dt.date
    status: str
    programs: tuple[str, ...]
    funded_by: str
    coverage_start: dt.date
    coverage_end: dt.date
    paid_until: dt.date | None
    phone: str | None = None
    gender: str | None = None
    city: str = ""
    kecamatan: str = ""
    kelurahan: str = ""


class ParticipantPlace(NamedTuple):
    city: str
    kecamatan: str
    kelurahan: str
    phone_hash: bytes | None


# A roster row as stored: NIK digest, row digest, values in `COLUMNS` order.
EncodedParticipant = tuple[bytes, bytes, tuple[object, ...]]


# Column order of `encode_participant`'s values, shared by the INSERT and UPDATE of each back end.
COLUMNS = ("sealed", "birth_date", "gender", "status", "programs", "funded_by", "coverage_start", "coverage_end",
           "paid_until", "phone_hash", "occupation", "rt", "rw", "kelurahan", "kecamatan", "city", "row_digest")


def _json_strings(values: tuple[str | None, ...]) -> str:
    """A JSON array of strings and nulls, as `json.dumps(..., ensure_ascii=False, separators=(",", ":"))` writes
    it, at half the cost: an encoder call sets up a C encoder for each of a million rows."""
    return "[" + ",".join(["null" if value is None else encode_basestring(value) for value in values]) + "]"


_SHARED_LIMIT = 4096
_shared_values: dict[str, str] = {}


def _shared(value: str | None) -> str | None:
    """One object per distinct value of a column that repeats down a roster (city, status, coverage dates): a
    worker's chunk is then pickled with each value once, and the importing process unpickles references to it
    instead of building the same string for every row."""
    if value is None:
        return None
    kept = _shared_values.get(value)
    if kept is None:
        if len(_shared_values) >= _SHARED_LIMIT:
            _shared_values.clear()
        kept = _shared_values[value] = value
    return kept


def encode_participant(protector: Protector, row: ParticipantRow) -> EncodedParticipant:
    """One encryption per row (not one per field) keeps a million-row import fast."""
    identity = _json_strings((row.nik, row.kpj, row.full_name, row.phone, row.address))
    shared = _shared
    clear = (row.birth_date.isoformat(), shared(row.gender), shared(row.status), shared(";".join(row.programs)),
             shared(row.funded_by), shared(row.coverage_start.isoformat()), shared(row.coverage_end.isoformat()),
             shared(row.paid_until.isoformat()) if row.paid_until else None)
    local = (shared(row.occupation), shared(row.rt), shared(row.rw), shared(row.kelurahan), shared(row.kecamatan),
             shared(row.city))
    # The digest covers every value, so an unchanged row is recognised without decrypting anything.
    row_digest = protector.digest("\x1f".join(["" if v is None else v for v in (identity, *clear, *local)]))
    phone_hash = protector.digest(row.phone) if row.phone else None
    values = (protector.encrypt(identity.encode()), *clear, phone_hash, *local, row_digest)
    return protector.digest(row.nik), row_digest, values


PARTICIPANT_COLUMNS = ("sealed, birth_date, status, programs, funded_by, coverage_start, coverage_end, paid_until, "
                       "gender, city, kecamatan, kelurahan")
"""What `decode_participant` reads, in its order."""


def decode_participant(protector: Protector, sealed: bytes, birth_date: str, status: str, programs: str,
                       funded_by: str, coverage_start: str, coverage_end: str, paid_until: str | None,
                       gender: str | None, city: str | None, kecamatan: str | None,
                       kelurahan: str | None) -> StoredParticipant:
    _nik, kpj, full_name, phone, _address = json.loads(protector.decrypt(sealed))
    return StoredParticipant(
        full_name=full_name,
        kpj=kpj,
        birth_date=dt.date.fromisoformat(birth_date),
        status=status,
        programs=tuple(p for p in programs.split(";") if p),
        funded_by=funded_by,
        coverage_start=dt.date.fromisoformat(coverage_start),
        coverage_end=dt.date.fromisoformat(coverage_end),
        paid_until=dt.date.fromisoformat(paid_until) if paid_until else None,
        phone=phone,
        gender=gender,
        city=city or "",
        kecamatan=kecamatan or "",
        kelurahan=kelurahan or "",
    )
