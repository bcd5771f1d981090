"""What the kiosk screens get back from their ticket desk, and the desk's interface.

Plain values, apart from :mod:`kiosk.ticketing` (which issues and prints through the queue engine
and the printer): the kiosk's screens are drawn before any of that is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kiosk.calendar import OpenStatus
    from kiosk.catalog.views import ServiceDetail
    from kiosk.checklist import Verdict


@dataclass(frozen=True)
class KioskTicket:
    """A ticket as the ticket screen shows it."""

    code: str
    service_title: str
    queue_name: str
    counters: tuple[str, ...]
    ahead: int | None
    wait_min: int | None
    wait_max: int | None
    priority: str | None
    consultation: bool
    printed: bool
    print_message_id: str
    print_message_en: str
    preview_png: Path | None


@dataclass(frozen=True)
class Refusal:
    """No ticket now (outside hours, service without a queue): what to tell the visitor."""

    message_id: str
    message_en: str
    next_opening: datetime | None
    closed: bool


@dataclass(frozen=True)
class ReceiptOutcome:
    printed: bool
    message_id: str
    message_en: str
    preview_png: Path | None


class TicketDesk(Protocol):
    def opening(self) -> OpenStatus: ...

    def issue(
        self,
        service: ServiceDetail,
        *,
        priority: str | None,
        answers: Mapping[int, str],
        consultation: bool,
        language: str,
        request_key: str | None = None,
    ) -> KioskTicket | Refusal: ...

    def print_missing(self, service: ServiceDetail, verdict: Verdict, language: str) -> ReceiptOutcome: ...
    def print_requirements(self, service: ServiceDetail, language: str) -> ReceiptOutcome: ...
