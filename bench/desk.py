"""The desk on a city's data: 100,000 proposals, 10,000 claims and a 100,000-worker roster in one SQLite file;
the server time of its pages (the real app, in process through ASGI, signed in as each role)."""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from bot.catalogs import load_catalogs
from bot.config import PROJECT_ROOT
from bot.demo import CITIES, FAMILY, GIVEN, GIVEN_F, synthetic_rows
from bot.desk import Desk, DeskConfig
from bot.media import MediaStore
from bot.web import build_web_app
from conversations.domain.claims import ClaimStatus
from conversations.domain.nominations import Area
from services import signin
from storage.base import OfficerRow
from storage.crypto import Protector
from storage.search import SEARCH_VERSION, name_keys, tail_key
from storage.sqlite import SqliteRepository
from storage.timestamps import ts

PROTECTOR = Protector("benchmark-secret-key-not-for-production")
JAKARTA = ZoneInfo("Asia/Jakarta")
CITY = CITIES[0]
STATUSES = (["pending"] * 5 + ["approved"] * 2 + ["selected", "enrolled", "rejected"])
CLAIM_STATUSES = [s.value for s in ClaimStatus if s is not ClaimStatus.DRAFT]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _officers() -> list[OfficerRow]:
    rows = [OfficerRow("city_admin", "Admin Kota", "6281190000001", Area(CITY.name))]
    for k, (kecamatan, kelurahans) in enumerate(CITY.kecamatan):
        rows.append(OfficerRow("kecamatan_officer", f"Camat {k}", f"62811900001{k:02d}", Area(CITY.name, kecamatan)))
        for j, kelurahan in enumerate(kelurahans):
            rows.append(OfficerRow("kelurahan_officer", f"Lurah {k} {j}", f"62811900002{k}{j}",
                                   Area(CITY.name, kecamatan, kelurahan)))
            rows.append(OfficerRow("rt_head", f"Ketua RT {k} {j}", f"62811900003{k}{j}",
                                   Area(CITY.name, kecamatan, kelurahan, "001", "001")))
    return rows


async def build(folder: Path, nominations: int, claims: int, roster: int) -> SqliteRepository:
    repo = await SqliteRepository.open(f"sqlite:///{folder / 'desk.db'}", PROTECTOR)
    rng = random.Random(5)
    now = dt.datetime(2026, 11, 23, 3, tzinfo=dt.UTC)
    async with repo.transaction() as tx:
        await tx.upsert_officers(_officers())
        await tx.upsert_participants(list(synthetic_rows(roster, seed=3, today=now.date())))
        for kecamatan, _k in CITY.kecamatan:
            await tx.set_quota(CITY.name, kecamatan, 2000, now)
        heads = {}
        for kecamatan, kelurahans in CITY.kecamatan:
            for kelurahan in kelurahans:
                rows = await tx._db.execute_fetchall(  # type: ignore[attr-defined]
                    "SELECT id FROM officer WHERE role = 'rt_head' AND kelurahan = ?", (kelurahan,))
                heads[kelurahan] = int(rows[0][0])
    places = [(k, kel) for k, kels in CITY.kecamatan for kel in kels]
    batch_rows, batch_tokens = [], []
    async with repo.transaction() as tx:
        db = tx._db  # type: ignore[attr-defined]
        for n in range(1, nominations + 1):
            female = rng.random() < 0.45
            name = f"{rng.choice(GIVEN_F if female else GIVEN)} {rng.choice(FAMILY)}"
            born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 45))
            nik = f"15{n:014d}"  # unique per row; the desk never parses it
            kecamatan, kelurahan = places[n % len(places)]
            created = now - dt.timedelta(minutes=nominations - n)
            sealed = PROTECTOR.encrypt(json.dumps([nik, name, f"628{n:010d}", "Jl. Contoh", None]).encode())
            batch_rows.append((n, f"USL-2026-{n:06d}", STATUSES[n % len(STATUSES)], PROTECTOR.digest(nik),
                               PROTECTOR.digest(f"628{n:010d}"), sealed, born.isoformat(), "P" if female else "L",
                               "pedagang", CITY.name, kecamatan, kelurahan, "001", f"{n % 30 + 1:03d}", heads[kelurahan],
                               "console", "rt", "id", ts(created), ts(created), tail_key(PROTECTOR, nik),
                               SEARCH_VERSION))
            batch_tokens.extend((key, n) for key in name_keys(PROTECTOR, name))
        await db.executemany(
            "INSERT INTO nomination (id, reference, status, nik_hash, phone_hash, sealed, birth_date, gender, "
            "occupation, city, kecamatan, kelurahan, rw, rt, proposer_id, channel, user_key, locale, created_at, "
            "updated_at, nik_tail_hash, search_version) VALUES (" + ",".join("?" * 22) + ")", batch_rows)
        await db.executemany("INSERT INTO nomination_token (token, nomination_id) VALUES (?, ?)", batch_tokens)
        claim_rows, documents = [], []
        for n in range(1, claims + 1):
            kecamatan, kelurahan = places[n % len(places)]
            created = now - dt.timedelta(hours=n % 700)
            status = CLAIM_STATUSES[n % len(CLAIM_STATUSES)]
            due = ts(created + dt.timedelta(days=4)) if status in ("diajukan", "diverifikasi", "disetujui") else None
            kind = "JKM" if n % 2 else "JKK"
            claim_rows.append((n, f"{kind}-2026-{n:06d}", kind, "jkm" if n % 2 else "jkk_accident", status, "console",
                               f"u{n}", "id", PROTECTOR.digest(f"nik{n}"), PROTECTOR.encrypt(b'{"nik":"x"}'),
                               created.date().isoformat(), "[]", "[]", ts(created), ts(created), ts(created), CITY.name,
                               kecamatan, kelurahan, due))
            documents.extend((n, f"{n:08d}{d:056d}", "kpj", "image/png", 1000, ts(created)) for d in range(3))
        await db.executemany(
            "INSERT INTO claim (id, reference, kind, benefit, status, channel, user_key, locale, subject_hash, sealed, "
            "event_date, checklist, optional, created_at, submitted_at, updated_at, city, kecamatan, kelurahan, "
            "due_at) VALUES (" + ",".join("?" * 20) + ")", claim_rows)
        await db.executemany("INSERT INTO claim_document (claim_id, digest, item, mime_type, size, received_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)", documents)
        await db.execute("ANALYZE")
    return repo


async def measure(folder: Path, nominations: int = 100_000, claims: int = 10_000, roster: int = 100_000,
                  requests: int = 60) -> None:
    started = time.perf_counter()
    repo = await build(folder, nominations, claims, roster)
    built = time.perf_counter() - started
    try:
        await _pages(repo, folder, built, nominations, claims, roster, requests)
    finally:
        await repo.close()


async def _pages(repo: SqliteRepository, folder: Path, built: float, nominations: int, claims: int, roster: int,
                 requests: int) -> None:
    clock = lambda: dt.datetime(2026, 11, 23, 3, tzinfo=dt.UTC)
    config = DeskConfig(url="http://desk.bench", idle=dt.timedelta(hours=1), secure_cookies=False,
                        default_locale="id", timezone=JAKARTA)
    desk = Desk(repo, load_catalogs(PROJECT_ROOT / "locales"), config, MediaStore(folder / "media", PROTECTOR), clock)
    app = build_web_app(repo, desk=desk)
    print(f"  desk on a city's data ({nominations:,} proposals, {claims:,} claims, {roster:,} roster rows; built in "
          f"{built:.1f} s), server time through ASGI in process, {requests} requests each:")
    pages = {
        "city admin": ("6281190000001", ["/desk/usulan", "/desk/usulan?status=pending&urut=eldest",
                                         "/desk/usulan?cari=siti", "/desk/usulan?cari=0420",
                                         "/desk/usulan?umur_min=40&umur_max=50&hal=200", "/desk/dasbor",
                                         "/desk/kota", "/desk/klaim", "/desk/klaim?lewat=1&jenis=JKM"]),
        "kecamatan officer": ("6281190000100", ["/desk/usulan", "/desk/dasbor"]),
        "kelurahan officer": ("6281190000200", ["/desk/usulan", "/desk/usulan?rt=7", "/desk/dasbor"]),
    }
    worst: dict[str, float] = {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://desk.bench") as client:
        for role, (phone, paths) in pages.items():
            async with repo.transaction() as tx:
                officer = await tx.officer_by_phone(phone)
                assert officer is not None, phone
                url = await signin.issue_link(tx, officer, config.url, "bench", clock())
            form = await client.get(url)
            csrf = form.text.split('name="csrf" value="')[1].split('"')[0]
            await client.post("/desk/masuk", data={"csrf": csrf, "t": url.split("t=")[1]})
            for path in paths:
                times = []
                for _ in range(requests):
                    t0 = time.perf_counter()
                    answer = await client.get(path)
                    times.append(time.perf_counter() - t0)
                    assert answer.status_code == 200, (path, answer.status_code)
                print(f"    {role:<18} {path:<48} p50 {statistics.median(times) * 1000:6.1f} ms  "
                      f"p99 {pct(times, 0.99) * 1000:6.1f} ms")
                key = "dashboard" if "dasbor" in path else "list" if "usulan" in path else "other"
                worst[key] = max(worst.get(key, 0.0), pct(times, 0.99))
            client.cookies.clear()
    print(f"  desk p99, worst page of each kind: proposal lists {worst['list'] * 1000:.1f} ms, dashboards "
          f"{worst['dashboard'] * 1000:.1f} ms, claims and city page {worst['other'] * 1000:.1f} ms (target < 100 ms)")
