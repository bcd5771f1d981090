import QtQuick
import QtQuick.Layouts
import common
import "Labels.js" as Labels

// The number, very large, and where and how long to wait. "Take your ticket".
KioskPage {
    id: page
    showBack: false
    spoken: [qsTr("Nomor antrean Anda: %1").arg(App.issued.spokenCode), App.issued.serviceTitle,
             App.issued.counters.length > 0 ? qsTr("%1, dilayani di %2").arg(App.issued.queueName).arg(App.issued.counters) : App.issued.queueName,
             Labels.ahead(App.issued.ahead, App.language.code),
             qsTr("Silakan ambil tiket Anda di bawah layar.")].filter(function (part) { return part.length > 0 }).join(". ")
    // Screen readers hear the number as soon as it shows (a live region).
    Component.onCompleted: Qt.callLater(function () { codeText.Accessible.announce(page.spoken, Accessible.Assertive) })
    actions: [
        ActionButton {
            objectName: "ticket.done"
            Layout.minimumWidth: Theme.px(420)
            kind: "primary"
            text: qsTr("Selesai")
            onClicked: App.kiosk.home()
        }
    ]

    GridLayout {
        anchors.fill: parent
        columns: Theme.portrait ? 1 : (preview.visible ? 3 : 2)
        columnSpacing: Theme.margin
        rowSpacing: Theme.gap

        // The number itself, as large as the screen allows.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !Theme.portrait
            Layout.preferredWidth: 1
            spacing: Theme.smallGap
            Item { Layout.fillHeight: true; visible: !Theme.portrait }
            KioskText {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: App.issued.consultation ? qsTr("Nomor antrean konsultasi Anda") : qsTr("Nomor antrean Anda")
                font.pixelSize: Theme.large
            }
            Text {
                id: codeText
                objectName: "ticket.code"
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Nomor antrean Anda: %1").arg(App.issued.code)
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: App.issued.code
                color: Theme.text
                font.pixelSize: Theme.ticketNumber
                font.bold: true
                // Long codes shrink to fit the column rather than run into the details.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.title
            }
            Rectangle {
                objectName: "ticket.priority"
                Layout.alignment: Qt.AlignHCenter
                visible: App.issued.priorityLabel.length > 0
                radius: Theme.radius
                color: Theme.primary
                implicitWidth: priorityText.implicitWidth + 2 * Theme.gap
                implicitHeight: priorityText.implicitHeight + Theme.smallGap
                Text {
                    id: priorityText
                    anchors.centerIn: parent
                    text: qsTr("Prioritas: %1").arg(App.issued.priorityLabel)
                    color: Theme.primaryText
                    font.pixelSize: Theme.body
                    font.bold: true
                }
            }
            Rectangle {
                objectName: "ticket.takeIt"
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                radius: Theme.radius
                color: Theme.goodSoft
                implicitHeight: takeText.implicitHeight + 2 * Theme.gap
                KioskText {
                    id: takeText
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.good
                    font.pixelSize: Theme.large
                    font.bold: true
                    text: qsTr("Silakan ambil tiket Anda di bawah layar.")
                }
            }
            Item { Layout.fillHeight: true; visible: !Theme.portrait }
        }

        // Where and how long: what the visitor needs while waiting.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !Theme.portrait
            Layout.preferredWidth: 1
            spacing: Theme.gap
            Item { Layout.fillHeight: true; visible: !Theme.portrait }
            KioskText {
                objectName: "ticket.service"
                Layout.fillWidth: true
                text: App.issued.serviceTitle
                font.bold: true
            }
            KioskText {
                objectName: "ticket.where"
                Layout.fillWidth: true
                text: App.issued.counters.length > 0
                      ? qsTr("%1, dilayani di %2").arg(App.issued.queueName).arg(App.issued.counters)
                      : App.issued.queueName
            }
            KioskText {
                objectName: "ticket.ahead"
                Layout.fillWidth: true
                text: Labels.ahead(App.issued.ahead, App.language.code)
                font.pixelSize: Theme.large
                font.bold: true
            }
            KioskText {
                objectName: "ticket.wait"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Labels.waitRange(App.issued.waitMin, App.issued.waitMax, App.language.code)
            }
            KioskText {
                Layout.fillWidth: true
                text: qsTr("Silakan duduk dan tunggu nomor Anda dipanggil di layar antrean.")
                color: Theme.muted
            }
            Item { Layout.fillHeight: true; visible: !Theme.portrait }
        }

        // The virtual printer's picture of the ticket, when trying the kiosk without a printer.
        Card {
            id: preview
            objectName: "ticket.preview"
            // Demo only; with large text the details need the room more than the picture does.
            visible: App.kiosk.demo && !Theme.largeText
            Layout.fillHeight: true
            Layout.fillWidth: Theme.portrait
            Layout.preferredWidth: Theme.portrait ? -1 : Theme.px(380)
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.smallGap
                spacing: Theme.smallGap
                KioskText {
                    Layout.fillWidth: true
                    text: qsTr("Pratinjau tiket (printer virtual)")
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    horizontalAlignment: Text.AlignHCenter
                }
                Image {
                    // Sized by the card, not by the picture: a long receipt must not push the
                    // card over the buttons.
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 0
                    Layout.preferredHeight: 0
                    source: App.issued.preview
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                }
            }
        }
    }
}
