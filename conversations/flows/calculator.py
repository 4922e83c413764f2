"""Hitung perkiraan santunan: what a family or an injured worker would receive, from the rules table."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from conversations.commands import UNSURE_WORDS, is_unsure, says
from conversations.domain.benefits import (
    DeathBenefit,
    jkk_death,
    jkm_benefit,
    partial_disability,
    scholarship_ceiling,
    stmb,
    stmb_monthly,
    total_disability,
)
from conversations.domain.money import parse_amount
from conversations.domain.rules import MAX_DECLARED_INCOME, PP_82_2019, RuleSet, rules_on
from conversations.flow import Ctx, Flow, Goto, Option, Outcome, Retry, Step, Timeout
from conversations.flows.common import YES_WORDS, to_menu
from conversations.i18n import _, format_money, lazy_gettext, ngettext
from conversations.model import Expect
from conversations.nlu.entities import INJURY_WORDS, read_count
from conversations.nlu.normalise import normalise


class CalcState(StrEnum):
    ASK_CASE = "calc.ask_case"
    ASK_INCOME = "calc.ask_income"
    ASK_YEARS = "calc.ask_years"
    ASK_CHILDREN = "calc.ask_children"
    ASK_INJURY = "calc.ask_injury"
    ASK_MONTHS = "calc.ask_months"
    ASK_PERCENT = "calc.ask_percent"
    RESULT = "calc.result"


Case = Literal["death_work", "death_other", "injury"]
Injury = Literal["stmb", "partial", "total"]


class CalcDraft(BaseModel):
    model_config = ConfigDict(extra="forbid")
    schema_version: Literal[1] = 1
    case: Case | None = None
    income: int | None = None
    years: int | None = None
    children: int | None = None
    injury: Injury | None = None
    months: int | None = None
    percent: int | None = None


def _rules(ctx: Ctx[CalcDraft]) -> RuleSet:
    return rules_on(ctx.today) or PP_82_2019


# -- answers ---------------------------------------------------------------------------------


def _after_case(ctx: Ctx[CalcDraft], case: Case) -> Outcome:
    draft = CalcDraft(case=case)
    if case == "death_other":
        # JKM does not depend on income; only the years decide the scholarship.
        return Goto(CalcState.ASK_YEARS, draft=draft)
    return Goto(CalcState.ASK_INCOME, draft=draft)


DIED = "meninggal"
"""Normalised: "wafat", "tewas", "mati" and "died" read as this."""
AT_WORK = INJURY_WORDS | {"kerja", "ngojek", "narik"}
"""Normalised: "work" and "accident" read as "kerja" and "kecelakaan"."""
OF_ILLNESS = frozenset({"sakit", "biasa", "jantung", "stroke", "tua", "heart", "natural"})
HARMED = INJURY_WORDS | frozenset({"amputasi", "diamputasi", "cacat", "lumpuh", "buta", "putus", "cedera", "disabled",
                                   "amputated", "paralysed", "paralyzed", "blind"})
"""An injury's consequence told instead of chosen ("kaki saya diamputasi", "lumpuh"): the injury case (was "not
understood")."""
"""Normalised: "sick" and "illness" read as "sakit"."""


def _case_in_words(ctx: Ctx[CalcDraft], text: str) -> Outcome | None:
    """The case told in words ("meninggal kecelakaan kerja", "wafat krn sakit", "patah kaki pas kerja"): the options
    share their words, so none was picked, and a death told there was offered a switch to the claim."""
    words = set(normalise(text).tokens)
    at_work, of_illness = bool(words & AT_WORK), bool(words & OF_ILLNESS)
    if DIED in words and at_work != of_illness:
        return _after_case(ctx, "death_work" if at_work else "death_other")
    if DIED in words:
        return Retry(_("Meninggal karena kecelakaan kerja (termasuk di jalan berangkat atau pulang kerja), atau karena "
                       "sakit atau sebab lain? Pilih 1 atau 2."))
    if words & HARMED:
        return _after_case(ctx, "injury")
    return None


def _income_chosen(ctx: Ctx[CalcDraft], income: int) -> Outcome:
    draft = ctx.draft.model_copy(update={"income": income})
    if ctx.draft.case == "injury" and ctx.draft.injury == "stmb" and ctx.draft.months is not None:
        return Goto(CalcState.RESULT, draft=draft)  # the months off were told at the income question
    if ctx.draft.case == "injury":
        return Goto(CalcState.ASK_INJURY, draft=draft)
    return Goto(CalcState.ASK_CHILDREN, draft=draft)


_NOT_MONTHLY = re.compile(r"\b(?:sehari|seminggu|harian|mingguan|per ?hari|per ?minggu|tiap hari|setiap hari|"
                          r"a day|per day|daily|a week|per week|weekly)\b|/ ?(?:hari|minggu|hr|day|week)\b",
                          re.IGNORECASE)
"""An income told by the day or the week ("sehari 100rb", "100rb per hari"): not what the benefit is reckoned from."""


def _on_income(ctx: Ctx[CalcDraft], text: str) -> Outcome:
    rules = _rules(ctx)
    if _NOT_MONTHLY.search(text):
        return Retry(_("Santunan dihitung dari penghasilan per bulan yang didaftarkan di BPJS Ketenagakerjaan, "
                       "bukan penghasilan harian. Untuk peserta yang iurannya dibayar pemerintah daerah: {amount}, "
                       "pilih 1.").format(amount=format_money(rules.lowest_income_bracket)))
    amount = parse_amount(text)
    if amount is None and len(found := _AMOUNT_IN_WORDS.findall(text)) == 1:
        amount = parse_amount(found[0])  # "sebulan dpt 2 jutaan lah": was "1 bulan tidak bisa bekerja saya catat"
    if amount is None and says(text, UNSURE_WORDS):  # "ga tau": was told to write it as a number
        return Retry(_("Jika iurannya dibayar pemerintah daerah, penghasilan yang didaftarkan {amount}: pilih 1. Jika "
                       "membayar sendiri, tanyakan ke kantor cabang atau Contact Center 175.").format(
            amount=format_money(rules.lowest_income_bracket)))
    said = _MONTHS_OFF.search(text.lower()) if amount is None and ctx.draft.case == "injury" else None
    if said is not None and (months := _counted(said)) is not None and 1 <= months <= MAX_MONTHS_OFF:
        # "2 bulan ga bisa kerja" at the income question: the next question's answer, kept (was "Tulis penghasilan
        # sebagai angka")
        return Goto(CalcState.ASK_INCOME, draft=ctx.draft.model_copy(update={"injury": "stmb", "months": months}),
                    say=(_("Baik, {months} bulan tidak bisa bekerja saya catat.").format(months=months),))
    if amount is None:
        return Retry(_("Tulis penghasilan sebagai angka, misalnya 1.000.000 atau 1,5 juta."))
    if amount < rules.lowest_income_bracket:
        return Retry(
            _("Penghasilan terendah yang bisa didaftarkan adalah {amount}. Ketik {amount} atau lebih.").format(
                amount=format_money(rules.lowest_income_bracket)
            )
        )
    if amount > MAX_DECLARED_INCOME:
        return Retry(
            _("Untuk penghasilan di atas {amount}, pastikan di kantor cabang BPJS Ketenagakerjaan. "
              "Ketik jumlah yang lebih kecil untuk menghitung.").format(amount=format_money(MAX_DECLARED_INCOME))
        )
    return _income_chosen(ctx, amount)


def _whole_number(text: str, low: int, high: int) -> int | None:
    value = read_count(text)
    return value if value is not None and low <= value <= high else None


_NOT_EXACTLY = re.compile(r"\b(?:lebih|kurang|hampir|lbh|krg|more|less|almost)\b(?! lebih)", re.IGNORECASE)
"""A bound, not a count ("lebih dari 2 tahun", "kurang dari 3 bulan"); "kurang lebih" is "about"."""
_YEARS_OF = re.compile(r"\b(\d{1,2}|se|a)\s*(?:tahun|thn|th|years?)\b")


def _counted(said: re.Match[str]) -> int:
    """The number before "bulan" or "tahun": "sebulan", "a month" are one."""
    return 1 if said.group(1) in ("se", "a") else int(said.group(1))


def _told_once(counting: re.Pattern[str], lowered: str) -> re.Match[str] | None:
    """The one count of months or years inside a sentence; none when there are two, or a bound ("lebih dari 2
    tahun" is not 2)."""
    found = list(counting.finditer(lowered))
    return found[0] if len(found) == 1 and not _NOT_EXACTLY.search(lowered) else None


def _years_paid(text: str) -> int | None:
    """Whole years, also when told in months ("baru 18 bulan" is one year, "2 tahun 6 bulan" two): the
    scholarship needs three, and 18 months must not read as 18 years."""
    lowered = text.lower().replace("setaun", "setahun")
    months = _MONTHS_OFF.search(lowered)
    if months is None:
        counted = _whole_number(lowered, 0, 80)
        if counted is None and (told := _told_once(_YEARS_OF, lowered)) is not None:
            counted = _counted(told)  # "udah bayar 5 thn", "baru setaun": were told to type a number
        return counted if counted is not None and counted <= 80 else None
    years = _YEARS_OF.search(lowered)
    total = (0 if years is None else _counted(years)) + _counted(months) // 12
    return total if total <= 80 else None


MONEY_AT_LEAST = 10_000
"""An amount this large read at the years question is money ("penghasilan saya 3 juta sebulan"), not years."""
_CHILDREN_TOLD = re.compile(r"\b(?:anak|anaknya|children|kids?)\b", re.IGNORECASE)


def _on_years(ctx: Ctx[CalcDraft], text: str) -> Outcome:
    """Years, never what the next question or an income says: "penghasilan saya 3 juta sebulan" was zero years ("a
    month"), "2 anak" two years."""
    if (amount := parse_amount(text)) is not None and amount >= MONEY_AT_LEAST:
        return Retry(_("Itu jumlah uang. Yang ditanya lamanya iuran dibayar, dalam tahun; kurang dari setahun, "
                       "ketik 0."))
    if _CHILDREN_TOLD.search(text):
        return Retry(_("Jumlah anak saya tanyakan sesudah ini."))
    years = _years_paid(text)
    if years is None and is_unsure(text):  # "ga tau": was told to type a number, as for a typo
        return Retry(_("Tidak apa-apa, kira-kira saja: ini hanya perkiraan. Tanggal mulai terdaftar ada di \"Cek "
                       "kepesertaan\". Jika kurang dari setahun, ketik 0."))
    if years is None:
        return Retry(_("Ketik jumlah tahun sebagai angka, misalnya 4. Jika kurang dari setahun, ketik 0."))
    return Goto(CalcState.ASK_CHILDREN, draft=ctx.draft.model_copy(update={"years": years}))


def _on_children(ctx: Ctx[CalcDraft], text: str) -> Outcome:
    lowered = text.lower()
    if _YEARS_OF.search(lowered) or _MONTHS_OFF.search(lowered):  # "5 thn": years, not five children
        return Retry(_("Yang ditanya jumlah anak, bukan lama tahun atau bulan. Ketik jumlah anak sebagai angka, "
                       "misalnya 2."))
    count = _whole_number(text, 0, 30)
    if count is None and is_unsure(text):  # "ga tau": was told to type a number, as for a typo
        return Retry(_("Jika belum tahu, ketik 0: uang tunainya tetap sama, hanya beasiswanya yang tidak dihitung."))
    if count is None:
        return Retry(_("Ketik jumlah anak sebagai angka, misalnya 2."))
    return Goto(CalcState.RESULT, draft=ctx.draft.model_copy(update={"children": count}))


MAX_MONTHS_OFF = 120
"""The longest time off work an estimate is made for (ten years), however it is answered."""
_AMOUNT_IN_WORDS = re.compile(r"(?:\brp\.?\s*)?\b\d[\d.,]*\s*(?:juta|jt|ribu|rb|k)(?:an)?\b|\brp\.?\s*\d[\d.,]*",
                             re.IGNORECASE)
"""An amount inside a sentence ("sebulan dpt 2 jutaan lah", "gaji sy kira2 rp 1.500.000"): with its unit or "Rp"."""
_MONTHS_OFF = re.compile(r"\b(\d{1,3}|se|a)\s*(?:bulan(?:an)?|bln|months?)\b")
_WEEKS_OR_DAYS_OFF = re.compile(r"\b(?:\d{1,3}|se|a|beberapa)\s*(?:minggu|mgg|pekan|hari|hr|weeks?|days?)\b")


def _in_months_please() -> Retry:
    """Time off answered in weeks or days ("3 minggu"): the benefit is reckoned by the month (FACTS.md §5, STMB)."""
    return Retry(_("Santunan ini dihitung per bulan: tulis lamanya dalam bulan, misalnya \"2 bulan\" (kurang dari "
                   "sebulan: \"1 bulan\"). Jumlah pastinya ditetapkan kantor cabang."))


_PART_LOST = re.compile(r"\b(?:putus|diamputasi|amputasi|teramputasi|kehilangan|hilang|amputated|lost)\b", re.IGNORECASE)
_NEVER_AGAIN = re.compile(r"\b(?:lumpuh|cacat total|tidak bisa (?:kerja|bekerja) lagi|(?:ga|gak|nggak) bisa kerja lagi|"
                          r"paralys|paralyz)", re.IGNORECASE)


def _on_injury_text(ctx: Ctx[CalcDraft], text: str) -> Outcome:
    """"2 bulan gak bisa kerja" answers two questions: off work for a while, and for how long. A part of the body lost
    ("jari telunjuk putus", as the question's own example says) is a partial disability, "lumpuh" a total one (both
    were "Pilih salah satu")."""
    if DIED in normalise(text).tokens:  # "meninggal" there: the worker died of it (was "Pilih salah satu")
        return Goto(CalcState.ASK_CHILDREN, draft=ctx.draft.model_copy(update={"case": "death_work"}))
    if _NEVER_AGAIN.search(text):
        return Goto(CalcState.RESULT, draft=ctx.draft.model_copy(update={"injury": "total"}))
    if _PART_LOST.search(text) and not _MONTHS_OFF.search(text.lower()):
        return Goto(CalcState.ASK_PERCENT, draft=ctx.draft.model_copy(update={"injury": "partial"}))
    said = _MONTHS_OFF.search(text.lower())
    months = None if said is None else _counted(said)
    if months is None and _WEEKS_OR_DAYS_OFF.search(text.lower()):
        return _in_months_please()
    if months is None or not 1 <= months <= MAX_MONTHS_OFF:
        return Retry(_("Pilih salah satu, atau tulis berapa bulan tidak bisa bekerja, misalnya \"2 bulan\"."))
    return Goto(CalcState.RESULT, draft=ctx.draft.model_copy(update={"injury": "stmb", "months": months}))


def _on_months(ctx: Ctx[CalcDraft], text: str) -> Outcome:
    months = _whole_number(text, 1, MAX_MONTHS_OFF)
    if months is None and not _YEARS_OF.search(text.lower()) \
            and (told := _told_once(_MONTHS_OFF, text.lower())) is not None:
        months = _counted(told)  # "kata dokter istirahat 2 bulan": was asked again
        months = months if 1 <= months <= MAX_MONTHS_OFF else None
    if months is None and _WEEKS_OR_DAYS_OFF.search(text.lower()):
        return _in_months_please()
    if months is None:
        return Retry(_("Ketik lama tidak bisa bekerja dalam bulan, angka 1 sampai {most}.").format(most=MAX_MONTHS_OFF))
    return Goto(CalcState.RESULT, draft=ctx.draft.model_copy(update={"months": months}))


_PERCENT_TOLD = re.compile(r"\b(\d{1,3})\s*(?:an\s*)?(?:%|persen\b|percent\b)", re.IGNORECASE)
"""A percentage inside a sentence ("kata dokter 10 persen", "sekitar 20an persen"): was told the table is the doctor's."""


def _on_percent(ctx: Ctx[CalcDraft], text: str) -> Outcome:
    percent = _whole_number(text, 1, 100)
    if percent is None and len(told := _PERCENT_TOLD.findall(text)) == 1 and 1 <= int(told[0]) <= 100:
        percent = int(told[0])
    if percent is None and (says(text, UNSURE_WORDS) or "persen" in normalise(text).tokens):
        # "ga tau", "berapa persen kaki putus": the table's figures are not known here (FACTS.md §5 gives the rule only)
        return Retry(_("Persentase cacat ditetapkan dokter menurut tabel dalam peraturan (PP 82/2019), dan kantor cabang "
                       "yang memastikan. Untuk melihat contohnya, ketik misalnya 10."))
    if percent is None:
        return Retry(_("Ketik persentase cacat sebagai angka 1 sampai 100, misalnya 10."))
    return Goto(CalcState.RESULT, draft=ctx.draft.model_copy(update={"percent": percent}))


# -- result ----------------------------------------------------------------------------------


def _death_lines(benefit: DeathBenefit, work: bool) -> list[str]:
    m = format_money
    first = (
        _("• Santunan kematian (48 kali penghasilan sebulan): {amount}") if work else _("• Santunan sekaligus: {amount}")
    ).format(amount=m(benefit.lump_sum))
    return [
        first,
        _("• Pengganti penghasilan 24 bulan, dibayar sekaligus: {amount}").format(amount=m(benefit.periodic)),
        _("• Biaya pemakaman: {amount}").format(amount=m(benefit.funeral)),
        _("Jumlah uang tunai: {amount}").format(amount=m(benefit.cash_total)),
    ]


def _scholarship_line(rules: RuleSet, eligible: bool, children: int) -> str:
    if not eligible:
        return _("• Beasiswa anak: belum berhak, karena iuran belum dibayar {years} tahun.").format(
            years=rules.jkm_scholarship_min_years
        )
    if children <= 0:
        return _("• Beasiswa anak: tidak ada anak yang dihitung.")
    counted = min(children, rules.scholarship_max_children)
    return _(
        "• Beasiswa {counted} anak: dibayar per tahun sekolah, seluruhnya paling banyak {ceiling} (bukan tunai "
        "sekaligus)."
    ).format(counted=counted, ceiling=format_money(scholarship_ceiling(rules, counted)))


def result_text(ctx: Ctx[CalcDraft]) -> str:
    d = ctx.draft
    rules = _rules(ctx)
    m = format_money
    lines: list[str]
    if d.case == "death_other":
        benefit = jkm_benefit(rules, d.years)
        lines = [_("Perkiraan untuk ahli waris, meninggal bukan karena kecelakaan kerja:"),
                 *_death_lines(benefit, work=False),
                 _scholarship_line(rules, benefit.scholarship_eligible, d.children or 0)]
    elif d.case == "death_work":
        assert d.income is not None
        benefit = jkk_death(rules, d.income)
        lines = [_("Perkiraan untuk ahli waris, meninggal karena kecelakaan kerja, penghasilan {income}:").format(
                     income=m(d.income)),
                 *_death_lines(benefit, work=True),
                 _scholarship_line(rules, True, d.children or 0)]
    elif d.injury == "stmb":
        assert d.income is not None and d.months is not None
        lines = [
            ngettext("Perkiraan santunan selama belum bisa bekerja, {months} bulan, penghasilan {income}: {total}.",
                     "Perkiraan santunan selama belum bisa bekerja, {months} bulan, penghasilan {income}: {total}.",
                     d.months).format(months=d.months, income=m(d.income), total=m(stmb(rules, d.income, d.months))),
            _("{full} per bulan selama {full_months} bulan pertama, lalu {after} per bulan sampai sembuh.").format(
                full=m(stmb_monthly(rules, d.income, 1)), full_months=rules.stmb_full_months,
                after=m(stmb_monthly(rules, d.income, rules.stmb_full_months + 1))),
            _("Biaya pengobatan ditanggung terpisah, sesuai kebutuhan medis."),
        ]
    elif d.injury == "partial":
        assert d.income is not None and d.percent is not None
        lines = [
            _("Perkiraan santunan cacat sebagian {percent}%, penghasilan {income}: {amount} (dihitung "
              "{percent} persen dari 80 kali penghasilan sebulan).").format(
                percent=d.percent, income=m(d.income), amount=m(partial_disability(rules, d.percent, d.income))),
            _("Persentase ditetapkan dokter menurut tabel dalam peraturan; jika fungsi anggota badan hilang "
              "sebagian, jumlahnya lebih kecil."),
        ]
    else:
        assert d.income is not None
        benefit = total_disability(rules, d.income)
        lines = [
            _("Perkiraan untuk cacat total tetap, penghasilan {income}:").format(income=m(d.income)),
            _("• Santunan cacat total: {amount}").format(amount=m(benefit.lump_sum)),
            _("• Pengganti penghasilan 24 bulan, dibayar sekaligus: {amount}").format(amount=m(benefit.periodic)),
            _("Jumlah uang tunai: {amount}").format(amount=m(benefit.lump_sum + benefit.periodic)),
            _scholarship_line(rules, True, 2),
        ]
    if d.income is not None and d.income != rules.lowest_income_bracket:
        # "penghasilan sy 3 juta": one's real income gave three times what a worker covered by the city is paid
        lines.append(_("Jika iurannya dibayar pemerintah kota, penghasilan yang didaftarkan {amount}: hitung lagi "
                       "dengan {amount}.").format(
            amount=m(rules.lowest_income_bracket)))
    lines.append(
        _("Ini perkiraan menurut aturan yang berlaku sekarang. Jumlah pastinya ditetapkan BPJS "
          "Ketenagakerjaan: pastikan di kantor cabang.")
    )
    return "\n".join(lines)


LABEL_INCOME_DEFAULT = lazy_gettext("Rp1.000.000")


def _income_default(ctx: Ctx[CalcDraft]) -> Outcome:
    return _income_chosen(ctx, _rules(ctx).lowest_income_bracket)


FLOW = Flow(
    name="calc",
    entry=CalcState.ASK_CASE,
    draft_model=CalcDraft,
    steps=(
        Step(
            CalcState.ASK_CASE,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Hitung perkiraan untuk keadaan apa? Kecelakaan kerja termasuk di jalan berangkat dan "
                             "pulang kerja."),
            options=(
                Option("death_work", lazy_gettext("Meninggal saat kerja"),
                       then=lambda ctx: _after_case(ctx, "death_work")),
                Option("death_other", lazy_gettext("Meninggal biasa"),
                       then=lambda ctx: _after_case(ctx, "death_other"), aliases=("sakit",)),
                Option("injury", lazy_gettext("Cedera saat kerja"),
                       then=lambda ctx: _after_case(ctx, "injury"), aliases=("cedera", "luka")),
            ),
            on_text=_case_in_words,
            goes_to=frozenset({CalcState.ASK_INCOME, CalcState.ASK_YEARS}),
        ),
        Step(
            CalcState.ASK_INCOME,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Berapa penghasilan per bulan yang didaftarkan? Untuk peserta yang iurannya "
                             "dibayar pemerintah daerah: Rp1.000.000. Pilih 1 atau ketik jumlahnya."),
            options=(Option("default", LABEL_INCOME_DEFAULT, then=_income_default, aliases=YES_WORDS, alone=True),),
            expects=Expect.NUMBER,
            on_text=_on_income,
            goes_to=frozenset({CalcState.ASK_INJURY, CalcState.ASK_CHILDREN, CalcState.ASK_INCOME, CalcState.RESULT}),
        ),
        Step(
            CalcState.ASK_YEARS,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Sudah berapa tahun peserta membayar iuran? Ketik angka, misalnya 4."),
            expects=Expect.NUMBER,
            on_text=_on_years,
            goes_to=frozenset({CalcState.ASK_CHILDREN}),
        ),
        Step(
            CalcState.ASK_CHILDREN,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Berapa anak yang sedang atau akan bersekolah? Paling banyak 2 yang dihitung. "
                             "Ketik 0 jika tidak ada."),
            expects=Expect.NUMBER,
            on_text=_on_children,
            goes_to=frozenset({CalcState.RESULT}),
        ),
        Step(
            CalcState.ASK_INJURY,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Apa akibat cederanya: belum bisa bekerja untuk sementara, cacat sebagian (misalnya "
                             "kehilangan jari), atau cacat total sehingga tidak bisa bekerja lagi?"),
            options=(
                Option("stmb", lazy_gettext("Libur sementara"), goto=CalcState.ASK_MONTHS,
                       set={"injury": "stmb"}),
                Option("partial", lazy_gettext("Cacat sebagian"), goto=CalcState.ASK_PERCENT,
                       set={"injury": "partial"}),
                Option("total", lazy_gettext("Cacat total"), goto=CalcState.RESULT, set={"injury": "total"}),
            ),
            on_text=_on_injury_text,
            goes_to=frozenset({CalcState.RESULT, CalcState.ASK_PERCENT, CalcState.ASK_CHILDREN}),
        ),
        Step(
            CalcState.ASK_MONTHS,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Berapa bulan tidak bisa bekerja? Ketik angka, misalnya 3."),
            expects=Expect.NUMBER,
            on_text=_on_months,
            goes_to=frozenset({CalcState.RESULT}),
        ),
        Step(
            CalcState.ASK_PERCENT,
            timeout=Timeout.NOTICE,
            ask=lazy_gettext("Berapa persen cacat menurut dokter? Ketik angka 1 sampai 100, misalnya 10."),
            expects=Expect.NUMBER,
            on_text=_on_percent,
            goes_to=frozenset({CalcState.RESULT}),
        ),
        Step(
            CalcState.RESULT,
            timeout=Timeout.QUIET,
            ask=result_text,
            options=(
                Option("again", lazy_gettext("Hitung lagi"), goto=CalcState.ASK_CASE),
                Option("benefits", lazy_gettext("Manfaat JKK & JKM"), goto="benefits.menu"),
                to_menu(),
            ),
        ),
    ),
)
