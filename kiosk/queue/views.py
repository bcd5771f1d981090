"""What screens, receipts and the CLI read about tickets and calls: plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class TicketView:
    id: int
    code: str
    queue: str  # letter of the line it stands in now (differs from the code's after a transfer)
    queue_name: str
    number: int
    service_number: int
    service_title: str
    version_id: int
    status: str
    status_label: str
    priority: str | None
    priority_label: str | None
    ahead: int | None  # people called before this ticket; None once it is no longer waiting
    wait_min: int | None  # minutes, a multiple of 5
    wait_max: int | None
    token: str
    survey_code: str  # the number with its check code ("A-012-KMPTX"): typed at a survey terminal
    issued_at: datetime
    service_day: date
    checklist: dict[int, str]
    print_state: str
    print_error: str | None
    counter_number: int | None
    counter_name: str | None
    reserved_counter_number: int | None  # transferred to this counter, which calls it next
    reserved_counter_name: str | None
    recall_count: int
    called_at: datetime | None
    finished_at: datetime | None
    counters: tuple[str, ...]  # names of the open counters serving its queue

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "queue": self.queue,
            "queue_name": self.queue_name,
            "number": self.number,
            "service": self.service_number,
            "service_title": self.service_title,
            "version_id": self.version_id,
            "status": self.status,
            "status_label": self.status_label,
            "priority": self.priority,
            "priority_label": self.priority_label,
            "ahead": self.ahead,
            "wait_min": self.wait_min,
            "wait_max": self.wait_max,
            "token": self.token,
            "survey_code": self.survey_code,
            "issued_at": self.issued_at.isoformat(),
            "service_day": self.service_day.isoformat(),
            "checklist": {str(k): v for k, v in sorted(self.checklist.items())},
            "print_state": self.print_state,
            "print_error": self.print_error,
            "counter": self.counter_number,
            "counter_name": self.counter_name,
            "reserved_counter": self.reserved_counter_number,
            "reserved_counter_name": self.reserved_counter_name,
            "recall_count": self.recall_count,
            "called_at": self.called_at.isoformat() if self.called_at else None,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "counters": list(self.counters),
        }


@dataclass(frozen=True)
class CallResult:
    """The ticket a counter called and why that one (shown on the staff screen)."""

    ticket: TicketView
    counter_number: int
    counter_name: str
    reason_id: str
    reason_en: str
    policy: str

    def to_json(self) -> dict[str, Any]:
        return {
            **self.ticket.to_json(),
            "counter": self.counter_number,
            "counter_name": self.counter_name,
            "reason_id": self.reason_id,
            "reason_en": self.reason_en,
            "policy": self.policy,
        }


@dataclass(frozen=True)
class ActionResult:
    """A ticket after a staff action, with a sentence saying what happened."""

    ticket: TicketView
    action: str
    message_id: str
    message_en: str

    def to_json(self) -> dict[str, Any]:
        return {
            **self.ticket.to_json(),
            "action": self.action,
            "message_id": self.message_id,
            "message_en": self.message_en,
        }
