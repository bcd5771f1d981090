import QtQuick
import QtQuick.Layouts
import common

// First screen: a greeting, whether tickets are issued now, and the two big choices.
Item {
    readonly property string spoken: [qsTr("Selamat datang"), App.kiosk.hallName, App.kiosk.openingText]
                                     .filter(function (part) { return part.length > 0 }).join(". ")
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: Theme.portrait ? 1 : 2
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !Theme.portrait
            Layout.preferredWidth: 1
            spacing: Theme.gap
            Item { Layout.fillHeight: true; visible: !Theme.portrait }
            KioskText {
                objectName: "welcome.greeting"
                Layout.fillWidth: true
                text: qsTr("Selamat datang")
                font.pixelSize: Theme.title * 1.2
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            KioskText {
                Layout.fillWidth: true
                text: App.kiosk.hallName
                font.pixelSize: Theme.heading
            }
            KioskText {
                Layout.fillWidth: true
                visible: App.kiosk.motto.length > 0
                text: App.kiosk.motto
                color: Theme.muted
                font.italic: true
            }
            Rectangle {
                objectName: "welcome.status"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                implicitHeight: statusText.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: App.kiosk.canIssue ? Theme.goodSoft : Theme.unsureSoft
                visible: App.kiosk.openingText.length > 0
                KioskText {
                    id: statusText
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    text: App.kiosk.openingText
                    color: App.kiosk.canIssue ? Theme.good : Theme.unsure
                    font.bold: true
                }
            }
            Item { Layout.fillHeight: true; visible: !Theme.portrait }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.margin
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "welcome.takeTicket"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.px(260))
                kind: "primary"
                fontSize: Theme.title
                text: qsTr("Ambil nomor antrean")
                subtext: qsTr("Pilih layanan, periksa kelengkapan berkas, lalu cetak nomor antrean.")
                onClicked: App.kiosk.takeTicket()
            }
            KioskButton {
                objectName: "welcome.lookup"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.px(220))
                fontSize: Theme.heading
                text: qsTr("Lihat persyaratan layanan")
                subtext: qsTr("Baca standar pelayanan tanpa mengambil nomor antrean.")
                onClicked: App.kiosk.lookUp()
            }
            Item { Layout.fillHeight: true }
        }
    }
}
