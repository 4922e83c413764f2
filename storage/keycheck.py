"""A wrong KAWAN_SECRET_KEY is refused at start, not discovered by users: with another key every NIK reads as
unknown and a roster import stores every participant a second time."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from storage.base import WrongSecretKey
from storage.crypto import Protector

KEY_CHECK = b"kawan-kerja key check v1"
SAMPLES = (
    "SELECT sealed FROM participant ORDER BY id LIMIT 1",
    "SELECT draft FROM conversation WHERE draft IS NOT NULL LIMIT 1",
)
"""Where a database from before the key check holds sealed values to try the key on."""
WRONG_KEY = ("KAWAN_SECRET_KEY is not the key this database was created with: start with that key "
             "(data sealed with one key cannot be read with another)")

Read = Callable[[str], Awaitable[bytes | None]]
Write = Callable[[bytes], Awaitable[None]]


def _opens(protector: Protector, sealed: bytes) -> bool:
    try:
        protector.decrypt(bytes(sealed))
    except Exception:  # noqa: BLE001 - any failure to open means another key
        return False
    return True


async def verify_key(protector: Protector, read: Read, write: Write) -> None:
    """Check the key against the stored check value; on the first start store one (after trying the key on
    data already there), so every later start with another key stops with one clear line."""
    sealed = await read("SELECT sealed FROM key_check WHERE id = 1")
    if sealed is None:
        for sql in SAMPLES:
            sample = await read(sql)
            if sample is not None and not _opens(protector, sample):
                raise WrongSecretKey(WRONG_KEY)
        await write(protector.encrypt(KEY_CHECK))
        sealed = await read("SELECT sealed FROM key_check WHERE id = 1")  # another worker may have written first
    if sealed is None or not _opens(protector, sealed):
        raise WrongSecretKey(WRONG_KEY)
