"""The screen checks every Qt test leans on (tests/ui/qtsupport.py) find what they claim to find:
labels drawn over each other, and not a popup drawn over its page on purpose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QApplication

from tests.ui.qtsupport import overlapping_texts
from ui.common.host import new_engine

QML = b"""
import QtQuick
import QtQuick.Controls
Window {
    width: 400; height: 300; visible: true
    Text { x: 10; y: 10; text: "Alpha"; font.pixelSize: 20 }
    Text { x: 20; y: 15; text: "Beta"; font.pixelSize: 20 }
    Text { x: 200; y: 200; text: "Gamma"; font.pixelSize: 20 }
    Popup {
        x: 0; y: 0; width: 200; height: 100; visible: true
        Text { x: 0; y: 0; text: "Popup one"; font.pixelSize: 20 }
        Text { x: 10; y: 50; text: "Popup two"; font.pixelSize: 20 }
    }
}
"""


def test_overlapping_labels_are_found_and_a_popup_over_its_page_is_not(qapp: QApplication, tmp_path: Path) -> None:
    engine = new_engine()
    (tmp_path / "check.qml").write_bytes(QML)
    engine.load(QUrl.fromLocalFile(str(tmp_path / "check.qml")))
    [window] = engine.rootObjects()
    assert isinstance(window, QQuickWindow)
    try:
        qapp.processEvents()
        # "Popup one" lies over Alpha and Beta, and "Popup two" over nothing of its own popup.
        assert overlapping_texts(window) == ["'Alpha' overlaps 'Beta'"]
    finally:
        window.close()
        engine.deleteLater()
