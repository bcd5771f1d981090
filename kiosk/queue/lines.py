"""Reading a line from the database: who waits, in which order the policy will call them, how
fast the queue moves, and which counters serve it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.queue.models import Counter, CounterQueue, Queue, QueueDayCalls, Ticket
from kiosk.queue.priority import Candidate, Choice, Labels, Policy, PolicySpec, predicted_calls
from kiosk.queue.states import Status


def policy_of(queue: Queue) -> PolicySpec:
    return PolicySpec(Policy(queue.policy), queue.ratio_normal, float(queue.priority_weight))


def candidate(ticket: Ticket) -> Candidate:
    return Candidate(ticket.id, ticket.code, ticket.lane, ticket.rank_at, ticket.priority)


def waiting_candidates(session: Session, queue_id: int, day: date) -> list[Candidate]:
    """Who waits in the line itself; tickets reserved for one counter wait for that counter."""
    rows = session.execute(
        select(Ticket.id, Ticket.code, Ticket.lane, Ticket.rank_at, Ticket.priority).where(
            Ticket.current_queue_id == queue_id,
            Ticket.service_day == day,
            Ticket.status == Status.WAITING.value,
            Ticket.reserved_counter_id.is_(None),
        )
    )
    return [Candidate(r.id, r.code, r.lane, r.rank_at, r.priority) for r in rows]


def normal_streak(session: Session, queue_id: int, day: date) -> int:
    value = session.scalar(
        select(QueueDayCalls.normal_streak).where(QueueDayCalls.queue_id == queue_id, QueueDayCalls.service_day == day)
    )
    return int(value or 0)


def call_order(
    session: Session, queue: Queue, day: date, now: datetime, labels: Labels, *, extra: Candidate | None = None
) -> list[Choice]:
    """The queue's waiting tickets in the order its policy would call them, with reasons.

    ``extra`` adds a ticket that is not waiting yet (issued, paper still printing) so it can be
    told its place.
    """
    waiting = waiting_candidates(session, queue.id, day)
    if extra is not None and all(c.ticket_id != extra.ticket_id for c in waiting):
        waiting.append(extra)
    return predicted_calls(
        policy_of(queue), waiting, normal_streak=normal_streak(session, queue.id, day), now=now, labels=labels
    )


def recent_durations(session: Session, queue_id: int, now: datetime, *, days: int, size: int) -> list[float]:
    """Minutes from call to done of the queue's latest finished tickets."""
    rows = session.execute(
        select(Ticket.called_at, Ticket.finished_at)
        .where(
            Ticket.current_queue_id == queue_id,
            Ticket.finished_at >= now - timedelta(days=days),
            Ticket.status == Status.DONE.value,
            Ticket.called_at.is_not(None),
        )
        .order_by(Ticket.finished_at.desc())
        .limit(size)
    )
    return [(r.finished_at - r.called_at).total_seconds() / 60 for r in rows if r.finished_at and r.called_at]


def open_counter_names(session: Session, queue_id: int) -> list[str]:
    rows = session.scalars(
        select(Counter.name)
        .join(CounterQueue, CounterQueue.counter_id == Counter.id)
        .where(CounterQueue.queue_id == queue_id, Counter.is_open.is_(True))
        .order_by(Counter.number)
    )
    return list(rows)
