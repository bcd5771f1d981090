"""Plays queue calls one after another on a single worker thread.

Lessons from other queue systems this guards against: calls that overlap when two counters call
at once, voice that goes silent for good after one playback error, a chime switch that also
silences the voice, and old calls repeated every time the display restarts or reconnects.

Every announcement carries the id of the queue event that caused it. The caller supplies a
high-water mark when it starts (the newest event id that existed before this display started), so
nothing at or below it is ever announced; ids above it are remembered once announced, which also
covers events that arrive out of order. A recall is a new event with its own id, so it is
announced again.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from devices.sound.bank import Pause, SegmentBank
from devices.sound.players import Player
from kiosk.announce import CHIME, CallPhrase, call_phrase

log = logging.getLogger(__name__)

# Ids far below the newest are only kept as a floor; late arrivals that old are treated as
# already announced, because repeating a stale call misleads more than missing it.
_REMEMBER_IDS = 4096


class TtsSpeaker(Protocol):
    """A system text-to-speech voice (e.g. QtTextToSpeech in the display, which lives in ui/).

    ``speak`` must block until the text has been spoken and raise if it cannot speak; the queue
    then falls back to the recorded bank. It is called from the queue's worker thread.
    """

    def speak(self, text: str) -> None: ...


@dataclass(frozen=True)
class AnnouncementTiming:
    """Silences inside a call, in milliseconds."""

    word_gap_ms: int = 40
    group_gap_ms: int = 260
    after_chime_ms: int = 350


@dataclass(frozen=True)
class Announcement:
    event_id: int
    phrase: CallPhrase


ErrorHandler = Callable[[Announcement, Exception], None]


class AnnouncementQueue:
    """Announce calls in order, never overlapping, never twice for the same event id."""

    def __init__(
        self,
        bank: SegmentBank,
        player: Player,
        *,
        high_water_mark: int = 0,
        chime_enabled: bool = True,
        voice_enabled: bool = True,
        speaker: TtsSpeaker | None = None,
        timing: AnnouncementTiming | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        self.bank = bank
        self.player = player
        self.speaker = speaker
        self.timing = timing or AnnouncementTiming()
        self.on_error = on_error
        # Read by the worker when a call is played, so a switch applies to calls already waiting.
        self.chime_enabled = chime_enabled
        self.voice_enabled = voice_enabled
        self._floor = high_water_mark
        self._seen: set[int] = set()
        self._pending: deque[Announcement] = deque()
        self._busy = False
        self._closed = False
        self._cond = threading.Condition()
        self._worker = threading.Thread(target=self._run, name="announcement-queue", daemon=True)
        self._worker.start()

    def __enter__(self) -> AnnouncementQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def high_water_mark(self) -> int:
        """The newest event id accepted so far (or the starting mark); persist it if useful."""
        with self._cond:
            return max(self._floor, max(self._seen, default=self._floor))

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._pending) + (1 if self._busy else 0)

    def already_announced(self, event_id: int) -> bool:
        with self._cond:
            return self._known(event_id)

    def announce(self, event_id: int, phrase: CallPhrase) -> bool:
        """Queue ``phrase`` for event ``event_id``; False (and nothing queued) if already done."""
        with self._cond:
            if self._closed:
                raise RuntimeError("announcement queue is closed")
            if self._known(event_id):
                return False
            self._remember(event_id)
            self._pending.append(Announcement(event_id, phrase))
            self._cond.notify_all()
        return True

    def call(self, event_id: int, code: str, counter: int | str, *, recall: bool = False) -> bool:
        """Shortcut: ``announce(event_id, call_phrase(code, counter, recall=recall))``."""
        return self.announce(event_id, call_phrase(code, counter, recall=recall))

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until every queued call has been played (True) or ``timeout`` passed (False)."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)

    def close(self, timeout: float | None = 5.0) -> None:
        """Stop: calls still waiting are dropped, the one playing is allowed to finish."""
        with self._cond:
            self._closed = True
            self._pending.clear()
            self._cond.notify_all()
        if threading.current_thread() is not self._worker:
            self._worker.join(timeout)

    def compose(self, phrase: CallPhrase, *, chime: bool, voice: bool) -> bytes | None:
        """The WAV the recorded bank plays for ``phrase`` (None when both parts are off)."""
        parts: list[str | Pause] = []
        if chime:
            parts.append(CHIME)
        if voice:
            if parts:
                parts.append(Pause(self.timing.after_chime_ms))
            parts.extend(self._voice_parts(phrase))
        return self.bank.render(parts) if parts else None

    def _voice_parts(self, phrase: CallPhrase) -> list[str | Pause]:
        parts: list[str | Pause] = []
        for group_index, group in enumerate(phrase.groups):
            for word_index, key in enumerate(group):
                if word_index:
                    parts.append(Pause(self.timing.word_gap_ms))
                elif group_index:
                    parts.append(Pause(self.timing.group_gap_ms))
                parts.append(key)
        return parts

    def _known(self, event_id: int) -> bool:
        return event_id <= self._floor or event_id in self._seen

    def _remember(self, event_id: int) -> None:
        self._seen.add(event_id)
        if len(self._seen) > _REMEMBER_IDS:
            keep = sorted(self._seen)[-_REMEMBER_IDS // 2 :]
            self._floor = keep[0] - 1
            self._seen = set(keep)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._closed)
                if self._closed:
                    self._busy = False
                    self._cond.notify_all()
                    return
                item = self._pending.popleft()
                self._busy = True
            try:
                self._play(item)
            except Exception as exc:
                # One bad call (a broken file, an unplugged speaker) must not end the worker.
                self._report(item, exc)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _play(self, item: Announcement) -> None:
        chime, voice = self.chime_enabled, self.voice_enabled
        if voice and self.speaker is not None:
            if chime:
                self._play_parts(item, chime=True, voice=False)
            try:
                self.speaker.speak(item.phrase.text)
                return
            except Exception as exc:
                self._report(item, exc)
            self._play_parts(item, chime=False, voice=True)
            return
        self._play_parts(item, chime=chime, voice=voice)

    def _play_parts(self, item: Announcement, *, chime: bool, voice: bool) -> None:
        try:
            wav = self.compose(item.phrase, chime=chime, voice=voice)
        except Exception as exc:
            if not (chime and voice):
                raise
            # A broken chime must not cost the call, nor a missing word the chime that makes
            # people look at the screen: fall back to whichever part still renders.
            self._report(item, exc)
            wav = self._first_renderable(item.phrase, [(False, True), (True, False)])
        if wav is not None:
            self.player.play(wav)

    def _first_renderable(
        self, phrase: CallPhrase, options: Sequence[tuple[bool, bool]]
    ) -> bytes | None:
        for chime, voice in options:
            try:
                return self.compose(phrase, chime=chime, voice=voice)
            except Exception:
                continue
        return None

    def _report(self, item: Announcement, exc: Exception) -> None:
        log.error("announcement for event %s failed: %s", item.event_id, exc)
        if self.on_error is not None:
            try:
                self.on_error(item, exc)
            except Exception:
                log.exception("announcement error handler failed")
