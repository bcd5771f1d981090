"""An officer's day at the desk, through the same Desk object the staff screen uses."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kiosk import audit
from kiosk.complaints import list_complaints, record_complaint
from kiosk.files import accept_file, list_files
from kiosk.queue import (
    CounterUnavailable,
    ForgedToken,
    IllegalTransition,
    MalformedToken,
    hall_overview,
    issue_ticket,
    list_counters,
    sign_ticket,
)
from kiosk.queue.states import Action
from kiosk.staff import SignInRefused, StaffError, open_sessions, sign_in
from kiosk.staff.desk import Desk, start_desk
from tests.staff.hall import PINS, Hall, at


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock(at("2026-11-24 08:00"))


def _desk(hall: Hall, clock: Clock, code: str = "budi", counter: int = 1) -> Desk:
    return start_desk(hall.db, hall.office, code=code, pin=PINS[code.upper()], counter=counter,
                      terminal=f"Loket-PC-{counter}", clock=clock)


def _issue(hall: Hall, clock: Clock, priority: str | None = None, checklist: dict[int, str] | None = None) -> str:
    return issue_ticket(hall.db, 50, office=hall.office, now=clock(), priority=priority,
                        checklist=checklist).code  # type: ignore[arg-type]


def test_a_full_day_at_the_desk(hall: Hall, clock: Clock) -> None:
    a1 = _issue(hall, clock, checklist={1: "ada", 2: "belum"})
    clock.advance(1)
    a2 = _issue(hall, clock, priority="lansia")
    clock.advance(1)
    a3 = _issue(hall, clock)
    clock.advance(10)
    desk = _desk(hall, clock)
    assert [c.is_open for c in list_counters(hall.db) if c.number == 1] == [True]

    first = desk.call_next()
    assert first is not None and first.ticket.code == a1
    assert first.reason_id  # the policy's reason is shown on screen
    opened = desk.describe(first.ticket)
    assert opened.waited == timedelta(minutes=12)
    assert [(line.order, line.answer) for line in opened.checklist[:3]] == [(1, "ada"), (2, "belum"), (3, None)]
    clock.advance(1)
    assert desk.act(Action.RECALL, a1).ticket.recall_count == 1
    desk.act(Action.SERVE, a1)
    clock.advance(5)
    f = accept_file(hall.db, desk.actor, clock(), hall.calendar, service_number=50, applicant_name="Siti",
                    ticket_code=a1)
    desk.act(Action.COMPLETE, a1)
    assert desk.current() is None

    second = desk.call_next()
    assert second is not None and second.ticket.code == a2  # lansia: issued before the next regular ticket
    desk.transfer(a2, "B")
    third = desk.call_next()
    assert third is not None and third.ticket.code == a3
    desk.act(Action.SKIP, a3)
    assert desk.call_next() is None
    record_complaint(hall.db, desk.actor, clock(), hall.calendar, channel="counter", matter="Antrean lama",
                     complainant_name="Siti")
    desk.sign_out()

    assert [c.is_open for c in list_counters(hall.db) if c.number == 1] == [False]
    assert open_sessions(hall.db) == []
    assert [x.tracking_number for x in list_files(hall.db)] == [f.tracking_number]
    assert len(list_complaints(hall.db)) == 1
    log = list(reversed(audit.entries(hall.db, actor="BUDI")))
    assert [e.action for e in log] == [
        "staff.sign_in", "queue.call_next", "queue.recall", "queue.serve", "files.accept", "queue.complete",
        "queue.call_next", "queue.transfer", "queue.call_next", "queue.skip", "queue.call_next",
        "complaint.record", "staff.sign_out",
    ]
    assert {(e.terminal, e.counter) for e in log} == {("Loket-PC-1", "1")}
    assert [e.subject for e in log if e.action == "queue.call_next"] == [f"ticket:{a1}", f"ticket:{a2}",
                                                                          f"ticket:{a3}", None]
    overview = hall_overview(hall.db, office=hall.office, now=clock())
    assert {q.letter: q.waiting for q in overview.queues} == {"A": 0, "B": 1}


def test_a_refused_queue_action_is_not_recorded(hall: Hall, clock: Clock) -> None:
    code = _issue(hall, clock)
    desk = _desk(hall, clock)
    before = audit.entries(hall.db)
    with pytest.raises(IllegalTransition):
        desk.act(Action.COMPLETE, code)  # still waiting: never called
    assert audit.entries(hall.db) == before


def test_scanning_the_qr_opens_the_ticket_and_a_forged_one_is_refused_and_recorded(hall: Hall, clock: Clock) -> None:
    ticket = issue_ticket(hall.db, 50, office=hall.office, now=clock())
    desk = _desk(hall, clock)
    assert desk.open_ticket(ticket.token).ticket.code == ticket.code
    assert desk.open_ticket(ticket.code.lower()).ticket.id == ticket.id
    forged = ticket.token[:-1] + ("A" if ticket.token[-1] != "A" else "B")
    with pytest.raises(ForgedToken):
        desk.open_ticket(forged)
    other_office = sign_ticket(ticket.id, "6e" * 32)
    with pytest.raises(Exception, match="another office"):
        desk.open_ticket(other_office)
    with pytest.raises(MalformedToken):
        desk.open_ticket("MPP1.garbage")
    refused = audit.entries(hall.db, action_prefix="queue.scan_refused")
    assert [e.detail["why"] for e in refused] == ["MalformedToken", "ForeignToken", "ForgedToken"]


def test_cannot_sign_out_with_an_applicant_still_at_the_counter(hall: Hall, clock: Clock) -> None:
    code = _issue(hall, clock)
    desk = _desk(hall, clock)
    desk.call_next()
    with pytest.raises(CounterUnavailable):
        desk.sign_out()
    assert len(open_sessions(hall.db)) == 1
    desk.act(Action.HOLD, code)
    desk.sign_out()
    assert open_sessions(hall.db) == []


def test_a_desk_whose_counter_was_taken_over_can_no_longer_act(hall: Hall, clock: Clock) -> None:
    _issue(hall, clock)
    desk = _desk(hall, clock)
    sign_in(hall.db, "ani", PINS["ANI"], counter="1", terminal="other", now=clock())
    with pytest.raises(SignInRefused) as ended:
        desk.call_next()
    assert ended.value.reason == "session_ended"


def test_signing_in_at_a_counter_the_hall_does_not_have_is_refused(hall: Hall, clock: Clock) -> None:
    with pytest.raises(StaffError, match="no counter 9"):
        _desk(hall, clock, counter=9)
