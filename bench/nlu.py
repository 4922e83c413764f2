"""The free-text classifier: time per message (cold caches and warm) beside a floor, accuracy per intent on the
labelled set, and the pairs of intents it confuses.

The floor is the least any reader of a message does: lower-case it, split it into words, look each word up in
a table of keywords. What the classifier does beyond that (slang and spelling, stems, negation, hypotheticals,
who it happened to) is what its multiple of the floor buys."""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

from bench.compare import Figure, figure, rotated, show
from bench.compare import ratio_line as print_ratio
from conversations.nlu import normalise as normalise_module
from conversations.nlu.evaluation import (
    Breakdown,
    Score,
    evaluate,
    read_labelled,
    read_public,
    score_classifier,
)
from conversations.nlu.intents import classify
from tests.landing import score_engine

EVAL_SET = Path(__file__).resolve().parent.parent / "tests" / "nlu" / "eval_set.tsv"
PUBLIC_SET = EVAL_SET.with_name("public_set.tsv")
TARGET = 0.95


def _timed_pass(messages: list[str]) -> list[float]:
    times = []
    for message in messages:
        t0 = time.perf_counter()
        classify(message)
        times.append(time.perf_counter() - t0)
    return times


WORD = re.compile(r"\w+")
KEYWORDS = {"meninggal": "death", "kecelakaan": "accident", "klaim": "claim", "daftar": "register",
            "status": "status", "cek": "status", "jkm": "death", "jkk": "accident", "petugas": "human"}


def floor_classify(message: str) -> str | None:
    for word in WORD.findall(message.lower()):
        if (hit := KEYWORDS.get(word)) is not None:
            return hit
    return None


def _pass(function, messages: list[str]) -> Figure:  # type: ignore[no-untyped-def]
    times = []
    start = time.perf_counter()
    for message in messages:
        t0 = time.perf_counter()
        function(message)
        times.append(time.perf_counter() - t0)
    return figure(len(times), time.perf_counter() - start, times)


async def compare(rounds: int) -> None:
    pairs = read_labelled(EVAL_SET.read_text(encoding="utf-8").splitlines())
    messages = [message for _intent, message in pairs] * 5

    async def ours() -> Figure:
        return _pass(classify, messages)

    async def floor() -> Figure:
        return _pass(floor_classify, messages)

    runs = await rotated({"ours": ours, "floor": floor}, rounds)
    print(f"  warm, {len(messages)} messages a round, median of {rounds} rotated rounds:")
    show("classify (the whole reading)", runs["ours"], "msgs/s")
    show("floor: lower-case, split, keyword table", runs["floor"], "msgs/s")
    print_ratio("nlu", runs["ours"], runs["floor"])


def report(rounds: int = 50) -> None:
    pairs = read_labelled(EVAL_SET.read_text(encoding="utf-8").splitlines())
    messages = [message for _intent, message in pairs]
    normalise_module._closest.cache_clear()
    normalise_module._split_stuck.cache_clear()
    cold = _timed_pass(messages)
    warm = [t for _ in range(rounds) for t in _timed_pass(messages)]
    warm.sort()
    print(f"Free-text classifier ({len(messages)} labelled messages, tests/nlu/eval_set.tsv)")
    print(f"  per message: first pass (cold caches) mean {statistics.fmean(cold) * 1e6:.0f} µs; "
          f"then {rounds} passes mean {statistics.fmean(warm) * 1e6:.0f} µs, "
          f"p99 {warm[int(len(warm) * 0.99)] * 1e6:.0f} µs")
    result = evaluate(pairs)
    print(f"  accuracy {result.accuracy:.1%} ({result.correct}/{result.total}); "
          f"out-of-scope read as a claim: {len(result.out_of_scope_claims)}")
    tallies = sorted(result.per_intent.items(), key=lambda kv: kv[0].value)
    print("  per intent: " + ", ".join(f"{intent} {c}/{t}" for intent, (c, t) in tallies))
    if result.confusions:
        print("  confused (expected → got ×n): " + ", ".join(
            f"{e} → {g} ×{n}" for (e, g), n in result.confusions.most_common()))
    else:
        print("  confused: none")


def _score(score: Score) -> str:
    return f"{score.share:6.1%} ({score.right}/{score.total}), wrong claims {score.wrong_claims}"


def _groups(title: str, scores: dict[str, Score]) -> None:
    cells = [f"{key} {score.right}/{score.total}" + (f" ⚠{score.wrong_claims}" if score.wrong_claims else "")
             for key, score in sorted(scores.items(), key=lambda kv: (kv[1].share, kv[0]))]
    print(f"      {title}: " + ", ".join(cells))


def _verdict(score: Score) -> str:
    ok = score.share >= TARGET and score.wrong_claims == 0
    return "✓" if ok else f"✗ (target ≥ {TARGET:.0%} and 0 wrong claims)"


def report_public(show_misses: bool = False) -> None:
    """Accuracy on messages gathered from public pages, split once into a tuning part and a held-out part;
    held-out messages are never printed, so nothing is tuned on them."""
    rows = read_public(PUBLIC_SET.read_text(encoding="utf-8").splitlines())
    print(f"Public set ({len(rows)} messages from {len({row.source for row in rows})} public pages, "
          f"{len({row.register for row in rows})} registers; tests/nlu/public_set.tsv)")
    for part in ("tune", "held"):
        chosen = [row for row in rows if row.part == part]
        readers: dict[str, Breakdown] = {"classifier": score_classifier(chosen),
                                         "whole engine, first reply": score_engine(chosen)}
        print(f"  {part} part ({len(chosen)} messages):")
        for name, breakdown in readers.items():
            verdict = _verdict(breakdown.overall) if part == "held" else ""
            print(f"    {name}: {_score(breakdown.overall)} {verdict}")
            _groups("per intent", breakdown.per_intent)
            _groups("per register", breakdown.per_register)
            if show_misses and part == "tune":
                for row, landed in breakdown.misses:
                    print(f"        {row.intent} → {landed}: {row.message}")


if __name__ == "__main__":
    import sys

    report()
    report_public(show_misses="--misses" in sys.argv)
