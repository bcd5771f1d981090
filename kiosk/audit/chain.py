"""Tamper evidence for the audit log: every entry carries a SHA-256 hash over its own content
and the hash of the entry before it, numbered without gaps (``seq``).

The append-only triggers stop ordinary clients; this catches the rest. Someone who drops the
triggers and deletes, edits or slips in a row breaks the chain at that point, and
``staff audit --verify`` names the first entry where it breaks. (Removing entries from the *end*
leaves a shorter but valid chain: compare the count and last hash with a printed or exported
copy for that; the verify output shows both.)

Entries are numbered and hashed when their transaction commits, under the same kind of lock
the event feed uses, taken last, so two desks signing in at once still form one chain in commit
order and no transaction ever waits for this lock while holding it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import Table, event, select, text, update
from sqlalchemy.orm import Session

from kiosk.audit.models import AuditEntry
from kiosk.storage import Database

PENDING_KEY = "mpp_audit_pending"
GENESIS = "0" * 64
# pg_advisory_xact_lock key: "MPPA" in ASCII, recognisable in pg_locks.
AUDIT_LOCK_KEY = 0x4D505041


def canonical(seq: int, entry: AuditEntry) -> bytes:
    at = entry.at if entry.at.tzinfo is not None else entry.at.replace(tzinfo=UTC)
    fields: list[Any] = [seq, at.astimezone(UTC).isoformat(), entry.actor, entry.actor_role, entry.terminal,
                         entry.counter, entry.action, entry.subject, entry.detail]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()


def link(previous: str, seq: int, entry: AuditEntry) -> str:
    return hashlib.sha256(previous.encode() + canonical(seq, entry)).hexdigest()


def last_link(session: Session) -> tuple[int, str]:
    row = session.execute(select(AuditEntry.seq, AuditEntry.chain).order_by(AuditEntry.seq.desc()).limit(1)).first()
    if row is None or row[0] is None:
        return 0, GENESIS
    return int(row[0]), str(row[1])


def _seal(session: Session) -> None:
    pending: list[AuditEntry] = session.info.pop(PENDING_KEY, [])
    if not pending:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
    seq, previous = last_link(session)
    for entry in pending:
        seq += 1
        entry.seq = seq
        entry.chain = previous = link(previous, seq, entry)
        session.add(entry)
    session.flush()


def _forget(session: Session, _transaction: Any = None) -> None:
    session.info.pop(PENDING_KEY, None)


event.listen(Session, "before_commit", _seal)
event.listen(Session, "after_rollback", _forget)


def add(session: Session, entry: AuditEntry) -> None:
    """Queue ``entry`` for this transaction; it is numbered, chained and written at commit."""
    session.info.setdefault(PENDING_KEY, []).append(entry)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    last_seq: int
    last_hash: str
    problem: str | None = None  # the first break, in words
    at_id: int | None = None  # the row where it shows

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(db: Database) -> ChainReport:
    expected, previous, count = 1, GENESIS, 0
    with db.read() as session:
        unchained = session.scalar(select(AuditEntry.id).where(AuditEntry.seq.is_(None)).limit(1))
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.seq.is_not(None)).order_by(AuditEntry.seq)):
            count += 1
            seq = int(entry.seq or 0)
            if seq != expected:
                problem = (f"entries {expected}-{seq - 1} are missing (removed)" if seq > expected
                           else f"entry {seq} appears twice")
                return ChainReport(count, expected - 1, previous, problem, entry.id)
            if entry.chain != link(previous, expected, entry):
                return ChainReport(count, expected - 1, previous,
                                   f"entry {entry.seq} (id {entry.id}) was altered, or inserted", entry.id)
            previous, expected = str(entry.chain), expected + 1
    if unchained is not None:
        return ChainReport(count, expected - 1, previous, f"row id {unchained} has no place in the chain (inserted)",
                           unchained)
    return ChainReport(count, expected - 1, previous)


def chain_existing(session: Session) -> int:
    """Number and hash rows written before the chain existed, in id order (migration 0006)."""
    seq, previous = last_link(session)
    rows = list(session.scalars(select(AuditEntry).where(AuditEntry.seq.is_(None)).order_by(AuditEntry.id)))
    table = AuditEntry.__table__
    assert isinstance(table, Table)
    for entry in rows:
        seq += 1
        previous = link(previous, seq, entry)
        # A Core update: the ORM refuses to change audit rows, on purpose.
        session.execute(update(table).where(table.c.id == entry.id).values(seq=seq, chain=previous))
    return len(rows)
