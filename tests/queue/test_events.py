"""Events reach displays in commit order, a late display catches up, and on PostgreSQL a
waiting subscriber is woken by NOTIFY."""

from __future__ import annotations

import threading
from datetime import timedelta

from kiosk.queue import (
    Office,
    act,
    add_queue,
    call_next,
    issue_ticket,
    latest_event_id,
    record_event,
    subscribe,
    transfer_ticket,
)
from kiosk.queue.states import Action
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9
from tests.support.actors import SETUP, SETUP_TIME


def test_a_display_starting_late_catches_up_in_order(hall: Database, office: Office) -> None:
    add_queue(hall, "B", "Kasir", actor=SETUP, now=SETUP_TIME)
    code = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    call_next(hall, 2, office=office, now=TUESDAY_9 + timedelta(minutes=1), officer="198701")
    transfer_ticket(hall, code, "B", office=office, now=TUESDAY_9 + timedelta(minutes=5), counter=2)
    with subscribe(hall, after_id=0) as feed:
        seen = feed.poll(timeout=0)
    assert [(e.kind, e.code, e.queue) for e in seen] == [
        ("issued", "A-001", "A"),
        ("called", "A-001", "A"),
        ("transferred", "A-001", "B"),
    ]
    called = seen[1]
    assert (called.counter_number, called.counter_name, called.officer) == (2, "Loket 2", "198701")
    assert called.payload["reason_id"].startswith("reguler")
    assert seen[2].payload == {"from_queue": "A", "to_queue": "B", "rule": "by_issue_time"}
    assert [e.id for e in seen] == sorted(e.id for e in seen)


def test_a_subscriber_only_gets_what_is_new(hall: Database, office: Office) -> None:
    issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    mark = latest_event_id(hall)
    with subscribe(hall, after_id=mark) as feed:
        assert feed.poll(timeout=0) == []
        issue_ticket(hall, 50, office=office, now=TUESDAY_9)
        fresh = feed.poll(timeout=0)
        assert [e.code for e in fresh] == ["A-002"]
        assert feed.poll(timeout=0) == []


def test_a_waiting_subscriber_wakes_when_a_ticket_is_called(hall: Database, office: Office) -> None:
    issue_ticket(hall, 50, office=office, now=TUESDAY_9)

    def counter_calls() -> None:
        call_next(hall, 1, office=office, now=TUESDAY_9)

    with subscribe(hall, after_id=latest_event_id(hall)) as feed:
        caller = threading.Timer(0.3, counter_calls)
        caller.start()
        # Waits on LISTEN (PostgreSQL) or polls (SQLite); either way the call arrives.
        got = feed.poll(timeout=30)
        caller.join()
    assert [(e.kind, e.code, e.counter_name) for e in got] == [("called", "A-001", "Loket 1")]


def test_an_event_committed_later_never_gets_an_id_below_one_already_seen(hall: Database, office: Office) -> None:
    """Two writers overlap: the second must neither commit nor take its id before the first
    commits, or a display that saw the second would skip the first forever."""
    done = threading.Event()

    def second_writer() -> None:
        with hall.write() as session:
            record_event(session, "second", at=TUESDAY_9)
        done.set()

    with subscribe(hall, after_id=0) as feed:
        first = hall.write()
        session = first.__enter__()
        record_event(session, "first", at=TUESDAY_9)
        writer = threading.Thread(target=second_writer)
        writer.start()
        writer.join(timeout=1.0)
        assert not done.is_set(), "the second writer went ahead while the first was still open"
        assert feed.poll(timeout=0) == []
        first.__exit__(None, None, None)
        writer.join(timeout=30)
        assert done.is_set()
        seen = feed.poll(timeout=0)
    assert [e.kind for e in seen] == ["first", "second"]
    assert seen[0].id < seen[1].id


def test_completed_service_shows_on_the_feed_with_counter(hall: Database, office: Office) -> None:
    code = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    call_next(hall, 3, office=office, now=TUESDAY_9)
    mark = latest_event_id(hall)
    act(hall, code, Action.COMPLETE, office=office, now=TUESDAY_9 + timedelta(minutes=7))
    with subscribe(hall, after_id=mark) as feed:
        (done,) = feed.poll(timeout=0)
    assert (done.kind, done.from_status, done.to_status) == ("completed", "called", "done")
    assert done.counter_name == "Loket 3"
    assert done.at == TUESDAY_9 + timedelta(minutes=7)
