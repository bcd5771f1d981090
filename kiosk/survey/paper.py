"""Storing paper forms read from CSV (``survey import``) and reading responses back out
(``survey export``) in the same column layout."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.catalog.models import Service, ServiceVersion
from kiosk.catalog.problems import Problem
from kiosk.storage import Database
from kiosk.survey.csv_io import ExportRow, PaperForm, SurveyImportError, read_forms
from kiosk.survey.elements import ELEMENT_KEYS
from kiosk.survey.models import SurveyImport, SurveyResponse
from kiosk.survey.profile import PROFILE_KEYS

EXPORT_BATCH = 2000


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    forms: int
    first: datetime
    last: datetime


def import_csv(
    db: Database, data: bytes, name: str, *, timezone: str, now: datetime, imported_by: str
) -> ImportSummary:
    """Check every row, then store all of them in one transaction, or nothing.

    Raises SurveyImportError with ``FILE:LINE: message`` problems.
    """
    forms = read_forms(data, name, timezone=timezone, now=now)
    digest = hashlib.sha256(data).hexdigest()
    with db.write() as session:
        earlier = session.scalars(select(SurveyImport).where(SurveyImport.sha256 == digest)).first()
        if earlier is not None:
            local = earlier.imported_at.astimezone(ZoneInfo(timezone))
            raise SurveyImportError(
                [
                    Problem(
                        name,
                        1,
                        f"this file was already imported on {local:%Y-%m-%d %H:%M} as {earlier.file_name!r} "
                        f"({earlier.rows} forms); importing it again would count every form twice",
                    )
                ]
            )
        versions = _versions(session, {f.service for f in forms if f.service is not None})
        problems = [
            Problem(name, f.line, f"service {f.service} is not in the catalog")
            for f in forms
            if f.service is not None and f.service not in versions
        ]
        if problems:
            raise SurveyImportError(problems)
        batch = SurveyImport(sha256=digest, file_name=name[-300:], rows=len(forms), imported_at=now,
                             imported_by=imported_by[:120])
        session.add(batch)
        session.flush()
        session.add_all(_response(f, batch.id, versions) for f in forms)
    times = [f.submitted_at for f in forms]
    return ImportSummary(name, len(forms), min(times), max(times))


def _versions(session: Session, numbers: set[int]) -> dict[int, list[tuple[datetime, int]]]:
    """Per service number: (imported_at, version id), oldest first."""
    found: dict[int, list[tuple[datetime, int]]] = {}
    if not numbers:
        return found
    rows = session.execute(
        select(Service.number, ServiceVersion.imported_at, ServiceVersion.id)
        .join(ServiceVersion, ServiceVersion.service_id == Service.id)
        .where(Service.number.in_(numbers))
        .order_by(Service.number, ServiceVersion.version)
    )
    for number, imported_at, version_id in rows:
        found.setdefault(number, []).append((imported_at, version_id))
    return found


def _version_at(history: list[tuple[datetime, int]], moment: datetime) -> int:
    """The version in force when the form was filled in (the oldest if it predates them all)."""
    chosen = history[0][1]
    for imported_at, version_id in history:
        if imported_at <= moment:
            chosen = version_id
    return chosen


def _response(form: PaperForm, import_id: int, versions: dict[int, list[tuple[datetime, int]]]) -> SurveyResponse:
    return SurveyResponse(
        source="paper",
        submitted_at=form.submitted_at,
        service_number=form.service,
        service_version_id=None if form.service is None else _version_at(versions[form.service], form.submitted_at),
        import_id=import_id,
        **{k: form.scores[k] for k in ELEMENT_KEYS},
        **{k: form.profile[k] for k in PROFILE_KEYS},
        saran=form.suggestion,
    )


def export_rows(db: Database, start: datetime, end: datetime, *, service: int | None = None) -> Iterator[ExportRow]:
    """Responses submitted in ``[start, end)``, oldest first, read in batches."""
    columns = [getattr(SurveyResponse, k) for k in (*ELEMENT_KEYS, *PROFILE_KEYS)]
    query = (
        select(SurveyResponse.submitted_at, SurveyResponse.service_number, SurveyResponse.saran, *columns)
        .where(SurveyResponse.submitted_at >= start, SurveyResponse.submitted_at < end)
        .order_by(SurveyResponse.submitted_at, SurveyResponse.id)
    )
    if service is not None:
        query = query.where(SurveyResponse.service_number == service)
    with db.read() as session:
        for row in session.execute(query.execution_options(yield_per=EXPORT_BATCH)):
            submitted_at, service_number, saran, *values = row
            scores = dict(zip(ELEMENT_KEYS, values[: len(ELEMENT_KEYS)], strict=True))
            profile = dict(zip(PROFILE_KEYS, values[len(ELEMENT_KEYS) :], strict=True))
            yield ExportRow(submitted_at, service_number, scores, profile, saran)
