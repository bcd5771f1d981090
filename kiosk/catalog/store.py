"""Storing imported services as versions, and reading them back."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from kiosk.catalog.importer import ReadyService
from kiosk.catalog.models import Service, ServiceComponent, ServiceItem, ServiceVersion
from kiosk.catalog.nature import nature_of
from kiosk.catalog.views import ComponentView, ItemView, ServiceDetail, ServiceSummary
from kiosk.storage import Database
from kiosk.storage.limits import check_rows


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
    """Each changed or new service gets a new version; a few bulk statements for the whole
    import (a 500-service annex was 500 round trips of lookups and ORM flushes)."""
    report = ImportReport()
    numbers = sorted({ready.parsed.number for ready in services})
    # number -> [service id or None, current version, hash of the current version]
    state: dict[int, list[Any]] = {}
    for chunk in _chunks(numbers):
        for number, sid, version, digest in session.execute(
            select(Service.number, Service.id, Service.current_version, ServiceVersion.content_hash)
            .outerjoin(ServiceVersion, (ServiceVersion.service_id == Service.id)
                       & (ServiceVersion.version == Service.current_version))
            .where(Service.number.in_(chunk))
        ):
            state[number] = [sid, version, digest]
    versions: list[tuple[ReadyService, int, str]] = []  # (service, version number, hash)
    for ready in services:
        number, digest = ready.parsed.number, content_hash(ready)
        known = state.get(number)
        if known is None:
            state[number] = known = [None, 0, None]
            report.created.append(number)
        elif known[2] == digest:
            report.unchanged.append(number)
            continue
        else:
            report.updated.append(number)
        known[1] += 1
        known[2] = digest
        versions.append((ready, known[1], digest))
    if not versions:
        return report
    latest = {ready.parsed.number: (ready, version) for ready, version, _ in versions}
    fresh = [_service_row(ready, version) for number, (ready, version) in latest.items() if state[number][0] is None]
    if fresh:
        check_rows(Service, fresh)
        for sid, number in session.execute(insert(Service).returning(Service.id, Service.number), fresh):
            state[number][0] = sid
    made = {row["number"] for row in fresh}
    changed = [{"id": state[number][0], **_service_row(ready, version)}
               for number, (ready, version) in latest.items() if number not in made]
    if changed:
        check_rows(Service, changed)
        session.execute(update(Service), changed)
    version_rows = [_version_row(ready, version, digest, state[ready.parsed.number][0], now)
                    for ready, version, digest in versions]
    check_rows(ServiceVersion, version_rows)
    ids = {(sid, number): vid for vid, sid, number in session.execute(
        insert(ServiceVersion).returning(ServiceVersion.id, ServiceVersion.service_id, ServiceVersion.version),
        version_rows,
    )}
    components, items = [], []
    for ready, version, _ in versions:
        vid = ids[(state[ready.parsed.number][0], version)]
        components += [{"version_id": vid, "number": c.number, "name": c.name, "group": c.group, "text": c.html}
                       for c in sorted(ready.parsed.components.values(), key=lambda c: c.number)]
        items += [{"version_id": vid, "kind": i.kind, "position": i.position, "group": i.group, "text": i.text,
                   "nature": None} for i in ready.derived.items]
    for model, rows in ((ServiceComponent, components), (ServiceItem, items)):
        if rows:
            check_rows(model, rows)
            # Core executemany: one statement for all rows (the ORM's bulk path split these).
            session.connection().execute(insert(model), rows)
    # Objects this session already holds (e.g. a service read before the import) must not
    # keep the old version number.
    session.expire_all()
    return report


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _service_row(ready: ReadyService, version: int) -> dict[str, Any]:
    p, d = ready.parsed, ready.derived
    return {"number": p.number, "title": p.title, "kbli": d.kbli, "risk": d.risk, "sector": p.sector,
            "agency": p.agency, "is_demo": p.is_demo, "active": True, "current_version": version}


def _version_row(ready: ReadyService, version: int, digest: str, service_id: int, now: datetime) -> dict[str, Any]:
    p, d = ready.parsed, ready.derived
    return {"service_id": service_id, "version": version, "imported_at": now, "source": p.source[-300:],
            "content_hash": digest, "title": p.title, "kbli": d.kbli, "risk": d.risk,
            "processing_value": d.processing_value, "processing_unit": d.processing_unit, "fee": d.fee}


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
