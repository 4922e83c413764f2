"""Search keys for sealed names: a name's word prefixes and a NIK's last four digits, as keyed digests.

A desk must find "Siti" among a kecamatan's proposals without names leaving their encrypted blobs: each
word of a name is stored as keyed digests of its prefixes (3 to 12 letters), so a query word is one
digest to look up. Keyed, they reveal nothing to whoever copies the database without the key."""

from __future__ import annotations

import re
import unicodedata

from storage.crypto import Protector

MIN_PREFIX = 3
MAX_PREFIX = 12
SEARCH_VERSION = 1
"""Bumped when the keys change; rows with an older version are indexed again."""


def words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return [w for w in re.split(r"[^a-z]+", plain) if w]


def name_keys(protector: Protector, full_name: str) -> set[bytes]:
    keys = set()
    for word in words(full_name):
        for size in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
            keys.add(protector.digest("name:" + word[:size]))
    return keys


def query_keys(protector: Protector, query: str) -> list[bytes]:
    """One key per query word of at least three letters (longer words are cut to the longest prefix)."""
    return [protector.digest("name:" + word[:MAX_PREFIX]) for word in words(query) if len(word) >= MIN_PREFIX]


def tail_key(protector: Protector, nik: str) -> bytes:
    return protector.digest("tail:" + nik[-4:])
