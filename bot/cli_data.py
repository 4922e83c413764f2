"""`kawan erase | purge-documents | backup`: personal data has an end (UU PDP 27/2022), and a copy to come back
to."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from bot.app import build_app
from bot.config import Settings
from bot.media import MediaStore
from conversations.i18n import _
from services.erasure import erase_person, purge_documents
from storage.base import StoreError

COMMANDS = ("erase", "purge-documents", "backup")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    erase = commands.add_parser(
        "erase", help="remove one person's data (roster row, proposals, claims and documents, chat accounts)",
        description="Remove everything kept about the person with this NIK: the roster row, proposals, claims "
                    "about them with their documents, proofs, and the chat accounts that filed those claims or "
                    "hold the NIK in a conversation. The audit log records that an erasure happened and how "
                    "many rows, never whose.")
    erase.add_argument("--nik", required=True)
    erase.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is acting (audit log)")

    purge = commands.add_parser("purge-documents", help="delete documents of claims closed longer ago than "
                                                        "KAWAN_DOCUMENT_RETENTION_DAYS (kawan run does it daily)")
    purge.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is acting (audit log)")

    backup = commands.add_parser("backup", help="a consistent copy of the SQLite database while the bot runs "
                                                "(PostgreSQL: pg_dump, see README)")
    backup.add_argument("file", type=Path, help="where to write the copy (must not exist)")


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    app = await build_app(settings)
    media = MediaStore(settings.kawan_media_dir, app.protector)
    now = dt.datetime.now(dt.UTC)
    try:
        if args.command == "erase":
            erasure = await erase_person(app.repo, args.nik, args.by, now, media.delete)
            counts = erasure.counts
            print(_("Dihapus: {participants} data roster, {nominations} usulan, {claims} klaim dengan {documents} "
                    "dokumen ({files} berkas), {accounts} akun chat.").format(files=erasure.files, **counts))
            return 0
        if args.command == "purge-documents":
            files = await purge_documents(app.repo, dt.timedelta(days=settings.kawan_document_retention_days), now,
                                          args.by, media.delete)
            print(_("Berkas dokumen dihapus: {files}").format(files=files))
            return 0
        return await _backup(app.repo, args.file)
    finally:
        await app.close()


async def _backup(repo: object, target: Path) -> int:
    backup = getattr(repo, "backup", None)
    if backup is None:
        raise StoreError("kawan backup copies a SQLite database; for PostgreSQL use pg_dump (README, Backups)")
    if target.exists():
        raise StoreError(f"{target} exists: choose a new file")
    await backup(target)
    print(_("Salinan basis data ditulis ke {path}").format(path=target))
    return 0
