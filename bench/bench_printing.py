"""Printing speed: bytes per ticket, wire time at common baud rates, the full print call over a
real pty pair against a bare ``serial.write`` of the same bytes, and how fast faults return.

Prints ``name: value unit`` lines. Baselines measured in the same run: a raster QR padded to the
full paper width (what naive libraries send) for bytes, and a bare write on an already open port
for time. Needs socat for the serial part; without it those lines are skipped.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import serial

from bench.common import percentiles, ratio, report
from devices.printing import escpos
from devices.printing.printer import Printer, PrinterSettings
from devices.printing.profiles import get_profile
from devices.printing.qr import qr_bitmap
from devices.printing.render_escpos import raster_image_bytes, render
from kiosk.receipts.document import Document, Text
from kiosk.receipts.layouts import TicketPrint, queue_ticket

FAKE_PRINTER = Path(__file__).resolve().parents[1] / "tests" / "printing" / "fake_printer.py"
TOKEN = "https://antrian.purwakartakab.go.id/t/8f3a2c91d4e5b6a7c8d9e0f1a2b3"
BAUDS = (9600, 19200, 115200)


def sample_ticket() -> TicketPrint:
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
        issued_at=datetime(2026, 11, 24, 14, 5, tzinfo=timezone(timedelta(hours=7))),
        priority_label=None,
        token=TOKEN,
    )


def padded_raster_bytes(ticket: TicketPrint) -> int:
    """The naive fallback: the QR bitmap padded to 576 dots so it is centred by its bitmap."""
    profile = get_profile("generic-80-noqr")
    symbol = qr_bitmap(TOKEN, 5)
    padded = symbol.crop(((symbol.width - profile.dots) // 2, 0,
                          (symbol.width + profile.dots) // 2, symbol.height))
    padded.paste(1, (0, 0, (profile.dots - symbol.width) // 2, symbol.height))
    padded.paste(1, ((profile.dots + symbol.width) // 2, 0, profile.dots, symbol.height))
    data = render(queue_ticket(ticket), dataclasses.replace(profile, raster_quadruple=False))
    own = raster_image_bytes(qr_bitmap(TOKEN, 4, quiet_zone=0))
    return len(data) - len(own) + len(raster_image_bytes(padded))


def quiet_zone_raster_bytes(ticket: TicketPrint) -> int:
    """The fallback as it was before: the symbol with its 4-module quiet zone in the bitmap, one
    printer dot per bitmap dot (the comparison for the quarter-size, zone-free raster)."""
    profile = get_profile("generic-80-noqr")
    data = render(queue_ticket(ticket), dataclasses.replace(profile, raster_quadruple=False))
    own = raster_image_bytes(qr_bitmap(TOKEN, 4, quiet_zone=0))
    return len(data) - len(own) + len(raster_image_bytes(qr_bitmap(TOKEN, 4)))


def byte_budget() -> dict[str, bytes]:
    ticket = sample_ticket()
    jobs = {
        "native_80": render(queue_ticket(ticket), get_profile("generic-80")),
        "native_58": render(queue_ticket(ticket), get_profile("generic-58")),
        "raster_80": render(queue_ticket(ticket), get_profile("generic-80-noqr")),
        "raster_58": render(queue_ticket(ticket), get_profile("xprinter-58-noqr")),
    }
    english = dataclasses.replace(ticket, language="en", priority_label="PRIORITAS")
    report("ticket_bytes_native_80_bilingual",
           len(render(queue_ticket(english), get_profile("generic-80"))), "bytes")
    baseline = padded_raster_bytes(ticket)
    report("ticket_bytes_raster_padded_576_baseline", baseline, "bytes")
    for name, data in jobs.items():
        report(f"ticket_bytes_{name}", len(data), "bytes")
        ratio(f"ticket_bytes_{name}_vs_padded_raster", len(data), baseline)
        for baud in BAUDS:
            report(f"wire_time_{name}_{baud}", len(data) * 10 / baud, "s")
    for baud in BAUDS:
        report(f"wire_time_raster_padded_baseline_{baud}", baseline * 10 / baud, "s")
    # Issue 17's target: a raster-fallback ticket of at most 2,500 bytes.
    before = quiet_zone_raster_bytes(ticket)
    report("ticket_bytes_raster_80_quiet_zone_in_bitmap_baseline", before, "bytes")
    ratio("ticket_bytes_raster_80_vs_quiet_zone_in_bitmap", len(jobs["raster_80"]), before)
    ratio("ticket_bytes_raster_80_vs_target_2500", len(jobs["raster_80"]), 2500)
    return jobs


@contextmanager
def fake_serial_printer(workdir: Path, mode: str = "ok", stop_after: int = 0
                        ) -> Iterator[str]:
    socat = shutil.which("socat")
    assert socat is not None
    near, far = workdir / f"{mode}-host", workdir / f"{mode}-device"
    link = subprocess.Popen([socat, f"pty,raw,echo=0,link={near}", f"pty,raw,echo=0,link={far}"],
                            stderr=subprocess.DEVNULL)
    device = None
    try:
        deadline = time.monotonic() + 10
        while not (near.exists() and far.exists()) and time.monotonic() < deadline:
            time.sleep(0.01)
        device = subprocess.Popen(
            [sys.executable, str(FAKE_PRINTER), "--serial", str(far),
             "--store", str(workdir / f"{mode}.bin"), "--mode", mode,
             "--stop-after", str(stop_after)],
            stdout=subprocess.PIPE, text=True,
        )
        assert device.stdout is not None
        if not device.stdout.readline().startswith("READY"):
            raise RuntimeError("fake printer did not start")
        yield str(near)
    finally:
        for process in (device, link):
            if process is not None:
                process.terminate()
                process.wait(timeout=5)
                if process is device and device.stdout is not None:
                    device.stdout.close()


def serial_timings(workdir: Path, repeat: int) -> None:
    ticket = queue_ticket(sample_ticket())
    profile = get_profile("generic-80")
    render_samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        data = render(ticket, profile)
        render_samples.append(time.perf_counter() - start)
    median, _p99 = percentiles(render_samples)
    report("render_ticket_native_median", median * 1000, "ms")

    with fake_serial_printer(workdir) as port:
        printer = Printer(PrinterSettings(kind="serial", port=port, baud=115200))
        full = []
        for _ in range(repeat):
            start = time.perf_counter()
            result = printer.print_document(ticket)
            full.append(time.perf_counter() - start)
            assert result.ok, result
        bare = []
        with serial.Serial(port, 115200, write_timeout=2) as link:
            for _ in range(repeat):
                start = time.perf_counter()
                link.write(data)
                bare.append(time.perf_counter() - start)
                time.sleep(0.002)  # let the fake printer drain, as between real tickets
    full_median, full_p99 = percentiles(full)
    bare_median, bare_p99 = percentiles(bare)
    report("print_ticket_pty_full_call_median", full_median * 1000, "ms")
    report("print_ticket_pty_full_call_p99", full_p99 * 1000, "ms")
    report("bare_serial_write_same_bytes_median", bare_median * 1000, "ms")
    report("bare_serial_write_same_bytes_p99", bare_p99 * 1000, "ms")
    ratio("print_ticket_full_vs_bare_write_median", full_median, bare_median)


def fault_timings(workdir: Path) -> None:
    """How long the print call takes to come back in each fault (the target is < 3 s)."""
    ticket = queue_ticket(sample_ticket())
    long_job = Document(tuple(Text(f"{n:04d} baris uji untuk printer yang macet")
                              for n in range(1300)), title="panjang")
    cases = [("silence", ticket, 0), ("garbage", ticket, 0), ("paper_out", ticket, 0),
             ("stop_reading", ticket, 100), ("stop_reading", long_job, 1000)]
    worst = 0.0
    for index, (mode, document, stop_after) in enumerate(cases):
        folder = workdir / f"fault{index}"
        folder.mkdir()
        with fake_serial_printer(folder, mode, stop_after) as port:
            start = time.perf_counter()
            result = Printer(PrinterSettings(kind="serial", port=port)).print_document(document)
            took = time.perf_counter() - start
        label = mode if document is ticket else f"{mode}_mid_job"
        report(f"fault_return_{label}", took, f"s ({result.reason_code})")
        worst = max(worst, took)
    network = subprocess.Popen(
        [sys.executable, str(FAKE_PRINTER), "--tcp", "0", "--store", str(workdir / "tcp.bin"),
         "--mode", "stop_reading", "--stop-after", "1000"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert network.stdout is not None
        tcp_port = int(network.stdout.readline().split()[1])
        huge = Document(tuple(Text(f"{n:05d} " + "x" * 40) for n in range(6000)), title="besar")
        data = render(huge, get_profile("generic-80"))
        settings = PrinterSettings(kind="network", host="127.0.0.1", tcp_port=tcp_port)
        start = time.perf_counter()
        result = Printer(settings).print_bytes(data)
        took = time.perf_counter() - start
        report("fault_return_network_stop_reading_mid_job", took, f"s ({result.reason_code})")
        worst = max(worst, took)
    finally:
        network.terminate()
        network.wait(timeout=5)
        if network.stdout is not None:
            network.stdout.close()
    start = time.perf_counter()
    missing = Printer(PrinterSettings(kind="serial", port=str(workdir / "no-such-port")))
    result = missing.print_document(ticket)
    report("fault_return_missing_port", time.perf_counter() - start, f"s ({result.reason_code})")
    report("fault_return_worst", worst, "s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv if argv is not None else [])
    byte_budget()
    report("dle_eot_query_bytes", len(escpos.dle_eot_status(1)), "bytes")
    if shutil.which("socat") is None:
        print("serial_timings: skipped (socat not installed)")
        return
    with tempfile.TemporaryDirectory(prefix="bench-printing-") as folder:
        serial_timings(Path(folder), args.repeat)
        fault_timings(Path(folder))


if __name__ == "__main__":
    main(sys.argv[1:])
