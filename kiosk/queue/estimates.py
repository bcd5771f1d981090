"""Estimated waiting time, always as a range rounded to 5 minutes.

Per-person service time comes from the queue's recent finished tickets (called until done): the
median gives the low end, the 80th percentile the high end. With fewer than ``MIN_SAMPLES``
finished tickets in the window the office-wide default (5-10 minutes per person) is used. The
people ahead share the queue's open counters, and the high end allows for the counters still
being busy with someone when the visitor's turn comes, so "nobody ahead" at a single counter
reads "0-10 menit", not a promise of zero.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

ROUND_TO = 5
MIN_SAMPLES = 3
DEFAULT_MINUTES_PER_PERSON = (5.0, 10.0)


@dataclass(frozen=True)
class WaitEstimate:
    low: int
    high: int
    basis: str  # "history" or "default"
    samples: int


def per_person_minutes(
    durations: Sequence[float], default: tuple[float, float] = DEFAULT_MINUTES_PER_PERSON
) -> tuple[float, float, str]:
    """(typical, slow, basis) minutes one visitor takes at a counter."""
    usable = sorted(d for d in durations if d > 0)
    if len(usable) < MIN_SAMPLES:
        return default[0], default[1], "default"
    slow = usable[max(0, math.ceil(0.8 * len(usable)) - 1)]
    return statistics.median(usable), slow, "history"


def estimate_wait(
    ahead: int,
    durations: Sequence[float],
    open_counters: int,
    default: tuple[float, float] = DEFAULT_MINUTES_PER_PERSON,
) -> WaitEstimate:
    typical, slow, basis = per_person_minutes(durations, default)
    counters = max(1, open_counters)
    low = ahead * typical / counters
    high = (ahead + 1) * slow / counters
    low_rounded = ROUND_TO * math.floor(low / ROUND_TO)
    high_rounded = max(ROUND_TO * math.ceil(high / ROUND_TO), low_rounded + ROUND_TO)
    return WaitEstimate(low_rounded, high_rounded, basis, len([d for d in durations if d > 0]))
