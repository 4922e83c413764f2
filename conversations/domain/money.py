"""Amounts of rupiah as people type them: 1000000, 1.000.000, Rp 1,5 jt, 2 juta, 1500rb."""

from __future__ import annotations

import re

_UNITS = {
    "jt": 1_000_000, "juta": 1_000_000, "jta": 1_000_000, "j": 1_000_000, "million": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000, "rb": 1_000, "ribu": 1_000, "rbu": 1_000, "k": 1_000, "thousand": 1_000,
}
# "m" is left out on purpose: million to some, miliar ("Rp1,3 M") to others. Better to ask again.
_AMOUNT = re.compile(r"^(\d+(?:[.,]\d+)*)\s*([a-z]*)$")


def parse_amount(text: str) -> int | None:
    """Whole rupiah, or None when the text is not an amount."""
    cleaned = text.strip().lower().replace(" ", "")
    cleaned = re.sub(r"^(rp\.?|idr)", "", cleaned)
    cleaned = cleaned.removesuffix(",-").removesuffix(".-").removesuffix(",00")
    match = _AMOUNT.match(cleaned)
    if not match:
        return None
    number, unit = match.groups()
    multiplier = 1
    if unit:
        if unit not in _UNITS:
            return None
        multiplier = _UNITS[unit]
    if multiplier == 1:
        # Without a unit, dots and commas group thousands (1.000.000), unless a
        # single short decimal part follows (1,5 is not an amount of rupiah).
        groups = re.split(r"[.,]", number)
        if len(groups) > 1 and any(len(group) != 3 for group in groups[1:]):
            return None
        return int("".join(groups))
    # With a unit, one comma or dot is a decimal separator (1,5 jt).
    parts = re.split(r"[.,]", number)
    if len(parts) > 2:
        return None
    whole = int(parts[0])
    fraction = parts[1] if len(parts) == 2 else ""
    value = whole * multiplier
    if fraction:
        value += int(fraction) * multiplier // (10 ** len(fraction))
    return value
