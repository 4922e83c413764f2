"""Wiring: settings → protector, store, catalogs, engine, runtime. No module-level singletons."""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.catalogs import load_catalogs
from bot.config import Settings
from bot.desk import Desk, DeskConfig
from bot.media import MediaStore
from bot.runtime import Clock, Runtime, utcnow
from conversations.engine import Engine
from conversations.flows import build_registry
from conversations.nlu.model import shipped
from conversations.registry import validate_flows
from services.outreach import OutreachConfig
from storage import open_repository
from storage.base import Repository
from storage.crypto import Protector


def build_engine(settings: Settings, catalogs: Mapping[str, gettext.NullTranslations]) -> Engine:
    registry = build_registry()
    validate_flows(registry, catalogs)
    shipped()  # the free-text model loads now (~0.4 s), not while the first user waits for a reply
    return Engine(
        registry=registry,
        catalogs=catalogs,
        default_locale=settings.kawan_default_locale,
        idle_timeout=dt.timedelta(minutes=settings.kawan_idle_minutes),
        timezone=ZoneInfo(settings.kawan_timezone),
        proof_codes=bool(settings.whatsapp_access_token),  # codes go out over WhatsApp (bot/serve.py)
    )


@dataclass
class App:
    settings: Settings
    protector: Protector
    repo: Repository
    engine: Engine
    runtime: Runtime

    async def close(self) -> None:
        await self.runtime.stop()
        await self.repo.close()

    def desk(self) -> Desk:
        """The officers' web desk over this app's store, words and documents."""
        s = self.settings
        config = DeskConfig(url=s.desk_url, idle=dt.timedelta(minutes=s.kawan_desk_idle_minutes),
                            secure_cookies=s.desk_cookie_secure, default_locale=s.kawan_default_locale,
                            timezone=self.engine.timezone, holidays=s.holidays)
        return Desk(self.repo, self.engine.catalogs, config, MediaStore(s.kawan_media_dir, self.protector),
                    self.runtime.clock)


def outreach_config(settings: Settings, engine: Engine) -> OutreachConfig:
    return OutreachConfig(catalogs=engine.catalogs, default_locale=settings.kawan_default_locale,
                          timezone=engine.timezone, templates=settings.whatsapp_templates,
                          whatsapp=settings.whatsapp_enabled, quiet_hours=settings.quiet_hours,
                          holidays=settings.holidays)


async def build_app(settings: Settings, *, clock: Clock = utcnow) -> App:
    protector = Protector(settings.require_secret())
    engine = build_engine(settings, load_catalogs(settings.kawan_locales_dir))
    repo = await open_repository(settings.kawan_database_url, protector)
    runtime = Runtime(repo, engine, clock=clock)
    runtime.holidays = settings.holidays
    runtime.desk_url = settings.desk_url
    runtime.outreach = outreach_config(settings, engine)
    async with repo.transaction() as tx:  # proposals stored before the desk could search them
        while await tx.index_nominations(500):
            pass
    return App(settings, protector, repo, engine, runtime)
