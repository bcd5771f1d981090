"""Reading status bytes, and turning the terminal's config section into printer settings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from devices.printing.diagnostics import (
    describe_result,
    describe_status,
    exit_code,
    print_test_page,
    printer_status,
)
from devices.printing.printer import Printer, PrinterSettings
from devices.printing.status import PrinterState, interpret, is_status_reply
from tests.printing.conftest import WIB, FakeFactory
from tests.printing.helpers import returns


@pytest.mark.parametrize(
    ("replies", "state"),
    [
        ({1: 0x12, 2: 0x12, 4: 0x12}, PrinterState.OK),
        ({1: 0x16, 2: 0x12, 4: 0x12}, PrinterState.OK),  # bit 2 of n=1 is the drawer pin
        ({1: 0x12, 2: 0x12, 4: 0x1E}, PrinterState.PAPER_NEAR_END),
        ({1: 0x1A, 2: 0x32, 4: 0x72}, PrinterState.PAPER_OUT),
        ({1: 0x1A, 2: 0x12, 4: 0x72}, PrinterState.PAPER_OUT),
        ({1: 0x1A, 2: 0x16, 4: 0x12}, PrinterState.COVER_OPEN),
        ({1: 0x1A, 2: 0x52, 4: 0x12}, PrinterState.ERROR),
        ({1: 0x1A, 2: 0x1A, 4: 0x12}, PrinterState.OFFLINE),  # feed button held
    ],
)
def test_status_bytes_from_the_manual(replies: dict[int, int], state: PrinterState) -> None:
    assert interpret(replies).state is state


def test_only_dle_eot_shaped_bytes_count_as_replies() -> None:
    assert is_status_reply(0x12) and is_status_reply(0x72) and is_status_reply(0x1E)
    for other in (0x00, 0xFF, 0x11, 0x13, 0x10, 0x14, ord("O")):
        assert not is_status_reply(other), hex(other)


def test_flow_control_bytes_before_a_reply_are_skipped(serial_printer: FakeFactory) -> None:
    fake = serial_printer("ok_with_xon")
    settings = PrinterSettings(kind="serial", port=fake.port, flow_control="none")
    assert returns(Printer(settings).status).state is PrinterState.OK


def test_settings_from_the_config_file_section(tmp_path: Path) -> None:
    section = {
        "kind": "serial",
        "profile": "epson-tm-t82",
        "port": "COM3",
        "baud": 9600,
        "flow_control": "rtscts",
        "host": "",
        "tcp_port": 9100,
        "path": "",
        "output_dir": "",
    }
    settings = PrinterSettings.from_mapping(section)
    assert settings.port == "COM3" and settings.baud == 9600
    assert settings.flow_control == "rtscts"
    assert settings.output_dir is None
    assert PrinterSettings.from_mapping({"output_dir": str(tmp_path)}).output_dir == tmp_path


@pytest.mark.parametrize(
    ("section", "complaint"),
    [
        ({"buad": 9600}, "unknown printer setting(s): buad"),
        ({"kind": "usb"}, "printer kind must be one of"),
        ({"kind": "serial"}, "needs a port such as COM3"),
        ({"kind": "network"}, "needs a host"),
        ({"profile": "tm-t99"}, "known profiles: epson-tm-t82"),
        ({"flow_control": "dsrdtr"}, "flow_control must be one of"),
        ({"virtual_state": "jammed"}, "virtual_state must be one of"),
    ],
)
def test_bad_settings_are_explained(section: dict[str, object], complaint: str) -> None:
    with pytest.raises(ValueError) as caught:
        PrinterSettings.from_mapping(section)
    assert complaint in str(caught.value)


def test_cli_status_and_test_page_lines(tmp_path: Path) -> None:
    settings = PrinterSettings(kind="virtual", output_dir=tmp_path, virtual_state="paper_out")
    report = printer_status(settings)
    assert describe_status(settings, report)[1] == "Status: Kertas habis / Out of paper"
    assert exit_code(report) == 1

    ready = PrinterSettings(kind="virtual", output_dir=tmp_path)
    result = print_test_page(ready, "MPP Bale Madukara", datetime(2026, 11, 24, 8, 0,
                                                                  tzinfo=WIB))
    lines = describe_result(result)
    assert lines[0] == "Hasil / Result: berhasil / ok (printed)"
    assert any(line.startswith("Pratinjau / preview: ") for line in lines)
    assert exit_code(result) == 0
