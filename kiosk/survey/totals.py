"""The IKM from per-element sums and counts, as a database ``GROUP BY`` returns them.

``compute_ikm`` walks the responses one by one; a quarter of a busy hall is far too many rows
to load into Python, so reports add up in SQL and finish here. The arithmetic is the same as
``compute_ikm`` (exact fractions, one rounding at the end, answered elements only), and a
property test holds the two to identical results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from kiosk.survey.elements import ELEMENT_KEYS, SCORES
from kiosk.survey.ikm import (
    CONVERSION_FACTOR,
    WEIGHTS,
    IkmResult,
    NoSurveyDataError,
    Weight,
    classify_ikm,
    round_half_up,
)


@dataclass(frozen=True)
class ElementTotals:
    """``sums[k]`` and ``counts[k]`` over the responses that answered element ``k``."""

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
    """Totals of in-memory responses (tests, and small imports checked before storing)."""
    sums = dict.fromkeys(ELEMENT_KEYS, 0)
    counts = dict.fromkeys(ELEMENT_KEYS, 0)
    respondents = blank = 0
    for response in responses:
        answered = 0
        for key in ELEMENT_KEYS:
            score = response.get(key)
            if score is not None:
                sums[key] += score
                counts[key] += 1
                answered += 1
        if answered:
            respondents += 1
        else:
            blank += 1
    return ElementTotals(sums, counts, respondents, blank)


def ikm_from_totals(totals: ElementTotals, weight: Weight = "exact") -> IkmResult:
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be one of {', '.join(WEIGHTS)}, not {weight!r}")
    counts = {key: int(totals.counts.get(key, 0)) for key in ELEMENT_KEYS}
    nrr: dict[str, Fraction | None] = {
        key: Fraction(int(totals.sums.get(key, 0)), counts[key]) if counts[key] else None for key in ELEMENT_KEYS
    }
    counted = [key for key in ELEMENT_KEYS if counts[key]]
    if not counted:
        raise NoSurveyDataError("Belum ada jawaban survei untuk unsur mana pun pada periode ini.",
                                "No survey response answered any element in this period.")
    each = Fraction(1, len(counted))
    if weight == "0.111":
        each = Fraction(round_half_up(each, 3))
    weights = dict.fromkeys(counted, each)
    answered = {key: value for key, value in nrr.items() if value is not None}
    ikm_unit = sum((answered[key] * weights[key] for key in counted), Fraction(0))
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
        weakest=tuple(sorted(counted, key=lambda k: (answered[k], ELEMENT_KEYS.index(k)))),
        unanswered=tuple(key for key in ELEMENT_KEYS if not counts[key]),
    )
