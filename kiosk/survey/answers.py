"""What a survey terminal holds before anything is stored: the respondent's answers, the ticket
being rated and the refusals. No database here, so the terminal draws its first screen without
loading one (the storing is in :mod:`kiosk.survey.responses`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.refusals import Refused
from kiosk.survey.elements import ELEMENT_KEYS, SCORES
from kiosk.survey.profile import PROFILE_FIELDS, clean_suggestion


class SurveyRefused(Refused):
    """The survey cannot be opened or stored. ``reason`` (the refusal's code) is for programs,
    the messages for people (Indonesian first, English second)."""

    def __init__(self, reason: str, message_id: str, message_en: str) -> None:
        super().__init__(message_id, message_en, code=reason)

    @property
    def reason(self) -> str:
        return self.code


@dataclass(frozen=True)
class SurveyTicket:
    """A served ticket that may be rated now, as the terminal shows it."""

    ticket_id: int
    code: str
    service_number: int
    service_title: str
    served_at: datetime
    counter_number: int | None
    counter_name: str | None


@dataclass(frozen=True)
class Answers:
    """What the respondent gave: scores 1-4 or None (skipped), optional profile and suggestion."""

    scores: Mapping[str, int | None]
    profile: Mapping[str, str | None] = field(default_factory=dict)
    suggestion: str | None = None

    def checked(self) -> Answers:
        scores: dict[str, int | None] = {}
        for key in ELEMENT_KEYS:
            value = self.scores.get(key)
            if value is not None and (isinstance(value, bool) or value not in SCORES):
                raise ValueError(f"{key}: a score is 1, 2, 3 or 4, not {value!r}")
            scores[key] = value
        unknown = set(self.scores) - set(ELEMENT_KEYS)
        if unknown:
            raise ValueError(f"not SKM elements: {', '.join(sorted(unknown))}")
        if all(v is None for v in scores.values()):
            raise SurveyRefused(
                "empty",
                "Mohon jawab setidaknya satu pertanyaan sebelum mengirim.",
                "Please answer at least one question before sending.",
            )
        profile: dict[str, str | None] = {}
        for profile_field in PROFILE_FIELDS:
            code = self.profile.get(profile_field.key)
            if code is not None and code not in profile_field.codes:
                raise ValueError(f"{profile_field.key}: unknown code {code!r}")
            profile[profile_field.key] = code
        return Answers(scores, profile, clean_suggestion(self.suggestion))
