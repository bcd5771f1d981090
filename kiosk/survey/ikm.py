"""Indeks Kepuasan Masyarakat (IKM) by the method of PermenPANRB 14/2017.

NRR per element = sum of scores / respondents who answered that element.
IKM (1-4 scale) = sum of NRR x weight; converted IKM = IKM x 25.
Sums and weights are exact fractions; only the figures shown are rounded (half up), so the
converted IKM is rounded once, to two decimals, and the quality band is read from that value.

An element that nobody answered has no NRR. Counting it as zero would push the index below the
scale's floor of 25, and refusing would block a whole quarterly report because, say, nobody
used the complaint channel. So such an element is left out and the weights are spread over the
elements that were answered (1/k each, or 1/k rounded to three decimals in "0.111" mode, which
is exactly 0.111 when all nine are answered). The result lists the elements left out so a
report can say so next to the figure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal, get_args

from kiosk.refusals import Refused
from kiosk.survey.elements import ELEMENT_KEYS, SCORES

Weight = Literal["exact", "0.111"]
WEIGHTS: tuple[str, ...] = get_args(Weight)
CONVERSION_FACTOR = 25


class InvalidResponseError(ValueError):
    """A response carries an unknown element key or a score outside 1-4."""

    def __init__(self, index: int, key: object, value: object, problem: str) -> None:
        self.index = index
        self.key = key
        self.value = value
        super().__init__(f"survey response #{index + 1}: {key!s} = {value!r}: {problem}")


class NoSurveyDataError(Refused, ValueError):
    """No response answered any element, so there is no index to compute."""

    code = "no_survey_data"


@dataclass(frozen=True)
class QualityBand:
    low: Decimal
    high: Decimal
    mutu: str
    kinerja_id: str
    kinerja_en: str


# PermenPANRB 14/2017 table, on the converted value (25-100). The 2004 bands
# (1.00-1.75, ...) that many applications still copy are deliberately not used.
QUALITY_BANDS: tuple[QualityBand, ...] = (
    QualityBand(Decimal("25.00"), Decimal("64.99"), "D", "Tidak baik", "Poor"),
    QualityBand(Decimal("65.00"), Decimal("76.60"), "C", "Kurang baik", "Fair"),
    QualityBand(Decimal("76.61"), Decimal("88.30"), "B", "Baik", "Good"),
    QualityBand(Decimal("88.31"), Decimal("100.00"), "A", "Sangat baik", "Very good"),
)


@dataclass(frozen=True)
class IkmResult:
    weight: Weight
    respondents: int  # responses that answered at least one element
    blank_responses: int  # responses that answered nothing; ignored
    answered_per_element: Mapping[str, int]
    nrr: Mapping[str, Fraction | None]
    nrr_rounded: Mapping[str, Decimal | None]
    weights: Mapping[str, Fraction]  # only the elements that count
    ikm_unit: Fraction
    ikm_unit_rounded: Decimal
    ikm: Decimal
    mutu: str
    kinerja: str
    kinerja_en: str
    weakest: tuple[str, ...]  # answered elements, lowest NRR first
    unanswered: tuple[str, ...]  # elements left out of the index

    @property
    def reweighted(self) -> bool:
        return bool(self.unanswered)


def round_half_up(value: Fraction | Decimal | int, places: int) -> Decimal:
    """``value`` rounded to ``places`` decimals, halves away from zero, with no float step."""
    exact = Fraction(value)
    scaled = exact * 10**places
    magnitude = math.floor(abs(scaled) + Fraction(1, 2))
    units = magnitude if scaled >= 0 else -magnitude
    return Decimal(units).scaleb(-places)


def classify_ikm(converted: Fraction | Decimal | int) -> QualityBand:
    """The quality band of a converted IKM, judged on its value at two decimals.

    The scale runs 25-100, but with the rounded weight 0.111 all-lowest answers give 24.98;
    anything from 0 up to the C band therefore reads as D.
    """
    shown = round_half_up(converted, 2)
    if not 0 <= shown <= QUALITY_BANDS[-1].high:
        raise ValueError(f"not a converted IKM (0-100): {shown}")
    for band in reversed(QUALITY_BANDS[1:]):
        if shown >= band.low:
            return band
    return QUALITY_BANDS[0]


@dataclass(frozen=True)
class ElementTotals:
    """``sums[k]`` and ``counts[k]`` over the responses that answered element ``k``: what a
    database ``GROUP BY`` returns, so a report adds up a quarter in SQL and finishes here."""

    sums: Mapping[str, int]
    counts: Mapping[str, int]
    respondents: int  # responses answering at least one element
    blank: int = 0  # responses answering none

    def __post_init__(self) -> None:
        for key in ELEMENT_KEYS:
            s, c = self.sums.get(key, 0), self.counts.get(key, 0)
            if c < 0 or not min(SCORES) * c <= s <= max(SCORES) * c:
                raise ValueError(f"{key}: sum {s} is impossible for {c} answers of 1-4")
            if c > self.respondents:
                raise ValueError(f"{key}: {c} answers from only {self.respondents} respondents")


def totals_of(responses: Iterable[Mapping[str, int | None]]) -> ElementTotals:
    """Totals of in-memory responses: mappings of ``u1``..``u9`` to a score 1-4.

    A missing key or None means the respondent skipped that element. Any other key, or a
    score that is not a whole number 1-4, raises :class:`InvalidResponseError`.
    """
    sums = dict.fromkeys(ELEMENT_KEYS, 0)
    counts = dict.fromkeys(ELEMENT_KEYS, 0)
    respondents = blank = 0
    for index, response in enumerate(responses):
        answered = 0
        for key, score in response.items():
            if key not in sums:
                raise InvalidResponseError(index, key, score, "not an SKM element (u1-u9)")
            if score is None:
                continue
            if isinstance(score, bool) or not isinstance(score, int) or score not in SCORES:
                raise InvalidResponseError(index, key, score, "a score is 1, 2, 3 or 4")
            sums[key] += score
            counts[key] += 1
            answered += 1
        if answered:
            respondents += 1
        else:
            blank += 1
    return ElementTotals(sums, counts, respondents, blank)


def compute_ikm(responses: Iterable[Mapping[str, int | None]], weight: Weight = "exact") -> IkmResult:
    """The IKM of in-memory ``responses`` (see :func:`totals_of`)."""
    return ikm_from_totals(totals_of(responses), weight)


def ikm_from_totals(totals: ElementTotals, weight: Weight = "exact") -> IkmResult:
    """The IKM of per-element sums and counts: the one place the method's arithmetic lives."""
    _check_weight(weight)
    counts = {key: int(totals.counts.get(key, 0)) for key in ELEMENT_KEYS}
    nrr: dict[str, Fraction | None] = {
        key: Fraction(int(totals.sums.get(key, 0)), counts[key]) if counts[key] else None for key in ELEMENT_KEYS
    }
    answered = {key: value for key, value in nrr.items() if value is not None}
    if not answered:
        raise NoSurveyDataError("Belum ada jawaban survei untuk unsur mana pun pada periode ini.",
                                "No survey response answered any element in this period.")
    each = Fraction(1, len(answered))
    if weight == "0.111":
        each = Fraction(round_half_up(each, 3))
    weights = dict.fromkeys(answered, each)
    ikm_unit = sum((answered[key] * weights[key] for key in answered), Fraction(0))
    converted = ikm_unit * CONVERSION_FACTOR
    band = classify_ikm(converted)
    return IkmResult(
        weight=weight,
        respondents=totals.respondents,
        blank_responses=totals.blank,
        answered_per_element=counts,
        nrr=nrr,
        nrr_rounded={k: None if v is None else round_half_up(v, 3) for k, v in nrr.items()},
        weights=weights,
        ikm_unit=ikm_unit,
        ikm_unit_rounded=round_half_up(ikm_unit, 3),
        ikm=round_half_up(converted, 2),
        mutu=band.mutu,
        kinerja=band.kinerja_id,
        kinerja_en=band.kinerja_en,
        weakest=tuple(sorted(answered, key=lambda k: (answered[k], ELEMENT_KEYS.index(k)))),
        unanswered=tuple(key for key in ELEMENT_KEYS if not counts[key]),
    )


def _check_weight(weight: str) -> None:
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
