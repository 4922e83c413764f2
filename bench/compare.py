"""Figures beside their floors: each contestant measured several times in rotated order within one run, the
median reported with the spread, and one ratio line per part. Absolute numbers move 2–3× between runs on a
shared two-core machine; a ratio measured in the same minutes does not."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

ROUNDS = 5


@dataclass(frozen=True, slots=True)
class Figure:
    """One run of one contestant: work per second and the latency of one unit of work, in seconds."""

    rate: float
    p50: float
    p99: float


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def figure(done: int, elapsed: float, latencies: list[float]) -> Figure:
    return Figure(done / elapsed, statistics.median(latencies), pct(latencies, 0.99))


def steadiness(seconds: float = 2.0, window: float = 0.1) -> tuple[float, float]:
    """The machine's own speed over `seconds`: the same small piece of pure Python timed again and again, its median
    per `window`; returns (slowest window / fastest, share of windows 25 % or more slower than the fastest). On a
    shared two-core machine whole windows of a few tenths of a second run markedly slower, and a p99 of a run
    that lasts a second or more is set by them."""
    def work() -> int:
        total = 0
        for n in range(2000):
            total += n * n
        return total

    start = time.perf_counter()
    windows: dict[int, list[float]] = {}
    while (now := time.perf_counter()) - start < seconds:
        work()
        windows.setdefault(int((now - start) / window), []).append(time.perf_counter() - now)
    medians = [statistics.median(times) for times in windows.values() if times]
    fastest = min(medians)
    return max(medians) / fastest, sum(m >= 1.25 * fastest for m in medians) / len(medians)


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def rotated(contestants: dict[str, Callable[[], Awaitable[Figure]]], rounds: int = ROUNDS
                  ) -> dict[str, list[Figure]]:
    """Every contestant once per round, the starting one moving each round, so none always runs on the
    machine's quiet (or busy) minutes."""
    names = list(contestants)
    runs: dict[str, list[Figure]] = {name: [] for name in names}
    for round_ in range(rounds):
        for name in names[round_ % len(names):] + names[:round_ % len(names)]:
            runs[name].append(await contestants[name]())
    return runs


def median(runs: list[Figure]) -> Figure:
    return Figure(statistics.median(r.rate for r in runs), statistics.median(r.p50 for r in runs),
                  statistics.median(r.p99 for r in runs))


def show(name: str, runs: list[Figure], unit: str) -> Figure:
    """One line: the median run and the spread of the rates and p99s over the rounds."""
    m = median(runs)
    rates = sorted(r.rate for r in runs)
    p99s = sorted(r.p99 for r in runs)
    print(f"    {name:<44} {m.rate:9.0f} {unit}  p50 {m.p50 * 1000:7.2f} ms  p99 {m.p99 * 1000:7.2f} ms"
          f"   (spread {rates[0]:.0f}–{rates[-1]:.0f}; p99 {p99s[0] * 1000:.2f}–{p99s[-1] * 1000:.2f} ms)")
    return m


def ratio(ours: list[Figure], floor: list[Figure]) -> tuple[float, float, float, float]:
    """Throughput share and p99 multiple of the medians, with the round-by-round range of the share."""
    shares = sorted(o.rate / f.rate for o, f in zip(ours, floor, strict=True))
    m_ours, m_floor = median(ours), median(floor)
    return m_ours.rate / m_floor.rate, m_ours.p99 / m_floor.p99, shares[0], shares[-1]


def ratio_line(part: str, ours: list[Figure], floor: list[Figure], *, rate_target: float | None = None,
               p99_target: float | None = None, floor_name: str = "its floor") -> None:
    share, multiple, low, high = ratio(ours, floor)
    targets = []
    if rate_target is not None:
        targets.append(f"throughput target ≥ {rate_target:.0%}: {'met' if share >= rate_target else 'NOT met'}")
    if p99_target is not None:
        targets.append(f"p99 target ≤ {p99_target:.1f}×: {'met' if multiple <= p99_target else 'NOT met'}")
    print(f"ratio {part}: throughput {share:.0%} of {floor_name}, p99 {multiple:.2f}× {floor_name}"
          f"   (share per round {low:.0%}–{high:.0%}{'; ' + '; '.join(targets) if targets else ''})")


FLAT = 1.25
"""Within this factor from the smallest size to the largest, time per unit counts as flat (the machine's own
noise between two sizes is about this much)."""


def growth_verdict(unit: str, sizes: tuple[str, str], times: tuple[float, float], why: str) -> None:
    """One line after a growth table: flat or not, from the smallest size to the largest, and why if not."""
    factor = times[1] / times[0]
    verdict = "flat" if factor <= FLAT else f"not flat: {why}"
    print(f"    → {unit} at {sizes[1]} is {factor:.2f}× that at {sizes[0]}: {verdict}")
