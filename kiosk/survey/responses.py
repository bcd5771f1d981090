"""Opening a survey for a served ticket, and storing the answers exactly once.

The terminal asks twice: when the ticket is scanned (so the visitor is told at once if it
cannot be rated) and again inside the write transaction that stores the answers, because a
second terminal may have stored a response for the same ticket in between. The unique
constraint on ``ticket_id`` is the final word: whichever insert commits first wins, the other
gets the same "sudah disurvei" refusal as if it had been told at scan time.
"""

from __future__ import annotations

import hmac
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.catalog.models import Service, ServiceVersion
from kiosk.queue.errors import TokenError
from kiosk.queue.models import Counter, Event, Queue, Ticket
from kiosk.queue.signing import ticket_check_code, verified_ticket_id
from kiosk.queue.states import Status
from kiosk.queue.tokens import CHECK_CHARS, looks_like_token
from kiosk.storage import Database
from kiosk.survey.answers import Answers, SurveyRefused, SurveyTicket
from kiosk.survey.elements import ELEMENT_KEYS
from kiosk.survey.models import SurveyResponse
from kiosk.survey.profile import PROFILE_KEYS
from kiosk.survey.settings import SurveySettings

_CODE = re.compile(r"^([A-Z]{1,2})\s*[-\s]?\s*0*(\d{1,6})(?:\s*[-\s]?\s*([A-Z]{" + str(CHECK_CHARS) + r"}))?$")


def parse_code(text: str) -> tuple[str, int, str | None] | None:
    """``A-012-KMPTX``, ``a12kmptx`` and ``A 012 KMPTX`` all name queue A, number 12, check code
    KMPTX (None when only the number was typed); None if it is no code."""
    match = _CODE.match(text.strip().upper())
    return None if match is None else (match.group(1), int(match.group(2)), match.group(3))


def open_survey(
    db: Database, text: str, *, now: datetime, settings: SurveySettings, secret: str, timezone: str
) -> SurveyTicket:
    """The ticket named by a scanned QR token or a typed code, if it may be rated now."""
    with db.read() as session:
        ticket = _find_ticket(session, text, settings=settings, secret=secret)
        return _eligible(session, ticket, now=now, settings=settings, timezone=timezone)


def submit_response(
    db: Database,
    answers: Answers,
    *,
    ticket_id: int | None,
    now: datetime,
    settings: SurveySettings,
    timezone: str,
    terminal: str,
) -> int:
    """Store one response; returns its id. ``ticket_id`` None is a walk-up response, allowed
    only when the ``[survey] allow_anonymous`` setting is on."""
    checked = answers.checked()
    if ticket_id is None and not settings.allow_anonymous:
        raise SurveyRefused(
            "anonymous_off",
            "Survei di terminal ini hanya untuk pemegang tiket yang telah dilayani. Silakan pindai tiket Anda.",
            "This terminal surveys served tickets only. Please scan your ticket.",
        )
    try:
        with db.write() as session:
            row = SurveyResponse(
                source="anonymous" if ticket_id is None else "terminal",
                submitted_at=now,
                terminal=terminal[:120] or None,
                **{k: checked.scores[k] for k in ELEMENT_KEYS},
                **{k: checked.profile[k] for k in PROFILE_KEYS},
                saran=checked.suggestion,
            )
            if ticket_id is not None:
                ticket = session.get(Ticket, ticket_id)
                if ticket is None:
                    raise _unknown()
                served = _eligible(session, ticket, now=now, settings=settings, timezone=timezone)
                _copy_service(session, row, ticket, served)
            session.add(row)
            session.flush()
            return row.id
    except IntegrityError as exc:
        if "ticket_id" in str(exc.orig):
            raise _already() from None
        raise


def _find_ticket(session: Session, text: str, *, settings: SurveySettings, secret: str) -> Ticket:
    value = text.strip()
    if looks_like_token(value):
        try:
            ticket_id = verified_ticket_id(session, value, secret)
        except TokenError as exc:
            raise SurveyRefused("bad_token", exc.message_id, exc.message_en) from None
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise _unknown()
        return ticket
    if not settings.typed_codes:
        raise SurveyRefused(
            "scan_only",
            "Silakan pindai kode QR pada tiket Anda.",
            "Please scan the QR code on your ticket.",
        )
    code = parse_code(value)
    if code is None:
        raise _unknown()
    if code[2] is None:
        raise SurveyRefused(
            "check_code_needed",
            "Ketik kode survei lengkap yang tercetak di bawah kode QR tiket, misalnya A-012-KMPTX, "
            "atau pindai kode QR-nya.",
            "Type the whole survey code printed under the ticket's QR code, e.g. A-012-KMPTX, or scan the QR code.",
        )
    # Numbers restart every day; the newest ticket with this code is the one meant.
    ticket = session.scalars(
        select(Ticket)
        .join(Queue, Queue.id == Ticket.queue_id)
        .where(Queue.letter == code[0], Ticket.number == code[1])
        .order_by(Ticket.service_day.desc())
        .limit(1)
    ).first()
    if ticket is None or not hmac.compare_digest(code[2], ticket_check_code(session, ticket.id, secret)):
        raise _unknown()  # a wrong check code reads like an unknown ticket: nothing to learn from it
    return ticket


def _eligible(
    session: Session, ticket: Ticket, *, now: datetime, settings: SurveySettings, timezone: str
) -> SurveyTicket:
    if ticket.status != Status.DONE.value or ticket.finished_at is None:
        if ticket.status in (Status.NO_SHOW.value, Status.CANCELLED.value):
            raise SurveyRefused(
                "not_served",
                f"Tiket {ticket.code} tidak dilayani, sehingga tidak dapat disurvei.",
                f"Ticket {ticket.code} was not served, so it cannot be surveyed.",
            )
        raise SurveyRefused(
            "not_finished",
            f"Pelayanan untuk tiket {ticket.code} belum selesai. Silakan isi survei setelah selesai dilayani.",
            f"Service for ticket {ticket.code} has not finished yet. Please take the survey once served.",
        )
    zone = ZoneInfo(timezone)
    served_day = ticket.finished_at.astimezone(zone).date()
    if (now.astimezone(zone).date() - served_day).days > settings.window_days:
        raise _expired(ticket.code, settings)
    already = session.scalar(select(SurveyResponse.id).where(SurveyResponse.ticket_id == ticket.id))
    if already is not None:
        raise _already()
    service = session.get(Service, ticket.service_id)
    # The title the applicant was shown when the ticket was issued, not a later re-import's.
    version = session.get(ServiceVersion, ticket.version_id)
    counter_number, counter_name = _serving_counter(session, ticket)
    return SurveyTicket(
        ticket_id=ticket.id,
        code=ticket.code,
        service_number=service.number if service else 0,
        service_title=version.title if version else service.title if service else "",
        served_at=ticket.finished_at,
        counter_number=counter_number,
        counter_name=counter_name,
    )


def _finishing_event(session: Session, ticket: Ticket) -> Event | None:
    return session.scalars(
        select(Event)
        .where(Event.ticket_id == ticket.id, Event.to_status == Status.DONE.value)
        .order_by(Event.id.desc())
        .limit(1)
    ).first()


def _serving_counter(session: Session, ticket: Ticket) -> tuple[int | None, str | None]:
    event = _finishing_event(session, ticket)
    if event is not None and event.counter_number is not None:
        return event.counter_number, event.counter_name
    if ticket.counter_id is not None:
        counter = session.get(Counter, ticket.counter_id)
        if counter is not None:
            return counter.number, counter.name
    return None, None


def _copy_service(session: Session, row: SurveyResponse, ticket: Ticket, served: SurveyTicket) -> None:
    event = _finishing_event(session, ticket)
    row.ticket_id = ticket.id
    row.service_number = served.service_number
    row.service_version_id = ticket.version_id
    row.counter_number = served.counter_number
    row.officer = (event.officer if event is not None and event.officer else None) or ticket.officer
    queue_letter = event.queue if event is not None and event.queue else None
    if queue_letter is None:
        queue = session.get(Queue, ticket.current_queue_id)
        queue_letter = queue.letter if queue is not None else None
    row.queue = queue_letter


def _unknown() -> SurveyRefused:
    return SurveyRefused(
        "unknown",
        "Tiket tidak ditemukan. Periksa kembali kode pada tiket Anda.",
        "Ticket not found. Please check the code on your ticket.",
    )


def _already() -> SurveyRefused:
    return SurveyRefused(
        "already",
        "Tiket ini sudah disurvei. Terima kasih atas penilaian Anda.",
        "This ticket has already been surveyed. Thank you for your feedback.",
    )


def _expired(code: str, settings: SurveySettings) -> SurveyRefused:
    if settings.window_days == 0:
        when_id, when_en = "hanya pada hari pelayanan", "only on the day of service"
    else:
        when_id = f"sampai {settings.window_days} hari setelah pelayanan"
        when_en = f"up to {settings.window_days} day(s) after service"
    return SurveyRefused(
        "expired",
        f"Masa pengisian survei untuk tiket {code} sudah berakhir (survei dapat diisi {when_id}).",
        f"The survey period for ticket {code} has ended (a survey can be taken {when_en}).",
    )
