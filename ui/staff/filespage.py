"""The files page: accept an applicant's complete file with its due date in working days, print
its receipt, and see every file's due date and risk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import config as config_mod
from kiosk.calendar.wording import estimated_note
from kiosk.files import accept_file, list_files, risk_of, set_file_status
from kiosk.files.receipt import file_receipt
from kiosk.files.records import FILE_STATUS_WORDS, AcceptedFile
from kiosk.printjobs import DocumentPrinter
from kiosk.queue import Office
from kiosk.queue.views import TicketView
from kiosk.refusals import Refused
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel
from ui.staff.words import EN, ID, RISK_WORDS

# What the desk offers next for a file in each state, as (status it moves to, button words).
NEXT_STEP = {
    "received": ("processing", ("Mulai diproses", "Start processing")),
    "processing": ("completed", ("Siap diambil", "Ready to collect")),
    "completed": ("collected", ("Sudah diambil", "Collected")),
}


class FilesPage(PageModel):
    receiptPrinted = Signal(str)

    def __init__(self, state: DeskState, office: Office, settings: config_mod.Settings, *,
                 officer_name: Callable[[], str], ticket: Callable[[], TicketView | None],
                 printer: Callable[[], DocumentPrinter], parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self.office = office
        self.settings = settings
        self._officer_name = officer_name
        self._ticket = ticket
        self._printer = printer
        self.files = RowsModel(("tracking", "applicant", "service", "due", "risk", "riskLabel", "status",
                                "statusLabel", "next", "nextLabel"), self)
        self._again: tuple[str, ...] | None = None  # a duplicate the officer may confirm by accepting again

    def _get_files(self) -> RowsModel:
        return self.files

    filesModel = Property(QObject, _get_files, constant=True)

    @Slot()
    def refresh(self) -> None:
        db, office, now = self.state.db, self.office, self.state.clock()

        def job() -> list[tuple[AcceptedFile, str]]:
            today = office.service_day(now)
            # Open files and those ready to collect: the desk hands them over and says so.
            return [(f, risk_of(f, today, office.calendar).value) for f in list_files(db, open_only=False)
                    if f.status != "collected"]

        self.operate(job, self._fill)

    def _fill(self, found: list[tuple[AcceptedFile, str]]) -> None:
        words = self.state.words()
        self.files.set_rows(
            {"tracking": f.tracking_number, "applicant": f.applicant_name, "service": f.service_title,
             "due": words.day(f.due_date), "risk": risk, "riskLabel": words.pick(RISK_WORDS[risk]),
             "status": f.status, "statusLabel": words.pick(FILE_STATUS_WORDS[f.status]),
             "next": NEXT_STEP.get(f.status, ("", ("", "")))[0],
             "nextLabel": words.pick(NEXT_STEP[f.status][1]) if f.status in NEXT_STEP else ""}
            for f, risk in found
        )

    def relabel(self) -> None:
        super().relabel()
        self.refresh()

    @Slot(str, str, str, str)
    def acceptFile(self, applicant: str, contact: str, service: str, ticket: str) -> None:
        current = self._ticket()
        try:
            number = int(service) if service.strip() else (current.service_number if current else 0)
        except ValueError:
            number = 0
        if not number:
            self.say("Pilih layanan untuk berkas ini.", "Choose the service of this file.", "error")
            return
        db, now, office = self.state.db, self.state.clock(), self.office
        code = ticket or (current.code if current else None)
        asked = (applicant.strip().lower(), str(number), (code or "").upper())
        again, self._again = self._again == asked, None

        def duplicate(refusal: Refused) -> None:
            if refusal.code == "duplicate_file":
                self._again = asked

        # The officer has checked the papers against the standard; accepting says they are complete.
        def job() -> AcceptedFile:
            return accept_file(db, self.actor(), now, office.calendar, service_number=number, applicant_name=applicant,
                               applicant_contact=contact, ticket_code=code, again=again)

        self.operate(job, self._accepted, refused=duplicate)

    @Slot(str, str)
    def advanceFile(self, tracking: str, status: str) -> None:
        """The next step of a file: being processed, ready to collect, collected (audited)."""
        db, now = self.state.db, self.state.clock()

        def then(f: AcceptedFile) -> None:
            label = FILE_STATUS_WORDS[f.status]
            self.say(f"Berkas {f.tracking_number}: {label[0].lower()}.", f"File {f.tracking_number}: "
                     f"{label[1].lower()}.")
            self.refresh()

        self.operate(lambda: set_file_status(db, self.actor(), now, tracking, status), then)

    def _due(self, f: AcceptedFile) -> tuple[str, str]:
        due_id, due_en = ID.day(f.due_date), EN.day(f.due_date)
        if (note := estimated_note(f.estimated_years)) is not None:
            due_id += " (" + note[0].rstrip(".") + ")"
            due_en += " (" + note[1].rstrip(".") + ")"
        return due_id, due_en

    def _accepted(self, f: AcceptedFile) -> None:
        due_id, due_en = self._due(f)
        self.say(f"Berkas {f.tracking_number} diterima lengkap; selesai paling lambat {due_id}. Mencetak…",
                 f"File {f.tracking_number} accepted complete; due {due_en}. Printing…", "ok")
        self.refresh()
        doc = file_receipt(f, office_name=str(self.settings.get("office", "name")),
                           office_address=str(self.settings.get("office", "address")),
                           officer_name=self._officer_name(),
                           timezone=str(self.settings.get("office", "timezone")),
                           language=self.state.words().language)

        def printed(why: tuple[str, str] | None) -> None:
            if why is not None:
                self.say(f"Berkas {f.tracking_number} tersimpan, tetapi tanda terima tidak tercetak: {why[0]}",
                         f"File {f.tracking_number} is saved, but the receipt did not print: {why[1]}", "error")
            else:
                self.say(f"Tanda terima {f.tracking_number} tercetak; selesai paling lambat {due_id}.",
                         f"Receipt {f.tracking_number} printed; due {due_en}.", "ok")
            self.receiptPrinted.emit(f.tracking_number)

        self.print_receipt(self._printer, doc, printed)
