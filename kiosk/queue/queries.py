"""Read-only questions about one ticket: its current view and its history."""

from __future__ import annotations

from datetime import datetime

from kiosk.queue.events import EventView, ticket_history
from kiosk.queue.lookup import TicketRef, find_ticket
from kiosk.queue.office import Office
from kiosk.queue.presenting import ticket_view
from kiosk.queue.views import TicketView
from kiosk.storage import Database


def get_ticket(db: Database, ref: TicketRef, *, office: Office, now: datetime) -> tuple[TicketView, list[EventView]]:
    """The ticket ``ref`` names (id, today's code, or a verified QR token) and its events."""
    with db.read() as session:
        ticket = find_ticket(session, ref, secret=office.secret, today=office.service_day(now))
        return ticket_view(session, ticket, office, now), ticket_history(session, ticket.id)
