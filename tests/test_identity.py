"""A NIK proves nothing (its birth date is written inside it): record data is shown only after a proof the
NIK does not contain, failures are counted per NIK and per account in the store, and the claim flows never
reveal what the roster says."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from bot.app import build_engine
from conversations.domain.nominations import Area
from conversations.flows.status import participant_text
from conversations.i18n import use_locale
from conversations.model import ParticipantView, Reply
from storage.participants import ParticipantRow
from tests.channels import settings_for
from tests.chat import CATALOGS, ChatSimulator
from tests.factories import ACTIVE, LAPSED, UNKNOWN_NIK, fake_nik

RECORD = ("B*** S******", "Status:", "Pemerintah Kota Jambi", ACTIVE.kpj)
NOT_MATCHED = "Bukti itu tidak cocok dengan data NIK tersebut"


def shows_record(replies: list[Reply]) -> bool:
    text = "\n".join(r.text for r in replies)
    return any(part in text for part in RECORD)


async def start_check(chat: ChatSimulator, nik: str) -> list[Reply]:
    await chat.send("menu")
    await chat.send("1")
    return await chat.send(nik)


async def open_record(chat: ChatSimulator, row: ParticipantRow) -> list[Reply]:
    """The status check through to the record, proven with the KPJ: what the record said."""
    await start_check(chat, row.nik)
    await chat.send("1")
    return await chat.send(row.kpj)


async def test_a_nik_and_its_birth_date_open_nothing(chat: ChatSimulator) -> None:
    replies = await start_check(chat, ACTIVE.nik)
    assert not shows_record(replies)
    assert "Buktikan bahwa ini data Anda" in replies[-1].text
    assert "22-05-1990" not in replies[-1].text
    replies = await chat.send("22-05-1990")  # the birth date written in the NIK is not a proof
    assert not shows_record(replies)


async def test_the_kpj_is_a_proof_and_the_record_shows_it_in_full(chat: ChatSimulator) -> None:
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    replies = await chat.send(ACTIVE.kpj)
    text = replies[0].text
    assert "Nomor KPJ: 12345678901 (simpan nomor ini)" in text
    assert "Status: aktif. Anda terlindungi JKK (kecelakaan kerja), JKM (kematian) sampai 31 Desember 2026." in text
    assert ACTIVE.full_name not in text and ACTIVE.nik not in text


async def test_until_when_the_city_pays_asked_under_ones_record_is_answered(chat: ChatSimulator) -> None:
    """"sampai kapan dibayar pemkot?" under one's record was told the claims' payout rules (3 working days, 30 days)."""
    await start_check(chat, ACTIVE.nik)
    await chat.send(ACTIVE.kpj)
    said = (await chat.send("sampai kapan dibayar pemkot?"))[0].text
    assert said.startswith("Iurannya dibayar pemerintah kota selama programnya membiayai Anda"), said
    assert "3 hari kerja" not in said, said


async def test_a_name_not_recognised_under_ones_record_is_told_it_is_masked(chat: ChatSimulator) -> None:
    """"itu bukan nama sy" under one's record showed the record again."""
    await start_check(chat, ACTIVE.nik)
    await chat.send(ACTIVE.kpj)
    said = (await chat.send("itu bukan nama sy"))[0].text
    assert said.startswith("Jika memang bukan data Anda, periksa NIK yang diketik") and "S*** A*****" in said, said
    assert "Nomor KPJ" not in said and "Cek kepesertaan" in chat.labels()


async def test_with_no_proof_at_all_a_person_is_offered(chat: ChatSimulator) -> None:
    """No card and no registered phone: "gimana dong" was "not understood", and the page offered only how to enrol."""
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Tidak punya")
    assert chat.labels() == ["Tanya petugas", "Cara mendaftar", "Menu utama"]
    said = (await chat.send("gimana dong"))[0].text
    assert said.startswith("Petugas bisa membantu mencari data Anda: pilih \"Tanya petugas\"."), said
    assert "Tanpa bukti" not in said and chat.labels()[0] == "Tanya petugas", said  # the page just above: its choices
    opened = (await chat.tap("Tanya petugas"))[0].text  # its topic known: not asked "Tentang apa?"
    assert opened.startswith("Tiket TKT-2026-000001 dibuat: pesan Anda di sini diteruskan ke petugas."), opened
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        ticket = await tx.ticket("TKT-2026-000001")
    assert ticket is not None and ticket.topic == "status"


async def test_no_card_typed_offers_the_code_and_a_typed_phone_there_is_answered(chat: ChatSimulator) -> None:
    """"ga punya kartu" was taken as "Tidak punya" (no proof at all): the code to the registered phone was never
    offered. A phone typed where no proof is left was "not understood"."""
    await start_check(chat, ACTIVE.nik)
    said = (await chat.send("ga punya kartu"))[0].text
    assert said.startswith("Tanpa nomor KPJ, pilih \"Kode ke HP terdaftar\""), said
    assert chat.labels() == ["Ketik nomor KPJ", "Kode ke HP terdaftar", "Tidak punya"]
    await chat.send("tidak punya")
    said = (await chat.send("081234567890"))[0].text
    assert said.startswith("Nomor HP yang diketik tidak bisa jadi bukti"), said
    assert "pilih \"Tanya petugas\"" in said and chat.labels()[0] == "Tanya petugas"


@pytest.mark.parametrize("first", [f"nik ku {ACTIVE.nik}, kpj nya ga tau", f"cek bpjs sy nik {ACTIVE.nik} tp kpj lupa",
                                   f"{ACTIVE.nik} kartu bpjs sy hilang"])
async def test_the_kpj_said_not_at_hand_with_the_nik_is_heard(chat: ChatSimulator, first: str) -> None:
    """"nik ku 1571…, kpj nya ga tau" as a first message got the main menu alone ("kpj nya lupa": the JMO app's password
    answer); "cek bpjs … tp kpj lupa" was asked the proof with "Ketik nomor KPJ" first, as if unheard."""
    replies = await chat.send(first)
    assert replies[0].text.startswith("Tanpa nomor KPJ, pilih \"Kode ke HP terdaftar\""), replies[0].text
    assert chat.labels() == ["Ketik nomor KPJ", "Kode ke HP terdaftar", "Tidak punya"]
    plain = await start_check(chat, ACTIVE.nik)
    assert not plain[0].text.startswith("Tanpa nomor KPJ"), plain[0].text  # not said to one who said nothing of it


@pytest.mark.parametrize("first", ["sy lupa no kpj sy", "kpj sy berapa ya"])
async def test_the_kpj_said_not_at_hand_before_the_nik_is_kept_for_the_proof(chat: ChatSimulator, first: str) -> None:
    """"sy lupa no kpj sy" got the NIK question alone, and after the NIK "Ketik nomor KPJ" was offered first, as if
    unheard ("nomor kpj sy dmn liatnya", where it is written, has its answer: what a KPJ is and where)."""
    said = "\n\n".join(reply.text for reply in await chat.send(first))
    assert said.endswith("Nomor KPJ ada di kartu peserta dan aplikasi JMO. Tanpa itu pun data bisa dibuka: setelah "
                         "NIK, saya tawarkan cara lain.\n\nKetik NIK Anda (16 angka di KTP atau KK)."), said
    replies = await chat.send(ACTIVE.nik)
    assert replies[0].text.startswith("Tanpa nomor KPJ, pilih \"Kode ke HP terdaftar\""), replies[0].text
    assert chat.labels() == ["Ketik nomor KPJ", "Kode ke HP terdaftar", "Tidak punya"]


async def test_no_kpj_said_in_english_is_kept_for_the_proof(chat: ChatSimulator) -> None:
    said = "\n\n".join(reply.text for reply in await chat.send("i don't have a kpj number"))
    assert said.startswith("The KPJ number is on the participant card and in the JMO app."), said
    replies = await chat.send(ACTIVE.nik)
    assert replies[0].text.startswith("Without the KPJ number, choose"), replies[0].text


@pytest.mark.parametrize(("first", "given"), [(f"nik sy {ACTIVE.nik[:-1]} tolong cek", 15),
                                              (f"cek bpjs nik {ACTIVE.nik}7", 17)])
async def test_a_nik_a_digit_off_in_words_is_told_what_is_wrong(chat: ChatSimulator, first: str, given: int) -> None:
    """Tried as a user: a NIK of 15 digits sent with words was asked for again, as if it had not been sent."""
    replies = await chat.send(first)
    assert replies[0].text.startswith(f"NIK harus 16 angka; yang Anda kirim {given} angka."), replies[0].text
    assert chat.last.text.endswith("\n\nKetik NIK Anda (16 angka di KTP atau KK)."), chat.last.text


@pytest.mark.parametrize("asked", ["kok terbayar cuma sampai oktober", "kenapa iurannya baru dibayar sampai oktober"])
async def test_why_the_record_is_paid_only_until_a_past_month_is_answered(chat: ChatSimulator, asked: str) -> None:
    """Tried as a user: under one's record ("terbayar sampai 31 Oktober 2026" in late November), "kok terbayar cuma
    sampai oktober" got the rates page."""
    await chat.send(f"cek bpjs nik {ACTIVE.nik} kpj {ACTIVE.kpj}")
    replies = await chat.send(asked)
    assert replies[0].text.startswith("\"Terbayar sampai\" adalah bulan terakhir yang iurannya sudah dibayar"), \
        replies[0].text


async def test_the_card_asked_where_under_ones_record_is_answered(chat: ChatSimulator) -> None:
    """"kartu nya mana" under one's record got the JKM page (then, with the status check's reading, "the same as
    above" without a word of the card)."""
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    await chat.send(ACTIVE.kpj)
    said = (await chat.send("kartu nya mana"))[0].text
    assert said.startswith("Kartu peserta BPJS Ketenagakerjaan berbentuk digital: ada di aplikasi JMO"), said


async def test_a_nik_sent_alone_at_the_menu_or_on_a_result_starts_its_check(chat: ChatSimulator) -> None:
    replies = await chat.send(ACTIVE.nik)  # the very first message, as most people start
    assert "Buktikan bahwa ini data Anda" in replies[-1].text and not shows_record(replies)
    await chat.tap("Ketik nomor KPJ")
    assert shows_record(await chat.send(ACTIVE.kpj))
    spaced = " ".join(LAPSED.nik[i:i + 4] for i in range(0, 16, 4))
    replies = await chat.send(spaced)  # on the result page: another NIK, checked afresh and proved afresh
    assert "Buktikan bahwa ini data Anda" in replies[-1].text and not shows_record(replies)
    await chat.send("menu")
    replies = await chat.send(ACTIVE.nik)  # at the menu, later in the same session: proved already
    assert shows_record(replies)


async def test_a_neighbours_nik_sent_to_be_checked_is_checked_as_someone_elses(chat: ChatSimulator) -> None:
    """"tolong cek nik tetangga saya 1571…" was asked to prove "that this is your data", and the record read as the
    user's own ("Anda terlindungi"): it is checked as "Cek NIK lain" checks one."""
    replies = await chat.send(f"tolong cek nik tetangga saya {ACTIVE.nik}")
    assert "Buktikan bahwa Anda berhak membuka data ini" in replies[-1].text and not shows_record(replies)
    await chat.tap("Ketik nomor KPJ")
    replies = await chat.send(ACTIVE.kpj)
    assert replies[0].text.startswith("Ini data kepesertaan yang Anda cek:"), replies[0].text
    assert "Status: aktif. Terlindungi JKK" in replies[0].text, replies[0].text
    await chat.send("menu")
    replies = await chat.send(f"ini nik bapak saya {LAPSED.nik}")  # nothing asked with it
    assert "Buktikan bahwa Anda berhak membuka data ini" in replies[-1].text, replies[-1].text


async def test_a_mistyped_nik_alone_is_told_what_is_wrong_and_asked_again(chat: ChatSimulator) -> None:
    await chat.send("menu")
    replies = await chat.send("1571017802901234")  # sixteen digits, but no NIK: the 38th day of a month
    assert [r.text for r in replies] == [("Angka ke-7 sampai ke-12 NIK harus berisi tanggal lahir yang benar. "
                                          "Periksa lagi NIK di KTP atau KK.\n\nKetik NIK Anda (16 angka di KTP atau KK).")]
    replies = await chat.send(ACTIVE.nik)  # the NIK question, answered
    assert "Buktikan bahwa ini data Anda" in replies[-1].text
    await chat.send("menu")
    for not_a_nik in ("08123456789", "62812345678", "1234"):  # phones, a short number: not a NIK typo
        assert "belum mengerti" in (await chat.send(not_a_nik))[0].text


async def test_a_kpj_number_alone_on_a_result_or_at_the_menu_is_told_a_nik_is_needed(chat: ChatSimulator) -> None:
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    assert shows_record(await chat.send(ACTIVE.kpj))
    replies = await chat.send(ACTIVE.kpj)  # the KPJ again, on the result page, to check once more
    assert [r.text for r in replies] == [("Itu 11 angka, seperti nomor KPJ. Yang saya perlukan di sini NIK: 16 angka "
                                          "di KTP atau KK.\n\nKetik NIK Anda (16 angka di KTP atau KK).")]
    replies = await chat.send(ACTIVE.nik)  # the NIK question, answered: proved already in this session
    assert shows_record(replies)
    await chat.send("menu")
    replies = await chat.send("5724 6561 833")  # spaced as on the card, at the menu
    assert replies[-1].text.startswith("Itu 11 angka, seperti nomor KPJ")
    assert replies[-1].text.endswith("Ketik NIK Anda (16 angka di KTP atau KK).")


async def test_a_nik_inside_a_form_is_not_taken_for_a_status_check(chat: ChatSimulator) -> None:
    await chat.send("menu")
    await chat.send("4")  # reporting a work accident: the questions are a form
    replies = await chat.send(ACTIVE.nik)
    assert "Buktikan bahwa ini data Anda" not in "\n".join(r.text for r in replies)


async def test_a_wrong_proof_and_an_unknown_nik_get_the_same_answer(chat: ChatSimulator) -> None:
    await start_check(chat, ACTIVE.nik)
    wrong = (await chat.send("12345678999"))[0].text
    await start_check(chat, UNKNOWN_NIK)
    unknown = (await chat.send("12345678999"))[0].text
    assert wrong == unknown and wrong.startswith(NOT_MATCHED)


async def test_five_failures_lock_the_nik_for_every_account_and_the_account_for_every_nik(
        chat: ChatSimulator) -> None:
    await start_check(chat, ACTIVE.nik)
    for attempt in range(4):
        assert (await chat.send(f"1234567899{attempt}"))[0].text.startswith(NOT_MATCHED)
    locked = (await chat.send("12345678990"))[0].text
    assert locked.startswith("Terlalu banyak percobaan")
    chat.switch("fresh-account")  # a new chat account does not reset the NIK's count
    replies = await start_check(chat, ACTIVE.nik)
    assert replies[0].text.startswith("Terlalu banyak percobaan") and not shows_record(replies)
    chat.switch("u1")  # and the locked account cannot try another NIK meanwhile
    replies = await start_check(chat, LAPSED.nik)
    assert replies[0].text.startswith("Terlalu banyak percobaan")
    await chat.advance(minutes=61)
    replies = await start_check(chat, ACTIVE.nik)
    assert "Buktikan" in replies[-1].text
    assert shows_record(await chat.send(ACTIVE.kpj))


@pytest.mark.parametrize("asked", ["kenapa dikunci", "kok diblokir", "dikunci berapa lama"])
async def test_why_a_check_was_locked_is_answered_after_the_lock(chat: ChatSimulator, asked: str) -> None:
    """Tried as a user: "kenapa dikunci" right after "Terlalu banyak percobaan…" was "not understood". Why, for how
    long at most, and what to try then."""
    await start_check(chat, ACTIVE.nik)
    for attempt in range(5):
        await chat.send(f"1234567899{attempt}")
    assert any("Terlalu banyak percobaan" in reply.text for reply in chat.transcript[-2:])
    replies = await chat.send(asked)
    assert replies[0].text.startswith("Setelah beberapa kali bukti tidak cocok, pemeriksaan NIK itu dikunci sementara "
                                      "(paling lama satu jam)"), replies[0].text


async def test_failures_before_a_restart_still_lock(chat: ChatSimulator) -> None:
    """The store keeps in memory when the newest failure was (a check with none since its window began skips
    the query); after a restart it reads that from the file first."""
    await start_check(chat, ACTIVE.nik)
    for attempt in range(4):
        assert (await chat.send(f"1234567899{attempt}"))[0].text.startswith(NOT_MATCHED)
    assert (await chat.send("12345678994"))[0].text.startswith("Terlalu banyak percobaan")
    await chat.restart()
    chat.switch("second-account")
    replies = await start_check(chat, ACTIVE.nik)
    assert replies[0].text.startswith("Terlalu banyak percobaan") and not shows_record(replies)
    await chat.advance(minutes=61)
    await start_check(chat, ACTIVE.nik)
    assert shows_record(await chat.send(ACTIVE.kpj))


async def test_a_one_time_code_goes_to_the_roster_phone(chat: ChatSimulator) -> None:
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    chat.runtime.senders["whatsapp"] = chat.sender
    await start_check(chat, ACTIVE.nik)
    asked = await chat.tap("Kode ke HP terdaftar")
    assert "kode 6 angka sudah dikirim lewat WhatsApp" in asked[-1].text
    (to_phone,) = [m.reply for m in chat.sender.sent if m.user == ACTIVE.phone]
    assert to_phone.template == "proof_code"
    code = re.search(r"\b(\d{6})\b", to_phone.text)
    assert code is not None and to_phone.params == (code.group(1),)
    assert (await chat.send("000000" if code.group(1) != "000000" else "111111"))[0].text.startswith(NOT_MATCHED)
    await chat.tap("Kode ke HP terdaftar")
    codes = [m.reply for m in chat.sender.sent if m.user == ACTIVE.phone]
    assert shows_record(await chat.send(codes[-1].params[0]))
    await start_check(chat, LAPSED.nik)  # a spent code is spent
    await chat.tap("Kode ke HP terdaftar")
    assert not shows_record(await chat.send(codes[-1].params[0]))


async def test_a_refused_code_or_a_number_gone_said_at_the_proof_question_is_answered(chat: ChatSimulator) -> None:
    """After a code that did not match, "kodenya salah terus" and "nomor itu udah ga sy pake" were told to pick a way,
    "hp nya hilang" what to do without the KPJ (its "hilang")."""
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    chat.runtime.senders["whatsapp"] = chat.sender
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Kode ke HP terdaftar")
    await chat.send("000000")
    said = (await chat.send("kodenya salah terus"))[0].text
    assert said.startswith('Jika kodenya ditolak, pilih "Kode ke HP terdaftar" untuk kode baru'), said
    for gone in ("nomor itu udah ga sy pake", "hp nya hilang"):
        said = (await chat.send(gone))[0].text
        assert said.startswith("Nomor HP yang terdaftar diubah di kantor cabang"), (gone, said)
    assert chat.labels() == ["Ketik nomor KPJ", "Kode ke HP terdaftar", "Tidak punya"]


async def test_the_code_asked_for_at_the_kpj_question_is_sent(chat: ChatSimulator) -> None:
    """"kode aja" after choosing the KPJ was told what a KPJ is, again and again: the code after all."""
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    chat.runtime.senders["whatsapp"] = chat.sender
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    assert "kode 6 angka sudah dikirim lewat WhatsApp" in (await chat.send("lewat kode hp aja"))[-1].text
    codes = [m.reply for m in chat.sender.sent if m.user == ACTIVE.phone]
    assert shows_record(await chat.send(codes[-1].params[0]))


async def test_a_code_that_does_not_come_can_be_sent_again_or_done_without(chat: ChatSimulator) -> None:
    """"kodenya belum masuk" where the code was awaited got the same question again, with no way on: a code that
    never comes (a phone off, a number changed) left the user stuck."""
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    chat.runtime.senders["whatsapp"] = chat.sender
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Kode ke HP terdaftar")
    waiting = await chat.send("kok sms nya ga masuk kodenya")
    assert waiting[0].text.startswith("Kodenya dikirim lewat WhatsApp, bukan SMS, ke nomor HP yang terdaftar"), waiting
    assert chat.labels() == ["Kirim ulang kode", "Ketik nomor KPJ", "Tidak punya"]
    await chat.tap("Kirim ulang kode")
    codes = [m.reply for m in chat.sender.sent if m.user == ACTIVE.phone]
    assert len(codes) == 2 and shows_record(await chat.send(codes[-1].params[0]))
    chat.switch("u2")
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Kode ke HP terdaftar")
    assert shows_record(await chat.send(ACTIVE.kpj))  # the KPJ found after all


@pytest.mark.parametrize("lost", ["kartu kpj saya hilang", "kpj nya ilang"])
async def test_a_kpj_card_lost_at_the_proof_is_told_the_other_ways(chat: ChatSimulator, lost: str) -> None:
    """"kartu kpj saya hilang" where a proof is asked was told that a lost card is no obstacle, the NIK being enough:
    here it is not, and the code is the other way."""
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    await start_check(chat, ACTIVE.nik)
    replies = await chat.send(lost)
    assert replies[0].text.startswith("Tanpa nomor KPJ, pilih \"Kode ke HP terdaftar\""), replies[0].text
    assert not shows_record(replies)


async def test_a_corrected_nik_where_a_code_is_awaited_starts_the_check_again(chat: ChatSimulator) -> None:
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    chat.runtime.senders["whatsapp"] = chat.sender
    await start_check(chat, UNKNOWN_NIK)  # a typo, noticed once the code is asked for
    await chat.tap("Kode ke HP terdaftar")
    again = await chat.send(ACTIVE.nik)
    assert len(again) == 1 and again[0].text.startswith("Baik, saya periksa NIK yang baru ini.\n\nNIK tertulis")
    assert shows_record(await chat.send(ACTIVE.kpj))


async def test_asking_for_a_code_reveals_nothing_about_the_nik(chat: ChatSimulator) -> None:
    assert chat.runtime is not None
    chat.runtime.code_channel = "whatsapp"
    chat.runtime.senders["whatsapp"] = chat.sender
    await start_check(chat, UNKNOWN_NIK)
    unknown = (await chat.tap("Kode ke HP terdaftar"))[-1].text
    await start_check(chat, ACTIVE.nik)
    known = (await chat.tap("Kode ke HP terdaftar"))[-1].text
    assert unknown == known


@pytest.mark.parametrize(("said", "asked_for_the_kpj"), [
    ("saya tidak bawa kartu kpj", False), ("kpj nya ga ada", False), ("i don't have my kpj with me", False),
    ("pakai kpj aja", True), ("kpj", True), ("kpj itu apa", False),
])
async def test_a_kpj_not_at_hand_is_no_choice_of_the_kpj(chat: ChatSimulator, said: str, asked_for_the_kpj: bool) -> None:
    """Tried as a user: "saya tidak bawa kartu kpj" at "Buktikan bahwa ini data Anda" chose "Ketik nomor KPJ" (its
    word "kpj"), and the user was asked for the number they had just said they did not have."""
    await start_check(chat, ACTIVE.nik)
    replies = await chat.send(said)
    assert replies[0].text.startswith(("Ketik nomor KPJ", "Type your KPJ")) is asked_for_the_kpj, replies[0].text


async def test_where_no_code_can_be_sent_none_is_offered(chat: ChatSimulator) -> None:
    """The bot run without WhatsApp (`make run`, a city on Telegram only) offered "Kode ke HP terdaftar", then
    refused it ("belum bisa mengirim kode"), and pointed a forgotten KPJ to it. "Tidak punya" is then the only
    other way, and a forgotten KPJ takes it (it was only told to choose it); the KPJ found after all is checked."""
    assert chat.runtime is not None
    chat.runtime.engine = dataclasses.replace(chat.runtime.engine, proof_codes=False)
    asked = await start_check(chat, ACTIVE.nik)
    assert [choice.label for choice in asked[-1].choices] == ["Ketik nomor KPJ", "Tidak punya"]
    await chat.send("1")
    assert (await chat.send("ga tau kpj nya"))[0].text.startswith("Tanpa bukti, data kepesertaan")
    await start_check(chat, ACTIVE.nik)
    forgot = await chat.send("kpj saya lupa")
    assert "Kode ke HP" not in forgot[0].text and forgot[0].text.startswith("Tanpa bukti, data kepesertaan")
    await start_check(chat, ACTIVE.nik)
    await chat.send("1")
    assert (await chat.send("kode aja"))[0].text.startswith("Tanpa bukti, data kepesertaan")  # none to send
    assert shows_record(await chat.send(ACTIVE.kpj))
    await start_check(chat, LAPSED.nik)  # another NIK: ACTIVE's is proven in this conversation now
    unsure = (await chat.send("gatau kpj nya"))[0].text  # "ga tau", written together: was "Ketik nomor KPJ Anda"
    assert not unsure.startswith("Ketik nomor KPJ") and '"Tidak punya"' in unsure, unsure


def test_codes_are_offered_where_whatsapp_is_configured(tmp_path: Path) -> None:
    assert not build_engine(settings_for(tmp_path), CATALOGS).proof_codes
    assert build_engine(settings_for(tmp_path, whatsapp_access_token="token", whatsapp_phone_number_id="1"),
                        CATALOGS).proof_codes


async def test_without_a_code_channel_the_user_is_told_to_use_the_kpj(chat: ChatSimulator) -> None:
    await start_check(chat, ACTIVE.nik)
    replies = await chat.tap("Kode ke HP terdaftar")
    assert "belum bisa mengirim kode" in replies[-1].text and not chat.sender.sent[-1].user.isdigit()


async def test_a_proven_identity_is_reused_until_the_idle_end(chat: ChatSimulator) -> None:
    await start_check(chat, ACTIVE.nik)
    assert shows_record(await chat.send(ACTIVE.kpj))
    replies = await start_check(chat, ACTIVE.nik)
    assert shows_record(replies)  # asked once
    await chat.advance(minutes=31)
    replies = await start_check(chat, ACTIVE.nik)
    assert not shows_record(replies) and "Buktikan" in replies[-1].text


async def test_claim_flows_tell_an_heir_nothing_of_the_roster_but_file_it_in_the_workers_area(
        chat: ChatSimulator) -> None:
    await chat.send("menu")
    await chat.send("5")
    await chat.send(LAPSED.nik)  # nonaktif on the roster: the heir is not told
    await chat.send("kemarin")
    await chat.tap("Sakit/sebab biasa")
    await chat.tap("Istri atau suami")
    replies = await chat.send("ya")  # she left children: the scholarship is said too
    text = "\n".join(r.text for r in replies)
    assert "Jika almarhumah terdaftar aktif pada tanggal meninggal" in text and "Rp42.000.000" in text
    assert "nonaktif," not in text.split("Petugas akan memeriksa")[0] and "Pemerintah Kota Jambi" not in text
    await chat.tap("Ya, catat klaim")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        (claim,) = await tx.claims()
    assert claim.details["cover"] == "nonaktif" and claim.details["payer"] == "Pemerintah Kota Jambi"
    assert claim.area == Area("Kota Jambi", "Paal Merah", "Talang Bakung")


async def test_many_niks_in_the_claim_flows_learn_nothing(chat: ChatSimulator) -> None:
    """The accident report answers every NIK alike, so it cannot be used to probe the roster."""
    answers = set()
    for serial, nik in enumerate((ACTIVE.nik, LAPSED.nik, UNKNOWN_NIK, fake_nik(serial=99))):
        await chat.send("batal")  # the report before is dropped, not kept to be continued
        await chat.send("4")
        await chat.send("2")
        await chat.send(nik)
        await chat.send("tadi pagi")
        await chat.send("Jl. Contoh")
        await chat.send("jatuh dari motor saat antar penumpang")
        await chat.send("ya")
        await chat.send("kaki lecet")
        replies = await chat.send(str(serial % 3 + 1))
        answers.add(replies[-1].text.split("Jika pekerja terdaftar aktif")[1])
    assert len(answers) == 1


def test_the_record_hedges_how_long_someone_has_been_covered() -> None:
    """FACTS.md §2: a very new participant may get less (no amount is quoted); the years that decide the
    scholarship are the branch's to confirm."""
    view = ParticipantView(masked_name="S*** R********", kpj="12345678902", status="aktif", programs=("JKK", "JKM"),
                           funded_by="Pemerintah Kota Jambi", coverage_start=dt.date(2026, 10, 1),
                           coverage_end=dt.date(2026, 12, 31), gender="P")
    with use_locale(CATALOGS, "id"):
        new = participant_text(view, dt.date(2026, 11, 23))
        veteran = participant_text(view.model_copy(update={"coverage_start": dt.date(2021, 1, 1)}),
                                   dt.date(2026, 11, 23))
    assert new.startswith("Ini data kepesertaan Ibu:\n")
    assert ("Kepesertaan baru dimulai 1 Oktober 2026. Untuk peserta yang sangat baru, santunan bisa terbatas; "
            "pastikan di kantor cabang.") in new
    assert "Rp" not in new
    assert ("Terdaftar sejak 1 Januari 2021, menurut data kami; lama iuran (beasiswa anak perlu 3 tahun) pastikan "
            "di kantor cabang.") in veteran


async def test_the_record_asked_again_from_itself_is_answered_with_its_dates(chat: ChatSimulator) -> None:
    """"kapan kartu saya habis?" under the record just shown sent all eight lines of it again; "iuran saya sampai bulan
    apa" got the contribution rates. From its page, the record's dates alone; after another page, the whole record."""
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    await chat.send(ACTIVE.kpj)
    for question in ("kapan kartu saya habis?", "iuran saya sampai bulan apa",
                     "sampai kapan?", "kapan habisnya"):  # alone: were one's claims ("kapan")
        replies = await chat.send(question)
        assert replies[0].text.startswith("Sama dengan data di atas:\nStatus: aktif."), replies[0].text
        assert "terbayar sampai" in replies[0].text and "Nama:" not in replies[0].text
    await chat.send("menu")
    replies = await chat.send("iuran saya sampai bulan apa")
    assert replies[0].text.startswith("Ini data kepesertaan"), replies[0].text


async def test_each_status_check_is_counted_in_its_area_for_the_desk(chat: ChatSimulator) -> None:
    """The desk's funnel starts at status checks: one per check begun, in the record's kelurahan, or in the
    NIK's city when the roster does not know it; a proof afterwards is not a second check."""
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    await chat.send(ACTIVE.kpj)
    await start_check(chat, UNKNOWN_NIK)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        by_kelurahan = await tx.activity_by("status_check", Area("Kota Jambi", "Paal Merah"), "kelurahan")
        by_kecamatan = await tx.activity_by("status_check", Area("Kota Jambi"), "kecamatan")
    assert by_kelurahan == {"Talang Bakung": 1}
    assert sum(by_kecamatan.values()) == 2 and by_kecamatan["Paal Merah"] == 1


async def test_back_from_a_status_result_leaves_the_finished_check(chat: ChatSimulator) -> None:
    """The result forgets the NIK; going back must not land on a proof question that no longer has it (a KPJ
    typed there was an internal error)."""
    await start_check(chat, ACTIVE.nik)
    await chat.tap("Ketik nomor KPJ")
    assert shows_record(await chat.send(ACTIVE.kpj))
    back = await chat.send("kembali")
    assert "Menu utama" in back[-1].text
    replies = await chat.send(ACTIVE.kpj)
    assert not any("kesalahan" in r.text for r in replies) and not shows_record(replies)


async def test_back_from_a_result_that_keeps_its_answers_returns_to_the_last_question(chat: ChatSimulator) -> None:
    """The contrast: an estimate keeps what was answered, so "kembali" lets the user change the last answer."""
    await chat.send("menu")
    await chat.send("3")
    await chat.send("2")  # an ordinary death
    await chat.send("2")  # two years of contributions
    await chat.send("1")  # one child at school
    back = await chat.send("kembali")
    assert "Berapa anak" in back[-1].text


async def test_ones_cover_asked_after_a_record_that_says_it_lapsed_is_answered_from_it(chat: ChatSimulator) -> None:
    """"jadi kalau sy kecelakaan skrg ga ditanggung?" right after one's record said "nonaktif" got JKK's page, as if
    covered. A cover that runs still gets the page; a question long after the record is answered as usual."""
    assert "Status: nonaktif" in (await open_record(chat, LAPSED))[0].text
    said = (await chat.send("jadi kalau sy kecelakaan skrg ga ditanggung?"))[0].text
    assert said.startswith("Menurut data Anda tadi, perlindungan Anda sedang tidak berjalan") \
        and "tanyakan ke Disnaker atau kelurahan" in said, said
    for text in ("ok", "menu", "2", "menu"):
        await chat.send(text)
    said = (await chat.send("jadi kalau sy kecelakaan skrg ga ditanggung?"))[0].text
    assert said.startswith("JKK menanggung kecelakaan saat bekerja"), said
    assert "Status: aktif" in (await open_record(chat, ACTIVE))[0].text
    said = (await chat.send("jadi kalau sy kecelakaan skrg ditanggung?"))[0].text
    assert said.startswith("Ya: menurut data Anda tadi, perlindungan Anda sedang berjalan.\n\nJKK menanggung"), said


async def test_ones_cover_asked_after_a_record_that_says_it_runs_is_said_to_run(chat: ChatSimulator) -> None:
    """Tried as a user: "berarti kalau sy kecelakaan ditanggung ya?" right after one's record said "aktif" got the JKK
    page alone, the yes unsaid. Asked with no record shown, the page alone."""
    assert "Status: aktif" in (await open_record(chat, ACTIVE))[0].text
    said = (await chat.send("berarti kalau sy kecelakaan ditanggung ya?"))[0].text
    assert said.startswith("Ya: menurut data Anda tadi, perlindungan Anda sedang berjalan.\n\nJKK menanggung"), said
    for text in ("ok", "menu", "2", "menu"):
        await chat.send(text)
    said = (await chat.send("berarti kalau sy kecelakaan ditanggung ya?"))[0].text
    assert said.startswith("JKK menanggung kecelakaan saat bekerja"), said


async def test_why_ones_record_is_nonaktif_is_answered_from_it(chat: ChatSimulator) -> None:
    """Tried as a user: "kok nonaktif?" right after one's record said "nonaktif" got the general rule, ending on "check
    your status in Cek kepesertaan", just checked. Asked with no record shown, the status check."""
    await open_record(chat, LAPSED)
    said = (await chat.send("kok nonaktif?"))[0].text
    assert said == ("Menurut data Anda tadi, iurannya tidak dibayar 3 bulan berturut-turut, jadi kepesertaan nonaktif. "
                    "Karena iurannya ditanggung pemerintah, tanyakan ke Disnaker atau kelurahan, dan ke kantor cabang "
                    "BPJS Ketenagakerjaan; kantor cabang yang memastikan.\n\nAda lagi yang bisa saya bantu?"), said


@pytest.mark.parametrize("asked", ["istri sy jg ditanggung?", "keluarga sy ikut ditanggung ga?"])
async def test_ones_family_is_told_it_is_not_covered_through_one(chat: ChatSimulator, asked: str) -> None:
    """Tried as a user: "istri sy jg ditanggung?" was asked her NIK alone, as if covered through his membership (as
    BPJS Kesehatan's family cover is): she is covered if she is enrolled herself, which her NIK tells."""
    said = "\n\n".join(reply.text for reply in await chat.send(asked))
    assert said.startswith("JKK dan JKM melindungi pesertanya sendiri, bukan keluarganya") \
        and said.endswith("Ketik NIK yang ingin dicek (16 angka di KTP atau KK)."), said


async def test_ones_cover_asked_in_english_after_a_lapsed_record_is_answered_from_it(chat: ChatSimulator) -> None:
    """"so if i have an accident now im not covered?" ("covered" reads "manfaat", "im" stays "im") got JKK's page."""
    await chat.send("hello")
    await open_record(chat, LAPSED)
    said = (await chat.send("so if i have an accident now im not covered?"))[0].text
    assert said.startswith("By the record shown just now, your cover is not running"), said


async def test_a_nik_a_digit_short_typed_again_at_the_proof_is_no_failed_proof(chat: ChatSimulator) -> None:
    """Found in make run: "1571 0222 0590 000" (a NIK typed again, a digit short) where the proof is asked was read as
    the KPJ after its first group, "Bukti itu tidak cocok", and counted toward the lock: five such and the user was
    locked out. It is told what is wrong with the NIK, and the KPJ still opens the record."""
    await start_check(chat, ACTIVE.nik)
    spaced_short = " ".join(ACTIVE.nik[i:i + 4] for i in range(0, 16, 4))[:-1]
    for _attempt in range(5):
        said = (await chat.send(spaced_short))[0].text
        assert said.startswith("NIK harus 16 angka; yang Anda kirim 15 angka."), said
    assert shows_record(await chat.send(ACTIVE.kpj))
