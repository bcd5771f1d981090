"""A write lock held for up to 40 s right over the moment a printed ticket is confirmed (a stuck
client, a backup tool, a long report on a busy server): the applicant has an answer within a
few seconds while it is still held, holding a valid printed number, and the ticket is callable
once the lock goes."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select, text

from devices.printing.printer import Printer, PrinterSettings
from kiosk import config
from kiosk.calendar import OfficeCalendar
from kiosk.printjobs import issue_and_print
from kiosk.queue import Office, call_next
from kiosk.queue.models import Ticket
from kiosk.setup import initialise
from kiosk.storage import Database
from tests.faults.slow_printer import SlowPrinter

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
SECRET = "cd" * 32
LOCK_S = 40.0


def _hold_lock_once_the_ticket_exists(db: Database, held: threading.Event, done: threading.Event) -> None:
    """Wait for the kiosk's ticket row, then take the write lock (SQLite) or its row (PostgreSQL)."""
    url = db.url.replace("postgresql://", "postgresql+psycopg://", 1)
    if db.is_sqlite:
        conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        while conn.execute("SELECT count(*) FROM ticket").fetchone()[0] == 0:
            time.sleep(0.002)
        conn.execute("BEGIN IMMEDIATE")
        held.set()
        done.wait(LOCK_S)
        conn.execute("ROLLBACK")
        conn.close()
        return
    engine = create_engine(url)
    with engine.connect() as conn:
        while conn.execute(text("SELECT count(*) FROM ticket")).scalar() == 0:
            conn.rollback()
            time.sleep(0.002)
        conn.execute(text("SELECT id FROM ticket FOR UPDATE"))
        held.set()
        done.wait(LOCK_S)
        conn.rollback()
    engine.dispose()


@pytest.mark.expect_warnings(r"printed, but the confirmation could not be written yet")
@pytest.mark.slow
def test_a_lock_over_the_confirmation_costs_the_applicant_seconds_not_minutes(db: Database, tmp_path: Path) -> None:
    settings = config.validate({"security": {"secret": SECRET}}, "test")
    initialise(db, settings, NOW)
    office = Office(calendar=OfficeCalendar(), secret=SECRET)
    printer_stand_in = SlowPrinter()
    printer = Printer(PrinterSettings(kind="network", host="127.0.0.1", tcp_port=printer_stand_in.port))
    held, done = threading.Event(), threading.Event()
    locker = threading.Thread(target=_hold_lock_once_the_ticket_exists, args=(db, held, done))
    locker.start()
    try:
        started = time.monotonic()
        outcome = issue_and_print(db, office, printer, settings, 50, now=NOW)
        answered = time.monotonic() - started
        assert held.is_set(), "the lock came too late to cover the confirmation"
        assert outcome.printed and outcome.ticket.code == "A-001"
        assert answered < 10, f"the applicant waited {answered:.1f} s"  # the job itself takes ~1-2 s
        with db.read() as session:
            assert session.scalar(select(Ticket.print_state)) == "pending"
        # The answer came while the lock was still held: how much longer it lasts changes nothing
        # for the applicant, so it ends here rather than after the whole 40 s.
        assert locker.is_alive(), "the lock ended before the applicant had an answer"
    finally:
        done.set()
        locker.join(LOCK_S + 10)
        printer_stand_in.close()
    # The lock is gone: the background confirmation lands and a counter calls the ticket.
    deadline = time.monotonic() + 60
    while True:
        with db.read() as session:
            state = session.scalar(select(Ticket.print_state))
        if state == "printed" or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert state == "printed"
    called = call_next(db, 1, office=office, now=NOW)
    assert called is not None and called.ticket.code == "A-001"
