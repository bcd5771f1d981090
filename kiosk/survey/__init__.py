"""Survei Kepuasan Masyarakat (SKM): the nine elements, the IKM method, the sample size.

Pure domain code (PermenPANRB 14/2017); storing answers and printing reports live elsewhere.
"""

from kiosk.survey.elements import ELEMENT_KEYS, ELEMENTS, SCORES, SkmElement, element
from kiosk.survey.ikm import (
    QUALITY_BANDS,
    IkmResult,
    InvalidResponseError,
    NoSurveyDataError,
    QualityBand,
    Weight,
    classify_ikm,
    compute_ikm,
    round_half_up,
)
from kiosk.survey.sample import krejcie_morgan, krejcie_morgan_exact

__all__ = [
    "ELEMENTS",
    "ELEMENT_KEYS",
    "QUALITY_BANDS",
    "SCORES",
    "IkmResult",
    "InvalidResponseError",
    "NoSurveyDataError",
    "QualityBand",
    "SkmElement",
    "Weight",
    "classify_ikm",
    "compute_ikm",
    "element",
    "krejcie_morgan",
    "krejcie_morgan_exact",
    "round_half_up",
]
