"""The display's feed in-process: today's calls at start, new calls spoken once, stale ones only
shown, and the database going away and coming back."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from kiosk.clock import parse_instant
from kiosk.display.board import ShownCall
from kiosk.display.feed import DisplayFeed, FeedUpdate
from kiosk.queue import issue_ticket
from kiosk.queue.states import Action
from kiosk.staff.desk import start_desk
from tests.display.processes import NOW
from tests.staff.hall import PINS, Hall


class Recorder:
    def __init__(self) -> None:
        self.said: list[ShownCall] = []
        self.updates: list[FeedUpdate] = []
        self.changed = threading.Condition()

    def announce(self, call: ShownCall) -> bool:
        with self.changed:
            self.said.append(call)
        return True

    def on_update(self, update: FeedUpdate) -> None:
        with self.changed:
            self.updates.append(update)
            self.changed.notify_all()

    def wait(self, predicate: Any, timeout: float = 15.0) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: predicate(self), timeout), (self.said, self.updates[-3:])


class MovableClock:
    def __init__(self) -> None:
        self.now = parse_instant(NOW)

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now


def _feed(hall: Hall, rec: Recorder, clock: MovableClock, url: str | None = None) -> DisplayFeed:
    return DisplayFeed(url or hall.db.url, hall.office, clock, on_update=rec.on_update, announcer=rec,
                       poll_timeout=0.2, stale_after=timedelta(minutes=2))


def test_board_starts_with_todays_calls_and_speaks_only_new_ones(hall: Hall) -> None:
    clock = MovableClock()
    codes = [issue_ticket(hall.db, 50, office=hall.office, now=clock.now).code for _ in range(4)]
    desk = start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=2, terminal="t", clock=clock)
    desk.call_next()
    desk.act(Action.COMPLETE, codes[0])
    rec = Recorder()
    feed = _feed(hall, rec, clock)
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        first = rec.updates[-1]
        assert [(c.code, c.counter_name) for c in first.calls] == [(codes[0], "Loket 2")]
        assert {w.letter: w.waiting for w in first.waiting} == {"A": 3, "B": 0}
        desk.call_next()
        rec.wait(lambda r: len(r.said) == 1)
        rec.wait(lambda r: {w.letter: w.waiting for w in r.updates[-1].waiting}["A"] == 2)
        assert [c.code for c in rec.updates[-1].calls] == [codes[1], codes[0]]
        desk.act(Action.RECALL, codes[1])
        rec.wait(lambda r: len(r.said) == 2)
        assert [(c.code, c.recall) for c in rec.said] == [(codes[1], False), (codes[1], True)]
        assert [c.code for c in rec.updates[-1].calls] == [codes[1], codes[0]]  # shown once, on top
    finally:
        feed.stop()


def test_a_call_that_arrives_stale_is_shown_but_not_spoken(hall: Hall) -> None:
    clock = MovableClock()
    code = issue_ticket(hall.db, 50, office=hall.office, now=clock.now).code
    rec = Recorder()
    feed = _feed(hall, rec, clock)
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        clock.now += timedelta(minutes=5)  # the display only hears of it five minutes late
        desk_clock = MovableClock()
        desk = start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=1, terminal="t",
                          clock=desk_clock)
        desk.call_next()
        rec.wait(lambda r: r.updates[-1].calls and r.updates[-1].calls[0].code == code)
        assert rec.said == []
    finally:
        feed.stop()


@pytest.mark.expect_warnings(r"display feed lost the database \(database_unreachable\)")
def test_the_display_survives_the_database_dropping_its_connections(hall: Hall) -> None:
    if hall.db.is_sqlite:
        pytest.skip("a local SQLite file has no server to lose; the PostgreSQL server does")
    clock = MovableClock()
    codes = [issue_ticket(hall.db, 50, office=hall.office, now=clock.now).code for _ in range(2)]
    rec = Recorder()
    feed = _feed(hall, rec, clock, url=hall.db.url + "&application_name=mpp-display-test")
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        admin = create_engine(hall.db.url.split("?")[0], isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            killed = conn.execute(text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = 'mpp-display-test'")).scalar()
        admin.dispose()
        assert killed and killed >= 1
        desk = start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=1, terminal="t", clock=clock)
        desk.call_next()
        rec.wait(lambda r: [c.code for c in r.said] == [codes[0]])
        assert any(not u.connected for u in rec.updates)  # the board said it had lost the server
        assert rec.updates[-1].connected
        assert feed.reconnects >= 1
        desk.act(Action.COMPLETE, codes[0])
        desk.call_next()
        rec.wait(lambda r: [c.code for c in r.said] == codes)
    finally:
        feed.stop()


def test_a_named_display_reports_in_to_the_console(hall: Hall) -> None:
    from kiosk.terminals import list_terminals

    clock = MovableClock()
    rec = Recorder()
    feed = DisplayFeed(hall.db.url, hall.office, clock, on_update=rec.on_update, poll_timeout=0.2,
                       terminal="Layar-Ruang-Tunggu")
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        seen = {t.name: t for t in list_terminals(hall.db)}
        assert seen["Layar-Ruang-Tunggu"].role == "display"
        assert seen["Layar-Ruang-Tunggu"].last_seen == clock.now
    finally:
        feed.stop()


def test_transfers_no_shows_and_holds_update_the_board_at_once(hall: Hall) -> None:
    """A ticket sent to another counter shows once, at its new counter; a no-show or a ticket put
    on hold leaves the big number at once; "now serving" follows each counter."""
    clock = MovableClock()
    codes = [issue_ticket(hall.db, 50, office=hall.office, now=clock.now).code for _ in range(3)]
    budi = start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=1, terminal="t1", clock=clock)
    ani = start_desk(hall.db, hall.office, code="ani", pin=PINS["ANI"], counter=4, terminal="t4", clock=clock)
    rec = Recorder()
    feed = _feed(hall, rec, clock)
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        budi.call_next()
        rec.wait(lambda r: [(c.code, c.counter_name) for c in r.updates[-1].serving] == [(codes[0], "Loket 1")])
        budi.transfer(codes[0], "B")  # to the consultation line that counter 4 calls
        rec.wait(lambda r: r.updates[-1].calls == () and r.updates[-1].serving == ())
        ani.call_next()
        rec.wait(lambda r: [(c.code, c.counter_name) for c in r.updates[-1].calls] == [(codes[0], "Loket 4")])
        budi.call_next()
        rec.wait(lambda r: [c.code for c in r.updates[-1].calls] == [codes[1], codes[0]])
        assert [(c.counter_name, c.code) for c in rec.updates[-1].serving] == [("Loket 1", codes[1]),
                                                                               ("Loket 4", codes[0])]
        budi.act(Action.SKIP, codes[1])
        rec.wait(lambda r: [c.code for c in r.updates[-1].calls] == [codes[0]])
        assert [c.counter_name for c in rec.updates[-1].serving] == ["Loket 4"]
        ani.act(Action.COMPLETE, codes[0])  # done: the counter is free, the call stays in the recent list
        rec.wait(lambda r: r.updates[-1].serving == ())
        assert [c.code for c in rec.updates[-1].calls] == [codes[0]]
    finally:
        feed.stop()
    # A display started now rebuilds the same board from today's events.
    again = Recorder()
    late = _feed(hall, again, clock)
    late.start()
    try:
        again.wait(lambda r: r.updates and r.updates[-1].connected)
        assert [c.code for c in again.updates[-1].calls] == [codes[0]] and again.updates[-1].serving == ()
    finally:
        late.stop()


def test_a_zone_display_shows_and_says_only_its_queues(hall: Hall) -> None:
    clock = MovableClock()
    general = issue_ticket(hall.db, 50, office=hall.office, now=clock.now).code
    budi = start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=1, terminal="t1", clock=clock)
    rec = Recorder()
    feed = DisplayFeed(hall.db.url, hall.office, clock, on_update=rec.on_update, announcer=rec, poll_timeout=0.2,
                       zone=frozenset({"B"}))
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        assert [w.letter for w in rec.updates[-1].waiting] == ["B"]
        budi.call_next()
        budi.transfer(general, "B")
        ani = start_desk(hall.db, hall.office, code="ani", pin=PINS["ANI"], counter=4, terminal="t4", clock=clock)
        ani.call_next()
        rec.wait(lambda r: [c.code for c in r.updates[-1].calls] == [general])
        assert [(c.code, c.counter_name) for c in rec.said] == [(general, "Loket 4")]  # not its call at Loket 1
    finally:
        feed.stop()


def test_a_display_set_to_an_agency_follows_the_queues_that_call_its_services(hall: Hall) -> None:
    from datetime import datetime

    from kiosk.catalog.demo import demo_hall_json
    from kiosk.catalog.importer import read_files
    from kiosk.catalog.store import store
    from kiosk.display.zone import queues_of_agencies
    from kiosk.queue import add_queue
    from tests.support.actors import SETUP, SETUP_TIME

    with hall.db.write() as session:
        store(session, read_files([("hall.json", demo_hall_json(2, 2).encode())]),
              datetime.fromisoformat("2026-11-24T07:00:00+07:00"))
    civil = "Dinas Kependudukan dan Pencatatan Sipil"  # service 1002
    assert queues_of_agencies(hall.db, [civil]) == {"A"}  # routed by nobody: the fallback queue
    add_queue(hall.db, "K", "Kependudukan", services=[1002], actor=SETUP, now=SETUP_TIME)
    assert queues_of_agencies(hall.db, [civil.upper()]) == {"K"}
    assert queues_of_agencies(hall.db, ["DPMPTSP Kabupaten Purwakarta"]) == {"A"}
    clock = MovableClock()
    rec = Recorder()
    feed = DisplayFeed(hall.db.url, hall.office, clock, on_update=rec.on_update, announcer=rec, poll_timeout=0.2,
                       agencies=(civil,))
    feed.start()
    try:
        rec.wait(lambda r: r.updates and r.updates[-1].connected)
        assert [w.letter for w in rec.updates[-1].waiting] == ["K"]
    finally:
        feed.stop()
