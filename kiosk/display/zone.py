"""A display's zone named by agency: the queues that call the agency's services, as the queue
layout routes them (a service no queue names goes to the hall's fallback queue)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from kiosk.catalog.models import Service
from kiosk.queue.models import Queue, QueueService
from kiosk.storage import Database


def queues_of_agencies(db: Database, agencies: Iterable[str]) -> frozenset[str]:
    wanted = {a.strip().casefold() for a in agencies if a.strip()}
    with db.read() as session:
        services = [sid for sid, agency in session.execute(select(Service.id, Service.agency).where(
            Service.active.is_(True))) if (agency or "").strip().casefold() in wanted]
        routed = dict(session.execute(select(QueueService.service_id, Queue.letter)
                                      .join(Queue, Queue.id == QueueService.queue_id)).all())
        fallback = session.scalar(select(Queue.letter).where(Queue.fallback.is_(True), Queue.active.is_(True)))
    letters = {routed.get(sid, fallback) for sid in services}
    return frozenset(letter for letter in letters if letter)
