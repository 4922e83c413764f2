"""The officers' web desk, route by route and role by role, over HTTP to the real app on a real store (SQLite
and PostgreSQL): sign-in by single-use link, sessions, CSRF, the walls between areas, bulk decisions and the
quota, claims with documents, exports and imports, the dashboard."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from conversations.domain.nominations import Area, Decision, RejectReason
from conversations.model import Media
from services import nominations
from tests.chat import CATALOGS
from tests.desk_kit import BONTANG_ADMIN, PDF, PNG, DeskRig, csrf_of, desk_rig
from tests.factories import (
    ACTIVE,
    CITY_ADMIN,
    KECAMATAN_ELSEWHERE,
    KECAMATAN_OFFICER,
    KELURAHAN_ELSEWHERE,
    KELURAHAN_OFFICER,
    RT_HEAD,
    officer,
)

NIK_SHAPED = re.compile(r"(?<!\d)\d{16}(?!\d)")


@pytest.fixture
async def rig(tmp_path: Path, backend_url: str) -> AsyncIterator[DeskRig]:
    async with desk_rig(tmp_path, backend_url) as built:
        yield built


async def audit_actions(rig: DeskRig, subject: str | None = None) -> list[str]:
    async with rig.repo.transaction() as tx:
        return [e.action for e in await tx.audit_entries(subject)]


# -- signing in -------------------------------------------------------------------------------------

async def test_a_link_signs_in_once_and_its_preview_spends_nothing(rig: DeskRig) -> None:
    url = await rig.link(CITY_ADMIN.phone)
    preview = await rig.other_client().get(url)  # a chat app fetching the link for a preview
    assert preview.status_code == 200 and "Masuk ke meja petugas" in preview.text
    page = await rig.client.get(url)
    token = url.split("t=")[1]
    signed = await rig.client.post("/desk/masuk", data={"csrf": csrf_of(page.text), "t": token})
    assert signed.status_code == 303 and signed.headers["location"] == "/desk/"
    cookie = signed.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/desk" in cookie
    assert "secure" not in cookie  # plain HTTP here; see the HTTPS test
    home = await rig.client.get("/desk/", follow_redirects=True)
    assert "Dasbor Kota Jambi" in home.text and CITY_ADMIN.full_name in home.text
    again = rig.other_client()
    form = await again.get(url)
    reused = await again.post("/desk/masuk", data={"csrf": csrf_of(form.text), "t": token})
    assert reused.status_code == 403 and "hanya berlaku sekali" in reused.text
    async with rig.repo.transaction() as tx:
        stored = await tx.audit_entries()
    assert [e.action for e in stored if e.action.startswith("desk.")] == [
        "desk.link_issued", "desk.signed_in", "desk.signin_refused"]
    assert token not in str([e.data for e in stored])


async def test_links_expire_and_five_failures_lock_the_client(rig: DeskRig) -> None:
    url = await rig.link(KELURAHAN_OFFICER.phone)
    rig.clock.advance(minutes=16)
    page = await rig.client.get(url)
    expired = await rig.client.post("/desk/masuk", data={"csrf": csrf_of(page.text), "t": url.split("t=")[1]})
    assert expired.status_code == 403 and "15 menit" in expired.text
    for attempt in range(4):
        wrong = await rig.client.post("/desk/masuk", data={"csrf": csrf_of(page.text), "t": f"guess-{attempt}"})
        assert wrong.status_code == 403
    fresh = await rig.link(KELURAHAN_OFFICER.phone)
    locked = await rig.client.post("/desk/masuk", data={"csrf": csrf_of(page.text), "t": fresh.split("t=")[1]})
    assert locked.status_code == 429 and "Terlalu banyak percobaan" in locked.text
    rig.clock.advance(minutes=61)
    assert (await rig.sign_in(KELURAHAN_OFFICER.phone)) is rig.client


async def test_a_sign_in_post_needs_the_forms_token(rig: DeskRig) -> None:
    url = await rig.link(CITY_ADMIN.phone)
    answer = await rig.client.post("/desk/masuk", data={"t": url.split("t=")[1]})
    assert answer.status_code == 403
    assert "kawan_desk" not in answer.headers.get("set-cookie", "")


async def test_cookies_are_secure_behind_https(tmp_path: Path, backend_url: str) -> None:
    async with desk_rig(tmp_path, backend_url, desk_url="https://desk.test") as rig:
        url = await rig.link(CITY_ADMIN.phone)
        page = await rig.client.get(url)
        signed = await rig.client.post("/desk/masuk", data={"csrf": csrf_of(page.text), "t": url.split("t=")[1]})
        assert "secure" in signed.headers["set-cookie"].lower()


async def test_a_session_ends_when_idle_and_on_sign_out(rig: DeskRig) -> None:
    await rig.sign_in(CITY_ADMIN.phone)
    rig.clock.advance(minutes=29)
    assert (await rig.client.get("/desk/usulan")).status_code == 200
    rig.clock.advance(minutes=31)
    idle = await rig.client.get("/desk/usulan")
    assert idle.status_code == 303 and idle.headers["location"] == "/desk/masuk"
    await rig.sign_in(CITY_ADMIN.phone)
    token = await rig.csrf()
    out = await rig.client.post("/desk/keluar", data={"csrf": token})
    assert out.status_code == 303
    assert (await rig.client.get("/desk/usulan")).status_code == 303


async def test_a_post_without_the_csrf_token_changes_nothing(rig: DeskRig) -> None:
    (reference,) = await rig.propose(1)
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    refused = await rig.client.post("/desk/usulan/keputusan", data={"ref": reference, "keputusan": "approve"})
    forged = await rig.client.post("/desk/usulan/keputusan",
                                   data={"ref": reference, "keputusan": "approve", "csrf": "forged"})
    assert refused.status_code == forged.status_code == 403
    async with rig.repo.transaction() as tx:
        found = await tx.nomination(reference)
    assert found is not None and found.status == "pending"
    assert (await audit_actions(rig)).count("desk.csrf_refused") == 2


# -- every route for every role ---------------------------------------------------------------------

ROUTES = ("/desk/dasbor", "/desk/kota", "/desk/usulan", "/desk/usulan/ekspor", "/desk/roster", "/desk/klaim",
          "/desk/siaran")
SEES = {
    RT_HEAD.phone: {"/desk/usulan"},
    KELURAHAN_OFFICER.phone: {"/desk/dasbor", "/desk/usulan"},
    KECAMATAN_OFFICER.phone: {"/desk/dasbor", "/desk/usulan", "/desk/siaran"},
    CITY_ADMIN.phone: set(ROUTES),
}


@pytest.mark.parametrize("phone", list(SEES), ids=["rt_head", "kelurahan", "kecamatan", "city_admin"])
async def test_each_role_opens_its_pages_and_no_other(rig: DeskRig, phone: str) -> None:
    (reference,) = await rig.propose(1)
    claim = await rig.claim()
    await rig.sign_in(phone)
    for path in ROUTES:
        status = (await rig.client.get(path)).status_code
        assert status == (200 if path in SEES[phone] else 404), (path, status)
    assert (await rig.client.get(f"/desk/usulan/{reference}")).status_code == 200  # all four are on its chain
    expected_claim = 200 if phone == CITY_ADMIN.phone else 404
    assert (await rig.client.get(f"/desk/klaim/{claim}")).status_code == expected_claim
    csrf = await rig.csrf()
    decide = await rig.client.post("/desk/usulan/keputusan", data={"csrf": csrf, "ref": reference,
                                                                   "keputusan": "approve"})
    assert decide.status_code == (303 if phone in (KELURAHAN_OFFICER.phone, KECAMATAN_OFFICER.phone) else 404)
    move = await rig.client.post(f"/desk/klaim/{claim}/status", data={"csrf": csrf, "status": "diverifikasi"})
    assert move.status_code == (303 if phone == CITY_ADMIN.phone else 404)


async def test_nobody_signed_in_is_sent_to_the_sign_in_page(rig: DeskRig) -> None:
    for path in (*ROUTES, "/desk/", "/desk/usulan/USL-2026-000001", "/desk/klaim/JKM-2026-000001"):
        answer = await rig.client.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/desk/masuk", path
    assert (await rig.client.post("/desk/usulan/keputusan", data={"ref": "x"})).status_code == 401
    forged_cookie = rig.other_client()
    forged_cookie.cookies.set("kawan_desk", "not-a-session.0000", path="/desk")
    assert (await forged_cookie.get("/desk/usulan")).status_code == 303


async def test_another_areas_record_is_not_found_and_the_attempt_audited(rig: DeskRig) -> None:
    (reference,) = await rig.propose(1)
    claim = await rig.claim()
    await rig.sign_in(KELURAHAN_ELSEWHERE.phone)
    assert (await rig.client.get(f"/desk/usulan/{reference}")).status_code == 404
    csrf = await rig.csrf()
    answer = await rig.client.post(f"/desk/usulan/{reference}/keputusan", data={"csrf": csrf, "keputusan": "approve"})
    assert "di luar wilayah Anda" in (await rig.client.get(answer.headers["location"])).text
    listing = await rig.client.get("/desk/usulan?status=all")
    assert reference not in listing.text
    await rig.sign_in(KECAMATAN_ELSEWHERE.phone, rig.other_client())
    bontang = await rig.sign_in(BONTANG_ADMIN.phone, rig.other_client())
    assert (await bontang.get(f"/desk/klaim/{claim}")).status_code == 404
    async with rig.repo.transaction() as tx:
        (document,) = (await tx.claim(claim)).documents  # type: ignore[union-attr]
    assert (await bontang.get(f"/desk/klaim/{claim}/dokumen/{document.digest}")).status_code == 404
    assert claim not in (await bontang.get("/desk/klaim?status=all")).text
    assert "Paal Merah" not in (await bontang.get("/desk/kota")).text
    actions = await audit_actions(rig)
    assert actions.count("nomination.refused") >= 2 and actions.count("claim.refused") == 2
    async with rig.repo.transaction() as tx:
        assert (await tx.nomination(reference)).status == "pending"  # type: ignore[union-attr]


# -- proposals --------------------------------------------------------------------------------------

async def test_fifty_proposals_approved_at_once_each_rt_head_told(rig: DeskRig) -> None:
    references = await rig.propose(55)
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    listing = await rig.client.get("/desk/usulan")
    assert "55 usulan · halaman 1 dari 2" in listing.text
    shown = re.findall(r'name="ref" value="(USL-[\d-]+)"', listing.text)
    assert shown == references[:50]
    answer = await rig.client.post("/desk/usulan/keputusan", data={
        "csrf": csrf_of(listing.text), "ref": shown, "keputusan": "approve", "kembali": "/desk/usulan"})
    flash = (await rig.client.get(answer.headers["location"])).text
    assert "50 usulan disetujui." in flash
    async with rig.repo.transaction() as tx:
        statuses = [(await tx.nomination(r)).status for r in references]  # type: ignore[union-attr]
        told = await tx.outbox_counts("console")
    assert statuses == ["approved"] * 50 + ["pending"] * 5
    assert told["pending"] == 50
    assert (await audit_actions(rig)).count("nomination.status") == 50
    too_many = await rig.client.post("/desk/usulan/keputusan", data={
        "csrf": csrf_of(listing.text), "ref": [f"USL-2026-{n:06d}" for n in range(51)], "keputusan": "approve"})
    assert "Paling banyak 50" in (await rig.client.get(too_many.headers["location"])).text


async def test_a_rejection_needs_a_reason_and_the_rt_head_reads_it(rig: DeskRig) -> None:
    references = await rig.propose(3)
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    csrf = await rig.csrf()
    bare = await rig.client.post("/desk/usulan/keputusan", data={"csrf": csrf, "ref": references,
                                                                 "keputusan": "reject"})
    assert "Penolakan perlu alasan" in (await rig.client.get(bare.headers["location"])).text
    done = await rig.client.post("/desk/usulan/keputusan", data={
        "csrf": csrf, "ref": references[:2], "keputusan": "reject", "alasan": "not_resident"})
    assert "2 usulan ditolak." in (await rig.client.get(done.headers["location"])).text
    async with rig.repo.transaction() as tx:
        rejected = await tx.nomination(references[0])
    assert rejected is not None and rejected.reason == "Bukan warga RT/RW ini"
    detail = await rig.client.get(f"/desk/usulan/{references[0]}")
    assert "diusulkan → ditolak" in detail.text and "Bukan warga RT/RW ini" in detail.text
    # who proposed it and who decided, by name and role: was "Petugas #1", "Petugas #3"
    history = detail.text.split("<tbody>")[-1]
    assert "Hasan Basri (Ketua RT)" in history and "Rina Marlina (Petugas kelurahan)" in history, history
    assert "Petugas #" not in history


async def test_a_reason_chosen_in_the_chat_is_shown_in_words(rig: DeskRig) -> None:
    """The chat stores a reason from its list as its id: the desk showed "not_resident"."""
    (reference,) = await rig.propose(1)
    async with rig.repo.transaction() as tx:
        officer = await tx.officer_by_phone(KELURAHAN_OFFICER.phone)
        assert officer is not None
        answer = await nominations.decide(tx, officer, reference, Decision.REJECT, RejectReason.NOT_RESIDENT.value,
                                          rig.clock(), CATALOGS)
    assert answer.problem is None
    await rig.sign_in(CITY_ADMIN.phone)
    detail = (await rig.client.get(f"/desk/usulan/{reference}")).text
    assert detail.count("Bukan warga RT/RW ini") == 2 and "not_resident" not in detail  # the status and the history


async def test_a_bulk_selection_stops_at_the_quota_atomically(rig: DeskRig) -> None:
    references = await rig.propose(14)
    async with rig.repo.transaction() as tx:
        await tx.set_quota("Kota Jambi", "Paal Merah", 10, rig.clock())
    kelurahan = await rig.sign_in(KELURAHAN_OFFICER.phone, rig.other_client())
    await kelurahan.post("/desk/usulan/keputusan", data={
        "csrf": await rig.csrf(client=kelurahan), "ref": references, "keputusan": "approve"})
    first = await rig.sign_in(KECAMATAN_OFFICER.phone, rig.other_client())
    second = await rig.sign_in(KECAMATAN_OFFICER.phone, rig.other_client())
    listing = await first.get("/desk/usulan")
    assert "Kuota Kec. Paal Merah: 10; terpakai 0; sisa 10." in listing.text
    answers = await asyncio.gather(
        first.post("/desk/usulan/keputusan", data={"csrf": csrf_of(listing.text), "ref": references[:8],
                                                   "keputusan": "select"}),
        second.post("/desk/usulan/keputusan", data={"csrf": await rig.csrf(client=second), "ref": references[6:],
                                                    "keputusan": "select"}))
    flashes = [(await client.get(a.headers["location"])).text for client, a in zip((first, second), answers,
                                                                                     strict=True)]
    async with rig.repo.transaction() as tx:
        selected = [r for r in references if (await tx.nomination(r)).status == "selected"]  # type: ignore[union-attr]
    assert len(selected) == 10
    assert any("tidak dipilih karena kuota sudah penuh" in f and "Sisa kuota: 0 dari 10." in f for f in flashes)


async def test_filters_search_by_name_nik_tail_rt_age_and_sort(rig: DeskRig) -> None:
    older = await rig.propose(2, start=200, name="Rahmat Hidayat", born=__import__("datetime").date(1960, 1, 5))
    younger = await rig.propose(2, start=300, name="Dewi Lestari")
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    by_name = await rig.client.get("/desk/usulan?cari=rahm")
    assert all(r in by_name.text for r in older) and not any(r in by_name.text for r in younger)
    assert "Rahmat Hidayat" in by_name.text  # the kelurahan sees names to check against the KTP
    tail = (await rig.client.get("/desk/usulan?cari=0301")).text
    assert younger[1] in tail and younger[0] not in tail
    aged = (await rig.client.get("/desk/usulan?umur_min=60")).text
    assert all(r in aged for r in older) and not any(r in aged for r in younger)
    young = (await rig.client.get("/desk/usulan?umur_max=40")).text
    assert all(r in young for r in younger) and not any(r in young for r in older)
    assert "0 usulan" in (await rig.client.get("/desk/usulan?rt=9")).text
    assert "4 usulan" in (await rig.client.get("/desk/usulan?rt=3")).text
    eldest = (await rig.client.get("/desk/usulan?urut=eldest")).text
    assert eldest.index(older[0]) < eldest.index(younger[0])
    youngest = (await rig.client.get("/desk/usulan?urut=youngest")).text
    assert youngest.index(younger[0]) < youngest.index(older[0])
    nonsense = await rig.client.get("/desk/usulan?umur_min=abc&status=hacked&urut=x&hal=-3&cari=" + "x" * 500)
    assert nonsense.status_code == 200


async def test_the_kecamatan_sees_names_but_not_the_nik_phone_or_address(rig: DeskRig) -> None:
    (reference,) = await rig.propose(1)
    await rig.sign_in(KECAMATAN_OFFICER.phone)
    page = (await rig.client.get(f"/desk/usulan/{reference}")).text
    async with rig.repo.transaction() as tx:
        nomination = await tx.nomination(reference)
    assert nomination is not None
    written = "0" + nomination.phone[2:]  # as the desk writes a phone: 0812…, as people do (was 62812…)
    assert nomination.nik not in page and nomination.phone[2:] not in page and nomination.address not in page
    assert nomination.nik[-4:] in page
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    page = (await rig.client.get(f"/desk/usulan/{reference}")).text
    assert nomination.nik in page and f"<dd>{written}</dd>" in page
    assert "nomination.opened" in await audit_actions(rig, reference)


async def test_the_export_is_the_cli_file_of_the_city_only(rig: DeskRig) -> None:
    references = await rig.propose(3)
    kelurahan = await rig.sign_in(KELURAHAN_OFFICER.phone, rig.other_client())
    await kelurahan.post("/desk/usulan/keputusan", data={"csrf": await rig.csrf(client=kelurahan),
                                                         "ref": references, "keputusan": "approve"})
    kecamatan = await rig.sign_in(KECAMATAN_OFFICER.phone, rig.other_client())
    async with rig.repo.transaction() as tx:
        await tx.set_quota("Kota Jambi", "Paal Merah", 2, rig.clock())
    await kecamatan.post("/desk/usulan/keputusan", data={"csrf": await rig.csrf(client=kecamatan),
                                                         "ref": references, "keputusan": "select"})
    await rig.sign_in(CITY_ADMIN.phone)
    exported = await rig.client.get("/desk/usulan/ekspor?status=selected")
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    from services.nominations import EXPORT_COLUMNS

    assert tuple(rows[0].keys()) == EXPORT_COLUMNS and len(rows) == 2
    assert {r["city"] for r in rows} == {"Kota Jambi"} and {r["nomination_status"] for r in rows} == {"selected"}
    assert "nomination.exported" in await audit_actions(rig)
    bontang = await rig.sign_in(BONTANG_ADMIN.phone, rig.other_client())
    assert len(list(csv.DictReader(io.StringIO((await bontang.get("/desk/usulan/ekspor")).text)))) == 0


async def test_bpjss_answer_uploaded_enrols_and_reports_line_by_line(rig: DeskRig) -> None:
    (reference,) = await rig.propose(1)
    async with rig.repo.transaction() as tx:
        nomination = await tx.nomination(reference)
    assert nomination is not None
    header = ("nik,kpj,full_name,birth_date,status,programs,funded_by,coverage_start,coverage_end,gender,phone,"
              "city,kecamatan,kelurahan")
    ours = (f"{nomination.nik},12345670001,{nomination.full_name},{nomination.birth_date.isoformat()},aktif,JKK;JKM,"
            f"Pemerintah Kota Jambi,2026-12-01,2026-12-31,P,{nomination.phone},Kota Jambi,Paal Merah,Talang Bakung")
    theirs = (f"{ACTIVE.nik[:-4]}0999,12345670002,Andi Saputra,1990-05-22,aktif,JKK;JKM,Pemerintah Kota Bontang,"
              "2026-12-01,2026-12-31,L,,Kota Bontang,Bontang Barat,Belimbing")
    broken = "1571,123,X,1990-05-22,aktif,JKK,Pemerintah Kota Jambi,2026-12-01,2026-12-31,L,,Kota Jambi,,"
    content = f"{header}\n{ours}\n{theirs}\n{broken}".encode()
    await rig.sign_in(CITY_ADMIN.phone)
    answer = await rig.client.post("/desk/roster", data={"csrf": await rig.csrf("/desk/roster")},
                                   files={"berkas": ("roster.csv", content, "text/csv")})
    assert answer.status_code == 200
    assert "Baru: 1, diperbarui: 0, tidak berubah: 0, ditolak: 2" in answer.text
    assert "kolom city: bukan Kota Jambi, kota Anda" in answer.text and "NIK tidak valid" in answer.text
    assert "1 usulan kini terdaftar" in answer.text
    async with rig.repo.transaction() as tx:
        assert (await tx.nomination(reference)).status == "enrolled"  # type: ignore[union-attr]
    not_utf8 = await rig.client.post("/desk/roster", data={"csrf": await rig.csrf("/desk/roster")},
                                     files={"berkas": ("roster.csv", b"\xff\xfe\x00bad", "text/csv")})
    assert "UTF-8" in (await rig.client.get(not_utf8.headers["location"])).text


# -- claims -----------------------------------------------------------------------------------------

async def test_a_claim_moved_needs_its_reason_and_the_claimant_is_told(rig: DeskRig) -> None:
    reference = await rig.claim(documents=(("kpj", PNG), ("ktp_deceased", PDF)))
    await rig.sign_in(CITY_ADMIN.phone)
    listing = await rig.client.get("/desk/klaim")
    assert reference in listing.text and "hari kerja" in listing.text
    offered = re.findall(r'<option value="([a-z_]+)"', listing.text.split('name="status"')[1].split("</select>")[0])
    assert offered == ["diajukan", "dokumen_kurang", "diverifikasi", "disetujui", "dibayar", "ditolak", "all"]  # no draft
    page = await rig.client.get(f"/desk/klaim/{reference}")
    assert ROSTER_NIK in page.text and "Kartu peserta BPJS Ketenagakerjaan" in page.text
    csrf = csrf_of(page.text)
    bare = await rig.client.post(f"/desk/klaim/{reference}/status", data={"csrf": csrf, "status": "dokumen_kurang"})
    assert "needs a reason" in (await rig.client.get(bare.headers["location"])).text
    moved = await rig.client.post(f"/desk/klaim/{reference}/status", data={
        "csrf": csrf, "status": "dokumen_kurang", "alasan": "Foto KTP buram, kirim ulang"})
    assert "status sekarang dokumen kurang" in (await rig.client.get(moved.headers["location"])).text
    async with rig.repo.transaction() as tx:
        messages = await tx.pending_outbox("console", rig.clock(), 10, "heir")
        claim = await tx.claim(reference)
    assert claim is not None and claim.status == "dokumen_kurang"
    assert any("Foto KTP buram" in m.reply.text for m in messages)
    wrong = await rig.client.post(f"/desk/klaim/{reference}/status", data={"csrf": csrf, "status": "dibayar"})
    assert "not allowed" in (await rig.client.get(wrong.headers["location"])).text


async def test_one_file_sent_back_tells_the_claimant_which_and_why_and_it_can_be_sent_again(rig: DeskRig) -> None:
    """A status change alone ("dokumen kurang: foto buram") left the claimant to guess which photo was meant, and the
    blurred KK stayed ticked as received in their checklist. One file is sent back: out of the received documents, the
    claim waiting for it, the claimant told which and why; the officer still sees it, another city's officer cannot."""
    reference = await rig.claim(documents=(("kpj", PNG), ("kk", PDF)))
    async with rig.repo.transaction() as tx:
        claim = await tx.claim(reference)
    assert claim is not None
    kk = next(d.digest for d in claim.documents if d.item == "kk")
    await rig.sign_in(CITY_ADMIN.phone)
    page = await rig.client.get(f"/desk/klaim/{reference}")
    action = f"/desk/klaim/{reference}/dokumen/{kk}/kembalikan"
    assert f'action="{action}"' in page.text
    csrf = csrf_of(page.text)
    bare = await rig.client.post(action, data={"csrf": csrf, "alasan": "  "})
    assert "Tidak bisa: say what is wrong with the file" in (await rig.client.get(bare.headers["location"])).text
    sent = await rig.client.post(action, data={"csrf": csrf, "alasan": "Foto KK buram, kirim ulang"})
    after = (await rig.client.get(sent.headers["location"])).text
    assert "berkas dikembalikan; pemohon diberi tahu apa yang salah" in after
    assert "Berkas yang dikembalikan" in after and after.count("Berkas dikembalikan ke pemohon") == 1
    assert "Berkas dikembalikan ke pemohon: Kartu Keluarga (KK)" in after  # the access audited apart, not a "?" row
    async with rig.repo.transaction() as tx:
        claim = await tx.claim(reference)
        messages = await tx.pending_outbox("console", rig.clock(), 10, "heir")
    assert claim is not None and claim.status == "dokumen_kurang"
    assert claim.reason == "Kartu Keluarga (KK): Foto KK buram, kirim ulang"
    assert [d.item for d in claim.documents] == ["kpj"] and [d.item for d in claim.returned] == ["kk"]
    told = messages[-1].reply.text
    assert told.startswith(f"Kabar klaim {reference}: petugas mengembalikan Kartu Keluarga (KK).\n"
                           "Alasan: Foto KK buram, kirim ulang\n"), told
    assert (await rig.client.get(f"/desk/klaim/{reference}/dokumen/{kk}")).status_code == 200  # kept for the record
    again = await rig.client.post(action, data={"csrf": csrf, "alasan": "lagi"})  # sent back already: no such file
    assert again.status_code == 404
    bontang = rig.other_client()
    await rig.sign_in(BONTANG_ADMIN.phone, bontang)
    kpj = next(d.digest for d in claim.documents if d.item == "kpj")
    theirs = await bontang.post(f"/desk/klaim/{reference}/dokumen/{kpj}/kembalikan", data={
        "csrf": csrf_of((await bontang.get("/desk/klaim")).text), "alasan": "buram"})
    assert theirs.status_code == 404
    async with rig.repo.transaction() as tx:
        assert [d.item for d in (await tx.claim(reference)).documents] == ["kpj"]  # type: ignore[union-attr]
        # the same file sent again by the claimant is one of the documents again
        assert await tx.attach_document(reference, "kk", Media(file_id="again", mime_type="application/pdf",
                                                               size=len(PDF), digest=kk), rig.clock())
        claim = await tx.claim(reference)
    assert claim is not None and sorted(d.item for d in claim.documents) == ["kk", "kpj"] and claim.returned == ()


async def test_an_accident_reports_page_says_where_the_worker_was_treated(rig: DeskRig) -> None:
    """The report asks where the worker was treated (a partner pays directly, elsewhere the receipts are refunded), and
    the officer's page did not show it."""
    reference = await rig.claim(accident={"traffic": True, "treatment": "other_facility", "injury": "kaki patah",
                                          "treatment_place": "RSUD Raden Mattaher", "story": "jatuh dari motor"})
    await rig.sign_in(CITY_ADMIN.phone)
    page = await rig.client.get(f"/desk/klaim/{reference}")
    # named in the chat, whether it is a partner is not known: the officer checks (not "RS/klinik lain")
    assert "<dt>Berobat</dt><dd>RSUD Raden Mattaher (mitra atau bukan: periksa)</dd>" in page.text, page.text
    chosen = await rig.claim(accident={"traffic": False, "treatment": "partner", "injury": "jari terpotong"})
    assert "<dt>Berobat</dt><dd>RS/klinik mitra</dd>" in (await rig.client.get(f"/desk/klaim/{chosen}")).text


async def test_a_day_counted_back_is_shown_to_the_officer_as_an_estimate(rig: DeskRig) -> None:
    """"minggu lalu" in the chat gave the day it counts back to, shown on the claim's page as if it were the day."""
    reference = await rig.claim(accident={"traffic": False, "treatment": "partner", "event_date_rough": True})
    await rig.sign_in(CITY_ADMIN.phone)
    page = (await rig.client.get(f"/desk/klaim/{reference}")).text
    assert "<dt>Tanggal kejadian</dt><dd>20 November 2026 (perkiraan: pemohon menyebut berapa minggu" in page, page
    exact = await rig.claim(accident={"traffic": False, "treatment": "partner"})
    assert "perkiraan:" not in (await rig.client.get(f"/desk/klaim/{exact}")).text


ROSTER_NIK = ACTIVE.nik


async def test_a_claims_page_shows_the_other_claims_about_the_same_person(rig: DeskRig) -> None:
    """The widow and a son on another phone claiming one death were two unrelated claims at the desk: one death
    could be paid twice. Another person's claim, and another city's, are not shown."""
    widows = await rig.claim(user="widow")
    sons = await rig.claim(user="son")
    someone_elses = await rig.claim(1, user="someone")
    elsewhere = await rig.claim(user="cousin", city="Kota Bontang")
    await rig.sign_in(CITY_ADMIN.phone)
    listing = (await rig.client.get("/desk/klaim")).text
    rows = {ref: row for row in listing.split("<tr")[1:] if (ref := next(
        (r for r in (widows, sons, someone_elses) if f">{r}</a>" in row), None))}
    assert "NIK sama: 1 klaim lain" in rows[widows] and "NIK sama: 1 klaim lain" in rows[sons]
    assert "NIK sama" not in rows[someone_elses]
    page = (await rig.client.get(f"/desk/klaim/{widows}")).text
    assert "Klaim lain untuk NIK yang sama" in page
    section = page.split('id="same-person"', 1)[1].split("</section>", 1)[0]
    assert f'href="/desk/klaim/{sons}"' in section and "diajukan · kejadian 20 November 2026" in section
    assert widows not in section and someone_elses not in section and elsewhere not in section
    assert f'href="/desk/klaim/{widows}"' in (await rig.client.get(f"/desk/klaim/{sons}")).text
    assert 'id="same-person"' not in (await rig.client.get(f"/desk/klaim/{someone_elses}")).text


async def test_a_document_is_shown_decrypted_by_its_content_type_and_every_view_audited(rig: DeskRig) -> None:
    reference = await rig.claim(documents=(("kpj", PNG), ("ktp_deceased", PDF), ("kk", b"MZ\x90\x00not a pdf")))
    await rig.sign_in(CITY_ADMIN.phone)
    async with rig.repo.transaction() as tx:
        documents = {d.item: d for d in (await tx.claim(reference)).documents}  # type: ignore[union-attr]
    png = await rig.client.get(f"/desk/klaim/{reference}/dokumen/{documents['kpj'].digest}")
    assert png.content == PNG and png.headers["content-type"] == "image/png"
    pdf = await rig.client.get(f"/desk/klaim/{reference}/dokumen/{documents['ktp_deceased'].digest}")
    assert pdf.content == PDF and pdf.headers["content-type"] == "application/pdf"
    other = await rig.client.get(f"/desk/klaim/{reference}/dokumen/{documents['kk'].digest}")
    assert other.headers["content-type"] == "application/octet-stream"
    assert other.headers["content-disposition"] == "attachment"
    assert (await rig.client.get(f"/desk/klaim/{reference}/dokumen/{'0' * 64}")).status_code == 404
    assert (await audit_actions(rig, reference)).count("claim.document_viewed") == 4
    stored = b"".join(p.read_bytes() for p in (rig.media.folder).rglob("*") if p.is_file())
    assert PNG not in stored and PDF not in stored  # encrypted at rest; never written out in clear


async def test_a_claim_is_found_by_its_number_or_the_persons_nik_in_any_status(rig: DeskRig) -> None:
    """An officer told a claim's number or a NIK on the phone had to page through the list: searched, in every status,
    only in the officer's city; a NIK searched is audited by its digest, never the number."""
    from services.claims import change_status

    widows = await rig.claim(user="widow")
    sons = await rig.claim(user="son")
    someone_elses = await rig.claim(1, user="someone")
    elsewhere = await rig.claim(user="cousin", city="Kota Bontang")
    async with rig.repo.transaction() as tx:
        await change_status(tx, sons, "ditolak", "Sudah diklaim istri", "cli:petugas", rig.clock(), CATALOGS)
    await rig.sign_in(CITY_ADMIN.phone)

    def listed(page: str) -> set[str]:
        return {ref for ref in (widows, sons, someone_elses, elsewhere) if f">{ref}</a>" in page}

    assert listed((await rig.client.get("/desk/klaim", params={"cari": f" {sons.lower()} "})).text) == {sons}
    by_nik = (await rig.client.get("/desk/klaim", params={"cari": "1571 0222 0590 0001"})).text
    assert listed(by_nik) == {widows, sons}, by_nik  # the refused one too; not another person's, nor Bontang's
    assert "Hasil pencarian, semua status." in by_nik
    assert listed((await rig.client.get("/desk/klaim", params={"cari": elsewhere})).text) == set()
    unread = (await rig.client.get("/desk/klaim", params={"cari": "budi"})).text
    assert "Cari dengan nomor klaim (misalnya JKM-2026-000123) atau NIK 16 angka." in unread
    async with rig.repo.transaction() as tx:
        searched = [e for e in await tx.audit_entries(None) if e.action == "claim.searched"]
    assert len(searched) == 1 and searched[0].subject.startswith("nik:") and ROSTER_NIK not in str(searched[0])


async def test_a_file_the_claimant_renamed_is_in_the_claims_history(rig: DeskRig) -> None:
    """A claimant may say a file was named wrong (a KTP sent as the KK): the officer sees it moved, and by whom, and
    the claimant cannot rename another account's file."""
    from conversations.model import RelabelDocument
    from services.claims import JAKARTA, ClaimError, relabel_document
    from services.context import EffectContext

    reference = await rig.claim(documents=(("kk", PNG),))
    async with rig.repo.transaction() as tx:
        (kk,) = (await tx.claim(reference)).documents  # type: ignore[union-attr]
        effect = RelabelDocument(reference, kk.digest, "ktp_deceased")
        with pytest.raises(ClaimError):
            await relabel_document(EffectContext(tx, "console", "someone-else", rig.clock(), JAKARTA, CATALOGS), effect)
        await relabel_document(EffectContext(tx, "console", "heir", rig.clock(), JAKARTA, CATALOGS), effect)
    await rig.sign_in(CITY_ADMIN.phone)
    page = (await rig.client.get(f"/desk/klaim/{reference}")).text
    history = page.split("<tbody>")[-1]
    assert "Berkas dinamai ulang oleh pemohon: Kartu Keluarga (KK) → e-KTP almarhum/almarhumah" in history, history
    assert (await audit_actions(rig, reference)).count("claim.document_relabelled") == 1


async def test_overdue_claims_are_filtered_and_counted(rig: DeskRig) -> None:
    from conversations.domain.claims import Benefit, Relation, death_checklist

    required, _optional = death_checklist(Benefit.JKM, Relation.SPOUSE, False)
    complete = await rig.claim(documents=tuple((item, PNG + item.encode()) for item in required))
    lacking = await rig.claim(1)
    await rig.sign_in(CITY_ADMIN.phone)
    assert complete not in (await rig.client.get("/desk/klaim?lewat=1")).text
    rig.clock.advance(days=7)
    await rig.sign_in(CITY_ADMIN.phone)
    overdue = (await rig.client.get("/desk/klaim?lewat=1")).text
    assert complete in overdue and lacking not in overdue and "lewat batas" in overdue
    board = (await rig.client.get("/desk/dasbor")).text
    assert "1 klaim lewat" not in board  # numbers stand alone in the card
    assert re.search(r'<p class="big">1</p>\s*<p>klaim lewat batas waktu', board)


# -- the dashboard and the city page ---------------------------------------------------------------

async def test_the_dashboard_and_the_city_page_count_what_happened(rig: DeskRig) -> None:
    references = await rig.propose(4)
    async with rig.repo.transaction() as tx:
        await tx.set_quota("Kota Jambi", "Paal Merah", 3, rig.clock())
        await tx.set_setting("budget_allocation:Kota Jambi", "604800000", rig.clock())
    kelurahan = await rig.sign_in(KELURAHAN_OFFICER.phone, rig.other_client())
    await kelurahan.post("/desk/usulan/keputusan", data={"csrf": await rig.csrf(client=kelurahan),
                                                         "ref": references[:3], "keputusan": "approve"})
    kecamatan = await rig.sign_in(KECAMATAN_OFFICER.phone, rig.other_client())
    await kecamatan.post("/desk/usulan/keputusan", data={"csrf": await rig.csrf(client=kecamatan),
                                                         "ref": references[:1], "keputusan": "select"})
    await rig.claim()
    await rig.sign_in(CITY_ADMIN.phone)
    board = (await rig.client.get("/desk/dasbor")).text
    assert "<svg" in board and "<script" not in board.split("</head>")[1]
    assert re.search(r"Paal Merah</th>\s*<td>0</td>\s*<td>4</td>\s*<td>3</td>\s*<td>1</td>\s*<td>0</td>", board)
    city = (await rig.client.get("/desk/kota")).text
    assert "Pekerja dipilih, belum terdaftar: 1" in city
    assert "Pekerja terdaftar yang iurannya dibayar Kota Jambi: 2" in city  # ACTIVE, VETERAN (EXPIRED's cover ended)
    assert "3 pekerja × Rp16.800 × 12 bulan = Rp604.800" in city
    assert "cukup untuk 2.997 pekerja lagi" in city
    kecamatan_board = (await kecamatan.get("/desk/dasbor")).text
    assert "Dasbor Paal Merah" in kecamatan_board and "Per kelurahan" in kecamatan_board


# -- everywhere -------------------------------------------------------------------------------------

async def test_every_page_has_strict_headers_and_no_nik_in_any_link(rig: DeskRig) -> None:
    (reference,) = await rig.propose(1)
    claim = await rig.claim()
    await rig.sign_in(CITY_ADMIN.phone)
    for path in (*ROUTES[:3], ROUTES[4], ROUTES[5], f"/desk/usulan/{reference}", f"/desk/klaim/{claim}"):
        page = await rig.client.get(path)
        headers = page.headers
        assert "script-src 'self'" in headers["content-security-policy"] and "unsafe" not in \
            headers["content-security-policy"], path
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"
        links = re.findall(r'(?:href|action|src)="([^"]*)"', page.text)
        assert not [link for link in links if NIK_SHAPED.search(link)], path
        assert " style=" not in page.text and "<script>" not in page.text, path


async def test_english_on_request(rig: DeskRig) -> None:
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    switched = await rig.client.post("/desk/bahasa", data={"csrf": await rig.csrf(), "bahasa": "en",
                                                           "kembali": "/desk/usulan"})
    assert switched.headers["location"] == "/desk/usulan"
    page = (await rig.client.get("/desk/usulan")).text
    assert "Proposals" in page and "Usulan warga" not in page and 'lang="en"' in page
    evil = await rig.client.post("/desk/bahasa", data={"csrf": await rig.csrf(), "bahasa": "en",
                                                       "kembali": "//evil.example/"})
    assert evil.headers["location"] == "/desk/"


async def test_oversized_forms_are_refused_before_reading(rig: DeskRig) -> None:
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    big = await rig.client.post("/desk/usulan/keputusan", content=b"x" * 200_000,
                                headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413


# -- broadcasts ---------------------------------------------------------------------------------------

async def test_a_kecamatan_officer_previews_schedules_and_cancels_a_broadcast(rig: DeskRig) -> None:
    await rig.sign_in(KECAMATAN_OFFICER.phone)
    form = (await rig.client.get("/desk/siaran")).text
    assert 'value="Paal Merah|Talang Bakung"' in form and "Kota Baru" not in form  # their kecamatan only
    csrf = csrf_of(form)
    values = {"csrf": csrf, "wilayah": "Paal Merah|Talang Bakung", "teks": "Posyandu Sabtu pukul 08.00.",
              "waktu": "2026-11-24T09:00", "template": ""}
    preview = (await rig.client.post("/desk/siaran/pratinjau", data=values)).text
    assert "Dikirim ke 4 peserta dengan nomor HP, mulai 24 November 2026 09.00" in preview
    assert "Posyandu Sabtu pukul 08.00." in preview and "BERHENTI" in preview
    async with rig.repo.transaction() as tx:
        assert await tx.broadcasts(Area("Kota Jambi"), 5) == []  # a preview stores nothing
    created = await rig.client.post("/desk/siaran", data=values)
    detail = (await rig.client.get(created.headers["location"])).text
    assert "Siaran 1 dijadwalkan untuk 4 peserta." in detail and "terjadwal" in detail
    assert "24 November 2026 09.00" in detail
    cancelled = await rig.client.post("/desk/siaran/1/batal", data={"csrf": csrf})
    assert "Siaran 1 dibatalkan." in (await rig.client.get(cancelled.headers["location"])).text
    listing = (await rig.client.get("/desk/siaran")).text
    assert "dibatalkan" in listing and "Talang Bakung" in listing


async def test_broadcast_refusals_another_area_bad_input_and_the_wrong_role(rig: DeskRig) -> None:
    await rig.sign_in(KECAMATAN_OFFICER.phone)
    csrf = await rig.csrf("/desk/siaran")
    for wilayah, teks, waktu in (("Kota Baru|Simpang Tiga Sipin", "Halo.", ""), ("", "  ", ""),
                                 ("", "x" * 2000, ""), ("", "Halo.", "besok pagi")):
        answer = await rig.client.post("/desk/siaran/pratinjau", data={"csrf": csrf, "wilayah": wilayah,
                                                                      "teks": teks, "waktu": waktu})
        assert answer.status_code == 303, (wilayah, teks, waktu)
        shown = (await rig.client.get(answer.headers["location"])).text
        assert "Siaran belum bisa dibuat" in shown or "Pilih wilayah dan waktu yang benar" in shown
    async with rig.repo.transaction() as tx:
        assert await tx.broadcasts(Area("Kota Jambi"), 5) == []
    elsewhere = await rig.sign_in(KECAMATAN_ELSEWHERE.phone, rig.other_client())
    other_csrf = await rig.csrf("/desk/siaran", elsewhere)
    made = await elsewhere.post("/desk/siaran", data={"csrf": other_csrf, "wilayah": "", "teks": "Kerja bakti."})
    assert made.status_code == 303
    assert (await rig.client.get("/desk/siaran/1")).status_code == 404  # another kecamatan's broadcast
    assert (await rig.client.post("/desk/siaran/1/batal", data={"csrf": csrf})).status_code == 404
    assert (await rig.client.get("/desk/siaran/abc")).status_code == 404
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    assert (await rig.client.get("/desk/siaran")).status_code == 404


async def test_a_kecamatans_proposals_in_several_kelurahan_are_counted_together(rig: DeskRig) -> None:
    """The store counts by kelurahan, in its index's order, and adds them up per kecamatan for the city's dashboard."""
    async with rig.repo.transaction() as tx:
        await tx.upsert_officers([officer("rt_head", "6281100000011", "Made Wirawan", "Paal Merah", "Lingkar Selatan",
                                          "004", "002")])
    await rig.propose(2)
    await rig.propose(3, start=300, rt_phone="6281100000011")
    await rig.sign_in(CITY_ADMIN.phone)
    board = (await rig.client.get("/desk/dasbor")).text
    assert re.search(r"Paal Merah</th>\s*<td>0</td>\s*<td>5</td>", board), board
    async with rig.repo.transaction() as tx:
        by_kelurahan = await tx.nomination_counts_by(Area("Kota Jambi", "Paal Merah"), "kelurahan")
    assert by_kelurahan == {("Talang Bakung", "pending"): 2, ("Lingkar Selatan", "pending"): 3}


async def test_the_dashboard_counts_deaths_reported_by_rt_heads(rig: DeskRig) -> None:
    async with rig.repo.transaction() as tx:
        rt = await tx.officer_by_phone(RT_HEAD.phone)
        assert rt is not None
        await tx.add_death_report("t1", rt.id, ACTIVE.nik, "6281299990041", rig.clock().date(),
                                  Area("Kota Jambi", "Paal Merah", "Talang Bakung"), True, rig.clock())
    await rig.sign_in(CITY_ADMIN.phone)
    board = (await rig.client.get("/desk/dasbor")).text
    assert "Kematian yang dilaporkan RT" in board and "1 / 0 / 0 / 0" in board


# -- the ticket inbox --------------------------------------------------------------------------------------

async def test_the_kelurahan_officer_answers_and_closes_a_ticket_from_the_inbox(rig: DeskRig) -> None:
    from services import tickets as ticket_service
    from tests.chat import CATALOGS

    async with rig.repo.transaction() as tx:
        ticket = await tx.create_ticket("console", "widow", "claim", Area("Kota Jambi", "Paal Merah", "Talang Bakung"),
                                        None, "id", rig.clock())
        assert ticket is not None
        await tx.add_ticket_message(ticket.id, "user", f"cek nik {ACTIVE.nik}", rig.clock() - dt.timedelta(hours=1),
                                    kind="history")
        await tx.add_ticket_message(ticket.id, "bot", "Status kepesertaan: AKTIF", rig.clock(), kind="history")
        await tx.add_ticket_message(ticket.id, "user", f"nik suami saya {ACTIVE.nik}, klaim belum cair", rig.clock())
        photo = rig.media.put(PNG)
        await tx.add_ticket_message(ticket.id, "user", "akta.png", rig.clock(), kind="file", media_digest=photo)
        elsewhere = await tx.create_ticket("console", "other", "other", Area("Kota Jambi", "Kota Baru",
                                                                             "Simpang Tiga Sipin"), None, "id",
                                           rig.clock())
        assert elsewhere is not None
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    inbox = (await rig.client.get("/desk/tiket")).text
    assert ticket.reference in inbox and elsewhere.reference not in inbox  # their kelurahan only
    page = (await rig.client.get(f"/desk/tiket/{ticket.reference}")).text
    assert "klaim belum cair" in page and ACTIVE.nik not in page and f"…{ACTIVE.nik[-4:]}" in page
    assert "Percakapan dengan bot sebelum tiket (2 pesan)" in page and "Status kepesertaan: AKTIF" in page
    shown = await rig.client.get(f"/desk/tiket/{ticket.reference}/berkas/{photo}")
    assert shown.status_code == 200 and shown.content == PNG and shown.headers["content-type"] == "image/png"
    assert (await rig.client.get(f"/desk/tiket/{ticket.reference}/berkas/{'0' * 64}")).status_code == 404
    assert (await rig.client.get(f"/desk/tiket/{elsewhere.reference}/berkas/{photo}")).status_code == 404
    csrf = csrf_of(page)
    empty = await rig.client.post(f"/desk/tiket/{ticket.reference}/balas", data={"csrf": csrf, "teks": ""})
    assert "Balasan belum terkirim" in (await rig.client.get(empty.headers["location"])).text
    canned = await rig.client.post(f"/desk/tiket/{ticket.reference}/balas", data={"csrf": csrf, "siap": "ktp"})
    assert "Balasan dikirim" in (await rig.client.get(canned.headers["location"])).text
    closed = await rig.client.post(f"/desk/tiket/{ticket.reference}/tutup", data={"csrf": csrf,
                                                                                  "hasil": "data diperiksa"})
    assert "ditutup" in (await rig.client.get(closed.headers["location"])).text
    async with rig.repo.transaction() as tx:
        stored = await tx.ticket(ticket.reference)
        sent = await tx.pending_outbox("console", rig.clock(), 10, "widow")
    assert stored is not None and stored.status == "closed" and stored.outcome == "data diperiksa"
    assert [m.reply.text.split(":")[0] for m in sent] == [f"Petugas Kel. Talang Bakung ({ticket.reference})",
                                                          f"Tiket {ticket.reference} ditutup oleh petugas"]
    assert (await rig.client.get(f"/desk/tiket/{elsewhere.reference}")).status_code == 404  # another area
    assert (await rig.client.post(f"/desk/tiket/{elsewhere.reference}/tutup",
                                  data={"csrf": csrf, "hasil": "x"})).status_code == 404
    assert ticket_service.area_label(stored.area) == "Kel. Talang Bakung" and CATALOGS


async def test_an_officer_takes_a_ticket_and_the_city_sees_waiting_per_kecamatan(rig: DeskRig) -> None:
    async with rig.repo.transaction() as tx:
        first = await tx.create_ticket("console", "a", "other", Area("Kota Jambi", "Paal Merah", "Talang Bakung"),
                                       None, "id", rig.clock())
        second = await tx.create_ticket("console", "b", "claim", Area("Kota Jambi", "Kota Baru"), None, "id",
                                        rig.clock())
        assert first is not None and second is not None
    rig.clock.advance(hours=5)
    await rig.sign_in(KELURAHAN_OFFICER.phone)
    page = (await rig.client.get(f"/desk/tiket/{first.reference}")).text
    taken = await rig.client.post(f"/desk/tiket/{first.reference}/ambil", data={"csrf": csrf_of(page)})
    assert "Anda ambil" in (await rig.client.get(taken.headers["location"])).text
    async with rig.repo.transaction() as tx:
        stored = await tx.ticket(first.reference)
        audit = [e.action for e in await tx.audit_entries(first.reference)]
    assert stored is not None and stored.assigned_to is not None and stored.assigned_to.startswith("officer:")
    assert "ticket.assigned" in audit and "ticket.viewed" in audit
    await rig.sign_in(CITY_ADMIN.phone)
    inbox = (await rig.client.get("/desk/tiket")).text
    assert "Tiket terbuka per kecamatan" in inbox and "Paal Merah" in inbox and "Kota Baru" in inbox
    # waiting time, and who took the first one, by name and role (was "Petugas #2")
    assert "5 jam" in inbox and "Rina Marlina (Petugas kelurahan)" in inbox and "Petugas #" not in inbox
