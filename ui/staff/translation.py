"""The desk's English labels: ``assets/i18n/staff_<code>.qm``, installed next to the shared
translation whenever the terminal's Language switches, so one toggle changes every label."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtQml import QQmlEngine

from ui.common.language import I18N_DIR, SOURCE_LANGUAGE, Language

_LOG = logging.getLogger("ui.staff")


class StaffTranslation(QObject):
    def __init__(self, language: Language, engine: QQmlEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._engine = engine
        self._translator: QTranslator | None = None
        language.codeChanged.connect(self._switch)
        self._switch()

    def _switch(self) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        code = str(self._language.code)
        if code != SOURCE_LANGUAGE and app is not None:
            translator = QTranslator(self)
            path = I18N_DIR / f"staff_{code}.qm"
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                _LOG.error("staff translation %s could not be loaded; labels stay in Indonesian", path)
        self._engine.retranslate()

    def release(self) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
