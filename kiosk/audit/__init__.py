"""The append-only record of what staff did: who, where, when, what."""

from kiosk.audit.actor import SYSTEM, Actor, kiosk_actor, terminal_name
from kiosk.audit.log import AuditEntryView, AuditImmutableError, entries, record

__all__ = [
    "SYSTEM",
    "Actor",
    "AuditEntryView",
    "AuditImmutableError",
    "entries",
    "kiosk_actor",
    "record",
    "terminal_name",
]
