"""Settings from the environment (and a local .env), built once in `main` and passed down."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from conversations.i18n import SUPPORTED_LOCALES

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    kawan_database_url: str = "sqlite:///kawan.db"
    kawan_secret_key: str = Field(default="", repr=False)
    kawan_default_locale: str = "id"
    kawan_timezone: str = "Asia/Jakarta"
    kawan_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    kawan_locales_dir: Path = PROJECT_ROOT / "locales"
    kawan_log_level: str = "INFO"
    kawan_log_format: str = Field(default="text", pattern="^(text|json)$")
    """`json`: one JSON object per line (time, level, logger, message, exception), for a log collector."""
    kawan_document_retention_days: int = Field(default=365, ge=1)
    """Documents of claims closed (paid or refused) longer ago than this are deleted, daily."""

    kawan_media_dir: Path = Path("media")
    """Where claim documents are kept, content-addressed (sha256), outside the database."""

    telegram_bot_token: str | None = Field(default=None, repr=False)
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_base_file_url: str = "https://api.telegram.org/file/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = Field(default=None, repr=False)
    telegram_messages_per_second: float = Field(default=30, gt=0)
    """Telegram's overall sending limit; raise it only against a local fake (the benchmark)."""
    whatsapp_messages_per_second: float = Field(default=80, gt=0)
    """Meta's default throughput for a business number; higher tiers allow up to 1,000."""
    whatsapp_resend_unconfirmed_minutes: float = Field(default=30, gt=0)
    """A reminder or broadcast whose call was cut (a killed worker) and that Meta never confirmed in a status
    webhook within this time is sent again."""
    kawan_quiet_hours: str = Field(default="21:00-07:00", pattern=r"^(off|\d{1,2}:\d{2}-\d{1,2}:\d{2})$")
    """When reminders and broadcasts wait, in each recipient's own city time; "off" for none."""

    whatsapp_access_token: str | None = Field(default=None, repr=False)
    whatsapp_phone_number_id: str | None = None
    whatsapp_app_secret: str | None = Field(default=None, repr=False)
    whatsapp_verify_token: str | None = Field(default=None, repr=False)
    whatsapp_api_base_url: str = "https://graph.facebook.com/v23.0"
    whatsapp_template_name: str | None = None
    """An approved template sent when a message falls outside the 24-hour window (else it waits)."""
    whatsapp_template_language: str = "id"
    whatsapp_templates: dict[str, str] = {}
    """Approved templates for messages the bot sends first, by kind, as JSON: {"proof_code": "kode_masuk:id"}
    (name, then the language after a colon). A kind without one is not sent outside the 24-hour window."""

    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)

    kawan_desk_url: str | None = None
    """Where officers reach the desk, as printed in sign-in links (https://… behind a proxy); default
    http://localhost:WEBHOOK_PORT."""
    kawan_desk_idle_minutes: int = Field(default=30, ge=1, le=12 * 60)
    kawan_holidays: str = ""
    """Public holidays, skipped by working-day deadlines: 2026-12-25,2027-01-01,…"""

    @field_validator("kawan_holidays")
    @classmethod
    def _dates(cls, value: str) -> str:
        for part in filter(None, (p.strip() for p in value.split(","))):
            dt.date.fromisoformat(part)  # a ValueError names the bad date
        return value

    @property
    def quiet_hours(self) -> tuple[dt.time, dt.time] | None:
        if self.kawan_quiet_hours == "off":
            return None
        start, _sep, end = self.kawan_quiet_hours.partition("-")
        return dt.time.fromisoformat(start.zfill(5)), dt.time.fromisoformat(end.zfill(5))

    @property
    def holidays(self) -> frozenset[dt.date]:
        return frozenset(dt.date.fromisoformat(p.strip()) for p in self.kawan_holidays.split(",") if p.strip())

    @property
    def secrets(self) -> tuple[str, ...]:
        """What the log redactor replaces wherever it appears."""
        return tuple(s for s in (self.kawan_secret_key, self.telegram_bot_token, self.telegram_webhook_secret,
                                 self.whatsapp_access_token, self.whatsapp_app_secret, self.whatsapp_verify_token)
                     if s)

    @property
    def desk_url(self) -> str:
        return (self.kawan_desk_url or f"http://localhost:{self.webhook_port}").rstrip("/")

    @property
    def desk_cookie_secure(self) -> bool:
        """Cookies marked Secure when officers reach the desk over HTTPS."""
        return self.desk_url.startswith("https://")

    @field_validator("kawan_default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(self.whatsapp_access_token)

    @property
    def needs_web_server(self) -> bool:
        return self.whatsapp_enabled or (self.telegram_enabled and bool(self.telegram_webhook_url))

    def check_channels(self) -> None:
        """Refuse a half-configured channel at start, with the variable to set."""
        if self.telegram_webhook_url and not self.telegram_webhook_secret:
            raise ValueError("TELEGRAM_WEBHOOK_URL is set: set TELEGRAM_WEBHOOK_SECRET too (1-256 of A-Z a-z 0-9 _ -)")
        if self.whatsapp_enabled:
            missing = [name for name, value in (("WHATSAPP_PHONE_NUMBER_ID", self.whatsapp_phone_number_id),
                                                ("WHATSAPP_APP_SECRET", self.whatsapp_app_secret),
                                                ("WHATSAPP_VERIFY_TOKEN", self.whatsapp_verify_token)) if not value]
            if missing:
                raise ValueError(f"WHATSAPP_ACCESS_TOKEN is set: set {', '.join(missing)} too")

    def require_secret(self) -> str:
        if len(self.kawan_secret_key) < 16:
            raise ValueError(
                "KAWAN_SECRET_KEY is not set (or shorter than 16 characters). `make run` writes one into "
                ".env; in production set it from your secret store."
            )
        return self.kawan_secret_key
