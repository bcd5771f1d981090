"""PINs are stored as salted scrypt hashes with their parameters, so they can be raised later
without invalidating existing PINs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from functools import cache

from kiosk.staff.errors import StaffError

PIN_MIN, PIN_MAX = 6, 12
# About 50 ms and 16 MiB per check: slow for someone guessing offline, unnoticeable at sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32


class PinFormatError(StaffError):
    code = "pin_format"


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise PinFormatError(f"PIN terdiri atas {PIN_MIN} sampai {PIN_MAX} angka.",
                             f"A PIN is {PIN_MIN} to {PIN_MAX} digits.")


def check_pin_pair(pin: str, pin_again: str) -> None:
    """A new PIN typed twice, as every screen that sets one asks."""
    if pin != pin_again:
        raise StaffError("Kedua PIN tidak sama. Silakan ketik ulang.", "The two PINs differ. Please type them again.",
                         code="pins_differ")
    check_pin_format(pin)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=length)


def hash_pin(pin: str) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(pin, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@cache
def dummy_hash() -> str:
    """Checked against when the officer ID is unknown, so a wrong ID costs as long as a wrong
    PIN and the time taken does not tell which IDs exist. Made at the first sign-in, not at
    import: every terminal and command imports this module, and a hash takes 40 ms."""
    return hash_pin("000000")
