"""A serial QR scanner on the far end of a real pty pair (socat)."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.scanning import ScannerSettings, SerialScanner


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[tuple[str, str]]:
    socat = shutil.which("socat")
    if socat is None:
        if os.environ.get("CI") == "true":
            pytest.fail("socat is required under CI")
        pytest.skip("socat not installed")
    near, far = tmp_path / "scanner-host", tmp_path / "scanner-device"
    link = subprocess.Popen([socat, f"pty,raw,echo=0,link={near}", f"pty,raw,echo=0,link={far}"],
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not (near.exists() and far.exists()) and time.monotonic() < deadline:
        time.sleep(0.01)
    yield str(near), str(far)
    link.terminate()
    link.wait(5)


def _scanner(port: str) -> tuple[SerialScanner, queue.Queue[str], list[str]]:
    codes: queue.Queue[str] = queue.Queue()
    states: list[str] = []
    scanner = SerialScanner(ScannerSettings(port, reopen_seconds=0.2, partial_timeout=0.3), codes.put, states.append)
    scanner.start()
    return scanner, codes, states


def _wait_state(states: list[str], wanted: str) -> None:
    deadline = time.monotonic() + 10
    while wanted not in states and time.monotonic() < deadline:
        time.sleep(0.02)
    assert wanted in states, states


def test_each_scan_arrives_as_one_code_whatever_the_line_ending(pty_pair: tuple[str, str]) -> None:
    near, far = pty_pair
    scanner, codes, states = _scanner(near)
    _wait_state(states, "connected")
    with open(far, "wb", buffering=0) as device:
        device.write(b"MPP1.12.AWSO.FAU4VUCLNXHJWJGF\r\nA-001\r")
        device.write(b"A-0")  # a scan split across two reads still arrives whole
        time.sleep(0.05)
        device.write(b"02\n")
    got = [codes.get(timeout=5) for _ in range(3)]
    scanner.stop()
    assert got == ["MPP1.12.AWSO.FAU4VUCLNXHJWJGF", "A-001", "A-002"]


def test_a_stale_fragment_is_dropped_not_glued_to_the_next_scan(pty_pair: tuple[str, str]) -> None:
    near, far = pty_pair
    scanner, codes, states = _scanner(near)
    _wait_state(states, "connected")
    with open(far, "wb", buffering=0) as device:
        device.write(b"MPP1.9")  # cable wiggle: half a code, never terminated
        time.sleep(0.8)
        device.write(b"A-007\r\n")
    assert codes.get(timeout=5) == "A-007"
    scanner.stop()


def test_a_missing_scanner_is_reported_and_picked_up_when_plugged_in(tmp_path: Path) -> None:
    port = tmp_path / "not-yet"
    scanner, codes, states = _scanner(str(port))
    _wait_state(states, "lost")
    socat = shutil.which("socat")
    if socat is None:
        scanner.stop()
        pytest.skip("socat not installed")
    far = tmp_path / "device"
    link = subprocess.Popen([socat, f"pty,raw,echo=0,link={port}", f"pty,raw,echo=0,link={far}"],
                            stderr=subprocess.DEVNULL)
    try:
        _wait_state(states, "connected")
        with open(far, "wb", buffering=0) as device:
            device.write(b"A-010\n")
        assert codes.get(timeout=5) == "A-010"
    finally:
        scanner.stop()
        link.terminate()
        link.wait(5)
