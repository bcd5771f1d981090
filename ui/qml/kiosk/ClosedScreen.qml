import QtQuick
import QtQuick.Layouts
import common

// Outside issuing hours: when to come back, and the requirements can still be read.
KioskPage {
    title: qsTr("Saat ini nomor antrean tidak dapat diambil")
    onBackClicked: App.kiosk.back()
    actions: [
        ActionButton {
            objectName: "closed.lookup"
            kind: "primary"
            text: qsTr("Lihat persyaratan layanan")
            onClicked: App.kiosk.lookUp()
        }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Card {
            Layout.fillWidth: true
            color: Theme.unsureSoft
            border.width: 0
            implicitHeight: reason.implicitHeight + 2 * Theme.margin
            KioskText {
                id: reason
                objectName: "closed.reason"
                anchors.fill: parent
                anchors.margins: Theme.margin
                text: App.issued.refusal.length > 0 ? App.issued.refusal : App.kiosk.openingText
                font.pixelSize: Theme.large
                color: Theme.unsure
                font.bold: true
            }
        }
        KioskText {
            Layout.fillWidth: true
            visible: App.issued.nextOpening.length > 0
            text: qsTr("Layanan dibuka kembali:")
            color: Theme.muted
        }
        KioskText {
            objectName: "closed.next"
            Layout.fillWidth: true
            visible: App.issued.nextOpening.length > 0
            text: App.issued.nextOpening
            font.pixelSize: Theme.title
            font.bold: true
        }
        KioskText {
            Layout.fillWidth: true
            text: qsTr("Anda tetap dapat membaca persyaratan layanan dan memeriksa kelengkapan berkas sekarang.")
        }
        Item { Layout.fillHeight: true }
    }
}
