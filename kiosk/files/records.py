"""Accepting a complete file, following its status, and spotting those about to miss their date."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select

from kiosk import audit
from kiosk.audit import Actor
from kiosk.calendar import OfficeCalendar
from kiosk.catalog.store import service_detail
from kiosk.files.due import DueDateError, due_date
from kiosk.files.models import ServiceFile
from kiosk.files.tracking import FILE_PREFIX, advance_status, find_tracked, next_tracking_number
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database

# received -> processing -> completed (product ready) -> collected; never backwards.
FILE_STATUSES = ("received", "processing", "completed", "collected")
OPEN_STATUSES = ("received", "processing")
FILE_STATUS_WORDS = {
    "received": ("Diterima", "Received"),
    "processing": ("Diproses", "Processing"),
    "completed": ("Selesai", "Completed"),
    "collected": ("Sudah diambil", "Collected"),
}
DEFAULT_AT_RISK_DAYS = 2


class FileError(Refused, ValueError):
    """A file that cannot be accepted or changed; ``missing`` lists absent requirements."""

    code = "file_refused"

    def __init__(self, message_id: str, message_en: str, *, code: str | None = None,
                 missing: Sequence[str] = ()) -> None:
        super().__init__(message_id, message_en, code=code)
        self.missing = tuple(missing)


def unknown_file(tracking_number: str) -> FileError:
    return FileError(f"Berkas {tracking_number} tidak ada.", f"There is no file {tracking_number}.",
                     code="unknown_file")


class Risk(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    AT_RISK = "at_risk"
    ON_TRACK = "on_track"
    DONE = "done"


@dataclass(frozen=True)
class AcceptedFile:
    tracking_number: str
    service_number: int
    service_title: str
    applicant_name: str
    applicant_contact: str | None
    ticket_code: str | None
    checklist: tuple[tuple[str, bool], ...]
    received_at: datetime
    received_day: date
    processing_value: int
    processing_unit: str
    due_date: date
    status: str
    officer: str
    counter: str | None
    # Years the due date was counted through whose holidays are not official yet (known at
    # acceptance; the receipt says the date is an estimate).
    estimated_years: tuple[int, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["checklist"] = [{"text": t, "present": p} for t, p in self.checklist]
        for key in ("received_at", "received_day", "due_date"):
            data[key] = data[key].isoformat()
        data["estimated_years"] = list(self.estimated_years)
        return data


def _view(row: ServiceFile) -> AcceptedFile:
    return AcceptedFile(
        tracking_number=row.tracking_number,
        service_number=row.service_number,
        service_title=row.service_title,
        applicant_name=row.applicant_name,
        applicant_contact=row.applicant_contact,
        ticket_code=row.ticket_code,
        checklist=tuple((item["text"], bool(item["present"])) for item in json.loads(row.checklist)),
        received_at=row.received_at,
        received_day=row.received_day,
        processing_value=row.processing_value,
        processing_unit=row.processing_unit,
        due_date=row.due_date,
        status=row.status,
        officer=row.officer,
        counter=row.counter,
    )


def accept_file(
    db: Database,
    actor: Actor,
    now: datetime,
    calendar: OfficeCalendar,
    *,
    service_number: int,
    applicant_name: str,
    applicant_contact: str | None = None,
    ticket_code: str | None = None,
    checklist: Sequence[tuple[str, bool]] = (),
    again: bool = False,
) -> AcceptedFile:
    """Records the file as received complete; a checklist with an absent item is refused,
    since the due date only binds the office once the file is complete.

    The same file accepted twice the same day (same service, and the same ticket or, without
    one, the same applicant) is refused with the tracking number it already has, unless the
    officer says ``again`` (a second application by the same person is possible)."""
    require(actor, Permission.SERVE)
    name = applicant_name.strip()
    if not name:
        raise FileError("Nama pemohon diperlukan untuk tanda terima.", "The applicant's name is needed on the receipt.",
                        code="no_applicant_name")
    missing = [text for text, present in checklist if not present]
    if missing:
        items = "; ".join(missing)
        raise FileError(f"Berkas belum lengkap. Belum ada: {items}", f"The file is incomplete. Missing: {items}",
                        code="file_incomplete", missing=missing)
    with db.write() as session:
        detail = service_detail(session, service_number)
        if detail is None:
            raise FileError(f"Layanan nomor {service_number} tidak ada.",
                            f"There is no service number {service_number}.", code="unknown_service")
        try:
            due = due_date(calendar, now, detail.processing_value, detail.processing_unit)
        except DueDateError as exc:
            raise FileError(f"Layanan {service_number}: {exc.message_id}",
                            f"Service {service_number}: {exc.message_en}", code=exc.code) from exc
        assert detail.processing_value is not None and detail.processing_unit is not None
        day = calendar.service_day(now)
        code = (ticket_code or "").strip().upper()[:20] or None
        if not again:
            same = select(ServiceFile).where(ServiceFile.received_day == day,
                                             ServiceFile.service_number == service_number)
            same = same.where(ServiceFile.ticket_code == code) if code else same.where(
                func.lower(ServiceFile.applicant_name) == name[:120].lower())
            earlier = session.scalars(same.order_by(ServiceFile.received_at)).first()
            if earlier is not None:
                raise FileError(
                    f"Berkas ini sudah diterima hari ini sebagai {earlier.tracking_number} (petugas "
                    f"{earlier.officer}). Tekan Terima sekali lagi hanya bila ini permohonan kedua.",
                    f"This file was already accepted today as {earlier.tracking_number} (officer "
                    f"{earlier.officer}). Press Accept again only if this is a second application.",
                    code="duplicate_file")
        row = ServiceFile(
            tracking_number=next_tracking_number(session, FILE_PREFIX, day),
            service_number=service_number,
            service_version_id=detail.version_id,
            service_title=detail.title,
            applicant_name=name[:120],
            applicant_contact=(applicant_contact or "").strip()[:120] or None,
            ticket_code=code,
            checklist=json.dumps([{"text": t, "present": p} for t, p in checklist], ensure_ascii=False),
            received_at=now,
            received_day=day,
            processing_value=detail.processing_value,
            processing_unit=detail.processing_unit,
            due_date=due,
            status="received",
            status_at=now,
            officer=actor.code,
            counter=actor.counter,
        )
        session.add(row)
        audit.record(
            session,
            actor,
            "files.accept",
            now,
            subject=f"file:{row.tracking_number}",
            service=service_number,
            due=due.isoformat(),
            ticket=row.ticket_code,
        )
        return replace(_view(row), estimated_years=calendar.estimated_years(day, due))


def find_file(db: Database, tracking_number: str) -> AcceptedFile | None:
    with db.read() as session:
        row = find_tracked(session, ServiceFile, tracking_number)
        return None if row is None else _view(row)


def set_file_status(db: Database, actor: Actor, now: datetime, tracking_number: str, status: str) -> AcceptedFile:
    require(actor, Permission.SERVE)
    if status not in FILE_STATUSES:
        raise FileError(f"Status harus salah satu dari {', '.join(FILE_STATUSES)}.",
                        f"The status must be one of {', '.join(FILE_STATUSES)}.", code="bad_status")
    with db.write() as session:
        row = find_tracked(session, ServiceFile, tracking_number)
        if row is None:
            raise unknown_file(tracking_number)
        advance_status(session, row, status, statuses=FILE_STATUSES, words=FILE_STATUS_WORDS,
                       noun=("Berkas", "File"), refuse=FileError, actor=actor, action="files.status",
                       subject=f"file:{row.tracking_number}", now=now)
        return _view(row)


def risk_of(
    file: AcceptedFile, today: date, calendar: OfficeCalendar, at_risk_days: int = DEFAULT_AT_RISK_DAYS
) -> Risk:
    """At risk: no more than ``at_risk_days`` working days left before the due date."""
    if not file.is_open:
        return Risk.DONE
    if file.due_date < today:
        return Risk.OVERDUE
    if file.due_date == today:
        return Risk.DUE_TODAY
    if calendar.working_days_between(today, file.due_date) <= at_risk_days:
        return Risk.AT_RISK
    return Risk.ON_TRACK


def list_files(db: Database, *, open_only: bool = True) -> list[AcceptedFile]:
    """By due date, the most urgent first."""
    query = select(ServiceFile).order_by(ServiceFile.due_date, ServiceFile.tracking_number)
    if open_only:
        query = query.where(ServiceFile.status.in_(OPEN_STATUSES))
    with db.read() as session:
        return [_view(row) for row in session.scalars(query)]
