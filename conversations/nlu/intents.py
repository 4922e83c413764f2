"""What a free-text message wants, from weighted cues over canonical tokens.

Deterministic and explainable: every intent has a list of cues (a word, a phrase of adjacent words,
or words that must all appear: "klaim+meninggal"), each with a weight; the best total wins when it
is high enough. Out-of-scope topics (JHT, JKN, the JMO app, loans) are checked first and can never
be outvoted by a claim, so a question about JHT savings never opens a death claim.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from conversations.nlu.normalise import Normalised, normalise

log = logging.getLogger(__name__)


class Intent(StrEnum):
    STATUS = "status"
    JKK_INFO = "jkk_info"
    JKM_INFO = "jkm_info"
    ACCIDENT = "accident"
    DEATH = "death"
    TRACK = "track"
    NOMINATE = "nominate"
    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    LANGUAGE = "language"
    JHT = "jht"
    JKN = "jkn"
    APP = "app"
    LOAN = "loan"
    UNKNOWN = "unknown"


OUT_OF_SCOPE = frozenset({Intent.JHT, Intent.JKN, Intent.APP, Intent.LOAN})
CLAIMS = frozenset({Intent.ACCIDENT, Intent.DEATH})
SMALL_TALK = frozenset({Intent.GREETING, Intent.THANKS})

THRESHOLD = 2.0
"""The least total that counts as understanding; below it the message is UNKNOWN."""
OUT_OF_SCOPE_GUARD = 3.0
"""An out-of-scope total this high beats any claim."""

_HYPOTHETICAL = "kalau kalo jika seandainya misal misalnya andaikan if apabila bila"
_KIN = "istri suami anak bapak ibu kakak adik kakek nenek cucu saudara mertua teman tetangga orangtua keluarga"
_RECENT = "kemarin tadi semalam barusan lalu pagi subuh"


def _cues(rows: str) -> tuple[tuple[tuple[str, ...], float], ...]:
    """`weight: cue, cue, …` per line; a cue is words joined by spaces (adjacent) or + (anywhere);
    `{KIN}`-style names expand to one cue per word of that list."""
    expansions = {"{HYPOTHETICAL}": _HYPOTHETICAL, "{KIN}": _KIN, "{RECENT}": _RECENT}
    cues: list[tuple[tuple[str, ...], float]] = []
    for line in rows.strip().splitlines():
        weight, _sep, items = line.partition(":")
        for item in items.split(","):
            item = item.strip()
            variants = [item]
            for name, words in expansions.items():
                if name in item:
                    variants = [v.replace(name, word) for v in variants for word in words.split()]
            cues.extend((tuple(v.split("+")), float(weight)) for v in variants)
    return tuple(cues)


CUES: dict[Intent, tuple[tuple[tuple[str, ...], float], ...]] = {
    Intent.STATUS: _cues("""
        2: aktif, terdaftar, peserta, nonaktif
        1.5: cek, status, kartu+bpjs
        1: cek+bpjs, masih+aktif, sudah+terdaftar, nomor+peserta, iuran+dibayar, kpj, bpjs+saya+tidak
        0.5: bpjs
        -2: klaim, cair, meninggal+klaim
    """),
    Intent.TRACK: _cues("""
        3: sampai mana, klaim+status, klaim+cek, klaim+saya+bagaimana, klaim+sudah, klaim+belum, lacak, tracking
        2.5: kapan+cair, sudah+cair, belum+cair, klaim+proses, perkembangan+klaim, nomor+klaim
        1.5: klaim+saya, proses, track, diproses, klaim+kapan
        -2: {HYPOTHETICAL}
        -3: meninggal, jatuh, tabrakan, luka
    """),
    Intent.JKK_INFO: _cues("""
        4: jkk
        2.5: {HYPOTHETICAL}+kecelakaan, {HYPOTHETICAL}+jatuh, {HYPOTHETICAL}+luka, {HYPOTHETICAL}+tabrakan, cacat
        2: kecelakaan+manfaat, kecelakaan+ditanggung, kecelakaan+berapa, kecelakaan+apa+saja, kecelakaan+dapat
        1.5: ditanggung, manfaat, biaya+berobat, santunan+kecelakaan, berapa+santunan
        1: kecelakaan+kerja+apa, tanggungan
        -2: jkm, meninggal
    """),
    Intent.JKM_INFO: _cues("""
        4: jkm
        3: {HYPOTHETICAL}+meninggal, beasiswa
        2.5: meninggal+berapa, meninggal+manfaat, meninggal+dapat+apa, berapa+santunan+meninggal
        2: santunan+jkm, pemakaman, ahli+waris+siapa, meninggal+ditanggung
        1: manfaat, berapa
        -3: klaim+jkm, ajukan+jkm, urus+jkm
    """),
    Intent.ACCIDENT: _cues("""
        3: tabrakan, saya+jatuh, {KIN}+jatuh
        2.5: kecelakaan, jatuh, lapor+kecelakaan
        2: patah, luka, keseleo, tertimpa, terpeleset, tersiram, terbakar, tersengat, tergores, teriris, terjepit
        1.5: lapor, {RECENT}, rs, berobat, dirawat, motor+jatuh
        1: saya+kecelakaan, kerja, antar, ojek
        -3: {HYPOTHETICAL}, meninggal, jkk
        -1.5: berapa, manfaat, ditanggung, apa+saja
    """),
    Intent.DEATH: _cues("""
        4: meninggal, klaim+jkm, ajukan+jkm, urus+jkm
        2: {KIN}+meninggal, klaim+meninggal, urus+meninggal, ajukan+meninggal, bagaimana+meninggal, ahli+waris
        1.5: {RECENT}+meninggal, santunan+meninggal, dokumen+meninggal, akta+kematian
        -4: {HYPOTHETICAL}
        -2: berapa, beasiswa, jkk, manfaat
    """),
    Intent.NOMINATE: _cues("""
        3: daftarkan, ketuart, petugas
        2: daftar, warga, calon
        1.5: tetangga+daftar, cara+daftar, daftar+bpjs, belum+terdaftar+bagaimana, usul
        1: gratis, program+pemerintah, kelurahan, rt
        -2: meninggal, kecelakaan
    """),
    Intent.HELP: _cues("""
        3: bantuan, bingung, menu
        2: bisa+apa, tanya, info, informasi
        1: tolong, bagaimana+caranya
    """),
    Intent.GREETING: _cues("""
        2: halo, permisi, selamat+pagi, selamat+siang, selamat+sore, selamat+malam, ping, p
        1: pagi, siang, sore, malam, min, kak, bang, pak, bu, mas, mbak
    """),
    Intent.THANKS: _cues("""
        3: terimakasih, mantap, sip
        1: oke, ok, baik
    """),
    Intent.LANGUAGE: _cues("""
        3: bahasa, inggris
        1: indonesia, ganti, pakai
    """),
    Intent.JHT: _cues("""
        6: jht
        3: saldo, pensiun, resign, phk, berhenti+kerja, dipecat, keluar+kerja, tabungan
        1.5: tarik+bpjs, cair+bpjs, cairkan+bpjs, ambil+bpjs, uang+bpjs
        -1: meninggal
    """),
    Intent.JKN: _cues("""
        6: jkn
        3: kesehatan, faskes, rujukan, puskesmas, melahirkan, hamil, kelas+rawat, opname, rawat+inap
        1.5: berobat+bpjs, sakit+bpjs, dokter
        -3: kecelakaan, jatuh, luka, tabrakan, kerja
    """),
    Intent.APP: _cues("""
        5: aplikasi, login, sandi
        2.5: akun, email, verifikasi, error, eror, gagal+masuk
        1: lupa
    """),
    Intent.LOAN: _cues("""
        6: pinjaman
        3: modal+usaha, dana+darurat, cicilan
        1.5: modal, butuh+uang
    """),
}

PRIORITY: tuple[Intent, ...] = (
    Intent.JHT, Intent.JKN, Intent.APP, Intent.LOAN, Intent.DEATH, Intent.ACCIDENT, Intent.TRACK,
    Intent.STATUS, Intent.NOMINATE, Intent.JKM_INFO, Intent.JKK_INFO, Intent.LANGUAGE, Intent.HELP,
    Intent.THANKS, Intent.GREETING,
)
"""Ties are broken in this order: the safer reading first."""


@dataclass(frozen=True, slots=True)
class Classification:
    intent: Intent
    score: float
    runner_up: Intent
    cues: tuple[str, ...]
    """The cues of the winning intent that matched, e.g. ("meninggal", "istri+meninggal")."""
    normalised: Normalised

    def explain(self) -> str:
        """For the debug log: cue words and rewrites only, never the message itself."""
        return (f"intent={self.intent} score={self.score:.1f} runner_up={self.runner_up} "
                f"cues={list(self.cues)} rewrites={len(self.normalised.notes)}")


def _matches(cue: tuple[str, ...], words: frozenset[str], padded: str) -> bool:
    for part in cue:
        if " " in part:
            if f" {part} " not in padded:
                return False
        elif part not in words:
            return False
    return True


def score(normalised: Normalised) -> dict[Intent, tuple[float, tuple[str, ...]]]:
    words = frozenset(normalised.tokens)
    padded = f" {normalised.text} "
    totals: dict[Intent, tuple[float, tuple[str, ...]]] = {}
    for intent, cues in CUES.items():
        total = 0.0
        matched: list[str] = []
        for cue, weight in cues:
            if _matches(cue, words, padded):
                total += weight
                if weight > 0:
                    matched.append("+".join(cue))
        totals[intent] = (total, tuple(matched))
    return totals


def classify(text: str) -> Classification:
    normalised = normalise(text)
    totals = score(normalised)
    ranked = sorted(PRIORITY, key=lambda intent: (-totals[intent][0], PRIORITY.index(intent)))
    best, second = ranked[0], ranked[1]
    guard = max(OUT_OF_SCOPE, key=lambda intent: (totals[intent][0], -PRIORITY.index(intent)))
    if best in CLAIMS and totals[guard][0] >= OUT_OF_SCOPE_GUARD:
        best, second = guard, best
    points, cues = totals[best]
    intent = best if points >= THRESHOLD else Intent.UNKNOWN
    result = Classification(intent, points, second, cues, normalised)
    log.debug("nlu %s", result.explain())
    return result
