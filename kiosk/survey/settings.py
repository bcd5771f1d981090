"""The ``[survey]`` table of the terminal's configuration file::

    [survey]
    window_days = 0          # 0: only on the day of service; 3: up to three days later
    allow_anonymous = false  # walk-up responses without a ticket, marked "anonymous"
    weight = "exact"         # "exact" (1/9, the regulation) or "0.111" (many spreadsheets)
    typed_codes = true       # false: only a scanned QR opens a survey (a typed code can be guessed)

Checked here so a typo stops the terminal at start with the key named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from kiosk.config import ConfigError, Settings
from kiosk.survey.ikm import WEIGHTS, Weight

MAX_WINDOW_DAYS = 90
_KEYS = ("window_days", "allow_anonymous", "weight", "typed_codes")


@dataclass(frozen=True)
class SurveySettings:
    window_days: int = 0
    allow_anonymous: bool = False
    weight: Weight = "exact"
    typed_codes: bool = True


def survey_settings(settings: Settings) -> SurveySettings:
    return parse_survey_settings(settings.extra.get("survey", {}))


def parse_survey_settings(raw: Any) -> SurveySettings:
    if not isinstance(raw, Mapping):
        raise ConfigError("[survey] must be a table of keys")
    for key in raw:
        if key not in _KEYS:
            raise ConfigError(f"[survey] unknown key {key!r}; allowed: {', '.join(_KEYS)}")
    window = raw.get("window_days", 0)
    if isinstance(window, bool) or not isinstance(window, int) or not 0 <= window <= MAX_WINDOW_DAYS:
        raise ConfigError(
            f"[survey] window_days = {window!r} is not allowed; expected a whole number of days 0-{MAX_WINDOW_DAYS}"
        )
    anonymous = raw.get("allow_anonymous", False)
    if not isinstance(anonymous, bool):
        raise ConfigError(f"[survey] allow_anonymous = {anonymous!r} is not allowed; expected true or false")
    typed = raw.get("typed_codes", True)
    if not isinstance(typed, bool):
        raise ConfigError(f"[survey] typed_codes = {typed!r} is not allowed; expected true or false")
    weight = raw.get("weight", "exact")
    if weight not in WEIGHTS:
        raise ConfigError(
            f"[survey] weight = {weight!r} is not allowed; expected one of {', '.join(repr(w) for w in WEIGHTS)}"
        )
    return SurveySettings(
        window_days=window, allow_anonymous=anonymous, weight=cast(Weight, weight), typed_codes=typed
    )
