"""What a Windows PC does differently, tested as far as Linux allows.

Real here: the console code page (PYTHONIOENCODING=cp1252 is what a Western-European Windows
console gives Python), and `printer ports` listing the ports this machine has. Faked, because
the Windows API cannot run on Linux: the print spooler (a fake SpoolerApi records the calls
winspool.drv would get) and winsound (a fake module with PlaySound). The real ctypes calls are
only exercised by the Windows workflow (.github/workflows/windows.yml), which this CI does not run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from devices.printing import Printer, PrinterSettings, PrinterState, diagnostics
from devices.printing.render_escpos import render
from devices.printing.winspool import (
    STATUS_OFFLINE,
    STATUS_PAPER_OUT,
    SpoolerError,
    WindowsSpoolerTransport,
    windows_printers,
)
from devices.sound import WinsoundPlayer, system_player
from tests.support.cli import Cli


def test_a_call_printed_to_a_cp1252_console_or_file_does_not_fail_after_it_committed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "MPP_KIOSK_DB": f"sqlite:///{tmp_path / 'k.db'}",
           "MPP_KIOSK_CONFIG": str(tmp_path / "c.toml")}
    base = [sys.executable, "-m", "kiosk"]
    subprocess.run([*base, "init"], env=env, check=True, capture_output=True)
    subprocess.run([*base, "--now", "2026-11-24T09:00", "ticket", "issue", "50", "--no-print"], env=env, check=True,
                   capture_output=True)
    out = tmp_path / "out.txt"
    with out.open("wb") as handle:
        done = subprocess.run([*base, "--now", "2026-11-24T09:01", "queue", "call", "--counter", "1"],
                              env=env, stdout=handle, stderr=subprocess.PIPE, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert "A-001 → Loket 1" in out.read_text(encoding="utf-8")


def test_printer_ports_lists_this_computer_s_serial_ports(tmp_path: Path) -> None:
    from serial.tools import list_ports

    (tmp_path / "c.toml").write_text("", encoding="utf-8")
    cli = Cli(tmp_path / "c.toml", f"sqlite:///{tmp_path / 'k.db'}")
    shown = cli.ok("printer", "ports", "--json").json()
    assert [p["port"] for p in shown["serial"]] == sorted(p.device for p in list_ports.comports())
    assert shown["windows_printers"] == []  # not Windows
    text = cli.ok("printer", "ports").out
    assert text.startswith('Serial ports (kind = "serial", port = ...):')


class FakeSpooler:
    """Records what winspool.drv would be asked; ``status`` is the PRINTER_INFO_2 Status word."""

    def __init__(self, status: int = 0, fail_write: bool = False) -> None:
        self.status_word = status
        self.fail_write = fail_write
        self.calls: list[str] = []
        self.data = bytearray()

    def open(self, printer: str) -> Any:
        self.calls.append(f"open {printer}")
        if printer == "missing":
            raise SpoolerError("OpenPrinter failed: The printer name is invalid. (1801)")
        return 7

    def status(self, handle: Any) -> int:
        return self.status_word

    def start_job(self, handle: Any, title: str) -> None:
        self.calls.append(f"start {title}")

    def write(self, handle: Any, data: bytes) -> int:
        if self.fail_write:
            raise SpoolerError("WritePrinter failed: The printer is out of paper. (28)")
        self.data += data
        self.calls.append(f"write {len(data)}")
        return len(data)

    def end_job(self, handle: Any) -> None:
        self.calls.append("end")

    def close(self, handle: Any) -> None:
        self.calls.append("close")

    def printers(self) -> list[str]:
        return ["EPSON TM-T82X Receipt", "Microsoft Print to PDF"]


def _printer(spooler: FakeSpooler, name: str = "EPSON TM-T82X Receipt") -> Printer:
    settings = PrinterSettings(kind="windows", printer_name=name)
    return Printer(settings, transport=WindowsSpoolerTransport(name, api=spooler))


def test_a_ticket_goes_to_the_windows_spooler_as_one_raw_job_byte_for_byte() -> None:
    spooler = FakeSpooler()
    moment = datetime(2026, 11, 24, 9, tzinfo=timezone(timedelta(hours=7)))
    document = diagnostics.test_page("generic-80", "DPMPTSP Uji", moment)
    result = _printer(spooler).print_document(document)
    assert result.ok and result.reason_code == "sent_unconfirmed"
    assert bytes(spooler.data) == render(document, _printer(spooler).profile)
    assert spooler.calls[0] == "open EPSON TM-T82X Receipt"
    assert spooler.calls[1].startswith("start ") and spooler.calls[-2:] == ["end", "close"]


@pytest.mark.parametrize(("word", "state"), [(STATUS_PAPER_OUT, PrinterState.PAPER_OUT),
                                             (STATUS_OFFLINE, PrinterState.OFFLINE)])
def test_a_printer_windows_knows_is_out_of_paper_or_offline_gets_no_job(word: int, state: PrinterState) -> None:
    spooler = FakeSpooler(status=word)
    result = _printer(spooler).print_bytes(b"\x1b@ticket", "t")
    assert not result.ok and result.state_before == state and result.bytes_sent == 0
    assert not spooler.data and "start t" not in spooler.calls and spooler.calls[-1] == "close"


def test_spooler_failures_become_typed_results_not_crashes() -> None:
    missing = _printer(FakeSpooler(), name="missing").print_bytes(b"x", "t")
    assert not missing.ok and missing.reason_code == "open_failed" and "printer name is invalid" in missing.detail
    broken = _printer(FakeSpooler(fail_write=True)).print_bytes(b"x", "t")
    assert not broken.ok and broken.reason_code == "connection_lost"


def test_windows_printers_are_listed_from_the_spooler() -> None:
    assert windows_printers(FakeSpooler()) == ["EPSON TM-T82X Receipt", "Microsoft Print to PDF"]
    assert windows_printers() == []  # no spooler on this system: an empty list, not an error


def test_the_windows_printer_kind_needs_a_printer_name() -> None:
    with pytest.raises(ValueError, match="printer_name"):
        PrinterSettings(kind="windows")


class FakeWinsound:
    SND_MEMORY = 4
    SND_NODEFAULT = 2

    def __init__(self) -> None:
        self.played: list[tuple[bytes, int]] = []

    def PlaySound(self, sound: bytes, flags: int) -> None:
        self.played.append((sound, flags))


def test_winsound_plays_from_memory_with_no_file_and_no_child_process(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeWinsound()
    monkeypatch.setitem(sys.modules, "winsound", fake)
    monkeypatch.setattr(subprocess, "Popen", None)  # any child process would now fail loudly
    player = system_player(platform="win32")
    assert isinstance(player, WinsoundPlayer)
    player.play(b"RIFF....WAVE")
    assert fake.played == [(b"RIFF....WAVE", FakeWinsound.SND_MEMORY | FakeWinsound.SND_NODEFAULT)]
