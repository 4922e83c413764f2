"""Officers CSV (PRODUCT.md: `role,full_name,phone,city,kecamatan,kelurahan,rw,rt`) and one-time codes.

A row names a person and the area they answer for; the parts of the area below their role are dropped,
so a kecamatan officer's area is the same however the CSV was filled in."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from conversations.domain.nominations import (
    CODE_ALPHABET,
    CODE_LENGTH,
    SCOPE,
    Area,
    Role,
    area_name,
    clean_name,
    rt_rw,
)
from conversations.domain.phone import normalise_phone
from conversations.i18n import _
from services.csv_records import RecordProblem, header_of, split_record
from storage.base import OfficerRow, Repository, StoredOfficer, UpsertCounts

COLUMNS = ("role", "full_name", "phone", "city", "kecamatan", "kelurahan", "rw", "rt")
CODE_LIFETIME = dt.timedelta(hours=24)


class OfficerFileError(Exception):
    """The file as a whole cannot be read (missing, not UTF-8, columns missing)."""


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason: str


@dataclass
class OfficerImport:
    counts: UpsertCounts = field(default_factory=UpsertCounts)
    bad: list[BadRow] = field(default_factory=list)

    @property
    def good(self) -> int:
        return self.counts.inserted + self.counts.updated + self.counts.unchanged


def parse_officer(raw: dict[str, str]) -> OfficerRow:
    """One row, or ValueError with the reason in the operator's language."""
    values = {k: (raw.get(k) or "").strip() for k in COLUMNS}
    try:
        role = Role(values["role"])
    except ValueError:
        raise ValueError(_("kolom role: harus salah satu dari {roles}").format(
            roles=", ".join(r.value for r in Role))) from None
    name = clean_name(values["full_name"])
    if name is None:
        raise ValueError(_("kolom full_name: nama tidak valid"))
    phone = normalise_phone(values["phone"])
    if phone is None:
        raise ValueError(_("kolom phone: bukan nomor HP Indonesia (08…, +62…, 62…)"))
    parts = {"city": area_name(values["city"]), "kecamatan": area_name(values["kecamatan"]),
             "kelurahan": area_name(values["kelurahan"]), "rw": rt_rw(values["rw"]), "rt": rt_rw(values["rt"])}
    needed = SCOPE[role]
    for part in needed:
        if not parts[part]:
            raise ValueError(_("kolom {column}: wajib diisi untuk peran {role}").format(column=part, role=role.value))
    return OfficerRow(role=role.value, full_name=name, phone=phone,
                      area=Area(**{part: parts[part] if part in needed else "" for part in parts}))


def read_officers(path: Path) -> tuple[list[OfficerRow], list[BadRow]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            header = header_of(handle.readline())
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise OfficerFileError(_("kolom tidak ada: {columns}").format(columns=", ".join(missing)))
            rows: list[OfficerRow] = []
            bad: list[BadRow] = []
            seen: dict[str, int] = {}
            for line, text in enumerate(handle, start=2):
                try:
                    values = split_record(text, len(header))
                    if not values:
                        continue
                    row = parse_officer(dict(zip(header, values, strict=True)))
                except RecordProblem as problem:
                    bad.append(BadRow(line, str(problem.reason).format(**problem.params)))
                    continue
                except ValueError as error:
                    bad.append(BadRow(line, str(error)))
                    continue
                if row.phone in seen:
                    bad.append(BadRow(line, _("nomor HP sama dengan baris {line}").format(line=seen[row.phone])))
                    continue
                seen[row.phone] = line
                rows.append(row)
    except UnicodeDecodeError:
        raise OfficerFileError(_("berkas harus berformat UTF-8")) from None
    return rows, bad


async def import_officers(repo: Repository, path: Path) -> OfficerImport:
    rows, bad = read_officers(path)
    async with repo.transaction() as tx:
        counts = await tx.upsert_officers(rows)
    return OfficerImport(counts, bad)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


async def issue_code(repo: Repository, phone: str, now: dt.datetime, actor: str,
                     lifetime: dt.timedelta = CODE_LIFETIME) -> tuple[StoredOfficer, str, dt.datetime]:
    """A single-use code for the officer with this phone; only its keyed hash is stored."""
    normalised = normalise_phone(phone)
    if normalised is None:
        raise ValueError(_("bukan nomor HP Indonesia: {phone}").format(phone=phone))
    code = new_code()
    expires = now + lifetime
    async with repo.transaction() as tx:
        officer = await tx.officer_by_phone(normalised)
        if officer is None:
            raise ValueError(_("tidak ada petugas dengan nomor itu; impor dulu dengan kawan import-officers"))
        await tx.add_officer_code(officer.id, code, expires)
        await tx.append_audit(actor, "officer.code", f"officer:{officer.id}", {"expires": expires.isoformat()}, now)
    return officer, code, expires
