"""Local closures of the whole hall, kept in the database so a supervisor closing the office for
a local holiday (at the console or the command line) closes it on every kiosk at once.

Terminals read them through :class:`HallClosures`, a small cache that asks the database at most
once a minute and keeps the last answer while the database cannot be reached: a kiosk never
stops issuing because a closure list could not be refreshed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from sqlalchemy import Date, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk import audit
from kiosk.audit import Actor
from kiosk.calendar.refreshed import Refreshed
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database
from kiosk.storage.base import Base, UtcDateTime

_LOG = logging.getLogger("kiosk.calendar.closures")
REASON_MAX = 200


class OfficeClosure(Base):
    __tablename__ = "office_closure"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(REASON_MAX))
    added_by: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)


@dataclass(frozen=True)
class ClosureView:
    day: date
    reason: str
    added_by: str


def list_closures(db: Database, *, year: int | None = None) -> list[ClosureView]:
    query = select(OfficeClosure).order_by(OfficeClosure.day)
    if year is not None:
        query = query.where(OfficeClosure.day >= date(year, 1, 1), OfficeClosure.day <= date(year, 12, 31))
    with db.read() as session:
        return [ClosureView(c.day, c.reason, c.added_by) for c in session.scalars(query)]


def add_closure(db: Database, actor: Actor, now: datetime, day: date, reason: str) -> ClosureView:
    require(actor, Permission.MANAGE_CALENDAR)
    text = " ".join(reason.split())
    if not text:
        raise Refused("Tuliskan alasan kantor tutup (ditampilkan kepada pemohon).",
                      "Give the reason the office is closed (applicants see it).", code="no_reason")
    if len(text) > REASON_MAX:
        raise Refused(f"Alasan paling banyak {REASON_MAX} karakter.",
                      f"The reason has at most {REASON_MAX} characters.", code="reason_too_long")
    with db.write() as session:
        row = session.get(OfficeClosure, day)
        old = row.reason if row is not None else None
        if row is None:
            row = OfficeClosure(day=day, reason=text, added_by=actor.code[:40], added_at=now)
            session.add(row)
        else:
            row.reason, row.added_by, row.added_at = text, actor.code[:40], now
        audit.record(session, actor, "calendar.close_day", now, subject=f"day:{day.isoformat()}", reason=text,
                     **({"replaced": old} if old is not None else {}))
    return ClosureView(day, text, actor.code)


def remove_closure(db: Database, actor: Actor, now: datetime, day: date) -> None:
    require(actor, Permission.MANAGE_CALENDAR)
    with db.write() as session:
        row = session.get(OfficeClosure, day)
        if row is None:
            raise Refused(f"Tidak ada penutupan kantor pada {day.isoformat()}.",
                          f"There is no office closure on {day.isoformat()}.", code="no_closure")
        audit.record(session, actor, "calendar.reopen_day", now, subject=f"day:{day.isoformat()}", reason=row.reason)
        session.delete(row)


class HallClosures(Refreshed[Mapping[date, str]]):
    """``() -> {day: reason}`` for an OfficeCalendar, refreshed at most every ``REFRESH_S``."""

    def __init__(self, db: Database, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(db, MappingProxyType({}), _read_closures, log=_LOG, what="closures",
                         describe=lambda known: f" {len(known)}", monotonic=monotonic)


def _read_closures(session: Session, _last: Mapping[date, str]) -> Mapping[date, str]:
    rows = session.execute(select(OfficeClosure.day, OfficeClosure.reason)).all()
    return MappingProxyType({day: reason for day, reason in rows})
