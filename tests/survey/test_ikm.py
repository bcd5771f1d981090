"""IKM figures checked against arithmetic done by hand (PermenPANRB 14/2017 method)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

import pytest

from kiosk.survey import (
    ELEMENT_KEYS,
    InvalidResponseError,
    NoSurveyDataError,
    classify_ikm,
    compute_ikm,
    round_half_up,
)

Response = Mapping[str, int | None]


def answers(*scores: int | None) -> dict[str, int | None]:
    assert len(scores) == 9
    return dict(zip(ELEMENT_KEYS, scores, strict=True))


def responses_with_total(respondents: int, total: int) -> list[Response]:
    """``respondents`` full responses whose 9 x respondents scores add up to ``total``.

    Every element is answered by everyone, so the sum of the nine NRR is total / respondents
    and the converted IKM (weight 1/9) is 25 x total / (9 x respondents).
    """
    cells = 9 * respondents
    base, extra = divmod(total, cells)
    flat = [base + 1] * extra + [base] * (cells - extra)
    assert all(1 <= s <= 4 for s in flat) and sum(flat) == total
    return [answers(*flat[i * 9 : i * 9 + 9]) for i in range(respondents)]


def test_all_top_answers_give_100_and_grade_a() -> None:
    result = compute_ikm([answers(*[4] * 9)] * 3)
    assert result.ikm == Decimal("100.00")
    assert (result.mutu, result.kinerja, result.kinerja_en) == ("A", "Sangat baik", "Very good")
    assert result.respondents == 3
    assert result.ikm_unit == 4
    assert all(v == 4 for v in result.nrr.values())


def test_rounded_weight_does_not_reach_100() -> None:
    # 9 x (4 x 0.111) = 3.996; x 25 = 99.90
    assert compute_ikm([answers(*[4] * 9)], weight="0.111").ikm == Decimal("99.90")
    # 9 x (1 x 0.111) = 0.999; x 25 = 24.975 -> 24.98, below the scale's 25 but still D
    low = compute_ikm([answers(*[1] * 9)], weight="0.111")
    assert low.ikm == Decimal("24.98")
    assert low.mutu == "D"
    assert compute_ikm([answers(*[1] * 9)]).ikm == Decimal("25.00")


def test_exact_and_rounded_weights_give_different_figures_on_the_same_data() -> None:
    data = [
        answers(4, 3, 3, 4, 3, 3, 4, 3, 3),
        answers(3, 3, 4, 4, 3, 4, 4, 3, 2),
    ]
    # NRR: u1 7/2=3.5, u2 3, u3 3.5, u4 4, u5 3, u6 3.5, u7 4, u8 3, u9 5/2=2.5; sum = 30
    # exact:  30 x 1/9   = 3.3333...  x 25 = 83.3333... -> 83.33 (B)
    # 0.111:  30 x 0.111 = 3.33       x 25 = 83.25          (B)
    exact = compute_ikm(data)
    rounded = compute_ikm(data, weight="0.111")
    assert exact.nrr["u1"] == Fraction(7, 2)
    assert exact.nrr["u9"] == Fraction(5, 2)
    assert exact.nrr_rounded["u9"] == Decimal("2.500")
    assert exact.ikm_unit == Fraction(10, 3)
    assert exact.ikm_unit_rounded == Decimal("3.333")
    assert exact.ikm == Decimal("83.33")
    assert rounded.ikm_unit == Fraction("3.33")
    assert rounded.ikm == Decimal("83.25")
    assert exact.mutu == rounded.mutu == "B"
    assert exact.kinerja == "Baik"
    assert set(exact.weights.values()) == {Fraction(1, 9)}
    assert set(rounded.weights.values()) == {Fraction("0.111")}
    # Lowest NRR first; ties stay in element order.
    assert exact.weakest == ("u9", "u2", "u5", "u8", "u1", "u3", "u6", "u4", "u7")


def test_skipped_elements_divide_by_those_who_answered() -> None:
    data: list[Response] = [
        answers(4, 4, 4, 4, 4, 4, 4, 4, 4),
        answers(3, 3, 3, 3, 3, 3, 3, 3, None),
        {k: 2 for k in ELEMENT_KEYS if k != "u1"},  # u1 left out entirely
    ]
    # u1 = (4+3)/2 = 3.5; u2..u8 = (4+3+2)/3 = 3 each; u9 = (4+2)/2 = 3
    # sum = 3.5 + 7 x 3 + 3 = 27.5
    # exact: 27.5 / 9 = 3.05555... x 25 = 76.3888... -> 76.39 (C)
    # 0.111: 27.5 x 0.111 = 3.0525 x 25 = 76.3125 -> 76.31 (C)
    result = compute_ikm(data)
    assert result.answered_per_element == {
        "u1": 2, "u2": 3, "u3": 3, "u4": 3, "u5": 3, "u6": 3, "u7": 3, "u8": 3, "u9": 2,
    }  # fmt: skip
    assert result.nrr["u1"] == Fraction(7, 2)
    assert result.nrr["u9"] == 3
    assert result.ikm == Decimal("76.39")
    assert (result.mutu, result.kinerja) == ("C", "Kurang baik")
    assert result.unanswered == ()
    assert not result.reweighted
    assert compute_ikm(data, weight="0.111").ikm == Decimal("76.31")


def test_an_element_nobody_answered_is_left_out_and_flagged() -> None:
    data = [
        answers(3, 3, 3, 3, 3, 3, 3, None, None),
        answers(4, 4, 4, 4, 4, 4, 4, None, None),
    ]
    # Seven elements with NRR 3.5 each.
    # exact: weights 1/7 -> 3.5 x 25 = 87.50 (B); counting u8, u9 as 0 would give 68.06.
    # 0.111 mode: 1/7 rounded to 0.143 -> 7 x 3.5 x 0.143 = 3.5035 x 25 = 87.5875 -> 87.59
    result = compute_ikm(data)
    assert result.unanswered == ("u8", "u9")
    assert result.reweighted
    assert result.nrr["u8"] is None and result.nrr_rounded["u9"] is None
    assert set(result.weights) == set(ELEMENT_KEYS) - {"u8", "u9"}
    assert result.ikm == Decimal("87.50")
    assert result.mutu == "B"
    assert "u8" not in result.weakest
    assert compute_ikm(data, weight="0.111").ikm == Decimal("87.59")


def test_blank_responses_are_not_respondents() -> None:
    result = compute_ikm([answers(*[3] * 9), {}, answers(*[None] * 9)])
    assert result.respondents == 1
    assert result.blank_responses == 2
    assert result.ikm == Decimal("75.00")


@pytest.mark.parametrize(
    ("converted", "mutu", "kinerja"),
    [
        ("25.00", "D", "Tidak baik"),
        ("64.99", "D", "Tidak baik"),
        ("65.00", "C", "Kurang baik"),
        ("76.60", "C", "Kurang baik"),
        ("76.61", "B", "Baik"),
        ("88.30", "B", "Baik"),
        ("88.31", "A", "Sangat baik"),
        ("100.00", "A", "Sangat baik"),
        # Judged on the figure at two decimals, rounded half up:
        ("64.994999", "D", "Tidak baik"),
        ("64.995", "C", "Kurang baik"),
        ("76.604999", "C", "Kurang baik"),
        ("76.605", "B", "Baik"),
        ("88.304999", "B", "Baik"),
        ("88.305", "A", "Sangat baik"),
    ],
)
def test_quality_bands_of_2017(converted: str, mutu: str, kinerja: str) -> None:
    band = classify_ikm(Decimal(converted))
    assert (band.mutu, band.kinerja_id) == (mutu, kinerja)


def test_the_old_2004_bands_are_not_used() -> None:
    # 2004 table: NI 3.26-4.00 was A (81.5 converted); in 2017 that is B.
    assert classify_ikm(Decimal("81.50")).mutu == "B"
    # 2004: NI 2.51-3.25 was B (62.75-81.25); 2017 puts 64.00 in D.
    assert classify_ikm(Decimal("64.00")).mutu == "D"


@pytest.mark.parametrize("converted", ["100.01", "-0.01"])
def test_a_value_off_the_scale_is_refused(converted: str) -> None:
    with pytest.raises(ValueError, match=r"not a converted IKM \(0-100\)"):
        classify_ikm(Decimal(converted))


@pytest.mark.parametrize(
    ("respondents", "total", "ikm", "mutu"),
    [
        (38, 889, "64.99", "D"),  # 25 x 889 / 342 = 64.9853...
        (5, 117, "65.00", "C"),  # 25 x 117 / 45  = 65 exactly
        (26, 717, "76.60", "C"),  # 25 x 717 / 234 = 76.6025...
        (19, 524, "76.61", "B"),  # 25 x 524 / 171 = 76.6081...
        (19, 604, "88.30", "B"),  # 25 x 604 / 171 = 88.3040...
        (24, 763, "88.31", "A"),  # 25 x 763 / 216 = 88.3101...
    ],
)
def test_survey_results_landing_on_the_band_edges(
    respondents: int, total: int, ikm: str, mutu: str
) -> None:
    result = compute_ikm(responses_with_total(respondents, total))
    assert result.respondents == respondents
    assert result.ikm == Decimal(ikm)
    assert result.mutu == mutu


def test_final_rounding_is_half_up_not_to_even() -> None:
    # 8 respondents, scores adding to 189: 25 x 189 / 72 = 65.625 exactly -> 65.63
    # (round-half-even, and Python's round() on the float, give 65.62)
    assert compute_ikm(responses_with_total(8, 189)).ikm == Decimal("65.63")


def test_no_intermediate_rounding_at_the_c_edge() -> None:
    # 2500 respondents; every element gets 1499 threes and 1001 twos: NRR = 6499/2500 = 2.5996.
    # Exact: 25 x 2.5996 = 64.99 (D). A spreadsheet that first rounds each NRR to 2.600
    # would report 65.00 and grade C: the office would be promoted by a rounding step.
    result = compute_ikm(responses_with_total(2500, 9 * 6499))
    assert set(result.nrr.values()) == {Fraction(6499, 2500)}
    assert set(result.nrr_rounded.values()) == {Decimal("2.600")}
    assert result.ikm == Decimal("64.99")
    assert result.mutu == "D"


@pytest.mark.parametrize(
    ("response", "key", "value"),
    [
        ({"u1": 5}, "u1", 5),
        ({"u2": 0}, "u2", 0),
        ({"u3": "4"}, "u3", "4"),
        ({"u4": 3.0}, "u4", 3.0),
        ({"u5": True}, "u5", True),
        ({"u10": 3}, "u10", 3),
        ({"U1": 3}, "U1", 3),
    ],
)
def test_invalid_answers_are_refused_with_their_place(
    response: dict[str, object], key: str, value: object
) -> None:
    good = answers(*[3] * 9)
    with pytest.raises(InvalidResponseError) as caught:
        compute_ikm([good, response])  # type: ignore[list-item]
    assert (caught.value.index, caught.value.key, caught.value.value) == (1, key, value)
    assert str(caught.value).startswith(f"survey response #2: {key} = {value!r}")


def test_no_answers_at_all_has_no_index() -> None:
    with pytest.raises(NoSurveyDataError):
        compute_ikm([])
    with pytest.raises(NoSurveyDataError):
        compute_ikm([answers(*[None] * 9)])


def test_unknown_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="weight"):
        compute_ikm([answers(*[3] * 9)], weight="0.11")  # type: ignore[arg-type]


def test_responses_may_be_a_one_pass_iterator() -> None:
    result = compute_ikm(answers(*[s] * 9) for s in (2, 3, 4))
    assert result.respondents == 3
    assert result.ikm == Decimal("75.00")


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (Fraction(1, 8), 2, "0.13"),
        (Fraction(-1, 8), 2, "-0.13"),
        (Fraction(1, 3), 3, "0.333"),
        (Fraction(2, 3), 3, "0.667"),
        (Decimal("2.5"), 0, "3"),
        (7, 2, "7.00"),
    ],
)
def test_round_half_up(value: Fraction | Decimal | int, places: int, shown: str) -> None:
    rounded = round_half_up(value, places)
    assert str(rounded) == shown
