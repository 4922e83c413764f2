"""Indonesian mobile numbers in every local form (08…, +62…, 62…, 8…) → 62…"""

from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"[\s\-().]+")


def normalise_phone(text: str) -> str | None:
    cleaned = text if text.isdigit() else _NON_DIGITS.sub("", text.strip()).removeprefix("+")
    if not cleaned.isdigit():
        return None
    if cleaned.startswith("620"):
        cleaned = "62" + cleaned[3:]  # "+62 0812 …": the trunk 0 kept after the country code, a common slip
    if cleaned.startswith("0"):
        cleaned = "62" + cleaned[1:]
    elif cleaned.startswith("8"):
        cleaned = "62" + cleaned
    if not cleaned.startswith("628") or not 10 <= len(cleaned) <= 15:
        return None
    return cleaned
