"""Catalog tables: services, their imported versions, the 14 components and derived items."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kiosk.storage.base import Base, UtcDateTime


class Service(Base):
    """A service as the hall knows it now; its content lives in versions."""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text)
    kbli: Mapped[str | None] = mapped_column(String(10))
    risk: Mapped[str | None] = mapped_column(String(60))
    sector: Mapped[str | None] = mapped_column(String(120))
    agency: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    current_version: Mapped[int] = mapped_column(Integer, default=1)

    versions: Mapped[list[ServiceVersion]] = relationship(back_populates="service", order_by="ServiceVersion.version")


class ServiceVersion(Base):
    """One imported text of a service's standard. Tickets and surveys point here, so a later
    re-import never changes what an applicant was shown."""

    __tablename__ = "service_version"
    __table_args__ = (UniqueConstraint("service_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    kbli: Mapped[str | None] = mapped_column(String(10))
    risk: Mapped[str | None] = mapped_column(String(60))
    processing_value: Mapped[int | None] = mapped_column(Integer)
    processing_unit: Mapped[str | None] = mapped_column(String(30))
    fee: Mapped[int | None] = mapped_column(Integer)

    service: Mapped[Service] = relationship(back_populates="versions")
    components: Mapped[list[ServiceComponent]] = relationship(
        order_by="ServiceComponent.number", cascade="all, delete-orphan"
    )
    items: Mapped[list[ServiceItem]] = relationship(
        order_by="(ServiceItem.kind, ServiceItem.position)", cascade="all, delete-orphan"
    )


class ServiceComponent(Base):
    __tablename__ = "service_component"
    __table_args__ = (UniqueConstraint("version_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("service_version.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    group: Mapped[str] = mapped_column(String(1))
    text: Mapped[str] = mapped_column(Text)


class ServiceItem(Base):
    """An ordered item derived from a component: a requirement, a product, a complaint channel
    or a legal basis. The checklist at the kiosk is the requirement items."""

    __tablename__ = "service_item"
    __table_args__ = (UniqueConstraint("version_id", "kind", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("service_version.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    group: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    nature: Mapped[str | None] = mapped_column(String(10))  # requirements: document | condition (None: guessed)
