"""One roster line read into a row, or refused with the reason its line number is reported with."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from services.roster_rows import COLUMNS, RowError, parse_row, positions
from storage.participants import ParticipantRow, _json_strings
from tests.factories import ACTIVE

GOOD = {"nik": ACTIVE.nik, "kpj": "12345678901", "full_name": " Budi   Santoso ", "birth_date": "1990-05-22",
        "status": "Aktif", "programs": "jkk; JKM", "funded_by": "Pemerintah Kota Jambi",
        "coverage_start": "2025-01-01", "coverage_end": "2025-12-31", "gender": "l", "phone": "0812-3456-7890",
        "occupation": "ojek online", "address": "Jl. Baru", "rt": "003", "rw": "007", "kelurahan": "Kenali Besar",
        "kecamatan": "Alam Barajo", "city": "Kota Jambi", "paid_until": "2025-11-30"}


def parsed(values: dict[str, str], header: tuple[str, ...] = COLUMNS) -> ParticipantRow:
    return parse_row([values.get(column, "") for column in header], positions(list(header)))


def test_every_field_lands_in_its_place_whatever_the_column_order() -> None:
    expected = ParticipantRow(
        nik=ACTIVE.nik, kpj="12345678901", full_name="Budi Santoso", birth_date=dt.date(1990, 5, 22), status="aktif",
        programs=("JKK", "JKM"), funded_by="Pemerintah Kota Jambi", coverage_start=dt.date(2025, 1, 1),
        coverage_end=dt.date(2025, 12, 31), gender="L", phone="6281234567890", occupation="ojek online",
        address="Jl. Baru", rt="003", rw="007", kelurahan="Kenali Besar", kecamatan="Alam Barajo", city="Kota Jambi",
        paid_until=dt.date(2025, 11, 30))
    assert parsed(GOOD) == expected
    assert parsed(GOOD, tuple(reversed(COLUMNS))) == expected


def test_optional_columns_may_be_missing_from_the_file() -> None:
    row = parsed(GOOD, COLUMNS[:9])
    assert (row.phone, row.gender, row.city, row.paid_until) == (None, None, None, None)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"kpj": "  "}, "kolom kpj kosong"),
    ({"coverage_end": ""}, "kolom coverage_end kosong"),
    ({"nik": "12345"}, "NIK tidak valid: harus 16 angka"),
    ({"kpj": "1234567890"}, "KPJ harus 11 angka"),
    ({"birth_date": "22/05/1990"}, "kolom birth_date: tanggal harus berformat YYYY-MM-DD"),
    ({"birth_date": "1990-05-23"}, "birth_date tidak cocok dengan tanggal lahir di NIK"),
    ({"status": "mati"}, "status harus aktif atau nonaktif"),
    ({"programs": "JKK;JKN"}, "programs harus berisi JKK, JKM atau JHT, dipisah titik koma"),
    ({"coverage_start": "2026-01-01"}, "coverage_end lebih awal dari coverage_start"),
    ({"phone": "12345"}, "nomor telepon tidak valid"),
    ({"gender": "X"}, "gender harus L atau P"),
    ({"paid_until": "kemarin"}, "kolom paid_until: tanggal harus berformat YYYY-MM-DD"),
])
def test_a_bad_field_is_named(changes: dict[str, str], reason: str) -> None:
    with pytest.raises(RowError) as refused:
        parsed({**GOOD, **changes})
    assert str(refused.value) == reason


@pytest.mark.parametrize("values", [("3171", "1234", "Budi", None, None), ('Ané "Si" \\ \n\t\x01', "", "💚", "x", "y")])
def test_the_sealed_identity_is_the_json_it_always_was(values: tuple[str | None, ...]) -> None:
    assert _json_strings(values) == json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))
    assert json.loads(_json_strings(values)) == list(values)
