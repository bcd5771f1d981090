"""``mpp-kiosk report ikm`` and ``mpp-kiosk report queue``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import cast

from kiosk.cli.context import CommandError, Context
from kiosk.reports.ikm_csv import write_ikm_csv
from kiosk.reports.ikm_figures import GROUP_BYS, GroupBy, IkmReport, Scope
from kiosk.reports.ikm_pdf import write_ikm_pdf
from kiosk.reports.ikm_query import build_ikm_report
from kiosk.reports.ikm_xlsx import write_ikm_xlsx
from kiosk.reports.periods import (
    Period,
    PeriodError,
    day_period,
    local_day,
    month_period,
    parse_period,
    quarter_period,
    range_period,
)
from kiosk.reports.queue_csv import write_queue_csv
from kiosk.reports.queue_pdf import write_queue_pdf
from kiosk.reports.queue_query import build_queue_report
from kiosk.reports.queue_xlsx import write_queue_xlsx
from kiosk.survey.elements import element
from kiosk.survey.ikm import WEIGHTS, Weight
from kiosk.survey.settings import survey_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="IKM (survey) and queue reports as text, JSON, CSV or PDF")
    rs = p.add_subparsers(dest="report_command", required=True, metavar="REPORT")

    ikm = rs.add_parser("ikm", help="Indeks Kepuasan Masyarakat for a period (default: this quarter)")
    _period_options(ikm, "--period", "a quarter 2026-Q4, month 2026-11, day 2026-11-24 or year 2026")
    ikm.add_argument("--service", type=int, metavar="N", help="only responses about service number N")
    ikm.add_argument("--queue", metavar="LETTER", help="only tickets of this queue")
    ikm.add_argument("--counter", type=int, metavar="N", help="only tickets served at counter N")
    ikm.add_argument("--officer", metavar="CODE", help="only tickets served by this officer")
    ikm.add_argument("--by", choices=GROUP_BYS, help="also one IKM per service, queue, counter or officer")
    ikm.add_argument("--weight", choices=WEIGHTS, help="element weight (default: [survey] weight, else exact 1/9)")
    _outputs(ikm)
    ikm.set_defaults(handler=handle_ikm)

    queue = rs.add_parser("queue", help="tickets, waiting and service times for a day, month or quarter")
    _period_options(queue, "--period", "any period: 2026-Q4, 2026-11, 2026-11-24, 2026")
    queue.add_argument("--day", metavar="YYYY-MM-DD", help="one service day")
    queue.add_argument("--month", metavar="YYYY-MM", help="one month")
    queue.add_argument("--quarter", metavar="YYYY-QN", help="one quarter")
    queue.add_argument("--service", type=int, metavar="N", help="only tickets for service number N")
    _outputs(queue)
    queue.set_defaults(handler=handle_queue)


def _period_options(p: argparse.ArgumentParser, flag: str, what: str) -> None:
    p.add_argument(flag, dest="period", metavar="PERIOD", help=what)
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (with --to)")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day, inclusive")


def _outputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the figures as CSV")
    p.add_argument("--pdf", type=Path, metavar="FILE", help="also write the report as PDF (A4)")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the report as a spreadsheet (.xlsx)")


def chosen_period(ctx: Context, default: str) -> Period:
    args = ctx.args
    given = [
        name
        for name, value in (
            ("--period", args.period),
            ("--from/--to", args.date_from or args.date_to),
            ("--day", getattr(args, "day", None)),
            ("--month", getattr(args, "month", None)),
            ("--quarter", getattr(args, "quarter", None)),
        )
        if value
    ]
    if len(given) > 1:
        raise CommandError(f"give one period, not {' and '.join(given)}")
    try:
        if args.date_from or args.date_to:
            if not (args.date_from and args.date_to):
                raise CommandError("--from and --to go together")
            return range_period(args.date_from, args.date_to)
        if args.period:
            return parse_period(args.period)
        if getattr(args, "day", None):
            period = parse_period(args.day)
            if period.kind != "day":
                raise PeriodError(f"{args.day!r} bukan hari; tulis seperti 2026-11-24.",
                                  f"{args.day!r} is not a day; write it as 2026-11-24.")
            return period
        if getattr(args, "month", None):
            return month_period(args.month)
        if getattr(args, "quarter", None):
            return quarter_period(args.quarter)
    except PeriodError as exc:
        raise CommandError(str(exc)) from exc
    today = local_day(ctx.clock(), ctx.timezone)
    if default == "day":
        return day_period(today)
    return parse_period(f"{today.year}-Q{(today.month - 1) // 3 + 1}")


def handle_ikm(ctx: Context) -> int:
    args = ctx.args
    period = chosen_period(ctx, "quarter")
    weight = cast(Weight, args.weight or survey_settings(ctx.settings).weight)
    queue = args.queue.strip().upper() if args.queue else None
    report = build_ikm_report(
        ctx.database(),
        period,
        timezone=ctx.timezone,
        scope=Scope(service=args.service, queue=queue, counter=args.counter, officer=args.officer),
        weight=weight,
        office=str(ctx.settings.get("office", "name")),
        hall=str(ctx.settings.get("office", "hall")),
        now=ctx.clock(),
        by=cast(GroupBy | None, args.by),
    )
    written = []
    if args.csv:
        write_ikm_csv(report, args.csv)
        written.append(f"CSV written to {args.csv}")
    if args.pdf:
        write_ikm_pdf(report, args.pdf)
        written.append(f"PDF written to {args.pdf}")
    if args.xlsx:
        write_ikm_xlsx(report, args.xlsx)
        written.append(f"XLSX written to {args.xlsx}")
    ctx.emit(report.to_json(), "\n".join([*_ikm_text(report), *written]))
    if args.json:
        for line in written:
            print(line, file=sys.stderr)
    return 0


def _ikm_text(report: IkmReport) -> list[str]:
    lines = [
        f"IKM {report.period.label_id} ({report.period.span_id}), {report.scope_label}",
    ]
    result = report.result
    if result is None:
        lines.append("no survey responses in this period")
    else:
        lines.append(
            f"IKM {result.ikm} — mutu {result.mutu} ({result.kinerja}) from {result.respondents} respondents"
            + (f" (weight {report.weight})" if report.weight != "exact" else "")
        )
        for key, value in result.nrr_rounded.items():
            name = element(key).name_id
            lines.append(f"  {key.upper()} {name:<45} NRR {'-' if value is None else value}")
        weakest = ", ".join(f"{k.upper()} {element(k).name_id}" for k in result.weakest[:3])
        lines.append(f"weakest: {weakest}")
    sample = report.sample
    minimum = "-" if sample.minimum is None else str(sample.minimum)
    lines.append(
        f"sample: {sample.responses} respondents; served {sample.population}; Krejcie–Morgan minimum {minimum}"
    )
    for group in report.groups:
        figure = "-" if group.result is None else f"{group.result.ikm} {group.result.mutu}"
        lines.append(f"  {group.label}: {figure} ({group.responses} responses)")
    return lines


def handle_queue(ctx: Context) -> int:
    args = ctx.args
    period = chosen_period(ctx, "day")
    report = build_queue_report(
        ctx.database(),
        period,
        timezone=ctx.timezone,
        office=str(ctx.settings.get("office", "name")),
        hall=str(ctx.settings.get("office", "hall")),
        now=ctx.clock(),
        service=args.service,
    )
    written = []
    if args.csv:
        write_queue_csv(report, args.csv)
        written.append(f"CSV written to {args.csv}")
    if args.pdf:
        write_queue_pdf(report, args.pdf)
        written.append(f"PDF written to {args.pdf}")
    if args.xlsx:
        write_queue_xlsx(report, args.xlsx)
        written.append(f"XLSX written to {args.xlsx}")
    total = report.total
    lines = [
        f"Queue report {report.period.label_id}, {report.scope_label}",
        f"tickets {total.issued}, served {total.served}, no-show {total.no_show}, cancelled {total.cancelled}, "
        f"unfinished {total.unfinished}, print failures {total.print_failed}",
        f"waiting: median {_min(total.wait.median_s)} min, p90 {_min(total.wait.p90_s)} min; "
        f"service: median {_min(total.service.median_s)} min, p90 {_min(total.service.p90_s)} min",
    ]
    for figures in report.by_line:
        lines.append(f"  {figures.label}: {figures.issued} tickets, {figures.served} served, {figures.no_show} no-show")
    if report.busiest_hours:
        lines.append("busiest hours: " + ", ".join(f"{h.hour:02d}.00 ({h.issued})" for h in report.busiest_hours))
    ctx.emit(report.to_json(), "\n".join([*lines, *written]))
    if args.json:
        for note in written:
            print(note, file=sys.stderr)
    return 0


def _min(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds / 60:.1f}"
