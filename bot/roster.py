"""Roster CSV (PRODUCT.md): validate each row, import good rows in batches, report bad ones by line."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from conversations.domain.nik import NikError, parse_nik
from conversations.domain.phone import normalise_phone
from conversations.i18n import _
from storage.base import ParticipantRow, Repository, UpsertCounts

REQUIRED = ("nik", "kpj", "full_name", "birth_date", "status", "programs", "funded_by", "coverage_start",
            "coverage_end")
OPTIONAL = ("gender", "phone", "occupation", "address", "rt", "rw", "kelurahan", "kecamatan", "city",
            "paid_until")
STATUSES = ("aktif", "nonaktif")
PROGRAMS = ("JKK", "JKM", "JHT")
BATCH = 2000


class RosterFileError(Exception):
    """The file as a whole cannot be imported (unreadable, missing columns)."""


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason: str


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    bad: list[BadRow] = field(default_factory=list)

    @property
    def good(self) -> int:
        return self.inserted + self.updated + self.unchanged

    def add(self, counts: UpsertCounts) -> None:
        self.inserted += counts.inserted
        self.updated += counts.updated
        self.unchanged += counts.unchanged


class RowError(ValueError):
    pass


def _iso_date(value: str, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise RowError(_("kolom {column}: tanggal harus berformat YYYY-MM-DD").format(column=column)) from None


def parse_row(raw: dict[str, str]) -> ParticipantRow:
    row = {key: value.strip() for key, value in raw.items() if isinstance(key, str) and isinstance(value, str)}
    get = lambda column: row.get(column, "")  # noqa: E731

    for column in REQUIRED:
        if not get(column):
            raise RowError(_("kolom {column} kosong").format(column=column))
    nik = parse_nik(get("nik"))
    if isinstance(nik, NikError):
        raise RowError(_("NIK tidak valid ({problem})").format(problem=nik.problem.value))
    kpj = get("kpj")
    if not (kpj.isdigit() and len(kpj) == 11):
        raise RowError(_("KPJ harus 11 angka"))
    birth = _iso_date(get("birth_date"), "birth_date")
    if not nik.matches_birth_date(birth):
        raise RowError(_("birth_date tidak cocok dengan tanggal lahir di NIK"))
    status = get("status").lower()
    if status not in STATUSES:
        raise RowError(_("status harus aktif atau nonaktif"))
    programs = tuple(p.strip().upper() for p in get("programs").split(";") if p.strip())
    if not programs or any(p not in PROGRAMS for p in programs):
        raise RowError(_("programs harus berisi JKK, JKM atau JHT, dipisah titik koma"))
    start = _iso_date(get("coverage_start"), "coverage_start")
    end = _iso_date(get("coverage_end"), "coverage_end")
    if end < start:
        raise RowError(_("coverage_end lebih awal dari coverage_start"))
    phone = None
    if get("phone"):
        phone = normalise_phone(get("phone"))
        if phone is None:
            raise RowError(_("nomor telepon tidak valid"))
    gender = get("gender").upper() or None
    if gender is not None and gender not in ("L", "P"):
        raise RowError(_("gender harus L atau P"))
    return ParticipantRow(
        nik=nik.value, kpj=kpj, full_name=" ".join(get("full_name").split()), birth_date=birth,
        status=status, programs=programs, funded_by=get("funded_by"), coverage_start=start, coverage_end=end,
        gender=gender, phone=phone, occupation=get("occupation") or None, address=get("address") or None,
        rt=get("rt") or None, rw=get("rw") or None, kelurahan=get("kelurahan") or None,
        kecamatan=get("kecamatan") or None, city=get("city") or None,
        paid_until=_iso_date(get("paid_until"), "paid_until") if get("paid_until") else None,
    )


def _counting(handle: IO[str], progress: Callable[[int], None]) -> Iterator[str]:
    for line in handle:
        progress(len(line.encode("utf-8")))
        yield line


def read_rows(
    handle: IO[str], report: ImportReport, progress: Callable[[int], None] = lambda n: None
) -> Iterator[ParticipantRow]:
    """Yield valid rows; record bad ones (and repeated NIKs within the file) in the report."""
    reader = csv.DictReader(_counting(handle, progress))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise RosterFileError(_("kolom wajib tidak ada: {columns}").format(columns=", ".join(missing)))
    reader.fieldnames = header
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        try:
            parsed = parse_row(row)
        except RowError as error:
            report.bad.append(BadRow(line, str(error)))
            continue
        if parsed.nik in seen:
            report.bad.append(BadRow(line, _("NIK sama dengan baris {line}").format(line=seen[parsed.nik])))
            continue
        seen[parsed.nik] = line
        yield parsed


async def import_roster(
    repo: Repository, path: Path, progress: Callable[[int], None] = lambda n: None
) -> ImportReport:
    report = ImportReport()
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise RosterFileError(_("berkas tidak bisa dibuka: {error}").format(error=error.strerror)) from None
    with handle:
        batch: list[ParticipantRow] = []
        writing: asyncio.Task[None] | None = None

        async def write(rows: list[ParticipantRow]) -> None:
            async with repo.transaction() as tx:
                report.add(await tx.upsert_participants(rows))

        try:
            for row in read_rows(handle, report, progress):
                batch.append(row)
                if len(batch) >= BATCH:
                    if writing is not None:
                        await writing
                    # SQLite works in its own thread while the next batch is parsed here.
                    writing = asyncio.create_task(write(batch))
                    batch = []
                    await asyncio.sleep(0)
        except UnicodeDecodeError:
            raise RosterFileError(_("berkas bukan teks UTF-8")) from None
        finally:
            if writing is not None:
                await writing
        if batch:
            await write(batch)
    return report
