"""Signing in at a counter, the lockout after wrong PINs, the idle lock and signing out.

A refused sign-in still commits: the wrong-try count and the audit entry must survive the
refusal, so the refusal is raised only after the transaction has ended.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.audit import Actor
from kiosk.staff.accounts import OfficerView, find, view
from kiosk.staff.errors import SignInRefused, StaffError
from kiosk.staff.models import Officer, StaffSession
from kiosk.staff.pins import dummy_hash, verify_pin
from kiosk.staff.policy import StaffPolicy
from kiosk.storage import Database


@dataclass(frozen=True)
class DeskSession:
    token: str
    officer: OfficerView
    counter: str
    terminal: str
    started_at: datetime

    @property
    def actor(self) -> Actor:
        return Actor(self.officer.code, self.officer.role, self.terminal, self.counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "officer": self.officer.code,
            "name": self.officer.name,
            "role": self.officer.role,
            "counter": self.counter,
            "terminal": self.terminal,
            "started_at": self.started_at.isoformat(),
        }


def _check_pin(
    session: Session, officer: Officer | None, code: str, pin: str, terminal: str, now: datetime, policy: StaffPolicy,
    *, reveal: bool = True,
) -> SignInRefused | None:
    """None when the PIN is right; otherwise the refusal, with the try already counted.

    At sign-in (``reveal=False``) every refusal reads the same, whether the ID does not exist,
    the PIN is wrong or the account is locked, so trying IDs at a desk tells nobody which exist.
    Unlocking one's own idle-locked desk (``reveal=True``) says how many tries are left."""
    who = Actor(code[:40] or "?", officer.role if officer else "unknown", terminal)
    if officer is None or not officer.active:
        verify_pin(pin, dummy_hash())
        subject = f"officer:{code[:40]}"
        audit.record(session, who, "staff.sign_in_failed", now, subject=subject, why="unknown_or_inactive")
        return SignInRefused("bad_credentials")
    if officer.locked_until is not None:
        if officer.locked_until > now:
            audit.record(session, who, "staff.sign_in_failed", now, subject=f"officer:{officer.code}", why="locked")
            if not reveal:
                verify_pin(pin, dummy_hash())  # as long as any other refusal
                return SignInRefused("bad_credentials")
            return SignInRefused("locked", locked_until=officer.locked_until)
        # The lockout has run out: the next try starts a fresh count.
        officer.locked_until = None
        officer.failed_attempts = 0
    if verify_pin(pin, officer.pin_hash):
        officer.failed_attempts = 0
        return None
    officer.failed_attempts += 1
    if officer.failed_attempts >= policy.max_attempts:
        officer.locked_until = now + policy.lockout
        audit.record(
            session, who, "staff.locked", now, subject=f"officer:{officer.code}", until=officer.locked_until.isoformat()
        )
        return SignInRefused("locked", locked_until=officer.locked_until) if reveal else SignInRefused(
            "bad_credentials")
    audit.record(
        session, who, "staff.sign_in_failed", now, subject=f"officer:{officer.code}", why="wrong_pin"
    )
    return SignInRefused("bad_credentials",
                         tries_left=policy.max_attempts - officer.failed_attempts if reveal else None)


CONSOLE_COUNTER = "0"


def sign_in(
    db: Database,
    code: str,
    pin: str,
    *,
    counter: str,
    terminal: str,
    now: datetime,
    policy: StaffPolicy | None = None,
) -> DeskSession:
    """Opens a session at ``counter``. Anyone still signed in at that counter is signed out
    (a desk left open after a crash must not block the next officer), and so is this officer's
    session at any other counter."""
    policy = policy or StaffPolicy()
    counter = counter.strip()
    if not counter or len(counter) > 20:
        raise StaffError("Silakan pilih loket.", "Choose a counter.", code="no_counter")
    code = code.strip().upper()
    with db.write() as session:
        officer = find(session, code, for_update=True)
        refused = _check_pin(session, officer, code, pin, terminal, now, policy, reveal=False)
        if refused is None:
            assert officer is not None
            actor = Actor(officer.code, officer.role, terminal, counter)
            # A counter has one officer; the console ("0") has as many supervisors as want it.
            same = StaffSession.officer_id == officer.id
            if counter != CONSOLE_COUNTER:
                same = same | (StaffSession.counter == counter)
            for other in session.scalars(select(StaffSession).where(StaffSession.ended_at.is_(None), same)):
                reason = "replaced" if other.officer_id != officer.id else "signed_in_again"
                end_session(session, other, now, reason)
            row = StaffSession(
                token=secrets.token_hex(32),
                officer_id=officer.id,
                counter=counter,
                terminal=terminal[:120],
                started_at=now,
                last_active_at=now,
            )
            session.add(row)
            audit.record(session, actor, "staff.sign_in", now, subject=f"counter:{counter}")
            result = DeskSession(row.token, view(officer), counter, row.terminal, now)
    if refused is not None:
        raise refused
    return result


def end_session(session: Session, row: StaffSession, now: datetime, reason: str) -> None:
    row.ended_at = now
    row.end_reason = reason
    officer = row.officer
    audit.record(
        session,
        Actor(officer.code, officer.role, row.terminal, row.counter),
        "staff.sign_out",
        now,
        subject=f"counter:{row.counter}",
        reason=reason,
    )


def _open(session: Session, token: str) -> StaffSession | None:
    return session.scalars(
        select(StaffSession).where(StaffSession.token == token, StaffSession.ended_at.is_(None))
    ).one_or_none()


def sign_out(db: Database, token: str, now: datetime, reason: str = "signed_out") -> None:
    with db.write() as session:
        row = _open(session, token)
        if row is not None:
            end_session(session, row, now, reason)


def touch(db: Database, token: str, now: datetime) -> bool:
    """Marks activity; False when the session was ended (e.g. someone else took the counter)."""
    with db.write() as session:
        row = _open(session, token)
        if row is None:
            return False
        row.last_active_at = now
        return True


def resume(db: Database, token: str, pin: str, now: datetime, policy: StaffPolicy | None = None) -> DeskSession:
    """Unlocks a desk that locked itself when idle. Wrong PINs count towards the lockout;
    when it strikes, the session ends so the desk returns to the sign-in screen."""
    policy = policy or StaffPolicy()
    with db.write() as session:
        row = _open(session, token)
        if row is None:
            raise SignInRefused("session_ended")
        # Locked and re-read: concurrent wrong PINs must each see the count the one before left
        # (on PostgreSQL the relationship's plain read let twelve tries all write "1").
        officer = find(session, row.officer.code, for_update=True)
        assert officer is not None
        refused = _check_pin(session, officer, officer.code, pin, row.terminal, now, policy)
        if refused is None:
            row.last_active_at = now
            audit.record(
                session,
                Actor(officer.code, officer.role, row.terminal, row.counter),
                "staff.resume",
                now,
                subject=f"counter:{row.counter}",
            )
            result = DeskSession(row.token, view(officer), row.counter, row.terminal, row.started_at)
        elif refused.reason == "locked":
            end_session(session, row, now, "locked")
    if refused is not None:
        raise refused
    return result


def open_sessions(db: Database) -> list[DeskSession]:
    """Who is signed in where: the supervisor's list of open counters."""
    with db.read() as session:
        rows = session.scalars(
            select(StaffSession).where(StaffSession.ended_at.is_(None)).order_by(StaffSession.counter)
        )
        return [DeskSession(r.token, view(r.officer), r.counter, r.terminal, r.started_at) for r in rows]
