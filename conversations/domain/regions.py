"""Where a NIK was first registered, and the time zone of a place.

A NIK's first four digits name the province and the city it was issued in (FACTS.md §9): they route a claim
whose worker is not on the roster to the right city's desk, and give the time zone that "today" and the
2×24-hour deadline are counted in. A NIK's region is where it was issued, not where the person lives now,
so the roster's area comes first wherever it is known."""

from __future__ import annotations

from zoneinfo import ZoneInfo

CITY_OF_REGION = {
    "1571": "Kota Jambi",
    "6474": "Kota Bontang",
}
WIB, WITA, WIT = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura")
WITA_PROVINCES = frozenset({"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"})
"""Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi: UTC+8."""
WIT_PROVINCES = frozenset({"81", "82", "91", "92", "93", "94", "95", "96"})
"""Maluku and Papua: UTC+9. Every other province is WIB, UTC+7."""


def city_of_nik(nik: str) -> str:
    return CITY_OF_REGION.get(nik[:4], "")


def zone_of_province(code: str) -> ZoneInfo:
    return WITA if code in WITA_PROVINCES else WIT if code in WIT_PROVINCES else WIB


def zone_of_nik(nik: str | None, default: ZoneInfo | None = WIB) -> ZoneInfo | None:
    return zone_of_province(nik[:2]) if nik and nik[:2].isdigit() else default


def zone_of_city(city: str, default: ZoneInfo | None = WIB) -> ZoneInfo | None:
    """A city this programme knows, by the region code it was issued NIKs under."""
    code = next((region for region, name in CITY_OF_REGION.items() if name == city), None)
    return zone_of_province(code[:2]) if code is not None else default
