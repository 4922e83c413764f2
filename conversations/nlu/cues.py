"""The cue tables: which words, phrases and word combinations speak for which intent, with weights.

Cue words are canonical forms (see lexicon.py); `a b` means adjacent words, `a+b` words anywhere in the
message, a negative weight speaks against the intent. Tune against tests/nlu/eval_set.tsv (`make bench`).
"""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    STATUS = "status"
    JKK_INFO = "jkk_info"
    JKM_INFO = "jkm_info"
    CONTRIBUTION = "contribution"
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
    SCAM = "scam"
    HUMAN = "human"
    UNKNOWN = "unknown"


OUT_OF_SCOPE = frozenset({Intent.JHT, Intent.JKN, Intent.APP, Intent.LOAN, Intent.SCAM})
CLAIMS = frozenset({Intent.ACCIDENT, Intent.DEATH})

_HYPOTHETICAL = "kalau jika seandainya misal misalnya andaikan apabila bila"
HYPOTHETICAL_WORDS = frozenset(_HYPOTHETICAL.split())
_KIN = ("istri suami anak bapak ibu mak kakak adik kakek nenek cucu saudara mertua teman tetangga orangtua keluarga "
        "pasangan")
KIN_WORDS = frozenset(_KIN.split())
_ANIMALS = "kucing anjing ayam kambing sapi kerbau burung ikan hewan peliharaan bebek kelinci"
_PETS = "kucing ayam kambing sapi kerbau burung hewan peliharaan bebek kelinci"
"""Animals that speak against an accident report: fish are a fisher's cargo and a dog bites couriers."""
_NOT_OURS = "berita viral video kabarnya beritanya"
"""News and hearsay about other people: never a claim of the writer's."""
NEWS_WORDS = frozenset(_NOT_OURS.split())
_FILED = ("sudah+ajukan sudah+kirim+berkas belum+cair kapan+cair sudah+cair sampai+mana ditolak status+klaim "
          "belum+ada+kabar belum+masuk+rekening")
"""A claim already filed: the writer waits for it (tracking), they are not reporting a new case."""
_HEARSAY = ("cek_ada dengar katanya kabar semoga innalillahi ada_ojek ada_orang ada_driver ada_pekerja ada_warga "
            "ada_buruh")
"""A witness ("lihat ada …", read as "cek ada"), a rumour, a wish or a condolence, or "there is a …": someone
else's case, not the writer's."""
_UNHURT = "untung+tidak tidak+apa+apa tidak+kenapa tidak+luka cuma+lecet saya+sehat"
"""An accident that hurt nobody: nothing to claim."""
_THINGS = "hp laptop bemper layar aki baterai mogok listrik lampu pln wifi sinyal internet"
"""Machines and objects that break, fall or "die": not people."""
_RECENT = "kemarin tadi semalam barusan lalu pagi subuh"
RECENT_WORDS = frozenset(_RECENT.split())
REQUIREMENT_WORDS = frozenset(["syarat", "persyaratan", "dokumen", "berkas", "perlu", "diperlukan", "dibutuhkan",
                               "dibawa", "documents", "document", "need", "needed", "requirements", "required"])
"""Words that ask what a claim needs, rather than what it pays."""
FAMILY_WORDS = KIN_WORDS - {"teman", "tetangga"}
"""Kin whose death makes the writer an heir, perhaps: a message telling of one is answered with condolence."""
PRESENT_TIES = KIN_WORDS | RECENT_WORDS | frozenset(
    ["saya", "kami", "aku", "orangtua", "klaim", "urus", "ajukan", "lapor", "tolong", "bantu", "santunan", "mau",
     "siang", "sore", "malam", "pas", "saat", "waktu", "ketika", "antar", "kerja", "narik", "ojek"])
"""Words that tie a death or an accident to the writer, now: without one ("meninggal", "ada kecelakaan"), the
bot asks before it starts a claim."""
ASKING_ABOUT_RULES = HYPOTHETICAL_WORDS | frozenset(["apakah", "berapa", "syarat", "benarkah", "apa", "bisa", "dapat", "berhak",
                                                    "tanya", "informasi"])
"""A question ("apakah meninggal karena sakit dapat santunan?", "…, bisa klaim?") may come from someone with a
case or someone only asking about the rules: the bot asks which, and "cuma tanya" opens the information
page ("info santunan kematian" asks for information, too). One short question costs a claimant one tap; a claim started for a question costs far more. "How do
I claim" ("gimana klaimnya") is a request to proceed, not a question about the rules."""


def _cues(rows: str) -> tuple[tuple[tuple[str, ...], float], ...]:
    """`weight: cue, cue, …` per line; a cue is words joined by spaces (adjacent) or + (anywhere);
    `{KIN}`-style names expand to one cue per word of that list."""
    expansions = {"{HYPOTHETICAL}": _HYPOTHETICAL, "{KIN}": _KIN, "{RECENT}": _RECENT, "{ANIMALS}": _ANIMALS,
                  "{NOT_OURS}": _NOT_OURS, "{PETS}": _PETS, "{FILED}": _FILED,
                  "{HEARSAY}": _HEARSAY, "{UNHURT}": _UNHURT, "{THINGS}": _THINGS}
    cues: list[tuple[tuple[str, ...], float]] = []
    for line in rows.strip().splitlines():
        weight, _sep, items = line.partition(":")
        for item in items.split(","):
            item = item.strip()
            variants = [item]
            for name, words in expansions.items():
                if name in item:
                    variants = [v.replace(name, word.replace("_", " ")) for v in variants for word in words.split()]
            cues.extend((tuple(v.split("+")), float(weight)) for v in variants)
    return tuple(cues)


CUES: dict[Intent, tuple[tuple[tuple[str, ...], float], ...]] = {
    Intent.STATUS: _cues("""
        2: aktif, terdaftar, peserta, nonaktif
        1.5: cek, status, kartu+bpjs
        2.5: iuran+dibayar
        2: masih+jalan, dilindungi
        2.5: terdaftar belum, terdaftar tidak, terdaftar atau
        1: cek+bpjs, masih+aktif, sudah+terdaftar, nomor+peserta, kpj, bpjs+saya+tidak, iuran
        0.5: bpjs
        -2: klaim, cair, meninggal+klaim
    """),
    Intent.TRACK: _cues("""
        5: nomorklaim
        3: sampai mana, klaim+status, klaim+cek, klaim+saya+bagaimana, klaim+sudah, klaim+belum, lacak, tracking, lanjut+klaim, mana+klaim
        2.5: klaim+cair, kapan+cair, sudah+cair, belum+cair, klaim+proses, perkembangan+klaim, nomor+klaim
        1.5: klaim+saya, proses, track, diproses, klaim+kapan
        -2: {HYPOTHETICAL}
        -3: meninggal, jatuh, tabrakan, luka
        4: {FILED}
    """),
    Intent.JKK_INFO: _cues("""
        4: jkk
        2.5: {HYPOTHETICAL}+kecelakaan, {HYPOTHETICAL}+jatuh, {HYPOTHETICAL}+luka, {HYPOTHETICAL}+tabrakan, cacat, {HYPOTHETICAL}+patah
        1.5: {HYPOTHETICAL}+kerja
        2: kecelakaan+manfaat, kecelakaan+ditanggung, kecelakaan+berapa, kecelakaan+apa+saja, kecelakaan+dapat
        1.5: ditanggung, manfaat, biaya+berobat, santunan+kecelakaan, berapa+santunan
        1: kecelakaan+kerja+apa, tanggungan
        -2: jkm, meninggal
        -6: lapor+jkk, klaim+jkk, ajukan+jkk, urus+jkk
    """),
    Intent.JKM_INFO: _cues("""
        4: jkm
        3: {HYPOTHETICAL}+meninggal, beasiswa, nanti+meninggal, apakah+meninggal+santunan, apakah+meninggal+dapat
        2: meninggal+karena+sakit+dapat, juga+dapat+santunan
        2.5: meninggal+berapa, meninggal+manfaat, meninggal+dapat+apa, berapa+santunan+meninggal
        3: ahli+waris+siapa, informasi+meninggal, informasi+jkm, syarat+meninggal, persyaratan+meninggal
        1: santunan+meninggal
        2: santunan+jkm, pemakaman, meninggal+ditanggung, santunan+meninggal+berapa
        1: manfaat, berapa
        -3: klaim+jkm, ajukan+jkm, urus+jkm
    """),
    Intent.CONTRIBUTION: _cues("""
        3: iuran+berapa, berapa+bayar, iuran+sebulan, iuran+bulan, berapa+sebulan, siapa+bayar+iuran
        1.5: iuran, 16800, 16.800
        -3: sudah, belum, nunggak, jkn, kesehatan
    """),
    Intent.ACCIDENT: _cues("""
        3: tabrakan, saya+jatuh, {KIN}+jatuh
        2.5: kecelakaan, jatuh, lapor+kecelakaan
        2: patah, luka, keseleo, tertimpa, terpotong, terpeleset, tersiram, terbakar, tersengat, tergores, teriris, terjepit
        1.5: lapor, {RECENT}, rs, berobat, dirawat, motor+jatuh
        1: saya+kecelakaan, kerja, antar, ojek
        2: tertusuk, digigit, berdarah
        1.5: kena, pisau, parang, gergaji, arit, duri, beling, paku, pecahan+kaca
        6: lapor+jkk, klaim+jkk, ajukan+jkk, urus+jkk
        -6: {HYPOTHETICAL}
        -3: meninggal, jkk
        -1.5: berapa, manfaat, ditanggung, apa+saja
        -4: macet
        -4: tilang, ditilang
        -6: {PETS}
        -8: {NOT_OURS}
        -2.5: ada tabrakan, ada kecelakaan
        -5: {FILED}
        -6: {HEARSAY}, {UNHURT}
        -3: {THINGS}
        -3: syarat
        -4: kena bpjs, kena program, kena jaminan, kena iuran
    """),
    Intent.DEATH: _cues("""
        4: meninggal, klaim+jkm, ajukan+jkm, urus+jkm
        2: {KIN}+meninggal, klaim+meninggal, urus+meninggal, ajukan+meninggal, bagaimana+meninggal
        1.5: ahli+waris
        3: {KIN}+sudah tidak ada, {KIN}+tidak ada lagi, {KIN}+so tidak ada, {KIN}+la tidak ada, {KIN}+sudah pergi, {KIN}+so pergi, jenazah, jasadnya
        1.5: {RECENT}+meninggal, santunan+meninggal, dokumen+meninggal, akta+kematian
        -6: {HYPOTHETICAL}
        -4: nanti+meninggal, apakah
        -8: {NOT_OURS}
        -5: {FILED}
        -6: {HEARSAY}
        -3: syarat, benarkah, apa+saja
        -6: {ANIMALS}, mesin, mogok, aki, baterai, batre, meninggal lampu, meninggal listrik, lampu meninggal, listrik meninggal, hp meninggal, hp saya meninggal, motor saya meninggal, motor meninggal, mobil meninggal
        -2: berapa, beasiswa, jkk, manfaat, siapa, nomorklaim, informasi, semoga
    """),
    Intent.NOMINATE: _cues("""
        3: daftarkan, ketuart, petugas
        2: daftar, warga, calon
        2.5: program+pemerintah, biar+terdaftar, login+petugas
        1.5: dibayar+pemerintah
        1.5: tetangga+daftar, cara+daftar, daftar+bpjs, belum+terdaftar+bagaimana, usul
        1: gratis, kelurahan, rt
        -2: meninggal, kecelakaan
    """),
    Intent.HELP: _cues("""
        3: bantuan, bingung, menu
        3: ini+bot, bot+apa, tidak+mengerti, cara+pakai
        2: bisa+apa, tanya, info, informasi
        2: tolong
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
        3: kesehatan, asuransi, faskes, rujukan, puskesmas, melahirkan, hamil, kelas+rawat, opname, rawat+inap
        1.5: berobat+bpjs, sakit+bpjs, dokter, rs+sakit
        -3: kecelakaan, jatuh, luka, tabrakan, kerja
    """),
    Intent.APP: _cues("""
        5: aplikasi, login, sandi
        2.5: akun, email, verifikasi, error, eror, gagal+masuk
        1: lupa
        -4: petugas
    """),
    Intent.HUMAN: _cues("""
        6: bicara+petugas, bicara+orang, hubungi+saya, telepon+saya, telpon+saya, minta+dihubungi, cs, operator, customer service, manusia, bicara+admin, chat+petugas, ngobrol+petugas, human, agent
        3: sambungkan, hubungkan
        -4: login, daftar, kode
    """),
    Intent.SCAM: _cues("""
        5: penipuan, penipu, modus, hoax, hoaks, mengatasnamakan
        3: hati hati, waspada, transfer+admin, biaya+admin, bayar+admin, minta+transfer, transfer+dulu
        1: admin, transfer
    """),
    Intent.LOAN: _cues("""
        6: pinjaman
        4: kpr, uang muka+rumah, renovasi+rumah, perumahan, rumah+subsidi
        3: modal+usaha, dana+darurat, cicilan, bantuan+modal, dana+talangan
        2: modal
        1.5: butuh+uang
    """),
}


def cue_words() -> frozenset[str]:
    """Every word a cue uses: known to the typo corrector, so it is never "corrected" away."""
    return frozenset(word for cues in CUES.values() for cue, _weight in cues for part in cue for word in part.split())
