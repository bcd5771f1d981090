"""Queue tables: queues, counters, tickets, the per-day number and call state, and events."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.storage.base import Base, UtcDateTime


class Queue(Base):
    """A line of people with a letter prefix (A, B, ...), serving one or more services."""

    __tablename__ = "queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    # The queue for every active service that no other queue names, so services imported later
    # get tickets without anyone editing the queue layout.
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    policy: Mapped[str] = mapped_column(String(20), default="ratio")
    ratio_normal: Mapped[int] = mapped_column(Integer, default=2)
    priority_weight: Mapped[float] = mapped_column(Float, default=2.0)
    transfer_rule: Mapped[str] = mapped_column(String(20), default="by_issue_time")
    max_recalls: Mapped[int] = mapped_column(Integer, default=2)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    services: Mapped[list[QueueService]] = relationship(cascade="all, delete-orphan", order_by="QueueService.id")


class QueueService(Base):
    """A service explicitly routed to a queue; each service belongs to at most one queue."""

    __tablename__ = "queue_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queue.id", ondelete="CASCADE"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), unique=True)


class Counter(Base):
    """A *loket*: a desk with a number and a name that calls from one or more queues."""

    __tablename__ = "counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(60))
    is_open: Mapped[bool] = mapped_column(Boolean, default=False)

    queues: Mapped[list[CounterQueue]] = relationship(cascade="all, delete-orphan", order_by="CounterQueue.queue_id")


class CounterQueue(Base):
    __tablename__ = "counter_queue"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id", ondelete="CASCADE"), primary_key=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queue.id", ondelete="CASCADE"), primary_key=True)


class QueueDayNumber(Base):
    """The last number handed out per queue and service day.

    Incremented with an upsert that holds the row lock until commit, so numbers are gap-free
    and unique without ``max()+1`` races; a new service day simply starts a new row.
    """

    __tablename__ = "queue_day_number"

    queue_id: Mapped[int] = mapped_column(ForeignKey("queue.id", ondelete="CASCADE"), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class QueueDayCalls(Base):
    """Per queue and day: the row every caller of the queue locks, and the ratio policy's state.

    Kept apart from ``queue_day_number`` so issuing and calling never wait for each other.
    """

    __tablename__ = "queue_day_calls"

    queue_id: Mapped[int] = mapped_column(ForeignKey("queue.id", ondelete="CASCADE"), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    normal_streak: Mapped[int] = mapped_column(Integer, default=0)
    calls: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Base):
    """One visitor's place. ``queue_id`` numbered it (and never changes, so a transferred
    ticket keeps its code); ``current_queue_id`` is the line it stands in now."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("queue_id", "service_day", "number"),
        # The heads of each line: waiting tickets of one queue and day, front lane first.
        Index("ix_ticket_line", "current_queue_id", "service_day", "status", "lane", "rank_at"),
        Index("ix_ticket_finished", "current_queue_id", "finished_at", "status"),
        Index("ix_ticket_reserved", "reserved_counter_id", "service_day", "status"),
        Index("ix_ticket_counter", "counter_id", "service_day", "status"),
        Index("ix_ticket_print_state", "print_state", "issued_at"),
        Index("ix_ticket_request_key", "request_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    queue_id: Mapped[int] = mapped_column(ForeignKey("queue.id"))
    current_queue_id: Mapped[int] = mapped_column(ForeignKey("queue.id"))
    service_day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(12))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("service_version.id"))
    priority: Mapped[str | None] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(12))
    # Order in the line: lane 0 holds tickets transferred "to the front", then rank_at, then id.
    lane: Mapped[int] = mapped_column(Integer, default=1)
    rank_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    serving_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    # Set by a transfer to a counter: only that counter calls the ticket, before its own lines.
    reserved_counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    officer: Mapped[str | None] = mapped_column(String(60))
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    checklist: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    print_state: Mapped[str] = mapped_column(String(12))
    print_error: Mapped[str | None] = mapped_column(Text)
    terminal: Mapped[str | None] = mapped_column(String(100))
    # One applicant's request (a kiosk visit): asking again after an error returns the same ticket.
    request_key: Mapped[str | None] = mapped_column(String(64))


class Event(Base):
    """Everything that happened to a ticket or counter, in commit order.

    The table is both the audit trail (who did what, where, when) and the feed displays read;
    see :mod:`kiosk.queue.events` for why ids come out in commit order on both databases.
    """

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_ticket_id", "ticket_id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    code: Mapped[str | None] = mapped_column(String(12))
    queue: Mapped[str | None] = mapped_column(String(2))
    counter_number: Mapped[int | None] = mapped_column(Integer)
    counter_name: Mapped[str | None] = mapped_column(String(60))
    officer: Mapped[str | None] = mapped_column(String(60))
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str | None] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
