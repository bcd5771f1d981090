"""PostgreSQL going away under a running command, and a SQLite database locked or missing:
each ends as a message and its exit status, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.support.cli import Cli
from tests.support.databases import PG_SERVER, require_postgres


def _mpp(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "kiosk", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_postgresql_dropped_while_a_command_waits_on_it_gives_a_message(tmp_path: Path) -> None:
    require_postgres()
    name = f"mpp_gone_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_SERVER.rsplit("/", 1)[0] + f"/{name}"
    try:
        config = tmp_path / "config.toml"
        config.write_text("", encoding="utf-8")
        Cli(config, url).ok("init")
        env = {**os.environ, "MPP_KIOSK_CONFIG": str(config), "MPP_KIOSK_DB": url}
        waiting = _mpp("queue", "events", "--wait", "30", "--json", env=env)
        time.sleep(2.0)  # connected and listening
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        out, err = waiting.communicate(timeout=60)
        assert waiting.returncode == 5, (out, err)
        assert "Traceback" not in out + err
        assert "Basis data tidak dapat dihubungi" in err and "The database cannot be reached" in err
        assert json.loads(out)["error"]["code"] == "database_unreachable"
        after = _mpp("queue", "status", env=env)
        out, err = after.communicate(timeout=60)
        assert after.returncode == 5 and "Traceback" not in err and "cannot be reached" in err
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_sqlite_database_locked_too_long_is_reported_as_busy(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    cli = Cli(config, url, now="2026-11-24T09:00")
    cli.ok("init")
    holder = sqlite3.connect(tmp_path / "kiosk.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        env = {**os.environ, "MPP_KIOSK_CONFIG": str(config), "MPP_KIOSK_DB": url, "MPP_KIOSK_NOW": "2026-11-24T09:00"}
        started = time.monotonic()
        issuing = _mpp("ticket", "issue", "50", "--no-print", env=env)
        out, err = issuing.communicate(timeout=120)
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert issuing.returncode == 4, (out, err)
    assert "Basis data sedang sibuk" in err and "Traceback" not in err
    assert waited < 15, f"the answer took {waited:.1f} s"
