"""Accepted files and the per-day counters their tracking numbers come from."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.base import Base, UtcDateTime


class TrackingSequence(Base):
    """Last number handed out per prefix and office day (files and complaints share it)."""

    __tablename__ = "tracking_sequence"

    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class ServiceFile(Base):
    __tablename__ = "service_file"
    __table_args__ = (Index("ix_service_file_due", "status", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str] = mapped_column(String(30), unique=True)
    service_number: Mapped[int] = mapped_column(Integer)
    service_version_id: Mapped[int | None] = mapped_column(ForeignKey("service_version.id", ondelete="SET NULL"))
    service_title: Mapped[str] = mapped_column(Text)
    applicant_name: Mapped[str] = mapped_column(String(120))
    applicant_contact: Mapped[str | None] = mapped_column(String(120))
    ticket_code: Mapped[str | None] = mapped_column(String(20))
    checklist: Mapped[str] = mapped_column(Text, default="[]")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_day: Mapped[date] = mapped_column(Date)
    processing_value: Mapped[int] = mapped_column(Integer)
    processing_unit: Mapped[str] = mapped_column(String(30))
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    status_at: Mapped[datetime] = mapped_column(UtcDateTime)
    officer: Mapped[str] = mapped_column(String(40))
    counter: Mapped[str | None] = mapped_column(String(20))
