"""Manfaat JKK & JKM: plain answers with the exact figures of the rules table."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from conversations.commands import normalise
from conversations.domain.benefits import jkk_death, partial_disability, total_disability
from conversations.domain.claims import Benefit, Doc, Relation, Treatment, accident_checklist, death_checklist
from conversations.domain.rules import PP_82_2019, RuleSet, rules_on
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Step, Timeout
from conversations.flows import accident, death, status
from conversations.flows.common import to_menu
from conversations.flows.documents import doc_label
from conversations.i18n import _, format_money, lazy_gettext


class BenefitsState(StrEnum):
    MENU = "benefits.menu"
    JKK = "benefits.jkk"
    JKK_MORE = "benefits.jkk_more"
    JKK_DOCUMENTS = "benefits.jkk_documents"
    JKM = "benefits.jkm"
    JKM_MORE = "benefits.jkm_more"
    JKM_HEIRS = "benefits.jkm_heirs"
    """Who the heirs are, asked in words: the heirs alone, not the rest of JKM_MORE."""
    JKM_DOCUMENTS = "benefits.jkm_documents"
    JKK_DEATH = "benefits.jkk_death"
    """A death asked about as a work accident's: its own amounts, not the JKM page's 42 million first."""
    SCHOLARSHIP = "benefits.scholarship"
    SCHOLARSHIP_DOCUMENTS = "benefits.scholarship_documents"
    CONTRIBUTION = "benefits.contribution"
    DOCUMENTS = "benefits.documents"
    """Which claim's papers, when a message asks what "a claim" needs without naming one."""


def _rules(ctx: Ctx[Any]) -> RuleSet:
    return rules_on(ctx.today) or PP_82_2019


def jkk_text(ctx: Ctx[Any]) -> str:
    """The short answer: what a worker most needs to know; the rest is one tap away."""
    r = _rules(ctx)
    wage = r.lowest_income_bracket
    m = format_money
    return _(
        "JKK menanggung kecelakaan saat bekerja, termasuk di jalan berangkat dan pulang kerja:\n"
        "• berobat sampai sembuh di rumah sakit atau klinik mitra BPJS Ketenagakerjaan, tanpa batas biaya;\n"
        "• selama belum bisa bekerja: {wage} per bulan di 12 bulan pertama, lalu {after} per bulan "
        "(untuk penghasilan {wage});\n"
        "• jika meninggal karena kecelakaan kerja: keluarga menerima {death_total}, ditambah beasiswa anak.\n"
        "Laporkan kecelakaan dalam 2×24 jam."
    ).format(wage=m(wage), after=m(wage * r.stmb_after_pct // 100), death_total=m(jkk_death(r, wage).cash_total))


def jkk_more_text(ctx: Ctx[Any]) -> str:
    r = _rules(ctx)
    wage = r.lowest_income_bracket
    death = jkk_death(r, wage)
    m = format_money
    return _(
        "Selengkapnya tentang JKK (untuk penghasilan {wage}):\n"
        "• Perawatan di rumah: paling lama {home_months} bulan, paling banyak {home_care}.\n"
        "• Ongkos angkutan ke rumah sakit: darat, sungai atau danau paling banyak {land}; laut {sea}; udara {air}.\n"
        "• Cacat sebagian, misalnya kehilangan jari: dihitung dari persentase cacat dalam tabel resmi; cacat "
        "10% mendapat {partial}.\n"
        "• Cacat total, tidak bisa bekerja lagi: {total_lump}, ditambah {periodic} pengganti penghasilan dan "
        "beasiswa anak.\n"
        "• Meninggal: {death_lump} + biaya pemakaman {funeral} + {periodic} = {death_total}.\n"
        "Hak klaim JKK berakhir {expiry} tahun setelah kecelakaan."
    ).format(
        wage=m(wage), home_months=r.home_care_max_months, home_care=m(r.home_care_max), land=m(r.transport_land_max),
        sea=m(r.transport_sea_max), air=m(r.transport_air_max), partial=m(partial_disability(r, 10, wage)),
        total_lump=m(total_disability(r, wage).lump_sum), periodic=m(r.jkm_periodic), death_lump=m(death.lump_sum),
        funeral=m(r.funeral), death_total=m(death.cash_total), expiry=r.jkk_claim_expiry_years,
    )


def jkk_documents_text(ctx: Ctx[Any]) -> str:
    """What a work-accident claim needs (FACTS.md §7), from the same checklist a report is given: "syarat klaim jkk
    apa aja" got the JKK page, which names none."""
    required, _optional = accident_checklist(traffic=False, treatment=Treatment.PARTNER)
    return _(
        "Dokumen klaim kecelakaan kerja (JKK):\n{documents}\n"
        "Untuk kecelakaan lalu lintas, tambah: {police}.\n"
        "Untuk berobat di luar RS/klinik mitra, tambah: {receipts}. Simpan juga: {transport}.\n"
        "Laporkan dalam 2×24 jam. Klaim tidak dipungut biaya. Mulai laporan di sini untuk mendapat daftar sesuai "
        "keadaan Anda dan mengirim fotonya."
    ).format(documents="\n".join("• " + doc_label(doc) for doc in required), police=doc_label(Doc.POLICE_REPORT),
             receipts=doc_label(Doc.MEDICAL_RECEIPTS), transport=doc_label(Doc.TRANSPORT_RECEIPTS))


def jkm_text(ctx: Ctx[Any]) -> str:
    """A death asked about in words ("meninggal pas narik dapat berapa") lands here: the work accident's larger
    amount is said too, so no driver's family takes 42 million for the whole answer."""
    r = _rules(ctx)
    m = format_money
    return _(
        "Jika peserta meninggal bukan karena kecelakaan kerja, ahli warisnya menerima {total}:\n"
        "• santunan {lump};\n"
        "• {periodic} pengganti penghasilan 24 bulan, dibayar sekaligus;\n"
        "• biaya pemakaman {funeral}.\n"
        "Jika meninggal karena kecelakaan kerja, termasuk di jalan saat bekerja atau berangkat dan pulang kerja: "
        "{work_death} dari JKK.\n"
        "Anak juga bisa mendapat beasiswa jika peserta sudah membayar iuran paling sedikit {years} tahun. Klaim "
        "tidak dipungut biaya."
    ).format(total=m(r.jkm_total), lump=m(r.jkm_lump_sum), periodic=m(r.jkm_periodic), funeral=m(r.funeral),
             work_death=m(jkk_death(r, r.lowest_income_bracket).cash_total), years=r.jkm_scholarship_min_years)


def jkk_death_text(ctx: Ctx[Any]) -> str:
    """"klo suami sy kecelakaan pas narik ojek trs meninggal dpt brp" got the JKM page, which opens with the 42 million of
    a death not at work: the case asked, first and whole (FACTS.md §5), the other in one line."""
    r = _rules(ctx)
    m = format_money
    wage = r.lowest_income_bracket
    death = jkk_death(r, wage)
    return _(
        "Jika peserta meninggal karena kecelakaan kerja, termasuk di jalan saat bekerja atau berangkat dan pulang "
        "kerja, ahli warisnya menerima {total} dari JKK:\n"
        "• santunan {lump} (untuk penghasilan {wage});\n"
        "• {periodic} pengganti penghasilan 24 bulan, dibayar sekaligus;\n"
        "• biaya pemakaman {funeral}.\n"
        "Anak juga mendapat beasiswa, tanpa syarat lama iuran. Jika meninggal bukan karena kecelakaan kerja: "
        "{jkm_total}. Klaim tidak dipungut biaya."
    ).format(total=m(death.cash_total), lump=m(death.lump_sum), wage=m(wage), periodic=m(death.periodic),
             funeral=m(death.funeral), jkm_total=m(r.jkm_total))


def jkm_heirs_text(ctx: Ctx[Any]) -> str:
    """Who the heirs are (FACTS.md §8): the answer to "siapa ahli waris", which got the whole of JKM's second page,
    five points, two of them about it."""
    return _(
        "Yang berhak, berurutan:\n"
        "• istri/suami atau anak;\n"
        "• jika tidak ada: orang tua, kakek/nenek atau cucu;\n"
        "• lalu saudara kandung; lalu mertua; lalu orang yang ditunjuk dalam wasiat.\n"
        "Jika tidak ada ahli waris sama sekali, biaya pemakaman dibayarkan kepada yang mengurus pemakaman. Istri/suami "
        "perlu buku nikah; untuk nikah siri, anak angkat atau anak tiri, pastikan di kantor cabang."
    )


def jkm_more_text(ctx: Ctx[Any]) -> str:
    more = _(
        "Selengkapnya tentang JKM:\n"
        "• Menurut aturan, santunan dibayar 3 hari kerja setelah dokumen lengkap; dalam praktik bisa lebih lama.\n"
        "• Klaim JKM tidak punya batas waktu, tetapi ajukan secepatnya.\n"
        "• Untuk peserta mandiri yang baru saja mendaftar, manfaatnya bisa terbatas: pastikan di kantor cabang."
    )
    return f"{more}\n\n{jkm_heirs_text(ctx)}"


def jkm_documents_text(ctx: Ctx[Any]) -> str:
    """What every heir brings, from the same checklist a claim is given (a child's: the spouse adds one)."""
    required, _optional = death_checklist(Benefit.JKM, Relation.CHILD, traffic=False)
    return _(
        "Dokumen klaim santunan kematian (JKM) oleh ahli waris:\n{documents}\n"
        "Istri atau suami juga membawa buku nikah. Kantor cabang bisa meminta dokumen lain. Klaim tidak dipungut "
        "biaya. Mulai klaim di sini untuk mendapat daftar sesuai keadaan Anda dan mengirim fotonya."
    ).format(documents="\n".join("• " + doc_label(doc) for doc in required))


LEVEL_NAMES = {
    "tk": lazy_gettext("TK"),
    "sd": lazy_gettext("SD"),
    "smp": lazy_gettext("SMP"),
    "sma": lazy_gettext("SMA"),
    "pt": lazy_gettext("Perguruan tinggi (sampai S1) atau pelatihan"),
}


def scholarship_text(ctx: Ctx[Any]) -> str:
    r = _rules(ctx)
    rows = "\n".join(
        _("• {level}: {amount} per tahun, {years} tahun").format(
            level=str(LEVEL_NAMES[level.code]), amount=format_money(level.per_year), years=level.years)
        for level in r.scholarship_levels
    )
    return _(
        "Beasiswa untuk paling banyak {children} anak peserta yang meninggal atau cacat total karena kecelakaan "
        "kerja, dibayar setiap tahun sesuai jenjang sekolahnya:\n{rows}\n"
        "Paling banyak {per_child} per anak. Jika meninggal bukan karena kecelakaan kerja, iuran harus sudah "
        "{years} tahun. Berhenti saat anak berumur {age} tahun, menikah atau bekerja; diajukan setiap tahun."
    ).format(children=r.scholarship_max_children, rows=rows, per_child=format_money(r.scholarship_max_per_child),
             years=r.jkm_scholarship_min_years, age=r.scholarship_end_age)


def scholarship_documents_text(ctx: Ctx[Any]) -> str:
    """Who may have it and what is brought each year (FACTS.md §4 and §7): "syarat beasiswa" got the JKM claim's
    documents, which are not these."""
    r = _rules(ctx)
    return _(
        "Syarat beasiswa: peserta meninggal, atau cacat total tetap karena kecelakaan kerja. Jika meninggal bukan "
        "karena kecelakaan kerja, iurannya harus sudah paling sedikit {years} tahun. Untuk paling banyak {children} "
        "anak, sampai berumur {age} tahun, menikah atau bekerja.\n"
        "Diajukan setiap tahun, dengan:\n"
        "• formulir pengajuan beasiswa\n"
        "• akta kelahiran anak\n"
        "• Kartu Keluarga (KK)\n"
        "• surat keterangan masih sekolah atau kuliah\n"
        "• rapor atau transkrip nilai terakhir\n"
        "• buku tabungan anak atau walinya\n"
        "• e-KTP wali\n"
        "Kantor cabang bisa meminta dokumen lain. Tidak dipungut biaya."
    ).format(years=r.jkm_scholarship_min_years, children=r.scholarship_max_children, age=r.scholarship_end_age)


def contribution_text(ctx: Ctx[Any]) -> str:
    """What a month costs, and who pays it first: the city's participant pays nothing, which the page said last, after
    the self-payer's percentages and the late-payment rule."""
    r = _rules(ctx)
    m = format_money
    return "\n".join((
        _("Iurannya {total} per bulan: JKK {jkk_pct}% = {jkk} dan JKM {jkm}, untuk penghasilan {income}. Dalam program "
          "pekerja rentan, iuran itu dibayar pemerintah daerah: pesertanya tidak membayar apa pun.").format(
            total=m(r.minimum_contribution), jkk_pct=r.jkk_contribution_rate_pct, jkk=m(r.jkk_contribution),
            jkm=m(r.jkm_contribution), income=m(r.lowest_income_bracket)),
        _("Pekerja mandiri yang membayar sendiri boleh menambah JHT (hari tua): {jht_pct}% = {jht}, sehingga ketiganya "
          "{all_three}.").format(jht_pct=r.jht_contribution_rate_pct, jht=m(r.jht_contribution),
                                 all_three=m(r.minimum_contribution + r.jht_contribution)),
        _no_late_fine_text(r),
    ))


def _no_late_fine_text(r: RuleSet) -> str:
    return _("Untuk pekerja mandiri tidak ada denda keterlambatan, tetapi jika iuran tidak dibayar {months} bulan "
             "berturut-turut, kepesertaan menjadi nonaktif.").format(months=r.nonaktif_after_unpaid_months)


def late_payment_text(ctx: Ctx[Any]) -> str:
    """FACTS.md §2: no late fine for BPU; three unpaid months and the cover stops. Also the answer to "ada denda
    kalau telat bayar?"."""
    r = _rules(ctx)
    return "\n".join((_no_late_fine_text(r), _("Dalam program pekerja rentan, iuran {total} per bulan dibayar oleh "
                                                "pemerintah daerah.").format(total=format_money(r.minimum_contribution))))


LABEL_JKK = lazy_gettext("JKK: kecelakaan kerja")
LABEL_JKM = lazy_gettext("JKM: kematian")
LABEL_JKK_PAGE = lazy_gettext("Manfaat JKK")
"""Back to the JKK page from its documents: "JKK: kecelakaan kerja" is over a WhatsApp button's 20 characters."""
LABEL_SCHOLARSHIP = lazy_gettext("Beasiswa anak")
LABEL_CONTRIBUTION = lazy_gettext("Iuran per bulan")
LABEL_CALCULATOR = lazy_gettext("Hitung santunan")
LABEL_OTHER = lazy_gettext("Manfaat lainnya")
LABEL_MORE = lazy_gettext("Selengkapnya")
LABEL_REPORT = lazy_gettext("Lapor kecelakaan")
LABEL_CLAIM = lazy_gettext("Klaim santunan")
LABEL_CHECK = lazy_gettext("Cek kepesertaan")
LABEL_DOCUMENTS = lazy_gettext("Syarat & dokumen")


def _info(state: BenefitsState, text: object, *options: Option, goes_to: frozenset[str] = frozenset()) -> Step:
    """An answer and at most three next steps, "Menu utama" last: one screen, buttons on WhatsApp."""
    return Step(state, timeout=Timeout.QUIET, ask=text, options=(*options, to_menu()),  # type: ignore[arg-type]
                goes_to=goes_to)


MORE_JKK = Option("more", LABEL_MORE, goto=BenefitsState.JKK_MORE, aliases=("lengkap", "detail", "lagi"))
MORE_JKM = Option("more", LABEL_MORE, goto=BenefitsState.JKM_MORE, aliases=("lengkap", "detail", "lagi"))
DOCUMENT_WORDS = ("syarat", "dokumen", "persyaratan", "berkas", "syaratnya", "dokumennya", "persyaratannya", "berkasnya")
""""syaratnya" on a page was not understood."""
JKM_DOCUMENTS = Option("documents", LABEL_DOCUMENTS, goto=BenefitsState.JKM_DOCUMENTS, aliases=DOCUMENT_WORDS)
JKK_DOCUMENTS = Option("documents", LABEL_DOCUMENTS, goto=BenefitsState.JKK_DOCUMENTS, aliases=DOCUMENT_WORDS)
JKK = Option("jkk", LABEL_JKK_PAGE, goto=BenefitsState.JKK, aliases=("jkk", "manfaat"))
JKM = Option("jkm", LABEL_JKM, goto=BenefitsState.JKM, aliases=("jkm", "manfaat"))
ACCIDENT_NAMED = frozenset({"kecelakaan", "jkk", "celaka", "accident"})
DEATH_NAMED = frozenset({"meninggal", "kematian", "jkm", "wafat", "death", "died", "dead"})


def _the_other_claim(named: frozenset[str], unless: frozenset[str], papers: BenefitsState,
                     start: Callable[[Ctx[Any]], Outcome]) -> Callable[[Ctx[Any], str], Outcome | None]:
    """A page's claim option, typed with the other benefit named: "syarat klaim kecelakaan kerja apa aja" under a death's
    page began a death claim, with condolences; "mau lapor, bapak sy meninggal" under an accident's an accident report.
    The other benefit's papers when asked, else its claim; None, the option as tapped."""
    def read(ctx: Ctx[Any], text: str) -> Outcome | None:
        words = set(normalise(text).split())
        if not named & words or unless & words:
            return None
        return Goto(papers) if set(DOCUMENT_WORDS) & words else start(ctx)
    return read


CLAIM = Option("claim", LABEL_CLAIM, then=death.start, aliases=("klaim",),  # a death by accident stays a death's
               reads=_the_other_claim(ACCIDENT_NAMED, DEATH_NAMED, BenefitsState.JKK_DOCUMENTS, accident.start))
CLAIM_GOES_TO = frozenset({death.DeathState.ASK_NIK, accident.AccidentState.WHO, BenefitsState.JKK_DOCUMENTS})
"""Where a page with CLAIM may lead: the death claim, or an accident's papers or report named with it."""
REPORT = Option("report", LABEL_REPORT, then=accident.start, aliases=("lapor",),
                reads=_the_other_claim(DEATH_NAMED, frozenset(), BenefitsState.JKM_DOCUMENTS, death.start))
REPORT_GOES_TO = frozenset({accident.AccidentState.WHO, death.DeathState.ASK_NIK, BenefitsState.JKM_DOCUMENTS})
"""Where a page with REPORT may lead: the accident report, or a death's papers or claim named with it."""
CALCULATOR = Option("calculator", LABEL_CALCULATOR, goto="calc.ask_case", aliases=("hitung",))
OTHER = Option("other", LABEL_OTHER, goto=BenefitsState.MENU, aliases=("manfaat",))
CHECK = Option("check", LABEL_CHECK, then=status.start, aliases=("cek",))
SCHOLARSHIP_DOCUMENTS = Option("documents", LABEL_DOCUMENTS, goto=BenefitsState.SCHOLARSHIP_DOCUMENTS,
                               aliases=DOCUMENT_WORDS)
SCHOLARSHIP = Option("scholarship", lazy_gettext("Besaran beasiswa"), goto=BenefitsState.SCHOLARSHIP,
                     aliases=("beasiswa", "jumlah", "besaran"))

FLOW = Flow(
    name="benefits",
    entry=BenefitsState.MENU,
    steps=(
        Step(
            BenefitsState.MENU,
            timeout=Timeout.QUIET,
            ask=lazy_gettext("Manfaat apa yang ingin Anda ketahui?"),
            options=(
                Option("jkk", LABEL_JKK, goto=BenefitsState.JKK, aliases=("jkk", "kecelakaan")),
                Option("jkm", LABEL_JKM, goto=BenefitsState.JKM, aliases=("jkm", "kematian", "meninggal")),
                Option("scholarship", LABEL_SCHOLARSHIP, goto=BenefitsState.SCHOLARSHIP,
                       aliases=("beasiswa",)),
                Option("contribution", LABEL_CONTRIBUTION, goto=BenefitsState.CONTRIBUTION,
                       aliases=("iuran",)),
                CALCULATOR,
                to_menu(),
            ),
        ),
        _info(BenefitsState.JKK, jkk_text, MORE_JKK, REPORT, goes_to=REPORT_GOES_TO),
        _info(BenefitsState.JKK_MORE, jkk_more_text, REPORT, OTHER, goes_to=REPORT_GOES_TO),
        _info(BenefitsState.JKK_DOCUMENTS, jkk_documents_text, REPORT, JKK, goes_to=REPORT_GOES_TO),
        _info(BenefitsState.JKM, jkm_text, MORE_JKM, CLAIM, goes_to=CLAIM_GOES_TO),
        _info(BenefitsState.JKM_MORE, jkm_more_text, CLAIM, JKM_DOCUMENTS, goes_to=CLAIM_GOES_TO),
        _info(BenefitsState.JKM_DOCUMENTS, jkm_documents_text, CLAIM, JKM, goes_to=CLAIM_GOES_TO),
        _info(BenefitsState.JKK_DEATH, jkk_death_text, SCHOLARSHIP, CLAIM, goes_to=CLAIM_GOES_TO),
        _info(BenefitsState.JKM_HEIRS, jkm_heirs_text, CLAIM, JKM, goes_to=CLAIM_GOES_TO),
        _info(BenefitsState.SCHOLARSHIP, scholarship_text, SCHOLARSHIP_DOCUMENTS, CALCULATOR, OTHER),
        _info(BenefitsState.SCHOLARSHIP_DOCUMENTS, scholarship_documents_text, SCHOLARSHIP, CALCULATOR),
        _info(BenefitsState.CONTRIBUTION, contribution_text, CHECK, OTHER,
              goes_to=frozenset({status.StatusState.ASK_NIK})),
        _info(BenefitsState.DOCUMENTS, lazy_gettext("Dokumennya tergantung klaimnya. Klaim untuk apa?"),
              Option("jkk", lazy_gettext("Kecelakaan kerja"), goto=BenefitsState.JKK_DOCUMENTS,
                     aliases=("jkk", "kecelakaan", "kecelakaan kerja")),
              Option("jkm", lazy_gettext("Kematian"), goto=BenefitsState.JKM_DOCUMENTS,
                     aliases=("jkm", "kematian", "meninggal", "santunan kematian")),
              Option("scholarship", LABEL_SCHOLARSHIP, goto=BenefitsState.SCHOLARSHIP_DOCUMENTS,
                     aliases=("beasiswa",))),
    ),
)
