"""The public set: gathered from public pages with a source each, split once at random, and a model trained
without its held-out part. The held-out figure here is a floor against regressions, not a target to tune to
(make bench prints it against the issue's target)."""

from __future__ import annotations

import random
from pathlib import Path

from conversations.nlu import training
from conversations.nlu.evaluation import read_public, score_classifier
from conversations.nlu.model import MODEL_FILE, LinearModel
from tests.landing import score_engine

FOLDER = Path(__file__).parent / "nlu"
ROWS = read_public((FOLDER / "public_set.tsv").read_text(encoding="utf-8").splitlines())
SOURCES = {line.split("\t")[0]: line.split("\t")[1] for line in
           (FOLDER / "sources.tsv").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


def test_the_set_is_large_held_out_is_large_and_every_source_is_a_public_address() -> None:
    assert len(ROWS) >= 1000 and sum(row.part == "held" for row in ROWS) >= 300
    assert {row.source for row in ROWS} <= set(SOURCES)
    assert all(address.startswith(("https://", "http://")) for address in SOURCES.values())
    assert len({row.register for row in ROWS}) >= 10


def test_the_split_is_the_one_random_split_made_once() -> None:
    order = list(range(len(ROWS)))
    random.Random(20261202).shuffle(order)
    held = set(order[: round(len(ROWS) * 0.35)])
    assert [row.part for row in ROWS] == ["held" if i in held else "tune" for i in range(len(ROWS))]


def test_the_model_never_reads_the_held_out_part() -> None:
    trained_on = {message for message, _intent in training.training_rows(FOLDER)}
    held = {row.message for row in ROWS if row.part == "held"}
    assert not trained_on & held


def test_the_shipped_model_is_what_training_gives() -> None:
    retrained = training.train(training.training_rows(FOLDER))
    assert retrained.weights == LinearModel.load(MODEL_FILE).weights, "run make nlu-model and commit model.json"


def test_tuning_part_lands_right_and_starts_no_wrong_claim() -> None:
    tune = [row for row in ROWS if row.part == "tune"]
    engine = score_engine(tune).overall
    assert engine.share >= 0.95 and engine.wrong_claims == 0, engine


def test_held_out_part_stays_above_its_floor() -> None:
    held = [row for row in ROWS if row.part == "held"]
    classifier, engine = score_classifier(held).overall, score_engine(held).overall
    assert classifier.share >= 0.92 and engine.share >= 0.92, (classifier, engine)
    assert classifier.wrong_claims == 0 and engine.wrong_claims == 0, (classifier, engine)
