"""The queue report for a day, month or quarter, as an A4 PDF in Indonesian."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from kiosk.reports.charts import column_chart
from kiosk.reports.durations import DurationStats
from kiosk.reports.pdf_layout import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    ReportHead,
    decimal_id,
    escape,
    figure_box,
    grid_table,
    integer_id,
    paragraph,
    percent_id,
    styles,
    write_report_pdf,
)
from kiosk.reports.queue_figures import LineFigures, QueueReport


def write_queue_pdf(report: QueueReport, path: Path) -> None:
    period = report.period
    head = ReportHead(
        office=report.office,
        hall=report.hall,
        name="Laporan Antrean",
        heading="Laporan Antrean",
        subject=f"Laporan antrean {report.office}",
        period_label=period.label_id,
        period_line=period.label_id + (f" · {period.span_id}" if period.kind != "day" else ""),
        scope_label=report.scope_label,
        made_at=report.generated_at.astimezone(ZoneInfo(report.timezone)),
    )
    write_report_pdf(path, head, _story(report))


def _minutes(stats_value: float | None) -> str:
    return "–" if stats_value is None else decimal_id(stats_value / 60, 1)


def _story(report: QueueReport) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _summary_box(report),
        Spacer(1, 2 * mm),
        Paragraph(_notes(report), st["small"]),
    ]
    if not report.by_line:
        story += [paragraph("Per antrean dan layanan", st["h2"]),
                  paragraph("Tidak ada tiket dalam periode ini.", st["body"])]
    else:
        if len(report.by_queue) > 1:
            story += [paragraph("Per antrean", st["h2"]), _lines_table("Antrean", [*report.by_queue, report.total])]
        story += [CondPageBreak(40 * mm), paragraph("Per antrean dan layanan", st["h2"]),
                  _lines_table("Antrean · layanan", [*report.by_line, report.total])]
    if report.by_agency:
        story += [CondPageBreak(40 * mm), paragraph("Per instansi", st["h2"]),
                  _lines_table("Instansi", [*report.by_agency, report.total])]
    if report.by_counter:
        story += [CondPageBreak(40 * mm), paragraph("Per loket", st["h2"]),
                  _lines_table("Loket", list(report.by_counter), desk=True)]
    if report.by_officer:
        story += [CondPageBreak(40 * mm), paragraph("Per petugas", st["h2"]),
                  _lines_table("Petugas", list(report.by_officer), desk=True)]
    story += _hours(report)
    if report.period.kind != "day" and report.days:
        story += _days(report)
    return story


def _summary_box(report: QueueReport) -> Table:
    st = styles()
    total = report.total
    titles = ["Tiket diambil", "Dilayani", "Tidak hadir", "Tunggu (median)", "Tunggu (P90)"]
    values = [
        integer_id(total.issued),
        integer_id(total.served),
        integer_id(total.no_show),
        _minutes(total.wait.median_s) + " mnt",
        _minutes(total.wait.p90_s) + " mnt",
    ]
    return figure_box(titles, [Paragraph(escape(v), st["big_words"]) for v in values], height=12 * mm)


def _notes(report: QueueReport) -> str:
    total = report.total
    parts = [
        f"Dilayani {percent_id(total.served, total.issued)} dari tiket yang diambil; "
        f"tidak hadir {percent_id(total.no_show, total.issued)}; dibatalkan {integer_id(total.cancelled)}; "
        f"belum selesai {integer_id(total.unfinished)}; gagal cetak {integer_id(total.print_failed)}.",
        "Waktu tunggu: dari tiket diambil sampai dipanggil. Waktu layanan: dari mulai dilayani (atau dipanggil) "
        "sampai selesai. Median = nilai tengah; P90 = 90 % pengunjung menunggu/dilayani paling lama selama itu. "
        "Semua waktu dalam menit.",
    ]
    return escape(" ".join(parts))


def _lines_table(title: str, lines: Sequence[LineFigures], *, desk: bool = False) -> Table:
    st = styles()
    header = [escape(title), "Tiket", "Dilayani", "Tidak<br/>hadir", "Gagal<br/>cetak", "Tunggu<br/>median",
              "Tunggu<br/>P90", "Layanan<br/>median", "Layanan<br/>P90"]
    if desk:
        header[1] = "Dipanggil"
    rows: list[list[object]] = [
        [Paragraph(h, st["head_left"] if i == 0 else st["head"]) for i, h in enumerate(header)]
    ]
    for line in lines:
        called = line.wait.count
        rows.append(
            [
                Paragraph(escape(line.label), st["cell_bold"] if not line.key else st["cell"]),
                integer_id(called if desk else line.issued),
                integer_id(line.served),
                integer_id(line.no_show),
                integer_id(line.print_failed) if not desk else "–",
                *_times(line.wait),
                *_times(line.service),
            ]
        )
    number = 16.5 * mm
    widths = [CONTENT_WIDTH - 8 * number, *[number] * 8]
    return grid_table(
        rows,
        widths,
        align_right_from=1,
        extra=[
            ("FONT", (1, 1), (-1, -1), FONT, 8),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (1, 0), (-1, -1), 3),
            ("RIGHTPADDING", (1, 0), (-1, -1), 3),
        ],
    )


def _times(stats: DurationStats) -> list[str]:
    return [_minutes(stats.median_s), _minutes(stats.p90_s)]


def _hours(report: QueueReport) -> list[Flowable]:
    st = styles()
    busy = [h for h in report.hours if h.issued]
    if not busy:
        return []
    first, last = min(h.hour for h in busy), max(h.hour for h in busy)
    shown = [h for h in report.hours if first <= h.hour <= last]
    per_day = report.period.kind != "day"
    top = ", ".join(
        f"{h.hour:02d}.00–{h.hour:02d}.59 ({integer_id(h.issued)} tiket"
        + (f", rata-rata {decimal_id(h.per_day, 1)} per hari)" if per_day else ")")
        for h in report.busiest_hours
    )
    return [
        CondPageBreak(70 * mm),
        paragraph("Jam tersibuk", st["h2"]),
        KeepTogether(
            [
                column_chart(
                    "Tiket diambil per jam (waktu setempat)",
                    [f"{h.hour:02d}" for h in shown],
                    [h.issued for h in shown],
                    width=CONTENT_WIDTH,
                ),
                paragraph(f"Paling ramai: {top}.", st["body"]),
            ]
        ),
    ]


def _days(report: QueueReport) -> list[Flowable]:
    st = styles()
    days = report.days
    if len({(d.day.year, d.day.month) for d in days}) == 1:
        labels = [str(d.day.day) for d in days]
    else:
        labels = [f"{d.day.day}/{d.day.month}" if d.day.day in (1, 15) or d is days[0] else "" for d in days]
    flow: list[Flowable] = [
        CondPageBreak(70 * mm),
        paragraph("Per hari", st["h2"]),
        column_chart("Tiket diambil per hari layanan", labels, [d.issued for d in days], width=CONTENT_WIDTH),
    ]
    rows: list[list[object]] = [["Tanggal", "Tiket", "Dilayani", "Tidak hadir"]]
    rows += [[f"{d.day:%d-%m-%Y}", integer_id(d.issued), integer_id(d.served), integer_id(d.no_show)] for d in days]
    flow.append(Spacer(1, 3 * mm))
    flow.append(grid_table(rows, [30 * mm, 22 * mm, 22 * mm, 22 * mm], align_right_from=1,
                           extra=[("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5)]))
    return flow
