"""``mpp-kiosk backup`` and ``mpp-kiosk restore``: copies of the hall's database, taken live."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import paths
from kiosk.cli.context import CommandError, Context
from kiosk.storage.backup import BackupError, backup, restore_postgresql, restore_sqlite, sqlite_file

CONFIRM_WORD = "RESTORE"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="copy the database now (safe while terminals are working)")
    p.add_argument("--to", metavar="DIR", help="folder for the copy (default: 'backups' in the data folder)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=handle_backup)
    r = sub.add_parser("restore", help="replace the database with a backup (asks first; takes a backup of it first)")
    r.add_argument("file", metavar="FILE", help="a file written by `mpp-kiosk backup`")
    r.add_argument("--yes", action="store_true", help="do not ask (scripts)")
    r.set_defaults(handler=handle_restore)


def default_backup_dir() -> Path:
    return paths.data_dir() / "backups"


def handle_backup(ctx: Context) -> int:
    folder = Path(ctx.args.to) if ctx.args.to else default_backup_dir()
    try:
        result = backup(ctx.database(migrated=False), folder, ctx.clock())
    except BackupError as exc:
        raise CommandError(str(exc)) from exc
    tickets = "" if result.tickets is None else f", {result.tickets} tickets"
    ctx.emit(
        {"path": str(result.path), "bytes": result.size, "tickets": result.tickets},
        f"backup written: {result.path} ({result.size:,} bytes{tickets})",
    )
    return 0


def _confirmed(ctx: Context, source: Path) -> bool:
    if ctx.args.yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandError("restore replaces the whole database; add --yes to confirm when not typing at a terminal")
    db = ctx.database(migrated=False)
    print(f"This replaces everything in {db!r} with {source}.")
    print("Stop the hall's terminals first. A backup of the current database is taken before.")
    answer = input(f"Type {CONFIRM_WORD} to go on: ")
    return answer.strip() == CONFIRM_WORD


def handle_restore(ctx: Context) -> int:
    source = Path(ctx.args.file)
    if not source.is_file():
        raise CommandError(f"{source}: no such backup file")
    if not _confirmed(ctx, source):
        print("nothing was changed")
        return 1
    db = ctx.database(migrated=False)
    try:
        safety = backup(db, default_backup_dir(), ctx.clock()) if _has_data(ctx) else None
        if db.is_sqlite:
            tickets = restore_sqlite(db, source)
        else:
            restore_postgresql(db, source)
            tickets = None
    except BackupError as exc:
        raise CommandError(str(exc)) from exc
    if safety is not None:
        print(f"the database as it was is kept in {safety.path}")
    count = "" if tickets is None else f" ({tickets} tickets)"
    print(f"restored {source}{count}; run `mpp-kiosk init` if the backup is from an older version")
    return 0


def _has_data(ctx: Context) -> bool:
    db = ctx.database(migrated=False)
    if not db.is_sqlite:
        return True
    path = sqlite_file(db)
    return path is not None and path.exists()
