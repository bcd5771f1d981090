"""People ahead and the waiting-time range a visitor reads on the ticket."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.queue import Office, act, call_next, change_queue, estimate_wait, get_ticket, issue_ticket, set_counter_open
from kiosk.queue.states import Action
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9
from tests.support.actors import SETUP, SETUP_TIME


def test_without_history_the_default_five_to_ten_minutes_per_person_is_used() -> None:
    nobody = estimate_wait(0, [], open_counters=1)
    assert (nobody.low, nobody.high, nobody.basis) == (0, 10, "default")  # the counter may be busy
    three = estimate_wait(3, [], open_counters=2)
    # 3 x 5 / 2 = 7.5 rounds down to 5; 4 x 10 / 2 = 20.
    assert (three.low, three.high) == (5, 20)


@given(
    ahead=st.integers(0, 300),
    counters=st.integers(0, 30),
    durations=st.lists(st.floats(0.1, 120), max_size=40),
)
def test_always_a_range_of_whole_five_minutes(ahead: int, counters: int, durations: list[float]) -> None:
    est = estimate_wait(ahead, durations, counters)
    assert est.low % 5 == 0 and est.high % 5 == 0
    assert 0 <= est.low < est.high
    more = estimate_wait(ahead + 1, durations, counters)
    assert more.low >= est.low and more.high >= est.high
    helped = estimate_wait(ahead, durations, counters + 1)
    assert helped.low <= est.low and helped.high <= est.high


def test_recent_service_times_and_open_counters_drive_the_estimate(hall: Database, office: Office) -> None:
    for counter in (2, 3):
        set_counter_open(hall, counter, False, office=office, now=TUESDAY_9)
    t = TUESDAY_9
    for minutes in (2, 3, 4, 5, 20):  # median 4, 80th percentile 5
        code = issue_ticket(hall, 50, office=office, now=t).code
        call_next(hall, 1, office=office, now=t)
        t += timedelta(minutes=minutes)
        act(hall, code, Action.COMPLETE, office=office, now=t)
    waiting = [issue_ticket(hall, 50, office=office, now=t) for _ in range(5)]
    fifth = waiting[-1]
    assert fifth.ahead == 4
    assert (fifth.wait_min, fifth.wait_max) == (15, 25)  # 4 x 4 = 16 -> 15; 5 x 5 = 25
    assert fifth.counters == ("Loket 1",)
    # A second counter opening halves it.
    set_counter_open(hall, 2, True, office=office, now=t)
    again, _ = get_ticket(hall, fifth.code, office=office, now=t)
    assert (again.wait_min, again.wait_max) == (5, 15)  # 16 / 2 = 8 -> 5; 25 / 2 = 12.5 -> 15


def test_people_ahead_follow_the_policy(hall: Database, office: Office) -> None:
    change_queue(hall, "A", policy="strict", actor=SETUP, now=SETUP_TIME)
    regular = issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    lansia = issue_ticket(hall, 50, office=office, now=TUESDAY_9 + timedelta(minutes=1), priority="lansia")
    assert lansia.ahead == 0, "under strict priority nobody is ahead of a priority ticket"
    regular_now, _ = get_ticket(hall, regular.code, office=office, now=TUESDAY_9 + timedelta(minutes=1))
    assert regular_now.ahead == 1
    called = call_next(hall, 1, office=office, now=TUESDAY_9 + timedelta(minutes=2))
    assert called is not None and called.ticket.code == lansia.code
    assert called.ticket.ahead is None and called.ticket.wait_min is None
