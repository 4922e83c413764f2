"""Synthetic people for tests: every NIK, name and phone is generated, never a real person's."""

from __future__ import annotations

import datetime as dt

from conversations.domain.nominations import Area
from storage.base import OfficerRow
from storage.participants import ParticipantRow


def fake_nik(region: str = "1571", birth: dt.date = dt.date(1990, 5, 22), *, female: bool = False,
             district: str = "02", serial: int = 1) -> str:
    day = birth.day + (40 if female else 0)
    return f"{region}{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def participant(**overrides: object) -> ParticipantRow:
    birth = overrides.pop("birth_date", dt.date(1990, 5, 22))
    female = bool(overrides.pop("female", False))
    region = str(overrides.pop("region", "1571"))
    serial = int(overrides.pop("serial", 1))  # type: ignore[arg-type]
    values: dict[str, object] = dict(  # noqa: C408 - reads like the keyword arguments it overrides
        nik=fake_nik(region, birth, female=female, serial=serial),  # type: ignore[arg-type]
        kpj="12345678901",
        full_name="Budi Santoso",
        birth_date=birth,
        status="aktif",
        programs=("JKK", "JKM"),
        funded_by="Pemerintah Kota Jambi",
        coverage_start=dt.date(2025, 5, 22),
        coverage_end=dt.date(2026, 12, 31),
        gender="P" if female else "L",
        phone="6281234500001",
        occupation="ojek online",
        address="Jl. Contoh No. 1",
        rt="003",
        rw="001",
        kelurahan="Talang Bakung",
        kecamatan="Paal Merah",
        city="Kota Jambi",
        paid_until=dt.date(2026, 10, 31),
    )
    values.update(overrides)
    return ParticipantRow(**values)  # type: ignore[arg-type]


ACTIVE = participant()
LAPSED = participant(birth_date=dt.date(1985, 1, 7), female=True, serial=2, kpj="12345678902",
                     full_name="Siti Rahmawati", status="nonaktif", paid_until=dt.date(2026, 5, 31))
EXPIRED = participant(birth_date=dt.date(1979, 12, 3), serial=3, kpj="12345678903", full_name="Agus Salim",
                      coverage_end=dt.date(2026, 9, 30), paid_until=dt.date(2026, 9, 30))
SELF_PAID_LAPSED = participant(region="6474", birth_date=dt.date(1995, 8, 17), serial=4, kpj="12345678904",
                               full_name="Rudi Hartono", status="nonaktif", funded_by="Mandiri",
                               city="Kota Bontang", paid_until=dt.date(2026, 3, 31))
VETERAN = participant(birth_date=dt.date(1975, 3, 10), serial=5, kpj="12345678905", full_name="Darman Sitompul",
                      coverage_start=dt.date(2021, 1, 1), occupation="buruh harian lepas")
"""Covered since 2021: more than three years of contributions, so a JKM death brings the scholarship."""
ROSTER = (ACTIVE, LAPSED, EXPIRED, SELF_PAID_LAPSED, VETERAN)
UNKNOWN_NIK = fake_nik("1571", dt.date(1992, 3, 14), serial=77)


# -- officers (synthetic names and numbers) ----------------------------------------------------------

def officer(role: str, phone: str, name: str, kecamatan: str = "", kelurahan: str = "", rw: str = "",
            rt: str = "") -> OfficerRow:
    return OfficerRow(role=role, full_name=name, phone=phone,
                      area=Area(city="Kota Jambi", kecamatan=kecamatan, kelurahan=kelurahan, rw=rw, rt=rt))


RT_HEAD = officer("rt_head", "6281100000001", "Hasan Basri", "Paal Merah", "Talang Bakung", "001", "003")
RT_HEAD_ELSEWHERE = officer("rt_head", "6281100000002", "Yusuf Hamid", "Kota Baru", "Simpang Tiga Sipin", "002",
                            "005")
KELURAHAN_OFFICER = officer("kelurahan_officer", "6281100000003", "Rina Marlina", "Paal Merah", "Talang Bakung")
KELURAHAN_ELSEWHERE = officer("kelurahan_officer", "6281100000004", "Dedi Kurnia", "Kota Baru",
                              "Simpang Tiga Sipin")
KECAMATAN_OFFICER = officer("kecamatan_officer", "6281100000005", "Wati Susanti", "Paal Merah")
KECAMATAN_ELSEWHERE = officer("kecamatan_officer", "6281100000006", "Joko Prasetyo", "Kota Baru")
CITY_ADMIN = officer("city_admin", "6281100000007", "Sri Wahyuni")
OFFICERS = (RT_HEAD, RT_HEAD_ELSEWHERE, KELURAHAN_OFFICER, KELURAHAN_ELSEWHERE, KECAMATAN_OFFICER,
            KECAMATAN_ELSEWHERE, CITY_ADMIN)
NEIGHBOUR_NIK = fake_nik("1571", dt.date(1988, 4, 12), female=True, serial=41)
"""Not on the roster: a neighbour an RT head proposes (Siti Aminah, born 12-04-1988)."""
NEIGHBOUR_PHONE = "6281299990041"
