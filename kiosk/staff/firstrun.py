"""The first administrator of a new office, created at the staff screen of any PC.

Until an officer exists nobody can sign in, and the staff screen would ask for an ID that does
not exist. Creating the first account needs no sign-in, so it must be impossible once anyone
exists: the check and the insert happen under a lock on the installation row, which two PCs
setting up at the same moment both take in turn (on SQLite the write transaction itself).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from kiosk import audit
from kiosk.audit import Actor
from kiosk.staff.accounts import check_officer_fields, view
from kiosk.staff.errors import StaffError
from kiosk.staff.models import Officer
from kiosk.staff.pins import check_pin_pair, hash_pin
from kiosk.staff.roles import Role
from kiosk.storage import Database
from kiosk.storage.installation import SINGLE_ROW, Installation


def needs_first_administrator(db: Database) -> bool:
    with db.read() as session:
        return not session.scalar(select(func.count()).select_from(Officer))


def create_first_administrator(
    db: Database, *, code: str, name: str, pin: str, pin_again: str, terminal: str, now: datetime
) -> tuple[str, str]:
    """Returns the new administrator's (code, name)."""
    code, name = check_officer_fields(code, name, Role.ADMINISTRATOR.value)
    check_pin_pair(pin, pin_again)
    pin_hash = hash_pin(pin)
    with db.write() as session:
        session.scalars(select(Installation).where(Installation.id == SINGLE_ROW).with_for_update()).one()
        if session.scalar(select(func.count()).select_from(Officer)):
            raise StaffError(
                "Kantor ini sudah mempunyai petugas. Silakan masuk dengan ID dan PIN Anda.",
                "This office already has officers. Please sign in with your ID and PIN.",
                code="already_set_up",
            )
        officer = Officer(code=code, name=name, role=Role.ADMINISTRATOR.value, pin_hash=pin_hash, active=True,
                          failed_attempts=0, created_at=now)
        session.add(officer)
        actor = Actor(code, Role.ADMINISTRATOR.value, terminal)
        audit.record(session, actor, "staff.first_administrator", now, subject=f"officer:{code}", name=name)
        shown = view(officer)
    return shown.code, shown.name
