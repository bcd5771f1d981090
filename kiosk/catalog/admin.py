"""Importing a catalog from the console: a preview of what would change, or every ``FILE:LINE``
problem, before anything is written; then the import itself, all or nothing, permission-checked
and on record. Also switching a service on or off at the kiosks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from kiosk import audit
from kiosk.audit import Actor
from kiosk.catalog.importer import read_paths
from kiosk.catalog.models import Service
from kiosk.catalog.problems import CatalogImportError, Problem
from kiosk.catalog.store import ImportReport, preview, store
from kiosk.refusals import Refused
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database


@dataclass(frozen=True)
class ImportPreview:
    titles: dict[int, str] = field(default_factory=dict)
    report: ImportReport = field(default_factory=ImportReport)
    problems: tuple[Problem, ...] = ()

    @property
    def importable(self) -> bool:
        return not self.problems and bool(self.titles)


def preview_import(db: Database, actor: Actor, paths: list[Path], *, agency: str | None = None) -> ImportPreview:
    """What importing ``paths`` would do, written nowhere."""
    require(actor, Permission.MANAGE_CATALOG)
    try:
        ready = read_paths(paths, agency=agency)
    except CatalogImportError as exc:
        return ImportPreview(problems=tuple(exc.problems))
    with db.read() as session:
        report = preview(session, ready)
    return ImportPreview({r.parsed.number: r.parsed.title for r in ready}, report)


def import_catalog(db: Database, actor: Actor, now: datetime, paths: list[Path], *,
                   agency: str | None = None) -> ImportReport:
    """Read everything first; a single problem anywhere and nothing is written."""
    require(actor, Permission.MANAGE_CATALOG)
    try:
        ready = read_paths(paths, agency=agency)
    except CatalogImportError as exc:
        first = exc.problems[0] if exc.problems else None
        raise Refused(f"Tidak ada yang diimpor: {len(exc.problems)} masalah, misalnya "
                      f"{first.in_language('id') if first else '-'}",
                      f"Nothing was imported: {len(exc.problems)} problem(s), e.g. {first}",
                      code="catalog_problems") from exc
    with db.write() as session:
        report = store(session, ready, now)
        audit.record(session, actor, "catalog.import", now, subject=None,
                     files=[p.name for p in paths][:20], created=report.created, updated=report.updated,
                     unchanged=len(report.unchanged))
    return report


def set_service_active(db: Database, actor: Actor, now: datetime, number: int, active: bool) -> None:
    """A service switched off no longer shows at the kiosks; its tickets and versions stay."""
    require(actor, Permission.MANAGE_CATALOG)
    with db.write() as session:
        service = session.scalars(select(Service).where(Service.number == number)).one_or_none()
        if service is None:
            raise Refused(f"Layanan nomor {number} tidak ada.", f"There is no service number {number}.",
                          code="unknown_service")
        if service.active != active:
            service.active = active
            audit.record(session, actor, "catalog.activate" if active else "catalog.deactivate", now,
                         subject=f"service:{number}")
