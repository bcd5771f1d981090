"""The other ways to reach a printer: raw TCP port 9100 and a device file."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from devices.printing.decode import decode
from devices.printing.printer import Printer, PrinterSettings
from devices.printing.profiles import get_profile
from devices.printing.render_escpos import render
from devices.printing.status import PrinterState
from kiosk.receipts.document import Document, Text
from kiosk.receipts.layouts import TicketPrint, queue_ticket
from tests.printing.conftest import TOKEN, FakeFactory
from tests.printing.helpers import returns


def network(port: int, **extra: object) -> PrinterSettings:
    return PrinterSettings(kind="network", host="127.0.0.1", tcp_port=port,
                           profile="epson-tm-t82", **extra)  # type: ignore[arg-type]


def test_network_printer_prints_and_confirms(tcp_printer: FakeFactory,
                                             ticket: TicketPrint) -> None:
    fake = tcp_printer("ok")
    result = returns(lambda: Printer(network(fake.tcp_port)).print_document(queue_ticket(ticket)))

    assert result.ok and result.reason_code == "printed"
    decoded = decode(fake.received(at_least=result.bytes_total + 18), get_profile("epson-tm-t82"))
    assert decoded.problems == []
    assert decoded.qr_payloads() == [TOKEN]
    assert "A-001" in decoded.lines()


@pytest.mark.parametrize(("mode", "reason"), [("paper_out", "paper_out"),
                                              ("silence", "no_answer")])
def test_network_printer_faults(tcp_printer: FakeFactory, ticket: TicketPrint, mode: str,
                                reason: str) -> None:
    fake = tcp_printer(mode)
    result = returns(lambda: Printer(network(fake.tcp_port)).print_document(queue_ticket(ticket)))
    assert not result.ok and result.reason_code == reason and result.nothing_sent


def test_network_printer_that_stops_reading_times_out(tcp_printer: FakeFactory) -> None:
    fake = tcp_printer("stop_reading", stop_after=500)
    big = Document(tuple(Text(f"{n:05d} " + "x" * 40) for n in range(6000)), title="besar")
    result = returns(lambda: Printer(network(fake.tcp_port)).print_document(big))

    assert not result.ok
    assert result.reason_code == "write_timeout"
    assert 0 < result.bytes_sent < result.bytes_total


def test_refused_connection_is_open_failed(ticket: TicketPrint) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = returns(lambda: Printer(network(port)).print_document(queue_ticket(ticket)))
    assert result.reason_code == "open_failed" and result.state is PrinterState.OFFLINE


def test_device_file_receives_the_exact_job(tmp_path: Path, ticket: TicketPrint) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    settings = PrinterSettings(kind="file", path=str(device), profile="generic-58")
    result = Printer(settings).print_document(queue_ticket(ticket))

    assert result.ok and result.reason_code == "sent_unconfirmed"
    assert result.state_after is PrinterState.UNKNOWN
    assert device.read_bytes() == render(queue_ticket(ticket), get_profile("generic-58"))
    assert Printer(settings).status().state is PrinterState.UNKNOWN


def test_missing_device_file_is_not_created(tmp_path: Path, ticket: TicketPrint) -> None:
    device = tmp_path / "usb" / "lp0"
    settings = PrinterSettings(kind="file", path=str(device))
    result = Printer(settings).print_document(queue_ticket(ticket))

    assert result.reason_code == "open_failed"
    assert not device.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX FIFO")
def test_device_that_stops_taking_data_times_out(tmp_path: Path) -> None:
    device = tmp_path / "stalled-lp0"
    os.mkfifo(device)
    got = bytearray()
    opened = threading.Event()

    def reader() -> None:
        with open(device, "rb") as fifo:
            opened.set()
            got.extend(fifo.read(100))  # then stops reading, like a jammed printer
            threading.Event().wait(30)

    threading.Thread(target=reader, daemon=True).start()
    big = Document(tuple(Text(f"{n:05d} " + "x" * 40) for n in range(3000)), title="besar")
    settings = PrinterSettings(kind="file", path=str(device))
    result = returns(lambda: Printer(settings).print_document(big))

    assert opened.is_set()
    assert result.reason_code == "write_timeout"
    assert 0 < result.bytes_sent < result.bytes_total
    assert bytes(got).startswith(b"\x1b@")
