"""Editing a service at the console: its title, agency and checklist (each requirement a document
to bring or a condition to meet). An edit never changes a version in place: tickets, slips and
surveys point at the exact text they were issued under, so the edit becomes the service's next
version, with who made it in its source, and the audit log says what changed.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kiosk import audit
from kiosk.audit import Actor
from kiosk.catalog.models import Service, ServiceComponent, ServiceItem, ServiceVersion
from kiosk.catalog.nature import Nature, nature_of
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database

REQUIREMENTS_COMPONENT = 1  # "Persyaratan" in the 14 components of a Standar Pelayanan
TITLE_MAX = 300
AGENCY_MAX = 200
ITEM_MAX = 600


@dataclass(frozen=True)
class RequirementEdit:
    text: str
    nature: str = Nature.DOCUMENT.value
    group: str | None = None


@dataclass(frozen=True)
class VersionView:
    version: int
    made_at: datetime
    source: str  # the imported file, or "edit:<officer>" for an edit (console or command line)
    title: str
    requirements: int
    current: bool


def _service(session: Session, number: int) -> Service:
    service = session.scalars(select(Service).where(Service.number == number)).one_or_none()
    if service is None:
        raise Refused(f"Layanan nomor {number} tidak ada.", f"There is no service number {number}.",
                      code="unknown_service")
    return service


def service_versions(db: Database, number: int) -> list[VersionView]:
    """Every version of a service, the newest first."""
    with db.read() as session:
        service = _service(session, number)
        rows = session.scalars(select(ServiceVersion).where(ServiceVersion.service_id == service.id)
                               .options(selectinload(ServiceVersion.items))
                               .order_by(ServiceVersion.version.desc()))
        return [VersionView(v.version, v.imported_at, v.source, v.title,
                            sum(1 for i in v.items if i.kind == "requirement"), v.version == service.current_version)
                for v in rows]


def _clean(text: str, limit: int, what: tuple[str, str], *, required: bool = True) -> str:
    cleaned = " ".join(text.split())
    if required and not cleaned:
        raise Refused(f"{what[0]} tidak boleh kosong.", f"The {what[1]} cannot be empty.", code="empty")
    if len(cleaned) > limit:
        raise Refused(f"{what[0]} paling banyak {limit} karakter.", f"The {what[1]} has at most {limit} characters.",
                      code="too_long")
    return cleaned


def _requirements_html(items: Sequence[RequirementEdit]) -> str:
    """The Persyaratan component written again from the edited list, so the standard the kiosk
    shows and the checklist it asks never disagree."""
    parts: list[str] = []
    group: str | None = None
    open_list = False
    n = 0
    for item in items:
        if item.group != group or not open_list:
            if open_list:
                parts.append("</ol>")
            if item.group:
                parts.append(f"<p>{html.escape(item.group)}:</p>")
            parts.append("<ol>")
            group, open_list, n = item.group, True, 0
        n += 1  # numbered in the text, as the annexes do, so plain-text readers keep the numbers
        parts.append(f"<li>{n}. {html.escape(item.text)}</li>")
    if open_list:
        parts.append("</ol>")
    return "".join(parts)


def edit_service(db: Database, actor: Actor, now: datetime, number: int, *, title: str, agency: str,
                 requirements: Sequence[RequirementEdit]) -> int:
    """Writes the edit as the service's next version and returns its number; an edit that
    changes nothing writes nothing and returns the current version."""
    require(actor, Permission.MANAGE_CATALOG)
    new_title = _clean(title, TITLE_MAX, ("Nama layanan", "service name"))
    new_agency = _clean(agency, AGENCY_MAX, ("Instansi", "agency"), required=False) or None
    items = [RequirementEdit(_clean(r.text, ITEM_MAX, ("Persyaratan", "requirement")), Nature(r.nature).value,
                             (" ".join(r.group.split()) or None) if r.group else None)
             for r in requirements if r.text.strip()]
    if not items:
        raise Refused("Sedikitnya satu persyaratan harus ada.", "At least one requirement is needed.",
                      code="no_requirements")
    with db.write() as session:
        service = _service(session, number)
        current = session.scalars(
            select(ServiceVersion).where(ServiceVersion.service_id == service.id,
                                         ServiceVersion.version == service.current_version)
            .options(selectinload(ServiceVersion.components), selectinload(ServiceVersion.items))
        ).one()
        old = [RequirementEdit(i.text, nature_of(i.nature, i.text).value, i.group)
               for i in current.items if i.kind == "requirement"]
        before = {"title": current.title, "agency": service.agency,
                  "requirements": [[r.text, r.nature] for r in old]}
        after = {"title": new_title, "agency": new_agency, "requirements": [[r.text, r.nature] for r in items]}
        if before == after:
            return service.current_version
        service.current_version += 1
        service.title, service.agency = new_title, new_agency
        version = ServiceVersion(
            service=service, version=service.current_version, imported_at=now, source=f"edit:{actor.code}"[:300],
            content_hash=hashlib.sha256(json.dumps([current.content_hash, after], ensure_ascii=False)
                                        .encode()).hexdigest(),
            title=new_title, kbli=current.kbli, risk=current.risk, processing_value=current.processing_value,
            processing_unit=current.processing_unit, fee=current.fee)
        version.components = [
            ServiceComponent(number=c.number, name=c.name, group=c.group,
                             text=_requirements_html(items) if c.number == REQUIREMENTS_COMPONENT else c.text)
            for c in current.components
        ]
        version.items = [
            *(ServiceItem(kind="requirement", position=n, group=r.group, text=r.text, nature=r.nature)
              for n, r in enumerate(items, 1)),
            *(ServiceItem(kind=i.kind, position=i.position, group=i.group, text=i.text, nature=i.nature)
              for i in current.items if i.kind != "requirement"),
        ]
        session.add(version)
        changed = [k for k in after if before[k] != after[k]]
        audit.record(session, actor, "catalog.edit", now, subject=f"service:{number}", version=version.version,
                     changed=changed)
        return version.version
