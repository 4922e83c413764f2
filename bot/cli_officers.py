"""`kawan import-officers | officer-code | quota | budget | export-nominations`: the city's side of the
nomination chain on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from bot.app import build_app
from bot.config import Settings
from conversations.domain.money import parse_amount
from conversations.domain.nominations import TAKES_QUOTA, NominationStatus, area_name
from conversations.domain.phone import normalise_phone
from conversations.flows.nomination_text import ROLE_LABELS
from conversations.i18n import _, format_money
from services.nominations import budget_setting, write_nominations_csv
from services.officers import OfficerFileError, import_officers, issue_code
from services.signin import issue_link
from storage.base import NominationFilter, Tx

COMMANDS = ("import-officers", "officer-code", "desk-login", "quota", "budget", "export-nominations")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    officers = commands.add_parser("import-officers", help="import RT heads and officers from a CSV")
    officers.add_argument("file", type=Path, help="UTF-8 CSV: role,full_name,phone,city,kecamatan,kelurahan,rw,rt")

    code = commands.add_parser(
        "officer-code", help="print a one-time code an officer sends as /daftar KODE",
        description="Print a single-use code for the officer with this phone. The code is the last line of the "
                    "output; the officer sends it to the bot as /daftar KODE (or types it after choosing "
                    "\"Masuk sebagai petugas\"). Only a keyed hash of the code is stored.")
    code.add_argument("phone", help="the officer's phone as in the officers CSV")
    code.add_argument("--hours", type=float, default=24.0, help="how long the code is valid (default 24)")
    code.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is issuing it (audit log)")

    login = commands.add_parser("desk-login", help="a single-use sign-in link to the officers' web desk (15 minutes)")
    login.add_argument("phone", help="the officer's phone as in the officers CSV")
    login.add_argument("--by", default=os.environ.get("USER", "admin"), help="who is issuing it (audit log)")

    quota = commands.add_parser("quota", help="places per kecamatan the kecamatan officers may fill")
    quota_actions = quota.add_subparsers(dest="quota_command", required=True, metavar="ACTION")
    set_quota = quota_actions.add_parser("set", help="set a kecamatan's quota")
    set_quota.add_argument("--city", help="the city the kecamatan belongs to (needed when officers serve several)")
    set_quota.add_argument("--kecamatan", required=True)
    set_quota.add_argument("places", type=int)
    list_quota = quota_actions.add_parser("list", help="every quota and how much of it is used")
    list_quota.add_argument("--city", help="only this city")

    budget = commands.add_parser("budget", help="the city's yearly allocation for the programme")
    budget_actions = budget.add_subparsers(dest="budget_command", required=True, metavar="ACTION")
    set_budget = budget_actions.add_parser("set", help="set the allocation (e.g. 604800000 or \"604,8 juta\")")
    set_budget.add_argument("amount")
    set_budget.add_argument("--city", help="the city (needed when officers serve several)")

    export = commands.add_parser("export-nominations", help="write nominations to a CSV (the list for BPJS)")
    export.add_argument("file", type=Path)
    export.add_argument("--status", choices=[s.value for s in NominationStatus], help="only this status")


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "import-officers":
        return await _import_officers(settings, args.file)
    if args.command == "officer-code":
        return await _officer_code(settings, args.phone, args.hours, args.by)
    if args.command == "desk-login":
        return await _desk_login(settings, args.phone, args.by)
    if args.command == "quota":
        return await _quota(settings, args)
    if args.command == "budget":
        return await _budget(settings, args.amount, args.city)
    return await _export(settings, args.file, args.status)


async def _import_officers(settings: Settings, path: Path) -> int:
    if not path.is_file():
        raise OfficerFileError(_("berkas tidak ditemukan: {path}").format(path=path))
    app = await build_app(settings)
    try:
        report = await import_officers(app.repo, path)
    finally:
        await app.close()
    c = report.counts
    print(_("Baru: {inserted}, diperbarui: {updated}, tidak berubah: {unchanged}, ditolak: {bad}").format(
        inserted=c.inserted, updated=c.updated, unchanged=c.unchanged, bad=len(report.bad)))
    for bad in report.bad:
        print(_("baris {line}: {reason}").format(line=bad.line, reason=bad.reason))
    return 1 if report.bad and not report.good else 0


async def _officer_code(settings: Settings, phone: str, hours: float, by: str) -> int:
    if not 0 < hours <= 24 * 7:
        raise ValueError(_("--hours harus antara 0 dan 168"))
    app = await build_app(settings)
    try:
        officer, code, expires = await issue_code(app.repo, phone, dt.datetime.now(dt.UTC), f"cli:{by}",
                                                  dt.timedelta(hours=hours))
    finally:
        await app.close()
    print(_("Kode untuk petugas {role} (officer:{id}), berlaku sekali sampai {until} UTC.").format(
        role=officer.role, id=officer.id, until=expires.strftime("%Y-%m-%d %H:%M")))
    print(_("Petugas mengirim ke bot: /daftar {code}").format(code=code))
    print(code)
    return 0


async def _desk_login(settings: Settings, phone_text: str, by: str) -> int:
    phone = normalise_phone(phone_text)
    if phone is None:
        raise ValueError(_("bukan nomor HP Indonesia: {phone}").format(phone=phone_text))
    app = await build_app(settings)
    try:
        async with app.repo.transaction() as tx:
            officer = await tx.officer_by_phone(phone)
            if officer is None:
                raise ValueError(_("tidak ada petugas dengan nomor itu (impor dulu: kawan import-officers)"))
            url = await issue_link(tx, officer, settings.desk_url, f"cli:{by}", dt.datetime.now(dt.UTC))
    finally:
        await app.close()
    print(_("Tautan masuk meja petugas untuk {role} (officer:{id}), sekali pakai, berlaku 15 menit:").format(
        role=str(ROLE_LABELS[officer.role]), id=officer.id))
    print(url)
    return 0


async def _city(tx: Tx, given: str | None) -> str:
    """The city named, which officers must serve; or the only one they serve."""
    cities = await tx.cities()
    if given:
        name = area_name(given)
        if name not in cities:
            raise ValueError(_("kota tidak dikenal: {city} (kota para petugas: {known})").format(
                city=name, known=", ".join(cities) or "-"))
        return name
    if len(cities) != 1:
        raise ValueError(_("sebutkan kotanya dengan --city (kota para petugas: {known})").format(
            known=", ".join(cities) or "-"))
    return cities[0]


async def _quota(settings: Settings, args: argparse.Namespace) -> int:
    app = await build_app(settings)
    try:
        async with app.repo.transaction() as tx:
            if args.quota_command == "set":
                name = area_name(args.kecamatan)
                if not name or args.places < 0:
                    raise ValueError(_("kecamatan wajib diisi dan kuota tidak boleh negatif"))
                city = await _city(tx, args.city)
                known = await tx.kecamatans(city)
                if name not in known:
                    raise ValueError(_("Kec. {kecamatan} tidak dikenal di {city} (yang dikenal: {known})").format(
                        kecamatan=name, city=city, known=", ".join(known) or "-"))
                now = dt.datetime.now(dt.UTC)
                await tx.set_quota(city, name, args.places, now)
                await tx.append_audit(f"cli:{os.environ.get('USER', 'admin')}", "quota.set", f"kecamatan:{name}",
                                      {"places": args.places, "city": city}, now)
                print(_("Kuota Kec. {kecamatan}: {places}").format(kecamatan=name, places=args.places))
                return 0
            quotas = await tx.all_quotas()
            shown = 0
            for (city, name), places in quotas.items():
                if args.city and area_name(args.city) != city:
                    continue
                taken = tuple(s.value for s in TAKES_QUOTA)
                used = await tx.count_nominations(NominationFilter(city=city, kecamatan=name, statuses=taken))
                print(_("{city}, Kec. {kecamatan}: kuota {places}, terpakai {used}").format(
                    city=city, kecamatan=name, places=places, used=used))
                shown += 1
            if not shown:
                print(_("Belum ada kuota."))
            return 0
    finally:
        await app.close()


async def _budget(settings: Settings, amount_text: str, city_given: str | None) -> int:
    amount = parse_amount(amount_text)
    if amount is None or amount <= 0:
        raise ValueError(_("jumlah tidak dikenali: {amount}").format(amount=amount_text))
    app = await build_app(settings)
    try:
        now = dt.datetime.now(dt.UTC)
        async with app.repo.transaction() as tx:
            city = await _city(tx, city_given)
            await tx.set_setting(budget_setting(city), str(amount), now)
            await tx.append_audit(f"cli:{os.environ.get('USER', 'admin')}", "budget.set", f"city:{city}",
                                  {"amount": amount}, now)
    finally:
        await app.close()
    print(_("Alokasi anggaran {city}: {amount} per tahun").format(city=city, amount=format_money(amount)))
    return 0


async def _export(settings: Settings, path: Path, status: str | None) -> int:
    if not path.parent.is_dir():
        raise ValueError(_("folder tidak ditemukan: {path}").format(path=path.parent))
    app = await build_app(settings)
    try:
        async with app.repo.transaction() as tx:
            found = await tx.nominations(NominationFilter(statuses=(status,) if status else None), limit=10**9)
    finally:
        await app.close()
    count = write_nominations_csv(path, found)
    print(_("{count} usulan ditulis ke {path}").format(count=count, path=path))
    return 0
