"""Masuk sebagai petugas: binding a chat account to an officer, and the officer's menu by role.

An account proves the officer's phone (WhatsApp vouches for the sender's number; on Telegram the
share-contact button, own number only) or types a one-time code from `kawan officer-code`. The store
decides; the flow only asks and shows what the role may do."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

from conversations.commands import match_option
from conversations.domain.nominations import Role, code_misread, normalise_code, yearly_cost
from conversations.domain.rules import PP_82_2019
from conversations.flow import Ctx, Flow, Goto, Option, Options, Outcome, Retry, Step, Timeout
from conversations.flows import death_report, desk, nominate, review
from conversations.flows.common import HOME, OFFICER_HOME, officer_of, to_menu, with_officer
from conversations.flows.nomination_text import (
    ROLE_LABELS,
    SHORT_STATUS,
    answer_refused,
    area_text,
    quota_text,
)
from conversations.flows.status import recent_failures, throttled_text, wait_minutes
from conversations.i18n import _, format_money, format_number, lazy_gettext
from conversations.model import (
    AskQuota,
    BindOfficer,
    CityReport,
    Contact,
    DeskLink,
    Expect,
    IssueDeskLink,
    NominationAnswer,
    OfficerAnswer,
    ReportCity,
    Result,
)
from conversations.paused import paused_form


class OfficerState(StrEnum):
    LOADING = "officer.loading"
    ASK_PROOF = "officer.ask_proof"
    ASK_CODE = "officer.ask_code"
    HOME = OFFICER_HOME
    REPORTING = "officer.reporting"
    LINKING = "officer.linking"
    QUOTA = "officer.quota"


MEMO_AFTER_SIGN_IN = "after_sign_in"
"""What the officer came for, when a message said it before signing in ("saya rt mau lapor warga meninggal"): done
once signed in, rather than the menu and one more tap."""
AFTER_SIGN_IN = {"death_report": (Role.RT_HEAD, death_report.start), "nominate": (Role.RT_HEAD, nominate.start)}


def start(ctx: Ctx[Any], then: str | None = None) -> Outcome:
    """From the main menu: the binding this account has, or the number the platform vouches for. `then`: a key of
    AFTER_SIGN_IN, what to open once signed in."""
    memo = {k: v for k, v in ctx.conversation.memo.items() if k != MEMO_AFTER_SIGN_IN}
    if then is not None:
        memo[MEMO_AFTER_SIGN_IN] = then
    return Goto(OfficerState.LOADING, effects=(BindOfficer(),), conversation=ctx.conversation.but(memo=memo))


def _with_code(ctx: Ctx[Any], text: str) -> Outcome:
    minutes = wait_minutes(ctx.conversation, ctx.now)
    if minutes is not None:
        return Goto(HOME, say=(throttled_text(minutes),))
    code = normalise_code(text)
    if code is None and code_misread(text):  # "ABCD1234" was told a code has 8 letters and digits, which it has
        return Goto(OfficerState.ASK_CODE, say=(_("Kode petugas tidak memakai huruf I dan O atau angka 1 dan 0. "
                                                   "Periksa lagi kodenya dari admin kota."),))
    if code is None:
        return Goto(OfficerState.ASK_CODE, say=(_("Kode petugas terdiri dari 8 huruf dan angka, misalnya "
                                                   "K7P4XM2Q."),))
    return Goto(OfficerState.LOADING, effects=(BindOfficer(code=code),))


def register_command(ctx: Ctx[Any], argument: str) -> Outcome:
    """`/daftar KODE`, at any step: a sign-in of its own, for nothing said before it."""
    memo = {k: v for k, v in ctx.conversation.memo.items() if k != MEMO_AFTER_SIGN_IN}
    outcome = Goto(OfficerState.ASK_CODE) if not argument.strip() else _with_code(ctx, argument)
    if isinstance(outcome, Goto) and outcome.conversation is None and memo != ctx.conversation.memo:
        return dataclasses.replace(outcome, conversation=ctx.conversation.but(memo=memo))
    return outcome


def _on_bound(ctx: Ctx[Any], result: Result) -> Outcome:
    if isinstance(result, OfficerAnswer) and result.officer is not None:
        newly = officer_of(ctx.conversation) != result.officer
        after = ctx.conversation.memo.get(MEMO_AFTER_SIGN_IN)
        conv = with_officer(ctx.conversation, result.officer)
        conv = conv.but(memo={k: v for k, v in conv.memo.items() if k != MEMO_AFTER_SIGN_IN})
        said = (_("Akun ini sekarang terhubung sebagai petugas."),) if newly else ()
        role, opened = AFTER_SIGN_IN.get(str(after), (None, None))
        if opened is not None and result.officer.role == role:
            outcome = opened(ctx._replace(conversation=conv))
            if isinstance(outcome, Goto):
                return dataclasses.replace(outcome, conversation=conv, say=(*said, *outcome.say))
        return Goto(OfficerState.HOME, conversation=conv, say=said)
    conv = with_officer(ctx.conversation, None)
    problem = result.problem if isinstance(result, OfficerAnswer) else None
    if problem == "no_phone":
        return Goto(OfficerState.ASK_PROOF, conversation=conv)
    if problem == "unknown_phone":
        return Goto(OfficerState.ASK_CODE, conversation=conv, say=(
            _("Nomor HP ini tidak terdaftar sebagai petugas. Jika Anda petugas, minta kode masuk ke admin kota."),))
    conv = dataclasses.replace(conv, failed_checks=(*recent_failures(conv, ctx.now), ctx.now))
    texts = {
        "expired_code": _("Kode itu sudah kedaluwarsa. Minta kode baru ke admin kota."),
        "used_code": _("Kode itu sudah pernah dipakai. Setiap kode hanya berlaku sekali; minta kode baru ke "
                       "admin kota."),
    }
    unknown = _("Kode itu tidak dikenal. Periksa lagi huruf dan angkanya.")
    return Goto(OfficerState.ASK_CODE, conversation=conv, say=(texts.get(problem or "", unknown),))


def _on_contact(ctx: Ctx[Any], contact: Contact) -> Outcome:
    if not contact.own:
        return Retry(_("Itu nomor orang lain. Untuk masuk, kirim nomor Anda sendiri dengan tombol \"Kirim nomor "
                       "HP saya\"."))
    return Goto(OfficerState.LOADING, effects=(BindOfficer(phone=contact.phone),))


def _on_proof_text(ctx: Ctx[Any], text: str) -> Outcome:
    if normalise_code(text) is None and any(ch.isdigit() for ch in text) and len(text.strip()) >= 9:
        return Retry(_("Nomor yang diketik tidak bisa dibuktikan milik Anda. Tekan tombol \"Kirim nomor HP "
                       "saya\", atau ketik kode dari admin kota."))
    return _with_code(ctx, text)


# -- the officer's menu ---------------------------------------------------------------------------

def _home_text(ctx: Ctx[Any]) -> str:
    officer = officer_of(ctx.conversation)
    if officer is None:
        return _("Akun ini belum terhubung ke akun petugas.")
    home = _("Menu petugas: {role}, {area}.").format(role=str(ROLE_LABELS[officer.role]), area=area_text(officer))
    if officer.role == Role.RT_HEAD and paused_form(ctx.conversation.memo, nominate.FLOW.name, ctx.now) is not None:
        return "\n".join([_("Ada usulan warga yang belum selesai: pilih \"Usulkan warga\" untuk melanjutkan."), home])
    return home


def _report(ctx: Ctx[Any]) -> Outcome:
    return Goto(OfficerState.REPORTING, effects=(ReportCity(),))


ROLE_OPTIONS: dict[str, Options] = {
    Role.RT_HEAD: (
        Option("propose", lazy_gettext("Usulkan warga"), then=nominate.start, reads=nominate.start_with,
               aliases=("usul", "usulkan", "daftarkan", "didaftarkan", "mendaftarkan", "daftarin", "didaftarin",
                        "usulan baru")),
        Option("mine", lazy_gettext("Usulan saya"), then=review.mine,
               aliases=("daftar usulan", "disetujui", "ditolak", "status usulan", "hasil usulan", "usulan saya",
                        # taken back from that list ("mau batalin usulan" was not understood)
                        "tarik usulan", "narik usulan", "batalkan usulan", "batalin usulan", "hapus usulan",
                        "belum diperiksa", "berapa usulan")),  # "ada berapa usulan yg belum diperiksa": not understood
        Option("death", lazy_gettext("Lapor warga meninggal"), then=death_report.start, reads=death_report.start_with,
               aliases=("warga meninggal", "lapor meninggal", "lapor kematian")),
    ),
    Role.KELURAHAN: (
        Option("review", lazy_gettext("Verifikasi usulan"), then=review.review,
               aliases=("verifikasi", "usulan", "periksa", "diperiksa", "belum diperiksa", "belum diverifikasi",
                        "menunggu")),
    ),
    Role.KECAMATAN: (
        Option("select", lazy_gettext("Pilih usulan (kuota)"), then=review.select,
               aliases=("pilih", "kuota", "usulan", "dipilih", "disetujui", "disetujui kelurahan", "menunggu")),
    ),
    Role.CITY: (
        Option("report", lazy_gettext("Ringkasan kota & anggaran"), then=_report, aliases=("ringkasan",)),
        Option("desk", lazy_gettext("Meja klaim"), then=desk.start, aliases=("klaim", "meja")),
    ),
}


def ask_quota(ctx: Ctx[Any]) -> Outcome:
    """"kuota masih ada?" by an RT head or a kelurahan officer: their kecamatan's figures (was the rule told to
    residents), then their menu."""
    return Goto(OfficerState.QUOTA, effects=(AskQuota(),))


def _on_quota(ctx: Ctx[Any], result: Result) -> Outcome:
    officer = officer_of(ctx.conversation)
    if isinstance(result, NominationAnswer) and result.problem is None and officer is not None:
        return Goto(OfficerState.HOME, say=(quota_text(officer, result.quota, result.used),))
    return answer_refused(ctx, result)


def _desk_link(ctx: Ctx[Any]) -> Outcome:
    return Goto(OfficerState.LINKING, effects=(IssueDeskLink(),))


def _on_link(ctx: Ctx[Any], result: Result) -> Outcome:
    if isinstance(result, DeskLink) and result.url:
        return Goto(OfficerState.HOME, say=(_(
            "Tautan masuk meja petugas (sekali pakai, berlaku 15 menit; jangan dibagikan):\n{url}").format(
                url=result.url),))
    if isinstance(result, DeskLink):
        return Goto(OfficerState.HOME, say=(_("Meja petugas belum tersedia di layanan ini. Hubungi admin kota."),))
    return answer_refused(ctx, result)


DESK_LINK = Option("desk_link", lazy_gettext("Masuk meja petugas"), then=_desk_link,
                   aliases=("meja petugas", "web", "desk", "tautan"))


def _home_options(ctx: Ctx[Any]) -> Options:
    officer = officer_of(ctx.conversation)
    return (*(ROLE_OPTIONS[officer.role] if officer is not None else ()), DESK_LINK, to_menu())


def _option_asked(ctx: Ctx[Any], text: str) -> Outcome | None:
    """An officer's option named in a question ("ada yang perlu dipilih?", "ada usulan baru?"): the question mark kept
    its word from being read as the option's (rightly at a yes-or-no question, where "ya?" is doubt)."""
    if "?" not in text:
        return None
    options = _home_options(ctx)
    chosen = match_option(text.replace("?", " "), options, tuple(str(option.label) for option in options))
    if chosen is None or chosen.then is None:
        return None
    return chosen.reads(ctx, text) if chosen.reads is not None else chosen.then(ctx)


def report_text(report: CityReport) -> str:
    """The city page of the desk, told in the chat: proposals and quota per kecamatan, then the budget."""
    n = format_number
    lines = [_("Ringkasan usulan {city}:").format(city=report.city)]
    for area in report.areas:
        counts = ", ".join(f"{label} {n(area.counts.get(status, 0))}" for status, label in SHORT_STATUS.items())
        taken = area.counts.get("selected", 0) + area.counts.get("enrolled", 0)
        quota = (_("kuota {quota}, sisa {left}").format(quota=n(area.quota), left=n(max(area.quota - taken, 0)))
                 if area.quota is not None else _("kuota belum ditetapkan"))
        lines.append(f"• {area.kecamatan}: {counts}; {quota}")
    if not report.areas:
        lines.append(_("Belum ada usulan maupun kuota."))
    workers = report.selected + report.funded
    cost = yearly_cost(workers, PP_82_2019)
    lines.append("")
    lines.append(_("Dipilih, belum terdaftar: {selected}; terdaftar dan dibayar kota: {funded}. Biayanya {count} × "
                   "{monthly} × 12 bulan = {cost} per tahun.").format(
        selected=n(report.selected), funded=n(report.funded), count=n(workers),
        monthly=format_money(PP_82_2019.minimum_contribution), cost=format_money(cost)))
    if report.allocation is None:
        lines.append(_("Alokasi anggaran belum ditetapkan (perintah: kawan budget set JUMLAH)."))
    elif cost <= report.allocation:
        room = (report.allocation - cost) // yearly_cost(1, PP_82_2019)
        lines.append(_("Alokasi anggaran {allocation}; sisa {left}, cukup untuk {room} pekerja lagi.").format(
            allocation=format_money(report.allocation), left=format_money(report.allocation - cost), room=n(room)))
    else:
        lines.append(_("Alokasi anggaran {allocation}; terlampaui {over}.").format(
            allocation=format_money(report.allocation), over=format_money(cost - report.allocation)))
    return "\n".join(lines)


def _on_report(ctx: Ctx[Any], result: Result) -> Outcome:
    if isinstance(result, CityReport):
        return Goto(OfficerState.HOME, say=(report_text(result),))
    return answer_refused(ctx, result)


FLOW = Flow(
    name="officer",
    entry=OfficerState.LOADING,
    steps=(
        Step(OfficerState.LOADING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_bound,
             goes_to=frozenset({OfficerState.HOME, OfficerState.ASK_PROOF, OfficerState.ASK_CODE,
                                death_report.ReportState.ASK_WHO, nominate.NominateState.ASK_NIK})),
        Step(
            OfficerState.ASK_PROOF,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Untuk masuk sebagai petugas, buktikan nomor HP Anda: tekan tombol \"Kirim nomor HP "
                             "saya\" jika ada. Atau ketik kode 8 huruf dan angka dari admin kota."),
            expects=Expect.CONTACT,
            on_contact=_on_contact,
            on_text=_on_proof_text,
            goes_to=frozenset({OfficerState.LOADING, OfficerState.ASK_CODE, HOME}),
        ),
        Step(
            OfficerState.ASK_CODE,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Ketik kode petugas dari admin kota (8 huruf dan angka)."),
            expects=Expect.TEXT,
            on_text=_with_code,
            goes_to=frozenset({OfficerState.LOADING, OfficerState.ASK_CODE, HOME}),
            help=lazy_gettext("Admin kota membuat kode dengan perintah kawan officer-code NOMOR_HP. Kode berlaku "
                              "sekali dan ada batas waktunya."),
        ),
        Step(
            OfficerState.HOME,
            timeout=Timeout.QUIET,
            ask=_home_text,
            options=_home_options,
            on_text=_option_asked,
            goes_to=frozenset({nominate.NominateState.ASK_NIK, death_report.ReportState.ASK_WHO,
                               review.ListState.LOADING, OfficerState.REPORTING, OfficerState.QUOTA,
                               desk.DeskState.LOADING, OfficerState.LINKING,
                               HOME}),
        ),
        Step(OfficerState.REPORTING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_report,
             goes_to=frozenset({OfficerState.HOME, HOME})),
        Step(OfficerState.LINKING, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_link,
             goes_to=frozenset({OfficerState.HOME, HOME})),
        Step(OfficerState.QUOTA, timeout=Timeout.QUIET, expects=Expect.NOTHING, on_result=_on_quota,
             goes_to=frozenset({OfficerState.HOME, HOME})),
    ),
)
