"""``mpp-kiosk calendar due|open-at``: working-day deadlines and opening status."""

from __future__ import annotations

import argparse
from datetime import date

from kiosk import clock
from kiosk.calendar.wording import date_id
from kiosk.cli.context import CommandError, Context
from kiosk.queue.office import calendar_from_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calendar", help="office hours, closed days and working-day deadlines")
    cs = p.add_subparsers(dest="calendar_command", required=True, metavar="ACTION")
    due = cs.add_parser("due", help="the due date of 'N hari kerja' from a day of receipt")
    due.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="day the file was received")
    due.add_argument("--days", type=int, required=True, metavar="N", help="working days")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=handle_due)
    at = cs.add_parser("open-at", help="is the office open at a moment, and why (not)")
    at.add_argument("moment", metavar="DATETIME", help="ISO date-time; office local time unless it has an offset")
    at.add_argument("--json", action="store_true")
    at.set_defaults(handler=handle_open_at)


def handle_due(ctx: Context) -> int:
    try:
        start = date.fromisoformat(ctx.args.start)
    except ValueError:
        raise CommandError(f"--from {ctx.args.start!r}: expected a date YYYY-MM-DD") from None
    if ctx.args.days < 0:
        raise CommandError(f"--days {ctx.args.days}: expected 0 or more working days")
    office = calendar_from_settings(ctx.settings)
    due = office.add_working_days(start, ctx.args.days)
    ctx.emit(
        {"from": start.isoformat(), "days": ctx.args.days, "due": due.isoformat(), "due_id": date_id(due)},
        due.isoformat(),
    )
    return 0


def handle_open_at(ctx: Context) -> int:
    office = calendar_from_settings(ctx.settings)
    try:
        moment = clock.parse_instant(ctx.args.moment, office.settings.timezone)
    except ValueError:
        raise CommandError(f"{ctx.args.moment!r}: expected an ISO date-time such as 2026-11-24T09:30") from None
    status = office.status_at(moment)
    closed = status.closed_day
    payload = {
        "at": office.local(moment).isoformat(),
        "open": status.open,
        "can_issue": status.can_issue,
        "state": status.state.value,
        "reason_id": status.reason_id,
        "reason_en": status.reason_en,
        "next_opening": status.next_opening.isoformat() if status.next_opening else None,
        "closed_day": None
        if closed is None
        else {"kind": closed.kind.value, "reason_id": closed.reason_id, "reason_en": closed.reason_en},
    }
    word = "BUKA" if status.open else "TUTUP"
    ctx.emit(payload, f"{word}: {status.reason_id}\n({status.reason_en})")
    return 0
