"""`kawan`: the command line (chat, run, migrate, migrate-data, import-roster, demo-data, claims, export-claims, audit, and the
officer commands of `bot.cli_officers`)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import io
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import asyncpg
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from telegram.error import InvalidToken

from bot import cli_data, cli_officers, cli_outreach, cli_tickets
from bot.app import build_app
from bot.catalogs import CatalogError, load_catalogs
from bot.channels import console
from bot.config import Settings
from bot.demo import DEMO_BUDGET, DEMO_CITY, DEMO_QUOTA, synthetic_officers, synthetic_rows
from bot.demo_desk import seed_desk_demo
from bot.logs import setup_logging
from bot.media import MediaStore
from bot.migrate_data import MigrationError, migrate_data
from bot.serve import serve
from bot.web import build_web_app, web_server
from conversations.domain.claims import ClaimStatus
from conversations.i18n import _, normalise_locale, use_locale
from services.claims import ClaimError, change_status, return_documents, write_claims_csv
from services.nominations import NominationError, budget_setting, enrol_from_roster
from services.officers import OfficerFileError
from services.roster import RosterFileError, import_roster
from storage.base import StoreError
from storage.crypto import Protector
from storage.files import restrict_process
from storage.participants import ParticipantRow

EXIT_USAGE = 2
err = Console(stderr=True, highlight=False)


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Escape sequences and other control characters: what a claimant typed must not drive the officer's terminal."""


class PrintableOutput(io.TextIOBase):
    """stdout for the officers' commands: every control character but newline and tab is dropped."""

    def __init__(self, target: IO[str]) -> None:
        self._target = target

    def write(self, text: str) -> int:
        self._target.write(CONTROL.sub("", text))
        return len(text)

    def flush(self) -> None:
        self._target.flush()

    def isatty(self) -> bool:
        return self._target.isatty()


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

    move = commands.add_parser("migrate-data", help="copy a SQLite database into PostgreSQL (safe to run twice)")
    move.add_argument("--from", dest="source", required=True, metavar="URL", help="sqlite:///kawan.db")
    move.add_argument("--to", dest="target", required=True, metavar="URL", help="postgresql://user@host:5432/db")

    roster = commands.add_parser("import-roster", help="import the roster CSV from BPJS or the city")
    roster.add_argument("file", type=Path, help="UTF-8 CSV with a header row (see README)")

    demo = commands.add_parser("demo-data", help="fill the database with a synthetic roster")
    demo.add_argument("--count", type=int, default=400, help="number of synthetic workers (default 400)")
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the roster already has rows")

    claims = commands.add_parser("claims", help="the claims desk: list, show and move claims")
    desk = claims.add_subparsers(dest="claims_command", required=True, metavar="ACTION")
    listing = desk.add_parser("list", help="claims, oldest first")
    listing.add_argument("--status", choices=[s.value for s in ClaimStatus], help="only claims with this status")
    show = desk.add_parser("show", help="one claim in full (the NIK is shown: officers only)")
    show.add_argument("reference", help="e.g. JKM-2026-000001")
    move = desk.add_parser("set", help="move a claim to a new status; the claimant is notified")
    move.add_argument("reference")
    move.add_argument("status", choices=[s.value for s in ClaimStatus if s is not ClaimStatus.DRAFT])
    move.add_argument("--reason", help="required for ditolak and dokumen_kurang; shown to the claimant")
    move.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is acting (for the audit log)")
    back = desk.add_parser("return", help="send a claim's document back (unreadable, or not that paper); the claimant "
                                          "is told which and why, and the claim waits for it again")
    back.add_argument("reference")
    back.add_argument("item", help="the document, as `claims show` lists it (e.g. kk, ktp_heir)")
    back.add_argument("--reason", required=True, help="what is wrong with it; shown to the claimant")
    back.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is acting (for the audit log)")

    export = commands.add_parser("export-claims", help="write the claims to a CSV for the BPJS branch")
    export.add_argument("file", type=Path)
    export.add_argument("--status", choices=[s.value for s in ClaimStatus], help="only claims with this status")

    audit = commands.add_parser("audit", help="the append-only audit log")
    audit.add_argument("--ref", help="only entries about this reference")
    cli_officers.add_parsers(commands)
    cli_data.add_parsers(commands)
    cli_outreach.add_parsers(commands)
    cli_tickets.add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    restrict_process()  # the database, media and exports it creates are its owner's only
    if args.command not in ("chat", "run"):
        sys.stdout = PrintableOutput(sys.stdout)
    try:
        settings = Settings()
    except ValidationError as error:
        err.print(f"[bold red]Configuration error:[/] {error.errors()[0]['loc'][0]}: {error.errors()[0]['msg']}")
        return EXIT_USAGE
    terminal = args.command == "chat" or (args.command == "run" and not (settings.telegram_enabled or
                                                                       settings.whatsapp_enabled))
    setup_logging("WARNING" if terminal else settings.kawan_log_level,  # the chat owns the terminal
                  secrets=settings.secrets, json_lines=settings.kawan_log_format == "json")
    try:
        return asyncio.run(_dispatch(args, settings))
    except (CliError, CatalogError, RosterFileError, OfficerFileError, ClaimError, NominationError,
            MigrationError, StoreError, ValueError) as error:  # TicketError, BroadcastError are ValueErrors
        err.print(f"[bold red]Error:[/] {escape(str(error))}", soft_wrap=True)
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
        if args.command == "migrate-data":
            return await migrate_data_command(settings, args.source, args.target)
        if args.command == "import-roster":
            return await import_roster_command(settings, args.file)
        if args.command == "demo-data":
            return await demo_data(settings, args.count, args.seed, args.if_empty)
        if args.command == "claims":
            return await claims_command(settings, args, catalogs)
        if args.command == "export-claims":
            return await export_claims(settings, args.file, args.status)
        if args.command == "audit":
            return await audit_command(settings, args.ref)
        if args.command in cli_officers.COMMANDS:
            return await cli_officers.dispatch(args, settings)
        if args.command in cli_data.COMMANDS:
            return await cli_data.dispatch(args, settings)
        if args.command in cli_outreach.COMMANDS:
            return await cli_outreach.dispatch(args, settings)
        if args.command in cli_tickets.COMMANDS:
            return await cli_tickets.dispatch(args, settings)
    raise CliError(f"unknown command {args.command}")


async def chat(settings: Settings, *, user: str, lang: str | None, desk: bool = False) -> int:
    """The terminal channel; with `desk`, the HTTP server (the officers' desk, /healthz) runs beside it."""
    app = await build_app(settings)
    out = sys.stdout
    app.runtime.senders[console.CHANNEL] = console.ConsoleSender(out, user)
    interactive = console.is_interactive(sys.stdin)
    server = web_server(build_web_app(app.repo, desk=app.desk()), settings.webhook_host, settings.webhook_port) \
        if desk else None
    serving = asyncio.create_task(server.serve(), name="web") if server is not None else None
    if server is not None:
        err.print(_("Meja petugas: {url}/desk/ (tautan masuk: kawan desk-login NOMOR_HP)").format(
            url=settings.desk_url), soft_wrap=True)
    if interactive:
        err.print(_("Ketik pesan lalu Enter. Kirim berkas: /kirim PATH (dengan keterangan foto: /kirim PATH | ktp "
                    "saya). Ctrl-D untuk keluar."))
    try:
        app.runtime.start()
        await app.runtime.flush_outbox()  # anything left from an earlier run
        lines = await console.read_lines(sys.stdin)
        hint = normalise_locale(lang)
        media = MediaStore(settings.kawan_media_dir, app.protector)
        while (line := await lines.get()) is not None:
            if not interactive:
                out.write(f"> {line}\n")
            if line.startswith(console.SEND_FILE):
                record = await console.file_event(app.runtime, media, user, line.removeprefix(console.SEND_FILE), hint)
                if record is None:
                    err.print(_("Berkas tidak bisa dibaca: {path}").format(path=line.removeprefix(console.SEND_FILE)),
                              soft_wrap=True, markup=False)
                    continue
                await app.runtime.submit(record)
                continue
            await app.runtime.submit(app.runtime.text_event(console.CHANNEL, user, line, hint))
    finally:
        if server is not None and serving is not None:
            server.should_exit = True
            await asyncio.gather(serving, return_exceptions=True)
        await app.close()
    return 0


async def migrate_data_command(settings: Settings, source: str, target: str) -> int:
    protector = Protector(settings.require_secret())
    try:
        report = await migrate_data(source, target, protector)
    except (OSError, asyncpg.PostgresError) as error:
        raise CliError(f"cannot copy: {error}") from error
    for table in report:
        print(_("{table}: sumber {source}, disalin sekarang {copied}, di tujuan {target}").format(
            table=table.table, source=table.source, copied=table.copied, target=table.target))
    print(_("Selesai: {count} baris disalin; setiap tabel tujuan berisi paling sedikit isi sumbernya.").format(
        count=sum(t.copied for t in report)))
    return 0


async def run(settings: Settings) -> int:
    """Every configured channel; with no token set, the terminal chat (so `make run` always works)."""
    if not (settings.telegram_enabled or settings.whatsapp_enabled):
        return await chat(settings, user="terminal", lang=None, desk=True)
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
        async with app.repo.transaction() as tx:
            enrolled = await enrol_from_roster(tx, dt.datetime.now(dt.UTC), app.engine.catalogs,
                                               settings.kawan_default_locale)
    finally:
        await app.close()
    print(_("Baru: {inserted}, diperbarui: {updated}, tidak berubah: {unchanged}, ditolak: {bad}").format(
        inserted=report.inserted, updated=report.updated, unchanged=report.unchanged, bad=len(report.bad)))
    if enrolled.enrolled:
        print(_("{count} usulan kini terdaftar: {heads} Ketua RT diberi kabar, {told} pekerja diberi kabar lewat "
                "chat.").format(count=enrolled.enrolled, heads=enrolled.heads_told, told=enrolled.workers_told))
    if enrolled.unreached:
        print(_("{count} pekerja belum bisa dihubungi lewat chat; Ketua RT-nya diminta menyampaikan langsung: "
                "{references}").format(count=len(enrolled.unreached), references=", ".join(enrolled.unreached)))
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
        officers = synthetic_officers()
        now = dt.datetime.now(dt.UTC)
        async with app.repo.transaction() as tx:
            counts = await tx.upsert_participants(rows)
            await tx.upsert_officers(officers)
            if not await tx.quotas(DEMO_CITY):
                await tx.set_quota(DEMO_CITY, *DEMO_QUOTA, now)
            if await tx.setting(budget_setting(DEMO_CITY)) is None:
                await tx.set_setting(budget_setting(DEMO_CITY), str(DEMO_BUDGET), now)
            proposals, claims = await seed_desk_demo(tx, MediaStore(settings.kawan_media_dir, app.protector),
                                                     app.engine.catalogs, rows, now)
    finally:
        await app.close()
    print(_("Data contoh (sintetis): {inserted} peserta baru, {updated} diperbarui; {proposals} usulan dan {claims} "
            "klaim untuk meja petugas.").format(inserted=counts.inserted, updated=counts.updated, proposals=proposals,
                                                 claims=claims))
    print(_("Petugas contoh (masuk dengan kode: kawan officer-code NOMOR, lalu /daftar KODE di chat):"))
    for officer in officers:
        print(f"  {officer.role}: 0{officer.phone[2:]}")
    print(_("Coba cek kepesertaan dengan data contoh ini:"))
    for label, row in _examples(rows):
        print(f"  {label}: NIK {row.nik}, KPJ {row.kpj}")
    return 0


def _examples(rows: list[ParticipantRow]) -> list[tuple[str, ParticipantRow]]:
    """Of the demo city first: a claim made in the terminal with them is on the demo city admin's desk (the first rows
    were Kota Bontang's, whose claims no demo officer sees)."""
    today = dt.date.today()
    rows = sorted(rows, key=lambda row: row.city != DEMO_CITY)
    picks = []
    for label, test in (
        (_("aktif"), lambda r: r.status == "aktif" and r.coverage_end >= today and r.funded_by != "Mandiri"),
        (_("nonaktif"), lambda r: r.status == "nonaktif"),
        (_("masa perlindungan berakhir"), lambda r: r.status == "aktif" and r.coverage_end < today),
        (_("warga Ketua RT contoh, untuk \"Lapor warga meninggal\""),
         lambda r: r.status == "aktif" and r.coverage_end >= today and r.kelurahan == "Talang Bakung"),
    ):
        match = next((r for r in rows if test(r)), None)
        if match is not None:
            picks.append((label, match))
    return picks


async def claims_command(settings: Settings, args: argparse.Namespace, catalogs: dict) -> int:  # type: ignore[type-arg]
    app = await build_app(settings)
    try:
        if args.claims_command == "list":
            async with app.repo.transaction() as tx:
                found = await tx.claims(status=args.status)
            for listed in found:
                lacking = len([i for i in listed.checklist if i not in {d.item for d in listed.documents}])
                print(f"{listed.reference}  {listed.status:<14} {listed.benefit:<12} "
                      f"{listed.event_date.isoformat()}  docs {len(listed.documents)} (missing {lacking})  "
                      f"{listed.channel}")
            print(_("{count} klaim").format(count=len(found)))
            return 0
        if args.claims_command == "show":
            async with app.repo.transaction() as tx:
                claim = await tx.claim(args.reference)
            if claim is None:
                raise CliError(_("klaim tidak ditemukan: {reference}").format(reference=args.reference))
            print(f"{claim.reference}  {claim.kind} / {claim.benefit}  status: {claim.status}")
            if claim.reason:
                print(f"reason: {claim.reason}")
            print(f"NIK: {claim.nik}  event date: {claim.event_date.isoformat()}  channel: {claim.channel}")
            for key, value in claim.details.items():
                print(f"  {key}: {value}")
            received = {d.item for d in claim.documents}
            for item in (*claim.checklist, *claim.optional):
                mark = "x" if item in received else " "
                print(f"  [{mark}] {item}{'' if item in claim.checklist else ' (optional)'}")
            for document in claim.documents:
                print(f"    {document.item}: {document.mime_type} {document.size} bytes, "
                      f"{app.settings.kawan_media_dir / document.digest[:2] / document.digest}")
            return 0
        now = dt.datetime.now(dt.UTC)
        if args.claims_command == "return":
            async with app.repo.transaction() as tx:
                returning = await tx.claim(args.reference)
                files = [d.digest for d in returning.documents if d.item == args.item] if returning is not None else []
                if returning is not None and not files:
                    raise CliError(_("klaim {reference} tidak punya berkas {item}").format(
                        reference=returning.reference, item=args.item))
                claim = await return_documents(tx, args.reference, files, args.reason, f"cli:{args.by}", now,
                                               catalogs)
            print(_("{reference}: {item} dikembalikan; pemohon diberi tahu.").format(reference=claim.reference,
                                                                                   item=args.item))
            return 0
        async with app.repo.transaction() as tx:
            claim = await change_status(tx, args.reference, args.status, args.reason, f"cli:{args.by}", now,
                                        catalogs)
        print(_("{reference}: status {status}; pemohon diberi tahu.").format(reference=claim.reference,
                                                                            status=claim.status))
        return 0
    finally:
        await app.close()


async def export_claims(settings: Settings, path: Path, status: str | None) -> int:
    if not path.parent.is_dir():
        raise CliError(_("folder tidak ditemukan: {path}").format(path=path.parent))
    app = await build_app(settings)
    try:
        async with app.repo.transaction() as tx:
            found = await tx.claims(status=status)
    finally:
        await app.close()
    count = write_claims_csv(path, found)
    print(_("{count} klaim ditulis ke {path}").format(count=count, path=path))
    return 0


async def audit_command(settings: Settings, reference: str | None) -> int:
    app = await build_app(settings)
    try:
        async with app.repo.transaction() as tx:
            entries = await tx.audit_entries(reference.strip().upper() if reference else None)
    finally:
        await app.close()
    for entry in entries:
        data = " ".join(f"{k}={v}" for k, v in entry.data.items())
        print(f"{entry.at.isoformat(timespec='seconds')}  {entry.actor:<24} {entry.action:<16} {entry.subject}  {data}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
