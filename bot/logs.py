"""Logging that cannot leak a NIK or a phone number, even if a careless message includes one."""

from __future__ import annotations

import logging
import re

_NIK_LIKE = re.compile(r"(?<!\d)(\d[\s.\-]?){15}\d(?!\d)")
_PHONE_LIKE = re.compile(r"(?<![\w])(\+?62|0)8[\d\s\-]{7,13}\d")


def redact(text: str) -> str:
    text = _NIK_LIKE.sub("[NIK]", text)
    return _PHONE_LIKE.sub("[PHONE]", text)


class RedactingFilter(logging.Filter):
    """Defence in depth: code logs masked values only, and this catches what slips through."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # aiosqlite logs every statement with its parameters at DEBUG: never let that through.
    logging.getLogger("aiosqlite").setLevel(max(logging.INFO, root.level))
