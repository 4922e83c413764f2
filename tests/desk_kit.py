"""Helpers for the desk's tests: a desk over a real store, sign-in as an officer, proposals and claims made
through the same services the chat uses. Every person here is generated."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from bot.desk import Desk, DeskConfig
from bot.media import MediaStore
from bot.web import build_web_app
from conversations.domain.claims import (
    Benefit,
    ClaimStatus,
    Relation,
    Treatment,
    accident_checklist,
    death_checklist,
)
from conversations.domain.nominations import Area
from conversations.model import CreateClaim, Media, ProposeNominee
from services import signin
from services.claims import refresh_deadline
from services.nominations import propose
from storage import open_repository
from storage.base import OfficerRow, Repository
from storage.crypto import Protector
from tests.chat import CATALOGS, SECRET, FakeClock
from tests.factories import OFFICERS, ROSTER, fake_nik

JAKARTA = ZoneInfo("Asia/Jakarta")
BONTANG_ADMIN = OfficerRow(role="city_admin", full_name="Rahmi Yusuf", phone="6281100000008",
                           area=Area(city="Kota Bontang"))
DESK_OFFICERS = (*OFFICERS, BONTANG_ADMIN)
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
PNG = b"\x89PNG\r\n\x1a\n" + b"synthetic page" * 10
PDF = b"%PDF-1.4\n" + b"synthetic pdf" * 10


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found is not None, "the page has no CSRF field"
    return found.group(1)


@dataclass
class DeskRig:
    repo: Repository
    clock: FakeClock
    desk: Desk
    media: MediaStore
    client: httpx.AsyncClient

    async def link(self, phone: str) -> str:
        async with self.repo.transaction() as tx:
            found = await tx.officer_by_phone(phone)
            assert found is not None
            return await signin.issue_link(tx, found, self.desk.config.url, "test", self.clock())

    async def sign_in(self, phone: str, client: httpx.AsyncClient | None = None) -> httpx.AsyncClient:
        client = client or self.client
        url = await self.link(phone)
        form = await client.get(url)
        token = url.split("t=", 1)[1]
        answer = await client.post("/desk/masuk", data={"csrf": csrf_of(form.text), "t": token})
        assert answer.status_code == 303, answer.text
        return client

    def other_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.client._transport, base_url=str(self.client.base_url))

    async def csrf(self, path: str = "/desk/usulan", client: httpx.AsyncClient | None = None) -> str:
        return csrf_of((await (client or self.client).get(path)).text)

    async def propose(self, count: int, *, start: int = 100, rt_phone: str = "6281100000001",
                      born: dt.date = dt.date(1988, 4, 12), name: str = "Siti Aminah") -> list[str]:
        references = []
        async with self.repo.transaction() as tx:
            head = await tx.officer_by_phone(rt_phone)
            assert head is not None
            for serial in range(start, start + count):
                nominee = ProposeNominee(
                    nik=fake_nik("1571", born, female=True, serial=serial), full_name=name, birth_date=born,
                    gender="P", occupation="pedagang", occupation_other=None, address="Jl. Contoh No. 2",
                    phone=f"628129999{serial:04d}", locale="id")
                answer = await propose(tx, head, "console", f"rt-{rt_phone}", nominee, self.clock(), JAKARTA)
                assert answer.reference is not None, answer
                references.append(answer.reference)
        return references

    async def claim(self, worker_index: int = 0, *, channel: str = "console", user: str = "heir",
                    documents: Sequence[tuple[str, bytes]] = (("kpj", PNG),), city: str | None = None,
                    accident: dict[str, object] | None = None) -> str:
        return await make_claim(self.repo, self.media, self.clock(), worker_index, channel=channel, user=user,
                                documents=documents, city=city, accident=accident)


async def make_claim(repo: Repository, media: MediaStore, now: dt.datetime, worker_index: int = 0, *,
                     channel: str = "console", user: str = "heir",
                     documents: Sequence[tuple[str, bytes]] = (("kpj", PNG),), city: str | None = None,
                     accident: dict[str, object] | None = None) -> str:
    """A submitted JKM claim by a widow, as the death flow files it, with these documents attached; or, given the
    report's `accident` details, a work accident's report as the accident flow files it."""
    worker = ROSTER[worker_index]
    if accident is None:
        required, optional = death_checklist(Benefit.JKM, Relation.SPOUSE, False)
        claim = CreateClaim(kind="JKM", benefit=Benefit.JKM, subject_nik=worker.nik, event_date=dt.date(2026, 11, 20),
                            details={"cause": "illness", "relation": "spouse", "traffic": False, "cover": "active"},
                            checklist=required, optional=optional, locale="id")
    else:
        required, optional = accident_checklist(bool(accident.get("traffic")), Treatment(str(accident["treatment"])))
        claim = CreateClaim(kind="JKK", benefit=Benefit.JKK_ACCIDENT, subject_nik=worker.nik,
                            event_date=dt.date(2026, 11, 20), details={"cover": "active", **accident},
                            checklist=required, optional=optional, locale="id")
    area = Area(city or worker.city or "", worker.kecamatan or "", worker.kelurahan or "")
    async with repo.transaction() as tx:
        reference = await tx.create_claim(channel, user, claim, 2026, now, area)
        await tx.append_audit(f"{channel}:claimant", "claim.created", reference, {"to": "draft", "benefit": "jkm"}, now)
        for position, (item, content) in enumerate(documents):
            digest = media.put(content)
            await tx.attach_document(reference, item, Media(file_id=f"f{position}", mime_type="image/png",
                                                            size=len(content), digest=digest), now)
        await tx.set_claim_status(reference, ClaimStatus.SUBMITTED, None, now)
        await tx.append_audit(f"{channel}:claimant", "claim.status", reference,
                              {"from": "draft", "to": ClaimStatus.SUBMITTED.value, "why": None}, now)
        await refresh_deadline(tx, reference, JAKARTA)
    return reference


@asynccontextmanager
async def desk_rig(tmp_path: Path, db_url: str, *, desk_url: str = "http://desk.test") -> AsyncIterator[DeskRig]:
    protector = Protector(SECRET)
    repo = await open_repository(db_url, protector)
    async with repo.transaction() as tx:
        await tx.upsert_participants(list(ROSTER))
        await tx.upsert_officers(list(DESK_OFFICERS))
    clock = FakeClock()
    media = MediaStore(tmp_path / "media", protector)
    config = DeskConfig(url=desk_url, idle=dt.timedelta(minutes=30), secure_cookies=desk_url.startswith("https"),
                        default_locale="id", timezone=JAKARTA)
    desk = Desk(repo, CATALOGS, config, media, clock)
    app = build_web_app(repo, desk=desk)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=desk_url) as client:
        try:
            yield DeskRig(repo, clock, desk, media, client)
        finally:
            await repo.close()

