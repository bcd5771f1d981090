"""Turning ticket rows into TicketViews, with place in line and the wait estimate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kiosk.catalog.models import Service, ServiceVersion
from kiosk.queue.estimates import estimate_wait
from kiosk.queue.lines import call_order, candidate, open_counter_names, recent_durations
from kiosk.queue.models import Counter, Queue, Ticket
from kiosk.queue.office import Office
from kiosk.queue.priority import Candidate, Choice
from kiosk.queue.reservations import reserved_order
from kiosk.queue.signing import ticket_check_code, ticket_token
from kiosk.queue.states import STATUS_LABELS, Status
from kiosk.queue.transactions import core_rows
from kiosk.queue.views import TicketView

IN_LINE = (Status.ISSUED.value, Status.WAITING.value)
# A reservation outlives the call (a held ticket resumes to the same counter) but is only news
# while the ticket waits for that counter.
RESERVATION_SHOWN = (*IN_LINE, Status.HELD.value)


@dataclass(frozen=True)
class LineFacts:
    """One queue's line at one moment, computed once for every ticket shown from it."""

    sequence: list[Candidate]  # the tickets the policy would call, first to last
    durations: list[float]
    counters: list[str]
    # The same calls with their reasons, put into words only for a screen that lists them.
    explained: Callable[[], list[Choice]]

    @cached_property
    def order(self) -> list[Choice]:
        return self.explained()

    @cached_property
    def ahead(self) -> dict[int, int]:
        return {c.ticket_id: i for i, c in enumerate(self.sequence)}


def line_facts(
    session: Session, queue: Queue, office: Office, now: datetime, *, extra: Ticket | None = None
) -> LineFacts:
    day = office.service_day(now)
    prediction = call_order(
        session, queue, day, now, office.labels, extra=candidate(extra) if extra is not None else None
    )
    return LineFacts(
        sequence=prediction.sequence,
        explained=lambda: prediction.calls,
        durations=recent_durations(
            session, queue.id, now, days=office.queue.history_days, size=office.queue.history_size
        ),
        counters=open_counter_names(session, queue.id),
    )


def reserved_facts(session: Session, counter: Counter, queue: Queue, office: Office, now: datetime) -> LineFacts:
    """The "line" of a ticket transferred to one counter: the transfers to that counter, served
    at the pace of the ticket's queue by that one counter."""
    reason_id, reason_en = f"dipindahkan ke {counter.name}", f"transferred to {counter.name}"
    tickets = [candidate(t) for t in reserved_order(session, counter.id, office.service_day(now))]
    return LineFacts(
        sequence=tickets,
        explained=lambda: [Choice(t, reason_id, reason_en) for t in tickets],
        durations=recent_durations(
            session, queue.id, now, days=office.queue.history_days, size=office.queue.history_size
        ),
        counters=[counter.name] if counter.is_open else [],
    )


_SERVICE_WORDS = (
    select(Service.number, ServiceVersion.title)
    .join(ServiceVersion, ServiceVersion.service_id == Service.id)
    .where(ServiceVersion.id == bindparam("version_id"))
)


def _service_words(session: Session, ticket: Ticket) -> tuple[int, str]:
    """The service number and the title of the ticket's version, in one query instead of two."""
    row = core_rows(session, _SERVICE_WORDS, {"version_id": ticket.version_id}).one()
    return int(row.number), str(row.title)


def ticket_view(
    session: Session,
    ticket: Ticket,
    office: Office,
    now: datetime,
    facts: LineFacts | None = None,
    *,
    service_words: tuple[int, str] | None = None,
) -> TicketView:
    """What a screen, a paper ticket or a phone shows of ``ticket``. ``service_words`` (service
    number, version title) saves the lookup for a caller that has just read them."""
    queue = session.get(Queue, ticket.current_queue_id)
    service_number, service_title = service_words or _service_words(session, ticket)
    counter = session.get(Counter, ticket.counter_id) if ticket.counter_id is not None else None
    assert queue is not None
    in_line = ticket.status in IN_LINE and ticket.service_day == office.service_day(now)
    reserved = None
    if ticket.reserved_counter_id is not None and ticket.status in RESERVATION_SHOWN:
        reserved = session.get(Counter, ticket.reserved_counter_id)
    if reserved is not None and in_line:
        facts = reserved_facts(session, reserved, queue, office, now)
    elif facts is None and in_line:
        facts = line_facts(session, queue, office, now, extra=ticket if ticket.status == Status.ISSUED else None)
    ahead = wait_min = wait_max = None
    if in_line and facts is not None:
        ahead = facts.ahead.get(ticket.id)
    if ahead is not None and facts is not None:
        estimate = estimate_wait(ahead, facts.durations, len(facts.counters), office.queue.default_minutes_per_person)
        wait_min, wait_max = estimate.low, estimate.high
    labels = office.labels
    return TicketView(
        id=ticket.id,
        code=ticket.code,
        queue=queue.letter,
        queue_name=queue.name,
        number=ticket.number,
        service_number=service_number,
        service_title=service_title,
        version_id=ticket.version_id,
        status=ticket.status,
        status_label=STATUS_LABELS[Status(ticket.status)][0],
        priority=ticket.priority,
        priority_label=labels.id(ticket.priority) if ticket.priority else None,
        ahead=ahead,
        wait_min=wait_min,
        wait_max=wait_max,
        token=ticket_token(session, ticket.id, office.secret),
        survey_code=f"{ticket.code}-{ticket_check_code(session, ticket.id, office.secret)}",
        issued_at=ticket.issued_at,
        service_day=ticket.service_day,
        checklist={int(k): str(v) for k, v in (ticket.checklist or {}).items()},
        print_state=ticket.print_state,
        print_error=ticket.print_error,
        counter_number=counter.number if counter else None,
        counter_name=counter.name if counter else None,
        reserved_counter_number=reserved.number if reserved else None,
        reserved_counter_name=reserved.name if reserved else None,
        recall_count=ticket.recall_count,
        called_at=ticket.called_at,
        finished_at=ticket.finished_at,
        counters=tuple(facts.counters) if facts is not None else tuple(open_counter_names(session, queue.id)),
    )
