"""Finding tickets, queues and counters by what people type or scan."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kiosk.queue.errors import UnknownCounter, UnknownQueue, UnknownTicket
from kiosk.queue.models import Counter, Queue, Ticket
from kiosk.queue.signing import verified_ticket_id
from kiosk.queue.tokens import looks_like_token

TicketRef = int | str
_CODE = re.compile(r"^([A-Z]{1,2})-?0*(\d{1,6})$")
_ID = re.compile(r"^#?(\d{1,18})$")


def format_code(letter: str, number: int) -> str:
    return f"{letter}-{number:03d}"


def find_ticket(session: Session, ref: TicketRef, *, secret: str, today: date, lock: bool = False) -> Ticket:
    """A ticket by id (``123`` or ``#123``), by today's code (``A-001``) or by its QR token.

    A token is verified first, so a forged QR never reaches the database.
    """
    text = str(ref).strip()
    by_id = _ID.match(text)
    query = select(Ticket)
    if isinstance(ref, int) or by_id is not None:
        ticket_id = ref if isinstance(ref, int) else int(by_id.group(1)) if by_id else 0
        query = query.where(Ticket.id == ticket_id)
        shown = f"#{ticket_id}"
    elif looks_like_token(text):
        ticket_id = verified_ticket_id(session, text, secret)
        query = query.where(Ticket.id == ticket_id)
        shown = f"#{ticket_id}"
    else:
        match = _CODE.match(text.upper())
        if match is None:
            raise UnknownTicket(
                f"{text!r} bukan nomor tiket; tulis seperti A-001, #123, atau pindai kode QR.",
                f"{text!r} is not a ticket reference; write it like A-001 or #123, or scan the QR code.",
            )
        letter, number = match.group(1), int(match.group(2))
        shown = format_code(letter, number)
        query = query.join(Queue, Queue.id == Ticket.queue_id).where(
            Queue.letter == letter, Ticket.number == number, Ticket.service_day == today
        )
    if lock:
        # populate_existing: a row locked now must not be answered from a stale identity map.
        query = query.with_for_update().execution_options(populate_existing=True)
    ticket = session.scalars(query).one_or_none()
    if ticket is None:
        raise UnknownTicket(
            f"Tiket {shown} tidak ditemukan (hari layanan {today.isoformat()}).",
            f"Ticket {shown} was not found (service day {today.isoformat()}).",
        )
    return ticket


def get_queue(session: Session, letter: str) -> Queue:
    queue = session.scalars(select(Queue).where(Queue.letter == letter.strip().upper())).one_or_none()
    if queue is None:
        known = ", ".join(session.scalars(select(Queue.letter).order_by(Queue.letter))) or "-"
        raise UnknownQueue(
            f"Antrean {letter!r} tidak ada; antrean yang ada: {known}.",
            f"There is no queue {letter!r}; queues: {known}.",
        )
    return queue


_COUNTER = select(Counter).where(Counter.number == bindparam("number"))
# populate_existing: a row locked now must not be answered from a stale identity map.
_LOCKED_COUNTER = _COUNTER.with_for_update().execution_options(populate_existing=True)


def get_counter(session: Session, number: int, *, lock: bool = False) -> Counter:
    counter = session.scalars(_LOCKED_COUNTER if lock else _COUNTER, {"number": number}).one_or_none()
    if counter is None:
        known = ", ".join(str(n) for n in session.scalars(select(Counter.number).order_by(Counter.number))) or "-"
        raise UnknownCounter(
            f"Loket {number} tidak ada; loket yang ada: {known}.",
            f"There is no counter {number}; counters: {known}.",
        )
    return counter
