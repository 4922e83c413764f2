"""Exports for the branch and for BPJS: written to a temporary file and moved into place, so nobody ever
opens half a file."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from storage.files import PRIVATE_UMASK

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell a spreadsheet would run as a formula (`=HYPERLINK(…)` typed as a name in the chat): written with a
leading apostrophe, which spreadsheets show as text and `import-roster` takes off again (OWASP CSV injection)."""


def neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _safe(row: Mapping[str, object]) -> dict[str, object]:
    return {key: neutralise(value) for key, value in row.items()}


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> int:
    """Owner-only (0600) whatever the umask: an export holds NIKs in clear."""
    partial = path.with_name(path.name + ".partial")
    count = 0
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666 & ~PRIVATE_UMASK)
    os.fchmod(descriptor, 0o600)
    with open(descriptor, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow(_safe(row))
            count += 1
    partial.replace(path)
    return count


def csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """The same file, in memory: what the desk hands to the browser."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns))
    writer.writeheader()
    writer.writerows(_safe(row) for row in rows)
    return buffer.getvalue()
