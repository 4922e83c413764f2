"""Amounts of rupiah as people type them: 1000000, 1.000.000, Rp 1,5 jt, 2 juta, 1500rb."""

from __future__ import annotations

import re

_UNITS = {
    "jt": 1_000_000, "juta": 1_000_000, "jta": 1_000_000, "j": 1_000_000, "million": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000, "rb": 1_000, "ribu": 1_000, "rbu": 1_000, "k": 1_000, "thousand": 1_000,
}
# "m" is left out on purpose: million to some, miliar ("Rp1,3 M") to others. Better to ask again.
_AMOUNT = re.compile(r"^(\d+(?:[.,]\d+)*)\s*([a-z]*)$")


_HEDGES = re.compile(r"\b(kurang lebih|kurleb|kira kira|kira-kira|kira2|kurang-lebih|sekitar|skitar|sktr|kisaran|"
                     r"around|about|approximately|approx|rupiah|per bulan|perbulan|sebulan|a month|tiap bulan)\b|\+-|±|~")
_AROUND = re.compile(r"^(?:(?:penghasilan|penghasilannya|pendapatan|pendapatannya|gaji|gajinya|upah|income|salary|my|"
                     r"saya|sy|aku|gue|ya|yaa|iya|is|itu|nya|kira|kak|pak|bu|mas|mbak|cuma|cuman|hanya|only)\s+)+|"
                     r"(?:\s+(?:aja|saja|kak|pak|bu|mas|mbak|doang|lah|deh|sih|kok|min))+$")
"""Words told around the amount ("penghasilan saya 2 juta sebulan", "gaji sy 1,5 jt aja", "my income is 2 million"):
was "Tulis penghasilan sebagai angka"."""
_PAIRS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(jt|juta|jta|million|rb|ribu|rbu|k|thousand)")
_HALF = re.compile(r"^(.*\b(?:juta|jt|sejuta|ribu|rb|seribu))\s+setengah$")


def parse_amount(text: str) -> int | None:
    """Whole rupiah, or None when the text is not an amount. Hedges ("kurang lebih 2 juta", "2jt an") and
    groups ("1 juta 500 ribu", "sejuta setengah") are read as people mean them."""
    lowered = _AROUND.sub("", " ".join(_HEDGES.sub(" ", text.strip().lower()).split()))
    lowered = re.sub(r"(?<=[a-z])\s*an$", "", lowered.strip())  # "2jt an", "2 jutaan" → 2 juta
    if half := _HALF.match(lowered.strip()):
        base = parse_amount(half.group(1))
        unit = 1_000_000 if re.search(r"(juta|jt)$", half.group(1)) else 1_000
        return base + unit // 2 if base is not None else None
    pairs = _PAIRS.findall(lowered)
    if len(pairs) > 1 and _PAIRS.sub("", lowered).strip(" ,.") in ("", "rp", "rp."):
        parts = [parse_amount(f"{number}{unit}") for number, unit in pairs]
        return sum(p for p in parts if p is not None) if all(p is not None for p in parts) else None
    return _parse_one(lowered)


def _parse_one(text: str) -> int | None:
    cleaned = text.strip().lower().replace(" ", "")
    cleaned = re.sub(r"^(rp\.?|idr)", "", cleaned)
    cleaned = cleaned.removesuffix(",-").removesuffix(".-").removesuffix(",00")
    match = _AMOUNT.match(cleaned)
    if not match:
        return parse_amount_words(text)
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


DIGIT_WORDS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1_000,
                "sejuta": 1_000_000, "setengah": 0.5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half": 0.5, "a": 1}
_SCALES = {"belas": None, "puluh": 10, "ratus": 100, "hundred": 100}
_GROUPS = {"ribu": 1_000, "rb": 1_000, "thousand": 1_000, "juta": 1_000_000, "jt": 1_000_000,
           "million": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000, "billion": 1_000_000_000}


def parse_amount_words(text: str) -> int | None:
    """"satu juta", "satu setengah juta", "dua ratus lima puluh ribu", "sejuta" → rupiah; else None."""
    words = re.sub(r"^(rp\.?|idr)\s*", "", text.strip().lower()).replace("-", " ").split()
    words = [w for w in words if w not in ("rupiah", "and", "dan")]
    if not words:
        return None
    total = 0.0
    current = 0.0  # the part of this group already scaled ("dua ratus")
    pending = 0.0  # digit words not yet scaled ("lima" before "puluh")
    for word in words:
        if word in DIGIT_WORDS:
            value = DIGIT_WORDS[word]
            if value >= 1_000:  # seribu, sejuta: a group of their own
                total += value
            else:
                pending += value
        elif word in _SCALES:
            if pending == 0:
                return None
            scale = _SCALES[word]
            current += pending + 10 if scale is None else pending * scale
            pending = 0
        elif word in _GROUPS:
            if current + pending == 0:
                return None
            total += (current + pending) * _GROUPS[word]
            current = pending = 0
        else:
            return None
    total += current + pending
    # Words alone ("satu", "lima") are not an amount of rupiah: amounts in words always name ribu or juta.
    return int(total) if total >= 1_000 and total == int(total) else None
