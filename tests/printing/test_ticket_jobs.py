"""Never lose a ticket: issuing and printing on a real (fake) serial printer, in every state.

For each printer state: what the applicant is told, what staff see, and the ticket's true state
in the database afterwards.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from devices.printing.decode import decode
from devices.printing.printer import Printer, PrinterSettings
from devices.printing.profiles import get_profile
from kiosk import audit, config
from kiosk.audit import Actor
from kiosk.calendar import OfficeCalendar
from kiosk.printjobs import issue_and_print, recover_interrupted, reprint
from kiosk.queue import Office
from kiosk.queue.events import events_after
from kiosk.queue.issuing import issue_ticket
from kiosk.queue.models import Ticket
from kiosk.setup import initialise
from kiosk.staff import NotAllowed
from kiosk.storage import Database
from tests.printing.conftest import FakeFactory
from tests.printing.helpers import qr_texts, returns
from tests.support.tokens import verified

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
SECRET = "ab" * 32
SETTINGS = config.validate({"security": {"secret": SECRET}}, "test")


@pytest.fixture
def hall(db: Database) -> Database:
    initialise(db, SETTINGS, NOW)
    return db


@pytest.fixture
def office() -> Office:
    return Office(calendar=OfficeCalendar(), secret=SECRET)


def _printer(port: str) -> Printer:
    return Printer(PrinterSettings(kind="serial", port=port, baud=19200, profile="generic-80"))


def _row(db: Database, ticket_id: int) -> Ticket:
    with db.read() as session:
        return session.scalars(select(Ticket).where(Ticket.id == ticket_id)).one()


def test_ready_printer_gives_a_printed_ticket_whose_qr_verifies(
    hall: Database, office: Office, serial_printer: FakeFactory
) -> None:
    fake = serial_printer("ok")
    outcome = returns(
        lambda: issue_and_print(
            hall, office, _printer(fake.port), SETTINGS, 50, now=NOW, terminal="kiosk-1", checklist={1: "ada"}
        )
    )
    assert outcome.printed and outcome.reason_code == "printed"
    assert outcome.message_id == "Tiket Anda sudah dicetak. Silakan ambil tiket Anda."
    assert outcome.ticket.code == "A-001" and outcome.ticket.status == "waiting"
    row = _row(hall, outcome.ticket.id)
    assert (row.print_state, row.print_error) == ("printed", None)

    decoded = decode(fake.received(at_least=400), get_profile("generic-80"))
    assert decoded.problems == []
    assert "A-001" in decoded.lines()
    [payload] = decoded.qr_payloads()
    assert verified(hall, payload, SECRET) == outcome.ticket.id
    # Under the QR, for survey terminals without a scanner: the number and its check code.
    assert f"Kode survei: {outcome.ticket.survey_code}" in decoded.lines()
    assert outcome.ticket.survey_code.startswith("A-001-") and len(outcome.ticket.survey_code) == 11


@pytest.mark.parametrize(
    ("mode", "reason", "applicant_words"),
    [
        ("paper_out", "paper_out", "tetap berlaku dan petugas sudah diberi tahu"),
        ("cover_open", "cover_open", "tetap berlaku dan petugas sudah diberi tahu"),
        ("silence", "no_answer", "tetap berlaku dan petugas sudah diberi tahu"),
        ("garbage", "garbled", "tetap berlaku dan petugas sudah diberi tahu"),
    ],
)
def test_printer_fault_keeps_a_valid_ticket_marked_print_failed(
    hall: Database, office: Office, serial_printer: FakeFactory, mode: str, reason: str, applicant_words: str
) -> None:
    fake = serial_printer(mode)
    outcome = returns(
        lambda: issue_and_print(hall, office, _printer(fake.port), SETTINGS, 50, now=NOW, terminal="kiosk-1")
    )
    assert not outcome.printed
    assert outcome.reason_code == reason
    assert applicant_words in outcome.message_id, outcome.message_id
    assert f"Nomor antrean Anda {outcome.ticket.code} tetap berlaku" in outcome.message_id
    # The applicant saw the number and was told it is valid: it stands in the line.
    assert outcome.ticket.status == "waiting"
    row = _row(hall, outcome.ticket.id)
    assert row.print_state == "failed"
    assert row.print_error is not None and row.print_error.startswith(reason)
    kinds = [e.kind for e in events_after(hall, 0)]
    assert "print_failed" in kinds and "printer_state" in kinds


def test_printer_that_stops_reading_mid_job_is_a_failed_print_not_a_hang(
    hall: Database, office: Office, serial_printer: FakeFactory
) -> None:
    fake = serial_printer("stop_reading", stop_after=100)
    outcome = returns(lambda: issue_and_print(hall, office, _printer(fake.port), SETTINGS, 50, now=NOW))
    assert not outcome.printed
    assert _row(hall, outcome.ticket.id).print_state == "failed"


def test_paper_near_end_prints_and_warns_staff(hall: Database, office: Office, serial_printer: FakeFactory) -> None:
    fake = serial_printer("near_end")
    outcome = returns(
        lambda: issue_and_print(hall, office, _printer(fake.port), SETTINGS, 50, now=NOW, terminal="kiosk-1")
    )
    assert outcome.printed and outcome.paper_warning
    assert _row(hall, outcome.ticket.id).print_state == "printed"
    warnings = [e for e in events_after(hall, 0) if e.kind == "printer_state"]
    assert warnings and warnings[-1].payload["terminal"] == "kiosk-1"
    assert warnings[-1].payload["reason"] == "printed_paper_near_end"


def test_staff_reprint_after_the_paper_is_refilled(hall: Database, office: Office, serial_printer: FakeFactory) -> None:
    empty = serial_printer("paper_out")
    failed = returns(lambda: issue_and_print(hall, office, _printer(empty.port), SETTINGS, 50, now=NOW))
    refilled = serial_printer("ok")
    supervisor = Actor("ANI", "supervisor", "Loket-PC-1")
    again = returns(lambda: reprint(hall, office, _printer(refilled.port), SETTINGS, failed.ticket.code,
                                    actor=supervisor, now=NOW))
    assert again.printed and again.ticket.code == failed.ticket.code
    assert _row(hall, failed.ticket.id).print_state == "printed"
    assert "A-001" in decode(refilled.received(at_least=400), get_profile("generic-80")).lines()
    [entry] = audit.entries(hall, action_prefix="queue.reprint")
    assert (entry.actor, entry.subject, entry.detail["printed"]) == ("ANI", "ticket:A-001", True)
    # An officer may not print a second paper with a valid number, on any path.
    with pytest.raises(NotAllowed):
        reprint(hall, office, _printer(refilled.port), SETTINGS, failed.ticket.code,
                actor=Actor("BUDI", "officer", "Loket-PC-2"), now=NOW)


def test_virtual_printer_preview_scans_to_a_verifiable_token(hall: Database, office: Office, tmp_path: Path) -> None:
    from PIL import Image

    printer = Printer(PrinterSettings(kind="virtual", output_dir=str(tmp_path), profile="generic-80"))
    outcome = issue_and_print(hall, office, printer, SETTINGS, 50, now=NOW)
    assert outcome.printed and outcome.preview_png is not None
    [payload] = qr_texts(Image.open(outcome.preview_png))
    assert verified(hall, payload, SECRET) == outcome.ticket.id


@pytest.mark.expect_warnings(r"printing 'Tiket antrean A-001' crashed")
def test_printer_code_that_crashes_still_leaves_a_valid_ticket(hall: Database, office: Office) -> None:
    class Broken:
        def print_document(self, document: object) -> object:
            raise RuntimeError("driver bug")

    outcome = issue_and_print(hall, office, Broken(), SETTINGS, 50, now=NOW)  # type: ignore[arg-type]
    assert not outcome.printed and outcome.reason_code == "printer_crashed"
    assert "tetap berlaku" in outcome.message_id
    assert _row(hall, outcome.ticket.id).print_state == "failed"


@pytest.mark.expect_warnings(r"whose print was never confirmed were handed to the staff: A-001")
def test_a_job_killed_mid_print_is_surfaced_on_the_next_start(hall: Database, office: Office) -> None:
    # The state a killed kiosk leaves: the ticket reserved and committed, never confirmed.
    reserved = issue_ticket(hall, 50, office=office, now=NOW, print_state="pending", terminal="kiosk-1")
    other = issue_ticket(hall, 50, office=office, now=NOW, print_state="pending", terminal="kiosk-2")

    recovered = recover_interrupted(hall, office, now=NOW, terminal="kiosk-1")

    assert [t.code for t in recovered] == [reserved.code]
    row = _row(hall, reserved.id)
    assert row.print_state == "failed" and row.status == "waiting"
    assert row.print_error is not None and row.print_error.startswith("interrupted")
    assert _row(hall, other.id).print_state == "pending", "another kiosk's job is not ours to judge"


def test_counter_group_reads_as_one_range() -> None:
    from kiosk.printjobs.jobs import counter_group

    assert counter_group(("Loket 1", "Loket 2", "Loket 3")) == "Loket 1-3"
    assert counter_group(("Loket 1", "Loket 3")) == "Loket 1, Loket 3"
    assert counter_group(("Loket 2",)) == "Loket 2"
    assert counter_group(()) == ""


def test_a_printer_that_cannot_report_status_is_not_a_warning_on_every_ticket(
    hall: Database, office: Office, tmp_path: Path
) -> None:
    """A device-file printer (here an ordinary file, as a spool path would be): each job replaces
    the last one whole, and no "paper near end" warning or printer event comes with every ticket."""
    spool = tmp_path / "lp0"
    spool.write_bytes(b"")
    printer = Printer(PrinterSettings(kind="file", path=str(spool), profile="generic-80"))
    long_job = issue_and_print(hall, office, printer, SETTINGS, 50, now=NOW, priority="lansia")
    first = spool.read_bytes()
    short_job = issue_and_print(hall, office, printer, SETTINGS, 50, now=NOW)
    second = spool.read_bytes()
    assert long_job.printed and short_job.printed and short_job.reason_code == "sent_unconfirmed"
    assert not long_job.paper_warning and not short_job.paper_warning
    assert len(first) > len(second), "the first job must be the longer one for this to prove anything"
    # Exactly one job in the file, ending with its cut: no tail of the longer job behind it.
    assert second.count(b"\x1dV") == 1 and second.endswith(first[-4:]) and b"Prioritas" not in second
    assert [e for e in events_after(hall, 0) if e.kind == "printer_state"] == []


def test_asking_again_for_the_same_request_never_gives_a_second_number(
    hall: Database, office: Office, tmp_path: Path
) -> None:
    """The kiosk's "try again" carries the visit's request key: same ticket, paper only if needed."""
    jammed = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path, virtual_state="paper_out"))
    first = issue_and_print(hall, office, jammed, SETTINGS, 50, now=NOW, request_key="visit-1")
    assert not first.printed
    ready = Printer(PrinterSettings(kind="virtual", output_dir=tmp_path))
    again = issue_and_print(hall, office, ready, SETTINGS, 50, now=NOW, request_key="visit-1")
    assert again.printed and again.ticket.code == first.ticket.code == "A-001"
    once_more = issue_and_print(hall, office, ready, SETTINGS, 50, now=NOW, request_key="visit-1")
    assert once_more.reason_code == "already_printed" and once_more.ticket.code == "A-001"
    assert len(list(tmp_path.glob("*.png"))) == 1, "the printed ticket came out twice"
    other = issue_and_print(hall, office, ready, SETTINGS, 50, now=NOW, request_key="visit-2")
    assert other.ticket.code == "A-002"
    with hall.read() as session:
        assert len(session.scalars(select(Ticket)).all()) == 2
