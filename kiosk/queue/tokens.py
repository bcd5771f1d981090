"""The signed token in a ticket's QR code: ``MPP1.<ticket id>.<key id>.<signature>``.

HMAC-SHA256 with the hall's shared secret, truncated to 80 bits: enough that guessing a valid
signature is hopeless, short enough for a small QR. Everything is digits, capital letters and
dots, which QR codes store in their compact alphanumeric mode (a token for ticket 1234567 is 34
characters, a version-2 QR). The key id (20 bits of an HMAC of a fixed label) tells "signed by
another office or a terminal with a different secret" apart from "altered or forged", so the
staff desk can say which.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from kiosk.queue.errors import ForeignToken, ForgedToken, MalformedToken, QueueError

PREFIX = "MPP1"
MAC_CHARS = 16  # 16 base32 characters = 80 bits
KEY_ID_CHARS = 4
_TOKEN = re.compile(r"^MPP1\.([1-9][0-9]{0,17})\.([A-Z2-7]{4})\.([A-Z2-7]{16})$")


def _key(secret: str) -> bytes:
    try:
        key = bytes.fromhex(secret.strip())
    except ValueError:
        raise QueueError(
            "Kunci rahasia [security] secret bukan teks heksadesimal; jalankan `mpp-kiosk init`.",
            "[security] secret is not hexadecimal text; run `mpp-kiosk init`.",
        ) from None
    if len(key) < 16:
        raise QueueError(
            "Kunci rahasia [security] secret belum diatur atau terlalu pendek; jalankan `mpp-kiosk init`.",
            "[security] secret is missing or too short; run `mpp-kiosk init`.",
        )
    return key


def bound_secret(secret: str, installation: str) -> str:
    """The signing secret of one installation: the configured secret alone would let a database
    created again (ids restarting at 1) print tokens identical to ones already in people's hands."""
    mac = hmac.new(_key(secret), f"mpp-kiosk installation {installation}".encode("ascii"), hashlib.sha256)
    return mac.hexdigest()


def _b32(digest: bytes, chars: int) -> str:
    return base64.b32encode(digest).decode("ascii")[:chars]


def key_id(secret: str) -> str:
    return _b32(hmac.new(_key(secret), b"mpp-kiosk ticket key id", hashlib.sha256).digest(), KEY_ID_CHARS)


def _signature(key: bytes, ticket_id: int) -> str:
    return _b32(hmac.new(key, f"{PREFIX}.{ticket_id}".encode("ascii"), hashlib.sha256).digest(), MAC_CHARS)


def sign_ticket(ticket_id: int, secret: str) -> str:
    if ticket_id <= 0:
        raise ValueError(f"ticket ids are positive, got {ticket_id}")
    return f"{PREFIX}.{ticket_id}.{key_id(secret)}.{_signature(_key(secret), ticket_id)}"


def _bare(text: str) -> str:
    """The token itself, also out of a link to the ticket's page (``https://host/t/MPP1....``),
    which is what the QR holds when the hall has a page for phones."""
    text = text.strip()
    if "/t/" in text:
        text = text.rsplit("/t/", 1)[1].split("?", 1)[0].split("#", 1)[0].strip("/")
    return text.upper()


def verify_token(token: str, secret: str) -> int:
    """The ticket id a genuine token names; a clear TokenError for anything else."""
    match = _TOKEN.match(_bare(token))
    if match is None:
        raise MalformedToken(
            "Kode QR ini bukan tiket antrean MPP.",
            "This QR code is not an MPP queue ticket.",
        )
    ticket_id, kid, mac = int(match.group(1)), match.group(2), match.group(3)
    if not hmac.compare_digest(kid, key_id(secret)):
        raise ForeignToken(
            "Tiket ini ditandatangani oleh kantor atau terminal lain (kunci berbeda).",
            "This ticket was signed by another office or terminal (different key).",
        )
    if not hmac.compare_digest(mac, _signature(_key(secret), ticket_id)):
        raise ForgedToken(
            "Tanda tangan tiket tidak cocok: kode QR telah diubah atau dipalsukan.",
            "The ticket signature does not match: the QR code was altered or forged.",
        )
    return ticket_id


CHECK_LETTERS = "ACDEFHJKLMNPRTUVWXY"  # no B/8, G/6, I/1, O/0, Q, S/5, Z/2: read aloud and typed safely
CHECK_CHARS = 5  # 19**5, about 2.5 million: not guessable at a survey terminal


def check_code(ticket_id: int, secret: str) -> str:
    """The short code printed beside the ticket number: with it, a typed number opens the
    ticket's survey; without it, counting numbers up would let anyone rate other people's tickets."""
    value = int.from_bytes(hmac.new(_key(secret), f"{PREFIX}.check.{ticket_id}".encode("ascii"),
                                    hashlib.sha256).digest()[:8], "big")
    letters = []
    for _ in range(CHECK_CHARS):
        value, digit = divmod(value, len(CHECK_LETTERS))
        letters.append(CHECK_LETTERS[digit])
    return "".join(letters)


def looks_like_token(text: str) -> bool:
    return _bare(text).startswith(PREFIX + ".")
