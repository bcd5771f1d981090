"""Imports every table module so ``Base.metadata`` is complete (Alembic, tests, dumps)."""

from kiosk.catalog import models as catalog_models
from kiosk.storage.base import Base

__all__ = ["Base", "catalog_models"]
