"""Roster CSV (PRODUCT.md): validate each row, import good rows in batches, report bad ones by line."""

from __future__ import annotations

import asyncio
import contextlib
import io
import multiprocessing
import os
import sys
import types
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from conversations.i18n import _
from services.csv_records import header_of
from services.roster_rows import REQUIRED, ParsedChunk, parse_chunk, start_worker
from storage.base import Repository, Tx, UpsertCounts
from storage.crypto import Protector
from storage.participants import EncodedParticipant

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


@contextlib.contextmanager
def _main_module_left_behind() -> Iterator[None]:
    """A spawned worker first imports the parent's main module: for `kawan` that is the whole bot (1.4 s of CPU
    per worker, longer than parsing 50,000 rows). Hidden while workers start, a worker imports only what
    parsing needs (this module)."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


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
                                initializer=start_worker, initargs=(protector, os.getpid())) if workers else None)
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
                        with _main_module_left_behind():
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
