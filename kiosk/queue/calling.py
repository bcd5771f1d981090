"""``call_next``: a counter takes the next ticket from its queues, by policy, exactly once.

Safety with many processes:

* SQLite: the whole call is one ``BEGIN IMMEDIATE`` transaction, so callers run one at a time.
* PostgreSQL: the caller locks its counter row, then the day's ``queue_day_calls`` row of each of
  its queues (in queue id order, so two counters sharing queues cannot deadlock). Callers of the
  same queue therefore decide one after the other, which keeps FIFO and the ratio policy's state
  exact; ``SKIP LOCKED`` alone would let two simultaneous callers each pass over the other's
  locked head and call, say, A-003 before A-002. The heads themselves are read with
  ``FOR UPDATE SKIP LOCKED``, so a ticket another terminal is transferring or cancelling at that
  moment is passed over rather than waited for, and the final ``UPDATE ... WHERE status =
  'waiting'`` refuses to call a ticket twice whatever happened before.

A ticket transferred *to a counter* (``reserved_counter_id``) is invisible to every other
counter and is called by its counter before anything from the counter's own lines, in the order
the transfers arrived: the applicant has already waited once and was told "loket 5 will call
you next". Only callers of that counter compete for it, and they are serialised by the counter
row lock taken first.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, bindparam, select, update
from sqlalchemy.orm import Session

from kiosk.queue.errors import CounterUnavailable, QueueError
from kiosk.queue.events import record_event
from kiosk.queue.lines import CANDIDATE_COLUMNS, IN_LINE, candidate, policy_of
from kiosk.queue.lookup import get_counter
from kiosk.queue.models import Counter, CounterQueue, Queue, QueueDayCalls, Ticket
from kiosk.queue.office import Office
from kiosk.queue.presenting import ticket_view
from kiosk.queue.priority import Candidate, Choice, choose, next_streak, pick_across_queues
from kiosk.queue.states import AT_COUNTER, STATUS_LABELS, Status
from kiosk.queue.transactions import core_rows, in_write
from kiosk.queue.views import CallResult
from kiosk.storage import Database
from kiosk.storage.upsert import session_insert

_ATTEMPTS = 3


# The statements of a call, built once (a call runs about a dozen; building each cost as much
# as running it). ``with_for_update`` is rendered only where the database has row locks.
_CALL_STATES = (
    select(QueueDayCalls.queue_id, QueueDayCalls.normal_streak)
    .where(
        QueueDayCalls.queue_id.in_(bindparam("queue_ids", expanding=True)),
        QueueDayCalls.service_day == bindparam("day"),
    )
    .order_by(QueueDayCalls.queue_id)
    .with_for_update()
)


_HeadQuery = Select[int, str, int, datetime, str | None]


def _head_query(*conditions: ColumnElement[bool]) -> _HeadQuery:
    return (
        select(*CANDIDATE_COLUMNS)
        .where(*IN_LINE, *conditions)
        .order_by(Ticket.rank_at, Ticket.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )


_FRONT_HEAD = _head_query(Ticket.lane == 0)
_PRIORITY_HEAD = _head_query(Ticket.lane == 1, Ticket.priority.is_not(None))
_NORMAL_HEAD = _head_query(Ticket.lane == 1, Ticket.priority.is_(None))
_RESERVED_HEAD = (
    select(Ticket.id)
    .where(
        Ticket.reserved_counter_id == bindparam("counter_id"),
        Ticket.service_day == bindparam("day"),
        Ticket.status == Status.WAITING.value,
    )
    .order_by(Ticket.rank_at, Ticket.id)
    .limit(1)
    .with_for_update(skip_locked=True)
)
_AT_COUNTER = (
    Ticket.counter_id == bindparam("counter_id"),
    Ticket.service_day == bindparam("day"),
    Ticket.status.in_([s.value for s in AT_COUNTER]),
)
_BUSY = select(Ticket).where(*_AT_COUNTER)
_BUSY_CODE = select(Ticket.code, Ticket.status).where(*_AT_COUNTER).limit(1)
_COUNTER_QUEUES = (
    select(Queue)
    .join(CounterQueue, CounterQueue.queue_id == Queue.id)
    .where(CounterQueue.counter_id == bindparam("counter_id"), Queue.active.is_(True))
    .order_by(Queue.id)
)
_COUNT_CALL = (
    update(QueueDayCalls)
    .where(QueueDayCalls.queue_id == bindparam("in_queue"), QueueDayCalls.service_day == bindparam("on_day"))
    .values(normal_streak=bindparam("streak"), calls=QueueDayCalls.calls + 1)
)
_MARK_CALLED = (
    update(Ticket)
    .where(Ticket.id == bindparam("ticket_id"), Ticket.status == Status.WAITING.value)
    .values(
        status=Status.CALLED.value,
        called_at=bindparam("now"),
        serving_at=None,
        counter_id=bindparam("counter_id"),
        officer=bindparam("officer"),
        recall_count=0,
    )
    .returning(Ticket)
    .execution_options(synchronize_session=False, populate_existing=True)
)


def _lock_call_states(session: Session, queue_ids: list[int], day: date) -> dict[int, int]:
    """Each queue's regular-call streak for ``day``, its row locked; the rows are made on a
    queue's first call of the day."""
    params = {"queue_ids": queue_ids, "day": day}
    rows: dict[int, int] = {queue_id: streak for queue_id, streak in core_rows(session, _CALL_STATES, params)}
    missing = [q for q in queue_ids if q not in rows]
    if not missing:
        return rows
    for queue_id in missing:
        session.execute(
            session_insert(session, QueueDayCalls)
            .values(queue_id=queue_id, service_day=day, normal_streak=0, calls=0)
            .on_conflict_do_nothing(index_elements=[QueueDayCalls.queue_id, QueueDayCalls.service_day])
        )
    return {queue_id: streak for queue_id, streak in core_rows(session, _CALL_STATES, params)}


def _head(session: Session, query: _HeadQuery, queue_id: int, day: date) -> Candidate | None:
    row = core_rows(session, query, {"queue_id": queue_id, "day": day}).first()
    return None if row is None else Candidate(row[0], row[1], row[2], row[3], row[4])


def _reserved_head(session: Session, counter: Counter, day: date) -> Ticket | None:
    # Most calls find none: ask for the id alone and load the row only when there is one.
    ticket_id = core_rows(session, _RESERVED_HEAD, {"counter_id": counter.id, "day": day}).scalar()
    return None if ticket_id is None else session.get(Ticket, ticket_id)


def _choices(
    session: Session, queues: list[Queue], streaks: dict[int, int], day: date, now: datetime, office: Office
) -> dict[str, Choice]:
    found: dict[str, Choice] = {}
    for queue in queues:
        choice = choose(
            policy_of(queue),
            front=_head(session, _FRONT_HEAD, queue.id, day),
            priority=_head(session, _PRIORITY_HEAD, queue.id, day),
            normal=_head(session, _NORMAL_HEAD, queue.id, day),
            normal_streak=streaks[queue.id],
            now=now,
            labels=office.labels,
        )
        if choice is not None:
            found[queue.letter] = choice
    return found


def counter_ticket(session: Session, counter: Counter, day: date) -> Ticket | None:
    """The ticket a counter is busy with today (called or being served), if any."""
    return session.scalars(_BUSY, {"counter_id": counter.id, "day": day}).first()


def call_next(
    target: Database | Session, counter_number: int, *, office: Office, now: datetime, officer: str | None = None
) -> CallResult | None:
    """Call the next ticket for counter ``counter_number``; None when nobody is waiting.

    Refuses (CounterUnavailable) when the counter is closed or still has a called or serving
    ticket: staff finish, skip or hold it first, so no visitor is dropped silently.
    """
    day = office.service_day(now)

    def work(session: Session) -> CallResult | None:
        counter = get_counter(session, counter_number, lock=True)
        if not counter.is_open:
            raise CounterUnavailable(
                f"{counter.name} sedang tutup; masuk kembali di loket ini untuk membukanya.",
                f"{counter.name} is closed; sign in at this counter again to open it.",
            )
        busy = core_rows(session, _BUSY_CODE, {"counter_id": counter.id, "day": day}).first()
        if busy is not None:
            code, status = busy
            state_id, state_en = STATUS_LABELS[Status(status)]
            raise CounterUnavailable(
                f"{counter.name} masih menangani {code} ({state_id}); selesaikan, lewati, "
                "atau tunda dulu sebelum memanggil berikutnya.",
                f"{counter.name} still has {code} ({state_en}); complete, skip or hold it "
                "before calling the next one.",
            )
        reserved = _reserved_head(session, counter, day)
        if reserved is not None:
            return _call_reserved(session, reserved, counter, office=office, now=now, officer=officer)
        queues = list(session.scalars(_COUNTER_QUEUES, {"counter_id": counter.id}))
        if not queues:
            raise CounterUnavailable(
                f"{counter.name} belum melayani antrean apa pun.",
                f"{counter.name} serves no queue yet.",
            )
        queue_ids = [q.id for q in queues]
        streaks = _lock_call_states(session, queue_ids, day)
        for _attempt in range(_ATTEMPTS):
            picked = pick_across_queues(_choices(session, queues, streaks, day, now, office))
            if picked is None:
                return None
            letter, choice = picked
            ticket = _mark_called(session, choice.candidate.ticket_id, counter, now=now, officer=officer)
            if ticket is not None:
                break
        else:
            raise _queue_changed()
        queue = next(q for q in queues if q.letter == letter)
        spec = policy_of(queue)
        streak = next_streak(spec, choice.candidate, streaks[queue.id])
        core_rows(session, _COUNT_CALL, {"in_queue": queue.id, "on_day": day, "streak": streak})
        return _called(
            session, ticket, queue, counter, choice, spec.kind.value, office=office, now=now, officer=officer
        )

    return in_write(target, work)


def _queue_changed() -> QueueError:
    return QueueError(
        "Antrean sedang berubah; silakan panggil sekali lagi.",
        "The queue changed while calling; please call again.",
    )


def _mark_called(
    session: Session, ticket_id: int, counter: Counter, *, now: datetime, officer: str | None
) -> Ticket | None:
    """The ticket, now called; None when it stopped waiting since it was read."""
    params = {"ticket_id": ticket_id, "now": now, "counter_id": counter.id, "officer": officer}
    return session.scalars(_MARK_CALLED, params).first()


def _call_reserved(
    session: Session, ticket: Ticket, counter: Counter, *, office: Office, now: datetime, officer: str | None
) -> CallResult:
    # The row is locked (FOR UPDATE) and was waiting, so this should never miss; if it does,
    # refuse like any other race rather than announce a call that did not happen.
    called = _mark_called(session, ticket.id, counter, now=now, officer=officer)
    if called is None:
        raise _queue_changed()
    ticket = called
    queue = session.get(Queue, ticket.current_queue_id)
    assert queue is not None
    choice = Choice(
        candidate(ticket),
        f"dipindahkan ke {counter.name} (didahulukan di loket ini)",
        f"transferred to {counter.name} (called first at this counter)",
    )
    # The queue's ratio state is left alone: this call was not the queue's turn.
    return _called(session, ticket, queue, counter, choice, "transfer", office=office, now=now, officer=officer)


def _called(
    session: Session,
    ticket: Ticket,
    queue: Queue,
    counter: Counter,
    choice: Choice,
    policy: str,
    *,
    office: Office,
    now: datetime,
    officer: str | None,
) -> CallResult:
    view = ticket_view(session, ticket, office, now)
    record_event(
        session,
        "called",
        at=now,
        ticket=ticket,
        queue=queue.letter,
        counter=counter,
        officer=officer,
        from_status=Status.WAITING.value,
        to_status=Status.CALLED.value,
        payload={
            "service": view.service_number,
            "service_title": view.service_title,
            "priority": ticket.priority,
            "policy": policy,
            "reason_id": choice.reason_id,
            "reason_en": choice.reason_en,
        },
    )
    return CallResult(
        ticket=view,
        counter_number=counter.number,
        counter_name=counter.name,
        reason_id=choice.reason_id,
        reason_en=choice.reason_en,
        policy=policy,
    )
