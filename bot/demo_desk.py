"""Synthetic work for the officers' desk, so `make run` shows a desk with something on it: proposals from the
demo RT head in every status (decided through the same service the chat uses), and claims of roster workers
with generated document images, one of them past its deadline. Every person here is generated."""

from __future__ import annotations

import datetime as dt
import random
import struct
import zlib
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.demo import FAMILY, GIVEN, GIVEN_F, synthetic_nik
from bot.media import MediaStore
from conversations.domain.claims import (
    Benefit,
    ClaimStatus,
    Relation,
    Treatment,
    accident_checklist,
    death_checklist,
)
from conversations.domain.nominations import Area, Decision, Occupation
from conversations.model import CreateClaim, Media, ProposeNominee
from services.claims import refresh_deadline
from services.context import Catalogs
from services.nominations import decide, propose
from storage.base import ClaimFilter, NominationFilter, Tx
from storage.participants import ParticipantRow

DEMO_RT_HEAD, DEMO_KELURAHAN, DEMO_KECAMATAN = "6281100009001", "6281100009002", "6281100009003"
DEMO_PROPOSALS = 36
JAKARTA = ZoneInfo("Asia/Jakarta")


def synthetic_png(width: int, height: int, shade: tuple[int, int, int], seed: int) -> bytes:
    """A small picture of a "document": a page with grey lines; pure Python, no imaging library."""
    rng = random.Random(seed)
    rows = []
    ends = {y: rng.randint(width // 3, width - 20) for y in range(24, height - 10, 12) if rng.random() < 0.85}
    for y in range(height):
        row = bytearray([0])
        end = ends.get(y - y % 12, 0) if y % 12 < 4 else 0
        for x in range(width):
            border = x < 4 or x >= width - 4 or y < 4 or y >= height - 4
            row += bytes(shade) if border else b"\x50\x55\x5a" if 16 <= x < end else b"\xf8\xf8\xf4"
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


async def seed_desk_demo(tx: Tx, media: MediaStore, catalogs: Catalogs, roster: Sequence[ParticipantRow],
                         now: dt.datetime, *, seed: int = 7) -> tuple[int, int]:
    """(proposals, claims) added. Meant for an empty database (`kawan demo-data --if-empty`)."""
    rng = random.Random(seed)
    rt_head = await tx.officer_by_phone(DEMO_RT_HEAD)
    kelurahan = await tx.officer_by_phone(DEMO_KELURAHAN)
    kecamatan = await tx.officer_by_phone(DEMO_KECAMATAN)
    if rt_head is None or kelurahan is None or kecamatan is None or await tx.count_nominations(NominationFilter()):
        return 0, 0
    taken: set[str] = set()
    references = []
    for index in range(DEMO_PROPOSALS):
        female = rng.random() < 0.45
        born = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 40))
        name = f"{rng.choice(GIVEN_F if female else GIVEN)} {rng.choice(FAMILY)}"
        occupation = rng.choice(list(Occupation)[:-1])
        proposed_at = now - dt.timedelta(days=DEMO_PROPOSALS - index, hours=rng.randint(0, 8))
        nominee = ProposeNominee(
            nik=synthetic_nik(rng, "1571", born, female, taken), full_name=name, birth_date=born,
            gender="P" if female else "L", occupation=occupation.value, occupation_other=None,
            address=f"Jl. Contoh No. {rng.randint(1, 200)}", phone=f"62812{rng.randint(10**7, 10**8 - 1)}",
            locale="id")
        answer = await propose(tx, rt_head, "console", "rt-demo", nominee, proposed_at, JAKARTA)
        if answer.reference is not None:
            references.append((answer.reference, proposed_at))
    for position, (reference, proposed_at) in enumerate(references[:22]):
        decided_at = proposed_at + dt.timedelta(days=2)
        if position % 6 == 5:
            await decide(tx, kelurahan, reference, Decision.REJECT, "Bukan warga RT/RW ini", decided_at, catalogs)
            continue
        await decide(tx, kelurahan, reference, Decision.APPROVE, None, decided_at, catalogs)
        if position < 10:
            await decide(tx, kecamatan, reference, Decision.SELECT, None, decided_at + dt.timedelta(days=1), catalogs)
    claims = await _demo_claims(tx, media, roster, now, rng)
    return len(references), claims


async def _demo_claims(tx: Tx, media: MediaStore, roster: Sequence[ParticipantRow], now: dt.datetime,
                       rng: random.Random) -> int:
    if await tx.count_claims(ClaimFilter()):
        return 0
    workers = [row for row in roster if row.city == "Kota Jambi" and row.status == "aktif"][:6]
    made = 0
    for index, worker in enumerate(workers):
        days_ago = (12, 6, 2, 1, 9, 3)[index]
        created = now - dt.timedelta(days=days_ago)
        event = (created - dt.timedelta(days=1)).astimezone(JAKARTA).date()
        if index % 2 == 0:
            benefit, relation = Benefit.JKM, Relation.SPOUSE
            required, optional = death_checklist(benefit, relation, False)
            details: dict[str, object] = {"cause": "illness", "traffic": False, "relation": relation.value,
                                          "funeral_only": False}
        else:
            benefit = Benefit.JKK_ACCIDENT
            required, optional = accident_checklist(True, Treatment.PARTNER)
            details = {"reporter": "self", "time": "07:30", "place": "Jl. Contoh, Kota Jambi",
                       "story": "Jatuh dari motor saat mengantar penumpang", "traffic": True,
                       "injury": "Lengan terkilir", "treatment": Treatment.PARTNER.value}
        details |= {"cover": cover_on_row(worker, event), "payer": worker.funded_by}
        claim = CreateClaim(kind=benefit.kind, benefit=benefit, subject_nik=worker.nik, event_date=event,
                            details=details, checklist=required, optional=optional, locale="id")
        reference = await tx.create_claim("console", f"klaim-demo-{index}", claim, created.year, created,
                                          Area(worker.city or "", worker.kecamatan or "", worker.kelurahan or ""))
        complete = index in (0, 1, 3)
        for position, item in enumerate(required if complete else required[:3]):
            shade = (37, 99, 168) if position % 2 else (31, 122, 77)
            content = synthetic_png(240, 170, shade, seed=index * 31 + position)
            digest = media.put(content)
            await tx.attach_document(reference, item, Media(file_id=f"demo-{index}-{position}", mime_type="image/png",
                                                            size=len(content), digest=digest),
                                     created + dt.timedelta(minutes=10 + position))
        await tx.append_audit("console:claimant", "claim.created", reference,
                              {"to": ClaimStatus.DRAFT.value, "benefit": benefit.value}, created)
        submitted = created + dt.timedelta(hours=1)
        await tx.set_claim_status(reference, ClaimStatus.SUBMITTED, None, submitted)
        await tx.append_audit("console:claimant", "claim.status", reference,
                              {"from": ClaimStatus.DRAFT.value, "to": ClaimStatus.SUBMITTED.value, "why": None},
                              submitted)
        await refresh_deadline(tx, reference, JAKARTA)
        made += 1
    return made


def cover_on_row(worker: ParticipantRow, on: dt.date) -> str:
    if worker.status == "nonaktif":
        return "nonaktif"
    return "active" if worker.coverage_start <= on <= worker.coverage_end else "outside"
