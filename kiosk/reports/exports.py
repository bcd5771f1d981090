"""Reports for people on the console: built for a supervisor (the permission is checked here),
and exported as PDF, CSV or XLSX with an audit entry naming what left the system and where.

The survey suggestions and per-officer figures in these files are about people, so who exported
which report, when and into which file is on record, whichever screen asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from kiosk import audit, config
from kiosk.audit import Actor
from kiosk.reports.ikm_csv import write_ikm_csv
from kiosk.reports.ikm_figures import GroupBy, IkmReport, Scope
from kiosk.reports.ikm_pdf import write_ikm_pdf
from kiosk.reports.ikm_query import build_ikm_report
from kiosk.reports.ikm_xlsx import write_ikm_xlsx
from kiosk.reports.periods import Period
from kiosk.reports.queue_csv import write_queue_csv
from kiosk.reports.queue_figures import QueueReport
from kiosk.reports.queue_pdf import write_queue_pdf
from kiosk.reports.queue_query import build_queue_report
from kiosk.reports.queue_xlsx import write_queue_xlsx
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database
from kiosk.survey.ikm import Weight
from kiosk.survey.settings import survey_settings

Format = Literal["pdf", "csv", "xlsx"]
FORMATS: tuple[Format, ...] = ("pdf", "csv", "xlsx")
Report = IkmReport | QueueReport


@dataclass(frozen=True)
class ReportSource:
    """What every report of this office needs besides the period."""

    db: Database
    office: str
    hall: str
    timezone: str
    weight: Weight

    @classmethod
    def from_settings(cls, db: Database, settings: config.Settings) -> ReportSource:
        return cls(db, str(settings.get("office", "name")), str(settings.get("office", "hall")),
                   str(settings.get("office", "timezone")), survey_settings(settings).weight)


def ikm_report(source: ReportSource, actor: Actor, period: Period, *, now: datetime,
               by: GroupBy | None = None) -> IkmReport:
    require(actor, Permission.VIEW_REPORTS)
    return build_ikm_report(source.db, period, timezone=source.timezone, scope=Scope(), weight=source.weight,
                            office=source.office, hall=source.hall, now=now, by=by)


def queue_report(source: ReportSource, actor: Actor, period: Period, *, now: datetime) -> QueueReport:
    require(actor, Permission.VIEW_REPORTS)
    return build_queue_report(source.db, period, timezone=source.timezone, office=source.office, hall=source.hall,
                              now=now, service=None)


def file_name(report: Report, fmt: Format) -> str:
    kind = "ikm" if isinstance(report, IkmReport) else "antrean"
    by = f"-per-{report.by}" if isinstance(report, IkmReport) and report.by else ""
    return f"laporan-{kind}-{report.period.code.replace('..', '_')}{by}.{fmt}"


def export_report(source: ReportSource, actor: Actor, report: Report, fmt: Format, folder: Path, *,
                  now: datetime) -> Path:
    """Writes the file into ``folder`` (created if needed) and records the export."""
    require(actor, Permission.VIEW_REPORTS)
    path = folder / file_name(report, fmt)
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(report, IkmReport):
        {"pdf": write_ikm_pdf, "csv": write_ikm_csv, "xlsx": write_ikm_xlsx}[fmt](report, path)
    else:
        {"pdf": write_queue_pdf, "csv": write_queue_csv, "xlsx": write_queue_xlsx}[fmt](report, path)
    kind = "ikm" if isinstance(report, IkmReport) else "queue"
    with source.db.write() as session:
        audit.record(session, actor, "report.export", now, subject=f"report:{kind}:{report.period.code}",
                     format=fmt, file=path.name)
    return path
