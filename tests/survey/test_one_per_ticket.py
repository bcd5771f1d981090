"""Two survey terminals racing to store a response for the same ticket: exactly one wins, the
other is told "sudah disurvei". Separate engines per thread, like separate terminals."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from kiosk.storage import Database
from kiosk.survey.answers import Answers, SurveyRefused
from kiosk.survey.models import SurveyResponse
from kiosk.survey.responses import submit_response
from kiosk.survey.settings import SurveySettings
from tests.survey.hall import prepare, served, wib

TERMINALS = 6
TICKETS = 4


def test_concurrent_submissions_for_one_ticket_store_exactly_one(db: Database) -> None:
    hall = prepare(db)
    tickets = [served(db, hall, issued=wib(2026, 11, 24, 9, 10 * n)).id for n in range(TICKETS)]
    outcomes: dict[int, list[str]] = {t: [] for t in tickets}
    lock = threading.Lock()

    def terminal(ticket_id: int, score: int, barrier: threading.Barrier) -> None:
        own = Database(db.url)  # a terminal has its own connection pool
        try:
            barrier.wait()
            submit_response(
                own,
                Answers({"u1": score, "u2": score}),
                ticket_id=ticket_id,
                now=wib(2026, 11, 24, 12),
                settings=SurveySettings(),
                timezone="Asia/Jakarta",
                terminal=f"Survei {score}",
            )
            outcome = "stored"
        except SurveyRefused as exc:
            outcome = exc.reason
        finally:
            own.dispose()
        with lock:
            outcomes[ticket_id].append(outcome)

    for ticket_id in tickets:
        barrier = threading.Barrier(TERMINALS)
        threads = [
            threading.Thread(target=terminal, args=(ticket_id, 1 + n % 4, barrier)) for n in range(TERMINALS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    for ticket_id, seen in outcomes.items():
        assert sorted(seen) == ["already"] * (TERMINALS - 1) + ["stored"], (ticket_id, seen)
    with db.read() as session:
        per_ticket = session.execute(
            select(SurveyResponse.ticket_id, func.count()).group_by(SurveyResponse.ticket_id)
        ).all()
    assert sorted(per_ticket) == [(t, 1) for t in sorted(tickets)]
