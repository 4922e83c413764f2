"""Numbered, forward-only SQL migrations per dialect."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Migration:
    version: str
    name: str
    sql: str


def load(dialect: str) -> list[Migration]:
    folder = resources.files(__package__).joinpath(dialect)
    migrations = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            stem = entry.name.removesuffix(".sql")
            version, _sep, name = stem.partition("_")
            migrations.append(Migration(version, name, entry.read_text(encoding="utf-8")))
    return migrations
