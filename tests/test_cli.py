"""`kawan` as an operator and a terminal user meet it: real processes, real files, exit codes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.demo import synthetic_rows, write_roster_csv
from tests.chat import SECRET
from tests.factories import ACTIVE


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "KAWAN_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "KAWAN_SECRET_KEY": SECRET,
            "KAWAN_LOG_LEVEL": "WARNING"}


def kawan(env: dict[str, str], *args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], check=False, input=stdin, capture_output=True, text=True,
                          env=env, timeout=60, cwd=cwd)


def test_chat_from_a_pipe_prints_the_conversation_and_exits_0(env: dict[str, str]) -> None:
    result = kawan(env, "chat", stdin="menu\n1\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("> menu\nHalo, saya Kawan Kerja")
    assert "  1. Cek kepesertaan\n" in result.stdout
    assert result.stdout.rstrip().endswith("Ketik NIK Anda (16 angka di KTP atau KK).")


def test_same_user_continues_in_a_second_run_and_lang_sets_english(env: dict[str, str]) -> None:
    kawan(env, "chat", "--user", "driver-7", "--lang", "en", stdin="1\n")
    second = kawan(env, "chat", "--user", "driver-7", "--lang", "en", stdin="abc\n")
    assert "What I need here is a NIK: 16 digits, written on the KTP" in second.stdout
    other = kawan(env, "chat", "--user", "someone-else", stdin="abc\n")
    assert "\n  1. Cek kepesertaan\n" in other.stdout  # a new user starts at the menu, in Indonesian


def test_import_roster_reports_bad_lines_and_is_idempotent(env: dict[str, str], tmp_path: Path) -> None:
    csv_path = tmp_path / "roster.csv"
    write_roster_csv(csv_path, list(synthetic_rows(5, seed=1)))
    with csv_path.open("a", encoding="utf-8") as handle:
        handle.write("123,12345678901,X,1990-01-01,aktif,JKK;JKM,Pemkot,2025-01-01,2025-12-31,,,,,,,,,,\n")
        handle.write(f"{ACTIVE.nik},123,Budi,1990-05-22,aktif,JKK,Pemkot,2025-01-01,2025-12-31,,,,,,,,,,\n")
        handle.write(f"{ACTIVE.nik},12345678901,Budi,1990-05-22,pensiun,JKK,Pemkot,2025-01-01,2025-12-31,,,,,,,,,,\n")
    first = kawan(env, "import-roster", str(csv_path))
    assert first.returncode == 0, first.stderr
    assert "Baru: 5, diperbarui: 0, tidak berubah: 0, ditolak: 3" in first.stdout
    assert "baris 7: NIK tidak valid: harus 16 angka" in first.stdout
    assert "baris 8: KPJ harus 11 angka" in first.stdout
    assert "baris 9: status harus aktif atau nonaktif" in first.stdout
    again = kawan(env, "import-roster", str(csv_path))
    assert "Baru: 0, diperbarui: 0, tidak berubah: 5, ditolak: 3" in again.stdout
    text = csv_path.read_text(encoding="utf-8").replace(",aktif,", ",nonaktif,", 1)
    csv_path.write_text(text, encoding="utf-8")
    changed = kawan(env, "import-roster", str(csv_path))
    assert "Baru: 0, diperbarui: 1, tidak berubah: 4, ditolak: 3" in changed.stdout


def test_import_roster_refuses_a_file_without_required_columns(env: dict[str, str], tmp_path: Path) -> None:
    csv_path = tmp_path / "wrong.csv"
    csv_path.write_text("nik,name\n1,2\n", encoding="utf-8")
    result = kawan(env, "import-roster", str(csv_path))
    assert result.returncode == 2
    assert "kolom wajib tidak ada: kpj, full_name, birth_date" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [None, b"\xff\xfe\x00binary"])
def test_import_roster_refuses_missing_or_unreadable_files(env: dict[str, str], tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "roster.csv"
    if content is not None:
        path.write_bytes(content)
    result = kawan(env, "import-roster", str(path))
    assert result.returncode == 2 and "Error:" in result.stderr and "Traceback" not in result.stderr


def test_demo_data_fills_once(env: dict[str, str]) -> None:
    first = kawan(env, "demo-data", "--count", "50")
    assert first.returncode == 0 and "50 peserta baru" in first.stdout
    # Kota Jambi's (NIK 1571…), the demo city admin's: a claim made with it in the terminal is on the desk
    assert re.search(r"aktif: NIK 1571\d{12}, KPJ", first.stdout), first.stdout
    second = kawan(env, "demo-data", "--if-empty")
    assert "sudah berisi 50 peserta" in second.stdout


def test_migrate_and_help(env: dict[str, str]) -> None:
    assert "0001" in kawan(env, "migrate").stdout
    help_text = kawan(env, "--help").stdout
    for command in ("chat", "run", "migrate", "import-roster", "demo-data"):
        assert command in help_text


def test_a_missing_secret_is_a_clear_error(env: dict[str, str], tmp_path: Path) -> None:
    env = {**env, "KAWAN_SECRET_KEY": ""}
    result = kawan(env, "chat", stdin="menu\n", cwd=tmp_path)
    assert result.returncode == 2
    assert "KAWAN_SECRET_KEY is not set" in result.stderr


def test_kirim_sends_a_file_from_disk_as_a_phone_would(env: dict[str, str], tmp_path: Path) -> None:
    """`/kirim PATH` walks a claim to its documents in the terminal: the type is read from the bytes, the file
    is stored encrypted, a text file is refused with the usual reply and a missing path is the terminal's error."""
    pdf = tmp_path / "kartu.pdf"
    pdf.write_bytes(b"%PDF-1.4\nsynthetic card\n")
    (tmp_path / "catatan.txt").write_text("bukan dokumen\n", encoding="utf-8")
    card = tmp_path / "ktp.pdf"
    card.write_bytes(b"%PDF-1.4\nsynthetic id card\n")
    media_dir = tmp_path / "media"
    script = ["4", "saya", "1571022205900001", "kemarin siang", "Jl. Sudirman, Kota Jambi",
              "Jatuh dari motor waktu antar penumpang", "iya", "Kaki kiri patah", "2", "1",
              f"/kirim {pdf}", "1", f"/kirim {tmp_path / 'catatan.txt'}", f"/kirim {tmp_path / 'hilang.pdf'}",
              f"/kirim {card} | ini ktp saya", "nanti"]
    result = kawan({**env, "KAWAN_MEDIA_DIR": str(media_dir)}, "chat", stdin="\n".join(script) + "\n")
    assert result.returncode == 0, result.stderr
    after_pdf = result.stdout.split(f"> /kirim {pdf}\n", 1)[1]
    assert after_pdf.startswith("Berkas diterima. Ini dokumen apa?\n  1. Kartu peserta (KPJ)\n")
    assert "> 1\nDiterima: Kartu peserta (KPJ).\n" in after_pdf
    assert "catatan.txt\nBerkas jenis ini tidak bisa diterima. Kirim foto (JPG atau PNG) atau PDF.\n" in after_pdf
    assert f"Berkas tidak bisa dibaca: {tmp_path / 'hilang.pdf'}" in result.stdout + result.stderr
    assert f"> /kirim {card} | ini ktp saya\nDiterima: e-KTP pekerja.\n" in after_pdf  # the caption names it
    assert re.search(r"Klaim JKK-\d{4}-000001 disimpan sebagai draf\.", after_pdf)
    stored = [path for path in media_dir.rglob("*") if path.is_file()]
    assert len(stored) == 2 and not any(b"synthetic" in path.read_bytes() for path in stored)


def test_broadcast_create_show_cancel_and_the_refusals(env: dict[str, str], tmp_path: Path) -> None:
    assert kawan(env, "demo-data", "--count", "60").returncode == 0
    text = tmp_path / "pesan.txt"
    text.write_text("Pemeriksaan kesehatan gratis hari Sabtu di kantor kelurahan.\n", encoding="utf-8")
    created = kawan(env, "broadcast", "create", "--city", "Kota Jambi", "--text", str(text), "--at",
                    "2030-01-02 09:00")
    assert created.returncode == 0, created.stderr
    lines = created.stdout.splitlines()
    assert lines[0] == "Pratinjau pesan:" and "Pemeriksaan kesehatan gratis" in lines[1] and "BERHENTI" in lines[2]
    count = int(re.search(r"untuk (\d+) peserta", created.stdout).group(1))  # type: ignore[union-attr]
    assert count > 0 and lines[-1].isdigit()
    broadcast_id = lines[-1]
    shown = kawan(env, "broadcast", "show", broadcast_id)
    assert "scheduled" in shown.stdout and "2030-01-02T02:00" in shown.stdout  # 09:00 WIB
    assert f"Peserta dengan nomor HP: {count}" in shown.stdout
    assert "cancelled" in kawan(env, "broadcast", "cancel", broadcast_id).stdout
    assert "cancelled" in kawan(env, "broadcast", "list").stdout
    for args, message in ((("--kecamatan", "Atlantis"), "tidak dikenal"), (("--kelurahan", "Atlantis"), "tidak dikenal"),
                          ((), "pilih wilayah"), (("--city", "Kota Jambi", "--at", "besok"), "2026-12-24 09:00")):
        refused = kawan(env, "broadcast", "create", *args, "--text", str(text))
        assert refused.returncode == 2 and message in refused.stderr and "Traceback" not in refused.stderr, args
    missing = kawan(env, "broadcast", "create", "--city", "Kota Jambi", "--text", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "tidak bisa dibaca" in missing.stderr
    assert kawan(env, "broadcast", "show", "999").returncode == 2
    ran = kawan(env, "outreach", "run")
    assert ran.returncode == 0 and ran.stdout.startswith("Direncanakan:")
