"""Fixtures for the printing tests: a fake printer process behind a real pty pair or TCP port,
and the sample documents.

The serial fixtures need socat. Without it the tests are skipped on a developer machine, but
under ``CI=true`` a missing socat fails the run, so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kiosk.receipts.layouts import TicketPrint

FAKE_PRINTER = Path(__file__).with_name("fake_printer.py")
WIB = timezone(timedelta(hours=7))
TOKEN = "https://antrian.purwakartakab.go.id/t/8f3a2c91d4e5b6a7c8d9e0f1a2b3"
START_TIMEOUT = 10.0


def require_socat() -> str:
    path = shutil.which("socat")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("socat is required for the serial printer tests under CI")
        pytest.skip("socat not installed; serial printer tests need a pty pair")
    return path


def _wait_ready(process: subprocess.Popen[str], what: str) -> str:
    """The READY line of a fake printer (bounded wait, so a broken fixture cannot hang)."""
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            line = process.stdout.readline()
            if line.startswith("READY"):
                return line.strip()
        if process.poll() is not None:
            break
    stderr = process.stderr.read() if process.stderr and process.poll() is not None else ""
    raise RuntimeError(f"{what} did not start: {stderr}")


@dataclass
class FakePrinter:
    """A running fake printer. ``port`` is what the code under test opens."""

    port: str
    store: Path
    processes: list[subprocess.Popen[str]] = field(default_factory=list)
    tcp_port: int = 0

    def received(self, at_least: int = 0, settle: float = 5.0) -> bytes:
        """Everything the printer got; waits (bounded) until ``at_least`` bytes are in."""
        deadline = time.monotonic() + settle
        data = self.store.read_bytes()
        while len(data) < at_least and time.monotonic() < deadline:
            time.sleep(0.01)
            data = self.store.read_bytes()
        return data

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()


FakeFactory = Callable[..., FakePrinter]


@pytest.fixture
def serial_printer(tmp_path: Path) -> Iterator[FakeFactory]:
    """Start ``socat`` with a pty pair and a fake printer on the far end: ``start(mode)``."""
    socat = require_socat()
    started: list[FakePrinter] = []

    def start(mode: str = "ok", stop_after: int = 0) -> FakePrinter:
        index = len(started)
        near, far = tmp_path / f"printer{index}-host", tmp_path / f"printer{index}-device"
        store = tmp_path / f"printer{index}-received.bin"
        store.write_bytes(b"")
        link = subprocess.Popen(
            [socat, "-d", "-d", f"pty,raw,echo=0,link={near}", f"pty,raw,echo=0,link={far}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        fake = FakePrinter(str(near), store, [link])
        started.append(fake)
        deadline = time.monotonic() + START_TIMEOUT
        while not (near.exists() and far.exists()):
            if link.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("socat did not create the pty pair")
            time.sleep(0.01)
        device = subprocess.Popen(
            [sys.executable, str(FAKE_PRINTER), "--serial", str(far), "--store", str(store),
             "--mode", mode, "--stop-after", str(stop_after)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        fake.processes.append(device)
        _wait_ready(device, "fake serial printer")
        return fake

    yield start
    for fake in started:
        fake.stop()


@pytest.fixture
def tcp_printer(tmp_path: Path) -> Iterator[FakeFactory]:
    """A fake network printer on 127.0.0.1: ``start(mode)``; ``.tcp_port`` is its port."""
    started: list[FakePrinter] = []

    def start(mode: str = "ok", stop_after: int = 0) -> FakePrinter:
        store = tmp_path / f"tcp{len(started)}-received.bin"
        store.write_bytes(b"")
        device = subprocess.Popen(
            [sys.executable, str(FAKE_PRINTER), "--tcp", "0", "--store", str(store),
             "--mode", mode, "--stop-after", str(stop_after)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        fake = FakePrinter("127.0.0.1", store, [device])
        started.append(fake)
        fake.tcp_port = int(_wait_ready(device, "fake network printer").split()[1])
        return fake

    yield start
    for fake in started:
        fake.stop()


@pytest.fixture
def ticket() -> TicketPrint:
    return TicketPrint(
        office_name="MPP Bale Madukara Kabupaten Purwakarta",
        office_address="Jl. Jenderal Sudirman, Nagrikaler, Purwakarta 41115",
        code="A-001",
        service_title="Perizinan Berusaha Berbasis Risiko (OSS RBA)",
        queue_name="Perizinan Usaha",
        counter_group="Loket 1-3",
        ahead=5,
        wait_min=10,
        wait_max=20,
        issued_at=datetime(2026, 11, 24, 14, 5, tzinfo=WIB),
        priority_label=None,
        token=TOKEN,
        language="id",
    )
