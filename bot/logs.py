"""Logging that cannot leak a NIK, a phone number, a KPJ, a token or a secret, at any level: library loggers
that print request URLs or parameters stay at WARNING, and every line (its traceback included) is redacted
before it is written."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable

_BOT_TOKEN = re.compile(r"\d{5,12}:[A-Za-z0-9_-]{30,}")
_NIK_LIKE = re.compile(r"(?<!\d)(\d[\s.\-]?){15}\d(?!\d)")
_PHONE_LIKE = re.compile(r"(?<![\w])(\+?62|0)[\s\-]?8[\d\s\-]{7,13}\d")
_KPJ_LIKE = re.compile(r"(?<!\d)\d{11}(?!\d)")
_BEARER = re.compile(r"(?i)(bearer\s+|access_token=|secret[_-]?token[=:]\s*)[^\s&\"']+")

QUIET_LIBRARIES = ("httpx", "httpcore", "telegram", "telegram.ext", "hpack", "uvicorn.access", "asyncio",
                   "aiosqlite", "asyncpg", "multipart", "python_multipart")
"""httpx logs every request URL (a Telegram URL holds the bot token), PTB logs request parameters (reply
texts, the webhook secret) at DEBUG, aiosqlite every statement with its parameters."""


class Redactor:
    """The known secrets of this process, and the shapes of personal numbers."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[SECRET]")
        text = _BOT_TOKEN.sub("[TOKEN]", text)
        text = _BEARER.sub(lambda m: m.group(1) + "[SECRET]", text)
        text = _NIK_LIKE.sub("[NIK]", text)
        text = _PHONE_LIKE.sub("[PHONE]", text)
        return _KPJ_LIKE.sub("[KPJ]", text)


redact = Redactor()


class RedactingFormatter(logging.Formatter):
    """The whole line, traceback included, goes through the redactor: code logs masked values only, and this
    catches what slips through (an exception message quoting a URL, a library's debug line)."""

    def __init__(self, redactor: Redactor, as_json: bool = False) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.redactor = redactor
        self.as_json = as_json

    def format(self, record: logging.LogRecord) -> str:
        if not self.as_json:
            return self.redactor(super().format(record))
        line: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "message": self.redactor(record.getMessage())}
        if record.exc_info:
            line["exception"] = self.redactor(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


def setup_logging(level: str, *, secrets: Iterable[str] = (), json_lines: bool = False) -> None:
    global redact
    redact = Redactor(secrets)
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(redact, as_json=json_lines))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
