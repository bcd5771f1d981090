"""The links a receipt printer hangs off: serial port, raw TCP (port 9100), a device file, or the
virtual printer.

Every transport bounds every wait. A write that makes no progress for ``write_timeout`` seconds
raises :class:`WriteTimeout` carrying how many bytes did get through, because a printer that has
stopped reading (paper out, buffer full, cable pulled) must never hang the kiosk. Note that a
finished ``write`` only means the operating system took the bytes; ``drain`` waits, still bounded,
until they have left the machine.
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import struct
import threading
import time
from collections.abc import Callable
from typing import Literal, Protocol, TypeVar, runtime_checkable

import serial

from devices.printing import escpos

FlowControl = Literal["none", "rtscts", "xonxoff"]
FLOW_CONTROLS: tuple[FlowControl, ...] = ("none", "rtscts", "xonxoff")
# Small enough that one chunk crosses a 9600-baud line well within any sensible write timeout,
# so "no progress" and "slow line" are never confused.
CHUNK_BYTES = 256
_POLL_SECONDS = 0.005
SEND_BUFFER_BYTES = 32 * 1024
STALLED_WRITE_TIMEOUT = 0.3


def _link_errors() -> tuple[type[BaseException], ...]:
    """What a serial port raises when its adapter goes away mid-job. On POSIX pyserial lets
    ``termios.error`` through (it is not an OSError): unplugging a USB-serial adapter mid-ticket
    must read as "connection lost", not as a crash of the printing code."""
    errors: list[type[BaseException]] = [serial.SerialException, OSError]
    try:
        import termios

        errors.append(termios.error)
    except ImportError:  # Windows
        pass
    return tuple(errors)


LINK_ERRORS = _link_errors()
OPEN_ERRORS: tuple[type[BaseException], ...] = (*LINK_ERRORS, ValueError)
DRAIN_ERRORS: tuple[type[BaseException], ...] = (*LINK_ERRORS, NotImplementedError)


class TransportError(Exception):
    """The link failed. ``sent`` is how many bytes of the current write got through."""

    def __init__(self, message: str, sent: int = 0) -> None:
        super().__init__(message)
        self.sent = sent


class OpenFailed(TransportError):
    """The port, host or device could not be opened (missing, busy, refused, no permission)."""


class WriteTimeout(TransportError):
    """The printer stopped taking bytes for longer than the write timeout."""


class ConnectionLost(TransportError):
    """The link broke mid-job (adapter unplugged, connection reset)."""


@runtime_checkable
class Transport(Protocol):
    """A byte pipe to a printer. Implementations never block longer than their timeouts."""

    @property
    def name(self) -> str:
        """Where the printer is, for messages: ``COM3``, ``192.168.1.50:9100``."""
        ...

    @property
    def supports_status(self) -> bool:
        """Whether replies can be read back at all (a device file cannot)."""
        ...

    def open(self) -> None: ...

    def write(self, data: bytes) -> int:
        """Send all of ``data`` or raise; returns ``len(data)``."""
        ...

    def read(self, size: int, timeout: float) -> bytes:
        """Up to ``size`` bytes, fewer (possibly none) when ``timeout`` passes."""
        ...

    def reset_input(self) -> None:
        """Discard bytes received but not yet read (stale or unsolicited replies)."""
        ...

    def drain(self) -> None:
        """Wait until written bytes have left this machine; WriteTimeout if they stop moving."""
        ...

    def discard_output(self) -> bool:
        """Drop bytes not yet sent, so that closing after a failure cannot block.

        True when the link is now clear for a status query; False when unsent bytes may still
        stand in front of anything written next (TCP, device files).
        """
        ...

    def close(self) -> None: ...


class SerialTransport:
    """A serial port via pyserial, 8N1, with explicit flow control.

    ``dsrdtr`` is not offered: pyserial ignores it on Linux, so a setting that silently does
    nothing would only mislead.
    """

    def __init__(
        self,
        port: str,
        baud: int = 19200,
        flow_control: FlowControl = "none",
        write_timeout: float = 1.5,
    ) -> None:
        if flow_control not in FLOW_CONTROLS:
            raise ValueError(f"flow_control must be one of {FLOW_CONTROLS}")
        self.port = port
        self.baud = baud
        self.flow_control: FlowControl = flow_control
        self.write_timeout = write_timeout
        self._serial: serial.Serial | None = None
        self._read_timeout: float | None = None

    @property
    def name(self) -> str:
        return self.port

    @property
    def supports_status(self) -> bool:
        return True

    def _port(self) -> serial.Serial:
        if self._serial is None:
            raise TransportError(f"{self.port} is not open")
        return self._serial

    def open(self) -> None:
        port = serial.Serial()
        port.port = self.port
        port.baudrate = self.baud
        port.bytesize = serial.EIGHTBITS
        port.parity = serial.PARITY_NONE
        port.stopbits = serial.STOPBITS_ONE
        port.rtscts = self.flow_control == "rtscts"
        port.xonxoff = self.flow_control == "xonxoff"
        port.dsrdtr = False
        port.timeout = 0
        port.write_timeout = self.write_timeout
        if os.name == "posix":
            port.exclusive = True  # a second kiosk process must not interleave its job
        try:
            port.open()
        except OPEN_ERRORS as exc:
            raise OpenFailed(f"cannot open {self.port}: {exc}") from exc
        self._serial = port
        self._read_timeout = 0

    def write(self, data: bytes) -> int:
        port = self._port()
        sent = 0
        view = memoryview(data)
        while sent < len(data):
            chunk = view[sent : sent + CHUNK_BYTES]
            try:
                written = port.write(chunk)
            except serial.SerialTimeoutException as exc:
                raise WriteTimeout(
                    f"{self.port} took no data for {self.write_timeout} s", sent
                ) from exc
            except LINK_ERRORS as exc:
                raise ConnectionLost(f"{self.port} failed while writing: {exc}", sent) from exc
            sent += written if written is not None else len(chunk)
        return sent

    def read(self, size: int, timeout: float) -> bytes:
        port = self._port()
        if self._read_timeout != timeout:
            port.timeout = timeout  # reconfigures the port, so only when it changes
            self._read_timeout = timeout
        try:
            return bytes(port.read(size))
        except LINK_ERRORS as exc:
            raise ConnectionLost(f"{self.port} failed while reading: {exc}") from exc

    def reset_input(self) -> None:
        try:
            self._port().reset_input_buffer()
        except LINK_ERRORS as exc:
            raise ConnectionLost(f"{self.port}: {exc}") from exc

    def drain(self) -> None:
        # Not tcdrain()/flush(): that waits without a limit when flow control holds the line.
        port = self._port()
        last_progress = time.monotonic()
        previous: int | None = None
        while True:
            try:
                waiting = port.out_waiting
            except DRAIN_ERRORS:
                return  # the platform cannot tell; nothing more to wait for
            if waiting == 0:
                return
            now = time.monotonic()
            if previous is None or waiting < previous:
                last_progress = now
            elif now - last_progress > self.write_timeout:
                raise WriteTimeout(f"{self.port}: {waiting} bytes stuck in the output buffer")
            previous = waiting
            time.sleep(_POLL_SECONDS)

    def discard_output(self) -> bool:
        if self._serial is None:
            return False
        try:
            self._serial.reset_output_buffer()
            # The line is known to be stuck: a follow-up status query may wait only briefly.
            self._serial.write_timeout = min(self.write_timeout, STALLED_WRITE_TIMEOUT)
        except LINK_ERRORS:
            return False
        return True

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(*LINK_ERRORS):
                port.close()


class NetworkTransport:
    """Raw TCP to a network printer (port 9100, "JetDirect"/"RAW")."""

    def __init__(
        self,
        host: str,
        port: int = 9100,
        connect_timeout: float = 1.0,
        write_timeout: float = 1.5,
    ) -> None:
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.write_timeout = write_timeout
        self._socket: socket.socket | None = None
        self._failed = False

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def supports_status(self) -> bool:
        return True

    def _sock(self) -> socket.socket:
        if self._socket is None:
            raise TransportError(f"{self.name} is not open")
        return self._socket

    def open(self) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except OSError as exc:
            raise OpenFailed(f"cannot connect to {self.name}: {exc}") from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # A small send buffer keeps "send() returned" close to "the printer took it", so a
        # printer that stops reading shows up as a write timeout rather than megabytes queued.
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
        self._socket = sock
        self._failed = False

    def write(self, data: bytes) -> int:
        sock = self._sock()
        sock.settimeout(self.write_timeout)
        sent = 0
        view = memoryview(data)
        while sent < len(data):
            try:
                sent += sock.send(view[sent : sent + CHUNK_BYTES * 4])
            except TimeoutError as exc:
                self._failed = True
                raise WriteTimeout(f"{self.name} took no data for {self.write_timeout} s",
                                   sent) from exc
            except OSError as exc:
                self._failed = True
                raise ConnectionLost(f"{self.name} failed while writing: {exc}", sent) from exc
        return sent

    def read(self, size: int, timeout: float) -> bytes:
        sock = self._sock()
        sock.settimeout(timeout)
        try:
            data = sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise ConnectionLost(f"{self.name} failed while reading: {exc}") from exc
        if not data:
            raise ConnectionLost(f"{self.name} closed the connection")
        return data

    def reset_input(self) -> None:
        sock = self._sock()
        sock.setblocking(False)
        try:
            while sock.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            raise ConnectionLost(f"{self.name}: {exc}") from exc
        finally:
            sock.setblocking(True)

    def drain(self) -> None:
        """TCP offers no portable view of unsent bytes; the kernel finishes sending on its own."""

    def discard_output(self) -> bool:
        self._failed = True
        return False

    def close(self) -> None:
        sock, self._socket = self._socket, None
        if sock is None:
            return
        if self._failed:
            # Reset instead of a graceful close, so a stalled printer cannot keep us lingering.
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            sock.close()


T = TypeVar("T")


def _call_with_deadline(action: Callable[[], T], timeout: float, what: str) -> T:
    """Run a possibly blocking OS call on a daemon thread and give up waiting after ``timeout``.

    Device files (``/dev/usb/lp0``, ``\\\\.\\LPT1``) have no write timeout of their own; a blocked
    thread is abandoned rather than letting it block the kiosk.
    """
    outcome: dict[str, T | BaseException] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # handed to the waiting thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name=f"printer-{what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError(what)
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return outcome["value"]  # type: ignore[return-value]


class FileTransport:
    """A printer device file such as ``/dev/usb/lp0`` or ``\\\\.\\LPT1``. Write-only: no status.

    The file must already exist; it is never created, so a wrong device path fails loudly
    instead of "printing" into a new ordinary file.
    """

    def __init__(self, path: str, write_timeout: float = 1.5, open_timeout: float = 1.0) -> None:
        self.path = path
        self.write_timeout = write_timeout
        self.open_timeout = open_timeout
        self._fd: int | None = None
        self._abandoned = False

    @property
    def name(self) -> str:
        return self.path

    @property
    def supports_status(self) -> bool:
        return False

    def open(self) -> None:
        # O_TRUNC: when the "device" is an ordinary file (a spool file, a share), a shorter job must
        # not leave the tail of a longer earlier one behind it. Device nodes ignore it.
        flags = os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
        try:
            self._fd = _call_with_deadline(
                lambda: os.open(self.path, flags), self.open_timeout, "open"
            )
        except TimeoutError as exc:
            raise OpenFailed(f"opening {self.path} did not finish within "
                             f"{self.open_timeout} s") from exc
        except OSError as exc:
            raise OpenFailed(f"cannot open {self.path}: {exc}") from exc
        self._abandoned = False

    def write(self, data: bytes) -> int:
        fd = self._fd
        if fd is None:
            raise TransportError(f"{self.path} is not open")
        sent = 0
        while sent < len(data):
            chunk = data[sent : sent + CHUNK_BYTES * 4]
            try:
                sent += _call_with_deadline(
                    functools.partial(os.write, fd, chunk), self.write_timeout, "write"
                )
            except TimeoutError as exc:
                self._abandoned = True
                raise WriteTimeout(f"{self.path} took no data for {self.write_timeout} s",
                                   sent) from exc
            except OSError as exc:
                raise ConnectionLost(f"{self.path} failed while writing: {exc}", sent) from exc
        return sent

    def read(self, size: int, timeout: float) -> bytes:
        return b""

    def reset_input(self) -> None:
        """Nothing can be read back from a device file."""

    def drain(self) -> None:
        """Writes to a device file return once the driver holds the bytes."""

    def discard_output(self) -> bool:
        """The driver owns unsent bytes; there is no portable way to drop them."""
        return False

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self._abandoned:
            # A writer thread is still blocked on this descriptor; closing it under the thread
            # could hand the number to an unrelated file. Leave it to process exit.
            return
        with contextlib.suppress(OSError):
            os.close(fd)


StatusReplies = dict[int, int]


class VirtualTransport:
    """The in-process virtual printer: keeps each job's bytes and renders a preview on close.

    It answers ``DLE EOT`` like a real printer in the state given by ``replies`` (status number ->
    reply byte), so the kiosk's paper-out handling can be exercised without hardware.
    """

    def __init__(
        self,
        sink: Callable[[bytes], object],
        replies: StatusReplies | None = None,
        name: str = "virtual",
    ) -> None:
        self._sink = sink
        self.replies: StatusReplies | None = replies
        self._name = name
        self._job = bytearray()
        self._input = bytearray()
        self._open = False
        self.last_job: object | None = None

    @property
    def name(self) -> str:
        return self._name

    @property
    def supports_status(self) -> bool:
        return True

    def open(self) -> None:
        self._open = True
        self._job.clear()
        self._input.clear()

    def write(self, data: bytes) -> int:
        if not self._open:
            raise TransportError("virtual printer is not open")
        query = len(data) == 3 and data[:2] == bytes([escpos.DLE, escpos.EOT])
        if query:
            if self.replies is not None and data[2] in self.replies:
                self._input.append(self.replies[data[2]])
        else:
            self._job += data
        return len(data)

    def read(self, size: int, timeout: float) -> bytes:
        if not self._input:
            # Silence is simulated without sleeping: the caller's timeout would only be waited.
            return b""
        data = bytes(self._input[:size])
        del self._input[:size]
        return data

    def reset_input(self) -> None:
        self._input.clear()

    def drain(self) -> None:
        """Bytes reach the virtual printer at once."""

    def discard_output(self) -> bool:
        self._job.clear()
        return True

    def close(self) -> None:
        if self._open and self._job:
            self.last_job = self._sink(bytes(self._job))
        self._job.clear()
        self._open = False
