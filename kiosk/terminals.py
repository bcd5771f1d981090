"""Every terminal of the hall says it is alive: its role, program version, when it was last
seen, and for kiosks the state of its printer, so the console can show which PC is off or out
of paper without walking the hall."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, mapped_column

from kiosk import __version__
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


@dataclass(frozen=True)
class TerminalView:
    name: str
    role: str
    version: str
    last_seen: datetime
    printer_state: str | None
    printer_message: str | None

    def silent(self, now: datetime) -> bool:
        return now - self.last_seen > SILENT_AFTER


def beat(db: Database, name: str, role: str, now: datetime, *, printer_state: str | None = None,
         printer_message: str | None = None) -> None:
    with db.write() as session:
        row = session.get(TerminalSeen, name[:120])
        if row is None:
            row = TerminalSeen(name=name[:120], role=role[:20], version=__version__[:40], last_seen=now)
            session.add(row)
        row.role, row.version, row.last_seen = role[:20], __version__[:40], now
        if printer_state is not None:
            row.printer_state, row.printer_message = printer_state[:40], (printer_message or "")[:300] or None


def list_terminals(db: Database) -> list[TerminalView]:
    with db.read() as session:
        rows = session.scalars(select(TerminalSeen).order_by(TerminalSeen.role, TerminalSeen.name))
        return [TerminalView(r.name, r.role, r.version, r.last_seen, r.printer_state, r.printer_message) for r in rows]
