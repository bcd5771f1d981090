"""Priority policies with worked sequences: what a counter calls, in which order, and the reason
shown on the staff screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.queue import Office, act, add_queue, call_next, change_queue, issue_ticket, transfer_ticket
from kiosk.queue.priority import (
    Candidate,
    Labels,
    Policy,
    PolicySpec,
    Prediction,
    choose,
    pick_across_queues,
    predicted_calls,
)
from kiosk.queue.states import Action
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9
from tests.support.actors import SETUP, SETUP_TIME

# The line of the documented example, in issue order (None = regular).
LINE = [None, "lansia", None, None, "ibu_hamil", None]


def _issue_line(db: Database, office: Office, line: list[str | None], *, minutes_apart: int = 1) -> list[str]:
    return [
        issue_ticket(db, 50, office=office, now=TUESDAY_9 + timedelta(minutes=i * minutes_apart), priority=p).code
        for i, p in enumerate(line)
    ]


def _call_all(db: Database, office: Office, start_minute: int, counter: int = 1) -> list[tuple[str, str]]:
    """Call and finish tickets at one counter until nobody waits: (code, reason) per call."""
    calls = []
    minute = start_minute
    while (result := call_next(db, counter, office=office, now=TUESDAY_9 + timedelta(minutes=minute))) is not None:
        calls.append((result.ticket.code, result.reason_id))
        act(db, result.ticket.code, Action.COMPLETE, office=office, now=TUESDAY_9 + timedelta(minutes=minute + 1))
        minute += 2
    return calls


def test_ratio_two_to_one_worked_sequence(hall: Database, office: Office) -> None:
    _issue_line(hall, office, LINE)
    calls = _call_all(hall, office, start_minute=10)
    assert calls == [
        ("A-001", "reguler ke-1 dari 2 sebelum prioritas berikutnya (aturan 2 reguler : 1 prioritas)"),
        ("A-002", "prioritas: lansia (datang lebih dulu dari A-003; aturan 2 reguler : 1 prioritas)"),
        ("A-003", "reguler ke-1 dari 2 sebelum prioritas berikutnya (aturan 2 reguler : 1 prioritas)"),
        ("A-004", "reguler ke-2 dari 2 sebelum prioritas berikutnya (aturan 2 reguler : 1 prioritas)"),
        ("A-005", "prioritas: ibu hamil (aturan 2 reguler : 1 prioritas)"),
        ("A-006", "reguler: tidak ada nomor prioritas yang menunggu (aturan 2 reguler : 1 prioritas)"),
    ]


def test_ratio_keeps_its_count_between_calls_and_counters(hall: Database, office: Office) -> None:
    # Five regular tickets first, then two priority ones: 2 regular, 1 priority, 2 regular, ...
    _issue_line(hall, office, [None, None, None, None, None, "lansia", "disabilitas"])
    order = []
    for i in range(7):
        counter = 1 + i % 3  # the ratio is per queue, whichever counter calls
        result = call_next(hall, counter, office=office, now=TUESDAY_9 + timedelta(minutes=30 + i))
        assert result is not None
        order.append(result.ticket.code)
        act(hall, result.ticket.code, Action.COMPLETE, office=office, now=TUESDAY_9 + timedelta(minutes=30 + i))
    assert order == ["A-001", "A-002", "A-006", "A-003", "A-004", "A-007", "A-005"]


def test_strict_priority_worked_sequence(hall: Database, office: Office) -> None:
    change_queue(hall, "A", policy="strict", actor=SETUP, now=SETUP_TIME)
    _issue_line(hall, office, LINE)
    calls = _call_all(hall, office, start_minute=10)
    assert [c for c, _ in calls] == ["A-002", "A-005", "A-001", "A-003", "A-004", "A-006"]
    assert calls[0][1] == "prioritas: lansia (aturan: prioritas selalu didahulukan)"
    assert calls[2][1] == "reguler: tidak ada nomor prioritas yang menunggu (aturan: prioritas selalu didahulukan)"


def test_weighted_wait_worked_sequence(hall: Database, office: Office) -> None:
    """Weight 2: a priority ticket waiting 6 minutes (score 12) beats a regular one waiting 10."""
    change_queue(hall, "A", policy="weighted_wait", priority_weight=2.0, actor=SETUP, now=SETUP_TIME)
    t = TUESDAY_9
    issue_ticket(hall, 50, office=office, now=t)  # A-001 regular, 09:00
    issue_ticket(hall, 50, office=office, now=t + timedelta(minutes=4), priority="lansia")  # A-002, 09:04
    issue_ticket(hall, 50, office=office, now=t + timedelta(minutes=5))  # A-003 regular, 09:05
    first = call_next(hall, 1, office=office, now=t + timedelta(minutes=10))
    assert first is not None and first.ticket.code == "A-002"
    assert first.reason_id == "prioritas: lansia (menunggu 6 menit × 2 = 12, lebih lama dari A-001 10 menit)"
    second = call_next(hall, 2, office=office, now=t + timedelta(minutes=10))
    assert second is not None and second.ticket.code == "A-001"
    assert second.reason_id == (
        "reguler: tidak ada nomor prioritas yang menunggu (aturan: tunggu terlama, menit prioritas dikali 2)"
    )
    # A later priority ticket does not overtake a regular one that has waited far longer.
    issue_ticket(hall, 50, office=office, now=t + timedelta(minutes=20), priority="ibu_balita")
    third = call_next(hall, 3, office=office, now=t + timedelta(minutes=24))
    assert third is not None and third.ticket.code == "A-003"
    assert third.reason_id == "reguler: menunggu 19 menit, lebih lama dari A-004 4 menit × 2 = 8"


def test_front_transfer_goes_before_every_policy(hall: Database, office: Office) -> None:
    change_queue(hall, "A", policy="strict", transfer_rule="front", actor=SETUP, now=SETUP_TIME)
    add_queue(hall, "B", "Loket Teknis", actor=SETUP, now=SETUP_TIME)
    moved = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    transfer_ticket(hall, moved, "B", office=office, now=TUESDAY_9)
    _issue_line(hall, office, ["lansia"])
    transfer_ticket(hall, moved, "A", office=office, now=TUESDAY_9 + timedelta(minutes=30))
    result = call_next(hall, 1, office=office, now=TUESDAY_9 + timedelta(minutes=31))
    assert result is not None and result.ticket.code == moved
    assert result.reason_id == "dipindahkan ke depan antrean"


# -- the pure policy functions -----------------------------------------------------------------


def _candidates(line: list[str | None]) -> list[Candidate]:
    return [
        Candidate(i + 1, f"A-{i + 1:03d}", 1, TUESDAY_9 + timedelta(minutes=i), p) for i, p in enumerate(line)
    ]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (PolicySpec(Policy.STRICT), ["A-002", "A-005", "A-001", "A-003", "A-004", "A-006"]),
        (PolicySpec(Policy.RATIO, 2), ["A-001", "A-002", "A-003", "A-004", "A-005", "A-006"]),
        (PolicySpec(Policy.RATIO, 1), ["A-001", "A-002", "A-003", "A-005", "A-004", "A-006"]),
        (PolicySpec(Policy.RATIO, 3), ["A-001", "A-002", "A-003", "A-004", "A-005", "A-006"]),
    ],
)
def test_predicted_order_follows_the_documented_example(spec: PolicySpec, expected: list[str]) -> None:
    calls = predicted_calls(spec, _candidates(LINE), normal_streak=0, now=TUESDAY_9, labels=Labels())
    assert [c.candidate.code for c in calls] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [(PolicySpec(Policy.RATIO, 2), "RRPRRPPP"), (PolicySpec(Policy.STRICT), "PPPPRRRR")],
)
def test_ratio_gives_regular_tickets_their_share_when_priority_crowds_in(spec: PolicySpec, expected: str) -> None:
    line: list[str | None] = [None, None, None, None, "lansia", "lansia", "ibu_hamil", "disabilitas"]
    calls = predicted_calls(spec, _candidates(line), normal_streak=0, now=TUESDAY_9, labels=Labels())
    assert "".join("P" if c.candidate.priority else "R" for c in calls) == expected


def test_weighted_wait_priority_waits_less_but_regular_never_starves() -> None:
    # 09:00-09:20 a regular ticket every minute; a priority ticket at 09:10.
    line: list[str | None] = [None] * 21
    line[10] = "lansia"
    calls = predicted_calls(PolicySpec(Policy.WEIGHTED_WAIT, priority_weight=2.0), _candidates(line),
                            normal_streak=0, now=TUESDAY_9 + timedelta(minutes=20), labels=Labels())
    position = [c.candidate.code for c in calls].index("A-011")
    # Waited 10 min x 2 = 20 ties the first ticket (20 min); the earlier ticket wins ties.
    assert position == 1


def _one_call_at_a_time(spec: PolicySpec, line: list[Candidate], streak: int) -> list[tuple[str, str, str]]:
    """What the counters would call, asking :func:`choose` for the next ticket each time."""
    waiting = sorted(line, key=lambda c: c.key)
    made = []
    while waiting:
        def head(lane_test: Callable[[Candidate], bool]) -> Candidate | None:
            return next((c for c in waiting if lane_test(c)), None)

        choice = choose(spec, front=head(lambda c: c.lane == 0),
                        priority=head(lambda c: c.lane != 0 and bool(c.priority)),
                        normal=head(lambda c: c.lane != 0 and not c.priority), normal_streak=streak,
                        now=TUESDAY_9 + timedelta(hours=2), labels=Labels())
        assert choice is not None
        made.append((choice.candidate.code, choice.reason_id, choice.reason_en))
        waiting.remove(choice.candidate)
        if choice.candidate.lane != 0:
            streak = 0 if choice.candidate.priority else streak + 1
    return made


@settings(max_examples=300, deadline=None)
@given(
    spec=st.sampled_from([PolicySpec(Policy.STRICT), PolicySpec(Policy.RATIO, 1), PolicySpec(Policy.RATIO, 2),
                          PolicySpec(Policy.RATIO, 3), PolicySpec(Policy.WEIGHTED_WAIT, priority_weight=2.0),
                          PolicySpec(Policy.WEIGHTED_WAIT, priority_weight=1.5)]),
    tickets=st.lists(st.tuples(st.sampled_from([0, 1, 1, 1, 2]), st.integers(0, 90),
                               st.sampled_from([None, None, None, "lansia", "ibu_hamil"])), max_size=30),
    streak=st.integers(0, 4),
)
def test_the_predicted_line_is_what_calling_one_at_a_time_gives(
    spec: PolicySpec, tickets: list[tuple[int, int, str | None]], streak: int
) -> None:
    # The prediction lets the policy decide only while both classes wait and keeps the rest in
    # order; the calls must still be the counters' calls, reasons included.
    line = [Candidate(i + 1, f"A-{i + 1:03d}", lane, TUESDAY_9 + timedelta(minutes=minute), category)
            for i, (lane, minute, category) in enumerate(tickets)]
    prediction = Prediction(spec, line, normal_streak=streak, now=TUESDAY_9 + timedelta(hours=2), labels=Labels())
    expected = _one_call_at_a_time(spec, line, streak)
    assert [c.code for c in prediction.sequence] == [code for code, _, _ in expected]
    assert [(c.candidate.code, c.reason_id, c.reason_en) for c in prediction.calls] == expected


def test_choose_states_why_in_english_too() -> None:
    p, n = _candidates(["disabilitas", None])
    choice = choose(PolicySpec(Policy.STRICT), front=None, priority=p, normal=n, normal_streak=0,
                    now=TUESDAY_9, labels=Labels())
    assert choice is not None
    assert choice.reason_en == "priority: person with a disability (rule: priority always first)"


def test_across_queues_the_longest_wait_goes_first() -> None:
    a, b = _candidates([None, None])
    from_a = choose(PolicySpec(), front=None, priority=None, normal=a, normal_streak=0, now=TUESDAY_9,
                    labels=Labels())
    from_b = choose(PolicySpec(), front=None, priority=None, normal=b, normal_streak=0, now=TUESDAY_9,
                    labels=Labels())
    assert from_a is not None and from_b is not None
    got = pick_across_queues({"B": from_b, "A": from_a})
    assert got is not None
    letter, choice = got
    assert letter == "A" and choice.candidate.code == "A-001"
    assert choice.reason_id.endswith("antrean A menunggu lebih lama dari antrean B")
