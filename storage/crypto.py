"""Keyed hashes for look-up and authenticated encryption for values that must come back (UU PDP 27/2022).

Both keys derive from KAWAN_SECRET_KEY, so a stolen database file without it reveals no NIK,
name or phone number.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_NONCE = 12
DIGEST_BYTES = 16


def _derive(secret: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"kawan-kerja", info=purpose).derive(secret)


class Protector:
    __slots__ = ("_aead", "_hmac", "_inner", "_outer", "_secret_key")

    def __init__(self, secret_key: str) -> None:
        if len(secret_key) < 16:
            raise ValueError("KAWAN_SECRET_KEY must be at least 16 characters")
        self._secret_key = secret_key
        secret = secret_key.encode()
        lookup_key = _derive(secret, b"lookup-hash")
        self._hmac = hmac.new(lookup_key, digestmod=hashlib.sha256)
        # HMAC's two keyed SHA-256 states (RFC 2104), copied per digest: a look-up and every roster row take
        # three or more digests, and copying these is ~40 % cheaper than copying an `hmac.HMAC`.
        padded = lookup_key.ljust(hashlib.sha256().block_size, b"\0")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))
        self._aead = AESGCM(_derive(secret, b"encryption"))

    def __reduce__(self) -> tuple[type[Protector], tuple[str]]:
        """Rebuilt from the key in a worker process of the roster import (cipher objects cannot be pickled)."""
        return Protector, (self._secret_key,)

    def digest(self, value: str) -> bytes:
        """A stable keyed digest to find a record by NIK or phone without storing either.

        HMAC-SHA256 cut to 128 bits: collisions stay out of reach, and the look-up index is half the size.
        """
        inner = self._inner.copy()
        inner.update(value.encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()[:DIGEST_BYTES]

    def content_address(self, data: bytes) -> str:
        """The name of a stored file: keyed, so the name reveals nothing about a document's content."""
        mac = self._hmac.copy()
        mac.update(b"file:")
        mac.update(data)
        return mac.hexdigest()

    def encrypt(self, plain: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._aead.encrypt(nonce, plain, None)

    def decrypt(self, token: bytes) -> bytes:
        return self._aead.decrypt(token[:_NONCE], token[_NONCE:], None)

    def encrypt_text(self, text: str | None) -> bytes | None:
        return None if text is None else self.encrypt(text.encode())

    def decrypt_text(self, token: bytes | None) -> str | None:
        return None if token is None else self.decrypt(token).decode()
