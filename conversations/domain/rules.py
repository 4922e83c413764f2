"""Benefit constants, effective-dated, each table naming its regulation (FACTS.md §1, §3–§6).

Only figures from FACTS.md live here. A date before the first table has no rules: the bot then says
"pastikan di kantor cabang" instead of guessing the older amounts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScholarshipLevel:
    code: str
    per_year: int
    years: int

    @property
    def maximum(self) -> int:
        return self.per_year * self.years


@dataclass(frozen=True, slots=True)
class RuleSet:
    effective_from: dt.date
    regulation: str
    # Contributions of a BPU at the lowest income bracket (§1).
    lowest_income_bracket: int
    jkk_contribution_rate_pct: int
    jkm_contribution: int
    jht_contribution_rate_pct: int
    # JKM, death not caused by work (§3).
    jkm_lump_sum: int
    jkm_periodic: int
    funeral: int
    jkm_scholarship_min_years: int
    # JKK, work accident (§5).
    jkk_death_wage_multiple: int
    total_disability_factor_pct: int  # of 80 × wage
    disability_base_multiple: int  # the "80" in pct × 80 × wage
    stmb_full_months: int
    stmb_after_pct: int
    home_care_max: int
    home_care_max_months: int
    transport_land_max: int
    transport_sea_max: int
    transport_air_max: int
    jasa_raharja_medical_max: int
    """On the road Jasa Raharja pays medical costs first, up to this (§7, confidence M)."""
    # Scholarship (§4).
    scholarship_max_children: int
    scholarship_end_age: int
    scholarship_levels: tuple[ScholarshipLevel, ...]
    # Deadlines (§6).
    report_within_hours: int
    jkk_claim_expiry_years: int
    nonaktif_after_unpaid_months: int
    arrears_payable_months: int

    @property
    def jkm_total(self) -> int:
        return self.jkm_lump_sum + self.jkm_periodic + self.funeral

    @property
    def minimum_contribution(self) -> int:
        return self.jkk_contribution + self.jkm_contribution

    @property
    def jkk_contribution(self) -> int:
        return self.lowest_income_bracket * self.jkk_contribution_rate_pct // 100

    @property
    def jht_contribution(self) -> int:
        return self.lowest_income_bracket * self.jht_contribution_rate_pct // 100

    @property
    def scholarship_max_per_child(self) -> int:
        return sum(level.maximum for level in self.scholarship_levels)


PP_82_2019 = RuleSet(
    effective_from=dt.date(2019, 12, 2),
    regulation="PP 82/2019 jo. Permenaker 5/2021",
    lowest_income_bracket=1_000_000,
    jkk_contribution_rate_pct=1,
    jkm_contribution=6_800,
    jht_contribution_rate_pct=2,
    jkm_lump_sum=20_000_000,
    jkm_periodic=12_000_000,
    funeral=10_000_000,
    jkm_scholarship_min_years=3,
    jkk_death_wage_multiple=48,
    total_disability_factor_pct=70,
    disability_base_multiple=80,
    stmb_full_months=12,
    stmb_after_pct=50,
    home_care_max=20_000_000,
    home_care_max_months=12,
    transport_land_max=5_000_000,
    transport_sea_max=2_000_000,
    transport_air_max=10_000_000,
    jasa_raharja_medical_max=20_000_000,
    scholarship_max_children=2,
    scholarship_end_age=23,
    scholarship_levels=(
        ScholarshipLevel("tk", 1_500_000, 2),
        ScholarshipLevel("sd", 1_500_000, 6),
        ScholarshipLevel("smp", 2_000_000, 3),
        ScholarshipLevel("sma", 3_000_000, 3),
        ScholarshipLevel("pt", 12_000_000, 5),
    ),
    report_within_hours=48,
    jkk_claim_expiry_years=5,
    nonaktif_after_unpaid_months=3,
    arrears_payable_months=3,
)

RULE_SETS: tuple[RuleSet, ...] = (PP_82_2019,)

MAX_DECLARED_INCOME = 20_700_000
"""Top BPU bracket, FACTS.md §1 (confidence M): above it the bot refers to the branch."""


def rules_on(date: dt.date) -> RuleSet | None:
    """The rules in force on `date`, or None when our tables do not reach back that far."""
    current = None
    for rule_set in RULE_SETS:
        if rule_set.effective_from <= date:
            current = rule_set
    return current
