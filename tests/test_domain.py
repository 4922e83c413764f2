"""The pure rules: NIK, dates, amounts, phones, masks, and every figure of FACTS.md."""

from __future__ import annotations

import datetime as dt

import pytest

from conversations.domain import benefits as b
from conversations.domain.dates import parse_date
from conversations.domain.masking import mask_kpj, mask_name
from conversations.domain.money import parse_amount
from conversations.domain.nik import Nik, NikError, NikProblem, parse_nik
from conversations.domain.nominations import clean_name
from conversations.domain.phone import normalise_phone
from conversations.domain.rules import PP_82_2019 as R
from conversations.domain.rules import rules_on
from conversations.i18n import format_date, format_money, format_number, use_locale
from tests.chat import CATALOGS
from tests.factories import fake_nik

TODAY = dt.date(2026, 11, 23)


# -- NIK (FACTS §9) --------------------------------------------------------------------------


def test_a_valid_nik_reads_its_parts() -> None:
    nik = parse_nik("1571 0262 0590 0001")
    assert isinstance(nik, Nik)
    assert (nik.region, nik.birth_day, nik.birth_month, nik.birth_yy, nik.female) == ("1571", 22, 5, 90, True)
    assert nik.matches_birth_date(dt.date(1990, 5, 22))


@pytest.mark.parametrize(
    ("text", "problem", "digits"),
    [
        ("", NikProblem.EMPTY, 0),
        ("157102220590001", NikProblem.LENGTH, 15),
        ("15710222059000011", NikProblem.LENGTH, 17),
        ("15710222059O0001", NikProblem.NOT_DIGITS, 15),
        ("9971022205900001", NikProblem.PROVINCE, 16),
        ("1571023205900001", NikProblem.BIRTH_DATE, 16),  # day 32
        ("1571027205900001", NikProblem.BIRTH_DATE, 16),  # day 72 (women 41–71)
        ("1571022213900001", NikProblem.BIRTH_DATE, 16),  # month 13
        ("1571023002900001", NikProblem.BIRTH_DATE, 16),  # 30 February
        ("1571022205900000", NikProblem.SERIAL, 16),
    ],
)
def test_each_nik_problem_is_named(text: str, problem: NikProblem, digits: int) -> None:
    assert parse_nik(text) == NikError(problem, digits)


@pytest.mark.parametrize("code", ["9171", "9471", "9371", "9671", "1171", "6474"])
def test_province_codes_including_legacy_papua(code: str) -> None:
    assert isinstance(parse_nik(fake_nik(code)), Nik)


def test_leap_day_exists_in_one_century() -> None:
    assert isinstance(parse_nik("1571022902000001"), Nik)  # 29-02-2000
    assert isinstance(parse_nik("1571022902010001"), NikError)  # 29-02-1901 and 2001 do not exist


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["22-05-1990", "22/5/1990", "22 Mei 1990", "1990-05-22", "22.05.1990", "22 mei 90", "22051990",
             "tgl 22 mei 1990", "22 May 1990", "22-Mei-1990", "May 22 1990", "may 22nd, 1990"],
)
def test_birth_dates_as_people_write_them(text: str) -> None:
    assert parse_date(text, TODAY) == dt.date(1990, 5, 22)


@pytest.mark.parametrize("text", ["kemarin", "31-02-1990", "22-13-1990", "1990", "", "22 Bulan 1990", "Bulan 22 1990"])
def test_unreadable_dates(text: str) -> None:
    assert parse_date(text, TODAY) is None


def test_two_digit_years_never_land_in_the_future() -> None:
    assert parse_date("01-01-30", TODAY) == dt.date(1930, 1, 1)
    assert parse_date("01-01-05", TODAY) == dt.date(2005, 1, 1)


# -- amounts, phones, masks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1000000", 1_000_000), ("1.000.000", 1_000_000), ("Rp 1.000.000", 1_000_000), ("1 jt", 1_000_000),
     ("1,5 juta", 1_500_000), ("Rp 2jt", 2_000_000), ("500rb", 500_000), ("Rp1.500.000,-", 1_500_000),
     ("1.5jt", 1_500_000),
     # Words told around it: was "Tulis penghasilan sebagai angka".
     ("penghasilan saya 2 juta sebulan", 2_000_000), ("gaji sy 1,5 jt aja", 1_500_000),
     ("my income is 2 million", 2_000_000)],
)
def test_amounts(text: str, amount: int) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["satu", "1,5", "12.34.5", "2 kg", "", "penghasilan saya", "saya 2 anak"])
def test_not_amounts(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize("text", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "812 3456 7890"])
def test_phone_forms(text: str) -> None:
    assert normalise_phone(text) == "6281234567890"


def test_masks_show_only_enough_to_recognise() -> None:
    assert mask_name("Budi  Santoso") == "B*** S******"
    assert mask_kpj("12345678901") == "*******8901"


# -- formatting ------------------------------------------------------------------------------


def test_money_and_dates_the_indonesian_way() -> None:
    with use_locale(CATALOGS, "id"):
        assert format_money(42_000_000) == "Rp42.000.000"
        assert format_date(dt.date(2025, 5, 22)) == "22 Mei 2025"
        assert format_number(2999) == "2.999"
    with use_locale(CATALOGS, "en"):
        assert format_money(42_000_000) == "Rp42,000,000"
        assert format_number(2999) == "2,999"
        assert format_date(dt.date(2025, 5, 22)) == "22 May 2025"


# -- FACTS.md, row by row --------------------------------------------------------------------


def test_contributions_fact_1() -> None:
    assert R.jkk_contribution == 10_000
    assert R.jkm_contribution == 6_800
    assert R.minimum_contribution == 16_800
    assert R.jht_contribution == 20_000
    assert R.minimum_contribution + R.jht_contribution == 36_800
    assert R.minimum_contribution * 12 * 3_000 == 604_800_000  # Kota Jambi budget, §10


def test_arrears_fact_2() -> None:
    assert (R.nonaktif_after_unpaid_months, R.arrears_payable_months) == (3, 3)


def test_jkm_fact_3() -> None:
    benefit = b.jkm_benefit(R, contribution_years=1)
    assert (benefit.lump_sum, benefit.periodic, benefit.funeral) == (20_000_000, 12_000_000, 10_000_000)
    assert benefit.cash_total == 42_000_000
    assert not benefit.scholarship_eligible
    assert b.jkm_benefit(R, contribution_years=3).scholarship_eligible
    assert not b.jkm_benefit(R, contribution_years=None).scholarship_eligible


def test_scholarship_fact_4() -> None:
    assert [(lvl.code, lvl.per_year, lvl.years, lvl.maximum) for lvl in R.scholarship_levels] == [
        ("tk", 1_500_000, 2, 3_000_000), ("sd", 1_500_000, 6, 9_000_000), ("smp", 2_000_000, 3, 6_000_000),
        ("sma", 3_000_000, 3, 9_000_000), ("pt", 12_000_000, 5, 60_000_000),
    ]
    assert R.scholarship_max_per_child == 87_000_000
    assert b.scholarship_ceiling(R, 2) == 174_000_000
    assert b.scholarship_ceiling(R, 5) == 174_000_000  # at most two children
    assert (R.scholarship_max_children, R.scholarship_end_age, R.jkm_scholarship_min_years) == (2, 23, 3)


def test_jkk_fact_5() -> None:
    wage = 1_000_000
    assert (R.home_care_max, R.home_care_max_months) == (20_000_000, 12)
    assert (R.transport_land_max, R.transport_sea_max, R.transport_air_max) == (5_000_000, 2_000_000, 10_000_000)
    assert b.stmb_monthly(R, wage, 1) == 1_000_000
    assert b.stmb_monthly(R, wage, 12) == 1_000_000
    assert b.stmb_monthly(R, wage, 13) == 500_000
    assert b.stmb(R, wage, 15) == 13_500_000
    assert b.partial_disability(R, 10, wage) == 8_000_000
    total = b.total_disability(R, wage)
    assert (total.lump_sum, total.periodic, total.scholarship_eligible) == (56_000_000, 12_000_000, True)
    death = b.jkk_death(R, wage)
    assert death.lump_sum == 48_000_000 and death.cash_total == 70_000_000 and death.scholarship_eligible
    assert b.jkk_death(R, 2_000_000).lump_sum == 96_000_000


def test_deadlines_fact_6() -> None:
    assert (R.report_within_hours, R.jkk_claim_expiry_years) == (48, 5)


def test_no_rules_before_pp_82_2019() -> None:
    assert rules_on(dt.date(2019, 11, 30)) is None
    assert rules_on(dt.date(2025, 1, 1)) is R


def test_working_days_skip_weekends_and_listed_holidays() -> None:
    from conversations.domain.workdays import add_working_days, working_days_between

    friday = dt.date(2026, 11, 27)
    assert add_working_days(friday, 3) == dt.date(2026, 12, 2)  # Mon, Tue, Wed
    assert add_working_days(friday, 3, {dt.date(2026, 12, 1)}) == dt.date(2026, 12, 3)
    assert working_days_between(friday, dt.date(2026, 11, 30)) == 1
    assert working_days_between(friday, friday) == 0


def test_each_city_counts_time_in_its_own_zone() -> None:
    from conversations.domain.regions import WIB, WIT, WITA, zone_of_city, zone_of_nik

    assert zone_of_city("Kota Bontang") == WITA and zone_of_city("Kota Jambi") == WIB
    assert zone_of_nik("6474020305900001") == WITA and zone_of_nik("1571020305900001") == WIB
    assert zone_of_nik("9471020305900001") == WIT and zone_of_nik(None) == WIB


@pytest.mark.parametrize(("typed", "name"), [
    ("pak budi santoso", "Budi Santoso"), ("Bu Siti Aminah", "Siti Aminah"), ("bpk. ahmad", "Ahmad"),
    ("mbak  Rina", "Rina"), ("H. Ahmad Dahlan", "H. Ahmad Dahlan"), ("Bapak", "Bapak"), ("SITI AMINAH", "SITI AMINAH"),
    ("Hj. Siti Aminah, S.Pd", "Hj. Siti Aminah, S.Pd"), ("Ahmad Fauzi, S.E., M.M.", "Ahmad Fauzi, S.E., M.M."),  # titles
    ("Budi Santoso,", "Budi Santoso"),  # were refused as "not letters only"
])
def test_a_name_is_kept_as_on_the_ktp_without_how_a_neighbour_is_called(typed: str, name: str) -> None:
    assert clean_name(typed) == name


@pytest.mark.parametrize("typed", ["siti aminah, rumahnya di gang mawar", "Siti Aminah, 12-04-1988", "Budi,, Santoso"])
def test_what_follows_a_comma_is_no_name_unless_it_is_a_title(typed: str) -> None:
    assert clean_name(typed) is None


@pytest.mark.parametrize(("said", "month"), [("bulan lalu", dt.date(2026, 10, 1)), ("awal bulan kemarin", dt.date(2026, 10, 1)),
                                             ("pertengahan bulan ini", dt.date(2026, 11, 1)),
                                             ("akhir oktober", dt.date(2026, 10, 1)), ("desember", dt.date(2025, 12, 1)),
                                             ("in may", dt.date(2026, 5, 1)), ("it may be last week", None),
                                             ("bulan lalu tgl 5", None), ("kemarin", None)])
def test_a_month_said_without_its_day_is_the_latest_such_month(said: str, month: dt.date | None) -> None:
    from conversations.domain.dates import month_said

    assert month_said(said, dt.date(2026, 11, 23)) == month


@pytest.mark.parametrize(("said", "day", "rough"), [("tgl 20", 20, False), ("20an", 20, True),
                                                     ("sekitar tanggal 20", 20, True), ("tanggal 5 kayaknya", 5, True),
                                                     ("31", 31, False), ("32", None, False), ("5 oktober", None, False),
                                                     ("on the 21st", 21, False), ("around the 20th", 20, True)])
def test_a_day_alone_is_read_in_the_month_said(said: str, day: int | None, rough: bool) -> None:
    from conversations.domain.dates import day_in_month

    when = day_in_month(said, dt.date(2026, 10, 1))
    assert (when.date.day, when.rough) == (day, rough) if when is not None else day is None
