"""What a participant or family receives, in whole rupiah, from the rules of `rules.py`."""

from __future__ import annotations

from dataclasses import dataclass

from conversations.domain.rules import RuleSet


@dataclass(frozen=True, slots=True)
class DeathBenefit:
    lump_sum: int
    periodic: int
    funeral: int
    scholarship_eligible: bool

    @property
    def cash_total(self) -> int:
        return self.lump_sum + self.periodic + self.funeral


def jkm_benefit(rules: RuleSet, contribution_years: float | None) -> DeathBenefit:
    """Death not caused by work; scholarship only after the minimum years of contributions."""
    eligible = contribution_years is not None and contribution_years >= rules.jkm_scholarship_min_years
    return DeathBenefit(rules.jkm_lump_sum, rules.jkm_periodic, rules.funeral, eligible)


def jkk_death(rules: RuleSet, wage: int) -> DeathBenefit:
    """Death from a work accident: 48 × wage (never below the JKM lump sum); scholarship always."""
    lump_sum = max(rules.jkk_death_wage_multiple * wage, rules.jkm_lump_sum)
    return DeathBenefit(lump_sum, rules.jkm_periodic, rules.funeral, scholarship_eligible=True)


def stmb(rules: RuleSet, wage: int, months: int) -> int:
    """Temporary inability to work: 100% of wage for the first months, then the lower share."""
    full = min(months, rules.stmb_full_months)
    reduced = max(months - rules.stmb_full_months, 0)
    return full * wage + reduced * wage * rules.stmb_after_pct // 100


def stmb_monthly(rules: RuleSet, wage: int, month: int) -> int:
    """The payment for one month of incapacity (1-based)."""
    return wage if month <= rules.stmb_full_months else wage * rules.stmb_after_pct // 100


def partial_disability(rules: RuleSet, table_pct: int, wage: int) -> int:
    """Anatomical partial disability: table % × 80 × wage."""
    return table_pct * rules.disability_base_multiple * wage // 100


def total_disability(rules: RuleSet, wage: int) -> DeathBenefit:
    """Total permanent disability: 70% × 80 × wage plus the periodic payment; scholarship always."""
    lump_sum = rules.total_disability_factor_pct * rules.disability_base_multiple * wage // 100
    return DeathBenefit(lump_sum, rules.jkm_periodic, 0, scholarship_eligible=True)


def scholarship_ceiling(rules: RuleSet, children: int) -> int:
    """The most the scholarship can reach for this many children (depends on each child's level)."""
    return min(children, rules.scholarship_max_children) * rules.scholarship_max_per_child
