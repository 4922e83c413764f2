"""Masks for personal values shown back to a person who proved who they are."""

from __future__ import annotations

import re


def mask_name(full_name: str) -> str:
    """'Budi Santoso' → 'B*** S******': enough to recognise oneself, not to read a stranger's name."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in full_name.split())


def mask_kpj(kpj: str) -> str:
    return "*" * max(len(kpj) - 4, 0) + kpj[-4:]


def mask_phone(phone: str) -> str:
    return phone[:4] + "*" * max(len(phone) - 7, 0) + phone[-3:]


_LONG_NUMBER = re.compile(r"(?<!\d)(\d(?:[ .\-]?\d){9,15})(?!\d)")


def mask_nik_in_text(text: str) -> str:
    """A NIK (or a KPJ, a phone) someone typed into a message, shown with only its last four digits."""
    return _LONG_NUMBER.sub(lambda m: "…" + re.sub(r"\D", "", m.group(1))[-4:], text)
