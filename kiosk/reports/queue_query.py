"""Filling a queue report with one ``GROUP BY`` scan of the period's tickets.

A ticket belongs to the period of its service day, and to the queue it was last in (a
transferred ticket counts where it was served). Waiting time runs from issue to the (last)
call, service time from the start of service, or the call when service was completed straight
from it, to completion; both to the nearest 10 seconds.
"""

from __future__ import annotations

from collections import Counter as Multiset
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any, TypeVarTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Select, case, func, select

from kiosk.catalog.models import Service
from kiosk.queue.models import Counter, Event, Queue, Ticket
from kiosk.queue.states import Status
from kiosk.reports.durations import Histogram
from kiosk.reports.labels import counter_label
from kiosk.reports.periods import Period
from kiosk.reports.queue_figures import DayFigures, HourFigures, QueueReport, Tally
from kiosk.reports.sql_time import joined, seconds_between, utc_hour_number
from kiosk.storage import Database

T = Ticket
PRINT_FAILED_EVENT = "print_failed"
# Durations are counted to the nearest 10 seconds: a sixth of the 0.1 minute the report shows,
# and a quarter's histogram per counter and officer stays hundreds of values, not millions.
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
        tallies = _Tallies(agency_of)
        for row in session.connection().execute(_desk_lines(db.dialect, period, service_id)):
            tallies.add_group(*row)
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
            for tally in tallies.of_line(qid, sid):
                tally.print_failed += int(count)
        label = "semua layanan"
        if service is not None:
            label = f"layanan {service}. {services.get(service_id or -1, (0, '(tidak ada di katalog)'))[1]}"
    tallies.finish()
    hours, days = _hours_and_days(tallies.hours(), timezone)
    by_queue, by_line, by_counter, by_officer, by_agency = (
        tallies.by_queue, tallies.by_line, tallies.by_counter, tallies.by_officer, tallies.by_agency)
    return QueueReport(
        office=office,
        hall=hall,
        period=period,
        timezone=timezone,
        scope_label=label,
        service=service,
        generated_at=now,
        total=tallies.total.figures("", "Semua antrean"),
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


# Issued, served and no-show tickets per hour travel as one number: hour * 4 + this code.
_HOUR_STATUS = {Status.DONE.value: 1, Status.NO_SHOW.value: 2}


def _desk_lines(dialect: str, period: Period, service_id: int | None) -> Select[Any]:
    """The period in one scan: a row per queue, service, counter and officer, with its counts
    and, as lists, every ticket's wait, service time and hour (see :class:`_Tallies`).

    Seven ``GROUP BY`` scans (counts, a histogram per duration and grouping, the hours) cost
    nine times a bare group-by at 1.2M tickets; one scan whose lists Python counts, three times.
    """
    wait_s = seconds_between(T.issued_at, T.called_at, dialect, step=DURATION_STEP_S)
    service_s = seconds_between(func.coalesce(T.serving_at, T.called_at), T.finished_at, dialect,
                                step=DURATION_STEP_S)
    served = (T.status == Status.DONE.value) & T.finished_at.is_not(None) & T.called_at.is_not(None)
    status_code = case(*((T.status == status, code) for status, code in _HOUR_STATUS.items()), else_=0)
    group = (T.current_queue_id, T.service_id, T.counter_id, T.officer)
    query = select(
        *group,
        *count_columns(),
        joined(wait_s, dialect),  # NULL (left out) while a ticket has not been called
        joined(case((served, service_s)), dialect),
        joined(utc_hour_number(T.issued_at, dialect) * 4 + status_code, dialect),
    ).group_by(*group)
    return _in_period(query, period, service_id)


class _Tallies:
    """The report's tallies, filled from :func:`_desk_lines` rows.

    Each row's lists are split and counted as they arrive (both in C), per line, counter and
    officer, so no list of a whole quarter is ever held; the whole hall, each queue and each
    agency then merge their lines' histograms.
    """

    def __init__(self, agency_of: dict[int, str]) -> None:
        self.agency_of = agency_of
        self.total = Tally()
        self.by_queue: dict[int, Tally] = defaultdict(Tally)
        self.by_line: dict[tuple[int, int], Tally] = defaultdict(Tally)
        self.by_counter: dict[int, Tally] = defaultdict(Tally)
        self.by_officer: dict[str, Tally] = defaultdict(Tally)
        self.by_agency: dict[str, Tally] = defaultdict(Tally)
        self._counted: dict[Histogram, Multiset[str]] = defaultdict(Multiset)
        self._hours: Multiset[str] = Multiset()

    def of_line(self, qid: int, sid: int) -> tuple[Tally, ...]:
        return (self.total, self.by_queue[qid], self.by_line[(qid, sid)],
                self.by_agency[self.agency_of.get(sid, NO_AGENCY)])

    def add_group(self, qid: int, sid: int, cid: int | None, officer: str | None, issued: int, served: int,
                  no_show: int, cancelled: int, waits: str | None, services: str | None, hours: str | None) -> None:
        desks = ([self.by_counter[cid]] if cid is not None else []) + ([self.by_officer[officer]] if officer else [])
        for tally in (*self.of_line(qid, sid), *desks):
            tally.add_counts(int(issued), int(served), int(no_show), int(cancelled))
        for tally in (self.by_line[(qid, sid)], *desks):
            if waits:
                self._counted[tally.waits].update(waits.split(","))
            if services:
                self._counted[tally.services].update(services.split(","))
        if hours:
            self._hours.update(hours.split(","))

    def finish(self) -> None:
        for histogram, counted in self._counted.items():
            for seconds, tickets in counted.items():
                histogram.add(int(seconds), tickets)
        self._counted.clear()
        for (qid, sid), line in self.by_line.items():
            for tally in (self.total, self.by_queue[qid], self.by_agency[self.agency_of.get(sid, NO_AGENCY)]):
                tally.waits.merge(line.waits)
                tally.services.merge(line.services)

    def hours(self) -> Iterator[tuple[datetime, int, int, int]]:
        """(UTC hour, issued, served, no-show) per hour that had tickets."""
        per_hour: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for packed, tickets in self._hours.items():
            hour, code = divmod(int(packed), 4)
            counts = per_hour[hour]
            counts[0] += tickets
            if code:
                counts[code] += tickets
        for hour, (issued, served, no_show) in per_hour.items():
            yield datetime.fromtimestamp(hour * 3600, UTC), issued, served, no_show


def _hours_and_days(
    buckets: Iterable[tuple[datetime, int, int, int]], timezone: str
) -> tuple[tuple[HourFigures, ...], tuple[DayFigures, ...]]:
    zone = ZoneInfo(timezone)
    per_hour: dict[int, int] = defaultdict(int)
    per_day: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for bucket, issued, served, no_show in buckets:
        local = bucket.astimezone(zone)
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

