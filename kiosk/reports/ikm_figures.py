"""What an IKM report says, gathered once and written as JSON, CSV or PDF.

Nothing here touches the database; ``ikm_query`` fills these from SQL aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from kiosk.reports.periods import Period
from kiosk.survey.elements import ELEMENT_KEYS
from kiosk.survey.ikm import IkmResult, Weight
from kiosk.survey.profile import PROFILE_KEYS
from kiosk.survey.sample import krejcie_morgan

GroupBy = Literal["agency", "service", "queue", "counter", "officer"]
GROUP_BYS: tuple[str, ...] = get_args(GroupBy)
SOURCES = ("terminal", "paper", "anonymous")
SOURCE_LABELS_ID = {"terminal": "Terminal survei", "paper": "Formulir kertas", "anonymous": "Tanpa tiket"}


@dataclass(frozen=True)
class Scope:
    """Which responses count: all, or those of one service, queue, counter or officer."""

    service: int | None = None
    queue: str | None = None
    counter: int | None = None
    officer: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

@dataclass(frozen=True)
class GroupFigures:
    """The index of one service, queue, counter or officer within the period."""

    key: str
    label: str
    responses: int
    result: IkmResult | None


@dataclass(frozen=True)
class Suggestion:
    submitted_at: datetime
    service: int | None
    text: str


@dataclass(frozen=True)
class Sample:
    """Krejcie–Morgan minimum for the people served, beside the responses received."""

    population: int
    responses: int

    @property
    def minimum(self) -> int | None:
        return krejcie_morgan(self.population) if self.population > 0 else None

    @property
    def adequate(self) -> bool | None:
        minimum = self.minimum
        return None if minimum is None else self.responses >= minimum

    def to_json(self) -> dict[str, Any]:
        return {
            "population": self.population,
            "minimum": self.minimum,
            "responses": self.responses,
            "adequate": self.adequate,
        }


@dataclass(frozen=True)
class IkmReport:
    office: str
    hall: str
    period: Period
    timezone: str
    scope: Scope
    scope_label: str
    weight: Weight
    generated_at: datetime
    responses: int  # stored responses in scope, answered or blank
    sources: dict[str, int]
    result: IkmResult | None  # None: no response answered anything
    sample: Sample
    profile: dict[str, dict[str, int]]  # field -> code ("" = not given) -> responses
    suggestions: tuple[Suggestion, ...]
    suggestions_total: int
    by: GroupBy | None = None
    groups: tuple[GroupFigures, ...] = field(default=())

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(ZoneInfo(self.timezone))

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "period": self.period.to_json(self.timezone),
            "scope": self.scope.to_json(),
            "weight": self.weight,
            "responses": self.responses,
            "sources": self.sources,
            **result_json(self.result),
            "sample": self.sample.to_json(),
            "profile": self.profile,
            "suggestions_total": self.suggestions_total,
            "suggestions": [
                {"submitted_at": self.local(s.submitted_at).isoformat(), "service": s.service, "text": s.text}
                for s in self.suggestions
            ],
            **(
                {"by": self.by, "groups": [group_json(g) for g in self.groups]}
                if self.by is not None
                else {}
            ),
        }


def number(value: Decimal | None) -> float | None:
    """A rounded figure as a JSON number (88.31, not "88.31")."""
    return None if value is None else float(value)


def result_json(result: IkmResult | None) -> dict[str, Any]:
    if result is None:
        return {
            "respondents": 0,
            "nrr": dict.fromkeys(ELEMENT_KEYS),
            "ikm": None,
            "mutu": None,
            "kinerja": None,
        }
    return {
        "respondents": result.respondents,
        "blank_responses": result.blank_responses,
        "answered": dict(result.answered_per_element),
        "nrr": {k: number(v) for k, v in result.nrr_rounded.items()},
        "nrr_exact": {k: None if v is None else str(v) for k, v in result.nrr.items()},
        "weights": {k: str(v) for k, v in result.weights.items()},
        "ikm_unit": number(result.ikm_unit_rounded),
        "ikm": number(result.ikm),
        "mutu": result.mutu,
        "kinerja": result.kinerja,
        "kinerja_en": result.kinerja_en,
        "weakest": list(result.weakest[:3]),
        "unanswered": list(result.unanswered),
    }


def group_json(group: GroupFigures) -> dict[str, Any]:
    result = group.result
    return {
        "key": group.key,
        "label": group.label,
        "responses": group.responses,
        "respondents": 0 if result is None else result.respondents,
        "nrr": {k: None if result is None else number(result.nrr_rounded[k]) for k in ELEMENT_KEYS},
        "ikm": None if result is None else number(result.ikm),
        "mutu": None if result is None else result.mutu,
        "kinerja": None if result is None else result.kinerja,
    }


def empty_profile() -> dict[str, dict[str, int]]:
    return {key: {} for key in PROFILE_KEYS}
