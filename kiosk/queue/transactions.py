"""Queue operations run in the caller's open write Session or in a new one of their own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

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
