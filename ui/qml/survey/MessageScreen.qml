import QtQuick
import QtQuick.Layouts
import common

// Why a survey cannot be opened or stored (already surveyed, not served, too late, no
// connection), in the respondent's language; back to the start by itself after a while.
Item {
    Card {
        objectName: "message.panel"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1300))
        height: box.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: box
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.gap
            KioskText {
                objectName: "message.title"
                Layout.fillWidth: true
                text: App.survey.screen === "error" ? qsTr("Mohon maaf") : qsTr("Survei tidak dapat dibuka")
                font.pixelSize: Theme.heading
                font.bold: true
                color: App.survey.screen === "error" ? Theme.bad : Theme.unsure
            }
            KioskText {
                objectName: "message.text"
                Layout.fillWidth: true
                text: App.survey.message
                font.pixelSize: Theme.large
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("Jika Anda memerlukan bantuan, silakan hubungi petugas informasi.")
                color: Theme.muted
            }
            KioskButton {
                objectName: "message.home"
                Layout.fillWidth: true
                kind: "primary"
                text: qsTr("Kembali ke awal")
                onClicked: App.survey.home()
            }
        }
    }
}
