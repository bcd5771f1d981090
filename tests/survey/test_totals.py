"""Reports add up in SQL and finish with ikm_from_totals, the one implementation of the method."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.survey import ELEMENT_KEYS, NoSurveyDataError, compute_ikm
from kiosk.survey.ikm import ElementTotals, ikm_from_totals, totals_of

score = st.one_of(st.none(), st.integers(min_value=1, max_value=4))
response = st.fixed_dictionaries({k: score for k in ELEMENT_KEYS})


@settings(max_examples=300, deadline=None)
@given(st.lists(response, min_size=1, max_size=40))
def test_the_index_is_the_mean_of_the_answered_elements_times_25(responses) -> None:  # type: ignore[no-untyped-def]
    # The method in one line, written out independently of ikm_from_totals: each answered
    # element's NRR is its mean score; the index is their mean, times 25, rounded once.
    answered = {k: [r[k] for r in responses if r[k] is not None] for k in ELEMENT_KEYS}
    means = [Fraction(sum(v), len(v)) for v in answered.values() if v]
    if not means:
        with pytest.raises(NoSurveyDataError):
            compute_ikm(responses)
        return
    result = compute_ikm(responses)
    assert result.ikm_unit == sum(means) / len(means)
    hundredths = sum(means) / len(means) * 25 * 100
    assert result.ikm == Decimal(math.floor(hundredths + Fraction(1, 2))) / 100  # half up, positive
    assert result.respondents == sum(1 for r in responses if any(v is not None for v in r.values()))
    assert result.unanswered == tuple(k for k in ELEMENT_KEYS if not answered[k])
    assert result == ikm_from_totals(totals_of(responses))


def test_a_hand_computed_quarter_from_sums_and_counts() -> None:
    # 4 respondents; u9 answered by two of them (3 and 2), everything else by all four.
    # u1..u8 sums: 16, 12, 12, 16, 12, 13, 14, 11 -> NRR 4, 3, 3, 4, 3, 3.25, 3.5, 2.75; u9 2.5
    # sum NRR = 29 -> IKM = 29/9 x 25 = 80.555... -> 80.56 (B, Baik)
    sums = dict(zip(ELEMENT_KEYS, [16, 12, 12, 16, 12, 13, 14, 11, 5], strict=True))
    counts = dict(zip(ELEMENT_KEYS, [4] * 8 + [2], strict=True))
    result = ikm_from_totals(ElementTotals(sums, counts, respondents=4))
    assert result.ikm == Decimal("80.56")
    assert (result.mutu, result.kinerja) == ("B", "Baik")
    assert result.weakest[:2] == ("u9", "u8")
    # The spreadsheet weight on the same data: 29 x 0.111 x 25 = 80.475 -> 80.48
    assert ikm_from_totals(ElementTotals(sums, counts, respondents=4), "0.111").ikm == Decimal("80.48")


def test_impossible_totals_are_refused() -> None:
    counts = dict.fromkeys(ELEMENT_KEYS, 2)
    with pytest.raises(ValueError, match="impossible"):
        ElementTotals(dict.fromkeys(ELEMENT_KEYS, 9), counts, respondents=2)
    with pytest.raises(ValueError, match="only 1 respondents"):
        ElementTotals(dict.fromkeys(ELEMENT_KEYS, 4), counts, respondents=1)
