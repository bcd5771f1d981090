"""`staff` commands, and the actor and calendar helpers the file and complaint commands share."""

from __future__ import annotations

import argparse
import getpass
import sys
from zoneinfo import ZoneInfo

from kiosk import audit
from kiosk.audit import Actor, terminal_name
from kiosk.audit.chain import verify as verify_chain
from kiosk.calendar import OfficeCalendar
from kiosk.cli.context import CommandError, Context
from kiosk.queue.office import calendar_from_settings
from kiosk.staff import ROLES, StaffError, add_officer, get_officer, list_officers, set_pin, unlock
from kiosk.staff.admin import change_officer
from kiosk.staff.roles import Role

CLI_ACTOR = "cli"


def cli_actor(ctx: Context) -> Actor:
    """``--by OFFICER`` acts as that officer with their role; without it the person at the
    command line is the hall's administrator (they hold the database credentials anyway)."""
    code = getattr(ctx.args, "by", None)
    terminal = terminal_name(ctx.settings)
    if not code:
        return Actor(CLI_ACTOR, Role.ADMINISTRATOR.value, terminal, getattr(ctx.args, "counter", None))
    officer = get_officer(ctx.database(), code)
    if officer is None or not officer.active:
        raise CommandError(f"no active officer {code}")
    return Actor(officer.code, officer.role, terminal, getattr(ctx.args, "counter", None))


def office_calendar(ctx: Context) -> OfficeCalendar:
    try:
        return calendar_from_settings(ctx.settings, ctx.database())
    except ValueError as exc:
        raise CommandError(str(exc)) from exc



def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="officers: add, unlock, list; the audit log")
    ss = p.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = ss.add_parser("add", help="add an officer (the PIN is asked for, or read from standard input)")
    add.add_argument("code", metavar="OFFICER_ID")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, default="officer")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of standard input")
    add.add_argument("--by", metavar="OFFICER_ID", help="the administrator doing this (recorded in the audit log)")
    add.set_defaults(handler=handle_add)
    unl = ss.add_parser("unlock", help="lift a lockout after too many wrong PINs")
    unl.add_argument("code", metavar="OFFICER_ID")
    unl.add_argument("--by", metavar="OFFICER_ID", help="the supervisor doing this (recorded in the audit log)")
    unl.set_defaults(handler=handle_unlock)
    change = ss.add_parser("set", help="rename an officer, change the role, or (de)activate the account")
    change.add_argument("code", metavar="OFFICER_ID")
    change.add_argument("--name")
    change.add_argument("--role", choices=ROLES)
    change.add_argument("--active", choices=("yes", "no"))
    change.add_argument("--by", metavar="OFFICER_ID", help="the administrator doing this (recorded in the audit log)")
    change.set_defaults(handler=handle_set)
    pin = ss.add_parser("pin", help="set a new PIN for an officer (the PIN is asked for, or read from standard input)")
    pin.add_argument("code", metavar="OFFICER_ID")
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of standard input")
    pin.add_argument("--by", metavar="OFFICER_ID", help="the administrator doing this (recorded in the audit log)")
    pin.set_defaults(handler=handle_pin)
    ls = ss.add_parser("list", help="list officers and whether they are locked out")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handle_list)
    au = ss.add_parser("audit", help="show the audit log, newest first")
    au.add_argument("--officer", help="only this officer's actions")
    au.add_argument("--action", help="only actions starting with this, e.g. staff. or queue.call")
    au.add_argument("--limit", type=int, default=50)
    au.add_argument("--verify", action="store_true",
                    help="check the whole log's hash chain; exit 3 and name the first entry that was altered, "
                         "removed or inserted")
    au.add_argument("--json", action="store_true")
    au.set_defaults(handler=handle_audit)


def _read_pin(ctx: Context) -> str:
    if ctx.args.pin_stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise CommandError("give the PIN with --pin-stdin or type it at a terminal")
    first = getpass.getpass("PIN: ")
    if getpass.getpass("PIN again: ") != first:
        raise CommandError("the two PINs differ")
    return first


def handle_add(ctx: Context) -> int:
    db = ctx.database()
    actor = cli_actor(ctx)
    try:
        officer = add_officer(
            db, actor, ctx.clock(), code=ctx.args.code, name=ctx.args.name, role=ctx.args.role, pin=_read_pin(ctx)
        )
    except StaffError as exc:
        raise CommandError(str(exc)) from exc
    print(f"added {officer.role} {officer.code} ({officer.name})")
    return 0


def handle_set(ctx: Context) -> int:
    active = None if ctx.args.active is None else ctx.args.active == "yes"
    officer = change_officer(ctx.database(), cli_actor(ctx), ctx.clock(), ctx.args.code, name=ctx.args.name,
                             role=ctx.args.role, active=active)
    state = "active" if officer.active else "inactive"
    ctx.emit(officer.to_json(), f"{officer.code}: {officer.name}, {officer.role}, {state}")
    return 0


def handle_pin(ctx: Context) -> int:
    set_pin(ctx.database(), cli_actor(ctx), ctx.clock(), ctx.args.code, _read_pin(ctx))
    print(f"new PIN set for {ctx.args.code.strip().upper()}")
    return 0


def handle_unlock(ctx: Context) -> int:
    try:
        officer = unlock(ctx.database(), cli_actor(ctx), ctx.clock(), ctx.args.code)
    except StaffError as exc:
        raise CommandError(str(exc)) from exc
    print(f"unlocked {officer.code}")
    return 0


def handle_list(ctx: Context) -> int:
    now = ctx.clock()
    officers = list_officers(ctx.database())
    lines = []
    for o in officers:
        state = "locked" if o.locked_at(now) else ("inactive" if not o.active else "active")
        lines.append(f"{o.code:<12} {o.role:<14} {state:<9} {o.name}")
    ctx.emit([o.to_json() for o in officers], "\n".join(lines) or "(no officers; add one with `mpp-kiosk staff add`)")
    return 0


def handle_verify(ctx: Context) -> int:
    report = verify_chain(ctx.database())
    payload = {"ok": report.ok, "entries": report.entries, "last_seq": report.last_seq,
               "last_hash": report.last_hash, "problem": report.problem, "row_id": report.at_id}
    if report.ok:
        text = (f"audit log intact: {report.entries} entries, chain ends at #{report.last_seq} "
                f"{report.last_hash[:16]}… (keep this line to detect removal from the end)")
    else:
        text = f"AUDIT LOG TAMPERED: {report.problem}; the {report.entries - 1} entries before it are intact"
    ctx.emit(payload, text)
    return 0 if report.ok else 3


def handle_audit(ctx: Context) -> int:
    if ctx.args.verify:
        return handle_verify(ctx)
    rows = audit.entries(
        ctx.database(),
        actor=ctx.args.officer.upper() if ctx.args.officer else None,
        action_prefix=ctx.args.action,
        limit=ctx.args.limit,
    )
    tz = ZoneInfo(ctx.timezone)
    lines = [
        f"{r.at.astimezone(tz):%Y-%m-%d %H:%M:%S}  {r.actor:<10} {r.terminal:<16} {r.counter or '-':<4} "
        f"{r.action:<22} {r.subject or ''}"
        for r in rows
    ]
    ctx.emit([r.to_json() for r in rows], "\n".join(lines) or "(the audit log is empty)")
    return 0
