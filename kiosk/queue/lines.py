"""Reading a line from the database: who waits, in which order the policy will call them, how
fast the queue moves, and which counters serve it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.orm import Session

from kiosk.queue.models import Counter, CounterQueue, Queue, QueueDayCalls, Ticket
from kiosk.queue.priority import Candidate, Labels, Policy, PolicySpec, Prediction
from kiosk.queue.states import Status
from kiosk.queue.transactions import core_rows


def policy_of(queue: Queue) -> PolicySpec:
    return PolicySpec(Policy(queue.policy), queue.ratio_normal, float(queue.priority_weight))


def candidate(ticket: Ticket) -> Candidate:
    return Candidate(ticket.id, ticket.code, ticket.lane, ticket.rank_at, ticket.priority)


# Built once: these run on every issue, call and ticket shown, where building the statement
# cost as much as running it.
# Waiting in the line of queue ``queue_id`` on ``day`` (a ticket transferred to one counter waits
# for that counter instead); the counters' heads are read with the same conditions.
IN_LINE = (
    Ticket.current_queue_id == bindparam("queue_id"),
    Ticket.service_day == bindparam("day"),
    Ticket.status == Status.WAITING.value,
    Ticket.reserved_counter_id.is_(None),
)
CANDIDATE_COLUMNS = (Ticket.id, Ticket.code, Ticket.lane, Ticket.rank_at, Ticket.priority)
_WAITING = select(*CANDIDATE_COLUMNS).where(*IN_LINE)
_STREAK = select(QueueDayCalls.normal_streak).where(
    QueueDayCalls.queue_id == bindparam("queue_id"), QueueDayCalls.service_day == bindparam("day")
)
_DURATIONS = (
    select(Ticket.called_at, Ticket.finished_at)
    .where(
        Ticket.current_queue_id == bindparam("queue_id"),
        Ticket.finished_at >= bindparam("since"),
        Ticket.status == Status.DONE.value,
        Ticket.called_at.is_not(None),
    )
    .order_by(Ticket.finished_at.desc())
    .limit(bindparam("size", type_=Integer))
)
_OPEN_COUNTERS = (
    select(Counter.name)
    .join(CounterQueue, CounterQueue.counter_id == Counter.id)
    .where(CounterQueue.queue_id == bindparam("queue_id"), Counter.is_open.is_(True))
    .order_by(Counter.number)
)


def waiting_candidates(session: Session, queue_id: int, day: date) -> list[Candidate]:
    """Who waits in the line itself; tickets reserved for one counter wait for that counter."""
    # all(): one fetch of the whole line, where iterating fetches row by row (a line of hundreds
    # is read on every issue).
    rows = core_rows(session, _WAITING, {"queue_id": queue_id, "day": day}).all()
    return [Candidate._make(row) for row in rows]


def normal_streak(session: Session, queue_id: int, day: date) -> int:
    value = core_rows(session, _STREAK, {"queue_id": queue_id, "day": day}).scalar()
    return int(value or 0)


def call_order(
    session: Session, queue: Queue, day: date, now: datetime, labels: Labels, *, extra: Candidate | None = None
) -> Prediction:
    """The queue's waiting tickets in the order its policy would call them (reasons on demand).

    ``extra`` adds a ticket that is not waiting yet (issued, paper still printing) so it can be
    told its place.
    """
    waiting = waiting_candidates(session, queue.id, day)
    if extra is not None and all(c.ticket_id != extra.ticket_id for c in waiting):
        waiting.append(extra)
    return Prediction(
        policy_of(queue), waiting, normal_streak=normal_streak(session, queue.id, day), now=now, labels=labels
    )


def recent_durations(session: Session, queue_id: int, now: datetime, *, days: int, size: int) -> list[float]:
    """Minutes from call to done of the queue's latest finished tickets."""
    rows = core_rows(session, _DURATIONS, {"queue_id": queue_id, "since": now - timedelta(days=days), "size": size})
    return [(r.finished_at - r.called_at).total_seconds() / 60 for r in rows if r.finished_at and r.called_at]


def open_counter_names(session: Session, queue_id: int) -> list[str]:
    return list(core_rows(session, _OPEN_COUNTERS, {"queue_id": queue_id}).scalars())
