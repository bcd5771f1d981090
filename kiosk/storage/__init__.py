"""Persistence: one SQLAlchemy 2 metadata, Alembic migrations, and the transaction discipline."""

from kiosk.storage.database import Database

__all__ = ["Database"]
