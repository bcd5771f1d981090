"""The built-in "Informasi dan konsultasi" entry: a ticket for a visitor whose service is not in
the catalog, or who only has a question ("ktp" finds nothing, but the hall still helps them).

It is not a service standard: it has no components and no requirements, so the kiosk goes from
the button straight to the priority question and the ticket. Which queue calls it is set like
any service's (the console's Counters page, or ``queue set B --services 0``); without that it
joins the hall's fallback queue. Number 0 can never clash with an annex, whose numbers start at 1.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.catalog.models import Service, ServiceVersion
from kiosk.catalog.views import INFO_NUMBER

__all__ = ["INFO_NUMBER", "INFO_TITLE", "ensure_info_service"]
INFO_TITLE = "Informasi dan konsultasi"


def ensure_info_service(session: Session, now: datetime) -> bool:
    """Adds the entry once; True when it was added."""
    if session.scalars(select(Service.id).where(Service.number == INFO_NUMBER)).first() is not None:
        return False
    service = Service(number=INFO_NUMBER, title=INFO_TITLE, kbli=None, risk=None, sector=None, agency=None,
                      active=True, is_demo=False, current_version=1)
    session.add(service)
    session.add(ServiceVersion(service=service, version=1, imported_at=now, source="builtin:info",
                               content_hash="builtin:info", title=INFO_TITLE, kbli=None, risk=None,
                               processing_value=None, processing_unit=None, fee=None))
    session.flush()
    return True
