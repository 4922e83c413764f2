"""The free-text classifier: time per message (cold caches and warm), accuracy per intent on the
labelled set, and the pairs of intents it confuses."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from conversations.nlu import normalise as normalise_module
from conversations.nlu.evaluation import evaluate, read_labelled
from conversations.nlu.intents import classify

EVAL_SET = Path(__file__).resolve().parent.parent / "tests" / "nlu" / "eval_set.tsv"


def _timed_pass(messages: list[str]) -> list[float]:
    times = []
    for message in messages:
        t0 = time.perf_counter()
        classify(message)
        times.append(time.perf_counter() - t0)
    return times


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


if __name__ == "__main__":
    report()
