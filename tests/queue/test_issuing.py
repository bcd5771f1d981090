"""Issuing: numbers per queue and service day, the local-midnight rollover, office hours, the
checklist, print states, and the one-transaction contract for the printing layer."""

from __future__ import annotations

from datetime import UTC, time, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kiosk.calendar import CalendarSettings, OfficeCalendar, TimeRange
from kiosk.queue import (
    Office,
    OfficeClosed,
    QueueError,
    UnknownService,
    act,
    add_queue,
    call_next,
    get_ticket,
    issue_ticket,
    mark_print_failed,
    mark_printed,
    record_event,
)
from kiosk.queue.models import Event, Ticket
from kiosk.queue.states import Action
from kiosk.storage import Database
from tests.queue.conftest import SECRET, TUESDAY_9, wib
from tests.support.actors import SETUP, SETUP_TIME

ALL_DAY = CalendarSettings(
    hours=(TimeRange(time(0, 0), time(23, 59)),) * 7, breaks=((),) * 7, issue_cutoff_minutes=0
)


def _count(db: Database, model: type[Ticket] | type[Event]) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_numbers_count_up_per_queue_and_code_shows_letter(hall: Database, office: Office) -> None:
    add_queue(hall, "B", "Kasir", services=[51], actor=SETUP, now=SETUP_TIME)
    codes = [issue_ticket(hall, n, office=office, now=TUESDAY_9).code for n in (50, 51, 50, 52, 51)]
    assert codes == ["A-001", "B-001", "A-002", "A-003", "B-002"]


def test_numbering_restarts_at_local_midnight_not_utc(hall: Database) -> None:
    office = Office(calendar=OfficeCalendar(ALL_DAY), secret=SECRET)
    late = wib("2026-11-24 23:58")
    after_midnight = wib("2026-11-25 00:00:30")
    # Both moments fall on the same UTC date; only the office's wall clock changes day.
    assert late.astimezone(UTC).date() == after_midnight.astimezone(UTC).date()
    tuesday = [issue_ticket(hall, 50, office=office, now=late + timedelta(seconds=i)) for i in range(2)]
    wednesday = issue_ticket(hall, 50, office=office, now=after_midnight)
    assert [t.code for t in tuesday] == ["A-001", "A-002"]
    assert wednesday.code == "A-001" and wednesday.ahead == 0
    assert str(wednesday.service_day) == "2026-11-25" and str(tuesday[0].service_day) == "2026-11-24"
    # Yesterday's tickets stay in history and are never called today.
    assert _count(hall, Ticket) == 3
    called = call_next(hall, 1, office=office, now=after_midnight)
    assert called is not None and called.ticket.id == wednesday.id
    assert call_next(hall, 2, office=office, now=after_midnight) is None


def test_the_unique_constraint_refuses_a_duplicate_number(hall: Database, office: Office) -> None:
    issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    with pytest.raises(IntegrityError), hall.write() as session:
        original = session.scalars(select(Ticket)).one()
        copy = Ticket(**{c.key: getattr(original, c.key) for c in Ticket.__table__.columns if c.key != "id"})
        session.add(copy)
        session.flush()


CLOSED_MOMENTS = [
    ("2026-11-28 10:00", "Kantor tutup pada hari Sabtu", "2026-11-30 08:00"),
    ("2026-08-17 09:00", "Kantor tutup: Hari Kemerdekaan Republik Indonesia", "2026-08-18 08:00"),
    ("2026-12-24 09:00", "Kantor tutup: Cuti Bersama Hari Raya Natal", "2026-12-28 08:00"),
    ("2026-11-27 12:00", "Layanan sedang istirahat dan dibuka kembali pukul 13.00", "2026-11-27 13:00"),
    ("2026-11-24 14:40", "Pengambilan nomor antrean hari ini sudah ditutup pukul 14.30", "2026-11-25 08:00"),
    ("2026-11-24 07:30", "Layanan belum dibuka. Layanan dibuka pukul 08.00", "2026-11-24 08:00"),
]


def test_outside_hours_issuing_is_refused_with_reason_and_next_opening(hall: Database, office: Office) -> None:
    for moment, words, next_opening in CLOSED_MOMENTS:
        with pytest.raises(OfficeClosed) as refused:
            issue_ticket(hall, 50, office=office, now=wib(moment))
        assert words in refused.value.message_id, moment
        assert refused.value.next_opening == wib(next_opening), moment
    assert _count(hall, Ticket) == 0
    # The refusals consumed no number.
    assert issue_ticket(hall, 50, office=office, now=TUESDAY_9).code == "A-001"


def test_checklist_answers_are_kept_with_the_ticket(hall: Database, office: Office) -> None:
    view = issue_ticket(hall, 50, office=office, now=TUESDAY_9, checklist={3: "belum", "1": "ada", 2: "tidak_tahu"})
    again, _ = get_ticket(hall, view.code, office=office, now=TUESDAY_9)
    assert again.checklist == {1: "ada", 2: "tidak_tahu", 3: "belum"}
    assert again.to_json()["checklist"] == {"1": "ada", "2": "tidak_tahu", "3": "belum"}


@pytest.mark.parametrize(
    ("checklist", "message"),
    [({99: "ada"}, "Persyaratan nomor 99 tidak ada"), ({1: "mungkin"}, "Jawaban daftar periksa 'mungkin'")],
)
def test_a_wrong_checklist_is_refused(hall: Database, office: Office, checklist: dict[int, str], message: str) -> None:
    with pytest.raises(QueueError, match=message):
        issue_ticket(hall, 50, office=office, now=TUESDAY_9, checklist=checklist)
    assert _count(hall, Ticket) == 0


def test_unknown_service_and_category_are_refused(hall: Database, office: Office) -> None:
    with pytest.raises(UnknownService, match="Layanan nomor 999 tidak ada"):
        issue_ticket(hall, 999, office=office, now=TUESDAY_9)
    with pytest.raises(QueueError, match="lansia, disabilitas, ibu_hamil, ibu_balita"):
        issue_ticket(hall, 50, office=office, now=TUESDAY_9, priority="vip")


def test_a_pending_print_is_not_called_until_printed(hall: Database, office: Office) -> None:
    view = issue_ticket(hall, 50, office=office, now=TUESDAY_9, print_state="pending", priority="lansia")
    assert (view.status, view.print_state, view.ahead) == ("issued", "pending", 0)
    assert view.priority_label == "lansia"
    assert call_next(hall, 1, office=office, now=TUESDAY_9) is None
    printed = mark_printed(hall, view.id, office=office, now=TUESDAY_9)
    assert (printed.status, printed.print_state) == ("waiting", "printed")
    called = call_next(hall, 1, office=office, now=TUESDAY_9)
    assert called is not None and called.ticket.code == view.code


def test_a_failed_print_keeps_the_ticket_until_staff_admit_it(hall: Database, office: Office) -> None:
    view = issue_ticket(hall, 50, office=office, now=TUESDAY_9, print_state="pending")
    failed = mark_print_failed(hall, view.id, "kertas habis", office=office, now=TUESDAY_9)
    assert (failed.status, failed.print_state, failed.print_error) == ("issued", "failed", "kertas habis")
    assert call_next(hall, 1, office=office, now=TUESDAY_9) is None
    admitted = act(hall, view.code, Action.ADMIT, office=office, now=TUESDAY_9, officer="198701")
    assert admitted.ticket.status == "waiting"
    _, history = get_ticket(hall, view.code, office=office, now=TUESDAY_9)
    assert [e.kind for e in history] == ["issued", "print_failed", "admitted"]


def test_issue_and_the_callers_own_rows_commit_or_vanish_together(hall: Database, office: Office) -> None:
    class PrinterJammed(Exception):
        pass

    with pytest.raises(PrinterJammed), hall.write() as session:
        issue_ticket(session, 50, office=office, now=TUESDAY_9, print_state="pending")
        raise PrinterJammed
    assert (_count(hall, Ticket), _count(hall, Event)) == (0, 0)

    with hall.write() as session:
        view = issue_ticket(session, 50, office=office, now=TUESDAY_9, print_state="pending")
        record_event(session, "print_queued", at=TUESDAY_9, payload={"ticket": view.id})
    assert view.code == "A-001", "the rolled-back issue gave its number back"
    with hall.read() as session:
        kinds = list(session.scalars(select(Event.kind).order_by(Event.id)))
    assert kinds == ["issued", "print_queued"]


def test_a_service_without_an_active_queue_gets_no_ticket(hall: Database, office: Office) -> None:
    from kiosk.queue import change_queue

    change_queue(hall, "A", active=False, actor=SETUP, now=SETUP_TIME)
    with pytest.raises(QueueError, match="belum ditempatkan di antrean yang aktif"):
        issue_ticket(hall, 50, office=office, now=TUESDAY_9)
