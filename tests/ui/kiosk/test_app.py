"""``mpp-kiosk run``: the kiosk opens fullscreen and frameless (or windowed on request), and a
role without screens yet opens a plain "not available" window instead of failing."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

import ui.app
from kiosk import config
from kiosk.cli.context import Context
from kiosk.clock import fixed_clock, parse_instant
from kiosk.deploy.launch import HEADLESS_ROLES
from kiosk.setup import initialise
from kiosk.storage import Database
from tests.support.warnings import Warnings
from tests.ui.kiosk.driver import OPEN_MOMENT, all_items, kiosk_settings
from ui.common.host import RoleOptions


@pytest.fixture
def context(tmp_path: Path, qapp: object) -> Iterator[Context]:
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    base = kiosk_settings(tmp_path)
    values = {section: dict(keys) for section, keys in base.values.items()}
    values["database"]["url"] = url
    settings = config.Settings(source=None, values=values, extra={})
    db = Database(url)
    initialise(db, settings, parse_instant(OPEN_MOMENT))
    db.dispose()
    args = argparse.Namespace(role=None, windowed=False, demo=True)
    ctx = Context(args=args, settings=settings, clock=fixed_clock(parse_instant(OPEN_MOMENT)))
    yield ctx
    ctx.close()


@pytest.fixture
def restore_handlers(qt_warnings: Warnings) -> Iterator[None]:
    """run_role installs the production message handler and excepthook; put ours back."""
    hook = sys.excepthook
    yield
    sys.excepthook = hook
    qt_warnings.install_qt()


def _visible_windows() -> list[QWindow]:
    return [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]


def test_run_role_opens_the_kiosk_fullscreen_and_frameless(
    context: Context, restore_handlers: None, caplog: pytest.LogCaptureFixture
) -> None:
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        try:
            windows = [w for w in _visible_windows() if w.title() == "Kios Antrean MPP"]
            seen["count"] = len(windows)
            if windows:
                seen["fullscreen"] = windows[0].visibility() == QWindow.Visibility.FullScreen
                seen["frameless"] = bool(windows[0].flags() & Qt.WindowType.FramelessWindowHint)
        finally:
            QCoreApplication.quit()

    QTimer.singleShot(500, look_then_quit)
    with caplog.at_level(logging.WARNING, logger="qt"):
        status = ui.app.run_role("kiosk", context)
    assert status == 0
    assert seen == {"count": 1, "fullscreen": True, "frameless": True}
    assert [r.getMessage() for r in caplog.records if r.name == "qt"] == []


def test_windowed_option_gives_a_normal_window(context: Context, restore_handlers: None) -> None:
    context.args.windowed = True
    seen: dict[str, object] = {}

    def look_then_quit() -> None:
        try:
            windows = [w for w in _visible_windows() if w.title() == "Kios Antrean MPP"]
            seen["fullscreen"] = windows[0].visibility() == QWindow.Visibility.FullScreen
            seen["frameless"] = bool(windows[0].flags() & Qt.WindowType.FramelessWindowHint)
        finally:
            QCoreApplication.quit()

    QTimer.singleShot(500, look_then_quit)
    assert ui.app.run_role("kiosk", context) == 0
    assert seen == {"fullscreen": False, "frameless": False}


@pytest.mark.expect_warnings(r"role 'survey' has no screens yet")
def test_a_role_without_screens_shows_not_available(
    context: Context, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setitem(ui.app.ROLE_MODULES, "survey", "ui.role_that_does_not_exist.start")
    assert ui.app.find_starter("survey") is None
    handle = ui.app.open_role("survey", context, RoleOptions(size=(1280, 720)))
    try:
        titles = [
            str(i.property("text")) for i in all_items(handle.window.contentItem())
            if i.objectName() == "notAvailable.title"
        ]
        assert titles == ['Layar "survey" belum tersedia']
    finally:
        handle.close()


def test_a_broken_role_package_is_not_mistaken_for_a_missing_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "brokenrole"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "start.py").write_text("import a_dependency_nobody_installed\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(ui.app.ROLE_MODULES, "display", "brokenrole.start")
    with pytest.raises(ModuleNotFoundError, match="a_dependency_nobody_installed"):
        ui.app.find_starter("display")


def test_every_role_has_a_hook() -> None:
    # The page for phones has no screen: `run --role web` starts a web server, never Qt.
    assert set(ui.app.ROLE_MODULES) == set(config.ROLES) - HEADLESS_ROLES
    assert {"web"} == HEADLESS_ROLES
    assert ui.app.find_starter("kiosk") is not None
