"""Which voice guidance speaks with: a system voice through QtTextToSpeech for each language it
has (Windows' own voices, Speech Dispatcher on Linux), else eSpeak NG, else none (the kiosk then
says on screen that guidance is not available here; nothing else changes).
"""

from __future__ import annotations

import ctypes.util
import logging

from PySide6.QtCore import QLocale, QObject

from devices.sound.speech import LANGUAGES, EspeakVoice, Voice

_LOG = logging.getLogger("ui.guide")
# Engines that are thin plug-ins over a system library: without the library, Qt only prints an
# error while loading the plug-in (every start, in the log), and the engine could not speak anyway.
_ENGINE_LIBRARIES = {"speechd": "speechd"}


def engine_library_present(engine: str) -> bool:
    library = _ENGINE_LIBRARIES.get(engine)
    if library is None or ctypes.util.find_library(library) is not None:
        return True
    _LOG.info("text-to-speech engine %s skipped: lib%s is not installed", engine, library)
    return False


_QT_LANGUAGE = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}


class QtVoice:
    """A QTextToSpeech engine with one locale per language it can speak."""

    def __init__(self, engine: object, locales: dict[str, QLocale]) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._tts: QTextToSpeech = engine  # type: ignore[assignment]
        self._locales = dict(locales)

    def say(self, text: str, language: str) -> None:
        locale = self._locales.get(language) or next(iter(self._locales.values()))
        self._tts.stop()
        if self._tts.locale() != locale:
            self._tts.setLocale(locale)
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(min(1.0, max(0.0, volume)))

    def speaks(self, language: str) -> bool:
        return language in self._locales


class PerLanguage:
    """Routes each language to the first voice that speaks it."""

    def __init__(self, voices: list[Voice]) -> None:
        self._voices = voices
        self._current: Voice | None = None

    def _for(self, language: str) -> Voice:
        return next((v for v in self._voices if v.speaks(language)), self._voices[0])

    def say(self, text: str, language: str) -> None:
        voice = self._for(language)
        if self._current is not None and self._current is not voice:
            self._current.stop()
        self._current = voice
        voice.say(text, language)

    def stop(self) -> None:
        for voice in self._voices:
            voice.stop()

    def set_volume(self, volume: float) -> None:
        for voice in self._voices:
            voice.set_volume(volume)

    def speaks(self, language: str) -> bool:
        return any(v.speaks(language) for v in self._voices)


def system_qt_voice(parent: QObject | None = None) -> QtVoice | None:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    for name in QTextToSpeech.availableEngines():
        if name == "mock" or not engine_library_present(name):
            continue
        engine = QTextToSpeech(name, parent)
        if engine.state() == QTextToSpeech.State.Error:
            engine.deleteLater()
            continue
        locales: dict[str, QLocale] = {}
        for locale in engine.availableLocales():
            for code, language in _QT_LANGUAGE.items():
                if locale.language() == language and code not in locales:
                    locales[code] = locale
        if locales:
            _LOG.info("guidance voice: %s (%s)", name, ", ".join(sorted(locales)))
            return QtVoice(engine, locales)
        engine.deleteLater()
    return None


def guidance_voice(parent: QObject | None = None) -> Voice | None:
    """The best offline voice for Indonesian and English on this machine, or None."""
    voices: list[Voice] = []
    qt = system_qt_voice(parent)
    if qt is not None:
        voices.append(qt)
    if qt is None or not all(qt.speaks(code) for code in LANGUAGES):
        espeak = EspeakVoice.find()
        if espeak is not None:
            voices.append(espeak)
    if not voices:
        _LOG.info("no offline voice found: spoken guidance is not available on this terminal")
        return None
    return voices[0] if len(voices) == 1 else PerLanguage(voices)
