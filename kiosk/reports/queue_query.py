"""Filling a queue report with a few ``GROUP BY`` scans of the period's tickets.

A ticket belongs to the period of its service day, and to the queue it was last in (a
transferred ticket counts where it was served). Waiting time runs from issue to the (last)
call, service time from the start of service, or the call when service was completed straight
from it, to completion; both to the nearest 10 seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TypeVarTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from kiosk.catalog.models import Service
from kiosk.queue.models import Counter, Event, Queue, Ticket
from kiosk.queue.states import Status
from kiosk.reports.labels import counter_label
from kiosk.reports.periods import Period
from kiosk.reports.queue_figures import DayFigures, HourFigures, QueueReport, Tally
from kiosk.reports.sql_time import parse_utc_hour, seconds_between, utc_hour
from kiosk.storage import Database

T = Ticket
PRINT_FAILED_EVENT = "print_failed"
# Durations are counted to the nearest 10 seconds: a sixth of the 0.1 minute the report shows,
# and a quarter's histogram per counter and officer stays thousands of rows, not millions.
DURATION_STEP_S = 10
Ts = TypeVarTuple("Ts")


def _flag(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _in_period(query: Select[*Ts], period: Period, service_id: int | None) -> Select[*Ts]:
    # Naming every queue lets the database use the (queue, service day, ...) index, so a hall
    # with years of tickets reads only the period's.
    query = query.where(
        T.current_queue_id.in_(select(Queue.id)), T.service_day >= period.first, T.service_day <= period.last
    )
    if service_id is not None:
        query = query.where(T.service_id == service_id)
    return query


def count_columns() -> list[Any]:
    return [
        func.count(),
        _flag(T.status == Status.DONE.value),
        _flag(T.status == Status.NO_SHOW.value),
        _flag(T.status == Status.CANCELLED.value),
    ]


NO_AGENCY = "(tanpa instansi)"


def build_queue_report(
    db: Database,
    period: Period,
    *,
    timezone: str,
    office: str,
    hall: str,
    now: datetime,
    service: int | None = None,
) -> QueueReport:
    dialect = db.dialect
    wait_s = seconds_between(T.issued_at, T.called_at, dialect, step=DURATION_STEP_S)
    service_s = seconds_between(func.coalesce(T.serving_at, T.called_at), T.finished_at, dialect,
                                step=DURATION_STEP_S)
    served = (T.status == Status.DONE.value) & T.finished_at.is_not(None) & T.called_at.is_not(None)
    with db.read() as session:
        service_id = None
        if service is not None:
            service_id = session.scalar(select(Service.id).where(Service.number == service))
            if service_id is None:
                service_id = -1  # no such service: an empty report rather than everything
        queues = {row[0]: (row[1], row[2]) for row in session.execute(select(Queue.id, Queue.letter, Queue.name))}
        services = {
            row[0]: (row[1], row[2]) for row in session.execute(select(Service.id, Service.number, Service.title))
        }
        agency_of = {sid: agency or NO_AGENCY for sid, agency in session.execute(select(Service.id, Service.agency))}
        counters = {
            row[0]: (row[1], row[2]) for row in session.execute(select(Counter.id, Counter.number, Counter.name))
        }

        total = Tally()
        by_queue: dict[int, Tally] = defaultdict(Tally)
        by_line: dict[tuple[int, int], Tally] = defaultdict(Tally)
        by_counter: dict[int, Tally] = defaultdict(Tally)
        by_officer: dict[str, Tally] = defaultdict(Tally)
        by_agency: dict[str, Tally] = defaultdict(Tally)

        def line_tallies(qid: int, sid: int) -> tuple[Tally, ...]:
            return total, by_queue[qid], by_line[(qid, sid)], by_agency[agency_of.get(sid, NO_AGENCY)]

        group = (T.current_queue_id, T.service_id, T.counter_id, T.officer)
        for qid, sid, cid, officer, *counts in session.connection().execute(
            _in_period(select(*group, *count_columns()).group_by(*group), period, service_id)
        ):
            numbers = [int(c) for c in counts]
            for tally in _tallies(total, by_queue, by_line, by_counter, by_officer, qid, sid, cid, officer):
                tally.add_counts(*numbers)
            by_agency[agency_of.get(sid, NO_AGENCY)].add_counts(*numbers)

        # Every failed print counts, also when the ticket was reprinted afterwards: the printer
        # failed a visitor either way, and the ticket row only keeps its last print state.
        failures = _in_period(
            select(T.current_queue_id, T.service_id, func.count())
            .select_from(Event)
            .join(T, T.id == Event.ticket_id)
            .where(Event.kind == PRINT_FAILED_EVENT)
            .group_by(T.current_queue_id, T.service_id),
            period,
            service_id,
        )
        for qid, sid, count in session.execute(failures):
            for tally in line_tallies(qid, sid):
                tally.print_failed += int(count)

        line = (T.current_queue_id, T.service_id)
        for qid, sid, seconds, tickets in _histogram(session, line, wait_s, T.called_at.is_not(None), period,
                                                     service_id):
            for tally in line_tallies(qid, sid):
                tally.waits.add(seconds, tickets)
        for qid, sid, seconds, tickets in _histogram(session, line, service_s, served, period, service_id):
            for tally in line_tallies(qid, sid):
                tally.services.add(seconds, tickets)
        desk = (T.counter_id, T.officer)
        for cid, officer, seconds, tickets in _histogram(session, desk, wait_s, T.called_at.is_not(None), period,
                                                         service_id):
            for tally in _desk_tallies(by_counter, by_officer, cid, officer):
                tally.waits.add(seconds, tickets)
        for cid, officer, seconds, tickets in _histogram(session, desk, service_s, served, period, service_id):
            for tally in _desk_tallies(by_counter, by_officer, cid, officer):
                tally.services.add(seconds, tickets)

        hour_column = utc_hour(T.issued_at, dialect)
        buckets = session.execute(
            _in_period(
                select(hour_column, func.count(), _flag(T.status == Status.DONE.value),
                       _flag(T.status == Status.NO_SHOW.value)).group_by(hour_column),
                period,
                service_id,
            )
        ).all()
        label = "semua layanan"
        if service is not None:
            label = f"layanan {service}. {services.get(service_id or -1, (0, '(tidak ada di katalog)'))[1]}"
    hours, days = _hours_and_days(((str(b), int(n), int(s), int(ns)) for b, n, s, ns in buckets), timezone)
    return QueueReport(
        office=office,
        hall=hall,
        period=period,
        timezone=timezone,
        scope_label=label,
        service=service,
        generated_at=now,
        total=total.figures("", "Semua antrean"),
        by_queue=tuple(
            by_queue[q].figures(queues.get(q, ("?", ""))[0], _queue_label(queues, q)) for q in sorted(
                by_queue, key=lambda q: queues.get(q, ("?", ""))[0])
        ),
        by_line=tuple(
            by_line[key].figures(
                f"{queues.get(key[0], ('?', ''))[0]}/{services.get(key[1], (0, ''))[0]}",
                f"{_queue_label(queues, key[0])} · {_service_label(services, key[1])}",
            )
            for key in sorted(by_line, key=lambda k: (queues.get(k[0], ("?", ""))[0], services.get(k[1], (0, ""))[0]))
        ),
        by_counter=tuple(
            by_counter[c].figures(str(counters[c][0]), _counter_label(counters, c))
            for c in sorted(by_counter, key=lambda c: counters[c][0])
        ),
        by_officer=tuple(by_officer[o].figures(o, o) for o in sorted(by_officer)),
        # Worth a breakdown only in a hall of several agencies.
        by_agency=tuple(by_agency[a].figures(a, a) for a in sorted(by_agency)) if len(by_agency) > 1 else (),
        hours=hours,
        days=days,
    )


def _tallies(
    total: Tally,
    by_queue: dict[int, Tally],
    by_line: dict[tuple[int, int], Tally],
    by_counter: dict[int, Tally],
    by_officer: dict[str, Tally],
    qid: int,
    sid: int,
    cid: int | None,
    officer: str | None,
) -> list[Tally]:
    found = [total, by_queue[qid], by_line[(qid, sid)]]
    if cid is not None:
        found.append(by_counter[cid])
    if officer:
        found.append(by_officer[officer])
    return found


def _desk_tallies(
    by_counter: dict[int, Tally], by_officer: dict[str, Tally], cid: int | None, officer: str | None
) -> list[Tally]:
    found = []
    if cid is not None:
        found.append(by_counter[cid])
    if officer:
        found.append(by_officer[officer])
    return found


def _histogram(
    session: Session, keys: tuple[Any, ...], seconds: Any, condition: Any, period: Period, service_id: int | None
) -> Iterable[Any]:
    query = select(*keys, seconds, func.count()).where(condition).group_by(*keys, seconds)
    # Core rather than ORM execution: these rows are plain tuples, and the ORM's result
    # machinery costs more than the query itself for a quarter's histogram.
    for row in session.connection().execute(_in_period(query, period, service_id)):
        *key, value, tickets = row
        yield (*key, int(value or 0), int(tickets))


def _hours_and_days(
    buckets: Iterable[tuple[str, int, int, int]], timezone: str
) -> tuple[tuple[HourFigures, ...], tuple[DayFigures, ...]]:
    zone = ZoneInfo(timezone)
    per_hour: dict[int, int] = defaultdict(int)
    per_day: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for bucket, issued, served, no_show in buckets:
        local = parse_utc_hour(bucket).astimezone(zone)
        per_hour[local.hour] += issued
        day = per_day[local.date()]
        day[0] += issued
        day[1] += served
        day[2] += no_show
    open_days = sum(1 for counts in per_day.values() if counts[0]) or 1
    hours = tuple(HourFigures(h, per_hour.get(h, 0), per_hour.get(h, 0) / open_days) for h in range(24))
    days = tuple(DayFigures(d, *per_day[d]) for d in sorted(per_day))
    return hours, days


def _queue_label(queues: dict[int, tuple[str, str]], qid: int) -> str:
    letter, name = queues.get(qid, ("?", ""))
    return f"{letter} – {name}" if name else letter


def _service_label(services: dict[int, tuple[int, str]], sid: int) -> str:
    number, title = services.get(sid, (0, ""))
    return f"{number}. {title}"


def _counter_label(counters: dict[int, tuple[int, str]], cid: int) -> str:
    number, name = counters[cid]
    return counter_label(number, name)

