"""Walk-in kiosk screens: cold start, tap latency, memory over many applicants.

- Cold start: a fresh process running ``mpp-kiosk run --role kiosk`` until the first frame of the
  welcome screen is drawn, beside a fresh process that only shows a bare QML window (same run,
  same machine; ratio). The kiosk reaches its database right after that frame; the line
  ``ui_cold_start_kiosk_ready`` is the time until the catalog is loaded and a tap is answered.
- Tap to next screen: a real mouse click until the frame showing the next screen, beside a tap
  on a bare QML rectangle that only changes colour (ratio).
- Memory: resident set size before and after 10,000 simulated applicant sessions through the
  view-models (choose, search, read, answer 13 questions, verdict, wipe), and 100 sessions
  with every screen drawn.

Runs offscreen (no display needed). Memory is the process's peak resident size, which is what a
leak raises; on Windows, where the standard library cannot read it, those lines are skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SESSIONS = 10_000
SCREEN_SESSIONS = 100
STARTS = 3
# A p99 needs a hundred samples or more: of 20 it is simply the slowest tap (the first, cold one).
TAPS = 300

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPP_KIOSK_NO_LOG_FILE", "1")

from bench.common import percentiles, ratio, report  # noqa: E402

_FIRST_FRAME = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["MPP_KIOSK_NO_LOG_FILE"] = "1"
from PySide6.QtCore import QCoreApplication
def done():
    print("FRAME", flush=True)
    # exit, not quit: Qt 6's quit() first asks every window to close, and a kiosk window turns
    # that down (the staff PIN guards it), so quit() would leave the process running.
    QCoreApplication.exit(0)
"""

BARE = _FIRST_FRAME + """
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication(sys.argv[:1])
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow { width: 1920; height: 1080; visible: true; "
                b"Rectangle { anchors.fill: parent; color: 'white'; Text { text: 'MPP' } } }")
window = engine.rootObjects()[0]
window.frameSwapped.connect(done)
app.exec()
"""

# The program's own start (``mpp-kiosk run --role kiosk``, in this process, no supervisor): the
# only addition is a hook on the window's show that reports its first drawn frame.
KIOSK = _FIRST_FRAME + """
import ui.common.host as host
shown = host.show
def show(window, options):
    window.frameSwapped.connect(done)
    shown(window, options)
host.show = show
if "--ready" in sys.argv:  # the catalog loaded and the database reached, instead of the frame
    sys.argv.remove("--ready")
    done = lambda: None
    import ui.kiosk.session as session
    started = session.KioskSession.on_start
    def start(self):
        started(self)
        assert self.finder.property("total") > 0, "no services loaded"
        print("FRAME", flush=True)
        QCoreApplication.exit(0)
    session.KioskSession.on_start = start
from kiosk.cli import main
sys.exit(main(["--config", sys.argv[1], "run", "--role", "kiosk", "--demo", "--windowed"]))
"""

def _rss_mb() -> float | None:
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def _first_frame(script: str, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _out, err = process.communicate(timeout=30)
    if not line.startswith("FRAME"):
        raise RuntimeError(f"no first frame: {err[-1000:]}")
    return elapsed


def cold_start(folder: Path) -> None:
    from tests.ui.kiosk.driver import _template

    shutil.copy(_template(True), folder / "kiosk.db")
    settings = folder / "kiosk.toml"
    settings.write_text(
        f'[security]\nsecret = "{"5e" * 32}"\n[database]\nurl = "sqlite:///{(folder / "kiosk.db").as_posix()}"\n'
        f'[printer]\noutput_dir = "{(folder / "printer").as_posix()}"\n',
        encoding="utf-8",
    )
    bare = min(_first_frame(BARE) for _ in range(STARTS))
    kiosk = min(_first_frame(KIOSK, str(settings)) for _ in range(STARTS))
    ready = min(_first_frame(KIOSK, str(settings), "--ready") for _ in range(STARTS))
    report("ui_cold_start_bare_qml_window", bare, "s")
    report("ui_cold_start_kiosk_welcome", kiosk, "s")
    ratio("ui_cold_start_kiosk_vs_bare", kiosk, bare)
    report("ui_cold_start_kiosk_ready", ready, "s")
    ratio("ui_cold_start_kiosk_ready_vs_bare", ready, bare)
    for role in ("survey", "display"):
        script = KIOSK.replace('"run", "--role", "kiosk"', f'"run", "--role", "{role}"')
        first = min(_first_frame(script, str(settings)) for _ in range(STARTS))
        report(f"ui_cold_start_{role}_first_screen", first, "s")
        ratio(f"ui_cold_start_{role}_vs_bare", first, bare)


def _until_frame(window: object, action: Callable[[], None]) -> float:
    from PySide6.QtWidgets import QApplication

    swapped: list[bool] = []
    connection = window.frameSwapped.connect(lambda: swapped.append(True))  # type: ignore[attr-defined]
    started = time.perf_counter()
    action()
    deadline = started + 5
    while not swapped and time.perf_counter() < deadline:
        QApplication.processEvents()
    elapsed = time.perf_counter() - started
    window.frameSwapped.disconnect(connection)  # type: ignore[attr-defined]
    return elapsed


def _bare_repaint(folder: Path, count: int) -> list[float]:
    """The same click on a bare QML window that only recolours: the floor a tap can reach here."""
    from PySide6.QtCore import QPoint, Qt, QUrl
    from PySide6.QtQuick import QQuickView
    from PySide6.QtTest import QTest

    bare = QQuickView()
    qml = folder / "Bare.qml"
    qml.write_text(
        "import QtQuick\nRectangle { width: 1920; height: 1080; color: area.pressed ? 'grey' : 'white'\n"
        "  property bool flip: false\n  Rectangle { anchors.centerIn: parent; width: 400; height: 200;"
        " color: parent.flip ? 'navy' : 'teal' }\n"
        "  MouseArea { id: area; anchors.fill: parent; onClicked: parent.flip = !parent.flip } }\n",
        encoding="utf-8",
    )
    bare.setSource(QUrl.fromLocalFile(str(qml)))
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    baseline: list[float] = []
    for _ in range(count):
        baseline.append(
            _until_frame(
                bare,
                lambda: QTest.mouseClick(
                    bare, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(960, 540)
                ),
            )
        )
    bare.close()
    return baseline


def tap_latency(folder: Path) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from tests.ui.kiosk.driver import KioskFactory

    factory = KioskFactory(folder)
    k = factory()
    targets = [("welcome.takeTicket", "services"), ("service.50", "standard"), ("standard.continue", "checklist")]
    samples: list[float] = []
    for _ in range(TAPS // len(targets) + 1):
        for name, screen in targets:
            k.settle()
            item = k.find(name)
            centre = item.mapToScene(item.boundingRect().center())
            point = QPoint(round(centre.x()), round(centre.y()))
            samples.append(
                _until_frame(
                    k.window,
                    lambda point=point: QTest.mouseClick(  # type: ignore[misc]
                        k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
                    ),
                )
            )
            assert k.screen == screen, (name, k.screen)
        k.session.home()
    factory.close_all()

    baseline = _bare_repaint(folder, len(samples))
    median, p99 = percentiles(samples)
    base_median, _ = percentiles(baseline)
    report("ui_tap_to_next_screen_median", median * 1000, "ms")
    report("ui_tap_to_next_screen_p99", p99 * 1000, "ms")
    report("ui_tap_bare_qml_repaint_median", base_median * 1000, "ms")
    ratio("ui_tap_to_next_screen_vs_bare_repaint", median, base_median)


def hall_tap_latency(folder: Path) -> None:
    """The demo hall (30 agencies, 200 services): welcome -> agencies -> an agency's services ->
    a service's standard, each tap until the next frame."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from kiosk.catalog.demo import DEMO_AGENCIES, FIRST_NUMBER, demo_hall_json
    from kiosk.catalog.importer import read_files
    from kiosk.catalog.store import store
    from kiosk.clock import parse_instant
    from tests.ui.kiosk.driver import OPEN_MOMENT, KioskFactory

    factory = KioskFactory(folder)
    db = factory.database(parse_instant(OPEN_MOMENT), demo=False)
    with db.write() as session:
        store(session, read_files([("hall.json", demo_hall_json(30, 200).encode())]), parse_instant(OPEN_MOMENT))
    k = factory(database=lambda: db)
    lists: dict[str, list[float]] = {"agency_list": [], "service_list": []}
    def tap(name: str) -> float:
        k.settle()
        item = k.find(name)
        centre = item.mapToScene(item.boundingRect().center())
        point = QPoint(round(centre.x()), round(centre.y()))
        return _until_frame(k.window, lambda: QTest.mouseClick(
            k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point))

    for i in range(TAPS // 3 + 1):
        tap("welcome.takeTicket")
        # The tiles on the first screen (a tap, not a scroll), and each one's first example service.
        agency = str(k.session.finder.agencies.rows()[i % 9]["label"])
        lists["agency_list"].append(tap(f"agency.{agency}"))
        lists["service_list"].append(tap(f"service.{FIRST_NUMBER + DEMO_AGENCIES.index(agency)}"))
        assert k.screen == "standard", k.screen
        k.session.home()
    factory.close_all()
    baseline = _bare_repaint(folder, TAPS // 3 + 1)
    base_median, _ = percentiles(baseline)
    for bucket, samples in lists.items():
        median, p99 = percentiles(samples)
        report(f"ui_hall_tap_on_{bucket}_median", median * 1000, "ms")
        report(f"ui_hall_tap_on_{bucket}_p99", p99 * 1000, "ms")
        ratio(f"ui_hall_tap_on_{bucket}_vs_bare_repaint", median, base_median)


def _session(session: object, i: int) -> None:
    s = session
    s.takeTicket()  # type: ignore[attr-defined]
    s.finder.setQuery(("kamra", "26791", "roti", "izin")[i % 4])  # type: ignore[attr-defined]
    s.chooseService(50)  # type: ignore[attr-defined]
    s.startChecklist()  # type: ignore[attr-defined]
    for key in range(1, 14):
        s.answers.answer(key, ("ada", "belum", "tidak_tahu")[(i + key) % 3])  # type: ignore[attr-defined]
    s.finishChecklist()  # type: ignore[attr-defined]
    s.home()  # type: ignore[attr-defined]


def memory(folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtQml import QQmlEngine

    from devices.printing import Printer, PrinterSettings
    from kiosk.clock import parse_instant
    from kiosk.storage import Database
    from kiosk.ticketing import LocalDesk
    from tests.ui.kiosk.driver import KioskFactory, MovableClock, _template, kiosk_settings
    from ui.common.idle import IdleWatch
    from ui.common.language import Language
    from ui.kiosk.session import KioskBackend, KioskSession

    def flush() -> None:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))

    shutil.copy(_template(True), folder / "vm.db")
    db = Database(f"sqlite:///{folder / 'vm.db'}")
    settings = kiosk_settings(folder)
    clock = MovableClock(parse_instant("2026-11-24 10:05"))
    engine = QQmlEngine()
    language = Language(engine)
    backend = KioskBackend(
        lambda: db, lambda d: LocalDesk(d, settings, clock, Printer(PrinterSettings(output_dir=folder)))
    )
    session = KioskSession(settings, backend, language, IdleWatch(60))
    for i in range(200):  # warm up caches and pools before the "before" reading
        _session(session, i)
    flush()
    before = _rss_mb()
    started = time.perf_counter()
    for i in range(SESSIONS):
        _session(session, i)
        if i % 500 == 0:
            flush()
    flush()
    elapsed = time.perf_counter() - started
    after = _rss_mb()
    report("ui_viewmodel_sessions", SESSIONS, "sessions")
    report("ui_viewmodel_session_time", elapsed / SESSIONS * 1000, "ms")
    if before is not None and after is not None:
        report("ui_rss_before_sessions", before, "MB")
        report("ui_rss_after_10000_sessions", after, "MB")
        report("ui_rss_growth_per_session", (after - before) * 1024 / SESSIONS, "KB")
    session.shutdown()
    language.release()
    db.dispose()

    factory = KioskFactory(folder / "screens")
    (folder / "screens").mkdir()
    k = factory()
    for i in range(20):
        _session(k.session, i)
        flush()
    before = _rss_mb()
    started = time.perf_counter()
    for i in range(SCREEN_SESSIONS):
        _session(k.session, i)
        flush()
    elapsed = time.perf_counter() - started
    after = _rss_mb()
    factory.close_all()
    report("ui_screen_session_time", elapsed / SCREEN_SESSIONS * 1000, "ms")
    if before is not None and after is not None:
        report("ui_rss_growth_per_session_with_screens", (after - before) * 1024 / SCREEN_SESSIONS, "KB")


def main() -> None:
    from tests.support.warnings import Warnings
    from ui.common.host import application

    application()
    messages = Warnings()
    messages.install_qt()
    with tempfile.TemporaryDirectory(prefix="mpp-bench-ui-") as name:
        folder = Path(name)
        for step in (cold_start, tap_latency, hall_tap_latency, memory):
            sub = folder / step.__name__
            sub.mkdir()
            step(sub)
    for warning in messages.unexpected():
        print(f"# Qt warning: {warning}", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
