"""Transfers to a counter: "please wait, loket 3 will call you next". Only that counter calls
the ticket, before anything from its own lines; everyone else passes over it; closing the
counter gives it back to its line so nobody waits for a desk that will not call."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk.queue import (
    IllegalTransition,
    Office,
    QueueError,
    act,
    add_counter,
    add_queue,
    call_next,
    get_ticket,
    hall_overview,
    issue_ticket,
    set_counter_open,
    transfer_ticket,
)
from kiosk.queue.models import Event
from kiosk.queue.states import Action
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9
from tests.support.actors import SETUP, SETUP_TIME

T = TUESDAY_9


def _issue(hall: Database, office: Office, count: int, service: int = 50) -> list[str]:
    return [issue_ticket(hall, service, office=office, now=T + timedelta(minutes=i)).code for i in range(count)]


def test_the_target_counter_calls_the_transferred_ticket_next_and_nobody_else_does(
    hall: Database, office: Office
) -> None:
    a1, a2, a3, a4 = _issue(hall, office, 4)
    first = call_next(hall, 1, office=office, now=T + timedelta(minutes=10))
    assert first is not None and first.ticket.code == a1
    moved = transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=12), counter=1, to_counter=3)
    assert moved.ticket.status == "waiting"
    assert (moved.ticket.code, moved.ticket.queue) == (a1, "A")
    assert moved.ticket.reserved_counter_name == "Loket 3"
    assert moved.ticket.ahead == 0
    assert "Loket 3 akan memanggilnya" in moved.message_id

    # Counter 2 passes over A-001 (its own line goes on), counter 3 takes it before A-003.
    second = call_next(hall, 2, office=office, now=T + timedelta(minutes=13))
    assert second is not None and second.ticket.code == a2
    third = call_next(hall, 3, office=office, now=T + timedelta(minutes=14))
    assert third is not None
    assert third.ticket.code == a1
    assert third.reason_id == "dipindahkan ke Loket 3 (didahulukan di loket ini)"
    assert third.policy == "transfer"
    # Once called, the rest of the line is counter 3's again.
    act(hall, a1, Action.COMPLETE, office=office, now=T + timedelta(minutes=20), counter=3)
    after = call_next(hall, 3, office=office, now=T + timedelta(minutes=21))
    assert after is not None and after.ticket.code == a3
    assert a4 not in {second.ticket.code, third.ticket.code, after.ticket.code}


def test_other_counters_find_nobody_while_only_a_transferred_ticket_waits(hall: Database, office: Office) -> None:
    (a1,) = _issue(hall, office, 1)
    transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=5), to_counter=2)
    assert call_next(hall, 1, office=office, now=T + timedelta(minutes=6)) is None
    assert call_next(hall, 3, office=office, now=T + timedelta(minutes=6)) is None
    called = call_next(hall, 2, office=office, now=T + timedelta(minutes=7))
    assert called is not None and called.ticket.code == a1


def test_transfers_to_one_counter_are_called_in_the_order_they_arrived(hall: Database, office: Office) -> None:
    a1, a2, a3 = _issue(hall, office, 3)
    # Sent in the order: that is the order counter 3 promised.
    transfer_ticket(hall, a3, office=office, now=T + timedelta(minutes=10), to_counter=3)
    late = transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=11), to_counter=3)
    assert late.ticket.ahead == 1
    calls = []
    for minute in (12, 13, 14):
        result = call_next(hall, 3, office=office, now=T + timedelta(minutes=minute))
        assert result is not None
        calls.append(result.ticket.code)
        act(hall, result.ticket.code, Action.COMPLETE, office=office, now=T + timedelta(minutes=minute), counter=3)
    assert calls == [a3, a1, a2]


def test_a_counter_calls_a_ticket_sent_from_a_queue_it_does_not_serve(hall: Database, office: Office) -> None:
    add_queue(hall, "B", "Kasir", services=[51], actor=SETUP, now=SETUP_TIME)
    add_counter(hall, 4, "Kasir", queues=["B"], is_open=True, actor=SETUP, now=SETUP_TIME)
    (a1,) = _issue(hall, office, 1)
    b1 = issue_ticket(hall, 51, office=office, now=T).code  # waited longer than A-001 at counter 4
    transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=5), to_counter=4)
    called = call_next(hall, 4, office=office, now=T + timedelta(minutes=6))
    assert called is not None and called.ticket.code == a1
    assert called.ticket.queue == "A", "it still stands in its own queue for counts and reports"
    act(hall, a1, Action.COMPLETE, office=office, now=T + timedelta(minutes=7), counter=4)
    nxt = call_next(hall, 4, office=office, now=T + timedelta(minutes=8))
    assert nxt is not None and nxt.ticket.code == b1


def test_a_transfer_to_a_counter_may_also_change_the_queue(hall: Database, office: Office) -> None:
    add_queue(hall, "B", "Kasir", services=[51], actor=SETUP, now=SETUP_TIME)
    (a1,) = _issue(hall, office, 1)
    moved = transfer_ticket(hall, a1, "B", office=office, now=T + timedelta(minutes=5), to_counter=2)
    assert (moved.ticket.queue, moved.ticket.reserved_counter_number) == ("B", 2)


def test_the_hall_overview_counts_transferred_tickets_and_lists_them_at_their_counter(
    hall: Database, office: Office
) -> None:
    a1, a2, a3 = _issue(hall, office, 3)
    transfer_ticket(hall, a2, office=office, now=T + timedelta(minutes=5), to_counter=3)
    hall_now = hall_overview(hall, office=office, now=T + timedelta(minutes=6))
    queue = next(q for q in hall_now.queues if q.letter == "A")
    assert queue.waiting == 3, "the TV's waiting count still includes the transferred applicant"
    assert [n.ticket.code for n in queue.next_up] == [a1, a3]
    counters = {c.number: c for c in hall_now.counters}
    assert counters[3].transferred == (a2,)
    assert counters[1].transferred == ()


def test_a_transfer_to_a_closed_counter_is_refused_and_changes_nothing(hall: Database, office: Office) -> None:
    (a1,) = _issue(hall, office, 1)
    set_counter_open(hall, 2, False, office=office, now=T)
    with pytest.raises(QueueError, match="Loket 2 sedang tutup; pilih loket yang buka"):
        transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=1), to_counter=2)
    view, history = get_ticket(hall, a1, office=office, now=T + timedelta(minutes=1))
    assert view.reserved_counter_number is None
    assert [e.kind for e in history] == ["issued"]


def test_a_transfer_to_the_counter_that_already_has_the_ticket_is_refused(hall: Database, office: Office) -> None:
    (a1,) = _issue(hall, office, 1)
    call_next(hall, 2, office=office, now=T + timedelta(minutes=1))
    with pytest.raises(IllegalTransition, match="A-001 sudah berada di Loket 2"):
        transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=2), counter=2, to_counter=2)
    transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=3), counter=2, to_counter=1)
    with pytest.raises(IllegalTransition, match="A-001 sudah berada di Loket 1"):
        transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=4), to_counter=1)


def test_an_unknown_counter_is_named_in_the_refusal(hall: Database, office: Office) -> None:
    (a1,) = _issue(hall, office, 1)
    with pytest.raises(QueueError, match="Loket 9 tidak ada; loket yang ada: 1, 2, 3"):
        transfer_ticket(hall, a1, office=office, now=T, to_counter=9)


def test_closing_the_counter_gives_its_transfers_back_to_the_front_of_their_line(
    hall: Database, office: Office
) -> None:
    a1, a2, a3 = _issue(hall, office, 3)
    transfer_ticket(hall, a3, office=office, now=T + timedelta(minutes=5), to_counter=3)
    closed = set_counter_open(hall, 3, False, office=office, now=T + timedelta(minutes=6), officer="op3")
    assert not closed.is_open
    view, history = get_ticket(hall, a3, office=office, now=T + timedelta(minutes=6))
    assert view.reserved_counter_number is None
    assert view.ahead == 0, "it waited twice already: front of its line"
    assert history[-1].kind == "released"
    called = call_next(hall, 1, office=office, now=T + timedelta(minutes=7))
    assert called is not None and called.ticket.code == a3
    with hall.read() as session:
        closing = session.scalars(select(Event).where(Event.kind == "counter_closed")).one()
        assert closing.payload["released"] == [a3]
        assert closing.officer == "op3"
    assert {a1, a2}.isdisjoint({called.ticket.code})


def test_a_held_transferred_ticket_resumes_to_the_same_counter(hall: Database, office: Office) -> None:
    a1, a2 = _issue(hall, office, 2)
    transfer_ticket(hall, a2, office=office, now=T + timedelta(minutes=5), to_counter=3)
    called = call_next(hall, 3, office=office, now=T + timedelta(minutes=6))
    assert called is not None and called.ticket.code == a2
    # The applicant goes to copy a document; counter 3 goes on meanwhile.
    held = act(hall, a2, Action.HOLD, office=office, now=T + timedelta(minutes=7), counter=3)
    assert held.ticket.reserved_counter_name == "Loket 3"
    resumed = act(hall, a2, Action.RESUME, office=office, now=T + timedelta(minutes=9), counter=3)
    assert resumed.message_id == f"{a2} kembali menunggu panggilan Loket 3."
    other = call_next(hall, 1, office=office, now=T + timedelta(minutes=10))
    assert other is not None and other.ticket.code == a1
    assert call_next(hall, 2, office=office, now=T + timedelta(minutes=10)) is None
    again = call_next(hall, 3, office=office, now=T + timedelta(minutes=11))
    assert again is not None and again.ticket.code == a2


def test_a_transfer_to_a_queue_ends_the_reservation(hall: Database, office: Office) -> None:
    add_queue(hall, "B", "Kasir", services=[51], transfer_rule="front", actor=SETUP, now=SETUP_TIME)
    add_counter(hall, 4, "Kasir", queues=["B"], is_open=True, actor=SETUP, now=SETUP_TIME)
    (a1,) = _issue(hall, office, 1)
    transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=1), to_counter=3)
    moved = transfer_ticket(hall, a1, "B", office=office, now=T + timedelta(minutes=2))
    assert (moved.ticket.queue, moved.ticket.reserved_counter_number) == ("B", None)
    assert call_next(hall, 3, office=office, now=T + timedelta(minutes=3)) is None
    called = call_next(hall, 4, office=office, now=T + timedelta(minutes=3))
    assert called is not None and called.ticket.code == a1
    # And a ticket reserved for a counter of its own queue can be sent back to that queue's line.
    (a2,) = [issue_ticket(hall, 50, office=office, now=T + timedelta(minutes=4)).code]
    transfer_ticket(hall, a2, office=office, now=T + timedelta(minutes=5), to_counter=3)
    back = transfer_ticket(hall, a2, "A", office=office, now=T + timedelta(minutes=6))
    assert back.ticket.reserved_counter_number is None


def test_a_call_of_a_transferred_ticket_leaves_the_ratio_turn_alone(hall: Database, office: Office) -> None:
    """Queue A is 2 regular : 1 priority. A transfer call is not the line's turn, so after it
    the line still owes its priority ticket the same place."""
    codes = [issue_ticket(hall, 50, office=office, now=T + timedelta(minutes=i)).code for i in range(3)]
    prio = issue_ticket(hall, 50, office=office, now=T + timedelta(minutes=5), priority="lansia").code
    for minute, counter in ((10, 1), (11, 2)):  # two regular calls: the priority ticket is next
        result = call_next(hall, counter, office=office, now=T + timedelta(minutes=minute))
        assert result is not None
    transfer_ticket(hall, codes[1], office=office, now=T + timedelta(minutes=12), counter=2, to_counter=3)
    via_transfer = call_next(hall, 3, office=office, now=T + timedelta(minutes=13))
    assert via_transfer is not None and via_transfer.ticket.code == codes[1]
    act(hall, codes[0], Action.COMPLETE, office=office, now=T + timedelta(minutes=14), counter=1)
    turn = call_next(hall, 1, office=office, now=T + timedelta(minutes=15))
    assert turn is not None and turn.ticket.code == prio


def test_a_no_show_sent_to_a_counter_that_closed_since_resumes_to_its_line(hall: Database, office: Office) -> None:
    a1, _a2 = _issue(hall, office, 2)
    transfer_ticket(hall, a1, office=office, now=T + timedelta(minutes=5), to_counter=3)
    call_next(hall, 3, office=office, now=T + timedelta(minutes=6))
    act(hall, a1, Action.SKIP, office=office, now=T + timedelta(minutes=8), counter=3)  # not there
    set_counter_open(hall, 3, False, office=office, now=T + timedelta(minutes=9))
    back = act(hall, a1, Action.RESUME, office=office, now=T + timedelta(minutes=20))  # turned up after all
    assert back.ticket.reserved_counter_number is None
    assert back.message_id == f"{a1} kembali ke antrean A di tempatnya semula."
    called = call_next(hall, 1, office=office, now=T + timedelta(minutes=21))
    assert called is not None and called.ticket.code == a1
