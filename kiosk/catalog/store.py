"""Storing imported services as versions, and reading them back."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kiosk.catalog.importer import ReadyService
from kiosk.catalog.models import Service, ServiceComponent, ServiceItem, ServiceVersion
from kiosk.catalog.nature import nature_of
from kiosk.catalog.views import ComponentView, ItemView, ServiceDetail, ServiceSummary
from kiosk.storage import Database


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.created)} new, {len(self.updated)} updated (new version), {len(self.unchanged)} unchanged"


def content_hash(ready: ReadyService) -> str:
    p = ready.parsed
    canonical = {
        "title": p.title,
        "sector": p.sector,
        "agency": p.agency,
        "is_demo": p.is_demo,
        "components": [[c.number, c.name, c.html] for c in sorted(p.components.values(), key=lambda c: c.number)],
    }
    return hashlib.sha256(json.dumps(canonical, ensure_ascii=False).encode()).hexdigest()


def store(session: Session, services: list[ReadyService], now: datetime) -> ImportReport:
    report = ImportReport()
    for ready in services:
        p, d = ready.parsed, ready.derived
        digest = content_hash(ready)
        existing = session.scalars(select(Service).where(Service.number == p.number)).one_or_none()
        if existing is None:
            existing = Service(number=p.number, current_version=0)
            session.add(existing)
            report.created.append(p.number)
        else:
            current = session.scalars(
                select(ServiceVersion).where(
                    ServiceVersion.service_id == existing.id,
                    ServiceVersion.version == existing.current_version,
                )
            ).one_or_none()
            if current is not None and current.content_hash == digest:
                report.unchanged.append(p.number)
                continue
            report.updated.append(p.number)
        existing.title, existing.kbli, existing.risk = p.title, d.kbli, d.risk
        existing.sector, existing.agency, existing.is_demo = p.sector, p.agency, p.is_demo
        existing.active = True
        existing.current_version += 1
        version = ServiceVersion(
            service=existing,
            version=existing.current_version,
            imported_at=now,
            source=p.source[-300:],
            content_hash=digest,
            title=p.title,
            kbli=d.kbli,
            risk=d.risk,
            processing_value=d.processing_value,
            processing_unit=d.processing_unit,
            fee=d.fee,
        )
        version.components = [
            ServiceComponent(number=c.number, name=c.name, group=c.group, text=c.html)
            for c in sorted(p.components.values(), key=lambda c: c.number)
        ]
        version.items = [ServiceItem(kind=i.kind, position=i.position, group=i.group, text=i.text) for i in d.items]
        session.add(version)
    session.flush()
    return report


def preview(session: Session, services: list[ReadyService]) -> ImportReport:
    """What ``store`` would do, without writing (``catalog import --dry-run``)."""
    report = ImportReport()
    for ready in services:
        existing = session.scalars(select(Service).where(Service.number == ready.parsed.number)).one_or_none()
        if existing is None:
            report.created.append(ready.parsed.number)
            continue
        digest = session.scalar(
            select(ServiceVersion.content_hash).where(
                ServiceVersion.service_id == existing.id,
                ServiceVersion.version == existing.current_version,
            )
        )
        (report.unchanged if digest == content_hash(ready) else report.updated).append(ready.parsed.number)
    return report


def _summary(s: Service) -> ServiceSummary:
    return ServiceSummary(
        number=s.number,
        title=s.title,
        kbli=s.kbli,
        risk=s.risk,
        sector=s.sector,
        agency=s.agency,
        active=s.active,
        is_demo=s.is_demo,
        version=s.current_version,
    )


def list_services(db: Database, *, include_inactive: bool = False) -> list[ServiceSummary]:
    """The service standards (the built-in information desk, number 0, is not one)."""
    with db.read() as session:
        query = select(Service).where(Service.number > 0).order_by(Service.number)
        if not include_inactive:
            query = query.where(Service.active.is_(True))
        return [_summary(s) for s in session.scalars(query)]


def _detail(service: Service, version: ServiceVersion) -> ServiceDetail:
    def items(kind: str) -> tuple[ItemView, ...]:
        return tuple(ItemView(i.group, i.position, i.text, nature_of(i.nature, i.text).value)
                     for i in version.items if i.kind == kind)

    summary = _summary(service)
    return ServiceDetail(
        summary=ServiceSummary(**{**summary.__dict__, "title": version.title, "version": version.version}),
        version_id=version.id,
        components=tuple(ComponentView(c.number, c.name, c.group, c.text) for c in version.components),
        requirements=items("requirement"),
        processing_value=version.processing_value,
        processing_unit=version.processing_unit,
        fee=version.fee,
        products=items("product"),
        complaint_channels=items("complaint_channel"),
        legal_basis=items("legal_basis"),
    )


def get_service(db: Database, number: int, version: int | None = None) -> ServiceDetail | None:
    with db.read() as session:
        return service_detail(session, number, version)


def service_detail(session: Session, number: int, version: int | None = None) -> ServiceDetail | None:
    service = session.scalars(select(Service).where(Service.number == number)).one_or_none()
    if service is None:
        return None
    row = session.scalars(
        select(ServiceVersion)
        .where(ServiceVersion.service_id == service.id, ServiceVersion.version == (version or service.current_version))
        .options(selectinload(ServiceVersion.components), selectinload(ServiceVersion.items))
    ).one_or_none()
    return None if row is None else _detail(service, row)


def version_detail(db: Database, version_id: int) -> ServiceDetail | None:
    """The exact text a ticket or survey was issued under."""
    with db.read() as session:
        row = session.get(
            ServiceVersion,
            version_id,
            options=[selectinload(ServiceVersion.components), selectinload(ServiceVersion.items)],
        )
        return None if row is None else _detail(row.service, row)
