import QtQuick
import QtQuick.Layouts
import common

// One row per requirement with three answers; "I have everything" answers the rest at once.
KioskPage {
    id: page
    title: qsTr("Periksa kelengkapan berkas Anda")
    subtitle: qsTr("Untuk setiap persyaratan, pilih jawaban Anda. Jawaban dapat diubah kapan saja.")
    onBackClicked: App.kiosk.back()
    actions: [
        ActionButton {
            objectName: "checklist.allPresent"
            // Stays after a "Belum": the rest can still be answered at once (that answer is kept).
            visible: App.checklist.answered < App.checklist.total
            kind: "good"
            selected: true
            glyph: "✓"
            text: App.checklist.answered === 0 ? qsTr("Semua berkas sudah ada") : qsTr("Sisanya sudah ada")
            onClicked: App.kiosk.allPresent()
        },
        ActionButton {
            objectName: "checklist.continue"
            visible: App.checklist.answered > 0
            kind: "primary"
            glyph: "›"
            text: qsTr("Lanjut")
            onClicked: App.kiosk.finishChecklist()
        }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallGap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KioskText {
                objectName: "checklist.progress"
                text: qsTr("%1 dari %2 sudah dijawab").arg(App.checklist.answered).arg(App.checklist.total)
                font.bold: true
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.px(16)
                radius: height / 2
                color: "#D3DDE8"
                Rectangle {
                    width: App.checklist.total > 0 ? parent.width * App.checklist.answered / App.checklist.total : 0
                    height: parent.height
                    radius: parent.radius
                    color: Theme.primary
                }
            }
        }
        // Always takes its room, shown or not: the list never moves under the applicant's finger.
        KioskText {
            objectName: "checklist.unansweredNote"
            Layout.fillWidth: true
            opacity: App.checklist.answered > 0 && App.checklist.answered < App.checklist.total ? 1 : 0
            text: qsTr("Persyaratan yang belum dijawab akan dianggap \"Tidak tahu\".")
            color: Theme.muted
            font.pixelSize: Theme.small
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Flickable {
                id: scroller
                objectName: "checklist.scroll"
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
                    spacing: Theme.smallGap
                    Repeater {
                        model: App.checklist.items
                        ColumnLayout {
                            id: row
                            required property int key
                            required property string group
                            required property string text
                            required property string answer
                            required property bool firstOfGroup
                            required property bool condition
                            Layout.fillWidth: true
                            spacing: Theme.smallGap
                            KioskText {
                                Layout.fillWidth: true
                                Layout.topMargin: Theme.smallGap
                                visible: row.firstOfGroup && row.group.length > 0
                                text: row.group
                                font.pixelSize: Theme.large
                                font.bold: true
                                color: Theme.primary
                            }
                            Card {
                                objectName: "checklist.item." + row.key
                                Layout.fillWidth: true
                                implicitHeight: itemBox.implicitHeight + 2 * Theme.gap
                                color: row.answer === "ada" ? Theme.goodSoft
                                     : row.answer === "belum" ? Theme.badSoft
                                     : row.answer === "tidak_tahu" ? Theme.unsureSoft : Theme.surface
                                GridLayout {
                                    id: itemBox
                                    anchors.fill: parent
                                    anchors.margins: Theme.gap
                                    columns: Theme.portrait ? 1 : 2
                                    columnSpacing: Theme.gap
                                    rowSpacing: Theme.smallGap
                                    ColumnLayout {
                                        Layout.fillWidth: true
                                        spacing: 0
                                        KioskText {
                                            objectName: "checklist.item." + row.key + ".kind"
                                            text: row.condition ? qsTr("Syarat yang harus dipenuhi") : qsTr("Dokumen yang dibawa")
                                            font.pixelSize: Theme.small
                                            color: Theme.muted
                                        }
                                        KioskText {
                                            Layout.fillWidth: true
                                            text: row.key + ". " + row.text
                                        }
                                    }
                                    RowLayout {
                                        Layout.fillWidth: Theme.portrait
                                        spacing: Theme.smallGap
                                        KioskButton {
                                            objectName: "checklist.item." + row.key + ".ada"
                                            navGroup: "checklist." + row.key
                                            context: row.text
                                            Layout.fillWidth: Theme.portrait
                                            Layout.preferredWidth: Theme.portrait ? 1 : implicitWidth
                                            fontSize: Theme.body
                                            kind: "good"
                                            glyph: "✓"
                                            text: row.condition ? qsTr("Ya") : qsTr("Ada")
                                            selected: row.answer === "ada"
                                            onClicked: App.checklist.answer(row.key, "ada")
                                        }
                                        KioskButton {
                                            objectName: "checklist.item." + row.key + ".belum"
                                            navGroup: "checklist." + row.key
                                            context: row.text
                                            Layout.fillWidth: Theme.portrait
                                            Layout.preferredWidth: Theme.portrait ? 1 : implicitWidth
                                            fontSize: Theme.body
                                            kind: "bad"
                                            glyph: "✗"
                                            text: qsTr("Belum")
                                            selected: row.answer === "belum"
                                            onClicked: App.checklist.answer(row.key, "belum")
                                        }
                                        KioskButton {
                                            objectName: "checklist.item." + row.key + ".tidak_tahu"
                                            navGroup: "checklist." + row.key
                                            context: row.text
                                            Layout.fillWidth: Theme.portrait
                                            Layout.preferredWidth: Theme.portrait ? 1 : implicitWidth
                                            fontSize: Theme.body
                                            kind: "unsure"
                                            glyph: "?"
                                            text: qsTr("Tidak tahu")
                                            selected: row.answer === "tidak_tahu"
                                            onClicked: App.checklist.answer(row.key, "tidak_tahu")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
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
