"""Safe to run in a city hall (issue 19): one bad row never stops the service, a wrong key or a damaged file is
one clear line, inputs are bounded before they are read, logs hold no secret, files are the owner's only,
exports cannot carry formulas, and an officer's terminal cannot be driven by what a claimant typed."""

from __future__ import annotations

import csv
import logging
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bot.channels.whatsapp import WhatsAppChannel
from bot.logs import setup_logging
from bot.media import MediaStore, TooLarge
from conversations.model import Media
from services.csv_export import write_csv
from services.officers import read_officers
from storage.base import UserKey
from tests.channels import running_bot, settings_for
from tests.chat import CATALOGS, SECRET, ChatSimulator
from tests.factories import ACTIVE, VETERAN
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraphApi
from tests.fakes.server import LocalServer
from tests.test_whatsapp import WA, Bot, bot  # noqa: F401 - the fixture

EXE = b"MZ\x90\x00\x03\x00\x00\x00 a Windows program, not a PDF"


def kawan(env: dict[str, str], *args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], check=False, input=stdin, capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "KAWAN_DATABASE_URL": f"sqlite:///{tmp_path / 'k.db'}", "KAWAN_SECRET_KEY": SECRET,
            "KAWAN_LOG_LEVEL": "WARNING", "KAWAN_MEDIA_DIR": str(tmp_path / "media")}


# -- one bad row never stops the service ------------------------------------------------------------

async def test_an_unreadable_conversation_is_set_aside_and_the_others_are_answered(chat: ChatSimulator) -> None:
    assert chat.repo is not None
    await chat.send("menu")
    await chat.send("1")  # a draft is stored for this user
    chat.switch("another-user")
    await chat.send("menu")
    async with chat.repo.transaction() as tx:  # a damaged row: its sealed draft no longer opens
        await tx._db.execute("UPDATE conversation SET draft = ? WHERE user_key = ?", (b"\x00broken", "u1"))
    other_answered = await chat.send("2")
    chat.switch("u1")
    told = "\n".join(r.text for r in await chat.send("halo"))
    chat.switch("another-user")
    assert other_answered and await chat.send("menu"), "every other user is answered"
    assert told.startswith("Maaf, percakapan kita sebelumnya tidak bisa dibaca sistem kami")
    assert "Mau dibantu apa?" in told  # and the user starts afresh at the menu
    async with chat.repo.transaction() as tx:
        aside = await tx._db.execute_fetchall("SELECT channel, user_key, reason FROM conversation_set_aside")
        loaded = await tx.load_conversations([UserKey(chat.channel, "u1")])
    assert [(c, u) for c, u, _r in aside] == [(chat.channel, "u1")]
    assert loaded[UserKey(chat.channel, "u1")].state == "menu.main"


async def test_an_unreadable_event_gets_an_apology_not_a_stuck_queue(chat: ChatSimulator) -> None:
    await chat.send("menu")
    async with chat.repo.transaction() as tx:
        await tx._db.execute(
            "INSERT INTO inbound_event (channel, event_id, user_key, payload, received_at) VALUES (?, ?, ?, ?, ?)",
            (chat.channel, "damaged-1", chat.user, b"\x01not sealed", "2026-11-23T03:00:00.000000Z"))
    await chat.restart()  # a damaged event left pending by an earlier run
    replies = await chat.send("1")  # the damaged event is drained first, then this one
    texts = [m.reply.text for m in chat.sender.sent[-2:]]
    assert texts[0] == "Maaf, pesan Anda tidak terbaca oleh sistem kami. Silakan kirim lagi."
    assert replies and "NIK" in replies[-1].text


def test_a_wrong_secret_key_refuses_to_start_with_one_line(env: dict[str, str]) -> None:
    assert kawan(env, "demo-data", "--count", "3").returncode == 0
    wrong = kawan({**env, "KAWAN_SECRET_KEY": "another-key-of-enough-length-0123456789"}, "claims", "list")
    assert wrong.returncode == 2
    assert wrong.stderr.strip().splitlines() == [
        ("Error: KAWAN_SECRET_KEY is not the key this database was created with: start with that key (data sealed "
         "with one key cannot be read with another)")]
    assert kawan(env, "migrate").returncode == 0  # the right key still opens it


def test_a_database_from_before_the_key_check_is_tried_against_its_data(env: dict[str, str], tmp_path: Path) -> None:
    import sqlite3

    assert kawan(env, "demo-data", "--count", "3").returncode == 0
    with sqlite3.connect(tmp_path / "k.db") as db:  # as it was before migration 0008
        db.execute("DELETE FROM key_check")
    wrong = kawan({**env, "KAWAN_SECRET_KEY": "another-key-of-enough-length-0123456789"}, "migrate")
    assert wrong.returncode == 2 and "KAWAN_SECRET_KEY is not the key" in wrong.stderr


def test_a_damaged_database_file_is_one_line_and_an_exit(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "k.db").write_bytes(os.urandom(8192))
    result = kawan(env, "migrate", timeout=20)  # never a hang
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "is not a Kawan Kerja database, or it is damaged" in result.stderr and "Traceback" not in result.stderr


def test_an_unreachable_postgres_is_one_line_and_an_exit(env: dict[str, str]) -> None:
    result = kawan({**env, "KAWAN_DATABASE_URL": "postgresql://postgres@127.0.0.1:9/test"}, "migrate", timeout=30)
    assert result.returncode == 2
    assert result.stderr.startswith("Error: cannot open the PostgreSQL database") and "Traceback" not in result.stderr


# -- bounded inputs ---------------------------------------------------------------------------------

async def test_webhook_bodies_without_signature_or_over_a_megabyte_are_refused_unread(bot: Bot) -> None:  # noqa: F811
    unsigned = await bot.client.post(bot.url, content=b"{}" + b" " * 5_000_000,
                                     headers={"content-type": "application/json"})
    assert unsigned.status_code == 403

    async def endless() -> object:  # no declared length: refused once a megabyte has arrived
        for _ in range(300):
            yield b" " * 65536

    streamed = await bot.client.post(bot.url, content=endless(),
                                     headers={"x-hub-signature-256": "sha256=" + "0" * 64})
    declared = await bot.client.post(bot.url, content=b" " * 2_000_000,
                                     headers={"x-hub-signature-256": "sha256=" + "0" * 64})
    assert streamed.status_code == 413 and declared.status_code == 413
    assert (await bot.post(meta.text(WA, "menu"))).status_code == 200  # and the service goes on
    await bot.graph.wait_sent(WA, 1)


async def test_media_over_the_cap_is_never_downloaded_and_content_decides_the_type(tmp_path: Path) -> None:
    graph = FakeGraphApi()
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        channel = WhatsAppChannel(access_token=meta.ACCESS_TOKEN, phone_number_id=meta.PHONE_NUMBER_ID,
                                  base_url=server.url, catalogs=CATALOGS, default_locale="id")
        try:
            graph.media["BIG"] = b"\xff\xd8\xff small, but announced as 95 MB"
            graph.declared_sizes["BIG"] = 95 * 1024 * 1024
            with pytest.raises(TooLarge):
                await channel.fetch_media("BIG")
            graph.media["LIAR"] = b"\xff\xd8\xff" + b"x" * (21 * 1024 * 1024)  # announced small, is not
            graph.declared_sizes["LIAR"] = 1000
            with pytest.raises(TooLarge):
                await channel.fetch_media("LIAR")
            assert graph.downloads == ["LIAR"]  # BIG was never fetched
            graph.media["EXE"] = EXE
            store = MediaStore(tmp_path / "media", __import__("storage.crypto").crypto.Protector(SECRET))
            fetched = await store.fetch(Media(file_id="EXE", mime_type="application/pdf", size=len(EXE)),
                                        channel.fetch_media)
            assert fetched.digest is None and fetched.mime_type == "application/octet-stream"
        finally:
            await channel.close()


async def test_a_program_sent_as_a_pdf_is_refused_kindly(chat: ChatSimulator) -> None:
    for text in ("menu", "4", "saya", ACTIVE.nik, "kemarin siang", "Jl. Sudirman, Kota Jambi",
                 "Jatuh dari motor waktu antar penumpang", "iya", "Kaki kiri patah", "2", "1"):
        await chat.send(text)
    replies = await chat.media("application/pdf", EXE, raw=True)
    assert replies[0].text.startswith("Berkas jenis ini tidak bisa diterima. Kirim foto (JPG atau PNG) atau PDF.")


async def test_a_message_of_invisible_characters_is_empty_not_misunderstood(chat: ChatSimulator) -> None:
    await chat.send("1")
    replies = await chat.send("\u200b\ufeff")  # zero-width space and byte-order mark: pasted, never meant
    assert replies[0].text.startswith("Pesan Anda kosong.") and "Ketik NIK Anda" in replies[-1].text
    replies = await chat.send("\u200b1571022205900001")  # pasted with a NIK, the NIK is read
    assert "Buktikan bahwa ini data Anda" in replies[-1].text


def test_an_officers_csv_with_a_stray_quote_or_a_huge_field_reports_lines(tmp_path: Path) -> None:
    path = tmp_path / "officers.csv"
    header = "role,full_name,phone,city,kecamatan,kelurahan,rw,rt\n"
    good = "rt_head,Hasan Basri,081100000001,Kota Jambi,Paal Merah,Talang Bakung,001,003\n"
    path.write_text(header + 'rt_head,"Yusuf Hamid,081100000002,Kota Jambi,Kota Baru,Simpang,002,005\n' + good
                    + "rt_head," + "A" * 200_000 + ",081100000009,Kota Jambi,Paal Merah,Talang Bakung,001,003\n"
                    + good.replace("0001", "0007").replace("Hasan", "Rudi"), encoding="utf-8")
    rows, bad = read_officers(path)
    assert [r.full_name for r in rows] == ["Hasan Basri", "Rudi Basri"]
    assert [(b.line, b.reason) for b in bad] == [
        (2, 'tanda kutip (") tidak berpasangan; baris ini tidak dibaca'),
        (4, "ada isian lebih dari 1000 karakter")]


# -- logs, files, exports, terminals ----------------------------------------------------------------

async def test_no_token_secret_or_personal_number_reaches_the_log_at_debug(capfd: pytest.CaptureFixture[str]) -> None:
    token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    setup_logging("DEBUG", secrets=["the-webhook-secret-1234"])
    try:
        async with LocalServer(FakeGraphApi().app()) as server, httpx.AsyncClient() as client:
            await client.get(f"{server.url}/bot{token}/getMe")  # httpx would log this URL at INFO
        log = logging.getLogger("kawan.test")
        log.debug("webhook secret the-webhook-secret-1234, KPJ %s, NIK %s, phone %s", ACTIVE.kpj, ACTIVE.nik,
                  ACTIVE.phone)
        try:
            raise ValueError(f"https://api.telegram.org/bot{token}/sendMessage failed")
        except ValueError:
            log.exception("send failed")
        written = capfd.readouterr().err
    finally:
        setup_logging("WARNING")
    for secret in (token, "the-webhook-secret-1234", ACTIVE.kpj, ACTIVE.nik, ACTIVE.phone):
        assert secret not in written
    assert "webhook secret [SECRET], KPJ [KPJ], NIK [NIK], phone [PHONE]" in written
    assert "bot[TOKEN]/sendMessage failed" in written


def test_json_log_lines(capfd: pytest.CaptureFixture[str]) -> None:
    import json

    setup_logging("INFO", json_lines=True)
    try:
        logging.getLogger("kawan.test").warning("outbox depth %d", 3)
        line = capfd.readouterr().err.strip().splitlines()[-1]
    finally:
        setup_logging("WARNING")
    record = json.loads(line)
    assert (record["level"], record["logger"], record["message"]) == ("WARNING", "kawan.test", "outbox depth 3")


def test_files_with_personal_data_are_the_owners_only(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "k.db").touch(mode=0o644)  # made by an earlier version
    assert kawan(env, "demo-data", "--count", "3").returncode == 0
    assert kawan(env, "export-claims", str(tmp_path / "claims.csv")).returncode == 0
    for path in (tmp_path / "k.db", tmp_path / "claims.csv"):
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_exports_cannot_carry_formulas_and_read_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv(path, ["full_name", "phone", "note"], [
        {"full_name": '=HYPERLINK("http://evil.example","klik")', "phone": "6281234500001", "note": "@SUM(A1)"},
        {"full_name": "-2+3", "phone": "+6281234500002", "note": "\tkosong"}])
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["full_name"] for r in rows] == ['\'=HYPERLINK("http://evil.example","klik")', "'-2+3"]
    assert [r["note"] for r in rows] == ["'@SUM(A1)", "'\tkosong"]
    assert rows[0]["phone"] == "6281234500001"
    from services.csv_records import unneutralise

    assert unneutralise(rows[0]["full_name"]) == '=HYPERLINK("http://evil.example","klik")'


def test_what_a_claimant_typed_cannot_drive_the_officers_terminal(env: dict[str, str]) -> None:
    escape = "\x1b]0;pwned\x07\x1b[2J"
    script = ["4", "saya", ACTIVE.nik, "kemarin siang", "Jl. Sudirman" + escape, "Jatuh dari motor" + escape +
              " waktu antar penumpang", "iya", "Kaki kiri patah", "2", "1"]
    assert kawan(env, "chat", stdin="\n".join(script) + "\n").returncode == 0
    listed = kawan(env, "claims", "list")
    reference = listed.stdout.split()[0]
    shown = kawan(env, "claims", "show", reference)
    assert shown.returncode == 0 and "Jl. Sudirman" in shown.stdout
    assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout


# -- metrics ----------------------------------------------------------------------------------------

async def test_metrics_count_what_operators_watch(bot: Bot) -> None:  # noqa: F811
    await bot.post(meta.text(WA, "menu"))
    await bot.graph.wait_sent(WA, 1)
    await bot.post(meta.text(WA, "asdfgh qwerty"))
    await bot.graph.wait_sent(WA, 2)
    page = await bot.client.get(bot.url.replace("/webhook/whatsapp", "/metrics"))
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/plain")
    text = page.text
    for line in ('kawan_events_in_total{channel="whatsapp"}', 'kawan_not_understood_total{channel="whatsapp"}',
                 'kawan_sends_total{channel="whatsapp",error_code="",result="sent"}',
                 'kawan_webhook_seconds_count{channel="whatsapp"}', "kawan_engine_seconds_count",
                 'kawan_budget_used_rupiah{city="Kota Jambi"}', "process_resident_memory_bytes"):
        assert line in text, line


async def test_an_unreachable_telegram_does_not_hold_up_the_server_or_whatsapp(tmp_path: Path) -> None:
    graph = FakeGraphApi()
    async with LocalServer(graph.app()) as server:
        graph.base_url = server.url
        settings = settings_for(tmp_path, telegram_bot_token="123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
                                telegram_api_base_url="http://127.0.0.1:9/bot",
                                telegram_api_base_file_url="http://127.0.0.1:9/file/bot",
                                whatsapp_access_token=meta.ACCESS_TOKEN, whatsapp_phone_number_id=meta.PHONE_NUMBER_ID,
                                whatsapp_app_secret=meta.APP_SECRET, whatsapp_verify_token=meta.VERIFY_TOKEN,
                                whatsapp_api_base_url=server.url)
        async with running_bot(settings), httpx.AsyncClient() as client:  # healthy while Telegram is retried
            raw, headers = meta.signed(meta.text(WA, "menu"))
            posted = await client.post(f"http://127.0.0.1:{settings.webhook_port}/webhook/whatsapp", content=raw,
                                       headers=headers)
            assert posted.status_code == 200
            await graph.wait_sent(WA, 1)


# -- personal data has an end -----------------------------------------------------------------------

async def _claim_with_a_document(chat: ChatSimulator, nik: str) -> None:
    for text in ("menu", "4", "saya", nik, "kemarin siang", "Jl. Sudirman, Kota Jambi",
                 "Jatuh dari motor waktu antar penumpang", "iya", "Kaki kiri patah", "2", "1"):
        await chat.send(text)
    await chat.media("image/jpeg", b"ktp of " + nik.encode())
    await chat.send("2")


async def test_erase_removes_a_person_and_leaves_everyone_else(chat: ChatSimulator, tmp_path: Path) -> None:
    from services.erasure import erase_person

    assert chat.repo is not None
    await _claim_with_a_document(chat, ACTIVE.nik)
    for text in ("menu", "bicara dengan petugas", "klaim"):  # and a photo sent to a ticket
        await chat.send(text)
    await chat.media("image/jpeg", b"photo for the officer")
    chat.switch("someone-else")
    await _claim_with_a_document(chat, VETERAN.nik)
    chat.switch("a-third")
    await chat.send("menu")
    await chat.send("1")
    await chat.send(ACTIVE.nik)  # a status check in progress holds the NIK in its draft
    files_before = [p for p in (tmp_path / "media").rglob("*") if p.is_file()]
    erasure = await erase_person(chat.repo, ACTIVE.nik, "dpo", chat.clock(), chat.media_store.delete)
    assert erasure.counts == {"participants": 1, "nominations": 0, "claims": 1, "documents": 1, "accounts": 2}
    assert erasure.files == 2 and len([p for p in (tmp_path / "media").rglob("*") if p.is_file()]) == \
        len(files_before) - 2
    async with chat.repo.transaction() as tx:
        assert await tx.find_participant(ACTIVE.nik) is None
        assert await tx.find_participant(VETERAN.nik) is not None
        claims = await tx.claims()
        left = await tx.load_conversations([UserKey("console", u) for u in ("u1", "someone-else", "a-third")])
        entries = await tx.audit_entries()
    assert [c.nik for c in claims] == [VETERAN.nik]
    assert set(left) == {UserKey("console", "someone-else")}
    erased = [e for e in entries if e.action == "person.erased"]
    assert len(erased) == 1 and ACTIVE.nik not in str(erased[0])
    with pytest.raises(ValueError, match="NIK tidak valid"):
        await erase_person(chat.repo, "123", "dpo", chat.clock(), chat.media_store.delete)


async def test_documents_of_long_closed_claims_are_purged(chat: ChatSimulator, tmp_path: Path) -> None:
    import datetime as dt

    from services.erasure import purge_documents

    assert chat.repo is not None
    await _claim_with_a_document(chat, ACTIVE.nik)
    async with chat.repo.transaction() as tx:
        (claim,) = await tx.claims()
        await tx._db.execute("UPDATE claim SET status = 'dibayar', updated_at = ? WHERE reference = ?",
                             ("2025-01-01T00:00:00.000000Z", claim.reference))
    kept = await purge_documents(chat.repo, dt.timedelta(days=3650), chat.clock(), "retention",
                                 chat.media_store.delete)
    purged = await purge_documents(chat.repo, dt.timedelta(days=365), chat.clock(), "retention",
                                   chat.media_store.delete)
    assert (kept, purged) == (0, 1)
    assert [p for p in (tmp_path / "media").rglob("*") if p.is_file()] == []
    async with chat.repo.transaction() as tx:
        (claim,) = await tx.claims()
    assert claim.documents == () and claim.status == "dibayar"  # the claim itself stays for the record


def test_backup_is_a_consistent_copy_that_opens(env: dict[str, str], tmp_path: Path) -> None:
    assert kawan(env, "demo-data", "--count", "25").returncode == 0
    made = kawan(env, "backup", str(tmp_path / "copy.db"))
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "copy.db").stat().st_mode & 0o777 == 0o600
    again = kawan(env, "backup", str(tmp_path / "copy.db"))
    assert again.returncode == 2 and "exists" in again.stderr
    restored = kawan({**env, "KAWAN_DATABASE_URL": f"sqlite:///{tmp_path / 'copy.db'}"}, "quota", "list")
    assert restored.returncode == 0, restored.stderr  # the copy opens with the same key: a restore works
    listed = kawan({**env, "KAWAN_DATABASE_URL": f"sqlite:///{tmp_path / 'copy.db'}"}, "claims", "list")
    assert listed.returncode == 0


def test_erase_from_the_command_line(env: dict[str, str]) -> None:
    assert kawan(env, "demo-data", "--count", "5").returncode == 0
    bad = kawan(env, "erase", "--nik", "12")
    assert bad.returncode == 2 and "NIK tidak valid" in bad.stderr
    done = kawan(env, "erase", "--nik", ACTIVE.nik)
    assert done.returncode == 0 and done.stdout.startswith("Dihapus: ")


def test_a_killed_import_leaves_no_worker_running(tmp_path: Path) -> None:
    """The roster import's worker processes end themselves when the import is killed (SIGKILL included)."""
    script = tmp_path / "parent.py"
    script.write_text(
        "import concurrent.futures, multiprocessing, os, signal, sys\n"
        "from services import roster_rows\n"
        "from storage.crypto import Protector\n"
        "def pid():\n    return os.getpid()\n"
        "if __name__ == '__main__':\n"
        "    pool = concurrent.futures.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('spawn'),\n"
        "        initializer=roster_rows.start_worker, initargs=(Protector('x' * 43), os.getpid()))\n"
        "    print(' '.join(str(p) for p in {pool.submit(pid).result() for _ in range(8)}), flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False,
                            cwd=Path(__file__).resolve().parent.parent)
    workers = [int(p) for p in result.stdout.split()]
    assert workers, result.stderr
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in workers):
        time.sleep(0.2)
    assert not any(Path(f"/proc/{p}").exists() for p in workers)
