pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls.Basic
import staff

// For supervisors: waiting per queue with the longest wait, who sits at which counter, the
// kiosk printers, and today's tickets whose paper did not come out (reprint here).
Item {
    id: page
    objectName: "page.overview"
    required property var overview

    GridLayout {
        anchors.fill: parent
        columns: 2
        rowSpacing: 12
        columnSpacing: 16

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: 40
                SectionTitle { Layout.fillWidth: true; text: qsTr("Antrean") }
                Button {
                    objectName: "overview.refresh"
                    text: qsTr("Muat ulang")
                    font.pixelSize: StaffStyle.small
                    focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                    onClicked: page.overview.refresh()
                }
            }
            TableHeader {
                Layout.fillWidth: true
                titles: [qsTr("Antrean"), qsTr("Menunggu"), qsTr("Terlama"), qsTr("Berikutnya")]
                widths: [160, 90, 100, -1]
            }
            Repeater {
                model: page.overview.queueLoadsModel
                delegate: RowLayout {
                    id: queueLine
                    required property string letter
                    required property string name
                    required property int waiting
                    required property int priority
                    required property string longest
                    required property string next
                    Layout.fillWidth: true
                    Layout.preferredHeight: 30
                    Layout.leftMargin: 8
                    spacing: 8
                    Text { Layout.preferredWidth: 160; text: queueLine.letter + " " + queueLine.name; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                    Text { Layout.preferredWidth: 90; text: queueLine.priority > 0 ? queueLine.waiting + " (" + queueLine.priority + "P)" : String(queueLine.waiting); font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text }
                    Text { Layout.preferredWidth: 100; text: queueLine.longest; font.pixelSize: StaffStyle.body; color: StaffStyle.text }
                    Text { Layout.fillWidth: true; text: queueLine.next; font.pixelSize: StaffStyle.small; color: StaffStyle.muted; elide: Text.ElideRight }
                }
            }
            Item { Layout.fillHeight: true }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            spacing: 6
            SectionTitle { Layout.preferredHeight: 40; verticalAlignment: Text.AlignVCenter; text: qsTr("Loket") }
            TableHeader {
                Layout.fillWidth: true
                titles: [qsTr("Nama"), qsTr("Buka"), qsTr("Petugas"), qsTr("Tiket"), qsTr("Pindahan")]
                widths: [100, 60, -1, 70, 120]
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.overview.counterStatesModel
                delegate: RowLayout {
                    id: counterLine
                    required property string name
                    required property bool open
                    required property string officer
                    required property string current
                    required property string transferred
                    width: ListView.view.width
                    height: 30
                    spacing: 8
                    Text { Layout.leftMargin: 8; Layout.preferredWidth: 92; text: counterLine.name; font.pixelSize: StaffStyle.body; color: StaffStyle.text }
                    Text { Layout.preferredWidth: 60; text: counterLine.open ? qsTr("Ya") : qsTr("Tidak"); font.pixelSize: StaffStyle.body; color: counterLine.open ? StaffStyle.good : StaffStyle.muted }
                    Text { Layout.fillWidth: true; text: counterLine.officer; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                    Text { Layout.preferredWidth: 70; text: counterLine.current; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text }
                    Text { objectName: "overview.transferred." + counterLine.name; Layout.preferredWidth: 120; text: counterLine.transferred; font.pixelSize: StaffStyle.body; color: StaffStyle.text; elide: Text.ElideRight }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            spacing: 6
            SectionTitle { Layout.preferredHeight: 40; verticalAlignment: Text.AlignVCenter; text: qsTr("Printer kios") }
            ListView {
                objectName: "overview.printers"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: page.overview.printerStatesModel
                delegate: Rectangle {
                    id: printerRow
                    required property string terminal
                    required property string message
                    required property string at
                    required property bool fault
                    width: ListView.view.width - 12
                    height: printerText.implicitHeight + 12
                    radius: 4
                    color: fault ? StaffStyle.badSoft : StaffStyle.warnSoft
                    Text {
                        id: printerText
                        anchors.fill: parent
                        anchors.margins: 6
                        wrapMode: Text.WordWrap
                        text: printerRow.terminal + " (" + printerRow.at + "): " + printerRow.message
                        font.pixelSize: StaffStyle.small
                        color: printerRow.fault ? StaffStyle.bad : StaffStyle.warn
                    }
                }
                Text {
                    visible: parent.count === 0
                    text: qsTr("Semua printer kios normal.")
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.good
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            spacing: 6
            SectionTitle { Layout.preferredHeight: 40; verticalAlignment: Text.AlignVCenter; text: qsTr("Tiket gagal dicetak hari ini") }
            ListView {
                objectName: "overview.failed"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: page.overview.failedPrintsModel
                delegate: RowLayout {
                    id: failedPrint
                    required property int ticketId
                    required property string code
                    required property string terminal
                    required property string error
                    width: ListView.view.width - 12
                    Text { Layout.preferredWidth: 70; text: failedPrint.code; font.pixelSize: StaffStyle.body; font.bold: true; color: StaffStyle.text }
                    Text { Layout.fillWidth: true; text: failedPrint.terminal + ": " + failedPrint.error; font.pixelSize: StaffStyle.small; color: StaffStyle.muted; wrapMode: Text.WordWrap }
                    Button {
                        objectName: "overview.reprint." + failedPrint.code
                        text: qsTr("Cetak ulang")
                        font.pixelSize: StaffStyle.small
                        focusPolicy: Qt.TabFocus  // Tab reaches it; a click leaves the focus where it was
                        onClicked: page.overview.reprintTicket(failedPrint.ticketId)
                    }
                }
                Text {
                    visible: parent.count === 0
                    text: qsTr("Tidak ada.")
                    font.pixelSize: StaffStyle.small
                    color: StaffStyle.muted
                }
            }
        }
    }
}
