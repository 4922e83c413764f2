"""Accuracy of the classifier on a labelled set: overall, per intent, and which intents it confuses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from conversations.nlu.intents import CLAIMS, OUT_OF_SCOPE, Intent, classify


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    per_intent: dict[Intent, tuple[int, int]] = field(default_factory=dict)
    """intent → (correct, total)."""
    confusions: Counter[tuple[Intent, Intent]] = field(default_factory=Counter)
    """(expected, got) → count, for the wrong ones."""
    misses: list[tuple[Intent, Intent, str]] = field(default_factory=list)
    out_of_scope_claims: list[str] = field(default_factory=list)
    """Out-of-scope messages classified as a claim: must stay empty."""

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def read_labelled(lines: Iterable[str]) -> list[tuple[Intent, str]]:
    """`intent<TAB>message` lines; `#` comments and blank lines skipped."""
    pairs = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        label, _tab, message = line.rstrip("\n").partition("\t")
        pairs.append((Intent(label), message))
    return pairs


def evaluate(pairs: Iterable[tuple[Intent, str]]) -> Report:
    report = Report()
    tallies: dict[Intent, list[int]] = {}
    for expected, message in pairs:
        got = classify(message).intent
        tally = tallies.setdefault(expected, [0, 0])
        tally[1] += 1
        report.total += 1
        if got is expected:
            tally[0] += 1
            report.correct += 1
        else:
            report.confusions[(expected, got)] += 1
            report.misses.append((expected, got, message))
        if expected in OUT_OF_SCOPE and got in CLAIMS:
            report.out_of_scope_claims.append(message)
    report.per_intent = {intent: (c, t) for intent, (c, t) in tallies.items()}
    return report
