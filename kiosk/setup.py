"""``mpp-kiosk init``: create or upgrade the database and load what a new hall needs.

Every step is idempotent, so running init again after an upgrade of the program is safe.
Later capabilities add their own step to ``STEPS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from kiosk import bundled, config
from kiosk.catalog.importer import read_files
from kiosk.catalog.info import ensure_info_service
from kiosk.catalog.store import store
from kiosk.queue.layout import default_queues_step
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade

Step = Callable[[Database, config.Settings, datetime], str]


def load_bundled_catalog(db: Database, settings: config.Settings, now: datetime) -> str:
    ready = read_files(bundled.catalog_files(), agency=str(settings.get("office", "name")))
    with db.write() as session:
        report = store(session, ready, now)
    return f"catalog: {report.summary()}"


def info_service_step(db: Database, settings: config.Settings, now: datetime) -> str:
    with db.write() as session:
        added = ensure_info_service(session, now)
    return "information desk: " + ("added (service 0, the kiosk's 'Informasi / konsultasi')" if added else "present")


STEPS: list[Step] = [load_bundled_catalog, info_service_step, default_queues_step]


def initialise(db: Database, settings: config.Settings, now: datetime) -> list[str]:
    upgrade(db)
    return [step(db, settings, now) for step in STEPS]
