"""Every kiosk screen, reached by tapping as a visitor would: for layout checks and screenshots.

A stop names a screen state and how to reach it from the welcome screen. Stops that need the
same kiosk setup share one window; between stops the kiosk returns to welcome (as it does for
each new visitor), so every stop starts from a clean session.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from devices.printing import PrinterSettings
from kiosk.storage import Database
from tests.support.warnings import WARNINGS
from tests.ui.kiosk.driver import STAFF_PIN, KioskDriver, KioskFactory
from tests.ui.qtsupport import visible_items

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)
# Many touch monitors sold for kiosks are 17" or 19" 5:4 panels.
SQUARE = (1280, 1024)
ORIENTATIONS = {"landscape": LANDSCAPE, "portrait": PORTRAIT, "square": SQUARE}
LANGUAGES = ("id", "en")


def _service(k: KioskDriver, lookup: bool = False) -> None:
    k.tap("welcome.lookup" if lookup else "welcome.takeTicket")
    k.tap("service.50")


def _more(k: KioskDriver) -> None:
    _service(k)
    k.tap("standard.more")


def _checklist(k: KioskDriver) -> None:
    _service(k)
    k.tap("standard.continue")


def _answer(k: KioskDriver, answers: dict[int, str], rest: str = "ada") -> None:
    for key in range(1, 14):
        k.tap(f"checklist.item.{key}.{answers.get(key, rest)}")


def _search(k: KioskDriver) -> None:
    k.tap("welcome.takeTicket")
    k.tap("services.keyboard")
    k.type_on_keyboard("kamra")


def _checklist_partly(k: KioskDriver) -> None:
    _checklist(k)
    k.tap("checklist.item.1.ada")
    k.tap("checklist.item.2.belum")
    k.tap("checklist.item.3.tidak_tahu")
    k.find("checklist.scroll").setProperty("contentY", 0)


def _missing(k: KioskDriver) -> None:
    _checklist(k)
    _answer(k, {2: "belum", 7: "belum", 9: "tidak_tahu"})
    k.tap("checklist.continue")


def _unsure(k: KioskDriver) -> None:
    _checklist(k)
    _answer(k, {4: "tidak_tahu"})
    k.tap("checklist.continue")


def _ready_lookup(k: KioskDriver) -> None:
    _service(k, lookup=True)
    k.tap("standard.continue")
    k.tap("checklist.allPresent")


def _priority(k: KioskDriver) -> None:
    _checklist(k)
    k.tap("checklist.allPresent")


def _ticket(k: KioskDriver) -> None:
    _priority(k)
    k.tap("priority.lansia")
    k.wait_screen("ticket")


def _print_problem(k: KioskDriver) -> None:
    _priority(k)
    k.tap("priority.none")
    k.wait_screen("printProblem")


def _issuing(k: KioskDriver) -> None:
    _priority(k)
    k.session._go("issuing")  # a moment between the tap and the ticket, held still for the picture


def _idle(k: KioskDriver) -> None:
    _checklist_partly(k)
    assert k.monotonic is not None
    k.monotonic.advance(48)
    k.wait_until(lambda: k.exists("idle.countdown"), what="the idle countdown")


def _staff_pin(k: KioskDriver) -> None:
    for _ in range(5):
        k.tap("header.logo")
    k.tap("pin.1")
    k.tap("pin.1")


def _staff_menu(k: KioskDriver) -> None:
    for _ in range(5):
        k.tap("header.logo")
    for digit in STAFF_PIN:
        k.tap(f"pin.{digit}")
    k.tap("pin.OK")


def _closed(k: KioskDriver) -> None:
    k.tap("welcome.takeTicket")


def _error(k: KioskDriver) -> None:
    k.tap("welcome.takeTicket")
    k.session.chooseService(999_999)


def _large(reach: Callable[[KioskDriver], None]) -> Callable[[KioskDriver], None]:
    """The same stop with the visitor's large-text switch on."""

    def reach_large(k: KioskDriver) -> None:
        k.tap("header.textSize")
        reach(k)

    return reach_large


def _loading(item: Any) -> bool:
    """A picture with a source that has not arrived yet (PySide cannot read Image.status)."""
    return bool(item.inherits("QQuickImageBase") and not item.property("source").isEmpty()
                and float(item.property("progress")) < 1.0)


@dataclass(frozen=True)
class Stop:
    name: str
    reach: Callable[[KioskDriver], None]
    screen: str
    options: dict[str, Any] = field(default_factory=dict)
    expects: tuple[str, ...] = ()  # warnings reaching this stop provokes on purpose

    @property
    def setup_key(self) -> str:
        return repr(sorted(self.options.items()))


def _unreachable() -> Database:
    raise ConnectionError("the hall's database server does not answer")


# The offline kiosk stays open for the module and retries its database every few seconds.
OFFLINE = r"the kiosk cannot reach its database"


def _paper_out(tmp: Path) -> PrinterSettings:
    return PrinterSettings(kind="virtual", virtual_state="paper_out", output_dir=tmp / "printer-out")


STOPS: tuple[Stop, ...] = (
    Stop("welcome", lambda k: None, "welcome"),
    Stop("services", lambda k: k.tap("welcome.takeTicket"), "services"),
    Stop("search", _search, "services"),
    Stop("standard", _service, "standard"),
    Stop("more", _more, "more"),
    Stop("checklist", _checklist_partly, "checklist"),
    Stop("result-missing", _missing, "result"),
    Stop("result-unsure", _unsure, "result"),
    Stop("result-ready", _ready_lookup, "result"),
    Stop("priority", _priority, "priority"),
    Stop("issuing", _issuing, "issuing"),
    Stop("ticket", _ticket, "ticket", {"demo_mode": True}),
    Stop("print-problem", _print_problem, "printProblem", {"printer": "paper_out"}, (r"not printed: paper_out",)),
    Stop("closed", _closed, "closed", {"now": "2026-11-24 19:30"}),
    Stop("error", _error, "error", expects=(r"error in KioskSession\.chooseService \[LookupError\]",)),
    Stop("offline", lambda k: None, "error", {"database": "down"}, (OFFLINE,)),
    Stop("idle", _idle, "checklist", {"fake_idle_clock": True}),
    Stop("staff-pin", _staff_pin, "welcome"),
    Stop("staff-menu", _staff_menu, "welcome"),
    Stop("large-text-welcome", _large(lambda k: None), "welcome"),
    Stop("large-text-checklist", _large(_checklist), "checklist"),
    Stop("large-text-result", _large(_missing), "result"),
    Stop("large-text-priority", _large(_priority), "priority"),
    Stop("large-text-ticket", _large(_ticket), "ticket", {"demo_mode": True}),
)


class Tour:
    """Opens kiosks as needed and brings one to each stop, in a given size and language."""

    def __init__(self, factory: KioskFactory, tmp: Path) -> None:
        self.factory = factory
        self.tmp = tmp
        self._open: dict[tuple[str, tuple[int, int]], KioskDriver] = {}

    def _kiosk(self, stop: Stop, size: tuple[int, int]) -> KioskDriver:
        key = (stop.setup_key, size)
        driver = self._open.get(key)
        if driver is not None:
            driver.session.home()
            QApplication.processEvents()
            return driver
        options = dict(stop.options)
        if options.get("printer") == "paper_out":
            options["printer"] = _paper_out(self.tmp)
        if options.get("database") == "down":
            options["database"] = _unreachable
            WARNINGS.standing.append(re.compile(OFFLINE))
        driver = self.factory(size=size, **options)
        self._open[key] = driver
        return driver

    def visit(self, stop: Stop, size: tuple[int, int], language: str) -> KioskDriver:
        # Qt's translators belong to the whole application, not to one window: a kiosk left in
        # English would translate the next one too. Every other window goes back to Indonesian.
        for other in self._open.values():
            other.session.language.use("id")
        with WARNINGS.expect(*stop.expects):
            driver = self._kiosk(stop, size)
            stop.reach(driver)
            driver.session.language.use(language)
            driver.settle()
            # Pictures load in the background (the virtual printer's ticket): a screenshot taken
            # before they arrive shows an empty frame the applicant never sees.
            driver.wait_until(lambda: not any(_loading(item) for item in visible_items(driver.window)),
                              timeout=10, what="the screen's pictures to load")
            driver.settle()
        assert driver.screen == stop.screen, f"{stop.name}: expected {stop.screen}, on {driver.screen}"
        return driver


def stops_named(*names: str) -> Iterator[Stop]:
    wanted = set(names)
    return (s for s in STOPS if not wanted or s.name in wanted)
