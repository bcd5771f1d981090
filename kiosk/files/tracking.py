"""What accepted files and complaints share: tracking numbers such as ``BRK-20261124-0007``
(prefix, office day, number of the day), finding a record by one, and a status that only moves
forward, audited.

The counter is bumped with one atomic upsert, so two desks accepting at the same moment on
PostgreSQL never get the same number (a max()+1 read would race).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kiosk import audit
from kiosk.audit import Actor
from kiosk.files.models import TrackingSequence
from kiosk.storage.upsert import session_insert

FILE_PREFIX = "BRK"
COMPLAINT_PREFIX = "ADU"


def next_tracking_number(session: Session, prefix: str, day: date) -> str:
    upsert = (
        session_insert(session, TrackingSequence)
        .values(prefix=prefix, day=day, last=1)
        .on_conflict_do_update(
            index_elements=[TrackingSequence.prefix, TrackingSequence.day],
            set_={"last": TrackingSequence.last + 1},
        )
        .returning(TrackingSequence.last)
    )
    number = session.execute(upsert).scalar_one()
    return f"{prefix}-{day:%Y%m%d}-{number:04d}"


# A ServiceFile or a Complaint: both have tracking_number, status and status_at columns.
Row = TypeVar("Row")


def find_tracked(session: Session, model: type[Row], tracking_number: str) -> Row | None:
    """The record with this number, however the officer typed it (spaces, lower case)."""
    column: InstrumentedAttribute[str] = getattr(model, "tracking_number")  # noqa: B009 - Row is any tracked model
    found: Row | None = session.scalars(select(model).where(column == tracking_number.strip().upper())).one_or_none()
    return found


def advance_status(
    session: Session,
    row: Any,
    status: str,
    *,
    statuses: Sequence[str],
    words: Mapping[str, tuple[str, str]],
    noun: tuple[str, str],
    refuse: Callable[..., Exception],
    actor: Actor,
    action: str,
    subject: str,
    now: datetime,
) -> None:
    """Moves ``row`` to ``status`` (recorded as ``action`` in the audit log); a status never goes
    back, so what an applicant was told ("siap diambil") is never quietly undone."""
    if statuses.index(status) <= statuses.index(row.status):
        raise refuse(
            f"{noun[0]} {row.tracking_number} sudah berstatus {words[row.status][0].lower()}; status hanya bisa maju.",
            f"{noun[1]} {row.tracking_number} is already {words[row.status][1].lower()}; "
            "the status only moves forward.",
            code="status_backwards",
        )
    audit.record(session, actor, action, now, subject=subject, old=row.status, new=status)
    row.status = status
    row.status_at = now
