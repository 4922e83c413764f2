"""The keyed digest finds stored rows by NIK and phone: it must stay exactly HMAC-SHA256 (cut to 128 bits),
or every database written before a change would stop finding its own participants."""

from __future__ import annotations

import hashlib
import hmac

from storage.crypto import DIGEST_BYTES, Protector, _derive

SECRET = "synthetic-test-key-0123456789abcdef"


def test_the_digest_is_hmac_sha256_of_the_lookup_key() -> None:
    protector = Protector(SECRET)
    lookup_key = _derive(SECRET.encode(), b"lookup-hash")
    for value in ("", "nik:3171010101900001", "account:telegram:12345", "ñ" * 300):
        expected = hmac.new(lookup_key, value.encode(), hashlib.sha256).digest()[:DIGEST_BYTES]
        assert protector.digest(value) == expected


def test_digests_differ_by_key_and_by_value() -> None:
    one, other = Protector(SECRET), Protector(SECRET[::-1])
    assert one.digest("nik:1") != other.digest("nik:1")
    assert one.digest("nik:1") != one.digest("nik:2")
    assert one.digest("nik:1") == one.digest("nik:1")  # the copied states are never changed in place
