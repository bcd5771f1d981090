"""The queue report's one-scan counting agrees with counting every ticket by hand.

A few hundred tickets with random lines, desks, outcomes and times (some transferred, some at no
desk, one clock behind another) go straight into the ticket table; every figure of the report is
then worked out again here from the same rows, one ticket at a time, on both databases.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from kiosk.catalog.models import Service, ServiceVersion
from kiosk.queue.models import Counter, Queue, Ticket
from kiosk.reports.durations import Histogram
from kiosk.reports.periods import month_period
from kiosk.reports.queue_figures import LineFigures
from kiosk.reports.queue_query import build_queue_report
from kiosk.storage import Database
from tests.survey.hall import prepare

ZONE = "Asia/Jakarta"
DAYS = (date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25))
OFFICERS = ("PTG-01", "PTG-02", "PTG-03", None)


def _seconds(rng: random.Random, low: int, high: int) -> int:
    # Never a multiple of 5 that is not one of 10: rounding a half is the databases' own affair.
    value = rng.randrange(low, high)
    return value + 1 if value % 10 == 5 else value


def _tickets(db: Database, rng: random.Random, count: int) -> list[dict[str, Any]]:
    with db.read() as session:
        queues = list(session.scalars(select(Queue.id)))
        counters = list(session.scalars(select(Counter.id)))
        services = [(sid, vid) for sid, vid in session.execute(
            select(Service.id, ServiceVersion.id).join(ServiceVersion, ServiceVersion.service_id == Service.id)
            .where(ServiceVersion.version == Service.current_version).limit(4))]
    rows: list[dict[str, Any]] = []
    for n in range(count):
        day = rng.choice(DAYS)
        opening = datetime(day.year, day.month, day.day, 7, 30, tzinfo=ZoneInfo(ZONE)).astimezone(UTC)
        issued = opening + timedelta(seconds=rng.randrange(9 * 3600))
        status = rng.choice(("done", "done", "done", "no_show", "cancelled", "waiting", "serving"))
        called = None if status in {"cancelled", "waiting"} else issued + timedelta(
            seconds=_seconds(rng, -30, 3600))  # a desk clock a little behind the kiosk's
        serving = called + timedelta(seconds=_seconds(rng, 0, 90)) if called and rng.random() < 0.7 else None
        finished = (serving or called) + timedelta(seconds=_seconds(rng, 30, 1800)) if status == "done" and called \
            else None
        service_id, version_id = rng.choice(services)
        first, current = rng.choice(queues), rng.choice(queues)
        rows.append({
            "queue_id": first, "current_queue_id": current, "service_day": day, "number": n + 1,
            "code": f"T-{n + 1:03d}", "service_id": service_id, "version_id": version_id, "priority": None,
            "status": status, "lane": 1, "rank_at": issued, "issued_at": issued, "called_at": called,
            "serving_at": serving, "finished_at": finished,
            "counter_id": rng.choice(counters) if called and rng.random() < 0.9 else None,
            "officer": rng.choice(OFFICERS) if called else None,
            "recall_count": 0, "checklist": None, "print_state": "printed", "print_error": None,
            "terminal": "test",
        })
    with db.write() as session:
        session.execute(insert(Ticket), rows)
    return rows


def _rounded(delta: timedelta) -> int:
    seconds = delta.total_seconds()
    return int(seconds / 10 + (0.5 if seconds >= 0 else -0.5)) * 10


class _Expected:
    def __init__(self) -> None:
        self.counts = [0, 0, 0, 0]
        self.waits = Histogram()
        self.services = Histogram()

    def add(self, row: dict[str, Any]) -> None:
        self.counts[0] += 1
        for index, status in enumerate(("done", "no_show", "cancelled"), start=1):
            self.counts[index] += row["status"] == status
        if row["called_at"] is not None:
            self.waits.add(_rounded(row["called_at"] - row["issued_at"]))
        if row["status"] == "done" and row["finished_at"] is not None and row["called_at"] is not None:
            self.services.add(_rounded(row["finished_at"] - (row["serving_at"] or row["called_at"])))

    def matches(self, found: LineFigures) -> bool:
        return (
            [found.issued, found.served, found.no_show, found.cancelled] == self.counts
            and found.wait == self.waits.stats()
            and found.service == self.services.stats()
        )


def _by(rows: Iterable[dict[str, Any]], key: Any) -> dict[Any, _Expected]:
    expected: dict[Any, _Expected] = defaultdict(_Expected)
    for row in rows:
        value = key(row)
        if value is not None:
            expected[value].add(row)
    return expected


def test_every_figure_is_what_counting_the_tickets_one_by_one_gives(db: Database) -> None:
    prepare(db)
    rows = _tickets(db, random.Random(17), 400)
    with db.read() as session:
        letters = {qid: letter for qid, letter in session.execute(select(Queue.id, Queue.letter))}
        numbers = {cid: number for cid, number in session.execute(select(Counter.id, Counter.number))}
    report = build_queue_report(db, month_period("2026-11"), timezone=ZONE, office="o", hall="h",
                                now=datetime(2026, 12, 1, tzinfo=UTC))

    [everything] = _by(rows, lambda row: "all").values()
    assert everything.matches(report.total)
    for figures, key in (
        (report.by_queue, lambda row: letters[row["current_queue_id"]]),
        (report.by_counter, lambda row: None if row["counter_id"] is None else str(numbers[row["counter_id"]])),
        (report.by_officer, lambda row: row["officer"]),
    ):
        expected = _by(rows, key)
        assert {f.key for f in figures} == set(expected)
        for found in figures:
            assert expected[found.key].matches(found), found.key
    lines = _by(rows, lambda row: (row["current_queue_id"], row["service_id"]))
    assert len(report.by_line) == len(lines)
    assert sum(f.issued for f in report.by_line) == len(rows)

    local = [(row, row["issued_at"].astimezone(ZoneInfo(ZONE))) for row in rows]
    per_hour: dict[int, int] = defaultdict(int)
    for _, when in local:
        per_hour[when.hour] += 1
    assert {h.hour: h.issued for h in report.hours if h.issued} == per_hour
    per_day: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row, when in local:
        counts = per_day[when.date()]
        counts[0] += 1
        counts[1] += row["status"] == "done"
        counts[2] += row["status"] == "no_show"
    assert {d.day: [d.issued, d.served, d.no_show] for d in report.days} == per_day
