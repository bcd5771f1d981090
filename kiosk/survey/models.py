"""Stored SKM responses, and the paper-form files they were imported from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.base import Base, UtcDateTime
from kiosk.survey.elements import ELEMENT_KEYS

SOURCES = ("terminal", "paper", "anonymous")


class SurveyImport(Base):
    """One imported CSV file. Its hash is unique, so the same stack of forms is never counted
    twice by importing the file again."""

    __tablename__ = "survey_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(300))
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    imported_by: Mapped[str] = mapped_column(String(120))


class SurveyResponse(Base):
    """One filled-in survey.

    ``ticket_id`` is unique, so a visit is rated once however many terminals race to store it;
    it is empty only for walk-up ("anonymous") and paper responses, and a check constraint ties
    the two together so a terminal response can never lose its ticket. Service, queue, counter
    and officer are copied from the ticket when stored: reports group on them over a quarter of
    rows without joining the queue tables, and they still say who served if a ticket is ever
    corrected afterwards.
    """

    __tablename__ = "survey_response"
    __table_args__ = (
        CheckConstraint("source IN ('terminal', 'paper', 'anonymous')", name="source"),
        CheckConstraint("(source = 'terminal') = (ticket_id IS NOT NULL)", name="ticket_iff_terminal"),
        *(CheckConstraint(f"{key} BETWEEN 1 AND 4", name=f"{key}_score") for key in ELEMENT_KEYS),
        Index("ix_survey_response_submitted_at", "submitted_at"),
        Index("ix_survey_response_service_submitted", "service_number", "submitted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), unique=True)
    source: Mapped[str] = mapped_column(String(10))
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    service_number: Mapped[int | None] = mapped_column(Integer)
    service_version_id: Mapped[int | None] = mapped_column(ForeignKey("service_version.id", ondelete="SET NULL"))
    queue: Mapped[str | None] = mapped_column(String(2))
    counter_number: Mapped[int | None] = mapped_column(Integer)
    officer: Mapped[str | None] = mapped_column(String(60))
    terminal: Mapped[str | None] = mapped_column(String(120))
    import_id: Mapped[int | None] = mapped_column(ForeignKey("survey_import.id"))
    u1: Mapped[int | None] = mapped_column(SmallInteger)
    u2: Mapped[int | None] = mapped_column(SmallInteger)
    u3: Mapped[int | None] = mapped_column(SmallInteger)
    u4: Mapped[int | None] = mapped_column(SmallInteger)
    u5: Mapped[int | None] = mapped_column(SmallInteger)
    u6: Mapped[int | None] = mapped_column(SmallInteger)
    u7: Mapped[int | None] = mapped_column(SmallInteger)
    u8: Mapped[int | None] = mapped_column(SmallInteger)
    u9: Mapped[int | None] = mapped_column(SmallInteger)
    umur: Mapped[str | None] = mapped_column(String(8))
    jenis_kelamin: Mapped[str | None] = mapped_column(String(1))
    pendidikan: Mapped[str | None] = mapped_column(String(8))
    pekerjaan: Mapped[str | None] = mapped_column(String(12))
    saran: Mapped[str | None] = mapped_column(Text)
