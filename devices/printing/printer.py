"""A receipt printer as the kiosk sees it: ask whether it can print, print, and get a plain answer.

``print_document`` never raises for printer trouble. Every outcome comes back as a
:class:`PrintResult` with a stable ``reason_code`` and messages for the applicant and the officer,
and every fault returns within about three seconds: status replies are awaited 0.3 s, a write
that makes no progress is abandoned after ``write_timeout``, and a stalled job's unsent bytes are
dropped so closing the port cannot block.

The flow of one job: open -> status (refuse on paper out, cover open, offline, error, silence
or garbage when the model is known to answer) -> write -> wait for the bytes to leave ->
status again (did it run out of paper mid-job? is it still there?) -> close.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Literal, cast

from devices.printing.messages import Reason, wording
from devices.printing.profiles import DEFAULT_PROFILE, PrinterProfile, get_profile
from devices.printing.render_escpos import render
from devices.printing.status import (
    SIMULATED_REPLIES,
    PrinterState,
    StatusReport,
    query_status,
)
from devices.printing.transports import (
    FLOW_CONTROLS,
    FileTransport,
    FlowControl,
    NetworkTransport,
    SerialTransport,
    Transport,
    TransportError,
    VirtualTransport,
    WriteTimeout,
)
from devices.printing.virtual import VirtualJob, VirtualPrinter
from devices.printing.winspool import WindowsSpoolerTransport
from kiosk import paths
from kiosk.receipts.document import Document

PrinterKind = Literal["virtual", "serial", "network", "file", "windows"]
KINDS: tuple[PrinterKind, ...] = ("virtual", "serial", "network", "file", "windows")

_REASON_FOR_STATE = {
    PrinterState.OK: Reason.PRINTED,
    PrinterState.PAPER_NEAR_END: Reason.PRINTED_PAPER_NEAR_END,
    PrinterState.UNKNOWN: Reason.SENT_UNCONFIRMED,
    PrinterState.PAPER_OUT: Reason.PAPER_OUT,
    PrinterState.COVER_OPEN: Reason.COVER_OPEN,
    PrinterState.OFFLINE: Reason.OFFLINE,
    PrinterState.ERROR: Reason.PRINTER_ERROR,
    PrinterState.NO_ANSWER: Reason.NO_ANSWER,
    PrinterState.GARBLED: Reason.GARBLED,
}


def default_output_dir() -> Path:
    """Where virtual-printer jobs and previews go unless configured: the user's data folder."""
    return paths.data_dir() / "printer"


@dataclass(frozen=True)
class PrinterSettings:
    """How to reach the printer. Only the fields of the chosen ``kind`` matter.

    Timeouts are in seconds: ``status_timeout`` per DLE EOT reply before a job,
    ``confirm_timeout`` for the first reply after a job (it queues behind the job's bytes),
    ``write_timeout`` for a write that makes no progress, ``connect_timeout`` for TCP.
    ``virtual_state`` makes the virtual printer answer as if paper were out, etc.
    """

    kind: PrinterKind = "virtual"
    profile: str = DEFAULT_PROFILE
    port: str = ""
    baud: int = 19200
    flow_control: FlowControl = "none"
    host: str = ""
    tcp_port: int = 9100
    path: str = ""
    printer_name: str = ""
    output_dir: Path | None = None
    keep_previews: bool = False
    keep_days: int = 7
    status_timeout: float = 0.3
    confirm_timeout: float = 0.8
    write_timeout: float = 1.5
    connect_timeout: float = 1.0
    virtual_state: str = "ok"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"printer kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        get_profile(self.profile)
        if self.flow_control not in FLOW_CONTROLS:
            raise ValueError(f"flow_control must be one of {', '.join(FLOW_CONTROLS)}")
        if self.kind == "serial" and not self.port:
            raise ValueError("a serial printer needs a port such as COM3 or /dev/ttyUSB0")
        if self.kind == "network" and not self.host:
            raise ValueError("a network printer needs a host")
        if self.kind == "file" and not self.path:
            raise ValueError("a device-file printer needs a path")
        if self.kind == "windows" and not self.printer_name:
            raise ValueError("a Windows printer needs printer_name (see `mpp-kiosk printer ports`)")
        if self.keep_days <= 0:
            raise ValueError("keep_days must be a whole number of days > 0")
        if self.baud <= 0 or not 0 < self.tcp_port < 65536:
            raise ValueError("baud and tcp_port must be positive (tcp_port below 65536)")
        for name in ("status_timeout", "confirm_timeout", "write_timeout", "connect_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        try:
            PrinterState(self.virtual_state)
        except ValueError:
            names = ", ".join(s.value for s in PrinterState if s in SIMULATED_REPLIES)
            raise ValueError(f"virtual_state must be one of {names}") from None

    @classmethod
    def from_mapping(cls, values: Mapping[str, object]) -> PrinterSettings:
        """Build from a config section (e.g. a TOML ``[printer]`` table); unknown keys are
        an error so a typo like ``buad`` is not silently ignored."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"unknown printer setting(s): {', '.join(unknown)}; "
                             f"known: {', '.join(sorted(known))}")
        args: dict[str, object] = dict(values)
        if "output_dir" in args:
            # The config file writes "" for "use the default folder".
            args["output_dir"] = Path(str(args["output_dir"])) if args["output_dir"] else None
        for name in ("baud", "tcp_port", "keep_days"):
            if name in args:
                args[name] = int(cast(int, args[name]))
        for name in ("status_timeout", "confirm_timeout", "write_timeout", "connect_timeout"):
            if name in args:
                args[name] = float(cast(float, args[name]))
        return cls(**args)  # type: ignore[arg-type]

    @property
    def where(self) -> str:
        if self.kind == "serial":
            return self.port
        if self.kind == "network":
            return f"{self.host}:{self.tcp_port}"
        if self.kind == "file":
            return self.path
        if self.kind == "windows":
            return self.printer_name
        return "virtual"


@dataclass(frozen=True)
class PrintResult:
    """The outcome of one job.

    ``ok`` means the ticket can be handed out: the bytes went out and the printer did not report
    a fault (``printed``), or reported paper nearly out (``printed_paper_near_end``: a warning),
    or cannot report at all (``sent_unconfirmed``). ``bytes_sent`` < ``bytes_total`` with
    ``ok`` False means part of a ticket may have come out.
    """

    ok: bool
    reason_code: str
    state_before: PrinterState | None
    state_after: PrinterState | None
    message_id: str
    message_en: str
    staff_message_id: str
    staff_message_en: str
    bytes_sent: int
    bytes_total: int
    duration: float
    preview_png: Path | None = None
    detail: str = ""

    @property
    def state(self) -> PrinterState | None:
        """The state that explains the outcome: after the job if known, else before it."""
        return self.state_after if self.state_after is not None else self.state_before

    @property
    def warning(self) -> bool:
        """Printed, but staff should act soon (the roll is nearly out). A printer that cannot
        report at all (device file, spooler) is a property of the set-up, not news on every
        ticket: ``sent_unconfirmed`` is no warning."""
        return self.ok and self.reason_code == Reason.PRINTED_PAPER_NEAR_END

    @property
    def nothing_sent(self) -> bool:
        return self.bytes_sent == 0


class Printer:
    """One configured printer. Thread-safe: jobs and status checks never interleave."""

    def __init__(self, settings: PrinterSettings, transport: Transport | None = None) -> None:
        self.settings = settings
        self.profile: PrinterProfile = get_profile(settings.profile)
        self._transport_override = transport
        self._lock = threading.Lock()
        self._virtual: VirtualPrinter | None = None
        self._job_title = ""

    @property
    def output_dir(self) -> Path:
        return self.settings.output_dir or default_output_dir()

    def _virtual_printer(self) -> VirtualPrinter:
        if self._virtual is None:
            self._virtual = VirtualPrinter(self.output_dir, self.profile, keep_days=self.settings.keep_days)
        return self._virtual

    def _make_transport(self) -> Transport:
        if self._transport_override is not None:
            return self._transport_override
        s = self.settings
        if s.kind == "serial":
            return SerialTransport(s.port, s.baud, s.flow_control, s.write_timeout)
        if s.kind == "network":
            return NetworkTransport(s.host, s.tcp_port, s.connect_timeout, s.write_timeout)
        if s.kind == "file":
            return FileTransport(s.path, s.write_timeout)
        if s.kind == "windows":
            return WindowsSpoolerTransport(s.printer_name, title=self._job_title or "MPP Kiosk")
        replies = SIMULATED_REPLIES.get(PrinterState(s.virtual_state), {})
        printer = self._virtual_printer()
        return VirtualTransport(lambda data: printer.print_job(data, self._job_title),
                                replies=dict(replies))

    def _status_available(self, transport: Transport) -> bool:
        return self.profile.answers_status and transport.supports_status

    # -- status ------------------------------------------------------------------------
    def status(self) -> StatusReport:
        """Open, ask, close. An unreachable printer is OFFLINE with the reason in ``detail``."""
        with self._lock:
            started = time.monotonic()
            transport = self._make_transport()
            try:
                transport.open()
            except TransportError as exc:
                return StatusReport(PrinterState.OFFLINE, detail=str(exc),
                                    duration=time.monotonic() - started)
            try:
                if not self._status_available(transport):
                    why = (f"profile {self.profile.name} does not answer status"
                           if transport.supports_status
                           else f"{transport.name} cannot report status")
                    return StatusReport(PrinterState.UNKNOWN, detail=why,
                                        duration=time.monotonic() - started)
                return query_status(transport, self.settings.status_timeout)
            except TransportError as exc:
                return StatusReport(PrinterState.OFFLINE, detail=str(exc),
                                    duration=time.monotonic() - started)
            finally:
                _close_quietly(transport)

    # -- printing ----------------------------------------------------------------------
    def print_document(self, document: Document) -> PrintResult:
        started = time.monotonic()
        try:
            data = render(document, self.profile)
        except (ValueError, UnicodeError) as exc:
            return _result(Reason.RENDER_FAILED, None, None, 0, 0, started,
                           detail=f"cannot render {document.title!r}: {exc}")
        return self.print_bytes(data, document.title, started=started)

    def print_bytes(self, data: bytes, title: str = "", *, started: float | None = None
                    ) -> PrintResult:
        """Send an already rendered job (e.g. a stored ticket being reprinted)."""
        started = time.monotonic() if started is None else started
        with self._lock:
            self._job_title = title
            transport = self._make_transport()
            result = self._run_job(transport, data, started)
            preview = self._preview(transport, data, title, result)
        # Measured last so that closing the port and drawing the preview are included.
        return dataclasses.replace(result, preview_png=preview,
                                   duration=time.monotonic() - started)

    def _run_job(self, transport: Transport, data: bytes, started: float) -> PrintResult:
        total = len(data)
        try:
            transport.open()
        except TransportError as exc:
            return _result(Reason.OPEN_FAILED, PrinterState.OFFLINE, None, 0, total, started,
                           detail=str(exc))
        closed = False
        try:
            answers = self._status_available(transport)
            before = PrinterState.UNKNOWN
            if isinstance(transport, WindowsSpoolerTransport):
                # Windows may already know the printer is out of paper or offline.
                spooler = transport.spooler_state()
                if spooler is not None:
                    state = PrinterState(spooler)
                    return _result(_REASON_FOR_STATE[state], state, None, 0, total, started,
                                   detail=f"Windows reports the printer {spooler.replace('_', ' ')}")
            if answers:
                report = query_status(transport, self.settings.status_timeout)
                before = report.state
                if before not in (PrinterState.OK, PrinterState.PAPER_NEAR_END):
                    return _result(_REASON_FOR_STATE[before], before, None, 0, total, started,
                                   detail=report.detail)
            try:
                transport.write(data)
                transport.drain()
            except WriteTimeout as exc:
                clear = transport.discard_output()
                after = None
                reason = Reason.WRITE_TIMEOUT
                if answers and clear:
                    # The cause is worth one short question: paper out is the usual one.
                    why = query_status(transport, self.settings.status_timeout)
                    after = why.state
                    if after not in (PrinterState.OK, PrinterState.PAPER_NEAR_END,
                                     PrinterState.NO_ANSWER, PrinterState.GARBLED):
                        reason = _REASON_FOR_STATE[after]
                return _result(reason, before, after, exc.sent, total, started, detail=str(exc))
            if not answers:
                transport.close()
                closed = True
                return _result(Reason.SENT_UNCONFIRMED, before, PrinterState.UNKNOWN, total,
                               total, started)
            report = query_status(transport, self.settings.confirm_timeout)
            transport.close()
            closed = True
            return _result(_REASON_FOR_STATE[report.state], before, report.state, total, total,
                           started, detail=report.detail)
        except TransportError as exc:
            transport.discard_output()
            return _result(Reason.CONNECTION_LOST, None, None, exc.sent, total, started,
                           detail=str(exc))
        finally:
            if not closed:
                _close_quietly(transport)

    def _preview(self, transport: Transport, data: bytes, title: str, result: PrintResult
                 ) -> Path | None:
        if isinstance(transport, VirtualTransport):
            job = transport.last_job
            transport.last_job = None
            return job.png_path if isinstance(job, VirtualJob) else None
        if self.settings.keep_previews and result.bytes_sent > 0:
            return self._virtual_printer().print_job(data, title).png_path
        return None


def _close_quietly(transport: Transport) -> None:
    with contextlib.suppress(TransportError, OSError):
        transport.close()


def _result(
    reason: Reason,
    before: PrinterState | None,
    after: PrinterState | None,
    sent: int,
    total: int,
    started: float,
    *,
    detail: str = "",
) -> PrintResult:
    words = wording(reason, bytes_sent=sent)
    ok = reason in (Reason.PRINTED, Reason.PRINTED_PAPER_NEAR_END, Reason.SENT_UNCONFIRMED)
    return PrintResult(
        ok=ok,
        reason_code=reason.value,
        state_before=before,
        state_after=after,
        message_id=words.applicant_id,
        message_en=words.applicant_en,
        staff_message_id=words.staff_id,
        staff_message_en=words.staff_en,
        bytes_sent=sent,
        bytes_total=total,
        duration=time.monotonic() - started,
        detail=detail,
    )
