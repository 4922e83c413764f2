"""Files that hold personal data are readable by their owner only (UU PDP 27/2022): the database, the media,
the exports, `.env`."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_UMASK = 0o077
"""Every file this process creates is 0600 and every folder 0700, whatever the shell's umask."""


def restrict_process() -> None:
    os.umask(PRIVATE_UMASK)


def restrict_file(path: Path) -> None:
    """A file made by an earlier version, or copied in, is narrowed to its owner (with SQLite's -wal/-shm)."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            if candidate.stat().st_mode & 0o077:
                candidate.chmod(0o600)
