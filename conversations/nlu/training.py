"""Trains the shipped linear model (model.json): the mean of seeded averaged perceptrons over model.features,
so the same data gives the same file. `make nlu-model`; reads tests/nlu/eval_set.tsv, the "tune" part of
tests/nlu/public_set.tsv and tests/nlu/public_more.tsv, never the held-out part."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from conversations.nlu.cues import Intent
from conversations.nlu.evaluation import read_labelled, read_public
from conversations.nlu.intents import score
from conversations.nlu.model import MODEL_FILE, LinearModel, features
from conversations.nlu.normalise import normalise

EPOCHS = 12
SEED = 20261202
SEEDS = 5
"""Perceptrons averaged into the shipped model (five-fold cross-validation: one 93.7 %, five 95.3 %, nine 95.4 %)."""
KEEP_ABOVE = 0.15
"""Averaged weights smaller than this are dropped: they move no decision and only grow the file."""


def training_rows(folder: Path) -> list[tuple[str, Intent]]:
    """The eval set, the tuning part and the further tuning messages; any of them that happens to equal a
    held-out message ("halo") is left out, so no held-out message is ever trained on."""
    eval_set = read_labelled((folder / "eval_set.tsv").read_text(encoding="utf-8").splitlines())
    public = read_public((folder / "public_set.tsv").read_text(encoding="utf-8").splitlines())
    more = read_public((folder / "public_more.tsv").read_text(encoding="utf-8").splitlines())
    held = {row.message.lower() for row in public if row.part == "held"}
    rows = [(message, intent) for intent, message in eval_set] + [
        (row.message, row.intent) for row in public + more if row.part == "tune"]
    return [(message, intent) for message, intent in rows if message.lower() not in held]


def train(rows: list[tuple[str, Intent]], seeds: int = SEEDS) -> LinearModel:
    """The mean of `seeds` averaged perceptrons, each meeting the examples in its own order: one perceptron's
    weights depend on that order; the mean of several depends on it much less (and generalises better)."""
    classes = sorted({intent.value for _message, intent in rows})
    index = {name: i for i, name in enumerate(classes)}
    examples = []
    for message, intent in rows:
        normalised = normalise(message)
        examples.append((features(message, normalised, score(normalised)), index[intent.value]))
    merged: dict[str, dict[int, float]] = {}
    for n in range(seeds):
        for feature, row in _perceptron(list(examples), len(classes), SEED + n).items():
            target = merged.setdefault(feature, {})
            for klass, weight in row.items():
                target[klass] = target.get(klass, 0.0) + weight / seeds
    kept = {feature: {k: round(w, 3) for k, w in row.items() if abs(w) >= KEEP_ABOVE}
            for feature, row in merged.items()}
    return LinearModel(classes, {feature: row for feature, row in kept.items() if row})


def _perceptron(examples: list[tuple[list[str], int]], classes: int, seed: int) -> dict[str, dict[int, float]]:
    """One averaged perceptron's weights, before pruning."""
    weights: dict[str, dict[int, float]] = {}
    totals: dict[str, dict[int, float]] = {}
    stamps: dict[str, dict[int, int]] = {}
    step = 0
    rng = random.Random(seed)

    def update(feature: str, klass: int, delta: float) -> None:
        row, total, stamp = (weights.setdefault(feature, {}), totals.setdefault(feature, {}),
                             stamps.setdefault(feature, {}))
        total[klass] = total.get(klass, 0.0) + (step - stamp.get(klass, 0)) * row.get(klass, 0.0)
        stamp[klass] = step
        row[klass] = row.get(klass, 0.0) + delta

    for _epoch in range(EPOCHS):
        rng.shuffle(examples)
        for found, gold in examples:
            step += 1
            scores = [0.0] * classes
            for feature in found:
                for klass, weight in weights.get(feature, {}).items():
                    scores[klass] += weight
            guess = max(range(classes), key=lambda k: (scores[k], -k))
            if guess != gold:
                for feature in found:
                    update(feature, gold, 1.0)
                    update(feature, guess, -1.0)
    averaged: dict[str, dict[int, float]] = {}
    for feature, row in weights.items():
        for klass, weight in row.items():
            total = totals[feature].get(klass, 0.0) + (step - stamps[feature].get(klass, 0)) * weight
            averaged.setdefault(feature, {})[klass] = total / step
    return averaged


def save(model: LinearModel, path: Path = MODEL_FILE) -> None:
    weights = {feature: {str(k): v for k, v in sorted(row.items())} for feature, row in sorted(model.weights.items())}
    path.write_text(json.dumps({"classes": [c.value for c in model.classes], "weights": weights},
                               ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "tests" / "nlu"
    rows = training_rows(folder)
    model = train(rows)
    save(model)
    print(f"trained on {len(rows)} messages: {len(model.weights)} features kept → {MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
