"""A worked example of a priority policy: the order in which a small, fixed line would be called,
so whoever sets the policy sees what it does before applicants meet it.

The line is the same for every policy (seven regular numbers two minutes apart from 09.00, and
three priority numbers arriving at 09.03, 09.05 and 09.11) and goes through the very ``choose``
the counters use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from kiosk.queue.priority import Candidate, Labels, PolicySpec, predicted_calls

_START = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)  # 09.00 WIB; only differences matter
_REGULAR_MINUTES = (0, 2, 4, 6, 8, 10, 12)
_PRIORITY_MINUTES = (3, 5, 11)


@dataclass(frozen=True)
class ExampleCall:
    code: str  # "R1" regular, "P1" priority
    priority: bool
    reason_id: str
    reason_en: str


def worked_example(spec: PolicySpec, labels: Labels | None = None) -> list[ExampleCall]:
    """The calls, in order, once everybody of the example line is waiting (at 09.15)."""
    labels = labels or Labels()
    line = [Candidate(n, f"R{n}", 1, _START + timedelta(minutes=m), None)
            for n, m in enumerate(_REGULAR_MINUTES, 1)]
    line += [Candidate(100 + n, f"P{n}", 1, _START + timedelta(minutes=m), "lansia")
             for n, m in enumerate(_PRIORITY_MINUTES, 1)]
    calls = predicted_calls(spec, line, normal_streak=0, now=_START + timedelta(minutes=15), labels=labels)
    return [ExampleCall(c.candidate.code, c.candidate.priority is not None, c.reason_id, c.reason_en) for c in calls]
