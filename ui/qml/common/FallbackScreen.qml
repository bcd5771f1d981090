import QtQuick
import QtQuick.Layouts

// Shown in place of a screen that could not be loaded; the kiosk returns to welcome by itself.
Rectangle {
    id: fallback
    signal leave()
    color: Theme.background
    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1100))
        height: box.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            KioskText {
                objectName: "fallback.title"
                Layout.fillWidth: true
                text: qsTr("Mohon maaf, layar ini sedang tidak dapat ditampilkan.")
                font.pixelSize: Theme.heading
                font.bold: true
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("Kios akan kembali ke layar awal. Jika Anda memerlukan bantuan, silakan hubungi petugas informasi.")
            }
            KioskButton {
                objectName: "fallback.home"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("Kembali ke awal")
                onClicked: fallback.leave()
            }
        }
    }
}
