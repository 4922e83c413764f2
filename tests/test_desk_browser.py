"""The desk in a real browser: Debian's Chromium, headless, driven by Playwright, against the whole bot
(`kawan run`'s serve) with the fake Telegram Bot API. What only a browser shows: the sign-in link clicked,
fifty proposals ticked at once, the quota refusal, a document opened, the claimant told on Telegram, the
walls, a POST without its token, and the whole desk used with the keyboard only.

With KAWAN_DESK_SCREENSHOTS=folder the pages are saved there (`make screenshots` → docs/desk/)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from conversations.domain.nominations import Area
from services import signin
from tests.channels import running_bot
from tests.desk_kit import JAKARTA, PDF, PNG, make_claim
from tests.factories import CITY_ADMIN, KECAMATAN_OFFICER, KELURAHAN_ELSEWHERE, KELURAHAN_OFFICER, RT_HEAD
from tests.fakes.server import LocalServer
from tests.fakes.telegram_api import FakeBotApi
from tests.test_telegram import telegram_settings

CHROMIUM = os.environ.get("KAWAN_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
CHAT = 515151

if not Path(CHROMIUM).exists():
    if os.environ.get("KAWAN_TEST_BROWSER_REQUIRED"):
        raise RuntimeError(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} not installed; .ci/run installs it (apt-get install chromium)",
                allow_module_level=True)

from playwright.async_api import Browser, Page, async_playwright, expect


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[tuple[App, FakeBotApi]]:
    api = FakeBotApi()
    async with LocalServer(api.app()) as server:
        settings = telegram_settings(tmp_path, server)
        settings = settings.model_copy(update={"kawan_desk_url": f"http://127.0.0.1:{settings.webhook_port}",
                                               "kawan_quiet_hours": "off"})
        async with running_bot(settings) as app:
            yield app, api


def shots() -> Path | None:
    folder = os.environ.get("KAWAN_DESK_SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


async def shoot(page: Page, name: str) -> None:
    folder = shots()
    if folder is not None:
        await page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


async def link(app: App, phone: str) -> str:
    async with app.repo.transaction() as tx:
        found = await tx.officer_by_phone(phone)
        assert found is not None
        return await signin.issue_link(tx, found, app.settings.desk_url, "test", app.runtime.clock())


async def signed_in(browser: Browser, app: App, phone: str, **context: Any) -> Page:
    context.setdefault("viewport", {"width": 1280, "height": 900})
    page = await (await browser.new_context(**context)).new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(await link(app, phone))
    await page.get_by_role("button", name="Masuk").click()
    await expect(page.get_by_role("button", name="Keluar")).to_be_visible()
    page.errors = errors  # type: ignore[attr-defined]
    return page


async def propose(app: App, count: int, start: int = 500) -> list[str]:
    import datetime as dt

    from conversations.model import ProposeNominee
    from services.nominations import propose as service_propose
    from tests.factories import fake_nik

    references = []
    async with app.repo.transaction() as tx:
        head = await tx.officer_by_phone(RT_HEAD.phone)
        assert head is not None
        for serial in range(start, start + count):
            born = dt.date(1970 + serial % 30, 1 + serial % 12, 1 + serial % 27)
            answer = await service_propose(tx, head, "telegram", "777", ProposeNominee(
                nik=fake_nik("1571", born, serial=serial), full_name=f"Budi Santoso {chr(65 + serial % 26)}",
                birth_date=born, gender="L", occupation="ojek_online", occupation_other=None, address="Jl. Contoh 1",
                phone=f"62813{serial:08d}", locale="id"), app.runtime.clock(), JAKARTA)
            assert answer.reference is not None
            references.append(answer.reference)
    return references


async def test_sign_in_by_url_and_fifty_proposals_approved_at_once(browser: Browser, bot: Any) -> None:
    app, _api = bot
    references = await propose(app, 55)
    page = await signed_in(browser, app, KELURAHAN_OFFICER.phone)
    await page.get_by_role("link", name="Usulan warga").click()
    await expect(page.get_by_text("55 usulan · halaman 1 dari 2")).to_be_visible()
    await page.get_by_label("Centang semua di halaman ini").check()
    assert await page.locator('input[name="ref"]:checked').count() == 50
    await shoot(page, "usulan")
    await page.get_by_role("button", name="Simpan keputusan").click()
    await expect(page.get_by_role("status")).to_have_text("50 usulan disetujui.")
    async with app.repo.transaction() as tx:
        approved = [r for r in references if (await tx.nomination(r)).status == "approved"]  # type: ignore[union-attr]
    assert approved == references[:50]
    await page.goto(page.url.split("/desk/")[0] + f"/desk/usulan/{references[0]}")
    await expect(page.get_by_text("diusulkan → disetujui")).to_be_visible()
    await shoot(page, "usulan-detail")
    assert page.errors == []  # type: ignore[attr-defined]


async def test_on_a_phone_no_page_is_wider_than_the_screen_and_a_proposal_is_still_approved(browser: Browser,
                                                                                          bot: Any) -> None:
    """Looked at on a 390-pixel phone (an RT head's "Masuk meja petugas"): the proposals' table made the page 806
    pixels wide and the dashboard's 1,124, the header and the decision form left on a strip at the left. A wide table
    now scrolls inside its own box, which the keyboard can reach."""
    app, _api = bot
    references = await propose(app, 3)
    claim = await make_claim(app.repo, app.desk().media, app.runtime.clock())
    async with app.repo.transaction() as tx:  # a ticket with a long unbroken message, as users paste them
        opened = await tx.create_ticket("console", "warga", "other", Area("Kota Jambi", "Paal Merah", "Talang Bakung"),
                                        None, "id", app.runtime.clock())
        assert opened is not None
        await tx.add_ticket_message(opened.id, "user", "https://contoh.example/" + "x" * 120, app.runtime.clock())
    ticket = opened.reference
    for phone in (KELURAHAN_OFFICER.phone, CITY_ADMIN.phone):
        page = await signed_in(browser, app, phone, viewport={"width": 390, "height": 844}, is_mobile=True,
                               has_touch=True)
        pages = [await a.get_attribute("href") for a in await page.locator("nav a").all()]
        details = [f"/desk/usulan/{references[0]}", f"/desk/tiket/{ticket}"]
        if phone == CITY_ADMIN.phone:
            details.append(f"/desk/klaim/{claim}")
        for href in [*pages, *details]:
            await page.goto(page.url.split("/desk/")[0] + str(href))
            # Against the phone's width, not innerWidth: a mobile browser widens its layout to what overflows
            wide = await page.evaluate("document.documentElement.scrollWidth")
            assert wide <= 390, (phone, href, wide)
        await page.close()
    page = await signed_in(browser, app, KELURAHAN_OFFICER.phone, viewport={"width": 390, "height": 844},
                           is_mobile=True, has_touch=True)
    await page.get_by_role("link", name="Usulan warga").click()
    await page.get_by_label(f"Centang {references[1]}").check()
    await shoot(page, "usulan-hp")
    await page.get_by_role("button", name="Simpan keputusan").click()
    await expect(page.get_by_role("status")).to_have_text("1 usulan disetujui.")
    assert page.errors == []  # type: ignore[attr-defined]


async def test_the_kecamatan_selection_stops_at_the_quota(browser: Browser, bot: Any) -> None:
    app, _api = bot
    references = await propose(app, 5)
    async with app.repo.transaction() as tx:
        await tx.set_quota("Kota Jambi", "Paal Merah", 3, app.runtime.clock())
    kelurahan = await signed_in(browser, app, KELURAHAN_OFFICER.phone)
    await kelurahan.goto(kelurahan.url.split("/desk/")[0] + "/desk/usulan")
    await kelurahan.get_by_label("Centang semua di halaman ini").check()
    await kelurahan.get_by_role("button", name="Simpan keputusan").click()
    page = await signed_in(browser, app, KECAMATAN_OFFICER.phone)
    await page.get_by_role("link", name="Usulan warga").click()
    await expect(page.locator("#quota")).to_have_text("Kuota Kec. Paal Merah: 3; terpakai 0; sisa 3.")
    await page.get_by_label("Centang semua di halaman ini").check()
    await page.get_by_role("button", name="Simpan keputusan").click()
    await expect(page.get_by_role("status")).to_have_text(
        "3 usulan dipilih. 2 tidak dipilih karena kuota sudah penuh. Sisa kuota: 0 dari 3.")
    await expect(page.locator("#quota")).to_have_text("Kuota Kec. Paal Merah: 3; terpakai 3; sisa 0.")
    async with app.repo.transaction() as tx:
        statuses = [(await tx.nomination(r)).status for r in references]  # type: ignore[union-attr]
    assert statuses.count("selected") == 3


async def test_a_claim_goes_to_dokumen_kurang_the_claimant_hears_it_on_telegram(browser: Browser, bot: Any) -> None:
    app, api = bot
    reference = await make_claim(app.repo, app.desk().media, app.runtime.clock(), channel="telegram", user=str(CHAT),
                                 documents=(("kpj", real_png()),))
    sons = await make_claim(app.repo, app.desk().media, app.runtime.clock(), user="son")  # the same death, claimed again
    page = await signed_in(browser, app, CITY_ADMIN.phone)
    await shoot(page, "dasbor")
    await page.get_by_role("link", name="Klaim").click()
    await shoot(page, "klaim")
    search = page.get_by_label("Nomor klaim atau NIK")  # a number told on the phone, found without paging
    await search.fill(sons.lower())
    await search.press("Enter")
    await expect(page.get_by_role("link", name=reference)).to_have_count(0)
    await expect(page.get_by_role("link", name=sons)).to_be_visible()
    await shoot(page, "klaim-cari")
    await search.fill("")
    await search.press("Enter")
    await page.get_by_role("link", name=reference).click()
    await expect(page.get_by_role("region", name="Klaim lain untuk NIK yang sama")).to_contain_text(sons)
    async with page.expect_popup() as opened:
        await page.get_by_role("link", name="Lihat berkas").first.click()
    document = await opened.value
    await document.wait_for_load_state()
    assert await document.evaluate("document.images[0].naturalWidth") == 240  # the decrypted image, drawn
    await document.close()
    await page.get_by_role("radio", name="dokumen kurang").check()
    await page.get_by_label("Alasan (wajib untuk dokumen kurang dan ditolak; dibaca pemohon)").fill(
        "Foto KK buram, mohon kirim ulang")
    await shoot(page, "klaim-detail")
    await page.get_by_role("button", name="Simpan status").click()
    await expect(page.get_by_role("status")).to_contain_text("status sekarang dokumen kurang")
    (told,) = await api.wait_sent(CHAT, 1)
    assert reference in told["text"] and "Foto KK buram" in told["text"]
    async with app.repo.transaction() as tx:
        actions = [e.action for e in await tx.audit_entries(reference)]
    assert "claim.document_viewed" in actions and "claim.status" in actions
    await page.get_by_role("link", name="Kuota & anggaran").click()
    await shoot(page, "kota")
    assert page.errors == []  # type: ignore[attr-defined]


async def test_one_file_sent_back_from_the_claim_page_reaches_the_claimant_on_telegram(browser: Browser,
                                                                                         bot: Any) -> None:
    """"dokumen kurang" with a reason left the claimant to guess which photo was meant: one file is sent back, and the
    claimant hears which document and why."""
    app, api = bot
    reference = await make_claim(app.repo, app.desk().media, app.runtime.clock(), channel="telegram", user=str(CHAT),
                                 documents=(("kpj", real_png()), ("kk", PDF)))
    page = await signed_in(browser, app, CITY_ADMIN.phone)
    await page.goto(page.url.split("/desk/")[0] + f"/desk/klaim/{reference}")
    kk = page.locator("li", has_text="Kartu Keluarga (KK)").locator("details.send-back")
    await kk.get_by_text("Kembalikan berkas ini").click()
    await kk.get_by_label("Apa yang salah? (dibaca pemohon)").fill("Foto KK terpotong, kirim yang utuh")
    await page.set_viewport_size({"width": 390, "height": 844})  # open on a phone: no wider than the screen
    assert await page.evaluate("document.documentElement.scrollWidth") <= 390
    await page.set_viewport_size({"width": 1280, "height": 900})
    await shoot(page, "klaim-kembalikan")
    await kk.get_by_role("button", name="Kembalikan", exact=True).click()
    await expect(page.get_by_role("status")).to_contain_text("berkas dikembalikan")
    await expect(page.get_by_role("heading", name="Berkas yang dikembalikan")).to_be_visible()
    (told,) = await api.wait_sent(CHAT, 1)
    assert "petugas mengembalikan Kartu Keluarga (KK)" in told["text"] and "Foto KK terpotong" in told["text"], told
    assert page.errors == []  # type: ignore[attr-defined]


async def test_another_areas_url_and_a_post_without_its_token_are_refused(browser: Browser, bot: Any) -> None:
    app, _api = bot
    (reference,) = await propose(app, 1)
    page = await signed_in(browser, app, KELURAHAN_ELSEWHERE.phone)
    base = page.url.split("/desk/")[0]
    answer = await page.goto(f"{base}/desk/usulan/{reference}")
    assert answer is not None and answer.status == 404
    await expect(page.get_by_text("bukan di wilayah Anda")).to_be_visible()
    forged = await page.request.post(f"{base}/desk/usulan/keputusan", form={"ref": reference, "keputusan": "approve"})
    assert forged.status == 403
    async with app.repo.transaction() as tx:
        assert (await tx.nomination(reference)).status == "pending"  # type: ignore[union-attr]
        actions = [e.action for e in await tx.audit_entries()]
    assert "nomination.refused" in actions and "desk.csrf_refused" in actions


async def test_the_whole_desk_with_the_keyboard_only(browser: Browser, bot: Any) -> None:
    app, _api = bot
    references = await propose(app, 3)
    page = await (await browser.new_context(viewport={"width": 1280, "height": 900})).new_page()
    await page.goto(await link(app, KELURAHAN_OFFICER.phone))
    await tab_to(page, "button", "Masuk")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("button", name="Keluar")).to_be_visible()
    await tab_to(page, "a", "Usulan warga")
    await page.keyboard.press("Enter")
    await expect(page.get_by_text("3 usulan · halaman 1 dari 1")).to_be_visible()
    await tab_to(page, "input", f"Centang {references[1]}")
    await page.keyboard.press("Space")
    await tab_to(page, "button", "Simpan keputusan")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status")).to_have_text("1 usulan disetujui.")
    await tab_to(page, "a", references[0])
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name=f"Usulan {references[0]}")).to_be_visible()
    await tab_to(page, "input", "Setujui")  # a radio group is one Tab stop; the arrows choose within it
    await page.keyboard.press("ArrowDown")
    assert await page.get_by_role("radio", name="Tolak").is_checked()
    await tab_to(page, "input", "atau tulis alasannya")
    await page.keyboard.type("Sudah pindah ke kelurahan lain")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("status")).to_contain_text("1 usulan ditolak.")
    await tab_to(page, "button", "English")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name=f"Proposal {references[0]}")).to_be_visible()
    await tab_to(page, "button", "Sign out")
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", name="Masuk ke meja petugas")).to_be_visible()
    async with app.repo.transaction() as tx:
        statuses = [(await tx.nomination(r)).status for r in references]  # type: ignore[union-attr]
    assert statuses == ["rejected", "approved", "pending"]


async def tab_to(page: Page, tag: str, name: str, limit: int = 80) -> None:
    """Press Tab until the focused element is the `tag` whose accessible text is `name`."""
    for _ in range(limit):
        await page.keyboard.press("Tab")
        found = await page.evaluate(
            """([tag, name]) => { const e = document.activeElement; if (!e || e.tagName.toLowerCase() !== tag)
                 return false; const label = e.getAttribute('aria-label') || (e.labels && e.labels[0] &&
                 e.labels[0].innerText) || e.innerText || ''; return label.trim().startsWith(name); }""",
            [tag, name])
        if found:
            return
    raise AssertionError(f"could not reach {tag} {name!r} with Tab")


def real_png() -> bytes:
    from bot.demo_desk import synthetic_png

    return synthetic_png(240, 170, (37, 99, 168), seed=1)



async def test_a_broadcast_written_at_the_desk_reaches_a_worker_on_telegram(browser: Browser, bot: Any) -> None:
    from services.outreach import run_once
    from tests.factories import ACTIVE

    app, api = bot
    async with app.repo.transaction() as tx:
        await tx.prove_phone(ACTIVE.phone, "telegram", str(CHAT), app.runtime.clock())
    page = await signed_in(browser, app, CITY_ADMIN.phone)
    await page.get_by_role("link", name="Siaran").click()
    await page.get_by_label("Wilayah").select_option(label="Kec. Paal Merah · Kel. Talang Bakung")
    await page.get_by_label("Pesan (paling banyak 920 karakter)").fill(
        "Pemeriksaan kesehatan gratis hari Sabtu pukul 08.00 di kantor kelurahan.")
    await page.get_by_role("button", name="Pratinjau").click()
    await expect(page.get_by_text("Dikirim ke 4 peserta dengan nomor HP")).to_be_visible()
    await shoot(page, "siaran-pratinjau")
    await page.get_by_role("button", name="Jadwalkan siaran ini").click()
    await expect(page.get_by_role("status")).to_have_text("Siaran 1 dijadwalkan untuk 4 peserta.")
    config = app.runtime.outreach
    assert config is not None
    await run_once(app.repo, config, app.runtime.clock())
    app.runtime.dispatchers["telegram"].wake()
    (message,) = await api.wait_sent(CHAT, 1)
    assert message["text"].startswith("Pemeriksaan kesehatan gratis") and "BERHENTI" in message["text"]
    await page.reload()
    await expect(page.get_by_role("heading", name="Siaran 1 · selesai")).to_be_visible()
    await expect(page.get_by_role("row", name="Terkirim 1")).to_be_visible()  # four records share that number
    await shoot(page, "siaran")
    assert page.errors == []  # type: ignore[attr-defined]


async def test_an_officer_answers_a_ticket_from_the_inbox_and_the_user_reads_it_on_telegram(browser: Browser,
                                                                                           bot: Any) -> None:
    app, api = bot
    await api.user_sends(CHAT, "/start")
    await api.wait_sent(CHAT, 1)
    await api.user_sends(CHAT, "mau bicara dengan petugas")
    await api.wait_sent(CHAT, 2)
    await api.user_sends(CHAT, "lainnya")
    await api.wait_sent(CHAT, 3)
    await api.user_sends(CHAT, "alamat saya di data salah")
    await api.wait_sent(CHAT, 4)
    page = await signed_in(browser, app, CITY_ADMIN.phone)  # no record proven: the ticket is the city's
    await page.get_by_role("link", name="Tiket").click()
    await page.get_by_role("link", name="TKT-").first.click()
    await expect(page.get_by_text("alamat saya di data salah")).to_be_visible()
    await page.get_by_label("Balasan", exact=True).fill("Baik, kami perbaiki. Mohon kirim foto KTP.")
    await page.get_by_role("button", name="Kirim balasan").click()
    await expect(page.get_by_role("status")).to_contain_text("Balasan dikirim")
    answer = (await api.wait_sent(CHAT, 5))[-1]["text"]
    assert answer.startswith("Petugas Kota Jambi (TKT-") and "Mohon kirim foto KTP" in answer
    await api.user_sends_photo(CHAT, PNG, caption="ktp saya")  # the photo goes to the ticket
    assert (await api.wait_sent(CHAT, 6))[-1]["text"].startswith("✓ Diteruskan ke petugas")
    await page.reload()
    await page.get_by_text("Percakapan dengan bot sebelum tiket").click()  # what happened before it
    await expect(page.get_by_text("mau bicara dengan petugas")).to_be_visible()
    async with page.expect_popup() as opened:
        await page.get_by_role("link", name="ktp saya").click()
    photo = await opened.value
    assert photo.url.endswith(tuple("0123456789abcdef")) and "/berkas/" in photo.url
    await photo.close()
    await shoot(page, "tiket")
    assert page.errors == []  # type: ignore[attr-defined]
