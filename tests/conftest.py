from __future__ import annotations

import logging
import re
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.support.cli import Cli
from tests.support.databases import database_url
from tests.support.warnings import WARNINGS, Warnings

DB_KINDS = ["sqlite", "postgresql"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # pytest-qt would install its own Qt message handler around each test and keep the
    # messages from ours; the one recorder below sees every Qt message instead.
    for item in items:
        item.add_marker(pytest.mark.no_qt_log)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[CALL_PASSED] = report.passed
    return report


CALL_PASSED = pytest.StashKey[bool]()


@pytest.fixture(autouse=True)
def warnings_fail(request: pytest.FixtureRequest) -> Iterator[Warnings]:
    """Fails the test on any Python log record at WARNING or above and any Qt/QML warning that
    the test did not expect — including those of its fixtures' teardown, as windows close and
    databases go away after the test body.

    A test that provokes a fault says what it expects to be reported, either around the step
    (``with warnings_fail.expect(pattern):``) or for the whole test
    (``@pytest.mark.expect_warnings(pattern, ...)``: each pattern must then be reported at
    least once, so the fault really happened)."""
    marker = request.node.get_closest_marker("expect_warnings")
    patterns: tuple[str, ...] = marker.args if marker is not None else ()
    optional = bool(marker.kwargs.get("optional")) if marker is not None else False
    root = logging.getLogger()
    root.addHandler(WARNINGS)
    WARNINGS.install_qt()
    WARNINGS.reset()
    with WARNINGS.expect(*patterns):
        yield WARNINGS
        WARNINGS.install_qt()  # nothing to re-route when no Qt is loaded
    unexpected = WARNINGS.take()
    matched = list(WARNINGS.matched_expected)
    WARNINGS.reset()
    root.removeHandler(WARNINGS)
    if unexpected:
        pytest.fail("Unexpected warnings:\n" + "\n".join(unexpected), pytrace=False)
    missing = [p for p in patterns if not any(re.search(p, text) for text in matched)]
    # A skipped or failed test may not have got as far as the fault.
    if missing and not optional and request.node.stash.get(CALL_PASSED, False):
        pytest.fail("Expected warnings were not reported: " + ", ".join(missing), pytrace=False)


@pytest.fixture
def qt_warnings(warnings_fail: Warnings) -> Warnings:
    """The recorder, for tests that provoke a warning on purpose (``with qt_warnings.expect(...)``)."""
    return warnings_fail


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
