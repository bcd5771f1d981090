"""Issuing tickets: office hours, the queue a service belongs to, a gap-free number per queue
and service day, and the print state the printing layer builds on.

``issue_ticket`` accepts a Database (it opens its own write transaction) or an open write
Session, so a caller can add its own rows (a print job) in the same transaction: either the
ticket and the job both exist, or neither does.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from kiosk.catalog.models import Service, ServiceItem, ServiceVersion
from kiosk.checklist import Answer
from kiosk.queue.errors import OfficeClosed, QueueError, UnknownService
from kiosk.queue.events import record_event
from kiosk.queue.lookup import find_ticket, format_code
from kiosk.queue.models import Queue, QueueDayNumber, QueueService, Ticket
from kiosk.queue.office import Office
from kiosk.queue.presenting import ticket_view
from kiosk.queue.states import PrintState, Status
from kiosk.queue.transactions import core_rows, in_write
from kiosk.queue.views import TicketView
from kiosk.storage import Database
from kiosk.storage.upsert import dialect_insert

CHECKLIST_ANSWERS = tuple(a.value for a in Answer)


@cache
def _number_upsert(dialect: str) -> ReturningInsert[int]:
    """Built once per database kind: issuing runs it on every ticket."""
    statement = dialect_insert(dialect, QueueDayNumber).values(
        queue_id=bindparam("queue_id"), service_day=bindparam("service_day"), last_number=1
    )
    statement = statement.on_conflict_do_update(
        index_elements=[QueueDayNumber.queue_id, QueueDayNumber.service_day],
        set_={"last_number": QueueDayNumber.last_number + 1},
    )
    return statement.returning(QueueDayNumber.last_number)


_SERVICE = (
    select(Service.id, Service.active, ServiceVersion.id, ServiceVersion.title)
    .join(ServiceVersion, ServiceVersion.service_id == Service.id)
    .where(Service.number == bindparam("number"), ServiceVersion.version == Service.current_version)
)
_INSERT_TICKET = insert(Ticket).returning(Ticket.id)
# The queue the service is assigned to, else the hall's fallback queue (assigned first).
_QUEUE_OF_SERVICE = (
    select(Queue)
    .outerjoin(QueueService, (QueueService.queue_id == Queue.id) & (QueueService.service_id == bindparam("service_id")))
    .where(QueueService.id.is_not(None) | Queue.fallback.is_(True))
    .order_by(QueueService.id.is_(None), Queue.id)
    .limit(1)
)


def allocate_number(session: Session, queue_id: int, day: date) -> int:
    """The next number of ``queue_id`` on ``day``: an atomic upsert of the day's counter row.

    The row stays locked until commit (PostgreSQL row lock; SQLite's single writer), so two
    terminals never get the same number, and a rolled-back issue gives its number back.
    """
    statement = _number_upsert(session.get_bind().dialect.name)
    return int(core_rows(session, statement, {"queue_id": queue_id, "service_day": day}).scalar_one())


def queue_for_service(session: Session, service_id: int, service_number: int) -> Queue:
    queue = session.scalars(_QUEUE_OF_SERVICE, {"service_id": service_id}).first()
    if queue is None or not queue.active:
        raise QueueError(
            f"Layanan {service_number} belum ditempatkan di antrean yang aktif; supervisor dapat mengaturnya di "
            "halaman Tata loket.",
            f"Service {service_number} is not assigned to an active queue; a supervisor can set one up on the "
            "Counters page.",
        )
    return queue


def normalise_checklist(answers: Mapping[int | str, str] | None, requirement_orders: set[int]) -> dict[str, str]:
    """Checklist answers keyed by requirement order (as JSON object keys), checked."""
    if not answers:
        return {}
    result: dict[str, str] = {}
    for raw_key, value in answers.items():
        try:
            order = int(raw_key)
        except (TypeError, ValueError):
            order = -1
        if order not in requirement_orders:
            known = ", ".join(str(o) for o in sorted(requirement_orders)) or "-"
            raise QueueError(
                f"Persyaratan nomor {raw_key} tidak ada pada layanan ini; nomor yang ada: {known}.",
                f"Requirement {raw_key} does not exist for this service; requirements: {known}.",
            )
        if value not in CHECKLIST_ANSWERS:
            raise QueueError(
                f"Jawaban daftar periksa {value!r} tidak dikenal; pilihan: {', '.join(CHECKLIST_ANSWERS)}.",
                f"Unknown checklist answer {value!r}; choose one of {', '.join(CHECKLIST_ANSWERS)}.",
            )
        result[str(order)] = value
    return dict(sorted(result.items(), key=lambda kv: int(kv[0])))


def issue_ticket(
    target: Database | Session,
    service_number: int,
    *,
    office: Office,
    now: datetime,
    priority: str | None = None,
    checklist: Mapping[int | str, str] | None = None,
    print_state: PrintState | str = PrintState.NOT_REQUIRED,
    terminal: str | None = None,
    request_key: str | None = None,
) -> TicketView:
    """Issue a ticket for ``service_number`` at ``now``.

    ``request_key`` identifies one applicant's request (the kiosk makes one per visit): a second
    call with the same key returns the ticket the first one made instead of a new number, so
    "try again" after an error cannot hand out two numbers.

    With ``print_state="pending"`` the ticket stays ``issued`` (not callable) until
    :func:`mark_printed`; with ``"not_required"`` it joins the line at once. Raises
    OfficeClosed outside issuing hours, UnknownService, or QueueError for a bad category or
    checklist.
    """
    state = PrintState(print_state)
    if state not in (PrintState.PENDING, PrintState.NOT_REQUIRED):
        raise ValueError(f"a new ticket is 'pending' or 'not_required' to print, not {state.value!r}")
    labels = office.labels
    if priority is not None and priority not in labels:
        raise QueueError(
            f"Kategori prioritas {priority!r} tidak dikenal; pilihan: {', '.join(labels.keys())}.",
            f"Unknown priority category {priority!r}; choose one of {', '.join(labels.keys())}.",
        )
    opening = office.calendar.status_at(now)
    if not opening.can_issue:
        raise OfficeClosed(
            f"Nomor antrean tidak dapat diambil. {opening.reason_id}",
            f"No ticket can be issued. {opening.reason_en}",
            opening.next_opening,
        )
    day = office.service_day(now)

    def work(session: Session) -> TicketView:
        if request_key is not None:
            earlier = session.scalars(select(Ticket).where(Ticket.request_key == request_key)).one_or_none()
            if earlier is not None:
                return ticket_view(session, earlier, office, now)
        found = core_rows(session, _SERVICE, {"number": service_number}).one_or_none()
        if found is None or not found[1]:
            raise UnknownService(
                f"Layanan nomor {service_number} tidak ada atau tidak aktif.",
                f"There is no active service number {service_number}.",
            )
        service_id, _active, version_id, title = found
        orders: set[int] = set()
        if checklist:
            orders = set(
                session.scalars(
                    select(ServiceItem.position).where(
                        ServiceItem.version_id == version_id, ServiceItem.kind == "requirement"
                    )
                )
            )
        answers = normalise_checklist(checklist, orders)
        queue = queue_for_service(session, service_id, service_number)
        number = allocate_number(session, queue.id, day)
        status = Status.ISSUED if state is PrintState.PENDING else Status.WAITING
        values = dict(
            queue_id=queue.id,
            current_queue_id=queue.id,
            service_day=day,
            number=number,
            code=format_code(queue.letter, number),
            service_id=service_id,
            version_id=version_id,
            priority=priority,
            status=status.value,
            lane=1,
            rank_at=now,
            issued_at=now,
            recall_count=0,
            checklist=answers or None,
            print_state=state.value,
            terminal=terminal,
            request_key=request_key,
        )
        ticket_id = core_rows(session, _INSERT_TICKET, values).scalar_one()
        # The view and the event only read the new row's fields: an unattached object holding
        # them spares the unit-of-work flush, which cost more than the insert itself.
        ticket = Ticket(id=ticket_id, **values)
        view = ticket_view(session, ticket, office, now, service_words=(service_number, title))
        record_event(
            session,
            "issued",
            at=now,
            ticket=ticket,
            queue=queue.letter,
            to_status=status.value,
            payload={
                "service": service_number,
                "priority": priority,
                "print_state": state.value,
                "terminal": terminal,
                "ahead": view.ahead,
            },
        )
        return view

    return in_write(target, work)


def mark_printed(target: Database | Session, ticket_id: int, *, office: Office, now: datetime) -> TicketView:
    """The paper came out: record it, and let an ``issued`` ticket join the line."""

    def work(session: Session) -> TicketView:
        ticket = _locked_ticket(session, ticket_id, office, now)
        before = ticket.status
        ticket.print_state = PrintState.PRINTED.value
        ticket.print_error = None
        if before == Status.ISSUED.value:
            ticket.status = Status.WAITING.value
        session.flush()
        queue = session.get(Queue, ticket.current_queue_id)
        record_event(
            session,
            "printed",
            at=now,
            ticket=ticket,
            queue=queue.letter if queue else None,
            from_status=before,
            to_status=ticket.status,
        )
        return ticket_view(session, ticket, office, now)

    return in_write(target, work)


def mark_print_failed(
    target: Database | Session, ticket_id: int, error: str, *, office: Office, now: datetime
) -> TicketView:
    """The printer refused: keep the ticket (it can be reprinted or admitted by staff)."""

    def work(session: Session) -> TicketView:
        ticket = _locked_ticket(session, ticket_id, office, now)
        ticket.print_state = PrintState.FAILED.value
        ticket.print_error = error[:2000]
        session.flush()
        queue = session.get(Queue, ticket.current_queue_id)
        record_event(
            session,
            "print_failed",
            at=now,
            ticket=ticket,
            queue=queue.letter if queue else None,
            from_status=ticket.status,
            to_status=ticket.status,
            payload={"error": error[:500]},
        )
        return ticket_view(session, ticket, office, now)

    return in_write(target, work)


def _locked_ticket(session: Session, ticket_id: int, office: Office, now: datetime) -> Ticket:
    return find_ticket(session, ticket_id, secret=office.secret, today=office.service_day(now), lock=True)
