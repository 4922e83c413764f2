"""A small statistical reader beside the cues: character n-grams and words into a linear model.

Trained by `make nlu-model` (conversations/nlu/training.py) on the labelled eval set and the tuning part of
the public set, never on its held-out part; shipped as model.json and loaded offline. It catches what no cue
names (a dialect word, a phrasing nobody listed); the cues stay for what must be exact (claims, scams)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from conversations.nlu.cues import Intent
from conversations.nlu.normalise import Normalised

MODEL_FILE = Path(__file__).with_name("model.json")
_SPACES = re.compile(r"[^a-z0-9]+")


CueTotals = Mapping[Intent, tuple[float, tuple[str, ...]]]


def _cue_levels(totals: CueTotals) -> list[str]:
    """What the cues said, as features: the model learns how far to trust each cue table."""
    found = []
    for intent, (points, _cues) in totals.items():
        if points >= 2:
            found.append(f"k:{intent.value}:2")
        if points >= 4:
            found.append(f"k:{intent.value}:4")
        if points <= -3:
            found.append(f"k:{intent.value}:-3")
    return found


def features(raw: str, normalised: Normalised, totals: CueTotals) -> list[str]:
    """Words and word pairs of the canonical text, 3–5 character n-grams of the raw lower-cased text (which
    keep dialect spellings the lexicon does not know), 3–4 character n-grams of the canonical text (a word
    the lexicon mapped shares its parts with its standard spelling), and the levels the cue tables reached."""
    tokens = normalised.tokens
    found = [f"w:{token}" for token in tokens]
    found += [f"b:{a}_{b}" for a, b in pairwise(tokens)]
    text = f" {_SPACES.sub(' ', raw.lower()).strip()} "
    for n in (3, 4, 5):
        found += [f"c:{text[i:i + n]}" for i in range(len(text) - n + 1)]
    canonical = f" {' '.join(tokens)} "
    for n in (3, 4):
        found += [f"n:{canonical[i:i + n]}" for i in range(len(canonical) - n + 1)]
    return found + _cue_levels(totals)


@dataclass(frozen=True, slots=True)
class Prediction:
    intent: Intent
    margin: float
    """Best score minus the runner-up's: how sure the model is."""


_FIELD, _BIAS = 64, 1 << 30
_MASK = (1 << _FIELD) - 1


def _pack(row: dict[int, float], classes: int) -> int:
    """A feature's weights for every class in one integer, thousandths plus a bias in 64-bit fields: the
    weights of a message's few hundred features then add up in one `sum` of integers, in C, exactly (the
    weights are stored to three decimals), instead of a Python loop over every class of every feature.
    The bias keeps each field positive; 64 bits hold the sum of 2^33 biased weights without a carry, far
    more features than any message has."""
    return sum((round(row.get(k, 0.0) * 1000) + _BIAS) << (_FIELD * k) for k in range(classes))


class LinearModel:
    def __init__(self, classes: list[str], weights: dict[str, dict[int, float]]) -> None:
        self.classes = [Intent(name) for name in classes]
        self.weights = weights
        self._packed = {feature: _pack(row, len(classes)) for feature, row in weights.items()}

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> LinearModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {feature: {int(k): v for k, v in row.items()} for feature, row in data["weights"].items()}
        return cls(data["classes"], weights)

    def scores(self, found: list[str]) -> list[float]:
        packed = [row for feature in found if (row := self._packed.get(feature)) is not None]
        total, count = sum(packed), len(packed)
        return [(((total >> (_FIELD * k)) & _MASK) - count * _BIAS) / 1000 for k in range(len(self.classes))
                ] if count else [0.0] * len(self.classes)

    def predict(self, raw: str, normalised: Normalised, cue_totals: CueTotals) -> Prediction:
        totals = self.scores(features(raw, normalised, cue_totals))
        ranked = sorted(range(len(totals)), key=lambda i: -totals[i])
        best, second = ranked[0], ranked[1]
        return Prediction(self.classes[best], totals[best] - totals[second])


@lru_cache(maxsize=1)
def shipped() -> LinearModel | None:
    """The shipped model, or None when it has not been trained (then the cues decide alone)."""
    return LinearModel.load() if MODEL_FILE.exists() else None
