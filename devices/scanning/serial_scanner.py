"""A serial QR scanner: each scan arrives as one line (CR, LF or CR LF terminated).

Scanners get unplugged, re-enumerate as another device, or send half a code when the cable
wiggles. The reader thread therefore never raises: it reports each state change through a
callback, reopens the port every few seconds while it is gone, and drops partial lines that
stay unterminated longer than a scan could take.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import serial

log = logging.getLogger(__name__)

MAX_CODE = 512  # longer than any ticket token or URL a scanner sends; more is noise


@dataclass(frozen=True)
class ScannerSettings:
    port: str
    baud: int = 9600
    reopen_seconds: float = 2.0
    partial_timeout: float = 1.0  # a scan arrives in milliseconds; a stale fragment is noise


class SerialScanner:
    """Reads codes on a background thread and hands each to ``on_code`` (from that thread;
    a Qt caller forwards it with a queued signal). ``on_state`` gets "connected", "lost"."""

    def __init__(
        self,
        settings: ScannerSettings,
        on_code: Callable[[str], None],
        on_state: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self._on_code = on_code
        self._on_state = on_state or (lambda _state: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.state = "starting"

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="serial-scanner", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            try:
                self._on_state(state)
            except Exception:
                log.exception("scanner state callback failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                link = serial.Serial(self.settings.port, self.settings.baud, timeout=0.2)
            except (serial.SerialException, OSError) as exc:
                log.info("scanner %s not available: %s", self.settings.port, exc)
                self._set_state("lost")
                self._stop.wait(self.settings.reopen_seconds)
                continue
            self._set_state("connected")
            try:
                self._read(link)
            except (serial.SerialException, OSError) as exc:
                log.warning("scanner %s lost: %s", self.settings.port, exc)
                self._set_state("lost")
            finally:
                link.close()

    def _read(self, link: serial.Serial) -> None:
        buffer = bytearray()
        last = time.monotonic()
        while not self._stop.is_set():
            chunk = link.read(256)
            now = time.monotonic()
            if not chunk:
                if buffer and now - last > self.settings.partial_timeout:
                    buffer.clear()
                continue
            last = now
            buffer.extend(chunk)
            while True:
                cut = min((i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0), default=-1)
                if cut < 0:
                    break
                line, buffer = bytes(buffer[:cut]), buffer[cut + 1 :]
                self._deliver(line)
            if len(buffer) > MAX_CODE:
                buffer.clear()

    def _deliver(self, raw: bytes) -> None:
        code = raw.decode("ascii", "ignore").strip()
        if not code or len(code) > MAX_CODE:
            return
        try:
            self._on_code(code)
        except Exception:
            log.exception("handling scanned code failed")
