import QtQuick
import QtQuick.Layouts
import common

// A button in a screen's action bar: as wide as its label when there is room, narrower (the
// label wraps) when several share a row, full width in portrait.
KioskButton {
    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
    Layout.fillWidth: true
    Layout.minimumWidth: Math.max(Theme.touch * 2, minimumWidth)
    Layout.maximumWidth: Theme.portrait ? Number.POSITIVE_INFINITY : implicitWidth
    Layout.preferredWidth: implicitWidth
}
