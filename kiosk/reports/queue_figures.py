"""What a queue report says: tickets, waiting and service times, no-shows, print failures and
the busiest hours, per queue and service, per counter and per officer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.reports.durations import DurationStats, Histogram
from kiosk.reports.periods import Period


@dataclass
class Tally:
    """Counts and duration histograms of a set of tickets, added up as rows arrive."""

    issued: int = 0
    served: int = 0
    no_show: int = 0
    cancelled: int = 0
    unfinished: int = 0
    print_failed: int = 0
    waits: Histogram = field(default_factory=Histogram)
    services: Histogram = field(default_factory=Histogram)

    def add_counts(self, issued: int, served: int, no_show: int, cancelled: int) -> None:
        self.issued += issued
        self.served += served
        self.no_show += no_show
        self.cancelled += cancelled
        self.unfinished += issued - served - no_show - cancelled

    def figures(self, key: str, label: str) -> LineFigures:
        return LineFigures(
            key=key,
            label=label,
            issued=self.issued,
            served=self.served,
            no_show=self.no_show,
            cancelled=self.cancelled,
            unfinished=self.unfinished,
            print_failed=self.print_failed,
            wait=self.waits.stats(),
            service=self.services.stats(),
        )


@dataclass(frozen=True)
class LineFigures:
    key: str
    label: str
    issued: int
    served: int
    no_show: int
    cancelled: int
    unfinished: int  # still issued, waiting, called, serving or held
    print_failed: int  # failed print attempts, including tickets reprinted afterwards
    wait: DurationStats  # issued -> called
    service: DurationStats  # called (or serving) -> done

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "issued": self.issued,
            "served": self.served,
            "no_show": self.no_show,
            "cancelled": self.cancelled,
            "unfinished": self.unfinished,
            "print_failed": self.print_failed,
            "wait": self.wait.to_json(),
            "service_time": self.service.to_json(),
        }


@dataclass(frozen=True)
class HourFigures:
    hour: int  # office local hour, 0-23
    issued: int
    per_day: float  # average over the days of the period that issued any ticket


@dataclass(frozen=True)
class DayFigures:
    day: date
    issued: int
    served: int
    no_show: int


@dataclass(frozen=True)
class QueueReport:
    office: str
    hall: str
    period: Period
    timezone: str
    scope_label: str
    service: int | None
    generated_at: datetime
    total: LineFigures
    by_queue: tuple[LineFigures, ...]
    by_line: tuple[LineFigures, ...]  # queue and service
    by_counter: tuple[LineFigures, ...]
    by_officer: tuple[LineFigures, ...]
    hours: tuple[HourFigures, ...]
    days: tuple[DayFigures, ...]
    by_agency: tuple[LineFigures, ...] = ()  # through each ticket's service (a hall of many agencies)

    @property
    def busiest_hours(self) -> tuple[HourFigures, ...]:
        ranked = sorted((h for h in self.hours if h.issued), key=lambda h: (-h.issued, h.hour))
        return tuple(ranked[:3])

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "period": self.period.to_json(self.timezone),
            "scope": {"service": self.service} if self.service is not None else {},
            "total": self.total.to_json(),
            "by_queue": [f.to_json() for f in self.by_queue],
            "by_queue_service": [f.to_json() for f in self.by_line],
            "by_counter": [f.to_json() for f in self.by_counter],
            "by_officer": [f.to_json() for f in self.by_officer],
            "by_agency": [f.to_json() for f in self.by_agency],
            "hours": [{"hour": h.hour, "issued": h.issued, "per_day": round(h.per_day, 2)} for h in self.hours],
            "busiest_hours": [h.hour for h in self.busiest_hours],
            "days": [
                {"day": d.day.isoformat(), "issued": d.issued, "served": d.served, "no_show": d.no_show}
                for d in self.days
            ],
        }
