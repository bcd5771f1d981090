"""Printing a queue ticket to a fake printer on the far end of a real serial pty pair.

For each state the printer can be in, what the kiosk is told, and what actually arrived.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from devices.printing.decode import StatusRequest, decode
from devices.printing.printer import Printer, PrinterSettings, PrintResult
from devices.printing.profiles import get_profile
from devices.printing.render_escpos import render
from devices.printing.status import PrinterState
from kiosk.receipts.document import Document, Text
from kiosk.receipts.layouts import TicketPrint, queue_ticket
from tests.printing.conftest import TOKEN, FakeFactory, FakePrinter, require_socat
from tests.printing.helpers import qr_texts, returns


def settings_for(fake: FakePrinter, profile: str = "generic-80", **extra: object) -> PrinterSettings:
    return PrinterSettings(kind="serial", port=fake.port, baud=19200, profile=profile,
                           **extra)  # type: ignore[arg-type]


def print_ticket(fake: FakePrinter, ticket: TicketPrint, profile: str = "generic-80"
                 ) -> PrintResult:
    printer = Printer(settings_for(fake, profile))
    return returns(lambda: printer.print_document(queue_ticket(ticket)))


def job_part(data: bytes) -> bytes:
    """The bytes between the status queries: the job itself starts at ESC @."""
    start = data.index(b"\x1b@")
    end = data.rindex(b"\x10\x04\x01") if data.rfind(b"\x10\x04\x01") > start else len(data)
    return data[start:end]


def test_ready_printer_prints_the_ticket_and_the_bytes_decode_to_it(
    serial_printer: FakeFactory, ticket: TicketPrint
) -> None:
    fake = serial_printer("ok")
    result = print_ticket(fake, ticket)

    assert result.ok
    assert result.reason_code == "printed"
    assert result.state_before is PrinterState.OK
    assert result.state_after is PrinterState.OK
    assert result.message_id == "Tiket Anda sudah dicetak. Silakan ambil tiket Anda."
    assert result.bytes_sent == result.bytes_total == len(
        render(queue_ticket(ticket), get_profile("generic-80"))
    )

    arrived = fake.received(at_least=result.bytes_total + 18)
    decoded = decode(arrived, get_profile("generic-80"))
    assert decoded.problems == []
    assert decoded.lines() == [
        "MPP Bale Madukara Kabupaten Purwakarta",
        "Jl. Jenderal Sudirman,",
        "Nagrikaler, Purwakarta 41115",
        "-" * 48,
        "NOMOR ANTREAN",
        "A-001",
        "Perizinan Berusaha Berbasis Risiko (OSS RBA)",
        "Perizinan Usaha - Loket 1-3",
        "-" * 48,
        "Antrean di depan Anda: 5 orang",
        "Perkiraan tunggu 10-20 menit",
        "Selasa, 24 November 2026 14.05",
        "Silakan menunggu nomor Anda dipanggil",
    ]
    number = next(line for line in decoded.text_lines() if line.text == "A-001")
    assert number.size == (4, 4) and number.bold and number.align == "center"
    assert decoded.qr_payloads() == [TOKEN]
    assert len(decoded.cuts()) == 1
    # Status was asked before the job and again after it, never inside it.
    kinds = [type(e).__name__ for e in decoded.events]
    first_job, last_job = kinds.index("Initialize"), kinds.index("CutPaper")
    queries = [i for i, e in enumerate(decoded.events) if isinstance(e, StatusRequest)]
    assert [i < first_job for i in queries] == [True] * 3 + [False] * 3
    assert all(i > last_job for i in queries[3:])


def test_printer_without_native_qr_gets_a_raster_that_scans_as_the_token(
    serial_printer: FakeFactory, ticket: TicketPrint
) -> None:
    fake = serial_printer("ok")
    result = print_ticket(fake, ticket, profile="xprinter-58-noqr")

    # This model never answers status: the job goes out, but cannot be confirmed.
    assert result.ok and result.reason_code == "sent_unconfirmed"
    assert result.state_after is PrinterState.UNKNOWN
    assert "Bila tiket tidak keluar" in result.message_id
    arrived = fake.received(at_least=result.bytes_total)
    assert arrived == render(queue_ticket(ticket), get_profile("xprinter-58-noqr"))
    decoded = decode(arrived, get_profile("xprinter-58-noqr"))
    assert decoded.problems == []
    assert decoded.qr_payloads() == []
    [raster] = decoded.images()
    assert raster.align == "center"
    assert qr_texts(raster.image) == [TOKEN]
    assert all(len(line) <= 32 for line in decoded.lines())


@pytest.mark.parametrize(
    ("mode", "state", "reason", "message_start"),
    [
        ("paper_out", PrinterState.PAPER_OUT, "paper_out",
         "Mohon maaf, kertas tiket sedang habis"),
        ("cover_open", PrinterState.COVER_OPEN, "cover_open",
         "Mohon maaf, printer tiket sedang tidak siap"),
        ("offline", PrinterState.OFFLINE, "offline",
         "Mohon maaf, printer tiket sedang tidak siap"),
        ("error", PrinterState.ERROR, "printer_error",
         "Mohon maaf, printer tiket sedang mengalami gangguan"),
        ("silence", PrinterState.NO_ANSWER, "no_answer",
         "Mohon maaf, printer tiket sedang mengalami gangguan"),
        ("garbage", PrinterState.GARBLED, "garbled",
         "Mohon maaf, printer tiket sedang mengalami gangguan"),
    ],
)
def test_printer_that_cannot_print_gets_no_job_and_the_applicant_is_told_why(
    serial_printer: FakeFactory,
    ticket: TicketPrint,
    mode: str,
    state: PrinterState,
    reason: str,
    message_start: str,
) -> None:
    fake = serial_printer(mode)
    result = print_ticket(fake, ticket)

    assert not result.ok
    assert result.state_before is state
    assert result.state is state
    assert result.reason_code == reason
    assert result.message_id.startswith(message_start)
    assert "Silakan hubungi petugas." in result.message_id
    assert result.message_en.startswith("Sorry,")
    assert result.bytes_sent == 0 and result.nothing_sent
    # Nothing but status queries reached the printer: no half ticket came out.
    assert b"\x1b@" not in fake.received()


def test_paper_nearly_out_prints_but_warns_the_officer(
    serial_printer: FakeFactory, ticket: TicketPrint
) -> None:
    fake = serial_printer("near_end")
    result = print_ticket(fake, ticket)

    assert result.ok and result.warning
    assert result.reason_code == "printed_paper_near_end"
    assert result.state is PrinterState.PAPER_NEAR_END
    assert result.message_id == "Tiket Anda sudah dicetak. Silakan ambil tiket Anda."
    assert "hampir habis" in result.staff_message_id
    assert decode(job_part(fake.received(at_least=result.bytes_total))).qr_payloads() == [TOKEN]


def test_paper_running_out_during_the_job_is_not_reported_as_printed(
    serial_printer: FakeFactory, ticket: TicketPrint
) -> None:
    fake = serial_printer("paper_out_during", stop_after=200)
    result = print_ticket(fake, ticket)

    assert not result.ok
    assert result.state_before is PrinterState.OK
    assert result.state_after is PrinterState.PAPER_OUT
    assert result.reason_code == "paper_out"
    assert result.bytes_sent == result.bytes_total
    assert result.message_id.startswith("Mohon maaf, tiket Anda mungkin tidak tercetak")


def test_printer_that_stops_reading_after_a_small_job_is_not_ok(
    serial_printer: FakeFactory, ticket: TicketPrint
) -> None:
    # The whole ticket fits in the operating system's buffers, so the write "succeeds";
    # only the missing answer afterwards shows that the printer is gone.
    fake = serial_printer("stop_reading", stop_after=100)
    result = print_ticket(fake, ticket)

    assert not result.ok
    assert result.state_before is PrinterState.OK
    assert result.state_after is PrinterState.NO_ANSWER
    assert result.reason_code == "no_answer"
    assert result.message_id.startswith("Mohon maaf, tiket Anda mungkin tidak tercetak")


def test_printer_that_stops_reading_mid_job_does_not_hang_the_kiosk(
    serial_printer: FakeFactory,
) -> None:
    fake = serial_printer("stop_reading", stop_after=1000)
    # About 60 KB: more than the pty pair and socat can buffer (32 KiB), so the write stalls.
    long_list = Document(
        tuple(Text(f"{n:04d} Persyaratan berkas nomor {n} sudah diperiksa") for n in range(1300)),
        title="Daftar panjang",
    )
    printer = Printer(settings_for(fake))
    result = returns(lambda: printer.print_document(long_list))

    assert not result.ok
    assert result.reason_code == "write_timeout"
    assert 0 < result.bytes_sent < result.bytes_total
    assert result.message_id.startswith("Mohon maaf, tiket Anda mungkin tidak tercetak")
    assert "berhenti menerima data" in result.staff_message_id
    # The port was released: the next status check opens it again and gets its own answer.
    assert Printer(settings_for(fake)).status().state is PrinterState.NO_ANSWER


def test_missing_serial_port_is_a_result_not_an_exception(tmp_path: Path,
                                                          ticket: TicketPrint) -> None:
    settings = PrinterSettings(kind="serial", port=str(tmp_path / "ttyUSB9"))
    result = returns(lambda: Printer(settings).print_document(queue_ticket(ticket)))

    assert not result.ok
    assert result.reason_code == "open_failed"
    assert result.state is PrinterState.OFFLINE
    assert "ttyUSB9" in result.detail
    assert result.message_id.startswith("Mohon maaf, printer tiket sedang mengalami gangguan")
    assert Printer(settings).status().state is PrinterState.OFFLINE


def test_port_in_use_by_another_job_is_reported(serial_printer: FakeFactory,
                                                ticket: TicketPrint) -> None:
    import serial

    fake = serial_printer("ok")
    holder = serial.Serial(fake.port, exclusive=True)
    try:
        result = print_ticket(fake, ticket)
    finally:
        holder.close()
    assert result.reason_code == "open_failed"
    assert b"\x1b@" not in fake.received()


def test_status_report_for_each_state(serial_printer: FakeFactory) -> None:
    expected = {
        "ok": PrinterState.OK,
        "near_end": PrinterState.PAPER_NEAR_END,
        "paper_out": PrinterState.PAPER_OUT,
        "cover_open": PrinterState.COVER_OPEN,
        "silence": PrinterState.NO_ANSWER,
        "garbage": PrinterState.GARBLED,
    }
    seen = {}
    for mode in expected:
        fake = serial_printer(mode)
        report = returns(Printer(settings_for(fake)).status)
        seen[mode] = report.state
    assert seen == expected


def test_reprint_of_stored_bytes_sends_them_unchanged(serial_printer: FakeFactory,
                                                      ticket: TicketPrint) -> None:
    fake = serial_printer("ok")
    stored = render(queue_ticket(dataclasses.replace(ticket, code="B-017")),
                    get_profile("generic-80"))
    result = returns(lambda: Printer(settings_for(fake)).print_bytes(stored, "Cetak ulang B-017"))

    assert result.ok
    assert job_part(fake.received(at_least=len(stored) + 18)) == stored


def test_missing_socat_skips_locally_but_fails_under_ci(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_socat()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        require_socat()


def test_a_serial_link_that_vanishes_mid_job_is_a_lost_connection_not_a_crash(serial_printer: FakeFactory) -> None:
    """A USB-serial adapter pulled out while a ticket prints (here: the pty pair torn down)."""
    import threading
    import time

    fake = serial_printer("stop_reading", stop_after=200)
    printer = Printer(PrinterSettings(kind="serial", port=fake.port, baud=9600, write_timeout=5.0))
    outcome: list[object] = []
    job = threading.Thread(target=lambda: outcome.append(printer.print_bytes(b"\x1b@" + b"X" * 20000, "long")))
    job.start()
    time.sleep(0.6)
    fake.stop()  # the far end and the link disappear under the blocked write
    job.join(20)
    [result] = outcome
    assert not result.ok  # type: ignore[attr-defined]
    assert result.reason_code in ("connection_lost", "write_timeout"), result  # type: ignore[attr-defined]
