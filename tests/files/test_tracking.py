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
    numbers = [_accept(hall, "2026-11-24 10:00"), _accept(hall, "2026-11-24 15:00", "Eko"),
               _accept(hall, "2026-11-25 08:00")]
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


def test_the_same_file_twice_a_day_is_refused_with_the_number_it_already_has(hall: Hall) -> None:
    """A double click or a second officer: the same service, the same ticket (or, without one,
    the same applicant) on the same day. Said with the first number; accepted only when the
    officer says it is a second application."""
    import pytest

    from kiosk.files import FileError, list_files

    first = _accept(hall, "2026-11-24 10:00", "Dewi Lestari")
    with pytest.raises(FileError) as refused:
        _accept(hall, "2026-11-24 10:01", " dewi lestari ")
    assert refused.value.code == "duplicate_file" and first in refused.value.message_id
    assert first in refused.value.message_en
    with_ticket = _accept(hall, "2026-11-24 10:05", "Budi", ticket_code="a-007")
    with pytest.raises(FileError):
        _accept(hall, "2026-11-24 10:06", "Budi Santoso", ticket_code="A-007")
    assert _accept(hall, "2026-11-24 10:07", "Dewi Lestari", again=True) != first
    assert _accept(hall, "2026-11-25 09:00", "Dewi Lestari") == "BRK-20261125-0001"
    assert len(list_files(hall.db)) == 4 and with_ticket == "BRK-20261124-0002"
