"""Writing and reading the audit log.

An entry is written in the same transaction as the action it describes, so an action that
committed always has its entry and a refused or failed one leaves none. Rows are never changed:
the ORM refuses updates and deletes here, and database triggers (migration 0005) refuse them
from any other client too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Mapper, Session

from kiosk.audit import chain
from kiosk.audit.actor import Actor
from kiosk.audit.models import AuditEntry
from kiosk.storage import Database

IMMUTABLE_MESSAGE = "audit_entry is append-only"


class AuditImmutableError(RuntimeError):
    """Someone tried to change or remove an audit entry."""


def _refuse(_mapper: Mapper[Any], _connection: Any, _target: AuditEntry) -> None:
    raise AuditImmutableError(IMMUTABLE_MESSAGE)


event.listen(AuditEntry, "before_update", _refuse)
event.listen(AuditEntry, "before_delete", _refuse)


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: datetime
    actor: str
    actor_role: str
    terminal: str
    counter: str | None
    action: str
    subject: str | None
    detail: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "at": self.at.isoformat()}


def record(
    session: Session,
    actor: Actor,
    action: str,
    now: datetime,
    *,
    subject: str | None = None,
    **detail: Any,
) -> None:
    chain.add(
        session,
        AuditEntry(
            at=now,
            actor=actor.code,
            actor_role=actor.role,
            terminal=actor.terminal[:120],
            counter=actor.counter,
            action=action,
            subject=subject,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        ),
    )


def _view(row: AuditEntry) -> AuditEntryView:
    return AuditEntryView(
        id=row.id,
        at=row.at,
        actor=row.actor,
        actor_role=row.actor_role,
        terminal=row.terminal,
        counter=row.counter,
        action=row.action,
        subject=row.subject,
        detail=json.loads(row.detail),
    )


def entries(
    db: Database,
    *,
    actor: str | None = None,
    action_prefix: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> list[AuditEntryView]:
    """Newest first; ``since`` inclusive, ``until`` exclusive."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if actor is not None:
        query = query.where(AuditEntry.actor == actor)
    if action_prefix is not None:
        query = query.where(AuditEntry.action.startswith(action_prefix, autoescape=True))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    with db.read() as session:
        return [_view(row) for row in session.scalars(query)]
