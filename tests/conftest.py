from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.support.cli import Cli
from tests.support.databases import database_url

DB_KINDS = ["sqlite", "postgresql"]


@pytest.fixture(params=DB_KINDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each engine the project supports."""
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A database migrated to the newest schema, with nothing loaded."""
    database = Database(db_url)
    upgrade(database)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _no_user_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read or write the developer's own config, database or logs."""
    monkeypatch.setenv("MPP_KIOSK_NO_LOG_FILE", "1")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    monkeypatch.setenv("MPP_KIOSK_CONFIG", str(tmp_path / "no-such-config.toml"))
    # A machine-wide set-up on the developer's PC (/etc/mpp-kiosk, ProgramData) must not leak in.
    monkeypatch.setenv("MPP_KIOSK_MACHINE_ROOT", str(tmp_path / "machine"))
    monkeypatch.delenv("MPP_KIOSK_SCOPE", raising=False)
    monkeypatch.delenv("MPP_KIOSK_DB", raising=False)
    monkeypatch.delenv("MPP_KIOSK_NOW", raising=False)


@pytest.fixture
def cli(tmp_path: Path, db_url: str) -> Cli:
    """``mpp-kiosk`` on a fresh config file and an empty database (each engine)."""
    return Cli(tmp_path / "config.toml", db_url)


@pytest.fixture
def initialised_cli(cli: Cli) -> Cli:
    cli.ok("init")
    return cli
