"""``mpp-kiosk survey import FILE.csv`` (paper forms) and ``survey export FILE.csv``."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.cli.cmd_report import chosen_period
from kiosk.cli.context import CommandError, Context
from kiosk.survey.csv_io import COLUMNS, SurveyImportError, write_forms
from kiosk.survey.paper import export_rows, import_csv


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("survey", help="import paper SKM forms from CSV, export responses to CSV")
    ss = p.add_subparsers(dest="survey_command", required=True, metavar="ACTION")
    imp = ss.add_parser(
        "import",
        help="import paper forms (all rows or none)",
        description=f"Columns, in this order: {','.join(COLUMNS)}. An empty uN means not answered.",
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.set_defaults(handler=handle_import)
    exp = ss.add_parser("export", help="write responses in the import's column layout")
    exp.add_argument("file", metavar="FILE.csv", help="where to write; - for standard output")
    exp.add_argument("--period", metavar="PERIOD", help="2026-Q4, 2026-11, 2026-11-24 or 2026 (default: everything)")
    exp.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    exp.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    exp.add_argument("--service", type=int, metavar="N", help="only responses about service number N")
    exp.set_defaults(handler=handle_export)


def handle_import(ctx: Context) -> int:
    path: Path = ctx.args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: cannot read file: {exc.strerror}") from None
    try:
        summary = import_csv(
            ctx.database(), data, str(path), timezone=ctx.timezone, now=ctx.clock(), imported_by=_who()
        )
    except SurveyImportError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("mpp-kiosk: nothing was imported", file=sys.stderr)
        return 2
    first = summary.first.astimezone(ZoneInfo(ctx.timezone)).date()
    last = summary.last.astimezone(ZoneInfo(ctx.timezone)).date()
    print(f"imported {summary.forms} paper form(s) from {path}, submitted {first} .. {last}")
    return 0


def handle_export(ctx: Context) -> int:
    args = ctx.args
    if args.period or args.date_from or args.date_to:
        start, end = chosen_period(ctx, "quarter").bounds(ctx.timezone)
    else:
        start, end = datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)
    rows = export_rows(ctx.database(), start, end, service=args.service)
    if args.file == "-":
        count = write_forms(rows, sys.stdout, timezone=ctx.timezone)
        print(f"exported {count} response(s)", file=sys.stderr)
        return 0
    target = Path(args.file)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as out:
        count = write_forms(rows, out, timezone=ctx.timezone)
    print(f"exported {count} response(s) to {target}")
    return 0


def _who() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"
