"""Cek kepesertaan: NIK + birth date → what the roster says, without revealing whether a NIK exists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from conversations.domain.nik import NikError, NikProblem
from conversations.domain.rules import PP_82_2019, rules_on
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows.common import HOME, to_menu
from conversations.i18n import _, format_date, format_money, lazy_gettext
from conversations.model import (
    Conversation,
    Expect,
    LookupOutcome,
    LookupParticipant,
    LookupResult,
    ParticipantView,
)
from conversations.nlu.entities import read_date, read_nik

MAX_FAILED_CHECKS = 5
FAILED_CHECK_WINDOW = dt.timedelta(hours=1)


class StatusState(StrEnum):
    ASK_NIK = "status.ask_nik"
    ASK_BIRTH_DATE = "status.ask_birth_date"
    CHECKING = "status.checking"
    FOUND = "status.found"
    NOT_FOUND = "status.not_found"
    HOW_TO_ENROL = "status.how_to_enrol"


class StatusDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    nik: str | None = None


# -- throttling ------------------------------------------------------------------------------


def recent_failures(conv: Conversation, now: dt.datetime) -> tuple[dt.datetime, ...]:
    return tuple(at for at in conv.failed_checks if now - at < FAILED_CHECK_WINDOW)


def wait_minutes(conv: Conversation, now: dt.datetime) -> int | None:
    failures = recent_failures(conv, now)
    if len(failures) < MAX_FAILED_CHECKS:
        return None
    free_at = sorted(failures)[-MAX_FAILED_CHECKS] + FAILED_CHECK_WINDOW
    return max(1, math.ceil((free_at - now).total_seconds() / 60))


def throttled_text(minutes: int) -> str:
    return _(
        "Terlalu banyak percobaan yang tidak cocok. Demi keamanan data, silakan coba lagi "
        "dalam {minutes} menit. Jika Anda yakin data Anda benar, hubungi Contact Center 175."
    ).format(minutes=minutes)


def start(ctx: Ctx[object]) -> Outcome:
    """Entry from the menu: refuse early when the user is still locked out."""
    minutes = wait_minutes(ctx.conversation, ctx.now)
    if minutes is not None:
        return Goto(HOME, say=(throttled_text(minutes),))
    return Goto(StatusState.ASK_NIK)


def start_with(ctx: Ctx[object], nik: str | None) -> Outcome:
    """From "cek bpjs NIK 1571…": the NIK already given, so the birth date is asked next."""
    started = start(ctx)
    if nik is None or not isinstance(started, Goto) or started.state != StatusState.ASK_NIK:
        return started
    return Goto(StatusState.ASK_BIRTH_DATE, draft=StatusDraft(nik=nik))


# -- NIK -------------------------------------------------------------------------------------


def nik_problem_text(error: NikError) -> str:
    if error.problem is NikProblem.LENGTH:
        return _("NIK harus 16 angka; yang Anda kirim {count} angka.").format(count=error.digits_given)
    if error.problem is NikProblem.NOT_DIGITS and error.digits_given >= 8:
        return _("NIK hanya berisi angka. Periksa lagi: huruf O dan angka 0 sering tertukar.")
    if error.problem is NikProblem.NOT_DIGITS:
        return _("Yang saya perlukan di sini adalah NIK: 16 angka. Ketik \"menu\" jika ingin kembali ke menu.")
    if error.problem is NikProblem.PROVINCE:
        return _("Dua angka pertama NIK bukan kode provinsi yang dikenal. Periksa lagi NIK di KTP Anda.")
    if error.problem is NikProblem.BIRTH_DATE:
        return _("Angka ke-7 sampai ke-12 NIK harus berisi tanggal lahir yang benar. Periksa lagi NIK di KTP Anda.")
    if error.problem is NikProblem.SERIAL:
        return _("Empat angka terakhir NIK tidak boleh 0000. Periksa lagi NIK di KTP Anda.")
    return _("NIK belum diisi.")


def _on_nik(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    parsed = read_nik(text)
    if isinstance(parsed, NikError):
        return Retry(nik_problem_text(parsed))
    return Goto(StatusState.ASK_BIRTH_DATE, draft=ctx.draft.model_copy(update={"nik": parsed.value}))


# -- birth date ------------------------------------------------------------------------------


def birth_date_problem(text: str, today: dt.date) -> str | dt.date:
    date = read_date(text, today)
    if date is None:
        return _("Tanggal lahir belum bisa saya baca. Tulis seperti 22-05-1990 atau 22 Mei 1990.")
    if date > today:
        return _("Tanggal lahir tidak boleh di masa depan.")
    if date.year < 1900:
        return _("Tahun lahir terlalu jauh. Tulis tahun dengan 4 angka, misalnya 1990.")
    return date


def _on_birth_date(ctx: Ctx[StatusDraft], text: str) -> Outcome:
    checked = birth_date_problem(text, ctx.today)
    if isinstance(checked, str):
        return Retry(checked)
    minutes = wait_minutes(ctx.conversation, ctx.now)
    if minutes is not None:
        return Goto(HOME, say=(throttled_text(minutes),), draft=StatusDraft())
    assert ctx.draft.nik is not None
    return Goto(StatusState.CHECKING, effects=(LookupParticipant(ctx.draft.nik, checked),))


# -- result ----------------------------------------------------------------------------------

PROGRAM_NAMES = {
    "JKK": lazy_gettext("JKK (Jaminan Kecelakaan Kerja)"),
    "JKM": lazy_gettext("JKM (Jaminan Kematian)"),
    "JHT": lazy_gettext("JHT (Jaminan Hari Tua)"),
}
STATUS_NAMES = {"aktif": lazy_gettext("Aktif"), "nonaktif": lazy_gettext("Nonaktif")}
SELF_FUNDED = ("mandiri", "sendiri", "peserta")


def _participant_text(p: ParticipantView, today: dt.date) -> str:
    programs = ", ".join(str(PROGRAM_NAMES.get(code, code)) for code in p.programs)
    lines = [
        _("Data kepesertaan ditemukan."),
        _("Nama: {name}").format(name=p.masked_name),
        _("Nomor KPJ: {kpj}").format(kpj=p.masked_kpj),
        _("Status: {status}").format(status=str(STATUS_NAMES.get(p.status, p.status))),
        _("Program: {programs}").format(programs=programs),
        _("Iuran dibayar oleh: {payer}").format(payer=p.funded_by),
        _("Masa perlindungan: {start} s.d. {end}").format(
            start=format_date(p.coverage_start), end=format_date(p.coverage_end)
        ),
    ]
    if p.paid_until is not None:
        lines.append(_("Iuran terbayar sampai: {date}").format(date=format_date(p.paid_until)))
    return "\n".join(lines) + "\n\n" + _next_step(p, today)


def _next_step(p: ParticipantView, today: dt.date) -> str:
    rules = rules_on(today) or PP_82_2019
    self_funded = p.funded_by.strip().lower().startswith(SELF_FUNDED)
    if p.status == "nonaktif":
        text = _(
            "Kepesertaan Anda nonaktif. Kepesertaan menjadi nonaktif jika iuran tidak dibayar "
            "{months} bulan berturut-turut, dan selama nonaktif perlindungan berhenti. Tunggakan masih "
            "bisa dibayar paling lambat {arrears} bulan setelah perlindungan berhenti; setelah itu "
            "kepesertaan berakhir."
        ).format(months=rules.nonaktif_after_unpaid_months, arrears=rules.arrears_payable_months)
        if self_funded:
            return text + "\n" + _("Hubungi kantor cabang BPJS Ketenagakerjaan untuk membayar tunggakan.")
        return text + "\n" + _(
            "Iuran Anda dibayar oleh {payer}. Hubungi Disnaker atau kelurahan Anda, dan kantor cabang "
            "BPJS Ketenagakerjaan."
        ).format(payer=p.funded_by)
    if p.coverage_end < today:
        return _(
            "Masa perlindungan di data kami berakhir pada {date}. Tanyakan perpanjangannya ke {payer} "
            "atau kantor cabang BPJS Ketenagakerjaan."
        ).format(date=format_date(p.coverage_end), payer=p.funded_by)
    return _(
        "Anda terlindungi. Simpan nomor KPJ Anda. Jika mengalami kecelakaan kerja, laporkan dalam "
        "2×24 jam. Jika peserta meninggal dunia, ahli waris berhak atas santunan kematian."
    )


def _on_result(ctx: Ctx[StatusDraft], result: LookupResult) -> Outcome:
    cleared = StatusDraft()  # the NIK is not kept once the check is done
    if result.outcome is LookupOutcome.FOUND and result.participant is not None:
        return Goto(StatusState.FOUND, draft=cleared, say=(_participant_text(result.participant, ctx.today),))
    failures = (*recent_failures(ctx.conversation, ctx.now), ctx.now)
    conv = dataclasses.replace(ctx.conversation, failed_checks=failures)
    return Goto(
        StatusState.NOT_FOUND,
        draft=cleared,
        conversation=conv,
        say=(
            _("Data dengan NIK dan tanggal lahir itu tidak ditemukan. Periksa lagi keduanya: "
              "mungkin ada salah ketik. Jika Anda belum terdaftar, Anda bisa diusulkan oleh ketua RT "
              "atau mendaftar sendiri."),
        ),
    )


def _how_to_enrol(ctx: Ctx[StatusDraft]) -> str:
    rules = rules_on(ctx.today) or PP_82_2019
    return _(
        "Cara mendapat perlindungan BPJS Ketenagakerjaan (JKK dan JKM):\n"
        "1. Program pemerintah daerah: minta ketua RT Anda mengusulkan nama Anda. Usulan diperiksa "
        "kelurahan dan kecamatan, lalu iurannya dibayar pemerintah.\n"
        "2. Mendaftar sendiri sebagai peserta Bukan Penerima Upah (BPU): iuran {total} per bulan "
        "(JKK {jkk} + JKM {jkm}, penghasilan {income}). Daftar di kantor cabang BPJS Ketenagakerjaan, "
        "lewat agen Perisai, atau di bank mitra, dengan membawa e-KTP."
    ).format(
        total=format_money(rules.minimum_contribution),
        jkk=format_money(rules.jkk_contribution),
        jkm=format_money(rules.jkm_contribution),
        income=format_money(rules.lowest_income_bracket),
    )


LABEL_CHECK_AGAIN = lazy_gettext("Cek NIK lain")
LABEL_TRY_AGAIN = lazy_gettext("Coba lagi")
LABEL_HOW_TO_ENROL = lazy_gettext("Cara mendaftar")
LABEL_BENEFITS = lazy_gettext("Manfaat JKK & JKM")

FLOW = Flow(
    name="status",
    entry=StatusState.ASK_NIK,
    draft_model=StatusDraft,
    steps=(
        Step(
            StatusState.ASK_NIK,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Ketik NIK Anda (16 angka yang ada di KTP atau KK)."),
            expects=Expect.NIK,
            on_text=_on_nik,
            goes_to=frozenset({StatusState.ASK_BIRTH_DATE}),
            help=lazy_gettext("NIK adalah Nomor Induk Kependudukan, 16 angka di KTP atau Kartu Keluarga. "
                              "Boleh ditulis dengan spasi atau titik."),
        ),
        Step(
            StatusState.ASK_BIRTH_DATE,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Ketik tanggal lahir Anda, misalnya 22-05-1990 atau 22 Mei 1990."),
            expects=Expect.DATE,
            on_text=_on_birth_date,
            goes_to=frozenset({StatusState.CHECKING, HOME}),
            help=lazy_gettext("Tanggal lahir dipakai untuk memastikan bahwa data ini milik Anda. "
                              "Tulis tanggal, bulan dan tahun, misalnya 22-05-1990."),
        ),
        Step(
            StatusState.CHECKING,
            timeout=Timeout.QUIET,
            expects=Expect.NOTHING,
            on_result=_on_result,
            goes_to=frozenset({StatusState.FOUND, StatusState.NOT_FOUND}),
        ),
        Step(
            StatusState.FOUND,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Ada lagi yang bisa saya bantu?"),
            options=(
                Option("again", LABEL_CHECK_AGAIN, goto=StatusState.ASK_NIK),
                Option("benefits", LABEL_BENEFITS, goto="benefits.menu"),
                to_menu(),
            ),
        ),
        Step(
            StatusState.NOT_FOUND,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Apa yang ingin Anda lakukan?"),
            options=(
                Option("again", LABEL_TRY_AGAIN, then=start),
                Option("enrol", LABEL_HOW_TO_ENROL, goto=StatusState.HOW_TO_ENROL),
                to_menu(),
            ),
            goes_to=frozenset({StatusState.ASK_NIK, HOME}),
        ),
        Step(
            StatusState.HOW_TO_ENROL,
            timeout=Timeout.QUIET,
            ask=_how_to_enrol,
            options=(
                Option("benefits", LABEL_BENEFITS, goto="benefits.menu"),
                to_menu(),
            ),
        ),
    ),
)

