"""Manfaat JKK & JKM: plain answers with the exact figures of the rules table."""

from __future__ import annotations

from enum import StrEnum

from conversations.domain.benefits import jkk_death, partial_disability, total_disability
from conversations.domain.rules import PP_82_2019, RuleSet, rules_on
from conversations.flow import Ctx, Flow, Option, Step, Timeout
from conversations.flows.common import to_menu
from conversations.i18n import _, format_money, lazy_gettext


class BenefitsState(StrEnum):
    MENU = "benefits.menu"
    JKK = "benefits.jkk"
    JKM = "benefits.jkm"
    SCHOLARSHIP = "benefits.scholarship"
    CONTRIBUTION = "benefits.contribution"


def _rules(ctx: Ctx[object]) -> RuleSet:
    return rules_on(ctx.today) or PP_82_2019


def jkk_text(ctx: Ctx[object]) -> str:
    r = _rules(ctx)
    wage = r.lowest_income_bracket
    death = jkk_death(r, wage)
    total = total_disability(r, wage)
    m = format_money
    return _(
        "Jaminan Kecelakaan Kerja (JKK) melindungi kecelakaan saat bekerja, termasuk dalam perjalanan "
        "berangkat dan pulang kerja:\n"
        "• Pengobatan sesuai kebutuhan medis tanpa batas biaya, di fasilitas kesehatan mitra, rawat inap kelas I.\n"
        "• Perawatan di rumah paling lama {home_months} bulan, paling banyak {home_care}.\n"
        "• Biaya angkutan: darat/sungai/danau paling banyak {land}, laut {sea}, udara {air}.\n"
        "• Santunan sementara tidak mampu bekerja (STMB): 100% penghasilan selama {full_months} bulan "
        "pertama, lalu {after_pct}%, sampai sembuh. Dengan penghasilan {wage}: {wage} per bulan, lalu {after}.\n"
        "• Cacat sebagian: persentase tabel × 80 × penghasilan (10% → {partial}).\n"
        "• Cacat total tetap: 70% × 80 × penghasilan ({total_lump} untuk penghasilan {wage}) + santunan "
        "berkala {periodic} + beasiswa anak.\n"
        "• Meninggal karena kecelakaan kerja: 48 × penghasilan ({death_lump} untuk penghasilan {wage}) + "
        "biaya pemakaman {funeral} + santunan berkala {periodic} = {death_total}, ditambah beasiswa anak.\n"
        "Laporkan kecelakaan dalam 2×24 jam. Hak klaim JKK berakhir {expiry} tahun setelah kecelakaan."
    ).format(
        home_months=r.home_care_max_months,
        home_care=m(r.home_care_max),
        land=m(r.transport_land_max),
        sea=m(r.transport_sea_max),
        air=m(r.transport_air_max),
        full_months=r.stmb_full_months,
        after_pct=r.stmb_after_pct,
        wage=m(wage),
        after=m(wage * r.stmb_after_pct // 100),
        partial=m(partial_disability(r, 10, wage)),
        total_lump=m(total.lump_sum),
        periodic=m(r.jkm_periodic),
        death_lump=m(death.lump_sum),
        funeral=m(r.funeral),
        death_total=m(death.cash_total),
        expiry=r.jkk_claim_expiry_years,
    )


def jkm_text(ctx: Ctx[object]) -> str:
    r = _rules(ctx)
    m = format_money
    return _(
        "Jaminan Kematian (JKM): jika peserta meninggal bukan karena kecelakaan kerja, ahli waris menerima:\n"
        "• Santunan sekaligus {lump}\n"
        "• Santunan berkala 24 bulan, dibayar sekaligus, {periodic}\n"
        "• Biaya pemakaman {funeral}\n"
        "Jumlah {total}.\n"
        "Ditambah beasiswa untuk paling banyak {children} anak jika peserta sudah membayar iuran paling "
        "sedikit {years} tahun.\n"
        "Ahli waris: janda/duda atau anak; jika tidak ada, orang tua, kakek/nenek atau cucu; lalu saudara "
        "kandung; lalu mertua; lalu orang yang ditunjuk dalam wasiat.\n"
        "Klaim tidak dipungut biaya. Menurut aturan JKM dibayar 3 hari kerja setelah dokumen lengkap; "
        "dalam praktik bisa lebih lama. Ajukan klaim secepatnya."
    ).format(
        lump=m(r.jkm_lump_sum),
        periodic=m(r.jkm_periodic),
        funeral=m(r.funeral),
        total=m(r.jkm_total),
        children=r.scholarship_max_children,
        years=r.jkm_scholarship_min_years,
    )


LEVEL_NAMES = {
    "tk": lazy_gettext("TK"),
    "sd": lazy_gettext("SD"),
    "smp": lazy_gettext("SMP"),
    "sma": lazy_gettext("SMA"),
    "pt": lazy_gettext("Perguruan tinggi (sampai S1) atau pelatihan"),
}


def scholarship_text(ctx: Ctx[object]) -> str:
    r = _rules(ctx)
    rows = "\n".join(
        _("• {level}: {amount} per tahun, {years} tahun").format(
            level=str(LEVEL_NAMES[level.code]), amount=format_money(level.per_year), years=level.years
        )
        for level in r.scholarship_levels
    )
    return _(
        "Beasiswa pendidikan untuk paling banyak {children} anak peserta yang meninggal dunia atau "
        "cacat total tetap karena kecelakaan kerja, dibayar per tahun sesuai jenjang sekolah:\n"
        "{rows}\n"
        "Paling banyak {per_child} per anak, sampai {two} untuk {children} anak, tergantung jenjang "
        "setiap anak. Untuk kematian bukan karena kecelakaan kerja, peserta harus sudah membayar iuran "
        "paling sedikit {years} tahun. Beasiswa berhenti saat anak berusia {age} tahun, menikah atau "
        "bekerja, dan diajukan setiap tahun."
    ).format(
        children=r.scholarship_max_children,
        rows=rows,
        per_child=format_money(r.scholarship_max_per_child),
        two=format_money(r.scholarship_max_per_child * r.scholarship_max_children),
        years=r.jkm_scholarship_min_years,
        age=r.scholarship_end_age,
    )


def contribution_text(ctx: Ctx[object]) -> str:
    r = _rules(ctx)
    m = format_money
    return _(
        "Iuran peserta Bukan Penerima Upah (BPU) dengan penghasilan {income}:\n"
        "• JKK {jkk_pct}% = {jkk}\n"
        "• JKM {jkm}\n"
        "Jumlah {total} per bulan; JKK dan JKM wajib diambil bersama. JHT (hari tua) boleh ditambah: "
        "{jht_pct}% = {jht}, sehingga ketiganya {all_three}.\n"
        "Untuk BPU tidak ada denda keterlambatan, tetapi jika iuran tidak dibayar {months} bulan "
        "berturut-turut, kepesertaan menjadi nonaktif.\n"
        "Dalam program pekerja rentan, iuran {total} per bulan dibayar oleh pemerintah daerah."
    ).format(
        income=m(r.lowest_income_bracket),
        jkk_pct=r.jkk_contribution_rate_pct,
        jkk=m(r.jkk_contribution),
        jkm=m(r.jkm_contribution),
        total=m(r.minimum_contribution),
        jht_pct=r.jht_contribution_rate_pct,
        jht=m(r.jht_contribution),
        all_three=m(r.minimum_contribution + r.jht_contribution),
        months=r.nonaktif_after_unpaid_months,
    )


LABEL_JKK = lazy_gettext("JKK: kecelakaan kerja")
LABEL_JKM = lazy_gettext("JKM: kematian")
LABEL_SCHOLARSHIP = lazy_gettext("Beasiswa anak")
LABEL_CONTRIBUTION = lazy_gettext("Iuran per bulan")
LABEL_CALCULATOR = lazy_gettext("Hitung perkiraan santunan")
LABEL_OTHER = lazy_gettext("Manfaat lainnya")


def _info(state: BenefitsState, text: object) -> Step:
    return Step(
        state,
        timeout=Timeout.QUIET,
        ask=text,  # type: ignore[arg-type]
        options=(
            Option("calculator", LABEL_CALCULATOR, goto="calc.ask_case"),
            Option("other", LABEL_OTHER, goto=BenefitsState.MENU),
            to_menu(),
        ),
    )


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
                Option("calculator", LABEL_CALCULATOR, goto="calc.ask_case", aliases=("hitung",)),
                to_menu(),
            ),
        ),
        _info(BenefitsState.JKK, jkk_text),
        _info(BenefitsState.JKM, jkm_text),
        _info(BenefitsState.SCHOLARSHIP, scholarship_text),
        _info(BenefitsState.CONTRIBUTION, contribution_text),
    ),
)
