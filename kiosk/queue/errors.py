"""Refusals of the queue engine, each worded for the person who asked (Indonesian, then English)."""

from __future__ import annotations

from datetime import datetime


class QueueError(Exception):
    """A refused request. ``message_id`` is what staff and visitors read; ``message_en`` follows."""

    def __init__(self, message_id: str, message_en: str) -> None:
        super().__init__(f"{message_id} / {message_en}")
        self.message_id = message_id
        self.message_en = message_en


class IllegalTransition(QueueError):
    """The ticket is not in a state that allows the action (e.g. completing a waiting ticket)."""

    def __init__(self, message_id: str, message_en: str, *, code: str, status: str, action: str) -> None:
        super().__init__(message_id, message_en)
        self.code, self.status, self.action = code, status, action


class OfficeClosed(QueueError):
    """Tickets cannot be issued now; ``next_opening`` says when to come back."""

    def __init__(self, message_id: str, message_en: str, next_opening: datetime | None) -> None:
        super().__init__(message_id, message_en)
        self.next_opening = next_opening


class UnknownTicket(QueueError):
    pass


class UnknownService(QueueError):
    pass


class UnknownQueue(QueueError):
    pass


class UnknownCounter(QueueError):
    pass


class CounterUnavailable(QueueError):
    """The counter is closed, or still has a called or serving ticket of its own."""


class LayoutError(QueueError):
    """A queue or counter definition that cannot be stored (bad letter, duplicate, ...)."""


class TokenError(QueueError):
    """A QR token that does not prove a ticket of this office."""


class MalformedToken(TokenError):
    pass


class ForeignToken(TokenError):
    """Signed with another key: another office, or a terminal with a different secret."""


class ForgedToken(TokenError):
    """Signed with this office's key id but the signature does not match: altered or forged."""
