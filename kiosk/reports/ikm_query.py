"""Filling an IKM report from the database with a handful of ``GROUP BY`` queries.

Rows are never loaded one by one: a quarter of a busy hall is hundreds of thousands of
responses, and the per-element sums and counts are all the method needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from kiosk.catalog.models import Service
from kiosk.queue.models import Counter, Queue, Ticket
from kiosk.queue.states import Status
from kiosk.reports.ikm_figures import (
    SOURCES,
    GroupBy,
    GroupFigures,
    IkmReport,
    Sample,
    Scope,
    Suggestion,
    empty_profile,
)
from kiosk.reports.labels import counter_label
from kiosk.reports.periods import Period
from kiosk.storage import Database
from kiosk.survey.elements import ELEMENT_KEYS
from kiosk.survey.ikm import ElementTotals, IkmResult, NoSurveyDataError, Weight, ikm_from_totals
from kiosk.survey.models import SurveyResponse
from kiosk.survey.profile import PROFILE_FIELDS, PROFILE_KEYS

MAX_SUGGESTIONS = 2000

R = SurveyResponse
Ts = TypeVarTuple("Ts")
_GROUP_COLUMNS: dict[str, Any] = {
    "agency": Service.agency,  # through the service the response was about (a hall of many agencies)
    "service": R.service_number,
    "queue": R.queue,
    "counter": R.counter_number,
    "officer": R.officer,
}


def element_columns() -> list[ColumnElement[Any]]:
    """sum and count of every element, then all rows, then rows answering anything."""
    columns: list[ColumnElement[Any]] = []
    for key in ELEMENT_KEYS:
        column = getattr(R, key)
        columns += [func.coalesce(func.sum(column), 0), func.count(column)]
    # A row answers something when any element is set: COALESCE of them all is then not null.
    columns += [func.count(), func.count(func.coalesce(*(getattr(R, key) for key in ELEMENT_KEYS)))]
    return columns


def totals_from_row(values: Sequence[Any]) -> tuple[ElementTotals, int]:
    """(totals, stored responses) from the columns of :func:`element_columns`."""
    n = len(ELEMENT_KEYS)
    sums = {key: int(values[2 * i]) for i, key in enumerate(ELEMENT_KEYS)}
    counts = {key: int(values[2 * i + 1]) for i, key in enumerate(ELEMENT_KEYS)}
    responses, respondents = int(values[2 * n]), int(values[2 * n + 1])
    return ElementTotals(sums, counts, respondents, responses - respondents), responses


def result_or_none(totals: ElementTotals, weight: Weight) -> IkmResult | None:
    try:
        return ikm_from_totals(totals, weight)
    except NoSurveyDataError:
        return None


def scoped(query: Select[*Ts], period: Period, timezone: str, scope: Scope) -> Select[*Ts]:
    start, end = period.bounds(timezone)
    query = query.where(R.submitted_at >= start, R.submitted_at < end)
    if scope.service is not None:
        query = query.where(R.service_number == scope.service)
    if scope.queue is not None:
        query = query.where(R.queue == scope.queue)
    if scope.counter is not None:
        query = query.where(R.counter_number == scope.counter)
    if scope.officer is not None:
        query = query.where(R.officer == scope.officer)
    return query


def served_population(session: Session, start: datetime, end: datetime, scope: Scope) -> int:
    """Tickets served to the end in ``[start, end)``: the N of Krejcie–Morgan."""
    query = select(func.count()).select_from(Ticket).where(
        # Naming every queue lets the database use the (queue, finished_at) index, so a hall
        # with years of tickets reads only the period's.
        Ticket.current_queue_id.in_(select(Queue.id)),
        Ticket.status == Status.DONE.value,
        Ticket.finished_at >= start,
        Ticket.finished_at < end,
    )
    if scope.service is not None:
        query = query.join(Service, Service.id == Ticket.service_id).where(Service.number == scope.service)
    if scope.queue is not None:
        query = query.join(Queue, Queue.id == Ticket.current_queue_id).where(Queue.letter == scope.queue)
    if scope.counter is not None:
        query = query.join(Counter, Counter.id == Ticket.counter_id).where(Counter.number == scope.counter)
    if scope.officer is not None:
        query = query.where(Ticket.officer == scope.officer)
    return int(session.scalar(query) or 0)


def build_ikm_report(
    db: Database,
    period: Period,
    *,
    timezone: str,
    scope: Scope,
    weight: Weight,
    office: str,
    hall: str,
    now: datetime,
    by: GroupBy | None = None,
) -> IkmReport:
    start, end = period.bounds(timezone)
    with db.read() as session:
        # One scan without GROUP BY gives the element sums, the sources, the number of
        # suggestions and every profile code of the form's lists (each counted with FILTER):
        # grouping on the profile columns made the database sort every response, over three
        # times the cost of the sums alone on a quarter of a million responses. Codes outside the
        # lists (none, unless typed into the database by hand) are found by a second look.
        profile_columns = [getattr(R, key) for key in PROFILE_KEYS]
        code_lists = [field.codes for field in PROFILE_FIELDS]
        width = len(element_columns())
        row = session.execute(
            scoped(
                select(
                    func.count(R.saran),
                    *element_columns(),
                    *(func.count().filter(R.source == source) for source in SOURCES),
                    *(func.count(column) for column in profile_columns),
                    *(
                        func.count().filter(column == code)
                        for column, codes in zip(profile_columns, code_lists, strict=True)
                        for code in codes
                    ),
                ),
                period,
                timezone,
                scope,
            )
        ).one()
        suggestions_total, added = int(row[0]), [int(v or 0) for v in row[1 : 1 + width]]
        rest = [int(v or 0) for v in row[1 + width :]]
        stored = added[-2]
        sources = dict(zip(SOURCES, rest[: len(SOURCES)], strict=True))
        answered = rest[len(SOURCES) : len(SOURCES) + len(PROFILE_KEYS)]
        coded = iter(rest[len(SOURCES) + len(PROFILE_KEYS) :])
        profile = empty_profile()
        for key, column, codes, given in zip(PROFILE_KEYS, profile_columns, code_lists, answered, strict=True):
            counts = {code: next(coded) for code in codes}
            profile[key].update((code, n) for code, n in counts.items() if n)
            if stored > given:
                profile[key][""] = stored - given
            if given > sum(counts.values()):
                profile[key].update(_other_codes(session, column, codes, period, timezone, scope))
        totals, responses = totals_from_row(added)
        suggestions = tuple(
            Suggestion(at, service, text or "")
            for at, service, text in session.execute(
                scoped(
                    select(R.submitted_at, R.service_number, R.saran)
                    .where(R.saran.is_not(None))
                    .order_by(R.submitted_at, R.id)
                    .limit(MAX_SUGGESTIONS),
                    period,
                    timezone,
                    scope,
                )
            )
        )
        titles = {number: title for number, title in session.execute(select(Service.number, Service.title))}
        groups = _groups(session, period, timezone, scope, by, weight, titles) if by is not None else ()
        population = served_population(session, start, end, scope)
        label = scope_label(session, scope, titles)
    return IkmReport(
        office=office,
        hall=hall,
        period=period,
        timezone=timezone,
        scope=scope,
        scope_label=label,
        weight=weight,
        generated_at=now,
        responses=responses,
        sources=sources,
        result=result_or_none(totals, weight),
        sample=Sample(population=population, responses=totals.respondents),
        profile=profile,
        suggestions=suggestions,
        suggestions_total=suggestions_total,
        by=by,
        groups=groups,
    )


def _other_codes(
    session: Session, column: Any, known: Sequence[str], period: Period, timezone: str, scope: Scope
) -> dict[str, int]:
    query = select(column, func.count()).where(column.is_not(None), column.not_in(known)).group_by(column)
    return {str(code): int(n) for code, n in session.execute(scoped(query, period, timezone, scope))}


def _groups(
    session: Session,
    period: Period,
    timezone: str,
    scope: Scope,
    by: GroupBy,
    weight: Weight,
    titles: dict[int, str],
) -> tuple[GroupFigures, ...]:
    column = _GROUP_COLUMNS[by]
    counters = {number: name for number, name in session.execute(select(Counter.number, Counter.name))}
    queues = {letter: name for letter, name in session.execute(select(Queue.letter, Queue.name))}
    found = []
    base = select(column, *element_columns())
    if by == "agency":
        base = base.outerjoin(Service, Service.number == R.service_number)
    query = scoped(base.group_by(column).order_by(column), period, timezone, scope)
    for value, *values in session.execute(query):
        totals, responses = totals_from_row(values)
        found.append(
            GroupFigures(
                key="" if value is None else str(value),
                label=_group_label(by, value, titles, counters, queues),
                responses=responses,
                result=result_or_none(totals, weight),
            )
        )
    return tuple(found)


def _group_label(
    by: GroupBy, value: Any, titles: dict[int, str], counters: dict[int, str], queues: dict[str, str]
) -> str:
    if value is None:
        return {
            "agency": "(tanpa instansi)",
            "service": "(tanpa layanan)",
            "queue": "(tanpa antrean: kertas/tanpa tiket)",
            "counter": "(tanpa loket: kertas/tanpa tiket)",
            "officer": "(tanpa petugas: kertas/tanpa tiket)",
        }[by]
    if by == "service":
        return f"{value}. {titles.get(value, '')}".rstrip(". ")
    if by == "queue":
        return f"{value} – {queues[value]}" if value in queues else str(value)
    if by == "counter":
        return counter_label(value, counters.get(value))
    return str(value)



def scope_label(session: Session, scope: Scope, titles: dict[int, str]) -> str:
    parts = []
    if scope.service is not None:
        parts.append(f"layanan {scope.service}. {titles.get(scope.service, '(tidak ada di katalog)')}")
    if scope.queue is not None:
        name = session.scalar(select(Queue.name).where(Queue.letter == scope.queue))
        parts.append(f"antrean {scope.queue}" + (f" – {name}" if name else ""))
    if scope.counter is not None:
        name = session.scalar(select(Counter.name).where(Counter.number == scope.counter))
        parts.append(counter_label(scope.counter, name))
    if scope.officer is not None:
        parts.append(f"petugas {scope.officer}")
    return "; ".join(parts) if parts else "semua layanan"
