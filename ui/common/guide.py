"""Spoken guidance: the kiosk reads each screen and the focused option aloud, in the screen's
language, for applicants who cannot see the screen well or cannot read.

Switched on by the applicant (keypad ``*``, F1, or the header's "Panduan suara" button), never by
itself, and off again when the visit ends. It says a screen's title and instruction when the
screen opens, then the option the keys are on, with its state ("dipilih"); moving on interrupts
what is being said, as a screen reader does. ``.`` repeats, ``/`` stops, ``+``/``-`` change the
volume. The words come from the screens themselves (each screen's ``spoken`` text and each
control's ``spokenName``, the same name a screen reader gets), so the two never disagree.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem, QQuickWindow

from devices.sound.speech import Voice
from ui.common.keypad import GUIDE_LOUDER, GUIDE_REPEAT, GUIDE_SOFTER, GUIDE_STOP, GUIDE_TOGGLE

_LOG = logging.getLogger("ui.guide")

# (Indonesian, English): spoken only, so they live here rather than in a screen's .ts file.
WORDS: dict[str, tuple[str, str]] = {
    "on": (
        "Panduan suara aktif. Tekan 2 atau 8 untuk berpindah pilihan, 4 atau 6 untuk mengganti jawaban, "
        "5 untuk memilih, 0 untuk kembali, titik untuk mengulang, tanda bintang untuk mematikan suara.",
        "Voice guidance is on. Press 2 or 8 to move between options, 4 or 6 to change an answer, "
        "5 to select, 0 to go back, the dot key to repeat, and the star key to switch the voice off.",
    ),
    "off": ("Panduan suara dimatikan.", "Voice guidance is off."),
    "chosen": ("dipilih", "selected"),
    "not_chosen": ("belum dipilih", "not selected"),
    "louder": ("Suara lebih keras.", "Louder."),
    "softer": ("Suara lebih pelan.", "Softer."),
    "idle": (
        "Apakah Anda masih di sini? Layar akan kembali ke awal dalam {n} detik. "
        "Tekan 5 atau sentuh layar untuk melanjutkan.",
        "Are you still there? The screen will start over in {n} seconds. "
        "Press 5 or touch the screen to continue.",
    ),
}

VOLUME_STEP = 10


def spoken_name(item: QQuickItem) -> str:
    """What a screen reader would say for ``item``: its own spoken name, else its accessible name."""
    own = item.property("spokenName")
    if isinstance(own, str) and own:
        return own
    face = QAccessible.queryAccessibleInterface(item)
    return face.text(QAccessible.Text.Name) if face is not None else ""


class Guide(QObject):
    changed = Signal()
    # Every utterance, in order (what the voice was asked to say): for logs and tests.
    spoke = Signal(str)

    def __init__(self, voice: Voice | None, language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._voice = voice
        self._language = language
        self._on = False
        self._volume = 60
        self._screen = ""
        self._screen_new = False
        self._focus_text = ""
        self._focus_new = False
        self._focused: QQuickItem | None = None
        self._window: QQuickWindow | None = None
        self._loader: QQuickItem | None = None
        self._warned = False
        self._notice = ""
        # Focus and screen change within the same moment when a screen opens; speak both, once.
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(60)
        self._flush.timeout.connect(self._speak_pending)
        if voice is not None:
            voice.set_volume(self._volume / 100)

    # -- properties -----------------------------------------------------------------------

    def _get_on(self) -> bool:
        return self._on

    def _get_volume(self) -> int:
        return self._volume

    def _get_available(self) -> bool:
        return self._voice is not None

    on = Property(bool, _get_on, notify=changed)
    volume = Property(int, _get_volume, notify=changed)
    available = Property(bool, _get_available, constant=True)

    def _word(self, key: str) -> str:
        indonesian, english = WORDS[key]
        return english if self._language() == "en" else indonesian

    # -- what the applicant asks for ------------------------------------------------------

    @Slot(str)
    def command(self, name: str) -> None:
        if name == GUIDE_TOGGLE:
            self.toggle()
        elif not self._on:
            return
        elif name == GUIDE_REPEAT:
            self._say(self._whole_screen())
        elif name == GUIDE_STOP:
            if self._voice is not None:
                self._voice.stop()
        elif name in (GUIDE_LOUDER, GUIDE_SOFTER):
            step = VOLUME_STEP if name == GUIDE_LOUDER else -VOLUME_STEP
            self._volume = max(10, min(100, self._volume + step))
            if self._voice is not None:
                self._voice.set_volume(self._volume / 100)
            self.changed.emit()
            self._say(self._word("louder" if step > 0 else "softer"))

    @Slot()
    def toggle(self) -> None:
        self._on = not self._on
        self.changed.emit()
        _LOG.info("spoken guidance %s", "on" if self._on else "off")
        if self._on:
            self._screen_new = self._focus_new = False
            self._read_screen()
            self._read_focus()
            self._say(" ".join(part for part in (self._word("on"), self._whole_screen()) if part))
        elif self._voice is not None:
            self._voice.stop()
            self._say(self._word("off"), force=True)

    @Slot()
    def language_changed(self) -> None:
        """The applicant switched language: say where they are again, in that language."""
        if self._on:
            self._say(self._whole_screen())

    @Slot()
    def reset(self) -> None:
        """The visit is over: the next applicant starts without guidance."""
        if self._on:
            self._on = False
            self.changed.emit()
            if self._voice is not None:
                self._voice.stop()

    # -- following the window -------------------------------------------------------------

    def watch(self, window: QQuickWindow, loader_name: str = "screenLoader") -> None:
        self._window = window
        window.activeFocusItemChanged.connect(self._focus_moved)
        self._loader = window.findChild(QQuickItem, loader_name)
        if self._loader is not None:
            self._loader.itemChanged.connect(self._screen_opened)  # type: ignore[attr-defined]

    def unwatch(self) -> None:
        self._flush.stop()
        self._follow(None)
        if self._window is not None:
            self._window.activeFocusItemChanged.disconnect(self._focus_moved)
        if self._loader is not None:
            self._loader.itemChanged.disconnect(self._screen_opened)  # type: ignore[attr-defined]
        self._window = self._loader = None
        if self._voice is not None:
            self._voice.stop()

    def watch_idle(self, warning: Callable[[], bool], remaining: Callable[[], int], changed: SignalInstance) -> None:
        def on_change() -> None:
            if not warning():
                self._warned = False
                return
            if not self._warned:
                self._warned = True
                if self._on:
                    # Said with the overlay's button, which takes the focus in the same moment.
                    self._notice = self._word("idle").format(n=remaining())
                    self._flush.start()

        changed.connect(on_change)

    def _read_screen(self) -> None:
        screen = self._loader.property("item") if self._loader is not None else None
        text = ""
        if isinstance(screen, QQuickItem):
            value = screen.property("spoken")
            text = value if isinstance(value, str) else ""
        self._screen = text

    def _read_focus(self) -> None:
        item = self._focused
        if item is None:
            self._focus_text = ""
            return
        text = spoken_name(item)
        group = item.property("navGroup")
        if isinstance(group, str) and group:
            text += ", " + self._word("chosen" if item.property("selected") else "not_chosen")
        self._focus_text = text

    @Slot()
    def _screen_opened(self) -> None:
        self._warned = False
        if self._on:
            self._screen_new = True
            self._flush.start()

    @Slot()
    def _focus_moved(self) -> None:
        item = self._window.activeFocusItem() if self._window is not None else None
        self._follow(item)
        if self._on:
            self._focus_new = True
            self._flush.start()

    def _follow(self, item: QQuickItem | None) -> None:
        """Watch the focused option's state, so choosing it is confirmed aloud.

        The item belongs to its screen, which QML may destroy at any time: a wrapper kept past
        that points at freed memory, so ``destroyed`` drops it first."""
        old = self._focused
        if old is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                old.destroyed.disconnect(self._forget)
                if old.metaObject().indexOfSignal("selectedChanged()") >= 0:
                    old.selectedChanged.disconnect(self._state_changed)  # type: ignore[attr-defined]
        self._focused = item
        if item is not None:
            item.destroyed.connect(self._forget)
            if item.metaObject().indexOfSignal("selectedChanged()") >= 0:
                item.selectedChanged.connect(self._state_changed)  # type: ignore[attr-defined]

    @Slot()
    def _forget(self) -> None:
        self._focused = None

    @Slot()
    def _state_changed(self) -> None:
        if self._on:
            self._focus_new = True
            self._flush.start()

    def _speak_pending(self) -> None:
        parts = [self._notice]
        self._notice = ""
        if self._screen_new:
            self._read_screen()
            parts.append(self._screen)
        if self._focus_new or self._screen_new:
            self._read_focus()
            parts.append(self._focus_text)
        self._screen_new = self._focus_new = False
        self._say(" ".join(part for part in parts if part))

    def _whole_screen(self) -> str:
        self._read_screen()
        self._read_focus()
        return " ".join(part for part in (self._screen, self._focus_text) if part)

    def _say(self, text: str, *, force: bool = False) -> None:
        # Screens separate details with bullets; a voice should pause there, not say "bullet".
        text = " ".join(text.replace("•", ",").split()).replace(" ,", ",")
        if not text or not (self._on or force):
            return
        self.spoke.emit(text)
        if self._voice is not None:
            self._voice.say(text, self._language())
