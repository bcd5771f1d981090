"""Transfers: the ticket keeps its number and issue time and rejoins the target queue by that
queue's rule."""

from __future__ import annotations

import pytest

from kiosk.queue import IllegalTransition, Office, add_queue, call_next, issue_ticket
from kiosk.queue.transitions import act
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9, wib
from tests.support.actors import SETUP, SETUP_TIME


@pytest.mark.parametrize(("rule", "ahead"), [("front", 0), ("by_issue_time", 1), ("back", 2)])
def test_a_transfer_keeps_number_and_issue_time_and_rejoins_by_the_target_rule(
    hall: Database, office: Office, rule: str, ahead: int
) -> None:
    add_queue(hall, "B", "Kasir", services=[51], transfer_rule=rule, actor=SETUP, now=SETUP_TIME)
    issue_ticket(hall, 51, office=office, now=wib("2026-11-24 09:05"))  # B-001
    moved = issue_ticket(hall, 50, office=office, now=wib("2026-11-24 09:07"))
    issue_ticket(hall, 51, office=office, now=wib("2026-11-24 09:10"))  # B-002
    call_next(hall, 1, office=office, now=wib("2026-11-24 09:20"))
    result = act(hall, moved.code, "transfer", office=office, now=wib("2026-11-24 09:25"), counter=1, to_queue="B")
    after = result.ticket
    assert (after.code, after.number, after.issued_at, after.queue) == ("A-001", 1, moved.issued_at, "B")
    assert after.ahead == ahead
    # Queue A numbering is untouched by the move, and B's own numbers go on.
    assert issue_ticket(hall, 50, office=office, now=wib("2026-11-24 09:30")).code == "A-002"
    assert issue_ticket(hall, 51, office=office, now=wib("2026-11-24 09:30")).code == "B-003"


def test_a_transfer_to_the_same_queue_is_refused(hall: Database, office: Office) -> None:
    code = issue_ticket(hall, 50, office=office, now=TUESDAY_9).code
    with pytest.raises(IllegalTransition, match=f"{code} sudah berada di antrean A"):
        act(hall, code, "transfer", office=office, now=TUESDAY_9, to_queue="A")
