"""The city's commands as an operator runs them: officers CSV, one-time codes, quotas, budget, the export of
selected nominations and the roster import that closes them."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.test_cli import env, kawan  # noqa: F401 - the fixture and the runner

OFFICERS_CSV = """role,full_name,phone,city,kecamatan,kelurahan,rw,rt
rt_head,Hasan Basri,0811-0000-0001,kota jambi,paal merah,talang bakung,1,3
kelurahan_officer,Rina Marlina,+62 811 0000 0003,Kota Jambi,Paal Merah,Talang Bakung,,
kecamatan_officer,Wati Susanti,6281100000005,Kota Jambi,Paal Merah,ignored,9,9
city_admin,Sri Wahyuni,081100000007,Kota Jambi,,,,
lurah,Someone,081100000008,Kota Jambi,,,,
rt_head,Budi,081100000009,Kota Jambi,Paal Merah,Talang Bakung,,
kelurahan_officer,Ani Lestari,12345,Kota Jambi,Paal Merah,Talang Bakung,,
rt_head,Dua Kali,0811-0000-0001,Kota Jambi,Paal Merah,Talang Bakung,1,4
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_officers_reports_bad_lines_and_is_idempotent(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    path = write(tmp_path / "officers.csv", OFFICERS_CSV)
    first = kawan(env, "import-officers", str(path))
    assert first.returncode == 0, first.stderr
    assert "Baru: 4, diperbarui: 0, tidak berubah: 0, ditolak: 4" in first.stdout
    assert "baris 6: kolom role: harus salah satu dari rt_head, kelurahan_officer" in first.stdout
    assert "baris 7: kolom rw: wajib diisi untuk peran rt_head" in first.stdout
    assert "baris 8: kolom phone: bukan nomor HP Indonesia" in first.stdout
    assert "baris 9: nomor HP sama dengan baris 2" in first.stdout
    again = kawan(env, "import-officers", str(path))
    assert "Baru: 0, diperbarui: 0, tidak berubah: 4, ditolak: 4" in again.stdout
    write(path, OFFICERS_CSV.replace("Rina Marlina", "Rina Marlina Sari"))
    assert "Baru: 0, diperbarui: 1, tidak berubah: 3" in kawan(env, "import-officers", str(path)).stdout
    missing = kawan(env, "import-officers", str(tmp_path / "nope.csv"))
    assert missing.returncode != 0 and "berkas tidak ditemukan" in missing.stderr
    broken = kawan(env, "import-officers", str(write(tmp_path / "x.csv", "role,name\nrt_head,X\n")))
    assert broken.returncode != 0 and "kolom tidak ada: full_name, phone" in broken.stderr


def test_officer_code_is_the_last_line_and_binds_in_the_terminal(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    kawan(env, "import-officers", str(write(tmp_path / "officers.csv", OFFICERS_CSV)))
    unknown = kawan(env, "officer-code", "0899-1111-2222")
    assert unknown.returncode != 0 and "tidak ada petugas dengan nomor itu" in unknown.stderr
    issued = kawan(env, "officer-code", "0811-0000-0003")
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.strip().splitlines()[-1]
    assert len(code) == 8 and code.isalnum()
    chat = kawan(env, "chat", "--user", "officer-1", stdin=f"/daftar {code}\n1\n")
    assert "Akun ini sekarang terhubung sebagai petugas." in chat.stdout
    assert "Menu petugas: Petugas kelurahan, Kel. Talang Bakung, Kec. Paal Merah, Kota Jambi." in chat.stdout
    assert "Tidak ada usulan yang menunggu verifikasi di wilayah Anda." in chat.stdout
    again = kawan(env, "chat", "--user", "officer-2", stdin=f"9\n{code}\n")
    assert "sudah pernah dipakai" in again.stdout
    audit = kawan(env, "audit")
    assert "officer.code" in audit.stdout and "officer.bound" in audit.stdout
    assert "0811" not in audit.stdout and "Rina" not in audit.stdout


def test_quota_budget_and_export(env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    demo = kawan(env, "demo-data", "--count", "5")  # officers of Kota Jambi, and the desk's demo proposals
    assert demo.returncode == 0 and "36 usulan dan 2 klaim" in demo.stdout  # 2 of 5 workers are in Kota Jambi
    assert kawan(env, "quota", "set", "--kecamatan", "paal  merah", "25").stdout.strip() == "Kuota Kec. Paal Merah: 25"
    assert "Kota Jambi, Kec. Paal Merah: kuota 25, terpakai 9" in kawan(env, "quota", "list").stdout
    assert kawan(env, "quota", "set", "--kecamatan", "X", "-1").returncode != 0
    unknown = kawan(env, "quota", "set", "--kecamatan", "Atlantis", "5")
    assert unknown.returncode != 0 and "Kec. Atlantis tidak dikenal di Kota Jambi" in unknown.stderr
    assert "Atlantis" not in kawan(env, "quota", "list").stdout
    elsewhere = kawan(env, "quota", "set", "--city", "Kota Bontang", "--kecamatan", "Paal Merah", "5")
    assert elsewhere.returncode != 0 and "kota tidak dikenal" in elsewhere.stderr
    budget = kawan(env, "budget", "set", "604,8 juta")
    assert budget.stdout.strip() == "Alokasi anggaran Kota Jambi: Rp604.800.000 per tahun"
    bad = kawan(env, "budget", "set", "banyak")
    assert bad.returncode != 0 and "jumlah tidak dikenali" in bad.stderr
    out = tmp_path / "selected.csv"
    export = kawan(env, "export-nominations", str(out), "--status", "selected")
    assert export.returncode == 0 and "9 usulan ditulis" in export.stdout
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["reference", "nomination_status", "nik", "kpj"] and len(rows) == 10
    assert {row[1] for row in rows[1:]} == {"selected"}
    filled = tmp_path / "bpjs-answer.csv"  # what BPJS sends back: the same file, KPJ and dates filled in
    with out.open(encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    with filled.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(records[0]))
        writer.writeheader()
        for n, record in enumerate(records):
            writer.writerow({**record, "kpj": f"{88800000000 + n}", "coverage_start": "2026-12-01",
                             "coverage_end": "2027-11-30"})
    imported = kawan(env, "import-roster", str(filled))
    assert imported.returncode == 0, imported.stderr
    assert "Baru: 9, diperbarui: 0, tidak berubah: 0, ditolak: 0" in imported.stdout
    assert "9 usulan kini terdaftar: 9 Ketua RT diberi kabar, 0 pekerja diberi kabar lewat chat." in imported.stdout
    assert "9 pekerja belum bisa dihubungi lewat chat" in imported.stdout
    wrong = kawan(env, "export-nominations", str(out), "--status", "terpilih")
    assert wrong.returncode != 0
    help_text = kawan(env, "officer-code", "--help")
    assert help_text.returncode == 0 and "/daftar" in help_text.stdout


def test_every_new_command_has_help(env: dict[str, str]) -> None:  # noqa: F811
    for command in ("import-officers", "officer-code", "quota", "budget", "export-nominations"):
        result = kawan(env, command, "--help")
        assert result.returncode == 0 and result.stdout.startswith(f"usage: kawan {command}"), command
