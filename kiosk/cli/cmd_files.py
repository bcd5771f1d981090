"""`files` commands: accept a complete file with its due date, list open files by due date."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.calendar.wording import estimated_note
from kiosk.catalog.derive import UNIT_LABELS_ID
from kiosk.cli.cmd_staff import cli_actor, office_calendar
from kiosk.cli.context import CommandError, Context
from kiosk.cli.devices import configured_printer
from kiosk.files import (
    FILE_STATUSES,
    AcceptedFile,
    FileError,
    Risk,
    accept_file,
    list_files,
    risk_of,
    set_file_status,
)
from kiosk.files.receipt import file_receipt
from kiosk.receipts.indonesian_dates import format_date
from kiosk.staff import StaffError, get_officer

RISK_MARK = {Risk.OVERDUE: "TERLAMBAT", Risk.DUE_TODAY: "HARI INI", Risk.AT_RISK: "BERISIKO"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("files", help="service requests accepted complete: accept, list, status")
    fs = p.add_subparsers(dest="files_command", required=True, metavar="ACTION")
    acc = fs.add_parser("accept", help="record a file as received complete; prints its due date")
    acc.add_argument("--service", type=int, required=True, metavar="NUMBER")
    acc.add_argument("--applicant", required=True, metavar="NAME")
    acc.add_argument("--contact", help="phone or e-mail of the applicant")
    acc.add_argument("--ticket", metavar="CODE", help="the queue ticket the applicant came with")
    acc.add_argument("--by", metavar="OFFICER_ID", help="the officer accepting (recorded in the audit log)")
    acc.add_argument("--counter")
    acc.add_argument("--print", action="store_true", help="print the tanda terima on the configured printer")
    acc.add_argument("--pdf", type=Path, metavar="FILE", help="also write the tanda terima as a PDF")
    acc.add_argument("--language", choices=("id", "en"), default="id", help="receipt language (Indonesian first)")
    acc.add_argument("--again", action="store_true",
                     help="accept although the same file was accepted today (a second application)")
    acc.add_argument("--json", action="store_true")
    acc.set_defaults(handler=handle_accept)
    ls = fs.add_parser("list", help="open files by due date, those at risk marked")
    ls.add_argument("--all", action="store_true", help="include completed and collected files")
    ls.add_argument("--at-risk", action="store_true", help="only overdue, due today or at risk")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handle_list)
    st = fs.add_parser("status", help="move a file forward: processing, completed, collected")
    st.add_argument("tracking_number")
    st.add_argument("status", choices=FILE_STATUSES[1:])
    st.add_argument("--by", metavar="OFFICER_ID")
    st.set_defaults(handler=handle_status)


def handle_accept(ctx: Context) -> int:
    db = ctx.database()
    try:
        f = accept_file(
            db,
            cli_actor(ctx),
            ctx.clock(),
            office_calendar(ctx),
            service_number=ctx.args.service,
            applicant_name=ctx.args.applicant,
            applicant_contact=ctx.args.contact,
            ticket_code=ctx.args.ticket,
            again=ctx.args.again,
        )
    except (FileError, StaffError) as exc:
        raise CommandError(str(exc)) from exc
    if ctx.args.print or ctx.args.pdf:
        _hand_out_receipt(ctx, f)
    unit = UNIT_LABELS_ID.get(f.processing_unit, f.processing_unit)
    ctx.emit(
        f.to_json(),
        f"{f.tracking_number}  {f.applicant_name}: {f.service_title}\n"
        f"waktu penyelesaian {f.processing_value} {unit}; selesai paling lambat {format_date(f.due_date)}"
        + (f"\n{note[0]}" if (note := estimated_note(f.estimated_years)) else ""),
    )
    return 0


def _hand_out_receipt(ctx: Context, f: AcceptedFile) -> None:
    # The device layer is imported only when a receipt is wanted, like Qt in `run`.
    from devices.printing.pdf import write_pdf

    officer = get_officer(ctx.database(), f.officer)
    doc = file_receipt(
        f,
        office_name=str(ctx.settings.get("office", "name")),
        office_address=str(ctx.settings.get("office", "address")),
        officer_name=officer.name if officer else "",
        timezone=ctx.timezone,
        language=ctx.args.language,
    )
    if ctx.args.pdf:
        write_pdf(doc, ctx.args.pdf)
    if ctx.args.print:
        result = configured_printer(ctx).print_document(doc)
        if not result.ok:
            # The file is accepted either way; the receipt can be printed again from the desk.
            why = result.staff_message_en
            raise CommandError(f"{f.tracking_number} accepted, but the receipt did not print: {why}")


def handle_list(ctx: Context) -> int:
    calendar = office_calendar(ctx)
    today = calendar.service_day(ctx.clock())
    rows = []
    for f in list_files(ctx.database(), open_only=not ctx.args.all):
        risk = risk_of(f, today, calendar)
        if ctx.args.at_risk and risk not in RISK_MARK:
            continue
        rows.append((f, risk))
    lines = [
        f"{f.due_date}  {RISK_MARK.get(risk, ''):<9} {f.tracking_number}  {f.status:<10} "
        f"{f.applicant_name}: {f.service_title}"
        for f, risk in rows
    ]
    ctx.emit(
        [{**f.to_json(), "risk": risk.value} for f, risk in rows],
        "\n".join(lines) or "(no open files)",
    )
    return 0


def handle_status(ctx: Context) -> int:
    try:
        f = set_file_status(ctx.database(), cli_actor(ctx), ctx.clock(), ctx.args.tracking_number, ctx.args.status)
    except (FileError, StaffError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"{f.tracking_number}: {f.status}")
    return 0
