"""`complaint` commands: record, list and move complaints and suggestions forward."""

from __future__ import annotations

import argparse
from datetime import date

from kiosk.cli.cmd_staff import cli_actor, office_calendar
from kiosk.cli.context import CommandError, Context
from kiosk.complaints import (
    CHANNELS,
    COMPLAINT_STATUSES,
    ComplaintError,
    ComplaintView,
    list_complaints,
    record_complaint,
    update_complaint,
)
from kiosk.receipts.indonesian_dates import format_date
from kiosk.staff import StaffError

REASON_TEXT = {"anonymous": "tanpa identitas", "late": "lebih dari 30 hari setelah layanan"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("complaint", help="complaints (pengaduan) and suggestions: add, list, update")
    cs = p.add_subparsers(dest="complaint_command", required=True, metavar="ACTION")
    add = cs.add_parser("add", help="record a complaint; without a name it is kept as a suggestion")
    add.add_argument("--channel", choices=CHANNELS, required=True)
    add.add_argument("--matter", required=True, help="what the complaint is about")
    add.add_argument("--name", help="the complainant's name (optional)")
    add.add_argument("--contact", help="phone, e-mail or address for the answer")
    add.add_argument("--service", type=int, metavar="NUMBER", help="the service complained about")
    add.add_argument("--service-date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="when it was received")
    add.add_argument("--by", metavar="OFFICER_ID")
    add.add_argument("--counter")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=handle_add)
    ls = cs.add_parser("list", help="complaints by response deadline, then suggestions")
    ls.add_argument("--open", action="store_true", help="only those not yet answered")
    ls.add_argument("--kind", choices=("complaint", "suggestion"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handle_list)
    up = cs.add_parser("update", help="move to handling, or to answered with the answer")
    up.add_argument("tracking_number")
    up.add_argument("--status", choices=COMPLAINT_STATUSES[1:], required=True)
    up.add_argument("--answer", help="the answer given (needed for answered)")
    up.add_argument("--by", metavar="OFFICER_ID")
    up.set_defaults(handler=handle_update)


def describe(c: ComplaintView) -> str:
    if c.kind == "complaint":
        assert c.response_due is not None
        return f"{c.tracking_number}  pengaduan; dijawab paling lambat {format_date(c.response_due)}"
    why = ", ".join(REASON_TEXT.get(r, r) for r in c.suggestion_reasons)
    return f"{c.tracking_number}  dicatat sebagai saran ({why})"


def handle_add(ctx: Context) -> int:
    try:
        c = record_complaint(
            ctx.database(),
            cli_actor(ctx),
            ctx.clock(),
            office_calendar(ctx),
            channel=ctx.args.channel,
            matter=ctx.args.matter,
            complainant_name=ctx.args.name,
            complainant_contact=ctx.args.contact,
            service_number=ctx.args.service,
            service_date=ctx.args.service_date,
        )
    except (ComplaintError, StaffError) as exc:
        raise CommandError(str(exc)) from exc
    ctx.emit(c.to_json(), describe(c))
    return 0


def handle_list(ctx: Context) -> int:
    today = office_calendar(ctx).service_day(ctx.clock())
    rows = list_complaints(ctx.database(), open_only=ctx.args.open, kind=ctx.args.kind)
    lines = [
        f"{c.tracking_number}  {c.kind:<10} {c.status:<9} {c.response_due or '-'!s:<10}"
        f"{' TERLAMBAT' if c.overdue_on(today) else ''}  {c.matter[:60]}"
        for c in rows
    ]
    ctx.emit(
        [{**c.to_json(), "overdue": c.overdue_on(today)} for c in rows],
        "\n".join(lines) or "(no complaints)",
    )
    return 0


def handle_update(ctx: Context) -> int:
    try:
        c = update_complaint(
            ctx.database(),
            cli_actor(ctx),
            ctx.clock(),
            ctx.args.tracking_number,
            status=ctx.args.status,
            answer=ctx.args.answer,
        )
    except (ComplaintError, StaffError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"{c.tracking_number}: {c.status}")
    return 0
