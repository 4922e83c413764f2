"""Masks for personal values shown back to a person who proved who they are."""

from __future__ import annotations


def mask_name(full_name: str) -> str:
    """'Budi Santoso' → 'B*** S******': enough to recognise oneself, not to read a stranger's name."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in full_name.split())


def mask_kpj(kpj: str) -> str:
    return "*" * max(len(kpj) - 4, 0) + kpj[-4:]


def mask_phone(phone: str) -> str:
    return phone[:4] + "*" * max(len(phone) - 7, 0) + phone[-3:]
