"""`kawan tickets list | show | reply | close`: conversations handed to a person, answered from the server."""

from __future__ import annotations

import argparse
import os

from bot.app import build_app
from bot.config import Settings
from conversations.domain.masking import mask_nik_in_text
from conversations.domain.nominations import Area
from conversations.i18n import _
from services.tickets import TicketError, area_label, close, reply

COMMANDS = ("tickets",)


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tickets = commands.add_parser("tickets", help="conversations handed to a person (Bicara dengan petugas)")
    actions = tickets.add_subparsers(dest="tickets_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="tickets oldest first, with their area and waiting time")
    listing.add_argument("--status", choices=["open", "closed", "all"], default="open")
    listing.add_argument("--city", help="the city (default: every city the officers serve)")
    show = actions.add_parser("show", help="one ticket with its messages (NIKs masked)")
    show.add_argument("reference")
    answer = actions.add_parser("reply", help="answer the user: it reaches their channel as from the area's officer")
    answer.add_argument("reference")
    answer.add_argument("text")
    answer.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is answering (audit log)")
    done = actions.add_parser("close", help="close a ticket with its outcome; the user is asked to rate it")
    done.add_argument("reference")
    done.add_argument("--outcome", default="", help="what was done, told to the user")
    done.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is closing (audit log)")


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    app = await build_app(settings)
    now = app.runtime.clock()
    catalogs = app.engine.catalogs
    try:
        async with app.repo.transaction() as tx:
            if args.tickets_command == "list":
                cities = [args.city] if args.city else await tx.known_cities()
                status = None if args.status == "all" else args.status
                found = [t for city in cities for t in await tx.tickets(Area(city), status)]
                for ticket in found:
                    hours = (now - ticket.created_at).total_seconds() / 3600
                    print(f"{ticket.reference}  {ticket.status:<6} {ticket.topic:<10} {area_label(ticket.area):<24} "
                          f"{hours:6.1f} h{'  ↑' if ticket.escalated_at else ''}")
                print(_("{count} tiket").format(count=len(found)))
                return 0
            if args.tickets_command == "show":
                shown = await tx.ticket(args.reference)
                if shown is None:
                    raise TicketError(_("tiket {reference} tidak ada").format(reference=args.reference))
                await tx.append_audit(f"cli:{os.environ.get('USER', 'admin')}", "ticket.viewed", shown.reference, {},
                                      now)
                print(f"{shown.reference}  {shown.status}  {shown.topic}  {area_label(shown.area)}"
                      f"{'  ' + shown.claim_reference if shown.claim_reference else ''}")
                for message in await tx.ticket_messages(shown.id):
                    mark = {"history": "·", "file": "📎"}.get(message.kind, " ")
                    print(f"  {message.at.isoformat(timespec='minutes')} {mark} {message.author:<12} "
                          f"{mask_nik_in_text(message.text)}")
                return 0
            if args.tickets_command == "reply":
                ticket = await reply(tx, args.reference, f"cli:{args.by}", args.text, now, catalogs,
                                     settings.kawan_default_locale)
                print(_("Balasan dikirim ke {reference}.").format(reference=ticket.reference))
                return 0
            closed = await close(tx, args.reference, f"cli:{args.by}", args.outcome, now, catalogs,
                                 settings.kawan_default_locale)
            print(_("Tiket {reference} ditutup.").format(reference=closed.reference))
            return 0
    finally:
        await app.close()
