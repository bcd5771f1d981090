"""``report queue --xlsx``: the queue report as a workbook: a sheet per breakdown (queue,
queue and service, counter, officer), the tickets per hour and per day. Times in minutes."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kiosk.reports.durations import DurationStats
from kiosk.reports.queue_figures import LineFigures, QueueReport
from kiosk.reports.xlsx_sheet import Cell, fit_columns, table, title_block

HEADER = ["Kelompok / Group", "Diterbitkan / Issued", "Dilayani / Served", "Tidak hadir / No-show",
          "Dibatalkan / Cancelled", "Belum selesai / Unfinished", "Gagal cetak / Print failed",
          "Tunggu median (menit) / Wait median (min)", "Tunggu p90 (menit) / Wait p90 (min)",
          "Layanan median (menit) / Service median (min)", "Layanan p90 (menit) / Service p90 (min)"]
FORMATS = [None, "0", "0", "0", "0", "0", "0", "0.0", "0.0", "0.0", "0.0"]


def _minutes(stats: DurationStats) -> list[Cell]:
    return [None if v is None else v / 60 for v in (stats.median_s, stats.p90_s)]


def _row(f: LineFigures) -> list[Cell]:
    return [f.label, f.issued, f.served, f.no_show, f.cancelled, f.unfinished, f.print_failed,
            *_minutes(f.wait), *_minutes(f.service)]


def write_queue_xlsx(report: QueueReport, path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ringkasan"
    row = title_block(sheet, f"Laporan Antrean - {report.office}", [
        f"Periode / Period: {report.period.label_id} ({report.period.code})",
        f"Lingkup / Scope: {report.scope_label}",
    ])
    table(sheet, row, HEADER, [_row(report.total)], FORMATS)
    fit_columns(sheet)
    for title, lines in (("Per antrean", report.by_queue), ("Per layanan", report.by_line),
                         ("Per loket", report.by_counter), ("Per petugas", report.by_officer),
                         *((("Per instansi", report.by_agency),) if report.by_agency else ())):
        part = book.create_sheet(title)
        table(part, 1, HEADER, [_row(f) for f in lines], FORMATS)
        fit_columns(part)
    hours = book.create_sheet("Per jam")
    table(hours, 1, ["Jam / Hour", "Diterbitkan / Issued", "Rata-rata per hari / Average per day"],
          [[f"{h.hour:02d}.00-{h.hour:02d}.59", h.issued, h.per_day] for h in report.hours if h.issued],
          [None, "0", "0.0"])
    fit_columns(hours)
    days = book.create_sheet("Per hari")
    table(days, 1, ["Tanggal / Day", "Diterbitkan / Issued", "Dilayani / Served", "Tidak hadir / No-show"],
          [[d.day.isoformat(), d.issued, d.served, d.no_show] for d in report.days], [None, "0", "0", "0"])
    fit_columns(days)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
