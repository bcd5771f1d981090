"""The complaints page: record a complaint or suggestion (the core decides which, and its
response deadline in working days), and move open ones along to an answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import config as config_mod
from kiosk.calendar.daytext import parse_day
from kiosk.complaints import channel_label, list_complaints, record_complaint, update_complaint
from kiosk.complaints.channels import DESK_CHANNELS
from kiosk.complaints.receipt import complaint_receipt
from kiosk.complaints.records import COMPLAINT_STATUS_WORDS, ComplaintView
from kiosk.printjobs import DocumentPrinter
from kiosk.queue import Office
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel
from ui.staff.words import EN, ID, KIND_WORDS, REASON_WORDS


class ComplaintsPage(PageModel):
    complaintRecorded = Signal(str)
    receiptPrinted = Signal(str)

    def __init__(self, state: DeskState, office: Office, settings: config_mod.Settings | None = None, *,
                 printer: Callable[[], DocumentPrinter] | None = None, officer_name: Callable[[], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self.office = office
        self.settings = settings
        self._printer = printer
        self._officer_name = officer_name
        self._found: list[ComplaintView] = []
        self.complaints = RowsModel(
            ("tracking", "kind", "kindLabel", "channel", "status", "statusLabel", "due", "overdue", "matter", "who"),
            self,
        )
        self.channels = RowsModel(("key", "label"), self)
        self._fill_channels()

    def _get_complaints(self) -> RowsModel:
        return self.complaints

    def _get_channels(self) -> RowsModel:
        return self.channels

    complaintsModel = Property(QObject, _get_complaints, constant=True)
    channelsModel = Property(QObject, _get_channels, constant=True)

    def _fill_channels(self) -> None:
        language = self.state.words().language
        self.channels.set_rows({"key": c, "label": channel_label(c, language)} for c in DESK_CHANNELS)

    def relabel(self) -> None:
        super().relabel()
        self._fill_channels()
        self._fill()

    @Slot()
    def refresh(self) -> None:
        db = self.state.db

        def then(found: list[ComplaintView]) -> None:
            self._found = found
            self._fill()

        self.operate(lambda: list_complaints(db, open_only=True), then)

    def _fill(self) -> None:
        words = self.state.words()
        today = self.office.service_day(self.state.clock())
        self.complaints.set_rows(
            {"tracking": c.tracking_number, "kind": c.kind, "kindLabel": words.pick(KIND_WORDS[c.kind]),
             "channel": channel_label(c.channel, words.language), "status": c.status,
             "statusLabel": words.pick(COMPLAINT_STATUS_WORDS[c.status]),
             "due": words.day(c.response_due) if c.response_due else "-", "overdue": c.overdue_on(today),
             "matter": c.matter, "who": c.complainant_name or words.say("(tanpa nama)", "(no name)")}
            for c in self._found
        )

    @Slot(str, str, str, str, str, str)
    def recordComplaint(self, channel: str, name: str, contact: str, service: str, served_on: str,
                        matter: str) -> None:
        try:
            day: date | None = parse_day(served_on) if served_on.strip() else None
            number = int(service) if service.strip() else None
        except ValueError as exc:
            self._report(exc)
            return
        db, now, calendar = self.state.db, self.state.clock(), self.office.calendar

        def job() -> ComplaintView:
            return record_complaint(db, self.actor(), now, calendar, channel=channel, matter=matter,
                                    complainant_name=name, complainant_contact=contact, service_number=number,
                                    service_date=day)

        self.operate(job, self._recorded)

    def _recorded(self, c: ComplaintView) -> None:
        if c.kind == "complaint" and c.response_due is not None:
            self.say(f"Pengaduan {c.tracking_number} dicatat; wajib dijawab paling lambat {ID.day(c.response_due)}.",
                     f"Complaint {c.tracking_number} recorded; it must be answered by {EN.day(c.response_due)}.",
                     "ok")
        else:
            why_id = ", ".join(ID.pick(REASON_WORDS[r]) for r in c.suggestion_reasons)
            why_en = ", ".join(EN.pick(REASON_WORDS[r]) for r in c.suggestion_reasons)
            self.say(f"{c.tracking_number} dicatat sebagai saran ({why_id}).",
                     f"{c.tracking_number} recorded as a suggestion ({why_en}).", "ok")
        self.refresh()
        self.complaintRecorded.emit(c.tracking_number)
        self._print_receipt(c)

    def _print_receipt(self, c: ComplaintView) -> None:
        """The complainant leaves with the reference and the deadline on paper."""
        if self.settings is None or self._printer is None:
            return
        settings, printer = self.settings, self._printer
        hall = str(settings.get("office", "hall")) or str(settings.get("office", "name"))
        doc = complaint_receipt(c, office_name=hall,
                                office_address=str(settings.get("office", "address")),
                                office_phone=str(settings.get("office", "phone")),
                                officer_name=self._officer_name() if self._officer_name else "",
                                timezone=str(settings.get("office", "timezone")),
                                language=self.state.words().language)

        def printed(why: tuple[str, str] | None) -> None:
            if why is not None:
                self.say(f"{c.tracking_number} tercatat, tetapi tanda terimanya tidak tercetak: {why[0]}",
                         f"{c.tracking_number} is recorded, but its receipt did not print: {why[1]}", "error")
            self.receiptPrinted.emit(c.tracking_number)

        self.print_receipt(printer, doc, printed)

    @Slot(str, str, str)
    def advanceComplaint(self, tracking: str, status: str, answer: str) -> None:
        db, now = self.state.db, self.state.clock()

        def then(c: ComplaintView) -> None:
            label = COMPLAINT_STATUS_WORDS[c.status]
            self.say(f"{c.tracking_number}: {label[0]}.", f"{c.tracking_number}: {label[1]}.", "ok")
            self.refresh()

        self.operate(lambda: update_complaint(db, self.actor(), now, tracking, status=status, answer=answer), then)
