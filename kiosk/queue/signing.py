"""Signing and verifying ticket tokens with the key of the database they belong to."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kiosk.queue.tokens import bound_secret, check_code, sign_ticket, verify_token
from kiosk.storage.installation import installation_key


def token_secret(session: Session, secret: str) -> str:
    return bound_secret(secret, installation_key(session))


def ticket_token(session: Session, ticket_id: int, secret: str) -> str:
    return sign_ticket(ticket_id, token_secret(session, secret))


def ticket_check_code(session: Session, ticket_id: int, secret: str) -> str:
    return check_code(ticket_id, token_secret(session, secret))


def verified_ticket_id(session: Session, token: str, secret: str) -> int:
    return verify_token(token, token_secret(session, secret))
