"""Reports over a quarter: ``report ikm --json`` and ``report queue --json`` through the CLI.

Each is printed beside a bare SQL aggregate over the same rows in the same run (one ``GROUP BY``
that only sums), so the ratio says what the report's extra work costs. The target sizes are
1,000,000 responses and 5,000,000 tickets; generating that many rows takes minutes on a small
machine, so the default run uses fewer and prints the sizes in the metric names:

    python -m bench.bench_reports --responses 1000000 --tickets 5000000 [--db URL]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, text

from bench.common import ratio, report, timed
from kiosk.catalog.models import Service, ServiceVersion
from kiosk.cli import main as cli_main
from kiosk.queue.models import Counter, CounterQueue, Queue, QueueService, Ticket
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from kiosk.survey.elements import ELEMENT_KEYS
from kiosk.survey.models import SurveyResponse
from kiosk.survey.profile import PROFILE_FIELDS

DEFAULT_RESPONSES = 50_000
DEFAULT_TICKETS = 100_000
QUARTER = "2026-Q4"
FIRST_DAY = date(2026, 10, 1)
DAYS = 92
ZONE = ZoneInfo("Asia/Jakarta")
SERVICES = 40
QUEUES = ("A", "B", "C", "D")
COUNTERS = 12
OFFICERS = 20
BATCH = 20_000


def _size(n: int) -> str:
    return f"{n // 1000}k" if n < 1_000_000 else f"{n / 1_000_000:g}M"


def _working_days() -> list[date]:
    days = (FIRST_DAY + timedelta(days=n) for n in range(DAYS))
    return [d for d in days if d.weekday() < 5]


def _layout(db: Database, now: datetime) -> tuple[list[int], list[int], dict[int, int], list[int]]:
    """Services with one version each, four queues, twelve counters. Returns ids."""
    with db.write() as session:
        service_ids, version_ids = [], []
        for n in range(1, SERVICES + 1):
            service = Service(number=n, title=f"Layanan contoh {n}", active=True, is_demo=True, current_version=1)
            session.add(service)
            session.flush()
            version = ServiceVersion(service_id=service.id, version=1, imported_at=now, source="bench",
                                     content_hash=f"{n:064d}", title=service.title)
            session.add(version)
            session.flush()
            service_ids.append(service.id)
            version_ids.append(version.id)
        queue_ids = []
        for letter in QUEUES:
            queue = Queue(letter=letter, name=f"Antrean {letter}", fallback=letter == "A", policy="ratio",
                          ratio_normal=2, priority_weight=2.0, transfer_rule="by_issue_time", max_recalls=2,
                          active=True)
            session.add(queue)
            session.flush()
            queue_ids.append(queue.id)
        queue_of: dict[int, int] = {}
        for index, service_id in enumerate(service_ids):
            queue_of[service_id] = queue_ids[index % len(queue_ids)]
            session.add(QueueService(queue_id=queue_of[service_id], service_id=service_id))
        counter_ids = []
        for n in range(1, COUNTERS + 1):
            counter = Counter(number=n, name=f"Loket {n}", is_open=True)
            session.add(counter)
            session.flush()
            session.add(CounterQueue(counter_id=counter.id, queue_id=queue_ids[n % len(queue_ids)]))
            counter_ids.append(counter.id)
    return service_ids, version_ids, queue_of, counter_ids


def _tickets(count: int, rng: random.Random, service_ids: list[int], version_ids: list[int],
             queue_of: dict[int, int], counter_ids: list[int]) -> Iterator[list[dict[str, object]]]:
    days = _working_days()
    per_day = -(-count // len(days))
    letters = {qid: QUEUES[i] for i, qid in enumerate(sorted(set(queue_of.values())))}
    batch: list[dict[str, object]] = []
    made = 0
    for day in days:
        numbers = dict.fromkeys(letters, 0)
        opening = datetime(day.year, day.month, day.day, 8, tzinfo=ZONE).astimezone(UTC)
        for _ in range(min(per_day, count - made)):
            index = rng.randrange(SERVICES)
            queue_id = queue_of[service_ids[index]]
            numbers[queue_id] += 1
            issued = opening + timedelta(seconds=rng.randrange(6 * 3600))
            roll = rng.random()
            status = "done" if roll < 0.9 else "no_show" if roll < 0.96 else "cancelled"
            called = issued + timedelta(seconds=rng.randrange(60, 3600)) if status != "cancelled" else None
            finished = called + timedelta(seconds=rng.randrange(120, 1500)) if status == "done" and called else None
            batch.append({
                "queue_id": queue_id, "current_queue_id": queue_id, "service_day": day,
                "number": numbers[queue_id], "code": f"{letters[queue_id]}-{numbers[queue_id]:03d}",
                "service_id": service_ids[index], "version_id": version_ids[index], "priority": None,
                "status": status, "lane": 1, "rank_at": issued, "issued_at": issued, "called_at": called,
                "serving_at": called, "finished_at": finished,
                "counter_id": rng.choice(counter_ids) if called else None,
                "officer": f"PTG-{rng.randrange(OFFICERS):02d}" if called else None,
                "recall_count": 0, "checklist": None, "print_state": "printed", "print_error": None,
                "terminal": "bench",
            })
            made += 1
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def _responses(db: Database, count: int, rng: random.Random) -> Iterator[list[dict[str, object]]]:
    with db.read() as session:
        served = session.execute(
            select(Ticket.id, Ticket.finished_at, Ticket.counter_id, Ticket.officer, Ticket.current_queue_id,
                   Ticket.service_id).where(Ticket.status == "done").order_by(Ticket.id).limit(count)
        ).all()
        numbers = dict(session.execute(select(Service.id, Service.number)).all())
        letters = dict(session.execute(select(Queue.id, Queue.letter)).all())
        counters = dict(session.execute(select(Counter.id, Counter.number)).all())
    suggestions = ["Antrean cepat, petugas ramah.", "Mohon tambah kursi ruang tunggu.", "Parkir sempit.",
                   "Persyaratan mohon dipasang lebih jelas di papan informasi."]
    batch: list[dict[str, object]] = []
    for ticket_id, finished, counter_id, officer, queue_id, service_id in served:
        row: dict[str, object] = {
            "ticket_id": ticket_id, "source": "terminal", "submitted_at": finished + timedelta(minutes=2),
            "service_number": numbers[service_id], "service_version_id": None, "queue": letters[queue_id],
            "counter_number": counters.get(counter_id), "officer": officer, "terminal": "bench", "import_id": None,
            "saran": rng.choice(suggestions) if rng.random() < 0.03 else None,
        }
        for key in ELEMENT_KEYS:
            row[key] = None if key == "u9" and rng.random() < 0.5 else rng.choice((2, 3, 3, 3, 4, 4))
        for field in PROFILE_FIELDS:
            row[field.key] = rng.choice((*field.codes, None))
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _cli(config: Path, url: str, *args: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        status = cli_main(["--config", str(config), "--db", url, "--now", "2027-01-02 09:00", *args])
    if status != 0 or not out.getvalue().startswith("{"):
        raise RuntimeError(f"mpp-kiosk {' '.join(args)} failed with status {status}")


def main(argv: list[str] | None = None) -> None:
    previous = os.environ.get("MPP_KIOSK_NO_LOG_FILE")
    os.environ["MPP_KIOSK_NO_LOG_FILE"] = "1"  # a benchmark writes no log into the user's folder
    try:
        _run(argv)
    finally:
        if previous is None:
            os.environ.pop("MPP_KIOSK_NO_LOG_FILE", None)
        else:
            os.environ["MPP_KIOSK_NO_LOG_FILE"] = previous


def _run(argv: list[str] | None) -> None:
    parser = argparse.ArgumentParser(prog="bench_reports")
    parser.add_argument("--responses", type=int, default=DEFAULT_RESPONSES)
    parser.add_argument("--tickets", type=int, default=DEFAULT_TICKETS)
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    args = parser.parse_args(argv or [])
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.toml"
        config.write_text("", encoding="utf-8")
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        db = Database(url)
        upgrade(db)
        rng = random.Random(2026)
        started = time.perf_counter()
        ids = _layout(db, datetime(2026, 9, 1, tzinfo=UTC))
        for batch in _tickets(args.tickets, rng, *ids):
            with db.write() as session:
                session.execute(insert(Ticket), batch)
        for batch in _responses(db, args.responses, rng):
            with db.write() as session:
                session.execute(insert(SurveyResponse), batch)
        if db.is_sqlite:
            with db.write() as session:
                session.execute(text("ANALYZE"))
        with db.read() as session:
            stored = session.scalar(select(text("count(*)")).select_from(SurveyResponse)) or 0
        report(f"reports_generate_{_size(args.tickets)}_tickets_{_size(stored)}_responses",
               time.perf_counter() - started, "s")

        ikm = timed(lambda: _cli(config, url, "report", "ikm", "--period", QUARTER, "--json"), repeat=3)
        report(f"report_ikm_json_quarter_{_size(stored)}_responses", ikm, "s")
        start, end = _bounds()
        sums = ", ".join(f"sum({k}), count({k})" for k in ELEMENT_KEYS)
        bare_ikm = text(f"SELECT {sums}, count(*) FROM survey_response WHERE submitted_at >= :s AND submitted_at < :e")

        def bare_survey() -> None:
            with db.read() as session:
                session.execute(bare_ikm, {"s": _bind(db, start), "e": _bind(db, end)}).one()

        baseline = timed(bare_survey, repeat=3)
        report(f"baseline_bare_sql_sum_quarter_{_size(stored)}_responses", baseline, "s")
        ratio("report_ikm_vs_bare_sql", ikm, baseline)

        queue = timed(lambda: _cli(config, url, "report", "queue", "--quarter", QUARTER, "--json"), repeat=2)
        report(f"report_queue_json_quarter_{_size(args.tickets)}_tickets", queue, "s")
        bare_queue = text(
            "SELECT current_queue_id, service_id, count(*), sum(CASE WHEN status = 'done' THEN 1 ELSE 0 END) "
            "FROM ticket WHERE service_day >= :f AND service_day <= :l GROUP BY current_queue_id, service_id"
        )

        def bare_tickets() -> None:
            with db.read() as session:
                session.execute(bare_queue, {"f": FIRST_DAY, "l": FIRST_DAY + timedelta(days=DAYS - 1)}).all()

        queue_baseline = timed(bare_tickets, repeat=2)
        report(f"baseline_bare_sql_group_by_quarter_{_size(args.tickets)}_tickets", queue_baseline, "s")
        ratio("report_queue_vs_bare_sql", queue, queue_baseline)
        db.dispose()


def _bounds() -> tuple[datetime, datetime]:
    start = datetime(2026, 10, 1, tzinfo=ZONE).astimezone(UTC)
    return start, datetime(2027, 1, 1, tzinfo=ZONE).astimezone(UTC)


def _bind(db: Database, value: datetime) -> object:
    # SQLite keeps UtcDateTime as ISO text; the bare query compares with the same text.
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if db.is_sqlite else value


if __name__ == "__main__":
    main(sys.argv[1:])
