"""What every command gets: settings, the clock, and the database opened on first use."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kiosk import clock as clock_mod
from kiosk import config, faults

if TYPE_CHECKING:
    from kiosk.storage import Database

_LOG = logging.getLogger("kiosk.cli")


class CommandError(Exception):
    """A refusal or bad input, reported as one clear line and exit status 2."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Context:
    args: argparse.Namespace
    settings: config.Settings
    clock: clock_mod.Clock
    _db: Database | None = field(default=None, init=False)

    @property
    def timezone(self) -> str:
        return str(self.settings.get("office", "timezone"))

    def database(self, *, migrated: bool = True) -> Database:
        if self._db is None:
            # Imported on first use: a kiosk draws its first screen before it needs the database.
            from kiosk.storage import Database
            from kiosk.storage.migrate import is_up_to_date

            self._db = Database(self.settings.database_url)
            if migrated and not is_up_to_date(self._db):
                _code, status, message_id, message_en = faults.SCHEMA
                raise CommandError(f"{message_id} / {message_en}", status=status)
            if migrated:
                self._recover_unconfirmed_prints()
        return self._db

    def _recover_unconfirmed_prints(self) -> None:
        """Every command is also a recovery sweep: a ticket whose print no process confirmed
        (its kiosk died, or the confirmation could not be written) joins the line now."""
        from kiosk.printjobs.jobs import recover_interrupted
        from kiosk.queue.office import Office

        assert self._db is not None
        try:
            recover_interrupted(self._db, Office.from_settings(self.settings, self._db), now=self.clock())
        except Exception as exc:  # the command itself will meet (and report) the same trouble
            _LOG.warning("recovery sweep skipped: %s", exc)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def emit(self, payload: Any, text: str) -> None:
        """Print JSON with --json, else the human text."""
        if getattr(self.args, "json", False):
            json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        else:
            print(text)
