"""Reports add up in SQL and finish with ikm_from_totals; it must agree with compute_ikm exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.survey import ELEMENT_KEYS, NoSurveyDataError, compute_ikm
from kiosk.survey.totals import ElementTotals, ikm_from_totals, totals_of

score = st.one_of(st.none(), st.integers(min_value=1, max_value=4))
response = st.fixed_dictionaries({k: score for k in ELEMENT_KEYS})


@settings(max_examples=300, deadline=None)
@given(st.lists(response, min_size=1, max_size=40), st.sampled_from(["exact", "0.111"]))
def test_totals_give_the_same_result_as_walking_the_responses(responses, weight) -> None:  # type: ignore[no-untyped-def]
    try:
        expected = compute_ikm(responses, weight=weight)
    except NoSurveyDataError:
        with pytest.raises(NoSurveyDataError):
            ikm_from_totals(totals_of(responses), weight)
        return
    assert ikm_from_totals(totals_of(responses), weight) == expected


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
