"""Loading the compiled gettext catalogs, and the source-language fill used by `make catalogs`.

Indonesian is the source language of every msgid, so its catalog starts as a copy that editors may
reword without touching code; English is translated by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po
from babel.support import Translations

from conversations.i18n import SUPPORTED_LOCALES

DOMAIN = "messages"


class CatalogError(RuntimeError):
    """A catalog is missing or not compiled: the bot refuses to start rather than speak msgids."""


def load_catalogs(directory: Path) -> dict[str, Translations]:
    catalogs: dict[str, Translations] = {}
    for locale in SUPPORTED_LOCALES:
        folder = directory / locale / "LC_MESSAGES"
        po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
        if not mo.exists():
            raise CatalogError(f"{mo} is missing: run `make catalogs` (pybabel compile -d locales)")
        if po.exists() and po.stat().st_mtime > mo.stat().st_mtime + 1:
            raise CatalogError(f"{po} is newer than {mo}: run `make catalogs` to compile it")
        with mo.open("rb") as handle:
            catalogs[locale] = Translations(handle, domain=DOMAIN)
    return catalogs


def fill_source_catalog(po_path: Path) -> int:
    """Copy msgid to msgstr for untranslated Indonesian entries; return how many were filled."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    filled = 0
    for message in catalog:
        forms = (message.string,) if isinstance(message.string, str) else tuple(message.string or ())
        if message.id and not all(forms):  # an ngettext entry has a form per plural; Indonesian repeats the msgid
            message.string = message.id
            filled += 1
        if message.fuzzy and message.id:
            message.string = message.id
            message.flags.discard("fuzzy")
            filled += 1
    with po_path.open("wb") as handle:
        write_po(handle, catalog, width=0)
    return filled


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("locales/id/LC_MESSAGES/messages.po")
    print(f"filled {fill_source_catalog(path)} Indonesian entries in {path}")
