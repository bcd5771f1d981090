"""``mpp-kiosk calendar due|open-at|close|reopen|closures|hours``: working-day deadlines, opening
status, the hall's own closed days and its week of service hours."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sqlalchemy.engine import make_url

from kiosk import clock
from kiosk.calendar.closures import add_closure, list_closures, remove_closure
from kiosk.calendar.hours import HallWeek, parse_week, set_hall_week
from kiosk.calendar.settings import WEEKDAY_KEYS, WEEKDAY_NAMES_ID
from kiosk.calendar.wording import date_id, estimated_note
from kiosk.cli.cmd_staff import cli_actor
from kiosk.cli.context import CommandError, Context
from kiosk.queue.office import calendar_from_settings
from kiosk.storage import Database


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
    close = cs.add_parser("close", help="close the whole hall on a day (a local holiday); every terminal follows")
    close.add_argument("day", metavar="YYYY-MM-DD")
    close.add_argument("--reason", required=True, help="shown to applicants, e.g. 'Hari jadi Kabupaten Purwakarta'")
    close.add_argument("--by", metavar="OFFICER_ID", help="the supervisor doing this (checked and audited)")
    close.set_defaults(handler=handle_close)
    reopen = cs.add_parser("reopen", help="take back a closure made with `calendar close`")
    reopen.add_argument("day", metavar="YYYY-MM-DD")
    reopen.add_argument("--by", metavar="OFFICER_ID", help="the supervisor doing this (checked and audited)")
    reopen.set_defaults(handler=handle_reopen)
    listing = cs.add_parser("closures", help="the hall's own closed days")
    listing.add_argument("--year", type=int)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handle_closures)
    hours = cs.add_parser("hours", help="the hall's service hours, breaks and issuing cut-off (set: every terminal)")
    hours.add_argument("--day", action="append", default=[], metavar="DAY=HOURS",
                       help="e.g. mon=08:00-15:00, sat=closed (days not given keep their hours)")
    hours.add_argument("--breaks", action="append", default=[], metavar="DAY=RANGES",
                       help="e.g. fri=11:30-13:00; fri= removes the break")
    hours.add_argument("--cutoff", metavar="MINUTES", help="stop issuing tickets this long before closing")
    hours.add_argument("--by", metavar="OFFICER_ID", help="the supervisor changing them (checked and audited)")
    hours.add_argument("--json", action="store_true")
    hours.set_defaults(handler=handle_hours)


def _hall_db(ctx: Context) -> Database | None:
    """The hall's database for its closures, when this terminal has one set up; the calendar
    still answers from the config file on a PC without one."""
    url = make_url(ctx.settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).expanduser().exists():
        return None
    try:
        return ctx.database()
    except CommandError:
        return None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"{text!r}: expected a date YYYY-MM-DD") from None


def handle_close(ctx: Context) -> int:
    closure = add_closure(ctx.database(), cli_actor(ctx), ctx.clock(), _day(ctx.args.day), ctx.args.reason)
    print(f"{closure.day.isoformat()} tutup: {closure.reason}")
    return 0


def handle_reopen(ctx: Context) -> int:
    day = _day(ctx.args.day)
    remove_closure(ctx.database(), cli_actor(ctx), ctx.clock(), day)
    print(f"{day.isoformat()} dibuka kembali")
    return 0


def handle_closures(ctx: Context) -> int:
    rows = list_closures(ctx.database(), year=ctx.args.year)
    ctx.emit([{"day": c.day.isoformat(), "reason": c.reason, "added_by": c.added_by} for c in rows],
             "\n".join(f"{c.day.isoformat()}  {c.reason}  ({c.added_by})" for c in rows) or "(tidak ada)")
    return 0


def handle_due(ctx: Context) -> int:
    try:
        start = date.fromisoformat(ctx.args.start)
    except ValueError:
        raise CommandError(f"--from {ctx.args.start!r}: expected a date YYYY-MM-DD") from None
    if ctx.args.days < 0:
        raise CommandError(f"--days {ctx.args.days}: expected 0 or more working days")
    office = calendar_from_settings(ctx.settings, _hall_db(ctx))
    due = office.add_working_days(start, ctx.args.days)
    estimated = office.estimated_years(start, due)
    note = estimated_note(estimated)
    ctx.emit(
        {"from": start.isoformat(), "days": ctx.args.days, "due": due.isoformat(), "due_id": date_id(due),
         "estimated_years": list(estimated), "note_id": note[0] if note else None,
         "note_en": note[1] if note else None},
        due.isoformat() + (f"\n{note[0]} / {note[1]}" if note else ""),
    )
    return 0


def handle_open_at(ctx: Context) -> int:
    office = calendar_from_settings(ctx.settings, _hall_db(ctx))
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


def _day_values(given: list[str], start: tuple[str, ...], option: str) -> list[str]:
    values = list(start)
    for item in given:
        key, sep, value = item.partition("=")
        if not sep or key.strip().lower() not in WEEKDAY_KEYS:
            raise CommandError(f"{option} {item!r}: expected DAY=VALUE with DAY one of {', '.join(WEEKDAY_KEYS)}")
        values[WEEKDAY_KEYS.index(key.strip().lower())] = "" if value.strip().lower() in ("closed", "tutup") \
            else value.strip()
    return values


def handle_hours(ctx: Context) -> int:
    """Shows the week every terminal uses; with --day/--breaks/--cutoff, changes it for the hall."""
    calendar = calendar_from_settings(ctx.settings, ctx.database())
    week = HallWeek.of(calendar.settings)
    args = ctx.args
    if args.day or args.breaks or args.cutoff is not None:
        hours, breaks = week.texts()
        week = parse_week(_day_values(args.day, hours, "--day"), _day_values(args.breaks, breaks, "--breaks"),
                          args.cutoff if args.cutoff is not None else week.issue_cutoff_minutes)
        set_hall_week(ctx.database(), cli_actor(ctx), ctx.clock(), week)
    hours, breaks = week.texts()
    ctx.emit({"hours": dict(zip(WEEKDAY_KEYS, hours, strict=True)),
              "breaks": dict(zip(WEEKDAY_KEYS, breaks, strict=True)),
              "issue_cutoff_minutes": week.issue_cutoff_minutes},
             "\n".join(f"{name:<7} {h or 'tutup':<12} {('istirahat ' + b) if b else ''}".rstrip()
                       for name, h, b in zip(WEEKDAY_NAMES_ID, hours, breaks, strict=True))
             + f"\nPengambilan nomor berhenti {week.issue_cutoff_minutes} menit sebelum tutup.")
    return 0
