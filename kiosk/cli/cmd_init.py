from __future__ import annotations

import argparse

from kiosk import config
from kiosk.cli.context import Context
from kiosk.setup import initialise
from kiosk.storage.migrate import current_revision


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create or upgrade the database and load the bundled catalog")
    p.set_defaults(handler=handle)


def handle(ctx: Context) -> int:
    path = config.config_path(ctx.args.config)
    if config.ensure_secret(path):
        print(f"generated a QR signing secret in {path} (copy this file to the hall's other terminals)")
    ctx.settings = config.load(ctx.args.config, db_url=ctx.args.db)
    db = ctx.database(migrated=False)
    for line in initialise(db, ctx.settings, ctx.clock()):
        print(line)
    print(f"database ready at revision {current_revision(db)}: {db!r}")
    return 0
