"""`kawan broadcast create | show | cancel | list` and `kawan outreach run`: what the bot says first."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from bot.app import App, build_app
from bot.cli_officers import _city
from bot.config import Settings
from conversations.domain.nominations import Area, area_name
from conversations.domain.regions import zone_of_city
from conversations.i18n import _, format_number
from services.outreach import (
    BroadcastError,
    broadcast_report,
    broadcast_summary,
    cancel_broadcast,
    create_broadcast,
    footer,
    run_once,
)

COMMANDS = ("broadcast", "outreach")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    broadcast = commands.add_parser("broadcast", help="messages to everyone reachable in an area")
    actions = broadcast.add_subparsers(dest="broadcast_command", required=True, metavar="ACTION")
    create = actions.add_parser(
        "create", help="schedule a broadcast; prints how many participants it reaches and its id",
        description="Schedule a message to every participant of the area with a phone on record. Sent at --at "
                    "(quiet hours 21:00–07:00 in each recipient's city delay it), paced at the platforms' limits; "
                    "people who said BERHENTI get nothing. On WhatsApp, someone outside the 24-hour window gets "
                    "--template (an approved template, NAME or NAME:LANGUAGE) or nothing.")
    where = create.add_mutually_exclusive_group()
    where.add_argument("--kecamatan")
    where.add_argument("--kelurahan")
    where.add_argument("--whole-city", action="store_true", help="every kecamatan of the city")
    create.add_argument("--city", help="the city; alone, the whole city (needed when officers serve several)")
    create.add_argument("--text", type=Path, required=True, help="a UTF-8 text file with the message")
    create.add_argument("--template", help="approved WhatsApp template for those outside the 24-hour window")
    create.add_argument("--at", help="\"YYYY-MM-DD HH:MM\" in the city's time (default: now)")
    create.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is sending (audit log)")
    show = actions.add_parser("show", help="sent, delivered, read and failed (by reason) of one broadcast")
    show.add_argument("id", type=int)
    cancel = actions.add_parser("cancel", help="stop a broadcast: what has not left yet is not sent")
    cancel.add_argument("id", type=int)
    cancel.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is acting (audit log)")
    actions.add_parser("list", help="the latest broadcasts")
    outreach = commands.add_parser("outreach", help="reminders (kawan run plans them every 5 minutes)")
    outreach_actions = outreach.add_subparsers(dest="outreach_command", required=True, metavar="ACTION")
    outreach_actions.add_parser("run", help="plan due reminders and broadcasts once (they leave with kawan run)")


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    app = await build_app(settings)
    now = app.runtime.clock()
    config = app.runtime.outreach
    assert config is not None
    try:
        if args.command == "outreach":
            tally = await run_once(app.repo, config, now)
            print(_("Direncanakan: {queued}; sudah pernah: {duplicate}; berhenti berlangganan: {opted_out}; tanpa "
                    "template WhatsApp: {no_template}; tanpa akun chat: {unreachable}.").format(
                queued=tally.queued, duplicate=tally.duplicate, opted_out=tally.opted_out,
                no_template=tally.no_template, unreachable=tally.unreachable))
            return 0
        if args.broadcast_command == "create":
            return await _create(app, args, now)
        if args.broadcast_command == "show":
            for line in broadcast_summary(await broadcast_report(app.repo, args.id)):
                print(line)
            return 0
        if args.broadcast_command == "cancel":
            cancelled = await cancel_broadcast(app.repo, args.id, f"cli:{args.by}", now)
            print(_("Siaran {id}: {status}.").format(id=cancelled.id, status=cancelled.status))
            return 0
        async with app.repo.transaction() as tx:
            found = await tx.broadcasts(Area(""), 20)
        for item in found:
            print(f"{item.id}  {item.status:<10} {item.send_at.isoformat(timespec='minutes')}  "
                  f"{item.area.city}/{item.area.kecamatan}/{item.area.kelurahan}  {format_number(item.recipients)}")
        if not found:
            print(_("Belum ada siaran."))
        return 0
    finally:
        await app.close()


async def _create(app: App, args: argparse.Namespace, now: dt.datetime) -> int:
    try:
        text = args.text.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise BroadcastError(_("berkas teks tidak bisa dibaca: {error}").format(error=error)) from None
    async with app.repo.transaction() as tx:
        city = await _city(tx, args.city)
        known = await tx.kecamatans(city)
    if args.kecamatan:
        kecamatan = area_name(args.kecamatan)
        if kecamatan not in known:
            raise BroadcastError(_("Kec. {kecamatan} tidak dikenal di {city}").format(kecamatan=kecamatan, city=city))
        area = Area(city, kecamatan)
    elif args.kelurahan:
        area = await _kelurahan(app, city, area_name(args.kelurahan))
    elif args.whole_city or args.city:
        area = Area(city)
    else:
        raise BroadcastError(_("pilih wilayah: --city, --kecamatan atau --kelurahan"))
    send_at = now
    if args.at:
        try:
            local = dt.datetime.strptime(args.at.strip(), "%Y-%m-%d %H:%M")
        except ValueError:
            raise BroadcastError(_("waktu harus seperti \"2026-12-24 09:00\"")) from None
        zone = zone_of_city(city, default=app.engine.timezone) or app.engine.timezone
        send_at = local.replace(tzinfo=zone).astimezone(dt.UTC)
    print(_("Pratinjau pesan:"))
    for line in f"{text.strip()}\n{footer()}".splitlines():
        print(f"  {line}")
    broadcast_id, recipients = await create_broadcast(app.repo, f"cli:{args.by}", area, text, args.template,
                                                      send_at, now)
    print(_("Siaran {id} dijadwalkan untuk {count} peserta dengan nomor HP.").format(
        id=broadcast_id, count=format_number(recipients)))
    print(broadcast_id)
    return 0


async def _kelurahan(app: App, city: str, kelurahan: str) -> Area:
    async with app.repo.transaction() as tx:
        found = await tx.kecamatans_of_kelurahan(city, kelurahan)
    if len(found) != 1:
        raise BroadcastError(_("Kel. {kelurahan} tidak dikenal di {city}").format(kelurahan=kelurahan, city=city))
    return Area(city, found[0], kelurahan)
