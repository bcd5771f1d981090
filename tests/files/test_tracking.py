"""Tracking numbers: one sequence per office day, never the same number twice, even from
desks accepting at the same moment."""

from __future__ import annotations

import threading

from kiosk.files import (
    accept_file,
)
from kiosk.storage import Database
from tests.staff.hall import Hall, at


def _accept(hall: Hall, when: str, name: str = "Dewi", **kw: object) -> str:
    f = accept_file(hall.db, hall.officer("BUDI"), at(when), hall.calendar, service_number=50,
                    applicant_name=name, **kw)  # type: ignore[arg-type]
    return f.tracking_number


def test_tracking_numbers_count_per_office_day(hall: Hall) -> None:
    numbers = [_accept(hall, "2026-11-24 10:00"), _accept(hall, "2026-11-24 15:00"), _accept(hall, "2026-11-25 08:00")]
    assert numbers == ["BRK-20261124-0001", "BRK-20261124-0002", "BRK-20261125-0001"]


def test_desks_accepting_at_the_same_moment_get_distinct_numbers(hall: Hall) -> None:
    numbers: list[str] = []
    errors: list[BaseException] = []

    def desk(i: int) -> None:
        db = Database(hall.db.url)
        try:
            for j in range(5):
                f = accept_file(db, hall.officer("BUDI", counter=str(i)), at("2026-11-24 10:00"), hall.calendar,
                                service_number=50, applicant_name=f"P{i}-{j}")
                numbers.append(f.tracking_number)
        except BaseException as exc:  # reported below, with the thread's numbers
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"BRK-20261124-{n:04d}" for n in range(1, 31)]
