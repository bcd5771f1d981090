"""What the TV shows, computed from queue events: the call now, the last calls, who each counter is
serving, and the waiting counts.

Pure Python (no Qt, no database), so the feed thread, a headless display and tests share it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.queue import EventView

CALL_KINDS = frozenset({"called", "recalled"})
# The ticket has left the counter that called it (not there, sent on, put aside): it comes off
# the board at once, or people walk to a counter that no longer expects them.
GONE_KINDS = frozenset({"skipped", "no_show", "transferred", "held", "cancelled"})
# The counter is free again (the recent calls keep the ticket: people check they were called).
FREED_KINDS = GONE_KINDS | {"completed"}
BOARD_KINDS = CALL_KINDS | FREED_KINDS | {"counter_closed"}
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
    serving: dict[int, ShownCall] = field(default_factory=dict)  # counter number -> its ticket now
    queues: frozenset[str] = frozenset()  # this display's zone (queue letters); empty: the whole hall

    @property
    def current(self) -> ShownCall | None:
        return self.calls[0] if self.calls else None

    def in_zone(self, event: EventView) -> bool:
        return not self.queues or event.queue in self.queues

    def show_history(self, events: Iterable[EventView]) -> None:
        """Today's earlier events, oldest first, shown at start without being announced."""
        for event in events:
            self.apply(event)

    def apply(self, event: EventView) -> ShownCall | None:
        """Updates the board; returns the call when the event is one (to be announced)."""
        self.last_event_id = max(self.last_event_id, event.id)
        if event.kind == "counter_closed" and event.counter_number is not None:
            self.serving.pop(event.counter_number, None)
            return None
        if not self.in_zone(event):
            return None
        if event.kind in FREED_KINDS and event.code is not None:
            self.serving = {n: c for n, c in self.serving.items() if c.code != event.code}
            if event.kind in GONE_KINDS:
                self.calls = [c for c in self.calls if c.code != event.code]
            return None
        call = ShownCall.from_event(event)
        if call is not None:
            self._push(call)
            self.serving = {n: c for n, c in self.serving.items() if c.code != call.code}
            self.serving[call.counter_number] = call
        return call

    def now_serving(self) -> list[ShownCall]:
        return [self.serving[n] for n in sorted(self.serving)]

    def _push(self, call: ShownCall) -> None:
        # A ticket shows once, at its latest call (after a transfer: at its new counter).
        self.calls = [c for c in self.calls if c.code != call.code]
        self.calls.insert(0, call)
        del self.calls[self.recent + 1 :]

    @staticmethod
    def fresh(call: ShownCall, now: datetime, stale_after: timedelta) -> bool:
        """Worth saying aloud: a call that arrives late (after a lost connection) is only shown."""
        return now - call.at <= stale_after
