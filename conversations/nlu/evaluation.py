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
        found = classify(message)
        got = found.intent
        tally = tallies.setdefault(expected, [0, 0])
        tally[1] += 1
        report.total += 1
        if got is expected:
            tally[0] += 1
            report.correct += 1
        else:
            report.confusions[(expected, got)] += 1
            report.misses.append((expected, got, message))
        if expected in OUT_OF_SCOPE and found.starts_claim:
            report.out_of_scope_claims.append(message)
    report.per_intent = {intent: (c, t) for intent, (c, t) in tallies.items()}
    return report


@dataclass(frozen=True, slots=True)
class Labelled:
    """One row of tests/nlu/public_set.tsv."""

    part: str
    """"tune" (may be read and tuned on) or "held" (scored only in aggregate)."""
    intent: Intent
    register: str
    source: str
    message: str


def read_public(lines: Iterable[str]) -> list[Labelled]:
    """`part<TAB>intent<TAB>register<TAB>source<TAB>message` lines; `#` comments and blank lines skipped."""
    rows = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        part, intent, register, source, message = line.rstrip("\n").split("\t")
        rows.append(Labelled(part, Intent(intent), register, source, message))
    return rows


@dataclass
class Score:
    """Right / total, and how many messages that must not start a claim started one."""

    right: int = 0
    total: int = 0
    wrong_claims: int = 0

    def add(self, right: bool, wrong_claim: bool) -> None:
        self.total += 1
        self.right += right
        self.wrong_claims += wrong_claim

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Breakdown:
    """One reader's scores on one part of the set: overall, per intent, per register."""

    overall: Score = field(default_factory=Score)
    per_intent: dict[str, Score] = field(default_factory=dict)
    per_register: dict[str, Score] = field(default_factory=dict)
    misses: list[tuple[Labelled, str]] = field(default_factory=list)
    """(row, where it landed) for the wrong ones."""

    def add(self, row: Labelled, right: bool, wrong_claim: bool, landed: str) -> None:
        self.overall.add(right, wrong_claim)
        self.per_intent.setdefault(row.intent.value, Score()).add(right, wrong_claim)
        self.per_register.setdefault(row.register, Score()).add(right, wrong_claim)
        if not right:
            self.misses.append((row, landed))


def score_classifier(rows: Iterable[Labelled]) -> Breakdown:
    """The classifier alone: right when it names the labelled intent; a wrong claim when a message labelled
    anything but a claim is read as the writer's own case (one it reads as a claim but asks about first starts
    nothing, yet is still not right)."""
    breakdown = Breakdown()
    for row in rows:
        found = classify(row.message)
        breakdown.add(row, found.intent is row.intent, row.intent not in CLAIMS and found.starts_claim,
                      found.intent.value)
    return breakdown
