"""Translation and locale-aware formatting for the engine.

The active catalog and locale live in a ContextVar set per event by the engine (`use_locale`), so a
notice to another user can be rendered in that user's language. Catalogs are loaded from disk by the
caller (`bot.catalogs.load_catalogs`); this module only reads them.
"""

from __future__ import annotations

import datetime as dt
import gettext
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.numbers import format_decimal

SUPPORTED_LOCALES: tuple[str, ...] = ("id", "en")
DEFAULT_LOCALE = "id"

# English speakers here still count money the Indonesian way ("Rp42.000.000"): en_ID does that.
_FORMAT_LOCALE = {"id": "id_ID", "en": "en_US"}
"""Numbers grouped the way each language writes them: Rp42.000.000 and 2.999; Rp42,000,000 and 2,999."""

_translations: ContextVar[gettext.NullTranslations] = ContextVar(
    "kawan_translations", default=gettext.NullTranslations()  # noqa: B039 - never changed, only replaced
)
_locale: ContextVar[str] = ContextVar("kawan_locale", default=DEFAULT_LOCALE)


def _(msgid: str) -> str:
    return _translations.get().gettext(msgid)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.get().ngettext(singular, plural, n)


@dataclass(frozen=True, slots=True)
class LazyText:
    """A msgid translated when it is shown, for module-level constants such as button labels."""

    msgid: str

    def __str__(self) -> str:
        return _(self.msgid)


def lazy_gettext(msgid: str) -> LazyText:
    return LazyText(msgid)


@dataclass(frozen=True, slots=True)
class LazyFormat(LazyText):
    """A msgid with values filled in when it is shown ("Lanjutkan {reference}")."""

    params: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return _(self.msgid).format(**dict(self.params))


def lazy_format(msgid: str, **params: object) -> LazyFormat:
    return LazyFormat(msgid, tuple(params.items()))


def current_locale() -> str:
    return _locale.get()


def normalise_locale(value: str | None) -> str | None:
    """'en-US', 'EN', 'in' → a supported locale, or None."""
    if not value:
        return None
    base = value.replace("-", "_").split("_")[0].lower()
    base = {"in": "id"}.get(base, base)
    return base if base in SUPPORTED_LOCALES else None


_UNTRANSLATED = gettext.NullTranslations()


class _LocaleScope:
    """A plain context manager, not a generator one: the engine enters a few of these on every event."""

    __slots__ = ("_catalog", "_locale", "_tokens")

    def __init__(self, catalog: gettext.NullTranslations, locale: str) -> None:
        self._catalog = catalog
        self._locale = locale

    def __enter__(self) -> None:
        self._tokens = (_translations.set(self._catalog), _locale.set(self._locale))

    def __exit__(self, *exc: object) -> None:
        translations, locale = self._tokens
        _translations.reset(translations)
        _locale.reset(locale)


def use_locale(catalogs: Mapping[str, gettext.NullTranslations], locale: str) -> _LocaleScope:
    return _LocaleScope(catalogs.get(locale, _UNTRANSLATED), locale)


@lru_cache(maxsize=8)
def _babel_locale(locale: str) -> Locale:
    return Locale.parse(_FORMAT_LOCALE.get(locale, "id_ID"))


def format_money(amount: int) -> str:
    """Whole rupiah, "Rp" before the number, grouped as the reader's language groups: Rp42.000.000 / Rp42,000,000."""
    return _money(amount, current_locale())


@lru_cache(maxsize=4096)
def _money(amount: int, locale: str) -> str:
    """Babel parses the pattern on every call (6 µs); the benefit pages show the same few amounts to everyone."""
    return "Rp" + format_decimal(amount, format="#,##0", locale=_babel_locale(locale))


def format_number(value: float) -> str:
    return format_decimal(value, locale=_babel_locale(current_locale()))


def format_date(date: dt.date, *, rough: bool = False) -> str:
    """22 Mei 2025 / 22 May 2025. `rough`: a day counted back from weeks or months ago, said as the estimate it is
    ("sekitar 22 Mei 2025")."""
    day = _long_date(date, current_locale())
    return _("sekitar {date}").format(date=day) if rough else day


def format_month(date: dt.date) -> str:
    """Oktober 2026 / October 2026."""
    return _babel_format_date(date, "MMMM y", locale=_babel_locale(current_locale()))


@lru_cache(maxsize=4096)
def _long_date(date: dt.date, locale: str) -> str:
    """Babel reads its pattern and locale data on every call; a status text shows three dates, mostly the same
    coverage and payment dates for everyone."""
    return _babel_format_date(date, "d MMMM y", locale=_babel_locale(locale))
