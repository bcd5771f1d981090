"""The language a terminal speaks, switchable at runtime.

Source strings are formal Indonesian, the default language, so a missing or broken ``.qm`` file
still leaves a correct Indonesian screen. English (and any later language) is a translation
loaded from ``assets/i18n/mpp_<code>.qm``; switching asks the QML engine to re-evaluate every
``qsTr`` binding.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal, Slot
from PySide6.QtQml import QQmlEngine

import assets

SOURCE_LANGUAGE = "id"
LANGUAGES = ("id", "en")
I18N_DIR = Path(assets.__file__).resolve().parent / "i18n"

_LOG = logging.getLogger("ui.language")


def qm_file(code: str) -> Path:
    return I18N_DIR / f"mpp_{code}.qm"


class Language(QObject):
    """Exposed to QML as ``language``: ``language.code``, ``language.use("en")``."""

    codeChanged = Signal()

    def __init__(self, engine: QQmlEngine, default: str = SOURCE_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._default = default if default in LANGUAGES else SOURCE_LANGUAGE
        self._code = SOURCE_LANGUAGE
        self._translator: QTranslator | None = None
        self.use(self._default)

    def _get_code(self) -> str:
        return self._code

    code = Property(str, _get_code, notify=codeChanged)

    @property
    def current(self) -> str:
        """The language code, typed for Python callers (``code`` is the QML property)."""
        return self._code

    @property
    def default(self) -> str:
        return self._default

    @Slot(str)
    def use(self, code: str) -> None:
        if code not in LANGUAGES:
            _LOG.warning("unknown language %r ignored", code)
            return
        if code == self._code and (code == SOURCE_LANGUAGE or self._translator is not None):
            return
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if code != SOURCE_LANGUAGE and app is not None:
            translator = QTranslator(self)
            if translator.load(str(qm_file(code))):
                app.installTranslator(translator)
                self._translator = translator
            else:
                # Indonesian text is better than a blank screen.
                _LOG.error("translation %s could not be loaded; staying in Indonesian", qm_file(code))
                code = SOURCE_LANGUAGE
        self._code = code
        self._engine.retranslate()
        self.codeChanged.emit()

    @Slot()
    def toggle(self) -> None:
        self.use("en" if self._code == "id" else "id")

    @Slot()
    def reset(self) -> None:
        self.use(self._default)

    def release(self) -> None:
        """Remove this terminal's translator from the application (closing a window)."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
