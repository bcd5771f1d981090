"""Ticket tokens as the hall's own terminals make them: signed with the secret bound to the
database's installation key."""

from __future__ import annotations

from kiosk.queue.signing import ticket_token, verified_ticket_id
from kiosk.storage import Database


def token_for(db: Database, ticket_id: int, secret: str) -> str:
    with db.read() as session:
        return ticket_token(session, ticket_id, secret)


def verified(db: Database, token: str, secret: str) -> int:
    with db.read() as session:
        return verified_ticket_id(session, token, secret)
