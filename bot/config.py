"""Settings from the environment (and a local .env), built once in `main` and passed down."""

from __future__ import annotations

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

    telegram_bot_token: str | None = Field(default=None, repr=False)
    whatsapp_access_token: str | None = Field(default=None, repr=False)

    @field_validator("kawan_default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    def require_secret(self) -> str:
        if len(self.kawan_secret_key) < 16:
            raise ValueError(
                "KAWAN_SECRET_KEY is not set (or shorter than 16 characters). `make run` writes one into "
                ".env; in production set it from your secret store."
            )
        return self.kawan_secret_key
