"""``report queue --csv``: one long table with a ``section`` column, so a spreadsheet filter
shows the totals, each queue, queue and service, counter, officer, hour or day."""

from __future__ import annotations

from pathlib import Path

from kiosk.reports.csv_file import write_csv
from kiosk.reports.durations import DurationStats
from kiosk.reports.queue_figures import LineFigures, QueueReport

HEADER = (
    "period",
    "section",
    "key",
    "label",
    "issued",
    "served",
    "no_show",
    "cancelled",
    "unfinished",
    "print_failed",
    "wait_median_min",
    "wait_p90_min",
    "service_median_min",
    "service_p90_min",
)


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value / 60:.2f}"


def _line(period: str, section: str, figures: LineFigures) -> list[str]:
    def times(stats: DurationStats) -> list[str]:
        return [_minutes(stats.median_s), _minutes(stats.p90_s)]

    return [
        period,
        section,
        figures.key,
        figures.label,
        str(figures.issued),
        str(figures.served),
        str(figures.no_show),
        str(figures.cancelled),
        str(figures.unfinished),
        str(figures.print_failed),
        *times(figures.wait),
        *times(figures.service),
    ]


def write_queue_csv(report: QueueReport, path: Path) -> int:
    code = report.period.code
    rows = [_line(code, "total", report.total)]
    rows += [_line(code, "queue", f) for f in report.by_queue]
    rows += [_line(code, "queue_service", f) for f in report.by_line]
    rows += [_line(code, "counter", f) for f in report.by_counter]
    rows += [_line(code, "officer", f) for f in report.by_officer]
    rows += [_line(code, "agency", f) for f in report.by_agency]
    blanks = [""] * 10
    rows += [[code, "hour", f"{h.hour:02d}", f"{h.hour:02d}.00-{h.hour:02d}.59", str(h.issued), *blanks[:9]]
             for h in report.hours if h.issued]
    rows += [
        [code, "day", d.day.isoformat(), d.day.isoformat(), str(d.issued), str(d.served), str(d.no_show), *blanks[:7]]
        for d in report.days
    ]
    return write_csv(path, HEADER, rows)
