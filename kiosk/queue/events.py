"""Publishing what happens in the hall, and following it from displays and staff screens.

Every change writes one row to the ``event`` table in the same transaction as the change, so an
event exists exactly when its change does. Subscribers keep the last id they have seen and read
everything after it; that is also how a display that starts late catches up.

Ids must reach subscribers in commit order, or a subscriber that has seen id 11 would never look
back for id 10 committed a moment later:

* SQLite serialises writers (every write transaction is ``BEGIN IMMEDIATE``), so ids are handed
  out in commit order by construction.
* On PostgreSQL a sequence value taken by one transaction can be overtaken by another that
  commits first. Each writer therefore takes a transaction-level advisory lock just before it
  inserts its event; the lock is released only after the commit is visible, so the next writer's
  id is both larger and later. Only the tail of the transaction (event insert, commit) is
  serialised; queue operations write their event as their last statement. The writer also
  ``NOTIFY``s channel ``mpp_events`` with the id, delivered at commit, so a subscriber blocked in
  ``LISTEN`` wakes at once instead of polling.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from kiosk.queue.models import Counter, Event, Ticket
from kiosk.queue.transactions import core_rows
from kiosk.storage import Database

CHANNEL = "mpp_events"
# pg_advisory_xact_lock key: "MPPE" in ASCII, so it is recognisable in pg_locks.
EVENT_LOCK_KEY = 0x4D505045
SQLITE_POLL_SECONDS = 0.15
_EVENTS = cast(Table, Event.__table__)
_INSERT_EVENT = insert(_EVENTS)
_INSERT_EVENT_ID = _INSERT_EVENT.returning(_EVENTS.c.id)
_EVENT_LOCK = text("SELECT pg_advisory_xact_lock(:key)")
_NOTIFY = text("SELECT pg_notify(:channel, :payload)")


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    ticket_id: int | None
    code: str | None
    queue: str | None
    counter_number: int | None
    counter_name: str | None
    officer: str | None
    from_status: str | None
    to_status: str | None
    at: datetime
    payload: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


def _view(row: Event) -> EventView:
    return EventView(
        id=row.id,
        kind=row.kind,
        ticket_id=row.ticket_id,
        code=row.code,
        queue=row.queue,
        counter_number=row.counter_number,
        counter_name=row.counter_name,
        officer=row.officer,
        from_status=row.from_status,
        to_status=row.to_status,
        at=row.at,
        payload=dict(row.payload or {}),
    )


def record_event(
    session: Session,
    kind: str,
    *,
    at: datetime,
    ticket: Ticket | None = None,
    queue: str | None = None,
    counter: Counter | None = None,
    officer: str | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Write one event in ``session``'s transaction (call it last; see the module notes).

    A Core insert rather than an ORM object: nothing reads the row back, and it is written on
    every call and issue, where a unit-of-work flush costs more than the insert itself.
    """
    is_postgres = session.get_bind().dialect.name == "postgresql"
    if is_postgres:
        session.execute(_EVENT_LOCK, {"key": EVENT_LOCK_KEY})
    values = {
        "kind": kind,
        "ticket_id": ticket.id if ticket is not None else None,
        "code": ticket.code if ticket is not None else None,
        "queue": queue,
        "counter_number": counter.number if counter is not None else None,
        "counter_name": counter.name if counter is not None else None,
        "officer": officer,
        "from_status": from_status,
        "to_status": to_status,
        "at": at,
        "payload": payload or {},
    }
    if not is_postgres:
        # SQLite: ids are in commit order by construction and nobody is notified.
        core_rows(session, _INSERT_EVENT, values)
        return
    event_id = core_rows(session, _INSERT_EVENT_ID, values).scalar_one()
    session.execute(_NOTIFY, {"channel": CHANNEL, "payload": str(event_id)})


def latest_event_id(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.coalesce(func.max(Event.id), 0))) or 0)


def events_after(db: Database, after_id: int, limit: int = 1000) -> list[EventView]:
    with db.read() as session:
        rows = session.scalars(select(Event).where(Event.id > after_id).order_by(Event.id).limit(limit))
        return [_view(r) for r in rows]


def ticket_history(session: Session, ticket_id: int) -> list[EventView]:
    rows = session.scalars(select(Event).where(Event.ticket_id == ticket_id).order_by(Event.id))
    return [_view(r) for r in rows]


class Subscription:
    """Events after ``after_id`` as they are committed.

    ``poll(timeout)`` returns what is new, waiting up to ``timeout`` seconds for something to
    arrive; iterating yields events forever. On PostgreSQL the wait is a ``LISTEN`` on its own
    autocommit connection (``LISTEN`` is set up before the first read, so nothing committed in
    between is missed); on SQLite the table is read every ``SQLITE_POLL_SECONDS``.
    """

    def __init__(self, db: Database, after_id: int = 0, *, batch: int = 1000) -> None:
        self.db = db
        self.last_id = after_id
        self.batch = batch
        self._listener: Any = None
        if not db.is_sqlite:
            import psycopg

            args, params = db.engine.dialect.create_connect_args(db.engine.url)
            params.pop("context", None)
            self._listener = psycopg.connect(*args, **params, autocommit=True)
            self._listener.execute(f"LISTEN {CHANNEL}")

    def _fetch(self) -> list[EventView]:
        found = events_after(self.db, self.last_id, self.batch)
        if found:
            self.last_id = found[-1].id
        return found

    def poll(self, timeout: float = 0.0) -> list[EventView]:
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            found = self._fetch()
            remaining = deadline - time.monotonic()
            if found or remaining <= 0:
                return found
            if self._listener is not None:
                for _note in self._listener.notifies(timeout=remaining, stop_after=1):
                    break
            else:
                time.sleep(min(SQLITE_POLL_SECONDS, remaining))

    def __iter__(self) -> Iterator[EventView]:
        while True:
            yield from self.poll(timeout=5.0)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def __enter__(self) -> Subscription:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def subscribe(db: Database, after_id: int = 0) -> Subscription:
    return Subscription(db, after_id)
