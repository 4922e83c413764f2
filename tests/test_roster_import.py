"""The roster import, in this process and with worker processes: same rows stored, same lines reported."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from bot.demo import synthetic_rows, write_roster_csv
from services import roster
from services.roster import import_roster
from storage.crypto import Protector
from storage.sqlite import SqliteRepository
from tests.chat import SECRET
from tests.factories import ACTIVE

WIDTH = 19  # the columns write_roster_csv writes


def full(*values: str) -> list[str]:
    return [*values, *([""] * (WIDTH - len(values)))]


def roster_file(path: Path) -> Path:
    write_roster_csv(path, list(synthetic_rows(12, seed=5)))
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(full(ACTIVE.nik, "12345678901", "Budi  Santoso", "1990-05-22", "aktif", "JKK;JKM", "Pemkot",
                             "2025-01-01", "2025-12-31", "L", "0812-3456-7890", "ojek online", "Jl. Baru, Gang 3"))
        # A newline inside a field: both lines are reported, none swallows the rows after it.
        writer.writerow(full(ACTIVE.nik[:-1] + "3", "12345678903", "Ani", "1990-05-22", "aktif", "JKK", "Pemkot",
                             "2025-01-01", "2025-12-31", "P", "", "", "Jl. Lama,\nGang 4"))
        writer.writerow(full("123", "12345678901", "X", "1990-01-01", "aktif", "JKK", "Pemkot", "2025-01-01",
                             "2025-12-31"))
        writer.writerow(full(ACTIVE.nik, "12345678901", "Budi", "1990-05-22", "aktif", "JKK", "Pemkot", "2025-01-01",
                             "2025-12-31"))
        handle.write("\n")
        writer.writerow(full(ACTIVE.nik[:-1] + "2", "12345678901", "Budi", "1990-05-22", "aktif", "JKK", "Pemkot",
                             "2025-01-01", "2025-12-31", "X"))
        writer.writerow([ACTIVE.nik[:-1] + "4", "12345678904", "Budi", "1990-05-22", "aktif", "JKK", "Pemkot",
                         "2025-01-01", "2025-12-31"])
    return path


BAD = [
    (15, 'tanda kutip (") tidak berpasangan; baris ini tidak dibaca'),
    (16, "7 kolom, seharusnya 19 seperti judul kolom"),
    (17, "NIK tidak valid: harus 16 angka"),
    (18, "NIK sama dengan baris 14"),
    (20, "gender harus L atau P"),
    (21, "9 kolom, seharusnya 19 seperti judul kolom"),
]


@pytest.mark.parametrize("workers", [0, 2])
async def test_import_in_chunks_reports_lines_and_stores_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(roster, "BATCH", 5)  # several write batches
    monkeypatch.setattr(roster, "PARSE_LINES", 3)  # parsed in chunks that do not line up with them
    path = roster_file(tmp_path / "roster.csv")
    repo = await SqliteRepository.open(f"sqlite:///{tmp_path / 'r.db'}", Protector(SECRET))
    try:
        seen: list[int] = []
        report = await import_roster(repo, path, seen.append, workers=workers)
        assert (report.inserted, report.updated, report.unchanged) == (13, 0, 0)
        assert sorted((bad.line, bad.reason) for bad in report.bad) == BAD
        assert sum(seen) == path.stat().st_size
        async with repo.transaction() as tx:
            stored = await tx.find_participant(ACTIVE.nik)
            assert await tx.count_participants() == 13
        assert stored is not None and stored.full_name == "Budi Santoso" and stored.programs == ("JKK", "JKM")
        again = await import_roster(repo, path, workers=workers)
        assert (again.inserted, again.updated, again.unchanged, len(again.bad)) == (0, 0, 13, 6)
    finally:
        await repo.close()


def test_worker_processes_import_neither_the_main_module_nor_the_bot(tmp_path: Path) -> None:
    """A spawned worker would import the parent's main module first (for `kawan`, the whole bot: over a
    second of CPU per worker); it imports only what parsing needs."""
    roster_path = roster_file(tmp_path / "roster.csv")
    script = tmp_path / "parent.py"
    script.write_text(
        "import asyncio, os, sys\n"
        "from pathlib import Path\n"
        "Path(sys.argv[1], f'main-imported-by-{os.getpid()}').touch()\n"
        "import bot.serve  # a heavy main module, as `kawan`'s is\n"
        "if __name__ == '__main__':\n"
        "    from services import roster\n"
        "    from storage.crypto import Protector\n"
        "    from storage.sqlite import SqliteRepository\n"
        "    async def main():\n"
        "        repo = await SqliteRepository.open('sqlite:///' + sys.argv[2], Protector('x' * 43))\n"
        "        report = await roster.import_roster(repo, Path(sys.argv[3]), workers=2)\n"
        "        await repo.close()\n"
        "        print(report.inserted)\n"
        "    asyncio.run(main())\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(tmp_path), str(tmp_path / "r.db"), str(roster_path)],
                            capture_output=True, text=True, timeout=120, check=False,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["13"]
    assert len(list(tmp_path.glob("main-imported-by-*"))) == 1  # the parent only


def test_the_worker_module_imports_no_models() -> None:
    probe = ("import sys, services.roster_rows; "
             "print(sorted({n.split('.')[0] for n in sys.modules} & {'pydantic', 'asyncio', 'bot', 'starlette'}))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    assert loaded.stdout.strip() == "[]"
