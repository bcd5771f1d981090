"""One officer's desk: the queue actions of a signed-in session, each written with its audit
entry in the same transaction, plus the ticket a scan or a typed code opens.

Screens call this and only this, so every path (keyboard shortcut, button, CLI) records the
same thing: who (officer), where (terminal and counter), when, and what.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.audit import Actor
from kiosk.catalog.store import version_detail
from kiosk.clock import Clock
from kiosk.queue import (
    ActionResult,
    CallResult,
    CounterInfo,
    EventView,
    Office,
    QueueError,
    Status,
    TicketView,
    TokenError,
    call_next,
    get_ticket,
    hall_overview,
    list_counters,
    set_counter_open,
)
from kiosk.queue import transitions as tx
from kiosk.queue.calling import counter_ticket
from kiosk.queue.lookup import get_counter
from kiosk.queue.models import CounterQueue, Ticket
from kiosk.queue.presenting import ticket_view
from kiosk.queue.states import Action
from kiosk.staff.errors import NotAllowed, SignInRefused, StaffError
from kiosk.staff.models import StaffSession
from kiosk.staff.policy import StaffPolicy
from kiosk.staff.roles import Permission, allows
from kiosk.staff.sessions import CONSOLE_COUNTER, DeskSession, sign_in, sign_out
from kiosk.storage import Database


@dataclass(frozen=True)
class ChecklistLine:
    order: int
    group: str | None
    text: str
    answer: str | None  # ada / belum / tidak_tahu, None when the kiosk did not ask


@dataclass(frozen=True)
class OpenedTicket:
    """A ticket as the desk shows it: the engine's view, its service's checklist with the
    applicant's answers at the kiosk, how long they waited, and the ticket's history."""

    ticket: TicketView
    checklist: tuple[ChecklistLine, ...]
    waited: timedelta
    history: tuple[EventView, ...]


CONSOLE = int(CONSOLE_COUNTER)  # the "counter" of a supervisor running the hall from a desk PC


def start_desk(
    db: Database,
    office: Office,
    *,
    code: str,
    pin: str,
    counter: int,
    terminal: str,
    clock: Clock,
    policy: StaffPolicy | None = None,
) -> Desk:
    """Sign in at ``counter`` (which must exist in the hall's layout) and open it for calls.

    ``CONSOLE`` (0) signs a supervisor or administrator in without a counter: running the hall
    (even one with no counters yet) does not take a counter away from the line."""
    now = clock()
    if counter == CONSOLE:
        session = sign_in(db, code, pin, counter=str(CONSOLE), terminal=terminal, now=now, policy=policy)
        if not allows(session.officer.role, Permission.OVERVIEW):
            sign_out(db, session.token, now, "console_not_allowed")
            raise NotAllowed("Masuk tanpa loket hanya untuk supervisor dan administrator; pilih loket Anda.",
                             "Signing in without a counter is for supervisors and administrators; choose your "
                             "counter.")
        return Desk(db, office, session, clock)
    known = {c.number for c in list_counters(db)}
    if counter not in known:
        raise StaffError(f"Loket {counter} tidak ada.", f"There is no counter {counter}.", code="unknown_counter")
    session = sign_in(db, code, pin, counter=str(counter), terminal=terminal, now=now, policy=policy)
    set_counter_open(db, counter, True, office=office, now=now, officer=session.officer.code)
    return Desk(db, office, session, clock)


@dataclass(frozen=True)
class LineAtCounter:
    """A queue this counter calls from: how many wait in it, and its next numbers in call order."""

    letter: str
    name: str
    waiting: int
    next_codes: tuple[str, ...]


class Desk:
    def __init__(self, db: Database, office: Office, session: DeskSession, clock: Clock) -> None:
        self.db = db
        self.office = office
        self.session = session
        self.clock = clock

    @property
    def counter(self) -> int:
        return int(self.session.counter)

    @property
    def actor(self) -> Actor:
        return self.session.actor

    @property
    def officer(self) -> str:
        return self.session.officer.code

    # -- the write path shared by every action -------------------------------------------------

    def _write(self, action: str, work: Callable[[Session, datetime], Any], subject: Callable[[Any], str | None],
               **detail: Any) -> Any:
        now = self.clock()
        with self.db.write() as s:
            row = s.scalars(
                select(StaffSession).where(StaffSession.token == self.session.token, StaffSession.ended_at.is_(None))
            ).one_or_none()
            if row is None:
                raise SignInRefused("session_ended")
            result = work(s, now)
            row.last_active_at = now
            audit.record(s, self.actor, action, now, subject=subject(result), **detail)
            return result

    # -- calling ------------------------------------------------------------------------------

    def lines(self, shown: int = 3) -> list[LineAtCounter]:
        """What the officer at this counter has ahead: each of its queues, waiting and next up."""
        if self.counter == CONSOLE:
            return []
        mine = next((c.queues for c in list_counters(self.db) if c.number == self.counter), ())
        overview = hall_overview(self.db, office=self.office, now=self.clock(), limit=shown)
        return [LineAtCounter(q.letter, q.name, q.waiting, tuple(u.ticket.code for u in q.next_up[:shown]))
                for q in overview.queues if q.letter in mine]

    def call_next(self) -> CallResult | None:
        """The next ticket by the queue's policy (the result says why that one), or None."""
        result: CallResult | None = self._write(
            "queue.call_next",
            lambda s, now: call_next(s, self.counter, office=self.office, now=now, officer=self.officer),
            lambda r: f"ticket:{r.ticket.code}" if r is not None else None,
        )
        return result

    def act(self, action: Action, ref: int | str) -> ActionResult:
        """Recall, serve, skip, hold, resume or complete ``ref`` at this counter."""
        result: ActionResult = self._write(
            f"queue.{action.value}",
            lambda s, now: tx.act(s, ref, action, office=self.office, now=now, counter=self.counter,
                                  officer=self.officer),
            lambda r: f"ticket:{r.ticket.code}",
        )
        return result

    def transfer(self, ref: int | str, to_queue: str | None = None, *, to_counter: int | None = None) -> ActionResult:
        """To another queue (placed by its rule) or to another counter (called there next)."""
        detail = {"to_queue": to_queue} if to_counter is None else {"to_counter": to_counter}
        result: ActionResult = self._write(
            "queue.transfer",
            lambda s, now: tx.transfer_ticket(
                s,
                ref,
                to_queue,
                office=self.office,
                now=now,
                counter=self.counter,
                officer=self.officer,
                to_counter=to_counter,
            ),
            lambda r: f"ticket:{r.ticket.code}",
            **detail,
        )
        return result

    # -- looking at tickets -------------------------------------------------------------------

    def current(self) -> TicketView | None:
        """The ticket called to or served at this counter, if any."""
        now = self.clock()
        with self.db.read() as s:
            counter = get_counter(s, self.counter)
            ticket = counter_ticket(s, counter, self.office.service_day(now))
            return None if ticket is None else ticket_view(s, ticket, self.office, now)

    def held_here(self) -> list[TicketView]:
        """Today's tickets on hold that this counter would call again once resumed."""
        now = self.clock()
        with self.db.read() as s:
            counter = get_counter(s, self.counter)
            rows = s.scalars(
                select(Ticket)
                .outerjoin(
                    CounterQueue,
                    (CounterQueue.queue_id == Ticket.current_queue_id) & (CounterQueue.counter_id == counter.id),
                )
                .where(
                    # Its own lines' held tickets, and those transferred to it (from any line);
                    # not those transferred to another counter, which that counter resumes.
                    or_(
                        CounterQueue.counter_id.is_not(None) & Ticket.reserved_counter_id.is_(None),
                        Ticket.reserved_counter_id == counter.id,
                    ),
                    Ticket.service_day == self.office.service_day(now),
                    Ticket.status == Status.HELD.value,
                )
                .order_by(Ticket.issued_at)
            ).all()
            return [ticket_view(s, t, self.office, now) for t in rows]

    def open_ticket(self, scanned: str) -> OpenedTicket:
        """A scanned QR token or a typed code (A-001, #12). A forged or foreign token is refused
        and the attempt is recorded, because a forged ticket at a desk is worth a supervisor's look."""
        now = self.clock()
        try:
            view, history = get_ticket(self.db, scanned, office=self.office, now=now)
        except TokenError as exc:
            with self.db.write() as s:
                audit.record(s, self.actor, "queue.scan_refused", now, subject=None, why=type(exc).__name__)
            raise
        return self.describe(view, history)

    def describe(self, view: TicketView, history: list[EventView] | tuple[EventView, ...] = ()) -> OpenedTicket:
        detail = version_detail(self.db, view.version_id)
        lines: list[ChecklistLine] = []
        if detail is not None:
            for item in detail.requirements:
                lines.append(ChecklistLine(item.order, item.group, item.text, view.checklist.get(item.order)))
        end = view.called_at or self.clock()
        return OpenedTicket(view, tuple(lines), max(timedelta(0), end - view.issued_at), tuple(history))

    # -- signing out --------------------------------------------------------------------------

    def sign_out(self, reason: str = "signed_out") -> None:
        """Closes the counter and ends the session. Refused (QueueError) while a ticket is still
        at the counter: finish, skip or hold it first, so nobody is left standing there."""
        now = self.clock()
        set_counter_open(self.db, self.counter, False, office=self.office, now=now, officer=self.officer)
        sign_out(self.db, self.session.token, now, reason)


def counters(db: Database) -> list[CounterInfo]:
    return list_counters(db)


__all__ = ["ChecklistLine", "Desk", "OpenedTicket", "QueueError", "counters", "start_desk"]
