"""Recording complaints, turning the ones the standard excludes into suggestions, and answering.

Per the Standar Pelayanan (component 6): a complaint must come within 30 calendar days of the
service and is answered within 14 working days; one without the complainant's identity, or a
later one, is handled as a suggestion (it is kept and read, but carries no deadline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from kiosk import audit
from kiosk.audit import Actor
from kiosk.audit.actor import KIOSK_ROLE
from kiosk.calendar import OfficeCalendar
from kiosk.catalog.store import service_detail
from kiosk.complaints.channels import CHANNELS, UNATTENDED_CHANNELS
from kiosk.complaints.models import Complaint
from kiosk.files.tracking import COMPLAINT_PREFIX, advance_status, find_tracked, next_tracking_number
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database

LATE_AFTER_DAYS = 30
RESPONSE_WORKING_DAYS = 14
COMPLAINT_STATUSES = ("recorded", "handling", "answered")
COMPLAINT_STATUS_WORDS = {
    "recorded": ("Dicatat", "Recorded"),
    "handling": ("Ditangani", "Being handled"),
    "answered": ("Dijawab", "Answered"),
}
MATTER_MAX = 4000


class ComplaintError(Refused, ValueError):
    code = "complaint_refused"


def unknown_complaint(tracking_number: str) -> ComplaintError:
    return ComplaintError(f"Pengaduan {tracking_number} tidak ada.", f"There is no complaint {tracking_number}.",
                          code="unknown_complaint")


@dataclass(frozen=True)
class ComplaintView:
    tracking_number: str
    kind: str
    suggestion_reasons: tuple[str, ...]
    channel: str
    complainant_name: str | None
    complainant_contact: str | None
    service_number: int | None
    service_title: str | None
    service_date: date | None
    matter: str
    received_at: datetime
    received_day: date
    response_due: date | None
    status: str
    answer: str | None
    recorded_by: str
    handled_by: str | None

    def overdue_on(self, today: date) -> bool:
        return self.response_due is not None and self.status != "answered" and self.response_due < today

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["suggestion_reasons"] = list(self.suggestion_reasons)
        for key in ("service_date", "received_day", "response_due"):
            data[key] = data[key].isoformat() if data[key] else None
        data["received_at"] = self.received_at.isoformat()
        return data


def classify(*, has_identity: bool, service_date: date | None, received_day: date) -> tuple[str, tuple[str, ...]]:
    """``("complaint", ())`` or ``("suggestion", reasons)`` with reasons ``anonymous``/``late``."""
    reasons: list[str] = []
    if not has_identity:
        reasons.append("anonymous")
    if service_date is not None and (received_day - service_date).days > LATE_AFTER_DAYS:
        reasons.append("late")
    return ("suggestion" if reasons else "complaint"), tuple(reasons)


def _view(row: Complaint) -> ComplaintView:
    return ComplaintView(
        tracking_number=row.tracking_number,
        kind=row.kind,
        suggestion_reasons=tuple(r for r in (row.suggestion_reason or "").split(",") if r),
        channel=row.channel,
        complainant_name=row.complainant_name,
        complainant_contact=row.complainant_contact,
        service_number=row.service_number,
        service_title=row.service_title,
        service_date=row.service_date,
        matter=row.matter,
        received_at=row.received_at,
        received_day=row.received_day,
        response_due=row.response_due,
        status=row.status,
        answer=row.answer,
        recorded_by=row.recorded_by,
        handled_by=row.handled_by,
    )


def _clean(text: str | None, limit: int = 120) -> str | None:
    return (text or "").strip()[:limit] or None


def record_complaint(
    db: Database,
    actor: Actor,
    now: datetime,
    calendar: OfficeCalendar,
    *,
    channel: str,
    matter: str,
    complainant_name: str | None = None,
    complainant_contact: str | None = None,
    service_number: int | None = None,
    service_date: date | None = None,
) -> ComplaintView:
    # The walk-in kiosk's complaint form has nobody signed in; it may record only what it collected.
    if not (actor.role == KIOSK_ROLE and channel in UNATTENDED_CHANNELS):
        require(actor, Permission.SERVE)
    if channel not in CHANNELS:
        raise ComplaintError(f"Saluran harus salah satu dari {', '.join(CHANNELS)}.",
                             f"The channel must be one of {', '.join(CHANNELS)}.", code="bad_channel")
    matter = matter.strip()
    if not matter:
        raise ComplaintError("Silakan tuliskan pokok pengaduan.", "Describe the matter of the complaint.",
                             code="no_matter")
    if len(matter) > MATTER_MAX:
        raise ComplaintError(f"Pokok pengaduan lebih dari {MATTER_MAX} karakter.",
                             f"The matter is longer than {MATTER_MAX} characters.", code="matter_too_long")
    day = calendar.service_day(now)
    if service_date is not None and service_date > day:
        raise ComplaintError("Tanggal layanan berada di masa depan.", "The service date lies in the future.",
                             code="future_service_date")
    name = _clean(complainant_name)
    kind, reasons = classify(has_identity=name is not None, service_date=service_date, received_day=day)
    with db.write() as session:
        title = None
        if service_number is not None:
            detail = service_detail(session, service_number)
            if detail is None:
                raise ComplaintError(f"Layanan nomor {service_number} tidak ada.",
                                     f"There is no service number {service_number}.", code="unknown_service")
            title = detail.title
        row = Complaint(
            tracking_number=next_tracking_number(session, COMPLAINT_PREFIX, day),
            kind=kind,
            suggestion_reason=",".join(reasons) or None,
            channel=channel,
            complainant_name=name,
            complainant_contact=_clean(complainant_contact),
            service_number=service_number,
            service_title=title,
            service_date=service_date,
            matter=matter,
            received_at=now,
            received_day=day,
            response_due=calendar.add_working_days(day, RESPONSE_WORKING_DAYS) if kind == "complaint" else None,
            status="recorded",
            status_at=now,
            recorded_by=actor.code,
            counter=actor.counter,
        )
        session.add(row)
        audit.record(
            session,
            actor,
            "complaint.record",
            now,
            subject=f"complaint:{row.tracking_number}",
            kind=kind,
            channel=channel,
            reasons=list(reasons),
        )
        return _view(row)


def find_complaint(db: Database, tracking_number: str) -> ComplaintView | None:
    with db.read() as session:
        row = find_tracked(session, Complaint, tracking_number)
        return None if row is None else _view(row)


def update_complaint(
    db: Database, actor: Actor, now: datetime, tracking_number: str, *, status: str, answer: str | None = None
) -> ComplaintView:
    """Moves the status forward (recorded -> handling -> answered); answering needs the answer."""
    require(actor, Permission.SERVE)
    if status not in COMPLAINT_STATUSES:
        raise ComplaintError(f"Status harus salah satu dari {', '.join(COMPLAINT_STATUSES)}.",
                             f"The status must be one of {', '.join(COMPLAINT_STATUSES)}.", code="bad_status")
    answer = (answer or "").strip() or None
    if status == "answered" and answer is None:
        raise ComplaintError("Catat jawaban yang diberikan kepada pengadu.",
                             "Record the answer given to the complainant.", code="no_answer")
    with db.write() as session:
        row = find_tracked(session, Complaint, tracking_number)
        if row is None:
            raise unknown_complaint(tracking_number)
        advance_status(session, row, status, statuses=COMPLAINT_STATUSES, words=COMPLAINT_STATUS_WORDS,
                       noun=("Pengaduan", "Complaint"), refuse=ComplaintError, actor=actor,
                       action="complaint.status", subject=f"complaint:{row.tracking_number}", now=now)
        row.handled_by = actor.code
        if answer is not None:
            row.answer = answer
        return _view(row)


def list_complaints(db: Database, *, open_only: bool = False, kind: str | None = None) -> list[ComplaintView]:
    """Complaints by response deadline first (the most urgent on top), then suggestions."""
    query = select(Complaint).order_by(
        Complaint.response_due.is_(None), Complaint.response_due, Complaint.tracking_number
    )
    if open_only:
        query = query.where(Complaint.status != "answered")
    if kind is not None:
        query = query.where(Complaint.kind == kind)
    with db.read() as session:
        return [_view(row) for row in session.scalars(query)]
