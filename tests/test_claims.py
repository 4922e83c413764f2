"""Claims beyond the transcripts: the status machine, the desk (CLI and store), notifications, the audit
log, who may see a claim, documents stored once and encrypted, the branch export."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from bot import cli
from conversations.domain.claims import ClaimStatus, TransitionError, check_transition
from conversations.domain.nominations import Area
from conversations.flows.missing_documents import not_had, not_had_yet
from conversations.model import WithdrawClaim
from services.claims import (
    JAKARTA,
    ClaimError,
    change_status,
    happened_at,
    return_document_for,
    withdraw_claim,
)
from services.context import EffectContext
from storage.base import StoredClaim
from tests.chat import CATALOGS, SECRET, ChatSimulator, synthetic_file
from tests.factories import ACTIVE, CITY_ADMIN, LAPSED, ROSTER, VETERAN

DOCUMENTS = 8  # the JKM checklist of a spouse


async def submitted_claim(chat: ChatSimulator) -> str:
    """A widow's JKM claim, every document sent, submitted; returns its reference."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    reference = chat.last.text.split("nomor ")[1].split(" ")[0]
    for index in range(1, DOCUMENTS + 1):
        await chat.media("image/jpeg", f"document {index}".encode())
        await chat.send(str(index))
    replies = await chat.send("1")
    assert "sudah diajukan" in replies[0].text
    return reference


async def claim_just_recorded(chat: ChatSimulator) -> StoredClaim:
    """The claim whose reference the last reply gave ("… dengan nomor JKM-2026-000001"), as stored."""
    reference = chat.last.text.split("nomor ")[1].split(" ")[0]
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
    assert claim is not None, reference
    return claim


@pytest.fixture
async def chat(tmp_path: Path) -> ChatSimulator:
    simulator = await ChatSimulator(tmp_path / "kawan.db").start()
    await simulator.seed(ROSTER)
    yield simulator  # type: ignore[misc]
    await simulator.close()


def test_status_machine() -> None:
    check_transition(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED, None)
    check_transition(ClaimStatus.VERIFIED, ClaimStatus.APPROVED, None)
    check_transition(ClaimStatus.APPROVED, ClaimStatus.PAID, None)
    check_transition(ClaimStatus.SUBMITTED, ClaimStatus.MISSING_DOCUMENTS, "KK buram")
    with pytest.raises(TransitionError, match="needs a reason"):
        check_transition(ClaimStatus.SUBMITTED, ClaimStatus.REJECTED, " ")
    for current, target in ((ClaimStatus.SUBMITTED, ClaimStatus.PAID), (ClaimStatus.PAID, ClaimStatus.REJECTED),
                            (ClaimStatus.REJECTED, ClaimStatus.SUBMITTED), (ClaimStatus.DRAFT, ClaimStatus.PAID)):
        with pytest.raises(TransitionError, match="not allowed"):
            check_transition(current, target, "x")


async def test_a_change_made_elsewhere_reaches_the_terminal_user_without_a_message(
        chat: ChatSimulator, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tried as a user of `make run`: a claim moved with `kawan claims set` (another process) was told to the terminal
    user only once they typed something. The drain's periodic look hands it over too."""
    import bot.runtime

    reference = await submitted_claim(chat)
    monkeypatch.setattr(bot.runtime, "DRAIN_POLL", 0.05)
    before = len(chat.sender.sent)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        await change_status(tx, reference, "dokumen_kurang", "Foto KK buram, kirim ulang", "cli:petugas",
                            chat.clock(), CATALOGS)
    await chat.restart()  # the poll loop started now sleeps the new interval
    for _tick in range(100):
        if len(chat.sender.sent) > before:
            break
        await asyncio.sleep(0.02)
    assert [m.reply.text.split("\n")[0] for m in chat.sender.sent[before:]] == [
        f"Kabar klaim {reference}: status sekarang dokumen kurang."]


async def test_a_claimant_told_the_document_was_sent_is_told_to_submit_again(chat: ChatSimulator) -> None:
    """"udah saya kirim ulang tadi" under a claim sent back for a document was not understood; a file sent does not by
    itself send the claim back to the officer."""
    reference = await submitted_claim(chat)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        await change_status(tx, reference, "dokumen_kurang", "Foto KK buram, kirim ulang", "cli:petugas",
                            chat.clock(), CATALOGS)
    await chat.send("cek klaim")
    replies = await chat.send("udah saya kirim ulang tadi")
    assert replies[0].text.startswith("Dokumen yang dikirim di chat ini langsung tercatat di klaimnya. Agar petugas "
                                      "memeriksanya lagi, ajukan ulang"), replies[0].text


async def test_a_file_sent_back_by_the_desk_is_missing_again_and_its_replacement_resubmits(chat: ChatSimulator) -> None:
    """The claimant's side of a file sent back from the desk: told which and why, shown missing in the claim's list
    (the blurred one was ticked as received), and the new photo sent and the claim submitted again."""
    reference = await submitted_claim(chat)
    await chat.seed((), (CITY_ADMIN,))
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
        assert claim is not None
        kk = next(d.digest for d in claim.documents if d.item == "kk")
        (officer,) = await tx.officers_of("city_admin", Area(claim.area.city))
        await return_document_for(tx, officer, reference, kk, "Foto KK buram, kirim ulang", chat.clock(), CATALOGS)
    replies = await chat.send("kok dikembalikan?")  # the notice comes with the next reply at the latest
    assert "Alasan: Kartu Keluarga (KK): Foto KK buram, kirim ulang" in replies[-1].text, replies[-1].text  # the list
    told = [r.text for r in replies if r.text.startswith(f"Kabar klaim {reference}: petugas mengembalikan")]
    expected = (f"Kabar klaim {reference}: petugas mengembalikan Kartu Keluarga (KK).\nAlasan: Foto KK buram, kirim "
                "ulang\nKirim lagi Kartu Keluarga (KK) yang benar dan terbaca jelas: ketik \"cek klaim\", lalu pilih "
                "klaimnya.")
    assert told == [expected], [r.text for r in replies]
    checklist = (await chat.tap(f"Isi {reference}"))[-1].text
    assert "⬜ Kartu Keluarga (KK)" in checklist and "✅ Akta kematian" in checklist, checklist
    await chat.media("image/jpeg", b"a sharper photo of the kk", caption="kk")
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
    assert claim is not None and "kk" in {d.item for d in claim.documents} and len(claim.returned) == 1
    assert chat.last.text.startswith("Diterima: Kartu Keluarga (KK).\n\nSemua dokumen wajib sudah ada."), chat.last
    await chat.tap("Ajukan klaim")
    async with chat.repo.transaction() as tx:
        assert (await tx.claim(reference)).status == "diajukan"  # type: ignore[union-attr]


async def test_how_long_a_claim_takes_asked_of_ones_own_gets_the_list_and_the_rule(chat: ChatSimulator) -> None:
    """"brp lama klaim sy diproses" was answered with the list alone, which says where a claim stands, not how long it
    takes; with no claim, "how long does the claim take" was told only that there is none."""
    reference = await submitted_claim(chat)
    listed = (await chat.send("brp lama klaim sy diproses"))[0].text
    assert listed.startswith("Klaim Anda:") and f"{reference} (JKM)" in listed, listed
    rule = ("Menurut aturan, santunan kematian (JKM) dibayar 3 hari kerja setelah dokumen lengkap; dalam praktik bisa "
            "lebih lama. Kantor cabang yang memastikan.")
    assert listed.index(rule) > listed.index("Tunggu kabar dari petugas"), listed
    assert "30 hari" not in listed  # the rule of the claim listed, not of the work accident's
    plain = (await chat.send("cek klaim"))[0].text
    assert "Menurut aturan" not in plain, plain


async def test_how_long_a_claim_takes_asked_without_a_claim_is_answered(chat: ChatSimulator) -> None:
    await chat.send("hello")
    said = (await chat.send("how long does the claim take"))[0].text
    assert said.startswith("By the rules, the death benefit (JKM) is paid within 3 working days of complete "
                           "documents"), said
    assert "30 days of the stage I report" in said
    assert "\n\nThere are no claims from this account yet." in said, said


async def test_when_a_scholarship_is_paid_is_said_with_the_claims(chat: ChatSimulator) -> None:
    """"beasiswa anak saya kapan cair" was told the death and the accident claims' rules (3 working days, 30 days),
    which are not the scholarship's; with a claim, the list still shows it."""
    reference = await submitted_claim(chat)
    listed = (await chat.send("beasiswa anak saya kapan cair"))[0].text
    assert f"{reference} (JKM)" in listed, listed
    assert "Beasiswa anak dibayar per tahun sekolah, dan ahli waris mengajukannya setiap tahun" in listed, listed
    assert "3 hari kerja" not in listed and "30 hari" not in listed, listed
    await chat.send("menu")
    said = (await chat.send("beasiswa anak sy udh 2 thn gak cair2"))[0].text
    assert "Beasiswa anak dibayar per tahun sekolah" in said and "3 hari kerja" not in said, said
    # what the rule says to type, typed under the list (was "not understood")
    syarat = (await chat.send("syarat beasiswa"))[0].text
    assert syarat.startswith("Syarat beasiswa:"), syarat


async def test_checking_ones_claims_under_the_death_benefits_page_lists_them(chat: ChatSimulator) -> None:
    """"cek klaim" under the JKM page was its option "Klaim santunan" (the word "klaim" inside it): a new death claim
    began, with condolences, for an heir who asked where theirs stood."""
    reference = await submitted_claim(chat)
    await chat.send("berapa santunan kematian")
    assert "Klaim santunan" in chat.labels()
    listed = (await chat.send("cek klaim"))[0].text
    assert listed.startswith("Klaim Anda:") and reference in listed, listed
    await chat.send("berapa santunan kematian")
    started = (await chat.send("klaim santunan"))[0].text  # the option, by its own name
    assert started.startswith("Kami turut berduka cita"), started


async def test_the_claims_list_asked_again_and_a_payment_not_received_are_answered(chat: ChatSimulator) -> None:
    """At the list of one's claims, "cek klaim" again and "uangnya belum masuk min" under a paid claim were not
    understood."""
    reference = await submitted_claim(chat)
    assert chat.repo is not None
    for status in ("diverifikasi", "disetujui", "dibayar"):
        async with chat.repo.transaction() as tx:
            await change_status(tx, reference, status, None, "cli:petugas", chat.clock(), CATALOGS)
    await chat.send("cek klaim")
    again = await chat.send("cek klaim")
    assert again[0].text.startswith("Klaim Anda:") and f"{reference} (JKM), status: dibayar" in again[0].text
    replies = await chat.send("uangnya belum masuk min")
    assert replies[0].text.startswith("Klaim yang berstatus dibayar sudah dibayarkan BPJS Ketenagakerjaan ke "
                                      "rekening penerimanya."), replies[0].text


async def test_desk_change_is_told_to_the_claimant_and_audited(chat: ChatSimulator) -> None:
    reference = await submitted_claim(chat)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        await change_status(tx, reference, "dokumen_kurang", "Foto KK buram, kirim ulang", "cli:petugas",
                            chat.clock(), CATALOGS)
    await chat.runtime.flush_outbox()  # type: ignore[union-attr]
    notice = chat.sender.sent[-1]
    assert notice.user == chat.user
    assert notice.reply.text.startswith(f"Kabar klaim {reference}: status sekarang dokumen kurang.")
    assert "Alasan: Foto KK buram, kirim ulang" in notice.reply.text

    # A photo sent straight after the notice goes to that claim (submitted claims are in no memo of drafts).
    replies = await chat.media("image/jpeg", b"the family card again")
    assert replies[0].text.startswith(f"Berkas ini saya tambahkan ke klaim {reference}.")
    await chat.send("bukan dokumen, abaikan")

    # The claimant adds the document and submits again.
    await chat.send("menu")
    replies = await chat.send("cek klaim")
    assert f"Isi {reference}" in [c.label for c in replies[-1].choices]
    await chat.tap(f"Isi {reference}")
    await chat.media("image/jpeg", b"a sharper family card")
    await chat.send("4")
    await chat.send("1")
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
        audit = await tx.audit_entries(reference)
    assert claim is not None and claim.status == ClaimStatus.SUBMITTED
    assert len(claim.documents) == DOCUMENTS + 1
    moves = [(e.actor, e.data.get("from"), e.data.get("to"), e.data.get("why"))
             for e in audit if e.action == "claim.status"]
    assert moves == [
        ("console:claimant", "draft", "diajukan", None),
        ("cli:petugas", "diajukan", "dokumen_kurang", "Foto KK buram, kirim ulang"),
        ("console:claimant", "dokumen_kurang", "diajukan", None),
    ]
    with pytest.raises(ClaimError, match="not allowed"):
        async with chat.repo.transaction() as tx:
            await change_status(tx, reference, "dibayar", None, "cli:petugas", chat.clock(), CATALOGS)


async def test_a_number_or_a_time_alone_is_no_place_story_or_injury(chat: ChatSimulator) -> None:
    for text in ("4", "1", VETERAN.nik, "kemarin", "1"):  # the report: myself, the NIK, yesterday, the morning
        await chat.send(text)
    assert chat.last.text.endswith("Di mana kecelakaannya terjadi? (nama jalan, tempat kerja, atau kelurahan)")
    for number, told in ((VETERAN.kpj, "Nomor KPJ tidak diperlukan di sini: kepesertaan dicek dengan NIK."),
                         (VETERAN.nik, "NIK itu sudah tercatat."), ("1234", "Tulis dengan kata-kata, bukan angka saja.")):
        replies = await chat.send(number)  # the KPJ, the NIK sent again, a number: none is the place
        assert replies[0].text.startswith(f"{told}\n\nDi mana kecelakaannya"), replies[0].text
    for when in ("kemarin sore", "tadi pagi jam 7", "jam 25"):  # the time again is no place either, nor one that is
        replies = await chat.send(when)  # no time ("jam 25" was recorded as the place)
        assert replies[0].text.startswith("Itu waktu kejadiannya, bukan tempatnya.\n\nDi mana kecelakaannya")
    await chat.send("Jl. Ahmad Yani dekat pasar")
    assert chat.last.text.startswith("Ceritakan singkat apa yang terjadi")
    replies = await chat.send("081234567890")
    assert replies[0].text.startswith("Tulis dengan kata-kata, bukan angka saja.\n\nCeritakan singkat")
    replies = await chat.send("Jl. Ahmad Yani")  # the place again was recorded as what happened
    assert replies[0].text.startswith("Itu sepertinya tempatnya. Ceritakan singkat apa yang terjadi"), replies[0].text
    for text in ("jatuh dari motor waktu antar barang", "1"):  # the story, a traffic accident
        await chat.send(text)
    replies = await chat.send("2 / 3")
    assert replies[0].text.startswith("Tulis dengan kata-kata, bukan angka saja.")
    for thing in ("motor", "motornya rusak"):  # a vehicle is no injury ("motor" was recorded as one)
        replies = await chat.send(thing)
        assert replies[0].text.startswith("Itu kendaraan atau barang. Tulis cedera di badan"), replies[0].text
    for yes in ("iya", "ada", "Ya."):  # a yes is no injury either ("iya" was recorded as one)
        replies = await chat.send(yes)
        assert replies[0].text.startswith("Tulis cederanya, misalnya: kaki patah"), replies[0].text
    for text in ("kaki kiri patah", "1"):  # the injury, treated at a partner hospital
        await chat.send(text)
    assert "Tempat: Jl. Ahmad Yani dekat pasar" in chat.last.text and "Cedera: kaki kiri patah" in chat.last.text


async def test_an_injury_told_in_the_story_is_not_asked_again(chat: ChatSimulator) -> None:
    """"jatuh dari motor pas antar pesanan, kaki luka" at the story question: "Apa cederanya?" came all the same, and the
    "iya" answered to it was recorded as the injury."""
    for text in ("4", "1", VETERAN.nik, "kemarin", "1", "Jl. Ahmad Yani"):
        await chat.send(text)
    await chat.send("jatuh dari motor pas antar pesanan, kaki luka")
    assert chat.last.text.startswith("Di mana berobat?"), chat.last.text
    await chat.send("1")
    assert "Cedera: kaki luka" in chat.last.text and "Kecelakaan lalu lintas: ya" in chat.last.text, chat.last.text


async def test_a_place_told_in_the_first_message_is_shown_and_not_asked_again(chat: ChatSimulator) -> None:
    """"kemarin sore jam 4 saya ditabrak mobil pas antar penumpang di jalan sudirman, lutut lecet": the summary had no
    place, and "Di mana kecelakaannya terjadi?" came after the NIK."""
    await chat.send("kemarin sore jam 4 saya ditabrak mobil pas antar penumpang di jl. sudirman, lutut lecet")
    assert "• Tempat: jl. sudirman" in chat.last.text, chat.last.text
    for text in ("1", VETERAN.nik):
        await chat.send(text)
    assert "\n\nDi mana berobat?" in chat.last.text, chat.last.text
    await chat.send("1")
    assert "Tempat: jl. sudirman\n" in chat.last.text, chat.last.text


async def test_where_the_worker_was_treated_told_at_the_place_question_is_not_the_place(chat: ChatSimulator) -> None:
    """"rs dekat rumah, ga tau mitra atau bukan" at "Di mana kecelakaannya terjadi?" was kept as the place. A hospital
    that is the workplace stays the place."""
    for text in ("4", "1", VETERAN.nik, "kemarin sore"):
        await chat.send(text)
    replies = await chat.send("rs dekat rumah, ga tau mitra atau bukan")
    assert replies[0].text.startswith("Tempat berobatnya saya catat: rs dekat rumah.\n\nDi mana kecelakaannya"), \
        replies[0].text
    for text in ("di gudang pasar", "kejatuhan karung waktu bongkar muatan", "tidak", "punggung memar"):
        await chat.send(text)
    assert "Berobat di: rs dekat rumah (mitra atau bukan, petugas yang memastikan" in chat.last.text, chat.last.text
    await chat.send("batal")
    for text in ("4", "1", VETERAN.nik, "kemarin sore"):
        await chat.send(text)
    replies = await chat.send("di rs bhayangkara, saya satpam di sana")
    assert replies[0].text.startswith("Ceritakan singkat apa yang terjadi"), replies[0].text



LADDER_FALL = ("sy jatuh dr tangga pas ngecat rumah org kemarin sore", "ya", VETERAN.nik)
"""An accident off the road told at the menu, confirmed, and the worker's NIK: its place is asked next."""


async def test_a_hospital_named_alone_after_a_fall_is_where_the_worker_was_treated(chat: ChatSimulator) -> None:
    """Tried as a user: after "jatuh dr tangga pas ngecat rumah org", "rs raden mattaher" at "Di mana kecelakaannya
    terjadi?" was kept as the place; then "blm bisa kerja" at the treatment question was recorded "Belum berobat". The
    hospital is where the worker was treated, the place asked again (typed again, it is the place); not able to work yet
    tells nothing of treatment."""
    for text in LADDER_FALL:
        await chat.send(text)
    replies = await chat.send("rs raden mattaher")
    assert replies[0].text.startswith("Tempat berobatnya saya catat: rs raden mattaher.\n\nDi mana kecelakaannya"), \
        replies[0].text
    await chat.send("batal")
    for text in (*LADDER_FALL, "rs raden mattaher", "rs raden mattaher"):
        replies = await chat.send(text)
    assert replies[0].text.startswith("Apa cederanya?"), replies[0].text
    await chat.send("batal")
    for text in (*LADDER_FALL, "di rumah pak budi", "pergelangan tangan retak"):
        await chat.send(text)
    assert "Di mana berobat?" in chat.last.text, chat.last.text
    replies = await chat.send("blm bisa kerja")
    assert replies[0].text.startswith("Pilih salah satu, atau tulis nama rumah sakit atau kliniknya."), replies[0].text


async def test_a_hospital_named_alone_after_a_road_accident_is_where_the_worker_was_treated(chat: ChatSimulator) -> None:
    """"di rsud raden mattaher" at "Di mana kecelakaannya terjadi?", after "jatuh dari motor pas narik", was kept as the
    place of a road accident; "depan rsud …" is the place."""
    for text in ("suami saya jatuh dari motor pas narik tadi pagi, kakinya patah", "ya", VETERAN.nik):
        await chat.send(text)
    replies = await chat.send("di rsud raden mattaher")
    assert replies[0].text.startswith("Tempat berobatnya saya catat: rsud raden mattaher.\n\nDi mana kecelakaannya"), \
        replies[0].text
    await chat.send("depan rsud raden mattaher")
    assert "Tempat: depan rsud raden mattaher\n" in chat.last.text, chat.last.text


async def test_an_earlier_answer_said_wrong_at_a_later_question_is_asked_again_not_recorded(chat: ChatSimulator
                                                                                           ) -> None:
    """Tried as a user: "eh nik nya salah" at the place was recorded as the place, "tanggalnya salah, harusnya tadi
    pagi" at the story as the story, and "tempatnya salah, harusnya …" at the traffic question was "not understood". A
    story's own "salah injak" stays the story."""
    for text in ("lapor kecelakaan", "saya sendiri", VETERAN.nik, "kemarin sore"):
        await chat.send(text)
    assert "Di mana kecelakaannya terjadi?" in chat.last_text
    assert (await chat.send("eh nik nya salah"))[-1].text.startswith("Ketik NIK Anda")
    assert "Di mana kecelakaannya terjadi?" in (await chat.send(ACTIVE.nik))[-1].text  # the day kept
    await chat.send("di pasar angso duo")
    said = (await chat.send("tanggalnya salah, harusnya tadi pagi"))[-1].text
    assert "sekitar pukul 08.00" in said and said.endswith("Ceritakan singkat apa yang terjadi, dan sedang bekerja apa "
                                                         "saat itu."), said
    await chat.send("jatuh dari tangga, salah injak pas angkat barang")
    replies = await chat.send("tempatnya salah, harusnya di pasar talang banjar")
    assert replies[0].text.startswith("Baik, sudah saya perbaiki."), replies[0].text
    for text in ("tangan keseleo", "puskesmas"):  # a fall from a ladder at a market: no traffic question
        await chat.send(text)
    summary = chat.last_text
    assert "Waktu: 23 November 2026 (pagi)" in summary, summary
    assert "salah injak" in summary
    assert ("Tempat: di pasar talang banjar\nKejadian: jatuh dari tangga, salah injak pas angkat barang\n"
            "Kecelakaan lalu lintas: tidak\nCedera: tangan keseleo\n") in summary, summary


async def test_a_slip_with_a_time_in_the_story_is_the_story_not_a_correction(chat: ChatSimulator) -> None:
    for text in ("lapor kecelakaan", "saya sendiri", ACTIVE.nik, "kemarin sore", "di pasar angso duo"):
        await chat.send(text)
    await chat.send("jam 3 salah injak tangga pas angkat karung")
    assert chat.last_text.startswith("Apa cederanya?"), chat.last_text  # the next question: off the road, plainly


async def test_the_deceaseds_nik_said_wrong_at_a_later_question_is_asked_again(chat: ChatSimulator) -> None:
    """Tried as a user: "eh nik nya salah" at the cause question was "not understood"; only "batal" mended it."""
    for text in ("suami saya meninggal kemarin", "ya", VETERAN.nik):
        await chat.send(text)
    assert (await chat.send("eh nik nya salah"))[-1].text.startswith("Ketik NIK almarhum")
    assert (await chat.send(VETERAN.nik))[-1].text.startswith("Apa penyebab meninggalnya?")  # the day kept
    for text in ("sakit", "ada anak"):
        await chat.send(text)
    replies = await chat.send(f"niknya salah, harusnya {ACTIVE.nik}")  # under the figures, with the right one
    assert replies[0].text.startswith("Baik, sudah saya perbaiki."), replies[0].text
    assert "Lanjut mencatat klaim dan melihat daftar dokumen yang diperlukan?" in chat.last_text
    await chat.tap("Ya, catat klaim")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claims = await tx.claims(channel="console", user=chat.user)
    assert [claim.nik for claim in claims] == [ACTIVE.nik]


async def test_who_was_hurt_said_wrong_at_a_later_question_is_corrected(chat: ChatSimulator) -> None:
    """Tried as a user: "eh bukan saya yg jatuh, suami saya" at the NIK was added to the story, and the report kept as
    the writer's own. Who was hurt is taken, the NIK asked again (for the other person), the rest kept."""
    for text in ("saya jatuh dari motor pas antar paket tadi pagi", "ya"):
        await chat.send(text)
    replies = await chat.send("eh bukan saya yg jatuh, suami saya")
    assert replies[0].text.startswith("Baik, saya catat: yang mengalami kecelakaan bukan Anda"), replies[0].text
    assert "Ketik NIK pekerja yang mengalami kecelakaan" in chat.last_text
    for text in (ACTIVE.nik, "di jl sudirman"):
        await chat.send(text)
    replies = await chat.send("bukan suami saya, saya sendiri yang jatuh")  # and back, at the injury
    assert replies[0].text.startswith("Baik, saya catat: yang mengalami kecelakaan Anda sendiri."), replies[0].text
    assert "Ketik NIK Anda" in chat.last_text
    await chat.send(ACTIVE.nik)
    assert chat.last_text.endswith("Apa cederanya? (misalnya: kaki patah, luka di kepala)"), chat.last_text  # the rest kept
    for text in ("kaki lecet", "belum berobat"):
        await chat.send(text)
    assert "bukan saya" not in chat.last_text, chat.last_text  # not in the story
    await chat.tap("Ya, simpan laporan")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claims = await tx.claims(channel="console", user=chat.user)
    assert [(claim.nik, claim.details["reporter"]) for claim in claims] == [(ACTIVE.nik, "self")]


async def test_who_was_hurt_and_ones_relation_said_wrong_in_english_are_corrected(chat: ChatSimulator) -> None:
    for text in ("hello", "i fell off my motorbike while delivering a package this morning", "yes"):
        await chat.send(text)
    replies = await chat.send("sorry it was not me, my husband fell")
    assert replies[0].text.startswith("All right, noted: the one hurt in the accident is not you"), replies[0].text
    assert "NIK of the worker who had the accident" in chat.last_text
    await chat.send("batal")
    for text in ("saya jatuh dari motor pas antar paket tadi pagi", "ya"):
        await chat.send(text)
    await chat.send(f"bukan saya, suami saya, niknya {ACTIVE.nik}")  # the NIK typed with it is taken
    assert chat.last_text.endswith("Where did the accident happen? (street, workplace, or kelurahan)"), chat.last_text
    await chat.send("batal")
    for text in ("my husband died yesterday", "yes", VETERAN.nik):
        await chat.send(text)
    replies = await chat.send("sorry i am his daughter not his wife")
    assert replies[0].text.startswith("All right, I have changed your relation to: Child."), replies[0].text


async def test_ones_relation_said_wrong_at_a_later_question_is_corrected(chat: ChatSimulator) -> None:
    """Tried as a user: "suami saya meninggal" noted the writer as the wife; "eh saya anaknya bukan istri" at the cause
    was "not understood", and "saya bukan istrinya, saya anaknya" under the figures went to the menu (its "bukan")."""
    for text in ("suami saya meninggal kemarin", "ya", VETERAN.nik):
        await chat.send(text)
    replies = await chat.send("eh saya anaknya bukan istri")
    assert replies[0].text.startswith("Baik, hubungan Anda saya ubah menjadi: Anak.\n"), replies[0].text
    assert "Apa penyebab meninggalnya?" in chat.last_text  # the question still open, the rest kept
    for text in ("sakit", "maaf salah, saya istrinya"):  # and back, under the figures
        await chat.send(text)
    assert "hubungan Anda saya ubah menjadi: Istri atau suami." in chat.last_text
    assert "Apakah almarhum meninggalkan anak" in chat.last_text  # counted in for a child: asked now
    await chat.send("tidak")
    replies = await chat.send("saya bukan istrinya, saya anaknya")
    assert replies[0].text.startswith("Baik, hubungan Anda saya ubah menjadi: Anak."), replies[0].text
    assert "Lanjut mencatat klaim" in chat.last_text  # the figures again, not the menu
    await chat.tap("Ya, catat klaim")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claims = await tx.claims(channel="console", user=chat.user)
    assert len(claims) == 1 and "Buku nikah" not in chat.last_text, chat.last_text


@pytest.mark.parametrize(("said", "relation"), [("tidak, saya anaknya", "Anak"), ("nggak, sy adiknya", "Saudara kandung")])
async def test_a_no_with_ones_own_relation_under_the_figures_corrects_it(chat: ChatSimulator, said: str,
                                                                        relation: str) -> None:
    """Tried as a user: "tidak, saya anaknya" under the figures (noted the wife from "suami sy meninggal") went to the
    menu, its "tidak" read as "not now", the claim left unrecorded. A "no" beside a relation word that is not the writer's
    own ("tidak, anaknya sudah kerja semua" at the children question) stays the answer."""
    for text in ("suami sy meninggal", "ya", VETERAN.nik, "kemarin", "sakit jantung"):
        await chat.send(text)
    replies = await chat.send("tidak, anaknya sudah kerja semua")
    assert replies[0].text.startswith("Terima kasih, Ibu.\nJika almarhum terdaftar aktif"), replies[0].text
    replies = await chat.send(said)
    assert replies[0].text.startswith(f"Baik, hubungan Anda saya ubah menjadi: {relation}."), replies[0].text
    assert "Menu utama. Mau dibantu apa?" not in chat.last_text


async def test_being_asked_again_complained_of_is_not_written_down_as_the_answer(chat: ChatSimulator) -> None:
    """Tried as a user: "kok nanya lagi" at the accident's place question was written down as the place, and the place
    typed next as the story; so was "bahasa indonesia". A complaint of being asked again gets an apology and the
    question, a language asked for is taken; an answer told with the complaint ("kan udah sy bilang di pasar angso duo")
    is the answer, without it."""
    for text in ("4", "sy sendiri", ACTIVE.nik, "kemarin sore"):
        await chat.send(text)
    replies = await chat.send("why are you asking again?")  # in English: the conversation goes on in English
    assert replies[0].text.startswith("Sorry, no answer to this question has been noted yet.\n\nWhere did"), \
        replies[0].text
    # the language asked for at the question: was written down as the place
    replies = await chat.send("bahasa indonesia")
    assert replies[0].text.startswith("Bahasa diganti ke Bahasa Indonesia.\n\nDi mana kecelakaannya"), replies[0].text
    for complaint in ("kok nanya lagi", "kan tadi udah sy bilang", "hadeh kok ditanya lagi sih pak"):
        replies = await chat.send(complaint)
        assert replies[0].text.startswith("Maaf, jawaban untuk pertanyaan ini belum tercatat.\n\nDi mana kecelakaannya"), \
            replies[0].text
    replies = await chat.send("kan udah sy bilang di pasar angso duo")  # two words besides were taken as a complaint
    assert replies[0].text.startswith("Ceritakan singkat apa yang terjadi"), replies[0].text
    for text in ("kan tadi udah saya bilang, jatuh dari motor pas antar paket", "lutut lecet", "1"):
        await chat.send(text)
    # the answers without the complaint ("Tempat: kan udah sy bilang di pasar …" was written down)
    assert "Tempat: di pasar angso duo\nKejadian: jatuh dari motor pas antar paket\n" in chat.last.text, chat.last.text


async def test_a_file_sent_again_under_another_name_in_a_later_session_is_that_document(chat: ChatSimulator) -> None:
    """Tried as a user: the KTP sent as the KK, the claim kept, then the same photo sent again as "ktp almarhum" from
    "Cek klaim": told "Diterima: e-KTP almarhum", while the store kept it as the KK (the file was on the claim
    already, and nothing was written)."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "tidak", "1"):
        await chat.send(text)
    reference = re.findall(r"JKM-\d{4}-\d{6}", chat.last_text)[0]
    await chat.media(content=b"photo of a ktp", caption="kk")
    for text in ("simpan dulu", "menu", "cek klaim"):
        await chat.send(text)
    await chat.tap(f"Isi {reference}")
    replies = await chat.media(content=b"photo of a ktp", caption="ktp almarhum")
    said = replies[0].text
    assert said.startswith("Baik, berkas tadi saya catat sebagai e-KTP almarhum, bukan Kartu Keluarga (KK)."), said
    assert "Kartu Keluarga (KK)" in said.split("Masih kurang:")[1]  # the checklist knows it moved (it did not)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
        entries = await tx.audit_entries(reference)
    assert claim is not None and [d.item for d in claim.documents] == ["ktp_deceased"]
    assert entries[-1].action == "claim.document_relabelled"


@pytest.mark.parametrize(("said", "noted"), [
    ("belum, nanti sore ke puskesmas", "Baik, saya catat: belum berobat."),
    ("udah ke klinik tadi", "Tempat berobatnya saya catat: klinik tadi."),
])
async def test_treatment_told_early_at_the_place_question_is_not_the_place(chat: ChatSimulator, said: str,
                                                                           noted: str) -> None:
    """Tried as a user (in English too: "not yet, going to the puskesmas later"): the answer to the next question,
    typed at "Di mana kecelakaannya terjadi?", was kept as the place; "belum tau" there is still a place unknown."""
    for text in ("4", "1", VETERAN.nik, "kemarin sore"):
        await chat.send(text)
    replies = await chat.send(said)
    assert replies[0].text.startswith(f"{noted}\n\nDi mana kecelakaannya"), replies[0].text
    replies = await chat.send("belum tau")
    assert not replies[0].text.startswith("Baik, saya catat"), replies[0].text


async def test_a_place_told_ahead_of_its_question_is_not_asked_again(chat: ChatSimulator) -> None:
    """The story with its street typed at the NIK question is kept, the street as the place."""
    for text in ("4", "1", "ditabrak mobil pas antar penumpang di jalan sudirman", VETERAN.nik, "kemarin sore"):
        await chat.send(text)
    assert "\n\nApa cederanya?" in chat.last.text, chat.last.text


async def test_the_story_typed_at_the_date_question_is_kept(chat: ChatSimulator) -> None:
    """Found in make run: "kemarin sore jatuh dari motor pas antar paket di jl. sudirman, lutut dijahit" at "Kapan?"
    kept only the day; the place, the story and the injury were asked again."""
    for text in ("4", "1", VETERAN.nik):
        await chat.send(text)
    replies = await chat.send("kemarin sore jatuh dari motor pas antar paket di jl. sudirman, lutut dijahit")
    assert "\n\nDi mana berobat?" in replies[0].text, replies[0].text
    await chat.send("1")
    for line in ("Tempat: jl. sudirman\n", "Kejadian: kemarin sore jatuh dari motor", "Cedera: lutut dijahit\n",
                 "Kecelakaan lalu lintas: ya\n"):
        assert line in chat.last.text, chat.last.text


async def test_not_yet_treated_told_at_the_summary_is_kept(chat: ChatSimulator) -> None:
    """"belum berobat" at the summary's "Benar?" was "Jawab dulu: apakah catatan di atas benar?", and the treatment
    asked again later: it is added to the summary, as the same told in the first message is."""
    for text in ("4", "tadi siang", "ditabrak mobil pas ngantar makanan", "ya", "kaki kiri bengkak"):
        await chat.send(text)
    replies = await chat.send("belum berobat")
    assert replies[0].text.startswith("Baik, saya catat."), replies[0].text
    assert "• Berobat: belum" in replies[-1].text, replies[-1].text


async def test_the_time_and_the_place_as_people_type_them_at_the_time_question(chat: ChatSimulator) -> None:
    """Found in make run: "sore an" (late afternoon, as people write it) and "di simpang kawat" at "Kira-kira jam
    berapa?" were both "Pilih salah satu": the part of the day is read, and the place kept for its own question."""
    for text in ("4", "1", VETERAN.nik, "kemarin"):
        await chat.send(text)
    assert chat.last.text.startswith("Kira-kira jam berapa?"), chat.last.text
    replies = await chat.send("di simpang kawat")
    assert replies[0].text.startswith("Baik, saya catat."), replies[0].text
    assert replies[-1].text.endswith("Kira-kira jam berapa?"), replies[-1].text
    replies = await chat.send("sore an")
    assert "Di mana kecelakaannya terjadi?" not in replies[-1].text, replies[-1].text
    assert "Ceritakan singkat apa yang terjadi" in replies[-1].text, replies[-1].text


@pytest.mark.parametrize("request_", ["cek kepesertaan saya", f"tolong cek nik tetangga saya {VETERAN.nik}"])
async def test_a_new_request_after_a_claim_is_kept_or_submitted_is_taken_as_at_the_menu(chat: ChatSimulator,
                                                                                       request_: str) -> None:
    """Found in make run: "tolong cek nik tetangga saya 6474…" at "Ada lagi yang bisa saya bantu?" after a claim was
    saved for later was "Maaf, saya belum mengerti", as was "cek kepesertaan saya"; at the menu's own "Ada lagi …?"
    both start the check."""
    for text in ("ayah meninggal kemarin", "ya", ROSTER[0].nik, "1", "ya", "batal", "tidak"):
        await chat.send(text)
    assert chat.last.text.endswith("Ada lagi yang bisa saya bantu?"), chat.last.text
    replies = await chat.send(request_)
    assert "belum mengerti" not in replies[0].text and ("NIK" in replies[-1].text), replies[-1].text


async def test_a_place_told_in_english_is_kept(tmp_path: Path) -> None:
    chat = await ChatSimulator(tmp_path / "en.db", language="en").start()
    try:
        await chat.send("hi")
        await chat.send("I fell off my motorbike yesterday afternoon on Jalan Sudirman while delivering food, my knee "
                        "is hurt")
        assert "• Place: Jalan Sudirman\n" in chat.last.text, chat.last.text
    finally:
        await chat.close()


@pytest.mark.parametrize("story", ["saya jatuh di jalan pas pulang kerja, lutut lecet",
                                   "saya jatuh di pasar kemarin sore, lutut lecet"])
async def test_a_place_noun_alone_names_no_place(chat: ChatSimulator, story: str) -> None:
    await chat.send(story)
    assert "Tempat:" not in chat.last.text, chat.last.text


async def _at_the_checklist(chat: ChatSimulator) -> None:
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    assert "Kirim foto atau PDF dokumen satu per satu" in chat.last.text


async def test_someones_accident_told_in_three_words_is_no_story(chat: ChatSimulator) -> None:
    """"ada warga kecelakaan", then "ya": the three words were recorded as what happened, which was never asked. Whose
    it is was told (another's): that worker's NIK is asked, as after "Keluarga/orang lain"."""
    await chat.send("ada warga kecelakaan")
    replies = await chat.send("ya")
    assert replies[0].text.startswith("Ketik NIK pekerja yang mengalami kecelakaan"), replies[0].text


async def test_what_a_date_question_means_asked_is_said(chat: ChatSimulator) -> None:
    """"maksudnya?" at "Kapan almarhumah meninggal?" was "Tanggalnya belum bisa saya baca", as if a date were mistyped."""
    for text in ("5", LAPSED.nik):
        await chat.send(text)
    replies = await chat.send("maksudnya?")
    assert replies[0].text.startswith("Yang saya tanyakan tanggalnya: kapan itu terjadi, walau perkiraan.\n\nKapan "
                                      "almarhumah meninggal?"), replies[0].text


async def test_who_claims_instead_is_named_with_the_deceaseds_sex(chat: ChatSimulator) -> None:
    """A sister of a woman who left children was told "istri/suami atau anak almarhum" (a man's word); a date before
    her birth was before "tanggal lahir almarhum"."""
    for text in ("5", LAPSED.nik, "kemarin", "1", "adiknya"):
        await chat.send(text)
    replies = await chat.send("ya")
    assert replies[0].text.startswith("Menurut urutan ahli waris, yang berhak mengajukan klaim adalah istri/suami atau "
                                      "anak almarhumah, bukan Anda."), replies[0].text
    await chat.send("batal")
    for text in ("5", LAPSED.nik):
        await chat.send(text)
    replies = await chat.send("1 jan 1980")  # before her birth (1985)
    assert replies[0].text.startswith("Tanggal itu sebelum tanggal lahir almarhumah."), replies[0].text


ACCIDENT_TO_ITS_CHECKLIST = (*LADDER_FALL, "di rumah pak budi", "pergelangan tangan retak", "2", "1")


@pytest.mark.parametrize(("typed", "told"), [
    ("ktp sm kartu bpjs udh ada", "Baik, kirim fotonya satu per satu: Kartu peserta (KPJ), e-KTP pekerja."),
    ("ktp dan surat dokter udh ada", "Baik, kirim fotonya satu per satu: e-KTP pekerja, Surat dokter."),
    ("kuitansi sama surat dokter nyusul ya", "Baik, yang itu bisa dikirim nanti."),
])
async def test_papers_named_together_at_the_checklist_are_heard(chat: ChatSimulator, typed: str, told: str) -> None:
    """Tried as a user: at an accident's checklist, "ktp sm kartu bpjs udh ada" left it for the status check's NIK
    question (every later message was told a NIK is needed), "ktp dan surat dokter udh ada" was answered as a wrong
    answer, "kuitansi sama surat dokter nyusul ya" got the treatment costs' answer."""
    for text in ACCIDENT_TO_ITS_CHECKLIST:
        await chat.send(text)
    assert "Kirim foto atau PDF dokumen satu per satu" in chat.last.text, chat.last.text
    said = "\n\n".join(reply.text for reply in await chat.send(typed))
    assert said.startswith(f"{told}\n\nKirim foto atau PDF dokumen satu per satu"), said


@pytest.mark.parametrize(("typed", "told"), [
    ("akta kematian masih diurus", "Baik, yang itu bisa dikirim nanti."),
    ("surat ahli waris lg proses di kelurahan", "Baik, yang itu bisa dikirim nanti."),
    ("cara kirim fotonya gmn", "Kirim di chat ini: tekan tanda klip (📎) atau kamera"),
    ("berkas nya dikirim kmn", "Kirim di chat ini: tekan tanda klip (📎) atau kamera"),
    ("kk nya buram gpp?", "Kirim foto yang jelas terbaca"),
    ("ktp almarhum gmn", "Kirim foto e-KTP almarhum jika masih ada."),
    ("ktp almarhumah gmn", "Kirim foto e-KTP almarhumah jika masih ada."),  # as named (was "almarhum")
    ("buku nikah gimana", "Kirim foto Buku nikah jika sudah ada. Buku nikah yang hilang"),
    ("kok blm diproses", "Klaim diajukan setelah semua dokumen wajib terkirim"),  # as "kenapa masih draf" is
    ("ktp almarhum udah mati", "e-KTP berlaku seumur hidup"),  # expired: was what to do without the KTP
    ("kirim ke bpjs skrg", "Klaim diajukan setelah semua dokumen wajib terkirim"),  # was "Di langkah ini, kirim …"
    # a bank book in a child's name: was "Baik, kirim foto Buku tabungan sekarang"
    ("buku tabungan sy atas nama anak", "Santunan kematian dibayar ke rekening ahli waris; anak peserta yang meninggal juga"),
    # whose account: was "Ya, Buku tabungan termasuk dokumen wajib …", not understood, and the deceased's book taken
    ("rekening harus atas nama sy?", "Santunan kematian dibayar ke rekening ahli waris: buku tabungan atas nama ahli waris"),
    ("tabungannya atas nama siapa", "Santunan kematian dibayar ke rekening ahli waris: buku tabungan atas nama ahli waris"),
    ("kalo pake rekening almarhum bisa?", "Santunan kematian dibayar ke rekening ahli waris: buku tabungan atas nama"),
    ("ini buku tabungan almarhum", "Santunan kematian dibayar ke rekening ahli waris: buku tabungan atas nama ahli waris"),
    ("klo meninggalnya di luar kota gmn klaimnya", "Tempat meninggalnya tidak mengubah hak santunan kematian"),  # was the
    # accident's answer
    ("bisa diwakilkan adik sy ga yg urus", "Klaim santunan kematian diajukan atas nama ahli waris"),  # was handed to an
    ("klaim jkm bisa diwakilkan ga", "Klaim santunan kematian diajukan atas nama ahli waris"),  # officer; answered, the
    # checklist was left for the menu's next steps
    ("anak sy msh kecil, santunannya gmn", "Anak yang masih kecil tidak mengurangi santunan kematian"),  # not understood
])
async def test_what_an_heir_says_of_the_papers_at_the_checklist_is_answered(chat: ChatSimulator, typed: str,
                                                                            told: str) -> None:
    """Tried as an heir at a death claim's checklist: "akta kematian masih diurus" was told to send its photo now; how or
    where a photo is sent, and a blurred photo, got "Di langkah ini, kirim dokumen …", as a wrong answer does; "ktp
    almarhum gmn" was asked whether to start a death claim, inside one."""
    await _at_the_checklist(chat)
    said = "\n\n".join(reply.text for reply in await chat.send(typed))
    assert said.startswith(told) and "Kirim foto atau PDF dokumen satu per satu" in said, said


async def test_a_document_named_in_the_photos_caption_is_not_asked(chat: ChatSimulator) -> None:
    """A photo sent with the caption "ktp suami saya" (as WhatsApp and Telegram users do) was asked "Ini dokumen apa?"."""
    await _at_the_checklist(chat)
    replies = await chat.media("image/jpeg", b"the husband's id card", caption="ktp suami saya")
    assert replies[0].text.startswith("Diterima: e-KTP almarhum."), replies[0].text
    replies = await chat.media("image/jpeg", b"a photo with a caption naming nothing", caption="ini ya kak")
    assert replies[0].text.startswith("Berkas diterima. Ini dokumen apa?"), replies[0].text


async def test_a_document_named_before_its_photo_is_not_asked(chat: ChatSimulator) -> None:
    """"ini ktp suami saya" typed at the checklist, then the photo: was "Di langkah ini, kirim dokumen …", and the photo
    was asked about. Only the next file is it."""
    await _at_the_checklist(chat)
    replies = await chat.send("ini ktp suami saya")
    assert replies[0].text.startswith("Baik, kirim foto e-KTP almarhum sekarang."), replies[0].text
    replies = await chat.media("image/jpeg", b"the husband's id card")
    assert replies[0].text.startswith("Diterima: e-KTP almarhum."), replies[0].text
    replies = await chat.media("image/jpeg", b"another paper")
    assert replies[0].text.startswith("Berkas diterima. Ini dokumen apa?"), replies[0].text


async def test_what_a_document_is_asked_at_the_checklist_is_answered(chat: ChatSimulator) -> None:
    """"kpj nya apa ya" (what is the KPJ?) was "Baik, kirim foto Kartu peserta (KPJ) sekarang": a question without its
    question mark, read as the document named before its photo. The photo after it is asked about."""
    await _at_the_checklist(chat)
    replies = await chat.send("kpj nya apa ya")
    assert replies[0].text.startswith("Nomor KPJ adalah nomor kepesertaan BPJS Ketenagakerjaan"), replies[0].text
    replies = await chat.media("image/jpeg", b"some paper")
    assert replies[0].text.startswith("Berkas diterima. Ini dokumen apa?"), replies[0].text
    replies = await chat.send("buku tabungan ibu sy aja boleh?")  # was "Di langkah ini, kirim dokumen …"
    assert replies[0].text.startswith("Santunan dibayar ke rekening peserta sendiri, atau rekening ahli waris"), \
        replies[0].text


async def test_the_next_document_named_against_the_last_is_the_one_awaited(chat: ChatSimulator) -> None:
    """"sekarang ktp nya, bukan kk lagi" after the KK was told to send the KK's photo: the document after "bukan" is
    not the one meant. A KTP alone is asked whose (it was "Di langkah ini, kirim dokumen …")."""
    await _at_the_checklist(chat)
    await chat.media("image/jpeg", b"the family card", caption="kk")
    replies = await chat.send("sekarang ktp nya, bukan kk lagi")
    assert replies[0].text.startswith('KTP siapa? Pilih "e-KTP almarhum" atau "e-KTP ahli waris".'), replies[0].text
    replies = await chat.send("ktp saya")
    assert replies[0].text.startswith("Baik, kirim foto e-KTP ahli waris sekarang."), replies[0].text
    replies = await chat.send("akta kematian nya nyusul ya")
    assert replies[0].text.startswith("Baik, yang itu bisa dikirim nanti."), replies[0].text
    replies = await chat.send("now the kpj, not the kk")  # plain English, in a conversation that never chose its
    # language: answered in English from here (nlu.language.LATER)
    assert replies[0].text.startswith("All right, send the photo of the Membership card (KPJ) now."), replies[0].text
    replies = await chat.media("image/jpeg", b"the membership card")
    assert replies[0].text.startswith("Received: Membership card (KPJ)."), replies[0].text


async def test_a_paper_not_had_or_asked_about_at_what_a_file_is_is_answered_and_not_the_files_name(
        chat: ChatSimulator) -> None:
    """A file sent, "Ini dokumen apa?": "akta kematian blm jadi" recorded the file as the death certificate, "surat ahli
    waris bikin dmn" as the heirs' statement: the claim held papers it did not have. Now answered, and still asked."""
    await _at_the_checklist(chat)
    replies = await chat.media("image/jpeg", b"some paper")
    assert replies[0].text.startswith("Berkas diterima. Ini dokumen apa?"), replies[0].text
    for said, answer in (("akta kematian blm jadi", "Akta kematian diurus di Disdukcapil."),
                         ("surat ahli waris bikin dmn", "Surat keterangan ahli waris diurus di kelurahan atau desa."),
                         ("kk nya blm ada", "Kartu Keluarga yang hilang")):
        replies = await chat.send(said)
        assert replies[0].text.startswith(answer), (said, replies[0].text)
        assert "Berkas diterima. Ini dokumen apa?" in chat.last_text and "Surat ahli waris" in chat.labels(), said
    replies = await chat.tap("Kartu Keluarga (KK)")
    assert replies[0].text.startswith("Diterima: Kartu Keluarga (KK)."), replies[0].text
    assert "Akta kematian" in replies[0].text.split("Masih kurang:")[1], replies[0].text
    assert "Surat ahli waris" in replies[0].text.split("Masih kurang:")[1], replies[0].text


@pytest.mark.parametrize(("heir", "marriage_book"), [
    (("istri", "ya", "1"), "Ya, Buku nikah termasuk dokumen wajib klaim ini"),
    (("anak", "ya"), "Buku nikah tidak diperlukan untuk klaim ini: buku nikah diminta jika ahli warisnya istri atau suami."),
])
async def test_whether_a_paper_is_needed_is_answered_from_the_claims_own_list(chat: ChatSimulator,
                                                                             heir: tuple[str, ...],
                                                                             marriage_book: str) -> None:
    """"buku nikah perlu ga" at the checklist was "Di langkah ini, kirim dokumen …", "perlu buku tabungan?" JHT's
    answer, "akta kematian perlu ga" "Baik, kirim foto Akta kematian sekarang"."""
    for text in ("5", VETERAN.nik, "kemarin", "1", *heir):
        await chat.send(text)
    assert "Kirim foto atau PDF dokumen satu per satu" in chat.last.text
    for said, answer in (("buku nikah perlu ga", marriage_book),
                         ("perlu buku tabungan?", "Ya, Buku tabungan termasuk dokumen wajib klaim ini"),
                         ("akta kematian perlu ga", "Ya, Akta kematian termasuk dokumen wajib klaim ini"),
                         ("surat polisi perlu ga", "Surat polisi/saksi tidak diperlukan untuk klaim ini: surat polisi"),
                         # a death by illness: was "Di langkah ini, kirim dokumen …"
                         ("surat dokter perlu ga", "Surat dokter tidak ada di daftar klaim ini. Surat keterangan")):
        replies = await chat.send(said)
        assert replies[0].text.startswith(answer), (said, replies[0].text)
    assert not (await chat.send("kk nya perlu diperbarui?"))[0].text.startswith("Ya,")


async def test_whether_a_doctors_letter_is_needed_before_treatment_is_answered(chat: ChatSimulator) -> None:
    """"surat dokter perlu ga" at a report's checklist, not treated yet, was "Di langkah ini, kirim dokumen …": not listed
    yet, needed once treated (FACTS.md §7), never said to be unneeded."""
    for text in ("4", "1", ACTIVE.nik, "kemarin", "pagi", "jl sudirman", "jatuh dari motor pas antar paket", "lutut lecet",
                 "3", "1"):
        await chat.send(text)
    assert "Kirim foto atau PDF dokumen satu per satu" in chat.last.text, chat.last.text
    replies = await chat.send("surat dokter perlu ga")
    assert replies[0].text.startswith("Surat dokter belum ada di daftar karena belum berobat; setelah berobat, surat itu "
                                      "diperlukan"), replies[0].text


async def test_whether_originals_are_needed_is_answered_at_the_checklist(chat: ChatSimulator) -> None:
    """"ktp almarhum harus asli?" at the claim's checklist was asked whether to start a death claim."""
    await _at_the_checklist(chat)
    replies = await chat.send("ktp almarhum harus asli?")
    assert replies[0].text.startswith("Di sini cukup foto atau PDF yang jelas"), replies[0].text
    assert chat.labels() == ["Simpan dulu"], chat.labels()


async def test_what_a_photo_must_be_is_answered_at_the_checklist_for_this_claim(chat: ChatSimulator) -> None:
    """"foto ktp harus berwarna?" at the checklist was "Di langkah ini, kirim dokumen …"; "boleh kirim pdf?" was told to
    choose "Cek klaim" and the claim, as if no claim were open."""
    await _at_the_checklist(chat)
    replies = await chat.send("foto ktp harus berwarna?")
    assert replies[0].text.startswith("Di sini cukup foto atau PDF yang jelas"), replies[0].text
    replies = await chat.send("boleh kirim pdf?")
    assert replies[0].text.startswith("Boleh: foto (JPG atau PNG) atau PDF"), replies[0].text
    assert "Cek klaim" not in replies[0].text and chat.labels() == ["Simpan dulu"], replies[0].text


async def test_all_sent_or_to_be_sent_to_the_officer_is_told_what_is_missing(chat: ChatSimulator) -> None:
    """"fotonya udah saya kirim semua" and "kirim ke petugas sekarang" at the checklist were "Di langkah ini, kirim
    dokumen …": what is still missing, and when the claim can be submitted."""
    await _at_the_checklist(chat)
    replies = await chat.send("fotonya udah saya kirim semua")
    assert replies[0].text.startswith("Belum lengkap: masih"), replies[0].text
    replies = await chat.send("kirim ke petugas sekarang")
    assert replies[0].text.startswith("Klaim diajukan setelah semua dokumen wajib terkirim"), replies[0].text
    for said in ("udah sy kirim", "sudah dikirim kak"):  # were "Di langkah ini, kirim dokumen …"
        replies = await chat.send(said)
        assert replies[0].text.startswith("Belum lengkap: masih"), replies[0].text


async def test_a_paper_said_to_be_sent_is_told_whether_it_arrived(chat: ChatSimulator) -> None:
    """"udah sy kirim ktp nya" was told "Baik, kirim foto e-KTP … sekarang", whether or not it had arrived."""
    await _at_the_checklist(chat)
    replies = await chat.send("udah sy kirim kk nya")
    assert replies[0].text.startswith("Kartu Keluarga (KK) belum saya terima: kirim fotonya sekali lagi"), replies[0].text
    await chat.media(content=b"photo of a family card", caption="kk")
    replies = await chat.send("udah sy kirim kk nya")
    assert replies[0].text.startswith("Kartu Keluarga (KK) sudah saya terima."), replies[0].text


@pytest.mark.parametrize("excuse", ["maaf baru balas, tadi hp mati", "hp saya lowbat tadi", "maaf telat bales kak"])
async def test_a_phone_that_died_is_no_death_and_changes_no_date(chat: ChatSimulator, excuse: str) -> None:
    """"maaf baru balas, tadi hp mati" at the deceased's NIK question was "Baik, saya catat.": "mati" (the phone's) read
    as a death today, and the date of death told ("kemarin") moved to today."""
    for text in ("bapak saya meninggal kemarin", "ya"):
        await chat.send(text)
    replies = await chat.send(excuse)
    assert replies[0].text.startswith("Tidak apa-apa, kita lanjutkan."), replies[0].text
    assert replies[-1].text.endswith("Ketik NIK almarhum (16 angka di KTP atau KK)."), replies[-1].text
    for text in (VETERAN.nik, "1"):
        await chat.send(text)
    assert "Tanggal meninggal" not in chat.last.text or "22 November 2026" in chat.last.text
    await chat.send("ya")
    claim = await claim_just_recorded(chat)
    assert claim.event_date == dt.date(2026, 11, 22)
    await chat.send("menu")
    await chat.send("5")  # the claim begun from the menu, nothing told yet: the excuse is no date either
    replies = await chat.send(excuse)
    assert replies[0].text.startswith("Tidak apa-apa, kita lanjutkan."), replies[0].text


@pytest.mark.parametrize("told", ["tadi saya ke kelurahan urus surat kematian", "akta kematian jadi kemarin",
                                  "baru tadi pulang dari rs", "2 hari lalu saya sudah ke polsek"])
async def test_a_day_told_of_something_else_is_not_the_day_of_death(chat: ChatSimulator, told: str) -> None:
    """At the death claim's summary, "akta kematian jadi kemarin" moved the date of death to the day the certificate was
    issued, "tadi saya ke kelurahan urus surat kematian" and "baru tadi pulang dari rs" to today, "2 hari lalu saya sudah
    ke polsek" to the errand's day."""
    await chat.send("bapak saya meninggal 3 hari lalu")
    assert "• Tanggal meninggal: 20 November 2026" in chat.last.text, chat.last.text
    await chat.send(told)
    await chat.send("ya")
    for text in (VETERAN.nik, "1", "ya"):
        await chat.send(text)
    claim = await claim_just_recorded(chat)
    assert claim.event_date == dt.date(2026, 11, 20)


@pytest.mark.parametrize("told", ["tadi pagi baru dirontgen", "tadi pagi kontrol ke rs"])
async def test_a_treatments_day_is_not_the_accidents(chat: ChatSimulator, told: str) -> None:
    """At the accident's summary, "tadi pagi baru dirontgen" moved the accident to this morning, unsaid."""
    await chat.send("saya jatuh dari motor 3 hari lalu pas antar paket")
    assert "• Waktu: 20 November 2026" in chat.last.text, chat.last.text
    replies = await chat.send(told)
    assert "• Waktu: 20 November 2026\n" in replies[-1].text, replies[-1].text


@pytest.mark.parametrize(("first", "remark", "correction", "shown", "corrected"), [
    # "istri saya yang urus pemakaman" made the writer the spouse of a dead woman, "adik saya sudah pulang" the deceased's
    # sibling
    ("bapak saya meninggal 3 hari lalu", "istri saya yang urus pemakaman", "oh maaf, saya cucunya",
     "• Hubungan Anda: Anak", "• Hubungan Anda: Cucu"),
    ("bapak saya meninggal 3 hari lalu", "adik saya sudah pulang", "oh maaf, saya cucunya",
     "• Hubungan Anda: Anak", "• Hubungan Anda: Cucu"),
    # "ibu saya juga ikut bantu" (the mother helped) made the report the mother's, and the NIK asked hers
    ("saya jatuh dari motor 3 hari lalu pas antar paket", "ibu saya juga ikut bantu",
     "bukan saya, yang kecelakaan suami saya", "• Yang mengalami: Anda sendiri",
     "• Yang mengalami: keluarga atau orang lain"),
    ("saya jatuh dari motor 3 hari lalu pas antar paket", "teman saya yang nolong",
     "bukan saya, yang kecelakaan suami saya", "• Yang mengalami: Anda sendiri",
     "• Yang mengalami: keluarga atau orang lain"),
])
async def test_a_relative_named_at_a_summary_is_not_who_died_or_was_hurt(
        chat: ChatSimulator, first: str, remark: str, correction: str, shown: str, corrected: str) -> None:
    """A relative doing something, told at a claim's summary, changed who died, who the writer is to them, or who was
    hurt, unsaid. Saying so still corrects them."""
    await chat.send(first)
    assert shown in chat.last.text, chat.last.text
    replies = await chat.send(remark)
    assert shown in replies[-1].text, replies[-1].text
    replies = await chat.send(correction)
    assert corrected in replies[-1].text, replies[-1].text


async def test_why_a_draft_is_not_submitted_is_answered_at_the_claims_list(chat: ChatSimulator) -> None:
    """"kenapa belum bisa diajukan" under one's claims, a draft among them: was "not understood"."""
    await _at_the_checklist(chat)
    await chat.send("menu")
    await chat.send("klaim saya sudah sampai mana")
    replies = await chat.send("kenapa belum bisa diajukan")
    assert replies[0].text.startswith("Klaim diajukan setelah semua dokumen wajib terkirim"), replies[0].text
    assert chat.labels()[0].startswith("Isi JKM-")


async def test_why_nothing_happened_yet_is_answered_at_the_claims_list(chat: ChatSimulator) -> None:
    """"kok blm diproses" under one's claims was "not understood": a draft is not checked until it is submitted; a
    submitted one is being checked, and a person can be asked."""
    await _at_the_checklist(chat)
    await chat.send("menu")
    await chat.send("cek klaim")
    replies = await chat.send("kok blm diproses")
    assert replies[0].text.startswith("Klaim yang masih draf belum diajukan, jadi belum diperiksa petugas."), \
        replies[0].text
    chat.switch("another-heir")  # whose only claim is submitted
    await submitted_claim(chat)
    await chat.send("cek klaim")
    replies = await chat.send("lama banget")
    assert replies[0].text.startswith("Klaim yang sudah diajukan diperiksa petugas"), replies[0].text


async def test_a_death_dated_weeks_back_is_kept_as_an_estimate(chat: ChatSimulator) -> None:
    """"2 minggu lalu" at the date question was recorded as the day it counts back to, said nowhere, and given to the
    officer as the date of death."""
    for text in ("5", VETERAN.nik, "2 minggu lalu"):
        await chat.send(text)
    assert chat.last.text.startswith("Saya catat sekitar 9 November 2026; tanggal pastinya dicocokkan petugas"), \
        chat.last.text
    for text in ("1", "istri", "ya", "1"):
        await chat.send(text)
    claim = await claim_just_recorded(chat)
    assert claim.event_date == dt.date(2026, 11, 9)
    assert claim.details.get("event_date_rough") is True


async def test_a_day_told_exactly_is_no_estimate(chat: ChatSimulator) -> None:
    reference = await submitted_claim(chat)  # "kemarin"
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
    assert claim is not None and "event_date_rough" not in claim.details


@pytest.mark.parametrize(("message", "line"), [
    ("suami saya meninggal minggu lalu", "• Tanggal meninggal: sekitar 16 November 2026"),
    ("suami saya meninggal kemarin", "• Tanggal meninggal: 22 November 2026"),
    ("saya jatuh dari motor sebulan lalu waktu antar paket", "• Waktu: sekitar 23 Oktober 2026"),
])
async def test_a_summary_says_a_day_counted_back_is_an_estimate(chat: ChatSimulator, message: str, line: str) -> None:
    await chat.send(message)
    assert line + "\n" in chat.last.text, chat.last.text


async def _at_the_traffic_question(chat: ChatSimulator, story: str) -> None:
    """An accident report of the user's own, up to "Apakah ini kecelakaan lalu lintas?"."""
    for text in ("4", "1", VETERAN.nik, "kemarin", "1", "Jl. Ahmad Yani", story):
        await chat.send(text)
    assert chat.last.text.startswith("Apakah ini kecelakaan lalu lintas")


async def _summary_says_traffic(chat: ChatSimulator, injury: str) -> str:
    """The rest of the report (the injury, a partner hospital): its summary's traffic line, then cancelled."""
    for text in (injury, "1"):
        await chat.send(text)
    line = next(line for line in chat.last.text.splitlines() if line.startswith("Kecelakaan lalu lintas:"))
    await chat.send("batal")
    return line


async def test_a_story_told_at_the_traffic_question_answers_it(chat: ChatSimulator) -> None:
    await _at_the_traffic_question(chat, "jatuh waktu antar barang")
    replies = await chat.send("ga tau")  # a hedge leans nowhere
    assert replies[0].text.startswith("Tidak apa-apa kalau belum tahu.")
    replies = await chat.send("saya tidak ditabrak, saya jatuh sendiri dari motor waktu parkir di gudang")
    assert replies[0].text.startswith("Maaf, saya belum mengerti")  # a no inside a story: not guessed
    replies = await chat.send("tadi pagi saya ditabrak mobil dari belakang waktu antar penumpang ke pasar")
    assert replies[-1].text.startswith("Apa cederanya?")
    assert await _summary_says_traffic(chat, "kaki kiri patah") == "Kecelakaan lalu lintas: ya"

    await _at_the_traffic_question(chat, "terpeleset di gudang waktu angkat barang")
    replies = await chat.send("bukan di jalan raya")  # says no itself: the road words do not turn it into a yes
    assert replies[-1].text.startswith("Apa cederanya?")
    assert await _summary_says_traffic(chat, "pinggang keseleo") == "Kecelakaan lalu lintas: tidak"

    await _at_the_traffic_question(chat, "terpeleset waktu angkat barang")
    replies = await chat.send("pulang naik motor dari gudang")  # the road and a warehouse: asked again
    assert replies[0].text.startswith("Maaf, saya belum mengerti")
    replies = await chat.send("jatuh dari tangga di gudang")  # off the road: a no
    assert replies[-1].text.startswith("Apa cederanya?")
    assert await _summary_says_traffic(chat, "pinggang keseleo") == "Kecelakaan lalu lintas: tidak"

    await _at_the_traffic_question(chat, "lagi kerja")
    replies = await chat.send("terpeleset di jalan depan toko")  # a slip, but on the road: asked again
    assert replies[0].text.startswith("Maaf, saya belum mengerti")
    replies = await chat.send("terpeleset waktu kerja")  # a harm of the workplace, not of traffic: a no
    assert replies[-1].text.startswith("Apa cederanya?")
    assert await _summary_says_traffic(chat, "pergelangan kaki terkilir") == "Kecelakaan lalu lintas: tidak"


async def test_a_cause_of_death_told_in_words_is_read(chat: ChatSimulator) -> None:
    for told, next_question in (("meninggal karena serangan jantung", "Apa hubungan Anda"),
                                ("heart attack", "Apa hubungan Anda"),
                                ("ditabrak truk waktu antar paket", "Apakah itu kecelakaan lalu lintas"),
                                ("dibegal pas narik", "Apakah itu kecelakaan lalu lintas"),  # was not understood
                                ("tiba2 meninggal pas tidur", "Apa hubungan Anda"),  # these were not understood
                                ("meninggal mendadak", "Apa hubungan Anda")):
        for text in ("menu", "5", VETERAN.nik, "kemarin"):
            await chat.send(text)
        assert chat.last.text.startswith("Apa penyebab meninggalnya?")
        replies = await chat.send(told)
        assert next_question in replies[-1].text, told
        await chat.send("batal")


async def test_a_cause_of_death_told_at_the_date_question_is_kept(chat: ChatSimulator) -> None:
    """"sakit jantung" where the date of death is asked was "Tanggalnya belum bisa saya baca", and the cause was asked
    again after the date. A hospital named is no cause ("meninggal di rumah sakit")."""
    for text in ("menu", "5", VETERAN.nik):
        await chat.send(text)
    replies = await chat.send("sakit jantung")
    assert replies[0].text.startswith("Penyebabnya saya catat: sakit atau sebab biasa."), replies[0].text
    replies = await chat.send("kemarin")
    assert "Apa hubungan Anda" in replies[-1].text, replies[-1].text  # the cause not asked again
    await chat.send("batal")
    for text in ("menu", "5", VETERAN.nik):
        await chat.send(text)
    replies = await chat.send("meninggal di rumah sakit")
    assert replies[0].text.startswith("Tanggalnya belum bisa saya baca"), replies[0].text


async def test_not_knowing_the_kpj_at_the_cause_question_is_not_an_unknown_cause(chat: ChatSimulator) -> None:
    """"ga tau kpj nya" at the cause question was its "Tidak tahu": the cause noted unknown, and the figures came."""
    for text in ("menu", "5", VETERAN.nik, "kemarin"):
        await chat.send(text)
    replies = await chat.send("ga tau kpj nya")
    assert replies[0].text.startswith("Nomor KPJ tertulis di kartu peserta"), replies[0].text
    assert "Apa penyebab meninggalnya?" in chat.last.text, chat.last.text
    replies = await chat.send("nik almarhum lupa")
    assert not replies[0].text.startswith("Tidak apa-apa, dicatat sebagai JKM"), replies[0].text
    assert "Apa penyebab meninggalnya?" in chat.last.text, chat.last.text
    replies = await chat.send("ga tau")  # the cause not known: as before
    assert replies[0].text.startswith("Tidak apa-apa, dicatat sebagai JKM"), replies[0].text


async def test_a_work_accident_told_before_the_cause_question_is_recorded_and_not_asked_again(chat: ChatSimulator
                                                                                              ) -> None:
    """"kecelakaan motor pas narik" at the deceased's NIK question was told the cause is asked later, and then asked."""
    await chat.send("5")
    replies = await chat.send("kecelakaan motor pas narik")
    assert replies[0].text.startswith("Baik, saya catat."), replies[0].text
    assert chat.last.text.endswith("Ketik NIK almarhum/almarhumah (16 angka di KTP atau KK)."), chat.last.text
    for text in (VETERAN.nik, "kemarin"):
        await chat.send(text)
    assert "Apa penyebab meninggalnya" not in chat.last.text and "Apakah itu kecelakaan lalu lintas" not in chat.last.text
    assert "Apa hubungan Anda" in chat.last.text, chat.last.text
    for text in ("istri", "tidak"):
        await chat.send(text)
    assert "Rp70.000.000" in chat.last.text, chat.last.text  # the work accident's figures


async def test_an_accident_not_said_to_be_work_before_the_cause_question_is_asked_later(chat: ChatSimulator) -> None:
    await chat.send("5")
    replies = await chat.send("jatuh dari motor")
    assert replies[0].text.startswith("Penyebab meninggalnya saya tanyakan sesudah ini"), replies[0].text
    for text in (VETERAN.nik, "kemarin"):
        await chat.send(text)
    assert chat.last.text.startswith("Apa penyebab meninggalnya?"), chat.last.text


async def test_a_suicide_told_at_the_cause_question_is_recorded_gently_as_jkm(chat: ChatSimulator) -> None:
    """Was "Maaf, saya belum mengerti. Ketik angka pilihan Anda", to a widow at that moment."""
    for text in ("menu", "5", VETERAN.nik, "kemarin"):
        await chat.send(text)
    replies = await chat.send("suami saya bunuh diri")
    assert replies[0].text.startswith("Terima kasih sudah menyampaikannya. Penyebabnya saya catat bukan kecelakaan "
                                      "kerja (JKM)."), replies[0].text
    assert "belum mengerti" not in "".join(reply.text for reply in replies)
    assert "Apa hubungan Anda" in replies[-1].text


@pytest.mark.parametrize("yes", ["iya bener", "boleh", "oke lanjut", "iya mau", "betul"])
async def test_a_yes_in_any_words_records_the_claim_and_the_report(chat: ChatSimulator, yes: str) -> None:
    """"Lanjut mencatat klaim …?" and "Simpan laporan ini …?" took a handful of words: "iya bener" or "boleh" there
    was "Maaf, saya belum mengerti"."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "saya anaknya"):
        await chat.send(text)
    assert "Lanjut mencatat klaim" in chat.last.text
    assert (await chat.send(yes))[0].text.startswith("Klaim dicatat dengan nomor JKM-")
    for text in ("menu", "4", "saya", VETERAN.nik, "tadi pagi", "jalan sudirman", "jatuh dari motor pas antar paket",
                 "lecet di kaki", "1"):
        await chat.send(text)
    assert "Simpan laporan ini" in chat.last.text
    assert (await chat.send(yes))[0].text.startswith("Laporan dicatat dengan nomor JKK-")


async def test_a_paper_asked_about_at_the_checklist_is_answered_as_the_recorded_claims(chat: ChatSimulator) -> None:
    """"apa itu surat ahli waris" at a recorded claim's checklist was told to send a photo; "akta kematian dari mana"
    must not say the claim "can be recorded first": it is."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "tidak", "1"):
        await chat.send(text)
    assert chat.labels() == ["Simpan dulu"]
    for asked, told in (("apa itu surat ahli waris", "diurus di kelurahan atau desa"),
                        ("akta kematian dari mana", "Akta kematian diurus di Disdukcapil")):
        replies = await chat.send(asked)
        assert told in replies[0].text and "Klaim ini tetap tersimpan" in replies[0].text, replies[0].text
        assert "bisa dicatat dulu" not in replies[0].text
        assert chat.labels() == ["Simpan dulu"]


async def test_a_file_named_wrong_is_relabelled_when_the_user_says_so(chat: ChatSimulator) -> None:
    """Tried as a user: a KTP sent as the KK, then "eh salah, itu tadi foto ktp suami saya bukan kk", was "Di langkah
    ini, kirim dokumen …", and the same photo sent again under the right name was refused as sent before: the
    officer would have read a KTP as the KK, and the KK as sent."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "tidak", "1"):
        await chat.send(text)
    reference = re.findall(r"JKM-\d{4}-\d{6}", chat.last_text)[0]
    await chat.media(content=b"photo of a ktp", caption="kk")
    replies = await chat.send("eh salah, itu tadi foto ktp suami saya bukan kk")
    said = replies[0].text
    assert said.startswith("Baik, berkas tadi saya catat sebagai e-KTP almarhum, bukan Kartu Keluarga (KK).\n"), said
    assert "Kartu Keluarga (KK)" in said.split("Masih kurang:")[1]  # missing again
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
        entries = await tx.audit_entries(reference)
    assert claim is not None and [d.item for d in claim.documents] == ["ktp_deceased"]
    assert entries[-1].action == "claim.document_relabelled" and entries[-1].data["from"] == "kk"
    resent = await chat.media(content=b"photo of a ktp", caption="ini ktp saya")  # the same photo, named again
    assert resent[0].text.startswith("Baik, berkas tadi saya catat sebagai e-KTP ahli waris, bukan e-KTP almarhum."), \
        resent[0].text  # was "Berkas ini sudah Anda kirim sebelumnya"
    await chat.media(content=b"photo of the kk", caption="kk")  # and the real KK is taken as the KK
    assert chat.last.text.startswith("Diterima: Kartu Keluarga (KK)."), chat.last.text
    again = await chat.send("yang tadi itu kk")  # naming the last file as what it is changes nothing
    assert not again[0].text.startswith("Baik, berkas tadi saya catat"), again[0].text


@pytest.mark.parametrize("lacking", ["surat polisi belum ada, gimana?", "ga ada surat polisi",
                                     "laporan polisi nya blm dikasih sama polisi"])  # was "send its photo now"
async def test_a_police_report_not_had_at_the_checklist_is_answered_for_this_claim(chat: ChatSimulator,
                                                                                 lacking: str) -> None:
    """"surat polisi belum ada, gimana?" at a traffic accident's checklist got the rule in general, ending with "for
    other work accidents there is no police report in the list": what stands in for it, and that the claim is kept."""
    for text in ("4", "saya", VETERAN.nik, "tadi pagi", "jalan sudirman", "ditabrak mobil pas antar paket",
                 "kaki lecet", "1", "1"):
        await chat.send(text)
    assert chat.labels() == ["Simpan dulu"]
    replies = await chat.send(lacking)
    assert replies[0].text.startswith("Jika tidak ada surat polisi atau surat Jasa Raharja, keterangan dua orang saksi"
                                      " bisa dipakai. Klaim ini tetap tersimpan"), replies[0].text
    assert chat.labels() == ["Simpan dulu"]


@pytest.mark.parametrize(("named", "received"), [
    ("surat keterangan 2 saksi", "Surat polisi/saksi"), ("kwitansi rs", "Kuitansi berobat"),
    ("kwitansi ambulan", "Kuitansi angkutan"), ("resume medis", "Surat dokter"),
])
async def test_an_accident_reports_papers_named_as_people_name_them(chat: ChatSimulator, named: str,
                                                                  received: str) -> None:
    """Tried as a user: "surat keterangan 2 saksi" and "kwitansi rs" for a photo at an accident report's checklist were
    "not understood" (only the labels' own words were read for these papers)."""
    for text in ("4", "saya", VETERAN.nik, "tadi pagi", "jalan sudirman", "ditabrak mobil pas antar paket",
                 "kaki lecet", "2", "1"):
        await chat.send(text)
    await chat.media("image/jpeg", b"synthetic paper")
    replies = await chat.send(named)
    assert replies[0].text.startswith(f"Diterima: {received}."), replies[0].text
    replies = await chat.send("kuitansi obat hilang")
    assert replies[0].text.startswith("Kuitansi berobat yang hilang bisa dimintakan salinannya"), replies[0].text


async def test_how_long_a_claim_takes_is_the_rule_of_the_claim_at_hand(chat: ChatSimulator) -> None:
    """Tried as a user: "berapa lama prosesnya sampai cair?" right after submitting a work accident's report got the
    death benefit's rule first. The claim just submitted, or the one whose papers are being sent, says which rule."""
    for text in ("4", "saya", VETERAN.nik, "tadi pagi", "jalan sudirman", "jatuh sendiri dari tangga gudang",
                 "tidak", "kaki lecet"):
        await chat.send(text)
    assert chat.last.text.startswith("Di mana berobat?")
    replies = await chat.send("berapa lama prosesnya sampai cair?")  # a question of the report
    assert replies[0].text.startswith("Untuk kecelakaan kerja, BPJS Ketenagakerjaan memutuskan paling lambat 30 hari"), \
        replies[0].text
    for text in ("3", "1"):
        await chat.send(text)
    replies = await chat.send("berapa lama prosesnya sampai cair?")
    assert replies[0].text.startswith("Untuk kecelakaan kerja, BPJS Ketenagakerjaan memutuskan paling lambat 30 hari"), \
        replies[0].text
    for index in range(1, 8):  # each paper of the list in its order, until the claim may be submitted
        await chat.media("image/jpeg", f"paper {index}".encode())
        await chat.send(str(index))
        if "Ajukan klaim" in chat.labels():
            break
    assert "Ajukan klaim" in chat.labels(), chat.last.text
    await chat.tap("Ajukan klaim")
    replies = await chat.send("berapa lama prosesnya sampai cair?")
    assert replies[0].text.startswith("Untuk kecelakaan kerja, BPJS Ketenagakerjaan memutuskan paling lambat 30 hari"), \
        replies[0].text
    assert "(JKM)" not in replies[0].text


async def test_a_paper_not_ready_after_leaving_a_recorded_claim_keeps_that_claim(chat: ChatSimulator) -> None:
    """Tried as a user: back after the session ended, "nanti ya, akta kematiannya belum jadi" was told the claim "can be
    recorded first without it", with "Klaim kematian" offered: a second claim for one recorded and kept."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "tidak", "1"):
        await chat.send(text)
    reference = chat.last.text.split("Dokumen untuk klaim ")[1].split(":")[0]
    await chat.send("menu")
    replies = await chat.send("nanti ya, akta kematiannya belum jadi")
    assert f"Klaim {reference} tetap tersimpan" in replies[0].text, replies[0].text
    assert "bisa dicatat dulu" not in replies[0].text
    assert chat.labels() == ["Cek klaim", "Menu utama"]


@pytest.mark.parametrize(("answer", "traffic"), [
    ("not on the road", "no"), ("it wasn't on the road", "no"), ("it was not on the road", "no"), ("no", "no"),
    ("yes, on the road", "yes"),
])
async def test_an_english_traffic_answer_negated_is_a_no(chat: ChatSimulator, answer: str, traffic: str) -> None:
    """Tried as a user: "it wasn't on the road" at "Was this a traffic accident?" recorded a traffic accident (the
    hint "on the road", its "not" unread), which asks for a police report and tells of Jasa Raharja."""
    chat.switch("english")
    for text in ("hello", "4", "me", VETERAN.nik, "this morning", "near the market",
                 "i slipped on the wet floor at the warehouse", answer, "my back hurts", "3"):
        await chat.send(text)
    assert f"Traffic accident: {traffic}" in chat.last.text, chat.last.text
    replies = await chat.send("Start again")
    for text in ("me", VETERAN.nik, "this morning", "near the market", "i slipped on the wet floor at the warehouse",
                 "no", "my back hurts"):
        replies = await chat.send(text)
    replies = await chat.send("not yet, i'll go to the clinic later")  # was kept as where the worker was treated
    assert "Treated at: Not treated yet" in replies[-1].text, replies[-1].text


async def test_a_time_said_in_passing_at_a_summary_is_no_correction(chat: ChatSimulator) -> None:
    """"tadi saya sudah tanya pak rt" at a claim's questions, or at the report's summary, changed the date of death, or
    the accident's time and its 2×24-hour deadline, to today. A time said of the event still corrects it."""
    for text in ("bapak saya meninggal kemarin karena sakit, mau klaim", "1", VETERAN.nik):
        await chat.send(text)
    assert "Lanjut mencatat klaim" in chat.last.text
    replies = await chat.send("tadi saya sudah tanya pak rt")
    assert replies[0].text.startswith("Maaf, saya belum mengerti"), replies[0].text
    replies = await chat.send("tadi saya ga sengaja")  # "not on purpose" holds no "no": was the menu
    assert replies[0].text.startswith("Maaf, saya belum mengerti"), replies[0].text
    replies = await chat.send("oh iya meninggalnya tadi subuh")
    assert "Tanggal meninggal: 23 November 2026" in replies[0].text
    await chat.send("batal")
    await chat.send("5")  # at the claim's first question, the same aside was noted as the date of death
    replies = await chat.send("tadi saya sudah tanya pak rt")
    assert "Tanggal meninggal" not in replies[0].text and replies[-1].text.endswith(
        "Ketik NIK almarhum/almarhumah (16 angka di KTP atau KK).")
    await chat.send("batal")
    for text in ("4", "saya", VETERAN.nik, "kemarin sore", "jalan sudirman", "jatuh dari motor pas antar paket",
                 "lecet di kaki", "1"):
        await chat.send(text)
    assert "Waktu: 22 November 2026 (sore)" in chat.last.text
    replies = await chat.send("tadi saya sudah tanya pak rt")
    assert replies[0].text.startswith("Maaf, saya belum mengerti"), replies[0].text
    replies = await chat.send("jam 4 sore")
    assert "Waktu: 22 November 2026 pukul 16.00" in "\n".join(reply.text for reply in replies)


@pytest.mark.parametrize(("user", "told", "hedged", "noted"), [
    ("u1", "suami saya meninggal minggu lalu", "kayaknya selasa", "Tanggal meninggal: 17 November 2026"),
    ("u2", "suami saya meninggal minggu lalu", "saya lupa, sepertinya selasa", "Tanggal meninggal: 17 November 2026"),
    ("u3", "my husband passed away last week", "not sure exactly, it was tuesday", "Date of death: 17 November 2026"),
    ("u4", "my husband passed away last week", "i think it was tuesday", "Date of death: 17 November 2026"),
    ("u5", "my husband passed away last week", "that's wrong, it was on tuesday", "Date of death: 17 November 2026"),
])
async def test_a_time_said_with_doubt_corrects_the_summary(chat: ChatSimulator, user: str, told: str, hedged: str,
                                                          noted: str) -> None:
    """"not sure exactly, it was tuesday" at the told summary ("Date of death: 16 November …, Is that right?") was not
    understood and the summary came again unchanged: only a message of nothing but a time corrected it, and a doubt
    ("kayaknya", "i think") is how people say a day they are not sure of."""
    chat.switch(user)
    await chat.send(told)
    replies = await chat.send(hedged)
    assert noted in "\n".join(reply.text for reply in replies), replies[0].text


@pytest.mark.parametrize("answer", ["i'm his wife", "his wife", "the wife", "I was his wife"])
async def test_a_relation_in_english_as_people_write_it(chat: ChatSimulator, answer: str) -> None:
    """"i'm his wife" at "How are you related to the deceased?" was told "Write your own relation …, for example:
    wife": the apostrophe split "i'm", and "his wife" without "I am" was not read at all."""
    chat.switch("english")
    for text in ("hello", "my husband passed away", "2", VETERAN.nik, "yesterday", "he had a heart attack at home"):
        await chat.send(text)
    assert chat.last.text.startswith("How are you related to the deceased?")
    replies = await chat.send(answer)
    assert replies[0].text.startswith("A wife or husband needs the marriage book."), replies[0].text


@pytest.mark.parametrize(("answer", "recorded"), [("sure", True), ("yeah", True), ("yep", True), ("of course", True),
                                                 ("correct", True), ("not sure", False), ("i'm not sure", False)])
async def test_an_english_yes_records_the_claim(chat: ChatSimulator, answer: str, recorded: bool) -> None:
    """"sure" or "yeah" at "Go on to record the claim …?" was "Sorry, I did not understand"; "not sure" is still no
    yes."""
    chat.switch("english")
    for text in ("hello", "my husband passed away yesterday", "1", VETERAN.nik, "illness", "no"):
        await chat.send(text)
    assert "Go on to record the claim" in chat.last.text
    replies = await chat.send(answer)
    assert replies[0].text.startswith("The claim is recorded with number JKM-") is recorded, replies[0].text


@pytest.mark.parametrize(("told", "named", "received"), [
    ("my husband passed away yesterday", "it's my husband's ktp", "Received: Deceased's e-KTP."),
    ("my husband passed away yesterday", "his id card", "Received: Deceased's e-KTP."),
    ("my husband passed away yesterday", "my ktp", "Received: Heir's e-KTP."),
    ("suami saya meninggal kemarin", "ktpnya bapak", "Diterima: e-KTP almarhum."),
    ("suami saya meninggal kemarin", "ktp", 'KTP siapa? Pilih "e-KTP almarhum" atau "e-KTP ahli waris".'),
])
async def test_whose_ktp_a_photo_is_as_an_heir_says_it(chat: ChatSimulator, told: str, named: str,
                                                     received: str) -> None:
    """"it's my husband's ktp" and "his id card" for a photo at an English death claim's checklist were "Sorry, I did
    not understand" (the kin words were Indonesian only); "ktpnya bapak" named no document; "ktp" alone was not
    understood where it only lacks whose."""
    chat.switch("heir")
    for text in ("hello" if told.startswith("my") else "halo", told, "1", VETERAN.nik,
                 "illness" if told.startswith("my") else "sakit", "no" if told.startswith("my") else "tidak", "1"):
        await chat.send(text)
    await chat.media("image/jpeg", b"synthetic ktp")
    replies = await chat.send(named)
    assert replies[0].text.startswith(received), replies[0].text


async def test_a_yes_before_an_answer_is_not_written_into_the_report(chat: ChatSimulator) -> None:
    """"iya di jalan sudirman" at the place question was written down as the place, "iya" and all."""
    for text in ("menu", "4", "saya", VETERAN.nik, "tadi pagi", "iya di jalan sudirman",
                 "ya, jatuh dari motor pas antar paket", "iya lecet di kaki", "1"):
        await chat.send(text)
    summary = chat.last.text.splitlines()
    assert "Tempat: di jalan sudirman" in summary
    assert "Kejadian: jatuh dari motor pas antar paket" in summary
    assert "Cedera: lecet di kaki" in summary


async def test_a_summary_missed_is_not_sent_again_whole(chat: ChatSimulator) -> None:
    """"masih dirawat" at "Simpan laporan ini …?" sent the twelve-line summary again under the apology: it is still
    just above on the phone's screen. The apology and the choices come; the summary's answer still works."""
    for text in ("menu", "4", "saya", VETERAN.nik, "tadi pagi", "jalan sudirman", "jatuh dari motor pas antar paket",
                 "lecet di kaki", "1"):
        await chat.send(text)
    assert "Ringkasan laporan kecelakaan kerja" in chat.last.text
    replies = await chat.send("masih dirawat")
    assert [reply.text for reply in replies] == ["Maaf, saya belum mengerti. Ketik angka pilihan Anda, misalnya 1."]
    assert chat.labels() == ["Ya, simpan laporan", "Ulangi dari awal", "Menu utama"]
    assert (await chat.send("1"))[0].text.startswith("Laporan dicatat dengan nomor JKK-")


async def test_only_a_draft_is_withdrawn_and_only_when_confirmed(chat: ChatSimulator) -> None:
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    deleting_a_file = await chat.send("di klaim ini tolong hapus foto ktp yang salah")  # a file, not the claim
    assert deleting_a_file[0].text.startswith("Kirim lagi yang benar"), deleting_a_file[0].text
    asked = await chat.send("klaimnya dihapus aja")  # typed rather than "batal"
    assert asked[-1].text.startswith("Batalkan klaim JKM-2026-000001?")
    again = await chat.send("kalau dibatalkan bisa klaim lagi?")  # was "Maaf, saya belum mengerti"
    assert again[0].text.startswith("Bisa: klaim baru bisa dimulai lagi") and "Batalkan klaim" in again[0].text
    unclear = await chat.send("hmm gimana ya")  # neither: said so, and asked again
    assert unclear[0].text.startswith("Maaf, saya belum mengerti") and "Batalkan klaim" in unclear[0].text
    kept = await chat.send("tidak")
    assert kept[0].text.startswith("Klaim JKM-2026-000001 disimpan sebagai draf.")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        assert (await tx.claims())[0].status == ClaimStatus.DRAFT
        with pytest.raises(ClaimError, match="not this account's"):  # another account cannot, whatever it sends
            await withdraw_claim(EffectContext(tx, "console", "someone-else", chat.clock(), JAKARTA, CATALOGS),
                                 WithdrawClaim("JKM-2026-000001"))
    # Submitted, sent back for a paper: "batal" at its checklist only leaves it; the desk closes a submitted claim.
    await chat.send("menu")
    reference = await submitted_claim(chat)
    async with chat.repo.transaction() as tx:
        await change_status(tx, reference, "dokumen_kurang", "KK buram", "cli:petugas", chat.clock(), CATALOGS)
    await chat.send("menu")
    await chat.send("cek klaim")
    await chat.tap(f"Isi {reference}")
    left = await chat.send("batal")
    assert left[0].text.startswith("Klaim ini tidak dihapus: yang sudah dicatat dan dikirim tetap tersimpan.")
    async with chat.repo.transaction() as tx:
        claim = await tx.claim(reference)
    assert claim is not None and claim.status == ClaimStatus.MISSING_DOCUMENTS


@pytest.mark.parametrize("answer", ["gak jadi", "ga jadi deh", "gajadi", "tidak jadi kak",
                                    "jangan batalin", "ga usah batal"])
async def test_a_change_of_mind_at_whether_to_withdraw_keeps_the_claim(chat: ChatSimulator, answer: str) -> None:
    """"Batalkan klaim …?" "gak jadi" withdrew the claim and deleted its documents: the cancel was read as a yes."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    await chat.media("image/jpeg", b"KK photo bytes")
    await chat.send("kk")
    asked = await chat.send("batal")
    assert asked[-1].text.startswith("Batalkan klaim JKM-2026-000001?"), asked[-1].text
    kept = await chat.send(answer)
    assert kept[0].text.startswith("Klaim JKM-2026-000001 disimpan sebagai draf."), kept[0].text
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim("JKM-2026-000001")
    assert claim is not None and claim.status == ClaimStatus.DRAFT and len(claim.documents) == 1


@pytest.mark.parametrize("answer", ["batal", "iya batalin aja", "batalkan saja"])  # words: were "not understood"
async def test_batal_at_whether_to_withdraw_is_a_yes(chat: ChatSimulator, answer: str) -> None:
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1", "batal"):
        await chat.send(text)
    withdrawn = await chat.send(answer)
    assert withdrawn[0].text.startswith("Klaim JKM-2026-000001 dibatalkan"), withdrawn[0].text
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claim = await tx.claim("JKM-2026-000001")
    assert claim is not None and claim.status == ClaimStatus.WITHDRAWN


async def test_a_file_sent_after_the_checklist_was_left_goes_to_the_unfinished_claim(chat: ChatSimulator) -> None:
    replies = await chat.media("image/jpeg", b"KTP photo bytes")  # no claim yet: nothing to add it to
    assert replies[0].text.startswith("Isi foto atau berkas belum bisa saya baca, dan belum ada klaim yang menunggu "
                                      "dokumen. Dokumen klaim dikirim sesudah klaimnya dicatat"), replies[0].text
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    reference = next(word for word in chat.last.text.split() if word.startswith("JKM-"))
    replies = await chat.send("ya")  # "ok, I will send them": taken note of, the checklist stays and says how
    assert replies[0].text.startswith("Baik, saya tunggu.\n\nKirim foto atau PDF dokumen satu per satu"), replies[0].text
    await chat.send("simpan dulu")
    await chat.send("menu")
    replies = await chat.media("image/jpeg", b"KTP photo bytes")
    assert replies[0].text.startswith(f"Berkas ini saya tambahkan ke klaim {reference}.")
    assert "Ini dokumen apa?" in replies[0].text
    replies = await chat.send("3")
    assert replies[0].text.startswith("Diterima: e-KTP ahli waris.")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claims = await tx.claims()
    assert [(c.reference, len(c.documents)) for c in claims] == [(reference, 1)]

    for text in ("menu", "5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1", "simpan dulu", "menu"):
        await chat.send(text)  # a second claim left unfinished: which one is not guessed
    replies = await chat.media("image/jpeg", b"KK photo bytes")
    assert replies[0].text.startswith("Berkas tadi belum saya simpan: pilih dulu klaimnya, lalu kirim lagi.")
    assert f"Isi {reference}" in chat.labels() and len([label for label in chat.labels() if label.startswith("Isi ")]) == 2
    for text in ("menu", "4", "1", "6474030611028672"):
        await chat.send(text)  # in the middle of another form: which claim is not guessed either
    replies = await chat.media("image/jpeg", b"KK photo bytes")
    assert replies[0].text.startswith("Berkas ini untuk klaim yang mana? Ketik \"cek klaim\"")


async def test_another_account_cannot_see_a_claim(chat: ChatSimulator) -> None:
    reference = await submitted_claim(chat)
    chat.user = "someone-else"
    replies = await chat.send("6")
    assert "Belum ada klaim dari akun ini" in replies[0].text
    assert reference not in "\n".join(r.text for r in replies)
    chat.user = "u1"
    replies = await chat.send("cek klaim")
    assert reference in replies[0].text


async def test_the_same_document_twice_is_stored_once_and_encrypted(chat: ChatSimulator, tmp_path: Path) -> None:
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    await chat.media("image/jpeg", b"KTP photo bytes", event_id="wamid.1")
    await chat.media("image/jpeg", b"KTP photo bytes", event_id="wamid.1")  # the platform delivers it again
    replies = await chat.send("3")
    assert replies[0].text.startswith("Diterima: e-KTP ahli waris.")
    replies = await chat.media("image/jpeg", b"KTP photo bytes")  # the user sends it again
    assert replies[0].text.startswith("Berkas ini sudah Anda kirim sebelumnya untuk: e-KTP ahli waris.")
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        claims = await tx.claims()
    assert [len(c.documents) for c in claims] == [1]
    stored = [p for p in (tmp_path / "media").rglob("*") if p.is_file()]
    assert len(stored) == 1
    assert b"KTP photo bytes" not in stored[0].read_bytes()
    assert chat.media_store.get(stored[0].name) == synthetic_file("image/jpeg", b"KTP photo bytes")


async def test_restart_mid_claim_resumes_at_the_same_question(chat: ChatSimulator) -> None:
    for text in ("4", "1", ROSTER[0].nik, "kemarin sore"):
        await chat.send(text)
    await chat.restart()
    replies = await chat.send("Pangkalan ojek Simpang Rimbo")
    assert replies[0].text.startswith("Ceritakan singkat apa yang terjadi")


def _env(monkeypatch: pytest.MonkeyPatch, db: Path) -> None:
    monkeypatch.setenv("KAWAN_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("KAWAN_SECRET_KEY", SECRET)
    monkeypatch.setenv("KAWAN_MEDIA_DIR", str(db.parent / "media"))


def test_cli_claims_desk_export_and_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    async def prepare() -> str:
        simulator = await ChatSimulator(tmp_path / "kawan.db").start()
        await simulator.seed(ROSTER)
        try:
            return await submitted_claim(simulator)
        finally:
            await simulator.close()

    reference = asyncio.run(prepare())
    _env(monkeypatch, tmp_path / "kawan.db")

    assert cli.main(["claims", "list", "--status", "diajukan"]) == 0
    listed = capsys.readouterr().out
    assert reference in listed and "1 klaim" in listed

    assert cli.main(["claims", "show", reference]) == 0
    shown = capsys.readouterr().out
    assert VETERAN.nik in shown and "[x] marriage" in shown

    assert cli.main(["claims", "set", reference, "dibayar"]) == 2
    assert "not allowed" in capsys.readouterr().err
    assert cli.main(["claims", "set", reference, "ditolak"]) == 2
    assert "needs a reason" in capsys.readouterr().err
    assert cli.main(["claims", "set", "JKM-2099-999999", "diverifikasi"]) == 2
    assert cli.main(["claims", "return", reference, "akta_lahir", "--reason", "x"]) == 2  # no such file
    assert f"klaim {reference} tidak punya berkas akta_lahir" in capsys.readouterr().err
    assert cli.main(["claims", "return", reference, "kk", "--reason", "  "]) == 2
    assert "say what is wrong with the file" in capsys.readouterr().err
    assert cli.main(["claims", "return", reference, "kk", "--reason", "Foto KK buram", "--by", "rina"]) == 0
    assert f"{reference}: kk dikembalikan; pemohon diberi tahu." in capsys.readouterr().out
    assert cli.main(["claims", "show", reference]) == 0
    assert "[ ] kk" in capsys.readouterr().out
    assert cli.main(["claims", "set", reference, "diverifikasi", "--by", "rina"]) == 0
    capsys.readouterr()

    out = tmp_path / "claims.csv"
    assert cli.main(["export-claims", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["reference"], r["status"], r["nik"], r["relation"], r["documents_missing"], r["event_date_estimated"])
            for r in rows] == [(reference, "diverifikasi", VETERAN.nik, "spouse", "kk", "tidak")]
    assert cli.main(["export-claims", str(tmp_path / "missing-folder" / "x.csv")]) == 2

    assert cli.main(["audit", "--ref", reference.lower()]) == 0
    audit = capsys.readouterr().out
    assert "cli:rina" in audit and "from=dokumen_kurang to=diverifikasi" in audit and "claim.document_returned" in audit
    assert VETERAN.nik not in audit


async def test_a_claim_named_by_its_short_reference_in_ones_list_is_opened(chat: ChatSimulator) -> None:
    """"jkm 1" under one's claims was the JKM page: the claim of the list it names is opened (a submitted one shown)."""
    for text in ("5", VETERAN.nik, "kemarin", "1", "istri", "ya", "1"):
        await chat.send(text)
    reference = chat.last.text.split("nomor ")[1].split(" ")[0]
    await chat.send("menu")
    await chat.send("6")
    replies = await chat.send("jkm 1")
    assert replies[-1].text.startswith(f"Dokumen untuk klaim {reference}:"), replies[-1].text
    await chat.send("menu")
    await chat.send("6")
    replies = await chat.send("klaim jkk 1")  # no such claim in the list: not opened, as before
    assert not replies[-1].text.startswith("Dokumen untuk klaim"), replies[-1].text


async def test_a_bound_city_admin_moves_a_claim_from_the_chat(chat: ChatSimulator) -> None:
    from tests.factories import CITY_ADMIN, KELURAHAN_OFFICER

    await chat.seed((), (CITY_ADMIN, KELURAHAN_OFFICER))
    reference = await submitted_claim(chat)
    claimant = chat.user
    chat.switch("kelurahan")
    await chat.send("9")
    await chat.contact(KELURAHAN_OFFICER.phone)
    assert "Meja klaim" not in chat.labels()  # the desk is the city admin's
    chat.switch("admin")
    await chat.send("9")
    await chat.contact(CITY_ADMIN.phone)
    # asked in words at the admin's menu: was the admin's own claims (none), and the main menu
    await chat.send("berapa klaim yg blm diproses")
    assert f"{reference} · diajukan" in chat.last.text, chat.last.text
    await chat.send("menu petugas")
    await chat.tap("Meja klaim")
    assert f"{reference} · diajukan" in chat.last.text
    await chat.tap(f"Buka {reference}")
    assert "NIK: 1571021003750005" in chat.last.text
    assert [c for c in chat.labels() if c.startswith("Ubah ke")] == [
        "Ubah ke: dokumen kurang", "Ubah ke: diverifikasi", "Ubah ke: ditolak"]
    await chat.tap("Ubah ke: ditolak")
    for said in ("gak jadi tolak", "eh salah pencet"):  # the first moved the claim with it as the reason to the claimant
        replies = await chat.send(said)
        assert replies[-1].text.startswith(f"{reference} · diajukan"), (said, replies[-1].text)
        await chat.tap("Ubah ke: ditolak")
    await chat.send("kembali")
    await chat.tap("Ubah ke: dokumen kurang")
    assert "Tulis alasannya" in (await chat.send("kurang"))[0].text
    replies = await chat.send("Foto KTP ahli waris buram, kirim ulang")
    assert f"{reference}: status sekarang dokumen kurang. Pemohon diberi kabar." in replies[0].text
    inbox = chat.switch(claimant)
    assert any(f"Kabar klaim {reference}" in r.text and "Foto KTP ahli waris buram" in r.text for r in inbox)
    assert chat.repo is not None
    async with chat.repo.transaction() as tx:
        entries = await tx.audit_entries(reference)
    moved = [e for e in entries if e.action == "claim.status"][-1]
    assert moved.actor.startswith("officer:") and moved.data["to"] == "dokumen_kurang"
    assert entries[-1].action == "claim.opened"  # what the desk read is audited too


@pytest.mark.parametrize(("said", "told"), [
    ("saya gak punya buku tabungan gimana", ["rekening ahli waris"]),
    ("akte kematian belum ada", ["Disdukcapil", "Surat keterangan kematian"]),
    ("ktp sama kk bapak hilang", ["Kartu Keluarga yang hilang", "e-KTP yang hilang"]),  # both answered
    ("belum punya semuanya", ["tanyakan penggantinya"]),
    ("nggak ada surat nikah", ["KUA"]),
    ("I don't have a bank book", ["rekening ahli waris"]),
    ("apa itu surat ahli waris", ["diurus di kelurahan atau desa"]),  # asked what it is: was "send a photo"
    ("akta kematian dari mana", ["Disdukcapil"]),
    ("surat ahli waris bikin dmn", ["diurus di kelurahan atau desa"]),  # "dmn": was not understood
    ("kk blm dapet", ["Kartu Keluarga"]),
])
def test_a_document_not_had_gets_where_it_is_made_and_the_claim_waits(said: str, told: list[str]) -> None:
    answer = not_had(said)
    assert answer is not None and "Simpan dulu" in answer
    assert all(part in answer for part in told), answer


@pytest.mark.parametrize("said", ["ktp istri sy blm ada, masih di dompet dia di rumah sakit",
                                  "kk nya ketinggalan di kampung", "his ktp is still at the hospital"])
def test_a_document_not_at_hand_is_waited_for_not_replaced(said: str) -> None:
    """Found in make run: a wife's KTP left in her wallet at the hospital was told how to replace a lost e-KTP at
    Disdukcapil; one left at home was not understood."""
    assert not_had(said) == "Klaim ini tetap tersimpan: kirim dulu dokumen yang sudah ada, yang lain bisa menyusul " \
                            "(pilih \"Simpan dulu\")."
    assert "Disdukcapil" not in (not_had_yet(said) or "Disdukcapil")
    assert "Disdukcapil" in (not_had("ktp istri sy hilang, masih di cari") or "")  # lost is lost
    assert not_had("apa aja yg dibawa, ktp sama kk?") is None  # what to bring, asked


@pytest.mark.parametrize("said", ["kk nya di rumah mertua", "ktp dibawa anak sy"])
def test_a_document_at_someones_home_is_waited_for_at_the_checklist(said: str) -> None:
    """Were "Baik, kirim foto Kartu Keluarga (KK) sekarang", and "not understood". At the menu no claim waits for it."""
    assert not_had(said) == "Klaim ini tetap tersimpan: kirim dulu dokumen yang sudah ada, yang lain bisa menyusul " \
                            "(pilih \"Simpan dulu\")."
    assert not_had("bapak meninggal di rumah kemarin, kk ada") is None  # where he died


def test_a_message_that_has_every_document_is_no_missing_document() -> None:
    assert not_had("ini ktp bapak") is None
    assert not_had("kirim besok ya") is None


def test_before_the_claim_is_recorded_only_a_named_document_is_missing() -> None:
    """Between a claim's questions the claim is not saved yet, and "hilang" may belong to the story."""
    answer = not_had_yet("akta kematian belum ada")
    assert answer is not None and "Disdukcapil" in answer and "Simpan dulu" not in answer
    assert not_had_yet("motor saya hilang kendali") is None
    assert not_had_yet("belum punya semuanya") is None


@pytest.mark.parametrize("said", ["saya gatau nomor kpj saya", "lupa no kpj", "ga inget kpj nya", "I forgot my kpj"])
def test_a_forgotten_kpj_number_is_where_to_find_it(said: str) -> None:
    answer = not_had_yet(said)
    assert answer is not None and "JMO" in answer


def test_not_knowing_what_a_paper_is_is_no_missing_document() -> None:
    assert not_had_yet("gatau akta kematian itu apa") is None
    assert not_had("ga tau kk itu apa") is None


@pytest.mark.parametrize("said", ["ktp nya ga ada, adanya kk", "saya ga punya nik nya, cuma ada kk",
                                  "i dont have his nik, only the kk"])
def test_a_kk_had_where_the_ktp_or_nik_is_not_is_where_the_nik_is(said: str) -> None:
    """The KK had was told how to replace a lost KK; the NIK is on it."""
    assert not_had_yet(said) == "NIK juga tertulis di Kartu Keluarga (KK): ketik NIK-nya dari sana."


def test_a_document_had_beside_one_missing_is_not_told_how_to_replace_it() -> None:
    answer = not_had("ktp almarhum ga ada, cuma ada kk")
    assert answer is not None and "e-KTP yang hilang" in answer and "Kartu Keluarga yang hilang" not in answer
    lost = not_had("ga ada kk")  # a KK not had is still one
    assert lost is not None and "Kartu Keluarga yang hilang" in lost


async def test_no_claims_asked_again_in_a_session_is_answered_briefly(chat: ChatSimulator) -> None:
    """"cek klaim sy", then "kok blm cair2 ya", then "udah 2 minggu": the whole paragraph on where claims can be seen
    came three times. Once; after it, in the same session, a short answer on claims filed elsewhere."""
    first = await chat.send("cek klaim sy")
    assert first[0].text.startswith("Belum ada klaim dari akun ini. Klaim hanya terlihat dari akun yang mencatatnya")
    for again in ("kok blm cair2 ya", "udah 2 minggu"):
        replies = await chat.send(again)
        assert replies[0].text.startswith("Dari akun ini tetap belum ada klaim. Klaim yang diajukan di kantor cabang "
                                          "atau lewat akun lain: tanyakan statusnya"), replies[0].text
    await chat.advance(hours=2)  # the session ends: the whole answer again
    replies = await chat.send("cek klaim")
    assert replies[-1].text.startswith("Belum ada klaim dari akun ini. Klaim hanya terlihat"), [r.text for r in replies]


@pytest.mark.parametrize("said", ["ga tau", "bingung", "sy masih bingung nih", "sy ga ngerti", "i'm confused",
                                  "i don't understand"])
async def test_being_at_a_loss_at_the_checklist_is_helped_not_corrected(chat: ChatSimulator, said: str) -> None:
    """Was "Di langkah ini, kirim dokumen sebagai foto atau PDF …", as if it were a wrong answer."""
    await _at_the_checklist(chat)
    replies = await chat.send(said)
    assert replies[0].text.startswith("Tidak apa-apa. Kirim dulu foto dokumen yang sudah ada. Untuk yang belum, "
                                      "tanyakan di sini"), replies[0].text
    assert "Kirim foto atau PDF dokumen satu per satu" in replies[0].text
    replies = await chat.send("surat ahli waris dibuat di mana")  # the example given is understood
    assert replies[0].text.startswith("Surat keterangan ahli waris diurus di kelurahan"), replies[0].text


async def test_a_paper_not_had_yet_told_right_after_the_claim_is_kept_is_answered_of_that_claim(
        chat: ChatSimulator) -> None:
    """"akta nya blm jadi" right after "Simpan dulu" was "Maaf, saya belum mengerti": at the menu it was answered, not
    where a kept claim says "Ada lagi yang bisa saya bantu?"."""
    await _at_the_checklist(chat)
    await chat.send("simpan dulu")
    replies = await chat.send("akta nya blm jadi")
    assert replies[0].text.startswith("Akta kematian diurus di Disdukcapil.") and "JKM-2026-000001 tetap tersimpan" in \
        replies[0].text, replies[0].text


@pytest.mark.parametrize(("place", "story", "asked"), [
    ("rumah pelanggan", "jatuh dr tangga pas benerin atap rumah orang, kerja borongan", False),
    ("pabrik", "tangan kejepit mesin pas kerja", False),
    ("jl mawar", "jatuh dari tangga rumah pelanggan", True),  # a road named: asked
    ("pasar", "jatuh dari motor pas antar barang", False),  # the road plainly: not asked, a yes
])
async def test_a_story_plainly_off_the_road_is_not_asked_whether_it_was_traffic(chat: ChatSimulator, place: str,
                                                                               story: str, asked: bool) -> None:
    """Tried as a user: a fall from a ladder while mending a roof was asked "Apakah ini kecelakaan lalu lintas?". The
    summary shows the answer taken ("Kecelakaan lalu lintas: tidak"), where a wrong one is corrected."""
    for text in ("lapor kecelakaan", "saya sendiri", ACTIVE.nik, "tadi pagi", place):
        await chat.send(text)
    replies = await chat.send(story)
    assert replies[-1].text.startswith("Apakah ini kecelakaan lalu lintas") is asked, replies[-1].text
    if not asked:
        for text in ("kaki keseleo", "puskesmas"):
            await chat.send(text)
        road = "ya" if "motor" in story else "tidak"
        assert f"Kecelakaan lalu lintas: {road}\n" in chat.last_text, chat.last_text


async def test_an_injury_told_after_no_injury_replaces_it(chat: ChatSimulator) -> None:
    """"tidak" at "Apa cederanya?", then "punggung memar" at the treatment question: was "Cedera: tidak; punggung
    memar"."""
    for text in ("lapor kecelakaan", "saya sendiri", ACTIVE.nik, "kemarin sore", "di pasar", "jatuh pas angkat barang",
                 "tidak", "tidak"):
        await chat.send(text)
    replies = await chat.send("punggung memar")
    assert replies[0].text.startswith("Cederanya saya catat: punggung memar."), replies[0].text
    await chat.send("puskesmas")
    assert "Cedera: punggung memar\n" in chat.last_text, chat.last_text


async def test_adding_a_paper_asked_after_submitting_is_answered_for_a_submitted_claim(chat: ChatSimulator) -> None:
    """"mau tambah dokumen" right after submitting was sent to "Cek klaim", which opens no list of papers for a submitted
    claim (the officer checks it as sent, and asks for more when needed)."""
    for text in ("5", ACTIVE.nik, "kemarin", "1", "istri", "tidak", "1"):
        await chat.send(text)
    for n, caption in enumerate(("kpj", "ktp suami", "ktp saya", "kk", "akta kematian", "surat ahli waris", "buku nikah",
                                 "buku tabungan")):
        replies = await chat.media("image/jpeg", f"synthetic page {n}".encode(), caption=caption)
    assert "Semua dokumen wajib sudah ada" in replies[-1].text, replies[-1].text
    assert (await chat.send("1"))[0].text.startswith("Klaim JKM-2026-000001 sudah diajukan.")
    replies = await chat.send("mau tambah dokumen")
    assert replies[0].text.startswith("Klaim yang sudah diajukan diperiksa petugas dengan dokumen yang sudah ada."), \
        replies[0].text


async def test_being_at_a_loss_at_an_accidents_checklist_is_given_an_accidents_example(chat: ChatSimulator) -> None:
    """The example was the heir statement's, a death claim's paper, at an accident's checklist too (found in make run)."""
    for text in ("lapor kecelakaan", "saya sendiri", ACTIVE.nik, "tadi pagi", "di pasar", "jatuh pas angkat barang",
                 "tidak", "kaki keseleo", "puskesmas", "1"):
        await chat.send(text)
    replies = await chat.send("bingung")
    assert 'misalnya "surat dokter dibuat di mana"' in replies[0].text, replies[0].text
    replies = await chat.send("surat dokter dibuat di mana")  # the example is understood there
    assert replies[0].text.startswith("Surat keterangan dokter atau resume medis diminta ke dokter"), replies[0].text


@pytest.mark.parametrize(("typed", "told"), [
    ("surat polisi wajib ga? sy jatuh sendiri",  # was "Baik, kirim foto Surat polisi/saksi sekarang"
     ("Ya, Surat polisi/saksi termasuk dokumen wajib klaim ini: kirim fotonya jika sudah ada. Jika tidak ada surat "
      "polisi atau surat Jasa Raharja, keterangan dua orang saksi bisa dipakai.")),
    ("formulir tahap 1 dapet dimana", "Formulir laporan kecelakaan kerja tahap I diisi di kantor cabang"),  # these
    ("saksinya harus siapa", "Saksi adalah dua orang yang melihat atau mengetahui kejadiannya"),  # were "Di langkah
    # ini, kirim dokumen …"
])
async def test_a_traffic_accidents_papers_asked_at_its_checklist_are_answered(chat: ChatSimulator, typed: str,
                                                                            told: str) -> None:
    for text in ("lapor kecelakaan", "saya sendiri", ACTIVE.nik, "tadi pagi", "di jalan sudirman",
                 "jatuh dari motor pas antar paket", "ya", "kaki keseleo", "puskesmas", "1"):
        await chat.send(text)
    replies = await chat.send(typed)
    assert replies[0].text.startswith(told), replies[0].text
    assert "Kirim foto atau PDF dokumen satu per satu" in replies[-1].text, replies[-1].text  # the checklist kept


@pytest.mark.parametrize(("time", "expected"), [
    ("", dt.datetime(2026, 11, 24, 4, 40, tzinfo=JAKARTA)),  # "Tidak ingat" told at 04.40: was noon, still to come
    ("pagi", dt.datetime(2026, 11, 24, 4, 40, tzinfo=JAKARTA)),  # "tadi pagi" at 04.40: was 08.00
    ("03:15", dt.datetime(2026, 11, 24, 3, 15, tzinfo=JAKARTA)),
    ("malam", dt.datetime(2026, 11, 23, 20, 0, tzinfo=JAKARTA)),  # another day: the part's middle, as before
])
def test_an_accident_counted_from_no_later_than_its_report(time: str, expected: dt.datetime) -> None:
    """The desk's 2×24-hour deadline is counted from when the accident happened: never from after the claim was made."""
    made = dt.datetime(2026, 11, 23, 21, 40, tzinfo=dt.UTC)  # 04.40 in Jakarta
    claim = StoredClaim(reference="JKK-2026-000001", kind="accident", benefit="jkk", status="submitted", reason=None,
                        channel="console", user="u1", locale="id", nik=ACTIVE.nik, details={"time": time},
                        event_date=expected.date(), checklist=(), optional=(), documents=(), created_at=made,
                        submitted_at=made, updated_at=made)
    assert happened_at(claim, JAKARTA) == expected
