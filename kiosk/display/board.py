"""What the TV shows, computed from queue events: the call now, the last calls, the waiting counts.

Pure Python (no Qt, no database), so the feed thread, a headless display and tests share it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.queue import EventView

CALL_KINDS = frozenset({"called", "recalled"})
# Events after which the number of people waiting may differ.
LINE_KINDS = frozenset(
    {"issued", "printed", "print_failed", "admitted", "called", "resumed", "transferred", "cancelled",
     "counter_opened", "counter_closed", "held", "no_show"}
)


@dataclass(frozen=True)
class ShownCall:
    event_id: int
    code: str
    counter_number: int
    counter_name: str
    queue: str
    at: datetime
    recall: bool

    @classmethod
    def from_event(cls, event: EventView) -> ShownCall | None:
        if event.kind not in CALL_KINDS or event.code is None or event.counter_number is None:
            return None
        return cls(
            event_id=event.id,
            code=event.code,
            counter_number=event.counter_number,
            counter_name=event.counter_name or f"Loket {event.counter_number}",
            queue=event.queue or "",
            at=event.at,
            recall=event.kind == "recalled",
        )


@dataclass(frozen=True)
class WaitingLine:
    letter: str
    name: str
    waiting: int


@dataclass
class Board:
    """``calls`` newest first; a recall moves the call back to the top."""

    recent: int = 6
    calls: list[ShownCall] = field(default_factory=list)
    waiting: list[WaitingLine] = field(default_factory=list)
    last_event_id: int = 0

    @property
    def current(self) -> ShownCall | None:
        return self.calls[0] if self.calls else None

    def show_history(self, calls: Iterable[ShownCall]) -> None:
        """Today's earlier calls, oldest first, shown at start without being announced."""
        for call in calls:
            self._push(call)

    def apply(self, event: EventView) -> ShownCall | None:
        """Updates the board; returns the call when the event is one (to be announced)."""
        self.last_event_id = max(self.last_event_id, event.id)
        call = ShownCall.from_event(event)
        if call is not None:
            self._push(call)
        return call

    def _push(self, call: ShownCall) -> None:
        # The same ticket at the same counter shows once, at its latest call.
        self.calls = [c for c in self.calls if not (c.code == call.code and c.counter_number == call.counter_number)]
        self.calls.insert(0, call)
        del self.calls[self.recent + 1 :]

    @staticmethod
    def fresh(call: ShownCall, now: datetime, stale_after: timedelta) -> bool:
        """Worth saying aloud: a call that arrives late (after a lost connection) is only shown."""
        return now - call.at <= stale_after
