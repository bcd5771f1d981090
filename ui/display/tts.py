"""A system voice through QtTextToSpeech, used only when one speaks Indonesian.

The announcement queue calls ``speak`` on its worker thread and expects it to block until the
text has been spoken; QTextToSpeech lives on the GUI thread, so the text is handed over with a
queued signal and the worker waits for the engine to become ready again.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot

from ui.common.guidevoice import engine_library_present

_LOG = logging.getLogger("ui.display.tts")
INDONESIAN = QLocale.Language.Indonesian


class QtSpeaker(QObject):
    _say = Signal(str)

    def __init__(self, engine: object, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self._tts: QTextToSpeech = engine  # type: ignore[assignment]
        self._tts.setLocale(locale)
        self._done = threading.Event()
        self._failed = False
        self._spoke = False
        self._tts.stateChanged.connect(self._on_state)
        self._say.connect(self._start, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def _start(self, text: str) -> None:
        self._spoke = False
        self._tts.say(text)

    def _on_state(self, state: object) -> None:
        if state == self._states.Speaking:
            self._spoke = True
        elif state == self._states.Error:
            self._failed = True
            self._done.set()
        elif state == self._states.Ready and self._spoke:
            self._done.set()

    def speak(self, text: str) -> None:
        self._done.clear()
        self._failed = False
        self._say.emit(text)
        if not self._done.wait(timeout=5.0 + 0.2 * len(text)) or self._failed:
            raise RuntimeError(f"the system voice did not speak: {self._tts.errorString() or 'timeout'}")


def indonesian_speaker(parent: QObject | None = None) -> QtSpeaker | None:
    """A speaker for the first text-to-speech engine with an Indonesian voice, else None."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    for name in QTextToSpeech.availableEngines():
        if name == "mock" or not engine_library_present(name):
            continue
        engine = QTextToSpeech(name)
        if engine.state() == QTextToSpeech.State.Error:
            engine.deleteLater()
            continue
        for locale in engine.availableLocales():
            if locale.language() == INDONESIAN:
                _LOG.info("speaking through %s (%s)", name, locale.name())
                return QtSpeaker(engine, locale, parent)
        engine.deleteLater()
    return None
