"""What an administrator changes on existing accounts, and what a supervisor needs to see."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from kiosk import audit
from kiosk.audit import Actor
from kiosk.staff.accounts import OfficerView, check_officer_fields, find, require, unknown_officer, view
from kiosk.staff.errors import StaffError
from kiosk.staff.models import Officer, StaffSession
from kiosk.staff.roles import Permission, Role
from kiosk.staff.sessions import end_session
from kiosk.storage import Database


def change_officer(
    db: Database, actor: Actor, now: datetime, code: str, *, name: str | None = None, role: str | None = None,
    active: bool | None = None,
) -> OfficerView:
    """An administrator renames, changes the role of, or (de)activates an account. The office
    never loses its last active administrator, and nobody switches off their own account."""
    require(actor, Permission.MANAGE_STAFF)
    with db.write() as session:
        officer = find(session, code, for_update=True)
        if officer is None:
            raise unknown_officer(code)
        new_name = officer.name if name is None else name
        new_role = officer.role if role is None else role
        _code, new_name = check_officer_fields(officer.code, new_name, new_role)
        new_active = officer.active if active is None else active
        if officer.code == actor.code and not new_active:
            raise StaffError("Anda tidak dapat menonaktifkan akun Anda sendiri.",
                             "You cannot deactivate your own account.", code="own_account")
        admin = Role.ADMINISTRATOR.value
        if officer.role == admin and officer.active and (new_role != admin or not new_active):
            others = session.scalar(select(func.count()).select_from(Officer).where(
                Officer.role == admin, Officer.active.is_(True), Officer.id != officer.id))
            if not others:
                raise StaffError("Kantor harus mempunyai setidaknya satu administrator aktif.",
                                 "The office must keep at least one active administrator.", code="last_administrator")
        changes = {k: [old, new] for k, old, new in (("name", officer.name, new_name), ("role", officer.role, new_role),
                                                     ("active", officer.active, new_active)) if old != new}
        if not changes:
            return view(officer)
        officer.name, officer.role, officer.active = new_name, new_role, new_active
        audit.record(session, actor, "staff.change", now, subject=f"officer:{officer.code}", changes=changes)
        if not new_active:
            for row in session.scalars(select(StaffSession).where(StaffSession.officer_id == officer.id,
                                                                  StaffSession.ended_at.is_(None))):
                end_session(session, row, now, "deactivated")
        return view(officer)


def locked_officers(db: Database, now: datetime) -> list[OfficerView]:
    """Accounts locked out now by wrong PINs, for the supervisor to see and lift."""
    with db.read() as session:
        rows = session.scalars(select(Officer).where(Officer.locked_until > now).order_by(Officer.locked_until))
        return [view(o) for o in rows]
