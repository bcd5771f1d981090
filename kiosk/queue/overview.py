"""The hall at a glance (``mpp-kiosk queue status``, staff screens): each queue's policy, who is
next and why, and what every counter is doing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from kiosk.queue.calling import counter_ticket
from kiosk.queue.lines import policy_of
from kiosk.queue.models import Counter, CounterQueue, Queue, Ticket
from kiosk.queue.office import Office
from kiosk.queue.presenting import LineFacts, line_facts, ticket_view
from kiosk.queue.priority import PolicySpec
from kiosk.queue.reservations import reserved_order
from kiosk.queue.states import Status
from kiosk.queue.views import TicketView
from kiosk.storage import Database


@dataclass(frozen=True)
class UpNext:
    ticket: TicketView
    reason_id: str
    reason_en: str


@dataclass(frozen=True)
class QueueOverview:
    letter: str
    name: str
    policy: PolicySpec
    counts: dict[str, int]  # today's tickets standing in this queue, by status
    waiting: int  # including those transferred to one counter
    waiting_priority: int
    next_up: tuple[UpNext, ...]
    open_counters: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "letter": self.letter,
            "name": self.name,
            "policy": self.policy.kind.value,
            "policy_description_id": self.policy.describe_id(),
            "policy_description_en": self.policy.describe_en(),
            "counts": self.counts,
            "waiting": self.waiting,
            "waiting_priority": self.waiting_priority,
            "open_counters": list(self.open_counters),
            "next": [{**n.ticket.to_json(), "reason_id": n.reason_id, "reason_en": n.reason_en} for n in self.next_up],
        }


@dataclass(frozen=True)
class CounterOverview:
    number: int
    name: str
    is_open: bool
    queues: tuple[str, ...]
    current: TicketView | None
    transferred: tuple[str, ...]  # codes transferred to this counter, in the order it calls them

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "name": self.name,
            "open": self.is_open,
            "queues": list(self.queues),
            "current": self.current.to_json() if self.current else None,
            "transferred": list(self.transferred),
        }


@dataclass(frozen=True)
class HallOverview:
    service_day: date
    queues: tuple[QueueOverview, ...]
    counters: tuple[CounterOverview, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "service_day": self.service_day.isoformat(),
            "queues": [q.to_json() for q in self.queues],
            "counters": [c.to_json() for c in self.counters],
        }


def hall_overview(db: Database, *, office: Office, now: datetime, limit: int = 10) -> HallOverview:
    day = office.service_day(now)
    with db.read() as session:
        queues: list[QueueOverview] = []
        for queue in session.scalars(select(Queue).where(Queue.active.is_(True)).order_by(Queue.letter)):
            facts: LineFacts = line_facts(session, queue, office, now)
            order = facts.order
            counts = {
                str(status): int(count)
                for status, count in session.execute(
                    select(Ticket.status, func.count())
                    .where(Ticket.current_queue_id == queue.id, Ticket.service_day == day)
                    .group_by(Ticket.status)
                )
            }
            waiting_priority = session.scalar(
                select(func.count()).where(
                    Ticket.current_queue_id == queue.id,
                    Ticket.service_day == day,
                    Ticket.status == Status.WAITING.value,
                    Ticket.priority.is_not(None),
                )
            )
            next_up = []
            for choice in order[:limit]:
                ticket = session.get(Ticket, choice.candidate.ticket_id)
                assert ticket is not None
                next_up.append(
                    UpNext(ticket_view(session, ticket, office, now, facts), choice.reason_id, choice.reason_en)
                )
            queues.append(
                QueueOverview(
                    letter=queue.letter,
                    name=queue.name,
                    policy=policy_of(queue),
                    counts=counts,
                    waiting=counts.get(Status.WAITING.value, 0),
                    waiting_priority=int(waiting_priority or 0),
                    next_up=tuple(next_up),
                    open_counters=tuple(facts.counters),
                )
            )
        counters: list[CounterOverview] = []
        for counter in session.scalars(select(Counter).order_by(Counter.number)):
            letters = session.scalars(
                select(Queue.letter)
                .join(CounterQueue, CounterQueue.queue_id == Queue.id)
                .where(CounterQueue.counter_id == counter.id)
                .order_by(Queue.letter)
            )
            busy = counter_ticket(session, counter, day)
            transferred = tuple(t.code for t in reserved_order(session, counter.id, day))
            counters.append(
                CounterOverview(
                    number=counter.number,
                    name=counter.name,
                    is_open=counter.is_open,
                    queues=tuple(letters),
                    current=ticket_view(session, busy, office, now) if busy is not None else None,
                    transferred=transferred,
                )
            )
        return HallOverview(day, tuple(queues), tuple(counters))
