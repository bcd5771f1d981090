"""A display without a screen: follows the hall and speaks (or records) every call.

Useful where a hall has loudspeakers but no TV, to check a hall's feed from any PC, and for the
multi-process test and benchmark, which run it with ``--record``::

    python -m ui.display.headless --config display.toml [--db URL] [--record] [--seconds N]

It prints ``READY <event id>`` once it follows the hall, then one JSON line per call it hands to
the voice: ``{"event_id", "code", "counter", "recall", "text", "seen_at"}`` (``seen_at`` is
the wall-clock time it received the event, for latency measurements).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from datetime import timedelta
from types import FrameType

from devices.sound import Player, RecordingPlayer
from kiosk import clock as clock_mod
from kiosk import config
from kiosk.announce import call_phrase
from kiosk.audit import terminal_name
from kiosk.display.board import ShownCall
from kiosk.display.feed import DisplayFeed, FeedUpdate
from kiosk.display.settings import DisplaySettings
from kiosk.queue import Office
from ui.display.voice import QueueAnnouncer, announcer, system_player


class _Printer:
    def __init__(self, inner: QueueAnnouncer) -> None:
        self.inner = inner
        self.ready = False
        self._lock = threading.Lock()

    def announce(self, call: ShownCall) -> bool:
        accepted = self.inner.announce(call)
        if accepted:
            line = {
                "event_id": call.event_id,
                "code": call.code,
                "counter": call.counter_number,
                "recall": call.recall,
                "text": call_phrase(call.code, call.counter_number, recall=call.recall).text,
                "seen_at": time.time(),
            }
            with self._lock:
                print(json.dumps(line), flush=True)
        return accepted

    def update(self, update: FeedUpdate, feed: DisplayFeed) -> None:
        with self._lock:
            if update.connected and not self.ready:
                self.ready = True
                print(f"READY {feed.start_mark}", flush=True)
            elif not update.connected:
                print("DISCONNECTED", flush=True)
                self.ready = False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.display.headless", description=__doc__.splitlines()[0])
    parser.add_argument("--config")
    parser.add_argument("--db")
    parser.add_argument("--record", action="store_true", help="record the sound instead of playing it")
    parser.add_argument("--seconds", type=float, default=0.0, help="stop after this long (0: run until stopped)")
    parser.add_argument("--now", help="pretend the time is this ISO date-time (tests)")
    args = parser.parse_args(argv)
    settings = config.load(args.config, db_url=args.db)
    display = DisplaySettings.from_mapping(settings.extra.get("display", {}))
    office = Office.from_settings(settings)
    player: Player = RecordingPlayer() if args.record else system_player(display)
    voice = announcer(display, player)
    out = _Printer(voice)
    feed: DisplayFeed
    feed = DisplayFeed(
        settings.database_url,
        office,
        clock_mod.from_environment(args.now, str(settings.get("office", "timezone"))),
        on_update=lambda u: out.update(u, feed),
        announcer=out,
        recent=display.recent_calls,
        stale_after=timedelta(seconds=display.stale_call_seconds),
        poll_timeout=0.5,
        zone=frozenset(display.queues),
        agencies=display.agencies,
        terminal=terminal_name(settings),  # reports in to the console's Terminals page like the TV board
    )
    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    feed.start()
    stop.wait(args.seconds or None)
    feed.stop()
    voice.queue.wait_idle(10)
    voice.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
