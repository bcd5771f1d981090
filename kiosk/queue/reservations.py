"""Tickets transferred to one counter (``Ticket.reserved_counter_id``): the order that counter
calls them in, and giving them back to their lines when the counter closes.

Calling them is :func:`kiosk.queue.calling.call_next`'s job; reserving is a transfer
(:mod:`kiosk.queue.transitions`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.queue.events import record_event
from kiosk.queue.models import Counter, Queue, Ticket
from kiosk.queue.states import Status


def reserved_order(session: Session, counter_id: int, day: date) -> list[Ticket]:
    """The tickets transferred to a counter and waiting for it, in the order it will call them."""
    rows = session.scalars(
        select(Ticket)
        .where(
            Ticket.reserved_counter_id == counter_id,
            Ticket.service_day == day,
            Ticket.status == Status.WAITING.value,
        )
        .order_by(Ticket.rank_at, Ticket.id)
    )
    return list(rows)


def release_reservations(session: Session, counter: Counter, *, now: datetime, officer: str | None) -> list[str]:
    """Tickets transferred to a counter that is closing go back to their queue's line, at the
    front (they have waited twice already), so nobody waits for a desk that will not call."""
    tickets = session.scalars(
        select(Ticket)
        .where(
            Ticket.reserved_counter_id == counter.id,
            Ticket.status.in_([Status.WAITING.value, Status.HELD.value]),
        )
        .order_by(Ticket.rank_at, Ticket.id)
        .with_for_update()
    ).all()
    for ticket in tickets:
        ticket.reserved_counter_id = None
        ticket.lane = 0
        queue = session.get(Queue, ticket.current_queue_id)
        record_event(
            session,
            "released",
            at=now,
            ticket=ticket,
            queue=queue.letter if queue else None,
            counter=counter,
            officer=officer,
            payload={"reason": "counter_closed"},
        )
    return [t.code for t in tickets]
