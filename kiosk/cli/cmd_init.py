from __future__ import annotations

import argparse
import os
import shutil

from kiosk import config, paths
from kiosk.cli.cmd_backup import default_backup_dir
from kiosk.cli.context import CommandError, Context
from kiosk.setup import initialise
from kiosk.storage.backup import BackupError, backup, sqlite_file
from kiosk.storage.migrate import current_revision, head_revision


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and load the bundled catalog")
    p.add_argument(
        "--machine", action="store_true",
        help="set this PC up machine-wide (ProgramData on Windows, /etc + /var/lib on Linux), "
             "so every account, e.g. an auto-logon kiosk user, uses the same settings and database",
    )
    p.add_argument("--owner", metavar="USER",
                   help="(Linux, with --machine) the account the terminal runs as; it gets the data and log folders")
    p.add_argument("--no-backup", action="store_true", help="upgrade without taking a backup first")
    p.set_defaults(handler=handle)


def _machine_setup(ctx: Context) -> None:
    """Create the machine-wide folders and point this command at them."""
    os.environ["MPP_KIOSK_SCOPE"] = "machine"
    where = paths.machine_folders()
    for folder in (where.config, where.data, where.logs):
        try:
            paths.make_private_dir(folder)
        except PermissionError as exc:
            raise CommandError(f"{folder}: {exc.strerror}; run `init --machine` as administrator (root)") from exc
    if ctx.args.owner:
        try:
            for folder in (where.data, where.logs, where.config):
                shutil.chown(folder, user=ctx.args.owner)
        except (LookupError, PermissionError) as exc:
            raise CommandError(f"cannot give the folders to {ctx.args.owner!r}: {exc}") from exc


def _check_owner(owner: str | None) -> None:
    if owner is None:
        return
    if os.name != "posix":
        raise CommandError("--owner is for Linux; on Windows the installer gives the Users group the data folder")
    import pwd

    try:
        pwd.getpwnam(owner)
    except KeyError:
        raise CommandError(f"--owner {owner!r}: no such user on this computer (create it first: adduser)") from None


def handle(ctx: Context) -> int:
    _check_owner(ctx.args.owner)
    if ctx.args.machine:
        _machine_setup(ctx)
    path = config.config_path(ctx.args.config)
    if config.ensure_secret(path):
        if ctx.args.owner and os.name == "posix":
            shutil.chown(path, user=ctx.args.owner)
        print(f"generated a QR signing secret in {path} (copy this file to the hall's other terminals)")
    ctx.settings = config.load(ctx.args.config, db_url=ctx.args.db)
    db = ctx.database(migrated=False)
    revision = current_revision(db)
    if revision is not None and revision != head_revision() and not ctx.args.no_backup:
        try:
            taken = backup(db, default_backup_dir(), ctx.clock())
        except BackupError as exc:
            raise CommandError(f"{exc}\nnothing was changed; add --no-backup to upgrade without a backup") from exc
        print(f"backup before upgrading from {revision}: {taken.path}")
    for line in initialise(db, ctx.settings, ctx.clock()):
        print(line)
    if ctx.args.owner and os.name == "posix" and db.is_sqlite:
        # The database file and its WAL companions were created by root; the terminal writes them.
        db_file = sqlite_file(db)
        for suffix in ("", "-wal", "-shm"):
            if db_file is not None and os.path.exists(f"{db_file}{suffix}"):
                shutil.chown(f"{db_file}{suffix}", user=ctx.args.owner)
    print(f"database ready at revision {current_revision(db)}: {db!r}")
    return 0
