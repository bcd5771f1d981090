"""A fake ESC/POS receipt printer, run as its own process at the far end of a serial pty pair
(or listening on TCP) so that the code under test talks to it exactly as to real hardware.

It appends every byte it receives to ``--store`` and answers ``DLE EOT n`` in the state chosen by
``--mode``. It parses the command stream the way a printer does, so the bytes ``10 04`` inside a
QR payload or a raster image are data, not a status request. Its reply table is written out here
from the printer manual's bit layout, independently of the code under test.

Modes:
  ok, near_end, paper_out, cover_open, offline, error  answer with that state
  silence            read everything, never answer
  garbage            answer every status request with bytes that are not a status reply
  stop_reading       answer normally until --stop-after bytes have arrived, then stop reading
  paper_out_during   answer OK until --stop-after bytes have arrived, then report paper out
  ok_with_xon        answer OK, each reply preceded by XON (0x11) as on an XON/XOFF line

Prints ``READY`` (and the TCP port, if listening) on stdout once it can receive.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import socket
import sys
import time
import tty

# n -> reply byte. Pattern 0xx1xx10; n=1 bit 3 offline; n=2 bit 2 cover open, bit 5 paper end,
# bit 6 error; n=4 bits 2-3 near end, bits 5-6 paper out.
STATE_REPLIES = {
    "ok": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12},
    "near_end": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1E},
    "paper_out": {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x72},
    "cover_open": {1: 0x1A, 2: 0x16, 3: 0x12, 4: 0x12},
    "offline": {1: 0x1A, 2: 0x12, 3: 0x12, 4: 0x12},
    "error": {1: 0x1A, 2: 0x52, 3: 0x12, 4: 0x12},
}
GARBAGE = b"\xff\x00"
MODES = (*STATE_REPLIES, "silence", "garbage", "stop_reading", "paper_out_during", "ok_with_xon")
XON = 0x11


def command_length(buf: bytes | bytearray, i: int) -> int | None:
    """Length of the command or character starting at ``buf[i]``; None if incomplete."""
    def need(n: int) -> int | None:
        return n if i + n <= len(buf) else None

    b = buf[i]
    if b == 0x1B:  # ESC
        if i + 1 >= len(buf):
            return None
        return 2 if buf[i + 1] == 0x40 else need(3)
    if b == 0x10:  # DLE EOT n
        return need(3)
    if b == 0x1D:  # GS
        if i + 1 >= len(buf):
            return None
        c = buf[i + 1]
        if c == 0x21:
            return need(3)
        if c == 0x56:
            if i + 2 >= len(buf):
                return None
            return need(4) if buf[i + 2] in (65, 66) else 3
        if c == 0x28:  # GS ( fn pL pH ...
            if i + 5 > len(buf):
                return None
            return need(5 + buf[i + 3] + buf[i + 4] * 256)
        if c == 0x76:  # GS v 0 m xL xH yL yH data
            if i + 8 > len(buf):
                return None
            x = buf[i + 4] + buf[i + 5] * 256
            y = buf[i + 6] + buf[i + 7] * 256
            return need(8 + x * y)
        return need(2)
    return 1


class Printer:
    def __init__(self, mode: str, store: str, stop_after: int) -> None:
        self.mode = mode
        self.store = open(store, "ab", buffering=0)  # noqa: SIM115 - lives as long as the process
        self.stop_after = stop_after
        self.received = 0
        self.pending = bytearray()

    def replies_for(self) -> dict[int, int] | None:
        if self.mode in STATE_REPLIES:
            return STATE_REPLIES[self.mode]
        if self.mode in ("stop_reading", "ok_with_xon"):
            return STATE_REPLIES["ok"]
        if self.mode == "paper_out_during":
            key = "paper_out" if self.received >= self.stop_after else "ok"
            return STATE_REPLIES[key]
        return None

    def feed(self, data: bytes) -> bytes:
        """Take received bytes; return what the printer sends back."""
        self.store.write(data)
        self.received += len(data)
        self.pending += data
        out = bytearray()
        i = 0
        while i < len(self.pending):
            length = command_length(self.pending, i)
            if length is None:
                break
            if self.pending[i] == 0x10 and self.pending[i + 1] == 0x04:
                n = self.pending[i + 2]
                if self.mode == "garbage":
                    out += GARBAGE
                else:
                    table = self.replies_for()
                    if table is not None and n in table:
                        if self.mode == "ok_with_xon":
                            out.append(XON)
                        out.append(table[n])
            i += length
        del self.pending[:i]
        return bytes(out)

    def stopped(self) -> bool:
        return self.mode == "stop_reading" and self.received >= self.stop_after


def serve_serial(path: str, printer: Printer) -> None:
    fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    print("READY", flush=True)
    while True:
        if printer.stopped():
            while True:
                time.sleep(3600)
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        # Read at most what is left before the stop point, so "stops reading" is exact.
        limit = 4096
        if printer.mode == "stop_reading":
            limit = max(1, min(limit, printer.stop_after - printer.received))
        data = os.read(fd, limit)
        if not data:
            continue
        answer = printer.feed(data)
        if answer:
            os.write(fd, answer)


def serve_tcp(port: int, printer: Printer) -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # A small receive buffer so that "stops reading" is felt by the sender soon.
    server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    server.bind(("127.0.0.1", port))
    server.listen(4)
    print(f"READY {server.getsockname()[1]}", flush=True)
    while True:
        conn, _ = server.accept()
        with conn:
            while True:
                if printer.stopped():
                    while True:
                        time.sleep(3600)
                limit = 4096
                if printer.mode == "stop_reading":
                    limit = max(1, min(limit, printer.stop_after - printer.received))
                try:
                    data = conn.recv(limit)
                except OSError:
                    break
                if not data:
                    break
                answer = printer.feed(data)
                if answer:
                    conn.sendall(answer)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--serial", help="pty (or serial device) to serve")
    where.add_argument("--tcp", type=int, help="TCP port on 127.0.0.1 (0 = any free port)")
    parser.add_argument("--store", required=True, help="file that receives every byte")
    parser.add_argument("--mode", choices=MODES, default="ok")
    parser.add_argument("--stop-after", type=int, default=0)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    printer = Printer(args.mode, args.store, args.stop_after)
    if args.serial:
        serve_serial(args.serial, printer)
    else:
        serve_tcp(args.tcp, printer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
