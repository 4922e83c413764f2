"""Where a NIK was first registered, for the cities this programme knows (FACTS.md §9): used to route a
claim whose worker is not on the roster to the right city's desk. A NIK's region is where it was issued,
not where the person lives now, so the roster's area always comes first."""

from __future__ import annotations

CITY_OF_REGION = {
    "1571": "Kota Jambi",
    "6474": "Kota Bontang",
}


def city_of_nik(nik: str) -> str:
    return CITY_OF_REGION.get(nik[:4], "")
