"""Synthetic roster data for demos, tests and benchmarks. Every NIK, name and phone here is generated."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from conversations.domain.nominations import Area
from storage.base import OfficerRow
from storage.participants import ParticipantRow

GIVEN = ["Budi", "Agus", "Rahmat", "Andi", "Joko", "Hendra", "Ahmad", "Fajar", "Dedi", "Rudi", "Yusuf", "Rizki", "Bambang", "Slamet", "Eko", "Teguh", "Wahyu", "Arif", "Irfan", "Hasan"]
GIVEN_F = ["Siti", "Dewi", "Nur", "Sri", "Wati", "Yanti", "Rina", "Lestari", "Maya", "Fitri", "Ani", "Ratna", "Wulan", "Indah", "Putri", "Sari", "Ayu", "Mega", "Nining", "Desi"]
FAMILY = ["Santoso", "Hidayat", "Saputra", "Lubis", "Siregar", "Nasution", "Harahap", "Pratama", "Wijaya", "Kurniawan", "Rahman", "Sembiring", "Setiawan", "Gunawan", "Syahputra", "Ramadhan", "Hakim", "Firmansyah", "Susanto", "Purnomo"]
OCCUPATIONS = ("ojek online", "ojek pangkalan", "buruh harian lepas", "pedagang", "nelayan", "petani",
               "sopir angkot", "penarik becak", "pemandi jenazah", "guru ngaji")


@dataclass(frozen=True)
class City:
    code: str
    name: str
    payer: str
    kecamatan: tuple[tuple[str, tuple[str, ...]], ...]


CITIES = (
    City("1571", "Kota Jambi", "Pemerintah Kota Jambi", (
        ("Alam Barajo", ("Mayang Mangurai", "Kenali Besar")), ("Danau Sipin", ("Sungai Putri", "Legok")),
        ("Jambi Selatan", ("Pakuan Baru", "Tambak Sari")), ("Jambi Timur", ("Talang Banjar", "Sijenjang")),
        ("Jelutung", ("Jelutung", "Cempaka Putih")), ("Kota Baru", ("Simpang III Sipin", "Suka Karya")),
        ("Paal Merah", ("Talang Bakung", "Eka Jaya")), ("Telanaipura", ("Buluran Kenali", "Pematang Sulur")),
    )),
    City("6474", "Kota Bontang", "Pemerintah Kota Bontang", (
        ("Bontang Barat", ("Belimbing", "Gunung Telihan")), ("Bontang Selatan", ("Berbas Tengah", "Tanjung Laut")),
        ("Bontang Utara", ("Api-Api", "Guntung")),
    )),
)


def synthetic_nik(rng: random.Random, region: str, birth: dt.date, female: bool, taken: set[str]) -> str:
    day = birth.day + (40 if female else 0)
    while True:
        nik = f"{region}{rng.randint(1, 11):02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"
        if nik not in taken:
            taken.add(nik)
            return nik


def synthetic_rows(count: int, *, seed: int = 2025, today: dt.date | None = None) -> Iterator[ParticipantRow]:
    """A mix of every status: active, lapsed (nonaktif), active with expired coverage, self-paid."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    taken: set[str] = set()
    kpjs: set[str] = set()
    year_end = dt.date(today.year, 12, 31)
    last_month_end = today.replace(day=1) - dt.timedelta(days=1)
    for index in range(count):
        city = CITIES[index % len(CITIES)] if index % 5 else CITIES[1]
        female = rng.random() < 0.4
        birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 45))
        nik = synthetic_nik(rng, city.code, birth, female, taken)
        kpj = f"{rng.randint(10**10, 10**11 - 1)}"
        while kpj in kpjs:
            kpj = f"{rng.randint(10**10, 10**11 - 1)}"
        kpjs.add(kpj)
        kecamatan, kelurahan_names = rng.choice(city.kecamatan)
        kind = index % 20
        status, payer = "aktif", city.payer
        start, end, paid = dt.date(2025, 5, 22), year_end, last_month_end
        if kind in (3, 7, 13):  # lapsed: nothing paid for more than three months
            status, paid = "nonaktif", last_month_end - dt.timedelta(days=150)
        elif kind == 11:  # coverage period over
            end = today - dt.timedelta(days=40)
            paid = end
        elif kind in (5, 17):  # self-registered BPU
            payer, start = "Mandiri", today - dt.timedelta(days=rng.randint(100, 900))
        given = rng.choice(GIVEN_F if female else GIVEN)
        yield ParticipantRow(
            nik=nik, kpj=kpj, full_name=f"{given} {rng.choice(FAMILY)}", birth_date=birth, status=status,
            programs=("JKK", "JKM"), funded_by=payer, coverage_start=start, coverage_end=end,
            gender="P" if female else "L", phone=f"628{rng.randint(11, 59)}{rng.randint(10**6, 10**8 - 1)}",
            occupation=rng.choice(OCCUPATIONS), address=f"Jl. Contoh No. {rng.randint(1, 200)}",
            rt=f"{rng.randint(1, 30):03d}", rw=f"{rng.randint(1, 10):03d}", kelurahan=rng.choice(kelurahan_names),
            kecamatan=kecamatan, city=city.name, paid_until=paid,
        )


CSV_COLUMNS = ("nik", "kpj", "full_name", "birth_date", "status", "programs", "funded_by", "coverage_start",
               "coverage_end", "gender", "phone", "occupation", "address", "rt", "rw", "kelurahan", "kecamatan",
               "city", "paid_until")


def csv_record(row: ParticipantRow) -> list[str]:
    return [row.nik, row.kpj, row.full_name, row.birth_date.isoformat(), row.status, ";".join(row.programs),
            row.funded_by, row.coverage_start.isoformat(), row.coverage_end.isoformat(), row.gender or "",
            row.phone or "", row.occupation or "", row.address or "", row.rt or "", row.rw or "",
            row.kelurahan or "", row.kecamatan or "", row.city or "",
            row.paid_until.isoformat() if row.paid_until else ""]


def write_roster_csv(path: Path, rows: Iterator[ParticipantRow] | list[ParticipantRow]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(csv_record(row))
            count += 1
    return count


def synthetic_officers() -> list[OfficerRow]:
    """One officer of each role along one chain in Kota Jambi, to try the nomination flow end to end."""
    def officer(role: str, phone: str, name: str, **area: str) -> OfficerRow:
        return OfficerRow(role=role, full_name=name, phone=phone, area=Area(city="Kota Jambi", **area))

    return [
        officer("rt_head", "6281100009001", "Hasan Basri", kecamatan="Paal Merah", kelurahan="Talang Bakung",
                rw="001", rt="003"),
        officer("kelurahan_officer", "6281100009002", "Rina Marlina", kecamatan="Paal Merah",
                kelurahan="Talang Bakung"),
        officer("kecamatan_officer", "6281100009003", "Wati Susanti", kecamatan="Paal Merah"),
        officer("city_admin", "6281100009004", "Sri Wahyuni"),
    ]


DEMO_CITY = "Kota Jambi"
DEMO_QUOTA = ("Paal Merah", 50)
DEMO_BUDGET = 3000 * 16_800 * 12
"""The Kota Jambi programme of FACTS.md §10: 3,000 workers × Rp16,800 × 12."""
