"""Read-only questions about one ticket: its current view and its history."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select

from kiosk.queue.events import EventView, ticket_history
from kiosk.queue.lookup import TicketRef, find_ticket
from kiosk.queue.models import Queue, Ticket
from kiosk.queue.office import Office
from kiosk.queue.presenting import LineFacts, line_facts, ticket_view
from kiosk.queue.states import Status
from kiosk.queue.views import TicketView
from kiosk.storage import Database


def get_ticket(db: Database, ref: TicketRef, *, office: Office, now: datetime) -> tuple[TicketView, list[EventView]]:
    """The ticket ``ref`` names (id, today's code, or a verified QR token) and its events."""
    with db.read() as session:
        ticket = find_ticket(session, ref, secret=office.secret, today=office.service_day(now))
        return ticket_view(session, ticket, office, now), ticket_history(session, ticket.id)


def get_tickets(
    db: Database, ticket_ids: Collection[int], *, office: Office, now: datetime
) -> dict[int, TicketView]:
    """Many tickets at once, as phones following theirs need after every call: each queue's line
    (the call order and the recent pace) is worked out once, not once per ticket. Ids that name
    no ticket are left out."""
    if not ticket_ids:
        return {}
    day = office.service_day(now)
    with db.read() as session:
        rows = session.scalars(select(Ticket).where(Ticket.id.in_(sorted(set(ticket_ids))))).all()
        lines: dict[int, LineFacts] = {}
        views: dict[int, TicketView] = {}
        for ticket in rows:
            facts = None
            # A ticket still "issued" counts itself into its line, and a transferred one waits in
            # its counter's own line: ticket_view works those out for the one ticket.
            shared = (ticket.status == Status.WAITING.value and ticket.service_day == day
                      and ticket.reserved_counter_id is None)
            if shared:
                facts = lines.get(ticket.current_queue_id)
                if facts is None:
                    queue = session.get(Queue, ticket.current_queue_id)
                    assert queue is not None
                    facts = lines[ticket.current_queue_id] = line_facts(session, queue, office, now)
            views[ticket.id] = ticket_view(session, ticket, office, now, facts)
        return views
