"""``mpp-kiosk ticket issue|show|verify``, and the helpers the queue commands share."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable

from kiosk.cli.cmd_staff import cli_actor
from kiosk.cli.context import CommandError, Context
from kiosk.cli.devices import configured_printer
from kiosk.printjobs import IssueOutcome, issue_and_print, reprint
from kiosk.queue import (
    Office,
    OfficeClosed,
    PrintState,
    QueueError,
    TicketView,
    get_ticket,
    issue_ticket,
)
from kiosk.queue.events import EventView
from kiosk.queue.signing import verified_ticket_id

Handler = Callable[[Context], int]


def office_of(ctx: Context) -> Office:
    return Office.from_settings(ctx.settings, ctx.database())


def refusals(handler: Handler) -> Handler:
    """Queue refusals become one clear line and exit status 2 (CommandError)."""

    @functools.wraps(handler)
    def run(ctx: Context) -> int:
        try:
            return handler(ctx)
        except OfficeClosed as exc:
            when = f" (next opening {exc.next_opening.isoformat()})" if exc.next_opening else ""
            raise CommandError(f"{exc}{when}") from exc
        except QueueError as exc:
            raise CommandError(str(exc)) from exc

    return run


def ticket_text(view: TicketView) -> str:
    lines = [f"{view.code}  layanan {view.service_number}: {view.service_title}"]
    facts = [f"antrean {view.queue} ({view.queue_name})", f"status {view.status_label}"]
    if view.priority_label:
        facts.append(f"prioritas: {view.priority_label}")
    if view.counter_name:
        facts.append(view.counter_name)
    if view.reserved_counter_name:
        facts.append(f"dipindahkan ke {view.reserved_counter_name}")
    lines.append(" · ".join(facts))
    if view.ahead is not None:
        ahead = "tidak ada antrean di depan Anda" if view.ahead == 0 else f"{view.ahead} orang di depan Anda"
        lines.append(f"{ahead} · perkiraan tunggu {view.wait_min}-{view.wait_max} menit")
    if view.print_state not in (PrintState.NOT_REQUIRED.value, PrintState.PRINTED.value):
        detail = f": {view.print_error}" if view.print_error else ""
        lines.append(f"cetak: {view.print_state}{detail}")
    lines.append(f"token: {view.token}")
    return "\n".join(lines)


def _event_text(event: EventView) -> str:
    where = f" {event.counter_name}" if event.counter_name else ""
    who = f" oleh {event.officer}" if event.officer else ""
    move = f" {event.from_status or '-'} → {event.to_status}" if event.to_status else ""
    return f"#{event.id} {event.at.isoformat()} {event.kind}{move}{where}{who}"


def parse_checklist(text: str | None) -> dict[int | str, str]:
    """``1=ada,2=belum,3=tidak_tahu`` (requirement order = answer)."""
    if not text:
        return {}
    answers: dict[int | str, str] = {}
    for part in text.split(","):
        key, sep, value = part.partition("=")
        if not sep or not key.strip().isdigit():
            raise CommandError(f"--checklist {text!r}: write it as 1=ada,2=belum,3=tidak_tahu")
        answers[int(key.strip())] = value.strip()
    return answers


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ticket", help="issue, show and verify queue tickets")
    ts = p.add_subparsers(dest="ticket_command", required=True, metavar="ACTION")
    issue = ts.add_parser("issue", help="issue a ticket for a service (refused outside issuing hours)")
    issue.add_argument("service", type=int, metavar="SERVICE_NUMBER")
    issue.add_argument("--priority", metavar="CATEGORY", help="lansia, disabilitas, ibu_hamil, ibu_balita, ...")
    issue.add_argument("--checklist", metavar="ANSWERS", help="requirement answers, e.g. 1=ada,2=belum,3=tidak_tahu")
    issue.add_argument(
        "--no-print",
        action="store_true",
        help="no paper: the ticket joins the line at once (scripting, screen-only kiosks)",
    )
    issue.add_argument("--terminal", help="name of the issuing terminal, for the record")
    issue.add_argument("--json", action="store_true")
    issue.set_defaults(handler=handle_issue)
    show = ts.add_parser("show", help="a ticket and its history (by id, today's code, or QR token)")
    show.add_argument("ticket", metavar="TICKET")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handle_show)
    again = ts.add_parser("reprint", help="print a ticket again on this terminal's printer (after a jam)")
    again.add_argument("ticket", metavar="TICKET")
    again.add_argument("--by", metavar="OFFICER_ID", help="the supervisor reprinting (checked and audited)")
    again.add_argument("--json", action="store_true")
    again.set_defaults(handler=handle_reprint)
    verify = ts.add_parser("verify", help="check a QR token's signature and show its ticket")
    verify.add_argument("token", metavar="TOKEN")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=handle_verify)


def _terminal(ctx: Context) -> str | None:
    return getattr(ctx.args, "terminal", None) or str(ctx.settings.get("terminal", "name")) or None


def _emit_outcome(ctx: Context, outcome: IssueOutcome) -> int:
    payload = {
        **outcome.ticket.to_json(),
        "printed": outcome.printed,
        "print_reason": outcome.reason_code,
        "message_id": outcome.message_id,
        "message_en": outcome.message_en,
        "paper_warning": outcome.paper_warning,
        "preview_png": str(outcome.preview_png) if outcome.preview_png else None,
    }
    lines = [ticket_text(outcome.ticket), outcome.message_id]
    if outcome.preview_png:
        lines.append(f"pratinjau / preview: {outcome.preview_png}")
    ctx.emit(payload, "\n".join(lines))
    # The ticket exists either way; a failed print is status 1 so scripts notice.
    return 0 if outcome.printed else 1


@refusals
def handle_issue(ctx: Context) -> int:
    office = office_of(ctx)
    checklist = parse_checklist(ctx.args.checklist)
    if ctx.args.no_print:
        view = issue_ticket(
            ctx.database(),
            ctx.args.service,
            office=office,
            now=ctx.clock(),
            priority=ctx.args.priority,
            checklist=checklist,
            print_state=PrintState.NOT_REQUIRED,
            terminal=_terminal(ctx),
        )
        ctx.emit(view.to_json(), ticket_text(view))
        return 0
    outcome = issue_and_print(
        ctx.database(),
        office,
        configured_printer(ctx),
        ctx.settings,
        ctx.args.service,
        now=ctx.clock(),
        priority=ctx.args.priority,
        checklist=checklist,
        terminal=_terminal(ctx),
        language=str(ctx.settings.get("terminal", "language")),
    )
    return _emit_outcome(ctx, outcome)


@refusals
def handle_reprint(ctx: Context) -> int:
    outcome = reprint(
        ctx.database(),
        office_of(ctx),
        configured_printer(ctx),
        ctx.settings,
        ctx.args.ticket,
        actor=cli_actor(ctx),
        now=ctx.clock(),
        language=str(ctx.settings.get("terminal", "language")),
    )
    return _emit_outcome(ctx, outcome)


@refusals
def handle_show(ctx: Context) -> int:
    view, history = get_ticket(ctx.database(), ctx.args.ticket, office=office_of(ctx), now=ctx.clock())
    ctx.emit(
        {**view.to_json(), "history": [e.to_json() for e in history]},
        "\n".join([ticket_text(view), "", *(_event_text(e) for e in history)]),
    )
    return 0


@refusals
def handle_verify(ctx: Context) -> int:
    office = office_of(ctx)
    with ctx.database().read() as session:
        ticket_id = verified_ticket_id(session, ctx.args.token, office.secret)
    view, _history = get_ticket(ctx.database(), ticket_id, office=office, now=ctx.clock())
    ctx.emit(
        {"valid": True, "ticket": view.to_json()},
        f"tiket sah: {view.code} (layanan {view.service_number}, {view.service_day.isoformat()}, {view.status_label})",
    )
    return 0
