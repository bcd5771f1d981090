"""Officers, their PINs, sign-in with lockout, roles and desk sessions."""

from kiosk.staff.accounts import OfficerView, add_officer, get_officer, list_officers, set_pin, unlock
from kiosk.staff.errors import NotAllowed, SignInRefused, StaffError
from kiosk.staff.pins import PinFormatError, check_pin_format, hash_pin, verify_pin
from kiosk.staff.policy import StaffPolicy
from kiosk.staff.roles import ROLES, Permission, Role, allows
from kiosk.staff.sessions import (
    DeskSession,
    open_sessions,
    resume,
    sign_in,
    sign_out,
    touch,
)

__all__ = [
    "ROLES",
    "DeskSession",
    "NotAllowed",
    "OfficerView",
    "Permission",
    "PinFormatError",
    "Role",
    "SignInRefused",
    "StaffError",
    "StaffPolicy",
    "add_officer",
    "allows",
    "check_pin_format",
    "get_officer",
    "hash_pin",
    "list_officers",
    "open_sessions",
    "resume",
    "set_pin",
    "sign_in",
    "sign_out",
    "touch",
    "unlock",
    "verify_pin",
]
