"""Responses a survey terminal could not store (the database busy, unreachable or full), kept
in a file of the terminal's own and delivered when the database answers again.

The respondent has finished: answering nine questions again because a server rebooted is not
something to ask of anyone, and their answers count toward the index. A response the rules
refuse on delivery (the ticket was rated meanwhile on another terminal) is dropped and logged,
never stored twice. The file survives a restart of the terminal.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.faults import classify
from kiosk.survey.answers import Answers, SurveyRefused
from kiosk.survey.settings import SurveySettings

if TYPE_CHECKING:
    from kiosk.storage import Database

_LOG = logging.getLogger("kiosk.survey.outbox")


@dataclass(frozen=True)
class Pending:
    answers: Answers
    ticket_id: int | None
    submitted_at: datetime
    terminal: str

    def to_json(self) -> dict[str, object]:
        return {"scores": dict(self.answers.scores), "profile": dict(self.answers.profile),
                "suggestion": self.answers.suggestion, "ticket_id": self.ticket_id,
                "submitted_at": self.submitted_at.isoformat(), "terminal": self.terminal}

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> Pending:
        scores, profile = raw["scores"], raw["profile"]
        assert isinstance(scores, dict) and isinstance(profile, dict)
        ticket_id = raw["ticket_id"]
        return cls(
            Answers(scores, profile, str(raw["suggestion"]) if raw["suggestion"] is not None else None),
            int(str(ticket_id)) if ticket_id is not None else None,
            datetime.fromisoformat(str(raw["submitted_at"])),
            str(raw["terminal"]),
        )


@dataclass(frozen=True)
class Delivery:
    stored: int
    refused: int
    left: int


class Outbox:
    def __init__(self, path: Path) -> None:
        self.path = path

    def pending(self) -> list[Pending]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        kept = []
        for number, line in enumerate(lines, 1):
            try:
                kept.append(Pending.from_json(json.loads(line)))
            except (ValueError, KeyError, TypeError, AssertionError) as exc:
                # A line cut short by a power cut: the others still count.
                _LOG.warning("%s:%d: unreadable pending response skipped (%s)", self.path, number, exc)
        return kept

    def add(self, item: Pending) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
            out.flush()
            os.fsync(out.fileno())

    def _keep(self, items: list[Pending]) -> None:
        if not items:
            self.path.unlink(missing_ok=True)
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(i.to_json(), ensure_ascii=False) + "\n" for i in items)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)

    def deliver(self, db: Database, *, settings: SurveySettings, timezone: str) -> Delivery:
        """Store what is waiting, oldest first; stops at the first fault and keeps the rest."""
        # Here, not at the top: a terminal holds an outbox from its first frame, and the
        # database layer loads after it.
        from kiosk.survey.responses import submit_response

        items = self.pending()
        stored = refused = 0
        while items:
            item = items[0]
            try:
                submit_response(db, item.answers, ticket_id=item.ticket_id, now=item.submitted_at,
                                settings=settings, timezone=timezone, terminal=item.terminal)
            except SurveyRefused as exc:
                _LOG.warning("pending response for ticket %s refused on delivery: %s", item.ticket_id, exc.code)
                refused += 1
            except Exception as exc:
                if classify(exc) is None:
                    raise
                break
            else:
                stored += 1
            items.pop(0)
            self._keep(items)
        return Delivery(stored, refused, len(items))
