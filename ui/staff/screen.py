"""The staff desk terminal (``mpp-kiosk run --role staff``): builds the desk view-model and its
window. ``open_staff`` returns the foundation's RoleHandle; ui/staff/start.py hooks it to ``run``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal

from devices.assembly import build_printer, build_scanner, open_database
from devices.scanning import SerialScanner
from kiosk import config
from kiosk.audit import terminal_name
from kiosk.clock import Clock
from kiosk.printjobs import DocumentPrinter
from kiosk.reports.exports import ReportSource
from kiosk.storage import Database
from ui.common.host import QML_DIR, RoleHandle, RoleOptions, application, load_window, new_engine, show
from ui.common.language import Language
from ui.staff.auditpage import AuditPage
from ui.staff.calendarpage import CalendarPage
from ui.staff.catalogpage import CatalogPage
from ui.staff.firstrun import FirstRun
from ui.staff.layoutpage import LayoutPage
from ui.staff.officers import OfficersPage
from ui.staff.pagemodel import PageModel
from ui.staff.reportspage import ReportsPage
from ui.staff.terminalspage import TerminalsPage
from ui.staff.translation import StaffTranslation
from ui.staff.viewmodel import StaffDesk

MAIN_QML = QML_DIR / "staff" / "Main.qml"
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class _Activity(QObject):
    """Any key or click counts as activity for the idle lock."""

    def __init__(self, desk: StaffDesk) -> None:
        super().__init__(desk)
        self._desk = desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._desk.poke()
        return False


def open_staff(
    settings: config.Settings,
    clock: Clock,
    options: RoleOptions | None = None,
    *,
    db: Database | None = None,
    printer: DocumentPrinter | None = None,
    language: str | None = None,
) -> tuple[RoleHandle, StaffDesk]:
    options = options or RoleOptions()
    application()
    engine = new_engine()
    lang = Language(engine, language or str(settings.get("terminal", "language")))
    translation = StaffTranslation(lang, engine)
    database = db or open_database(settings)
    desk = StaffDesk(
        database,
        settings,
        clock,
        printer=(lambda: printer) if printer is not None else (lambda: build_printer(settings)),
        terminal=terminal_name(settings),
        language=str(lang.code),
    )
    first_run = FirstRun(database, clock, terminal_name(settings), lambda: desk.words)
    state = desk.state
    officers = OfficersPage(state, str(settings.get("office", "timezone")))
    layout = LayoutPage(state, desk.office)
    reports = ReportsPage(state, ReportSource.from_settings(database, settings))
    calendar = CalendarPage(state, desk.office.calendar)
    terminals = TerminalsPage(state, str(settings.get("office", "timezone")), here=terminal_name(settings),
                              printer=desk.printer_now)
    audit_page = AuditPage(state, str(settings.get("office", "timezone")))
    catalog = CatalogPage(state, str(settings.get("office", "timezone")))
    pages: list[PageModel] = [officers, layout, reports, calendar, terminals, audit_page, catalog]
    first_run.created.connect(lambda _officer, text: desk.notify(text))
    lang.codeChanged.connect(lambda: desk.set_language(str(lang.code)))
    lang.codeChanged.connect(first_run.relabel)
    for page in pages:
        lang.codeChanged.connect(page.relabel)
    engine.setInitialProperties({"desk": desk, "calling": desk.calling, "files": desk.files_page,
                                  "complaints": desk.complaints_page, "overview": desk.overview, "language": lang,
                                  "firstRun": first_run, "officers": officers, "layout": layout, "reports": reports,
                                  "calendar": calendar, "terminals": terminals, "audit": audit_page,
                                  "catalog": catalog})
    window = load_window(engine, MAIN_QML, {})
    activity = _Activity(desk)
    window.installEventFilter(activity)
    handle = RoleHandle(engine, window, keep=[desk, lang, translation, activity, first_run, *pages])
    handle.on_close += [lang.release, translation.release, desk.shutdown, first_run.shutdown,
                        *(page.shutdown for page in pages)]
    serial_scan = _serial_scanner(settings, desk)
    if serial_scan is not None:
        handle.keep.extend(serial_scan)
        handle.on_close.append(serial_scan[0].stop)
    if db is None:
        handle.on_close.append(database.dispose)
    show(window, options)
    return handle, desk


class _ScanBridge(QObject):
    """Carries codes from the scanner's reader thread to the GUI thread (queued signal)."""

    scanned = Signal(str)


def _serial_scanner(settings: config.Settings, desk: StaffDesk) -> tuple[SerialScanner, _ScanBridge] | None:
    bridge = _ScanBridge()
    scanner = build_scanner(settings, bridge.scanned.emit)
    if scanner is None:
        return None
    bridge.scanned.connect(desk.calling.openTicket, Qt.ConnectionType.QueuedConnection)
    scanner.start()
    return scanner, bridge
