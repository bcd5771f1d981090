"""Minimum SKM sample size against the published Krejcie & Morgan (1970) table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.survey import krejcie_morgan

# Table 1 of Krejcie & Morgan, "Determining Sample Size for Research Activities" (1970).
PUBLISHED = {
    10: 10, 15: 14, 20: 19, 25: 24, 30: 28, 35: 32, 40: 36, 45: 40, 50: 44, 55: 48,
    60: 52, 65: 56, 70: 59, 75: 63, 80: 66, 85: 70, 90: 73, 95: 76, 100: 80, 110: 86,
    120: 92, 130: 97, 140: 103, 150: 108, 160: 113, 170: 118, 180: 123, 190: 127,
    200: 132, 210: 136, 220: 140, 230: 144, 240: 148, 250: 152, 260: 155, 270: 159,
    280: 162, 290: 165, 300: 169, 320: 175, 340: 181, 360: 186, 380: 191, 400: 196,
    420: 201, 440: 205, 460: 210, 480: 214, 500: 217, 550: 226, 600: 234, 650: 242,
    700: 248, 750: 254, 800: 260, 850: 265, 900: 269, 950: 274, 1000: 278, 1100: 285,
    1200: 291, 1300: 297, 1400: 302, 1500: 306, 1600: 310, 1700: 313, 1800: 317,
    1900: 320, 2000: 322, 2200: 327, 2400: 331, 2600: 335, 2800: 338, 3000: 341,
    3500: 346, 4000: 351, 4500: 354, 5000: 357, 6000: 361, 7000: 364, 8000: 367,
    9000: 368, 10000: 370, 15000: 375, 20000: 377, 30000: 379, 40000: 380, 50000: 381,
    75000: 382, 1000000: 384,
}  # fmt: skip


@pytest.mark.parametrize(("population", "sample"), sorted(PUBLISHED.items()))
def test_matches_the_published_table(population: int, sample: int) -> None:
    assert krejcie_morgan(population) == sample


def test_the_examples_in_the_domain_notes() -> None:
    # 50: 3.841·50·0.25 / (0.0025·49 + 3.841·0.25) = 48.0125 / 1.08275 = 44.34 -> 44
    assert krejcie_morgan(50) == 44
    assert krejcie_morgan(300) == 169
    # 2000: 1920.5 / 5.95775 = 322.35 -> 322 (rounding up would ask for 323)
    assert krejcie_morgan(2000) == 322
    assert krejcie_morgan(1_000_000) == 384


@given(st.integers(min_value=1, max_value=10**9))
def test_never_more_than_the_population_nor_than_384(population: int) -> None:
    sample = krejcie_morgan(population)
    assert 1 <= sample <= population
    assert sample <= 384


@given(st.integers(min_value=1, max_value=10**7))
def test_a_larger_population_never_needs_fewer_respondents(population: int) -> None:
    assert krejcie_morgan(population + 1) >= krejcie_morgan(population)


@pytest.mark.parametrize("population", [0, -10, True, 2.5, "300"])
def test_a_population_that_is_not_a_positive_whole_number_is_refused(population: object) -> None:
    with pytest.raises(ValueError, match="population"):
        krejcie_morgan(population)  # type: ignore[arg-type]
