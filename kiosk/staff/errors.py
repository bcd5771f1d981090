"""Refusals the desk shows to the officer, in Indonesian and English, each with a stable code."""

from __future__ import annotations

from datetime import datetime

from kiosk.refusals import Refused


class StaffError(Refused):
    """Bad input or a refused staff operation. ``reason`` is kept for the screens' own wording
    of sign-in troubles; ``code`` is the same word."""

    code = "staff_refused"

    @property
    def reason(self) -> str:
        return self.code


class NotAllowed(StaffError):
    code = "not_allowed"


SIGN_IN_REFUSED = (
    "ID petugas atau PIN salah, atau akun sedang dikunci karena PIN salah berulang kali "
    "(supervisor dapat membukanya).",
    "Wrong officer ID or PIN, or the account is locked after repeated wrong PINs (a supervisor can unlock it).",
)


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
        self.locked_until = locked_until
        self.tries_left = tries_left
        if reason == "locked":
            when = f" {locked_until:%Y-%m-%d %H:%M %Z}" if locked_until else ""
            pair = (f"Akun terkunci sampai{when}." if when else "Akun terkunci.",
                    f"Account locked until{when}." if when else "Account locked.")
        elif reason == "session_ended":
            pair = ("Sesi loket ini telah berakhir; silakan masuk kembali.",
                    "This desk session has ended; sign in again.")
        else:
            pair = SIGN_IN_REFUSED
        super().__init__(*pair, code=reason)
