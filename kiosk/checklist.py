"""Whether an applicant's papers are complete: one answer per requirement, one outcome.

The kiosk asks for each requirement of a service whether the applicant has it (*ada*), does
not have it yet (*belum*) or does not know (*tidak tahu*). Anything missing wins over anything
unsure, because a missing paper means the counter cannot accept the file today, whereas an
unsure one may turn out fine after a word with an officer. A question left unanswered counts
as unsure: the applicant never said they have it, so they must not be told the file is ready.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from kiosk.catalog.views import ItemView, ServiceDetail


class Answer(StrEnum):
    ADA = "ada"  # I have it
    BELUM = "belum"  # not yet
    TIDAK_TAHU = "tidak_tahu"  # not sure


# How an answer reads back to an officer (the kiosk's own buttons carry their own wording).
ANSWER_WORDS: dict[str, tuple[str, str]] = {
    Answer.ADA: ("Ada", "Has it"),
    Answer.BELUM: ("Belum ada", "Not yet"),
    Answer.TIDAK_TAHU: ("Tidak tahu", "Unsure"),
}


class Outcome(StrEnum):
    READY = "ready"
    MISSING = "missing"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Requirement:
    """One question of the checklist. ``key`` is stable within a service version."""

    key: int
    group: str | None
    text: str
    nature: str = "document"  # document (a paper to bring) | condition (something to meet)


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    missing: tuple[Requirement, ...]
    unsure: tuple[Requirement, ...]
    unanswered: tuple[Requirement, ...]

    @property
    def ready(self) -> bool:
        return self.outcome is Outcome.READY


def requirements_of(detail: ServiceDetail) -> tuple[Requirement, ...]:
    return requirements_from(detail.requirements)


def requirements_from(items: Iterable[ItemView]) -> tuple[Requirement, ...]:
    return tuple(Requirement(key=item.order, group=item.group, text=item.text, nature=item.nature) for item in items)


def parse_answer(value: Answer | str) -> Answer:
    try:
        return Answer(value)
    except ValueError:
        allowed = ", ".join(a.value for a in Answer)
        raise ValueError(f"unknown answer {value!r}; expected one of {allowed}") from None


def evaluate(requirements: Iterable[Requirement], answers: Mapping[int, Answer | str]) -> Verdict:
    """The outcome for ``answers`` (requirement key -> answer); keys not asked are refused."""
    asked = tuple(requirements)
    keys = {r.key for r in asked}
    stray = sorted(set(answers) - keys)
    if stray:
        raise KeyError(f"answers for requirements that were not asked: {stray}")
    given = {key: parse_answer(value) for key, value in answers.items()}
    missing = tuple(r for r in asked if given.get(r.key) is Answer.BELUM)
    unanswered = tuple(r for r in asked if r.key not in given)
    unsure = tuple(r for r in asked if given.get(r.key, Answer.TIDAK_TAHU) is Answer.TIDAK_TAHU)
    if missing:
        outcome = Outcome.MISSING
    elif unsure:
        outcome = Outcome.UNSURE
    else:
        outcome = Outcome.READY
    return Verdict(outcome=outcome, missing=missing, unsure=unsure, unanswered=unanswered)


class Checklist:
    """The answers of one applicant for one service, changed one tap at a time."""

    def __init__(self, requirements: Iterable[Requirement]) -> None:
        self.requirements = tuple(requirements)
        keys = [r.key for r in self.requirements]
        if len(set(keys)) != len(keys):
            raise ValueError("requirement keys must be unique")
        self._answers: dict[int, Answer] = {}

    def answer(self, key: int, value: Answer | str) -> None:
        if key not in {r.key for r in self.requirements}:
            raise KeyError(f"no requirement {key}")
        self._answers[key] = parse_answer(value)

    def clear(self, key: int) -> None:
        self._answers.pop(key, None)

    def answer_of(self, key: int) -> Answer | None:
        return self._answers.get(key)

    def all_present(self) -> None:
        """The applicant says "I have everything": every question not yet answered is *ada*.

        Answers already given stay: someone who marked one paper *belum* and then taps
        "everything else is here" still lacks that paper.
        """
        for r in self.requirements:
            self._answers.setdefault(r.key, Answer.ADA)

    def reset(self) -> None:
        self._answers.clear()

    @property
    def answered(self) -> int:
        return len(self._answers)

    @property
    def total(self) -> int:
        return len(self.requirements)

    @property
    def has_doubts(self) -> bool:
        """True once any answer is other than *ada*."""
        return any(a is not Answer.ADA for a in self._answers.values())

    def verdict(self) -> Verdict:
        return evaluate(self.requirements, self._answers)
