"""Roster rows parsed and sealed: what the import's worker processes run.

Kept apart from the import's orchestration so a worker starts by importing this and the little it needs
(no pydantic models, no asyncio): a spawned worker is ready in a tenth of the time.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import threading
import time
from dataclasses import dataclass, field

from conversations.domain.nik import NikError, NikProblem, parse_nik
from conversations.domain.nominations import area_name
from conversations.domain.phone import normalise_phone
from conversations.i18n import LazyText, lazy_gettext
from services.csv_records import RecordProblem, split_record
from storage.crypto import Protector
from storage.participants import EncodedParticipant, ParticipantRow, encode_participant

REQUIRED = ("nik", "kpj", "full_name", "birth_date", "status", "programs", "funded_by", "coverage_start",
            "coverage_end")
OPTIONAL = ("gender", "phone", "occupation", "address", "rt", "rw", "kelurahan", "kecamatan", "city",
            "paid_until")
COLUMNS = REQUIRED + OPTIONAL
STATUSES = ("aktif", "nonaktif")
PROGRAMS = ("JKK", "JKM", "JHT")
NIK_PROBLEMS: dict[NikProblem, LazyText] = {
    NikProblem.EMPTY: lazy_gettext("NIK kosong"),
    NikProblem.NOT_DIGITS: lazy_gettext("NIK tidak valid: berisi selain angka"),
    NikProblem.LENGTH: lazy_gettext("NIK tidak valid: harus 16 angka"),
    NikProblem.PROVINCE: lazy_gettext("NIK tidak valid: dua angka pertama bukan kode provinsi"),
    NikProblem.BIRTH_DATE: lazy_gettext("NIK tidak valid: angka ke-7 sampai ke-12 bukan tanggal lahir"),
    NikProblem.SERIAL: lazy_gettext("NIK tidak valid: empat angka terakhir 0000"),
}
"""What is wrong with a NIK, as an operator reads it (an import's row, the CLI)."""


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


def positions(header: list[str]) -> tuple[int, ...]:
    """Where each of COLUMNS sits in a line, -1 when the file has no such column (a repeated name: its last place)."""
    last = {name: index for index, name in enumerate(header)}
    return tuple(last.get(column, -1) for column in COLUMNS)


def parse_row(values: list[str], places: tuple[int, ...]) -> ParticipantRow:
    """Each field is read once, by its place, into a local: this runs a million times in a big import."""
    fields = [values[place].strip() if place >= 0 else "" for place in places]
    if not all(fields[:len(REQUIRED)]):
        raise RowError(lazy_gettext("kolom {column} kosong"), column=REQUIRED[fields.index("")])
    (nik_text, kpj, full_name, birth_text, status, programs_text, funded_by, start_text, end_text,
     gender_text, phone_text, occupation, address, rt, rw, kelurahan, kecamatan, city, paid_text) = fields
    nik = parse_nik(nik_text)
    if isinstance(nik, NikError):
        raise RowError(NIK_PROBLEMS[nik.problem])
    if not (kpj.isdigit() and len(kpj) == 11):
        raise RowError(lazy_gettext("KPJ harus 11 angka"))
    birth = _iso_date(birth_text, "birth_date")
    if not nik.matches_birth_date(birth):
        raise RowError(lazy_gettext("birth_date tidak cocok dengan tanggal lahir di NIK"))
    status = status.lower()
    if status not in STATUSES:
        raise RowError(lazy_gettext("status harus aktif atau nonaktif"))
    programs = _programs(programs_text)
    if programs is None:
        raise RowError(lazy_gettext("programs harus berisi JKK, JKM atau JHT, dipisah titik koma"))
    start = _iso_date(start_text, "coverage_start")
    end = _iso_date(end_text, "coverage_end")
    if end < start:
        raise RowError(lazy_gettext("coverage_end lebih awal dari coverage_start"))
    phone = None
    if phone_text:
        phone = normalise_phone(phone_text)
        if phone is None:
            raise RowError(lazy_gettext("nomor telepon tidak valid"))
    gender = gender_text.upper() or None
    if gender is not None and gender not in ("L", "P"):
        raise RowError(lazy_gettext("gender harus L atau P"))
    return ParticipantRow(
        nik=nik.value, kpj=kpj, full_name=" ".join(full_name.split()), birth_date=birth,
        status=status, programs=programs, funded_by=funded_by, coverage_start=start, coverage_end=end,
        gender=gender, phone=phone, occupation=occupation or None, address=address or None,
        rt=rt or None, rw=rw or None, kelurahan=kelurahan or None, kecamatan=kecamatan or None, city=city or None,
        paid_until=_iso_date(paid_text, "paid_until") if paid_text else None,
    )


@dataclass(slots=True)
class ParsedChunk:
    """What a worker sends back: encoded good rows and untranslated reasons for bad ones, by line."""

    rows: list[tuple[int, EncodedParticipant]] = field(default_factory=list)
    bad: list[tuple[int, LazyText, dict[str, object]]] = field(default_factory=list)


_worker_protector: Protector | None = None


def start_worker(protector: Protector, parent: int | None = None) -> None:
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
    assert protector is not None, "a worker process starts with start_worker"
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
