"""Queue engine: issue throughput with 1, 4 and 16 processes, and call_next latency with 30 open
counters and 5,000 waiting tickets, on SQLite and (when reachable) PostgreSQL.

Baselines from the same run and database:
* issuing: a bare ``UPDATE ... RETURNING`` counter loop, one write transaction per increment,
  with the same number of processes (what "a number nobody else gets" costs at least);
* calling: one write transaction that takes the head of the line with ``SELECT ... ORDER BY ...
  LIMIT 1`` (``FOR UPDATE SKIP LOCKED`` on PostgreSQL) and marks it called.

Each issue run starts on a fresh service day, so every run sees the same empty line.
"""

from __future__ import annotations

import multiprocessing as mp
import tempfile
import time
from contextlib import ExitStack
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, text

from bench.common import percentiles, ratio, report
from kiosk.calendar import OfficeCalendar
from kiosk.catalog.models import Service
from kiosk.queue import Office, act, add_counter, call_next, ensure_default_layout, issue_ticket
from kiosk.queue.models import Queue, QueueDayNumber, Ticket
from kiosk.queue.states import Action
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.queue.conftest import SECRET, load_services
from tests.support.actors import SETUP, SETUP_TIME
from tests.support.databases import postgres_available, postgres_schema_url

PROCESSES = (1, 4, 16)
RUN_SECONDS = 0.5
COUNTERS = 30
WAITING = 5000
CALL_SAMPLES = 200
CALL_ROUND = 20
EMPTY_LINE_DAYS = 200
WIB = ZoneInfo("Asia/Jakarta")
BARE_INCREMENT = text("UPDATE bench_counter SET n = n + 1 WHERE id = 1 RETURNING n")


def _office() -> Office:
    return Office(calendar=OfficeCalendar(), secret=SECRET)


def _working_mornings(office: Office, count: int) -> list[datetime]:
    """``count`` distinct 09:00 moments on days the office issues tickets."""
    found: list[datetime] = []
    day = date(2026, 9, 1)
    while len(found) < count:
        moment = datetime.combine(day, clock_time(9, 0), tzinfo=WIB)
        if office.calendar.status_at(moment).can_issue:
            found.append(moment)
        day += timedelta(days=1)
    return found


# -- worker processes ------------------------------------------------------------------------


def _worker(conn: Connection) -> None:
    office = _office()
    databases: dict[str, Database] = {}
    operation: Any = None
    while True:
        command = conn.recv()
        if command[0] == "stop":
            break
        if command[0] == "prepare":
            _, url, kind, moment = command
            db = databases.setdefault(url, Database(url))
            if kind == "issue":

                def operation(db: Database = db, moment: datetime = moment) -> None:
                    issue_ticket(db, 50, office=office, now=moment)

            else:

                def operation(db: Database = db) -> None:
                    with db.write() as session:
                        session.execute(BARE_INCREMENT).scalar_one()

            operation()  # connect and warm caches before the clock starts
            conn.send("ready")
        elif command[0] == "go":
            deadline = time.time() + command[1]
            started, count = time.time(), 0
            while time.time() < deadline:
                operation()
                count += 1
            conn.send((count, started, time.time()))
    for db in databases.values():
        db.dispose()


class Pool:
    """Worker processes started once (imports are slow) and reused for every run."""

    def __init__(self, size: int) -> None:
        ctx = mp.get_context("spawn")
        self.links: list[Connection] = []
        self.processes = []
        for _ in range(size):
            parent, child = ctx.Pipe()
            process = ctx.Process(target=_worker, args=(child,), daemon=True)
            process.start()
            self.links.append(parent)
            self.processes.append(process)

    def throughput(self, workers: int, url: str, kind: str, moment: datetime) -> float:
        links = self.links[:workers]
        for link in links:
            link.send(("prepare", url, kind, moment))
        for link in links:
            assert link.recv() == "ready"
        for link in links:
            link.send(("go", RUN_SECONDS))
        results = [link.recv() for link in links]
        total = sum(r[0] for r in results)
        span = max(r[2] for r in results) - min(r[1] for r in results)
        return total / span

    def close(self) -> None:
        for link in self.links:
            link.send(("stop",))
        for process in self.processes:
            process.join(30)


# -- measurements ----------------------------------------------------------------------------


def _prepare(db: Database) -> None:
    upgrade(db)
    load_services(db, range(50, 51))
    ensure_default_layout(db)
    with db.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS bench_counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"))
        session.execute(text("INSERT INTO bench_counter (id, n) VALUES (1, 0)"))


def bench_issue(pool: Pool, db: Database, name: str, mornings: list[datetime]) -> None:
    pool.throughput(max(PROCESSES), db.url, "baseline", mornings[0])  # warm every worker and the file
    for workers in PROCESSES:
        baseline = pool.throughput(workers, db.url, "baseline", mornings[0])
        issued = pool.throughput(workers, db.url, "issue", mornings.pop())
        report(f"baseline_update_returning_{name}_{workers}proc", baseline, "updates/s")
        report(f"queue_issue_{name}_{workers}proc", issued, "tickets/s")
        ratio(f"queue_issue_vs_baseline_{name}_{workers}proc", issued, baseline)
        if workers == 1:
            _issue_on_empty_lines(db, name, baseline)


def _issue_on_empty_lines(db: Database, name: str, baseline: float) -> None:
    """Issuing's fixed cost: each ticket the first of its service day, so "people ahead" has
    nobody to order (the runs above grow the line, and ordering it by policy grows with it)."""
    office = _office()
    days = _working_mornings(office, 2 * (len(PROCESSES) + 1) + EMPTY_LINE_DAYS)[-EMPTY_LINE_DAYS:]
    issue_ticket(db, 50, office=office, now=days.pop())  # warm this process's caches
    started = time.perf_counter()
    for moment in days:
        issue_ticket(db, 50, office=office, now=moment)
    rate = len(days) / (time.perf_counter() - started)
    report(f"queue_issue_empty_line_{name}_1proc", rate, "tickets/s")
    ratio(f"queue_issue_empty_line_vs_baseline_{name}_1proc", rate, baseline)


def _fill_line(db: Database, moment: datetime, office: Office) -> None:
    day = office.service_day(moment)
    with db.write() as session:
        queue = session.scalars(select(Queue).where(Queue.letter == "A")).one()
        service = session.scalars(select(Service).where(Service.number == 50)).one()
        version_id = service.versions[-1].id
        rows = [
            {
                "queue_id": queue.id,
                "current_queue_id": queue.id,
                "service_day": day,
                "number": n,
                "code": f"A-{n:03d}",
                "service_id": service.id,
                "version_id": version_id,
                "priority": "lansia" if n % 7 == 0 else None,
                "status": "waiting",
                "lane": 1,
                "rank_at": moment + timedelta(seconds=n),
                "issued_at": moment + timedelta(seconds=n),
                "recall_count": 0,
                "print_state": "printed",
            }
            for n in range(1, WAITING + 1)
        ]
        session.execute(insert(Ticket), rows)
        session.add(QueueDayNumber(queue_id=queue.id, service_day=day, last_number=WAITING))
    for number in range(4, COUNTERS + 1):
        add_counter(db, number, queues=["A"], is_open=True, actor=SETUP, now=SETUP_TIME)


def bench_call_next(db: Database, name: str, moment: datetime) -> None:
    """call_next and the bare head-taking transaction in alternating rounds on the same line: a
    noisy machine (a shared host) then slows both alike instead of whichever ran second."""
    office = _office()
    _fill_line(db, moment, office)
    now = moment + timedelta(hours=2)
    lock = "" if db.is_sqlite else " FOR UPDATE SKIP LOCKED"
    head = text(
        "SELECT id FROM ticket WHERE current_queue_id = :q AND service_day = :d AND status = 'waiting' "
        f"ORDER BY lane, rank_at, id LIMIT 1{lock}"
    )
    day = office.service_day(now)
    with db.read() as session:
        queue_id = session.scalars(select(Queue.id).where(Queue.letter == "A")).one()
    samples: list[float] = []
    bare: list[float] = []
    for i in range(CALL_SAMPLES):
        counter = 1 + i % COUNTERS
        started = time.perf_counter()
        result = call_next(db, counter, office=office, now=now)
        samples.append(time.perf_counter() - started)
        assert result is not None
        act(db, result.ticket.id, Action.COMPLETE, office=office, now=now, counter=counter)
        if len(samples) % CALL_ROUND == 0:  # then as many bare ones, so both see the same hour
            for _ in range(CALL_ROUND):
                started = time.perf_counter()
                with db.write() as session:
                    ticket_id = session.execute(head, {"q": queue_id, "d": day}).scalar_one()
                    session.execute(text("UPDATE ticket SET status = 'called' WHERE id = :id"), {"id": ticket_id})
                bare.append(time.perf_counter() - started)
    p50, p99 = percentiles(samples)
    base50, base99 = percentiles(bare)
    label = f"{name}_{COUNTERS}counters_{WAITING}waiting"
    report(f"queue_call_next_p50_{label}", p50 * 1000, "ms")
    report(f"queue_call_next_p99_{label}", p99 * 1000, "ms")
    report(f"baseline_take_head_p50_{label}", base50 * 1000, "ms")
    report(f"baseline_take_head_p99_{label}", base99 * 1000, "ms")
    ratio(f"queue_call_next_p50_vs_baseline_{label}", p50, base50)


def main() -> None:
    began = time.perf_counter()
    office = _office()
    mornings = _working_mornings(office, 2 * (len(PROCESSES) + 1))
    pool = Pool(max(PROCESSES))
    try:
        with ExitStack() as stack:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            targets = [("sqlite", f"sqlite:///{folder / 'bench.db'}")]
            if postgres_available():
                targets.append(("postgresql", stack.enter_context(postgres_schema_url())))
            else:
                print("# PostgreSQL not reachable: its figures are skipped", flush=True)
            for name, url in targets:
                db = Database(url)
                _prepare(db)
                bench_issue(pool, db, name, mornings)
                bench_call_next(db, name, mornings.pop())
                db.dispose()
    finally:
        pool.close()
    report("bench_queue_total", time.perf_counter() - began, "s")


if __name__ == "__main__":
    main()
