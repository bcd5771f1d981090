"""Every terminal of the hall says it is alive: its role, program version, when it was last
seen, and for kiosks the state of its printer, so the console can show which PC is off or out
of paper without walking the hall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from kiosk import __version__, audit
from kiosk.audit import Actor
from kiosk.printjobs.protocol import DocumentPrinter, PrintOutcome
from kiosk.receipts.document import Cut, Document, Rule, Text
from kiosk.receipts.indonesian_dates import format_datetime
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database
from kiosk.storage.base import Base, UtcDateTime

# Terminals beat every minute; after three missed beats the console calls one silent.
SILENT_AFTER = timedelta(minutes=3)


class TerminalSeen(Base):
    __tablename__ = "terminal"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    version: Mapped[str] = mapped_column(String(40))
    last_seen: Mapped[datetime] = mapped_column(UtcDateTime)
    printer_state: Mapped[str | None] = mapped_column(String(40))
    printer_message: Mapped[str | None] = mapped_column(String(300))
    # A supervisor asked this terminal to print a test page; it does at its next beat.
    test_print_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    test_print_by: Mapped[str | None] = mapped_column(String(40))


@dataclass(frozen=True)
class TerminalView:
    name: str
    role: str
    version: str
    last_seen: datetime
    printer_state: str | None
    printer_message: str | None
    test_print_pending: bool = False

    def silent(self, now: datetime) -> bool:
        return now - self.last_seen > SILENT_AFTER


def beat(db: Database, name: str, role: str, now: datetime, *, printer_state: str | None = None,
         printer_message: str | None = None) -> str | None:
    """Record that ``name`` is alive; returns who asked for a test print, once, if anyone did."""
    with db.write() as session:
        row = session.get(TerminalSeen, name[:120])
        if row is None:
            row = TerminalSeen(name=name[:120], role=role[:20], version=__version__[:40], last_seen=now)
            session.add(row)
        row.role, row.version, row.last_seen = role[:20], __version__[:40], now
        if printer_state is not None:
            row.printer_state, row.printer_message = printer_state[:40], (printer_message or "")[:300] or None
        asked_by = row.test_print_by if row.test_print_at is not None else None
        row.test_print_at = row.test_print_by = None
        return asked_by


def request_test_print(db: Database, actor: Actor, now: datetime, name: str) -> None:
    require(actor, Permission.MANAGE_TERMINALS)
    with db.write() as session:
        row = session.get(TerminalSeen, name)
        if row is None:
            raise Refused(f"Terminal {name} belum pernah terlihat.", f"Terminal {name} has never been seen.",
                          code="unknown_terminal")
        row.test_print_at, row.test_print_by = now, actor.code[:40]
        audit.record(session, actor, "terminal.test_print", now, subject=f"terminal:{name}")


def test_page(name: str, asked_by: str, now: datetime, timezone: str) -> Document:
    """What the printer of ``name`` prints when a supervisor asks: proof the whole path works."""
    local = format_datetime(now.astimezone(ZoneInfo(timezone)), with_zone=True)
    return Document((
        Text("CETAK UJI / TEST PRINT", align="center", bold=True, size=(1, 2)),
        Rule(),
        Text(f"Terminal: {name}"),
        Text(f"Diminta oleh / Asked by: {asked_by}"),
        Text(local),
        Rule(),
        Text("Jika halaman ini terbaca jelas, printer siap dipakai.", align="center"),
        Text("If this page reads clearly, the printer is ready.", align="center"),
        Cut(),
    ), title="test-print")


def list_terminals(db: Database) -> list[TerminalView]:
    with db.read() as session:
        rows = session.scalars(select(TerminalSeen).order_by(TerminalSeen.role, TerminalSeen.name))
        return [TerminalView(r.name, r.role, r.version, r.last_seen, r.printer_state, r.printer_message,
                             r.test_print_at is not None) for r in rows]


def print_test_page(db: Database, actor: Actor, now: datetime, printer: DocumentPrinter, name: str,
                    timezone: str) -> PrintOutcome:
    """A test page on this PC's own printer (the desk's receipt printer), on record."""
    require(actor, Permission.MANAGE_TERMINALS)
    outcome = printer.print_document(test_page(name, actor.code, now, timezone))
    with db.write() as session:
        audit.record(session, actor, "terminal.test_print", now, subject=f"terminal:{name}", here=True,
                     result=outcome.reason_code)
    return outcome
