"""Refusals the desk shows to the officer. Each carries a stable ``reason`` the screens translate."""

from __future__ import annotations

from datetime import datetime


class StaffError(Exception):
    """Bad input or a refused staff operation (message in English for logs and the CLI)."""

    reason = "invalid"


class NotAllowed(StaffError):
    reason = "not_allowed"


class SignInRefused(StaffError):
    """``reason``: ``bad_credentials`` (unknown ID or wrong PIN; which one is never said),
    ``locked`` (``locked_until`` says until when). ``tries_left`` counts down to the lockout."""

    def __init__(
        self,
        reason: str,
        *,
        locked_until: datetime | None = None,
        tries_left: int | None = None,
    ) -> None:
        self.reason = reason
        self.locked_until = locked_until
        self.tries_left = tries_left
        if reason == "locked":
            text = f"account locked until {locked_until:%Y-%m-%d %H:%M %Z}" if locked_until else "account locked"
        elif reason == "session_ended":
            text = "this desk session has ended; sign in again"
        else:
            text = "wrong officer ID or PIN"
        super().__init__(text)
