"""Creating officers, listing them, changing PINs and lifting lockouts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.audit import Actor
from kiosk.staff.errors import NotAllowed, StaffError
from kiosk.staff.models import Officer
from kiosk.staff.pins import hash_pin
from kiosk.staff.roles import PERMISSION_WORDS, ROLES, Permission, allows
from kiosk.storage import Database

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")


@dataclass(frozen=True)
class OfficerView:
    code: str
    name: str
    role: str
    active: bool
    failed_attempts: int
    locked_until: datetime | None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "locked_until": self.locked_until.isoformat() if self.locked_until else None}


def view(o: Officer) -> OfficerView:
    return OfficerView(o.code, o.name, o.role, o.active, o.failed_attempts, o.locked_until)


def require(actor: Actor, permission: Permission) -> None:
    if not allows(actor.role, permission):
        what_id, what_en = PERMISSION_WORDS[permission]
        raise NotAllowed(f"{actor.code} ({actor.role}) tidak berwenang {what_id}.",
                         f"{actor.code} ({actor.role}) may not {what_en}.")


def unknown_officer(code: str) -> StaffError:
    return StaffError(f"Petugas {code} tidak ada.", f"There is no officer {code}.", code="unknown_officer")


def find(session: Session, code: str, *, for_update: bool = False) -> Officer | None:
    query = select(Officer).where(Officer.code == code.strip().upper())
    if for_update:
        # populate_existing: an officer already loaded in this session is refreshed from the
        # locked row, not served stale from the identity map.
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.scalars(query).one_or_none()


def check_officer_fields(code: str, name: str, role: str) -> tuple[str, str]:
    """The ID (upper case) and name as stored, or a refusal saying what to fix."""
    code = code.strip().upper()
    if not _CODE.match(code):
        raise StaffError(f"ID petugas {code!r}: gunakan 2-40 huruf, angka, '.', '_' atau '-'.",
                         f"Officer ID {code!r}: use 2-40 letters, digits, '.', '_' or '-'.", code="bad_officer_id")
    name = " ".join(name.split())
    if not name:
        raise StaffError("Petugas perlu nama.", "The officer needs a name.", code="no_name")
    if len(name) > 120:
        raise StaffError("Nama petugas paling banyak 120 karakter.", "An officer's name has at most 120 characters.",
                         code="name_too_long")
    if role not in ROLES:
        raise StaffError(f"Peran harus salah satu dari {', '.join(ROLES)}.", f"Role must be one of {', '.join(ROLES)}.",
                         code="bad_role")
    return code, name


def add_officer(db: Database, actor: Actor, now: datetime, *, code: str, name: str, role: str, pin: str) -> OfficerView:
    require(actor, Permission.MANAGE_STAFF)
    code, name = check_officer_fields(code, name, role)
    pin_hash = hash_pin(pin)
    with db.write() as session:
        if find(session, code) is not None:
            raise StaffError(f"ID petugas {code} sudah ada.", f"Officer ID {code} already exists.",
                             code="officer_exists")
        officer = Officer(
            code=code, name=name, role=role, pin_hash=pin_hash, active=True, failed_attempts=0, created_at=now
        )
        session.add(officer)
        audit.record(session, actor, "staff.add", now, subject=f"officer:{code}", name=officer.name, role=role)
    return view(officer)


def set_pin(db: Database, actor: Actor, now: datetime, code: str, pin: str) -> None:
    """An administrator sets any PIN; officers change only their own."""
    if actor.code != code.strip().upper():
        require(actor, Permission.MANAGE_STAFF)
    pin_hash = hash_pin(pin)
    with db.write() as session:
        officer = find(session, code, for_update=True)
        if officer is None:
            raise unknown_officer(code)
        officer.pin_hash = pin_hash
        audit.record(session, actor, "staff.set_pin", now, subject=f"officer:{officer.code}")


def unlock(db: Database, actor: Actor, now: datetime, code: str) -> OfficerView:
    """A supervisor lifts a lockout and clears the count of wrong tries."""
    require(actor, Permission.UNLOCK)
    with db.write() as session:
        officer = find(session, code, for_update=True)
        if officer is None:
            raise unknown_officer(code)
        was_locked = officer.locked_until is not None and officer.locked_until > now
        officer.failed_attempts = 0
        officer.locked_until = None
        audit.record(session, actor, "staff.unlock", now, subject=f"officer:{officer.code}", was_locked=was_locked)
        return view(officer)


def get_officer(db: Database, code: str) -> OfficerView | None:
    with db.read() as session:
        officer = find(session, code)
        return None if officer is None else view(officer)


def list_officers(db: Database) -> list[OfficerView]:
    with db.read() as session:
        return [view(o) for o in session.scalars(select(Officer).order_by(Officer.code))]
