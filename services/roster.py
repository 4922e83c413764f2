"""Roster CSV (PRODUCT.md): validate each row, import good rows in batches, report bad ones by line."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import io
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from conversations.domain.nik import NikError, parse_nik
from conversations.domain.nominations import area_name
from conversations.domain.phone import normalise_phone
from conversations.i18n import LazyText, _, lazy_gettext
from services.csv_records import RecordProblem, header_of, split_record
from storage.base import EncodedParticipant, ParticipantRow, Repository, Tx, UpsertCounts
from storage.crypto import Protector
from storage.participants import encode_participant

REQUIRED = ("nik", "kpj", "full_name", "birth_date", "status", "programs", "funded_by", "coverage_start",
            "coverage_end")
OPTIONAL = ("gender", "phone", "occupation", "address", "rt", "rw", "kelurahan", "kecamatan", "city",
            "paid_until")
COLUMNS = REQUIRED + OPTIONAL
STATUSES = ("aktif", "nonaktif")
PROGRAMS = ("JKK", "JKM", "JHT")
BATCH = 50_000  # one transaction rewrites most index pages once, so fewer, bigger ones are faster
MIN_BATCH = 10_000
"""An idle writer takes what is ready from this many rows on: the last rows are not left to one long write
after all parsing is done."""
PARSE_LINES = 5_000
"""Lines a worker parses at a time: small enough that both workers start at once and writing overlaps."""
PROGRESS_EVERY = 4096


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
    """A bad row. The reason stays a msgid here: it may be raised in a worker process without catalogs."""

    def __init__(self, reason: LazyText, **params: object) -> None:
        super().__init__(reason.msgid)
        self.reason = reason
        self.params = params

    def __str__(self) -> str:
        return str(self.reason).format(**self.params)


def _iso_date(value: str, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise RowError(lazy_gettext("kolom {column}: tanggal harus berformat YYYY-MM-DD"), column=column) from None


@functools.lru_cache(maxsize=256)
def _programs(text: str) -> tuple[str, ...] | None:
    """`JKK;JKM` as a tuple, None if not a valid list: a roster repeats a handful of such values a million times."""
    programs = tuple(p.strip().upper() for p in text.split(";") if p.strip())
    return programs if programs and all(p in PROGRAMS for p in programs) else None


def positions(header: list[str]) -> list[tuple[str, int]]:
    """Where each column sits in a line, -1 when the file has no such column (a repeated name: its last place)."""
    last = {name: index for index, name in enumerate(header)}
    return [(column, last.get(column, -1)) for column in COLUMNS]


def parse_row(values: list[str], places: list[tuple[str, int]]) -> ParticipantRow:
    """Each field is read once, by its place: this runs a million times in a big import."""
    row = {column: values[place].strip() if place >= 0 else "" for column, place in places}
    for column in REQUIRED:
        if not row[column]:
            raise RowError(lazy_gettext("kolom {column} kosong"), column=column)
    nik = parse_nik(row["nik"])
    if isinstance(nik, NikError):
        raise RowError(lazy_gettext("NIK tidak valid ({problem})"), problem=nik.problem.value)
    kpj = row["kpj"]
    if not (kpj.isdigit() and len(kpj) == 11):
        raise RowError(lazy_gettext("KPJ harus 11 angka"))
    birth = _iso_date(row["birth_date"], "birth_date")
    if not nik.matches_birth_date(birth):
        raise RowError(lazy_gettext("birth_date tidak cocok dengan tanggal lahir di NIK"))
    status = row["status"].lower()
    if status not in STATUSES:
        raise RowError(lazy_gettext("status harus aktif atau nonaktif"))
    programs = _programs(row["programs"])
    if programs is None:
        raise RowError(lazy_gettext("programs harus berisi JKK, JKM atau JHT, dipisah titik koma"))
    start = _iso_date(row["coverage_start"], "coverage_start")
    end = _iso_date(row["coverage_end"], "coverage_end")
    if end < start:
        raise RowError(lazy_gettext("coverage_end lebih awal dari coverage_start"))
    phone = None
    if row["phone"]:
        phone = normalise_phone(row["phone"])
        if phone is None:
            raise RowError(lazy_gettext("nomor telepon tidak valid"))
    gender = row["gender"].upper() or None
    if gender is not None and gender not in ("L", "P"):
        raise RowError(lazy_gettext("gender harus L atau P"))
    return ParticipantRow(
        nik=nik.value, kpj=kpj, full_name=" ".join(row["full_name"].split()), birth_date=birth,
        status=status, programs=programs, funded_by=row["funded_by"], coverage_start=start, coverage_end=end,
        gender=gender, phone=phone, occupation=row["occupation"] or None, address=row["address"] or None,
        rt=row["rt"] or None, rw=row["rw"] or None, kelurahan=row["kelurahan"] or None,
        kecamatan=row["kecamatan"] or None, city=row["city"] or None,
        paid_until=_iso_date(row["paid_until"], "paid_until") if row["paid_until"] else None,
    )


def _bytes_read(handle: IO[str]) -> int:
    buffer = getattr(handle, "buffer", None)
    return buffer.tell() if buffer is not None else 0


def _read_header(handle: IO[str]) -> list[str]:
    header = header_of(handle.readline())
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise RosterFileError(_("kolom wajib tidak ada: {columns}").format(columns=", ".join(missing)))
    return header


def _line_chunks(handle: IO[str], size: int) -> Iterator[tuple[int, list[str]]]:
    """Lines after the header in chunks of `size`: one physical line is one record (csv_records)."""
    lines: list[str] = []
    first = 2
    for number, text in enumerate(handle, start=2):
        lines.append(text)
        if len(lines) >= size:
            yield first, lines
            first, lines = number + 1, []
    if lines:
        yield first, lines


@dataclass(slots=True)
class ParsedChunk:
    """What a worker sends back: encoded good rows and untranslated reasons for bad ones, by line."""

    rows: list[tuple[int, EncodedParticipant]] = field(default_factory=list)
    bad: list[tuple[int, LazyText, dict[str, object]]] = field(default_factory=list)


_worker_protector: Protector | None = None


def _start_worker(protector: Protector, parent: int | None = None) -> None:
    global _worker_protector
    _worker_protector = protector
    threading.Thread(target=_exit_with_parent, args=(parent or os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A killed import (SIGKILL, SIGTERM) must not leave its workers running with rows of NIKs in memory:
    once the parent is gone, the worker ends itself."""
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def parse_chunk(header: list[str], first_line: int, lines: list[str],
                protector: Protector | None = None, only_city: str | None = None) -> ParsedChunk:
    """Validate and encode (hash, encrypt) a chunk of rows: the CPU-heavy part, run in worker processes."""
    protector = protector or _worker_protector
    assert protector is not None, "a worker process starts with _start_worker"
    parsed = ParsedChunk()
    places = positions(header)
    for line, text in enumerate(lines, start=first_line):
        try:
            values = split_record(text, len(header))
        except RecordProblem as problem:
            parsed.bad.append((line, problem.reason, problem.params))
            continue
        if not values:
            continue  # a blank line
        try:
            row = parse_row(values, places)
            if only_city is not None and area_name(row.city) != only_city:
                raise RowError(lazy_gettext("kolom city: bukan {city}, kota Anda"), city=only_city)
        except RowError as error:
            parsed.bad.append((line, error.reason, error.params))
            continue
        parsed.rows.append((line, encode_participant(protector, row)))
    return parsed


def default_workers(path: Path) -> int:
    """Worker processes pay off from a few megabytes on; a small file is parsed in this process."""
    try:
        big = path.stat().st_size > 4_000_000
    except OSError:
        return 0
    return min(os.cpu_count() or 1, 4) if big else 0


async def import_roster(
    repo: Repository, path: Path, progress: Callable[[int], None] = lambda n: None, *, workers: int | None = None
) -> ImportReport:
    """Idempotent: new NIKs inserted, changed rows updated, identical rows left alone.

    Worker processes parse and encrypt chunks of the file while this process writes the previous
    chunk, so a million-row roster imports in well under a minute.
    """
    workers = default_workers(path) if workers is None else workers
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise RosterFileError(_("berkas tidak bisa dibuka: {error}").format(error=error.strerror)) from None

    async def write(rows: list[EncodedParticipant]) -> UpsertCounts:
        async with repo.transaction() as tx:
            return await tx.upsert_encoded_participants(rows)

    return await _import(repo.protector, write, handle, progress, workers, None)


async def import_roster_upload(tx: Tx, content: bytes, only_city: str) -> ImportReport:
    """A roster uploaded at the desk by a city admin, in the page's own transaction (all or nothing): parsed
    in this process, rows of other cities refused, never on disk in clear."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterFileError(_("berkas bukan teks UTF-8")) from None
    return await _import(tx.protector, tx.upsert_encoded_participants, io.StringIO(text, newline=""), lambda n: None,
                         0, only_city)


async def _import(protector: Protector, store: Callable[[list[EncodedParticipant]], Awaitable[UpsertCounts]],
                  handle: IO[str], progress: Callable[[int], None], workers: int,
                  only_city: str | None) -> ImportReport:
    report = ImportReport()
    seen: dict[bytes, int] = {}

    def keep_first(chunk: ParsedChunk) -> list[EncodedParticipant]:
        for line, reason, params in chunk.bad:
            report.bad.append(BadRow(line, str(reason).format(**params)))
        fresh = []
        for line, encoded in chunk.rows:
            first = seen.setdefault(encoded[0], line)
            if first == line:
                fresh.append(encoded)
            else:
                report.bad.append(BadRow(line, _("NIK sama dengan baris {line}").format(line=first)))
        return fresh

    async def write(rows: list[EncodedParticipant]) -> None:
        report.add(await store(rows))

    async def parse_here(header: list[str], first_line: int, lines: list[str]) -> ParsedChunk:
        return parse_chunk(header, first_line, lines, protector, only_city)

    loop = asyncio.get_running_loop()
    pool = (ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                initializer=_start_worker, initargs=(protector, os.getpid())) if workers else None)
    in_flight: deque[asyncio.Future[ParsedChunk]] = deque()
    writing: asyncio.Task[None] | None = None
    reported = 0
    try:
        with handle:
            header = _read_header(handle)
            # Parsed in small chunks (the workers start at once and keep busy), written in big batches.
            chunks = _line_chunks(handle, PARSE_LINES)
            exhausted = False
            ready: list[EncodedParticipant] = []
            while not exhausted or in_flight or ready:
                while not exhausted and len(in_flight) <= 2 * workers:
                    next_chunk = next(chunks, None)
                    if next_chunk is None:
                        exhausted = True
                        break
                    position = _bytes_read(handle)
                    progress(position - reported)
                    reported = position
                    if pool is None:
                        in_flight.append(asyncio.ensure_future(parse_here(header, *next_chunk)))
                    else:
                        in_flight.append(loop.run_in_executor(pool, parse_chunk, header, *next_chunk))
                if in_flight:
                    ready.extend(keep_first(await in_flight.popleft()))
                writer_idle = writing is None or writing.done()
                if len(ready) < (MIN_BATCH if writer_idle else BATCH) and (in_flight or not exhausted):
                    continue  # the writer is busy and this is no full batch, or too little to be worth one
                if writing is not None:
                    await writing
                # The store writes this batch in its own thread while the next chunks are parsed.
                writing = asyncio.create_task(write(ready))
                ready = []
            if writing is not None:
                await writing
                writing = None
    except UnicodeDecodeError:
        raise RosterFileError(_("berkas bukan teks UTF-8")) from None
    finally:
        if writing is not None:
            await asyncio.gather(writing, return_exceptions=True)
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    report.bad.sort(key=lambda bad: bad.line)
    return report
