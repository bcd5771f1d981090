"""Engines, sessions and the write-transaction discipline for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from kiosk.paths import make_private_dir
from kiosk.storage.limits import guard_engine
from kiosk.storage.writeturn import WriteTurn

# How long a write waits for another terminal's transaction before the user is told the database
# is busy (exit status 4, or the kiosk's calm message). Transactions here last milliseconds; a
# lock held for seconds is a stuck or runaway client, and nobody at a counter should wait 30 s.
SQLITE_BUSY_TIMEOUT_S = 5.0


def _sqlite_engine(url: str, *, begin: str, database_file: Path | None = None) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
    turns: dict[int, WriteTurn] = {}

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module: its default opens a deferred
        # transaction lazily, so two terminals can both read a counter and both write it back.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if database_file is not None:
            raw = conn.connection.dbapi_connection
            turn = turns.get(id(raw))
            if turn is None:
                turn = turns[id(raw)] = WriteTurn(database_file, SQLITE_BUSY_TIMEOUT_S)
            turn.acquire()
        try:
            conn.exec_driver_sql(begin)
        except Exception:
            _release(conn)
            raise

    def _release(conn: Any) -> None:
        raw = getattr(conn.connection, "dbapi_connection", None)
        turn = turns.get(id(raw)) if raw is not None else None
        if turn is not None:
            turn.release()

    if database_file is not None:
        event.listen(engine, "commit", _release)
        event.listen(engine, "rollback", _release)

        @event.listens_for(engine, "close")
        def _on_close(dbapi_conn: Any, _record: Any) -> None:
            turn = turns.pop(id(dbapi_conn), None)
            if turn is not None:
                turn.close()

    guard_engine(engine)
    return engine


def _postgres_session_settings(dbapi_conn: Any, _record: Any) -> None:
    # The same bound as SQLite's busy wait: a row held by a stuck client makes the waiting
    # terminal say "busy" after a few seconds instead of hanging its screen.
    cur = dbapi_conn.cursor()
    cur.execute(f"SET lock_timeout = '{int(SQLITE_BUSY_TIMEOUT_S * 1000)}ms'")
    cur.close()
    dbapi_conn.commit()


class Database:
    """One database, shared by every terminal of the hall.

    ``write()`` opens a transaction that holds the write lock from its first statement
    (SQLite ``BEGIN IMMEDIATE``); ``read()`` opens a plain one, so displays polling for
    events never queue behind the kiosk printing a ticket.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "postgresql" and parsed.drivername == "postgresql":
            # psycopg 3 is the driver we ship as the `postgres` extra.
            url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        if self.dialect == "sqlite":
            # A new terminal's user data folder may not exist yet; SQLite will not create it.
            if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
                make_private_dir(Path(parsed.database).expanduser().parent)
            file_name = parsed.database
            on_disk = bool(file_name) and file_name != ":memory:" and not str(file_name).startswith("file:")
            self.engine = _sqlite_engine(url, begin="BEGIN IMMEDIATE",
                                         database_file=Path(str(file_name)).expanduser() if on_disk else None)
            self.read_engine = _sqlite_engine(url, begin="BEGIN")
        else:
            self.engine = create_engine(url, pool_pre_ping=True)
            event.listen(self.engine, "connect", _postgres_session_settings)
            guard_engine(self.engine)
            self.read_engine = self.engine

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.read_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"
