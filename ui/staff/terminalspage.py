"""The Terminals page: every PC of the hall with its role, program version, when it was last seen
(silent ones marked) and its printer; a supervisor asks a kiosk for a test print, which it makes at
its next heartbeat. kiosk.terminals checks the permission and records the request."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from devices.printing.messages import Reason, wording
from kiosk.printjobs.protocol import DocumentPrinter, PrintOutcome
from kiosk.terminals import TerminalView, list_terminals, print_test_page, request_test_print
from ui.staff.pagemodel import DeskState, TablePage

ROLE_WORDS = {"kiosk": ("Kios", "Kiosk"), "staff": ("Meja petugas", "Staff desk"),
              "display": ("Layar antrean", "Queue display"), "survey": ("Survei", "Survey")}


class TerminalsPage(TablePage):
    changed = Signal()

    def __init__(self, state: DeskState, timezone: str, *, here: str = "",
                 printer: Callable[[], DocumentPrinter] | None = None, parent: QObject | None = None) -> None:
        super().__init__(state, timezone, ("name", "role", "roleLabel", "version", "seen", "silent", "printer",
                                           "printerBad", "pending"), parent)
        self._timezone = timezone
        self._here = here
        self._printer = printer
        self._shown: list[TerminalView] = []
        self.relabel()

    def _fill(self) -> None:
        words, now = self.state.words(), self.state.clock()
        rows = []
        for t in self._shown:
            minutes = int((now - t.last_seen).total_seconds() // 60)
            at = t.last_seen.astimezone(self._zone).strftime("%H.%M")
            if t.last_seen.astimezone(self._zone).date() != now.astimezone(self._zone).date():
                at = t.last_seen.astimezone(self._zone).strftime("%d/%m %H.%M")
            seen = at if minutes < 1 else words.say(f"{at} ({minutes} menit lalu)", f"{at} ({minutes} min ago)")
            role = words.pick(ROLE_WORDS.get(t.role, (t.role, t.role)))
            rows.append({"name": t.name, "role": t.role, "roleLabel": role,
                         "version": t.version, "seen": seen, "silent": t.silent(now),
                         "printer": _printer_words(t, words.english), "printerBad": _printer_bad(t),
                         "pending": t.test_print_pending})
        self._rows.set_rows(rows)
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        db = self.state.db

        def done(terminals: list[TerminalView]) -> None:
            self._shown = terminals
            self._fill()

        self.operate(lambda: list_terminals(db), done)

    @Slot()
    def testPrintHere(self) -> None:
        """This PC's own printer (the desk's receipts): printed now, the result said at once."""
        printer, db, now, name = self._printer, self.state.db, self.state.clock(), self._here
        if printer is None:
            return

        def done(outcome: PrintOutcome) -> None:
            if outcome.ok:
                self.say("Halaman uji tercetak di printer PC ini.", "The test page printed on this PC's printer.")
            else:
                self.say(f"Cetak uji gagal: {outcome.staff_message_id}", f"Test print failed: {outcome.reason_code}",
                         "error")

        self.operate(lambda: print_test_page(db, self.actor(), now, printer(), name, self._timezone), done)

    @Slot(str)
    def testPrint(self, name: str) -> None:
        db, now = self.state.db, self.state.clock()

        def done(_: None) -> None:
            self.say(f"Permintaan cetak uji dikirim ke {name}; terminal mencetak dalam satu menit.",
                     f"Test print requested from {name}; the terminal prints within a minute.")
            self.refresh()

        self.operate(lambda: request_test_print(db, self.actor(), now, name), done)


def _printer_words(t: TerminalView, english: bool) -> str:
    if t.printer_state is None:
        return "-"
    try:
        reason = Reason(t.printer_state)
    except ValueError:
        return t.printer_message or t.printer_state
    if reason is Reason.PRINTED:
        return "Ready; the last print worked." if english else "Siap; cetakan terakhir berhasil."
    said = wording(reason, bytes_sent=0)
    return said.staff_en if english else said.staff_id


def _printer_bad(t: TerminalView) -> bool:
    return t.printer_state not in (None, Reason.PRINTED.value, Reason.SENT_UNCONFIRMED.value)


