"""Staff actions on one ticket: recall, serve, complete, skip, hold, resume, cancel, admit and
transfer. Each locks the ticket row, checks the move against :mod:`kiosk.queue.states`, records
counter and officer, and writes its event in the same transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kiosk.queue.errors import IllegalTransition, QueueError
from kiosk.queue.events import record_event
from kiosk.queue.lookup import TicketRef, find_ticket, get_counter, get_queue
from kiosk.queue.models import Counter, Queue, Ticket
from kiosk.queue.office import Office
from kiosk.queue.presenting import ticket_view
from kiosk.queue.priority import TransferRule
from kiosk.queue.states import AT_COUNTER, Action, Status, check
from kiosk.queue.transactions import in_write
from kiosk.queue.views import ActionResult
from kiosk.storage import Database

# Actions that put a ticket (back) into a line: only for today's tickets, or yesterday's
# leftovers would be called before today's visitors.
_REJOINS = frozenset({Action.RESUME, Action.TRANSFER, Action.ADMIT})

TRANSFER_RULE_WORDS = {
    TransferRule.FRONT: ("di depan antrean", "at the front of the line"),
    TransferRule.BY_ISSUE_TIME: ("sesuai waktu ambil nomor", "by the time the ticket was issued"),
    TransferRule.BACK: ("di belakang antrean", "at the back of the line"),
}


class _Outcome:
    def __init__(self, kind: str, message_id: str, message_en: str, payload: dict[str, Any] | None = None) -> None:
        self.kind, self.message_id, self.message_en = kind, message_id, message_en
        self.payload = payload or {}


def _where(counter: Counter | None) -> tuple[str, str]:
    return (f" di {counter.name}", f" at {counter.name}") if counter is not None else ("", "")


def _apply(
    session: Session,
    ticket: Ticket,
    action: Action,
    status: Status,
    *,
    now: datetime,
    queue: Queue,
    counter: Counter | None,
    to_queue: str | None,
    to_counter: int | None = None,
) -> tuple[Status, _Outcome]:
    code = ticket.code
    at_id, at_en = _where(counter)
    if action is Action.RECALL:
        if ticket.recall_count >= queue.max_recalls:
            ticket.finished_at = now
            return Status.NO_SHOW, _Outcome(
                "no_show",
                f"{code} dinyatakan tidak hadir: sudah {ticket.recall_count} kali dipanggil ulang "
                f"(batas antrean {queue.letter}: {queue.max_recalls}).",
                f"{code} marked as no-show: already recalled {ticket.recall_count} times "
                f"(queue {queue.letter} allows {queue.max_recalls}).",
                {"reason": "max_recalls", "recall_count": ticket.recall_count},
            )
        ticket.recall_count += 1
        return status, _Outcome(
            "recalled",
            f"{code} dipanggil ulang (ke-{ticket.recall_count} dari {queue.max_recalls}){at_id}.",
            f"{code} recalled ({ticket.recall_count} of {queue.max_recalls}){at_en}.",
            {"recall_count": ticket.recall_count, "max_recalls": queue.max_recalls},
        )
    if action is Action.SERVE:
        ticket.serving_at = now
        return status, _Outcome("serving", f"{code} sedang dilayani{at_id}.", f"{code} is being served{at_en}.")
    if action is Action.COMPLETE:
        ticket.finished_at = now
        return status, _Outcome("completed", f"{code} selesai dilayani{at_id}.", f"{code} is done{at_en}.")
    if action is Action.SKIP:
        ticket.finished_at = now
        return status, _Outcome(
            "skipped",
            f"{code} dilewati karena tidak hadir{at_id}.",
            f"{code} skipped as not present{at_en}.",
            {"reason": "skip", "recall_count": ticket.recall_count},
        )
    if action is Action.HOLD:
        return status, _Outcome(
            "held",
            f"{code} ditunda; lanjutkan dari daftar tiket tertunda saat pemohon kembali.",
            f"{code} is on hold; continue it from the held tickets when the applicant is back.",
        )
    if action is Action.RESUME:
        _rejoin(ticket)
        reserved = session.get(Counter, ticket.reserved_counter_id) if ticket.reserved_counter_id else None
        if reserved is not None and reserved.is_open:
            return status, _Outcome(
                "resumed",
                f"{code} kembali menunggu panggilan {reserved.name}.",
                f"{code} is waiting for {reserved.name} again.",
            )
        # A no-show sent to a counter that has closed since: its line, not a desk nobody sits at.
        ticket.reserved_counter_id = None
        return status, _Outcome(
            "resumed",
            f"{code} kembali ke antrean {queue.letter} di tempatnya semula.",
            f"{code} is back in queue {queue.letter} at its previous place.",
        )
    if action is Action.CANCEL:
        ticket.finished_at = now
        return status, _Outcome("cancelled", f"{code} dibatalkan.", f"{code} is cancelled.")
    if action is Action.ADMIT:
        return status, _Outcome(
            "admitted", f"{code} masuk antrean {queue.letter}.", f"{code} joined queue {queue.letter}."
        )
    assert action is Action.TRANSFER
    if to_counter is not None:
        return status, _to_counter(session, ticket, queue, to_counter, to_queue, now=now)
    if to_queue is None:
        raise ValueError("transfer needs the target queue or counter")
    target = get_queue(session, to_queue)
    if target.id == ticket.current_queue_id and ticket.reserved_counter_id is None:
        raise IllegalTransition(
            f"{code} sudah berada di antrean {target.letter}.",
            f"{code} is already in queue {target.letter}.",
            ticket_code=code,
            status=ticket.status,
            action=action.value,
        )
    _check_active(target)
    rule = TransferRule(target.transfer_rule)
    ticket.lane = 0 if rule is TransferRule.FRONT else 1
    ticket.rank_at = ticket.issued_at if rule is TransferRule.BY_ISSUE_TIME else now
    ticket.current_queue_id = target.id
    ticket.reserved_counter_id = None
    _rejoin(ticket)
    words_id, words_en = TRANSFER_RULE_WORDS[rule]
    return status, _Outcome(
        "transferred",
        f"{code} dipindahkan dari antrean {queue.letter} ke antrean {target.letter} ({target.name}) "
        f"dengan nomor yang sama, {words_id}.",
        f"{code} moved from queue {queue.letter} to queue {target.letter} ({target.name}) keeping its "
        f"number, {words_en}.",
        {"from_queue": queue.letter, "to_queue": target.letter, "rule": rule.value},
    )


def _check_active(target: Queue) -> None:
    if not target.active:
        raise QueueError(f"Antrean {target.letter} tidak aktif.", f"Queue {target.letter} is not active.")


def _to_counter(
    session: Session, ticket: Ticket, queue: Queue, number: int, to_queue: str | None, *, now: datetime
) -> _Outcome:
    """Reserve the ticket for one counter, which calls it before its own lines.

    The ticket stays in its queue (or moves to ``to_queue``) so the hall's counts and reports
    still see it there; only the reserved counter will call it. It goes to the back of that
    counter's transfers, which are few, so "next" is what the officer can promise.
    """
    code = ticket.code
    target = get_counter(session, number)
    if not target.is_open:
        raise QueueError(
            f"{target.name} sedang tutup; pilih loket yang buka.",
            f"{target.name} is closed; choose an open counter.",
        )
    waiting_there = ticket.reserved_counter_id == target.id and ticket.status == Status.WAITING.value
    at_there = ticket.counter_id == target.id and ticket.status in {s.value for s in AT_COUNTER}
    if waiting_there or at_there:
        raise IllegalTransition(
            f"{code} sudah berada di {target.name}.",
            f"{code} is already with {target.name}.",
            ticket_code=code,
            status=ticket.status,
            action=Action.TRANSFER.value,
        )
    line = queue
    if to_queue is not None:
        line = get_queue(session, to_queue)
        _check_active(line)
    ticket.current_queue_id = line.id
    ticket.reserved_counter_id = target.id
    ticket.lane = 0
    ticket.rank_at = now
    _rejoin(ticket)
    return _Outcome(
        "transferred",
        f"{code} dipindahkan ke {target.name} dengan nomor yang sama; {target.name} akan memanggilnya "
        "sebelum antrean lainnya.",
        f"{code} moved to {target.name} keeping its number; {target.name} will call it before its other lines.",
        {
            "from_queue": queue.letter,
            "to_queue": line.letter,
            "to_counter": target.number,
            "to_counter_name": target.name,
            "rule": "counter",
        },
    )


def _rejoin(ticket: Ticket) -> None:
    """Back in a line: no counter, no call history for the new turn (estimates measure it)."""
    ticket.counter_id = None
    ticket.called_at = None
    ticket.serving_at = None
    ticket.finished_at = None
    ticket.recall_count = 0


def act(
    target: Database | Session,
    ref: TicketRef,
    action: Action | str,
    *,
    office: Office,
    now: datetime,
    counter: int | None = None,
    officer: str | None = None,
    to_queue: str | None = None,
    to_counter: int | None = None,
) -> ActionResult:
    """Apply one staff ``action`` to the ticket ``ref`` (id, today's code, or QR token).

    ``counter`` is where the officer sits; for a ticket at a counter it must be that counter.
    Raises IllegalTransition for a move the ticket's state does not allow, UnknownTicket,
    UnknownCounter or UnknownQueue.
    """
    step = Action(action)
    if step is Action.CALL:
        raise ValueError("calls go through call_next, which applies the queue's policy")
    day = office.service_day(now)

    def work(session: Session) -> ActionResult:
        ticket = find_ticket(session, ref, secret=office.secret, today=day, lock=True)
        before = ticket.status
        status = check(step, before, ticket.code)
        here = get_counter(session, counter) if counter is not None else None
        holder = session.get(Counter, ticket.counter_id) if ticket.counter_id is not None else None
        if here is not None and before in AT_COUNTER and holder is not None and holder.id != here.id:
            raise IllegalTransition(
                f"{ticket.code} sedang ditangani {holder.name}, bukan {here.name}.",
                f"{ticket.code} is with {holder.name}, not {here.name}.",
                ticket_code=ticket.code,
                status=before,
                action=step.value,
            )
        if step in _REJOINS and ticket.service_day != day:
            raise IllegalTransition(
                f"{ticket.code} berasal dari hari layanan {ticket.service_day.isoformat()}; hanya tiket "
                "hari ini yang dapat kembali ke antrean.",
                f"{ticket.code} is from service day {ticket.service_day.isoformat()}; only today's tickets "
                "can rejoin a line.",
                ticket_code=ticket.code,
                status=before,
                action=step.value,
            )
        queue = session.get(Queue, ticket.current_queue_id)
        assert queue is not None
        where = here or (holder if before in AT_COUNTER else None)
        status, outcome = _apply(
            session, ticket, step, status, now=now, queue=queue, counter=where, to_queue=to_queue, to_counter=to_counter
        )
        ticket.status = status.value
        if officer is not None:
            ticket.officer = officer
        session.flush()
        view = ticket_view(session, ticket, office, now)
        record_event(
            session,
            outcome.kind,
            at=now,
            ticket=ticket,
            queue=view.queue,
            counter=where,
            officer=officer,
            from_status=before,
            to_status=status.value,
            payload=outcome.payload,
        )
        return ActionResult(view, step.value, outcome.message_id, outcome.message_en)

    return in_write(target, work)


def transfer_ticket(
    target: Database | Session,
    ref: TicketRef,
    to_queue: str | None = None,
    *,
    office: Office,
    now: datetime,
    counter: int | None = None,
    officer: str | None = None,
    to_counter: int | None = None,
) -> ActionResult:
    """Move to queue ``to_queue`` (placed by that queue's rule) or to counter ``to_counter``
    (called next by that counter), keeping number and issue time."""
    if to_queue is None and to_counter is None:
        raise ValueError("transfer needs the target queue or counter")
    return act(
        target,
        ref,
        Action.TRANSFER,
        office=office,
        now=now,
        counter=counter,
        officer=officer,
        to_queue=to_queue,
        to_counter=to_counter,
    )
