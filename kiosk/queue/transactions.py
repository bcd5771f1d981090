"""Queue operations run in the caller's open write Session or in a new one of their own."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import Executable, Result
from sqlalchemy.orm import Session

from kiosk.storage import Database

T = TypeVar("T")


def in_write(target: Database | Session, work: Callable[[Session], T]) -> T:
    """Run ``work`` in ``target`` if it is a Session (the caller commits), else in a new write
    transaction (SQLite ``BEGIN IMMEDIATE``) committed before returning."""
    if isinstance(target, Session):
        return work(target)
    with target.write() as session:
        return work(session)


def core_rows(session: Session, statement: Executable, params: Mapping[str, Any]) -> Result[*tuple[Any, ...]]:
    """Run a prebuilt column query on the session's own connection.

    Half the cost of ``Session.execute`` (no ORM result machinery), which shows on the dozen
    reads of every call and issue. Pending ORM changes are flushed first, as ``Session.execute``
    would, so the query sees them.
    """
    session.flush()
    return session.connection().execute(statement, params)
