"""The words of the nomination chain, shared by the officer flows and the notices the runtime sends."""

from __future__ import annotations

import re
from typing import Any

from conversations.commands import says
from conversations.domain.nominations import (
    WITHDRAWN,
    NominationStatus,
    Occupation,
    Refusal,
    RejectReason,
    Role,
)
from conversations.flow import Ctx, Goto, Outcome
from conversations.flows.common import HOME, OFFICER_HOME, with_officer
from conversations.i18n import LazyText, _, format_date, format_number, lazy_gettext
from conversations.model import (
    DeathReportAnswer,
    DeskAnswer,
    NominationAnswer,
    NominationView,
    OfficerView,
    Result,
)

ROLE_LABELS: dict[str, LazyText] = {
    Role.RT_HEAD: lazy_gettext("Ketua RT"),
    Role.KELURAHAN: lazy_gettext("Petugas kelurahan"),
    Role.KECAMATAN: lazy_gettext("Petugas kecamatan"),
    Role.CITY: lazy_gettext("Admin kota"),
}

STATUS_LABELS: dict[str, LazyText] = {
    NominationStatus.PENDING: lazy_gettext("menunggu verifikasi kelurahan"),
    NominationStatus.APPROVED: lazy_gettext("disetujui kelurahan, menunggu pilihan kecamatan"),
    NominationStatus.REJECTED: lazy_gettext("ditolak"),
    NominationStatus.SELECTED: lazy_gettext("dipilih kecamatan, diajukan ke BPJS Ketenagakerjaan"),
    NominationStatus.ENROLLED: lazy_gettext("terdaftar sebagai peserta"),
}

SHORT_STATUS: dict[str, LazyText] = {
    NominationStatus.PENDING: lazy_gettext("diusulkan"),
    NominationStatus.APPROVED: lazy_gettext("disetujui"),
    NominationStatus.REJECTED: lazy_gettext("ditolak"),
    NominationStatus.SELECTED: lazy_gettext("dipilih"),
    NominationStatus.ENROLLED: lazy_gettext("terdaftar"),
}

OCCUPATION_LABELS: dict[str, LazyText] = {
    Occupation.OJEK_ONLINE: lazy_gettext("Ojek online"),
    Occupation.OJEK_PANGKALAN: lazy_gettext("Ojek pangkalan"),
    Occupation.BURUH_HARIAN: lazy_gettext("Buruh harian lepas"),
    Occupation.PEDAGANG: lazy_gettext("Pedagang kecil / kaki lima"),
    Occupation.NELAYAN: lazy_gettext("Nelayan"),
    Occupation.PETANI: lazy_gettext("Petani / pekebun"),
    Occupation.SOPIR_ANGKOT: lazy_gettext("Sopir angkot"),
    Occupation.PENARIK_BECAK: lazy_gettext("Penarik becak"),
    Occupation.PEMANDI_JENAZAH: lazy_gettext("Pemandi jenazah"),
    Occupation.GURU_NGAJI: lazy_gettext("Guru ngaji"),
    Occupation.MARBOT: lazy_gettext("Marbot / penjaga masjid"),
    Occupation.PEMULUNG: lazy_gettext("Pemulung"),
    Occupation.OTHER: lazy_gettext("Lainnya"),
}

OCCUPATION_ALIASES: dict[str, tuple[str, ...]] = {
    Occupation.OJEK_ONLINE: ("ojol", "ojek online", "ojek daring", "gojek", "grab", "maxim", "driver online",
                             "driver ojol"),
    Occupation.OJEK_PANGKALAN: ("opang", "ojek pangkalan", "ojek biasa", "ojek offline", "tukang ojek", "pangkalan"),
    Occupation.BURUH_HARIAN: ("buruh", "buruh harian", "buruh lepas", "kuli", "kuli bangunan", "tukang bangunan",
                              "serabutan", "kerja serabutan"),
    Occupation.PEDAGANG: ("pedagang", "dagang", "jualan", "penjual", "pkl", "kaki lima", "warung", "asongan",
                          "pedagang kaki lima", "jual"),
    Occupation.NELAYAN: ("nelayan", "melaut", "cari ikan"),
    Occupation.PETANI: ("petani", "tani", "pekebun", "berkebun", "bertani", "buruh tani", "kebun", "sawah"),
    Occupation.SOPIR_ANGKOT: ("sopir", "supir", "supir angkot", "angkot", "sopir angkutan"),
    Occupation.PENARIK_BECAK: ("becak", "tukang becak", "abang becak", "penarik becak"),
    Occupation.PEMANDI_JENAZAH: ("pemandi jenazah", "memandikan jenazah"),
    Occupation.GURU_NGAJI: ("guru ngaji", "ustadz", "ustad", "ustadzah", "ngajar ngaji"),
    Occupation.MARBOT: ("marbot", "penjaga masjid", "takmir"),
    Occupation.PEMULUNG: ("pemulung", "mulung", "rongsok", "barang bekas"),
    Occupation.OTHER: ("lainnya", "lain", "lain lain", "yang lain"),
}
"""How RT heads write the jobs of the list (words typed, not shown: no catalog)."""


_NOT_A_JOB_ALONE = frozenset({"kebun", "sawah", "warung", "pangkalan", "jual"})
"""Aliases that name a place or a deed when said in a sentence ("rumahnya dekat sawah")."""


def job_named(text: str) -> Occupation | None:
    """The one job of the list a sentence names ("pak joko tukang becak", "yg ojol"); None for none or several."""
    jobs = {job for job, aliases in OCCUPATION_ALIASES.items() if job is not Occupation.OTHER
            and says(text, tuple(alias for alias in aliases if alias not in _NOT_A_JOB_ALONE))}
    if _ANOTHER_DRIVER.search(text):
        jobs.discard(Occupation.SOPIR_ANGKOT)  # "sy supir pribadi" was told "Sopir angkot termasuk pekerjaan …"
    return Occupation(next(iter(jobs))) if len(jobs) == 1 else None


_ANOTHER_DRIVER = re.compile(r"\b(?:sopir|supir|driver)\s+(?:pribadi|truk|truck|bus|bis|travel|perusahaan|kantor|taksi|taxi|"
                             r"ambulans|ambulance|dump|tangki|kontainer|pick ?up|pikap)\b", re.IGNORECASE)
"""A driver who is no angkot's: a household's, a company's, a truck's."""


REJECT_LABELS: dict[str, LazyText] = {
    RejectReason.NOT_RESIDENT: lazy_gettext("Bukan warga RT/RW ini"),
    RejectReason.DATA_MISMATCH: lazy_gettext("Data tidak sesuai KTP/KK"),
    RejectReason.ALREADY_COVERED: lazy_gettext("Sudah terdaftar BPJS"),
    RejectReason.NOT_ELIGIBLE: lazy_gettext("Bukan pekerja rentan"),
}


def area_text(officer: OfficerView) -> str:
    if officer.role == Role.RT_HEAD:
        return _("RT {rt}/RW {rw}, Kel. {kelurahan}, Kec. {kecamatan}, {city}").format(**officer.model_dump())
    if officer.role == Role.KELURAHAN:
        return _("Kel. {kelurahan}, Kec. {kecamatan}, {city}").format(**officer.model_dump())
    if officer.role == Role.KECAMATAN:
        return _("Kec. {kecamatan}, {city}").format(**officer.model_dump())
    return officer.city


def occupation_text(view: NominationView) -> str:
    if view.occupation == Occupation.OTHER and view.occupation_other:
        return view.occupation_other
    return str(OCCUPATION_LABELS.get(view.occupation, view.occupation))


WITHDRAWN_LABEL = lazy_gettext("ditarik oleh Ketua RT")


def status_text(view: NominationView) -> str:
    if view.status == NominationStatus.REJECTED and view.reason == WITHDRAWN:
        return str(WITHDRAWN_LABEL)
    return str(STATUS_LABELS.get(view.status, view.status))


def reason_text(reason: str | None) -> str | None:
    """A reason chosen from the list is stored as its id and said in the reader's language."""
    if reason is None:
        return None
    if reason == WITHDRAWN:
        return str(WITHDRAWN_LABEL)
    return str(REJECT_LABELS[reason]) if reason in REJECT_LABELS else reason


def nomination_line(view: NominationView) -> str:
    line = _("{reference} · {name} · {occupation} · RT {rt}/RW {rw}: {status}").format(
        reference=view.reference, name=view.masked_name, occupation=occupation_text(view), rt=view.rt, rw=view.rw,
        status=status_text(view))
    reason = reason_text(view.reason) if view.reason != WITHDRAWN else None  # the status says it
    if reason:
        line += "\n" + _("Alasan: {reason}").format(reason=reason)
    return line


def refusal_text(problem: str) -> str:
    texts = {
        Refusal.NOT_OFFICER: _("Akun ini tidak (lagi) terhubung ke akun petugas. Pilih \"Masuk sebagai petugas\" "
                               "di menu."),
        Refusal.WRONG_ROLE: _("Peran Anda tidak bisa melakukan itu."),
        Refusal.OUTSIDE_AREA: _("Usulan itu di luar wilayah Anda; Anda hanya bisa melihat dan mengubah usulan "
                                "wilayah Anda sendiri."),
        Refusal.NOT_FOUND: _("Usulan itu tidak ditemukan."),
        Refusal.WRONG_STATUS: _("Usulan itu sudah diproses oleh petugas lain; statusnya sudah berubah."),
        Refusal.QUOTA_FULL: _("Kuota kecamatan sudah penuh. Tidak bisa memilih usulan lagi."),
        Refusal.NO_QUOTA: _("Kota belum menetapkan kuota untuk kecamatan Anda. Hubungi admin kota."),
    }
    return texts.get(Refusal(problem), _("Permintaan itu tidak bisa diproses."))


def quota_text(officer: OfficerView, quota: int | None, used: int) -> str:
    """The quota of an RT head's or a kelurahan officer's kecamatan, as the kecamatan's list counts it."""
    if quota is None:
        return _("Kota belum menetapkan kuota untuk Kec. {kecamatan}. Tanyakan ke admin kota atau ke kecamatan.").format(
            kecamatan=officer.kecamatan)
    left = max(quota - used, 0)
    said = _("Kuota Kec. {kecamatan}: {quota} orang; sudah terisi {used} (dipilih kecamatan atau sudah terdaftar), "
             "sisa {left}.").format(kecamatan=officer.kecamatan, quota=format_number(quota), used=format_number(used),
                                    left=format_number(left))
    then = (_("Kuotanya sudah penuh: usulan yang disetujui kelurahan menunggu sampai ada tempat lagi; tanyakan ke "
              "kecamatan kapan.") if left == 0 else
            _("Usulan yang disetujui kelurahan dipilih kecamatan sesuai kuota itu."))
    return f"{said} {then}"


def nomination_notice(view: NominationView) -> str:
    """What the RT head is told when their proposal moves."""
    lines = [_("Kabar usulan {reference} ({name}): {status}.").format(
        reference=view.reference, name=view.masked_name, status=status_text(view))]
    reason = reason_text(view.reason)
    if reason:
        lines.append(_("Alasan: {reason}").format(reason=reason))
    if view.status == NominationStatus.REJECTED:
        lines.append(_("Jika datanya bisa diperbaiki, Anda boleh mengusulkan warga ini lagi."))
    if view.status == NominationStatus.ENROLLED:
        lines.append(_("Perlindungan JKK dan JKM warga ini dibayar pemerintah kota. Sampaikan kabar baik ini; "
                       "ia bisa mengecek kepesertaannya lewat bot ini."))
    return "\n".join(lines)


def undelivered_notice(view: NominationView) -> str:
    """The RT head, when the worker's enrolment notice could not be delivered."""
    return _("Kabar pendaftaran untuk {name} ({reference}) tidak bisa dikirim ke nomornya. Mohon sampaikan "
             "langsung bahwa ia sudah terdaftar sebagai peserta.").format(name=view.masked_name,
                                                                          reference=view.reference)


def enrolled_notice() -> str:
    """What a worker hears when they were enrolled from a nomination (no name: the phone might be shared)."""
    return _("Kabar baik: Anda sudah terdaftar sebagai peserta BPJS Ketenagakerjaan (JKK dan JKM) yang iurannya "
             "dibayar pemerintah kota. Ketik \"menu\" lalu pilih \"Cek kepesertaan\" untuk melihat rinciannya.")


def phone_text(phone: str) -> str:
    """62812… as people write it: 0812…"""
    return "0" + phone[2:] if phone.startswith("62") else phone


def since(view: NominationView) -> str:
    return format_date(view.created_at.date())


def answer_refused(ctx: Ctx[Any], result: Result) -> Outcome:
    """Where an officer request lands when the store said no: the reason, then the right menu."""
    problem: str = Refusal.NOT_FOUND
    if isinstance(result, NominationAnswer | DeskAnswer | DeathReportAnswer) and result.problem:
        problem = result.problem
    if problem == Refusal.NOT_OFFICER:
        return Goto(HOME, conversation=with_officer(ctx.conversation, None), say=(refusal_text(problem),))
    return Goto(OFFICER_HOME, say=(refusal_text(problem),))


NO_LIMIT_PER_RT = lazy_gettext(
    "Tidak ada batas per RT: ketua RT boleh mengusulkan setiap warga yang memenuhi syarat. Kuota ditetapkan pemerintah "
    "kota untuk tiap kecamatan setiap tahun, dan kecamatan memilih usulan sesuai kuota itu.")
HOW_MANY_AT_MOST = frozenset({"berapa", "maksimal", "batas", "jumlah", "max", "limit"})
HOW_MANY_PROPOSED = frozenset({"warga", "orang", "peserta"})


def proposals_limit_asked(words: set[str]) -> bool:
    """How many one may propose ("berapa warga yg bisa sy usulin" at an RT head's menu started a proposal; "satu rt
    boleh usulin berapa warga" at the main menu was the enrolment answer)."""
    return bool(HOW_MANY_AT_MOST & words and HOW_MANY_PROPOSED & words)

