"""A printer installed in Windows (Devices and Printers), fed RAW ESC/POS through the spooler.

Most Windows halls install the thermal printer's own driver, which takes the COM or USB port
away from every other program: then the spooler is the only way in. A ``RAW`` job passes our
bytes to the printer untouched (no driver rendering, no page margins), so the ticket is the same
as over a serial port. The spooler cannot pass ``DLE EOT`` replies back, so a job that the
spooler accepted is reported as sent but unconfirmed; the spooler's own status flags (paper out,
offline, door open) are read before the job so a printer Windows knows is out of paper refuses
the job at once.

The Win32 calls go through :class:`SpoolerApi`; :class:`Winspool` is the real one (ctypes over
``winspool.drv``). Nothing here runs on other systems, and the tests drive a fake ``SpoolerApi``.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

from devices.printing.transports import ConnectionLost, OpenFailed, TransportError

# PRINTER_INFO_2.Status bits (wingdi.h / winspool.h) that mean a job cannot come out now.
STATUS_PAUSED = 0x1
STATUS_ERROR = 0x2
STATUS_PAPER_JAM = 0x8
STATUS_PAPER_OUT = 0x10
STATUS_PAPER_PROBLEM = 0x40
STATUS_OFFLINE = 0x80
STATUS_NOT_AVAILABLE = 0x1000
STATUS_DOOR_OPEN = 0x400000

BLOCKING_STATUS = {
    STATUS_PAPER_OUT: "paper_out",
    STATUS_PAPER_PROBLEM: "paper_out",
    STATUS_DOOR_OPEN: "cover_open",
    STATUS_OFFLINE: "offline",
    STATUS_NOT_AVAILABLE: "offline",
    STATUS_PAUSED: "offline",
    STATUS_PAPER_JAM: "error",
    STATUS_ERROR: "error",
}


class SpoolerError(OSError):
    """A Win32 spooler call failed; the message carries Windows' own error text."""


class SpoolerApi(Protocol):
    def open(self, printer: str) -> Any: ...
    def status(self, handle: Any) -> int: ...
    def start_job(self, handle: Any, title: str) -> None: ...
    def write(self, handle: Any, data: bytes) -> int: ...
    def end_job(self, handle: Any) -> None: ...
    def close(self, handle: Any) -> None: ...
    def printers(self) -> list[str]: ...


def blocking_state(status: int) -> str | None:
    """The first reason the spooler's status word gives for a job not coming out, if any."""
    for bit, state in BLOCKING_STATUS.items():
        if status & bit:
            return state
    return None


class WindowsSpoolerTransport:
    """One RAW spooler job per open/close. Write-only as far as DLE EOT is concerned."""

    def __init__(self, printer_name: str, api: SpoolerApi | None = None, title: str = "MPP Kiosk") -> None:
        self.printer_name = printer_name
        self.title = title
        self._api = api
        self._handle: Any = None
        self._in_job = False

    @property
    def api(self) -> SpoolerApi:
        if self._api is None:
            self._api = Winspool()
        return self._api

    @property
    def name(self) -> str:
        return self.printer_name

    @property
    def supports_status(self) -> bool:
        return False

    def spooler_state(self) -> str | None:
        """What Windows says stops the printer now (paper_out, offline ...), else None."""
        if self._handle is None:
            raise TransportError(f"{self.printer_name} is not open")
        try:
            return blocking_state(self.api.status(self._handle))
        except SpoolerError:
            return None

    def open(self) -> None:
        try:
            self._handle = self.api.open(self.printer_name)
        except SpoolerError as exc:
            raise OpenFailed(f"Windows printer {self.printer_name!r}: {exc}") from exc
        self._in_job = False

    def write(self, data: bytes) -> int:
        if self._handle is None:
            raise TransportError(f"{self.printer_name} is not open")
        try:
            if not self._in_job:
                self.api.start_job(self._handle, self.title)
                self._in_job = True
            written = self.api.write(self._handle, data)
        except SpoolerError as exc:
            raise ConnectionLost(f"Windows printer {self.printer_name!r}: {exc}") from exc
        if written != len(data):
            raise ConnectionLost(f"Windows printer {self.printer_name!r} took {written} of {len(data)} bytes", written)
        return written

    def read(self, size: int, timeout: float) -> bytes:
        return b""

    def reset_input(self) -> None:
        """The spooler passes nothing back."""

    def drain(self) -> None:
        """Ending the job hands it to the spooler, which prints it in its own time."""
        self._end_job()

    def discard_output(self) -> bool:
        return False

    def _end_job(self) -> None:
        if self._in_job and self._handle is not None:
            self._in_job = False
            try:
                self.api.end_job(self._handle)
            except SpoolerError as exc:
                raise ConnectionLost(f"Windows printer {self.printer_name!r}: {exc}") from exc

    def close(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            if self._in_job:
                self._in_job = False
                self.api.end_job(handle)
        finally:
            self.api.close(handle)


def _on_windows() -> bool:
    # A function, not a bare `sys.platform` test, so type checkers on Linux still check the code.
    return sys.platform.startswith("win")


class Winspool:
    """The real spooler, through ctypes (no pywin32 dependency). Windows only."""

    def __init__(self) -> None:
        if not _on_windows():
            raise SpoolerError("the Windows print spooler exists only on Windows")
        import ctypes
        from ctypes import wintypes

        self._c: Any = ctypes
        self._w: Any = wintypes
        self._dll: Any = getattr(ctypes, "WinDLL")("winspool.drv", use_last_error=True)  # noqa: B009

    def _fail(self, call: str) -> SpoolerError:
        code = self._c.get_last_error()
        return SpoolerError(f"{call} failed: {self._c.FormatError(code).strip()} ({code})")

    def open(self, printer: str) -> Any:
        handle = self._w.HANDLE()
        if not self._dll.OpenPrinterW(printer, self._c.byref(handle), None):
            raise self._fail("OpenPrinter")
        return handle

    def status(self, handle: Any) -> int:
        needed = self._w.DWORD()
        self._dll.GetPrinterW(handle, 2, None, 0, self._c.byref(needed))
        buffer = self._c.create_string_buffer(needed.value)
        if not self._dll.GetPrinterW(handle, 2, buffer, needed, self._c.byref(needed)):
            raise self._fail("GetPrinter")
        # PRINTER_INFO_2: 13 pointers, then Attributes, Priority, DefaultPriority, StartTime,
        # UntilTime and Status (DWORDs).
        offset = 13 * self._c.sizeof(self._c.c_void_p) + 5 * 4
        return int(self._c.c_uint32.from_buffer(buffer, offset).value)

    def start_job(self, handle: Any, title: str) -> None:
        fields = [("pDocName", self._w.LPWSTR), ("pOutputFile", self._w.LPWSTR), ("pDatatype", self._w.LPWSTR)]
        doc_info_1: Any = type("DOC_INFO_1", (self._c.Structure,), {"_fields_": fields})
        info = doc_info_1(title, None, "RAW")
        if not self._dll.StartDocPrinterW(handle, 1, self._c.byref(info)):
            raise self._fail("StartDocPrinter")
        if not self._dll.StartPagePrinter(handle):
            raise self._fail("StartPagePrinter")

    def write(self, handle: Any, data: bytes) -> int:
        written = self._w.DWORD()
        if not self._dll.WritePrinter(handle, data, len(data), self._c.byref(written)):
            raise self._fail("WritePrinter")
        return int(written.value)

    def end_job(self, handle: Any) -> None:
        self._dll.EndPagePrinter(handle)
        if not self._dll.EndDocPrinter(handle):
            raise self._fail("EndDocPrinter")

    def close(self, handle: Any) -> None:
        self._dll.ClosePrinter(handle)

    def printers(self) -> list[str]:
        flags = 0x2 | 0x4  # PRINTER_ENUM_LOCAL | PRINTER_ENUM_CONNECTIONS
        needed, count = self._w.DWORD(), self._w.DWORD()
        self._dll.EnumPrintersW(flags, None, 4, None, 0, self._c.byref(needed), self._c.byref(count))
        if not needed.value:
            return []
        buffer = self._c.create_string_buffer(needed.value)
        if not self._dll.EnumPrintersW(flags, None, 4, buffer, needed, self._c.byref(needed), self._c.byref(count)):
            raise self._fail("EnumPrinters")
        fields = [("pPrinterName", self._w.LPWSTR), ("pServerName", self._w.LPWSTR), ("Attributes", self._w.DWORD)]
        printer_info_4: Any = type("PRINTER_INFO_4", (self._c.Structure,), {"_fields_": fields})
        entries = (printer_info_4 * count.value).from_buffer(buffer)
        return [str(entry.pPrinterName) for entry in entries]


def windows_printers(api: SpoolerApi | None = None) -> list[str]:
    """Printers installed in Windows, or [] elsewhere."""
    if api is None:
        if not _on_windows():
            return []
        api = Winspool()
    try:
        return api.printers()
    except SpoolerError:
        return []
