"""Minimum number of SKM respondents (Krejcie & Morgan 1970), as PermenPANRB 14/2017 asks.

S = λ²·N·P·Q / (d²·(N−1) + λ²·P·Q) with λ² = 3.841 (χ² at 1 degree of freedom, 95 %),
P = Q = 0.5 and d = 0.05, computed with exact fractions.

The result is rounded to the nearest whole respondent, not up: that is what the published
table does (N = 50 gives S = 44.34 and the table says 44; N = 2000 gives 322.35 and it says
322), and nearest rounding reproduces every entry of the table while rounding up misses half.
"""

from __future__ import annotations

import math
from fractions import Fraction

CHI_SQUARE = Fraction("3.841")
PROPORTION = Fraction(1, 2)
MARGIN = Fraction(5, 100)


def krejcie_morgan_exact(population: int) -> Fraction:
    """The unrounded sample size for ``population`` people served in the period."""
    if isinstance(population, bool) or not isinstance(population, int) or population < 1:
        raise ValueError(f"population must be a whole number of at least 1, not {population!r}")
    pq = PROPORTION * (1 - PROPORTION)
    return CHI_SQUARE * population * pq / (MARGIN**2 * (population - 1) + CHI_SQUARE * pq)


def krejcie_morgan(population: int) -> int:
    """Minimum respondents for ``population`` (50 -> 44, 300 -> 169, 1,000,000 -> 384)."""
    return math.floor(krejcie_morgan_exact(population) + Fraction(1, 2))
