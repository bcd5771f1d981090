"""Every staff action from every ticket state: allowed moves land where the desk expects,
everything else is refused with a clear message and changes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from kiosk.queue import IllegalTransition, Office, act, add_queue, call_next, get_ticket, issue_ticket
from kiosk.queue.models import Event
from kiosk.queue.states import Action
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9, wib
from tests.support.actors import SETUP, SETUP_TIME

STATES = ["issued", "waiting", "called", "serving", "held", "done", "no_show", "cancelled"]
ACTIONS = ["admit", "recall", "serve", "complete", "skip", "hold", "resume", "cancel", "transfer"]

# Written from the issue's state diagram, not from the code's table.
EXPECTED = {
    ("admit", "issued"): "waiting",
    ("recall", "called"): "called",
    ("serve", "called"): "serving",
    ("complete", "called"): "done",
    ("complete", "serving"): "done",
    ("skip", "called"): "no_show",
    ("hold", "waiting"): "held",
    ("hold", "called"): "held",
    ("hold", "serving"): "held",
    ("resume", "held"): "waiting",
    ("resume", "no_show"): "waiting",
    ("cancel", "issued"): "cancelled",
    ("cancel", "waiting"): "cancelled",
    ("cancel", "called"): "cancelled",
    ("cancel", "held"): "cancelled",
    ("transfer", "waiting"): "waiting",
    ("transfer", "called"): "waiting",
    ("transfer", "serving"): "waiting",
    ("transfer", "held"): "waiting",
}


def _ticket_in(db: Database, office: Office, state: str) -> str:
    """A fresh ticket driven into ``state``; the line is otherwise empty, counter 1 free."""
    now = TUESDAY_9
    pending = "pending" if state == "issued" else "not_required"
    code = issue_ticket(db, 50, office=office, now=now, print_state=pending).code
    if state in ("called", "serving", "done", "no_show"):
        called = call_next(db, 1, office=office, now=now)
        assert called is not None and called.ticket.code == code
    steps = {
        "serving": ["serve"],
        "held": ["hold"],
        "done": ["serve", "complete"],
        "no_show": ["skip"],
        "cancelled": ["cancel"],
    }.get(state, [])
    for step in steps:
        act(db, code, step, office=office, now=now)
    return code


def _tidy(db: Database, office: Office, code: str) -> None:
    """Take the ticket out of the line and off counter 1 so the next case starts clean."""
    view, _ = get_ticket(db, code, office=office, now=TUESDAY_9)
    if view.status == "serving":
        act(db, code, "complete", office=office, now=TUESDAY_9)
    elif view.status in ("issued", "waiting", "called", "held"):
        act(db, code, "cancel", office=office, now=TUESDAY_9)


def _events(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Event)) or 0)


def test_every_action_from_every_state(hall: Database, office: Office) -> None:
    add_queue(hall, "B", "Kasir", actor=SETUP, now=SETUP_TIME)
    outcomes: dict[tuple[str, str], str] = {}
    for action in ACTIONS:
        for state in STATES:
            code = _ticket_in(hall, office, state)
            before = _events(hall)
            try:
                result = act(hall, code, action, office=office, now=TUESDAY_9, counter=1, officer="198701",
                             to_queue="B" if action == "transfer" else None)
            except IllegalTransition as exc:
                outcomes[(action, state)] = "refused"
                assert code in exc.message_id and code in exc.message_en
                view, _ = get_ticket(hall, code, office=office, now=TUESDAY_9)
                assert view.status == state, "a refused action must change nothing"
                assert _events(hall) == before, "a refused action must write no event"
            else:
                outcomes[(action, state)] = result.ticket.status
                assert result.message_id and result.message_en
                view, history = get_ticket(hall, code, office=office, now=TUESDAY_9)
                assert view.status == result.ticket.status
                assert (history[-1].from_status, history[-1].to_status) == (state, view.status)
                assert history[-1].officer == "198701"
            _tidy(hall, office, code)
    expected = {(a, s): EXPECTED.get((a, s), "refused") for a in ACTIONS for s in STATES}
    wrong = {k: (outcomes[k], v) for k, v in expected.items() if outcomes[k] != v}
    assert wrong == {}, "action, state -> (got, expected)"


def test_refusal_names_the_ticket_state_and_what_is_allowed(hall: Database, office: Office) -> None:
    code = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    with pytest.raises(IllegalTransition) as refused:
        act(hall, code, "complete", office=office, now=TUESDAY_9)
    assert refused.value.message_id == (
        f"Tidak dapat menyelesaikan tiket {code}: statusnya menunggu; "
        "hanya bisa dari status dipanggil, sedang dilayani."
    )
    assert "Cannot complete ticket" in refused.value.message_en


def test_a_full_visit_is_timestamped_with_counter_and_officer(hall: Database, office: Office) -> None:
    t0 = TUESDAY_9
    code = issue_ticket(hall, 50, office=office, now=t0).code
    call_next(hall, 2, office=office, now=t0 + timedelta(minutes=3), officer="198701")
    act(hall, code, Action.SERVE, office=office, now=t0 + timedelta(minutes=4), counter=2, officer="198701")
    act(hall, code, "complete", office=office, now=t0 + timedelta(minutes=11), counter=2, officer="198701")
    view, history = get_ticket(hall, code, office=office, now=t0 + timedelta(minutes=12))
    assert view.status == "done" and view.counter_name == "Loket 2"
    assert [(e.kind, e.counter_name, e.officer, e.at) for e in history] == [
        ("issued", None, None, t0),
        ("called", "Loket 2", "198701", t0 + timedelta(minutes=3)),
        ("serving", "Loket 2", "198701", t0 + timedelta(minutes=4)),
        ("completed", "Loket 2", "198701", t0 + timedelta(minutes=11)),
    ]


def test_recalls_then_no_show_past_the_queue_limit(hall: Database, office: Office) -> None:
    code = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    call_next(hall, 1, office=office, now=TUESDAY_9)
    first = act(hall, code, Action.RECALL, office=office, now=TUESDAY_9, counter=1)
    second = act(hall, code, Action.RECALL, office=office, now=TUESDAY_9, counter=1)
    assert (first.ticket.recall_count, second.ticket.recall_count) == (1, 2)
    assert first.message_id == f"{code} dipanggil ulang (ke-1 dari 2) di Loket 1."
    third = act(hall, code, Action.RECALL, office=office, now=TUESDAY_9, counter=1)
    assert third.ticket.status == "no_show"
    assert "tidak hadir" in third.message_id and "batas antrean A: 2" in third.message_id
    # The counter is free again for the next visitor.
    issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    assert call_next(hall, 1, office=office, now=TUESDAY_9) is not None


def test_a_late_no_show_resumes_at_the_place_it_had(hall: Database, office: Office) -> None:
    late = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    call_next(hall, 1, office=office, now=TUESDAY_9)
    act(hall, late, Action.SKIP, office=office, now=TUESDAY_9, counter=1)
    later = issue_ticket(hall, 50, office=office, now=TUESDAY_9 + timedelta(minutes=5)).code
    resumed = act(hall, late, Action.RESUME, office=office, now=TUESDAY_9 + timedelta(minutes=20))
    assert resumed.ticket.status == "waiting" and resumed.ticket.ahead == 0
    called = call_next(hall, 1, office=office, now=TUESDAY_9 + timedelta(minutes=21))
    assert called is not None and called.ticket.code == late
    assert later != late


def test_only_the_counter_holding_a_ticket_acts_on_it(hall: Database, office: Office) -> None:
    code = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    call_next(hall, 1, office=office, now=TUESDAY_9)
    with pytest.raises(IllegalTransition, match="sedang ditangani Loket 1, bukan Loket 3"):
        act(hall, code, "complete", office=office, now=TUESDAY_9, counter=3)


def test_yesterdays_ticket_cannot_rejoin_todays_line(hall: Database, office: Office) -> None:
    monday = wib("2026-11-23 14:00")
    code = issue_ticket(hall, 50, office=office, now=monday).code
    act(hall, code, "hold", office=office, now=monday)
    with pytest.raises(IllegalTransition, match="hanya tiket hari ini"):
        act(hall, f"#{get_ticket(hall, code, office=office, now=monday)[0].id}", Action.RESUME, office=office,
                      now=TUESDAY_9)
