"""SQLite as several terminals use it: WAL, foreign keys, and no lost updates."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from sqlalchemy import text

from kiosk.storage import Database


def _increment(url: str, times: int) -> None:
    db = Database(url)
    for _ in range(times):
        # Read-modify-write: under the sqlite3 module's default (deferred) transactions two
        # processes read the same value and one increment is lost.
        with db.write() as session:
            value = session.execute(text("SELECT n FROM counter")).scalar_one()
            session.execute(text("UPDATE counter SET n = :n"), {"n": value + 1})
    db.dispose()


def test_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_concurrent_read_modify_write_loses_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    db = Database(url)
    with db.write() as session:
        session.execute(text("CREATE TABLE counter (n INTEGER NOT NULL)"))
        session.execute(text("INSERT INTO counter VALUES (0)"))
    ctx = mp.get_context("spawn")
    workers = [ctx.Process(target=_increment, args=(url, 50)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with db.read() as session:
        assert session.execute(text("SELECT n FROM counter")).scalar_one() == 200
    db.dispose()


def test_a_new_terminals_missing_data_folder_is_created(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'fresh' / 'user' / 'data' / 'kiosk.db'}")
    with db.write() as session:
        session.execute(text("CREATE TABLE t (x INTEGER)"))
    assert (tmp_path / "fresh" / "user" / "data" / "kiosk.db").exists()
    db.dispose()
