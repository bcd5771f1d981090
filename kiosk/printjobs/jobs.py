"""The job flow: reserve (commit) -> print -> confirm or mark failed -> tell the applicant."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from kiosk import audit, config
from kiosk.audit import Actor
from kiosk.catalog.views import ServiceDetail
from kiosk.links import standard_link, ticket_link
from kiosk.printjobs.protocol import DocumentPrinter
from kiosk.queue.events import record_event
from kiosk.queue.issuing import issue_ticket, mark_print_failed, mark_printed
from kiosk.queue.models import Ticket
from kiosk.queue.office import Office
from kiosk.queue.queries import get_ticket
from kiosk.queue.states import Action, PrintState, Status
from kiosk.queue.transitions import act
from kiosk.queue.views import TicketView
from kiosk.receipts.document import Document
from kiosk.receipts.layouts import MissingDocs, TicketPrint, missing_documents, queue_ticket
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database

log = logging.getLogger(__name__)

# Shown when the printer layer itself blew up (a bug, a driver crash): the applicant still gets
# calm words and a valid number.
_CRASH_ID = "Mohon maaf, tiket tidak dapat dicetak."
_CRASH_EN = "Sorry, the ticket could not be printed."
INTERRUPTED = "interrupted"
ALREADY_PRINTED_ID = "Tiket Anda sudah dicetak sebelumnya. Silakan ambil tiket Anda."
ALREADY_PRINTED_EN = "Your ticket was already printed. Please take your ticket."


@dataclass(frozen=True)
class IssueOutcome:
    ticket: TicketView
    printed: bool
    reason_code: str
    message_id: str  # for the applicant, plain Indonesian
    message_en: str
    staff_message: str
    paper_warning: bool  # printed, but the roll is nearly out: warn staff before it runs out
    preview_png: Path | None


@dataclass(frozen=True)
class _Crashed:
    ok: bool = False
    reason_code: str = "printer_crashed"
    message_id: str = _CRASH_ID
    message_en: str = _CRASH_EN
    staff_message_id: str = "Program pencetak mengalami galat; lihat log terminal."
    warning: bool = False
    preview_png: Path | None = None


def _print(printer: DocumentPrinter, document: Document) -> tuple[bool, str, str, str, str, bool, Path | None]:
    try:
        result = printer.print_document(document)
        return (
            result.ok,
            result.reason_code,
            result.message_id,
            result.message_en,
            result.staff_message_id,
            result.warning,
            result.preview_png,
        )
    except Exception:
        log.exception("printing %r crashed", document.title)
        c = _Crashed()
        return (c.ok, c.reason_code, c.message_id, c.message_en, c.staff_message_id, c.warning, c.preview_png)


def counter_group(names: tuple[str, ...]) -> str:
    """``Loket 1-3`` for a run of numbered counters, else the names joined: an applicant reads
    "Loket 1 - Loket 3" as two counters."""
    numbers = [int(m.group(1)) for n in names if (m := re.fullmatch(r"Loket (\d+)", n))]
    if len(numbers) == len(names) > 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return f"Loket {numbers[0]}-{numbers[-1]}"
    return ", ".join(names)


def ticket_document(view: TicketView, settings: config.Settings, *, language: str = "id") -> Document:
    tz = ZoneInfo(str(settings.get("office", "timezone")))
    group = counter_group(view.counters)
    return queue_ticket(
        TicketPrint(
            office_name=str(settings.get("office", "hall")) or str(settings.get("office", "name")),
            office_address=str(settings.get("office", "address")),
            code=view.code,
            service_title=view.service_title,
            queue_name=view.queue_name,
            counter_group=group,
            ahead=view.ahead or 0,
            wait_min=view.wait_min,
            wait_max=view.wait_max,
            issued_at=view.issued_at.astimezone(tz),
            priority_label=f"Prioritas: {view.priority_label}" if view.priority_label else None,
            token=ticket_link(settings, view.token),
            survey_code=view.survey_code,
            # From the answers given at the kiosk, so a reprint says it too.
            consultation=any(answer != "ada" for answer in view.checklist.values()),
            language=language,
        )
    )


def _finish(
    db: Database,
    office: Office,
    printer: DocumentPrinter,
    settings: config.Settings,
    view: TicketView,
    now: datetime,
    terminal: str | None,
    language: str,
) -> IssueOutcome:
    ok, reason, msg_id, msg_en, staff, warning, preview = _print(
        printer, ticket_document(view, settings, language=language)
    )
    if ok:
        view = _confirm(db, office, view, now)
    else:
        view = mark_print_failed(db, view.id, f"{reason}: {staff}", office=office, now=now)
        # The printer layer says what went wrong with the printer; only here is it known that a
        # valid number exists, so the applicant hears that too.
        msg_id = f"{msg_id} Nomor antrean Anda {view.code} tetap berlaku dan petugas sudah diberi tahu."
        msg_en = f"{msg_en} Your queue number {view.code} is still valid and the staff have been told."
        if view.status == Status.ISSUED:
            # The applicant saw the number on screen and was told it stays valid: they join
            # the line now; staff see the failed print and can reprint.
            view = act(db, view.id, Action.ADMIT, office=office, now=now).ticket
    if warning or not ok:
        with db.write() as session:
            record_event(
                session, "printer_state", at=now, payload={"terminal": terminal, "reason": reason, "message": staff}
            )
    return IssueOutcome(view, ok, reason, msg_id, msg_en, staff, warning and ok, preview)


# Cheap (one UPDATE each), so frequent at first: a short lock is over in seconds.
CONFIRM_RETRY_S = (1.0, 2.0, 4.0, 5.0, 5.0, 5.0, 10.0, 10.0, 10.0, 30.0, 60.0, 120.0)


def _confirm(db: Database, office: Office, view: TicketView, now: datetime) -> TicketView:
    """Record that the paper came out. When the database cannot take it now (a lock held by a
    stuck client, an outage), the applicant is not kept waiting: they hold a printed, valid
    number. The confirmation is retried in the background for a few minutes; if this process
    ends first, the next recovery sweep of any process hands the ticket to the line."""
    try:
        return mark_printed(db, view.id, office=office, now=now)
    except DBAPIError as exc:  # busy, lost, locked: anything the database itself refused
        log.warning("ticket %s printed, but the confirmation could not be written yet (%s); retrying",
                    view.code, exc.__class__.__name__)
        threading.Thread(target=_confirm_later, args=(db, office, view, now), name=f"confirm-{view.code}",
                         daemon=True).start()
        return view


def _confirm_later(db: Database, office: Office, view: TicketView, now: datetime) -> None:
    for pause in CONFIRM_RETRY_S:
        time.sleep(pause)
        try:
            with db.write() as session:
                ticket = session.get(Ticket, view.id, with_for_update=True, populate_existing=True)
                if ticket is None or ticket.print_state == PrintState.PRINTED.value:
                    return
                mark_printed(session, view.id, office=office, now=now)
            log.info("ticket %s: print confirmed after a retry", view.code)
            return
        except DBAPIError:
            continue
    log.error("ticket %s: print still unconfirmed; the recovery sweep will hand it to the line", view.code)


def issue_and_print(
    db: Database,
    office: Office,
    printer: DocumentPrinter,
    settings: config.Settings,
    service_number: int,
    *,
    now: datetime,
    priority: str | None = None,
    checklist: Mapping[int | str, str] | None = None,
    terminal: str | None = None,
    language: str = "id",
    request_key: str | None = None,
) -> IssueOutcome:
    """Issue a ticket and print it. Raises the queue's refusals (office closed, unknown
    service) before anything is reserved; after that it never raises for a printer fault.

    With ``request_key`` (one per applicant visit) asking again returns the same ticket: printed
    again only if its paper never came out."""
    view = issue_ticket(
        db,
        service_number,
        office=office,
        now=now,
        priority=priority,
        checklist=checklist,
        print_state=PrintState.PENDING,
        terminal=terminal,
        request_key=request_key,
    )
    if request_key is not None and view.print_state == PrintState.PRINTED.value:
        return IssueOutcome(view, True, "already_printed", ALREADY_PRINTED_ID, ALREADY_PRINTED_EN, "", False, None)
    return _finish(db, office, printer, settings, view, now, terminal, language)


def reprint(
    db: Database,
    office: Office,
    printer: DocumentPrinter,
    settings: config.Settings,
    ref: str,
    *,
    actor: Actor,
    now: datetime,
    language: str = "id",
) -> IssueOutcome:
    """Print an existing ticket again (a supervisor, after a jam or for a lost paper): a second
    paper with a valid number, so it is a permission and an audit entry, whoever asks."""
    require(actor, Permission.REPRINT)
    view, _history = get_ticket(db, ref, office=office, now=now)
    outcome = _finish(db, office, printer, settings, view, now, actor.terminal, language)
    with db.write() as session:
        audit.record(session, actor, "queue.reprint", now, subject=f"ticket:{view.code}", printed=outcome.printed,
                     reason=outcome.reason_code)
    return outcome


# A ticket still "being printed" after this long was not confirmed by the terminal that issued
# it: that process died after the ticket row committed, or could not write the confirmation (a
# lock, an outage). Printing and confirming take seconds; a minute leaves live jobs alone.
UNCONFIRMED_AFTER = timedelta(seconds=60)


def unconfirmed_tickets(db: Database, *, now: datetime, own_terminal: str | None = None) -> list[int]:
    """Ids of tickets whose print was never confirmed: older than UNCONFIRMED_AFTER, or, at a
    terminal's own start, every one that terminal left behind."""
    stale = Ticket.issued_at <= now - UNCONFIRMED_AFTER
    condition = stale if own_terminal is None else (stale | (Ticket.terminal == own_terminal))
    with db.read() as session:
        # Sorted here, not by ORDER BY id: with the ordering SQLite's planner walks the whole
        # table by id (once ANALYZE has seen that nearly every ticket is printed, it guesses
        # "pending" matches them all) instead of the print-state index (0.4 s at 1M tickets, on
        # every command).
        return sorted(session.scalars(
            select(Ticket.id).where(Ticket.print_state == PrintState.PENDING.value, condition)
        ))


def recover_interrupted(
    db: Database, office: Office, *, now: datetime, terminal: str | None = None
) -> list[TicketView]:
    """Any process of the hall, at its start and now and then: tickets whose print was never
    confirmed are surfaced as failed prints and, on their own service day, admitted to the line.

    They are not printed again automatically: the paper may have come out, and a second copy of
    a number is worse than a staff reprint on request. ``terminal`` (a kiosk starting up) also
    takes that terminal's own pending tickets at once: its previous process is gone for sure.
    Two processes recovering at once is harmless: each ticket is re-checked under its row lock.
    """
    recovered = []
    for ticket_id in unconfirmed_tickets(db, now=now, own_terminal=terminal):
        with db.write() as session:
            ticket = session.get(Ticket, ticket_id, with_for_update=True, populate_existing=True)
            if ticket is None or ticket.print_state != PrintState.PENDING.value:
                continue  # confirmed or recovered meanwhile
            today = ticket.service_day == office.service_day(now)
            why = "the terminal stopped while printing" if today else "never confirmed (an earlier day)"
            view = mark_print_failed(session, ticket_id, f"{INTERRUPTED}: {why}", office=office, now=now)
            if today and view.status == Status.ISSUED:
                view = act(session, ticket_id, Action.ADMIT, office=office, now=now).ticket
        recovered.append(view)
    if recovered:
        log.warning("%d ticket(s) whose print was never confirmed were handed to the staff: %s",
                    len(recovered), ", ".join(v.code for v in recovered))
    return recovered


def print_missing_documents(
    printer: DocumentPrinter,
    settings: config.Settings,
    service: ServiceDetail,
    *,
    missing: list[str],
    unsure: list[str],
    now: datetime,
    language: str = "id",
    hours: Sequence[str] = (),
    all_items: bool = False,
) -> tuple[bool, str, str, Path | None]:
    """The slip of requirements not yet met (or, with ``all_items``, the whole list from "Lihat
    persyaratan"). No ticket rides on it, so a fault is only reported."""
    tz = ZoneInfo(str(settings.get("office", "timezone")))
    document = missing_documents(
        MissingDocs(
            office_name=str(settings.get("office", "hall")) or str(settings.get("office", "name")),
            service_number=str(service.number),
            service_title=service.title,
            missing=missing,
            unsure=unsure,
            help_text="Silakan bertanya di meja informasi atau loket konsultasi.",
            reference=standard_link(settings, service.number, service.summary.version),
            issued_at=now.astimezone(tz),
            language=language,
            office_address=str(settings.get("office", "address")),
            office_phone=str(settings.get("office", "phone")),
            hours=tuple(hours),
            all_items=all_items,
        )
    )
    ok, _reason, msg_id, msg_en, _staff, _warning, preview = _print(printer, document)
    return ok, msg_id, msg_en, preview
