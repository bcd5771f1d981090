"""Following the hall from the display: today's calls at start, then every event as it commits.

Runs on its own thread and never gives up: when the database goes away the board says so, the
feed retries with a growing pause, and on return it reads everything after the last event it
saw. Calls that happened while it was away are shown but not spoken once they are stale, and
nothing that existed when the display started is ever spoken, so a restart repeats no call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Protocol

from sqlalchemy import select

from kiosk.clock import Clock
from kiosk.display.board import BOARD_KINDS, LINE_KINDS, Board, ShownCall, WaitingLine
from kiosk.display.zone import queues_of_agencies
from kiosk.faults import classify
from kiosk.queue import EventView, Office, Subscription, hall_overview, latest_event_id
from kiosk.queue.models import Event
from kiosk.storage import Database
from kiosk.terminals import beat

_LOG = logging.getLogger("kiosk.display.feed")

MAX_BACKOFF_S = 5.0


class Announcer(Protocol):
    def announce(self, call: ShownCall) -> bool: ...


@dataclass(frozen=True)
class FeedUpdate:
    calls: tuple[ShownCall, ...]
    waiting: tuple[WaitingLine, ...]
    connected: bool
    announced: tuple[ShownCall, ...] = ()
    serving: tuple[ShownCall, ...] = ()  # each counter's ticket now, by counter number


def todays_board_events(db: Database, office: Office, now: datetime) -> list[EventView]:
    """The current service day's calls and what ended them, oldest first: the board at start."""
    day = office.service_day(now)
    start = datetime.combine(day, time(0), tzinfo=office.calendar.tz)
    with db.read() as s:
        rows = s.scalars(select(Event).where(Event.kind.in_(BOARD_KINDS), Event.at >= start).order_by(Event.id)).all()
        return [
            EventView(r.id, r.kind, r.ticket_id, r.code, r.queue, r.counter_number, r.counter_name, r.officer,
                      r.from_status, r.to_status, r.at, dict(r.payload or {}))
            for r in rows
        ]


def waiting_lines(db: Database, office: Office, now: datetime, zone: frozenset[str] = frozenset()) -> list[WaitingLine]:
    overview = hall_overview(db, office=office, now=now, limit=0)
    return [WaitingLine(q.letter, q.name, q.waiting) for q in overview.queues if not zone or q.letter in zone]


class DisplayFeed:
    def __init__(
        self,
        url: str,
        office: Office,
        clock: Clock,
        *,
        on_update: Callable[[FeedUpdate], None],
        announcer: Announcer | None = None,
        recent: int = 6,
        stale_after: timedelta = timedelta(seconds=120),
        poll_timeout: float = 1.0,
        refresh_every: float = 30.0,
        terminal: str | None = None,
        zone: frozenset[str] = frozenset(),
        agencies: tuple[str, ...] = (),
    ) -> None:
        self.url = url
        self.office = office
        self.clock = clock
        self.on_update = on_update
        self.announcer = announcer
        self.stale_after = stale_after
        self.poll_timeout = poll_timeout
        self.refresh_every = refresh_every
        self.terminal = terminal  # named: the display reports in to the console's Terminals page
        self.board = Board(recent=recent, queues=zone)  # a zone's display shows its queues only
        self.agencies = agencies  # a zone by agency: resolved to queues from the layout, kept current
        self.start_mark: int | None = None
        self.reconnects = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="display-feed", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            try:
                self._follow()
                return
            except Exception as exc:  # any database or network failure: show it, wait, retry
                fault = classify(exc)
                if fault is None:  # a bug, not an outage: its traceback belongs in the log
                    _LOG.error("display feed failed; retrying", exc_info=exc)
                else:
                    _LOG.warning("display feed lost the database (%s): %s", fault.code, fault.detail)
                self._emit(connected=False)
                self.reconnects += 1
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_S)

    def _resolve_zone(self, db: Database) -> None:
        if self.agencies:
            # No queue found for them (yet): show nothing rather than the whole hall.
            self.board.queues = queues_of_agencies(db, self.agencies) or frozenset({"-"})

    def _beat(self, db: Database, now: datetime) -> None:
        if self.terminal is None:
            return
        try:
            beat(db, self.terminal, "display", now)
        except Exception as exc:  # reading calls matters more; the next refresh tries again
            fault = classify(exc)
            if fault is None:
                raise
            _LOG.warning("heartbeat skipped (%s)", fault.code)

    def _say(self, call: ShownCall, now: datetime) -> bool:
        if self.announcer is None or not Board.fresh(call, now, self.stale_after):
            return False
        return self.announcer.announce(call)

    def _emit(self, *, connected: bool, announced: tuple[ShownCall, ...] = ()) -> None:
        self.on_update(FeedUpdate(tuple(self.board.calls), tuple(self.board.waiting), connected, announced,
                                  tuple(self.board.now_serving())))

    def _follow(self) -> None:
        db = Database(self.url)
        try:
            now = self.clock()
            self._resolve_zone(db)
            if self.start_mark is None:
                mark = latest_event_id(db)
                self.board.show_history(todays_board_events(db, self.office, now))
                self.board.last_event_id = mark
                self.start_mark = mark
            with Subscription(db, after_id=self.board.last_event_id) as subscription:
                self.board.waiting = waiting_lines(db, self.office, now, self.board.queues)
                self._beat(db, now)
                self._emit(connected=True)
                refreshed = self.clock()
                while not self._stop.is_set():
                    events = subscription.poll(timeout=self.poll_timeout)
                    now = self.clock()
                    announced: list[ShownCall] = []
                    lines_changed = False
                    for event in events:
                        call = self.board.apply(event)
                        lines_changed |= event.kind in LINE_KINDS
                        if call is not None and self._say(call, now):
                            announced.append(call)
                    if lines_changed or (now - refreshed).total_seconds() >= self.refresh_every:
                        if (now - refreshed).total_seconds() >= self.refresh_every:
                            self._resolve_zone(db)  # the layout may have changed at the console
                        self.board.waiting = waiting_lines(db, self.office, now, self.board.queues)
                        if (now - refreshed).total_seconds() >= self.refresh_every:
                            self._beat(db, now)
                        refreshed = now
                    if events or lines_changed:
                        self._emit(connected=True, announced=tuple(announced))
        finally:
            db.dispose()
