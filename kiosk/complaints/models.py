"""Complaints and suggestions share one table; ``kind`` says which the entry became."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.base import Base, UtcDateTime


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_open", "status", "response_due"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    tracking_number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    suggestion_reason: Mapped[str | None] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(20))
    complainant_name: Mapped[str | None] = mapped_column(String(120))
    complainant_contact: Mapped[str | None] = mapped_column(String(120))
    service_number: Mapped[int | None] = mapped_column(Integer)
    service_title: Mapped[str | None] = mapped_column(Text)
    service_date: Mapped[date | None] = mapped_column(Date)
    matter: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_day: Mapped[date] = mapped_column(Date)
    response_due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    status_at: Mapped[datetime] = mapped_column(UtcDateTime)
    answer: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(40))
    counter: Mapped[str | None] = mapped_column(String(20))
    handled_by: Mapped[str | None] = mapped_column(String(40))
