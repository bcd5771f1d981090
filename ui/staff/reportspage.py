"""The Reports page: the IKM or queue report of a period on screen (a summary and a bar chart)
and exported as PDF, CSV or XLSX into the reports folder. kiosk.reports.exports checks the
permission and records each export."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import cast

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import paths
from kiosk.reports.exports import FORMATS, Report, ReportSource, export_report, ikm_report, queue_report
from kiosk.reports.ikm_figures import GROUP_BYS, GroupBy, IkmReport
from kiosk.reports.pdf_layout import decimal_id
from kiosk.reports.periods import parse_period
from kiosk.reports.queue_figures import QueueReport
from kiosk.survey.elements import ELEMENTS
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel

BY_WORDS = {"": ("Tanpa rincian", "No breakdown"), "agency": ("Per instansi", "Per agency"),
            "service": ("Per layanan", "Per service"),
            "queue": ("Per antrean", "Per queue"), "counter": ("Per loket", "Per counter"),
            "officer": ("Per petugas", "Per officer")}


class ReportsPage(PageModel):
    changed = Signal()

    def __init__(self, state: DeskState, source: ReportSource, folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._source = source
        self._folder = folder or paths.reports_dir()
        self._shown: Report | None = None
        self._bars = RowsModel(("label", "fraction", "valueText"), self)
        self._breakdowns = RowsModel(("key", "label"), self)
        self._groups = RowsModel(("label", "valueText"), self)
        self._period_text = _current_quarter(state.clock())
        self.relabel()

    def _get_bars(self) -> RowsModel:
        return self._bars

    def _get_breakdowns(self) -> RowsModel:
        return self._breakdowns

    def _get_groups(self) -> RowsModel:
        return self._groups

    def _get_period(self) -> str:
        return self._period_text

    def _get_title(self) -> str:
        words = self.state.words()
        report = self._shown
        if report is None:
            return ""
        name = words.say("Indeks Kepuasan Masyarakat", "Public Satisfaction Index") if isinstance(report, IkmReport) \
            else words.say("Laporan antrean", "Queue report")
        return f"{name} - {words.say(report.period.label_id, report.period.label_en)}"

    def _get_headline(self) -> str:
        report = self._shown
        words = self.state.words()
        if isinstance(report, IkmReport):
            result = report.result
            if result is None:
                return words.say("Belum ada jawaban survei pada periode ini.", "No survey answers in this period.")
            band = words.say(result.kinerja, result.kinerja_en)
            return words.say(f"IKM {decimal_id(result.ikm)} · mutu {result.mutu} ({band}) · "
                             f"{result.respondents} responden",
                             f"IKM {result.ikm:.2f} · quality {result.mutu} ({band}) · "
                             f"{result.respondents} respondents")
        if isinstance(report, QueueReport):
            t = report.total
            wait = "-" if t.wait.median_s is None else f"{t.wait.median_s / 60:.0f}"
            return words.say(f"{t.issued} tiket · {t.served} dilayani · {t.no_show} tidak hadir · "
                             f"median tunggu {wait} menit",
                             f"{t.issued} tickets · {t.served} served · {t.no_show} no-show · "
                             f"median wait {wait} min")
        return ""

    def _get_chart_title(self) -> str:
        words = self.state.words()
        if isinstance(self._shown, IkmReport):
            return words.say("Nilai rata-rata per unsur (NRR, 1-4)", "Average per element (NRR, 1-4)")
        if isinstance(self._shown, QueueReport):
            return words.say("Tiket dilayani per loket", "Tickets served per counter")
        return ""

    bars = Property(QObject, _get_bars, constant=True)
    breakdowns = Property(QObject, _get_breakdowns, constant=True)
    groups = Property(QObject, _get_groups, constant=True)
    periodText = Property(str, _get_period, notify=changed)
    title = Property(str, _get_title, notify=changed)
    headline = Property(str, _get_headline, notify=changed)
    chartTitle = Property(str, _get_chart_title, notify=changed)

    def relabel(self) -> None:
        words = self.state.words()
        self._breakdowns.set_rows({"key": k, "label": words.pick(v)} for k, v in BY_WORDS.items())
        self._fill()
        super().relabel()

    def _fill(self) -> None:
        report, words = self._shown, self.state.words()
        if isinstance(report, IkmReport):
            result = report.result
            self._bars.set_rows(
                {"label": f"{e.key.upper()} {words.say(e.name_id, e.name_en)}",
                 "fraction": float(result.nrr[e.key] or 0) / 4 if result else 0.0,
                 "valueText": _nrr(result.nrr_rounded[e.key] if result else None, words.english)}
                for e in ELEMENTS)
            self._groups.set_rows({"label": g.label,
                                   "valueText": "-" if g.result is None else f"{_ikm(g.result.ikm, words.english)} "
                                                                             f"{g.result.mutu}"}
                                  for g in report.groups)
        elif isinstance(report, QueueReport):
            top = max((c.served for c in report.by_counter), default=0) or 1
            self._bars.set_rows({"label": c.label, "fraction": c.served / top, "valueText": str(c.served)}
                                for c in report.by_counter)
            self._groups.set_rows([])
        else:
            self._bars.set_rows([])
            self._groups.set_rows([])
        self.changed.emit()

    @Slot(str, str, str)
    def show(self, kind: str, period_text: str, by: str) -> None:
        self._period_text = period_text.strip()
        source, now = self._source, self.state.clock()

        def job() -> Report:
            period = parse_period(period_text)
            if kind == "queue":
                return queue_report(source, self.actor(), period, now=now)
            return ikm_report(source, self.actor(), period, now=now,
                              by=cast(GroupBy, by) if by in GROUP_BYS else None)

        def done(report: Report) -> None:
            self._shown = report
            self.say("", "")
            self._fill()

        self.operate(job, done)

    @Slot(str)
    def export(self, fmt: str) -> None:
        report, source, now, folder = self._shown, self._source, self.state.clock(), self._folder
        if report is None or fmt not in FORMATS:
            self.say("Tampilkan laporan dulu, lalu simpan.", "Show a report first, then save it.", "error")
            return

        def job() -> Path:
            return export_report(source, self.actor(), report, fmt, folder, now=now)

        self.operate(job, lambda path: self.say(f"Disimpan: {path}", f"Saved: {path}"))

    @property
    def report(self) -> Report | None:
        return self._shown

    @property
    def folder(self) -> Path:
        return self._folder


def _current_quarter(now: datetime) -> str:
    return f"{now.year}-Q{(now.month - 1) // 3 + 1}"


def _nrr(value: Decimal | None, english: bool) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if english else decimal_id(value, 3)


def _ikm(value: Decimal, english: bool) -> str:
    return f"{value:.2f}" if english else decimal_id(value)

