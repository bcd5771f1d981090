"""Backups that are safe while the hall is open, and restores that cannot half-happen.

SQLite: SQLite's online backup API copies the live file inside one read transaction, so the
copy is exactly the database as it stood at one moment, whatever the kiosks write meanwhile (WAL
lets them go on writing). The copy is written under a temporary name, checked with ``PRAGMA
integrity_check`` and only then given its final name: a backup file that exists is a good one.

PostgreSQL: ``pg_dump`` (custom format) is the tool the server's administrators already trust;
we run it when it is installed and otherwise print the exact command.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from kiosk.paths import make_private_dir
from kiosk.storage.database import SQLITE_BUSY_TIMEOUT_S, Database
from kiosk.storage.installation import forget


class BackupError(Exception):
    """The backup or restore could not be done; nothing was changed."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    tickets: int | None  # tickets in the copy (SQLite), as a quick sanity figure


def sqlite_file(db: Database) -> Path | None:
    """The database file behind an SQLite URL, or None (PostgreSQL, in-memory)."""
    if not db.is_sqlite:
        return None
    name = make_url(db.url).database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).expanduser()


def backup_name(now: datetime, suffix: str) -> str:
    return f"mpp-kiosk-{now:%Y%m%d-%H%M%S}{suffix}"


def _unique(folder: Path, name: str) -> Path:
    path = folder / name
    stem, suffix, n = path.stem, path.suffix, 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def _check(path: Path) -> int | None:
    """Integrity of an SQLite file; returns its ticket count (None when it has no ticket table)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
        if verdict != [("ok",)]:
            raise BackupError(f"{path} is damaged: " + "; ".join(str(row[0]) for row in verdict[:5]))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            raise BackupError(f"{path} is not an MPP Kiosk database")
        return int(conn.execute("SELECT count(*) FROM ticket").fetchone()[0]) if "ticket" in tables else None
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a readable SQLite database: {exc}") from exc
    finally:
        conn.close()


def _copy_sqlite(source: Path, target: Path) -> None:
    """One-step online backup from ``source`` into a new file ``target``."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_S)
    dst = sqlite3.connect(target)
    try:
        # pages=-1: the whole database in one step, inside one read transaction: a consistent
        # snapshot. (Step-wise copying restarts whenever a kiosk writes, and may never finish.)
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained single file
    finally:
        dst.close()
        src.close()


def backup_sqlite(db: Database, folder: Path, now: datetime) -> BackupResult:
    source = sqlite_file(db)
    if source is None:
        raise BackupError("only a database in a file can be backed up this way")
    if not source.exists():
        raise BackupError(f"there is no database at {source} yet (run `mpp-kiosk init`)")
    make_private_dir(folder)
    final = _unique(folder, backup_name(now, ".db"))
    partial = final.with_name(final.name + ".partial")
    try:
        _copy_sqlite(source, partial)
        tickets = _check(partial)
        os.replace(partial, final)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"backup to {final} failed: {exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    if os.name == "posix":
        final.chmod(0o600)
    return BackupResult(final, final.stat().st_size, tickets)


def libpq_url(db: Database) -> str:
    """The URL as pg_dump understands it (no SQLAlchemy driver suffix)."""
    return make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)


def _schema(db: Database) -> str | None:
    """The schema a URL confines its connections to (``options=-csearch_path=NAME``), if any."""
    options = make_url(db.url).query.get("options", "")
    text = options if isinstance(options, str) else " ".join(options)
    for part in text.split():
        if part.startswith("-csearch_path="):
            return part.split("=", 1)[1].split(",")[0]
    return None


def pg_dump_command(db: Database, target: Path) -> list[str]:
    schema = _schema(db)
    return ["pg_dump", "--format=custom", "--no-owner", *([f"--schema={schema}"] if schema else []),
            f"--file={target}", libpq_url(db)]


def backup_postgresql(db: Database, folder: Path, now: datetime) -> BackupResult:
    make_private_dir(folder)
    final = _unique(folder, backup_name(now, ".dump"))
    command = pg_dump_command(db, final)
    if shutil.which("pg_dump") is None:
        shown = " ".join([*command[:-1], "'" + make_url(libpq_url(db)).render_as_string() + "'"])
        raise BackupError(
            "pg_dump is not installed on this computer. Run it where PostgreSQL's client tools are "
            f"(the server itself, for instance):\n  {shown}"
        )
    partial = final.with_name(final.name + ".partial")
    command = pg_dump_command(db, partial)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupError(f"pg_dump failed: {done.stderr.strip()[-500:]}")
    os.replace(partial, final)
    return BackupResult(final, final.stat().st_size, None)


def backup(db: Database, folder: Path, now: datetime) -> BackupResult:
    return backup_sqlite(db, folder, now) if db.is_sqlite else backup_postgresql(db, folder, now)


def restore_sqlite(db: Database, source: Path) -> int | None:
    """Replace the live database's contents with ``source`` (checked first); returns its tickets.

    The copy goes through the backup API into the live file, which takes SQLite's own write lock:
    terminals still running wait for it (their busy timeout) instead of reading a half-copied file.
    """
    target = sqlite_file(db)
    if target is None:
        raise BackupError("only a database in a file can be restored this way")
    tickets = _check(source)
    make_private_dir(target.parent)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=SQLITE_BUSY_TIMEOUT_S)
    try:
        src.backup(dst, pages=-1)
    except sqlite3.Error as exc:
        raise BackupError(f"restore into {target} failed: {exc}") from exc
    finally:
        dst.close()
        src.close()
    forget(db.engine, db.read_engine)
    return tickets


def restore_postgresql(db: Database, source: Path) -> None:
    if shutil.which("pg_restore") is None:
        raise BackupError(
            "pg_restore is not installed on this computer. Run it where PostgreSQL's client tools are:\n"
            f"  pg_restore --clean --if-exists --no-owner --single-transaction -d '<database URL>' {source}"
        )
    command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
               f"--dbname={libpq_url(db)}", str(source)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed (nothing was changed): {done.stderr.strip()[-500:]}")
    forget(db.engine, db.read_engine)
