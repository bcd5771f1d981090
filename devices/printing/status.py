"""Is the printer able to print? ``DLE EOT`` real-time status, read carefully.

Each query clears stale input first, then waits a short time for one byte that has the DLE EOT
reply pattern ``0xx1xx10``. Silence is :attr:`PrinterState.NO_ANSWER`, never "OK": many printers
on 3-wire cables never answer, and printing blind into one that is out of paper is how tickets
get counted as issued although nothing came out. A byte of the wrong shape (wrong baud rate,
another protocol on the line) is :attr:`PrinterState.GARBLED`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from devices.printing import escpos
from devices.printing.transports import Transport, TransportError, WriteTimeout

REPLY_MASK = 0x93
REPLY_PATTERN = 0x12
XON = 0x11
XOFF = 0x13
QUERIES: tuple[Literal[1, 2, 4], ...] = (1, 2, 4)

# Bits of each reply (ESCPOS.md; Epson manual "DLE EOT").
PRINTER_OFFLINE = 0x08
OFFLINE_COVER_OPEN = 0x04
OFFLINE_FEED_BUTTON = 0x08
OFFLINE_PAPER_END = 0x20
OFFLINE_ERROR = 0x40
PAPER_NEAR_END_BITS = 0x0C
PAPER_OUT_BITS = 0x60


class PrinterState(Enum):
    OK = "ok"
    PAPER_NEAR_END = "paper_near_end"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    ERROR = "error"
    NO_ANSWER = "no_answer"
    GARBLED = "garbled"
    # The link or model cannot report status at all (device file, printer without DLE EOT).
    UNKNOWN = "unknown"

    @property
    def can_print(self) -> bool:
        return self in (PrinterState.OK, PrinterState.PAPER_NEAR_END, PrinterState.UNKNOWN)


# What a printer in each state answers to DLE EOT 1, 2 and 4; used by the virtual printer.
SIMULATED_REPLIES: dict[PrinterState, dict[int, int]] = {
    PrinterState.OK: {1: 0x12, 2: 0x12, 4: 0x12},
    PrinterState.PAPER_NEAR_END: {1: 0x12, 2: 0x12, 4: 0x1E},
    PrinterState.PAPER_OUT: {1: 0x1A, 2: 0x32, 4: 0x72},
    PrinterState.COVER_OPEN: {1: 0x1A, 2: 0x16, 4: 0x12},
    PrinterState.OFFLINE: {1: 0x1A, 2: 0x12, 4: 0x12},
    PrinterState.ERROR: {1: 0x1A, 2: 0x52, 4: 0x12},
    PrinterState.NO_ANSWER: {},
    PrinterState.GARBLED: {1: 0xFF, 2: 0xFF, 4: 0xFF},
}


def is_status_reply(byte: int) -> bool:
    """True for the DLE EOT reply shape 0xx1xx10."""
    return byte & REPLY_MASK == REPLY_PATTERN


@dataclass(frozen=True)
class StatusReport:
    state: PrinterState
    replies: Mapping[int, int] = field(default_factory=dict)
    offline: bool = False
    cover_open: bool = False
    paper_near_end: bool = False
    paper_out: bool = False
    error: bool = False
    detail: str = ""
    duration: float = 0.0

    @property
    def can_print(self) -> bool:
        return self.state.can_print


def interpret(replies: Mapping[int, int]) -> StatusReport:
    """The state from replies to DLE EOT 1, 2 and 4 (each may be missing)."""
    r1, r2, r4 = replies.get(1, 0x12), replies.get(2, 0x12), replies.get(4, 0x12)
    offline = bool(r1 & PRINTER_OFFLINE)
    cover_open = bool(r2 & OFFLINE_COVER_OPEN)
    paper_out = bool(r4 & PAPER_OUT_BITS) or bool(r2 & OFFLINE_PAPER_END)
    near_end = bool(r4 & PAPER_NEAR_END_BITS)
    error = bool(r2 & OFFLINE_ERROR)
    if cover_open:
        state = PrinterState.COVER_OPEN
    elif paper_out:
        state = PrinterState.PAPER_OUT
    elif error:
        state = PrinterState.ERROR
    elif offline:
        state = PrinterState.OFFLINE
    elif near_end:
        state = PrinterState.PAPER_NEAR_END
    else:
        state = PrinterState.OK
    return StatusReport(
        state,
        dict(replies),
        offline=offline,
        cover_open=cover_open,
        paper_near_end=near_end,
        paper_out=paper_out,
        error=error,
    )


def _await_reply(transport: Transport, timeout: float) -> tuple[int | None, bytes]:
    """The first reply-shaped byte within ``timeout``; flow-control bytes are skipped.

    Returns (reply, junk): reply None with junk empty is silence, with junk set is garbage.
    """
    deadline = time.monotonic() + timeout
    junk = bytearray()
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None, bytes(junk)
        data = transport.read(1, left)
        if not data:
            return None, bytes(junk)
        byte = data[0]
        if byte in (XON, XOFF):
            continue
        if is_status_reply(byte):
            return byte, bytes(junk)
        junk.append(byte)
        # One wrong byte is enough to know the line is not speaking DLE EOT.
        return None, bytes(junk)


def query_status(transport: Transport, timeout: float = 0.3) -> StatusReport:
    """Ask an open transport with DLE EOT 1, 2 and 4; each reply may take up to ``timeout``.

    Stops at the first silent or garbled query, so a dead printer costs one timeout, not three.
    Link failures other than a stalled write propagate as :class:`TransportError`.
    """
    started = time.monotonic()
    if not transport.supports_status:
        return StatusReport(PrinterState.UNKNOWN, detail=f"{transport.name} cannot report status")
    replies: dict[int, int] = {}
    for n in QUERIES:
        transport.reset_input()
        try:
            transport.write(escpos.dle_eot_status(n))
        except WriteTimeout:
            return StatusReport(
                PrinterState.NO_ANSWER,
                replies,
                detail=f"{transport.name} did not accept the status query DLE EOT {n}",
                duration=time.monotonic() - started,
            )
        reply, junk = _await_reply(transport, timeout)
        if reply is None:
            state = PrinterState.GARBLED if junk else PrinterState.NO_ANSWER
            detail = (
                f"reply to DLE EOT {n} was {junk.hex(' ')}, not a status byte"
                if junk
                else f"no reply to DLE EOT {n} within {timeout:g} s"
            )
            return StatusReport(state, replies, detail=detail,
                                duration=time.monotonic() - started)
        replies[n] = reply
    report = interpret(replies)
    return StatusReport(
        report.state,
        replies,
        offline=report.offline,
        cover_open=report.cover_open,
        paper_near_end=report.paper_near_end,
        paper_out=report.paper_out,
        error=report.error,
        detail=" ".join(f"DLE EOT {n} -> 0x{b:02x}" for n, b in replies.items()),
        duration=time.monotonic() - started,
    )


__all__ = [
    "SIMULATED_REPLIES",
    "PrinterState",
    "StatusReport",
    "TransportError",
    "interpret",
    "is_status_reply",
    "query_status",
]
