"""SQLite under a full hall: 16 processes issuing tickets as fast as they can while 4 counters
call, for a fixed time. Reported: the callers' latency (median, p99, worst) and how many calls
did not complete at all (busy past the 5 s wait), beside a caller working alone on the same file
in the same run (the baseline the ratio is taken against).

How it is kept fair: kiosk/storage/writeturn.py (writers take turns on an OS file lock, polled
every millisecond, before BEGIN IMMEDIATE). Run: ./dev bench fairness
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import percentiles, ratio, report
from tests.support.actors import SETUP, SETUP_TIME

ISSUERS = 16
CALLERS = 4
SECONDS = 15.0


def _setup(url: str) -> None:
    from kiosk import config
    from kiosk.clock import parse_instant
    from kiosk.queue.layout import add_counter
    from kiosk.setup import initialise
    from kiosk.storage import Database

    db = Database(url)
    initialise(db, config.validate({"security": {"secret": "ab" * 32}}, "bench"), parse_instant("2026-11-24T09:00"))
    add_counter(db, 4, "Loket 4", queues=["A"], is_open=True, actor=SETUP, now=SETUP_TIME)
    db.dispose()


def _office() -> Any:
    from kiosk.calendar import OfficeCalendar
    from kiosk.queue import Office

    return Office(calendar=OfficeCalendar(), secret="ab" * 32)


def _issuer(url: str, start: Any, stop_at: float, out: Any) -> None:
    from kiosk.clock import parse_instant
    from kiosk.queue import issue_ticket
    from kiosk.storage import Database

    db, office, now = Database(url), _office(), parse_instant("2026-11-24T09:00")
    start.wait()
    done = failed = 0
    while time.time() < stop_at:
        try:
            issue_ticket(db, 50, office=office, now=now)
            done += 1
        except Exception:
            failed += 1
    out.put(("issued", done, failed))


def _caller(url: str, counter: int, start: Any, stop_at: float, out: Any) -> None:
    from kiosk.clock import parse_instant
    from kiosk.queue import act, call_next
    from kiosk.queue.states import Action
    from kiosk.storage import Database

    db, office, now = Database(url), _office(), parse_instant("2026-11-24T09:00")
    start.wait()
    waits: list[float] = []
    failed = 0
    kinds: dict[str, int] = {}
    while time.time() < stop_at:
        began = time.perf_counter()
        try:
            called = call_next(db, counter, office=office, now=now)
            waits.append(time.perf_counter() - began)
        except Exception as exc:  # busy past the wait: the officer would see "database busy"
            failed += 1
            kinds[type(exc).__name__] = kinds.get(type(exc).__name__, 0) + 1
            continue
        time.sleep(0.2)  # an officer presses "call" at most a few times a second
        if called is not None:
            with contextlib.suppress(Exception):
                act(db, called.ticket.id, Action.COMPLETE, office=office, now=now, counter=counter)
    if kinds:
        print(f"# counter {counter} refusals: {kinds}", flush=True)
    out.put(("called", waits, failed))


def _run(url: str, issuers: int) -> tuple[list[float], int, int]:
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    stop_at = time.time() + SECONDS + 3  # +3: the processes' start-up
    procs = [ctx.Process(target=_issuer, args=(url, start, stop_at, out)) for _ in range(issuers)]
    procs += [ctx.Process(target=_caller, args=(url, 1 + n, start, stop_at, out)) for n in range(CALLERS)]
    for p in procs:
        p.start()
    time.sleep(3)
    start.set()
    waits: list[float] = []
    failed = issued = 0
    for _ in procs:
        kind, first, second = out.get(timeout=SECONDS + 120)
        if kind == "called":
            waits += first
            failed += second
        else:
            issued += first
    for p in procs:
        p.join(30)
    return waits, failed, issued


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        alone_url = f"sqlite:///{Path(folder) / 'alone.db'}"
        busy_url = f"sqlite:///{Path(folder) / 'busy.db'}"
        _setup(alone_url)
        _setup(busy_url)
        alone, _, _ = _run(alone_url, 0)
        busy, failed, issued = _run(busy_url, ISSUERS)
    alone_p50, alone_p99 = percentiles(alone)
    p50, p99 = percentiles(busy) if busy else (float("nan"), float("nan"))
    report("sqlite_call_alone_p99", alone_p99 * 1000, "ms")
    report(f"sqlite_call_with_{ISSUERS}_issuers_p50", p50 * 1000, "ms")
    report(f"sqlite_call_with_{ISSUERS}_issuers_p99", p99 * 1000, "ms")
    report(f"sqlite_call_with_{ISSUERS}_issuers_worst", max(busy, default=float("nan")) * 1000, "ms")
    report(f"sqlite_calls_failed_busy_with_{ISSUERS}_issuers", failed, "calls")
    report(f"sqlite_issued_by_{ISSUERS}_issuers", issued / SECONDS, "tickets/s")
    ratio("sqlite_call_p99_busy_vs_alone", p99, alone_p99)
    del alone_p50
