pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import common

// What the answers add up to: complete, something missing, or something to check with an officer.
KioskPage {
    id: page
    readonly property string outcome: App.verdict.outcome
    title: outcome === "ready" ? qsTr("Berkas Anda lengkap")
         : outcome === "missing" ? qsTr("Ada persyaratan yang belum terpenuhi")
         : qsTr("Ada persyaratan yang perlu dipastikan")
    subtitle: outcome === "ready" ? qsTr("Semua persyaratan sudah Anda miliki. Silakan ambil nomor antrean.")
            : outcome === "missing" ? qsTr("Persyaratan di bawah ini belum terpenuhi. Anda dapat mencetak daftarnya, atau tetap mengambil nomor antrean untuk konsultasi dengan petugas.")
            : qsTr("Anda belum yakin tentang persyaratan di bawah ini. Petugas dapat membantu memastikannya.")
    onBackClicked: App.kiosk.back()
    readonly property string listText: [
        App.verdict.missingText.length > 0 ? qsTr("Belum terpenuhi: %1").arg(App.verdict.missingText) : "",
        App.verdict.unsureText.length > 0 ? qsTr("Perlu dipastikan ke petugas: %1").arg(App.verdict.unsureText) : ""
    ].filter(function (part) { return part.length > 0 }).join(". ")
    spoken: [title, subtitle, listText].filter(function (part) { return part.length > 0 }).join(". ")
    actions: [
        ActionButton {
            objectName: "result.printList"
            visible: page.outcome !== "ready"
            enabled: App.verdict.receipt !== "printing"
            text: App.verdict.receipt === "printed" ? qsTr("Cetak lagi") : qsTr("Cetak daftarnya")
            onClicked: App.kiosk.printMissingList()
        },
        ActionButton {
            objectName: "result.ticket"
            kind: "primary"
            glyph: "›"
            text: page.outcome === "ready" ? qsTr("Ambil nomor antrean") : qsTr("Ambil nomor antrean konsultasi")
            onClicked: App.kiosk.askPriority()
        },
        ActionButton {
            objectName: "result.done"
            text: qsTr("Selesai")
            onClicked: App.kiosk.home()
        }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Rectangle {
            objectName: "result.receipt"
            Layout.fillWidth: true
            visible: App.verdict.receipt !== "none"
            radius: Theme.radius
            color: App.verdict.receipt === "failed" ? Theme.unsureSoft : Theme.goodSoft
            implicitHeight: receiptText.implicitHeight + 2 * Theme.gap
            KioskText {
                id: receiptText
                anchors.fill: parent
                anchors.margins: Theme.gap
                font.bold: true
                color: App.verdict.receipt === "failed" ? Theme.unsure : Theme.good
                text: App.verdict.receipt === "printing" ? qsTr("Daftar persyaratan sedang dicetak...")
                    : App.verdict.receipt === "printed" ? qsTr("Daftar persyaratan yang belum terpenuhi sudah dicetak. Silakan ambil kertasnya di bawah layar.")
                    : qsTr("Daftar tidak dapat dicetak. Silakan foto layar ini atau catat daftarnya.")
                      + (App.verdict.receiptMessage.length > 0 ? " " + App.verdict.receiptMessage : "")
            }
        }

        Card {
            objectName: "result.complete"
            visible: page.outcome === "ready"
            Layout.fillWidth: true
            color: Theme.goodSoft
            border.width: 0
            implicitHeight: completeBox.implicitHeight + 2 * Theme.margin
            RowLayout {
                id: completeBox
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.margin
                Text {
                    text: "✓"
                    color: Theme.good
                    font.pixelSize: Theme.title * 2
                    font.bold: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallGap
                    KioskText {
                        Layout.fillWidth: true
                        text: qsTr("Semua %n persyaratan sudah ada.", "", App.standard.requirementCount)
                        color: Theme.good
                        font.pixelSize: Theme.large
                        font.bold: true
                    }
                    KioskText {
                        Layout.fillWidth: true
                        text: App.standard.title
                    }
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: scroller
                objectName: "result.scroll"
                activeFocusOnTab: true
                Accessible.role: Accessible.Document
                Accessible.name: page.title
                Accessible.description: page.listText
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.right: scrollHint.left
                anchors.rightMargin: Theme.smallGap
                clip: true
                contentWidth: width
                contentHeight: column.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ColumnLayout {
                    id: column
                    width: scroller.width
                    spacing: Theme.gap

                    Repeater {
                        model: [
                            { name: "missing", items: App.verdict.missing, tone: Theme.bad, soft: Theme.badSoft, glyph: "✗",
                              heading: qsTr("Belum terpenuhi (%n)", "", App.verdict.missing.count) },
                            { name: "unsure", items: App.verdict.unsure, tone: Theme.unsure, soft: Theme.unsureSoft, glyph: "?",
                              heading: qsTr("Perlu dipastikan ke petugas (%n)", "", App.verdict.unsure.count) }
                        ]
                        Card {
                            id: group
                            required property var modelData
                            objectName: "result." + modelData.name
                            Layout.fillWidth: true
                            visible: modelData.items.count > 0
                            color: modelData.soft
                            border.width: 0
                            implicitHeight: groupBox.implicitHeight + 2 * Theme.gap
                            ColumnLayout {
                                id: groupBox
                                anchors.fill: parent
                                anchors.margins: Theme.gap
                                spacing: Theme.smallGap
                                KioskText {
                                    Layout.fillWidth: true
                                    text: group.modelData.heading
                                    color: group.modelData.tone
                                    font.pixelSize: Theme.large
                                    font.bold: true
                                }
                                Repeater {
                                    model: group.modelData.items
                                    RowLayout {
                                        id: line
                                        required property int key
                                        required property string label
                                        Layout.fillWidth: true
                                        spacing: Theme.smallGap
                                        KioskText {
                                            Layout.alignment: Qt.AlignTop
                                            text: group.modelData.glyph
                                            color: group.modelData.tone
                                            font.bold: true
                                        }
                                        KioskText {
                                            Layout.fillWidth: true
                                            text: line.key + ". " + line.label
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            FocusFrame { target: scroller }
            ScrollHint {
                id: scrollHint
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                flickable: scroller
            }
        }
    }
}
