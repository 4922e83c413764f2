"""UU PDP 27/2022: no NIK, name or phone in a log or in the database file in clear."""

from __future__ import annotations

import logging
from pathlib import Path

import asyncpg
import pytest

from bot.logs import RedactingFormatter, Redactor
from tests.chat import ChatSimulator
from tests.factories import ACTIVE, LAPSED


async def test_a_status_check_logs_no_personal_data(chat: ChatSimulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await chat.send("1")
    await chat.send(ACTIVE.nik)
    await chat.send(ACTIVE.kpj)
    await chat.send("1")
    await chat.send(LAPSED.nik)
    await chat.send("12345678999")
    assert any("B*** S******" in reply.text for reply in chat.transcript)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for secret in (ACTIVE.nik, LAPSED.nik, ACTIVE.full_name, "Santoso", ACTIVE.phone, ACTIVE.kpj):
        assert secret not in logged


async def stored_bytes(db_url: str, tmp_path: Path) -> bytes:
    """Everything the database holds: the SQLite files, or every row of every PostgreSQL table as text."""
    if db_url.startswith("sqlite:"):
        return b"".join(p.read_bytes() for p in tmp_path.glob("kawan.db*"))
    connection = await asyncpg.connect(db_url)
    try:
        tables = await connection.fetch("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        rows = [str(row[0]) for t in tables
                for row in await connection.fetch(f'SELECT t::text FROM "{t[0]}" AS t')]
    finally:
        await connection.close()
    assert rows, "the database holds nothing: the test would prove nothing"
    return "\n".join(rows).encode()


async def test_the_database_file_holds_no_clear_personal_data(chat: ChatSimulator, tmp_path: Path) -> None:
    await chat.send("1")
    await chat.send(ACTIVE.nik)  # the draft now holds this NIK
    await chat.close()
    raw = await stored_bytes(chat.db_url, tmp_path)
    for secret in (ACTIVE.nik, LAPSED.nik, ACTIVE.full_name, LAPSED.full_name, ACTIVE.phone, ACTIVE.kpj,
                   "Jl. Contoh"):
        assert secret.encode() not in raw


def test_the_log_formatter_redacts_what_slips_through() -> None:
    redactor = Redactor(["a-webhook-secret-value"])
    assert redactor(f"user typed {ACTIVE.nik} and 0812-3456-7890") == "user typed [NIK] and [PHONE]"
    assert redactor(f"KPJ {ACTIVE.kpj}, wa 6281234500001") == "KPJ [KPJ], wa [PHONE]"
    assert redactor("GET https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe") == \
        "GET https://api.telegram.org/bot[TOKEN]/getMe"
    assert redactor("header secret_token=a-webhook-secret-value") == "header secret_token=[SECRET]"
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "nik=%s", (ACTIVE.nik,), None)
    assert RedactingFormatter(redactor).format(record).endswith("x: nik=[NIK]")
