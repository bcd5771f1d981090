"""Live updates: one watcher per web process asks the database for the newest queue event a few
times a second; every phone following a ticket waits on it and recomputes its own ticket only
when something happened in the hall. So 300 phones cost one query per tick while the hall is
quiet, and one read per phone per call while it is busy.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
from collections.abc import Callable

_LOG = logging.getLogger("ui.web.live")


class EventWatch:
    def __init__(self, latest: Callable[[], int], *, interval: float = 0.25) -> None:
        self._latest = latest
        self._interval = interval
        self._seen = -1
        self.version = 0
        self._changed = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.failing = False

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            try:
                newest = await asyncio.to_thread(self._latest)
                self.failing = False
            except Exception as exc:  # the database is away: phones keep what they show
                if not self.failing:
                    _LOG.warning("live updates paused: %s", exc)
                self.failing = True
                newest = self._seen
            if newest != self._seen:
                self._seen = newest
                self.version += 1
                changed, self._changed = self._changed, asyncio.Event()
                changed.set()
            await asyncio.sleep(self._interval)

    async def wait(self, version: int, timeout: float) -> int:
        """The version after ``version`` (at once if already newer), or the same after ``timeout``."""
        if self.version != version:
            return self.version
        changed = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), timeout)
        return self.version


class TicketBoard:
    """The tickets phones follow, worked out together once per change of the hall (one read of
    each queue's line for all of them), shared by every phone waiting for that change."""

    def __init__(self, compute: Callable[[frozenset[int]], dict[int, object]]) -> None:
        self._compute = compute
        self._followers: collections.Counter[int] = collections.Counter()
        self._version = -1
        self._views: dict[int, object] = {}
        self._pending: asyncio.Task[None] | None = None
        self._pending_version = -1

    def follow(self, ticket_id: int) -> None:
        self._followers[ticket_id] += 1

    def unfollow(self, ticket_id: int) -> None:
        self._followers[ticket_id] -= 1
        if self._followers[ticket_id] <= 0:
            del self._followers[ticket_id]

    async def view(self, ticket_id: int, version: int) -> object | None:
        """The ticket as of ``version`` (or newer); None if it was not among those worked out."""
        if self._version < version:
            if self._pending is None or self._pending_version < version:
                self._pending_version = version
                self._pending = asyncio.get_running_loop().create_task(self._run(version, frozenset(self._followers)))
            await asyncio.shield(self._pending)
        return self._views.get(ticket_id)

    async def _run(self, version: int, ids: frozenset[int]) -> None:
        views = await asyncio.to_thread(self._compute, ids)
        if version > self._version:
            self._version, self._views = version, views
