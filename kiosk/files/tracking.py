"""Tracking numbers such as ``BRK-20261124-0007``: prefix, office day, number of the day.

The counter is bumped with one atomic upsert, so two desks accepting at the same moment on
PostgreSQL never get the same number (a max()+1 read would race).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.files.models import TrackingSequence

FILE_PREFIX = "BRK"
COMPLAINT_PREFIX = "ADU"


def next_tracking_number(session: Session, prefix: str, day: date) -> str:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    upsert = (
        insert(TrackingSequence)
        .values(prefix=prefix, day=day, last=1)
        .on_conflict_do_update(
            index_elements=[TrackingSequence.prefix, TrackingSequence.day],
            set_={"last": TrackingSequence.last + 1},
        )
        .returning(TrackingSequence.last)
    )
    number = session.execute(upsert).scalar_one()
    return f"{prefix}-{day:%Y%m%d}-{number:04d}"
