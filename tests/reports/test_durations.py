"""Waiting/service time percentiles from a histogram match percentiles of the raw durations."""

from __future__ import annotations

import statistics

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.reports.durations import Histogram, histogram


def interpolated(values: list[int], fraction: float) -> float:
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=7200), min_size=1, max_size=300))
def test_histogram_percentiles_equal_those_of_the_raw_durations(values: list[int]) -> None:
    found = Histogram()
    for value in values:
        found.add(value)
    stats = found.stats()
    assert stats.count == len(values)
    assert stats.median_s == statistics.median(values)
    assert abs((stats.p90_s or 0) - interpolated(values, 0.9)) < 1e-9
    assert abs((stats.mean_s or 0) - statistics.fmean(values)) < 1e-6


def test_hand_computed_waits_in_minutes() -> None:
    # Ten visitors waited 1..10 minutes: median 5.5 min, p90 at rank 8.1 -> 9.1 min.
    stats = histogram((m * 60, 1) for m in range(1, 11)).stats()
    assert stats.to_json() == {"count": 10, "median_min": 5.5, "p90_min": 9.1, "mean_min": 5.5}


def test_no_tickets_means_no_figures_and_skewed_clocks_count_as_zero() -> None:
    assert Histogram().stats().to_json() == {"count": 0, "median_min": None, "p90_min": None, "mean_min": None}
    stats = histogram([(-3, 2), (60, 1)]).stats()
    assert (stats.count, stats.median_s) == (3, 0.0)
