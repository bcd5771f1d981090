"""The supervisor's view of the hall: waiting per queue and the longest wait, who sits at which
counter, each kiosk printer's last known state, and today's tickets whose paper never came out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from kiosk.printjobs.jobs import UNCONFIRMED_AFTER
from kiosk.queue import Office, PrintState, Status, hall_overview
from kiosk.queue.models import Event, Queue, Ticket
from kiosk.staff.sessions import open_sessions
from kiosk.storage import Database

# Reasons the printer layer reports that still let tickets out (see devices.printing.messages).
PRINTER_WARNINGS = frozenset({"printed_paper_near_end", "sent_unconfirmed"})
PRINTER_MEMORY_DAYS = 7
NOT_CONFIRMED = "unconfirmed: the kiosk never confirmed this print"


@dataclass(frozen=True)
class QueueLoad:
    letter: str
    name: str
    waiting: int
    waiting_priority: int
    longest_wait_minutes: int | None
    next_codes: tuple[str, ...]


@dataclass(frozen=True)
class CounterState:
    number: int
    name: str
    is_open: bool
    officer: str | None
    officer_name: str | None
    current: str | None
    transferred: tuple[str, ...] = ()  # tickets sent to this counter, waiting for it


@dataclass(frozen=True)
class PrinterState:
    terminal: str
    reason: str
    message: str
    at: datetime
    last_printed_at: datetime | None

    @property
    def fault(self) -> bool:
        """Still failing: no ticket printed there since the problem was reported."""
        return self.reason not in PRINTER_WARNINGS and (self.last_printed_at is None or self.last_printed_at < self.at)


@dataclass(frozen=True)
class FailedPrint:
    ticket_id: int
    code: str
    terminal: str | None
    error: str | None
    status: str
    issued_at: datetime


@dataclass(frozen=True)
class SupervisorOverview:
    queues: tuple[QueueLoad, ...]
    counters: tuple[CounterState, ...]
    printers: tuple[PrinterState, ...]
    failed_prints: tuple[FailedPrint, ...]


def _minutes(now: datetime, since: datetime) -> int:
    return max(0, int((now - since).total_seconds() // 60))


def supervisor_overview(db: Database, office: Office, now: datetime) -> SupervisorOverview:
    hall = hall_overview(db, office=office, now=now, limit=3)
    day = office.service_day(now)
    with db.read() as s:
        oldest = dict(
            s.execute(
                select(Queue.letter, func.min(Ticket.rank_at))
                .join(Ticket, Ticket.current_queue_id == Queue.id)
                .where(Ticket.service_day == day, Ticket.status == Status.WAITING.value)
                .group_by(Queue.letter)
            ).all()
        )
        # Failed prints, and prints never confirmed (the kiosk could not write the confirmation, or
        # died): the latter are handed to the line by the next recovery sweep, but staff see them now.
        unconfirmed = (Ticket.print_state == PrintState.PENDING.value) & (Ticket.issued_at <= now - UNCONFIRMED_AFTER)
        failed = s.scalars(
            select(Ticket)
            .where(Ticket.service_day == day, (Ticket.print_state == PrintState.FAILED.value) | unconfirmed)
            .order_by(Ticket.issued_at)
        ).all()
        failed_prints = tuple(
            FailedPrint(t.id, t.code, t.terminal,
                        t.print_error if t.print_state == PrintState.FAILED.value else NOT_CONFIRMED,
                        t.status, t.issued_at)
            for t in failed
        )
        printers: dict[str, PrinterState] = {}
        recent = now - timedelta(days=PRINTER_MEMORY_DAYS)
        for event in s.scalars(
            select(Event).where(Event.kind == "printer_state", Event.at >= recent).order_by(Event.id)
        ):
            terminal = str((event.payload or {}).get("terminal") or "?")
            printers[terminal] = PrinterState(
                terminal,
                str(event.payload.get("reason", "")),
                str(event.payload.get("message", "")),
                event.at,
                None,
            )
        last_ok = dict(
            s.execute(
                select(Ticket.terminal, func.max(Ticket.issued_at))
                .where(Ticket.print_state == PrintState.PRINTED.value, Ticket.terminal.in_(list(printers)))
                .group_by(Ticket.terminal)
            ).all()
        )
    queues = tuple(
        QueueLoad(
            q.letter,
            q.name,
            q.waiting,
            q.waiting_priority,
            _minutes(now, oldest[q.letter]) if q.letter in oldest else None,
            tuple(n.ticket.code for n in q.next_up),
        )
        for q in hall.queues
    )
    sitting = {int(d.counter): d.officer for d in open_sessions(db) if d.counter.isdigit()}
    counters = tuple(
        CounterState(
            c.number,
            c.name,
            c.is_open,
            sitting[c.number].code if c.number in sitting else None,
            sitting[c.number].name if c.number in sitting else None,
            c.current.code if c.current else None,
            c.transferred,
        )
        for c in hall.counters
    )
    states = tuple(
        PrinterState(p.terminal, p.reason, p.message, p.at, last_ok.get(p.terminal))
        for p in sorted(printers.values(), key=lambda p: p.terminal)
    )
    return SupervisorOverview(queues, counters, states, failed_prints)
