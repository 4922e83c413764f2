"""`kawan`: the command line (chat, run, migrate, import-roster, demo-data)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from telegram.error import InvalidToken

from bot.app import build_app
from bot.catalogs import CatalogError, load_catalogs
from bot.channels import console
from bot.config import Settings
from bot.demo import synthetic_rows
from bot.logs import setup_logging
from bot.roster import RosterFileError, import_roster
from bot.serve import serve
from conversations.i18n import _, normalise_locale, use_locale

EXIT_USAGE = 2
err = Console(stderr=True, highlight=False)


class CliError(Exception):
    """A clear message for the operator and a non-zero exit, never a traceback."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kawan", description="Kawan Kerja: BPJS Ketenagakerjaan chat assistant.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = commands.add_parser("chat", help="chat with the bot in the terminal (one message per line on stdin)")
    chat.add_argument("--user", default="terminal", help="stable user id; the same id continues a conversation")
    chat.add_argument("--lang", choices=("id", "en"), help="language to start in (default: KAWAN_DEFAULT_LOCALE)")

    commands.add_parser("run", help="start every configured channel (the terminal chat when no token is set)")
    commands.add_parser("migrate", help="apply pending database migrations")

    roster = commands.add_parser("import-roster", help="import the roster CSV from BPJS or the city")
    roster.add_argument("file", type=Path, help="UTF-8 CSV with a header row (see README)")

    demo = commands.add_parser("demo-data", help="fill the database with a synthetic roster")
    demo.add_argument("--count", type=int, default=400, help="number of synthetic workers (default 400)")
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the roster already has rows")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as error:
        err.print(f"[bold red]Configuration error:[/] {error.errors()[0]['loc'][0]}: {error.errors()[0]['msg']}")
        return EXIT_USAGE
    setup_logging(settings.kawan_log_level if args.command != "chat" else "WARNING")
    try:
        return asyncio.run(_dispatch(args, settings))
    except (CliError, CatalogError, RosterFileError, ValueError) as error:
        err.print(f"[bold red]Error:[/] {error}")
        return EXIT_USAGE
    except InvalidToken:
        err.print("[bold red]Error:[/] Telegram refused TELEGRAM_BOT_TOKEN (401/404): check it with @BotFather")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


async def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    catalogs = load_catalogs(settings.kawan_locales_dir)
    with use_locale(catalogs, settings.kawan_default_locale):
        if args.command == "chat":
            return await chat(settings, user=args.user, lang=args.lang)
        if args.command == "run":
            return await run(settings)
        if args.command == "migrate":
            return await migrate(settings)
        if args.command == "import-roster":
            return await import_roster_command(settings, args.file)
        if args.command == "demo-data":
            return await demo_data(settings, args.count, args.seed, args.if_empty)
    raise CliError(f"unknown command {args.command}")


async def chat(settings: Settings, *, user: str, lang: str | None) -> int:
    app = await build_app(settings)
    out = sys.stdout
    app.runtime.senders[console.CHANNEL] = console.ConsoleSender(out, user)
    interactive = console.is_interactive(sys.stdin)
    if interactive:
        err.print(_("Ketik pesan lalu Enter. Ctrl-D untuk keluar."))
    try:
        app.runtime.start()
        await app.runtime.flush_outbox()  # anything left from an earlier run
        lines = await console.read_lines(sys.stdin)
        hint = normalise_locale(lang)
        while (line := await lines.get()) is not None:
            if not interactive:
                out.write(f"> {line}\n")
            await app.runtime.submit(app.runtime.text_event(console.CHANNEL, user, line, hint))
    finally:
        await app.close()
    return 0


async def run(settings: Settings) -> int:
    """Every configured channel; with no token set, the terminal chat (so `make run` always works)."""
    if not (settings.telegram_enabled or settings.whatsapp_enabled):
        return await chat(settings, user="terminal", lang=None)
    settings.check_channels()
    app = await build_app(settings)
    try:
        return await serve(app)
    finally:
        await app.repo.close()


async def migrate(settings: Settings) -> int:
    app = await build_app(settings)  # opening the store applies pending migrations
    try:
        done = await app.repo.applied_migrations()
    finally:
        await app.close()
    print(_("Skema basis data terbaru: {versions}").format(versions=", ".join(done)))
    return 0


async def import_roster_command(settings: Settings, path: Path) -> int:
    if not path.is_file():
        raise CliError(_("berkas tidak ditemukan: {path}").format(path=path))
    app = await build_app(settings)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                      console=err, transient=False) as progress:
            task = progress.add_task(_("Mengimpor"), total=path.stat().st_size)
            report = await import_roster(app.repo, path, lambda n: progress.advance(task, n))
    finally:
        await app.close()
    print(_("Baru: {inserted}, diperbarui: {updated}, tidak berubah: {unchanged}, ditolak: {bad}").format(
        inserted=report.inserted, updated=report.updated, unchanged=report.unchanged, bad=len(report.bad)))
    for bad in report.bad[:200]:
        print(_("baris {line}: {reason}").format(line=bad.line, reason=bad.reason))
    if len(report.bad) > 200:
        print(_("… dan {count} baris lain ditolak").format(count=len(report.bad) - 200))
    return 1 if report.bad and not report.good else 0


async def demo_data(settings: Settings, count: int, seed: int, if_empty: bool) -> int:
    if count < 1:
        raise CliError("--count must be at least 1")
    app = await build_app(settings)
    try:
        async with app.repo.transaction() as tx:
            existing = await tx.count_participants()
        if if_empty and existing:
            print(_("Basis data sudah berisi {count} peserta; data contoh tidak ditambahkan.").format(count=existing))
            return 0
        rows = list(synthetic_rows(count, seed=seed, today=dt.date.today()))
        async with app.repo.transaction() as tx:
            counts = await tx.upsert_participants(rows)
    finally:
        await app.close()
    print(_("Data contoh (sintetis): {inserted} peserta baru, {updated} diperbarui.").format(
        inserted=counts.inserted, updated=counts.updated))
    print(_("Coba cek kepesertaan dengan data contoh ini:"))
    for label, row in _examples(rows):
        print(f"  {label}: NIK {row.nik}, {row.birth_date.strftime('%d-%m-%Y')}")
    return 0


def _examples(rows: list) -> list[tuple[str, object]]:  # type: ignore[type-arg]
    today = dt.date.today()
    picks = []
    for label, test in (
        (_("aktif"), lambda r: r.status == "aktif" and r.coverage_end >= today and r.funded_by != "Mandiri"),
        (_("nonaktif"), lambda r: r.status == "nonaktif"),
        (_("masa perlindungan berakhir"), lambda r: r.status == "aktif" and r.coverage_end < today),
    ):
        match = next((r for r in rows if test(r)), None)
        if match is not None:
            picks.append((label, match))
    return picks


if __name__ == "__main__":
    sys.exit(main())
