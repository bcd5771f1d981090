"""Refusals of the queue engine, each worded for the person who asked (Indonesian, then English)."""

from __future__ import annotations

from datetime import datetime

from kiosk.refusals import Refused


class QueueError(Refused):
    """A refused request. ``message_id`` is what staff and visitors read; ``message_en`` follows."""

    code = "queue_refused"


class IllegalTransition(QueueError):
    """The ticket is not in a state that allows the action (e.g. completing a waiting ticket)."""

    code = "illegal_transition"

    def __init__(self, message_id: str, message_en: str, *, ticket_code: str, status: str, action: str) -> None:
        super().__init__(message_id, message_en)
        self.ticket_code, self.status, self.action = ticket_code, status, action


class OfficeClosed(QueueError):
    """Tickets cannot be issued now; ``next_opening`` says when to come back."""

    code = "office_closed"

    def __init__(self, message_id: str, message_en: str, next_opening: datetime | None) -> None:
        super().__init__(message_id, message_en)
        self.next_opening = next_opening


class UnknownTicket(QueueError):
    code = "unknown_ticket"


class UnknownService(QueueError):
    code = "unknown_service"


class UnknownQueue(QueueError):
    code = "unknown_queue"


class UnknownCounter(QueueError):
    code = "unknown_counter"


class CounterUnavailable(QueueError):
    """The counter is closed, or still has a called or serving ticket of its own."""

    code = "counter_unavailable"


class LayoutError(QueueError):
    """A queue or counter definition that cannot be stored (bad letter, duplicate, ...)."""

    code = "layout_refused"


class TokenError(QueueError):
    """A QR token that does not prove a ticket of this office."""

    code = "bad_token"


class MalformedToken(TokenError):
    code = "malformed_token"


class ForeignToken(TokenError):
    """Signed with another key: another office, or a terminal with a different secret."""

    code = "foreign_token"


class ForgedToken(TokenError):
    """Signed with this office's key id but the signature does not match: altered or forged."""

    code = "forged_token"
