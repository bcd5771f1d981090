import QtQuick
import QtQuick.Layouts
import common

// The printer failed, but the number exists: say so calmly and say what to do.
KioskPage {
    showBack: false
    title: qsTr("Tiket tidak dapat dicetak, tetapi nomor antrean Anda tetap berlaku")
    actions: [
        ActionButton {
            objectName: "printProblem.done"
            Layout.minimumWidth: Theme.px(420)
            kind: "primary"
            text: qsTr("Selesai")
            onClicked: App.kiosk.home()
        }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        KioskText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: App.issued.consultation ? qsTr("Nomor antrean konsultasi Anda") : qsTr("Nomor antrean Anda")
            font.pixelSize: Theme.large
        }
        Text {
            objectName: "printProblem.code"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: App.issued.code
            color: Theme.text
            font.pixelSize: Theme.ticketNumber * 0.7
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.title
        }
        Card {
            Layout.fillWidth: true
            color: Theme.infoSoft
            border.width: 0
            implicitHeight: steps.implicitHeight + 2 * Theme.gap
            ColumnLayout {
                id: steps
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Theme.smallGap
                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("Nomor Anda sudah tercatat, dan petugas dapat melihat bahwa tiketnya belum tercetak.")
                }
                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("1. Catat atau foto nomor di atas.")
                    font.bold: true
                }
                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("2. Tunjukkan nomor ini kepada petugas informasi.")
                    font.bold: true
                }
                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("3. Tunggu nomor Anda dipanggil seperti biasa.")
                    font.bold: true
                }
            }
        }
        KioskText {
            objectName: "printProblem.printer"
            Layout.fillWidth: true
            text: App.issued.printMessage
            color: Theme.muted
            font.pixelSize: Theme.small
        }
        Item { Layout.fillHeight: true }
    }
}
