import QtQuick
import QtQuick.Layouts
import common

// Shown after the answers are stored; goes back to the start by itself after a few seconds.
Item {
    Card {
        objectName: "thanks.panel"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1200))
        height: box.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            Face {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.px(220)
                Layout.preferredHeight: Theme.px(220)
                score: 4
            }
            KioskText {
                objectName: "thanks.title"
                Layout.fillWidth: true
                text: qsTr("Terima kasih!")
                font.pixelSize: Theme.title
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("Penilaian Anda telah kami terima dan akan dipakai untuk memperbaiki pelayanan.")
                horizontalAlignment: Text.AlignHCenter
            }
            KioskText {
                objectName: "thanks.note"
                Layout.fillWidth: true
                visible: text !== ""
                text: App.survey.thanksNote
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
            }
            KioskButton {
                objectName: "thanks.home"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("Selesai")
                onClicked: App.survey.home()
            }
        }
    }
}
