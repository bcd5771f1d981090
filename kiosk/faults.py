"""Expected faults, in words people understand, with one exit status per kind.

The CLI (and each role's screens) hand any exception to :func:`classify`; a fault of a known
class becomes a calm message in Indonesian and English and a documented exit status, never a
traceback. Anything unknown is an internal error: logged with its traceback to the log file,
shown as one line that says where the details are.

Exit statuses of ``mpp-kiosk`` (README "The command line"):

====  =======================================================================
0     done
1     declined or not possible here (a restore not confirmed, no service manager)
2     bad input or configuration, or refused by the rules (the message says which)
3     the audit log's hash chain is broken (``staff audit --verify``)
4     the database is busy (another terminal holds it longer than the wait allows)
5     the database cannot be reached, or the connection was lost
6     the database is not set up, or is older than this program (run ``mpp-kiosk init``)
7     the disk is full or cannot be written
8     a number, date or text is out of range (too large, too long)
70    internal error (a bug: details in the log file)
====  =======================================================================
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError, StatementError


class InputOutOfRange(ValueError):
    """A value that no column, calendar or counter can hold: refused before the database."""


class NotSetUp(RuntimeError):
    """The database exists but lacks what ``mpp-kiosk init`` writes."""


@dataclass(frozen=True)
class Fault:
    code: str
    status: int
    message_id: str
    message_en: str
    detail: str = ""

    def text(self) -> str:
        return f"{self.message_id} / {self.message_en}" + (f" ({self.detail})" if self.detail else "")

    def to_json(self) -> dict[str, object]:
        return {"error": {"code": self.code, "status": self.status, "message_id": self.message_id,
                          "message_en": self.message_en, "detail": self.detail}}


BUSY = ("database_busy", 4, "Basis data sedang sibuk dipakai terminal lain. Silakan coba lagi sebentar lagi.",
        "The database is busy with another terminal. Please try again in a moment.")
UNREACHABLE = ("database_unreachable", 5, "Basis data tidak dapat dihubungi. Periksa jaringan atau server basis data.",
               "The database cannot be reached. Check the network or the database server.")
SCHEMA = ("database_not_ready", 6, "Basis data belum disiapkan atau lebih lama dari program ini. "
          "Jalankan `mpp-kiosk init`.",
          "The database is not set up, or is older than this program. Run `mpp-kiosk init`.")
DISK_FULL = ("disk_full", 7, "Disk penuh atau tidak dapat ditulisi. Kosongkan ruang disk, lalu coba lagi.",
             "The disk is full or cannot be written. Free some space, then try again.")
OUT_OF_RANGE = ("out_of_range", 8, "Nilai di luar batas (angka terlalu besar, tanggal tidak mungkin, atau teks "
                "terlalu panjang).", "A value is out of range (a number too large, an impossible date, or text "
                "too long).")
PATH = ("path_unusable", 2, "Berkas atau folder itu tidak dapat dipakai (tidak ada, tanpa izin, atau namanya "
        "terlalu panjang).", "That file or folder cannot be used (missing, no permission, or a name too long).")
INTERNAL = ("internal_error", 70, "Terjadi galat di dalam program; rinciannya ada di berkas log.",
            "Something went wrong inside the program; the details are in the log file.")


def _fault(kind: tuple[str, int, str, str], detail: str = "") -> Fault:
    return Fault(*kind, detail=detail[:300])


def _db_message(exc: BaseException) -> str:
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc).strip().splitlines()[0] if str(exc).strip() else ""


def classify(exc: BaseException) -> Fault | None:
    """The fault an exception stands for, or None when it is not an expected one."""
    if isinstance(exc, InputOutOfRange):
        return _fault(OUT_OF_RANGE, str(exc))
    if isinstance(exc, NotSetUp):
        return _fault(SCHEMA, str(exc))
    # SQLAlchemy is not imported for this: a program that has not loaded it (a kiosk still drawing
    # its first screen) cannot have met one of its errors.
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is not None and isinstance(exc, (errors.DBAPIError, errors.StatementError)):
        return _classify_database(exc)
    if _is_driver_error(exc):
        from sqlalchemy.exc import DBAPIError

        # The driver's own exception, raised outside SQLAlchemy (the event feed's LISTEN loop).
        return _classify_database(DBAPIError(None, None, exc if isinstance(exc, Exception) else Exception(exc)))
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        return _fault(DISK_FULL, str(exc))
    if isinstance(exc, OSError) and exc.filename is not None:
        return _fault(PATH, f"{exc.strerror}: {str(exc.filename)[:120]}")
    if isinstance(exc, OverflowError):
        return _fault(OUT_OF_RANGE, str(exc))
    if isinstance(exc, ValueError) and any(w in str(exc) for w in ("out of range", "too large", "must be in")):
        return _fault(OUT_OF_RANGE, str(exc))
    return None


def _is_driver_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    module = type(exc).__module__
    return module.startswith("psycopg") and type(exc).__name__ in ("OperationalError", "InterfaceError",
                                                                  "DatabaseError", "DataError")


def _classify_database(exc: DBAPIError | StatementError) -> Fault | None:
    from sqlalchemy.exc import OperationalError

    message = _db_message(exc)
    lowered = message.lower()
    original = getattr(exc, "orig", None)
    sqlstate = str(getattr(original, "sqlstate", "") or getattr(original, "pgcode", "") or "")
    if isinstance(original, OverflowError) or "too large to convert" in lowered or sqlstate == "22003":
        return _fault(OUT_OF_RANGE, message)
    if sqlstate in ("22001", "22008", "22007") or "value too long" in lowered or "out of range" in lowered:
        return _fault(OUT_OF_RANGE, message)
    if "database or disk is full" in lowered or sqlstate.startswith("53") or "no space left" in lowered:
        return _fault(DISK_FULL, message)
    if "database is locked" in lowered or "table is locked" in lowered or sqlstate in ("55P03", "40P01"):
        return _fault(BUSY, message)
    if "no such table" in lowered or sqlstate == "42P01" or "no such column" in lowered or sqlstate == "42703":
        return _fault(SCHEMA, message)
    if "readonly database" in lowered or "read-only" in lowered or "disk i/o error" in lowered:
        return _fault(DISK_FULL, message)
    lost = type(original).__name__ in ("OperationalError", "InterfaceError")
    if isinstance(exc, OperationalError) or lost or getattr(exc, "connection_invalidated", False) \
            or sqlstate.startswith("08") or sqlstate.startswith("57P"):
        return _fault(UNREACHABLE, message)
    return None


def internal(exc: BaseException, log_hint: str) -> Fault:
    return _fault(INTERNAL, f"{type(exc).__name__}; {log_hint}")
