"""Accepting a complete file: the due date in working days, tracking numbers, risk, status."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.files import (
    FileError,
    Risk,
    accept_file,
    find_file,
    list_files,
    risk_of,
    set_file_status,
)
from tests.staff.hall import Hall, at


def _accept(hall: Hall, when: str, name: str = "Dewi", **kw: object) -> str:
    f = accept_file(hall.db, hall.officer("BUDI"), at(when), hall.calendar, service_number=50,
                    applicant_name=name, **kw)  # type: ignore[arg-type]
    return f.tracking_number


def test_seven_working_days_skip_the_weekend(hall: Hall) -> None:
    f = accept_file(hall.db, hall.officer("BUDI"), at("2026-11-24 10:00"), hall.calendar,
                    service_number=50, applicant_name="Dewi", ticket_code="a012")
    # Tuesday 24 November: the count starts Wednesday and skips Saturday 28 / Sunday 29.
    assert f.due_date == date(2026, 12, 3)
    assert (f.processing_value, f.processing_unit, f.ticket_code, f.status) == (7, "working_days", "A012", "received")
    assert f.service_title.startswith("Sertifikat Standar")


def test_holidays_and_cuti_bersama_push_the_due_date(hall: Hall) -> None:
    # 24 Dec cuti bersama, 25 Dec Christmas, 1 Jan New Year: seven working days end on 4 Jan.
    f = accept_file(hall.db, hall.officer("BUDI"), at("2026-12-21 14:00"), hall.calendar,
                    service_number=50, applicant_name="Eko")
    assert f.due_date == date(2027, 1, 4)


def test_a_file_received_late_evening_counts_from_that_office_day(hall: Hall) -> None:
    # 23.30 WIB on Monday is 16.30 UTC Monday; 00.30 WIB Tuesday is still Monday in UTC.
    monday = accept_file(hall.db, hall.officer("BUDI"), at("2026-11-23 23:30"), hall.calendar,
                         service_number=50, applicant_name="A")
    tuesday = accept_file(hall.db, hall.officer("BUDI"), at("2026-11-24 00:30"), hall.calendar,
                          service_number=50, applicant_name="B")
    assert (monday.received_day, monday.due_date) == (date(2026, 11, 23), date(2026, 12, 2))
    assert (tuesday.received_day, tuesday.due_date) == (date(2026, 11, 24), date(2026, 12, 3))


def test_an_incomplete_file_is_refused_with_what_is_missing(hall: Hall) -> None:
    with pytest.raises(FileError) as refused:
        _accept(hall, "2026-11-24 10:00", checklist=[("KTP", True), ("NPWP", False), ("Akta", False)])
    assert refused.value.missing == ("NPWP", "Akta")
    assert list_files(hall.db) == []


def test_checklist_answers_are_kept_with_the_file(hall: Hall) -> None:
    number = _accept(hall, "2026-11-24 10:00", checklist=[("KTP", True), ("NPWP", True)])
    f = find_file(hall.db, number.lower())
    assert f is not None and f.checklist == (("KTP", True), ("NPWP", True))


def test_unknown_service_and_missing_name_are_refused(hall: Hall) -> None:
    with pytest.raises(FileError, match="no service number 999"):
        accept_file(hall.db, hall.officer("BUDI"), at("2026-11-24 10:00"), hall.calendar,
                    service_number=999, applicant_name="X")
    with pytest.raises(FileError, match="name"):
        _accept(hall, "2026-11-24 10:00", name="  ")


def test_open_files_by_due_date_with_those_at_risk_marked(hall: Hall) -> None:
    old = _accept(hall, "2026-11-13 10:00", name="Lama")  # due 24 Nov
    mid = _accept(hall, "2026-11-17 10:00", name="Tengah")  # due 26 Nov
    new = _accept(hall, "2026-11-24 10:00", name="Baru")  # due 3 Dec
    done = _accept(hall, "2026-11-12 10:00", name="Selesai")
    set_file_status(hall.db, hall.officer("BUDI"), at("2026-11-20 10:00"), done, "completed")
    today = date(2026, 11, 24)
    files = list_files(hall.db)
    assert [f.tracking_number for f in files] == [old, mid, new]
    assert [risk_of(f, today, hall.calendar) for f in files] == [Risk.DUE_TODAY, Risk.AT_RISK, Risk.ON_TRACK]
    assert risk_of(files[0], date(2026, 11, 25), hall.calendar) is Risk.OVERDUE
    assert len(list_files(hall.db, open_only=False)) == 4


def test_status_only_moves_forward(hall: Hall) -> None:
    number = _accept(hall, "2026-11-24 10:00")
    actor = hall.officer("BUDI")
    set_file_status(hall.db, actor, at("2026-11-25 10:00"), number, "processing")
    with pytest.raises(FileError, match="forward"):
        set_file_status(hall.db, actor, at("2026-11-25 11:00"), number, "received")
    # Typed as an officer reads it off a receipt: lower case, a stray space.
    f = set_file_status(hall.db, actor, at("2026-11-26 10:00"), f" {number.lower()} ", "completed")
    assert f.status == "completed" and not f.is_open
