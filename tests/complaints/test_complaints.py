"""Complaints per the service standard: identity, the 30-day limit, 14 working days to answer."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk import audit
from kiosk.audit import kiosk_actor
from kiosk.complaints import (
    CHANNELS,
    ComplaintError,
    classify,
    find_complaint,
    list_complaints,
    record_complaint,
    update_complaint,
)
from kiosk.staff import NotAllowed
from tests.staff.hall import Hall, at

TUESDAY = at("2026-11-24 10:00")


def _record(hall: Hall, when=TUESDAY, **kw):  # type: ignore[no-untyped-def]
    args = {"channel": "counter", "matter": "Petugas tidak menjelaskan persyaratan", **kw}
    return record_complaint(hall.db, hall.officer("BUDI"), when, hall.calendar, **args)


def test_a_named_complaint_gets_a_tracking_number_and_fourteen_working_days(hall: Hall) -> None:
    c = _record(hall, complainant_name="Rahmat", complainant_contact="0812-1111-2222", service_number=50,
                service_date=date(2026, 11, 20))
    assert (c.kind, c.suggestion_reasons, c.status) == ("complaint", (), "recorded")
    assert c.tracking_number == "ADU-20261124-0001"
    assert c.response_due == date(2026, 12, 14)
    assert c.service_title is not None and c.service_title.startswith("Sertifikat Standar")


def test_the_deadline_skips_christmas_cuti_bersama_new_year_and_isra_mikraj(hall: Hall) -> None:
    c = _record(hall, when=at("2026-12-18 09:00"), complainant_name="Rahmat")
    # Closed 24-25 Dec, 1 Jan and 5 Jan: working days 21-23 and 28-31 Dec, 4, 6-8 and 11-13 Jan.
    assert c.response_due == date(2027, 1, 13)


def test_without_a_name_it_is_kept_as_a_suggestion_with_no_deadline(hall: Hall) -> None:
    c = _record(hall, channel="box", complainant_name="   ", complainant_contact="0812")
    assert (c.kind, c.suggestion_reasons, c.response_due) == ("suggestion", ("anonymous",), None)


def test_more_than_thirty_days_after_the_service_it_becomes_a_suggestion(hall: Hall) -> None:
    on_the_limit = _record(hall, complainant_name="A", service_date=date(2026, 10, 25))
    too_late = _record(hall, complainant_name="B", service_date=date(2026, 10, 24))
    both = _record(hall, service_date=date(2026, 1, 2))
    assert on_the_limit.kind == "complaint"
    assert (too_late.kind, too_late.suggestion_reasons) == ("suggestion", ("late",))
    assert both.suggestion_reasons == ("anonymous", "late")


def test_classification_rule_alone() -> None:
    day = date(2026, 11, 24)
    assert classify(has_identity=True, service_date=None, received_day=day) == ("complaint", ())
    assert classify(has_identity=True, service_date=date(2026, 10, 25), received_day=day)[0] == "complaint"
    assert classify(has_identity=True, service_date=date(2026, 10, 24), received_day=day)[0] == "suggestion"


def test_every_channel_of_the_standard_is_accepted(hall: Hall) -> None:
    recorded = [_record(hall, channel=channel, complainant_name="N").channel for channel in CHANNELS]
    # The standard's channels, and the hall's own page for phones ("web").
    assert recorded == ["counter", "kiosk", "phone", "whatsapp", "email", "letter", "box", "web"]


def test_bad_input_is_refused_and_nothing_is_stored(hall: Hall) -> None:
    for kw in (
        {"channel": "fax"},
        {"matter": "  "},
        {"service_number": 999},
        {"service_date": date(2026, 11, 25)},
    ):
        with pytest.raises(ComplaintError):
            _record(hall, complainant_name="N", **kw)
    assert list_complaints(hall.db) == []


def test_status_goes_through_handling_to_answered_with_the_answer(hall: Hall) -> None:
    number = _record(hall, complainant_name="Rahmat").tracking_number
    supervisor = hall.officer("ANI", counter="1")
    with pytest.raises(ComplaintError, match="answer"):
        update_complaint(hall.db, supervisor, at("2026-11-25 09:00"), number, status="answered")
    update_complaint(hall.db, supervisor, at("2026-11-25 09:00"), number, status="handling")
    with pytest.raises(ComplaintError, match="forward"):
        update_complaint(hall.db, supervisor, at("2026-11-25 10:00"), number, status="recorded")
    done = update_complaint(hall.db, supervisor, at("2026-11-27 14:00"), number, status="answered",
                            answer="Persyaratan dijelaskan ulang melalui telepon.")
    assert (done.status, done.handled_by) == ("answered", "ANI")
    assert done.answer == "Persyaratan dijelaskan ulang melalui telepon."
    assert [e.action for e in audit.entries(hall.db, action_prefix="complaint.")] == [
        "complaint.status", "complaint.status", "complaint.record"]


def test_open_list_puts_the_nearest_deadline_first_and_flags_overdue(hall: Hall) -> None:
    late = _record(hall, when=at("2026-11-02 09:00"), complainant_name="Lama")
    new = _record(hall, complainant_name="Baru")
    suggestion = _record(hall)
    answered = _record(hall, complainant_name="Selesai")
    update_complaint(hall.db, hall.officer("BUDI"), TUESDAY, answered.tracking_number, status="answered",
                     answer="Sudah")
    open_ones = list_complaints(hall.db, open_only=True)
    assert [c.tracking_number for c in open_ones] == [late.tracking_number, new.tracking_number,
                                                      suggestion.tracking_number]
    today = date(2026, 11, 24)
    assert [c.overdue_on(today) for c in open_ones] == [True, False, False]
    assert find_complaint(hall.db, late.tracking_number.lower()) == late


def test_the_kiosk_form_records_only_kiosk_complaints(hall: Hall) -> None:
    kiosk = kiosk_actor("Kiosk Lobi 1")
    c = record_complaint(hall.db, kiosk, TUESDAY, hall.calendar, channel="kiosk", matter="Layar sulit dibaca",
                         complainant_name="Wati")
    assert (c.channel, c.recorded_by) == ("kiosk", "kiosk")
    with pytest.raises(NotAllowed):
        record_complaint(hall.db, kiosk, TUESDAY, hall.calendar, channel="phone", matter="x", complainant_name="W")
    with pytest.raises(NotAllowed):
        update_complaint(hall.db, kiosk, TUESDAY, c.tracking_number, status="handling")
