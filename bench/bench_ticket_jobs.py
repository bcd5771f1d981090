"""From ``issue`` to the last byte handed to the serial port: the whole never-lose-a-ticket job
(reserve in the database, render, status queries, write, confirm) on an SQLite file and a socat
pty with the fake printer, beside a bare ``serial.write`` of identical bytes."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import serial

from bench.bench_printing import fake_serial_printer
from bench.common import percentiles, ratio, report
from devices.printing import Printer, PrinterSettings, get_profile
from devices.printing.render_escpos import render
from kiosk import config
from kiosk.calendar import OfficeCalendar
from kiosk.printjobs import issue_and_print
from kiosk.printjobs.jobs import ticket_document
from kiosk.queue import Office
from kiosk.setup import initialise
from kiosk.storage import Database

REPEAT = 100
START = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def main() -> None:
    if shutil.which("socat") is None:
        print("ticket_jobs: skipped (socat not installed)")
        return
    settings = config.validate({"security": {"secret": "cd" * 32}}, "bench")
    office = Office(calendar=OfficeCalendar(), secret=settings.secret)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = Database(f"sqlite:///{work / 'bench.db'}")
        initialise(db, settings, START)
        with fake_serial_printer(work) as port:
            printer = Printer(PrinterSettings(kind="serial", port=port, baud=115200))
            samples, last = [], None
            for i in range(REPEAT):
                now = START + timedelta(seconds=i)
                begin = time.perf_counter()
                last = issue_and_print(db, office, printer, settings, 50, now=now)
                samples.append(time.perf_counter() - begin)
                assert last.printed, last
            assert last is not None
            data = render(ticket_document(last.ticket, settings), get_profile("generic-80"))
            bare = []
            with serial.Serial(port, 115200, write_timeout=2) as link:
                for _ in range(REPEAT):
                    begin = time.perf_counter()
                    link.write(data)
                    bare.append(time.perf_counter() - begin)
                    time.sleep(0.002)
        median, p99 = percentiles(samples)
        bare_median, _ = percentiles(bare)
        report("issue_and_print_sqlite_pty_median", median * 1000, "ms")
        report("issue_and_print_sqlite_pty_p99", p99 * 1000, "ms")
        report("bare_serial_write_ticket_bytes_median", bare_median * 1000, "ms")
        ratio("issue_and_print_vs_bare_write_median", median, bare_median)
        db.dispose()


if __name__ == "__main__":
    main()
