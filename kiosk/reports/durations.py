"""Median and 90th percentile of waiting and service times, from a histogram of whole seconds.

The database returns ``(seconds, tickets)`` pairs (``GROUP BY`` the rounded duration), which is
small whatever the number of tickets, and works the same on SQLite, which has no
``percentile_cont``. Percentiles interpolate between the two nearest ranks, as PostgreSQL's
``percentile_cont`` and most spreadsheets do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DurationStats:
    count: int
    median_s: float | None
    p90_s: float | None
    mean_s: float | None

    @property
    def median_min(self) -> float | None:
        return None if self.median_s is None else self.median_s / 60

    @property
    def p90_min(self) -> float | None:
        return None if self.p90_s is None else self.p90_s / 60

    def to_json(self) -> dict[str, float | int | None]:
        def minutes(value: float | None) -> float | None:
            return None if value is None else round(value / 60, 2)

        return {
            "count": self.count,
            "median_min": minutes(self.median_s),
            "p90_min": minutes(self.p90_s),
            "mean_min": minutes(self.mean_s),
        }


EMPTY = DurationStats(0, None, None, None)


class Histogram:
    """Tickets per whole-second duration; negative durations (clock skew between terminals)
    are counted as zero rather than dropped, so counts still add up."""

    def __init__(self) -> None:
        self._bins: dict[int, int] = {}

    def add(self, seconds: int, tickets: int = 1) -> None:
        key = max(int(seconds), 0)
        self._bins[key] = self._bins.get(key, 0) + int(tickets)

    def merge(self, other: Histogram) -> None:
        for seconds, tickets in other._bins.items():
            self.add(seconds, tickets)

    @property
    def count(self) -> int:
        return sum(self._bins.values())

    def stats(self) -> DurationStats:
        total = self.count
        if total == 0:
            return EMPTY
        ordered = sorted(self._bins.items())
        mean = sum(s * n for s, n in ordered) / total
        return DurationStats(total, _percentile(ordered, total, 0.5), _percentile(ordered, total, 0.9), mean)


def histogram(pairs: Iterable[tuple[int, int]]) -> Histogram:
    found = Histogram()
    for seconds, tickets in pairs:
        found.add(seconds, tickets)
    return found


def _percentile(ordered: list[tuple[int, int]], total: int, fraction: float) -> float:
    position = fraction * (total - 1)
    low_rank = int(position)
    weight = position - low_rank
    low = _value_at(ordered, low_rank)
    if weight == 0:
        return float(low)
    high = _value_at(ordered, low_rank + 1)
    return low + (high - low) * weight


def _value_at(ordered: list[tuple[int, int]], rank: int) -> int:
    """The ``rank``-th (0-based) duration in sorted order."""
    seen = 0
    for seconds, tickets in ordered:
        seen += tickets
        if rank < seen:
            return seconds
    return ordered[-1][0]
