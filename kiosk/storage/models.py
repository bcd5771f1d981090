"""Imports every table module so ``Base.metadata`` is complete (Alembic, tests, dumps)."""

from kiosk import terminals
from kiosk.audit import models as audit_models
from kiosk.calendar import closures, hours
from kiosk.catalog import models as catalog_models
from kiosk.complaints import models as complaint_models
from kiosk.files import models as file_models
from kiosk.queue import models as queue_models
from kiosk.staff import models as staff_models
from kiosk.storage import installation
from kiosk.storage.base import Base
from kiosk.survey import models as survey_models

__all__ = [
    "Base",
    "audit_models",
    "catalog_models",
    "closures",
    "complaint_models",
    "file_models",
    "hours",
    "installation",
    "queue_models",
    "staff_models",
    "survey_models",
    "terminals",
]
